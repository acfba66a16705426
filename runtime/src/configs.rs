//! Configuration of the runtime's pallets.

use crate::{
	deposit, AccountId, Babe, Balance, Balances, Block, BlockNumber, Hash, Nonce, PalletInfo,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin,
	RuntimeTask, System, EPOCH_DURATION_IN_SLOTS, EXISTENTIAL_DEPOSIT, MICRO_UNIT,
	MILLI_SECS_PER_BLOCK, UNIT, VERSION,
};
use core::marker::PhantomData;
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	dynamic_params::{dynamic_pallet_params, dynamic_params},
	parameter_types,
	traits::{
		AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, ConstU8, Contains, Get,
		VariantCountOf,
	},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		ConstantMultiplier, IdentityFee, Weight,
	},
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use sp_runtime::{traits::Bounded, FixedPointNumber, Perbill, Perquintill};
use sp_version::RuntimeVersion;

const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);
/// The most bytes of extrinsics a block holds (the operational class's limit; normal
/// transactions get `NORMAL_DISPATCH_RATIO` of it).
pub const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// 2 seconds of compute per block.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// 5 MiB blocks: a storage proof of 20 chunks of 64 KiB is about 1.3 MB.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAX_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_DISPATCH_RATIO * *max)
		.build();
	pub const SS58Prefix: u8 = 42;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The node stores state in ParityDb.
	type DbWeight = ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type BaseCallFilter = CallFilter;
}

/// Which calls may be dispatched. Raw state edits (`system.setStorage`, `killStorage`,
/// `killPrefix`, `setCodeWithoutChecks`) bypass every check the pallets keep, so they are refused,
/// by themselves or wrapped in sudo, unless governance sets `admin.RawStateEdits`. A timing
/// parameter outside its range (see [`Within`]) is refused too, so governance gets an error and
/// nothing changes rather than a value the chain would not use.
pub struct CallFilter;
impl Contains<RuntimeCall> for CallFilter {
	fn contains(call: &RuntimeCall) -> bool {
		use frame_system::Call as System;
		use pallet_sudo::Call as Sudo;
		match call {
			RuntimeCall::Sudo(
				Sudo::sudo { call }
				| Sudo::sudo_unchecked_weight { call, .. }
				| Sudo::sudo_as { call, .. },
			) => Self::contains(call),
			RuntimeCall::System(
				System::set_storage { .. }
				| System::kill_storage { .. }
				| System::kill_prefix { .. }
				| System::set_code_without_checks { .. },
			) => dynamic_params::admin::RawStateEdits::get(),
			RuntimeCall::Parameters(pallet_parameters::Call::set_parameter { key_value }) => {
				admissible(key_value)
			},
			_ => true,
		}
	}
}

