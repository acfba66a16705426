//! Storage migrations: each moves the pallet's storage from one version
//! ([`STORAGE_VERSION`](crate::pallet::STORAGE_VERSION)) to the next. The runtime lists them in
//! its `Migrations`, which `Executive` runs once, first thing in the first block of the runtime
//! that brings them, before any hook or extrinsic.
//!
//! Each is a [`VersionedMigration`](frame_support::migrations::VersionedMigration): it runs only
//! if the stored version is the one it migrates from, and then stores the version it migrates
//! to, so listing it in two runtimes in a row, or on a chain that is already there, does nothing
//! but one read. A migration does bounded work (it runs inside one block): one that had to walk
//! a map whose size users decide would be a multi-block migration instead.
//!
//! - [`v2`], version 1 -> 2, staged for the next runtime (the `storage-v2` feature): the agenda's
//!   lane heads, one `AgendaHead` entry per lane, become one `AgendaHeads` value, read and written
//!   once per block instead of once per lane. Two reads, three writes, whatever the chain holds.

/// Version 1 -> 2: the agenda's lane heads in one value.
#[cfg(feature = "storage-v2")]
pub mod v2 {
	use crate::{AgendaHeads, Config, Lane, LaneHeads, Pallet};
	use frame_support::{
		migrations::VersionedMigration, pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade,
	};
	use frame_system::pallet_prelude::BlockNumberFor;

	/// The layout of version 1.
	pub mod v1 {
		use super::*;

		/// Per lane, the oldest agenda block that may still hold tasks.
		#[frame_support::storage_alias]
		pub type AgendaHead<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, Lane, BlockNumberFor<T>, ValueQuery>;
	}

	/// Moves the lanes' heads from version 1's map into version 2's value, unchanged.
	pub struct MergeLaneHeads<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for MergeLaneHeads<T> {
		fn on_runtime_upgrade() -> Weight {
			let heads = LaneHeads {
				timing: v1::AgendaHead::<T>::take(Lane::Timing),
				draw: v1::AgendaHead::<T>::take(Lane::Draw),
			};
			AgendaHeads::<T>::put(heads);
			T::DbWeight::get().reads_writes(2, 3)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			let heads =
				(v1::AgendaHead::<T>::get(Lane::Timing), v1::AgendaHead::<T>::get(Lane::Draw));
			Ok(heads.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(before: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let (timing, draw) = <(BlockNumberFor<T>, BlockNumberFor<T>)>::decode(&mut &before[..])
				.map_err(|_| "the heads recorded before the upgrade decode")?;
			ensure!(
				AgendaHeads::<T>::get() == LaneHeads { timing, draw },
				"the heads moved unchanged"
			);
			ensure!(
				!v1::AgendaHead::<T>::contains_key(Lane::Timing)
					&& !v1::AgendaHead::<T>::contains_key(Lane::Draw),
				"version 1's heads are gone"
			);
			Ok(())
		}
	}

	/// The migration for the runtime's list: [`MergeLaneHeads`] if the stored version is 1, then
	/// version 2 stored.
	pub type MigrateV1ToV2<T> = VersionedMigration<
		1,
		2,
		MergeLaneHeads<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
