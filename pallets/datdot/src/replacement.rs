//! Replacement: everything that happens when a hoster leaves a contract it hosts, whatever the
//! cause, and how the contract gets a new hoster.
//!
//! The causes, each in one function:
//! * it failed a storage challenge ([`Pallet::hoster_failed`]): a failure recorded, paused for
//!   [`Config::FailPauseBlocks`], out of every contract it hosts at once;
//! * a performance challenge could not reach it ([`Pallet::hoster_unreachable`]): as a failure,
//!   but it leaves its contracts in an agenda task of the next block, so that a report naming
//!   several such hosters weighs little;
//! * it stayed paused past [`Config::MaxPauseBlocks`] ([`Pallet::pause_limit`]): out of every
//!   contract it hosts, not held against it, still paused;
//! * it unregistered ([`work`](crate::work) hands its jobs over one per block,
//!   [`Pallet::drop_hoster`] per contract).
//!
//! A contract that lost a hoster gets a `HosterReplacement` amendment for the vacant position (see
//! [`amendments`](crate::amendments)): needed at once for a single drop (drawn in the dropping
//! task's block if its randomness is fresh, else asked for), or through the waiting queue
//! (retried a bounded number per block) when a hoster leaves all its contracts at once, so that no
//! selection runs in the call that dropped them.

use crate::{amendments::NeededBy, Config, Contracts, Error, Pallet, Task};
use datdot_primitives::ItemId;
use frame_support::pallet_prelude::*;

impl<T: Config> Pallet<T> {
	/// A hoster failed: a failure recorded, paused, and out of every contract it hosts; the
	/// contracts wait for replacement hosters.
	pub(crate) fn hoster_failed(hoster: ItemId) -> DispatchResult {
		Self::record_outcome(hoster, false);
		Self::pause_for_failure(hoster)?;
		Self::drop_all_hosting(hoster)
	}

	/// A hoster could not be reached by a performance challenge: as [`Self::hoster_failed`], but
	/// it leaves its contracts in an agenda task of the next block.
	pub(crate) fn hoster_unreachable(hoster: ItemId) -> DispatchResult {
		Self::record_outcome(hoster, false);
		Self::pause_for_failure(hoster)?;
		Self::schedule_next_block(Task::ReplaceHoster { hoster });
		Ok(())
	}

	/// A requested pause reached `MaxPauseBlocks`: the provider, still paused, is replaced in
	/// every contract it hosts (not held against it); it stays paused.
	pub(crate) fn pause_limit(user: ItemId) -> DispatchResult {
		if Self::take_pause_limit(user)? {
			let plans: alloc::vec::Vec<ItemId> = Self::hosted_contracts(user)
				.into_iter()
				.filter_map(|c| Contracts::<T>::get(c).map(|c| c.plan))
				.collect();
			// Paused past the limit while hosting: a fault the chain sees.
			Self::slash(user, &plans);
			Self::drop_all_hosting(user)?;
		}
		Ok(())
	}

	/// `hoster` leaves every contract it hosts (`DropHosting`); each waits for a replacement.
	pub(crate) fn drop_all_hosting(hoster: ItemId) -> DispatchResult {
		for contract in Self::hosted_contracts(hoster) {
			Self::leave_contract(contract, hoster)?;
			Self::wait_for_replacement(contract)?;
		}
		Ok(())
	}

	/// `hoster` leaves `contract` (in an agenda task) and a replacement for its position is
	/// needed.
	pub(crate) fn drop_hoster(contract: ItemId, hoster: ItemId) -> DispatchResult {
		Self::leave_contract(contract, hoster)?;
		Self::need_amendment(contract, NeededBy::Task)
	}

	/// A contract with a vacant position waits in the queue for its replacement, which the next
	/// blocks retry (a bounded number per block); one whose amendment is already on the agenda
	/// keeps that.
	fn wait_for_replacement(contract_id: ItemId) -> DispatchResult {
		Contracts::<T>::try_mutate(contract_id, |c| -> DispatchResult {
			let c = c.as_mut().ok_or(Error::<T>::UnknownContract)?;
			if c.scheduled.is_none() {
				c.scheduled = Self::wait_for_providers(contract_id);
			}
			Ok(())
		})?;
		Self::start_retry_pass();
		Ok(())
	}
}
