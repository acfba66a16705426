//! Publishing, updating and removing feeds.
//!
//! Publishing is open to any relay (in datdot the sponsor, not the author, usually brings the
//! feed): the feed key's signature is the authority over the tree, and the swarm key must be the
//! feed's discovery key, which the chain derives itself ([`hypercore::discovery_key`]), so being
//! first gives no power over the feed. Its publisher holds the deposit and may remove the feed once
//! no live plan uses it.

use crate::{Config, Error, Event, Feed, FeedByKey, Feeds, HoldReason, Pallet, UserByAccount};
use datdot_primitives::{
	hypercore::{self, SignedTree},
	Hash32, ItemId, PublicKey,
};
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_publish_feed(
		who: T::AccountId,
		key: PublicKey,
		swarm_key: Hash32,
		tree: SignedTree,
	) -> DispatchResult {
		ensure!(swarm_key == hypercore::discovery_key(&key), Error::<T>::WrongSwarmKey);
		let verified = hypercore::verify_signed_tree(&key, &tree).map_err(Error::<T>::from)?;

		if let Some(feed) = FeedByKey::<T>::get(key) {
			let previous_length = Feeds::<T>::try_mutate(feed, |stored| {
				let stored = stored.as_mut().ok_or(Error::<T>::UnknownFeed)?;
				ensure!(verified.length > stored.length, Error::<T>::FeedNotLonger);
				let previous = stored.length;
				stored.length = verified.length;
				stored.byte_length = verified.byte_length;
				stored.tree_hash = verified.tree_hash;
				stored.signature = tree.signature;
				Ok::<_, DispatchError>(previous)
			})?;
			Self::deposit_event(Event::FeedUpdated {
				feed,
				key,
				length: verified.length,
				previous_length,
			});
			return Ok(());
		}

		let publisher = Self::ensure_user(&who)?;
		let feed = Self::next_id()?;
		let deposit = T::FeedDeposit::get();
		Self::hold_deposit(HoldReason::FeedDeposit, &who, deposit)?;
		Feeds::<T>::insert(
			feed,
			Feed {
				key,
				swarm_key,
				publisher,
				length: verified.length,
				byte_length: verified.byte_length,
				tree_hash: verified.tree_hash,
				signature: tree.signature,
				deposit,
				contracts: 0,
			},
		);
		FeedByKey::<T>::insert(key, feed);
		Self::hold_item(publisher);
		Self::deposit_event(Event::FeedPublished { feed, key, length: verified.length, publisher });
		Ok(())
	}

	pub(crate) fn do_unpublish_feed(who: T::AccountId, feed: ItemId) -> DispatchResult {
		let stored = Feeds::<T>::get(feed).ok_or(Error::<T>::UnknownFeed)?;
		ensure!(UserByAccount::<T>::get(&who) == Some(stored.publisher), Error::<T>::NotPublisher);
		ensure!(stored.contracts == 0, Error::<T>::FeedInUse);
		Self::release_deposit(HoldReason::FeedDeposit, &who, stored.deposit)?;
		Feeds::<T>::remove(feed);
		FeedByKey::<T>::remove(stored.key);
		Self::deposit_event(Event::FeedUnpublished { feed, key: stored.key });
		Self::release_item(stored.publisher);
		Ok(())
	}
}
