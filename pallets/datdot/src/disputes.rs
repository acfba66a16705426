//! Accusations: an attester's word that a hoster failed, and the hoster's answer.
//!
//! Nothing an attester reports against a hoster is evidence: a proof that does not verify is
//! rejected with the report, so an attester can fail a hoster only by saying so ("unreachable",
//! or reached but without a proof). Such a report is an *accusation*, not a failure:
//!
//! * It names the chunks the hoster must prove (a storage challenge's checks; for a performance
//!   challenge that could not reach the hoster, one random chunk of a contract of the feed it
//!   hosts) and a deadline [`Config::DisputeWindow`] blocks later (`HosterAccused`). Until then
//!   nothing happens to the hoster: it keeps its contracts and its cycles.
//! * The hoster answers with `answer_accusation`: a Hypercore block proof of each chunk, verified
//!   on chain as a storage proof is (against its checks' feeds' keys, looked up: an accusation
//!   is rare). Answered (`AccusationAnswered`): the hoster is credited, its hosting proven and
//!   paid as for a confirmed challenge (see [`escrow`](crate::escrow)), the
//!   accusation counts against the attester (a failure recorded, paused for
//!   [`Config::FailPauseBlocks`], as for a missed report). A check whose contract ended meanwhile
//!   needs no proof.
//! * Not answered by the deadline (`AccusationUpheld`): the hoster fails as before (see
//!   [`replacement`](crate::replacement)): paused, out of every contract it hosts; the attester is
//!   credited and paid per check (by the plan of the first live one). A storage accusation upheld
//!   also emits `StorageChallengeFailed`.
//!
//! So an attester's report is a success for it only once the hoster could have answered and did
//! not; an honest hoster loses nothing to an unproven accusation but the fee of its answer; an
//! attester that accuses falsely is paused and loses reputation. An attester accuses only the
//! hosters of challenges the chain gave it, and each accusation is removed when it is answered or
//! upheld, so their number is bounded by the challenges running.
//!
//! Decisions where the protocol is silent: the answer proves possession, not that the hoster
//! serves peers well; a hoster that is online but serves badly escapes an "unreachable" by
//! answering on chain (its performance grade gets nothing for that round). The accusation's
//! attester is not booked while it runs (the challenge it came from is over).

