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
//!   `submit_storage_proof`: each checked feed's signed tree once, with all its full roots, and per
//!   check the chunk's bytes and its path's sizes and hashes (the index is the challenged one, the
//!   path's indices follow from it, so neither is sent). Each tree must verify against the
//!   contract's feed key (once per report however many chunks it proves) at a length covering the
//!   chunk, and each path lead from the challenged leaf to one of its roots (see
//!   [`datdot_primitives::hypercore::verify_block_in`]); a report that does not is rejected and
//!   changes nothing, so an attester cannot fail a hoster with a proof of its own making, only by
//!   saying so. The feed key of each check is recorded when the challenge is issued
//!   (`CheckKeys`), so a report reads no contract or feed per check: what it costs per check is
//!   the check's hashing. A confirmed report is charged for what it verified: its checks, trees
//!   and bytes.
//! * Confirmed: hoster and attester credited, the hoster's hosting proven up to this block,
//!   hoster and attester paid by the plan of the first live check (see
//!   [`escrow`](crate::escrow)), attester released, the next challenge scheduled.
//! * Failed (the attester reports the hoster unreachable, or reached but without a proof for a
//!   check): not evidence. The attester is released uncredited, the hoster's cycle goes on, and the
//!   report becomes an accusation the hoster may answer with the proofs itself (see
//!   [`disputes`](crate::disputes)); only an accusation left unanswered fails the hoster.
//! * Timed out (no report by `ReportTimeout`): the attester is paused and recorded as failed, the
//!   hoster is not punished and is challenged anew by another attester: at once if the randomness
//!   is fresh in that block, else once it is (see [`selection`](crate::selection)).
//!
//! Decisions where the protocol is silent: a check whose contract ended, or that the hoster left,
//! while the challenge ran is not verified (nobody asks it for the chunk any more; its recorded
//! key is cleared); a feed can't be removed while a live
//! contract uses it, so every other check is verified against its feed's key, and a check without
//! one is rejected (`UnknownFeed`), never counted as proven; finished challenges are removed, so
//! state does not grow with the number of rounds.

