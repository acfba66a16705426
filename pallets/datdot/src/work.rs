//! Providers' registration for work: registering, updating, unregistering and the hand-over of a
//! leaving provider's jobs. Pauses are in [`pauses`](crate::pauses), the idle queues in
//! [`providers`](crate::providers).
//!
//! Decisions where the protocol is silent:
//! * A user's signing and Noise keys are fixed while it is registered: they identify its work
//!   (proofs of contact, `failed` lists). A registration claims them only with a proof of
//!   possession of the signing key (its signature over the account and the genesis hash), so
//!   nobody can squat another's key; `unregister` releases them. (The Noise key carries no such
//!   proof: squatting one costs a registration deposit and ends at `unregister`.)
//! * Re-registration may lower capacity or storage below what is booked: booked jobs go on, the
//!   provider just gets no new ones until it is below its limits again. Only a registration that
//!   makes the provider idle in a role it was not idle in starts a retry pass of the waiting
//!   contracts; re-registering unchanged forces no selections. (Toggling a capacity on and off
//!   still starts a pass every other transaction, each one paying its fee; a pass retries at most
//!   `MaxRetriesPerBlock` contracts a block.)
//! * `unregister` with booked jobs does not drop them: the provider leaves the idle queues at
//!   once (paused as `Leaving`, it can't re-register or unpause) and an agenda task hands its jobs
//!   over, one per block, each weighed like any other task: a setup or replacement it is part of
//!   is retried without it (not held against it), a contract it hosts gets a replacement hoster
//!   (`DropHosting`, `HosterReplacement`), a challenge it attests is issued anew with another
//!   attester. After the last job the registration ends as without
//!   jobs: stake released, `Unregistered`.
//! * A registration's stake grows with the capacity it offers (see [`escrow`](crate::escrow)):
//!   an update holds or releases the difference, and holds again what faults slashed; a
//!   provider that cannot afford it is refused (`CannotHoldDeposit`) and keeps its registration.

