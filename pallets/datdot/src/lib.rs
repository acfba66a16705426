//! # datdot pallet
//!
//! The chain side of datdot, a market for hosting Hypercore feeds: publishers publish feeds,
//! sponsors publish plans, providers register as hosters, encoders and attesters, and the chain
//! matches them into contracts and checks the hosting with storage and performance challenges.
//!
//! This file only declares: configuration, storage, events, errors and the calls. Each call checks
//! its origin and hands over to a `do_*` function in the module of its concern:
//! [`users`](crate::users) (implicit user records), [`feeds`](crate::feeds) (publishing feeds).
//!
//! ## Items and ids
//! Every stored item (user, feed, ...) gets its id from one global, append-only counter
//! ([`NextId`]); ids are never reused, so an id names exactly one item forever and a proof of
//! contact signed over an id cannot be replayed for another item.
//!
//! ## Feeds
//! `publish_feed` verifies the feed key's signature over the feed's Hypercore tree (see
//! [`datdot_primitives::hypercore`]). A feed is stored once per key; publishing a longer signed
//! length of a known feed updates it (anyone may relay such an update: the signature is the
//! authority), a shorter or equal one is rejected. The publisher pays a deposit
//! ([`Config::FeedDeposit`]) for the record, held until `unpublish_feed` removes it.
//! After a removal the same key may be published again; it then gets a new id.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod feeds;
pub mod runtime_api;
mod types;
mod users;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use datdot_primitives::{hypercore::SignedTree, Hash32, ItemId, PublicKey};
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency deposits are held in.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Deposit held from a feed's publisher while the feed is stored.
		#[pallet::constant]
		type FeedDeposit: Get<BalanceOf<Self>>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposit for a stored feed.
		FeedDeposit,
	}

	/// The first item id. Id 0 never names an item, so a missing id can't be mistaken for one.
	#[pallet::type_value]
	pub fn FirstId() -> ItemId {
		1
	}

	/// The next item id: the head of the chain's append-only item log.
	#[pallet::storage]
	pub type NextId<T> = StorageValue<_, ItemId, ValueQuery, FirstId>;

	/// Users by id.
	#[pallet::storage]
	pub type Users<T: Config> = StorageMap<_, Twox64Concat, ItemId, User<T::AccountId>>;

	/// The user id of an account.
	#[pallet::storage]
	pub type UserByAccount<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ItemId>;

	/// Feeds by id.
	#[pallet::storage]
	pub type Feeds<T: Config> = StorageMap<_, Twox64Concat, ItemId, Feed<BalanceOf<T>>>;

	/// The id of the feed with a given feed key.
	#[pallet::storage]
	pub type FeedByKey<T> = StorageMap<_, Blake2_128Concat, PublicKey, ItemId>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A user record was created for an account (on its first call).
		UserCreated { user: ItemId, account: T::AccountId },
		/// A new feed was published.
		FeedPublished { feed: ItemId, key: PublicKey, length: u64, publisher: ItemId },
		/// A known feed was updated to a longer signed length.
		FeedUpdated { feed: ItemId, key: PublicKey, length: u64, previous_length: u64 },
		/// A feed was removed and its deposit released.
		FeedUnpublished { feed: ItemId, key: PublicKey },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The global item counter is exhausted.
		IdsExhausted,
		/// The publisher cannot afford the deposit for the record.
		CannotHoldDeposit,
		/// The signed tree is for a fork other than 0 (a truncated feed).
		ForkNotSupported,
		/// The signed tree has no blocks.
		EmptyTree,
		/// The signed length is beyond what the chain handles (2^62 blocks).
		LengthTooLarge,
		/// The number of roots is not the number of full roots of the signed length.
		WrongRootCount,
		/// A root's index is not the full root expected at its position.
		WrongRootIndex,
		/// The byte sizes in the proof overflow.
		SizeOverflow,
		/// The block index is not below the signed length.
		BlockOutOfRange,
		/// A proof node is not the sibling of the node below it.
		WrongSibling,
		/// The block's path does not end at a full root of the signed length.
		PathNotARoot,
		/// The feed key's signature over the tree does not verify.
		BadFeedSignature,
		/// The feed is known with an equal or longer signed length.
		FeedNotLonger,
		/// No feed has this id.
		UnknownFeed,
		/// Only the feed's publisher may do this.
		NotPublisher,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Publish a Hypercore feed, or update a known one to a longer signed length.
		///
		/// - `origin`: any signed account; on first publication it becomes the feed's publisher and
		///   pays [`Config::FeedDeposit`].
		/// - `feed_key`: the feed's ed25519 public key.
		/// - `swarm_key`: the feed's discovery key (its DHT topic).
		/// - `signed_tree`: all full roots of the feed at a length, signed by the feed key.
		///
		/// Emits `FeedPublished` for a new key, `FeedUpdated` for a longer length of a known one.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::publish_feed(signed_tree.roots.len() as u32))]
		pub fn publish_feed(
			origin: OriginFor<T>,
			feed_key: PublicKey,
			swarm_key: Hash32,
			signed_tree: SignedTree,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_publish_feed(who, feed_key, swarm_key, signed_tree)
		}

		/// Remove a feed and release its deposit.
		///
		/// - `origin`: the feed's publisher.
		/// - `feed`: the feed's id.
		///
		/// Emits `FeedUnpublished`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::unpublish_feed())]
		pub fn unpublish_feed(origin: OriginFor<T>, feed: ItemId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unpublish_feed(who, feed)
		}
	}
}
