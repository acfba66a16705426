//! Weights of `pallet_datdot`, measured by its benchmarks (frame-benchmarking v2).
//!
//! Written by `scripts/bench.sh` (2026-11-26, benchmark CLI 64.0.0, steps 10,
//! repeat 5, Compiled wasm execution, CPU `AMD EPYC`).
//! Do not edit by hand: change the benchmarks and run the script again.
//!
//! Command:
//!   /root/.cache/datdot-chain/target/debug/datdot-node-bench
//!   benchmark
//!   pallet
//!   --chain
//!   dev
//!   --pallet
//!   pallet_datdot
//!   --extrinsic
//!   *
//!   --steps
//!   10
//!   --repeat
//!   5
//!   --heap-pages
//!   4096
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/datdot/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_datdot`.
pub trait WeightInfo {
	fn publish_feed(r: u32, ) -> Weight;
	fn unpublish_feed() -> Weight;
	fn register_for_work() -> Weight;
	fn unregister() -> Weight;
	fn pause() -> Weight;
	fn unpause() -> Weight;
	fn publish_plan(c: u32, ) -> Weight;
	fn unpublish_plan(c: u32, ) -> Weight;
	fn hosting_setup_report() -> Weight;
	fn hosting_setup_report_failed() -> Weight;
	fn hoster_replacement_report() -> Weight;
	fn hoster_replacement_report_failed() -> Weight;
	fn unregister_leaving() -> Weight;
	fn agenda_base() -> Weight;
	fn agenda_task() -> Weight;
	fn agenda_hand_over() -> Weight;
	fn submit_storage_proof(c: u32, s: u32, n: u32, ) -> Weight;
	fn submit_storage_proof_failed(h: u32, ) -> Weight;
	fn agenda_storage_challenge() -> Weight;
	fn agenda_storage_challenge_timeout() -> Weight;
}

/// Weights measured on the benchmark machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Datdot::FeedByKey` (r:1 w:1)
	/// Proof: `Datdot::FeedByKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:1)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Feeds` (r:0 w:1)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(216), added: 2691, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:0 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 62]`.
	fn publish_feed(_r: u32, ) -> Weight {
		// Minimum execution time: 1_796_178_000 picoseconds.
		Weight::from_parts(2_912_264_219, 3593)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Datdot::Feeds` (r:1 w:1)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(216), added: 2691, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedByKey` (r:0 w:1)
	/// Proof: `Datdot::FeedByKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn unpublish_feed() -> Weight {
		// Minimum execution time: 1_421_415_000 picoseconds.
		Weight::from_parts(2_083_086_000, 3681)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:1)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserBySigningKey` (r:1 w:1)
	/// Proof: `Datdot::UserBySigningKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByNoiseKey` (r:1 w:1)
	/// Proof: `Datdot::UserByNoiseKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:3)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PendingTasks` (r:1 w:0)
	/// Proof: `Datdot::PendingTasks` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:0 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:0 w:3)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn register_for_work() -> Weight {
		// Minimum execution time: 2_550_713_000 picoseconds.
		Weight::from_parts(3_555_467_000, 9679)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:6)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:3 w:6)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn unregister() -> Weight {
		// Minimum execution time: 3_192_576_000 picoseconds.
		Weight::from_parts(4_773_320_000, 8502)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:6)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:3 w:6)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn pause() -> Weight {
		// Minimum execution time: 2_325_630_000 picoseconds.
		Weight::from_parts(3_348_829_000, 8502)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:3)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PendingTasks` (r:1 w:0)
	/// Proof: `Datdot::PendingTasks` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:0 w:3)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn unpause() -> Weight {
		// Minimum execution time: 1_464_736_000 picoseconds.
		Weight::from_parts(2_315_612_000, 9679)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Datdot::Feeds` (r:1 w:0)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(216), added: 2691, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:1)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:0 w:1)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1082), added: 3557, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:0 w:64)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:0 w:33)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:0 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 64]`.
	fn publish_plan(c: u32, ) -> Weight {
		// Minimum execution time: 4_637_766_000 picoseconds.
		Weight::from_parts(6_852_778_804, 8272)
			// Standard Error: 12_961_870
			.saturating_add(Weight::from_parts(109_906_541, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(41_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
	}
	/// Storage: `Datdot::Plans` (r:1 w:1)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1082), added: 3557, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:32 w:32)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PendingTasks` (r:1 w:1)
	/// Proof: `Datdot::PendingTasks` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Amendments` (r:32 w:32)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:224 w:224)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:8 w:7)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:21 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 32]`.
	fn unpublish_plan(c: u32, ) -> Weight {
		// Minimum execution time: 6_837_982_000 picoseconds.
		Weight::from_parts(9_007_047_389, 53574)
			// Standard Error: 243_339_423
			.saturating_add(Weight::from_parts(3_204_669_632, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(36_u64))
			.saturating_add(T::DbWeight::get().reads((9_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(13_u64))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 17556).saturating_mul(c.into()))
	}
	/// Storage: `Datdot::Amendments` (r:1 w:1)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:7 w:7)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:7 w:10)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:21 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PendingTasks` (r:1 w:0)
	/// Proof: `Datdot::PendingTasks` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	fn hosting_setup_report() -> Weight {
		// Minimum execution time: 6_629_411_000 picoseconds.
		Weight::from_parts(8_045_045_000, 53574)
			.saturating_add(T::DbWeight::get().reads(40_u64))
			.saturating_add(T::DbWeight::get().writes(20_u64))
	}
	/// Storage: `Datdot::Amendments` (r:1 w:2)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:7 w:14)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:14 w:14)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:33 w:36)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PendingTasks` (r:1 w:0)
	/// Proof: `Datdot::PendingTasks` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:24 w:36)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:1 w:0)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1082), added: 3557, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:16 w:0)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::SelectionNonce` (r:1 w:1)
	/// Proof: `Datdot::SelectionNonce` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn hosting_setup_report_failed() -> Weight {
		// Minimum execution time: 20_572_857_000 picoseconds.
		Weight::from_parts(27_799_638_000, 83622)
			.saturating_add(T::DbWeight::get().reads(108_u64))
			.saturating_add(T::DbWeight::get().writes(111_u64))
	}
	/// Storage: `Datdot::Amendments` (r:1 w:1)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:3 w:3)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:3 w:4)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:9 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PendingTasks` (r:1 w:0)
	/// Proof: `Datdot::PendingTasks` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	fn hoster_replacement_report() -> Weight {
		// Minimum execution time: 3_541_120_000 picoseconds.
		Weight::from_parts(3_710_799_000, 23526)
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Datdot::Amendments` (r:1 w:2)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:3 w:6)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:6 w:6)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:18 w:18)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PendingTasks` (r:1 w:0)
	/// Proof: `Datdot::PendingTasks` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:12 w:18)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:1 w:0)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1082), added: 3557, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:16 w:0)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::SelectionNonce` (r:1 w:1)
	/// Proof: `Datdot::SelectionNonce` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn hoster_replacement_report_failed() -> Weight {
		// Minimum execution time: 11_479_496_000 picoseconds.
		Weight::from_parts(12_207_842_000, 57406)
			.saturating_add(T::DbWeight::get().reads(69_u64))
			.saturating_add(T::DbWeight::get().writes(59_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:6)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:3 w:6)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn unregister_leaving() -> Weight {
		// Minimum execution time: 3_322_530_000 picoseconds.
		Weight::from_parts(5_066_400_000, 8502)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(17_u64))
	}
	/// Storage: `Datdot::AgendaHead` (r:1 w:1)
	/// Proof: `Datdot::AgendaHead` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:0)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PendingPass` (r:1 w:0)
	/// Proof: `Datdot::PendingPass` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn agenda_base() -> Weight {
		// Minimum execution time: 162_093_000 picoseconds.
		Weight::from_parts(253_114_000, 4631)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Datdot::Amendments` (r:1 w:2)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:7 w:14)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:15 w:13)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:39 w:6)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PendingTasks` (r:1 w:0)
	/// Proof: `Datdot::PendingTasks` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:12 w:6)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:1 w:0)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1082), added: 3557, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:16 w:0)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::SelectionNonce` (r:1 w:1)
	/// Proof: `Datdot::SelectionNonce` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn agenda_task() -> Weight {
		// Minimum execution time: 15_636_751_000 picoseconds.
		Weight::from_parts(17_444_811_000, 98646)
			.saturating_add(T::DbWeight::get().reads(102_u64))
			.saturating_add(T::DbWeight::get().writes(50_u64))
	}
	/// Storage: `Datdot::Users` (r:15 w:13)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:8 w:14)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Amendments` (r:1 w:2)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:39 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PendingTasks` (r:1 w:0)
	/// Proof: `Datdot::PendingTasks` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:1 w:0)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1082), added: 3557, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:16 w:0)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::SelectionNonce` (r:1 w:1)
	/// Proof: `Datdot::SelectionNonce` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:0)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:9 w:0)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn agenda_hand_over() -> Weight {
		// Minimum execution time: 17_137_324_000 picoseconds.
		Weight::from_parts(22_981_904_000, 98646)
			.saturating_add(T::DbWeight::get().reads(101_u64))
			.saturating_add(T::DbWeight::get().writes(36_u64))
	}
	fn submit_storage_proof(c: u32, _s: u32, _n: u32, ) -> Weight {
		Self::hosting_setup_report().saturating_mul(c.into())
	}
	fn submit_storage_proof_failed(h: u32, ) -> Weight {
		Self::hosting_setup_report().saturating_mul(h.into())
	}
	fn agenda_storage_challenge() -> Weight {
		Self::agenda_task()
	}
	fn agenda_storage_challenge_timeout() -> Weight {
		Self::agenda_task()
	}
}

