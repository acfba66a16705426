//! Errors a caller can cause that no other test produces, each produced here with nothing
//! changed. (`UnknownContract`, `ContractNotWaiting`, `UnknownUser` and `TooManyComponents`
//! guard states the calls cannot reach: a contract, user or component count that the pallet
//! itself keeps within bounds; `WrongSibling`
//! a chunk path climbing past the top of the flat tree, which no index below a signed length
//! reaches.)

use super::*;
use crate::{mock::*, Error};
use frame_support::assert_noop;

#[test]
fn ids_exhausted() {
	new_test_ext().execute_with(|| {
		crate::NextId::<Test>::put(u64::MAX);
		let f = &fixture().feed;
		assert_noop!(
			Datdot::publish_feed(
				RuntimeOrigin::signed(ALICE),
				f.key,
				f.discovery_key,
				f.trees[2].clone()
			),
			Error::<Test>::IdsExhausted
		);
	});
}

#[test]
fn storage_proofs_out_of_shape_are_refused_with_their_error() {
	new_test_ext().execute_with(|| {
		hosted(1000);
		run_to_block(12);
		let c = testing::challenges::<Test>().0[0].clone();
		let attester = RuntimeOrigin::signed(account(c.attester));
		let submit = |change: &dyn Fn(&mut crate::ChunkProofsOf<Test>)| {
			let mut p = proofs(&c).unwrap();
			change(&mut p);
			Datdot::submit_storage_proof(attester.clone(), c.id, contact(&c), Some(p))
		};
		// A signed tree that does not cover the chunk: the feed's at length 17, for chunk 17.
		let (short_tree, index) = (fixture().feed.trees[2].clone(), 17);
		assert_eq!(short_tree.length, 17);
		let mut beyond = proofs(&c).unwrap();
		beyond.trees[0] = short_tree;
		let mut check = c.clone();
		check.checks[0].index = index;
		beyond.chunks[0] = proof(index);
		crate::StorageChallenges::<Test>::mutate(c.id, |s| {
			s.as_mut().unwrap().checks[0].index = index;
		});
		let result =
			Datdot::submit_storage_proof(attester.clone(), c.id, contact(&c), Some(beyond));
		assert_eq!(result.map_err(|e| e.error), Err(Error::<Test>::BlockOutOfRange.into()));
		crate::StorageChallenges::<Test>::mutate(c.id, |s| {
			s.as_mut().unwrap().checks[0].index = c.checks[0].index;
		});
		// A path that stops below its full root.
		assert_noop!(
			submit(&|p| {
				p.chunks[0].path.pop();
			}),
			Error::<Test>::PathNotARoot
		);
		// Sizes that overflow on the way up.
		assert_noop!(submit(&|p| p.chunks[0].path[0].size = u64::MAX), Error::<Test>::SizeOverflow);
		// A chunk naming a tree the report does not carry; a tree no chunk uses.
		assert_noop!(submit(&|p| p.chunks[0].tree = 1), Error::<Test>::UnknownTree);
		assert_noop!(submit(&|p| p.trees.try_push(tree()).unwrap()), Error::<Test>::UnusedTree);
	});
}

/// Every error of the pallet is produced by a test (named as `Error::<Test>::Name` or in an error
/// table), but for the guards of unreachable states above.
#[test]
fn every_error_is_produced_by_a_test() {
	use scale_info::{TypeDef, TypeInfo};
	let sources = [
		include_str!("attacks.rs"),
		include_str!("challenges.rs"),
		include_str!("economics.rs"),
		include_str!("errors.rs"),
		include_str!("feeds.rs"),
		include_str!("hosting.rs"),
		include_str!("performance.rs"),
		include_str!("plans.rs"),
		include_str!("population.rs"),
		include_str!("replacement.rs"),
		include_str!("work.rs"),
	]
	.concat();
	let unreachable = [
		"UnknownContract",
		"ContractNotWaiting",
		"UnknownUser",
		"TooManyComponents",
		"WrongSibling",
	];
	let TypeDef::Variant(errors) = Error::<Test>::type_info().type_def else {
		panic!("the pallet's errors are an enum")
	};
	let missing: Vec<_> = errors
		.variants
		.iter()
		.map(|v| v.name)
		.filter(|name| !unreachable.contains(name))
		.filter(|name| {
			!sources.contains(&format!("Error::<Test>::{name}"))
				&& !sources.contains(&format!("Error::{name}"))
		})
		.collect();
	assert!(missing.is_empty(), "errors no test produces: {missing:?}");
}

#[test]
fn bad_answers_to_an_accusation_are_refused_and_change_nothing() {
	new_test_ext().execute_with(|| {
		hosted(1000);
		run_to_block(12);
		let c = testing::challenges::<Test>().0[0].clone();
		assert_ok!(report_unreachable(&c));
		let (accusation, answer_by) = accusation_of(c.id, c.hoster);
		let checks = crate::Accusations::<Test>::get(accusation).unwrap().checks;
		let good = proofs_of(checks.iter().map(|k| k.index));
		let hoster = RuntimeOrigin::signed(account(c.hoster));
		let answer = |proofs: crate::ChunkProofsOf<Test>| {
			Datdot::answer_accusation(hoster.clone(), accusation, proofs)
		};
		assert_noop!(
			Datdot::answer_accusation(
				RuntimeOrigin::signed(account(c.attester)),
				accusation,
				good.clone()
			),
			Error::<Test>::NotAccused
		);
		assert_noop!(
			Datdot::answer_accusation(hoster.clone(), accusation + 1000, good.clone()),
			Error::<Test>::UnknownAccusation
		);
		assert_noop!(answer(proofs_of([])), Error::<Test>::WrongProofCount);
		let mut other_chunk = good.clone();
		other_chunk.chunks[0] = proof(if checks[0].index == 0 { 1 } else { 0 });
		assert!(answer(other_chunk).is_err());
		let mut tampered = good.clone();
		tampered.chunks[0].data[0] ^= 1;
		assert_noop!(answer(tampered), Error::<Test>::RootMismatch);
		check_invariants();
		run_to_block(answer_by - 1);
		System::set_block_number(answer_by);
		assert_noop!(answer(good), Error::<Test>::ReportTooLate);
	});
}
