//! Types stored by the pallet and shown to clients.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use datdot_primitives::{Hash32, ItemId, PublicKey, Signature};
use frame_support::{
	pallet_prelude::{BoundedVec, ConstU32, Get},
	traits::fungible::Inspect,
};
use scale_info::TypeInfo;

/// Balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as crate::Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A user: any account that has used the chain, created implicitly by its first call.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct User<AccountId, BlockNumber, Balance> {
	/// The account that acts as this user.
	pub account: AccountId,
	/// The user's keys, fixed by its first registration for work.
	pub keys: Option<Keys>,
	/// Set while the user is registered for work.
	pub provider: Option<Provider<BlockNumber, Balance>>,
	/// The user's record as a provider (kept when it unregisters).
	pub stats: Stats,
}

/// The user record of a runtime.
pub type UserOf<T> = User<
	<T as frame_system::Config>::AccountId,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	BalanceOf<T>,
>;

/// A published Hypercore feed and the latest signed state the chain has verified for it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Feed<Balance> {
	/// The feed key (ed25519 public key of the feed's author).
	pub key: PublicKey,
	/// The feed's swarm (discovery) key, the DHT topic providers join to replicate it. Stored as given:
	/// deriving it needs keyed BLAKE2b, which the runtime has no host function for.
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
}

/// Any item the chain stores, as returned by the `item(id)` runtime API.
#[derive(Encode, Decode, TypeInfo)]
#[scale_info(skip_type_params(T))]
#[derive(
	frame_support::CloneNoBound, frame_support::PartialEqNoBound, frame_support::DebugNoBound,
)]
pub enum Item<T: crate::Config> {
	/// A user.
	User(UserOf<T>),
	/// A feed.
	Feed(Feed<BalanceOf<T>>),
	/// A plan.
	Plan(crate::PlanOf<T>),
	/// A plan component.
	Component(Component<T::MaxRangesPerDataset>),
	/// A contract.
	Contract(Contract<frame_system::pallet_prelude::BlockNumberFor<T>>),
	/// An amendment.
	Amendment(Amendment<frame_system::pallet_prelude::BlockNumberFor<T>>),
	/// A storage challenge (while it runs).
	StorageChallenge(crate::StorageChallengeOf<T>),
	/// A performance challenge (while it runs).
	PerformanceChallenge(crate::PerformanceChallengeOf<T>),
}

/// A provider's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Keys {
	/// ed25519 key that signs proofs of contact.
	pub signing_key: PublicKey,
	/// ed25519 key of the Noise (hyperswarm) identity.
	pub noise_key: PublicKey,
}

/// A role a provider can take in a contract.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Role {
	/// Fetches chunks from the publisher's swarm, encodes and hands them to a hoster.
	Encoder,
	/// Stores encoded chunks and serves them; answers storage challenges.
	Hoster,
	/// The chain's witness: relays hosting setups, collects proofs, measures performance.
	Attester,
}

impl Role {
	/// All roles, in a fixed order.
	pub const ALL: [Role; 3] = [Role::Encoder, Role::Hoster, Role::Attester];
}

/// One value per role.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct PerRole<V> {
	/// The encoder's value.
	pub encoder: V,
	/// The hoster's value.
	pub hoster: V,
	/// The attester's value.
	pub attester: V,
}

impl<V: Copy> PerRole<V> {
	/// The value of `role`.
	pub fn get(&self, role: Role) -> V {
		match role {
			Role::Encoder => self.encoder,
			Role::Hoster => self.hoster,
			Role::Attester => self.attester,
		}
	}

	/// The value of `role`, to change.
	pub fn get_mut(&mut self, role: Role) -> &mut V {
		match role {
			Role::Encoder => &mut self.encoder,
			Role::Hoster => &mut self.hoster,
			Role::Attester => &mut self.attester,
		}
	}
}

/// Performance a provider offers, or a plan asks for.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Performance {
	/// Round-trip latency in milliseconds (offered: typical; asked: at most).
	pub latency_ms: u32,
	/// Upload bandwidth in kilobits per second (offered: typical; asked: at least).
	pub bandwidth_kbps: u32,
}