impl pallet_timestamp::Config for Runtime {
	/// Milliseconds since the unix epoch.
	type Moment = u64;
	/// BABE checks that each block's timestamp falls in the block's slot.
	type OnTimestampSet = Babe;
	/// Half a slot: BABE's slot is twice this. (The development node, which seals on demand,
	/// steps the timestamp on by a slot per block.)
	type MinimumPeriod = ConstU64<{ MILLI_SECS_PER_BLOCK / 2 }>;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_babe::Config for Runtime {
	type EpochDuration = ConstU64<EPOCH_DURATION_IN_SLOTS>;
	type ExpectedBlockTime = ConstU64<MILLI_SECS_PER_BLOCK>;
	/// The genesis authorities author for ever; a new set comes with a runtime upgrade.
	type EpochChangeTrigger = pallet_babe::SameAuthoritiesForever;
	type DisabledValidators = ();
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	/// No equivocation reports: a test network's validators are known (as for GRANDPA).
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	/// No equivocation reports: a test network's validators are known.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// Fee per byte of a transaction.
	pub const TransactionByteFee: Balance = MICRO_UNIT;
	/// The block fullness the fee multiplier steers towards: above it fees rise block by block,
	/// below it they fall (Polkadot's figures).
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	/// How fast the multiplier moves: full blocks raise fees by about 0.0056% a block, so a day
	/// (14,400 blocks) of full blocks raises them about 2.3 times.
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// Fees never fall below a tenth of their weight's.
	pub MinimumMultiplier: Multiplier = Multiplier::saturating_from_rational(1, 10u128);
	pub MaximumMultiplier: Multiplier = Bounded::max_value();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	/// Fees follow demand, as on production chains: spam that fills blocks pays more each block.
	type FeeMultiplierUpdate = TargetedFeeAdjustment<
		Self,
		TargetBlockFullness,
		AdjustmentVariable,
		MinimumMultiplier,
		MaximumMultiplier,
	>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// A feed record (about 240 bytes) and its key lookup.
	pub const FeedDeposit: Balance = deposit(2, 240);
	/// A provider's registration (about 200 bytes), its key lookups and idle-queue entries: the
	/// least stake.
	pub const RegistrationDeposit: Balance = deposit(9, 400);
	/// Stake per job of capacity offered: a provider offering 2 jobs per role stakes about 6.9 DAT.
	pub const StakePerJob: Balance = UNIT;
	/// A fault the chain establishes costs a tenth of the full stake.
	pub const SlashFraction: Perbill = Perbill::from_percent(10);
	/// A plan record (about 1 KiB) with its components, its escrow and budget check.
	pub const PlanDeposit: Balance = deposit(8, 1500);
	/// A contract record, its agenda entry, bookings, its hosters' pay records and its feed's
	/// plan index.
	pub const ContractDeposit: Balance = deposit(7, 450);
	/// A stored component and its upkeep record: two items, a dataset of the most (64) ranges.
	pub const ComponentDeposit: Balance = deposit(2, 1100);
	/// The reference rewards at this chain's cadence. The reference paid a hoster 50 per proved
	/// check (one chunk standing for its contract's `SET_SIZE` chunks): here a contract hosted for
	/// one challenge period (600 blocks) earns that, so hosting is 50 DAT per 10 chunks per 600
	/// blocks, and the best grade doubles it (the reference's performance reward at grade 1 was
	/// as much again). Encoders, replacements and reports as in the reference.
	pub const DefaultPrices: pallet_datdot::PricesOf<Runtime> = pallet_datdot::Prices {
		hosting: 50 * UNIT / (10 * 600),
		performance_bonus: 50 * UNIT / (10 * 600),
		encoding: 5 * UNIT,
		replacement: 20 * UNIT,
		setup_report: 5 * UNIT,
		storage_report: 10 * UNIT,
		performance_report: 10 * UNIT,
	};
	/// A quarter of a block's weight for scheduled work.
	pub MaxAgendaWeight: Weight = RuntimeBlockWeights::get().max_block / 4;
}

/// Parameters governance changes at run time: `parameters.setParameter` by root (sudo), each
/// listed in the metadata and on polkadot.js Apps' Parameters page. A change of a timing parameter
/// applies to what is scheduled after it; deadlines, challenge rounds and window edges already on
/// the agenda keep their blocks. Prices are one record set together by `datdot.setPrices` (a plan
/// keeps the prices it was published at).
#[dynamic_params(RuntimeParameters, pallet_parameters::Parameters::<Runtime>)]
pub mod dynamic_params {
	use super::*;

	/// The datdot pallet's timing, in blocks (the ranges the chain takes are [`Within`]'s).
	#[dynamic_pallet_params]
	#[codec(index = 0)]
	pub mod datdot {
		use super::*;

		/// Blocks an attester has for a report: longer than a client's 12 s round trip at 6 s
		/// blocks.
		#[codec(index = 0)]
		pub static ReportTimeout: BlockNumber = 5;
		/// A day: a plan not fully hosted by then expires.
		#[codec(index = 1)]
		pub static PlanSetupWindow: BlockNumber = 14_400;
		/// Blocks an accused hoster has to answer on chain: an hour at 6 s blocks.
		#[codec(index = 2)]
		pub static DisputeWindow: BlockNumber = 600;
		/// Blocks between a hoster's storage challenges: every hour at 6 s blocks.
		#[codec(index = 3)]
		pub static StorageChallengeEvery: BlockNumber = 600;
		/// Blocks between a feed's performance challenges: every hour at 6 s blocks.
		#[codec(index = 4)]
		pub static PerformanceChallengeEvery: BlockNumber = 600;
		/// Blocks a hoster may stay paused before its contracts get new hosters: a day.
		#[codec(index = 5)]
		pub static MaxPauseBlocks: BlockNumber = 14_400;
	}

