//! Pauses: a provider that is paused takes no new jobs (it leaves the idle queues) and keeps the
//! ones it has.
//!
//! * Requested (`pause`): until the provider calls `unpause`. If it is still paused
//!   [`Config::MaxPauseBlocks`] later, it is replaced in the contracts it hosts (see
//!   [`replacement`](crate::replacement)); it stays paused.
//! * After a failure: for [`Config::FailPauseBlocks`]; the chain lifts it, the provider can't. A
//!   failure during a requested pause turns it into a pause for the failure; a provider paused
//!   for a failure already, or leaving, stays as it is.
//! * Leaving (set by `unregister` with jobs, see [`work`](crate::work)): until its last job is
//!   handed over.
//!
//! A pause for a failure outlives the registration: a provider that unregisters while paused for a
//! failure (or leaves with jobs) keeps it as a suspension (`User::suspended_until`), and a new
//! registration starts paused until the same block. A requested pause's limit ends with its
//! registration: no task of an old registration acts on a newer one.

use crate::{Config, Error, Event, Pallet, Pause, PauseReason, Task, UserOf, Users};
use datdot_primitives::ItemId;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_pause(who: T::AccountId) -> DispatchResult {
		let (user_id, mut user) = Self::registered(&who)?;
		let provider = user.provider.as_mut().ok_or(Error::<T>::NotRegistered)?;
		ensure!(!provider.is_leaving(), Error::<T>::Unregistering);
		ensure!(provider.paused.is_none(), Error::<T>::AlreadyPaused);
		let limit =
			frame_system::Pallet::<T>::block_number().saturating_add(T::MaxPauseBlocks::get());
		let replace_at = Self::schedule(limit, Task::PauseLimit { user: user_id });
		provider.paused = Some(Pause {
			reason: PauseReason::Requested,
			until: None,
			replace_at: Some(replace_at),
		});
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::deposit_event(Event::Paused { user: user_id, until: None });
		Ok(())
	}

	pub(crate) fn do_unpause(who: T::AccountId) -> DispatchResult {
		let (user_id, mut user) = Self::registered(&who)?;
		let provider = user.provider.as_mut().ok_or(Error::<T>::NotRegistered)?;
		let pause = provider.paused.ok_or(Error::<T>::NotPaused)?;
		ensure!(pause.reason != PauseReason::Leaving, Error::<T>::Unregistering);
		ensure!(pause.reason == PauseReason::Requested, Error::<T>::PauseNotOver);
		Self::lift_pause(user_id, user);
		Ok(())
	}

	/// Pauses a provider that failed a job until `FailPauseBlocks` from now (a provider that is
	/// paused for a failure already, or leaving, stays as it is).
	pub(crate) fn pause_for_failure(user_id: ItemId) -> DispatchResult {
		let mut user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		let Some(provider) = user.provider.as_mut() else {
			return Self::suspend(user_id, user);
		};
		if provider.paused.is_some_and(|p| p.reason != PauseReason::Requested) {
			return Ok(());
		}
		if let Some(at) = provider.paused.and_then(|p| p.replace_at) {
			Self::unschedule(at, &Task::PauseLimit { user: user_id });
		}
		let until =
			frame_system::Pallet::<T>::block_number().saturating_add(T::FailPauseBlocks::get());
		let until = Self::schedule(until, Task::PauseEnd { user: user_id });
		provider.paused =
			Some(Pause { reason: PauseReason::Failed, until: Some(until), replace_at: None });
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::deposit_event(Event::Paused { user: user_id, until: Some(until) });
		Ok(())
	}

	/// A failure of a user that is not registered (it left before its failure was known, e.g. an
	/// attester whose accusation was answered): a suspension, as if the pause had outlived its
	/// registration, so a new registration starts paused. A longer suspension stays as it is.
	fn suspend(user_id: ItemId, mut user: UserOf<T>) -> DispatchResult {
		let until =
			frame_system::Pallet::<T>::block_number().saturating_add(T::FailPauseBlocks::get());
		if user.suspended_until.is_some_and(|at| at >= until) {
			return Ok(());
		}
		if let Some(at) = user.suspended_until {
			Self::unschedule(at, &Task::PauseEnd { user: user_id });
		}
		user.suspended_until = Some(Self::schedule(until, Task::PauseEnd { user: user_id }));
		Users::<T>::insert(user_id, user);
		Ok(())
	}

	/// A pause for a failure is over: lifted, or, if it outlived its registration, the user's
	/// suspension ends.
	pub(crate) fn end_failure_pause(user_id: ItemId) -> DispatchResult {
		let mut user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		let failed = user
			.provider
			.as_ref()
			.is_some_and(|p| p.paused.is_some_and(|p| p.reason == PauseReason::Failed));
		if failed {
			Self::lift_pause(user_id, user);
		} else if user.suspended_until.take().is_some() {
			Users::<T>::insert(user_id, user);
			Self::forget_if_unused(user_id);
		}
		Ok(())
	}

	/// Ends a provider's pause: back into the idle queues, waiting work gets another try.
	fn lift_pause(user_id: ItemId, mut user: UserOf<T>) {
		if let Some(provider) = user.provider.as_mut() {
			if let Some(at) = provider.paused.take().and_then(|p| p.replace_at) {
				Self::unschedule(at, &Task::PauseLimit { user: user_id });
			}
		}
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::start_retry_pass();
		Self::deposit_event(Event::Unpaused { user: user_id });
	}

	/// Marks a provider as leaving (it takes no new jobs, can't unpause or re-register); a pending
	/// pause limit is cancelled, a pause for a failure outlives the registration.
	pub(crate) fn pause_as_leaving(user_id: ItemId, user: &mut UserOf<T>) {
		let Some(provider) = user.provider.as_mut() else { return };
		let leaving = Pause { reason: PauseReason::Leaving, until: None, replace_at: None };
		let before = provider.paused.replace(leaving);
		Self::outlive_registration(user_id, user, before);
	}

	/// What becomes of `pause` when the registration it was on ends: a pause limit is cancelled
	/// (nothing of it may act on a later registration); a pause for a failure is kept on the user
	/// as a suspension, which its `PauseEnd` task ends.
	pub(crate) fn outlive_registration(
		user_id: ItemId,
		user: &mut UserOf<T>,
		pause: Option<Pause<BlockNumberFor<T>>>,
	) {
		let Some(pause) = pause else { return };
		match pause.reason {
			PauseReason::Requested => {
				if let Some(at) = pause.replace_at {
					Self::unschedule(at, &Task::PauseLimit { user: user_id });
				}
			},
			PauseReason::Failed => user.suspended_until = pause.until,
			PauseReason::Leaving => {},
		}
	}

	/// The pause a new registration starts with: the user's suspension, if it has one.
	pub(crate) fn suspension(user: &mut UserOf<T>) -> Option<Pause<BlockNumberFor<T>>> {
		let until = user.suspended_until.take()?;
		Some(Pause { reason: PauseReason::Failed, until: Some(until), replace_at: None })
	}

	/// A requested pause reached its limit: whether the provider is still paused as it asked
	/// (then the limit is used up and the provider is to be replaced where it hosts).
	pub(crate) fn take_pause_limit(user_id: ItemId) -> Result<bool, DispatchError> {
		let mut user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		let Some(pause) = user.provider.as_mut().and_then(|p| p.paused.as_mut()) else {
			return Ok(false);
		};
		if pause.reason != PauseReason::Requested {
			return Ok(false);
		}
		pause.replace_at = None;
		Users::<T>::insert(user_id, user);
		Ok(true)
	}
}