/// What a provider offers when it registers for work (`register_for_work`).
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct WorkForm<BlockNumber> {
	/// The roles offered: those with a capacity above zero.
	pub capacity: PerRole<u32>,
	/// ed25519 key the provider signs proofs of contact with (unique across users).
	pub signing_key: PublicKey,
	/// ed25519 key of the provider's Noise (hyperswarm) identity (unique across users).
	pub noise_key: PublicKey,
	/// First block of availability.
	pub from: BlockNumber,
	/// Last block of availability; `None` for open-ended.
	pub until: Option<BlockNumber>,
	/// Storage offered, in bytes.
	pub storage: u64,
	/// Where the provider is; empty for unknown.
	pub region: datdot_primitives::geohash::Geohash,
	/// Performance the provider offers.
	pub performance: Performance,
}

/// Why a provider is paused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum PauseReason {
	/// The provider asked for it (`pause`).
	Requested,
	/// The provider failed a job; the chain lifts the pause at `until`.
	Failed,
	/// The provider unregistered and its jobs are being handed over; its registration ends
	/// when the last one is.
	Leaving,
}

/// A provider's pause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Pause<BlockNumber> {
	/// Why.
	pub reason: PauseReason,
	/// Block from which the provider may (or will) work again; `None` until it unpauses.
	pub until: Option<BlockNumber>,
	/// For a requested pause: the block at which a provider still paused is replaced in the
	/// contracts it hosts ([`crate::Config::MaxPauseBlocks`] after it paused).
	pub replace_at: Option<BlockNumber>,
}

/// A registered provider: its form and what it is booked for.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Provider<BlockNumber, Balance> {
	/// The registration.
	pub form: WorkForm<BlockNumber>,
	/// Jobs booked per role.
	pub booked: PerRole<u32>,
	/// Storage booked by hosting jobs, in bytes.
	pub storage_booked: u64,
	/// Set while paused.
	pub paused: Option<Pause<BlockNumber>>,
	/// Deposit held for the registration.
	pub deposit: Balance,
}

impl<BlockNumber, Balance> Provider<BlockNumber, Balance> {
	/// Whether the provider offers `role`.
	pub fn offers(&self, role: Role) -> bool {
		self.form.capacity.get(role) > 0
	}

	/// Free capacity for `role`.
	pub fn free_capacity(&self, role: Role) -> u32 {
		self.form.capacity.get(role).saturating_sub(self.booked.get(role))
	}

	/// Storage not booked yet.
	pub fn free_storage(&self) -> u64 {
		self.form.storage.saturating_sub(self.storage_booked)
	}

	/// Whether the provider unregistered and its jobs are being handed over.
	pub fn is_leaving(&self) -> bool {
		self.paused.as_ref().is_some_and(|p| p.reason == PauseReason::Leaving)
	}

	/// Whether the provider has jobs booked in any role.
	pub fn has_jobs(&self) -> bool {
		Role::ALL.iter().any(|r| self.booked.get(*r) > 0)
	}
}

/// What the chain has recorded of a provider's work.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Stats {
	/// Jobs done.
	pub successes: u32,
	/// Jobs failed.
	pub failures: u32,
	/// Sum of performance grades, in millionths (a grade of 1.0 adds 1_000_000).
	pub grade_sum: u64,
	/// Reputation; never below zero.
	pub reputation: u32,
}

impl Stats {
	/// Records a job done (`true`: a success, reputation up) or failed (reputation down).
	pub fn record(&mut self, success: bool) {
		if success {
			self.successes = self.successes.saturating_add(1);
			self.reputation = self.reputation.saturating_add(1);
		} else {
			self.failures = self.failures.saturating_add(1);
			self.reputation = self.reputation.saturating_sub(1);
		}
	}
}

pub use datdot_primitives::{geohash::Region, sets::ChunkRange};

/// When and how often data should be available (recorded for providers; not scheduled on yet).
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Timetable {
	/// Blocks of availability per period.
	pub duration: u32,
	/// Blocks between periods.
	pub interval: u32,
	/// Number of periods; 0 for as long as the plan lasts.
	pub repeat: u32,
}

/// Chunk ranges of one feed that a plan wants hosted.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxRanges))]
#[codec(mel_bound())]
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
)]
pub struct Dataset<MaxRanges: Get<u32>> {
	/// The feed.
	pub feed: ItemId,
	/// Inclusive chunk ranges, ascending and not overlapping.
	pub ranges: BoundedVec<ChunkRange, MaxRanges>,
}