	/// What the chain lets its root do.
	#[dynamic_pallet_params]
	#[codec(index = 1)]
	pub mod admin {
		/// Whether raw state edits (`system.setStorage` and its kind) may be dispatched: off,
		/// so that no sudo key can bypass the pallets' checks by accident.
		#[codec(index = 0)]
		pub static RawStateEdits: bool = false;
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl Default for RuntimeParameters {
	fn default() -> Self {
		RuntimeParameters::Datdot(dynamic_params::datdot::Parameters::ReportTimeout(
			dynamic_params::datdot::ReportTimeout,
			Some(5),
		))
	}
}

impl pallet_parameters::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	type AdminOrigin = AsEnsureOriginWithArg<frame_system::EnsureRoot<AccountId>>;
	type WeightInfo = crate::weights::pallet_parameters::WeightInfo<Runtime>;
}

/// A timing parameter `P` as the pallet reads it: within `MIN..=MAX` blocks. The call filter
/// refuses to set a value outside; one that got there otherwise reads as the nearest bound.
pub struct Within<P, const MIN: BlockNumber, const MAX: BlockNumber>(PhantomData<P>);
impl<P: Get<BlockNumber>, const MIN: BlockNumber, const MAX: BlockNumber> Get<BlockNumber>
	for Within<P, MIN, MAX>
{
	fn get() -> BlockNumber {
		P::get().clamp(MIN, MAX)
	}
}
impl<P, const MIN: BlockNumber, const MAX: BlockNumber> Within<P, MIN, MAX> {
	/// Whether `value` may be set.
	pub fn admits(value: BlockNumber) -> bool {
		(MIN..=MAX).contains(&value)
	}
}

/// A week of 6 s blocks: the longest any timing parameter may be.
const WEEK: BlockNumber = 100_800;
/// At least one block for the report after the block that asks for it; at most an hour.
pub type ReportTimeout = Within<dynamic_params::datdot::ReportTimeout, 2, 600>;
pub type PlanSetupWindow = Within<dynamic_params::datdot::PlanSetupWindow, 10, WEEK>;
pub type DisputeWindow = Within<dynamic_params::datdot::DisputeWindow, 2, WEEK>;
pub type StorageChallengeEvery = Within<dynamic_params::datdot::StorageChallengeEvery, 1, WEEK>;
pub type PerformanceChallengeEvery =
	Within<dynamic_params::datdot::PerformanceChallengeEvery, 1, WEEK>;
pub type MaxPauseBlocks = Within<dynamic_params::datdot::MaxPauseBlocks, 1, WEEK>;

/// Whether governance may set `key_value`: a timing parameter within its range, or a reset.
fn admissible(key_value: &RuntimeParameters) -> bool {
	use dynamic_params::datdot::Parameters as Datdot;
	let RuntimeParameters::Datdot(timing) = key_value else { return true };
	let (admits, value): (fn(BlockNumber) -> bool, _) = match timing {
		Datdot::ReportTimeout(_, v) => (ReportTimeout::admits, v),
		Datdot::PlanSetupWindow(_, v) => (PlanSetupWindow::admits, v),
		Datdot::DisputeWindow(_, v) => (DisputeWindow::admits, v),
		Datdot::StorageChallengeEvery(_, v) => (StorageChallengeEvery::admits, v),
		Datdot::PerformanceChallengeEvery(_, v) => (PerformanceChallengeEvery::admits, v),
		Datdot::MaxPauseBlocks(_, v) => (MaxPauseBlocks::admits, v),
	};
	value.is_none_or(admits)
}

impl pallet_datdot::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type FeedDeposit = FeedDeposit;
	type RegistrationDeposit = RegistrationDeposit;
	type StakePerJob = StakePerJob;
	type SlashFraction = SlashFraction;
	type MaxCapacityPerRole = ConstU32<100>;
	type PlanDeposit = PlanDeposit;
	type ContractDeposit = ContractDeposit;
	type ComponentDeposit = ComponentDeposit;
	type MaxRangesPerDataset = ConstU32<64>;
	type MaxComponentsPerPlan = ConstU32<16>;
	/// Ending a plan releases all its contracts in one agenda task: keep that within a block.
	type MaxContractsPerPlan = ConstU32<64>;
	/// 10 chunks of up to 64 KiB.
	type StoragePerContract = ConstU64<{ 10 * 64 * 1024 }>;
	type PlanSetupWindow = PlanSetupWindow;
	type ReportTimeout = ReportTimeout;
	type FailPauseBlocks = ConstU32<60>;
	type DisputeWindow = DisputeWindow;
	type MaxTasksPerBlock = ConstU32<128>;
	type MaxWaitingContracts = ConstU32<1024>;
	type MaxRetriesPerBlock = ConstU32<8>;
	type MaxSelectionDraws = ConstU32<64>;
	type MaxAgendaWeight = MaxAgendaWeight;
	type StorageChallengeEvery = StorageChallengeEvery;
	type MaxChecksPerChallenge = ConstU32<4>;
	/// Hypercore's largest usual block size.
	type MaxChunkSize = ConstU32<{ 64 * 1024 }>;
	/// A path from a leaf to a root of a tree of up to 2^62 blocks, with room.
	type MaxProofNodes = ConstU32<64>;
	type PerformanceChallengeEvery = PerformanceChallengeEvery;
	type MaxHostersPerPerformanceChallenge = ConstU32<16>;
	type MaxPauseBlocks = MaxPauseBlocks;
	type PriceOrigin = frame_system::EnsureRoot<AccountId>;
	type DefaultPrices = DefaultPrices;
	/// BABE's randomness of the epoch before the current one, from the VRF outputs of its blocks:
	/// no block author chooses it (a VRF output is fixed by the author's key and the slot), and it
	/// is known to everyone from the first block of the current epoch on, which the pallet checks
	/// before it draws (see the pallet's `selection` module).
	#[cfg(not(feature = "runtime-benchmarks"))]
	type Randomness = pallet_babe::RandomnessFromOneEpochAgo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type Randomness = BenchmarkRandomness;
	type WeightInfo = pallet_datdot::weights::SubstrateWeight<Runtime>;
}

/// The benchmarks' randomness: BABE's, as the chain uses it, but known since the current block,
/// so that a benchmarked task that draws at once when the randomness is fresh (and carries the
/// draw over otherwise) measures the draw, its heavier path. It reads what BABE's source reads.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkRandomness;

#[cfg(feature = "runtime-benchmarks")]
impl frame_support::traits::Randomness<Hash, BlockNumber> for BenchmarkRandomness {
	fn random(subject: &[u8]) -> (Hash, BlockNumber) {
		let (random, _) = <pallet_babe::RandomnessFromOneEpochAgo<Runtime> as frame_support::traits::Randomness<Hash, BlockNumber>>::random(subject);
		(random, frame_system::Pallet::<Runtime>::block_number())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::{
		traits::{Convert, One, Saturating},
		BuildStorage,
	};

	/// The fee multiplier after `blocks` blocks filled to `fullness` of their normal weight.
	fn multiplier_after(fullness: Perbill, blocks: u32) -> Multiplier {
		let storage = frame_system::GenesisConfig::<Runtime>::default().build_storage().unwrap();
		sp_io::TestExternalities::new(storage).execute_with(|| {
			let normal = RuntimeBlockWeights::get().get(DispatchClass::Normal).max_total.unwrap();
			let mut multiplier = Multiplier::one();
			for _ in 0..blocks {
				System::set_block_consumed_resources(fullness * normal, 0);
				multiplier =
					<Runtime as pallet_transaction_payment::Config>::FeeMultiplierUpdate::convert(
						multiplier,
					);
			}
			multiplier
		})
	}

	const ROOT_KEY: AccountId = AccountId::new([1; 32]);
	const SOMEONE: AccountId = AccountId::new([2; 32]);

	/// A chain whose sudo key is `ROOT_KEY`, at block 1.
	fn chain() -> sp_io::TestExternalities {
		let storage = crate::RuntimeGenesisConfig {
			sudo: pallet_sudo::GenesisConfig { key: Some(ROOT_KEY) },
			..Default::default()
		}
		.build_storage()
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Dispatches `call` as a signed extrinsic of `who` would be: through the call filter.
	fn signed(who: AccountId, call: RuntimeCall) -> sp_runtime::DispatchResult {
		use sp_runtime::traits::Dispatchable;
		call.dispatch(RuntimeOrigin::signed(who)).map(|_| ()).map_err(|e| e.error)
	}

	fn sudo(call: RuntimeCall) -> RuntimeCall {
		RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) })
	}

