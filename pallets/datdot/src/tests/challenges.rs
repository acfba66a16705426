//! Storage challenges: issued per hosting hoster, proved with real Hypercore block proofs (the
//! fixture feed made by npm hypercore), failures replace the hoster, timeouts re-issue. Includes
//! the rest of the reference scenario (PROTOCOL.md §11) and the no-growth check.

use super::*;
use crate::{
	mock::*, Bookings, ChallengeCycle, ChunkProofOf, Contracts, Error, Event, OpenTask,
	PauseReason, Role, StorageChallenges, StorageCycles, StorageFailure, Users,
};
use datdot_primitives::ItemId;
use frame_support::{assert_noop, assert_ok};
use sp_core::Pair;

type Challenge = StorageChallengeIssued;

/// The storage challenges emitted so far, in order.
fn challenges() -> Vec<Challenge> {
	testing::challenges::<Test>().0
}

/// Checks that a challenge is well formed: attester not the hoster, checks of hosted contracts,
/// indexes inside the contracts' ranges, seen by both parties.
fn check_challenge(c: &Challenge) {
	assert_ne!(c.attester, c.hoster);
	assert!(!c.checks.is_empty() && c.checks.len() <= 2);
	let mut contracts: Vec<_> = c.checks.iter().map(|x| x.contract).collect();
	contracts.dedup();
	assert_eq!(contracts.len(), c.checks.len(), "one check per contract");
	for check in &c.checks {
		let contract = Contracts::<Test>::get(check.contract).unwrap();
		assert!(contract.hosters.contains(&c.hoster));
		assert!(contract.ranges.iter().any(|r| r.first <= check.index && check.index <= r.last));
	}
	assert_eq!(Bookings::<Test>::get(c.attester, c.id), Some(Role::Attester));
	assert_eq!(StorageCycles::<Test>::get(c.hoster), Some(ChallengeCycle::Running(c.id)));
	let task =
		OpenTask::StorageChallenge { challenge: c.id, hoster: c.hoster, attester: c.attester };
	assert!(Datdot::open_tasks(c.hoster).contains(&task));
	assert!(Datdot::open_tasks(c.attester).contains(&task));
	assert!(matches!(Datdot::item(c.id), Some(crate::Item::StorageChallenge(_))));
}

/// Both reference contracts hosted from block 2; runs to block 12, when every hoster is
/// challenged. Returns the challenges.
fn first_round() -> Vec<Challenge> {
	round_of_plan_until(1000)
}

fn round_of_plan_until(until: u64) -> Vec<Challenge> {
	let s = hosted(until);
	let mut hosters: Vec<ItemId> = s.iter().flat_map(|x| x.hosters.clone()).collect();
	hosters.sort();
	hosters.dedup();
	for h in &hosters {
		assert_eq!(StorageCycles::<Test>::get(h), Some(ChallengeCycle::Next(12)));
	}
	run_to_block(11);
	assert!(challenges().is_empty());
	run_to_block(12);
	let c = challenges();
	let mut challenged: Vec<ItemId> = c.iter().map(|x| x.hoster).collect();
	challenged.sort();
	assert_eq!(challenged, hosters, "one challenge per hosting hoster");
	c.iter().for_each(check_challenge);
	check_invariants();
	c
}

#[test]
fn hosters_prove_their_chunks() {
	new_test_ext().execute_with(|| {
		let round = first_round();
		for c in &round {
			let before = Users::<Test>::get(c.hoster).unwrap().stats;
			assert_ok!(prove(c));
			System::assert_last_event(
				Event::StorageChallengeConfirmed {
					id: c.id,
					hoster: c.hoster,
					attester: c.attester,
				}
				.into(),
			);
			assert!(
				StorageChallenges::<Test>::get(c.id).is_none(),
				"finished challenges leave state"
			);
			assert_eq!(Bookings::<Test>::get(c.attester, c.id), None);
			assert_eq!(Users::<Test>::get(c.hoster).unwrap().stats.successes, before.successes + 1);
			assert_eq!(StorageCycles::<Test>::get(c.hoster), Some(ChallengeCycle::Next(22)));
			check_invariants();
		}
		// The timeouts were cancelled; the next round comes at block 22.
		run_to_block(21);
		assert_eq!(challenges().len(), round.len());
		run_to_block(22);
		let last = round.iter().map(|c| c.id).max().unwrap();
		let next: Vec<Challenge> = challenges().into_iter().filter(|c| c.id > last).collect();
		assert_eq!(next.len(), round.len());
		next.iter().for_each(check_challenge);
		check_invariants();
	});
}

