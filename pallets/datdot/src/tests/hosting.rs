//! Hosting setup: selection, reports, failures, timeouts, waiting for providers. Includes the
//! reference scenario (PROTOCOL.md §11) up to hosting started for both contracts.

use super::*;
use crate::{
	mock::*, AmendmentKind, AmendmentStatus, Amendments, Bookings, ContractStatus, Contracts,
	Error, Event, OpenTask, Pallet, PlanEnd, ProviderRef, Role, Users, WaitingContracts,
};
use frame_support::{assert_noop, assert_ok};
use sp_core::Pair;

/// 16 providers, a 17-block feed, the reference plan from block 2: both contracts are set up in
/// block 2 and start hosting after their attesters' reports.
#[test]
fn reference_scenario_to_hosting_started() {
	new_test_ext().execute_with(|| {
		let all = providers(16);
		// The sponsor registers as a provider too: it must never serve its own plan.
		assert_ok!(register(BOB, form(200)));
		let bob = crate::UserByAccount::<Test>::get(BOB).unwrap();
		let feed = feed();
		let (_, contracts) = publish(plan_form(feed, 2, 1000));
		check_invariants();
		assert!(setups().is_empty());

		run_to_block(2);
		let s = setups();
		assert_eq!(s.len(), 2);
		for (setup, contract) in s.iter().zip(&contracts) {
			assert_eq!(setup.contract, *contract);
			assert!(!setup.retry);
			assert_distinct(setup);
			let mut everyone = vec![setup.attester];
			everyone.extend(&setup.encoders);
			everyone.extend(&setup.hosters);
			assert!(!everyone.contains(&bob), "sponsor never selected");
			assert!(everyone.iter().all(|u| all.iter().any(|(_, id)| id == u)));
			let a = Amendments::<Test>::get(setup.amendment).unwrap();
			assert!(
				matches!(Datdot::item(setup.amendment), Some(crate::Item::Amendment(x)) if x == a)
			);
			assert_eq!(a.kind, AmendmentKind::HostingSetup);
			assert_eq!(a.status, AmendmentStatus::InProgress);
			assert_eq!(a.deadline, 2 + 5);
			assert_eq!(
				Bookings::<Test>::get(setup.attester, setup.amendment),
				Some(Role::Attester)
			);
			assert!(Datdot::open_tasks(setup.attester).contains(&OpenTask::Amendment {
				amendment: setup.amendment,
				contract: *contract,
				kind: AmendmentKind::HostingSetup,
				role: Role::Attester,
			}));
			let c = Contracts::<Test>::get(contract).unwrap();
			assert_eq!(c.status, ContractStatus::SettingUp);
			assert_eq!(c.amendment, Some(setup.amendment));
		}
		check_invariants();

		for setup in &s {
			assert_ok!(report_success(setup));
			System::assert_last_event(
				Event::HostingStarted { amendment: setup.amendment, contract: setup.contract }
					.into(),
			);
			let c = Contracts::<Test>::get(setup.contract).unwrap();
			assert_eq!(c.status, ContractStatus::Active);
			assert_eq!(c.hosters.to_vec(), setup.hosters);
			assert_eq!(
				Amendments::<Test>::get(setup.amendment).unwrap().status,
				AmendmentStatus::Done
			);
			// Hosters now host the contract; encoders and the attester are free and credited.
			for h in &setup.hosters {
				assert!(Datdot::open_tasks(*h)
					.contains(&OpenTask::Hosting { contract: setup.contract }));
				assert_eq!(Bookings::<Test>::get(h, setup.contract), Some(Role::Hoster));
				assert_eq!(Bookings::<Test>::get(h, setup.amendment), None);
			}
			for u in setup.encoders.iter().chain([&setup.attester]) {
				assert_eq!(Bookings::<Test>::get(u, setup.amendment), None);
				assert!(Users::<Test>::get(u).unwrap().stats.successes >= 1);
			}
			check_invariants();
		}
		// The timeouts were cancelled: nothing happens at the deadline.
		run_to_block(10);
		assert_eq!(setups().len(), 2);
		check_invariants();
	});
}

