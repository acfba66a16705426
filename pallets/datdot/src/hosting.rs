//! Hosting setup: matching a contract with providers, the attester's report, failures and retries.
//!
//! A setup books 1 attester, 3 encoders and 3 hosters (all distinct, never the plan's sponsor) on a
//! new amendment and emits `HostingSetup` (or `RetryHostingSetup`). Its attester reports with
//! `hosting_setup_report`:
//! * no failures: every hoster's proof of contact (its signing key over the ASCII decimal
//!   amendment id) must verify, or the report is rejected. Then the encoders and the attester are
//!   released and credited, the hosters' bookings move from the amendment to the contract, and the
//!   contract is active (`HostingStarted`).
//! * failures (providers named by id or Noise key, all of the amendment): `HostingSetupFailed`; the
//!   failed providers are paused for [`Config::FailPauseBlocks`] and lose reputation, the others
//!   are released, and a retry with fresh providers starts at once (or waits for providers).
//! * no report by the deadline ([`Config::ReportTimeout`]): as a failure of the attester alone.
//!
//! Bookings: each provider's job is recorded in `Bookings[(user, job)] = role` (job = amendment id
//! while setting up, contract id while hosting); booking adds one to the role's count and, for
//! encoders and hosters, [`Config::StoragePerContract`] to the booked storage; releasing undoes
//! exactly that.