use crate::{
	amendments::NeededBy, bookings::Job, AmendmentStatus, Bookings, Config, Error, Event,
	HoldReason, Keys, Pallet, Provider, Role, Task, UserByNoiseKey, UserBySigningKey, UserOf,
	Users, WorkForm,
};
use datdot_primitives::{geohash, ItemId};
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_register_for_work(
		who: T::AccountId,
		form: WorkForm<BlockNumberFor<T>>,
		proof_of_possession: Option<datdot_primitives::Signature>,
	) -> DispatchResult {
		Self::validate_form(&form)?;
		let user_id = Self::ensure_user(&who)?;
		let mut user = Users::<T>::get(user_id).ok_or(Error::<T>::NotRegistered)?;
		ensure!(!user.provider.as_ref().is_some_and(|p| p.is_leaving()), Error::<T>::Unregistering);
		Self::claim_keys(user_id, &mut user, &form, &who, proof_of_possession.as_ref())?;
		let idle_before = Role::ALL.map(|role| Self::is_idle(&user, role));

		let stake = Self::full_stake(&form);
		let provider = match user.provider.take() {
			Some(mut provider) => {
				// More capacity holds more stake, less releases some; what was slashed is held
				// again.
				if stake > provider.stake {
					let more = stake.saturating_sub(provider.stake);
					Self::hold_deposit(HoldReason::Stake, &who, more)?;
				} else {
					let less = provider.stake.saturating_sub(stake);
					Self::release_deposit(HoldReason::Stake, &who, less)?;
				}
				provider.form = form;
				provider.stake = stake;
				provider
			},
			None => {
				Self::hold_deposit(HoldReason::Stake, &who, stake)?;
				Provider {
					form,
					booked: Default::default(),
					storage_booked: 0,
					paused: Self::suspension(&mut user),
					stake,
					refresh_at: None,
				}
			},
		};
		let (capacity, storage) = (provider.form.capacity, provider.form.storage);
		user.provider = Some(provider);
		Self::schedule_window_edge(user_id, &mut user);
		Self::refresh_idle(user_id, &user);
		// Waiting contracts get another try only from a provider newly able to take work: a
		// re-registration that changes nothing of that forces no selections.
		let newly_idle = Role::ALL
			.iter()
			.zip(idle_before)
			.any(|(role, was)| !was && Self::is_idle(&user, *role));
		Users::<T>::insert(user_id, user);
		if newly_idle {
			Self::start_retry_pass();
		}
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

	/// Ties the form's keys to the user when it registers (with a proof of possession of the
	/// signing key); while registered they must not change.
	fn claim_keys(
		user_id: ItemId,
		user: &mut UserOf<T>,
		form: &WorkForm<BlockNumberFor<T>>,
		who: &T::AccountId,
		proof_of_possession: Option<&datdot_primitives::Signature>,
	) -> DispatchResult {
		let keys = Keys { signing_key: form.signing_key, noise_key: form.noise_key };
		if let Some(known) = user.keys {
			ensure!(known == keys, Error::<T>::KeysCannotChange);
			if proof_of_possession.is_some() {
				Self::check_possession(who, &keys.signing_key, proof_of_possession)?;
			}
			return Ok(());
		}
		ensure!(
			!UserBySigningKey::<T>::contains_key(keys.signing_key),
			Error::<T>::SigningKeyInUse
		);
		ensure!(!UserByNoiseKey::<T>::contains_key(keys.noise_key), Error::<T>::NoiseKeyInUse);
		Self::check_possession(who, &keys.signing_key, proof_of_possession)?;
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
		Self::pause_as_leaving(user_id, &mut user);
		Self::schedule_next_block(Task::HandOver { user: user_id });
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::deposit_event(Event::Unregistering { user: user_id, jobs });
		Ok(())
	}

	/// Hands one job of a leaving provider over; ends its registration after the last.
	pub(crate) fn hand_over(user_id: ItemId) -> DispatchResult {
		let user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		ensure!(user.provider.as_ref().is_some_and(|p| p.is_leaving()), Error::<T>::NotRegistered);
		if let Some((job, _)) = Bookings::<T>::iter_prefix(user_id).next() {
			let handed = with_storage_layer(|| match Self::job(job) {
				Some(Job::Amendment(a)) if a.status == AmendmentStatus::InProgress => {
					Self::amendment_failed(job, a, alloc::vec![user_id], false, NeededBy::Task)
				},
				Some(Job::Contract(c)) if c.hosters.contains(&user_id) => {
					Self::drop_hoster(job, user_id)
				},
				Some(Job::StorageChallenge(_)) => Self::reissue_storage_challenge(job),
				Some(Job::PerformanceChallenge(_)) => Self::reissue_performance_challenge(job),
				_ => Err(Error::<T>::UnknownContract.into()),
			});
			if let Err(e) = handed {
				// Nothing to hand over to (or a stale booking): the job is given up; an amendment
				// missing a party times out and is retried.
				log::warn!(target: "runtime::datdot", "hand-over of job {job} of user {user_id}: {e:?}");
				Self::release_job(user_id, job, None);
			}
		}
		let user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		if user.provider.as_ref().is_some_and(|p| p.has_jobs()) {
			Self::schedule_next_block(Task::HandOver { user: user_id });
			Ok(())
		} else {
			Self::end_registration(user_id, user)
		}
	}

	/// Ends a registration without jobs: out of the idle queues, deposit released.
	fn end_registration(user_id: ItemId, mut user: UserOf<T>) -> DispatchResult {
		let provider = user.provider.take().ok_or(Error::<T>::NotRegistered)?;
		if let Some(at) = provider.refresh_at {
			Self::unschedule(at, &Task::RefreshIdle { user: user_id });
		}
		Self::release_deposit(HoldReason::Stake, &user.account, provider.stake)?;
		Self::outlive_registration(user_id, &mut user, provider.paused);
		if let Some(keys) = user.keys.take() {
			UserBySigningKey::<T>::remove(keys.signing_key);
			UserByNoiseKey::<T>::remove(keys.noise_key);
		}
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::deposit_event(Event::Unregistered { user: user_id });
		Self::forget_if_unused(user_id);
		Ok(())
	}
}
