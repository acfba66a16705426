//! Performance challenges: per hosted feed, an attester measures its hosters, who are graded;
//! unreachable hosters are replaced; timeouts re-issue. And the pause limit.

use super::*;
use crate::{
	mock::*, Bookings, ChallengeCycle, Contracts, Error, Event, FeedHosters, HosterGrade, OpenTask,
	PauseReason, PerformanceChallenges, PerformanceCycles, PerformanceReport, PerformanceResult,
	Role, Users,
};
use datdot_primitives::ItemId;
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_core::Pair;

type Challenge = PerformanceChallengeIssued;

/// The performance challenges emitted so far, in order.
fn challenges() -> Vec<Challenge> {
	testing::challenges::<Test>().1
}

type Reports =
	BoundedVec<PerformanceReport, <Test as crate::Config>::MaxHostersPerPerformanceChallenge>;

fn reached(c: &Challenge, hoster: ItemId, latency_ms: u32) -> PerformanceReport {
	let proof_of_contact =
		signer(seed_of(hoster)).sign(&crate::Pallet::<Test>::contact_message(c.id)).0;
	PerformanceReport {
		hoster,
		result: PerformanceResult::Reached { latency_ms, bandwidth_kbps: 1000, proof_of_contact },
	}
}

fn all_reached(c: &Challenge, latency_ms: u32) -> Reports {
	c.hosters
		.iter()
		.map(|h| reached(c, *h, latency_ms))
		.collect::<Vec<_>>()
		.try_into()
		.unwrap()
}

fn submit(c: &Challenge, reports: Reports) -> frame_support::dispatch::DispatchResult {
	outcome(Datdot::submit_performance_proof(
		RuntimeOrigin::signed(account(c.attester)),
		c.id,
		reports,
	))
}

/// The reference contracts hosted from block 2; the feed's first challenge at block 17.
fn first_challenge() -> Challenge {
	let s = hosted(1000);
	let feed = Contracts::<Test>::get(s[0].contract).unwrap().feed;
	assert_eq!(PerformanceCycles::<Test>::get(feed), Some(ChallengeCycle::Next(17)));
	let mut hosters: Vec<ItemId> = s.iter().flat_map(|x| x.hosters.clone()).collect();
	hosters.sort();
	hosters.dedup();
	let indexed: Vec<ItemId> = FeedHosters::<Test>::iter_key_prefix(feed).collect();
	assert_eq!(indexed.len(), hosters.len());
	run_to_block(16);
	assert!(challenges().is_empty());
	run_to_block(17);
	let c = challenges()[0].clone();
	assert_eq!(c.feed, feed);
	assert_eq!(c.hosters.len(), hosters.len().min(4));
	assert!(c.hosters.iter().all(|h| hosters.contains(h)));
	assert!(!c.hosters.contains(&c.attester));
	assert_eq!(Bookings::<Test>::get(c.attester, c.id), Some(Role::Attester));
	assert!(Datdot::open_tasks(c.attester)
		.contains(&OpenTask::PerformanceChallenge { challenge: c.id, feed }));
	assert!(matches!(Datdot::item(c.id), Some(crate::Item::PerformanceChallenge(_))));
	check_invariants();
	c
}

#[test]
fn hosters_are_graded_by_latency_and_challenged_in_turn() {
	new_test_ext().execute_with(|| {
		let c = first_challenge();
		let latencies = [80u32, 150, 1_450, 1_600];
		let reports: Reports = c
			.hosters
			.iter()
			.zip(latencies)
			.map(|(h, ms)| reached(&c, *h, ms))
			.collect::<Vec<_>>()
			.try_into()
			.unwrap();
		let before: Vec<_> =
			c.hosters.iter().map(|h| Users::<Test>::get(h).unwrap().stats).collect();
		assert_ok!(submit(&c, reports));
		let expected: Vec<HosterGrade> = c
			.hosters
			.iter()
			.zip([1_000_000, 950_000, 200_000, 0])
			.map(|(h, grade)| HosterGrade { hoster: *h, grade })
			.collect();
		System::assert_last_event(
			Event::PerformanceChallengeConfirmed {
				id: c.id,
				grades: expected.clone().try_into().unwrap(),
				unreachable: Default::default(),
			}
			.into(),
		);
		for (g, b) in expected.iter().zip(before) {
			let stats = Users::<Test>::get(g.hoster).unwrap().stats;
			assert_eq!(stats.grade_sum, b.grade_sum + u64::from(g.grade));
			assert_eq!(stats.successes, b.successes + 1);
		}
		assert!(
			PerformanceChallenges::<Test>::get(c.id).is_none(),
			"finished challenges leave state"
		);
		assert_eq!(Bookings::<Test>::get(c.attester, c.id), None);
		assert_eq!(PerformanceCycles::<Test>::get(c.feed), Some(ChallengeCycle::Next(32)));
		check_invariants();

		// The next challenge goes on with the hosters after the last one measured.
		run_to_block(32);
		let next = challenges().into_iter().find(|x| x.id > c.id).unwrap();
		let all: Vec<ItemId> = FeedHosters::<Test>::iter_key_prefix(c.feed).collect();
		assert!(all.len() > 4, "more hosters than a challenge measures");
		{
			let rest: Vec<ItemId> =
				all.iter().filter(|h| !c.hosters.contains(h)).copied().collect();
			assert!(rest.iter().all(|h| next.hosters.contains(h)), "{rest:?} measured in turn");
		}
		check_invariants();
	});
}