/// A plan component, stored under its own id so later plans can refer to it.
#[derive(Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxRanges))]
#[codec(mel_bound())]
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
)]
pub enum Component<MaxRanges: Get<u32>> {
	/// Chunk ranges of a feed.
	Dataset(Dataset<MaxRanges>),
	/// Performance asked for.
	Performance(Performance),
	/// Availability times.
	Timetable(Timetable),
	/// Where the data should be hosted.
	Region(Region),
}

/// A component given inline (stored under a new id) or by the id of a stored one.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub enum ComponentRef<C> {
	/// A new component.
	New(C),
	/// A stored component of the same kind.
	Existing(ItemId),
}

/// What a sponsor submits with `publish_plan`.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxRanges, MaxComponents))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
)]
pub struct PlanForm<
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxRanges: Get<u32>,
	MaxComponents: Get<u32>,
> {
	/// Block at which hosting should start (the hosting setup runs then).
	pub from: BlockNumber,
	/// Block at which the plan ends.
	pub until: BlockNumber,
	/// The data: one or more datasets.
	pub datasets: BoundedVec<ComponentRef<Dataset<MaxRanges>>, MaxComponents>,
	/// Performance asked for.
	pub performances: BoundedVec<ComponentRef<Performance>, MaxComponents>,
	/// Availability times.
	pub timetables: BoundedVec<ComponentRef<Timetable>, MaxComponents>,
	/// Regions; providers qualify if their geohash starts with one of them. None: anywhere.
	pub regions: BoundedVec<ComponentRef<Region>, MaxComponents>,
}

/// A published plan.
#[derive(Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxComponents, MaxContracts))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen, Balance: MaxEncodedLen))]
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
)]
pub struct Plan<
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxComponents: Get<u32>,
	MaxContracts: Get<u32>,
> {
	/// The user who published and pays for the plan.
	pub sponsor: ItemId,
	/// Hosting starts here.
	pub from: BlockNumber,
	/// The plan ends here.
	pub until: BlockNumber,
	/// Dataset components.
	pub datasets: BoundedVec<ItemId, MaxComponents>,
	/// Performance components.
	pub performances: BoundedVec<ItemId, MaxComponents>,
	/// Timetable components.
	pub timetables: BoundedVec<ItemId, MaxComponents>,
	/// Region components.
	pub regions: BoundedVec<ItemId, MaxComponents>,
	/// The contracts the datasets were cut into.
	pub contracts: BoundedVec<ItemId, MaxContracts>,
	/// Deposit held from the sponsor.
	pub deposit: Balance,
	/// The block the plan's end is on the agenda for.
	pub ends_at: BlockNumber,
}

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
	/// Its chunks.
	pub ranges: BoundedVec<ChunkRange, ConstU32<{ crate::MAX_SET_SIZE }>>,
	/// Where it is.
	pub status: ContractStatus,
	/// Its latest amendment (the active assignment of providers).
	pub amendment: Option<ItemId>,
	/// Hosters currently hosting it.
	pub hosters: BoundedVec<ItemId, ConstU32<{ crate::HOSTERS_PER_CONTRACT }>>,
	/// The block its hosting setup is on the agenda for, if it is.
	pub scheduled: Option<BlockNumber>,
}

/// Time-driven work on the agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum Task {
	/// Set up (or retry setting up) the hosting of a waiting contract, or find hosters for the
	/// vacant positions of an active one.
	StartHosting {
		/// The contract.
		contract: ItemId,
	},
	/// A plan reached its `until`.
	EndPlan {
		/// The plan.
		plan: ItemId,
	},
	/// An amendment's report is due.
	AmendmentTimeout {
		/// The amendment.
		amendment: ItemId,
	},
	/// A pause for a failure ends.
	PauseEnd {
		/// The paused user.
		user: ItemId,
	},
	/// Hand one job of an unregistering provider over to another provider.
	HandOver {
		/// The leaving user.
		user: ItemId,
	},
	/// Issue a hoster's next storage challenge.
	StorageChallenge {
		/// The hoster.
		hoster: ItemId,
	},
	/// A storage challenge's report is due.
	StorageChallengeTimeout {
		/// The challenge.
		challenge: ItemId,
	},
	/// Issue a feed's next performance challenge.
	PerformanceChallenge {
		/// The feed.
		feed: ItemId,
	},
	/// A performance challenge's report is due.
	PerformanceChallengeTimeout {
		/// The challenge.
		challenge: ItemId,
	},
	/// Take a hoster out of every contract it hosts; the contracts get new hosters.
	ReplaceHoster {
		/// The hoster.
		hoster: ItemId,
	},
	/// A requested pause reaches `MaxPauseBlocks`: a hoster still paused is replaced.
	PauseLimit {
		/// The paused user.
		user: ItemId,
	},
}

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
	pub encoders: BoundedVec<ItemId, ConstU32<{ crate::ENCODERS_PER_CONTRACT }>>,
	/// The hosters, by position: all of a setup's, the new ones of a replacement.
	pub hosters: BoundedVec<ItemId, ConstU32<{ crate::HOSTERS_PER_CONTRACT }>>,
	/// The report is due by this block.
	pub deadline: BlockNumber,
}

