//! The storage migrations (see the `migrations` module), run on a chain that holds live
//! contracts and challenges, as a runtime upgrade runs them.

use super::*;
use crate::{
	migrations::v2::{v1, MigrateV1ToV2},
	AgendaHeads, Lane, LaneHeads, Pallet,
};
use alloc::collections::BTreeMap;
use frame_support::{
	traits::{GetStorageVersion, OnRuntimeUpgrade, PalletInfoAccess, StorageVersion},
	weights::{RuntimeDbWeight, Weight},
};

type Raw = BTreeMap<Vec<u8>, Vec<u8>>;

/// Every key the pallet stores, with its value.
fn pallet_storage() -> Raw {
	let prefix = sp_io::hashing::twox_128(Pallet::<Test>::name().as_bytes()).to_vec();
	let mut all = Raw::new();
	let mut key = prefix.clone();
	while let Some(next) = sp_io::storage::next_key(&key) {
		if !next.starts_with(&prefix) {
			break;
		}
		let value = sp_io::storage::get(&next).map(|v| v.to_vec()).unwrap_or_default();
		all.insert(next.clone(), value);
		key = next;
	}
	all
}

/// `raw` without the keys of the lanes' heads (both layouts) and of the storage version.
fn without_heads_and_version(mut raw: Raw) -> Raw {
	raw.remove(&v1::AgendaHead::<Test>::hashed_key_for(Lane::Timing));
	raw.remove(&v1::AgendaHead::<Test>::hashed_key_for(Lane::Draw));
	raw.remove(&AgendaHeads::<Test>::hashed_key().to_vec());
	raw.remove(&StorageVersion::storage_key::<Pallet<Test>>().to_vec());
	raw
}

/// Rewrites the lanes' heads as version 1 stored them, and the stored version to 1: the chain
/// as the runtime before the upgrade left it.
fn as_version_1() -> LaneHeads<u64> {
	let heads = AgendaHeads::<Test>::take();
	v1::AgendaHead::<Test>::insert(Lane::Timing, heads.timing);
	v1::AgendaHead::<Test>::insert(Lane::Draw, heads.draw);
	StorageVersion::new(1).put::<Pallet<Test>>();
	heads
}

/// Runs the migration as the runtime's list does (with its pre- and post-upgrade checks in a
/// `try-runtime` build); returns the weight it declared.
fn migrate() -> Weight {
	#[cfg(feature = "try-runtime")]
	return MigrateV1ToV2::<Test>::try_on_runtime_upgrade(true)
		.expect("the migration's checks pass");
	#[cfg(not(feature = "try-runtime"))]
	MigrateV1ToV2::<Test>::on_runtime_upgrade()
}

#[test]
fn version_1_heads_move_into_one_value_and_every_other_item_stays() {
	new_test_ext().execute_with(|| {
		hosted(1000);
		// Every hoster is challenged at block 12, the feed's performance at 17.
		run_to_block(17);
		let (storage, performance) = testing::challenges::<Test>();
		assert!(!storage.is_empty() && !performance.is_empty());
		assert!(crate::StorageChallenges::<Test>::iter().next().is_some());
		assert!(crate::PerformanceChallenges::<Test>::iter().next().is_some());
		let heads = as_version_1();
		assert_eq!(heads, LaneHeads { timing: 18, draw: 18 });
		let before = pallet_storage();

		let weight = migrate();

		let db: RuntimeDbWeight = <Test as frame_system::Config>::DbWeight::get();
		assert_eq!(weight, db.reads_writes(3, 4));
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(2));
		assert_eq!(AgendaHeads::<Test>::get(), heads);
		assert!(!v1::AgendaHead::<Test>::contains_key(Lane::Timing));
		assert!(!v1::AgendaHead::<Test>::contains_key(Lane::Draw));
		let after = pallet_storage();
		assert_eq!(without_heads_and_version(after), without_heads_and_version(before));
		check_invariants();

		// The chain goes on where it was: the challenges are answered, the next round comes.
		answer_all();
		check_invariants();
		let issued = storage.len();
		run_to_block(40);
		assert!(testing::challenges::<Test>().0.len() > issued, "the next round is issued");
		assert!(AgendaHeads::<Test>::get().timing == 41 && AgendaHeads::<Test>::get().draw == 41);
		check_invariants();
	});
}

#[test]
fn the_migration_runs_once() {
	new_test_ext().execute_with(|| {
		hosted(1000);
		as_version_1();
		migrate();
		let migrated = pallet_storage();
		// Listed again (the next runtime keeps it, or a chain already there), it only reads the
		// version.
		let db: RuntimeDbWeight = <Test as frame_system::Config>::DbWeight::get();
		assert_eq!(MigrateV1ToV2::<Test>::on_runtime_upgrade(), db.reads(1));
		assert_eq!(pallet_storage(), migrated);
		check_invariants();
	});
}

#[test]
fn a_chain_still_on_version_1_fails_try_state() {
	new_test_ext().execute_with(|| {
		hosted(1000);
		as_version_1();
		assert!(Datdot::do_try_state().is_err(), "the code reads version 2");
	});
}