#[test]
fn bad_performance_reports_are_rejected_and_change_nothing() {
	new_test_ext().execute_with(|| {
		let c = first_challenge();
		let mut short = all_reached(&c, 50);
		short.pop();
		assert_noop!(submit(&c, short), Error::<Test>::WrongReportCount);
		let mut stranger = all_reached(&c, 50);
		stranger[0].hoster = c.attester;
		assert_noop!(submit(&c, stranger), Error::<Test>::NotChallenged);
		let mut twice = all_reached(&c, 50);
		twice[1] = twice[0];
		assert_noop!(submit(&c, twice), Error::<Test>::DuplicateProvider);
		let mut forged = all_reached(&c, 50);
		forged[0] = PerformanceReport {
			hoster: c.hosters[0],
			result: PerformanceResult::Reached {
				latency_ms: 50,
				bandwidth_kbps: 1000,
				proof_of_contact: signer(250).sign(&crate::Pallet::<Test>::contact_message(c.id)).0,
			},
		};
		assert_noop!(submit(&c, forged), Error::<Test>::BadContactSignature);
		assert_noop!(
			Datdot::submit_performance_proof(
				RuntimeOrigin::signed(account(c.hosters[0])),
				c.id,
				all_reached(&c, 50)
			),
			Error::<Test>::NotAttester
		);
		assert_noop!(
			Datdot::submit_performance_proof(
				RuntimeOrigin::signed(account(c.attester)),
				9999,
				all_reached(&c, 50)
			),
			Error::<Test>::UnknownChallenge
		);
		assert_ok!(submit(&c, all_reached(&c, 50)));
		assert_noop!(submit(&c, all_reached(&c, 50)), Error::<Test>::UnknownChallenge);
		check_invariants();
	});
}

#[test]
fn an_unreachable_hoster_is_paused_and_replaced() {
	new_test_ext().execute_with(|| {
		let c = first_challenge();
		let gone = c.hosters[0];
		let hosted_before = crate::Pallet::<Test>::hosted_contracts(gone);
		assert!(!hosted_before.is_empty(), "the hoster hosts something to lose");
		let mut reports = all_reached(&c, 50);
		reports[0] = PerformanceReport { hoster: gone, result: PerformanceResult::Unreachable };
		assert_ok!(submit(&c, reports));
		let grades: Vec<ItemId> = match System::events().last().unwrap().event.clone() {
			RuntimeEvent::Datdot(Event::PerformanceChallengeConfirmed {
				grades,
				unreachable,
				..
			}) => {
				assert_eq!(unreachable.to_vec(), vec![gone]);
				grades.iter().map(|g| g.hoster).collect()
			},
			e => panic!("{e:?}"),
		};
		assert!(!grades.contains(&gone));
		// An accusation: the hoster keeps its contracts until it is upheld.
		let (_, answer_by) = accusation_of(c.id, gone);
		assert_eq!(crate::Pallet::<Test>::hosted_contracts(gone), hosted_before);
		check_invariants();
		run_to_block(answer_by - 1);
		let failures = Users::<Test>::get(gone).unwrap().stats.failures;
		run_to_block(answer_by);
		System::assert_has_event(
			Event::AccusationUpheld {
				accusation: accusation_of(c.id, gone).0,
				hoster: gone,
				attester: c.attester,
			}
			.into(),
		);
		let u = Users::<Test>::get(gone).unwrap();
		assert!(u.stats.failures > failures, "the upheld accusation is a failure");
		assert_eq!(u.provider.unwrap().paused.unwrap().reason, PauseReason::Failed);
		check_invariants();
		// It leaves its contracts in the next block; replacements follow.
		run_to_block(answer_by + 1);
		for contract in &hosted_before {
			assert!(!Contracts::<Test>::get(contract).unwrap().hosters.contains(&gone));
		}
		assert!(crate::Pallet::<Test>::hosted_contracts(gone).is_empty());
		run_to_block(answer_by + 2);
		let r: Vec<_> = replacements()
			.into_iter()
			.filter(|x| hosted_before.contains(&x.contract))
			.collect();
		assert_eq!(r.len(), hosted_before.len());
		assert!(r.iter().all(|x| !x.hosters.contains(&gone)));
		check_invariants();
	});
}

