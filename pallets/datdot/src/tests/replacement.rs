//! Hoster replacement and unregistering with booked jobs: a leaving hoster's position is filled by
//! a `HosterReplacement`, a leaving party of a setup makes it retry without it.

use super::*;
use crate::{
	mock::*, AmendmentKind, AmendmentStatus, Amendments, Bookings, ContractStatus, Contracts,
	Error, Event, OpenTask, PauseReason, ProviderRef, Role, UserByAccount, Users, WaitingContracts,
};
use datdot_primitives::ItemId;
use frame_support::{assert_noop, assert_ok};

fn jobs(user: ItemId) -> u32 {
	Bookings::<Test>::iter_prefix(user).count() as u32
}

/// A replacement for `contract` without `gone`: one attester, one encoder, one hoster, none of
/// them a hoster of the contract.
fn check_replacement(r: &Setup, contract: ItemId, gone: ItemId) {
	assert_eq!(r.contract, contract);
	assert_eq!((r.encoders.len(), r.hosters.len()), (1, 1));
	let c = Contracts::<Test>::get(contract).unwrap();
	assert_eq!(c.status, ContractStatus::Active, "the other hosters host on");
	assert_eq!(c.hosters.len(), 2);
	assert!(!c.hosters.contains(&gone));
	assert_eq!(c.amendment, Some(r.amendment));
	let everyone: Vec<ItemId> = [r.attester]
		.into_iter()
		.chain(r.encoders.clone())
		.chain(r.hosters.clone())
		.collect();
	assert!(!everyone.contains(&gone));
	assert!(everyone.iter().all(|u| !c.hosters.contains(u)), "never a hoster the contract has");
	let mut distinct = everyone.clone();
	distinct.sort();
	distinct.dedup();
	assert_eq!(distinct.len(), 3);
	let a = Amendments::<Test>::get(r.amendment).unwrap();
	assert_eq!((a.kind, a.status), (AmendmentKind::HosterReplacement, AmendmentStatus::InProgress));
	assert!(Datdot::open_tasks(r.hosters[0]).contains(&OpenTask::Amendment {
		amendment: r.amendment,
		contract,
		kind: AmendmentKind::HosterReplacement,
		role: Role::Hoster,
	}));
}

#[test]
fn an_unregistering_hoster_is_replaced_job_by_job() {
	new_test_ext().execute_with(|| {
		let s = hosted(1000);
		let leaver = s[0].hosters[0];
		let who = account(leaver);
		let n = jobs(leaver);
		assert!(n >= 1);
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(who)));
		System::assert_last_event(Event::Unregistering { user: leaver, jobs: n }.into());
		let p = Users::<Test>::get(leaver).unwrap().provider.unwrap();
		assert_eq!(p.paused.unwrap().reason, PauseReason::Leaving);
		assert!(crate::IdleIn::<Test>::get(leaver).is_empty());
		check_invariants();

		// One job per block: a replacement for each contract it hosts, then the registration ends.
		let mut block = 2;
		let mut done = Vec::new();
		while jobs(leaver) > 0 {
			block += 1;
			run_to_block(block);
			let r = replacements().last().cloned().expect("a replacement");
			assert!(!done.contains(&r.contract));
			let hosted_under = s.iter().find(|x| x.contract == r.contract).unwrap().amendment;
			System::assert_has_event(
				Event::DropHosting { amendment: hosted_under, hoster: leaver }.into(),
			);
			check_replacement(&r, r.contract, leaver);
			assert_eq!(Bookings::<Test>::get(leaver, r.contract), None);
			check_invariants();

			assert_ok!(report_replacement(&r));
			System::assert_last_event(
				Event::HostingStarted { amendment: r.amendment, contract: r.contract }.into(),
			);
			let c = Contracts::<Test>::get(r.contract).unwrap();
			assert_eq!(c.hosters.len(), 3);
			assert!(c.hosters.contains(&r.hosters[0]));
			assert_eq!(Bookings::<Test>::get(r.hosters[0], r.contract), Some(Role::Hoster));
			assert_eq!(Amendments::<Test>::get(r.amendment).unwrap().status, AmendmentStatus::Done);
			for u in [r.attester, r.encoders[0]] {
				assert_eq!(Bookings::<Test>::get(u, r.amendment), None);
			}
			done.push(r.contract);
			check_invariants();
		}
		assert_eq!(done.len() as u32, n);
		System::assert_has_event(Event::Unregistered { user: leaver }.into());
		assert_eq!(held(who), 0);
		assert_eq!(Users::<Test>::get(leaver), None, "leaving is no failure: no suspension kept");
		run_to_block(block + 10);
		check_invariants();
	});
}

