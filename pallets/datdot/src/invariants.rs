//! The pallet's invariants ([`Pallet::do_try_state`]): what must hold between any two blocks and
//! after every call. Run by the `try_state` hook under `try-runtime`, after every step of the
//! pallet's tests and after every benchmark. And the configuration checks of `integrity_test`:
//! settings with which the chain would stall.
//!
//! `do_try_state` reads whole maps: it is for tests and `try-runtime`, never for a block.

#[cfg(any(test, feature = "try-runtime", feature = "runtime-benchmarks"))]
use crate::{
	Accusations, AccusationsOf, Agenda, AgendaOverflow, AmendmentStatus, Amendments, BalanceOf,
	Bookings, ChallengeCycle, CheckKeys, ComponentUses, Components, ContractStatus, Contracts,
	Escrows, FeedHosters, FeedPlans, Feeds, Grades, HoldReason, HostedContracts, IdleAt, IdleCount,
	IdleIn, IdlePosition, IdleQueue, PaidUntil, PauseReason, PerformanceChallenges,
	PerformanceCycles, PerformancePayer, Plans, ProvenAt, RetryBackoff, Role, StorageChallenges,
	StorageCycles, Task, UserByAccount, UserByNoiseKey, UserBySigningKey, UserOf, Users,
	WaitingContracts,
};
use crate::{Config, Pallet, WeightInfo, ENCODERS_PER_CONTRACT, HOSTERS_PER_CONTRACT};
#[cfg(any(test, feature = "try-runtime", feature = "runtime-benchmarks"))]
use datdot_primitives::ItemId;
#[cfg(any(test, feature = "try-runtime", feature = "runtime-benchmarks"))]
use frame_support::ensure;
use frame_support::traits::Get;

impl<T: Config> Pallet<T> {
	/// Configuration with which the chain would stall: an agenda budget below its heaviest task
	/// (the agenda would fall behind for good, and retries of waiting contracts never run), fewer
	/// selection draws per role than an amendment needs of a role, a report timeout below two
	/// blocks (a report could not be included before its deadline), no room for tasks in a block.
	pub(crate) fn check_integrity() {
		let budget = T::MaxAgendaWeight::get();
		let heaviest = Self::heaviest_task();
		assert!(
			T::WeightInfo::agenda_base().saturating_add(heaviest).all_lte(budget),
			"MaxAgendaWeight {budget:?} is below the heaviest agenda task {heaviest:?}"
		);
		let per_role = HOSTERS_PER_CONTRACT.max(ENCODERS_PER_CONTRACT);
		assert!(
			T::MaxSelectionDraws::get() >= per_role,
			"MaxSelectionDraws must draw at least the {per_role} providers a setup needs of a role"
		);
		assert!(
			T::ReportTimeout::get() >= 2u32.into(),
			"ReportTimeout must leave at least one block for a report"
		);
		assert!(T::MaxTasksPerBlock::get() > 0, "MaxTasksPerBlock must hold a task");
		assert!(T::MaxRetriesPerBlock::get() > 0, "MaxRetriesPerBlock must retry a contract");
	}
}

