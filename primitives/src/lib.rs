//! Types and pure logic shared by the datdot pallet, runtime, node and tools.
//!
//! * [`ItemId`]: every item the chain stores (users, feeds, plans, ...) gets its id from one global,
//!   append-only counter, so an id names exactly one item forever.
//! * [`flat_tree`]: the flat-tree index arithmetic Hypercore uses to address tree nodes.
//! * [`geohash`]: provider locations and plan regions.
//! * [`sets`]: chunk ranges and how a plan's ranges are cut into contracts.
//! * [`hypercore`]: verification of Hypercore v10 signed trees, exactly as the npm `hypercore` package
//!   (10.x) produces them.
//!
//! Everything here is `no_std`, panic-free and works on bounded inputs.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod flat_tree;
pub mod geohash;
pub mod grading;
pub mod hypercore;
pub mod sets;

/// Id of any item stored by the chain (user, feed, plan, component, contract, amendment, challenge).
pub type ItemId = u64;

/// An ed25519 public key (feed keys, provider signing and noise keys), 32 bytes.
pub type PublicKey = [u8; 32];

/// An ed25519 signature, 64 bytes.
pub type Signature = [u8; 64];

/// A 32-byte BLAKE2b-256 hash.
pub type Hash32 = [u8; 32];

/// Verifies an ed25519 `signature` of `message` by `public`.
///
/// Runs through `sp_io`, so inside the runtime it is a host call.
pub fn ed25519_verify(signature: &Signature, message: &[u8], public: &PublicKey) -> bool {
	let signature = sp_core::ed25519::Signature::from_raw(*signature);
	let public = sp_core::ed25519::Public::from_raw(*public);
	sp_io::crypto::ed25519_verify(&signature, message, &public)
}

#[cfg(feature = "std")]
pub mod fixtures;
#[cfg(feature = "std")]
pub mod fuzz;
#[cfg(test)]
mod hypercore_tests;