/// The same figures with ParityDb weights, for tests and mock runtimes.
impl WeightInfo for () {
	fn publish_feed(_r: u32, ) -> Weight {
		Weight::from_parts(2_912_264_219, 3593)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn unpublish_feed() -> Weight {
		Weight::from_parts(2_083_086_000, 3681)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn register_for_work() -> Weight {
		Weight::from_parts(3_555_467_000, 9679)
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().writes(16_u64))
	}
	fn unregister() -> Weight {
		Weight::from_parts(4_773_320_000, 8502)
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().writes(18_u64))
	}
	fn pause() -> Weight {
		Weight::from_parts(3_348_829_000, 8502)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(16_u64))
	}
	fn unpause() -> Weight {
		Weight::from_parts(2_315_612_000, 9679)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn publish_plan(c: u32, ) -> Weight {
		Weight::from_parts(6_852_778_804, 8272)
			.saturating_add(Weight::from_parts(109_906_541, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(41_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(c.into())))
	}
	fn unpublish_plan(c: u32, ) -> Weight {
		Weight::from_parts(9_007_047_389, 53574)
			.saturating_add(Weight::from_parts(3_204_669_632, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(36_u64))
			.saturating_add(ParityDbWeight::get().reads((9_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(13_u64))
			.saturating_add(ParityDbWeight::get().writes((9_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 17556).saturating_mul(c.into()))
	}
	fn hosting_setup_report() -> Weight {
		Weight::from_parts(8_045_045_000, 53574)
			.saturating_add(ParityDbWeight::get().reads(40_u64))
			.saturating_add(ParityDbWeight::get().writes(20_u64))
	}
	fn hosting_setup_report_failed() -> Weight {
		Weight::from_parts(27_799_638_000, 83622)
			.saturating_add(ParityDbWeight::get().reads(108_u64))
			.saturating_add(ParityDbWeight::get().writes(111_u64))
	}
	fn hoster_replacement_report() -> Weight {
		Weight::from_parts(3_710_799_000, 23526)
			.saturating_add(ParityDbWeight::get().reads(20_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn hoster_replacement_report_failed() -> Weight {
		Weight::from_parts(12_207_842_000, 57406)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(59_u64))
	}
	fn unregister_leaving() -> Weight {
		Weight::from_parts(5_066_400_000, 8502)
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(17_u64))
	}
	fn agenda_base() -> Weight {
		Weight::from_parts(253_114_000, 4631)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn agenda_task() -> Weight {
		Weight::from_parts(17_444_811_000, 98646)
			.saturating_add(ParityDbWeight::get().reads(102_u64))
			.saturating_add(ParityDbWeight::get().writes(50_u64))
	}
	fn agenda_hand_over() -> Weight {
		Weight::from_parts(22_981_904_000, 98646)
			.saturating_add(ParityDbWeight::get().reads(101_u64))
			.saturating_add(ParityDbWeight::get().writes(36_u64))
	}
	fn submit_storage_proof(c: u32, _s: u32, _n: u32, ) -> Weight {
		Self::hosting_setup_report().saturating_mul(c.into())
	}
	fn submit_storage_proof_failed(h: u32, ) -> Weight {
		Self::hosting_setup_report().saturating_mul(h.into())
	}
	fn agenda_storage_challenge() -> Weight {
		Self::agenda_task()
	}
	fn agenda_storage_challenge_timeout() -> Weight {
		Self::agenda_task()
	}
}
