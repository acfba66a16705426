//! Providers: registration for work, pauses, and the idle queues selection draws from.
//!
//! A provider is *idle* in a role when it offers the role, is not paused and has free capacity in
//! it. Each role's idle providers sit in an indexed set (`IdleAt` / `IdlePosition` / `IdleCount`):
//! no duplicates, O(1) insertion and removal (swap with the last), and uniform random access by
//! position. [`Pallet::refresh_idle`] is the one place that puts a provider in or takes it out of
//! the queues; every change of a provider's form, bookings or pause goes through it.
//!
//! Decisions where the protocol is silent:
//! * A user's signing and Noise keys are fixed by its first registration: they identify its work
//!   (proofs of contact, `failed` lists) and their lookups never change.
//! * Re-registration may lower capacity or storage below what is booked: booked jobs go on, the
//!   provider just gets no new ones until it is below its limits again.
//! * `unregister` with booked jobs does not drop them: the provider leaves the idle queues at
//!   once (paused as `Leaving`, it can't re-register or unpause) and an agenda task hands its jobs
//!   over, one per block, each weighed like any other task: a setup or replacement it is part of
//!   is retried without it (not held against it), a contract it hosts gets a replacement hoster
//!   (`DropHosting`, `HosterReplacement`), a challenge it attests is issued anew with another
//!   attester. After the last job the registration ends as without
//!   jobs: deposit released, `Unregistered`.

