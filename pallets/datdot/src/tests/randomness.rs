//! Selections draw only from randomness no one knew while what they draw from could still change
//! (see the `selection` module): in `on_initialize`, with randomness known since their block; a
//! call asks for its selection and draws none.

use super::*;
use crate::{testing::scan, Event, Task};

/// How many selections (setups, replacements, storage and performance challenges) the events
/// announced so far.
fn selections() -> usize {
	scan::<Test, _>(|event| {
		matches!(
			event,
			Event::HostingSetup { .. }
				| Event::RetryHostingSetup { .. }
				| Event::HosterReplacement { .. }
				| Event::StorageChallenge { .. }
				| Event::PerformanceChallenge { .. }
		)
		.then_some(())
	})
	.len()
}

/// Attack: a sponsor (or anyone) who knows the randomness of the epoch times its call, or shifts
/// the idle queues, until a selection draws the providers it wants. With randomness that changes
/// once every 7 blocks, every selection, whenever it fell due (a plan's start, a failed report's
/// retry, a challenge, a timeout's new challenge), is drawn in a block where the randomness is new,
/// before any transaction of that block; none is lost.
#[test]
fn with_epoch_randomness_selections_are_drawn_only_where_it_changes() {
	new_test_ext().execute_with(|| {
		set_randomness_epoch(7);
		providers(16);
		let feed = feed();
		// Due at block 2, in the epoch of blocks 1..=7.
		let (_, contracts) = publish(plan_form(feed, 2, 1000));
		let (mut seen, mut draws) = (selections(), randomness_draws());
		let mut drawn_at = Vec::new();
		let mut failed_one = false;
		for block in 2..=90 {
			run_to_block(block);
			let (now, now_draws) = (selections(), randomness_draws());
			if now > seen || now_draws > draws {
				drawn_at.push(block);
			}
			(seen, draws) = (now, now_draws);
			check_invariants();
			// Setups announced in this block: the first fails by its report (a call, which draws
			// nothing), the others succeed.
			for s in setups() {
				if crate::Amendments::<Test>::get(s.amendment)
					.is_none_or(|a| a.status != crate::AmendmentStatus::InProgress)
				{
					continue;
				}
				if !failed_one {
					failed_one = true;
					assert_ok!(report_failure(&s, s.hosters[0]));
					assert_eq!(randomness_draws(), draws, "the report's call drew nothing");
				} else {
					assert_ok!(report_success(&s));
				}
			}
		}
		assert!(drawn_at.iter().all(|b| (b - 1) % 7 == 0), "drawn in blocks {drawn_at:?}");
		assert_eq!(drawn_at.first(), Some(&8), "the plan's setups, due at 2, in block 8");
		// Nothing lost: both contracts hosted after a retry, challenged, and the challenges that
		// timed out (no attester answers here) issued anew.
		let retry = setups().into_iter().find(|s| s.retry).expect("the failed setup retried");
		assert!(contracts.contains(&retry.contract));
		for c in &contracts {
			assert_eq!(crate::Contracts::<Test>::get(c).unwrap().hosters.len(), 3);
		}
		let (storage, performance) = testing::challenges::<Test>();
		assert!(storage.len() >= 4, "{} storage challenges", storage.len());
		assert!(!performance.is_empty());
		assert!(
			scan::<Test, _>(|e| matches!(e, Event::StorageChallengeTimedOut { .. }).then_some(()))
				.len() >= 2
		);
	});
}

/// A failed report is a call: the new setup it needs is asked for on the agenda, due the next
/// block, and drawn there, not in the call.
#[test]
fn a_call_asks_for_its_selection_and_draws_none() {
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let s = setups()[0].clone();
		let draws = randomness_draws();
		assert_ok!(report_failure(&s, s.attester));
		assert_eq!(randomness_draws(), draws);
		let contract = crate::Contracts::<Test>::get(s.contract).unwrap();
		assert_eq!(contract.scheduled, Some(3));
		assert!(Datdot::is_scheduled(3, &Task::StartHosting { contract: s.contract }));
		check_invariants();
		run_to_block(3);
		assert_eq!(randomness_draws(), draws + 1);
		assert!(setups().iter().any(|r| r.retry && r.contract == s.contract));
		check_invariants();
	});
}

/// A storage challenge that times out in the middle of an epoch is issued anew where the
/// randomness changes, not in the timeout's block (its hoster's checks would be known for the
/// rest of the epoch).
#[test]
fn a_challenge_timing_out_mid_epoch_is_issued_anew_where_the_randomness_changes() {
	new_test_ext().execute_with(|| {
		hosted(1000);
		set_randomness_epoch(10);
		let mut block = System::block_number();
		let timed_out = |b: &mut u64| loop {
			*b += 1;
			run_to_block(*b);
			let out = scan::<Test, _>(|e| match e {
				Event::StorageChallengeTimedOut { hoster, .. } => Some(hoster),
				_ => None,
			});
			if let Some(hoster) = out.last() {
				break *hoster;
			}
		};
		let hoster = timed_out(&mut block);
		assert_ne!((block - 1) % 10, 0, "a timeout in the middle of an epoch");
		let issued = |hoster| {
			testing::challenges::<Test>()
				.0
				.into_iter()
				.filter(|c| c.hoster == hoster)
				.count()
		};
		let before = issued(hoster);
		while (block - 1) % 10 != 0 {
			assert_eq!(issued(hoster), before, "not issued before the randomness changes");
			block += 1;
			run_to_block(block);
		}
		assert_eq!(issued(hoster), before + 1, "issued in block {block}");
		check_invariants();
	});
}
