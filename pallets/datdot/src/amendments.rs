//! Amendments: matching a contract with providers, the attester's report, failures, retries and
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
//! All providers of an amendment are distinct, never the plan's sponsor or the feed's publisher and
//! never a hoster the contract has. (What sybils can still do: a sponsor or publisher can register
//! other accounts as providers and hope to draw them; selection is uniform over the qualified idle
//! providers, so their share of a setup is their share of the queues, each holding a stake that
//! grows with its capacity and that faults the chain establishes slash: see
//! [`escrow`](crate::escrow).) Its attester reports with `hosting_setup_report` or
//! `hoster_replacement_report`:
//! * no failures: every new hoster's proof of contact (its signing key over the ASCII decimal
//!   amendment id) must verify, or the report is rejected. Then the encoders and the attester are
//!   released, credited and paid (and a replacement's new hosters paid for joining: see
//!   [`escrow`](crate::escrow)), the hosters' bookings move from the amendment to the contract,
//!   and they host it (`HostingStarted`).
//! * failures (providers named by id or Noise key, all of the amendment): `HostingSetupFailed` or
//!   `HosterReplacementFailed`; the failed providers are paused for [`Config::FailPauseBlocks`]
//!   and lose reputation, the others are released, and a new amendment with fresh providers is
//!   asked for: drawn in a later block (see [`selection`](crate::selection)), or it waits for
//!   providers.
//! * no report by the deadline ([`Config::ReportTimeout`]): as a failure of the attester alone
//!   (its new amendment drawn at once if the randomness is fresh in that block, else asked for). A
//!   report must be included before the deadline block (the timeout is due at its start); later
//!   reports are refused (`ReportTooLate`) whether or not the timeout has run yet.
//!
//! Why a hoster leaves a contract, and how its position comes to be filled by a replacement, is in
//! [`replacement`](crate::replacement).

use crate::{
	Amendment, AmendmentKind, AmendmentOf, AmendmentStatus, Amendments, Component, Components,
	Config, ContactSignature, ContractStatus, Contracts, Error, Event, Feeds, Pallet, Plans,
	ProviderRef, Role, Task, UserByAccount, UserByNoiseKey, WaitingContracts, WeightInfo,
	ENCODERS_PER_CONTRACT, HOSTERS_PER_CONTRACT, MAX_AMENDMENT_PARTIES,
};
use alloc::vec::Vec;
use datdot_primitives::{geohash::Geohash, ItemId};
use frame_support::pallet_prelude::*;
use sp_runtime::traits::Saturating;

/// What needs a new amendment, which decides when its selection may be drawn (see
/// [`selection`](crate::selection)).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum NeededBy {
	/// A call: never drawn in it, asked for on the agenda.
	Call,
	/// An agenda task: drawn at once in a block with fresh randomness.
	Task,
}

impl<T: Config> Pallet<T> {
	/// The amendment `contract` needs, if any: a (first or retried) hosting setup of a waiting
	/// contract, or a replacement for the vacant positions of an active one that has no amendment
	/// in progress; with the positions to fill.
	fn amendment_needed(
		contract: &crate::Contract<frame_system::pallet_prelude::BlockNumberFor<T>>,
	) -> Result<Option<(AmendmentKind, u32)>, DispatchError> {
		Ok(match contract.status {
			ContractStatus::Waiting => {
				let kind = if contract.amendment.is_some() {
					AmendmentKind::RetryHostingSetup
				} else {
					AmendmentKind::HostingSetup
				};
				Some((kind, HOSTERS_PER_CONTRACT))
			},
			ContractStatus::Active => {
				let busy = contract
					.amendment
					.and_then(Amendments::<T>::get)
					.is_some_and(|a| a.status == AmendmentStatus::InProgress);
				let vacancies = HOSTERS_PER_CONTRACT.saturating_sub(contract.hosters.len() as u32);
				(!busy && vacancies > 0).then_some((AmendmentKind::HosterReplacement, vacancies))
			},
			ContractStatus::SettingUp => return Err(Error::<T>::ContractNotWaiting.into()),
		})
	}

