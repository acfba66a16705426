//! `register_for_work`, `unregister`, `pause`, `unpause` and the idle queues.

use super::*;
use crate::{
	mock::*, Error, Event, Keys, Pause, PauseReason, PerRole, Role, UserByAccount, UserByNoiseKey,
	UserBySigningKey, Users, WorkForm,
};
use frame_support::{assert_noop, assert_ok};
use sp_core::Pair;

fn idle(role: Role) -> Vec<u64> {
	let mut v = Datdot::idle(role);
	v.sort();
	v
}

#[test]
fn register_creates_provider_and_fills_idle_queues() {
	new_test_ext().execute_with(|| {
		assert_ok!(register(ALICE, form(1)));
		let user = UserByAccount::<Test>::get(ALICE).unwrap();
		let record = Users::<Test>::get(user).unwrap();
		assert_eq!(
			record.keys,
			Some(Keys { signing_key: signer(1).public().0, noise_key: [129; 32] })
		);
		let provider = record.provider.unwrap();
		assert_eq!(provider.form, form(1));
		assert_eq!(provider.booked, PerRole::default());
		assert_eq!(provider.paused, None);
		// 50 and 10 per job of capacity (2 per role).
		assert_eq!(provider.stake, 50 + 10 * 6);
		assert_eq!(held(ALICE), 110);
		assert_eq!(UserBySigningKey::<Test>::get(signer(1).public().0), Some(user));
		assert_eq!(UserByNoiseKey::<Test>::get([129; 32]), Some(user));
		for role in Role::ALL {
			assert_eq!(idle(role), vec![user]);
		}
		System::assert_last_event(
			Event::RegisteredForWork { user, capacity: form(1).capacity, storage: 1 << 30 }.into(),
		);
	});
}

#[test]
fn only_offered_roles_are_idle() {
	new_test_ext().execute_with(|| {
		let mut f = form(1);
		f.capacity = PerRole { encoder: 0, hoster: 3, attester: 0 };
		assert_ok!(register(ALICE, f));
		let user = UserByAccount::<Test>::get(ALICE).unwrap();
		assert_eq!(idle(Role::Hoster), vec![user]);
		assert!(idle(Role::Encoder).is_empty());
		assert!(idle(Role::Attester).is_empty());
	});
}

#[test]
fn re_registration_updates_without_duplicates_or_second_deposit() {
	new_test_ext().execute_with(|| {
		assert_ok!(register(ALICE, form(1)));
		let mut f = form(1);
		f.capacity = PerRole { encoder: 1, hoster: 5, attester: 0 };
		f.storage = 50 * 65536;
		assert_ok!(register(ALICE, f.clone()));
		let user = UserByAccount::<Test>::get(ALICE).unwrap();
		assert_eq!(Users::<Test>::get(user).unwrap().provider.unwrap().form, f);
		// As many jobs as before (6): the same stake, nothing held twice.
		assert_eq!(held(ALICE), 110);
		assert_eq!(idle(Role::Hoster), vec![user]);
		assert_eq!(idle(Role::Encoder), vec![user]);
		assert!(idle(Role::Attester).is_empty());
		assert_eq!(Datdot::idle(Role::Hoster).len(), 1);
	});
}

/// Every invalid form, each with its error; nothing changes.
#[test]
fn invalid_forms_are_rejected_with_their_error() {
	new_test_ext().execute_with(|| {
		System::set_block_number(10);
		let mut cases: Vec<(&str, WorkForm<u64>, Error<Test>)> = Vec::new();
		let mut f = form(1);
		f.capacity = PerRole::default();
		cases.push(("no roles", f, Error::NoRoles));
		let mut f = form(1);
		f.capacity.hoster = 101;
		cases.push(("capacity", f, Error::CapacityTooLarge));
		let mut f = form(1);
		f.storage = 0;
		cases.push(("storage", f, Error::NoStorage));
		let mut f = form(1);
		f.region = b"u33a".to_vec().try_into().unwrap();
		cases.push(("region", f, Error::InvalidRegion));
		let mut f = form(1);
		f.until = Some(10);
		cases.push(("over", f, Error::InvalidWindow));
		let mut f = form(1);
		f.from = 20;
		f.until = Some(15);
		cases.push(("reversed", f, Error::InvalidWindow));
		let mut f = form(1);
		f.noise_key = f.signing_key;
		cases.push(("same keys", f, Error::SameKeys));
		for (name, f, error) in cases {
			let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
			let result = register(ALICE, f);
			assert_eq!(result, Err(error.into()), "{name}");
			assert_eq!(before, sp_io::storage::root(sp_runtime::StateVersion::V1), "{name}");
		}
	});
}