#[test]
fn bad_storage_reports_are_rejected_and_change_nothing() {
	new_test_ext().execute_with(|| {
		let c = first_round()[0].clone();
		let attester = RuntimeOrigin::signed(account(c.attester));
		let submit = |origin: RuntimeOrigin, contact, proofs| {
			Datdot::submit_storage_proof(origin, c.id, contact, proofs)
		};
		let edit = |change: &dyn Fn(&mut crate::ChunkProofsOf<Test>)| {
			let mut p = proofs(&c).unwrap();
			change(&mut p);
			Some(p)
		};
		// A valid proof of another chunk.
		let other = (c.checks[0].index + 1) % 17;
		let wrong = edit(&|p| p.chunks[0] = proof(other));
		let result = submit(attester.clone(), contact(&c), wrong);
		assert!(
			result == Err(Error::<Test>::RootMismatch.into())
				|| result == Err(Error::<Test>::PathNotARoot.into()),
			"{result:?}"
		);
		// Data flipped.
		let flipped = edit(&|p| p.chunks[0].data[0] ^= 1);
		assert_noop!(submit(attester.clone(), contact(&c), flipped), Error::<Test>::RootMismatch);
		// Signed by another feed (its signature over this feed's tree).
		let other = fixture().other_feed.trees.last().unwrap().signature;
		let foreign = edit(&|p| p.trees[0].signature = other);
		assert_noop!(
			submit(attester.clone(), contact(&c), foreign),
			Error::<Test>::BadFeedSignature
		);
		// A fork.
		let forked = edit(&|p| p.trees[0].fork = 1);
		assert_noop!(
			submit(attester.clone(), contact(&c), forked),
			Error::<Test>::ForkNotSupported
		);
		// A path longer than any tree's.
		let long = edit(&|p| {
			p.chunks[0].path =
				vec![datdot_primitives::hypercore::PathNode { size: 0, hash: [0; 32] }; 63]
					.try_into()
					.unwrap()
		});
		assert_noop!(submit(attester.clone(), contact(&c), long), Error::<Test>::TooManyProofNodes);
		// One proof too few.
		let short = edit(&|p| {
			p.chunks.pop();
		});
		assert_noop!(submit(attester.clone(), contact(&c), short), Error::<Test>::WrongProofCount);
		// A proof of contact over another id, or by another key.
		let sig = signer(seed_of(c.hoster))
			.sign(&crate::Pallet::<Test>::contact_message(c.id + 1))
			.0;
		assert_noop!(
			submit(attester.clone(), Some(sig), proofs(&c)),
			Error::<Test>::BadContactSignature
		);
		let sig = signer(250).sign(&crate::Pallet::<Test>::contact_message(c.id)).0;
		assert_noop!(
			submit(attester.clone(), Some(sig), proofs(&c)),
			Error::<Test>::BadContactSignature
		);
		// From the hoster itself, and for an unknown challenge.
		assert_noop!(
			submit(RuntimeOrigin::signed(account(c.hoster)), contact(&c), proofs(&c)),
			Error::<Test>::NotAttester
		);
		assert_noop!(
			Datdot::submit_storage_proof(attester.clone(), 9999, contact(&c), proofs(&c)),
			Error::<Test>::UnknownChallenge
		);
		// Done once; a second report is refused.
		assert_ok!(prove(&c));
		assert_noop!(prove(&c), Error::<Test>::UnknownChallenge);
		check_invariants();
	});
}

/// A challenge of `round` whose hoster attests none of the round's challenges; the others are
/// proved at once, so no timeout makes the hoster attest again meanwhile: only its own
/// challenge's outcome touches its record (performance challenges are kept away by the caller).
fn lone(round: &[Challenge]) -> Challenge {
	let c = round
		.iter()
		.find(|c| round.iter().all(|o| o.attester != c.hoster))
		.cloned()
		.expect("a hoster that attests no challenge of the round");
	for other in round.iter().filter(|o| o.id != c.id) {
		assert_ok!(prove(other));
	}
	c
}