#[test]
fn a_party_leaving_a_setup_makes_it_retry_without_it() {
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let first = setups()[0].clone();
		let leaver = first.encoders[1];
		let n = jobs(leaver);
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(account(leaver))));
		System::assert_last_event(Event::Unregistering { user: leaver, jobs: n }.into());
		check_invariants();
		run_to_block(2 + n as u64);
		System::assert_has_event(
			Event::HostingSetupFailed {
				amendment: first.amendment,
				contract: first.contract,
				failed: vec![leaver].try_into().unwrap(),
			}
			.into(),
		);
		let retry = setups()
			.into_iter()
			.find(|s| s.retry && s.contract == first.contract)
			.expect("retry");
		assert_distinct(&retry);
		assert!(![retry.attester]
			.iter()
			.chain(&retry.encoders)
			.chain(&retry.hosters)
			.any(|u| *u == leaver));
		// The others of the failed setup were released without blame.
		for u in [first.attester].iter().chain(&first.hosters) {
			assert_eq!(Bookings::<Test>::get(u, first.amendment), None);
			assert_eq!(Users::<Test>::get(u).unwrap().stats.failures, 0);
		}
		System::assert_has_event(Event::Unregistered { user: leaver }.into());
		// No failure, so no suspension: the record goes with the registration.
		assert_eq!(Users::<Test>::get(leaver), None);
		check_invariants();
	});
}

#[test]
fn a_leaving_provider_cannot_change_its_mind() {
	new_test_ext().execute_with(|| {
		let s = hosted(1000);
		let who = account(s[0].hosters[0]);
		let seed = seed_of(s[0].hosters[0]);
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(who)));
		for call in [
			Datdot::unregister(RuntimeOrigin::signed(who)),
			Datdot::pause(RuntimeOrigin::signed(who)),
			Datdot::unpause(RuntimeOrigin::signed(who)),
			register(who, form(seed)),
		] {
			assert_eq!(call, Err(Error::<Test>::Unregistering.into()));
		}
		check_invariants();
	});
}

/// The first replacement after hoster 0 of contract 0 unregistered.
fn first_replacement() -> (Vec<Setup>, Setup, ItemId) {
	let s = hosted(1000);
	let leaver = s[0].hosters[0];
	assert_ok!(Datdot::unregister(RuntimeOrigin::signed(account(leaver))));
	run_to_block(3);
	let r = replacements()[0].clone();
	(s, r, leaver)
}

#[test]
fn bad_replacement_reports_are_rejected_and_change_nothing() {
	new_test_ext().execute_with(|| {
		let (s, r, _) = first_replacement();
		let attester = RuntimeOrigin::signed(account(r.attester));
		// Each report call fits its kind of amendment.
		assert_noop!(
			Datdot::hosting_setup_report(
				attester.clone(),
				r.amendment,
				Default::default(),
				contact_signatures(r.amendment, &r.hosters)
			),
			Error::<Test>::WrongAmendmentKind
		);
		assert_noop!(
			Datdot::hoster_replacement_report(
				RuntimeOrigin::signed(account(s[1].attester)),
				s[1].amendment,
				Default::default(),
				contact_signatures(s[1].amendment, &s[1].hosters)
			),
			Error::<Test>::WrongAmendmentKind
		);
		assert_noop!(
			Datdot::hoster_replacement_report(
				RuntimeOrigin::signed(account(r.hosters[0])),
				r.amendment,
				Default::default(),
				contact_signatures(r.amendment, &r.hosters)
			),
			Error::<Test>::NotAttester
		);
		// Signed over the setup's id instead of the replacement's.
		assert_noop!(
			Datdot::hoster_replacement_report(
				attester.clone(),
				r.amendment,
				Default::default(),
				contact_signatures(s[0].amendment, &r.hosters)
			),
			Error::<Test>::BadContactSignature
		);
		// Signatures of the old hosters are not the new hoster's.
		assert_noop!(
			Datdot::hoster_replacement_report(
				attester.clone(),
				r.amendment,
				Default::default(),
				contact_signatures(r.amendment, &s[0].hosters)
			),
			Error::<Test>::MissingContactSignature
		);
		assert_noop!(
			Datdot::hoster_replacement_report(
				attester.clone(),
				r.amendment,
				vec![ProviderRef::Id(s[0].hosters[1])].try_into().unwrap(),
				Default::default()
			),
			Error::<Test>::NotInAmendment
		);
		assert_noop!(
			Datdot::hoster_replacement_report(
				attester.clone(),
				9999,
				Default::default(),
				Default::default()
			),
			Error::<Test>::UnknownAmendment
		);
		assert_ok!(report_replacement(&r));
		assert_noop!(report_replacement(&r), Error::<Test>::AmendmentNotInProgress);
		check_invariants();
	});
}

