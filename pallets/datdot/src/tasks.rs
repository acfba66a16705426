//! `on_initialize`: due agenda tasks and retries of waiting contracts, within a weight budget.
//!
//! Due tasks run oldest block first while their weight fits [`Config::MaxAgendaWeight`]; what
//! does not fit stays and runs in the next block. The timing lane runs first, up to the current
//! block; then the draw lane, up to the block the randomness is known since (see
//! [`selection`](crate::selection)): a selection due later waits in its block for the next change
//! of the randomness, and runs first thing in the block of that change. A plan's end is weighed by
//! its number of contracts, an accusation upheld by the most contracts a hoster can lose; a task
//! heavier than the whole budget runs alone at the head of a block (its weight is bounded by
//! `MaxContractsPerPlan`). A task must fit at its worst to start; it then counts for the path it
//! took: a plan's budget check or setup deadline that leaves the plan running (the usual case)
//! counts as its own benchmark, not as the plan's end, so the checks of plans published together
//! share a block without taking its budget from the challenges. A block's list runs first, then its
//! overflow. Each task runs in its own
//! storage layer: a task that fails changes nothing. Scheduling cannot fail, so the only task that
//! fails is a stale one (its item gone), which is dropped. After the agenda, in a block whose
//! randomness is fresh, waiting contracts of the current retry pass are retried while the budget
//! lasts (those backed off are passed over).

use crate::{
	Agenda, AgendaOverflow, Config, Lane, LaneHeads, Pallet, Plans, RetryPass, Task, WeightInfo,
};
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

/// How many (possibly empty) agenda blocks one `on_initialize` walks through at most, per lane.
pub const MAX_BLOCKS_SCANNED: u32 = 64;

/// The storage items the lanes' heads are read from and written to each block.
#[cfg(not(feature = "storage-v2"))]
const HEAD_ITEMS: u64 = 2;
#[cfg(feature = "storage-v2")]
const HEAD_ITEMS: u64 = 1;

impl<T: Config> Pallet<T> {
	/// Runs due agenda tasks and retries within the weight budget; returns the weight used.
	pub(crate) fn tick(now: BlockNumberFor<T>) -> Weight {
		let budget = T::MaxAgendaWeight::get();
		let per_task = T::WeightInfo::agenda_task();
		let mut used = T::WeightInfo::agenda_base();
		let fits = |used: Weight| used.saturating_add(per_task).all_lte(budget);

		// The randomness source's reads are part of `agenda_base` (its benchmark runs `tick`).
		let known_since = Self::randomness_known_since();
		let mut ran_any = false;
		let mut heads = Self::agenda_heads();
		used.saturating_accrue(T::DbWeight::get().reads_writes(HEAD_ITEMS, HEAD_ITEMS));
		let budget_left = Self::run_lane(Lane::Timing, now, &mut heads, &mut used, &mut ran_any);
		if budget_left {
			let until = now.min(known_since);
			Self::run_lane(Lane::Draw, until, &mut heads, &mut used, &mut ran_any);
		}
		Self::set_agenda_heads(heads);

		// Retries draw too: only with randomness fresh in this block.
		let mut tries = if Self::fresh(known_since) {
			RetryPass::<T>::get().min(T::MaxRetriesPerBlock::get())
		} else {
			0
		};
		while tries > 0 && fits(used) {
			let Some(contract) = Self::next_retry() else { break };
			// The back-off's read, and the queue and back-off written after a retry.
			used.saturating_accrue(T::DbWeight::get().reads_writes(2, 2));
			if Self::backed_off(contract) {
				Self::wait_again(contract);
				used.saturating_accrue(per_task);
			} else {
				used.saturating_accrue(Self::run_task(Task::StartHosting { contract }, per_task));
				Self::retried(contract);
			}
			tries -= 1;
		}
		used
	}

