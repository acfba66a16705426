//! The datdot runtime: System, Babe (block production and the randomness selections draw
//! from), Timestamp, Grandpa (finality), Balances, TransactionPayment, Sudo, Parameters (the timing
//! parameters governance may change) and Datdot.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime` makes big types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

mod apis;
pub use apis::RuntimeApi;
mod configs;
pub mod weights;
pub use configs::MAX_BLOCK_LENGTH;
pub mod genesis_config_presets;

use sp_runtime::{
	generic,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_datdot;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(feature = "std")]
pub use sp_runtime::BuildStorage;

/// Block number.
pub type BlockNumber = u32;
/// Signature of a transaction.
pub type Signature = MultiSignature;
/// Account id: the public key of the transaction signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account.
pub type Balance = u128;
/// Transaction index of an account.
pub type Nonce = u32;
/// Hash of blocks and tries.
pub type Hash = sp_core::H256;

/// Balance units: 1 DOT-style unit has 12 decimals.
pub const UNIT: Balance = 1_000_000_000_000;
pub const MILLI_UNIT: Balance = UNIT / 1_000;
pub const MICRO_UNIT: Balance = UNIT / 1_000_000;
/// Minimum balance of an account.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Deposit for storing `items` items of `bytes` bytes in total.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	items as Balance * 100 * MILLI_UNIT + bytes as Balance * 100 * MICRO_UNIT
}

/// The target time between blocks: BABE's slot, and the timed development seal's period.
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;

/// The length of a BABE epoch, in slots: one minute. Fixed for the life of a chain (BABE cannot
/// change it). Each epoch's randomness comes from the VRF outputs of the blocks of the epoch
/// before, and selections draw from it (see the Datdot pallet's configuration): a short epoch
/// makes a selection wait less for randomness no one knew when it was asked for.
pub const EPOCH_DURATION_IN_SLOTS: u64 = 10;

/// BABE's configuration at genesis: a primary slot leader in a quarter of slots (`c` = 1/4),
/// secondary VRF slots so that every slot has an author and its VRF output.
pub const BABE_GENESIS_EPOCH_CONFIG: sp_consensus_babe::BabeEpochConfiguration =
	sp_consensus_babe::BabeEpochConfiguration {
		c: (1, 4),
		allowed_slots: sp_consensus_babe::AllowedSlots::PrimaryAndSecondaryVRFSlots,
	};

/// Types the node and tools need without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;

	sp_runtime::impl_opaque_keys! {
		/// A validator's session keys: BABE for authoring, GRANDPA for finality.
		pub struct SessionKeys {
			/// Block authoring.
			pub babe: Babe,
			/// Finality.
			pub grandpa: Grandpa,
		}
	}
}

/// The runtime's version. A runtime upgrade (`system.set_code`) takes only a runtime of the same
/// `spec_name` and a higher `spec_version`.
#[cfg(not(feature = "next-runtime"))]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("datdot"),
	impl_name: alloc::borrow::Cow::Borrowed("datdot"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 2,
	system_version: 1,
};

/// The next runtime's version (the `next-runtime` feature): the same runtime one `spec_version`
/// on, with the storage migrations of [`Migrations`].
#[cfg(feature = "next-runtime")]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("datdot"),
	impl_name: alloc::borrow::Cow::Borrowed("datdot"),
	authoring_version: 1,
	spec_version: 101,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 2,
	system_version: 1,
};

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	/// First after System: an epoch change (new randomness) is enacted before any other pallet's
	/// `on_initialize` reads it.
	#[runtime::pallet_index(5)]
	pub type Babe = pallet_babe;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(3)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(4)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(7)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(8)]
	pub type Parameters = pallet_parameters;
	#[runtime::pallet_index(10)]
	pub type Datdot = pallet_datdot;
}

/// Address format of accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// What every signed transaction carries besides its call. `CheckMetadataHash` lets a signer commit
/// to the runtime's metadata (`mode: 1` with the hash the wasm build embeds), so that a device which
/// shows the call from the metadata signs only what it showed; `PrioritizeReports` puts the
/// reports due from their signer first in the pool (see `pallet_datdot::PrioritizeReports`);
/// `WeightReclaim`, last, returns to the block the weight a call did not use.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	pallet_datdot::PrioritizeReports<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);
/// Extrinsic as the runtime decodes it.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload that is signed.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;
/// The storage migrations a runtime upgrade runs, in order, first thing in the first block of the
/// new runtime (`Executive` runs them once `spec_version` rises). Each is a versioned migration of
/// one pallet from its storage version to the next; this runtime's pallets are at the versions
/// their code reads, so there are none.
#[cfg(not(feature = "next-runtime"))]
pub type Migrations = ();
/// The storage migrations of the next runtime: Datdot's storage version 1 -> 2 (see
/// `pallet_datdot::migrations`).
#[cfg(feature = "next-runtime")]
pub type Migrations = (pallet_datdot::migrations::v2::MigrateV1ToV2<Runtime>,);

/// Dispatches extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[cfg(feature = "runtime-benchmarks")]
mod benches {
	pub use crate::*;
	frame_benchmarking::define_benchmarks!(
		[pallet_datdot, Datdot]
		[pallet_parameters, Parameters]
		[pallet_timestamp, Timestamp]
	);
}