/// A provider named in a report: by user id or by Noise key (as attesters know their peers).
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ProviderRef {
	/// A user id.
	Id(ItemId),
	/// A registered Noise key.
	NoiseKey(PublicKey),
}

/// A hoster's proof of contact: its signature over the ASCII decimal id of the amendment.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct ContactSignature {
	/// The hoster's user id.
	pub hoster: ItemId,
	/// ed25519 signature by the hoster's signing key.
	pub signature: Signature,
}

/// Something a provider has to act on, as the `open_tasks` runtime API lists it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub enum OpenTask {
	/// An amendment waiting for its setup (or replacement).
	Amendment {
		/// The amendment.
		amendment: ItemId,
		/// Its contract.
		contract: ItemId,
		/// What it does.
		kind: AmendmentKind,
		/// The provider's role in it.
		role: Role,
	},
	/// A contract the provider hosts.
	Hosting {
		/// The contract.
		contract: ItemId,
	},
	/// A running performance challenge the provider attests.
	PerformanceChallenge {
		/// The challenge.
		challenge: ItemId,
		/// The feed whose hosters are measured.
		feed: ItemId,
	},
	/// A running storage challenge of the provider (as hoster: serve the proofs; as attester:
	/// collect and submit them).
	StorageChallenge {
		/// The challenge.
		challenge: ItemId,
		/// The challenged hoster.
		hoster: ItemId,
		/// Its attester.
		attester: ItemId,
	},
}

/// One chunk a storage challenge asks a hoster to prove.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
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
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
)]
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

/// Where a hoster's storage challenges (or a feed's performance challenges) are: the next one is
/// on the agenda, or one runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum ChallengeCycle<BlockNumber> {
	/// The next challenge is issued at this block.
	Next(BlockNumber),
	/// This challenge runs.
	Running(ItemId),
}

/// A Hypercore block proof of one checked chunk, as `core.core.tree.proof({ block: { index,
/// nodes: 0 }, upgrade: { start: 0, length } })` gives it with the block's bytes.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxChunkSize, MaxProofNodes))]
#[codec(mel_bound())]
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
)]
pub struct ChunkProof<MaxChunkSize: Get<u32>, MaxProofNodes: Get<u32>> {
	/// The chunk index (must be the challenged one).
	pub index: u64,
	/// The chunk's bytes.
	pub data: BoundedVec<u8, MaxChunkSize>,
	/// Siblings from the chunk's leaf up to its full root, bottom up.
	pub nodes: BoundedVec<datdot_primitives::hypercore::Node, MaxProofNodes>,
	/// The feed's other full roots at a length covering the chunk, signed by the feed key.
	pub tree: datdot_primitives::hypercore::SignedTree,
}

/// A running performance challenge: `attester` measures how `hosters` serve `feed`.
#[derive(Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxHosters))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
)]
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
}

/// What an attester found out about one hoster of a performance challenge.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
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
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct PerformanceReport {
	/// The hoster.
	pub hoster: ItemId,
	/// What was measured.
	pub result: PerformanceResult,
}

/// A hoster's grade in a performance challenge, in millionths (1.0 = 1,000,000).
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct HosterGrade {
	/// The hoster.
	pub hoster: ItemId,
	/// Its grade.
	pub grade: u32,
}

/// Why a storage challenge failed.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum StorageFailure {
	/// The attester could not reach the hoster.
	Unreachable,
	/// The hoster was reached but gave no valid proof for a check.
	MissingProof,
}
