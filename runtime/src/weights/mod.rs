//! Weights of the runtime's other pallets, measured on this runtime by their own benchmarks
//! (`scripts/bench.sh weights`). BABE and GRANDPA keep their `()` weights: their calls are
//! equivocation reports, which this runtime does not take (their key-owner proofs are `Void`),
//! and GRANDPA's root-only `note_stalled`.

pub mod pallet_parameters;
pub mod pallet_timestamp;