#[test]
fn a_failed_replacement_is_retried_with_other_providers() {
	new_test_ext().execute_with(|| {
		let (_, r, leaver) = first_replacement();
		let bad = r.hosters[0];
		assert_ok!(Datdot::hoster_replacement_report(
			RuntimeOrigin::signed(account(r.attester)),
			r.amendment,
			vec![ProviderRef::Id(bad)].try_into().unwrap(),
			Default::default(),
		));
		System::assert_has_event(
			Event::HosterReplacementFailed {
				amendment: r.amendment,
				contract: r.contract,
				failed: vec![bad].try_into().unwrap(),
			}
			.into(),
		);
		System::assert_has_event(Event::Paused { user: bad, until: Some(3 + 60) }.into());
		assert_eq!(Users::<Test>::get(bad).unwrap().stats.failures, 1);
		assert!(Amendments::<Test>::get(r.amendment).is_none());
		// Drawn in the next block, not in the report's call.
		assert_eq!(replacements().last().map(|s| s.amendment), Some(r.amendment));
		check_invariants();
		run_to_block(4);
		let again = replacements().last().cloned().unwrap();
		assert_ne!(again.amendment, r.amendment);
		check_replacement(&again, r.contract, leaver);
		assert_ne!(again.hosters[0], bad);
		check_invariants();

		// The retry's attester stays silent: it times out and a third replacement starts.
		run_to_block(4 + 5);
		System::assert_has_event(
			Event::HosterReplacementFailed {
				amendment: again.amendment,
				contract: r.contract,
				failed: vec![again.attester].try_into().unwrap(),
			}
			.into(),
		);
		let third = replacements().last().cloned().unwrap();
		assert_ne!(third.amendment, again.amendment);
		check_replacement(&third, r.contract, leaver);
		check_invariants();
		assert_ok!(report_replacement(&third));
		assert_eq!(Contracts::<Test>::get(r.contract).unwrap().hosters.len(), 3);
		check_invariants();
	});
}

#[test]
fn a_replacement_waits_for_providers() {
	new_test_ext().execute_with(|| {
		let s = hosted(1000);
		let contract = s[0].contract;
		let leaver = s[0].hosters[0];
		// Everyone but the contract's hosters pauses.
		let others: Vec<u8> = (1..=16u8)
			.filter(|seed| {
				let u = UserByAccount::<Test>::get(100 + *seed as AccountId).unwrap();
				!s[0].hosters.contains(&u)
			})
			.collect();
		for seed in &others {
			assert_ok!(Datdot::pause(RuntimeOrigin::signed(100 + *seed as AccountId)));
		}
		// Only the leaver's contract-0 job matters here: the others stay hosted.
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(account(leaver))));
		let mut block = 2;
		while Contracts::<Test>::get(contract).unwrap().hosters.contains(&leaver) {
			block += 1;
			run_to_block(block);
		}
		assert!(WaitingContracts::<Test>::get().contains(&contract));
		assert!(replacements().iter().all(|r| r.contract != contract));
		check_invariants();
		// Three providers come back: attester, encoder and hoster are found in the next block.
		for seed in others.iter().take(3) {
			assert_ok!(Datdot::unpause(RuntimeOrigin::signed(100 + *seed as AccountId)));
		}
		run_to_block(block + 1);
		let r = replacements()
			.into_iter()
			.find(|r| r.contract == contract)
			.expect("replacement");
		check_replacement(&r, contract, leaver);
		assert!(!WaitingContracts::<Test>::get().contains(&contract));
		check_invariants();
	});
}

#[test]
fn a_plan_withdrawn_mid_replacement_releases_everything() {
	new_test_ext().execute_with(|| {
		let (_, r, _) = first_replacement();
		let plan = Contracts::<Test>::get(r.contract).unwrap().plan;
		assert_ok!(Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), plan));
		assert!(Amendments::<Test>::get(r.amendment).is_none());
		for u in [r.attester, r.encoders[0], r.hosters[0]] {
			assert_eq!(Bookings::<Test>::get(u, r.amendment), None);
		}
		check_invariants();
		// Whatever the leaver still had goes on being handed over; in the end nothing is booked.
		run_to_block(20);
		assert_eq!(Bookings::<Test>::iter().count(), 0);
		check_invariants();
	});
}

#[test]
fn a_second_vacancy_is_filled_after_the_running_replacement() {
	new_test_ext().execute_with(|| {
		let (s, r, _) = first_replacement();
		assert_eq!(r.contract, s[0].contract);
		// Another hoster of the same contract leaves while the replacement runs.
		let second = s[0].hosters[1];
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(account(second))));
		let mut block = 3;
		while Contracts::<Test>::get(r.contract).unwrap().hosters.contains(&second) {
			block += 1;
			run_to_block(block);
		}
		assert_eq!(Contracts::<Test>::get(r.contract).unwrap().hosters.len(), 1);
		assert_eq!(
			replacements().iter().filter(|x| x.contract == r.contract).count(),
			1,
			"one replacement at a time"
		);
		check_invariants();
		assert_ok!(report_replacement(&r));
		// The next replacement is drawn in the next block, not in the report's call.
		assert_eq!(replacements().iter().filter(|x| x.contract == r.contract).count(), 1);
		run_to_block(block + 1);
		let next = replacements()
			.into_iter()
			.filter(|x| x.contract == r.contract)
			.nth(1)
			.expect("next");
		check_replacement(&next, r.contract, second);
		assert_ok!(report_replacement(&next));
		assert_eq!(Contracts::<Test>::get(r.contract).unwrap().hosters.len(), 3);
		check_invariants();
	});
}
