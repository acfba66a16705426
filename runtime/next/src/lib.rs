//! The next datdot runtime, as wasm: `datdot-runtime` built with its `next-runtime` feature (a
//! higher `spec_version` and the storage migrations to the layouts its pallets read). The
//! upgrade test sets it as the code of a chain running the current runtime.
//!
//! Natively the crate is [`WASM_BINARY`] and [`WASM_BINARY_PATH`]; in the wasm build it is the
//! runtime.

#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(target_arch = "wasm32")]
pub use datdot_runtime::*;

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));
