//! Benchmarks of the pallet's calls (frame-benchmarking v2).

use super::*;
use crate::Pallet as Datdot;
use datdot_primitives::{
	flat_tree,
	hypercore::{self, Node, SignedTree},
	PublicKey,
};
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Mutate;
use frame_system::RawOrigin;
use sp_core::crypto::KeyTypeId;

const KEY_TYPE: KeyTypeId = KeyTypeId(*b"dtdt");

/// A feed key from the keystore and a tree of `length` blocks signed by it.
fn signed_tree(length: u64) -> (PublicKey, SignedTree) {
	let key = sp_io::crypto::ed25519_generate(KEY_TYPE, None);
	let roots: alloc::vec::Vec<Node> = flat_tree::full_roots(length)
		.into_iter()
		.flatten()
		.map(|index| Node { index, size: flat_tree::span_blocks(index), hash: [7; 32] })
		.collect();
	let message = hypercore::signable(&hypercore::tree_hash(&roots), length, 0);
	let signature = sp_io::crypto::ed25519_sign(KEY_TYPE, &key, &message).expect("key is in the keystore");
	let tree = SignedTree {
		length,
		fork: 0,
		roots: roots.try_into().expect("at most MAX_ROOTS roots"),
		signature: signature.0,
	};
	(key.0, tree)
}

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let amount = T::FeedDeposit::get().saturating_mul(100u32.into());
	T::Currency::set_balance(&who, amount.saturating_add(T::Currency::minimum_balance()));
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A new feed by a new user (the heavier path: user record, id, deposit hold), with `r` roots.
	#[benchmark]
	fn publish_feed(r: Linear<1, { flat_tree::MAX_ROOTS }>) {
		let caller = funded::<T>("publisher");
		// A length with exactly `r` set bits.
		let length = (1u64 << r) - 1;
		let (key, tree) = signed_tree(length);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), key, [1; 32], tree);

		assert!(FeedByKey::<T>::contains_key(key));
	}

	#[benchmark]
	fn unpublish_feed() {
		let caller = funded::<T>("publisher");
		let (key, tree) = signed_tree(17);
		Datdot::<T>::publish_feed(RawOrigin::Signed(caller.clone()).into(), key, [1; 32], tree)
			.expect("valid feed");
		let feed = FeedByKey::<T>::get(key).expect("just published");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), feed);

		assert!(!Feeds::<T>::contains_key(feed));
	}

	impl_benchmark_test_suite!(Datdot, crate::mock::new_test_ext(), crate::mock::Test);
}
