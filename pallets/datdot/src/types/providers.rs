//! Users and providers: registration forms, roles, pauses and work records.

use super::BalanceOf;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use datdot_primitives::{geohash::Geohash, PublicKey};
use frame_support::{traits::ConstU32, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

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
	/// The end of a pause for a failure that outlived the registration it was imposed on: a new
	/// registration before this block starts paused until then.
	pub suspended_until: Option<BlockNumber>,
	/// How many items the user pays a deposit for (feeds, plans, components) or is party to
	/// (open accusations). A user with none, no registration and no suspension is removed.
	pub holds: u32,
	/// What the user has earned as a provider, in total (kept while the record is).
	pub earned: Balance,
}

/// The user record of a runtime.
pub type UserOf<T> = User<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;

/// A provider's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Keys {
	/// ed25519 key that signs proofs of contact.
	pub signing_key: PublicKey,
	/// ed25519 key of the Noise (hyperswarm) identity.
	pub noise_key: PublicKey,
}

/// A role a provider can take in a contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
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

/// How deep the hosters' idle queues index regions: by geohash prefixes of up to this many
/// characters (4: cells of about 39 km by 20 km).
pub const AREA_DEPTH: u32 = 4;

/// A geohash prefix of at most [`AREA_DEPTH`] characters; empty for the whole world.
pub type Area = BoundedVec<u8, ConstU32<AREA_DEPTH>>;

/// The first `depth` characters of `geohash` (at most [`AREA_DEPTH`]) as an area.
pub fn area(geohash: &[u8], depth: usize) -> Area {
	let depth = depth.min(geohash.len()).min(AREA_DEPTH as usize);
	BoundedVec::truncate_from(geohash.get(..depth).unwrap_or_default().to_vec())
}

/// The most idle queues a provider is in at once: one per role, and for hosters one per prefix
/// of its region (the empty one included).
pub const MAX_IDLE_QUEUES: u32 = AREA_DEPTH + 3;

/// An idle queue: the providers that can take a job of `role` now.
///
/// Encoders and attesters have one queue each (`area` empty, `open_ended` set): their jobs last
/// a report timeout and ask for no region. Hosters sit in one queue per prefix of their region,
/// up to [`AREA_DEPTH`] characters, split by whether their availability is open-ended, so that a
/// plan's regions name exactly the queues whose hosters are in them.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct IdleQueue {
	/// The role.
	pub role: Role,
	/// The geohash prefix the queue's providers are in.
	pub area: Area,
	/// Whether the queue's providers have no end of availability.
	pub open_ended: bool,
}

/// Performance a provider offers, or a plan asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct Performance {
	/// Round-trip latency in milliseconds (offered: typical; asked: at most).
	pub latency_ms: u32,
	/// Upload bandwidth in kilobits per second (offered: typical; asked: at least).
	pub bandwidth_kbps: u32,
}

/// What a provider offers when it registers for work (`register_for_work`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
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
	pub region: Geohash,
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
	/// Stake held for the registration: [`crate::Config::RegistrationDeposit`] and
	/// [`crate::Config::StakePerJob`] per job of capacity offered, less what faults slashed.
	pub stake: Balance,
	/// The block of the provider's next availability edge (its window opens, or it becomes too
	/// late for a short job), when its `RefreshIdle` task puts it into or takes it out of the
	/// idle queues.
	pub refresh_at: Option<BlockNumber>,
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