#[test]
fn a_silent_attester_times_out_and_the_feed_is_challenged_again() {
	new_test_ext().execute_with(|| {
		// No storage challenge blames anyone meanwhile.
		StorageChallengeEvery::set(&1000);
		let c = first_challenge();
		run_to_block(17 + 5);
		System::assert_has_event(
			Event::PerformanceChallengeTimedOut { id: c.id, feed: c.feed, attester: c.attester }
				.into(),
		);
		let a = Users::<Test>::get(c.attester).unwrap();
		assert_eq!(a.stats.failures, 1);
		assert_eq!(a.provider.unwrap().paused.unwrap().reason, PauseReason::Failed);
		for h in &c.hosters {
			assert_eq!(Users::<Test>::get(h).unwrap().stats.failures, 0, "hosters are not blamed");
		}
		let again = challenges()
			.into_iter()
			.find(|x| x.id > c.id && x.feed == c.feed)
			.expect("re-issued");
		assert_ne!(again.attester, c.attester);
		assert_ok!(submit(&again, all_reached(&again, 50)));
		check_invariants();
	});
}

#[test]
fn a_feed_nobody_hosts_leaves_its_cycle() {
	new_test_ext().execute_with(|| {
		let c = first_challenge();
		let plan = Contracts::<Test>::get(crate::Pallet::<Test>::hosted_contracts(c.hosters[0])[0])
			.unwrap()
			.plan;
		assert_ok!(Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), plan));
		assert_eq!(PerformanceCycles::<Test>::get(c.feed), None);
		assert!(PerformanceChallenges::<Test>::get(c.id).is_none());
		assert_eq!(Bookings::<Test>::iter().count(), 0);
		assert_eq!(FeedHosters::<Test>::iter_prefix(c.feed).count(), 0);
		check_invariants();
		run_to_block(60);
		assert_eq!(challenges().len(), 1);
	});
}

#[test]
fn a_hoster_paused_too_long_is_replaced() {
	new_test_ext().execute_with(|| {
		let s = hosted(1000);
		let (stays, returns) = (s[0].hosters[0], s[0].hosters[1]);
		for h in [stays, returns] {
			assert_ok!(Datdot::pause(RuntimeOrigin::signed(account(h))));
		}
		check_invariants();
		// Challenges are answered all along. One hoster comes back in time: nothing happens to it.
		let run = |to: u64| {
			while System::block_number() < to {
				run_to_block(System::block_number() + 1);
				answer_all();
			}
		};
		run(50);
		assert_ok!(Datdot::unpause(RuntimeOrigin::signed(account(returns))));
		check_invariants();
		let hosted_before = crate::Pallet::<Test>::hosted_contracts(stays);
		let amendments: Vec<ItemId> = hosted_before
			.iter()
			.map(|c| Contracts::<Test>::get(c).unwrap().amendment.unwrap())
			.collect();
		run(2 + 100);
		for amendment in amendments {
			System::assert_has_event(Event::DropHosting { amendment, hoster: stays }.into());
		}
		assert!(crate::Pallet::<Test>::hosted_contracts(stays).is_empty());
		assert!(crate::Pallet::<Test>::hosted_contracts(returns).contains(&s[0].contract));
		let u = Users::<Test>::get(stays).unwrap();
		assert_eq!(
			u.provider.unwrap().paused.unwrap().reason,
			PauseReason::Requested,
			"still paused"
		);
		assert_eq!(u.stats.failures, 0);
		run(2 + 101);
		assert!(replacements().iter().any(|r| hosted_before.contains(&r.contract)));
		check_invariants();
	});
}

/// Attack: state nobody pays for. A hoster dropped from a feed while a performance challenge
/// naming it ran, then reported reached, kept a grade for a feed it no longer hosts, which nothing
/// removed. Only hosters still hosting the feed are graded.
#[test]
fn a_hoster_dropped_while_challenged_keeps_no_grade() {
	new_test_ext().execute_with(|| {
		PerformanceChallengeEvery::set(&10);
		DisputeWindow::set(&2);
		hosted(1000);
		run_to_block(12);
		let p = challenges().into_iter().next().expect("a performance challenge at block 12");
		let h = p.hosters[0];
		let c = testing::challenges::<Test>().0.into_iter().find(|c| c.hoster == h).unwrap();
		assert_ok!(report_unreachable(&c));
		run_to_block(14);
		assert_eq!(FeedHosters::<Test>::get(p.feed, h), 0, "dropped from the feed");
		assert_ok!(submit(&p, all_reached(&p, 50)));
		assert!(!crate::Grades::<Test>::contains_key(p.feed, h));
		assert!(p.hosters.iter().filter(|x| **x != h).all(|x| {
			FeedHosters::<Test>::get(p.feed, x) == 0
				|| crate::Grades::<Test>::contains_key(p.feed, x)
		}));
		check_invariants();
	});
}