/// The rest of the reference scenario: one hoster stops answering -> paused, `DropHosting`,
/// `HosterReplacement`, report, challenges continue with the new hoster.
#[test]
fn a_silent_hoster_is_replaced_and_challenges_go_on() {
	new_test_ext().execute_with(|| {
		PerformanceChallengeEvery::set(&1000);
		let round = first_round();
		let c = lone(&round);
		let hosted_before: Vec<ItemId> = crate::Pallet::<Test>::hosted_contracts(c.hoster);
		let successes = Users::<Test>::get(c.attester).unwrap().stats.successes;
		assert_ok!(report_unreachable(&c));
		// An accusation: nothing happens to the hoster until it is upheld.
		let (_, answer_by) = accusation_of(c.id, c.hoster);
		assert_eq!(answer_by, 12 + 10);
		assert_eq!(crate::Pallet::<Test>::hosted_contracts(c.hoster), hosted_before);
		assert_eq!(Users::<Test>::get(c.hoster).unwrap().stats.failures, 0);
		assert_eq!(Users::<Test>::get(c.attester).unwrap().stats.successes, successes);
		check_invariants();
		let amendments: Vec<ItemId> = hosted_before
			.iter()
			.map(|c| Contracts::<Test>::get(c).unwrap().amendment.unwrap())
			.collect();
		run_to_block(answer_by);
		let seen = challenges().len();
		System::assert_has_event(
			Event::StorageChallengeFailed {
				id: c.id,
				hoster: c.hoster,
				attester: c.attester,
				reason: StorageFailure::Unreachable,
			}
			.into(),
		);
		let u = Users::<Test>::get(c.hoster).unwrap();
		assert_eq!(u.stats.failures, 1);
		assert_eq!(u.provider.unwrap().paused.unwrap().reason, PauseReason::Failed);
		System::assert_has_event(Event::Paused { user: c.hoster, until: Some(22 + 60) }.into());
		assert_eq!(
			Users::<Test>::get(c.attester).unwrap().stats.successes,
			successes + 1,
			"the attester is credited once the accusation is upheld"
		);
		for (contract, amendment) in hosted_before.iter().zip(amendments) {
			System::assert_has_event(Event::DropHosting { amendment, hoster: c.hoster }.into());
			assert!(!Contracts::<Test>::get(contract).unwrap().hosters.contains(&c.hoster));
		}
		assert!(crate::Pallet::<Test>::hosted_contracts(c.hoster).is_empty());
		assert_eq!(StorageCycles::<Test>::get(c.hoster), None);
		check_invariants();

		// The next block finds replacements.
		run_to_block(23);
		let r = replacements();
		assert_eq!(r.len(), hosted_before.len());
		for replacement in &r {
			assert!(!replacement.hosters.contains(&c.hoster));
			assert_ok!(report_replacement(replacement));
			let new = replacement.hosters[0];
			assert_eq!(StorageCycles::<Test>::get(new).map(|_| ()), Some(()));
		}
		check_invariants();
		// Challenges continue with the new hosters, never the failed one.
		let new_hosters: Vec<ItemId> = r.iter().map(|x| x.hosters[0]).collect();
		run_to_block(50);
		let later: Vec<Challenge> = challenges().into_iter().skip(seen).collect();
		assert!(later.iter().all(|x| x.hoster != c.hoster));
		for h in &new_hosters {
			assert!(later.iter().any(|x| x.hoster == *h), "the new hoster {h} is challenged");
		}
		check_invariants();
	});
}

#[test]
fn a_hoster_without_a_valid_proof_fails() {
	new_test_ext().execute_with(|| {
		PerformanceChallengeEvery::set(&1000);
		let c = lone(&first_round());
		assert_ok!(Datdot::submit_storage_proof(
			RuntimeOrigin::signed(account(c.attester)),
			c.id,
			contact(&c),
			None
		));
		let (_, answer_by) = accusation_of(c.id, c.hoster);
		run_to_block(answer_by);
		System::assert_has_event(
			Event::StorageChallengeFailed {
				id: c.id,
				hoster: c.hoster,
				attester: c.attester,
				reason: StorageFailure::MissingProof,
			}
			.into(),
		);
		assert_eq!(Users::<Test>::get(c.hoster).unwrap().stats.failures, 1);
		check_invariants();
	});
}