#[cfg(any(test, feature = "try-runtime", feature = "runtime-benchmarks"))]
impl<T: Config> Pallet<T> {
	/// Everything that must hold between blocks.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		ensure!(
			<Self as frame_support::traits::GetStorageVersion>::on_chain_storage_version()
				== crate::pallet::STORAGE_VERSION,
			"the stored layout is the one this code reads"
		);
		// Users read once, for every check that walks them.
		let users: alloc::vec::Vec<(ItemId, UserOf<T>)> = Users::<T>::iter().collect();
		Self::check_idle_queues(&users)?;
		Self::check_bookings(&users)?;
		Self::check_suspensions(&users)?;
		Self::check_components()?;
		Self::check_user_items(&users)?;
		ensure!(
			UserBySigningKey::<T>::iter().all(|(key, id)| {
				Users::<T>::get(id).and_then(|u| u.keys).is_some_and(|k| k.signing_key == key)
			}),
			"every signing key lookup names its holder"
		);
		ensure!(
			UserByNoiseKey::<T>::iter().all(|(key, id)| {
				Users::<T>::get(id).and_then(|u| u.keys).is_some_and(|k| k.noise_key == key)
			}),
			"every Noise key lookup names its holder"
		);
		Self::check_cycles()?;
		Self::check_escrows()?;
		Self::check_agenda()
	}

	/// Every plan has its escrow, held from its sponsor, its budget check on the agenda; each
	/// hosting hoster of a contract has its pay record (and nobody else); what an escrow has
	/// accrued is exactly what its positions ran up since their last proofs; the plans of each
	/// feed are counted by their contracts; grades and payers only of hosted feeds.
	fn check_escrows() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		use sp_runtime::{SaturatedConversion, Saturating};
		let now = frame_system::Pallet::<T>::block_number();
		let mut paid: BTreeMap<(ItemId, ItemId), _> =
			PaidUntil::<T>::iter().map(|(c, h, at)| ((c, h), at)).collect();
		let mut feed_plans = BTreeMap::<(ItemId, ItemId), u32>::new();
		for (id, plan) in Plans::<T>::iter() {
			let escrow = Escrows::<T>::get(id).ok_or("every plan has its escrow")?;
			let sponsor = Users::<T>::get(plan.sponsor).ok_or("a plan's sponsor")?;
			ensure!(escrow.sponsor == sponsor.account, "an escrow held from its plan's sponsor");
			ensure!(
				Self::is_scheduled(escrow.check_at, &Task::CheckBudget { plan: id }),
				"a plan's budget check on the agenda"
			);
			let (mut accruing, mut owed) = (BalanceOf::<T>::default(), BalanceOf::<T>::default());
			for contract_id in plan.contracts.iter() {
				let Some(contract) = Contracts::<T>::get(contract_id) else { continue };
				*feed_plans.entry((contract.feed, id)).or_default() += 1;
				let rate = Self::position_rate(&escrow.prices, contract.chunks());
				for hoster in contract.hosters.iter() {
					let since = paid.remove(&(*contract_id, *hoster)).ok_or("a hoster's pay")?;
					ensure!(since <= now, "paid up to a block that has been");
					let blocks: u64 = now.saturating_sub(since).saturated_into();
					accruing = accruing.saturating_add(rate);
					owed = owed.saturating_add(rate.saturating_mul(blocks.saturated_into()));
				}
			}
			ensure!(escrow.accruing == accruing, "an escrow accrues for the positions hosted");
			let blocks: u64 = now.saturating_sub(escrow.owed_at).saturated_into();
			let owed_now = escrow
				.owed
				.saturating_add(escrow.accruing.saturating_mul(blocks.saturated_into()));
			ensure!(
				owed_now == owed,
				"an escrow owes what its positions ran up since their proofs"
			);
		}
		ensure!(paid.is_empty(), "pay records only of hosting hosters");
		ensure!(
			Escrows::<T>::iter_keys().count() == Plans::<T>::iter_keys().count(),
			"escrows of plans"
		);
		let counted: BTreeMap<(ItemId, ItemId), u32> =
			FeedPlans::<T>::iter().map(|(f, p, n)| ((f, p), n)).collect();
		ensure!(counted == feed_plans, "each feed's plans counted by their contracts");
		ensure!(
			Grades::<T>::iter().all(|(f, h, _)| FeedHosters::<T>::contains_key(f, h)),
			"grades only of a feed's hosters"
		);
		ensure!(
			PerformancePayer::<T>::iter_keys().all(|f| PerformanceCycles::<T>::contains_key(f)),
			"performance payers only of challenged feeds"
		);
		Ok(())
	}

	/// Each idle queue is a consistent indexed set, and a provider is in exactly the idle queues
	/// it belongs in (unless a window edge of its is due and not run yet); its window edge is on
	/// the agenda.
	fn check_idle_queues(users: &[(ItemId, UserOf<T>)]) -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::{BTreeMap, BTreeSet};
		// Each map read once, the checks in memory.
		let at: BTreeMap<(IdleQueue, u32), ItemId> =
			IdleAt::<T>::iter().map(|(q, p, u)| ((q, p), u)).collect();
		let positions: BTreeMap<(IdleQueue, ItemId), u32> =
			IdlePosition::<T>::iter().map(|(q, u, p)| ((q, u), p)).collect();
		let held: BTreeMap<ItemId, BTreeSet<IdleQueue>> =
			IdleIn::<T>::iter().map(|(u, qs)| (u, qs.into_iter().collect())).collect();
		let mut members = 0usize;
		for (queue, count) in IdleCount::<T>::iter() {
			ensure!(count > 0, "no count of an empty idle queue");
			for position in 0..count {
				let user = *at.get(&(queue.clone(), position)).ok_or("a hole in an idle queue")?;
				ensure!(
					positions.get(&(queue.clone(), user)) == Some(&position),
					"idle position out of step"
				);
				ensure!(
					held.get(&user).is_some_and(|qs| qs.contains(&queue)),
					"a queue its member names"
				);
			}
			members = members.saturating_add(count as usize);
		}
		ensure!(at.len() == members, "no idle entry outside a queue");
		ensure!(positions.len() == members, "no idle position outside a queue");
		let now = frame_system::Pallet::<T>::block_number();
		let mut with_queues = 0usize;
		for (id, user) in users.iter().cloned() {
			let refresh_at = user.provider.as_ref().and_then(|p| p.refresh_at);
			if let Some(at) = refresh_at {
				ensure!(Self::is_scheduled(at, &Task::RefreshIdle { user: id }), "a window edge");
			}
			let queues = held.get(&id);
			with_queues = with_queues.saturating_add(usize::from(queues.is_some()));
			if refresh_at.is_some_and(|at| at <= now) {
				continue;
			}
			let wanted: BTreeSet<IdleQueue> = Self::idle_queues(&user).into_iter().collect();
			ensure!(
				queues.map_or(wanted.is_empty(), |q| *q == wanted),
				"a provider is in the idle queues it belongs in"
			);
			ensure!(
				wanted.iter().all(|q| positions.contains_key(&(q.clone(), id))),
				"in every queue it names"
			);
		}
		ensure!(with_queues == held.len(), "idle queues only of users");
		Ok(())
	}

	/// Bookings add up to what each provider has booked; feeds' hosters are counted once per
	/// contract they host; each feed counts the contracts over it, and no contract outlives its feed.
	fn check_bookings(users: &[(ItemId, UserOf<T>)]) -> Result<(), sp_runtime::TryRuntimeError> {
		for (id, user) in users.iter().cloned() {
			let bookings: alloc::vec::Vec<Role> =
				Bookings::<T>::iter_prefix(id).map(|(_, r)| r).collect();
			let Some(p) = user.provider else {
				ensure!(bookings.is_empty(), "an unregistered user has bookings");
				continue;
			};
			for role in Role::ALL {
				let n = bookings.iter().filter(|r| **r == role).count() as u32;
				ensure!(p.booked.get(role) == n, "booked jobs of a role");
			}
			let storage_jobs = bookings.iter().filter(|r| **r != Role::Attester).count() as u64;
			ensure!(
				p.storage_booked == storage_jobs.saturating_mul(T::StoragePerContract::get()),
				"booked storage"
			);
		}
		let mut counted = alloc::collections::BTreeMap::<(u64, u64), u32>::new();
		let mut feed_use = alloc::collections::BTreeMap::<u64, u32>::new();
		let mut hosted = alloc::collections::BTreeMap::<u64, alloc::vec::Vec<u64>>::new();
		for (id, c) in Contracts::<T>::iter() {
			for h in c.hosters.iter() {
				*counted.entry((c.feed, *h)).or_default() += 1;
				hosted.entry(*h).or_default().push(id);
				ensure!(
					Bookings::<T>::get(h, id) == Some(Role::Hoster),
					"a hoster booked on its contract"
				);
			}
			*feed_use.entry(c.feed).or_default() += 1;
		}
		for (hoster, list) in HostedContracts::<T>::iter() {
			let mut list = list.into_inner();
			list.sort_unstable();
			let mut expected = hosted.remove(&hoster).unwrap_or_default();
			expected.sort_unstable();
			ensure!(!list.is_empty() && list == expected, "a hoster's list of hosted contracts");
		}
		ensure!(hosted.is_empty(), "every hosting hoster lists its contracts");
		for (id, feed) in Feeds::<T>::iter() {
			let live = feed_use.remove(&id).unwrap_or(0);
			ensure!(feed.contracts == live, "a feed counts the live contracts over it");
		}
		ensure!(feed_use.is_empty(), "every contract's feed is stored");
		let stored: alloc::collections::BTreeMap<(u64, u64), u32> =
			FeedHosters::<T>::iter().map(|(f, h, n)| ((f, h), n)).collect();
		ensure!(stored == counted, "feed hosters");
		Ok(())
	}

	/// A suspension belongs to a user without a registration (or leaving one), and its end is on
	/// the agenda. Keys are held exactly while registered, and their lookups name their user.
	fn check_suspensions(users: &[(ItemId, UserOf<T>)]) -> Result<(), sp_runtime::TryRuntimeError> {
		for (id, user) in users.iter().cloned() {
			ensure!(user.keys.is_some() == user.provider.is_some(), "keys held while registered");
			if let Some(keys) = user.keys {
				ensure!(UserBySigningKey::<T>::get(keys.signing_key) == Some(id), "signing key");
				ensure!(UserByNoiseKey::<T>::get(keys.noise_key) == Some(id), "Noise key");
			}
			let Some(until) = user.suspended_until else { continue };
			ensure!(
				user.provider.is_none_or(|p| p.is_leaving()),
				"a suspension only outside a registration"
			);
			ensure!(
				Self::is_scheduled(until, &Task::PauseEnd { user: id }),
				"a suspension's end on the agenda"
			);
		}
		Ok(())
	}

	/// One walk over the items users pay for or are party to: every user's held deposits, per
	/// reason, are exactly those items' deposits (its feeds, its registration, its plans, the
	/// components it stored) and its plans' budgets; its `holds` counts them and its open accusations; and a user that
	/// holds nothing, is not registered and not suspended is not kept.
	fn check_user_items(users: &[(ItemId, UserOf<T>)]) -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		use sp_runtime::Saturating;
		let reasons = [
			HoldReason::FeedDeposit,
			HoldReason::Stake,
			HoldReason::PlanDeposit,
			HoldReason::ComponentDeposit,
			HoldReason::Escrow,
		];
		let mut owed = BTreeMap::<(ItemId, usize), BalanceOf<T>>::new();
		let mut holds = BTreeMap::<ItemId, u32>::new();
		// `reason` indexes `reasons`; `None` for an item held without a deposit.
		let mut add = |user: ItemId, reason: Option<usize>, deposit: BalanceOf<T>| {
			if let Some(reason) = reason {
				let entry = owed.entry((user, reason)).or_default();
				*entry = entry.saturating_add(deposit);
			}
			if reason != Some(1) {
				*holds.entry(user).or_default() += 1;
			}
		};
		Feeds::<T>::iter_values().for_each(|f| add(f.publisher, Some(0), f.deposit));
		for (id, user) in users {
			if let Some(provider) = &user.provider {
				add(*id, Some(1), provider.stake);
			}
		}
		Plans::<T>::iter_values().for_each(|p| add(p.sponsor, Some(2), p.deposit));
		ComponentUses::<T>::iter_values().for_each(|c| add(c.owner, Some(3), c.deposit));
		for a in Accusations::<T>::iter_values() {
			add(a.hoster, None, Default::default());
			add(a.attester, None, Default::default());
		}
		// A plan's budget is held from its sponsor (the plan itself is counted above).
		for (id, plan) in Plans::<T>::iter() {
			let budget = Escrows::<T>::get(id).map(|e| e.budget).unwrap_or_default();
			let entry = owed.entry((plan.sponsor, 4)).or_default();
			*entry = entry.saturating_add(budget);
		}
		for (id, user) in users {
			for (i, reason) in reasons.iter().enumerate() {
				let held = T::Currency::balance_on_hold(&(*reason).into(), &user.account);
				let due = owed.remove(&(*id, i)).unwrap_or_default();
				ensure!(held == due, "a user's held deposits are its items' deposits");
			}
			ensure!(holds.remove(id).unwrap_or(0) == user.holds, "a user counts what it holds");
			ensure!(
				user.holds > 0 || user.provider.is_some() || user.suspended_until.is_some(),
				"no record of a user that holds nothing"
			);
			ensure!(
				UserByAccount::<T>::get(&user.account) == Some(*id),
				"every user found by its account"
			);
		}
		ensure!(owed.is_empty(), "every deposit is held from a user");
		ensure!(holds.is_empty(), "everything held is held by a user");
		ensure!(
			UserByAccount::<T>::iter().count() == users.len(),
			"no account lookup of a removed user"
		);
		Ok(())
	}

	/// Every stored component has its upkeep record, counting the live plans that name it.
	fn check_components() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut named = alloc::collections::BTreeMap::<u64, u32>::new();
		for (_, plan) in Plans::<T>::iter() {
			let ids = plan.datasets.iter().chain(plan.performances.iter());
			for id in ids.chain(plan.timetables.iter()).chain(plan.regions.iter()) {
				*named.entry(*id).or_default() += 1;
			}
		}
		for (id, used) in ComponentUses::<T>::iter() {
			ensure!(Components::<T>::contains_key(id), "an upkeep record of a stored component");
			ensure!(
				named.remove(&id) == Some(used.plans),
				"a component counts the plans naming it"
			);
		}
		ensure!(named.is_empty(), "every component a plan names is stored");
		ensure!(
			Components::<T>::iter_keys().all(|id| ComponentUses::<T>::contains_key(id)),
			"every stored component has its upkeep record"
		);
		Ok(())
	}

	/// Every cycle is on the agenda or running; performance cycles only for hosted feeds.
	fn check_cycles() -> Result<(), sp_runtime::TryRuntimeError> {
		for (feed, cycle) in PerformanceCycles::<T>::iter() {
			ensure!(
				FeedHosters::<T>::iter_prefix(feed).next().is_some(),
				"a cycle of a hosted feed"
			);
			match cycle {
				ChallengeCycle::Next(at) => ensure!(
					Self::is_scheduled(at, &Task::PerformanceChallenge { feed }),
					"a performance cycle on the agenda"
				),
				ChallengeCycle::Running(id) => ensure!(
					PerformanceChallenges::<T>::get(id).ok_or("running challenge")?.feed == feed,
					"a running performance challenge of its feed"
				),
			}
		}
		for (hoster, cycle) in StorageCycles::<T>::iter() {
			match cycle {
				ChallengeCycle::Next(at) => ensure!(
					Self::is_scheduled(at, &Task::StorageChallenge { hoster }),
					"a storage cycle on the agenda"
				),
				ChallengeCycle::Running(id) => ensure!(
					StorageChallenges::<T>::get(id).ok_or("running challenge")?.hoster == hoster,
					"a running storage challenge of its hoster"
				),
			}
		}
		let now = frame_system::Pallet::<T>::block_number();
		for (hoster, at) in ProvenAt::<T>::iter() {
			ensure!(
				StorageCycles::<T>::contains_key(hoster),
				"a last proof of a hoster in its cycle"
			);
			ensure!(at <= now, "proven at a block that has been");
		}
		for (id, keys) in CheckKeys::<T>::iter() {
			let challenge = StorageChallenges::<T>::get(id).ok_or("keys of a running challenge")?;
			ensure!(keys.len() == challenge.checks.len(), "a key per check");
			for (check, key) in challenge.checks.iter().zip(keys.iter()) {
				let hosted = Contracts::<T>::get(check.contract)
					.filter(|c| c.hosters.contains(&challenge.hoster));
				let feed_key = hosted.as_ref().and_then(|c| Feeds::<T>::get(c.feed)).map(|f| f.key);
				ensure!(
					key.is_none() || *key == feed_key,
					"a check's key is its contract's feed's"
				);
				ensure!(
					hosted.is_some() || key.is_none(),
					"no key once the contract is gone or left"
				);
			}
		}
		Ok(())
	}

	/// Every agenda entry points at a live item that expects it there.
	fn check_agenda() -> Result<(), sp_runtime::TryRuntimeError> {
		for ((lane, block), tasks) in Agenda::<T>::iter() {
			for task in tasks {
				ensure!(task.lane() == lane, "a task in its lane");
				Self::check_task(block, task)?;
			}
		}
		for ((lane, block), task, ()) in AgendaOverflow::<T>::iter() {
			ensure!(task.lane() == lane, "a task in its lane");
			Self::check_task(block, task)?;
		}
		for (hoster, id, ()) in AccusationsOf::<T>::iter() {
			ensure!(
				Accusations::<T>::get(id).is_some_and(|a| a.hoster == hoster),
				"an accusation indexed by its hoster"
			);
		}
		let waiting = WaitingContracts::<T>::get();
		ensure!(
			RetryBackoff::<T>::iter_keys().all(|c| waiting.contains(&c)),
			"a back-off only of a waiting contract"
		);
		for (id, accusation) in Accusations::<T>::iter() {
			ensure!(
				AccusationsOf::<T>::contains_key(accusation.hoster, id),
				"every accusation indexed"
			);
			ensure!(
				Self::is_scheduled(
					accusation.deadline,
					&Task::AccusationDeadline { accusation: id }
				),
				"an accusation's deadline on the agenda"
			);
		}
		Ok(())
	}

	fn check_task(
		block: frame_system::pallet_prelude::BlockNumberFor<T>,
		task: Task,
	) -> Result<(), sp_runtime::TryRuntimeError> {
		match task {
			Task::StartHosting { contract } => {
				let c = Contracts::<T>::get(contract).ok_or("contract of a scheduled start")?;
				ensure!(c.scheduled == Some(block), "a start where its contract expects it");
				ensure!(c.status != ContractStatus::SettingUp, "no start while setting up");
			},
			Task::EndPlan { plan } => ensure!(
				Plans::<T>::get(plan).ok_or("plan of a scheduled end")?.ends_at == block,
				"a plan's end where the plan expects it"
			),
			Task::CheckBudget { plan } => ensure!(
				Escrows::<T>::get(plan).ok_or("escrow of a budget check")?.check_at == block,
				"a budget check where the plan's escrow expects it"
			),
			Task::PlanSetupDeadline { plan } => ensure!(
				Plans::<T>::get(plan).ok_or("plan of a setup deadline")?.setup_deadline
					== Some(block),
				"a plan's setup deadline where the plan expects it"
			),
			Task::AmendmentTimeout { amendment } => {
				let a = Amendments::<T>::get(amendment).ok_or("amendment of a timeout")?;
				ensure!(
					a.status == AmendmentStatus::InProgress,
					"a timeout of a running amendment"
				);
				ensure!(a.deadline == block, "a timeout at the amendment's deadline");
			},
			Task::PauseEnd { user } => {
				let u = Users::<T>::get(user).ok_or("user of a pause end")?;
				let pause = u.provider.and_then(|p| p.paused);
				ensure!(
					pause.is_none_or(|p| p.reason != PauseReason::Requested),
					"no end of a requested pause"
				);
				if pause.is_some_and(|p| p.reason == PauseReason::Failed) {
					ensure!(pause.and_then(|p| p.until) == Some(block), "at the pause's end");
				} else {
					ensure!(u.suspended_until == Some(block), "at the suspension's end");
				}
			},
			Task::StorageChallenge { hoster } => ensure!(
				StorageCycles::<T>::get(hoster) == Some(ChallengeCycle::Next(block)),
				"a storage challenge where its cycle expects it"
			),
			Task::StorageChallengeTimeout { challenge } => {
				let c = StorageChallenges::<T>::get(challenge).ok_or("challenge of a timeout")?;
				let cycle = StorageCycles::<T>::get(c.hoster);
				Self::check_timeout(block, challenge, c.deadline, c.attester, cycle)?;
			},
			Task::PerformanceChallenge { feed } => ensure!(
				PerformanceCycles::<T>::get(feed) == Some(ChallengeCycle::Next(block)),
				"a performance challenge where its cycle expects it"
			),
			Task::PerformanceChallengeTimeout { challenge } => {
				let c =
					PerformanceChallenges::<T>::get(challenge).ok_or("challenge of a timeout")?;
				let cycle = PerformanceCycles::<T>::get(c.feed);
				Self::check_timeout(block, challenge, c.deadline, c.attester, cycle)?;
			},
			Task::ReplaceHoster { hoster } => {
				let u = Users::<T>::get(hoster).ok_or("user of a replacement")?;
				ensure!(
					u.provider.ok_or("registered")?.paused.is_some(),
					"an unreachable hoster is paused"
				);
			},
			Task::RefreshIdle { user } => ensure!(
				Users::<T>::get(user)
					.and_then(|u| u.provider)
					.ok_or("provider of a window edge")?
					.refresh_at == Some(block),
				"a window edge where its provider expects it"
			),
			Task::AccusationDeadline { accusation } => ensure!(
				Accusations::<T>::get(accusation).ok_or("accusation of a deadline")?.deadline
					== block,
				"an accusation's deadline where the accusation expects it"
			),
			Task::PauseLimit { user } => {
				let u = Users::<T>::get(user).ok_or("user of a pause limit")?;
				let pause = u.provider.ok_or("registered")?.paused.ok_or("paused")?;
				ensure!(
					(pause.reason, pause.replace_at) == (PauseReason::Requested, Some(block)),
					"a pause limit where the requested pause expects it"
				);
			},
			Task::HandOver { user } => {
				let u = Users::<T>::get(user).ok_or("user of a hand-over")?;
				ensure!(
					u.provider.ok_or("registered while handing over")?.is_leaving(),
					"a hand-over of a leaving provider"
				);
			},
		}
		Ok(())
	}

	/// A challenge's timeout at `block`: the challenge's deadline, the one its cycle runs, its
	/// attester booked on it.
	fn check_timeout(
		block: frame_system::pallet_prelude::BlockNumberFor<T>,
		challenge: datdot_primitives::ItemId,
		deadline: frame_system::pallet_prelude::BlockNumberFor<T>,
		attester: datdot_primitives::ItemId,
		cycle: Option<ChallengeCycle<frame_system::pallet_prelude::BlockNumberFor<T>>>,
	) -> Result<(), sp_runtime::TryRuntimeError> {
		ensure!(deadline == block, "a timeout at the challenge's deadline");
		ensure!(
			cycle == Some(ChallengeCycle::Running(challenge)),
			"a timeout of the running challenge"
		);
		ensure!(
			Bookings::<T>::get(attester, challenge) == Some(Role::Attester),
			"the attester booked on its challenge"
		);
		Ok(())
	}
}
