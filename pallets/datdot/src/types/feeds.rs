//! Published feeds.

use super::BalanceOf;
use codec::{Decode, Encode, MaxEncodedLen};
use datdot_primitives::{Hash32, ItemId, PublicKey, Signature};
use scale_info::TypeInfo;

/// A published Hypercore feed and the latest signed state the chain has verified for it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Feed<Balance> {
	/// The feed key (ed25519 public key of the feed's author).
	pub key: PublicKey,
	/// The feed's swarm (discovery) key, the DHT topic providers join to replicate it: checked
	/// against the one the chain derives from the feed key.
	pub swarm_key: Hash32,
	/// The user who published the feed and holds its deposit.
	pub publisher: ItemId,
	/// Number of blocks covered by the latest verified signature.
	pub length: u64,
	/// Total bytes of those blocks.
	pub byte_length: u64,
	/// Hash of the full roots at `length` (what the signature covers together with `length`).
	pub tree_hash: Hash32,
	/// The feed key's signature over the tree at `length`.
	pub signature: Signature,
	/// Deposit held from the publisher for this record, released when it is removed.
	pub deposit: Balance,
	/// Contracts of live plans over this feed; while there are any, the feed can't be removed.
	pub contracts: u32,
}

/// The feed record of a runtime.
pub type FeedOf<T> = Feed<BalanceOf<T>>;
