//! Tests of the pallet's calls on the mock runtime.

mod feeds;