#[test]
fn a_silent_attester_times_out_and_the_hoster_is_challenged_again() {
	new_test_ext().execute_with(|| {
		let round = first_round();
		run_to_block(16);
		assert!(round.iter().all(|c| StorageChallenges::<Test>::get(c.id).is_some()));
		run_to_block(17);
		for c in &round {
			System::assert_has_event(
				Event::StorageChallengeTimedOut {
					id: c.id,
					hoster: c.hoster,
					attester: c.attester,
				}
				.into(),
			);
			assert!(StorageChallenges::<Test>::get(c.id).is_none());
			let a = Users::<Test>::get(c.attester).unwrap();
			assert!(a.stats.failures >= 1);
			assert_eq!(a.provider.unwrap().paused.unwrap().reason, PauseReason::Failed);
			assert_eq!(
				Users::<Test>::get(c.hoster).unwrap().stats.failures,
				0,
				"the hoster is not blamed"
			);
		}
		// Re-issued at once, each with another attester than the one that timed out.
		let again: Vec<Challenge> =
			challenges().into_iter().filter(|x| x.id > round.last().unwrap().id).collect();
		assert_eq!(again.len(), round.len());
		for c in &again {
			check_challenge(c);
			let before = round.iter().find(|x| x.hoster == c.hoster).unwrap();
			assert_ne!(c.attester, before.attester);
			assert_ok!(prove(c));
		}
		check_invariants();
	});
}

/// The 1,000-block feed of 64 KiB blocks: a contract over its chunks 0-9 is hosted and its
/// hosters prove full-size chunks on chain.
#[test]
fn chunks_of_64_kib_are_proved_on_chain() {
	new_test_ext().execute_with(|| {
		providers(8);
		let big = &fixture().big_feed;
		assert_ok!(Datdot::publish_feed(
			RuntimeOrigin::signed(ALICE),
			big.key,
			big.discovery_key,
			big.trees[0].clone()
		));
		let feed = crate::FeedByKey::<Test>::get(big.key).unwrap();
		let mut form = plan_form(feed, 2, 1000);
		form.datasets = vec![dataset(feed, &[(0, 9)])].try_into().unwrap();
		let (_, contracts) = publish(form);
		assert_eq!(contracts.len(), 1);
		run_to_block(2);
		let setup = setups()[0].clone();
		assert_ok!(report_success(&setup));
		run_to_block(12);
		let round = challenges();
		assert_eq!(round.len(), 3);
		for c in &round {
			let blocks: Vec<_> = c
				.checks
				.iter()
				.map(|check| big.blocks.iter().find(|b| b.index == check.index).unwrap())
				.collect();
			let chunks: Vec<_> = blocks
				.iter()
				.map(|b| {
					assert_eq!(b.data.len(), 65536);
					ChunkProofOf::<Test> {
						tree: 0,
						data: b.data.clone().try_into().unwrap(),
						path: b.path().try_into().unwrap(),
					}
				})
				.collect();
			// All of a report's chunks of one feed share one tree.
			let proofs: Proofs = Some(crate::ChunkProofsOf::<Test> {
				trees: vec![blocks[0].full_tree()].try_into().unwrap(),
				chunks: chunks.try_into().unwrap(),
			});
			// Proofs of the small feed's chunks do not pass for this feed.
			let small: Proofs = Some(proofs_of(c.checks.iter().map(|check| check.index)));
			assert_noop!(
				Datdot::submit_storage_proof(
					RuntimeOrigin::signed(account(c.attester)),
					c.id,
					contact(c),
					small
				),
				Error::<Test>::BadFeedSignature
			);
			assert_ok!(Datdot::submit_storage_proof(
				RuntimeOrigin::signed(account(c.attester)),
				c.id,
				contact(c),
				proofs
			));
			System::assert_last_event(
				Event::StorageChallengeConfirmed {
					id: c.id,
					hoster: c.hoster,
					attester: c.attester,
				}
				.into(),
			);
		}
		check_invariants();
	});
}

