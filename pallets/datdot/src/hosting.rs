//! Hosting: matching a contract with providers, the attester's report, failures, retries and
//! hoster replacements.
//!
//! An *amendment* books providers for a contract and names an attester who reports on it:
//! * a setup (`HostingSetup`, or `RetryHostingSetup` after a failed one) books 1 attester, 3
//!   encoders and 3 hosters for a waiting contract;
//! * a replacement (`HosterReplacement`) books 1 attester and, for each vacant hoster position of
//!   an active contract, a hoster and the encoder that encodes for it. A contract has at most one
//!   amendment in progress; vacancies that open meanwhile are filled by the next replacement,
//!   started when that one is done. The remaining hosters host on while it runs.
//!
//! All providers of an amendment are distinct, never the plan's sponsor and never a hoster the
//! contract has. Its attester reports with `hosting_setup_report` or `hoster_replacement_report`:
//! * no failures: every new hoster's proof of contact (its signing key over the ASCII decimal
//!   amendment id) must verify, or the report is rejected. Then the encoders and the attester are
//!   released and credited, the hosters' bookings move from the amendment to the contract, and
//!   they host it (`HostingStarted`).
//! * failures (providers named by id or Noise key, all of the amendment): `HostingSetupFailed` or
//!   `HosterReplacementFailed`; the failed providers are paused for [`Config::FailPauseBlocks`]
//!   and lose reputation, the others are released, and a new amendment with fresh providers starts
//!   at once (or waits for providers).
//! * no report by the deadline ([`Config::ReportTimeout`]): as a failure of the attester alone.
//!
//! A hoster leaves a contract (`DropHosting`) when the plan ends or is withdrawn, or when its
//! position is handed over because it unregistered; its position is then filled by a replacement.
//!
//! Bookings: each provider's job is recorded in `Bookings[(user, job)] = role` (job = amendment id
//! while setting up, contract id while hosting); booking adds one to the role's count and, for
//! encoders and hosters, [`Config::StoragePerContract`] to the booked storage; releasing undoes
//! exactly that.

use crate::{
	selection::Job, Amendment, AmendmentKind, AmendmentStatus, Amendments, Bookings, Component,
	Components, Config, ContactSignature, ContractStatus, Contracts, Error, Event, Pallet, Pause,
	PauseReason, Plans, ProviderRef, Role, Task, UserByAccount, UserByNoiseKey, Users,
	ENCODERS_PER_CONTRACT, HOSTERS_PER_CONTRACT,
};
use alloc::vec::Vec;
use datdot_primitives::{geohash::Geohash, ItemId};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

type AmendmentOf<T> = Amendment<BlockNumberFor<T>>;
type Ids<const N: u32> = BoundedVec<ItemId, ConstU32<N>>;

