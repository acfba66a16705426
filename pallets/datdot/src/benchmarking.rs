//! Benchmarks of the pallet's calls (frame-benchmarking v2).

use super::*;
use crate::Pallet as Datdot;
use datdot_primitives::{
	flat_tree,
	hypercore::{self, Node, SignedTree},
	PublicKey,
};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::{Saturating, Zero};
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

fn form<T: Config>(seed: u8) -> WorkForm<BlockNumberFor<T>> {
	WorkForm {
		capacity: PerRole { encoder: 2, hoster: 2, attester: 2 },
		signing_key: [seed; 32],
		noise_key: [seed.wrapping_add(128); 32],
		from: Zero::zero(),
		until: None,
		storage: 1 << 40,
		region: b"u33dc0".to_vec().try_into().expect("6 bytes fit"),
		performance: Performance { latency_ms: 50, bandwidth_kbps: 100_000 },
	}
}

/// A registered provider; `seed` makes its keys unique.
fn provider<T: Config>(name: &'static str, seed: u8) -> T::AccountId {
	let who = funded::<T>(name);
	Datdot::<T>::register_for_work(RawOrigin::Signed(who.clone()).into(), form::<T>(seed))
		.expect("valid form");
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

	/// First registration of a new user (user record, keys, deposit, three idle queues).
	#[benchmark]
	fn register_for_work() {
		let caller = funded::<T>("provider");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), form::<T>(1));

		let user = UserByAccount::<T>::get(&caller).expect("created");
		assert_eq!(IdlePosition::<T>::get(Role::Hoster, user), Some(0));
	}

	/// Leaving all three queues, each removal moving another provider into the freed position.
	#[benchmark]
	fn unregister() {
		let caller = provider::<T>("provider", 1);
		provider::<T>("other", 2);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		let user = UserByAccount::<T>::get(&caller).expect("created");
		assert!(Users::<T>::get(user).expect("exists").provider.is_none());
	}

	#[benchmark]
	fn pause() {
		let caller = provider::<T>("provider", 1);
		provider::<T>("other", 2);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert_eq!(IdleCount::<T>::get(Role::Hoster), 1);
	}

	#[benchmark]
	fn unpause() {
		let caller = provider::<T>("provider", 1);
		provider::<T>("other", 2);
		Datdot::<T>::pause(RawOrigin::Signed(caller.clone()).into()).expect("registered");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert_eq!(IdleCount::<T>::get(Role::Hoster), 2);
	}

	impl_benchmark_test_suite!(Datdot, crate::mock::new_test_ext(), crate::mock::Test);
}