use crate::selection::Subject;
use crate::{
	ChallengeCycle, Charge, CheckKeys, ChunkProofsOf, Config, Contracts, Error, Event, Feeds,
	Pallet, Role, StorageChallenge, StorageChallengeOf, StorageChallenges, StorageCheck,
	StorageCycles, StorageFailure, Task, UserByAccount, WeightInfo,
};
use datdot_primitives::{ItemId, PublicKey, Signature};
use frame_support::pallet_prelude::*;
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	/// Issues `hoster`'s storage challenge, drawing its checks and attester now (from the agenda's
	/// draw lane, or after a timeout in a block with fresh randomness).
	pub(crate) fn issue_storage_challenge(hoster: ItemId) -> DispatchResult {
		let contracts = Self::hosted_contracts(hoster);
		if contracts.is_empty() {
			StorageCycles::<T>::remove(hoster);
			return Ok(());
		}
		let mut rng = Self::random_stream(Subject::StorageChallenge { hoster });
		let checks =
			Self::pick_checks(&mut rng, contracts, T::MaxChecksPerChallenge::get() as usize);
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
		if let Some(keys) = Self::check_keys(&checks) {
			CheckKeys::<T>::insert(id, keys);
		}
		StorageChallenges::<T>::insert(
			id,
			StorageChallenge { hoster, attester, checks: checks.clone(), deadline },
		);
		StorageCycles::<T>::insert(hoster, ChallengeCycle::Running(id));
		Self::deposit_event(Event::StorageChallenge { id, hoster, attester, checks });
		Ok(())
	}

	/// The feed key of each check's contract (`None` for a contract that ended); none at all if
	/// a live contract's feed is missing (the report then looks the keys up, and is refused).
	fn check_keys(
		checks: &[StorageCheck],
	) -> Option<BoundedVec<Option<PublicKey>, T::MaxChecksPerChallenge>> {
		let mut keys = BoundedVec::new();
		for check in checks {
			let key = match Contracts::<T>::get(check.contract) {
				Some(contract) => Some(Feeds::<T>::get(contract.feed)?.key),
				None => None,
			};
			keys.try_push(key).ok()?;
		}
		Some(keys)
	}

	pub(crate) fn do_submit_storage_proof(
		who: T::AccountId,
		id: ItemId,
		proof_of_contact: Option<Signature>,
		proofs: Option<ChunkProofsOf<T>>,
	) -> DispatchResultWithPostInfo {
		let challenge = StorageChallenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		ensure!(UserByAccount::<T>::get(&who) == Some(challenge.attester), Error::<T>::NotAttester);
		Self::ensure_before(challenge.deadline)?;
		// An accusation costs the same whatever the hoster hosts.
		let failed = Self::accepted_report(T::WeightInfo::submit_storage_proof_failed(1));
		let Some(signature) = proof_of_contact else {
			Self::storage_challenge_failed(id, challenge, StorageFailure::Unreachable)?;
			return Ok(failed);
		};
		Self::check_contact(challenge.hoster, &signature, &Self::contact_message(id))?;
		let Some(proofs) = proofs else {
			Self::storage_challenge_failed(id, challenge, StorageFailure::MissingProof)?;
			return Ok(failed);
		};
		let keys = CheckKeys::<T>::get(id);
		let live =
			Self::verify_checks(&challenge.checks, keys.as_ref().map(|k| k.as_slice()), &proofs)?;
		Self::storage_challenge_confirmed(id, challenge, &live)?;
		Ok(Self::accepted_report(Self::proofs_weight(&proofs)))
	}

	/// The weight of a storage report that verifies `proofs` and confirms its challenge: its
	/// checks, bytes and nodes as of one feed, and what each further feed's tree adds.
	pub(crate) fn proofs_weight(proofs: &ChunkProofsOf<T>) -> Weight {
		let (chunks, trees, size, nodes) = proofs.components();
		T::WeightInfo::submit_storage_proof(chunks, size, nodes)
			.saturating_add(Self::further_trees(T::WeightInfo::submit_storage_proof_trees, trees))
	}

	/// Confirmed: `live` are the contracts of the checks that needed proofs.
	fn storage_challenge_confirmed(
		id: ItemId,
		challenge: StorageChallengeOf<T>,
		live: &[ItemId],
	) -> DispatchResult {
		Self::close_storage_challenge(id, &challenge, Some(true));
		Self::record_proof(challenge.hoster);
		Self::pay_report(live, Some(challenge.hoster), Some(challenge.attester));
		Self::record_outcome(challenge.hoster, true);
		Self::schedule_storage_challenge(challenge.hoster, T::StorageChallengeEvery::get())?;
		Self::deposit_event(Event::StorageChallengeConfirmed {
			id,
			hoster: challenge.hoster,
			attester: challenge.attester,
		});
		Ok(())
	}

	/// The attester says the hoster failed: not evidence, an accusation the hoster may answer
	/// (see [`disputes`](crate::disputes)). The attester is released uncredited; the hoster's
	/// cycle goes on.
	fn storage_challenge_failed(
		id: ItemId,
		challenge: StorageChallengeOf<T>,
		reason: StorageFailure,
	) -> DispatchResult {
		Self::close_storage_challenge(id, &challenge, None);
		Self::schedule_storage_challenge(challenge.hoster, T::StorageChallengeEvery::get())?;
		let charge = Charge::Storage(reason);
		Self::accuse(id, challenge.hoster, challenge.attester, charge, challenge.checks)
	}

	/// The challenge's attester is leaving: the hoster is challenged anew by another attester
	/// (held against nobody).
	pub(crate) fn reissue_storage_challenge(id: ItemId) -> DispatchResult {
		let challenge = StorageChallenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		Self::close_storage_challenge(id, &challenge, None);
		StorageCycles::<T>::remove(challenge.hoster);
		Self::challenge_storage_anew(challenge.hoster)
	}

	/// A task challenges `hoster` anew: at once in a block with fresh randomness, else in the
	/// agenda's draw lane from the next block on (see [`selection`](crate::selection)).
	fn challenge_storage_anew(hoster: ItemId) -> DispatchResult {
		Self::draw_if_fresh(
			|| Self::issue_storage_challenge(hoster),
			|| Self::schedule_storage_challenge(hoster, One::one()),
		)
	}

	/// The report deadline passed: the attester failed, the hoster is challenged anew.
	pub(crate) fn storage_challenge_timeout(id: ItemId) -> DispatchResult {
		let challenge = StorageChallenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		Self::close_storage_challenge(id, &challenge, Some(false));
		Self::slash(challenge.attester, &Self::plans_of(&challenge.checks));
		Self::pause_for_failure(challenge.attester)?;
		StorageCycles::<T>::remove(challenge.hoster);
		Self::deposit_event(Event::StorageChallengeTimedOut {
			id,
			hoster: challenge.hoster,
			attester: challenge.attester,
		});
		Self::challenge_storage_anew(challenge.hoster)
	}
}