use crate::{
	AmendmentStatus, Amendments, Bookings, Config, Contracts, Error, Event, HoldReason, IdleAt,
	IdleCount, IdlePosition, Keys, Pallet, Pause, PauseReason, PerformanceChallenges, Provider,
	Role, StorageChallenges, Task, UserByAccount, UserByNoiseKey, UserBySigningKey, UserOf, Users,
	WorkForm,
};
use datdot_primitives::{geohash, ItemId};
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_register_for_work(
		who: T::AccountId,
		form: WorkForm<BlockNumberFor<T>>,
	) -> DispatchResult {
		Self::validate_form(&form)?;
		let user_id = Self::ensure_user(&who)?;
		let mut user = Users::<T>::get(user_id).ok_or(Error::<T>::NotRegistered)?;
		ensure!(!user.provider.as_ref().is_some_and(|p| p.is_leaving()), Error::<T>::Unregistering);
		Self::claim_keys(user_id, &mut user, &form)?;

		let provider = match user.provider.take() {
			Some(mut provider) => {
				provider.form = form;
				provider
			},
			None => {
				let deposit = T::RegistrationDeposit::get();
				Self::hold_deposit(HoldReason::RegistrationDeposit, &who, deposit)?;
				Provider {
					form,
					booked: Default::default(),
					storage_booked: 0,
					paused: None,
					deposit,
				}
			},
		};
		let (capacity, storage) = (provider.form.capacity, provider.form.storage);
		user.provider = Some(provider);
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::providers_changed();
		Self::deposit_event(Event::RegisteredForWork { user: user_id, capacity, storage });
		Ok(())
	}

	fn validate_form(form: &WorkForm<BlockNumberFor<T>>) -> DispatchResult {
		ensure!(Role::ALL.iter().any(|r| form.capacity.get(*r) > 0), Error::<T>::NoRoles);
		let max = T::MaxCapacityPerRole::get();
		ensure!(
			Role::ALL.iter().all(|r| form.capacity.get(*r) <= max),
			Error::<T>::CapacityTooLarge
		);
		ensure!(form.storage > 0, Error::<T>::NoStorage);
		ensure!(geohash::is_valid(&form.region), Error::<T>::InvalidRegion);
		ensure!(form.signing_key != form.noise_key, Error::<T>::SameKeys);
		if let Some(until) = form.until {
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(until >= form.from && until > now, Error::<T>::InvalidWindow);
		}
		Ok(())
	}

	/// Ties the form's keys to the user on its first registration; afterwards they must not
	/// change.
	fn claim_keys(
		user_id: ItemId,
		user: &mut UserOf<T>,
		form: &WorkForm<BlockNumberFor<T>>,
	) -> DispatchResult {
		let keys = Keys { signing_key: form.signing_key, noise_key: form.noise_key };
		if let Some(known) = user.keys {
			ensure!(known == keys, Error::<T>::KeysCannotChange);
			return Ok(());
		}
		ensure!(
			!UserBySigningKey::<T>::contains_key(keys.signing_key),
			Error::<T>::SigningKeyInUse
		);
		ensure!(!UserByNoiseKey::<T>::contains_key(keys.noise_key), Error::<T>::NoiseKeyInUse);
		UserBySigningKey::<T>::insert(keys.signing_key, user_id);
		UserByNoiseKey::<T>::insert(keys.noise_key, user_id);
		user.keys = Some(keys);
		Ok(())
	}

	pub(crate) fn do_unregister(who: T::AccountId) -> DispatchResult {
		let (user_id, mut user) = Self::registered(&who)?;
		let provider = user.provider.as_mut().ok_or(Error::<T>::NotRegistered)?;
		ensure!(!provider.is_leaving(), Error::<T>::Unregistering);
		if !provider.has_jobs() {
			return Self::end_registration(user_id, user);
		}
		let jobs = Role::ALL.iter().fold(0u32, |n, r| n.saturating_add(provider.booked.get(*r)));
		if let Some(at) = provider.paused.and_then(|p| p.replace_at) {
			Self::unschedule(at, &Task::PauseLimit { user: user_id });
		}
		provider.paused =
			Some(Pause { reason: PauseReason::Leaving, until: None, replace_at: None });
		Self::schedule_hand_over(user_id)?;
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::deposit_event(Event::Unregistering { user: user_id, jobs });
		Ok(())
	}

	fn schedule_hand_over(user: ItemId) -> DispatchResult {
		let next = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		Self::schedule(next, Task::HandOver { user }).map(|_| ())
	}

	/// Hands one job of a leaving provider over; ends its registration after the last.
	pub(crate) fn hand_over(user_id: ItemId) -> DispatchResult {
		let user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		ensure!(user.provider.as_ref().is_some_and(|p| p.is_leaving()), Error::<T>::NotRegistered);
		if let Some((job, _)) = Bookings::<T>::iter_prefix(user_id).next() {
			let handed = with_storage_layer(|| match Amendments::<T>::get(job) {
				Some(a) if a.status == AmendmentStatus::InProgress => {
					Self::amendment_failed(job, a, alloc::vec![user_id], false)
				},
				_ if Contracts::<T>::get(job).is_some_and(|c| c.hosters.contains(&user_id)) => {
					Self::drop_hoster(job, user_id)
				},
				_ if StorageChallenges::<T>::contains_key(job) => {
					Self::reissue_storage_challenge(job)
				},
				_ if PerformanceChallenges::<T>::contains_key(job) => {
					Self::reissue_performance_challenge(job)
				},
				_ => Err(Error::<T>::UnknownContract.into()),
			});
			if let Err(e) = handed {
				// Nothing to hand over to (or a stale booking): the job is given up; an amendment
				// missing a party times out and is retried.
				log::warn!(target: "runtime::datdot", "hand-over of job {job} of user {user_id}: {e:?}");
				Self::release(user_id, job, None);
			}
		}
		let user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		if user.provider.as_ref().is_some_and(|p| p.has_jobs()) {
			Self::schedule_hand_over(user_id)
		} else {
			Self::end_registration(user_id, user)
		}
	}

	/// Ends a registration without jobs: out of the idle queues, deposit released.
	fn end_registration(user_id: ItemId, mut user: UserOf<T>) -> DispatchResult {
		let provider = user.provider.take().ok_or(Error::<T>::NotRegistered)?;
		Self::release_deposit(HoldReason::RegistrationDeposit, &user.account, provider.deposit)?;
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::deposit_event(Event::Unregistered { user: user_id });
		Ok(())
	}

	pub(crate) fn do_pause(who: T::AccountId) -> DispatchResult {
		let (user_id, mut user) = Self::registered(&who)?;
		let provider = user.provider.as_mut().ok_or(Error::<T>::NotRegistered)?;
		ensure!(!provider.is_leaving(), Error::<T>::Unregistering);
		ensure!(provider.paused.is_none(), Error::<T>::AlreadyPaused);
		let limit =
			frame_system::Pallet::<T>::block_number().saturating_add(T::MaxPauseBlocks::get());
		let replace_at = Self::schedule(limit, Task::PauseLimit { user: user_id })?;
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

	/// Ends a provider's pause: back into the idle queues, waiting work gets another try.
	pub(crate) fn lift_pause(user_id: ItemId, mut user: UserOf<T>) {
		if let Some(provider) = user.provider.as_mut() {
			if let Some(at) = provider.paused.take().and_then(|p| p.replace_at) {
				Self::unschedule(at, &Task::PauseLimit { user: user_id });
			}
		}
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::providers_changed();
		Self::deposit_event(Event::Unpaused { user: user_id });
	}

	/// A requested pause reached `MaxPauseBlocks`: the provider, still paused, is replaced in
	/// every contract it hosts (not held against it); it stays paused.
	pub(crate) fn pause_limit(user_id: ItemId) -> DispatchResult {
		let mut user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		let Some(pause) = user.provider.as_mut().and_then(|p| p.paused.as_mut()) else {
			return Ok(());
		};
		if pause.reason != PauseReason::Requested {
			return Ok(());
		}
		pause.replace_at = None;
		Users::<T>::insert(user_id, user);
		Self::drop_all_hosting(user_id)
	}

	/// The caller's user id and record, if it is registered for work.
	fn registered(who: &T::AccountId) -> Result<(ItemId, UserOf<T>), DispatchError> {
		let user_id = UserByAccount::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		let user = Users::<T>::get(user_id).ok_or(Error::<T>::NotRegistered)?;
		ensure!(user.provider.is_some(), Error::<T>::NotRegistered);
		Ok((user_id, user))
	}

	/// Puts `user` into, or takes it out of, each role's idle queue, as its record says.
	pub(crate) fn refresh_idle(user_id: ItemId, user: &UserOf<T>) {
		for role in Role::ALL {
			let idle = user
				.provider
				.as_ref()
				.is_some_and(|p| p.paused.is_none() && p.offers(role) && p.free_capacity(role) > 0);
			if idle {
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
	pub fn idle(role: Role) -> alloc::vec::Vec<ItemId> {
		(0..IdleCount::<T>::get(role))
			.filter_map(|i| IdleAt::<T>::get(role, i))
			.collect()
	}
}
