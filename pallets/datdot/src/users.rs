//! Item ids and user records.

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
			},
		);
		UserByAccount::<T>::insert(account, user);
		Self::deposit_event(Event::UserCreated { user, account: account.clone() });
		Ok(user)
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
