//! Configuration of the runtime's pallets.

use crate::{
	deposit, AccountId, Aura, Balance, Balances, Block, BlockNumber, Hash, Nonce, PalletInfo,
	RandomnessCollectiveFlip, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason, RuntimeOrigin, RuntimeTask, System, EXISTENTIAL_DEPOSIT, MICRO_UNIT,
	MILLI_SECS_PER_BLOCK, UNIT, VERSION,
};
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
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
const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

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
}

impl pallet_timestamp::Config for Runtime {
	/// Milliseconds since the unix epoch.
	type Moment = u64;
	/// Aura checks that each block's timestamp falls in the block's slot.
	type OnTimestampSet = Aura;
	/// Half a slot: Aura's slot is twice this. (The development node, which seals on demand,
	/// steps the timestamp on by a slot per block.)
	type MinimumPeriod = ConstU64<{ MILLI_SECS_PER_BLOCK / 2 }>;
	type WeightInfo = ();
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = sp_consensus_aura::sr25519::AuthorityId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<32>;
	/// One block per slot, as a standalone Aura chain needs.
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
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

impl pallet_insecure_randomness_collective_flip::Config for Runtime {}

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

// Timing parameters kept in storage, so that a test network's sudo can change them:
// `system.setStorage` at `twox128(":Name:")` (e.g. `twox128(":ReportTimeout:")`), a SCALE `u32`.
parameter_types! {
	/// Blocks an attester has for a report: longer than a client's 12 s round trip at 6 s blocks.
	pub storage ReportTimeout: BlockNumber = 5;
	/// A day: a plan not fully hosted by then expires.
	pub storage PlanSetupWindow: BlockNumber = 14_400;
	/// Blocks an accused hoster has to answer on chain: an hour at 6 s blocks.
	pub storage DisputeWindow: BlockNumber = 600;
	/// Blocks between a hoster's storage challenges: every hour at 6 s blocks.
	pub storage StorageChallengeEvery: BlockNumber = 600;
	/// Blocks between a feed's performance challenges: every hour at 6 s blocks.
	pub storage PerformanceChallengeEvery: BlockNumber = 600;
	/// Blocks a hoster may stay paused before its contracts get new hosters: a day.
	pub storage MaxPauseBlocks: BlockNumber = 14_400;
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
	type Randomness = RandomnessCollectiveFlip;
	type WeightInfo = pallet_datdot::weights::SubstrateWeight<Runtime>;
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
}
