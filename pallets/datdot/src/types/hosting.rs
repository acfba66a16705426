//! Contracts and the amendments that assign providers to them.

use crate::{ChunkRange, ENCODERS_PER_CONTRACT, HOSTERS_PER_CONTRACT, SET_SIZE};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use datdot_primitives::{ItemId, PublicKey, Signature};
use frame_support::pallet_prelude::{BoundedVec, ConstU32};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// Where a contract is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum ContractStatus {
	/// Waiting for the plan's start, or for providers.
	Waiting,
	/// An amendment is setting up (or replacing) its providers.
	SettingUp,
	/// Hosted.
	Active,
}

/// One set of at most `SetSize` chunks of one feed, the unit providers are matched to.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Contract<BlockNumber> {
	/// The plan it belongs to.
	pub plan: ItemId,
	/// The feed.
	pub feed: ItemId,
	/// Its chunks (at most `SET_SIZE`, so at most as many ranges).
	pub ranges: BoundedVec<ChunkRange, ConstU32<SET_SIZE>>,
	/// Where it is.
	pub status: ContractStatus,
	/// Its latest amendment (the active assignment of providers).
	pub amendment: Option<ItemId>,
	/// Hosters currently hosting it.
	pub hosters: BoundedVec<ItemId, ConstU32<HOSTERS_PER_CONTRACT>>,
	/// The block its hosting setup is on the agenda for, if it is.
	pub scheduled: Option<BlockNumber>,
}

impl<BlockNumber> Contract<BlockNumber> {
	/// How many chunks it keeps hosted.
	pub fn chunks(&self) -> u64 {
		self.ranges.iter().map(|r| r.len()).fold(0, u64::saturating_add)
	}
}

/// The contract record of a runtime.
pub type ContractOf<T> = Contract<BlockNumberFor<T>>;

/// What an amendment does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum AmendmentKind {
	/// The first setup of a contract's hosting.
	HostingSetup,
	/// A setup after a failed one.
	RetryHostingSetup,
	/// A new hoster for a position of an active contract.
	HosterReplacement,
}

/// Where an amendment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum AmendmentStatus {
	/// Waiting for its attester's report.
	InProgress,
	/// Reported done: its hosters host the contract.
	Done,
}

/// One assignment of providers to a contract: the contract's latest amendment is its active one.
/// Encoder `i` encodes for hoster `i`.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Amendment<BlockNumber> {
	/// The contract.
	pub contract: ItemId,
	/// What it does.
	pub kind: AmendmentKind,
	/// Where it is.
	pub status: AmendmentStatus,
	/// The attester who relays the setup and reports.
	pub attester: ItemId,
	/// The encoders, by position (as many as hosters).
	pub encoders: BoundedVec<ItemId, ConstU32<ENCODERS_PER_CONTRACT>>,
	/// The hosters, by position: all of a setup's, the new ones of a replacement.
	pub hosters: BoundedVec<ItemId, ConstU32<HOSTERS_PER_CONTRACT>>,
	/// The report is due by this block.
	pub deadline: BlockNumber,
}

/// The amendment record of a runtime.
pub type AmendmentOf<T> = Amendment<BlockNumberFor<T>>;

impl<BlockNumber> Amendment<BlockNumber> {
	/// Everyone booked on the amendment: the attester, the encoders, the hosters.
	pub fn parties(&self) -> Vec<ItemId> {
		let mut all = alloc::vec![self.attester];
		all.extend(self.encoders.iter().copied());
		all.extend(self.hosters.iter().copied());
		all
	}

	/// Whether `user` is booked on the amendment.
	pub fn is_party(&self, user: ItemId) -> bool {
		self.parties().contains(&user)
	}
}

/// A provider named in a report: by user id or by Noise key (as attesters know their peers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub enum ProviderRef {
	/// A user id.
	Id(ItemId),
	/// A registered Noise key.
	NoiseKey(PublicKey),
}

/// A hoster's proof of contact: its signature over the ASCII decimal id of the amendment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct ContactSignature {
	/// The hoster's user id.
	pub hoster: ItemId,
	/// ed25519 signature by the hoster's signing key.
	pub signature: Signature,
}