#[test]
fn keys_are_unique_and_fixed() {
	new_test_ext().execute_with(|| {
		assert_ok!(register(ALICE, form(1)));
		let mut f = form(2);
		f.signing_key = signer(1).public().0;
		assert_noop!(register(BOB, f), Error::<Test>::SigningKeyInUse);
		let mut f = form(2);
		f.noise_key = [129; 32];
		assert_noop!(register(BOB, f), Error::<Test>::NoiseKeyInUse);
		assert_noop!(register(ALICE, form(3)), Error::<Test>::KeysCannotChange);
		// Unregistering releases the keys: whoever proves possession may claim them.
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(ALICE)));
		assert_ok!(register(BOB, form(1)));
		assert_noop!(register(ALICE, form(1)), Error::<Test>::SigningKeyInUse);
		assert_ok!(register(ALICE, form(3)));
	});
}

#[test]
fn deposit_must_be_affordable() {
	new_test_ext().execute_with(|| {
		// POOR has 50 of which 1 must stay (existential deposit).
		assert_noop!(register(POOR, form(1)), Error::<Test>::CannotHoldDeposit);
	});
}

#[test]
fn unregister_releases_deposit_and_leaves_queues() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Datdot::unregister(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NotRegistered
		);
		assert_ok!(register(ALICE, form(1)));
		assert_ok!(register(BOB, form(2)));
		let alice = UserByAccount::<Test>::get(ALICE).unwrap();
		let bob = UserByAccount::<Test>::get(BOB).unwrap();
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(ALICE)));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Users::<Test>::get(alice), None, "a user that holds nothing is removed");
		for role in Role::ALL {
			assert_eq!(idle(role), vec![bob]);
		}
		System::assert_has_event(Event::Unregistered { user: alice }.into());
		System::assert_last_event(Event::UserRemoved { user: alice, account: ALICE }.into());
		assert_noop!(
			Datdot::unregister(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn pause_and_unpause() {
	new_test_ext().execute_with(|| {
		assert_noop!(Datdot::pause(RuntimeOrigin::signed(ALICE)), Error::<Test>::NotRegistered);
		assert_ok!(register(ALICE, form(1)));
		assert_ok!(register(BOB, form(2)));
		let alice = UserByAccount::<Test>::get(ALICE).unwrap();
		let bob = UserByAccount::<Test>::get(BOB).unwrap();
		assert_noop!(Datdot::unpause(RuntimeOrigin::signed(ALICE)), Error::<Test>::NotPaused);

		assert_ok!(Datdot::pause(RuntimeOrigin::signed(ALICE)));
		System::assert_last_event(Event::Paused { user: alice, until: None }.into());
		assert_eq!(
			Users::<Test>::get(alice).unwrap().provider.unwrap().paused,
			Some(Pause { reason: PauseReason::Requested, until: None, replace_at: Some(1 + 100) })
		);
		for role in Role::ALL {
			assert_eq!(idle(role), vec![bob]);
		}
		assert_noop!(Datdot::pause(RuntimeOrigin::signed(ALICE)), Error::<Test>::AlreadyPaused);
		// Re-registering keeps the pause.
		assert_ok!(register(ALICE, form(1)));
		assert_eq!(idle(Role::Hoster), vec![bob]);

		assert_ok!(Datdot::unpause(RuntimeOrigin::signed(ALICE)));
		System::assert_last_event(Event::Unpaused { user: alice }.into());
		for role in Role::ALL {
			assert_eq!(idle(role), vec![alice, bob]);
		}
	});
}

#[test]
fn a_pause_for_failure_cannot_be_lifted_by_the_provider() {
	new_test_ext().execute_with(|| {
		assert_ok!(register(ALICE, form(1)));
		let alice = UserByAccount::<Test>::get(ALICE).unwrap();
		Users::<Test>::mutate(alice, |u| {
			u.as_mut().unwrap().provider.as_mut().unwrap().paused =
				Some(Pause { reason: PauseReason::Failed, until: Some(100), replace_at: None });
		});
		assert_noop!(Datdot::unpause(RuntimeOrigin::signed(ALICE)), Error::<Test>::PauseNotOver);
	});
}

#[test]
fn idle_queue_removal_keeps_the_others() {
	new_test_ext().execute_with(|| {
		let accounts: Vec<AccountId> = (10..20).collect();
		for (i, who) in accounts.iter().enumerate() {
			Balances::force_set_balance(RuntimeOrigin::root(), *who, 1_000).unwrap();
			assert_ok!(register(*who, form(10 + i as u8)));
		}
		let ids: Vec<u64> =
			accounts.iter().map(|a| UserByAccount::<Test>::get(a).unwrap()).collect();
		for who in [accounts[0], accounts[5], accounts[9]] {
			assert_ok!(Datdot::pause(RuntimeOrigin::signed(who)));
		}
		let mut expected: Vec<u64> = ids
			.iter()
			.enumerate()
			.filter(|(i, _)| ![0, 5, 9].contains(i))
			.map(|(_, id)| *id)
			.collect();
		expected.sort();
		for role in Role::ALL {
			assert_eq!(idle(role), expected);
			assert_eq!(Datdot::idle(role).len(), 7);
		}
		crate::tests::check_invariants();
	});
}

/// The idle queues `user` is in.
fn queues_of(user: u64) -> Vec<crate::IdleQueue> {
	let mut q = crate::IdleIn::<Test>::get(user).into_inner();
	q.sort();
	q
}

fn queue(role: Role, area: &[u8], open_ended: bool) -> crate::IdleQueue {
	crate::IdleQueue { role, area: area.to_vec().try_into().unwrap(), open_ended }
}

#[test]
fn hosters_are_queued_by_each_prefix_of_their_region_and_by_their_end() {
	new_test_ext().execute_with(|| {
		assert_ok!(register(ALICE, form(1)));
		let user = UserByAccount::<Test>::get(ALICE).unwrap();
		let mut expected = vec![queue(Role::Encoder, b"", true), queue(Role::Attester, b"", true)];
		for area in [&b""[..], b"u", b"u3", b"u33", b"u33d"] {
			expected.push(queue(Role::Hoster, area, true));
		}
		expected.sort();
		assert_eq!(queues_of(user), expected);
		// A new region and an end of availability move it to other hoster queues.
		let mut f = form(1);
		f.region = b"s0".to_vec().try_into().unwrap();
		f.until = Some(100);
		assert_ok!(register(ALICE, f));
		let mut expected = vec![
			queue(Role::Encoder, b"", true),
			queue(Role::Attester, b"", true),
			queue(Role::Hoster, b"", false),
			queue(Role::Hoster, b"s", false),
			queue(Role::Hoster, b"s0", false),
		];
		expected.sort();
		assert_eq!(queues_of(user), expected);
		assert!(!crate::IdleCount::<Test>::contains_key(queue(Role::Hoster, b"u33d", true)));
		check_invariants();
	});
}

#[test]
fn a_provider_is_idle_only_within_its_window_and_with_storage_for_a_contract() {
	new_test_ext().execute_with(|| {
		let mut f = form(1);
		f.from = 10;
		f.until = Some(30);
		assert_ok!(register(ALICE, f.clone()));
		let user = UserByAccount::<Test>::get(ALICE).unwrap();
		assert!(queues_of(user).is_empty());
		check_invariants();
		run_to_block(9);
		assert!(queues_of(user).is_empty());
		run_to_block(10);
		assert_eq!(idle(Role::Attester), vec![user]);
		check_invariants();
		// Idle while a short job (ReportTimeout = 5 blocks) still fits before its end.
		run_to_block(25);
		assert_eq!(idle(Role::Attester), vec![user]);
		run_to_block(26);
		assert!(queues_of(user).is_empty());
		check_invariants();
		// Storage for no contract: an attester only.
		let mut f = form(2);
		f.storage = 10 * 65536 - 1;
		assert_ok!(register(BOB, f));
		let bob = UserByAccount::<Test>::get(BOB).unwrap();
		assert_eq!(queues_of(bob), vec![queue(Role::Attester, b"", true)]);
		// A re-registration moves its window edge; unregistering takes it off the agenda.
		let mut f = form(1);
		f.from = 40;
		assert_ok!(register(ALICE, f));
		assert!(Datdot::is_scheduled(40, &crate::Task::RefreshIdle { user }));
		check_invariants();
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(ALICE)));
		assert!(!Datdot::is_scheduled(40, &crate::Task::RefreshIdle { user }));
		check_invariants();
	});
}

