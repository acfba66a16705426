//! A mock runtime for the pallet's tests: System, Balances and Datdot.

use crate as pallet_datdot;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Datdot: pallet_datdot,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
	// The runtime's database weights: agenda budgets are tested with real read and write costs.
	type DbWeight = frame_support::weights::constants::ParityDbWeight;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type ExistentialDeposit = ConstU64<1>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	pub const FeedDeposit: Balance = 100;
	pub const RegistrationDeposit: Balance = 50;
	pub const StakePerJob: Balance = 10;
	pub const SlashFraction: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(10);
	pub const PlanDeposit: Balance = 20;
	pub const ContractDeposit: Balance = 5;
	pub const ComponentDeposit: Balance = 2;
	/// The reference's one-off rewards; hosting and the full bonus at 1 per chunk and block.
	pub const DefaultPrices: pallet_datdot::PricesOf<Test> = pallet_datdot::Prices {
		hosting: 1,
		performance_bonus: 1,
		encoding: 5,
		replacement: 20,
		setup_report: 5,
		storage_report: 10,
		performance_report: 10,
	};
	/// Timing a test may set, as governance may (the worked example of the economics runs at the
	/// runtime's cadence; the random sequences change them between steps).
	pub storage PlanSetupWindow: u64 = 50;
	pub storage ReportTimeout: u64 = 5;
	pub storage DisputeWindow: u64 = 10;
	pub storage MaxPauseBlocks: u64 = 100;
	pub storage StorageChallengeEvery: u64 = 10;
	pub storage PerformanceChallengeEvery: u64 = 15;
	pub storage MaxHostersPerPerformanceChallenge: u32 = 4;
	pub storage MaxAgendaWeight: frame_support::weights::Weight =
		frame_support::weights::Weight::from_parts(u64::MAX / 2, u64::MAX / 2);
}

std::thread_local! {
	static DRAWS: core::cell::Cell<u64> = const { core::cell::Cell::new(0) };
}

/// How many times the pallet has asked for randomness on this thread: the selections it made.
pub fn randomness_draws() -> u64 {
	DRAWS.with(|d| d.get())
}

/// Deterministic randomness for tests: a hash of the subject and the block its randomness is
/// known since. By default fresh every block (known since the current block); with
/// [`set_randomness_epoch`] of `n` blocks, it changes only at blocks 1, n + 1, 2n + 1, ... as an
/// epoch's randomness does.
pub struct TestRandomness;
impl frame_support::traits::Randomness<sp_core::H256, u64> for TestRandomness {
	fn random(subject: &[u8]) -> (sp_core::H256, u64) {
		if subject.starts_with(b"datdot/select") {
			DRAWS.with(|d| d.set(d.get().saturating_add(1)));
		}
		let block = System::block_number();
		let epoch = EPOCH.with(|e| e.get()).max(1);
		let known_since = block.saturating_sub(block.saturating_sub(1) % epoch);
		let mut input = subject.to_vec();
		input.extend_from_slice(&known_since.to_le_bytes());
		(sp_core::H256(sp_io::hashing::blake2_256(&input)), known_since)
	}
}

thread_local! {
	static EPOCH: core::cell::Cell<u64> = const { core::cell::Cell::new(1) };
}

/// Makes [`TestRandomness`] change once every `blocks` blocks (1: every block).
pub fn set_randomness_epoch(blocks: u64) {
	EPOCH.with(|e| e.set(blocks));
}

impl pallet_datdot::Config for Test {
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
	type MaxRangesPerDataset = ConstU32<16>;
	type MaxComponentsPerPlan = ConstU32<8>;
	type MaxContractsPerPlan = ConstU32<8>;
	type StoragePerContract = ConstU64<{ 10 * 65536 }>;
	type PlanSetupWindow = PlanSetupWindow;
	type ReportTimeout = ReportTimeout;
	type FailPauseBlocks = ConstU64<60>;
	type DisputeWindow = DisputeWindow;
	type MaxTasksPerBlock = ConstU32<16>;
	type MaxWaitingContracts = ConstU32<64>;
	type MaxRetriesPerBlock = ConstU32<8>;
	type MaxSelectionDraws = ConstU32<64>;
	type MaxAgendaWeight = MaxAgendaWeight;
	type StorageChallengeEvery = StorageChallengeEvery;
	type MaxChecksPerChallenge = ConstU32<2>;
	type MaxChunkSize = ConstU32<65536>;
	type MaxProofNodes = ConstU32<64>;
	type PerformanceChallengeEvery = PerformanceChallengeEvery;
	type MaxHostersPerPerformanceChallenge = MaxHostersPerPerformanceChallenge;
	type MaxPauseBlocks = MaxPauseBlocks;
	type PriceOrigin = frame_system::EnsureRoot<AccountId>;
	type DefaultPrices = DefaultPrices;
	type Randomness = TestRandomness;
	type WeightInfo = ();
}

/// Accounts funded at genesis.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
/// An account with less than a feed deposit.
pub const POOR: AccountId = 3;
pub const INITIAL_BALANCE: Balance = 1_000_000_000;

pub fn new_test_ext() -> sp_io::TestExternalities {
	new_test_ext_with(None)
}

/// A test chain that starts with `population` (see [`crate::population`]).
pub fn new_test_ext_with(
	population: Option<crate::population::Population<AccountId>>,
) -> sp_io::TestExternalities {
	// The whole runtime's genesis, as a chain's: it also stores each pallet's storage version.
	let storage = RuntimeGenesisConfig {
		balances: pallet_balances::GenesisConfig::<Test> {
			balances: vec![(ALICE, INITIAL_BALANCE), (BOB, INITIAL_BALANCE), (POOR, 50)],
			..Default::default()
		},
		..Default::default()
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	// As the runtime's `build_state`: the population after every pallet's genesis, a refusal
	// building no chain.
	if let Some(population) = population {
		ext.execute_with(|| Datdot::build_population(&population))
			.unwrap_or_else(|e| panic!("{e}"));
	}
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| System::set_block_number(1));
	set_randomness_epoch(1);
	ext
}

/// Runs blocks up to `n`, with the pallet's hooks.
pub fn run_to_block(n: u64) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Datdot::on_initialize(next);
	}
}