#[test]
fn a_contract_waits_for_providers() {
	new_test_ext().execute_with(|| {
		providers(6);
		let feed = feed();
		let (_, contracts) = publish(plan_form(feed, 2, 1000));
		run_to_block(3);
		assert!(setups().is_empty());
		assert_eq!(WaitingContracts::<Test>::get().to_vec(), contracts);
		assert_eq!(Contracts::<Test>::get(contracts[0]).unwrap().status, ContractStatus::Waiting);
		check_invariants();
		// A seventh provider: both contracts are set up in the next block (everyone has capacity 2
		// per role), in the order they waited.
		provider(7);
		check_invariants();
		run_to_block(4);
		let s = setups();
		assert_eq!(s.iter().map(|s| s.contract).collect::<Vec<_>>(), contracts);
		s.iter().for_each(assert_distinct);
		assert!(WaitingContracts::<Test>::get().is_empty());
		check_invariants();
	});
}

#[test]
fn failure_report_pauses_the_failed_and_retries_with_others() {
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let first = setups()[0].clone();
		let bad = first.hosters[1];
		let noise = Users::<Test>::get(bad).unwrap().keys.unwrap().noise_key;
		assert_ok!(Datdot::hosting_setup_report(
			RuntimeOrigin::signed(account(first.attester)),
			first.amendment,
			vec![ProviderRef::NoiseKey(noise)].try_into().unwrap(),
			Default::default(),
		));
		System::assert_has_event(
			Event::HostingSetupFailed {
				amendment: first.amendment,
				contract: first.contract,
				failed: vec![bad].try_into().unwrap(),
			}
			.into(),
		);
		System::assert_has_event(Event::Paused { user: bad, until: Some(2 + 60) }.into());
		let u = Users::<Test>::get(bad).unwrap();
		assert_eq!(u.stats.failures, 1);
		assert!(Amendments::<Test>::get(first.amendment).is_none());
		// Not drawn in the report's call: asked for the next block.
		assert!(setups().iter().all(|s| !s.retry));
		let start = crate::Task::StartHosting { contract: first.contract };
		assert!(Datdot::is_scheduled(3, &start));
		check_invariants();
		run_to_block(3);
		// Retried with other providers, never the failed hoster.
		let retry = setups().into_iter().find(|s| s.retry).expect("retry");
		assert_eq!(retry.contract, first.contract);
		assert_distinct(&retry);
		assert!(![retry.attester]
			.iter()
			.chain(&retry.encoders)
			.chain(&retry.hosters)
			.any(|u| *u == bad));
		assert_eq!(
			Amendments::<Test>::get(retry.amendment).unwrap().kind,
			AmendmentKind::RetryHostingSetup
		);
		check_invariants();
		// The pause ends by itself.
		run_to_block(62);
		System::assert_has_event(Event::Unpaused { user: bad }.into());
		assert!(Users::<Test>::get(bad).unwrap().provider.unwrap().paused.is_none());
		check_invariants();
	});
}

#[test]
fn report_timeout_fails_the_attester() {
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let first = setups()[0].clone();
		run_to_block(6);
		assert!(Amendments::<Test>::get(first.amendment).is_some());
		run_to_block(7);
		System::assert_has_event(
			Event::HostingSetupFailed {
				amendment: first.amendment,
				contract: first.contract,
				failed: vec![first.attester].try_into().unwrap(),
			}
			.into(),
		);
		let attester = Users::<Test>::get(first.attester).unwrap();
		assert!(attester.provider.unwrap().paused.is_some());
		for h in &first.hosters {
			assert_eq!(Users::<Test>::get(h).unwrap().stats.failures, 0, "hosters are not blamed");
		}
		assert!(setups().iter().any(|s| s.retry && s.contract == first.contract));
		check_invariants();
	});
}

