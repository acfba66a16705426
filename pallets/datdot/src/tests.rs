//! Tests of the pallet's calls on the mock runtime.

mod challenges;
mod feeds;
mod hosting;
mod performance;
mod plans;
mod replacement;
mod work;

use crate::{
	mock::*, Agenda, AmendmentStatus, Amendments, Bookings, ChallengeCycle, ContractStatus,
	Contracts, FeedHosters, IdleAt, IdleCount, IdlePosition, PauseReason, PerformanceChallenges,
	PerformanceCycles, Plans, Role, StorageChallenges, StorageCycles, Task, Users,
};
use datdot_primitives::ItemId;
use frame_support::assert_ok;

/// State that must hold after every step: each idle queue is a consistent indexed set, and a
/// provider is idle in a role exactly when it offers the role, is not paused and has free capacity.
pub fn check_invariants() {
	for role in Role::ALL {
		let count = IdleCount::<crate::mock::Test>::get(role);
		for position in 0..count {
			let user = IdleAt::<crate::mock::Test>::get(role, position).expect("no holes");
			assert_eq!(IdlePosition::<crate::mock::Test>::get(role, user), Some(position));
		}
		assert_eq!(IdleAt::<crate::mock::Test>::iter_prefix(role).count() as u32, count);
		assert_eq!(IdlePosition::<crate::mock::Test>::iter_prefix(role).count() as u32, count);
		for (id, user) in Users::<crate::mock::Test>::iter() {
			let should = user
				.provider
				.as_ref()
				.is_some_and(|p| p.paused.is_none() && p.offers(role) && p.free_capacity(role) > 0);
			assert_eq!(
				IdlePosition::<crate::mock::Test>::contains_key(role, id),
				should,
				"user {id} {role:?}"
			);
		}
	}
	// Bookings add up to what each provider has booked.
	for (id, user) in Users::<Test>::iter() {
		let bookings: Vec<Role> = Bookings::<Test>::iter_prefix(id).map(|(_, r)| r).collect();
		let Some(p) = user.provider else {
			assert!(bookings.is_empty(), "user {id} unregistered with bookings");
			continue;
		};
		for role in Role::ALL {
			let n = bookings.iter().filter(|r| **r == role).count() as u32;
			assert_eq!(p.booked.get(role), n, "user {id} {role:?} bookings");
		}
		let storage_jobs = bookings.iter().filter(|r| **r != Role::Attester).count() as u64;
		assert_eq!(p.storage_booked, storage_jobs * 10 * 65536, "user {id} storage");
	}
	// Each feed's hosters are counted once per contract they host.
	let mut counted = std::collections::BTreeMap::<(ItemId, ItemId), u32>::new();
	for (_, c) in Contracts::<Test>::iter() {
		for h in c.hosters.iter() {
			*counted.entry((c.feed, *h)).or_default() += 1;
		}
	}
	let stored: std::collections::BTreeMap<(ItemId, ItemId), u32> =
		FeedHosters::<Test>::iter().map(|(f, h, n)| ((f, h), n)).collect();
	assert_eq!(stored, counted, "feed hosters");
	for (feed, cycle) in PerformanceCycles::<Test>::iter() {
		assert!(counted.keys().any(|(f, _)| *f == feed), "a cycle only for a hosted feed");
		match cycle {
			ChallengeCycle::Next(at) => {
				assert!(Agenda::<Test>::get(at).contains(&Task::PerformanceChallenge { feed }))
			},
			ChallengeCycle::Running(id) => assert_eq!(
				PerformanceChallenges::<Test>::get(id).expect("running challenge").feed,
				feed
			),
		}
	}
	// Every cycle is on the agenda or running.
	for (hoster, cycle) in StorageCycles::<Test>::iter() {
		match cycle {
			ChallengeCycle::Next(at) => assert!(
				Agenda::<Test>::get(at).contains(&Task::StorageChallenge { hoster }),
				"cycle of {hoster} on the agenda"
			),
			ChallengeCycle::Running(id) => assert_eq!(
				StorageChallenges::<Test>::get(id).expect("running challenge").hoster,
				hoster
			),
		}
	}
	// Every agenda entry points at a live item that expects it there.
	for (block, tasks) in Agenda::<Test>::iter() {
		for task in tasks {
			match task {
				Task::StartHosting { contract } => {
					let c =
						Contracts::<Test>::get(contract).expect("contract of a scheduled start");
					assert_eq!(c.scheduled, Some(block));
					assert_ne!(c.status, ContractStatus::SettingUp);
				},
				Task::EndPlan { plan } => {
					assert_eq!(
						Plans::<Test>::get(plan).expect("plan of a scheduled end").ends_at,
						block
					)
				},
				Task::AmendmentTimeout { amendment } => {
					let a = Amendments::<Test>::get(amendment).expect("amendment of a timeout");
					assert_eq!(a.status, AmendmentStatus::InProgress);
					assert_eq!(a.deadline, block);
				},
				Task::PauseEnd { user } => {
					let u = Users::<Test>::get(user).expect("user of a pause end");
					if let Some(p) = u.provider {
						let pause = p.paused.expect("paused");
						assert_ne!(pause.reason, PauseReason::Requested);
						if pause.reason == PauseReason::Failed {
							assert_eq!(pause.until, Some(block));
						}
					}
				},
				Task::StorageChallenge { hoster } => {
					assert_eq!(
						StorageCycles::<Test>::get(hoster),
						Some(ChallengeCycle::Next(block))
					);
				},
				Task::StorageChallengeTimeout { challenge } => {
					let c =
						StorageChallenges::<Test>::get(challenge).expect("challenge of a timeout");
					assert_eq!(c.deadline, block);
					assert_eq!(
						StorageCycles::<Test>::get(c.hoster),
						Some(ChallengeCycle::Running(challenge))
					);
					assert_eq!(Bookings::<Test>::get(c.attester, challenge), Some(Role::Attester));
				},
				Task::PerformanceChallenge { feed } => {
					assert_eq!(
						PerformanceCycles::<Test>::get(feed),
						Some(ChallengeCycle::Next(block))
					);
				},
				Task::PerformanceChallengeTimeout { challenge } => {
					let c = PerformanceChallenges::<Test>::get(challenge)
						.expect("challenge of a timeout");
					assert_eq!(c.deadline, block);
					assert_eq!(
						PerformanceCycles::<Test>::get(c.feed),
						Some(ChallengeCycle::Running(challenge))
					);
					assert_eq!(Bookings::<Test>::get(c.attester, challenge), Some(Role::Attester));
				},
				Task::ReplaceHoster { hoster } => {
					let u = Users::<Test>::get(hoster).expect("user of a replacement");
					assert!(
						u.provider.expect("registered").paused.is_some(),
						"an unreachable hoster is paused"
					);
				},
				Task::PauseLimit { user } => {
					let u = Users::<Test>::get(user).expect("user of a pause limit");
					let pause = u.provider.expect("registered").paused.expect("paused");
					assert_eq!(
						(pause.reason, pause.replace_at),
						(PauseReason::Requested, Some(block))
					);
				},
				Task::HandOver { user } => {
					let u = Users::<Test>::get(user).expect("user of a hand-over");
					assert!(u.provider.expect("registered while handing over").is_leaving());
				},
			}
		}
	}
}

/// Registers `n` providers (accounts 100.., key seeds 1..) with capacity 2 per role.
pub fn providers(n: u8) -> Vec<(AccountId, ItemId)> {
	(1..=n).map(provider).collect()
}

/// Registers provider `seed` (account `100 + seed`).
pub fn provider(seed: u8) -> (AccountId, ItemId) {
	let who = 100 + seed as AccountId;
	assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, 1_000_000));
	assert_ok!(Datdot::register_for_work(RuntimeOrigin::signed(who), work::form(seed)));
	(who, crate::UserByAccount::<Test>::get(who).unwrap())
}

/// The seed of a provider's keys, from its user id.
pub fn seed_of(user: ItemId) -> u8 {
	let account = Users::<Test>::get(user).unwrap().account;
	(account - 100) as u8
}