	/// The result sudo's last dispatch of an inner call gave.
	fn sudid() -> sp_runtime::DispatchResult {
		System::events()
			.into_iter()
			.rev()
			.find_map(|r| match r.event {
				RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result }) => Some(sudo_result),
				_ => None,
			})
			.unwrap()
	}

	fn set_report_timeout(blocks: Option<BlockNumber>) -> RuntimeCall {
		RuntimeCall::Parameters(pallet_parameters::Call::set_parameter {
			key_value: RuntimeParameters::Datdot(
				dynamic_params::datdot::Parameters::ReportTimeout(
					dynamic_params::datdot::ReportTimeout,
					blocks,
				),
			),
		})
	}

	fn report_timeout() -> BlockNumber {
		<Runtime as pallet_datdot::Config>::ReportTimeout::get()
	}

	#[test]
	fn timing_parameters_change_through_root_only_and_within_their_ranges() {
		chain().execute_with(|| {
			assert_eq!(report_timeout(), 5);
			let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
			assert_eq!(
				signed(SOMEONE, set_report_timeout(Some(40))),
				Err(sp_runtime::DispatchError::BadOrigin)
			);
			assert_eq!(
				signed(ROOT_KEY, set_report_timeout(Some(40))),
				Err(sp_runtime::DispatchError::BadOrigin)
			);
			assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), before);
			assert_eq!(report_timeout(), 5);

			assert_eq!(signed(ROOT_KEY, sudo(set_report_timeout(Some(40)))), Ok(()));
			assert_eq!(sudid(), Ok(()));
			assert_eq!(report_timeout(), 40);

			// Out of range, wrapped in sudo or not: refused, nothing changes.
			for blocks in [0, 1, 601, BlockNumber::MAX] {
				let filtered = Err(frame_system::Error::<Runtime>::CallFiltered.into());
				assert_eq!(signed(ROOT_KEY, sudo(set_report_timeout(Some(blocks)))), filtered);
				assert_eq!(
					signed(ROOT_KEY, sudo(sudo(set_report_timeout(Some(blocks))))),
					filtered
				);
				assert_eq!(report_timeout(), 40);
			}

			// A reset: the default again.
			assert_eq!(signed(ROOT_KEY, sudo(set_report_timeout(None))), Ok(()));
			assert_eq!(report_timeout(), 5);
		});
	}

	#[test]
	fn a_value_that_got_past_the_filter_reads_as_the_nearest_bound() {
		chain().execute_with(|| {
			pallet_parameters::Parameters::<Runtime>::insert(
				RuntimeParametersKey::Datdot(dynamic_params::datdot::ParametersKey::ReportTimeout(
					dynamic_params::datdot::ReportTimeout,
				)),
				RuntimeParametersValue::Datdot(
					dynamic_params::datdot::ParametersValue::ReportTimeout(1),
				),
			);
			assert_eq!(report_timeout(), 2);
		});
	}

	#[test]
	fn raw_state_edits_are_refused_until_governance_allows_them() {
		chain().execute_with(|| {
			let key = b"raw".to_vec();
			let edit = RuntimeCall::System(frame_system::Call::set_storage {
				items: vec![(key.clone(), b"x".to_vec())],
			});
			let filtered = Err(frame_system::Error::<Runtime>::CallFiltered.into());
			assert_eq!(signed(ROOT_KEY, sudo(edit.clone())), filtered);
			let kill = RuntimeCall::System(frame_system::Call::kill_prefix {
				prefix: b"".to_vec(),
				subkeys: 1,
			});
			assert_eq!(signed(ROOT_KEY, sudo(kill)), filtered);
			assert_eq!(sp_io::storage::get(&key), None);

			let allow = RuntimeCall::Parameters(pallet_parameters::Call::set_parameter {
				key_value: RuntimeParameters::Admin(
					dynamic_params::admin::Parameters::RawStateEdits(
						dynamic_params::admin::RawStateEdits,
						Some(true),
					),
				),
			});
			assert_eq!(signed(ROOT_KEY, sudo(allow)), Ok(()));
			assert_eq!(signed(ROOT_KEY, sudo(edit)), Ok(()));
			assert_eq!(sudid(), Ok(()));
			assert_eq!(sp_io::storage::get(&key).as_deref(), Some(&b"x"[..]));
		});
	}

	#[test]
	fn fees_rise_while_blocks_are_full_and_fall_back_when_they_are_not() {
		let full = multiplier_after(Perbill::from_percent(100), 1000);
		assert!(full > Multiplier::saturating_from_rational(104, 100), "{full:?}");
		let target = multiplier_after(Perbill::from_percent(25), 1000);
		let drift =
			target.saturating_sub(Multiplier::one()) + Multiplier::one().saturating_sub(target);
		assert!(drift < Multiplier::saturating_from_rational(1, 1_000_000), "{target:?}");
		let empty = multiplier_after(Perbill::zero(), 200_000);
		assert_eq!(empty, MinimumMultiplier::get());
	}

	/// A chain starts with each pallet's storage at the version its code reads, so the first
	/// upgrade's migrations know where they start from.
	#[test]
	fn genesis_stores_the_pallets_storage_versions() {
		use frame_support::traits::{GetStorageVersion, StorageVersion};
		let storage = crate::RuntimeGenesisConfig::default().build_storage().unwrap();
		sp_io::TestExternalities::new(storage).execute_with(|| {
			let stored = <crate::Datdot as GetStorageVersion>::on_chain_storage_version();
			assert_eq!(stored, pallet_datdot::pallet::STORAGE_VERSION);
			// The current runtime's chains start at version 1, the next runtime's at 2.
			let expected = if cfg!(feature = "next-runtime") { 2 } else { 1 };
			assert_eq!(stored, StorageVersion::new(expected));
		});
	}
	/// A `try-runtime` build runs the upgrade checks the `try-runtime` tool runs against a live
	/// chain's state: the migrations with their pre- and post-upgrade checks, then every pallet's
	/// `try_state`, which fails on a chain whose state breaks an invariant. With `next-runtime`
	/// the chain starts as the current runtime left it (Datdot's storage version 1), so the
	/// migration to version 2 runs and is checked.
	#[cfg(feature = "try-runtime")]
	#[test]
	fn try_runtime_upgrade_runs_the_migrations_and_every_pallets_try_state() {
		use frame_support::traits::{GetStorageVersion, StorageVersion, UpgradeCheckSelect};
		let storage = crate::RuntimeGenesisConfig::default().build_storage().unwrap();
		sp_io::TestExternalities::new(storage).execute_with(|| {
			crate::System::set_block_number(1);
			#[cfg(feature = "next-runtime")]
			{
				use pallet_datdot::{migrations::v2::v1, AgendaHeads, Lane};
				let heads = AgendaHeads::<crate::Runtime>::take();
				v1::AgendaHead::<crate::Runtime>::insert(Lane::Timing, heads.timing);
				v1::AgendaHead::<crate::Runtime>::insert(Lane::Draw, heads.draw);
				StorageVersion::new(1).put::<crate::Datdot>();
			}
			assert!(crate::Executive::try_runtime_upgrade(UpgradeCheckSelect::All).is_ok());
			let stored = <crate::Datdot as GetStorageVersion>::on_chain_storage_version();
			assert_eq!(stored, pallet_datdot::pallet::STORAGE_VERSION);
			// A layout the code does not read.
			StorageVersion::new(7).put::<crate::Datdot>();
			assert!(crate::Executive::try_runtime_upgrade(UpgradeCheckSelect::All).is_err());
		});
	}
}
