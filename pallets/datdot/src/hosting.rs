//! Who hosts what: a hoster joins or leaves a contract, and a contract's providers are released
//! when it ends.
//!
//! A hoster joining a contract is booked on it, added to its hosters, starts accruing pay (see
//! [`escrow`](crate::escrow)), and enters its storage challenge cycle and the feed's performance
//! cycle (see [`cycles`](crate::cycles)). Leaving undoes that: `DropHosting`, the booking
//! released, the unproven blocks forfeited, and a hoster that hosts nothing any more leaves its
//! storage cycle. Why a hoster leaves, and what follows for the contract, is the
//! business of the layers above ([`replacement`](crate::replacement), [`plans`](crate::plans)).

use crate::{
	AmendmentStatus, Amendments, Config, ContractOf, Contracts, Error, Event, FeedPlans, Feeds,
	HostedContracts, Pallet, Role, Task,
};
use alloc::vec::Vec;
use datdot_primitives::ItemId;
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// `hoster` joins `contract` (held by the caller, who stores it): booked on it, one of its
	/// hosters, in the challenge cycles.
	pub(crate) fn join_contract(
		contract_id: ItemId,
		contract: &mut ContractOf<T>,
		hoster: ItemId,
	) -> DispatchResult {
		Self::book(hoster, contract_id, Role::Hoster)?;
		contract.hosters.try_push(hoster).map_err(|_| Error::<T>::DuplicateProvider)?;
		// Booked as a hoster, so within its hoster capacity.
		HostedContracts::<T>::try_mutate(hoster, |hosted| hosted.try_push(contract_id))
			.map_err(|_| Error::<T>::HostingFull)?;
		Self::start_accruing(contract_id, contract, hoster);
		Self::ensure_storage_cycle(hoster)?;
		Self::feed_hoster_joined(contract.feed, hoster)
	}

	/// `hoster` leaves `contract`: `DropHosting`, its booking released.
	pub(crate) fn leave_contract(contract_id: ItemId, hoster: ItemId) -> DispatchResult {
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::UnknownContract)?;
		let position = contract
			.hosters
			.iter()
			.position(|h| *h == hoster)
			.ok_or(Error::<T>::NotInAmendment)?;
		contract.hosters.remove(position);
		Self::void_checks_of(contract_id, &[hoster]);
		Self::stop_accruing(contract_id, &contract, hoster);
		let amendment = contract.amendment.unwrap_or_default();
		Self::feed_hoster_left(contract.feed, hoster);
		Contracts::<T>::insert(contract_id, contract);
		Self::unlist_hosted(hoster, contract_id);
		Self::release_job(hoster, contract_id, None);
		Self::deposit_event(Event::DropHosting { amendment, hoster });
		Ok(())
	}

	/// Releases `user`'s booking for `job` with `outcome` (see [`Pallet::release`]); a hoster
	/// left hosting nothing leaves its storage cycle.
	pub(crate) fn release_job(user: ItemId, job: ItemId, outcome: Option<bool>) {
		if Self::release(user, job, outcome).hosts_nothing {
			Self::end_storage_cycle(user);
		}
	}

	/// `hoster` no longer hosts `contract`: out of its list of hosted contracts.
	fn unlist_hosted(hoster: ItemId, contract: ItemId) {
		HostedContracts::<T>::mutate_exists(hoster, |hosted| {
			if let Some(list) = hosted {
				list.retain(|c| *c != contract);
				if list.is_empty() {
					*hosted = None;
				}
			}
		});
	}

	/// The contracts `hoster` hosts (bounded by its hoster capacity): one read.
	pub(crate) fn hosted_contracts(hoster: ItemId) -> Vec<ItemId> {
		HostedContracts::<T>::get(hoster).into_inner()
	}

	/// Stores a new contract; its feed is in use until the contract ends.
	pub(crate) fn open_contract(contract_id: ItemId, contract: ContractOf<T>) -> DispatchResult {
		Feeds::<T>::try_mutate(contract.feed, |feed| -> DispatchResult {
			let feed = feed.as_mut().ok_or(Error::<T>::UnknownFeed)?;
			feed.contracts = feed.contracts.checked_add(1).ok_or(Error::<T>::TooManyContracts)?;
			Ok(())
		})?;
		FeedPlans::<T>::mutate(contract.feed, contract.plan, |n| *n = n.saturating_add(1));
		Contracts::<T>::insert(contract_id, contract);
		Ok(())
	}

	/// Removes a contract and whatever it still has scheduled or booked (its plan ended or was
	/// withdrawn); its feed is in use by one contract less.
	pub(crate) fn end_contract(contract_id: ItemId) {
		let Some(contract) = Contracts::<T>::take(contract_id) else { return };
		Feeds::<T>::mutate(contract.feed, |feed| {
			if let Some(feed) = feed {
				feed.contracts = feed.contracts.saturating_sub(1);
			}
		});
		FeedPlans::<T>::mutate_exists(contract.feed, contract.plan, |n| {
			let left = n.unwrap_or(0).saturating_sub(1);
			*n = (left > 0).then_some(left);
		});
		if let Some(at) = contract.scheduled {
			Self::unschedule(at, &Task::StartHosting { contract: contract_id });
		}
		Self::stop_waiting(contract_id);
		if let Some(amendment_id) = contract.amendment {
			if let Some(amendment) = Amendments::<T>::take(amendment_id) {
				if amendment.status == AmendmentStatus::InProgress {
					Self::unschedule(
						amendment.deadline,
						&Task::AmendmentTimeout { amendment: amendment_id },
					);
					for user in amendment.parties() {
						Self::release_job(user, amendment_id, None);
					}
				}
			}
		}
		Self::void_checks_of(contract_id, &contract.hosters);
		for hoster in contract.hosters.iter() {
			Self::stop_accruing(contract_id, &contract, *hoster);
			Self::feed_hoster_left(contract.feed, *hoster);
			Self::unlist_hosted(*hoster, contract_id);
			Self::release_job(*hoster, contract_id, None);
			Self::deposit_event(Event::DropHosting {
				amendment: contract.amendment.unwrap_or_default(),
				hoster: *hoster,
			});
		}
	}
}