	/// Runs the tasks of `lane` due up to block `until`, oldest block first, while the budget
	/// lasts; returns whether it lasted (else the rest waits for the next block).
	fn run_lane(
		lane: Lane,
		until: BlockNumberFor<T>,
		heads: &mut LaneHeads<BlockNumberFor<T>>,
		used: &mut Weight,
		ran_any: &mut bool,
	) -> bool {
		let budget = T::MaxAgendaWeight::get();
		let mut block = *heads.of(lane);
		let mut scanned = 0u32;
		let mut lasted = true;
		'blocks: while block <= until && scanned < MAX_BLOCKS_SCANNED {
			let key = (lane, block);
			let mut tasks = Agenda::<T>::take(key);
			used.saturating_accrue(T::DbWeight::get().reads_writes(1, 1));
			// The block's list first, in the order it was scheduled, then its overflow.
			loop {
				let (task, listed) = match tasks.first().copied() {
					Some(task) => (task, true),
					None => {
						used.saturating_accrue(T::DbWeight::get().reads(1));
						match AgendaOverflow::<T>::iter_key_prefix(key).next() {
							Some(task) => (task, false),
							None => break,
						}
					},
				};
				let cost = Self::task_weight(&task);
				// A task heavier than what is left still runs if it is the block's first: whatever
				// the reads before it cost, the agenda never stalls behind a heavy task.
				if *ran_any && !used.saturating_add(cost).all_lte(budget) {
					if !tasks.is_empty() {
						Agenda::<T>::insert(key, tasks);
					}
					lasted = false;
					break 'blocks;
				}
				if listed {
					tasks.remove(0);
				} else {
					AgendaOverflow::<T>::remove(key, task);
					used.saturating_accrue(T::DbWeight::get().writes(1));
				}
				used.saturating_accrue(Self::run_task(task, cost));
				*ran_any = true;
			}
			block = block.saturating_add(One::one());
			scanned = scanned.saturating_add(1);
		}
		*heads.of(lane) = block;
		lasted
	}

	/// Where the lanes are (storage version 1: one entry per lane).
	#[cfg(not(feature = "storage-v2"))]
	fn agenda_heads() -> LaneHeads<BlockNumberFor<T>> {
		use crate::AgendaHead;
		LaneHeads {
			timing: AgendaHead::<T>::get(Lane::Timing),
			draw: AgendaHead::<T>::get(Lane::Draw),
		}
	}

	/// Stores where the lanes are (storage version 1: one entry per lane).
	#[cfg(not(feature = "storage-v2"))]
	fn set_agenda_heads(heads: LaneHeads<BlockNumberFor<T>>) {
		use crate::AgendaHead;
		AgendaHead::<T>::insert(Lane::Timing, heads.timing);
		AgendaHead::<T>::insert(Lane::Draw, heads.draw);
	}

	/// Where the lanes are (storage version 2: one value).
	#[cfg(feature = "storage-v2")]
	fn agenda_heads() -> LaneHeads<BlockNumberFor<T>> {
		crate::AgendaHeads::<T>::get()
	}

	/// Stores where the lanes are (storage version 2: one value).
	#[cfg(feature = "storage-v2")]
	fn set_agenda_heads(heads: LaneHeads<BlockNumberFor<T>>) {
		crate::AgendaHeads::<T>::put(heads);
	}

	/// The most a task can weigh: a plan's end releases all its contracts; a hand-over does one
	/// amendment failure, hoster drop or challenge re-issue and may end a registration; a challenge
	/// or its timeout, a replacement, a pause limit each its own benchmark; any other task does at
	/// most one hosting setup or failure (`agenda_task`).
	pub(crate) fn task_weight(task: &Task) -> Weight {
		match task {
			Task::EndPlan { plan }
			| Task::PlanSetupDeadline { plan }
			| Task::CheckBudget { plan } => {
				Self::plan_end_weight(Plans::<T>::get(plan).map_or(0, |p| p.contracts.len() as u32))
			},
			Task::HandOver { .. } => Self::heaviest_hand_over(),
			Task::StorageChallenge { .. } => T::WeightInfo::agenda_storage_challenge(),
			Task::StorageChallengeTimeout { .. } => {
				T::WeightInfo::agenda_storage_challenge_timeout()
			},
			Task::PerformanceChallenge { .. } => T::WeightInfo::agenda_performance_challenge(),
			Task::PerformanceChallengeTimeout { .. } => {
				T::WeightInfo::agenda_performance_challenge_timeout()
			},
			Task::ReplaceHoster { .. } | Task::PauseLimit { .. } => {
				T::WeightInfo::agenda_replace_hoster()
			},
			Task::AccusationDeadline { .. } => Self::accusation_upheld_weight(),
			_ => T::WeightInfo::agenda_task(),
		}
	}

	/// The heaviest task there can be: each kind at its worst (a plan's end with the most
	/// contracts).
	pub(crate) fn heaviest_task() -> Weight {
		[
			Self::plan_end_weight(T::MaxContractsPerPlan::get()),
			Self::heaviest_hand_over(),
			T::WeightInfo::agenda_storage_challenge(),
			T::WeightInfo::agenda_storage_challenge_timeout(),
			T::WeightInfo::agenda_performance_challenge(),
			T::WeightInfo::agenda_performance_challenge_timeout(),
			T::WeightInfo::agenda_replace_hoster(),
			Self::accusation_upheld_weight(),
			T::WeightInfo::agenda_task(),
		]
		.into_iter()
		.fold(Weight::zero(), |a, b| a.max(b))
	}

	/// An accusation upheld fails a hoster with the most contracts (or, for an unreachable one,
	/// schedules its replacement).
	fn accusation_upheld_weight() -> Weight {
		T::WeightInfo::agenda_accusation_upheld(T::MaxCapacityPerRole::get())
	}

	/// A plan's end: its record read, then as `unpublish_plan` of its `contracts` at their worst
	/// (all in setup, or all hosted with pay to settle).
	pub(crate) fn plan_end_weight(contracts: u32) -> Weight {
		T::WeightInfo::unpublish_plan(contracts)
			.max(T::WeightInfo::unpublish_hosted_plan(contracts))
			.saturating_add(T::DbWeight::get().reads(1))
	}

	/// A hand-over fails a setup, drops a hoster or issues a challenge anew.
	pub(crate) fn heaviest_hand_over() -> Weight {
		T::WeightInfo::agenda_hand_over()
			.max(T::WeightInfo::agenda_storage_challenge_timeout())
			.max(T::WeightInfo::agenda_performance_challenge_timeout())
	}

	/// Runs one task in its own storage layer; a task that fails (a stale one: its item is gone)
	/// changes nothing and is dropped. Returns the weight of the path it took: `worst` (its
	/// [`task_weight`](Self::task_weight)), or less for a plan's budget check or setup deadline
	/// that leaves the plan running (the common case, which must not cost a plan's end: plans
	/// published together have their checks due together).
	pub(crate) fn run_task(task: Task, worst: Weight) -> Weight {
		let result = with_storage_layer(|| match task {
			Task::StartHosting { contract } => Self::start_amendment(contract),
			Task::EndPlan { plan } => Self::end_plan(plan),
			Task::PlanSetupDeadline { plan } => Self::plan_setup_deadline(plan),
			Task::CheckBudget { plan } => Self::plan_budget_check(plan),
			Task::AmendmentTimeout { amendment } => Self::amendment_timeout(amendment),
			Task::PauseEnd { user } => Self::end_failure_pause(user),
			Task::HandOver { user } => Self::hand_over(user),
			Task::StorageChallenge { hoster } => Self::issue_storage_challenge(hoster),
			Task::StorageChallengeTimeout { challenge } => {
				Self::storage_challenge_timeout(challenge)
			},
			Task::PerformanceChallenge { feed } => Self::issue_performance_challenge(feed),
			Task::PerformanceChallengeTimeout { challenge } => {
				Self::performance_challenge_timeout(challenge)
			},
			Task::ReplaceHoster { hoster } => Self::drop_all_hosting(hoster),
			Task::PauseLimit { user } => Self::pause_limit(user),
			Task::AccusationDeadline { accusation } => Self::uphold_accusation(accusation),
			Task::RefreshIdle { user } => Self::window_edge(user).map(|newly_idle| {
				if newly_idle {
					Self::start_retry_pass();
				}
			}),
		});
		if let Err(e) = result {
			log::warn!(target: "runtime::datdot", "task {task:?} failed: {e:?}");
		}
		// The plan's record, read to tell the paths apart: still there, the plan goes on.
		let light = match task {
			Task::CheckBudget { plan } => {
				Plans::<T>::contains_key(plan).then(T::WeightInfo::agenda_budget_check)
			},
			Task::PlanSetupDeadline { plan } => Plans::<T>::get(plan)
				.map(|p| T::WeightInfo::agenda_setup_deadline(p.contracts.len() as u32)),
			_ => None,
		};
		light.map_or(worst, |w| w.saturating_add(T::DbWeight::get().reads(1)).min(worst))
	}
}
