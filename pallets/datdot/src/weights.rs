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
	fn submit_performance_proof(h: u32, ) -> Weight;
	fn submit_performance_proof_unreachable(h: u32, ) -> Weight;
	fn agenda_performance_challenge() -> Weight;
	fn agenda_performance_challenge_timeout() -> Weight;
	fn agenda_replace_hoster() -> Weight;
	fn answer_accusation(c: u32, s: u32, n: u32, ) -> Weight;
	fn agenda_accusation_upheld(h: u32, ) -> Weight;
	fn fund_plan() -> Weight;
	fn set_prices() -> Weight;
	fn reference_leaf_hash(s: u32, ) -> Weight;
	fn reference_ed25519_verify() -> Weight;
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
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 62]`.
	fn publish_feed(r: u32, ) -> Weight {
		// Minimum execution time: 1_730_064_000 picoseconds.
		Weight::from_parts(1_869_241_942, 3593)
			// Standard Error: 766_067
			.saturating_add(Weight::from_parts(1_978_964, 0).saturating_mul(r.into()))
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
		// Minimum execution time: 1_319_875_000 picoseconds.
		Weight::from_parts(1_461_129_000, 3681)
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
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:0 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:0 w:3)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn register_for_work() -> Weight {
		// Minimum execution time: 2_271_911_000 picoseconds.
		Weight::from_parts(3_530_921_000, 9679)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 3_073_674_000 picoseconds.
		Weight::from_parts(3_857_774_000, 8502)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xced5f0c953b75708c407c3ad08ce8336` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0xced5f0c953b75708c407c3ad08ce8336` (r:1 w:0)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:6)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:3 w:6)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn pause() -> Weight {
		// Minimum execution time: 2_259_246_000 picoseconds.
		Weight::from_parts(3_204_689_000, 8502)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(17_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:3)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:0 w:3)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn unpause() -> Weight {
		// Minimum execution time: 1_570_034_000 picoseconds.
		Weight::from_parts(2_588_243_000, 9679)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
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
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 64]`.
	fn publish_plan(c: u32, ) -> Weight {
		// Minimum execution time: 3_401_238_000 picoseconds.
		Weight::from_parts(3_404_889_805, 8272)
			// Standard Error: 8_704_130
			.saturating_add(Weight::from_parts(172_697_630, 0).saturating_mul(c.into()))
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
	/// Storage: `Datdot::WaitingContracts` (r:1 w:1)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Amendments` (r:32 w:32)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:224 w:224)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:8 w:7)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:21 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:3 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 32]`.
	fn unpublish_plan(c: u32, ) -> Weight {
		// Minimum execution time: 6_874_681_000 picoseconds.
		Weight::from_parts(9_595_369_669, 53574)
			// Standard Error: 204_640_380
			.saturating_add(Weight::from_parts(2_980_874_987, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(39_u64))
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
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:7 w:10)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:21 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:3 w:3)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x3d24cdfbe618c74ebde67a38a929788f` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0x3d24cdfbe618c74ebde67a38a929788f` (r:1 w:0)
	/// Storage: `Datdot::FeedHosters` (r:3 w:3)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:1 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x6279da2b8a1668f8d616905e38c12dbc` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0x6279da2b8a1668f8d616905e38c12dbc` (r:1 w:0)
	fn hosting_setup_report() -> Weight {
		// Minimum execution time: 7_631_881_000 picoseconds.
		Weight::from_parts(8_405_912_000, 53574)
			.saturating_add(T::DbWeight::get().reads(50_u64))
			.saturating_add(T::DbWeight::get().writes(28_u64))
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
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:33 w:36)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:24 w:36)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:3 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:1 w:0)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1082), added: 3557, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:16 w:0)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Storage: `Datdot::SelectionNonce` (r:1 w:1)
	/// Proof: `Datdot::SelectionNonce` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn hosting_setup_report_failed() -> Weight {
		// Minimum execution time: 19_994_692_000 picoseconds.
		Weight::from_parts(21_823_272_000, 83622)
			.saturating_add(T::DbWeight::get().reads(112_u64))
			.saturating_add(T::DbWeight::get().writes(111_u64))
	}
	/// Storage: `Datdot::Amendments` (r:1 w:1)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:3 w:3)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:3 w:4)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:9 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:1 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x3d24cdfbe618c74ebde67a38a929788f` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0x3d24cdfbe618c74ebde67a38a929788f` (r:1 w:0)
	/// Storage: `Datdot::FeedHosters` (r:1 w:1)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:1 w:0)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn hoster_replacement_report() -> Weight {
		// Minimum execution time: 4_042_099_000 picoseconds.
		Weight::from_parts(4_675_537_000, 23526)
			.saturating_add(T::DbWeight::get().reads(25_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
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
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:18 w:18)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:12 w:18)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:1 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:1 w:0)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1082), added: 3557, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:16 w:0)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Storage: `Datdot::SelectionNonce` (r:1 w:1)
	/// Proof: `Datdot::SelectionNonce` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn hoster_replacement_report_failed() -> Weight {
		// Minimum execution time: 11_769_360_000 picoseconds.
		Weight::from_parts(19_067_194_000, 57406)
			.saturating_add(T::DbWeight::get().reads(71_u64))
			.saturating_add(T::DbWeight::get().writes(59_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:6)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:3 w:6)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn unregister_leaving() -> Weight {
		// Minimum execution time: 2_853_971_000 picoseconds.
		Weight::from_parts(4_518_643_000, 8502)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(17_u64))
	}
	/// Storage: `Datdot::AgendaHead` (r:1 w:1)
	/// Proof: `Datdot::AgendaHead` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:0)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::RetryPass` (r:1 w:0)
	/// Proof: `Datdot::RetryPass` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn agenda_base() -> Weight {
		// Minimum execution time: 157_545_000 picoseconds.
		Weight::from_parts(197_180_000, 4631)
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
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:39 w:6)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:12 w:6)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:3 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:1 w:0)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1082), added: 3557, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:16 w:0)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Storage: `Datdot::SelectionNonce` (r:1 w:1)
	/// Proof: `Datdot::SelectionNonce` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn agenda_task() -> Weight {
		// Minimum execution time: 18_908_676_000 picoseconds.
		Weight::from_parts(22_279_206_000, 98646)
			.saturating_add(T::DbWeight::get().reads(106_u64))
			.saturating_add(T::DbWeight::get().writes(50_u64))
	}
	/// Storage: `Datdot::Users` (r:15 w:13)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:8 w:14)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Amendments` (r:1 w:2)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:39 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:3 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:1 w:0)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1082), added: 3557, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:16 w:0)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
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
		// Minimum execution time: 14_626_025_000 picoseconds.
		Weight::from_parts(20_543_352_000, 98646)
			.saturating_add(T::DbWeight::get().reads(105_u64))
			.saturating_add(T::DbWeight::get().writes(36_u64))
	}
	/// Storage: `Datdot::StorageChallenges` (r:1 w:1)
	/// Proof: `Datdot::StorageChallenges` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:2 w:2)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:4 w:0)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Feeds` (r:1 w:0)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(216), added: 2691, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:1 w:1)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x3d24cdfbe618c74ebde67a38a929788f` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0x3d24cdfbe618c74ebde67a38a929788f` (r:1 w:0)
	/// Storage: `Datdot::StorageCycles` (r:0 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 4]`.
	/// The range of component `s` is `[1, 65536]`.
	/// The range of component `n` is `[0, 62]`.
	fn submit_storage_proof(c: u32, s: u32, n: u32, ) -> Weight {
		// Minimum execution time: 2_770_806_000 picoseconds.
		Weight::from_parts(1_525_609_926, 9679)
			// Standard Error: 108_044_149
			.saturating_add(Weight::from_parts(574_635_256, 0).saturating_mul(c.into()))
			// Standard Error: 5_584
			.saturating_add(Weight::from_parts(4_010, 0).saturating_mul(s.into()))
			// Standard Error: 5_839_477
			.saturating_add(Weight::from_parts(20_550_717, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(c.into()))
	}
	/// Storage: `Datdot::StorageChallenges` (r:1 w:1)
	/// Proof: `Datdot::StorageChallenges` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:102 w:101)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:2 w:2)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:6 w:4)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:1)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:2 w:2)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:2 w:4)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:100 w:100)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:2 w:1)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:1 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCursor` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCursor` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:0 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::RetryPass` (r:0 w:1)
	/// Proof: `Datdot::RetryPass` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// The range of component `h` is `[1, 100]`.
	fn submit_storage_proof_failed(h: u32, ) -> Weight {
		// Minimum execution time: 4_947_186_000 picoseconds.
		Weight::from_parts(5_246_308_000, 16014)
			// Standard Error: 35_356_116
			.saturating_add(Weight::from_parts(1_380_612_483, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(25_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(h.into())))
			.saturating_add(T::DbWeight::get().writes(29_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(h.into()))
	}
	/// Storage: `Datdot::Bookings` (r:101 w:1)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:100 w:0)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::SelectionNonce` (r:1 w:1)
	/// Proof: `Datdot::SelectionNonce` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Storage: `Datdot::IdleCount` (r:1 w:0)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:61 w:0)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:61 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageChallenges` (r:0 w:1)
	/// Proof: `Datdot::StorageChallenges` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:0 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn agenda_storage_challenge() -> Weight {
		// Minimum execution time: 43_016_591_000 picoseconds.
		Weight::from_parts(64_580_317_000, 271790)
			.saturating_add(T::DbWeight::get().reads(332_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Datdot::StorageChallenges` (r:1 w:2)
	/// Proof: `Datdot::StorageChallenges` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:102 w:2)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:62 w:2)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:6 w:3)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:100 w:0)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:62 w:3)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::SelectionNonce` (r:1 w:1)
	/// Proof: `Datdot::SelectionNonce` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:0 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn agenda_storage_challenge_timeout() -> Weight {
		// Minimum execution time: 45_353_544_000 picoseconds.
		Weight::from_parts(65_552_560_000, 271790)
			.saturating_add(T::DbWeight::get().reads(344_u64))
			.saturating_add(T::DbWeight::get().writes(21_u64))
	}
	/// Storage: `Datdot::PerformanceChallenges` (r:1 w:1)
	/// Proof: `Datdot::PerformanceChallenges` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:17 w:17)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:1 w:1)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x6279da2b8a1668f8d616905e38c12dbc` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0x6279da2b8a1668f8d616905e38c12dbc` (r:1 w:0)
	/// Storage: `Datdot::PerformanceCycles` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// The range of component `h` is `[1, 16]`.
	fn submit_performance_proof(h: u32, ) -> Weight {
		// Minimum execution time: 2_105_818_000 picoseconds.
		Weight::from_parts(2_276_171_113, 9679)
			// Standard Error: 28_950_114
			.saturating_add(Weight::from_parts(391_702_258, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(h.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 2771).saturating_mul(h.into()))
	}
	/// Storage: `Datdot::PerformanceChallenges` (r:1 w:1)
	/// Proof: `Datdot::PerformanceChallenges` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:4 w:4)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:1 w:1)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:17 w:17)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:30 w:51)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:24 w:51)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x6279da2b8a1668f8d616905e38c12dbc` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0x6279da2b8a1668f8d616905e38c12dbc` (r:1 w:0)
	/// Storage: `Datdot::PerformanceCycles` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// The range of component `h` is `[1, 16]`.
	fn submit_performance_proof_unreachable(h: u32, ) -> Weight {
		// Minimum execution time: 3_998_318_000 picoseconds.
		Weight::from_parts(2_136_335_837, 15554)
			// Standard Error: 129_106_754
			.saturating_add(Weight::from_parts(1_680_313_064, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(h.into())))
			.saturating_add(T::DbWeight::get().writes(17_u64))
			.saturating_add(T::DbWeight::get().writes((7_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 4223).saturating_mul(h.into()))
	}
	/// Storage: `Datdot::PerformanceCursor` (r:1 w:1)
	/// Proof: `Datdot::PerformanceCursor` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:16 w:0)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Storage: `Datdot::SelectionNonce` (r:1 w:1)
	/// Proof: `Datdot::SelectionNonce` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:1 w:0)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:42 w:0)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:33 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:0)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceChallenges` (r:0 w:1)
	/// Proof: `Datdot::PerformanceChallenges` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:0 w:1)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	fn agenda_performance_challenge() -> Weight {
		// Minimum execution time: 12_625_955_000 picoseconds.
		Weight::from_parts(18_147_539_000, 106158)
			.saturating_add(T::DbWeight::get().reads(101_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Datdot::PerformanceChallenges` (r:1 w:2)
	/// Proof: `Datdot::PerformanceChallenges` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:1 w:2)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:20 w:2)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:6 w:6)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:3 w:3)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:28 w:6)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCursor` (r:1 w:1)
	/// Proof: `Datdot::PerformanceCursor` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:18 w:0)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Proof: UNKNOWN KEY `0xc6248c5743030d427f89fdc1da87b221` (r:1 w:0)
	/// Storage: `Datdot::SelectionNonce` (r:1 w:1)
	/// Proof: `Datdot::SelectionNonce` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn agenda_performance_challenge_timeout() -> Weight {
		// Minimum execution time: 11_374_870_000 picoseconds.
		Weight::from_parts(12_657_945_000, 71102)
			.saturating_add(T::DbWeight::get().reads(85_u64))
			.saturating_add(T::DbWeight::get().writes(27_u64))
	}
	/// Storage: `Datdot::Bookings` (r:101 w:100)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:100 w:100)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:2 w:1)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(296), added: 2771, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:3 w:1)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:1 w:1)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:1)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:1 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1166), added: 3641, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:1 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCursor` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCursor` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:0 w:1)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::RetryPass` (r:0 w:1)
	/// Proof: `Datdot::RetryPass` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn agenda_replace_hoster() -> Weight {
		// Minimum execution time: 91_603_628_000 picoseconds.
		Weight::from_parts(116_429_100_000, 271790)
			.saturating_add(T::DbWeight::get().reads(212_u64))
			.saturating_add(T::DbWeight::get().writes(210_u64))
	}
	/// The range of component `s` is `[1, 65536]`.
	fn reference_leaf_hash(s: u32, ) -> Weight {
		// Minimum execution time: 16_171_000 picoseconds.
		Weight::from_parts(32_038_588, 0)
			// Standard Error: 14
			.saturating_add(Weight::from_parts(2_022, 0).saturating_mul(s.into()))
	}
	fn reference_ed25519_verify() -> Weight {
		// Minimum execution time: 97_262_000 picoseconds.
		Weight::from_parts(139_943_000, 0)
	}
	/// Until measured: as `unpublish_feed` (a record and two accounts read, a hold and a transfer).
	fn fund_plan() -> Weight {
		Weight::from_parts(1_461_129_000, 3681)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Until measured: one value written.
	fn set_prices() -> Weight {
		Weight::from_parts(139_943_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Until measured: as `submit_storage_proof` (the same verification of `c` proofs).
	fn answer_accusation(c: u32, s: u32, n: u32, ) -> Weight {
		// Minimum execution time: 2_770_806_000 picoseconds.
		Weight::from_parts(1_525_609_926, 9679)
			// Standard Error: 108_044_149
			.saturating_add(Weight::from_parts(574_635_256, 0).saturating_mul(c.into()))
			// Standard Error: 5_584
			.saturating_add(Weight::from_parts(4_010, 0).saturating_mul(s.into()))
			// Standard Error: 5_839_477
			.saturating_add(Weight::from_parts(20_550_717, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(c.into()))
	}
	/// Until measured: as `submit_storage_proof_failed` before accusations (the same failure of a
	/// hoster with `h` contracts).
	fn agenda_accusation_upheld(h: u32, ) -> Weight {
		// Minimum execution time: 4_947_186_000 picoseconds.
		Weight::from_parts(5_246_308_000, 16014)
			// Standard Error: 35_356_116
			.saturating_add(Weight::from_parts(1_380_612_483, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(25_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(h.into())))
			.saturating_add(T::DbWeight::get().writes(29_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(h.into()))
	}
}

/// The same figures with ParityDb weights, for tests and mock runtimes.
impl WeightInfo for () {
	fn publish_feed(r: u32, ) -> Weight {
		Weight::from_parts(1_869_241_942, 3593)
			.saturating_add(Weight::from_parts(1_978_964, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn unpublish_feed() -> Weight {
		Weight::from_parts(1_461_129_000, 3681)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn register_for_work() -> Weight {
		Weight::from_parts(3_530_921_000, 9679)
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().writes(16_u64))
	}
	fn unregister() -> Weight {
		Weight::from_parts(3_857_774_000, 8502)
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().writes(18_u64))
	}
	fn pause() -> Weight {
		Weight::from_parts(3_204_689_000, 8502)
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().writes(17_u64))
	}
	fn unpause() -> Weight {
		Weight::from_parts(2_588_243_000, 9679)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
	}
	fn publish_plan(c: u32, ) -> Weight {
		Weight::from_parts(3_404_889_805, 8272)
			.saturating_add(Weight::from_parts(172_697_630, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(41_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(c.into())))
	}
	fn unpublish_plan(c: u32, ) -> Weight {
		Weight::from_parts(9_595_369_669, 53574)
			.saturating_add(Weight::from_parts(2_980_874_987, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(39_u64))
			.saturating_add(ParityDbWeight::get().reads((9_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(13_u64))
			.saturating_add(ParityDbWeight::get().writes((9_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 17556).saturating_mul(c.into()))
	}
	fn hosting_setup_report() -> Weight {
		Weight::from_parts(8_405_912_000, 53574)
			.saturating_add(ParityDbWeight::get().reads(50_u64))
			.saturating_add(ParityDbWeight::get().writes(28_u64))
	}
	fn hosting_setup_report_failed() -> Weight {
		Weight::from_parts(21_823_272_000, 83622)
			.saturating_add(ParityDbWeight::get().reads(112_u64))
			.saturating_add(ParityDbWeight::get().writes(111_u64))
	}
	fn hoster_replacement_report() -> Weight {
		Weight::from_parts(4_675_537_000, 23526)
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().writes(13_u64))
	}
	fn hoster_replacement_report_failed() -> Weight {
		Weight::from_parts(19_067_194_000, 57406)
			.saturating_add(ParityDbWeight::get().reads(71_u64))
			.saturating_add(ParityDbWeight::get().writes(59_u64))
	}
	fn unregister_leaving() -> Weight {
		Weight::from_parts(4_518_643_000, 8502)
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(17_u64))
	}
	fn agenda_base() -> Weight {
		Weight::from_parts(197_180_000, 4631)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn agenda_task() -> Weight {
		Weight::from_parts(22_279_206_000, 98646)
			.saturating_add(ParityDbWeight::get().reads(106_u64))
			.saturating_add(ParityDbWeight::get().writes(50_u64))
	}
	fn agenda_hand_over() -> Weight {
		Weight::from_parts(20_543_352_000, 98646)
			.saturating_add(ParityDbWeight::get().reads(105_u64))
			.saturating_add(ParityDbWeight::get().writes(36_u64))
	}
	fn submit_storage_proof(c: u32, s: u32, n: u32, ) -> Weight {
		Weight::from_parts(1_525_609_926, 9679)
			.saturating_add(Weight::from_parts(574_635_256, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(4_010, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(20_550_717, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(c.into()))
	}
	fn submit_storage_proof_failed(h: u32, ) -> Weight {
		Weight::from_parts(5_246_308_000, 16014)
			.saturating_add(Weight::from_parts(1_380_612_483, 0).saturating_mul(h.into()))
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(h.into())))
			.saturating_add(ParityDbWeight::get().writes(29_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(h.into()))
	}
	fn agenda_storage_challenge() -> Weight {
		Weight::from_parts(64_580_317_000, 271790)
			.saturating_add(ParityDbWeight::get().reads(332_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn agenda_storage_challenge_timeout() -> Weight {
		Weight::from_parts(65_552_560_000, 271790)
			.saturating_add(ParityDbWeight::get().reads(344_u64))
			.saturating_add(ParityDbWeight::get().writes(21_u64))
	}
	fn submit_performance_proof(h: u32, ) -> Weight {
		Weight::from_parts(2_276_171_113, 9679)
			.saturating_add(Weight::from_parts(391_702_258, 0).saturating_mul(h.into()))
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(h.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 2771).saturating_mul(h.into()))
	}
	fn submit_performance_proof_unreachable(h: u32, ) -> Weight {
		Weight::from_parts(2_136_335_837, 15554)
			.saturating_add(Weight::from_parts(1_680_313_064, 0).saturating_mul(h.into()))
			.saturating_add(ParityDbWeight::get().reads(19_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(h.into())))
			.saturating_add(ParityDbWeight::get().writes(17_u64))
			.saturating_add(ParityDbWeight::get().writes((7_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 4223).saturating_mul(h.into()))
	}
	fn agenda_performance_challenge() -> Weight {
		Weight::from_parts(18_147_539_000, 106158)
			.saturating_add(ParityDbWeight::get().reads(101_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn agenda_performance_challenge_timeout() -> Weight {
		Weight::from_parts(12_657_945_000, 71102)
			.saturating_add(ParityDbWeight::get().reads(85_u64))
			.saturating_add(ParityDbWeight::get().writes(27_u64))
	}
	fn agenda_replace_hoster() -> Weight {
		Weight::from_parts(116_429_100_000, 271790)
			.saturating_add(ParityDbWeight::get().reads(212_u64))
			.saturating_add(ParityDbWeight::get().writes(210_u64))
	}
	fn reference_leaf_hash(s: u32, ) -> Weight {
		Weight::from_parts(32_038_588, 0)
			.saturating_add(Weight::from_parts(2_022, 0).saturating_mul(s.into()))
	}
	fn reference_ed25519_verify() -> Weight {
		Weight::from_parts(139_943_000, 0)
	}
	/// Until measured: as `unpublish_feed` (a record and two accounts read, a hold and a transfer).
	fn fund_plan() -> Weight {
		Weight::from_parts(1_461_129_000, 3681)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	/// Until measured: one value written.
	fn set_prices() -> Weight {
		Weight::from_parts(139_943_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn answer_accusation(c: u32, s: u32, n: u32, ) -> Weight {
		Weight::from_parts(1_525_609_926, 9679)
			.saturating_add(Weight::from_parts(574_635_256, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(4_010, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(20_550_717, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(c.into()))
	}
	fn agenda_accusation_upheld(h: u32, ) -> Weight {
		Weight::from_parts(5_246_308_000, 16014)
			.saturating_add(Weight::from_parts(1_380_612_483, 0).saturating_mul(h.into()))
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(h.into())))
			.saturating_add(ParityDbWeight::get().writes(29_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(h.into()))
	}
}
