//! A provider's jobs: booking, releasing, recording the outcome; what kind of job an id names.
//!
//! Each job is recorded in `Bookings[(user, job)] = role` (job = amendment id while setting up,
//! contract id while hosting, challenge id while attesting a challenge); booking adds one to the
//! role's count and, for encoders and hosters, [`Config::StoragePerContract`] to the booked
//! storage; releasing undoes exactly that. Both put the provider into or take it out of the idle
//! queues, and a release starts a retry pass for waiting contracts. A release returns what it
//! left behind ([`Released`]) for the layers above to act on.

use crate::{
	AmendmentOf, Amendments, Bookings, Config, ContractOf, Contracts, Error, Pallet,
	PerformanceChallengeOf, PerformanceChallenges, Role, StorageChallengeOf, StorageChallenges,
	Users,
};
use datdot_primitives::ItemId;
use frame_support::pallet_prelude::*;

/// What a job id names.
pub enum Job<T: Config> {
	/// An amendment (a provider is booked on it while it sets up).
	Amendment(AmendmentOf<T>),
	/// A contract (its hosters are booked on it).
	Contract(ContractOf<T>),
	/// A running storage challenge (its attester is booked on it).
	StorageChallenge(StorageChallengeOf<T>),
	/// A running performance challenge (its attester is booked on it).
	PerformanceChallenge(PerformanceChallengeOf<T>),
}

/// What a release left behind.
#[must_use]
pub struct Released {
	/// The booking was a hoster's and the provider has no hoster booking left.
	pub hosts_nothing: bool,
}

impl<T: Config> Pallet<T> {
	/// What `id` names as a job, if anything (ids are unique across kinds).
	pub(crate) fn job(id: ItemId) -> Option<Job<T>> {
		Amendments::<T>::get(id)
			.map(Job::Amendment)
			.or_else(|| Contracts::<T>::get(id).map(Job::Contract))
			.or_else(|| StorageChallenges::<T>::get(id).map(Job::StorageChallenge))
			.or_else(|| PerformanceChallenges::<T>::get(id).map(Job::PerformanceChallenge))
	}

	/// Books `user` for `job` in `role`.
	pub(crate) fn book(user_id: ItemId, job: ItemId, role: Role) -> DispatchResult {
		let mut user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		let provider = user.provider.as_mut().ok_or(Error::<T>::NotRegistered)?;
		*provider.booked.get_mut(role) = provider.booked.get(role).saturating_add(1);
		if role != Role::Attester {
			provider.storage_booked =
				provider.storage_booked.saturating_add(T::StoragePerContract::get());
		}
		Bookings::<T>::insert(user_id, job, role);
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Ok(())
	}

	/// Releases `user`'s booking for `job`, crediting a success (`Some(true)`), recording a failure
	/// (`Some(false)`) or neither (`None`).
	pub(crate) fn release(user_id: ItemId, job: ItemId, outcome: Option<bool>) -> Released {
		let Some(role) = Bookings::<T>::take(user_id, job) else {
			return Released { hosts_nothing: false };
		};
		let Some(mut user) = Users::<T>::get(user_id) else {
			return Released { hosts_nothing: false };
		};
		if let Some(provider) = user.provider.as_mut() {
			*provider.booked.get_mut(role) = provider.booked.get(role).saturating_sub(1);
			if role != Role::Attester {
				provider.storage_booked =
					provider.storage_booked.saturating_sub(T::StoragePerContract::get());
			}
		}
		if let Some(success) = outcome {
			user.stats.record(success);
		}
		let hosts_nothing = role == Role::Hoster
			&& user.provider.as_ref().is_none_or(|p| p.booked.get(Role::Hoster) == 0);
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::start_retry_pass();
		Released { hosts_nothing }
	}

	/// Records a job's outcome in `user`'s stats, without a booking.
	pub(crate) fn record_outcome(user_id: ItemId, success: bool) {
		Users::<T>::mutate(user_id, |u| {
			if let Some(u) = u {
				u.stats.record(success);
			}
		});
	}
}