#[test]
fn bad_reports_are_rejected_and_change_nothing() {
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let s = setups()[0].clone();
		let attester = RuntimeOrigin::signed(account(s.attester));

		// Forged: hoster 2's signature made with another key.
		let mut sigs = contact_signatures(s.amendment, &s.hosters);
		sigs[2].signature = signer(250).sign(&Pallet::<Test>::contact_message(s.amendment)).0;
		assert_noop!(
			Datdot::hosting_setup_report(attester.clone(), s.amendment, Default::default(), sigs),
			Error::<Test>::BadContactSignature
		);
		// Signed over another id.
		let sigs = contact_signatures(s.amendment + 1, &s.hosters);
		assert_noop!(
			Datdot::hosting_setup_report(attester.clone(), s.amendment, Default::default(), sigs),
			Error::<Test>::BadContactSignature
		);
		// One missing.
		let mut sigs = contact_signatures(s.amendment, &s.hosters);
		sigs.pop();
		assert_noop!(
			Datdot::hosting_setup_report(attester.clone(), s.amendment, Default::default(), sigs),
			Error::<Test>::MissingContactSignature
		);
		// From someone else than the attester.
		assert_noop!(
			Datdot::hosting_setup_report(
				RuntimeOrigin::signed(account(s.hosters[0])),
				s.amendment,
				Default::default(),
				contact_signatures(s.amendment, &s.hosters)
			),
			Error::<Test>::NotAttester
		);
		// Unknown amendment, and a failed provider that is not part of it.
		assert_noop!(
			Datdot::hosting_setup_report(
				attester.clone(),
				9999,
				Default::default(),
				Default::default()
			),
			Error::<Test>::UnknownAmendment
		);
		assert_noop!(
			Datdot::hosting_setup_report(
				attester.clone(),
				s.amendment,
				vec![ProviderRef::Id(9999)].try_into().unwrap(),
				Default::default()
			),
			Error::<Test>::NotInAmendment
		);
		assert_noop!(
			Datdot::hosting_setup_report(
				attester.clone(),
				s.amendment,
				vec![ProviderRef::Id(s.hosters[0]), ProviderRef::Id(s.hosters[0])]
					.try_into()
					.unwrap(),
				Default::default()
			),
			Error::<Test>::DuplicateProvider
		);
		// Done once; a second report is refused.
		assert_ok!(report_success(&s));
		assert_noop!(report_success(&s), Error::<Test>::AmendmentNotInProgress);
		check_invariants();
	});
}

#[test]
fn unpublish_mid_setup_releases_everything() {
	new_test_ext().execute_with(|| {
		let (plan, contracts) = reference_setups(1000);
		let s = setups();
		assert_ok!(report_success(&s[0]));
		// Contract 0 hosted, contract 1 setting up.
		assert_ok!(Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), plan));
		for h in &s[0].hosters {
			System::assert_has_event(
				Event::DropHosting { amendment: s[0].amendment, hoster: *h }.into(),
			);
		}
		assert_eq!(Bookings::<Test>::iter().count(), 0);
		for c in contracts {
			assert!(Contracts::<Test>::get(c).is_none());
		}
		assert!(Amendments::<Test>::get(s[1].amendment).is_none());
		for role in Role::ALL {
			assert_eq!(Datdot::idle(role).len(), 16);
		}
		check_invariants();
		run_to_block(20);
		assert_eq!(setups().len(), 2, "the cancelled timeout did not fire");
		check_invariants();
	});
}

#[test]
fn plan_end_releases_the_hosters() {
	new_test_ext().execute_with(|| {
		let (plan, _) = reference_setups(30);
		for s in setups() {
			assert_ok!(report_success(&s));
		}
		run_to_block(30);
		System::assert_has_event(Event::PlanEnded { plan, reason: PlanEnd::Finished }.into());
		assert_eq!(Bookings::<Test>::iter().count(), 0);
		check_invariants();
	});
}