use crate::{
	selection::RandomStream, Accusation, AccusationOf, Accusations, AccusationsOf, Charge,
	ChunkProofsOf, Config, Contracts, Error, Event, Feeds, Pallet, StorageCheck, Task,
	UserByAccount, Users, WeightInfo,
};
use alloc::vec::Vec;
use datdot_primitives::{hypercore, ItemId, PublicKey};
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Verifies one chunk proof per check, in order: for the challenged index, leading to a root
	/// of one of the report's signed trees, each tree verified once against the key of the feed
	/// its chunks are checked for. The keys are `keys` (a storage challenge's, recorded when it
	/// was issued), else the checks' contracts' feeds' (an accusation's). A check whose contract
	/// ended needs no proof (its chunk proof is still counted and its tree still used). Every tree
	/// must be used. Returns the contracts of the checks that needed proofs, in order.
	pub(crate) fn verify_checks(
		checks: &[StorageCheck],
		keys: Option<&[Option<PublicKey>]>,
		proofs: &ChunkProofsOf<T>,
	) -> Result<Vec<ItemId>, DispatchError> {
		ensure!(proofs.chunks.len() == checks.len(), Error::<T>::WrongProofCount);
		// The feed key each tree verified against, and whether a chunk uses it.
		let mut trees: Vec<(Option<PublicKey>, bool)> =
			proofs.trees.iter().map(|_| (None, false)).collect();
		let mut live = Vec::new();
		for (i, (check, chunk)) in checks.iter().zip(proofs.chunks.iter()).enumerate() {
			let at = chunk.tree as usize;
			let (Some(tree), Some(verified)) = (proofs.trees.get(at), trees.get_mut(at)) else {
				return Err(Error::<T>::UnknownTree.into());
			};
			verified.1 = true;
			// A contract that ended no longer asks for its chunks.
			let Some(feed_key) = Self::key_of_check(check, keys.and_then(|k| k.get(i)))? else {
				continue;
			};
			live.push(check.contract);
			if verified.0 != Some(feed_key) {
				hypercore::verify_signed_tree(&feed_key, tree).map_err(Error::<T>::from)?;
				verified.0 = Some(feed_key);
			}
			hypercore::verify_block_in(tree, check.index, &chunk.data, &chunk.path)
				.map_err(Error::<T>::from)?;
		}
		ensure!(trees.iter().all(|(_, used)| *used), Error::<T>::UnusedTree);
		Ok(live)
	}

	/// What `trees` signed trees add to a report over one, by `weight`, a benchmark of reports
	/// of the most checks over `t` trees.
	pub(crate) fn further_trees(weight: fn(u32) -> Weight, trees: u32) -> Weight {
		weight(trees.max(1)).saturating_sub(weight(1))
	}

	/// The weight of an answer of `proofs`: its checks, bytes and nodes as of one feed, and what
	/// each further feed's tree adds.
	pub(crate) fn answer_weight(proofs: &ChunkProofsOf<T>) -> Weight {
		let (chunks, trees, size, nodes) = proofs.components();
		T::WeightInfo::answer_accusation(chunks, size, nodes)
			.saturating_add(Self::further_trees(T::WeightInfo::answer_accusation_trees, trees))
	}

	/// The key `check` is verified against: `recorded` if there is one (`None` in it: the
	/// contract ended), else its contract's feed's (none if the contract ended). A live
	/// contract's feed can't be removed; a check without one is never proven.
	fn key_of_check(
		check: &StorageCheck,
		recorded: Option<&Option<PublicKey>>,
	) -> Result<Option<PublicKey>, DispatchError> {
		if let Some(key) = recorded {
			return Ok(*key);
		}
		let Some(contract) = Contracts::<T>::get(check.contract) else { return Ok(None) };
		Ok(Some(Feeds::<T>::get(contract.feed).ok_or(Error::<T>::UnknownFeed)?.key))
	}

	/// The contracts of `checks` that have not ended, in order.
	pub(crate) fn live_contracts(checks: &[StorageCheck]) -> Vec<ItemId> {
		checks
			.iter()
			.map(|c| c.contract)
			.filter(|c| Contracts::<T>::contains_key(c))
			.collect()
	}

	/// `attester` accuses `hoster` (`charge`) of challenge `challenge`; the hoster must prove
	/// `checks` within the dispute window.
	pub(crate) fn accuse(
		challenge: ItemId,
		hoster: ItemId,
		attester: ItemId,
		charge: Charge,
		checks: BoundedVec<StorageCheck, T::MaxChecksPerChallenge>,
	) -> DispatchResult {
		let id = Self::next_id()?;
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::DisputeWindow::get());
		let deadline = Self::schedule(deadline, Task::AccusationDeadline { accusation: id });
		AccusationsOf::<T>::insert(hoster, id, ());
		// Both records stay while the accusation is open: its outcome is recorded on them.
		Self::hold_item(hoster);
		Self::hold_item(attester);
		Accusations::<T>::insert(
			id,
			Accusation { challenge, hoster, attester, charge, checks: checks.clone(), deadline },
		);
		Self::deposit_event(Event::HosterAccused {
			accusation: id,
			challenge,
			hoster,
			attester,
			charge,
			checks,
			answer_by: deadline,
		});
		Ok(())
	}

	pub(crate) fn do_answer_accusation(
		who: T::AccountId,
		id: ItemId,
		proofs: ChunkProofsOf<T>,
	) -> DispatchResult {
		let accusation = Accusations::<T>::get(id).ok_or(Error::<T>::UnknownAccusation)?;
		ensure!(UserByAccount::<T>::get(&who) == Some(accusation.hoster), Error::<T>::NotAccused);
		Self::ensure_before(accusation.deadline)?;
		let live = Self::verify_checks(&accusation.checks, None, &proofs)?;
		Self::close_accusation(id, &accusation);
		Self::record_proof(accusation.hoster);
		Self::pay_report(&live, Some(accusation.hoster), None);
		// The hoster's proofs show the accusation false: the attester's fault.
		Self::slash(accusation.attester, &Self::plans_of(&accusation.checks));
		Self::record_outcome(accusation.hoster, true);
		Self::record_outcome(accusation.attester, false);
		Self::pause_for_failure(accusation.attester)?;
		Self::deposit_event(Event::AccusationAnswered {
			accusation: id,
			hoster: accusation.hoster,
			attester: accusation.attester,
		});
		Self::release_item(accusation.hoster);
		Self::release_item(accusation.attester);
		Ok(())
	}

	/// The `AccusationDeadline` task: the hoster did not answer; it fails, the attester is
	/// credited.
	pub(crate) fn uphold_accusation(id: ItemId) -> DispatchResult {
		let accusation = Accusations::<T>::get(id).ok_or(Error::<T>::UnknownAccusation)?;
		Self::close_accusation(id, &accusation);
		Self::record_outcome(accusation.attester, true);
		Self::pay_report(
			&Self::live_contracts(&accusation.checks),
			None,
			Some(accusation.attester),
		);
		// Given the chunks to prove and the time to, the hoster did not: its fault.
		Self::slash(accusation.hoster, &Self::plans_of(&accusation.checks));
		let (hoster, attester) = (accusation.hoster, accusation.attester);
		Self::deposit_event(Event::AccusationUpheld { accusation: id, hoster, attester });
		let registered = Users::<T>::get(hoster).is_some_and(|u| u.provider.is_some());
		// The hoster's failure in a layer of its own: should it fail, the accusation is still
		// closed (its deadline task is already off the agenda), never left open for ever.
		let failed = with_storage_layer(|| match accusation.charge {
			// A hoster that unregistered meanwhile has nothing left to lose but its record.
			_ if !registered => {
				Self::record_outcome(hoster, false);
				Ok(())
			},
			Charge::Storage(reason) => {
				Self::deposit_event(Event::StorageChallengeFailed {
					id: accusation.challenge,
					hoster,
					attester,
					reason,
				});
				Self::hoster_failed(hoster)
			},
			Charge::Unreachable => Self::hoster_unreachable(hoster),
		});
		if let Err(e) = failed {
			log::warn!(target: "runtime::datdot", "upheld accusation {id}: hoster {hoster}: {e:?}");
		}
		Self::release_item(hoster);
		Self::release_item(attester);
		Ok(())
	}

	fn close_accusation(id: ItemId, accusation: &AccusationOf<T>) {
		Accusations::<T>::remove(id);
		AccusationsOf::<T>::remove(accusation.hoster, id);
		Self::unschedule(accusation.deadline, &Task::AccusationDeadline { accusation: id });
	}

	/// A random choice of up to `k` of `contracts` (the first `k` of a partial Fisher-Yates
	/// shuffle) and one random chunk index of each.
	pub(crate) fn pick_checks(
		rng: &mut RandomStream,
		mut contracts: Vec<ItemId>,
		k: usize,
	) -> BoundedVec<StorageCheck, T::MaxChecksPerChallenge> {
		let k = contracts.len().min(k).min(T::MaxChecksPerChallenge::get() as usize);
		for i in 0..k {
			let left = contracts.len().saturating_sub(i) as u64;
			let j = i.saturating_add(rng.below(left) as usize);
			if j < contracts.len() {
				contracts.swap(i, j);
			}
		}
		let mut checks = BoundedVec::new();
		for contract in contracts.into_iter().take(k) {
			let Some(c) = Contracts::<T>::get(contract) else { continue };
			let mut pick = rng.below(c.chunks());
			for r in c.ranges.iter() {
				let len = r.len();
				if pick < len {
					let _ = checks
						.try_push(StorageCheck { contract, index: r.first.saturating_add(pick) });
					break;
				}
				pick = pick.saturating_sub(len);
			}
		}
		checks
	}
}