impl<T: Config> Pallet<T> {
	/// Starts the amendment a contract needs: the (first or retried) hosting setup of a waiting
	/// contract, or a replacement for the vacant positions of an active one. Without enough
	/// providers the contract waits in the pending queue.
	pub(crate) fn start_amendment(contract_id: ItemId) -> DispatchResult {
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::UnknownContract)?;
		let (kind, vacancies) = match contract.status {
			ContractStatus::Waiting => {
				let kind = if contract.amendment.is_some() {
					AmendmentKind::RetryHostingSetup
				} else {
					AmendmentKind::HostingSetup
				};
				(kind, HOSTERS_PER_CONTRACT)
			},
			ContractStatus::Active => {
				let busy = contract
					.amendment
					.and_then(Amendments::<T>::get)
					.is_some_and(|a| a.status == AmendmentStatus::InProgress);
				let vacancies = HOSTERS_PER_CONTRACT.saturating_sub(contract.hosters.len() as u32);
				if busy || vacancies == 0 {
					if contract.scheduled.take().is_some() {
						Contracts::<T>::insert(contract_id, contract);
					}
					return Ok(());
				}
				(AmendmentKind::HosterReplacement, vacancies)
			},
			ContractStatus::SettingUp => return Err(Error::<T>::ContractNotWaiting.into()),
		};
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
		let setup_end =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ReportTimeout::get());
		let mut exclude = alloc::vec![plan.sponsor];
		exclude.extend(contract.hosters.iter().copied());
		let Some((attester, encoders, hosters)) =
			Self::select_setup(exclude, vacancies, setup_end, plan.until, &regions)
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
		let deadline =
			Self::schedule(setup_end, Task::AmendmentTimeout { amendment: amendment_id })?;
		if let Some(previous) = contract.amendment.replace(amendment_id) {
			Amendments::<T>::remove(previous);
		}
		if contract.status == ContractStatus::Waiting {
			contract.status = ContractStatus::SettingUp;
		}
		Contracts::<T>::insert(contract_id, contract);
		let encoders: Ids<ENCODERS_PER_CONTRACT> =
			encoders.try_into().map_err(|_| Error::<T>::DuplicateProvider)?;
		let hosters: Ids<HOSTERS_PER_CONTRACT> =
			hosters.try_into().map_err(|_| Error::<T>::DuplicateProvider)?;
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
		let (amendment, contract) = (amendment_id, contract_id);
		Self::deposit_event(match kind {
			AmendmentKind::HostingSetup => {
				Event::HostingSetup { amendment, contract, attester, encoders, hosters }
			},
			AmendmentKind::RetryHostingSetup => {
				Event::RetryHostingSetup { amendment, contract, attester, encoders, hosters }
			},
			AmendmentKind::HosterReplacement => {
				Event::HosterReplacement { amendment, contract, attester, encoders, hosters }
			},
		});
		Ok(())
	}

	/// One attester, then `count` encoders, then `count` hosters: all distinct and none of
	/// `exclude`. The attester and encoders must be available until the report is due, the
	/// hosters until the plan ends and inside its regions. `None` if a role can't be filled.
	fn select_setup(
		mut exclude: Vec<ItemId>,
		count: u32,
		setup_end: BlockNumberFor<T>,
		plan_end: BlockNumberFor<T>,
		regions: &[Geohash],
	) -> Option<(ItemId, Vec<ItemId>, Vec<ItemId>)> {
		let storage = T::StoragePerContract::get();
		let mut rng = Self::random_stream();
		let mut pick = |job: Job<_>, count: u32| {
			let chosen = Self::select(&mut rng, &job, count as usize, &exclude)?;
			exclude.extend_from_slice(&chosen);
			Some(chosen)
		};
		let attester =
			pick(Job { role: Role::Attester, until: setup_end, storage: 0, regions: &[] }, 1)?;
		let encoders =
			pick(Job { role: Role::Encoder, until: setup_end, storage, regions: &[] }, count)?;
		let hosters = pick(Job { role: Role::Hoster, until: plan_end, storage, regions }, count)?;
		Some((*attester.first()?, encoders, hosters))
	}

	/// A report on an amendment of `kind` (a setup report covers retried setups too).
	pub(crate) fn do_amendment_report(
		who: T::AccountId,
		amendment_id: ItemId,
		kind: AmendmentKind,
		failed: Vec<ProviderRef>,
		signatures: Vec<ContactSignature>,
	) -> DispatchResult {
		let amendment = Amendments::<T>::get(amendment_id).ok_or(Error::<T>::UnknownAmendment)?;
		let is_replacement = |k| k == AmendmentKind::HosterReplacement;
		ensure!(
			is_replacement(amendment.kind) == is_replacement(kind),
			Error::<T>::WrongAmendmentKind
		);
		ensure!(
			amendment.status == AmendmentStatus::InProgress,
			Error::<T>::AmendmentNotInProgress
		);
		ensure!(UserByAccount::<T>::get(&who) == Some(amendment.attester), Error::<T>::NotAttester);

		if failed.is_empty() {
			Self::check_contact_signatures(amendment_id, &amendment.hosters, &signatures)?;
			return Self::amendment_done(amendment_id, amendment);
		}
		let mut failed_ids = Vec::with_capacity(failed.len());
		for provider in failed {
			let id = match provider {
				ProviderRef::Id(id) => id,
				ProviderRef::NoiseKey(key) => {
					UserByNoiseKey::<T>::get(key).ok_or(Error::<T>::NotInAmendment)?
				},
			};
			ensure!(Self::is_party(&amendment, id), Error::<T>::NotInAmendment);
			ensure!(!failed_ids.contains(&id), Error::<T>::DuplicateProvider);
			failed_ids.push(id);
		}
		Self::amendment_failed(amendment_id, amendment, failed_ids, true)
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
			Self::check_contact(*hoster, &signature.signature, &message)?;
		}
		Ok(())
	}

	/// A proof of contact: `user`'s signing key signed `message` (an id in ASCII decimal).
	pub(crate) fn check_contact(
		user: ItemId,
		signature: &datdot_primitives::Signature,
		message: &[u8],
	) -> DispatchResult {
		let key = Users::<T>::get(user)
			.and_then(|u| u.keys)
			.ok_or(Error::<T>::UnknownUser)?
			.signing_key;
		ensure!(
			datdot_primitives::ed25519_verify(signature, message, &key),
			Error::<T>::BadContactSignature
		);
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

	/// The attester reported success: the amendment's hosters host the contract.
	fn amendment_done(amendment_id: ItemId, mut amendment: AmendmentOf<T>) -> DispatchResult {
		let contract_id = amendment.contract;
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::UnknownContract)?;
		Self::unschedule(amendment.deadline, &Task::AmendmentTimeout { amendment: amendment_id });
		Self::release(amendment.attester, amendment_id, Some(true));
		for e in amendment.encoders.iter() {
			Self::release(*e, amendment_id, Some(true));
		}
		for h in amendment.hosters.iter() {
			Self::book(*h, contract_id, Role::Hoster)?;
			Self::release(*h, amendment_id, None);
			contract.hosters.try_push(*h).map_err(|_| Error::<T>::DuplicateProvider)?;
			Self::ensure_storage_cycle(*h)?;
			Self::feed_hoster_joined(contract.feed, *h)?;
		}
		amendment.status = AmendmentStatus::Done;
		contract.status = ContractStatus::Active;
		Amendments::<T>::insert(amendment_id, amendment);
		Contracts::<T>::insert(contract_id, contract);
		Self::deposit_event(Event::HostingStarted {
			amendment: amendment_id,
			contract: contract_id,
		});
		// Positions that fell vacant while this amendment ran.
		Self::start_amendment(contract_id)
	}

	/// The report deadline passed: the attester failed.
	pub(crate) fn amendment_timeout(amendment_id: ItemId) -> DispatchResult {
		let amendment = Amendments::<T>::get(amendment_id).ok_or(Error::<T>::UnknownAmendment)?;
		ensure!(
			amendment.status == AmendmentStatus::InProgress,
			Error::<T>::AmendmentNotInProgress
		);
		let attester = amendment.attester;
		Self::amendment_failed(amendment_id, amendment, alloc::vec![attester], true)
	}

	/// An amendment failed because of `failed` (at fault if `blame`: paused and recorded; else
	/// they are leaving): everyone is released, the amendment removed and a new one started.
	pub(crate) fn amendment_failed(
		amendment_id: ItemId,
		amendment: AmendmentOf<T>,
		failed: Vec<ItemId>,
		blame: bool,
	) -> DispatchResult {
		let contract_id = amendment.contract;
		let replacement = amendment.kind == AmendmentKind::HosterReplacement;
		Self::unschedule(amendment.deadline, &Task::AmendmentTimeout { amendment: amendment_id });
		for user in Self::parties(&amendment) {
			let fault = blame && failed.contains(&user);
			Self::release(user, amendment_id, fault.then_some(false));
			if fault {
				Self::pause_for_failure(user)?;
			}
		}
		Amendments::<T>::remove(amendment_id);
		let failed: Ids<7> = failed.try_into().map_err(|_| Error::<T>::DuplicateProvider)?;
		let (amendment, contract) = (amendment_id, contract_id);
		if replacement {
			Self::deposit_event(Event::HosterReplacementFailed { amendment, contract, failed });
		} else {
			Contracts::<T>::try_mutate(contract_id, |c| -> DispatchResult {
				let c = c.as_mut().ok_or(Error::<T>::UnknownContract)?;
				c.status = ContractStatus::Waiting;
				Ok(())
			})?;
			Self::deposit_event(Event::HostingSetupFailed { amendment, contract, failed });
		}
		Self::start_amendment(contract_id)
	}

	/// `hoster` leaves `contract` and a replacement for its position starts.
	pub(crate) fn drop_hoster(contract_id: ItemId, hoster: ItemId) -> DispatchResult {
		Self::remove_hoster(contract_id, hoster)?;
		Self::start_amendment(contract_id)
	}

	/// `hoster` leaves `contract`: its booking is released and `DropHosting` emitted.
	pub(crate) fn remove_hoster(contract_id: ItemId, hoster: ItemId) -> DispatchResult {
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::UnknownContract)?;
		let position = contract
			.hosters
			.iter()
			.position(|h| *h == hoster)
			.ok_or(Error::<T>::NotInAmendment)?;
		contract.hosters.remove(position);
		let amendment = contract.amendment.unwrap_or_default();
		Self::feed_hoster_left(contract.feed, hoster);
		Contracts::<T>::insert(contract_id, contract);
		Self::release(hoster, contract_id, None);
		Self::deposit_event(Event::DropHosting { amendment, hoster });
		Ok(())
	}

	/// A contract with a vacant position waits in the pending queue for its replacement, which
	/// the next blocks retry (a bounded number per block).
	pub(crate) fn wait_for_replacement(contract_id: ItemId) -> DispatchResult {
		let scheduled = Self::wait_for_providers(contract_id)?;
		Contracts::<T>::try_mutate(contract_id, |c| -> DispatchResult {
			let c = c.as_mut().ok_or(Error::<T>::UnknownContract)?;
			c.scheduled = scheduled;
			Ok(())
		})?;
		Self::providers_changed();
		Ok(())
	}

	/// Everyone booked on an amendment.
	fn parties(amendment: &AmendmentOf<T>) -> Vec<ItemId> {
		let mut all = alloc::vec![amendment.attester];
		all.extend(amendment.encoders.iter().copied());
		all.extend(amendment.hosters.iter().copied());
		all
	}

	fn is_party(amendment: &AmendmentOf<T>, user: ItemId) -> bool {
		Self::parties(amendment).contains(&user)
	}

	/// Releases a contract's providers and its amendment (plan unpublished or ended).
	pub(crate) fn release_contract(
		contract_id: ItemId,
		contract: &crate::Contract<BlockNumberFor<T>>,
	) {
		Self::stop_waiting(contract_id);
		if let Some(amendment_id) = contract.amendment {
			if let Some(amendment) = Amendments::<T>::take(amendment_id) {
				if amendment.status == AmendmentStatus::InProgress {
					Self::unschedule(
						amendment.deadline,
						&Task::AmendmentTimeout { amendment: amendment_id },
					);
					for user in Self::parties(&amendment) {
						Self::release(user, amendment_id, None);
					}
				}
			}
		}
		for hoster in contract.hosters.iter() {
			Self::feed_hoster_left(contract.feed, *hoster);
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
		if let Some(success) = outcome {
			user.stats.record(success);
		}
		let hosts_nothing = role == Role::Hoster
			&& user.provider.as_ref().is_none_or(|p| p.booked.get(Role::Hoster) == 0);
		Self::refresh_idle(user_id, &user);
		Users::<T>::insert(user_id, user);
		if hosts_nothing {
			Self::end_storage_cycle(user_id);
		}
		Self::providers_changed();
	}

	/// Records a job's outcome in `user`'s stats.
	pub(crate) fn record(user_id: ItemId, success: bool) {
		Users::<T>::mutate(user_id, |u| {
			if let Some(u) = u {
				u.stats.record(success);
			}
		});
	}

	/// Pauses a provider that failed a job until `FailPauseBlocks` from now (a provider that is
	/// paused for a failure already, or leaving, stays as it is).
	pub(crate) fn pause_for_failure(user_id: ItemId) -> DispatchResult {
		let mut user = Users::<T>::get(user_id).ok_or(Error::<T>::UnknownUser)?;
		let Some(provider) = user.provider.as_mut() else { return Ok(()) };
		if provider.paused.is_some_and(|p| p.reason != PauseReason::Requested) {
			return Ok(());
		}
		if let Some(at) = provider.paused.and_then(|p| p.replace_at) {
			Self::unschedule(at, &Task::PauseLimit { user: user_id });
		}
		let until =
			frame_system::Pallet::<T>::block_number().saturating_add(T::FailPauseBlocks::get());
		let until = Self::schedule(until, Task::PauseEnd { user: user_id })?;
		provider.paused =
			Some(Pause { reason: PauseReason::Failed, until: Some(until), replace_at: None });
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
