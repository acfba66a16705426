//! `publish_feed` and `unpublish_feed`.

use super::*;
use crate::{
	mock::*, Error, Event, Feed, FeedByKey, Feeds, HoldReason, Item, NextId, User, UserByAccount,
	Users,
};
use datdot_primitives::{fixtures, hypercore::SignedTree};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::FeedDeposit.into(), &who)
}

fn publish(
	who: AccountId,
	f: &fixtures::FixtureFeed,
	tree: &SignedTree,
) -> frame_support::dispatch::DispatchResult {
	Datdot::publish_feed(RuntimeOrigin::signed(who), f.key, f.discovery_key, tree.clone())
}

#[test]
fn publish_feed_stores_feed_creates_user_and_holds_deposit() {
	new_test_ext().execute_with(|| {
		let f = &fixture().feed;
		let t17 = &f.trees[2];
		assert_ok!(publish(ALICE, &f, t17));

		// Ids come from one counter: the user first, then the feed.
		assert_eq!(UserByAccount::<Test>::get(ALICE), Some(1));
		// A publisher: no keys, no registration, one item held (the feed).
		let alice = User {
			account: ALICE,
			keys: None,
			provider: None,
			stats: Default::default(),
			suspended_until: None,
			holds: 1,
			earned: 0,
		};
		assert_eq!(Users::<Test>::get(1), Some(alice.clone()));
		assert_eq!(FeedByKey::<Test>::get(f.key), Some(2));
		assert_eq!(NextId::<Test>::get(), 3);
		let feed = Feeds::<Test>::get(2).unwrap();
		assert_eq!(
			feed,
			Feed {
				key: f.key,
				swarm_key: f.discovery_key,
				publisher: 1,
				length: 17,
				byte_length: t17.roots.iter().map(|r| r.size).sum(),
				tree_hash: datdot_primitives::hypercore::tree_hash(&t17.roots),
				signature: t17.signature,
				deposit: 100,
				contracts: 0,
			}
		);
		assert_eq!(held(ALICE), 100);
		System::assert_has_event(Event::UserCreated { user: 1, account: ALICE }.into());
		System::assert_last_event(
			Event::FeedPublished { feed: 2, key: f.key, length: 17, publisher: 1 }.into(),
		);

		// The runtime API view of the same items.
		assert_eq!(Datdot::item(1), Some(Item::User(alice)));
		assert_eq!(Datdot::item(2), Some(Item::Feed(feed.clone())));
		assert_eq!(Datdot::item(0), None);
		assert_eq!(Datdot::item(3), None);
		assert_eq!(Datdot::feed_by_key(f.key), Some((2, feed)));
		assert_eq!(Datdot::user_by_account(ALICE), Some(1));
		assert_eq!(Datdot::user_by_account(BOB), None);
	});
}

#[test]
fn second_feed_of_same_user_reuses_user_record() {
	new_test_ext().execute_with(|| {
		let fx = fixture();
		assert_ok!(publish(ALICE, &fx.feed, &fx.feed.trees[0]));
		assert_ok!(publish(ALICE, &fx.other_feed, &fx.other_feed.trees[0]));
		assert_eq!(FeedByKey::<Test>::get(fx.other_feed.key), Some(3));
		assert_eq!(Feeds::<Test>::get(3).unwrap().publisher, 1);
		assert_eq!(NextId::<Test>::get(), 4);
		assert_eq!(held(ALICE), 200);
		System::assert_last_event(
			Event::FeedPublished { feed: 3, key: fx.other_feed.key, length: 17, publisher: 1 }
				.into(),
		);
	});
}

#[test]
fn longer_signed_length_updates_the_feed() {
	new_test_ext().execute_with(|| {
		let f = &fixture().feed;
		assert_ok!(publish(ALICE, &f, &f.trees[1]));
		// Anyone may relay a longer signed tree: the feed key's signature is the authority.
		assert_ok!(publish(BOB, &f, &f.trees[3]));
		let feed = Feeds::<Test>::get(2).unwrap();
		assert_eq!(feed.length, 18);
		assert_eq!(feed.signature, f.trees[3].signature);
		assert_eq!(feed.tree_hash, datdot_primitives::hypercore::tree_hash(&f.trees[3].roots));
		assert_eq!(feed.publisher, 1);
		assert_eq!(held(ALICE), 100);
		assert_eq!(held(BOB), 0);
		// The relayer got no user record and no id was used.
		assert_eq!(UserByAccount::<Test>::get(BOB), None);
		assert_eq!(NextId::<Test>::get(), 3);
		System::assert_last_event(
			Event::FeedUpdated { feed: 2, key: f.key, length: 18, previous_length: 16 }.into(),
		);
	});
}

#[test]
fn equal_or_shorter_signed_length_is_rejected() {
	new_test_ext().execute_with(|| {
		let f = &fixture().feed;
		assert_ok!(publish(ALICE, &f, &f.trees[2]));
		assert_noop!(publish(ALICE, &f, &f.trees[2]), Error::<Test>::FeedNotLonger);
		assert_noop!(publish(BOB, &f, &f.trees[1]), Error::<Test>::FeedNotLonger);
		assert_noop!(publish(ALICE, &f, &f.trees[0]), Error::<Test>::FeedNotLonger);
		assert_eq!(Feeds::<Test>::get(2).unwrap().length, 17);
	});
}

