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
}

// For tests: the same figures with RocksDB weights.
impl WeightInfo for () {
	fn publish_feed(r: u32) -> Weight {
		Weight::from_parts(60_000_000, 3_593)
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn unpublish_feed() -> Weight {
		Weight::from_parts(30_000_000, 3_593)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
}