use crate::{
	selection::Job, Amendment, AmendmentKind, AmendmentStatus, Amendments, Bookings,
	ContactSignature, ContractStatus, Contracts, Config, Error, Event, Pallet, Pause, PauseReason,
	Plans, ProviderRef, Role, Task, UserByAccount, UserByNoiseKey, Users, Components, Component,
	ENCODERS_PER_CONTRACT, HOSTERS_PER_CONTRACT,
};
use alloc::vec::Vec;
use datdot_primitives::{geohash::Geohash, ItemId};
use frame_support::pallet_prelude::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Finds providers for a waiting contract and starts its (first or retried) hosting setup;
	/// without enough providers the contract waits in the pending queue.
	pub(crate) fn start_hosting_setup(contract_id: ItemId) -> DispatchResult {
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::UnknownContract)?;
		ensure!(contract.status == ContractStatus::Waiting, Error::<T>::ContractNotWaiting);
		let plan = Plans::<T>::get(contract.plan).ok_or(Error::<T>::UnknownPlan)?;
		contract.scheduled = None;
		let regions: Vec<Geohash> = plan
			.regions
			.iter()
			.filter_map(|id| match Components::<T>::get(id) {
				Some(Component::Region(r)) => Some(r.geohash),
				_ => None,
			})
			.collect();
		let setup_end = frame_system::Pallet::<T>::block_number().saturating_add(T::ReportTimeout::get());
		let Some((attester, encoders, hosters)) =
			Self::select_setup(plan.sponsor, setup_end, plan.until, &regions)
		else {
			contract.scheduled = Self::wait_for_providers(contract_id)?;
			Contracts::<T>::insert(contract_id, contract);
			return Ok(());
		};

		let amendment_id = Self::next_id()?;
		Self::book(attester, amendment_id, Role::Attester)?;
		for e in &encoders {
			Self::book(*e, amendment_id, Role::Encoder)?;
		}
		for h in &hosters {
			Self::book(*h, amendment_id, Role::Hoster)?;
		}
		let deadline = Self::schedule(setup_end, Task::AmendmentTimeout { amendment: amendment_id })?;
		let kind = if contract.amendment.is_some() {
			AmendmentKind::RetryHostingSetup
		} else {
			AmendmentKind::HostingSetup
		};
		if let Some(previous) = contract.amendment.replace(amendment_id) {
			Amendments::<T>::remove(previous);
		}
		contract.status = ContractStatus::SettingUp;
		Contracts::<T>::insert(contract_id, contract);
		let encoders: BoundedVec<_, _> = encoders.try_into().map_err(|_| Error::<T>::UnknownUser)?;
		let hosters: BoundedVec<_, _> = hosters.try_into().map_err(|_| Error::<T>::UnknownUser)?;
		Amendments::<T>::insert(
			amendment_id,
			Amendment {
				contract: contract_id,
				kind,
				status: AmendmentStatus::InProgress,
				attester,
				encoders: encoders.clone(),
				hosters: hosters.clone(),
				deadline,
			},
		);
		let event = match kind {
			AmendmentKind::RetryHostingSetup => Event::RetryHostingSetup {
				amendment: amendment_id,
				contract: contract_id,
				attester,
				encoders,
				hosters,
			},
			_ => Event::HostingSetup {
				amendment: amendment_id,
				contract: contract_id,
				attester,
				encoders,
				hosters,
			},
		};
		Self::deposit_event(event);
		Ok(())
	}

	/// One attester, then the encoders, then the hosters: all distinct, never the sponsor. The
	/// attester and encoders must be available until the report is due, the hosters until the plan
	/// ends and inside its regions. `None` if a role can't be filled.
	fn select_setup(
		sponsor: ItemId,
		setup_end: frame_system::pallet_prelude::BlockNumberFor<T>,
		plan_end: frame_system::pallet_prelude::BlockNumberFor<T>,
		regions: &[Geohash],
	) -> Option<(ItemId, Vec<ItemId>, Vec<ItemId>)> {
		let storage = T::StoragePerContract::get();
		let mut rng = Self::random_stream();
		let mut exclude = alloc::vec![sponsor];
		let mut pick = |job: Job<_>, count: u32| {
			let chosen = Self::select(&mut rng, &job, count as usize, &exclude)?;
			exclude.extend_from_slice(&chosen);
			Some(chosen)
		};
		let attester = pick(Job { role: Role::Attester, until: setup_end, storage: 0, regions: &[] }, 1)?;
		let encoders = pick(
			Job { role: Role::Encoder, until: setup_end, storage, regions: &[] },
			ENCODERS_PER_CONTRACT,
		)?;
		let hosters =
			pick(Job { role: Role::Hoster, until: plan_end, storage, regions }, HOSTERS_PER_CONTRACT)?;
		Some((*attester.first()?, encoders, hosters))
	}

	pub(crate) fn do_hosting_setup_report(
		who: T::AccountId,
		amendment_id: ItemId,
		failed: Vec<ProviderRef>,
		signatures: Vec<ContactSignature>,
	) -> DispatchResult {
		let amendment = Amendments::<T>::get(amendment_id).ok_or(Error::<T>::UnknownAmendment)?;
		ensure!(amendment.kind != AmendmentKind::HosterReplacement, Error::<T>::WrongAmendmentKind);
		ensure!(amendment.status == AmendmentStatus::InProgress, Error::<T>::AmendmentNotInProgress);
		ensure!(UserByAccount::<T>::get(&who) == Some(amendment.attester), Error::<T>::NotAttester);

		if failed.is_empty() {
			Self::check_contact_signatures(amendment_id, &amendment.hosters, &signatures)?;
			return Self::hosting_started(amendment_id, amendment);
		}
		let mut failed_ids = Vec::with_capacity(failed.len());
		for provider in failed {
			let id = match provider {
				ProviderRef::Id(id) => id,
				ProviderRef::NoiseKey(key) =>
					UserByNoiseKey::<T>::get(key).ok_or(Error::<T>::NotInAmendment)?,
			};
			ensure!(Self::is_party(&amendment, id), Error::<T>::NotInAmendment);
			ensure!(!failed_ids.contains(&id), Error::<T>::DuplicateProvider);
			failed_ids.push(id);
		}
		Self::unschedule(amendment.deadline, &Task::AmendmentTimeout { amendment: amendment_id });
		Self::setup_failed(amendment_id, amendment, failed_ids)
	}

	/// Every hoster's signature over the ASCII decimal amendment id, and nothing else.
	fn check_contact_signatures(
		amendment_id: ItemId,
		hosters: &[ItemId],
		signatures: &[ContactSignature],
	) -> DispatchResult {
		ensure!(signatures.len() == hosters.len(), Error::<T>::MissingContactSignature);
		let message = Self::contact_message(amendment_id);
		for hoster in hosters {
			let signature = signatures
				.iter()
				.find(|s| s.hoster == *hoster)
				.ok_or(Error::<T>::MissingContactSignature)?;
			let key = Users::<T>::get(hoster)
				.and_then(|u| u.keys)
				.ok_or(Error::<T>::UnknownUser)?
				.signing_key;
			ensure!(
				datdot_primitives::ed25519_verify(&signature.signature, &message, &key),
				Error::<T>::BadContactSignature
			);
		}
		Ok(())
	}

	/// What a proof of contact signs: the id in ASCII decimal (`"42"`).
	pub fn contact_message(id: ItemId) -> Vec<u8> {
		let mut digits = Vec::with_capacity(20);
		let mut n = id;
		loop {
			digits.push(b'0' + (n % 10) as u8);
			n /= 10;
			if n == 0 {
				break;
			}
		}
		digits.reverse();
		digits
	}

	fn hosting_started(amendment_id: ItemId, mut amendment: Amendment<frame_system::pallet_prelude::BlockNumberFor<T>>) -> DispatchResult {
		let contract_id = amendment.contract;
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::UnknownContract)?;
		Self::unschedule(amendment.deadline, &Task::AmendmentTimeout { amendment: amendment_id });
		Self::release(amendment.attester, amendment_id, Some(true));
		for e in amendment.encoders.iter() {
			Self::release(*e, amendment_id, Some(true));
		}
		for h in amendment.hosters.iter() {
			Self::release(*h, amendment_id, None);
			Self::book(*h, contract_id, Role::Hoster)?;
		}
		amendment.status = AmendmentStatus::Done;
		contract.status = ContractStatus::Active;
		contract.hosters = amendment.hosters.clone();
		Amendments::<T>::insert(amendment_id, amendment);
		Contracts::<T>::insert(contract_id, contract);
		Self::deposit_event(Event::HostingStarted { amendment: amendment_id, contract: contract_id });
		Ok(())
	}

	/// The report deadline passed: the attester failed.
	pub(crate) fn amendment_timeout(amendment_id: ItemId) -> DispatchResult {
		let amendment = Amendments::<T>::get(amendment_id).ok_or(Error::<T>::UnknownAmendment)?;
		ensure!(amendment.status == AmendmentStatus::InProgress, Error::<T>::AmendmentNotInProgress);
		let attester = amendment.attester;
		Self::setup_failed(amendment_id, amendment, alloc::vec![attester])
	}

	fn setup_failed(
		amendment_id: ItemId,
		amendment: Amendment<frame_system::pallet_prelude::BlockNumberFor<T>>,
		failed: Vec<ItemId>,
	) -> DispatchResult {
		let contract_id = amendment.contract;
		for user in Self::parties(&amendment) {
			let fault = failed.contains(&user);
			Self::release(user, amendment_id, fault.then_some(false));
			if fault {
				Self::pause_for_failure(user)?;
			}
		}
		Amendments::<T>::remove(amendment_id);
		Contracts::<T>::try_mutate(contract_id, |c| -> DispatchResult {
			let c = c.as_mut().ok_or(Error::<T>::UnknownContract)?;
			c.status = ContractStatus::Waiting;
			Ok(())
		})?;
		let failed: BoundedVec<ItemId, ConstU32<7>> =
			failed.try_into().map_err(|_| Error::<T>::DuplicateProvider)?;
		Self::deposit_event(Event::HostingSetupFailed {
			amendment: amendment_id,
			contract: contract_id,
			failed,
		});
		Self::start_hosting_setup(contract_id)
	}

	/// Everyone booked on an amendment.
	fn parties(amendment: &Amendment<frame_system::pallet_prelude::BlockNumberFor<T>>) -> Vec<ItemId> {
		let mut all = alloc::vec![amendment.attester];
		all.extend(amendment.encoders.iter().copied());
		all.extend(amendment.hosters.iter().copied());
		all
	}

	fn is_party(amendment: &Amendment<frame_system::pallet_prelude::BlockNumberFor<T>>, user: ItemId) -> bool {
		Self::parties(amendment).contains(&user)
	}

	/// Releases a contract's providers and its amendment (plan unpublished or ended).
	pub(crate) fn release_contract(contract_id: ItemId, contract: &crate::Contract<frame_system::pallet_prelude::BlockNumberFor<T>>) {
		Self::stop_waiting(contract_id);
		if let Some(amendment_id) = contract.amendment {
			if let Some(amendment) = Amendments::<T>::take(amendment_id) {
				if amendment.status == AmendmentStatus::InProgress {
					Self::unschedule(amendment.deadline, &Task::AmendmentTimeout { amendment: amendment_id });
					for user in Self::parties(&amendment) {
						Self::release(user, amendment_id, None);
					}
				}
			}
		}
		for hoster in contract.hosters.iter() {
			Self::release(*hoster, contract_id, None);
			Self::deposit_event(Event::DropHosting {
				amendment: contract.amendment.unwrap_or_default(),
				hoster: *hoster,
			});
		}
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
	pub(crate) fn release(user_id: ItemId, job: ItemId, outcome: Option<bool>) {
		let Some(role) = Bookings::<T>::take(user_id, job) else { return };
		let Some(mut user) = Users::<T>::get(user_id) else { return };
		if let Some(provider) = user.provider.as_mut() {
			*provider.booked.get_mut(role) = provider.booked.get(role).saturating_sub(1);
			if role != Role::Attester {
				provider.storage_booked =
					provider.storage_booked.saturating_sub(T::StoragePerContract::get());
			}
		}
		match outcome {
			Some(true) => {
				user.stats.successes = user.stats.successes.saturating_add(1);
				user.stats.reputation = user.stats.reputation.saturating_add(1);
			},
			Some(false) => {
				user.stats.failures = user.stats.failures.saturating_add(1);
				user.stats.reputation = user.stats.reputation.saturating_sub(1);
			},
			None => {},
		}
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::providers_changed();
	}

	/// Pauses a provider that failed a job until `FailPauseBlocks` from now.
	fn pause_for_failure(user_id: ItemId) -> DispatchResult {
		let mut user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		let Some(provider) = user.provider.as_mut() else { return Ok(()) };
		if provider.paused.is_some_and(|p| p.reason == PauseReason::Failed) {
			return Ok(());
		}
		let until = frame_system::Pallet::<T>::block_number().saturating_add(T::FailPauseBlocks::get());
		let until = Self::schedule(until, Task::PauseEnd { user: user_id })?;
		provider.paused = Some(Pause { reason: PauseReason::Failed, until: Some(until) });
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		Self::deposit_event(Event::Paused { user: user_id, until: Some(until) });
		Ok(())
	}

	/// A pause for a failure is over.
	pub(crate) fn end_failure_pause(user_id: ItemId) -> DispatchResult {
		let user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		let failed = user
			.provider
			.as_ref()
			.is_some_and(|p| p.paused.is_some_and(|p| p.reason == PauseReason::Failed));
		if failed {
			Self::lift_pause(user_id, user);
		}
		Ok(())
	}
}
