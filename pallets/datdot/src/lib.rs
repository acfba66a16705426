//! # datdot pallet
//!
//! The chain side of datdot, a market for hosting Hypercore feeds: publishers publish feeds,
//! sponsors publish plans, providers register as hosters, encoders and attesters, and the chain
//! matches them into contracts and checks the hosting with storage and performance challenges.
//!
//! This file only declares: configuration, storage, events, errors and the calls. Each call checks
//! its origin and hands over to a `do_*` function in the module of its concern. Each module's docs
//! state the decisions taken where the protocol is silent.
//!
//! ## Modules, top to bottom
//! A module calls only modules below it (or its own functions); lower layers return facts instead
//! of calling back up.
//! * [`tasks`](crate::tasks): `on_initialize`, running due agenda tasks and retries of waiting
//!   contracts within the block's budget.
//! * [`feeds`](crate::feeds), [`plans`](crate::plans), [`work`](crate::work): the calls of
//!   publishers, sponsors and providers (registration, unregistering and its hand-over).
//! * [`challenges`](crate::challenges), [`performance`](crate::performance): storage and
//!   performance challenges: issued, reported, timed out, issued anew.
//! * [`disputes`](crate::disputes): an attester's accusation of a hoster, the hoster's answer,
//!   the accusation upheld.
//! * [`replacement`](crate::replacement): everything that happens when a hoster leaves a
//!   contract, whatever the cause (failure, unreachable, pause limit, unregistering).
//! * [`amendments`](crate::amendments): hosting setups and hoster replacements: started, reported,
//!   done, failed, timed out.
//! * [`hosting`](crate::hosting): who hosts what: a hoster joins or leaves a contract, a
//!   contract's providers are released when it ends.
//! * [`cycles`](crate::cycles): each hoster's storage challenge cycle and each hosted feed's
//!   performance challenge cycle (and the index of a feed's hosters).
//! * [`pauses`](crate::pauses): requested pauses and pauses after a failure.
//! * [`bookings`](crate::bookings): a provider's jobs (book, release, record an outcome) and what
//!   kind of job an id names.
//! * [`selection`](crate::selection) (random provider choice), [`contact`](crate::contact)
//!   (proofs of contact), [`providers`](crate::providers) (idle queues).
//! * [`escrow`](crate::escrow): plans' budgets and prices: held, paid out for proven work,
//!   checked every challenge period, refunded.
//! * [`agenda`](crate::agenda) (tasks by lane and block, contracts waiting for providers),
//!   [`users`](crate::users) (ids, user records, deposits), [`errors`](crate::errors) (errors of
//!   the primitives as the pallet's).
//!
//! Beside them: [`types`](crate::types) (stored and API types by concern),
//! [`invariants`](crate::invariants) (`do_try_state`, the `integrity_test` checks),
//! [`migrations`] (storage migrations between storage versions),
//! [`runtime_api`] (the `DatdotApi` runtime API), [`PrioritizeReports`] (the transaction
//! extension that puts due reports first in the pool), [`population`] (a genesis population of
//! feeds, providers and hosted contracts, for development and test chains), and for tests and
//! benchmarks only `testing`
//! (builders, proofs of contact, event scanners, benchmark fixtures).
//!
//! ## Items and ids
//! Every stored item (user, feed, ...) gets its id from one global, append-only counter
//! ([`NextId`]); ids are never reused, so an id names exactly one item forever and a proof of
//! contact signed over an id cannot be replayed for another item.
//!
//! ## Economics
//! What PROTOCOL.md's economics (§9) asks for, as built, is in [`escrow`](crate::escrow): plans'
//! budgets held in escrow and topped up by anyone, providers paid from them for proven work only
//! at prices governance sets (fixed per plan), budget checks with a grace period, refunds however
//! a plan ends, providers' stakes growing with their capacity and slashed for faults the chain
//! establishes. Accepted reports are fee-free.
//!
//! ## Feeds
//! `publish_feed` verifies the feed key's signature over the feed's Hypercore tree (see
//! [`datdot_primitives::hypercore`]). A feed is stored once per key; publishing a longer signed
//! length of a known feed updates it (anyone may relay such an update: the signature is the
//! authority), a shorter or equal one is rejected. The publisher pays a deposit
//! ([`Config::FeedDeposit`]) for the record, held until `unpublish_feed` removes it; a feed that
//! contracts of live plans use can't be removed (their storage challenges verify against its key).
//! After a removal the same key may be published again; it then gets a new id.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod agenda;
mod amendments;
mod bookings;
mod challenges;
mod contact;
mod cycles;
mod disputes;
mod errors;
mod escrow;
mod feeds;
mod hosting;
mod invariants;
pub mod migrations;
mod pauses;
mod performance;
mod plans;
pub mod population;
mod priority;
mod providers;
mod replacement;
pub mod runtime_api;
mod selection;
mod tasks;
mod types;
mod users;
pub mod weights;
mod work;

pub use priority::{PrioritizeReports, REPORT_PRIORITY};
pub use types::*;
pub use weights::WeightInfo;

