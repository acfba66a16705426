//! Item ids and user records.
//!
//! A user record is created by an account's first call and removed once the user holds nothing
//! ([`Pallet::forget_if_unused`]): its record as a provider (stats, reputation) goes with it. A
//! new record starts at the lowest reputation there is (zero), so removing a record gains
//! nothing.

use crate::{
	BalanceOf, Config, Error, Event, HoldReason, NextId, Pallet, User, UserByAccount, Users,
};
use datdot_primitives::ItemId;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};

impl<T: Config> Pallet<T> {
	/// Takes the next id from the global item counter.
	pub(crate) fn next_id() -> Result<ItemId, DispatchError> {
		NextId::<T>::try_mutate(|next| {
			let id = *next;
			*next = next.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			Ok(id)
		})
	}

	/// The user id of `account`, creating the user record on the account's first call.
	pub(crate) fn ensure_user(account: &T::AccountId) -> Result<ItemId, DispatchError> {
		if let Some(user) = UserByAccount::<T>::get(account) {
			return Ok(user);
		}
		let user = Self::next_id()?;
		Users::<T>::insert(
			user,
			User {
				account: account.clone(),
				keys: None,
				provider: None,
				stats: Default::default(),
				suspended_until: None,
				holds: 0,
				earned: Default::default(),
			},
		);
		UserByAccount::<T>::insert(account, user);
		Self::deposit_event(Event::UserCreated { user, account: account.clone() });
		Ok(user)
	}

	/// `user` pays for, or is party to, one more item.
	pub(crate) fn hold_item(user: ItemId) {
		Users::<T>::mutate(user, |u| {
			if let Some(u) = u {
				u.holds = u.holds.saturating_add(1);
			}
		});
	}

	/// One item of `user`'s is gone; a user left with nothing is removed.
	pub(crate) fn release_item(user: ItemId) {
		Users::<T>::mutate(user, |u| {
			if let Some(u) = u {
				u.holds = u.holds.saturating_sub(1);
			}
		});
		Self::forget_if_unused(user);
	}

	/// Removes the record of a user that holds nothing: no item, no registration, no suspension
	/// (its keys were released with its registration). State does not grow with the accounts that
	/// ever used the chain; a later call of the account creates a new user, with a new id.
	pub(crate) fn forget_if_unused(user: ItemId) {
		let Some(record) = Users::<T>::get(user) else { return };
		if record.holds > 0 || record.provider.is_some() || record.suspended_until.is_some() {
			return;
		}
		Users::<T>::remove(user);
		UserByAccount::<T>::remove(&record.account);
		Self::deposit_event(Event::UserRemoved { user, account: record.account });
	}

	/// Holds a deposit for stored items from `who`.
	pub(crate) fn hold_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::hold(&reason.into(), who, amount)
			.map_err(|_| Error::<T>::CannotHoldDeposit.into())
	}

	/// Releases a deposit held with [`Self::hold_deposit`] (as much of it as is still held).
	pub(crate) fn release_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::release(&reason.into(), who, amount, Precision::BestEffort).map(|_| ())
	}
}
