//! Challenge cycles: each hosting hoster's storage challenges and each hosted feed's performance
//! challenges come round again and again, and stop when there is nothing left to check.
//!
//! * `StorageCycles[hoster]`: the hoster's next storage challenge on the agenda
//!   (`Next(block)`), or the one running (`Running(id)`). It starts when the hoster first hosts a
//!   contract and ends when it hosts nothing any more.
//! * `PerformanceCycles[feed]`: the same for a feed's performance challenges. It starts when a
//!   hoster first hosts one of the feed's contracts and ends when nobody hosts any of them.
//! * `FeedHosters[(feed, hoster)]`: the number of the feed's contracts the hoster hosts, kept by
//!   [`Pallet::feed_hoster_joined`] and [`Pallet::feed_hoster_left`] wherever a hoster joins or
//!   leaves a contract; the hoster's grade for the feed (`Grades`) goes when it hosts none of the
//!   feed's contracts any more.
//!
//! A running challenge that ends with its cycle is closed: its timeout cancelled, its record
//! removed, its attester released, neither credited nor blamed.

use crate::{
	ChallengeCycle, CheckKeys, Config, FeedHosters, Grades, Pallet, PerformanceChallengeOf,
	PerformanceChallenges, PerformanceCursor, PerformanceCycles, PerformancePayer, ProvenAt,
	StorageChallengeOf, StorageChallenges, StorageCycles, Task,
};
use datdot_primitives::ItemId;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Starts `hoster`'s storage challenge cycle if it has none.
	pub(crate) fn ensure_storage_cycle(hoster: ItemId) -> DispatchResult {
		if StorageCycles::<T>::contains_key(hoster) {
			return Ok(());
		}
		Self::schedule_storage_challenge(hoster, T::StorageChallengeEvery::get())
	}

	/// Puts `hoster`'s next storage challenge on the agenda, `after` blocks from now.
	pub(crate) fn schedule_storage_challenge(
		hoster: ItemId,
		after: BlockNumberFor<T>,
	) -> DispatchResult {
		let next = Self::next_challenge(after, Task::StorageChallenge { hoster })?;
		StorageCycles::<T>::insert(hoster, next);
		Ok(())
	}

	/// Ends the storage challenges of a hoster that hosts nothing any more: the next one is taken
	/// off the agenda, a running one is closed; its last proof is forgotten (its hosting is paid).
	pub(crate) fn end_storage_cycle(hoster: ItemId) {
		ProvenAt::<T>::remove(hoster);
		Self::end_cycle(
			StorageCycles::<T>::take(hoster),
			Task::StorageChallenge { hoster },
			|id| {
				if let Some(challenge) = StorageChallenges::<T>::get(id) {
					Self::close_storage_challenge(id, &challenge, None);
				}
			},
		);
	}

	/// Ends a storage challenge: its timeout cancelled, the record removed, the attester released
	/// with `outcome`.
	pub(crate) fn close_storage_challenge(
		id: ItemId,
		challenge: &StorageChallengeOf<T>,
		outcome: Option<bool>,
	) {
		StorageChallenges::<T>::remove(id);
		CheckKeys::<T>::remove(id);
		let timeout = Task::StorageChallengeTimeout { challenge: id };
		Self::close_challenge(id, challenge.deadline, timeout, challenge.attester, outcome);
	}

	/// A storage proof of `hoster`'s was accepted now: its hosting is proven up to this block
	/// (while it hosts anything).
	pub(crate) fn record_proof(hoster: ItemId) {
		if StorageCycles::<T>::contains_key(hoster) {
			ProvenAt::<T>::insert(hoster, frame_system::Pallet::<T>::block_number());
		}
	}

	/// `contract` ended, or `hosters` left it: the checks of it in their running storage
	/// challenges need no proof any more.
	pub(crate) fn void_checks_of(contract: ItemId, hosters: &[ItemId]) {
		for hoster in hosters {
			let Some(ChallengeCycle::Running(id)) = StorageCycles::<T>::get(hoster) else {
				continue;
			};
			let Some(challenge) = StorageChallenges::<T>::get(id) else { continue };
			CheckKeys::<T>::mutate_extant(id, |keys| {
				for (check, key) in challenge.checks.iter().zip(keys.iter_mut()) {
					if check.contract == contract {
						*key = None;
					}
				}
			});
		}
	}

	/// `hoster` now hosts one more contract of `feed`; the feed's cycle starts if it has none.
	pub(crate) fn feed_hoster_joined(feed: ItemId, hoster: ItemId) -> DispatchResult {
		FeedHosters::<T>::mutate(feed, hoster, |n| *n = n.saturating_add(1));
		if !PerformanceCycles::<T>::contains_key(feed) {
			Self::schedule_performance_challenge(feed, T::PerformanceChallengeEvery::get())?;
		}
		Ok(())
	}

	/// `hoster` hosts one contract of `feed` less; a feed nobody hosts leaves its cycle.
	pub(crate) fn feed_hoster_left(feed: ItemId, hoster: ItemId) {
		let left = FeedHosters::<T>::mutate_exists(feed, hoster, |n| {
			let left = n.unwrap_or(0).saturating_sub(1);
			*n = (left > 0).then_some(left);
			left
		});
		if left == 0 {
			Grades::<T>::remove(feed, hoster);
		}
		if FeedHosters::<T>::iter_key_prefix(feed).next().is_some() {
			return;
		}
		PerformanceCursor::<T>::remove(feed);
		PerformancePayer::<T>::remove(feed);
		let cycle = PerformanceCycles::<T>::take(feed);
		Self::end_cycle(cycle, Task::PerformanceChallenge { feed }, |id| {
			if let Some(challenge) = PerformanceChallenges::<T>::get(id) {
				Self::close_performance_challenge(id, &challenge, None);
			}
		});
	}

	/// Puts `feed`'s next performance challenge on the agenda, `after` blocks from now.
	pub(crate) fn schedule_performance_challenge(
		feed: ItemId,
		after: BlockNumberFor<T>,
	) -> DispatchResult {
		let next = Self::next_challenge(after, Task::PerformanceChallenge { feed })?;
		PerformanceCycles::<T>::insert(feed, next);
		Ok(())
	}

	/// Ends a performance challenge: its timeout cancelled, the record removed, the attester
	/// released with `outcome`.
	pub(crate) fn close_performance_challenge(
		id: ItemId,
		challenge: &PerformanceChallengeOf<T>,
		outcome: Option<bool>,
	) {
		PerformanceChallenges::<T>::remove(id);
		let timeout = Task::PerformanceChallengeTimeout { challenge: id };
		Self::close_challenge(id, challenge.deadline, timeout, challenge.attester, outcome);
	}

	/// The next challenge of a cycle: `issue` on the agenda `after` blocks from now.
	fn next_challenge(
		after: BlockNumberFor<T>,
		issue: Task,
	) -> Result<ChallengeCycle<BlockNumberFor<T>>, DispatchError> {
		let at = frame_system::Pallet::<T>::block_number().saturating_add(after);
		Ok(ChallengeCycle::Next(Self::schedule(at, issue)))
	}

	/// Ends a cycle taken out of storage: its next challenge (`issue`) off the agenda, or the
	/// running one closed by `close`.
	fn end_cycle(
		cycle: Option<ChallengeCycle<BlockNumberFor<T>>>,
		issue: Task,
		close: impl FnOnce(ItemId),
	) {
		match cycle {
			Some(ChallengeCycle::Next(at)) => Self::unschedule(at, &issue),
			Some(ChallengeCycle::Running(id)) => close(id),
			None => {},
		}
	}

	/// A challenge ends: its `timeout`, due at `deadline`, cancelled; its attester released with
	/// `outcome` (an attester's booking: nothing hosted changes).
	fn close_challenge(
		id: ItemId,
		deadline: BlockNumberFor<T>,
		timeout: Task,
		attester: ItemId,
		outcome: Option<bool>,
	) {
		Self::unschedule(deadline, &timeout);
		let _ = Self::release(attester, id, outcome);
	}
}
