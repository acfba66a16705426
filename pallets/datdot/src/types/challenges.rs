//! Storage and performance challenges.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use datdot_primitives::{hypercore, ItemId, Signature};
use frame_support::pallet_prelude::{BoundedVec, Get};
use frame_support::{CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// One chunk a storage challenge asks a hoster to prove.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct StorageCheck {
	/// A contract the hoster hosts.
	pub contract: ItemId,
	/// A chunk index of the contract, chosen at random.
	pub index: u64,
}

/// A running storage challenge: `attester` fetches a proof of each checked chunk from `hoster`.
#[derive(Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxChecks))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
#[derive(CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
pub struct StorageChallenge<
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxChecks: Get<u32>,
> {
	/// The challenged hoster.
	pub hoster: ItemId,
	/// The attester who reports.
	pub attester: ItemId,
	/// The chunks to prove, at most one per contract.
	pub checks: BoundedVec<StorageCheck, MaxChecks>,
	/// The report is due by this block.
	pub deadline: BlockNumber,
}

/// A storage challenge of a runtime.
pub type StorageChallengeOf<T> =
	StorageChallenge<BlockNumberFor<T>, <T as crate::Config>::MaxChecksPerChallenge>;

/// Where a hoster's storage challenges (or a feed's performance challenges) are: the next one is
/// on the agenda, or one runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum ChallengeCycle<BlockNumber> {
	/// The next challenge is issued at this block.
	Next(BlockNumber),
	/// This challenge runs.
	Running(ItemId),
}

/// One checked chunk's proof in a report: its bytes and the path from its leaf to a full root of
/// one of the report's signed trees (its index is the challenged one, its nodes' indices follow from
/// it: neither is carried).
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxChunkSize, MaxProofNodes))]
#[codec(mel_bound())]
#[derive(CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
pub struct ChunkProof<MaxChunkSize: Get<u32>, MaxProofNodes: Get<u32>> {
	/// The position, in the report's `trees`, of the signed tree the path leads to.
	#[codec(compact)]
	pub tree: u32,
	/// The chunk's bytes.
	pub data: BoundedVec<u8, MaxChunkSize>,
	/// Siblings from the chunk's leaf up to its full root, bottom up.
	pub path: BoundedVec<hypercore::PathNode, MaxProofNodes>,
}

/// The proofs of a storage report (or an accusation's answer): each feed's signed tree once, with
/// all its full roots, then one chunk proof per check, in the order of the checks. A tree's
/// signature is verified once however many chunks it proves.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxChecks, MaxChunkSize, MaxProofNodes))]
#[codec(mel_bound())]
#[derive(CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
pub struct ChunkProofs<MaxChecks: Get<u32>, MaxChunkSize: Get<u32>, MaxProofNodes: Get<u32>> {
	/// Signed trees of the checked feeds (`tree.proof({ upgrade: { start: 0, length } })`), each
	/// used by at least one chunk.
	pub trees: BoundedVec<hypercore::SignedTree, MaxChecks>,
	/// One proof per check, in order.
	pub chunks: BoundedVec<ChunkProof<MaxChunkSize, MaxProofNodes>, MaxChecks>,
}

impl<MaxChecks: Get<u32>, MaxChunkSize: Get<u32>, MaxProofNodes: Get<u32>>
	ChunkProofs<MaxChecks, MaxChunkSize, MaxProofNodes>
{
	/// What the weight of verifying these proofs depends on: the number of chunks, of trees (one
	/// signature each), and the bytes and path nodes of all chunks together (each byte and node
	/// is hashed once, whichever chunk carries it).
	pub fn components(&self) -> (u32, u32, u32, u32) {
		let total = |f: fn(&ChunkProof<MaxChunkSize, MaxProofNodes>) -> usize| {
			self.chunks.iter().map(f).fold(0u32, |sum, n| sum.saturating_add(n as u32))
		};
		(
			self.chunks.len() as u32,
			self.trees.len() as u32,
			total(|c| c.data.len()),
			total(|c| c.path.len()),
		)
	}
}

/// A chunk proof of a runtime.
pub type ChunkProofOf<T> =
	ChunkProof<<T as crate::Config>::MaxChunkSize, <T as crate::Config>::MaxProofNodes>;

/// A report's proofs of a runtime.
pub type ChunkProofsOf<T> = ChunkProofs<
	<T as crate::Config>::MaxChecksPerChallenge,
	<T as crate::Config>::MaxChunkSize,
	<T as crate::Config>::MaxProofNodes,
>;

/// Why a storage challenge failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub enum StorageFailure {
	/// The attester could not reach the hoster.
	Unreachable,
	/// The hoster was reached but gave no valid proof for a check.
	MissingProof,
}

/// What an attester accuses a hoster of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub enum Charge {
	/// Failing a storage challenge, for this reason.
	Storage(StorageFailure),
	/// Being unreachable for a performance challenge.
	Unreachable,
}

/// An attester's accusation of a hoster, which the hoster may answer by proving `checks` before
/// `deadline` (see [`crate::disputes`]).
#[derive(Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxChecks))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
#[derive(CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
pub struct Accusation<BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug, MaxChecks: Get<u32>> {
	/// The challenge the accusation came from.
	pub challenge: ItemId,
	/// The accused hoster.
	pub hoster: ItemId,
	/// The accusing attester.
	pub attester: ItemId,
	/// What the hoster is accused of.
	pub charge: Charge,
	/// The chunks the hoster must prove to answer.
	pub checks: BoundedVec<StorageCheck, MaxChecks>,
	/// The answer must be included before this block.
	pub deadline: BlockNumber,
}

/// An accusation of a runtime.
pub type AccusationOf<T> =
	Accusation<BlockNumberFor<T>, <T as crate::Config>::MaxChecksPerChallenge>;

/// A running performance challenge: `attester` measures how `hosters` serve `feed`.
#[derive(Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxHosters))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
#[derive(CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
pub struct PerformanceChallenge<
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxHosters: Get<u32>,
> {
	/// The feed.
	pub feed: ItemId,
	/// The attester who measures and reports.
	pub attester: ItemId,
	/// The hosters measured.
	pub hosters: BoundedVec<ItemId, MaxHosters>,
	/// The report is due by this block.
	pub deadline: BlockNumber,
	/// The plan that pays the report (the feed's plans take turns).
	pub payer: Option<ItemId>,
}

/// A performance challenge of a runtime.
pub type PerformanceChallengeOf<T> = PerformanceChallenge<
	BlockNumberFor<T>,
	<T as crate::Config>::MaxHostersPerPerformanceChallenge,
>;

/// What an attester found out about one hoster of a performance challenge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub enum PerformanceResult {
	/// The hoster answered.
	Reached {
		/// Measured latency, in milliseconds.
		latency_ms: u32,
		/// Measured bandwidth, in kbit/s.
		bandwidth_kbps: u32,
		/// The hoster's ed25519 signature (by its signing key) over the ASCII decimal challenge id.
		proof_of_contact: Signature,
	},
	/// The hoster could not be reached.
	Unreachable,
}

/// An attester's report on one hoster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct PerformanceReport {
	/// The hoster.
	pub hoster: ItemId,
	/// What was measured.
	pub result: PerformanceResult,
}

/// A hoster's grade in a performance challenge, in millionths (1.0 = 1,000,000).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct HosterGrade {
	/// The hoster.
	pub hoster: ItemId,
	/// Its grade.
	pub grade: u32,
}
