//! The idle queues selection draws from.
//!
//! A provider is *idle* in a role when it offers the role, is not paused and has free capacity in
//! it. Each role's idle providers sit in an indexed set (`IdleAt` / `IdlePosition` / `IdleCount`):
//! no duplicates, O(1) insertion and removal (swap with the last), and uniform random access by
//! position. [`Pallet::refresh_idle`] is the one place that puts a provider in or takes it out of
//! the queues; every change of a provider's form, bookings or pause goes through it.

use crate::{
	Config, Error, IdleAt, IdleCount, IdlePosition, Pallet, Role, UserByAccount, UserOf, Users,
};
use alloc::vec::Vec;
use datdot_primitives::ItemId;
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// The caller's user id and record, if it is registered for work.
	pub(crate) fn registered(who: &T::AccountId) -> Result<(ItemId, UserOf<T>), DispatchError> {
		let user_id = UserByAccount::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		let user = Users::<T>::get(user_id).ok_or(Error::<T>::NotRegistered)?;
		ensure!(user.provider.is_some(), Error::<T>::NotRegistered);
		Ok((user_id, user))
	}

	/// Whether `user` belongs in `role`'s idle queue.
	pub(crate) fn is_idle(user: &UserOf<T>, role: Role) -> bool {
		user.provider
			.as_ref()
			.is_some_and(|p| p.paused.is_none() && p.offers(role) && p.free_capacity(role) > 0)
	}

	/// Puts `user` into, or takes it out of, each role's idle queue, as its record says.
	pub(crate) fn refresh_idle(user_id: ItemId, user: &UserOf<T>) {
		for role in Role::ALL {
			if Self::is_idle(user, role) {
				Self::idle_insert(role, user_id);
			} else {
				Self::idle_remove(role, user_id);
			}
		}
	}

	fn idle_insert(role: Role, user: ItemId) {
		if IdlePosition::<T>::contains_key(role, user) {
			return;
		}
		let position = IdleCount::<T>::get(role);
		IdleAt::<T>::insert(role, position, user);
		IdlePosition::<T>::insert(role, user, position);
		IdleCount::<T>::insert(role, position.saturating_add(1));
	}

	fn idle_remove(role: Role, user: ItemId) {
		let Some(position) = IdlePosition::<T>::take(role, user) else { return };
		let last = IdleCount::<T>::get(role).saturating_sub(1);
		if position != last {
			if let Some(moved) = IdleAt::<T>::get(role, last) {
				IdleAt::<T>::insert(role, position, moved);
				IdlePosition::<T>::insert(role, moved, position);
			}
		}
		IdleAt::<T>::remove(role, last);
		IdleCount::<T>::insert(role, last);
	}

	/// The idle providers of `role`, in queue order (for tests and the runtime API).
	pub fn idle(role: Role) -> Vec<ItemId> {
		(0..IdleCount::<T>::get(role))
			.filter_map(|i| IdleAt::<T>::get(role, i))
			.collect()
	}
}
