//! Storage challenges: each hosting hoster proves, every [`Config::StorageChallengeEvery`]
//! blocks, that it still holds random chunks of the contracts it hosts.
//!
//! * A hoster's cycle starts when it first hosts a contract (`StorageCycles[hoster] = Next(at)`).
//!   At `at` the chain picks up to [`Config::MaxChecksPerChallenge`] of its hosted contracts
//!   (random, without replacement) and one random chunk index of each, and an attester that is not
//!   the hoster; `StorageChallenge { id, hoster, attester, checks }`. Without an attester the
//!   challenge is tried again `ReportTimeout` blocks later; a hoster that hosts nothing any more
//!   leaves the cycle.
//! * The attester fetches a Hypercore block proof of each chunk from the hoster, with the hoster's
//!   proof of contact (signing key over the ASCII decimal challenge id), and submits them with
//!   `submit_storage_proof`. Each proof must be for the challenged index and verify against the
//!   contract's feed key at a signed length covering the chunk (see
//!   [`datdot_primitives::hypercore::verify_block`]); a report that does not is rejected and
//!   changes nothing, so an attester cannot fail a hoster with a proof of its own making, only by
//!   saying so.
//! * Confirmed: hoster and attester credited, attester released, the next challenge scheduled.
//! * Failed (the attester reports the hoster unreachable, or reached but without a valid proof for
//!   a check): the attester is credited for its report; the hoster fails (see
//!   [`Pallet::hoster_failed`]): it records a failure, is paused for [`Config::FailPauseBlocks`]
//!   and leaves every contract it hosts (`DropHosting`); each contract waits for a replacement
//!   hoster (retried from the waiting queue, a bounded number per block), so the report's weight
//!   is bounded by the hoster's capacity and no selection runs in it.
//! * Timed out (no report by `ReportTimeout`): the attester is paused and recorded as failed, the
//!   hoster is not punished and is challenged anew at once, by another attester.
//!
//! Decisions where the protocol is silent: a check whose contract ended while the challenge ran is
//! not verified (the contract no longer asks for the chunk); a feed can't be removed while a live
//! contract uses it, so every other check is verified against its feed's key, and a check without
//! one is rejected (`UnknownFeed`), never counted as proven; finished challenges are removed, so
//! state does not grow with the number of rounds.

