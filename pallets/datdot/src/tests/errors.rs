//! Errors a caller can cause that no other test produces, each produced here with nothing
//! changed. (`UnknownContract`, `ContractNotWaiting`, `UnknownUser` and `TooManyComponents` guard
//! states the calls cannot reach: a contract, user or component count the pallet itself keeps.)

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
		let submit = |change: &dyn Fn(&mut crate::ChunkProofOf<Test>)| {
			let mut p = proofs(&c);
			change(p[0].as_mut().unwrap());
			Datdot::submit_storage_proof(attester.clone(), c.id, contact(&c), p)
		};
		// A tree that does not cover the chunk.
		assert_noop!(submit(&|p| p.tree.length = p.index), Error::<Test>::BlockOutOfRange);
		// A path that stops below its full root.
		assert_noop!(
			submit(&|p| {
				p.nodes.pop();
			}),
			Error::<Test>::PathNotARoot
		);
		// Sizes that overflow on the way up.
		assert_noop!(submit(&|p| p.nodes[0].size = u64::MAX), Error::<Test>::SizeOverflow);
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
		include_str!("replacement.rs"),
		include_str!("work.rs"),
	]
	.concat();
	let unreachable = ["UnknownContract", "ContractNotWaiting", "UnknownUser", "TooManyComponents"];
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
		let good: Vec<_> = checks.iter().map(|k| proof(k.index)).collect();
		let hoster = RuntimeOrigin::signed(account(c.hoster));
		let answer = |proofs: Vec<crate::ChunkProofOf<Test>>| {
			Datdot::answer_accusation(hoster.clone(), accusation, proofs.try_into().unwrap())
		};
		assert_noop!(
			Datdot::answer_accusation(
				RuntimeOrigin::signed(account(c.attester)),
				accusation,
				good.clone().try_into().unwrap()
			),
			Error::<Test>::NotAccused
		);
		assert_noop!(
			Datdot::answer_accusation(hoster.clone(), accusation + 1000, Default::default()),
			Error::<Test>::UnknownAccusation
		);
		assert_noop!(answer(vec![]), Error::<Test>::WrongProofCount);
		let mut wrong_index = good.clone();
		wrong_index[0] = proof(if checks[0].index == 0 { 1 } else { 0 });
		assert_noop!(answer(wrong_index), Error::<Test>::WrongChunkIndex);
		let mut tampered = good.clone();
		tampered[0].data[0] ^= 1;
		assert!(answer(tampered).is_err());
		check_invariants();
		run_to_block(answer_by - 1);
		System::set_block_number(answer_by);
		assert_noop!(answer(good), Error::<Test>::ReportTooLate);
	});
}
