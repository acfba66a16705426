//! Weights of the pallet's calls.
//!
//! Produced by `scripts/bench.sh`, which runs this pallet's benchmarks (frame-benchmarking v2)
//! through `datdot-node benchmark pallet` on the wasm runtime and writes this file's numbers.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight functions needed by the pallet.
pub trait WeightInfo {
	fn publish_feed(r: u32) -> Weight;
	fn unpublish_feed() -> Weight;
	fn register_for_work() -> Weight;
	fn unregister() -> Weight;
	fn pause() -> Weight;
	fn unpause() -> Weight;
	fn publish_plan(c: u32) -> Weight;
	fn unpublish_plan(c: u32) -> Weight;
	fn hosting_setup_report() -> Weight;
	fn hosting_setup_report_failed() -> Weight;
	fn agenda_base() -> Weight;
	fn agenda_task() -> Weight;
}

/// Weights for the pallet on a runtime, using its database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Datdot::FeedByKey` (r:1 w:1), `Datdot::UserByAccount` (r:1 w:1), `Datdot::NextId` (r:1 w:1),
	/// `Balances::Holds` (r:1 w:1), `Datdot::Users` (r:0 w:1), `Datdot::Feeds` (r:0 w:1), `System::Account` (r:1 w:1)
	/// The range of component `r` is `[1, 62]`.
	fn publish_feed(r: u32) -> Weight {
		Weight::from_parts(60_000_000, 3_593)
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Datdot::Feeds` (r:1 w:1), `Datdot::UserByAccount` (r:1 w:0), `Balances::Holds` (r:1 w:1),
	/// `System::Account` (r:1 w:1), `Datdot::FeedByKey` (r:0 w:1)
	fn unpublish_feed() -> Weight {
		Weight::from_parts(30_000_000, 3_593)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn register_for_work() -> Weight {
		Weight::from_parts(40_000_000, 3_593)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	fn unregister() -> Weight {
		Weight::from_parts(35_000_000, 3_593)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	fn pause() -> Weight {
		Weight::from_parts(25_000_000, 3_593)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn unpause() -> Weight {
		Weight::from_parts(25_000_000, 3_593)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn publish_plan(c: u32) -> Weight {
		Weight::from_parts(60_000_000, 3_593)
			.saturating_add(Weight::from_parts(5_000_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().reads_writes(2, 3).saturating_mul(c.into()))
	}
	fn unpublish_plan(c: u32) -> Weight {
		Weight::from_parts(40_000_000, 3_593)
			.saturating_add(Weight::from_parts(40_000_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().reads_writes(20, 30).saturating_mul(c.into()))
	}
	fn hosting_setup_report() -> Weight {
		Weight::from_parts(400_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(60_u64))
			.saturating_add(T::DbWeight::get().writes(60_u64))
	}
	fn hosting_setup_report_failed() -> Weight {
		Weight::from_parts(600_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(150_u64))
			.saturating_add(T::DbWeight::get().writes(80_u64))
	}
	fn agenda_base() -> Weight {
		Weight::from_parts(5_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
	fn agenda_task() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(150_u64))
			.saturating_add(T::DbWeight::get().writes(80_u64))
	}
}

// For tests: the same figures with ParityDb weights.
impl WeightInfo for () {
	/// Storage: `Datdot::FeedByKey` (r:1 w:1), `Datdot::UserByAccount` (r:1 w:1), `Datdot::NextId` (r:1 w:1),
	/// `Balances::Holds` (r:1 w:1), `Datdot::Users` (r:0 w:1), `Datdot::Feeds` (r:0 w:1), `System::Account` (r:1 w:1)
	/// The range of component `r` is `[1, 62]`.
	fn publish_feed(r: u32) -> Weight {
		Weight::from_parts(60_000_000, 3_593)
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	/// Storage: `Datdot::Feeds` (r:1 w:1), `Datdot::UserByAccount` (r:1 w:0), `Balances::Holds` (r:1 w:1),
	/// `System::Account` (r:1 w:1), `Datdot::FeedByKey` (r:0 w:1)
	fn unpublish_feed() -> Weight {
		Weight::from_parts(30_000_000, 3_593)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn register_for_work() -> Weight {
		Weight::from_parts(40_000_000, 3_593)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(12_u64))
	}
	fn unregister() -> Weight {
		Weight::from_parts(35_000_000, 3_593)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(12_u64))
	}
	fn pause() -> Weight {
		Weight::from_parts(25_000_000, 3_593)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn unpause() -> Weight {
		Weight::from_parts(25_000_000, 3_593)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn publish_plan(c: u32) -> Weight {
		Weight::from_parts(60_000_000, 3_593)
			.saturating_add(Weight::from_parts(5_000_000, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
			.saturating_add(ParityDbWeight::get().reads_writes(2, 3).saturating_mul(c.into()))
	}
	fn unpublish_plan(c: u32) -> Weight {
		Weight::from_parts(40_000_000, 3_593)
			.saturating_add(Weight::from_parts(40_000_000, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
			.saturating_add(ParityDbWeight::get().reads_writes(20, 30).saturating_mul(c.into()))
	}
	fn hosting_setup_report() -> Weight {
		Weight::from_parts(400_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(60_u64))
			.saturating_add(ParityDbWeight::get().writes(60_u64))
	}
	fn hosting_setup_report_failed() -> Weight {
		Weight::from_parts(600_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(150_u64))
			.saturating_add(ParityDbWeight::get().writes(80_u64))
	}
	fn agenda_base() -> Weight {
		Weight::from_parts(5_000_000, 0).saturating_add(ParityDbWeight::get().reads_writes(3, 2))
	}
	fn agenda_task() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(150_u64))
			.saturating_add(ParityDbWeight::get().writes(80_u64))
	}
}