use crate::{
	ChallengeCycle, ChunkProofOf, Config, Contracts, Error, Event, Feeds, Pallet, Role,
	StorageChallenge, StorageChallengeOf, StorageChallenges, StorageCheck, StorageCycles,
	StorageFailure, Task, UserByAccount,
};
use alloc::vec::Vec;
use datdot_primitives::{hypercore, ItemId, Signature};
use frame_support::pallet_prelude::*;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Issues `hoster`'s storage challenge (agenda task, or at once after a timeout).
	pub(crate) fn issue_storage_challenge(hoster: ItemId) -> DispatchResult {
		let mut contracts = Self::hosted_contracts(hoster);
		if contracts.is_empty() {
			StorageCycles::<T>::remove(hoster);
			return Ok(());
		}
		let mut rng = Self::random_stream();
		// A random choice of contracts: the first `k` of a partial Fisher-Yates shuffle.
		let k = contracts.len().min(T::MaxChecksPerChallenge::get() as usize);
		for i in 0..k {
			let left = contracts.len().saturating_sub(i) as u64;
			let j = i.saturating_add(rng.below(left) as usize);
			if j < contracts.len() {
				contracts.swap(i, j);
			}
		}
		let mut checks = BoundedVec::<StorageCheck, T::MaxChecksPerChallenge>::new();
		for contract in contracts.into_iter().take(k) {
			let Some(c) = Contracts::<T>::get(contract) else { continue };
			let total = c.ranges.iter().fold(0u64, |n, r| {
				n.saturating_add(r.last.saturating_sub(r.first).saturating_add(1))
			});
			let mut pick = rng.below(total);
			let mut index = None;
			for r in c.ranges.iter() {
				let len = r.last.saturating_sub(r.first).saturating_add(1);
				if pick < len {
					index = Some(r.first.saturating_add(pick));
					break;
				}
				pick = pick.saturating_sub(len);
			}
			if let Some(index) = index {
				checks
					.try_push(StorageCheck { contract, index })
					.map_err(|_| Error::<T>::WrongProofCount)?;
			}
		}

		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ReportTimeout::get());
		let Some(attester) = Self::select_attester(&mut rng, deadline, &[hoster]) else {
			return Self::schedule_storage_challenge(hoster, T::ReportTimeout::get());
		};
		Self::open_storage_challenge(hoster, attester, checks)
	}

	/// Opens a storage challenge of `hoster` with `checks`, attested by `attester` (booked on it),
	/// due in `ReportTimeout` blocks.
	pub(crate) fn open_storage_challenge(
		hoster: ItemId,
		attester: ItemId,
		checks: BoundedVec<StorageCheck, T::MaxChecksPerChallenge>,
	) -> DispatchResult {
		let id = Self::next_id()?;
		Self::book(attester, id, Role::Attester)?;
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ReportTimeout::get());
		let deadline = Self::schedule(deadline, Task::StorageChallengeTimeout { challenge: id });
		StorageChallenges::<T>::insert(
			id,
			StorageChallenge { hoster, attester, checks: checks.clone(), deadline },
		);
		StorageCycles::<T>::insert(hoster, ChallengeCycle::Running(id));
		Self::deposit_event(Event::StorageChallenge { id, hoster, attester, checks });
		Ok(())
	}

	pub(crate) fn do_submit_storage_proof(
		who: T::AccountId,
		id: ItemId,
		proof_of_contact: Option<Signature>,
		proofs: Vec<Option<ChunkProofOf<T>>>,
	) -> DispatchResult {
		let challenge = StorageChallenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		ensure!(UserByAccount::<T>::get(&who) == Some(challenge.attester), Error::<T>::NotAttester);
		Self::ensure_before(challenge.deadline)?;
		let Some(signature) = proof_of_contact else {
			return Self::storage_challenge_failed(id, challenge, StorageFailure::Unreachable);
		};
		Self::check_contact(challenge.hoster, &signature, &Self::contact_message(id))?;
		ensure!(proofs.len() == challenge.checks.len(), Error::<T>::WrongProofCount);
		if proofs.iter().any(Option::is_none) {
			return Self::storage_challenge_failed(id, challenge, StorageFailure::MissingProof);
		}
		for (check, proof) in challenge.checks.iter().zip(proofs.iter().flatten()) {
			ensure!(proof.index == check.index, Error::<T>::WrongChunkIndex);
			// A contract that ended while the challenge ran no longer asks for its chunks.
			let Some(contract) = Contracts::<T>::get(check.contract) else { continue };
			// A live contract's feed can't be removed; a check without one is never proven.
			let feed_key = Feeds::<T>::get(contract.feed).ok_or(Error::<T>::UnknownFeed)?.key;
			hypercore::verify_block(
				&feed_key,
				&hypercore::BlockProof {
					index: proof.index,
					data: &proof.data,
					nodes: &proof.nodes,
					tree: &proof.tree,
				},
			)
			.map_err(Error::<T>::from)?;
		}
		Self::storage_challenge_confirmed(id, challenge)
	}

	fn storage_challenge_confirmed(id: ItemId, challenge: StorageChallengeOf<T>) -> DispatchResult {
		Self::close_storage_challenge(id, &challenge, Some(true));
		Self::record_outcome(challenge.hoster, true);
		Self::schedule_storage_challenge(challenge.hoster, T::StorageChallengeEvery::get())?;
		Self::deposit_event(Event::StorageChallengeConfirmed {
			id,
			hoster: challenge.hoster,
			attester: challenge.attester,
		});
		Ok(())
	}

	fn storage_challenge_failed(
		id: ItemId,
		challenge: StorageChallengeOf<T>,
		reason: StorageFailure,
	) -> DispatchResult {
		Self::close_storage_challenge(id, &challenge, Some(true));
		StorageCycles::<T>::remove(challenge.hoster);
		Self::deposit_event(Event::StorageChallengeFailed {
			id,
			hoster: challenge.hoster,
			attester: challenge.attester,
			reason,
		});
		Self::hoster_failed(challenge.hoster)
	}

	/// The challenge's attester is leaving: the hoster is challenged anew by another attester
	/// (held against nobody).
	pub(crate) fn reissue_storage_challenge(id: ItemId) -> DispatchResult {
		let challenge = StorageChallenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		Self::close_storage_challenge(id, &challenge, None);
		StorageCycles::<T>::remove(challenge.hoster);
		Self::issue_storage_challenge(challenge.hoster)
	}

	/// The report deadline passed: the attester failed, the hoster is challenged anew.
	pub(crate) fn storage_challenge_timeout(id: ItemId) -> DispatchResult {
		let challenge = StorageChallenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		Self::close_storage_challenge(id, &challenge, Some(false));
		Self::pause_for_failure(challenge.attester)?;
		StorageCycles::<T>::remove(challenge.hoster);
		Self::deposit_event(Event::StorageChallengeTimedOut {
			id,
			hoster: challenge.hoster,
			attester: challenge.attester,
		});
		Self::issue_storage_challenge(challenge.hoster)
	}
}