/// Chunks per contract: a plan's ranges are cut into sets of this many chunks.
pub const SET_SIZE: u32 = 10;
/// Hosters per contract.
pub const HOSTERS_PER_CONTRACT: u32 = 3;
/// Encoders per contract (encoder `i` encodes for hoster `i`).
pub const ENCODERS_PER_CONTRACT: u32 = 3;
/// The most providers an amendment books: one attester, an encoder and a hoster per position.
pub const MAX_AMENDMENT_PARTIES: u32 = 1 + ENCODERS_PER_CONTRACT + HOSTERS_PER_CONTRACT;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(any(test, feature = "runtime-benchmarks"))]
pub mod testing;
#[cfg(test)]
mod tests;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use datdot_primitives::{hypercore::SignedTree, Hash32, ItemId, PublicKey, Signature};
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Mutate, MutateHold},
			EnsureOrigin, Randomness,
		},
	};
	use frame_system::pallet_prelude::*;

	/// The layout of the pallet's storage this code reads. A runtime upgrade that changes the
	/// layout raises it and brings the migration from the version before (in the runtime's
	/// migrations list, see [`migrations`](crate::migrations)); `try_state` checks the stored
	/// version is this one.
	#[cfg(not(feature = "storage-v2"))]
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);
	/// The layout of the pallet's storage this code reads: version 2, staged for the next
	/// runtime (the `storage-v2` feature), keeps the agenda's lane heads in one value
	/// ([`AgendaHeads`]); [`migrations::v2`](crate::migrations::v2) moves them there.
	#[cfg(feature = "storage-v2")]
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
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

		/// The stake every registration holds, whatever capacity it offers (it pays for the
		/// registration's storage too).
		#[pallet::constant]
		type RegistrationDeposit: Get<BalanceOf<Self>>;

		/// Stake held per job of capacity a provider offers (over all roles), on top of
		/// `RegistrationDeposit`.
		#[pallet::constant]
		type StakePerJob: Get<BalanceOf<Self>>;

		/// The part of a provider's full stake a fault the chain establishes slashes (to the
		/// affected plans' budgets).
		#[pallet::constant]
		type SlashFraction: Get<sp_runtime::Perbill>;

		/// The most jobs a provider may offer to take at once in one role.
		#[pallet::constant]
		type MaxCapacityPerRole: Get<u32>;

		/// Deposit held from a plan's sponsor, plus `ContractDeposit` per contract.
		#[pallet::constant]
		type PlanDeposit: Get<BalanceOf<Self>>;

		/// Deposit per contract of a plan.
		#[pallet::constant]
		type ContractDeposit: Get<BalanceOf<Self>>;

		/// Deposit held from a plan's sponsor for each component the plan stores, until the last
		/// plan that uses it ends.
		#[pallet::constant]
		type ComponentDeposit: Get<BalanceOf<Self>>;

		/// The most ranges in one dataset.
		#[pallet::constant]
		type MaxRangesPerDataset: Get<u32>;

		/// The most components of one kind in a plan.
		#[pallet::constant]
		type MaxComponentsPerPlan: Get<u32>;

		/// The most contracts one plan is cut into.
		#[pallet::constant]
		type MaxContractsPerPlan: Get<u32>;

		/// Storage an encoder or hoster books per contract, in bytes (`SET_SIZE` chunks).
		#[pallet::constant]
		type StoragePerContract: Get<u64>;

		/// Blocks after a plan's start within which every one of its contracts must be hosted, or
		/// the plan expires (`PlanExpired`, its deposit returned).
		#[pallet::constant]
		type PlanSetupWindow: Get<BlockNumberFor<Self>>;

		/// Blocks an attester has to report on an amendment.
		#[pallet::constant]
		type ReportTimeout: Get<BlockNumberFor<Self>>;

		/// Blocks a provider that failed a job is paused for.
		#[pallet::constant]
		type FailPauseBlocks: Get<BlockNumberFor<Self>>;

		/// Blocks an accused hoster has to answer an accusation (see [`disputes`](crate::disputes)).
		#[pallet::constant]
		type DisputeWindow: Get<BlockNumberFor<Self>>;

		/// The most tasks an agenda block's list holds; further tasks of the block go to its
		/// overflow (`AgendaOverflow`).
		#[pallet::constant]
		type MaxTasksPerBlock: Get<u32>;

		/// The most contracts waiting for providers.
		#[pallet::constant]
		type MaxWaitingContracts: Get<u32>;

		/// The most waiting contracts retried in one block.
		#[pallet::constant]
		type MaxRetriesPerBlock: Get<u32>;

		/// The most idle-queue positions drawn per role in one selection (over all the queues the
		/// job draws from).
		#[pallet::constant]
		type MaxSelectionDraws: Get<u32>;

		/// Weight `on_initialize` may spend on agenda tasks and retries per block.
		#[pallet::constant]
		type MaxAgendaWeight: Get<Weight>;

		/// Blocks between a hoster's storage challenges.
		#[pallet::constant]
		type StorageChallengeEvery: Get<BlockNumberFor<Self>>;

		/// The most contracts (one random chunk each) a storage challenge checks.
		#[pallet::constant]
		type MaxChecksPerChallenge: Get<u32>;

		/// The largest chunk a storage proof may carry, in bytes.
		#[pallet::constant]
		type MaxChunkSize: Get<u32>;

		/// The most sibling nodes a chunk's proof may carry.
		#[pallet::constant]
		type MaxProofNodes: Get<u32>;

		/// Blocks between a feed's performance challenges.
		#[pallet::constant]
		type PerformanceChallengeEvery: Get<BlockNumberFor<Self>>;

		/// The most hosters one performance challenge measures.
		#[pallet::constant]
		type MaxHostersPerPerformanceChallenge: Get<u32>;

		/// Blocks a hoster may stay paused (by `pause`) before its contracts get new hosters.
		#[pallet::constant]
		type MaxPauseBlocks: Get<BlockNumberFor<Self>>;

		/// The origin that sets the market's prices (governance).
		type PriceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The prices in force until the `PriceOrigin` sets others.
		#[pallet::constant]
		type DefaultPrices: Get<PricesOf<Self>>;

		/// Where selections get their randomness, with the block since which it is known: a
		/// selection due at block `d` draws only once the randomness is known since `d` or later
		/// (see [`selection`](crate::selection)). A source that changes rarely (an epoch's) delays
		/// selections until it does; one known long before it is returned makes selections
		/// predictable.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposit for a stored feed.
		FeedDeposit,
		/// A provider's stake (see [`escrow`](crate::escrow)).
		Stake,
		/// Deposit for a plan and its contracts.
		PlanDeposit,
		/// Deposit for a stored plan component.
		ComponentDeposit,
		/// A plan's budget, held from its sponsor until it is paid out or refunded.
		Escrow,
	}

	/// The prices until the `PriceOrigin` sets others.
	#[pallet::type_value]
	pub fn InitialPrices<T: Config>() -> PricesOf<T> {
		T::DefaultPrices::get()
	}

	/// The prices new plans are published at.
	#[pallet::storage]
	pub type PriceList<T: Config> = StorageValue<_, PricesOf<T>, ValueQuery, InitialPrices<T>>;

	/// Each plan's escrow: its budget and what its hosting has run up (see
	/// [`escrow`](crate::escrow)).
	#[pallet::storage]
	pub type Escrows<T: Config> = StorageMap<_, Twox64Concat, ItemId, EscrowOf<T>>;

	/// The block up to which each hosting hoster has been paid for a contract: `(contract,
	/// hoster)`; its start of hosting until its first proof.
	#[pallet::storage]
	pub type PaidUntil<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ItemId, Twox64Concat, ItemId, BlockNumberFor<T>>;

	/// The block of each hosting hoster's last accepted storage proof (a confirmed challenge, or
	/// its answer to an accusation): its hosting of every contract it hosts is paid up to it.
	/// Removed when it hosts nothing any more.
	#[pallet::storage]
	pub type ProvenAt<T: Config> = StorageMap<_, Twox64Concat, ItemId, BlockNumberFor<T>>;

	/// Each hoster's latest performance grade for a feed it hosts: `(feed, hoster)`, in
	/// millionths; it scales the hoster's bonus for the feed's contracts.
	#[pallet::storage]
	pub type Grades<T> = StorageDoubleMap<_, Twox64Concat, ItemId, Twox64Concat, ItemId, u32>;

	/// The plans with contracts of each feed: `(feed, plan) -> number of contracts`; they take
	/// turns paying the feed's performance reports.
	#[pallet::storage]
	pub type FeedPlans<T> =
		StorageDoubleMap<_, Twox64Concat, ItemId, Twox64Concat, ItemId, u32, ValueQuery>;

	/// The plan that paid a feed's latest performance report; the next one is paid by the plan
	/// after it.
	#[pallet::storage]
	pub type PerformancePayer<T> = StorageMap<_, Twox64Concat, ItemId, ItemId>;

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
	pub type Users<T: Config> = StorageMap<_, Twox64Concat, ItemId, UserOf<T>>;

	/// The user id of an account.
	#[pallet::storage]
	pub type UserByAccount<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ItemId>;

	/// Feeds by id.
	#[pallet::storage]
	pub type Feeds<T: Config> = StorageMap<_, Twox64Concat, ItemId, Feed<BalanceOf<T>>>;

	/// The id of the feed with a given feed key.
	#[pallet::storage]
	pub type FeedByKey<T> = StorageMap<_, Blake2_128Concat, PublicKey, ItemId>;

	/// The user whose signing key this is (set on first registration, never changed).
	#[pallet::storage]
	pub type UserBySigningKey<T> = StorageMap<_, Blake2_128Concat, PublicKey, ItemId>;

	/// The user whose Noise key this is (set on first registration, never changed).
	#[pallet::storage]
	pub type UserByNoiseKey<T> = StorageMap<_, Blake2_128Concat, PublicKey, ItemId>;

	/// Number of providers in an idle queue (no entry for an empty queue).
	#[pallet::storage]
	pub type IdleCount<T> = StorageMap<_, Blake2_128Concat, IdleQueue, u32, ValueQuery>;

	/// The providers of an idle queue by position `0..IdleCount`, so a random one can be drawn.
	#[pallet::storage]
	pub type IdleAt<T> =
		StorageDoubleMap<_, Blake2_128Concat, IdleQueue, Twox64Concat, u32, ItemId>;

	/// The position of a provider in an idle queue's `IdleAt`, for O(1) removal.
	#[pallet::storage]
	pub type IdlePosition<T> =
		StorageDoubleMap<_, Blake2_128Concat, IdleQueue, Twox64Concat, ItemId, u32>;

	/// The idle queues a provider is in.
	#[pallet::storage]
	pub type IdleIn<T> = StorageMap<
		_,
		Twox64Concat,
		ItemId,
		BoundedVec<IdleQueue, ConstU32<{ crate::types::MAX_IDLE_QUEUES }>>,
		ValueQuery,
	>;

	/// Plan components (datasets, performances, timetables, regions) by id.
	#[pallet::storage]
	pub type Components<T: Config> =
		StorageMap<_, Twox64Concat, ItemId, Component<T::MaxRangesPerDataset>>;

	/// Who paid for each stored component and how many live plans use it; a component goes with
	/// the last plan that uses it.
	#[pallet::storage]
	pub type ComponentUses<T: Config> =
		StorageMap<_, Twox64Concat, ItemId, ComponentUse<BalanceOf<T>>>;

	/// Plans by id.
	#[pallet::storage]
	pub type Plans<T: Config> = StorageMap<_, Twox64Concat, ItemId, PlanOf<T>>;

	/// Contracts by id.
	#[pallet::storage]
	pub type Contracts<T: Config> =
		StorageMap<_, Twox64Concat, ItemId, Contract<BlockNumberFor<T>>>;

	/// Amendments by id; a contract keeps only its latest.
	#[pallet::storage]
	pub type Amendments<T: Config> =
		StorageMap<_, Twox64Concat, ItemId, Amendment<BlockNumberFor<T>>>;

	/// A provider's jobs: `(user, job) -> role`, job being an amendment (setting up) or a contract
	/// (hosting).
	#[pallet::storage]
	pub type Bookings<T> = StorageDoubleMap<_, Twox64Concat, ItemId, Twox64Concat, ItemId, Role>;

	/// Tasks due per lane and block.
	#[pallet::storage]
	pub type Agenda<T: Config> = StorageMap<
		_,
		Twox64Concat,
		(crate::types::Lane, BlockNumberFor<T>),
		BoundedVec<crate::types::Task, T::MaxTasksPerBlock>,
		ValueQuery,
	>;

	/// Tasks due in a lane at a block beyond the `MaxTasksPerBlock` its list holds (run after the
	/// list).
	#[pallet::storage]
	pub type AgendaOverflow<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		(crate::types::Lane, BlockNumberFor<T>),
		Twox64Concat,
		crate::types::Task,
		(),
		OptionQuery,
	>;

	/// Per lane, the oldest agenda block that may still hold tasks (storage version 1).
	#[cfg(not(feature = "storage-v2"))]
	#[pallet::storage]
	pub type AgendaHead<T: Config> =
		StorageMap<_, Twox64Concat, crate::types::Lane, BlockNumberFor<T>, ValueQuery>;

	/// Both lanes' oldest agenda blocks that may still hold tasks, read and written once per
	/// block (storage version 2).
	#[cfg(feature = "storage-v2")]
	#[pallet::storage]
	pub type AgendaHeads<T: Config> =
		StorageValue<_, crate::types::LaneHeads<BlockNumberFor<T>>, ValueQuery>;

	/// Contracts waiting for providers, oldest first.
	#[pallet::storage]
	pub type WaitingContracts<T: Config> =
		StorageValue<_, BoundedVec<ItemId, T::MaxWaitingContracts>, ValueQuery>;

	/// The back-off of a waiting contract whose retries failed: how many in a row, and the block
	/// before which it is not retried again (see [`agenda`](crate::agenda)).
	#[pallet::storage]
	pub type RetryBackoff<T: Config> =
		StorageMap<_, Twox64Concat, ItemId, (u32, BlockNumberFor<T>)>;

	/// How many waiting contracts are still to be retried in the current pass.
	#[pallet::storage]
	pub type RetryPass<T> = StorageValue<_, u32, ValueQuery>;

	/// Running storage challenges; a finished one is removed (its outcome is in events and stats).
	#[pallet::storage]
	pub type StorageChallenges<T: Config> =
		StorageMap<_, Twox64Concat, ItemId, StorageChallengeOf<T>>;

	/// The feed key each check of a running storage challenge is verified against, in the
	/// checks' order, recorded when it is issued; `None` once the check's contract ended (it
	/// needs no proof). A report reads no contract or feed to verify its checks. Removed with the
	/// challenge.
	#[pallet::storage]
	pub type CheckKeys<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ItemId,
		BoundedVec<Option<PublicKey>, T::MaxChecksPerChallenge>,
	>;

	/// Accusations not answered or upheld yet, by id.
	#[pallet::storage]
	pub type Accusations<T: Config> = StorageMap<_, Twox64Concat, ItemId, AccusationOf<T>>;

	/// The open accusations of each hoster: `(hoster, accusation)`.
	#[pallet::storage]
	pub type AccusationsOf<T> = StorageDoubleMap<_, Twox64Concat, ItemId, Twox64Concat, ItemId, ()>;

	/// Each hosting hoster's storage challenge cycle: the next one scheduled, or one running.
	#[pallet::storage]
	pub type StorageCycles<T: Config> =
		StorageMap<_, Twox64Concat, ItemId, ChallengeCycle<BlockNumberFor<T>>>;

	/// Running performance challenges; a finished one is removed.
	#[pallet::storage]
	pub type PerformanceChallenges<T: Config> =
		StorageMap<_, Twox64Concat, ItemId, PerformanceChallengeOf<T>>;

	/// Each hosted feed's performance challenge cycle.
	#[pallet::storage]
	pub type PerformanceCycles<T: Config> =
		StorageMap<_, Twox64Concat, ItemId, ChallengeCycle<BlockNumberFor<T>>>;

	/// The last hoster a feed's latest performance challenge measured (the next one goes on
	/// after it).
	#[pallet::storage]
	pub type PerformanceCursor<T> = StorageMap<_, Twox64Concat, ItemId, ItemId>;

	/// The hosters of each feed: `(feed, hoster) -> number of the feed's contracts it hosts`.
	#[pallet::storage]
	pub type FeedHosters<T> =
		StorageDoubleMap<_, Twox64Concat, ItemId, Twox64Concat, ItemId, u32, ValueQuery>;

	/// The contracts each hoster hosts, in the order it joined them (at most its hoster
	/// capacity, paid by its registration's stake): a storage challenge picks its checks from
	/// them without reading the hoster's other bookings.
	#[pallet::storage]
	pub type HostedContracts<T: Config> =
		StorageMap<_, Twox64Concat, ItemId, BoundedVec<ItemId, T::MaxCapacityPerRole>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A user record was created for an account (on its first call).
		UserCreated { user: ItemId, account: T::AccountId },
		/// A user that held nothing any more was removed; a later call of `account` creates a
		/// new user.
		UserRemoved { user: ItemId, account: T::AccountId },
		/// A new feed was published.
		FeedPublished { feed: ItemId, key: PublicKey, length: u64, publisher: ItemId },
		/// A known feed was updated to a longer signed length.
		FeedUpdated { feed: ItemId, key: PublicKey, length: u64, previous_length: u64 },
		/// A feed was removed and its deposit released.
		FeedUnpublished { feed: ItemId, key: PublicKey },
		/// A provider registered for work or updated its registration.
		RegisteredForWork { user: ItemId, capacity: PerRole<u32>, storage: u64 },
		/// A provider unregistered; its deposit was released.
		Unregistered { user: ItemId },
		/// A provider with booked jobs unregistered: it takes no new jobs, its `jobs` are handed
		/// over to other providers one per block, then `Unregistered` follows.
		Unregistering { user: ItemId, jobs: u32 },
		/// A provider was paused; `until` is when a pause for a failure ends.
		Paused { user: ItemId, until: Option<BlockNumberFor<T>> },
		/// A provider is available again.
		Unpaused { user: ItemId },
		/// A plan was published and cut into contracts.
		PlanPublished {
			plan: ItemId,
			sponsor: ItemId,
			contracts: BoundedVec<ItemId, T::MaxContractsPerPlan>,
		},
		/// A plan ended (`reason`): its contracts ended, everything it booked is released, its
		/// deposit returned and its remaining budget refunded (`Refunded`).
		PlanEnded { plan: ItemId, reason: PlanEnd },
		/// `funder` added `amount` to the plan's budget, now `budget`.
		PlanFunded {
			plan: ItemId,
			funder: T::AccountId,
			amount: BalanceOf<T>,
			budget: BalanceOf<T>,
		},
		/// The plan's budget can't pay for the period after the current one (`needed` would): it
		/// ends at block `ends_at` unless funded (`fund_plan`) by then.
		PlanFundsLow {
			plan: ItemId,
			budget: BalanceOf<T>,
			needed: BalanceOf<T>,
			ends_at: BlockNumberFor<T>,
		},
		/// `provider` was paid `amount` from the plan's budget for its work as `role`.
		Paid { plan: ItemId, provider: ItemId, role: Role, amount: BalanceOf<T> },
		/// What was left of an ended plan's budget went back to `sponsor`.
		Refunded { plan: ItemId, sponsor: T::AccountId, amount: BalanceOf<T> },
		/// New plans are published at these prices.
		PricesSet { prices: PricesOf<T> },
		/// A fault the chain established cost `provider` `amount` of its stake, added to the
		/// plan's budget.
		Slashed { provider: ItemId, plan: ItemId, amount: BalanceOf<T> },
		/// Providers were matched to a contract: the attester connects them.
		HostingSetup {
			amendment: ItemId,
			contract: ItemId,
			attester: ItemId,
			encoders: BoundedVec<ItemId, ConstU32<ENCODERS_PER_CONTRACT>>,
			hosters: BoundedVec<ItemId, ConstU32<HOSTERS_PER_CONTRACT>>,
		},
		/// A failed setup is retried with other providers.
		RetryHostingSetup {
			amendment: ItemId,
			contract: ItemId,
			attester: ItemId,
			encoders: BoundedVec<ItemId, ConstU32<ENCODERS_PER_CONTRACT>>,
			hosters: BoundedVec<ItemId, ConstU32<HOSTERS_PER_CONTRACT>>,
		},
		/// A setup failed (or timed out); `failed` are the providers at fault.
		HostingSetupFailed {
			amendment: ItemId,
			contract: ItemId,
			failed: BoundedVec<ItemId, ConstU32<MAX_AMENDMENT_PARTIES>>,
		},
		/// The hosters of the amendment host the contract (after a setup or a replacement).
		HostingStarted { amendment: ItemId, contract: ItemId },
		/// A hoster stops hosting the contract of the amendment (the contract's latest).
		DropHosting { amendment: ItemId, hoster: ItemId },
		/// `attester` is to fetch from `hoster` a proof of each checked chunk and submit them
		/// with `submit_storage_proof` within `ReportTimeout` blocks.
		StorageChallenge {
			id: ItemId,
			hoster: ItemId,
			attester: ItemId,
			checks: BoundedVec<StorageCheck, T::MaxChecksPerChallenge>,
		},
		/// Every check was proved; the hoster and the attester are credited.
		StorageChallengeConfirmed { id: ItemId, hoster: ItemId, attester: ItemId },
		/// The hoster left unanswered an accusation of failing the challenge: it is paused and
		/// its contracts get new hosters.
		StorageChallengeFailed {
			id: ItemId,
			hoster: ItemId,
			attester: ItemId,
			reason: StorageFailure,
		},
		/// The attester did not report in time: it is paused and the hoster challenged anew.
		StorageChallengeTimedOut { id: ItemId, hoster: ItemId, attester: ItemId },
		/// `attester` says `hoster` failed `challenge` (`charge`): the hoster may answer with
		/// `answer_accusation`, proving each of `checks`, before block `answer_by`.
		HosterAccused {
			accusation: ItemId,
			challenge: ItemId,
			hoster: ItemId,
			attester: ItemId,
			charge: Charge,
			checks: BoundedVec<StorageCheck, T::MaxChecksPerChallenge>,
			answer_by: BlockNumberFor<T>,
		},
		/// The hoster proved what it was accused of not holding: it is credited, the attester
		/// recorded as failed and paused.
		AccusationAnswered { accusation: ItemId, hoster: ItemId, attester: ItemId },
		/// The hoster did not answer in time: it fails, the attester is credited.
		AccusationUpheld { accusation: ItemId, hoster: ItemId, attester: ItemId },
		/// `attester` is to measure how each of `hosters` serves `feed` and report with
		/// `submit_performance_proof` within `ReportTimeout` blocks.
		PerformanceChallenge {
			id: ItemId,
			feed: ItemId,
			attester: ItemId,
			hosters: BoundedVec<ItemId, T::MaxHostersPerPerformanceChallenge>,
		},
		/// The attester reported: the reached hosters' grades (millionths), and the unreachable
		/// ones (paused, then replaced in their contracts).
		PerformanceChallengeConfirmed {
			id: ItemId,
			grades: BoundedVec<HosterGrade, T::MaxHostersPerPerformanceChallenge>,
			unreachable: BoundedVec<ItemId, T::MaxHostersPerPerformanceChallenge>,
		},
		/// The attester did not report in time: it is paused and the feed challenged anew.
		PerformanceChallengeTimedOut { id: ItemId, feed: ItemId, attester: ItemId },
		/// New hosters for the vacant positions of an active contract: the attester relays, each
		/// encoder encodes for the hoster at its position.
		HosterReplacement {
			amendment: ItemId,
			contract: ItemId,
			attester: ItemId,
			encoders: BoundedVec<ItemId, ConstU32<ENCODERS_PER_CONTRACT>>,
			hosters: BoundedVec<ItemId, ConstU32<HOSTERS_PER_CONTRACT>>,
		},
		/// A replacement failed (or timed out); `failed` are the providers at fault (or leaving).
		HosterReplacementFailed {
			amendment: ItemId,
			contract: ItemId,
			failed: BoundedVec<ItemId, ConstU32<MAX_AMENDMENT_PARTIES>>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The global item counter is exhausted.
		IdsExhausted,
		/// The budget does not cover the plan's setups and one challenge period (see the
		/// `plan_cost` runtime API).
		BudgetTooLow,
		/// The sponsor cannot afford the budget, or the funder the amount.
		CannotFund,
		/// A plan is funded with a positive amount.
		NothingToFund,
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
		/// The swarm key is not the feed key's discovery key.
		WrongSwarmKey,
		/// The feed is known with an equal or longer signed length.
		FeedNotLonger,
		/// No feed has this id.
		UnknownFeed,
		/// Only the feed's publisher may do this.
		NotPublisher,
		/// Live plans keep chunks of this feed hosted; it can be removed when they have ended.
		FeedInUse,
		/// The form offers no role (every capacity is zero).
		NoRoles,
		/// A role's capacity is above `MaxCapacityPerRole`.
		CapacityTooLarge,
		/// The form offers no storage.
		NoStorage,
		/// The region is not a geohash (characters `0-9`, `b-h`, `j`, `k`, `m`, `n`, `p-z`).
		InvalidRegion,
		/// The availability window is empty or already over.
		InvalidWindow,
		/// Another user registered this signing key.
		SigningKeyInUse,
		/// Another user registered this Noise key.
		NoiseKeyInUse,
		/// A user's keys can't change: they sign and identify its work.
		KeysCannotChange,
		/// The signing key and the Noise key must differ.
		SameKeys,
		/// Claiming keys needs the signing key's proof of possession.
		MissingProofOfPossession,
		/// The proof of possession is not the signing key's signature of this account's message.
		BadProofOfPossession,
		/// The caller is not registered for work.
		NotRegistered,
		/// The provider is already paused.
		AlreadyPaused,
		/// The provider is not paused.
		NotPaused,
		/// A pause for a failure lasts until its end.
		PauseNotOver,
		/// The provider unregistered; its jobs are being handed over.
		Unregistering,
		/// The plan must start before it ends.
		InvalidPlanWindow,
		/// The plan's end has already passed.
		PlanAlreadyOver,
		/// The plan names no dataset.
		NoDatasets,
		/// A dataset has no ranges.
		EmptyRanges,
		/// A range ends before it starts.
		ReversedRange,
		/// Ranges must be ascending and must not overlap.
		UnorderedRanges,
		/// A range reaches beyond the feed's signed length.
		RangeBeyondFeed,
		/// The datasets make more than `MaxContractsPerPlan` contracts.
		TooManyContracts,
		/// A plan names more than `MaxComponentsPerPlan` components of a kind.
		TooManyComponents,
		/// No component has this id.
		UnknownComponent,
		/// The component is of another kind than its place in the plan.
		WrongComponentKind,
		/// No plan has this id.
		UnknownPlan,
		/// Only the plan's sponsor may do this.
		NotSponsor,
		/// No contract has this id.
		UnknownContract,
		/// The contract is not waiting for a hosting setup.
		ContractNotWaiting,
		/// No user has this id.
		UnknownUser,
		/// No amendment has this id (or it was superseded).
		UnknownAmendment,
		/// The amendment is not waiting for a report.
		AmendmentNotInProgress,
		/// This report does not fit the amendment's kind.
		WrongAmendmentKind,
		/// Only the amendment's attester may report on it.
		NotAttester,
		/// The report's deadline has passed: a report must be included before its deadline block.
		ReportTooLate,
		/// A provider named as failed has no part in the amendment.
		NotInAmendment,
		/// A provider is named twice.
		DuplicateProvider,
		/// A report of success needs exactly one proof of contact per hoster.
		MissingContactSignature,
		/// A hoster's proof of contact does not verify.
		BadContactSignature,
		/// No running storage challenge has this id (it may have finished or timed out).
		UnknownChallenge,
		/// No open accusation has this id (it may have been answered or upheld).
		UnknownAccusation,
		/// Only the accused hoster may answer an accusation.
		NotAccused,
		/// A storage report needs exactly one entry per check, in the order of the checks.
		WrongProofCount,
		/// A chunk proof's path is longer than any tree's.
		TooManyProofNodes,
		/// A performance report needs exactly one entry per challenged hoster.
		WrongReportCount,
		/// A report names a hoster the challenge does not measure.
		NotChallenged,
		/// The hoster hosts as many contracts as a registration can (`MaxCapacityPerRole`).
		HostingFull,
		/// A chunk's path leads to a root of the signed tree's shape, but not to its signed hash.
		RootMismatch,
		/// A chunk proof names a signed tree the report does not carry.
		UnknownTree,
		/// The report carries a signed tree no chunk proof uses.
		UnusedTree,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Development and test chains only: feeds, providers and hosted contracts the chain
		/// starts with (see [`population`](crate::population)); `None` on any other chain.
		pub population: Option<population::Population<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		/// The population is not built here, where a refusal could only panic: the runtime's
		/// `GenesisBuilder::build_state` builds it after every pallet's genesis with
		/// [`Pallet::build_population`] and returns a refusal as its error.
		fn build(&self) {}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::tick(now)
		}

		fn integrity_test() {
			Self::check_integrity()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_now: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
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

		/// Register for work as a provider, or update the registration.
		///
		/// - `origin`: the provider's account; the registration holds a stake of
		///   [`Config::RegistrationDeposit`] and [`Config::StakePerJob`] per job of capacity
		///   (an update holds more or releases some as the capacity changes, and tops up what
		///   faults slashed).
		/// - `form`: roles (capacity per role), signing and Noise keys (unique, fixed while
		///   registered, released by `unregister`), availability window, storage, region (geohash)
		///   and performance.
		/// - `proof_of_possession`: needed when the registration claims its keys (the first, or the
		///   first after `unregister`): the signing key's ed25519 signature over
		///   [`Pallet::possession_message`] of the origin's account; checked whenever given.
		///
		/// Emits `RegisteredForWork`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::register_for_work())]
		pub fn register_for_work(
			origin: OriginFor<T>,
			form: WorkForm<BlockNumberFor<T>>,
			proof_of_possession: Option<Signature>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_for_work(who, form, proof_of_possession)
		}

		/// Stop offering work: leave the idle queues, release the registration deposit.
		///
		/// - `origin`: a registered provider.
		///
		/// Without booked jobs emits `Unregistered`. With jobs emits `Unregistering`: the jobs are
		/// handed over (setups retried, hosting positions replaced), one per block, and
		/// `Unregistered` follows the last.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::unregister().max(T::WeightInfo::unregister_leaving()))]
		pub fn unregister(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unregister(who)
		}

		/// Pause: take no new jobs until `unpause`.
		///
		/// - `origin`: a registered provider that is not paused.
		///
		/// Emits `Paused`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::pause())]
		pub fn pause(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_pause(who)
		}

		/// End a requested pause (a pause for a failure ends by itself).
		///
		/// - `origin`: a paused provider.
		///
		/// Emits `Unpaused`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::unpause())]
		pub fn unpause(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unpause(who)
		}

		/// Publish a plan: keep these chunks of these feeds hosted from `from` until `until`.
		///
		/// - `origin`: the sponsor; pays `PlanDeposit` + `ContractDeposit` per contract.
		/// - `plan`: window, datasets (feed id + inclusive chunk ranges), performances, timetables
		///   and regions, each inline (`New`) or by the id of a stored component (`Existing`).
		/// - `budget`: held from the sponsor in escrow, to pay the providers at the current
		///   prices; at least the setups and one challenge period (the `plan_cost` runtime API).
		///
		/// Emits `PlanPublished` with the contracts; their hosting setups run at `from`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::publish_plan(T::MaxContractsPerPlan::get()))]
		pub fn publish_plan(
			origin: OriginFor<T>,
			plan: PlanFormOf<T>,
			budget: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_publish_plan(who, plan, budget)
		}

		/// Add to a plan's budget.
		///
		/// - `origin`: any signed account; `amount` goes from it to the plan's sponsor, held in
		///   the plan's escrow (what is left when the plan ends goes back to the sponsor).
		/// - `plan`: the plan's id.
		/// - `amount`: what to add (more than zero).
		///
		/// Emits `PlanFunded`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::fund_plan())]
		pub fn fund_plan(
			origin: OriginFor<T>,
			plan: ItemId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_fund_plan(who, plan, amount)
		}

		/// Set the prices new plans are published at (published plans keep theirs).
		///
		/// - `origin`: the `PriceOrigin` (governance).
		/// - `prices`: the new prices.
		///
		/// Emits `PricesSet`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::set_prices())]
		pub fn set_prices(origin: OriginFor<T>, prices: PricesOf<T>) -> DispatchResult {
			T::PriceOrigin::ensure_origin(origin)?;
			Self::do_set_prices(prices)
		}

		/// Withdraw a plan: its contracts end, providers are released, the deposit returned and
		/// the remaining budget refunded.
		///
		/// - `origin`: the plan's sponsor.
		/// - `plan`: the plan's id.
		///
		/// Emits `PlanEnded { reason: Unpublished }` (and `DropHosting` per hoster).
		#[pallet::call_index(7)]
		#[pallet::weight(Pallet::<T>::plan_end_weight(T::MaxContractsPerPlan::get()))]
		pub fn unpublish_plan(origin: OriginFor<T>, plan: ItemId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unpublish_plan(who, plan)
		}

		/// Report on a hosting setup.
		///
		/// - `origin`: the amendment's attester.
		/// - `amendment`: the amendment's id.
		/// - `failed`: providers that failed (by id or Noise key); empty for success.
		/// - `signatures`: on success, each hoster's proof of contact (ed25519 by its signing key
		///   over the ASCII decimal amendment id).
		///
		/// Emits `HostingStarted`, or `HostingSetupFailed` and a retry.
		///
		/// Accepted, it pays no fee (`Pays::No`) and is charged the weight of its path (success
		/// or failure); rejected, it pays as any call.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::hosting_setup_report().max(T::WeightInfo::hosting_setup_report_failed()))]
		pub fn hosting_setup_report(
			origin: OriginFor<T>,
			amendment: ItemId,
			failed: BoundedVec<ProviderRef, ConstU32<MAX_AMENDMENT_PARTIES>>,
			signatures: BoundedVec<ContactSignature, ConstU32<HOSTERS_PER_CONTRACT>>,
		) -> DispatchResultWithPostInfo {
			let (failed, signatures) = (failed.into_inner(), signatures.into_inner());
			let kind = AmendmentKind::HostingSetup;
			Self::do_amendment_report(ensure_signed(origin)?, amendment, kind, failed, signatures)
		}

		/// Report on a storage challenge.
		///
		/// - `origin`: the challenge's attester.
		/// - `challenge`: the challenge's id.
		/// - `proof_of_contact`: the hoster's ed25519 signature (by its signing key) over the ASCII
		///   decimal challenge id; `None` if the hoster could not be reached (an accusation).
		/// - `proofs`: the checked feeds' signed trees, each once, and one chunk proof per check, in
		///   order (its bytes and its path to a root of one of the trees); `None` if the hoster gave
		///   no valid proof of some chunk (an accusation).
		///
		/// Every chunk must lead to a root of its tree, and the tree verify against the contract's
		/// feed key at a length covering the chunk, or the report is rejected. Emits
		/// `StorageChallengeConfirmed`, or `HosterAccused` (see [`disputes`](crate::disputes)).
		///
		/// Accepted, it pays no fee (`Pays::No`) and is charged the weight of its path (the checks
		/// it verified, or an accusation); rejected, it pays as any call.
		#[pallet::call_index(10)]
		#[pallet::weight(
			proofs.as_ref().map_or(Weight::zero(), Pallet::<T>::proofs_weight)
			// A failure is an accusation: its cost does not grow with the hoster's contracts.
			.max(T::WeightInfo::submit_storage_proof_failed(1))
		)]
		pub fn submit_storage_proof(
			origin: OriginFor<T>,
			challenge: ItemId,
			proof_of_contact: Option<Signature>,
			proofs: Option<ChunkProofsOf<T>>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_submit_storage_proof(who, challenge, proof_of_contact, proofs)
		}

		/// Report on a performance challenge.
		///
		/// - `origin`: the challenge's attester.
		/// - `challenge`: the challenge's id.
		/// - `reports`: one per challenged hoster, any order: `Reached { latency_ms,
		///   bandwidth_kbps, proof_of_contact }` (the hoster's ed25519 signature over the ASCII
		///   decimal challenge id, verified) or `Unreachable`.
		///
		/// Emits `PerformanceChallengeConfirmed` with each reached hoster's grade, and
		/// `HosterAccused` for each unreachable one (see [`disputes`](crate::disputes)).
		///
		/// Accepted, it pays no fee (`Pays::No`) and is charged for accusations only when it names
		/// a hoster unreachable; rejected, it pays as any call.
		#[pallet::call_index(11)]
		#[pallet::weight(
			T::WeightInfo::submit_performance_proof(reports.len() as u32)
				.max(T::WeightInfo::submit_performance_proof_unreachable(reports.len() as u32))
		)]
		pub fn submit_performance_proof(
			origin: OriginFor<T>,
			challenge: ItemId,
			reports: BoundedVec<PerformanceReport, T::MaxHostersPerPerformanceChallenge>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_submit_performance_proof(who, challenge, reports.into_inner())
		}

		/// Answer an accusation by proving what it names.
		///
		/// - `origin`: the accused hoster.
		/// - `accusation`: the accusation's id (from `HosterAccused`).
		/// - `proofs`: the checked feeds' signed trees, each once, and one chunk proof per check of
		///   the accusation, in order, as `submit_storage_proof` takes them.
		///
		/// Must be included before the accusation's `answer_by` block. Emits
		/// `AccusationAnswered`: the hoster is credited, the attester recorded as failed.
		///
		/// Accepted, it pays no fee (`Pays::No`); rejected, it pays as any call.
		#[pallet::call_index(12)]
		#[pallet::weight(Pallet::<T>::answer_weight(proofs))]
		pub fn answer_accusation(
			origin: OriginFor<T>,
			accusation: ItemId,
			proofs: ChunkProofsOf<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_answer_accusation(who, accusation, proofs)?;
			Ok(Pays::No.into())
		}

		/// Report on a hoster replacement.
		///
		/// - `origin`: the amendment's attester.
		/// - `amendment`: the amendment's id.
		/// - `failed`: providers that failed (by id or Noise key); empty for success.
		/// - `signatures`: on success, each new hoster's proof of contact (ed25519 by its signing
		///   key over the ASCII decimal amendment id).
		///
		/// Emits `HostingStarted`, or `HosterReplacementFailed` and a retry.
		///
		/// Accepted, it pays no fee (`Pays::No`) and is charged the weight of its path (success
		/// or failure); rejected, it pays as any call.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::hoster_replacement_report().max(T::WeightInfo::hoster_replacement_report_failed()))]
		pub fn hoster_replacement_report(
			origin: OriginFor<T>,
			amendment: ItemId,
			failed: BoundedVec<ProviderRef, ConstU32<MAX_AMENDMENT_PARTIES>>,
			signatures: BoundedVec<ContactSignature, ConstU32<HOSTERS_PER_CONTRACT>>,
		) -> DispatchResultWithPostInfo {
			let (failed, signatures) = (failed.into_inner(), signatures.into_inner());
			let kind = AmendmentKind::HosterReplacement;
			Self::do_amendment_report(ensure_signed(origin)?, amendment, kind, failed, signatures)
		}
	}
}