/// Every way a signed tree can be wrong, each with its own error; nothing changes.
#[test]
fn bad_signed_trees_are_rejected_with_their_error() {
	new_test_ext().execute_with(|| {
		let fx = fixture();
		let f = &fx.feed;
		let good = f.trees[2].clone();
		let mut cases: Vec<(&str, [u8; 32], SignedTree, Error<Test>)> = Vec::new();

		let mut t = good.clone();
		t.signature[5] ^= 1;
		cases.push(("flipped signature", f.key, t, Error::BadFeedSignature));
		let mut t = good.clone();
		t.roots[0].hash[0] ^= 1;
		cases.push(("flipped root hash", f.key, t, Error::BadFeedSignature));
		cases.push(("other feed's key", fx.other_feed.key, good.clone(), Error::BadFeedSignature));
		cases.push((
			"wrong length",
			f.key,
			SignedTree { length: 18, ..good.clone() },
			Error::WrongRootIndex,
		));
		cases.push((
			"too few roots",
			f.key,
			SignedTree { length: 16, ..good.clone() },
			Error::WrongRootCount,
		));
		let mut t = good.clone();
		t.roots = vec![good.roots[1], good.roots[0]].try_into().unwrap();
		cases.push(("reordered roots", f.key, t, Error::WrongRootIndex));
		cases.push((
			"fork",
			f.key,
			SignedTree { fork: 1, ..good.clone() },
			Error::ForkNotSupported,
		));
		cases.push((
			"empty",
			f.key,
			SignedTree { length: 0, roots: Default::default(), ..good.clone() },
			Error::EmptyTree,
		));
		cases.push((
			"too long",
			f.key,
			SignedTree { length: u64::MAX, ..good.clone() },
			Error::LengthTooLarge,
		));

		for (name, key, tree, error) in cases {
			let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
			let swarm_key = datdot_primitives::hypercore::discovery_key(&key);
			let result = Datdot::publish_feed(RuntimeOrigin::signed(ALICE), key, swarm_key, tree);
			assert_eq!(result, Err(error.into()), "{name}");
			assert_eq!(before, sp_io::storage::root(sp_runtime::StateVersion::V1), "{name}");
		}
		assert_eq!(NextId::<Test>::get(), 1);
		assert_eq!(held(ALICE), 0);
	});
}

#[test]
fn publisher_without_funds_for_the_deposit_is_rejected() {
	new_test_ext().execute_with(|| {
		let f = &fixture().feed;
		assert_noop!(publish(POOR, &f, &f.trees[2]), Error::<Test>::CannotHoldDeposit);
		assert_eq!(UserByAccount::<Test>::get(POOR), None);
	});
}

#[test]
fn unsigned_origin_is_rejected() {
	new_test_ext().execute_with(|| {
		let f = &fixture().feed;
		assert_noop!(
			Datdot::publish_feed(RuntimeOrigin::none(), f.key, f.discovery_key, f.trees[2].clone()),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Datdot::unpublish_feed(RuntimeOrigin::root(), 2),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn unpublish_feed_releases_deposit_and_frees_the_key() {
	new_test_ext().execute_with(|| {
		let f = &fixture().feed;
		assert_ok!(publish(ALICE, &f, &f.trees[2]));
		let free = Balances::balance(&ALICE);
		assert_ok!(Datdot::unpublish_feed(RuntimeOrigin::signed(ALICE), 2));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), free + 100);
		assert_eq!(Feeds::<Test>::get(2), None);
		assert_eq!(FeedByKey::<Test>::get(f.key), None);
		assert_eq!(Datdot::item(2), None);
		System::assert_has_event(Event::FeedUnpublished { feed: 2, key: f.key }.into());
		// ALICE holds nothing any more: its user record is removed.
		System::assert_last_event(Event::UserRemoved { user: 1, account: ALICE }.into());
		assert_eq!(Users::<Test>::get(1), None);
		// Published again, the key gets a new id (after ALICE's new user id): ids are never reused.
		assert_ok!(publish(ALICE, &f, &f.trees[1]));
		assert_eq!(UserByAccount::<Test>::get(ALICE), Some(3));
		assert_eq!(FeedByKey::<Test>::get(f.key), Some(4));
	});
}

#[test]
fn unpublish_feed_errors() {
	new_test_ext().execute_with(|| {
		let f = &fixture().feed;
		assert_noop!(
			Datdot::unpublish_feed(RuntimeOrigin::signed(ALICE), 2),
			Error::<Test>::UnknownFeed
		);
		assert_ok!(publish(ALICE, &f, &f.trees[2]));
		assert_noop!(
			Datdot::unpublish_feed(RuntimeOrigin::signed(BOB), 2),
			Error::<Test>::NotPublisher
		);
		// A user id is not a feed id.
		assert_noop!(
			Datdot::unpublish_feed(RuntimeOrigin::signed(ALICE), 1),
			Error::<Test>::UnknownFeed
		);
	});
}
