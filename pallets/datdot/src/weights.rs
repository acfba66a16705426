//! Weights of `pallet_datdot`, measured by its benchmarks (frame-benchmarking v2).
//!
//! Written by `scripts/bench.sh` (2026-12-04, benchmark CLI 64.0.0, steps 50,
//! repeat 20, Compiled wasm execution, CPU `Intel(R) Xeon(R) Processor`).
//! Do not edit by hand: change the benchmarks and run the script again.
//!
//! Command:
//!   /root/.cache/datdot-chain/bench-target/release/datdot-node-bench
//!   benchmark
//!   pallet
//!   --chain
//!   dev
//!   --pallet
//!   pallet_datdot
//!   --extrinsic
//!   *
//!   --steps
//!   50
//!   --repeat
//!   20
//!   --heap-pages
//!   4096
//!   --no-median-slopes
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
	fn unpublish_hosted_plan(c: u32, ) -> Weight;
	fn hosting_setup_report_failed() -> Weight;
	fn hoster_replacement_report() -> Weight;
	fn hoster_replacement_report_failed() -> Weight;
	fn unregister_leaving() -> Weight;
	fn agenda_base() -> Weight;
	fn agenda_task() -> Weight;
	fn agenda_budget_check() -> Weight;
	fn agenda_setup_deadline(c: u32, ) -> Weight;
	fn agenda_hand_over() -> Weight;
	fn submit_storage_proof(c: u32, t: u32, s: u32, n: u32, ) -> Weight;
	fn submit_storage_proof_failed(h: u32, ) -> Weight;
	fn answer_accusation(c: u32, t: u32, s: u32, n: u32, ) -> Weight;
	fn agenda_accusation_upheld(h: u32, ) -> Weight;
	fn agenda_storage_challenge() -> Weight;
	fn agenda_storage_challenge_timeout() -> Weight;
	fn submit_performance_proof(h: u32, ) -> Weight;
	fn submit_performance_proof_unreachable(h: u32, ) -> Weight;
	fn agenda_performance_challenge() -> Weight;
	fn agenda_performance_challenge_timeout() -> Weight;
	fn agenda_replace_hoster() -> Weight;
	fn fund_plan() -> Weight;
	fn set_prices() -> Weight;
	fn prioritize_report() -> Weight;
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Feeds` (r:0 w:1)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:0 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 62]`.
	fn publish_feed(r: u32, ) -> Weight {
		// Minimum execution time: 95_577_000 picoseconds.
		Weight::from_parts(106_521_329, 3604)
			// Standard Error: 2_381
			.saturating_add(Weight::from_parts(51_655, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Datdot::Feeds` (r:1 w:1)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:1)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedByKey` (r:0 w:1)
	/// Proof: `Datdot::FeedByKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn unpublish_feed() -> Weight {
		// Minimum execution time: 56_292_000 picoseconds.
		Weight::from_parts(59_999_000, 3791)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:1)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserBySigningKey` (r:1 w:1)
	/// Proof: `Datdot::UserBySigningKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByNoiseKey` (r:1 w:1)
	/// Proof: `Datdot::UserByNoiseKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:7 w:7)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:7 w:7)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:0 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:0 w:7)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn register_for_work() -> Weight {
		// Minimum execution time: 163_553_000 picoseconds.
		Weight::from_parts(169_037_000, 18616)
			.saturating_add(T::DbWeight::get().reads(23_u64))
			.saturating_add(T::DbWeight::get().writes(29_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:1)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:7 w:14)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:7 w:7)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:7 w:14)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserBySigningKey` (r:0 w:1)
	/// Proof: `Datdot::UserBySigningKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByNoiseKey` (r:0 w:1)
	/// Proof: `Datdot::UserByNoiseKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn unregister() -> Weight {
		// Minimum execution time: 196_283_000 picoseconds.
		Weight::from_parts(207_643_000, 18616)
			.saturating_add(T::DbWeight::get().reads(26_u64))
			.saturating_add(T::DbWeight::get().writes(42_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:7 w:14)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:7 w:7)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:7 w:14)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn pause() -> Weight {
		// Minimum execution time: 159_825_000 picoseconds.
		Weight::from_parts(168_245_000, 18616)
			.saturating_add(T::DbWeight::get().reads(26_u64))
			.saturating_add(T::DbWeight::get().writes(38_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:7 w:7)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:7 w:7)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:0 w:7)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn unpause() -> Weight {
		// Minimum execution time: 107_071_000 picoseconds.
		Weight::from_parts(111_723_000, 18616)
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().writes(24_u64))
	}
	/// Storage: `Datdot::Feeds` (r:1 w:1)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PriceList` (r:1 w:0)
	/// Proof: `Datdot::PriceList` (`max_values`: Some(1), `max_size`: Some(112), added: 607, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:1)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedPlans` (r:1 w:1)
	/// Proof: `Datdot::FeedPlans` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:0 w:1)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1087), added: 3562, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ComponentUses` (r:0 w:33)
	/// Proof: `Datdot::ComponentUses` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:0 w:64)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:0 w:33)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:0 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:0 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 64]`.
	fn publish_plan(c: u32, ) -> Weight {
		// Minimum execution time: 1_230_265_000 picoseconds.
		Weight::from_parts(1_260_555_815, 11916)
			// Standard Error: 23_175
			.saturating_add(Weight::from_parts(7_814_907, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(78_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
	}
	/// Storage: `Datdot::Plans` (r:1 w:1)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1087), added: 3562, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:1)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:32 w:32)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Feeds` (r:1 w:1)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedPlans` (r:1 w:1)
	/// Proof: `Datdot::FeedPlans` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:1)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Amendments` (r:32 w:32)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:224 w:224)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:25 w:25)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:24 w:0)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:24 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:1 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ComponentUses` (r:33 w:33)
	/// Proof: `Datdot::ComponentUses` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::RetryBackoff` (r:0 w:32)
	/// Proof: `Datdot::RetryBackoff` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:0 w:33)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ProvenAt` (r:0 w:24)
	/// Proof: `Datdot::ProvenAt` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 32]`.
	fn unpublish_plan(c: u32, ) -> Weight {
		// Minimum execution time: 1_399_386_000 picoseconds.
		Weight::from_parts(1_450_864_254, 84117)
			// Standard Error: 180_144
			.saturating_add(Weight::from_parts(83_822_472, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(85_u64))
			.saturating_add(T::DbWeight::get().reads((10_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(103_u64))
			.saturating_add(T::DbWeight::get().writes((11_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 17556).saturating_mul(c.into()))
	}
	/// Storage: `Datdot::Amendments` (r:1 w:1)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:7 w:7)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:7 w:10)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:7 w:0)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::HostedContracts` (r:3 w:3)
	/// Proof: `Datdot::HostedContracts` (`max_values`: None, `max_size`: Some(818), added: 3293, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:1 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:3 w:3)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:3 w:3)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:1 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:5 w:5)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PaidUntil` (r:0 w:3)
	/// Proof: `Datdot::PaidUntil` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn hosting_setup_report() -> Weight {
		// Minimum execution time: 548_731_000 picoseconds.
		Weight::from_parts(617_121_000, 20597)
			.saturating_add(T::DbWeight::get().reads(46_u64))
			.saturating_add(T::DbWeight::get().writes(41_u64))
	}
	/// Storage: `Datdot::Plans` (r:1 w:1)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1087), added: 3562, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:1)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:4 w:4)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:64 w:64)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Feeds` (r:1 w:1)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedPlans` (r:1 w:1)
	/// Proof: `Datdot::FeedPlans` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:1)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:3 w:3)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageChallenges` (r:3 w:3)
	/// Proof: `Datdot::StorageChallenges` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::CheckKeys` (r:3 w:3)
	/// Proof: `Datdot::CheckKeys` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PaidUntil` (r:192 w:192)
	/// Proof: `Datdot::PaidUntil` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:1 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ProvenAt` (r:3 w:3)
	/// Proof: `Datdot::ProvenAt` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Grades` (r:3 w:3)
	/// Proof: `Datdot::Grades` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:7 w:7)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:4 w:3)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::HostedContracts` (r:3 w:3)
	/// Proof: `Datdot::HostedContracts` (`max_values`: None, `max_size`: Some(818), added: 3293, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:195 w:195)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:6 w:0)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:1 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ComponentUses` (r:33 w:33)
	/// Proof: `Datdot::ComponentUses` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::RetryBackoff` (r:0 w:64)
	/// Proof: `Datdot::RetryBackoff` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCursor` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCursor` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformancePayer` (r:0 w:1)
	/// Proof: `Datdot::PerformancePayer` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:0 w:33)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 64]`.
	fn unpublish_hosted_plan(c: u32, ) -> Weight {
		// Minimum execution time: 1_617_966_000 picoseconds.
		Weight::from_parts(1_489_485_603, 84117)
			// Standard Error: 123_181
			.saturating_add(Weight::from_parts(213_319_411, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(87_u64))
			.saturating_add(T::DbWeight::get().reads((7_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(115_u64))
			.saturating_add(T::DbWeight::get().writes((8_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 7533).saturating_mul(c.into()))
	}
	/// Storage: `Datdot::Amendments` (r:1 w:1)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:7 w:7)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:7 w:7)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:7 w:7)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:42 w:78)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:6 w:6)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:36 w:78)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:3 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ProvenAt` (r:0 w:3)
	/// Proof: `Datdot::ProvenAt` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	fn hosting_setup_report_failed() -> Weight {
		// Minimum execution time: 890_534_000 picoseconds.
		Weight::from_parts(963_072_000, 106746)
			.saturating_add(T::DbWeight::get().reads(115_u64))
			.saturating_add(T::DbWeight::get().writes(191_u64))
	}
	/// Storage: `Datdot::Amendments` (r:1 w:1)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:3 w:3)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:3 w:4)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:3 w:0)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::HostedContracts` (r:1 w:1)
	/// Proof: `Datdot::HostedContracts` (`max_values`: None, `max_size`: Some(818), added: 3293, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:1 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:1 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:1 w:1)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:1 w:0)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PaidUntil` (r:0 w:1)
	/// Proof: `Datdot::PaidUntil` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn hoster_replacement_report() -> Weight {
		// Minimum execution time: 326_718_000 picoseconds.
		Weight::from_parts(366_093_000, 11402)
			.saturating_add(T::DbWeight::get().reads(26_u64))
			.saturating_add(T::DbWeight::get().writes(21_u64))
	}
	/// Storage: `Datdot::Amendments` (r:1 w:1)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:3 w:3)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:3 w:3)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:3 w:3)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:18 w:36)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:6 w:6)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:18 w:36)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:1 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ProvenAt` (r:0 w:1)
	/// Proof: `Datdot::ProvenAt` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	fn hoster_replacement_report_failed() -> Weight {
		// Minimum execution time: 457_722_000 picoseconds.
		Weight::from_parts(504_893_000, 46314)
			.saturating_add(T::DbWeight::get().reads(59_u64))
			.saturating_add(T::DbWeight::get().writes(93_u64))
	}
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:6 w:12)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:6 w:6)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:6 w:12)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn unregister_leaving() -> Weight {
		// Minimum execution time: 191_969_000 picoseconds.
		Weight::from_parts(215_187_000, 16098)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(33_u64))
	}
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::AgendaHead` (r:2 w:2)
	/// Proof: `Datdot::AgendaHead` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:0)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::AgendaOverflow` (r:2 w:0)
	/// Proof: `Datdot::AgendaOverflow` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::RetryPass` (r:1 w:0)
	/// Proof: `Datdot::RetryPass` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn agenda_base() -> Weight {
		// Minimum execution time: 20_766_000 picoseconds.
		Weight::from_parts(22_114_000, 8274)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Datdot::Amendments` (r:1 w:2)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:13 w:13)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:1 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:13 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:5 w:10)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:7 w:5)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:12 w:10)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:7 w:14)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:3 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:1 w:0)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1087), added: 3562, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:16 w:0)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Feeds` (r:1 w:0)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ProvenAt` (r:0 w:3)
	/// Proof: `Datdot::ProvenAt` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::AgendaOverflow` (r:0 w:1)
	/// Proof: `Datdot::AgendaOverflow` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	fn agenda_task() -> Weight {
		// Minimum execution time: 666_444_000 picoseconds.
		Weight::from_parts(700_455_000, 57406)
			.saturating_add(T::DbWeight::get().reads(93_u64))
			.saturating_add(T::DbWeight::get().writes(69_u64))
	}
	/// Storage: `Datdot::Users` (r:13 w:13)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:8 w:14)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Amendments` (r:1 w:2)
	/// Proof: `Datdot::Amendments` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:13 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:3 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:1)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Plans` (r:1 w:0)
	/// Proof: `Datdot::Plans` (`max_values`: None, `max_size`: Some(1087), added: 3562, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Components` (r:16 w:0)
	/// Proof: `Datdot::Components` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Feeds` (r:1 w:0)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:4 w:0)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:7 w:0)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserBySigningKey` (r:0 w:1)
	/// Proof: `Datdot::UserBySigningKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:0 w:1)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByNoiseKey` (r:0 w:1)
	/// Proof: `Datdot::UserByNoiseKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ProvenAt` (r:0 w:3)
	/// Proof: `Datdot::ProvenAt` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Bounded by `agenda_task` (a budget check does less) until measured.
	fn agenda_budget_check() -> Weight {
		Weight::from_parts(700_455_000, 57406)
			.saturating_add(T::DbWeight::get().reads(93_u64))
			.saturating_add(T::DbWeight::get().writes(69_u64))
	}
	/// Bounded by `agenda_task` (a deadline met does less) until measured.
	fn agenda_setup_deadline(_c: u32, ) -> Weight {
		Weight::from_parts(700_455_000, 57406)
			.saturating_add(T::DbWeight::get().reads(93_u64))
			.saturating_add(T::DbWeight::get().writes(69_u64))
	}
	fn agenda_hand_over() -> Weight {
		// Minimum execution time: 510_557_000 picoseconds.
		Weight::from_parts(527_980_000, 57406)
			.saturating_add(T::DbWeight::get().reads(77_u64))
			.saturating_add(T::DbWeight::get().writes(42_u64))
	}
	/// Storage: `Datdot::StorageChallenges` (r:1 w:1)
	/// Proof: `Datdot::StorageChallenges` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:2 w:2)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::CheckKeys` (r:1 w:1)
	/// Proof: `Datdot::CheckKeys` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:1 w:1)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:0)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:1 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:1 w:0)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:1 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PaidUntil` (r:1 w:1)
	/// Proof: `Datdot::PaidUntil` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Grades` (r:1 w:0)
	/// Proof: `Datdot::Grades` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ProvenAt` (r:0 w:1)
	/// Proof: `Datdot::ProvenAt` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 4]`.
	/// The range of component `t` is `[1, 4]`.
	/// The range of component `s` is `[1, 65536]`.
	/// The range of component `n` is `[0, 62]`.
	fn submit_storage_proof(c: u32, _t: u32, s: u32, _n: u32, ) -> Weight {
		// Minimum execution time: 384_536_000 picoseconds.
		Weight::from_parts(395_740_000, 9679)
			// Standard Error: 981_977
			.saturating_add(Weight::from_parts(92_846_582, 0).saturating_mul(c.into()))
			// Standard Error: 57
			.saturating_add(Weight::from_parts(2_042, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().writes(15_u64))
	}
	/// Storage: `Datdot::StorageChallenges` (r:1 w:1)
	/// Proof: `Datdot::StorageChallenges` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:1 w:1)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:2 w:2)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:0)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:0 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::CheckKeys` (r:0 w:1)
	/// Proof: `Datdot::CheckKeys` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Accusations` (r:0 w:1)
	/// Proof: `Datdot::Accusations` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::AccusationsOf` (r:0 w:1)
	/// Proof: `Datdot::AccusationsOf` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// The range of component `h` is `[1, 100]`.
	fn submit_storage_proof_failed(h: u32, ) -> Weight {
		// Minimum execution time: 88_296_000 picoseconds.
		Weight::from_parts(94_955_268, 11916)
			// Standard Error: 5_278
			.saturating_add(Weight::from_parts(179_532, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Datdot::Accusations` (r:1 w:1)
	/// Proof: `Datdot::Accusations` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:4 w:0)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Feeds` (r:4 w:0)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:1 w:0)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:4 w:4)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PaidUntil` (r:1 w:1)
	/// Proof: `Datdot::PaidUntil` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Grades` (r:1 w:0)
	/// Proof: `Datdot::Grades` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:2 w:2)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:6 w:6)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:6 w:6)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:0 w:6)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ProvenAt` (r:0 w:1)
	/// Proof: `Datdot::ProvenAt` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::AccusationsOf` (r:0 w:1)
	/// Proof: `Datdot::AccusationsOf` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 4]`.
	/// The range of component `t` is `[1, 4]`.
	/// The range of component `s` is `[1, 65536]`.
	/// The range of component `n` is `[0, 62]`.
	fn answer_accusation(c: u32, t: u32, s: u32, _n: u32, ) -> Weight {
		// Minimum execution time: 455_776_000 picoseconds.
		Weight::from_parts(483_193_000, 16098)
			// Standard Error: 1_496_172
			.saturating_add(Weight::from_parts(141_948_667, 0).saturating_mul(c.into()))
			// Standard Error: 1_496_172
			.saturating_add(Weight::from_parts(29_216_980, 0).saturating_mul(t.into()))
			// Standard Error: 86
			.saturating_add(Weight::from_parts(905, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(28_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 1621).saturating_mul(t.into()))
	}
	/// Storage: `Datdot::Accusations` (r:1 w:1)
	/// Proof: `Datdot::Accusations` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:2 w:2)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:100 w:100)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:3 w:3)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:2 w:4)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:2 w:2)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:2 w:4)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::HostedContracts` (r:1 w:1)
	/// Proof: `Datdot::HostedContracts` (`max_values`: None, `max_size`: Some(818), added: 3293, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:1 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PaidUntil` (r:100 w:100)
	/// Proof: `Datdot::PaidUntil` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ProvenAt` (r:1 w:1)
	/// Proof: `Datdot::ProvenAt` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Grades` (r:2 w:2)
	/// Proof: `Datdot::Grades` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:4 w:2)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:2 w:2)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:100 w:100)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:1)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCursor` (r:0 w:2)
	/// Proof: `Datdot::PerformanceCursor` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformancePayer` (r:0 w:2)
	/// Proof: `Datdot::PerformancePayer` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::RetryPass` (r:0 w:1)
	/// Proof: `Datdot::RetryPass` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::AccusationsOf` (r:0 w:1)
	/// Proof: `Datdot::AccusationsOf` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::AgendaOverflow` (r:0 w:1)
	/// Proof: `Datdot::AgendaOverflow` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// The range of component `h` is `[1, 100]`.
	fn agenda_accusation_upheld(h: u32, ) -> Weight {
		// Minimum execution time: 452_998_000 picoseconds.
		Weight::from_parts(564_179_875, 16500)
			// Standard Error: 116_726
			.saturating_add(Weight::from_parts(76_250_975, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(44_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(h.into())))
			.saturating_add(T::DbWeight::get().writes(61_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(h.into()))
	}
	/// Storage: `Datdot::HostedContracts` (r:1 w:0)
	/// Proof: `Datdot::HostedContracts` (`max_values`: None, `max_size`: Some(818), added: 3293, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:4 w:0)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:1 w:0)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:39 w:0)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:39 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:0)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Feeds` (r:1 w:0)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageChallenges` (r:0 w:1)
	/// Proof: `Datdot::StorageChallenges` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:0 w:1)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:0 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::CheckKeys` (r:0 w:1)
	/// Proof: `Datdot::CheckKeys` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	fn agenda_storage_challenge() -> Weight {
		// Minimum execution time: 435_903_000 picoseconds.
		Weight::from_parts(468_070_000, 110229)
			.saturating_add(T::DbWeight::get().reads(91_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Datdot::StorageChallenges` (r:1 w:2)
	/// Proof: `Datdot::StorageChallenges` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:1 w:2)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:40 w:2)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:2 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:5 w:0)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:1 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:6 w:6)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:6 w:6)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::HostedContracts` (r:1 w:0)
	/// Proof: `Datdot::HostedContracts` (`max_values`: None, `max_size`: Some(818), added: 3293, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:39 w:6)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Feeds` (r:1 w:0)
	/// Proof: `Datdot::Feeds` (`max_values`: None, `max_size`: Some(220), added: 2695, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:0 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::CheckKeys` (r:0 w:2)
	/// Proof: `Datdot::CheckKeys` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::AgendaOverflow` (r:0 w:1)
	/// Proof: `Datdot::AgendaOverflow` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	fn agenda_storage_challenge_timeout() -> Weight {
		// Minimum execution time: 688_364_000 picoseconds.
		Weight::from_parts(715_069_000, 113030)
			.saturating_add(T::DbWeight::get().reads(115_u64))
			.saturating_add(T::DbWeight::get().writes(38_u64))
	}
	/// Storage: `Datdot::PerformanceChallenges` (r:1 w:1)
	/// Proof: `Datdot::PerformanceChallenges` (`max_values`: None, `max_size`: Some(174), added: 2649, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:17 w:17)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:2 w:2)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:1 w:1)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:0)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:16 w:0)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:1 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Grades` (r:0 w:16)
	/// Proof: `Datdot::Grades` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// The range of component `h` is `[1, 16]`.
	fn submit_performance_proof(h: u32, ) -> Weight {
		// Minimum execution time: 177_758_000 picoseconds.
		Weight::from_parts(124_296_175, 9679)
			// Standard Error: 110_127
			.saturating_add(Weight::from_parts(53_138_220, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(h.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 2801).saturating_mul(h.into()))
	}
	/// Storage: `Datdot::PerformanceChallenges` (r:1 w:1)
	/// Proof: `Datdot::PerformanceChallenges` (`max_values`: None, `max_size`: Some(174), added: 2649, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:1 w:1)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:17 w:17)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:0)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::HostedContracts` (r:16 w:0)
	/// Proof: `Datdot::HostedContracts` (`max_values`: None, `max_size`: Some(818), added: 3293, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:16 w:0)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:1 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Grades` (r:0 w:16)
	/// Proof: `Datdot::Grades` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Accusations` (r:0 w:16)
	/// Proof: `Datdot::Accusations` (`max_values`: None, `max_size`: Some(111), added: 2586, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::AccusationsOf` (r:0 w:16)
	/// Proof: `Datdot::AccusationsOf` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// The range of component `h` is `[1, 16]`.
	fn submit_performance_proof_unreachable(h: u32, ) -> Weight {
		// Minimum execution time: 118_917_000 picoseconds.
		Weight::from_parts(102_977_627, 11916)
			// Standard Error: 89_209
			.saturating_add(Weight::from_parts(27_555_707, 0).saturating_mul(h.into()))
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(h.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 3293).saturating_mul(h.into()))
	}
	/// Storage: `Datdot::PerformanceCursor` (r:1 w:1)
	/// Proof: `Datdot::PerformanceCursor` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:16 w:0)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:1 w:0)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:20 w:0)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:16 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:0)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformancePayer` (r:1 w:1)
	/// Proof: `Datdot::PerformancePayer` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedPlans` (r:1 w:0)
	/// Proof: `Datdot::FeedPlans` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceChallenges` (r:0 w:1)
	/// Proof: `Datdot::PerformanceChallenges` (`max_values`: None, `max_size`: Some(174), added: 2649, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:0 w:1)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	fn agenda_performance_challenge() -> Weight {
		// Minimum execution time: 292_279_000 picoseconds.
		Weight::from_parts(309_768_000, 51350)
			.saturating_add(T::DbWeight::get().reads(62_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Datdot::PerformanceChallenges` (r:1 w:2)
	/// Proof: `Datdot::PerformanceChallenges` (`max_values`: None, `max_size`: Some(174), added: 2649, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:3 w:3)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:1 w:2)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:15 w:2)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:2 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:0)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:1 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:6 w:12)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:6 w:6)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:23 w:12)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCursor` (r:1 w:1)
	/// Proof: `Datdot::PerformanceCursor` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:18 w:0)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::NextId` (r:1 w:1)
	/// Proof: `Datdot::NextId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformancePayer` (r:1 w:1)
	/// Proof: `Datdot::PerformancePayer` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedPlans` (r:2 w:0)
	/// Proof: `Datdot::FeedPlans` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::AgendaOverflow` (r:0 w:1)
	/// Proof: `Datdot::AgendaOverflow` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	fn agenda_performance_challenge_timeout() -> Weight {
		// Minimum execution time: 594_054_000 picoseconds.
		Weight::from_parts(628_879_000, 58904)
			.saturating_add(T::DbWeight::get().reads(89_u64))
			.saturating_add(T::DbWeight::get().writes(50_u64))
	}
	/// Storage: `Datdot::HostedContracts` (r:1 w:1)
	/// Proof: `Datdot::HostedContracts` (`max_values`: None, `max_size`: Some(818), added: 3293, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Contracts` (r:100 w:100)
	/// Proof: `Datdot::Contracts` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::StorageCycles` (r:1 w:1)
	/// Proof: `Datdot::StorageCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PaidUntil` (r:100 w:100)
	/// Proof: `Datdot::PaidUntil` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Escrows` (r:2 w:2)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::ProvenAt` (r:1 w:1)
	/// Proof: `Datdot::ProvenAt` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Grades` (r:1 w:1)
	/// Proof: `Datdot::Grades` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Users` (r:1 w:1)
	/// Proof: `Datdot::Users` (`max_values`: None, `max_size`: Some(326), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::FeedHosters` (r:2 w:1)
	/// Proof: `Datdot::FeedHosters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Bookings` (r:100 w:100)
	/// Proof: `Datdot::Bookings` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleIn` (r:1 w:1)
	/// Proof: `Datdot::IdleIn` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdlePosition` (r:4 w:4)
	/// Proof: `Datdot::IdlePosition` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleCount` (r:4 w:4)
	/// Proof: `Datdot::IdleCount` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::WaitingContracts` (r:1 w:1)
	/// Proof: `Datdot::WaitingContracts` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCycles` (r:1 w:1)
	/// Proof: `Datdot::PerformanceCycles` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::Agenda` (r:1 w:1)
	/// Proof: `Datdot::Agenda` (`max_values`: None, `max_size`: Some(1167), added: 3642, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformanceCursor` (r:0 w:1)
	/// Proof: `Datdot::PerformanceCursor` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::PerformancePayer` (r:0 w:1)
	/// Proof: `Datdot::PerformancePayer` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::RetryPass` (r:0 w:1)
	/// Proof: `Datdot::RetryPass` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::IdleAt` (r:0 w:4)
	/// Proof: `Datdot::IdleAt` (`max_values`: None, `max_size`: Some(43), added: 2518, mode: `MaxEncodedLen`)
	fn agenda_replace_hoster() -> Weight {
		// Minimum execution time: 7_568_894_000 picoseconds.
		Weight::from_parts(7_706_489_000, 271790)
			.saturating_add(T::DbWeight::get().reads(324_u64))
			.saturating_add(T::DbWeight::get().writes(330_u64))
	}
	/// Storage: `Datdot::Escrows` (r:1 w:1)
	/// Proof: `Datdot::Escrows` (`max_values`: None, `max_size`: Some(257), added: 2732, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn fund_plan() -> Weight {
		// Minimum execution time: 107_710_000 picoseconds.
		Weight::from_parts(121_069_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Datdot::PriceList` (r:0 w:1)
	/// Proof: `Datdot::PriceList` (`max_values`: Some(1), `max_size`: Some(112), added: 607, mode: `MaxEncodedLen`)
	fn set_prices() -> Weight {
		// Minimum execution time: 5_098_000 picoseconds.
		Weight::from_parts(5_767_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Datdot::StorageChallenges` (r:1 w:0)
	/// Proof: `Datdot::StorageChallenges` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Datdot::UserByAccount` (r:1 w:0)
	/// Proof: `Datdot::UserByAccount` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn prioritize_report() -> Weight {
		// Minimum execution time: 13_930_000 picoseconds.
		Weight::from_parts(15_377_000, 3566)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// The range of component `s` is `[1, 65536]`.
	fn reference_leaf_hash(s: u32, ) -> Weight {
		// Minimum execution time: 529_000 picoseconds.
		Weight::from_parts(730_129, 0)
			// Standard Error: 0
			.saturating_add(Weight::from_parts(931, 0).saturating_mul(s.into()))
	}
	fn reference_ed25519_verify() -> Weight {
		// Minimum execution time: 33_022_000 picoseconds.
		Weight::from_parts(35_341_000, 0)
	}
}

/// The same figures with ParityDb weights, for tests and mock runtimes.
impl WeightInfo for () {
	fn publish_feed(r: u32, ) -> Weight {
		Weight::from_parts(106_521_329, 3604)
			.saturating_add(Weight::from_parts(51_655, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn unpublish_feed() -> Weight {
		Weight::from_parts(59_999_000, 3791)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn register_for_work() -> Weight {
		Weight::from_parts(169_037_000, 18616)
			.saturating_add(ParityDbWeight::get().reads(23_u64))
			.saturating_add(ParityDbWeight::get().writes(29_u64))
	}
	fn unregister() -> Weight {
		Weight::from_parts(207_643_000, 18616)
			.saturating_add(ParityDbWeight::get().reads(26_u64))
			.saturating_add(ParityDbWeight::get().writes(42_u64))
	}
	fn pause() -> Weight {
		Weight::from_parts(168_245_000, 18616)
			.saturating_add(ParityDbWeight::get().reads(26_u64))
			.saturating_add(ParityDbWeight::get().writes(38_u64))
	}
	fn unpause() -> Weight {
		Weight::from_parts(111_723_000, 18616)
			.saturating_add(ParityDbWeight::get().reads(19_u64))
			.saturating_add(ParityDbWeight::get().writes(24_u64))
	}
	fn publish_plan(c: u32, ) -> Weight {
		Weight::from_parts(1_260_555_815, 11916)
			.saturating_add(Weight::from_parts(7_814_907, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(78_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(c.into())))
	}
	fn unpublish_plan(c: u32, ) -> Weight {
		Weight::from_parts(1_450_864_254, 84117)
			.saturating_add(Weight::from_parts(83_822_472, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(85_u64))
			.saturating_add(ParityDbWeight::get().reads((10_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(103_u64))
			.saturating_add(ParityDbWeight::get().writes((11_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 17556).saturating_mul(c.into()))
	}
	fn hosting_setup_report() -> Weight {
		Weight::from_parts(617_121_000, 20597)
			.saturating_add(ParityDbWeight::get().reads(46_u64))
			.saturating_add(ParityDbWeight::get().writes(41_u64))
	}
	fn unpublish_hosted_plan(c: u32, ) -> Weight {
		Weight::from_parts(1_489_485_603, 84117)
			.saturating_add(Weight::from_parts(213_319_411, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(87_u64))
			.saturating_add(ParityDbWeight::get().reads((7_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(115_u64))
			.saturating_add(ParityDbWeight::get().writes((8_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 7533).saturating_mul(c.into()))
	}
	fn hosting_setup_report_failed() -> Weight {
		Weight::from_parts(963_072_000, 106746)
			.saturating_add(ParityDbWeight::get().reads(115_u64))
			.saturating_add(ParityDbWeight::get().writes(191_u64))
	}
	fn hoster_replacement_report() -> Weight {
		Weight::from_parts(366_093_000, 11402)
			.saturating_add(ParityDbWeight::get().reads(26_u64))
			.saturating_add(ParityDbWeight::get().writes(21_u64))
	}
	fn hoster_replacement_report_failed() -> Weight {
		Weight::from_parts(504_893_000, 46314)
			.saturating_add(ParityDbWeight::get().reads(59_u64))
			.saturating_add(ParityDbWeight::get().writes(93_u64))
	}
	fn unregister_leaving() -> Weight {
		Weight::from_parts(215_187_000, 16098)
			.saturating_add(ParityDbWeight::get().reads(22_u64))
			.saturating_add(ParityDbWeight::get().writes(33_u64))
	}
	fn agenda_base() -> Weight {
		Weight::from_parts(22_114_000, 8274)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn agenda_task() -> Weight {
		Weight::from_parts(700_455_000, 57406)
			.saturating_add(ParityDbWeight::get().reads(93_u64))
			.saturating_add(ParityDbWeight::get().writes(69_u64))
	}
	fn agenda_budget_check() -> Weight {
		Weight::from_parts(700_455_000, 57406)
			.saturating_add(ParityDbWeight::get().reads(93_u64))
			.saturating_add(ParityDbWeight::get().writes(69_u64))
	}
	fn agenda_setup_deadline(_c: u32, ) -> Weight {
		Weight::from_parts(700_455_000, 57406)
			.saturating_add(ParityDbWeight::get().reads(93_u64))
			.saturating_add(ParityDbWeight::get().writes(69_u64))
	}
	fn agenda_hand_over() -> Weight {
		Weight::from_parts(527_980_000, 57406)
			.saturating_add(ParityDbWeight::get().reads(77_u64))
			.saturating_add(ParityDbWeight::get().writes(42_u64))
	}
	fn submit_storage_proof(c: u32, _t: u32, s: u32, _n: u32, ) -> Weight {
		Weight::from_parts(395_740_000, 9679)
			.saturating_add(Weight::from_parts(92_846_582, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(2_042, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(20_u64))
			.saturating_add(ParityDbWeight::get().writes(15_u64))
	}
	fn submit_storage_proof_failed(h: u32, ) -> Weight {
		Weight::from_parts(94_955_268, 11916)
			.saturating_add(Weight::from_parts(179_532, 0).saturating_mul(h.into()))
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().writes(12_u64))
	}
	fn answer_accusation(c: u32, t: u32, s: u32, _n: u32, ) -> Weight {
		Weight::from_parts(483_193_000, 16098)
			.saturating_add(Weight::from_parts(141_948_667, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(29_216_980, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(905, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(19_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(t.into())))
			.saturating_add(ParityDbWeight::get().writes(28_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 1621).saturating_mul(t.into()))
	}
	fn agenda_accusation_upheld(h: u32, ) -> Weight {
		Weight::from_parts(564_179_875, 16500)
			.saturating_add(Weight::from_parts(76_250_975, 0).saturating_mul(h.into()))
			.saturating_add(ParityDbWeight::get().reads(44_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(h.into())))
			.saturating_add(ParityDbWeight::get().writes(61_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(h.into()))
	}
	fn agenda_storage_challenge() -> Weight {
		Weight::from_parts(468_070_000, 110229)
			.saturating_add(ParityDbWeight::get().reads(91_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn agenda_storage_challenge_timeout() -> Weight {
		Weight::from_parts(715_069_000, 113030)
			.saturating_add(ParityDbWeight::get().reads(115_u64))
			.saturating_add(ParityDbWeight::get().writes(38_u64))
	}
	fn submit_performance_proof(h: u32, ) -> Weight {
		Weight::from_parts(124_296_175, 9679)
			.saturating_add(Weight::from_parts(53_138_220, 0).saturating_mul(h.into()))
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(h.into())))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 2801).saturating_mul(h.into()))
	}
	fn submit_performance_proof_unreachable(h: u32, ) -> Weight {
		Weight::from_parts(102_977_627, 11916)
			.saturating_add(Weight::from_parts(27_555_707, 0).saturating_mul(h.into()))
			.saturating_add(ParityDbWeight::get().reads(15_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(h.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(h.into())))
			.saturating_add(Weight::from_parts(0, 3293).saturating_mul(h.into()))
	}
	fn agenda_performance_challenge() -> Weight {
		Weight::from_parts(309_768_000, 51350)
			.saturating_add(ParityDbWeight::get().reads(62_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn agenda_performance_challenge_timeout() -> Weight {
		Weight::from_parts(628_879_000, 58904)
			.saturating_add(ParityDbWeight::get().reads(89_u64))
			.saturating_add(ParityDbWeight::get().writes(50_u64))
	}
	fn agenda_replace_hoster() -> Weight {
		Weight::from_parts(7_706_489_000, 271790)
			.saturating_add(ParityDbWeight::get().reads(324_u64))
			.saturating_add(ParityDbWeight::get().writes(330_u64))
	}
	fn fund_plan() -> Weight {
		Weight::from_parts(121_069_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn set_prices() -> Weight {
		Weight::from_parts(5_767_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn prioritize_report() -> Weight {
		Weight::from_parts(15_377_000, 3566)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
	fn reference_leaf_hash(s: u32, ) -> Weight {
		Weight::from_parts(730_129, 0)
			.saturating_add(Weight::from_parts(931, 0).saturating_mul(s.into()))
	}
	fn reference_ed25519_verify() -> Weight {
		Weight::from_parts(35_341_000, 0)
	}
}