#[test]
fn agenda_work_over_budget_carries_over_to_the_next_block() {
	new_test_ext().execute_with(|| {
		use crate::WeightInfo;
		providers(16);
		let feed = feed();
		let (plan, contracts) = publish(plan_form(feed, 2, 1000));
		// Room for one hosting setup per block.
		MaxAgendaWeight::set(
			&(<() as WeightInfo>::agenda_base() + <() as WeightInfo>::agenda_task()),
		);
		let draws = |block| crate::Agenda::<Test>::get((crate::Lane::Draw, block)).to_vec();
		let start = |c| crate::Task::StartHosting { contract: c };
		// The timing lane first: the budget check (weighed as the plan's end it may be) takes the
		// block's budget, and both setups wait.
		run_to_block(2);
		assert!(setups().is_empty());
		assert!(crate::Agenda::<Test>::get((crate::Lane::Timing, 2)).is_empty());
		assert_eq!(draws(2), vec![start(contracts[0]), start(contracts[1])]);
		check_invariants();
		run_to_block(3);
		assert_eq!(setups().iter().map(|s| s.contract).collect::<Vec<_>>(), vec![contracts[0]]);
		assert_eq!(draws(2), vec![start(contracts[1])]);
		run_to_block(4);
		assert_eq!(setups().iter().map(|s| s.contract).collect::<Vec<_>>(), contracts);
		assert!(draws(2).is_empty());
		let _ = plan;
		check_invariants();
	});
}

#[test]
#[should_panic(expected = "MaxAgendaWeight")]
fn integrity_test_refuses_an_agenda_budget_below_the_heaviest_task() {
	use crate::WeightInfo;
	new_test_ext().execute_with(|| {
		MaxAgendaWeight::set(
			&(<() as WeightInfo>::agenda_base() + <() as WeightInfo>::agenda_task()),
		);
		<Datdot as frame_support::traits::Hooks<u64>>::integrity_test();
	});
}

#[test]
fn try_state_finds_state_out_of_step() {
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let s = setups()[0].clone();
		check_invariants();
		// A booking without its count.
		frame_support::storage::with_storage_layer(|| {
			Bookings::<Test>::remove(s.attester, s.amendment);
			assert!(Datdot::do_try_state().is_err());
			Err::<(), _>(sp_runtime::DispatchError::Other("undo"))
		})
		.unwrap_err();
		// A stored layout older than the code's (a migration missing from an upgrade).
		frame_support::storage::with_storage_layer(|| {
			frame_support::traits::StorageVersion::new(0).put::<Datdot>();
			assert!(Datdot::do_try_state().is_err());
			Err::<(), _>(sp_runtime::DispatchError::Other("undo"))
		})
		.unwrap_err();
		// An agenda entry its item does not expect.
		frame_support::storage::with_storage_layer(|| {
			crate::Agenda::<Test>::mutate((crate::Lane::Timing, 100), |tasks| {
				tasks
					.try_push(crate::Task::AmendmentTimeout { amendment: s.amendment })
					.unwrap()
			});
			assert!(Datdot::do_try_state().is_err());
			Err::<(), _>(sp_runtime::DispatchError::Other("undo"))
		})
		.unwrap_err();
		// A provider in the hosters' idle queue that offers no hosting.
		let idle = Datdot::idle(Role::Hoster)[0];
		frame_support::storage::with_storage_layer(|| {
			crate::Users::<Test>::mutate(idle, |u| {
				u.as_mut().unwrap().provider.as_mut().unwrap().form.capacity.hoster = 0
			});
			assert!(Datdot::do_try_state().is_err());
			Err::<(), _>(sp_runtime::DispatchError::Other("undo"))
		})
		.unwrap_err();
		check_invariants();
	});
}