#[test]
fn a_new_report_timeout_moves_a_providers_window_edge_from_its_next_edge_on() {
	new_test_ext().execute_with(|| {
		let mut f = form(1);
		f.from = 10;
		f.until = Some(30);
		assert_ok!(register(ALICE, f));
		let user = UserByAccount::<Test>::get(ALICE).unwrap();
		// Governance lengthens the timeout before the window opens: the opening edge keeps its
		// block, the closing edge is reckoned when the window opens, with the new timeout.
		ReportTimeout::set(&10);
		check_invariants();
		run_to_block(10);
		assert_eq!(idle(Role::Attester), vec![user]);
		assert!(Datdot::is_scheduled(21, &crate::Task::RefreshIdle { user }));
		// And shortened while it is open: the closing edge already on the agenda stands, and when
		// it comes the edge is reckoned again: a 2-block job still fits until block 28.
		ReportTimeout::set(&2);
		check_invariants();
		run_to_block(20);
		assert_eq!(idle(Role::Attester), vec![user]);
		check_invariants();
		run_to_block(21);
		assert_eq!(idle(Role::Attester), vec![user]);
		assert!(Datdot::is_scheduled(29, &crate::Task::RefreshIdle { user }));
		check_invariants();
		run_to_block(29);
		assert!(queues_of(user).is_empty());
		check_invariants();
	});
}
