//! Attacks an open storage market invites, each carried out here and shown to fail.

use super::*;
use crate::{mock::*, Contracts, Error, Event, HoldReason};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};

/// The storage challenges emitted so far, in order.
fn challenges() -> Vec<StorageChallengeIssued> {
	testing::challenges::<Test>().0
}

/// Attack: the publisher removes its feed under live contracts; a challenge's checks then have no
/// feed key to verify against, and a junk proof would pass. A feed in use can't be removed; once
/// no plan uses it, its publisher removes it and gets the deposit back.
#[test]
fn a_feed_in_use_cannot_be_unpublished() {
	new_test_ext().execute_with(|| {
		let plan = {
			let (plan, _) = reference_setups(1000);
			for setup in setups() {
				assert_ok!(report_success(&setup));
			}
			plan
		};
		run_to_block(12);
		let c = challenges()[0].clone();
		let feed = Contracts::<Test>::get(c.checks[0].contract).unwrap().feed;
		assert_noop!(
			Datdot::unpublish_feed(RuntimeOrigin::signed(ALICE), feed),
			Error::<Test>::FeedInUse
		);
		assert_eq!(crate::Feeds::<Test>::get(feed).unwrap().contracts, 2);
		// The attack's junk proof: 16 bytes instead of the chunk.
		let mut junk = proofs(&c);
		for proof in junk.iter_mut().flatten() {
			proof.data = vec![0u8; 16].try_into().unwrap();
		}
		let attester = RuntimeOrigin::signed(account(c.attester));
		assert_noop!(
			Datdot::submit_storage_proof(attester, c.id, contact(&c), junk),
			Error::<Test>::BadFeedSignature
		);
		check_invariants();

		assert_ok!(Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), plan));
		assert_eq!(crate::Feeds::<Test>::get(feed).unwrap().contracts, 0);
		assert_ok!(Datdot::unpublish_feed(RuntimeOrigin::signed(ALICE), feed));
		System::assert_has_event(Event::FeedUnpublished { feed, key: fixture().feed.key }.into());
		assert_eq!(Balances::balance_on_hold(&HoldReason::FeedDeposit.into(), &ALICE), 0);
		check_invariants();
	});
}