#[test]
fn a_leaving_attester_hands_its_challenge_over() {
	new_test_ext().execute_with(|| {
		let c = first_round()[0].clone();
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(account(c.attester))));
		// Its challenges go unanswered; they are handed over before they time out.
		let mut block = 12;
		while Users::<Test>::get(c.attester).is_some_and(|u| u.provider.is_some()) {
			block += 1;
			run_to_block(block);
			answer_all_but(Some(c.attester));
		}
		assert!(block < 17, "all handed over before the deadline");
		System::assert_has_event(Event::Unregistered { user: c.attester }.into());
		assert!(!System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Datdot(Event::StorageChallengeTimedOut { .. })
		)));
		let again = challenges()
			.into_iter()
			.find(|x| x.hoster == c.hoster && x.id > c.id)
			.expect("re-issued");
		assert_ne!(again.attester, c.attester);
		assert!(StorageChallenges::<Test>::get(c.id).is_none());
		// Leaving is no failure: no suspension keeps the record, it goes with the registration.
		assert_eq!(Users::<Test>::get(c.attester), None, "leaving is no failure");
		check_invariants();
	});
}

/// Bytes of the pallet's state: every key under the `Datdot` prefix and its value.
fn pallet_state_size() -> usize {
	let prefix = sp_io::hashing::twox_128(b"Datdot");
	let mut size = 0;
	let mut key = prefix.to_vec();
	while let Some(next) = sp_io::storage::next_key(&key) {
		if !next.starts_with(&prefix) {
			break;
		}
		size += next.len() + sp_io::storage::get(&next).map_or(0, |v| v.len());
		key = next;
	}
	size
}

/// 1,000 rounds of storage challenges (and 666 of performance challenges), each answered: the
/// pallet's state has the same size after every 30 blocks (from the end of the plan's setup
/// window on, whose deadline leaves state once).
#[test]
fn state_does_not_grow_with_challenge_rounds() {
	new_test_ext().execute_with(|| {
		let window: u64 = <Test as crate::Config>::PlanSetupWindow::get();
		let first = round_of_plan_until(20_000);
		let hosters = first.len();
		let mut sizes = Vec::new();
		answer_all();
		for block in 13..=12 + 10 * 1000u64 {
			run_to_block(block);
			answer_all();
			if (block - 12) % 30 == 0 && block > 2 + window {
				sizes.push(pallet_state_size());
			}
		}
		let rounds = challenges().len() / hosters;
		assert!(rounds >= 1000, "{rounds} rounds");
		check_invariants();
		assert!(
			sizes.iter().all(|s| *s == sizes[0]),
			"state size every 30 blocks: {:?}",
			&sizes[..5]
		);
	});
}

/// Storage challenges issued in one block check the same chunks, whichever is issued first: no
/// selection's randomness depends on how many were made before it.
#[test]
fn selections_in_one_block_do_not_depend_on_each_others_order() {
	new_test_ext().execute_with(|| {
		let s = hosted(1000);
		let mut hosters: Vec<ItemId> = s.iter().flat_map(|x| x.hosters.clone()).collect();
		hosters.sort();
		hosters.dedup();
		assert!(hosters.len() >= 4);
		run_to_block(11);
		let issue_in = |order: &[ItemId]| {
			frame_support::storage::with_transaction(|| {
				for h in order {
					assert_ok!(Datdot::issue_storage_challenge(*h));
				}
				let mut checks: Vec<_> = StorageChallenges::<Test>::iter_values()
					.map(|c| (c.hoster, c.checks))
					.collect();
				checks.sort_by_key(|(h, _)| *h);
				frame_support::storage::TransactionOutcome::Rollback(Ok::<
					_,
					sp_runtime::DispatchError,
				>(checks))
			})
			.unwrap()
		};
		let forward = issue_in(&hosters);
		let reversed: Vec<ItemId> = hosters.iter().rev().copied().collect();
		assert_eq!(forward.len(), hosters.len());
		assert_eq!(issue_in(&reversed), forward);
		// The draws are the hosters' own: the same hosters in another block draw otherwise.
		run_to_block(12);
		let mut next_block: Vec<_> =
			challenges().into_iter().map(|c| (c.hoster, c.checks)).collect();
		next_block.sort_by_key(|(h, _)| *h);
		let forward: Vec<_> = forward.into_iter().map(|(h, c)| (h, c.to_vec())).collect();
		assert_eq!(next_block.len(), forward.len());
		assert_ne!(next_block, forward);
	});
}