	/// `contract` may need a new amendment (its last failed, or positions fell vacant): started at
	/// once by a task in a block whose randomness is fresh; otherwise, unless the contract already
	/// waits for providers, asked for on the agenda, due the next block.
	pub(crate) fn need_amendment(contract_id: ItemId, by: NeededBy) -> DispatchResult {
		if by == NeededBy::Task && Self::randomness_fresh() {
			return Self::start_amendment(contract_id);
		}
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::UnknownContract)?;
		if Self::amendment_needed(&contract)?.is_none()
			|| WaitingContracts::<T>::get().contains(&contract_id)
		{
			return Ok(());
		}
		let task = Task::StartHosting { contract: contract_id };
		if let Some(at) = contract.scheduled.take() {
			Self::unschedule(at, &task);
		}
		contract.scheduled = Some(Self::schedule_next_block(task));
		Contracts::<T>::insert(contract_id, contract);
		Ok(())
	}

	/// Starts the amendment a contract needs (see [`Self::amendment_needed`]), drawing its
	/// providers now: only from the agenda's draw lane, or where [`Self::need_amendment`] allows.
	/// Without enough providers the contract waits in the waiting queue.
	pub(crate) fn start_amendment(contract_id: ItemId) -> DispatchResult {
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::UnknownContract)?;
		// A start still on the agenda (asked for, not yet drawn) is this one.
		if let Some(at) = contract.scheduled.take() {
			Self::unschedule(at, &Task::StartHosting { contract: contract_id });
		}
		let Some((kind, vacancies)) = Self::amendment_needed(&contract)? else {
			Contracts::<T>::insert(contract_id, contract);
			return Ok(());
		};
		let plan = Plans::<T>::get(contract.plan).ok_or(Error::<T>::UnknownPlan)?;
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
		// Nobody checks its own interest: neither the sponsor nor the feed's publisher serves.
		let mut exclude = alloc::vec![plan.sponsor];
		exclude.extend(Feeds::<T>::get(contract.feed).map(|f| f.publisher));
		exclude.extend(contract.hosters.iter().copied());
		let Some((attester, encoders, hosters)) =
			Self::select_setup(contract_id, exclude, vacancies, setup_end, plan.until, &regions)
		else {
			contract.scheduled = Self::wait_for_providers(contract_id);
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
			Self::schedule(setup_end, Task::AmendmentTimeout { amendment: amendment_id });
		if let Some(previous) = contract.amendment.replace(amendment_id) {
			Amendments::<T>::remove(previous);
		}
		if contract.status == ContractStatus::Waiting {
			contract.status = ContractStatus::SettingUp;
		}
		Contracts::<T>::insert(contract_id, contract);
		let encoders: BoundedVec<_, ConstU32<ENCODERS_PER_CONTRACT>> =
			encoders.try_into().map_err(|_| Error::<T>::DuplicateProvider)?;
		let hosters: BoundedVec<_, ConstU32<HOSTERS_PER_CONTRACT>> =
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

	/// A report on an amendment of `kind` (a setup report covers retried setups too).
	pub(crate) fn do_amendment_report(
		who: T::AccountId,
		amendment_id: ItemId,
		kind: AmendmentKind,
		failed: Vec<ProviderRef>,
		signatures: Vec<ContactSignature>,
	) -> DispatchResultWithPostInfo {
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
		Self::ensure_before(amendment.deadline)?;

		let replacement = is_replacement(kind);
		if failed.is_empty() {
			Self::check_contact_signatures(amendment_id, &amendment.hosters, &signatures)?;
			Self::amendment_done(amendment_id, amendment)?;
			let actual = if replacement {
				T::WeightInfo::hoster_replacement_report()
			} else {
				T::WeightInfo::hosting_setup_report()
			};
			return Ok(Self::accepted_report(actual));
		}
		let mut failed_ids = Vec::with_capacity(failed.len());
		for provider in failed {
			let id = match provider {
				ProviderRef::Id(id) => id,
				ProviderRef::NoiseKey(key) => {
					UserByNoiseKey::<T>::get(key).ok_or(Error::<T>::NotInAmendment)?
				},
			};
			ensure!(amendment.is_party(id), Error::<T>::NotInAmendment);
			ensure!(!failed_ids.contains(&id), Error::<T>::DuplicateProvider);
			failed_ids.push(id);
		}
		Self::amendment_failed(amendment_id, amendment, failed_ids, true, NeededBy::Call)?;
		let actual = if replacement {
			T::WeightInfo::hoster_replacement_report_failed()
		} else {
			T::WeightInfo::hosting_setup_report_failed()
		};
		Ok(Self::accepted_report(actual))
	}

	/// The attester reported success: the amendment's hosters host the contract.
	fn amendment_done(amendment_id: ItemId, mut amendment: AmendmentOf<T>) -> DispatchResult {
		let contract_id = amendment.contract;
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::UnknownContract)?;
		Self::unschedule(amendment.deadline, &Task::AmendmentTimeout { amendment: amendment_id });
		Self::release_job(amendment.attester, amendment_id, Some(true));
		for e in amendment.encoders.iter() {
			Self::release_job(*e, amendment_id, Some(true));
		}
		for h in amendment.hosters.iter() {
			Self::join_contract(contract_id, &mut contract, *h)?;
			Self::release_job(*h, amendment_id, None);
		}
		let joining: &[ItemId] = match amendment.kind {
			AmendmentKind::HosterReplacement => &amendment.hosters,
			_ => &[],
		};
		Self::pay_setup(contract.plan, amendment.attester, &amendment.encoders, joining);
		amendment.status = AmendmentStatus::Done;
		contract.status = ContractStatus::Active;
		Amendments::<T>::insert(amendment_id, amendment);
		Contracts::<T>::insert(contract_id, contract);
		Self::deposit_event(Event::HostingStarted {
			amendment: amendment_id,
			contract: contract_id,
		});
		// Positions that fell vacant while this amendment ran.
		Self::need_amendment(contract_id, NeededBy::Call)
	}

	/// The report deadline passed: the attester failed.
	pub(crate) fn amendment_timeout(amendment_id: ItemId) -> DispatchResult {
		let amendment = Amendments::<T>::get(amendment_id).ok_or(Error::<T>::UnknownAmendment)?;
		ensure!(
			amendment.status == AmendmentStatus::InProgress,
			Error::<T>::AmendmentNotInProgress
		);
		let attester = amendment.attester;
		// The chain saw the attester miss its deadline: a fault it establishes.
		if let Some(contract) = Contracts::<T>::get(amendment.contract) {
			Self::slash(attester, &[contract.plan]);
		}
		Self::amendment_failed(amendment_id, amendment, alloc::vec![attester], true, NeededBy::Task)
	}

	/// An amendment failed because of `failed` (at fault if `blame`: paused and recorded; else
	/// they are leaving): everyone is released, the amendment removed and a new one needed (`by`
	/// a call or a task).
	pub(crate) fn amendment_failed(
		amendment_id: ItemId,
		amendment: AmendmentOf<T>,
		failed: Vec<ItemId>,
		blame: bool,
		by: NeededBy,
	) -> DispatchResult {
		let contract_id = amendment.contract;
		let replacement = amendment.kind == AmendmentKind::HosterReplacement;
		Self::unschedule(amendment.deadline, &Task::AmendmentTimeout { amendment: amendment_id });
		for user in amendment.parties() {
			let fault = blame && failed.contains(&user);
			Self::release_job(user, amendment_id, fault.then_some(false));
			if fault {
				Self::pause_for_failure(user)?;
			}
		}
		Amendments::<T>::remove(amendment_id);
		let failed: BoundedVec<_, ConstU32<MAX_AMENDMENT_PARTIES>> =
			failed.try_into().map_err(|_| Error::<T>::DuplicateProvider)?;
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
		Self::need_amendment(contract_id, by)
	}
}
