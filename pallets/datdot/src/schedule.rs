//! The agenda (time-driven work) and the pending queue (work waiting for providers).
//!
//! * `Agenda[block]` holds the tasks due at `block`. `on_initialize` runs due tasks, oldest block
//!   first, while their weight fits [`Config::MaxAgendaWeight`]; what does not fit stays and runs in
//!   the next block. A plan's end is weighed by its number of contracts; a task heavier than the
//!   whole budget runs alone at the head of a block (its weight is bounded by `MaxContractsPerPlan`). Each task runs in its own storage layer: a task that fails changes nothing.
//!   Tasks are cancelled by removing them from their block (items remember the block).
//! * `PendingTasks` holds contracts whose hosting setup found too few providers. Whenever a provider
//!   becomes idle (registration, unpause, release), one pass over the queue is started; each block
//!   tries at most [`Config::MaxPendingRetriesPerBlock`] of them, in FIFO order.

use crate::{
	Agenda, AgendaHead, Config, Error, Pallet, PendingPass, PendingTasks, Plans, Task, WeightInfo,
};
use datdot_primitives::ItemId;
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

/// How many blocks past the wanted one `schedule` looks for room.
pub const SCHEDULE_LOOKAHEAD: u32 = 64;
/// How many (possibly empty) agenda blocks one `on_initialize` walks through at most.
pub const MAX_BLOCKS_SCANNED: u32 = 64;

impl<T: Config> Pallet<T> {
	/// Puts `task` on the agenda at `at` (at the earliest the next block), or the first later block
	/// with room. Returns the block it landed in.
	pub(crate) fn schedule(
		at: BlockNumberFor<T>,
		task: Task,
	) -> Result<BlockNumberFor<T>, DispatchError> {
		let next = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		let mut block = at.max(next);
		for _ in 0..=SCHEDULE_LOOKAHEAD {
			if Agenda::<T>::try_mutate(block, |tasks| tasks.try_push(task.clone())).is_ok() {
				return Ok(block);
			}
			block = block.saturating_add(One::one());
		}
		Err(Error::<T>::AgendaFull.into())
	}

	/// Removes `task` from the agenda of `at`, if it is there.
	pub(crate) fn unschedule(at: BlockNumberFor<T>, task: &Task) {
		Agenda::<T>::mutate_exists(at, |tasks| {
			if let Some(list) = tasks {
				if let Some(i) = list.iter().position(|t| t == task) {
					list.remove(i);
				}
				if list.is_empty() {
					*tasks = None;
				}
			}
		});
	}

	/// Runs due agenda tasks and pending retries within the weight budget; returns the weight used.
	pub(crate) fn tick(now: BlockNumberFor<T>) -> Weight {
		let budget = T::MaxAgendaWeight::get();
		let per_task = T::WeightInfo::agenda_task();
		let mut used = T::WeightInfo::agenda_base();
		let fits = |used: Weight| used.saturating_add(per_task).all_lte(budget);

		let mut block = AgendaHead::<T>::get();
		let mut scanned = 0u32;
		'blocks: while block <= now && scanned < MAX_BLOCKS_SCANNED {
			let mut tasks = Agenda::<T>::take(block);
			used.saturating_accrue(T::DbWeight::get().reads_writes(1, 1));
			while let Some(task) = tasks.first().copied() {
				let cost = Self::task_weight(&task);
				// A task heavier than the whole budget still runs, alone, at the head of a block.
				let first = used == T::WeightInfo::agenda_base();
				if !first && !used.saturating_add(cost).all_lte(budget) {
					Agenda::<T>::insert(block, tasks);
					break 'blocks;
				}
				tasks.remove(0);
				Self::run(task);
				used.saturating_accrue(cost);
			}
			block = block.saturating_add(One::one());
			scanned = scanned.saturating_add(1);
		}
		AgendaHead::<T>::put(block);

		let mut tries = PendingPass::<T>::get().min(T::MaxPendingRetriesPerBlock::get());
		while tries > 0 && fits(used) {
			let Some(contract) =
				PendingTasks::<T>::mutate(|queue| (!queue.is_empty()).then(|| queue.remove(0)))
			else {
				PendingPass::<T>::kill();
				break;
			};
			PendingPass::<T>::mutate(|left| *left = left.saturating_sub(1));
			Self::run(Task::StartHosting { contract });
			used.saturating_accrue(per_task);
			tries -= 1;
		}
		used
	}

	/// The most a task can weigh: a plan's end releases all its contracts; a hand-over does one
	/// amendment failure, hoster drop or challenge re-issue and may end a registration; a challenge
	/// or its timeout, a replacement, a pause limit each its own benchmark; any other task does at
	/// most one hosting setup or failure (`agenda_task`).
	fn task_weight(task: &Task) -> Weight {
		let read = T::DbWeight::get().reads(1);
		match task {
			Task::EndPlan { plan } => {
				let contracts = Plans::<T>::get(plan).map_or(0, |p| p.contracts.len() as u32);
				T::WeightInfo::unpublish_plan(contracts).saturating_add(read)
			},
			// A hand-over fails a setup, drops a hoster or issues a challenge anew.
			Task::HandOver { .. } => T::WeightInfo::agenda_hand_over()
				.max(T::WeightInfo::agenda_storage_challenge_timeout())
				.max(T::WeightInfo::agenda_performance_challenge_timeout()),
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
			_ => T::WeightInfo::agenda_task(),
		}
	}

	pub(crate) fn run(task: Task) {
		let result = with_storage_layer(|| match task {
			Task::StartHosting { contract } => Self::start_amendment(contract),
			Task::EndPlan { plan } => Self::end_plan(plan),
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
		});
		if let Err(e) = result {
			log::warn!(target: "runtime::datdot", "task {task:?} failed: {e:?}");
		}
	}

	/// Queues a contract that found too few providers; if the queue is full, the setup is tried
	/// again `ReportTimeout` blocks later instead.
	pub(crate) fn wait_for_providers(
		contract: ItemId,
	) -> Result<Option<BlockNumberFor<T>>, DispatchError> {
		let queued = PendingTasks::<T>::mutate(|queue| {
			queue.contains(&contract) || queue.try_push(contract).is_ok()
		});
		if queued {
			return Ok(None);
		}
		let at = frame_system::Pallet::<T>::block_number().saturating_add(T::ReportTimeout::get());
		Self::schedule(at, Task::StartHosting { contract }).map(Some)
	}

	/// Takes a contract out of the pending queue.
	pub(crate) fn stop_waiting(contract: ItemId) {
		PendingTasks::<T>::mutate(|queue| queue.retain(|c| *c != contract));
	}

	/// A provider became idle: give every waiting task one more try.
	pub(crate) fn providers_changed() {
		let waiting = PendingTasks::<T>::decode_len().unwrap_or(0) as u32;
		if waiting > 0 {
			PendingPass::<T>::put(waiting);
		}
	}
}
