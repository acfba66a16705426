//! Performance challenges: every [`Config::PerformanceChallengeEvery`] blocks, an attester
//! measures how the hosters of a feed serve it.
//!
//! * A feed's cycle starts when a hoster first hosts one of its contracts
//!   (`PerformanceCycles[feed] = Next(at)`). At `at` the chain takes up to
//!   [`Config::MaxHostersPerPerformanceChallenge`] of the feed's hosters, in turn (each challenge
//!   continues after the last hoster of the previous one), and an attester that is none of them;
//!   `PerformanceChallenge { id, feed, attester, hosters }`. Without an attester it is tried again
//!   `ReportTimeout` blocks later; a feed that nobody hosts any more leaves the cycle.
//! * The attester measures each hoster (latency, bandwidth) and gets its proof of contact (signing
//!   key over the ASCII decimal challenge id), then submits one report per hoster with
//!   `submit_performance_proof`. A reached hoster is graded by its latency
//!   ([`datdot_primitives::grading::latency_grade`]), the grade added to its stats and counted as
//!   a success; an unreachable one is not failed on the attester's word: it is accused (see
//!   [`disputes`](crate::disputes)) and must prove one random chunk of a contract of the feed on
//!   chain, else it fails as in a storage challenge (paused, out of its contracts, which get new
//!   hosters: [`Pallet::hoster_unreachable`]). `PerformanceChallengeConfirmed { id, grades,
//!   unreachable }`; the attester is credited if it reached a hoster (a report of nothing but
//!   accusations is no success) and paid per hoster reached, by the feed's plans in turn; the next
//!   challenge scheduled. A reached hoster's grade for the feed scales its performance bonus
//!   until its next grade; an unreachable one has none (see [`escrow`](crate::escrow)).
//! * Timed out: the attester is paused and recorded as failed, the feed is challenged anew at
//!   once, by another attester; the hosters are not punished.
//!
//! The hosters of a feed are indexed in `FeedHosters[(feed, hoster)]` (see
//! [`cycles`](crate::cycles)).

use crate::selection::Subject;
use crate::{
	ChallengeCycle, Charge, Config, Contracts, Error, Event, FeedHosters, Grades, HosterGrade,
	Pallet, PerformanceChallenge, PerformanceChallenges, PerformanceCursor, PerformanceCycles,
	PerformanceReport, PerformanceResult, Role, Task, UserByAccount, Users, WeightInfo,
};
use alloc::vec::Vec;
use datdot_primitives::{grading, ItemId};
use frame_support::pallet_prelude::*;
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	/// The challenge's attester is leaving: the feed is challenged anew by another attester.
	pub(crate) fn reissue_performance_challenge(id: ItemId) -> DispatchResult {
		let challenge = PerformanceChallenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		Self::close_performance_challenge(id, &challenge, None);
		Self::challenge_performance_anew(challenge.feed)
	}

	/// A task challenges `feed` anew: at once in a block with fresh randomness, else in the
	/// agenda's draw lane from the next block on (see [`selection`](crate::selection)).
	fn challenge_performance_anew(feed: ItemId) -> DispatchResult {
		Self::draw_if_fresh(
			|| Self::issue_performance_challenge(feed),
			|| Self::schedule_performance_challenge(feed, One::one()),
		)
	}

	/// Up to `MaxHostersPerPerformanceChallenge` hosters of `feed`, continuing after the last one
	/// challenged (wrapping around).
	fn hosters_in_turn(feed: ItemId) -> Vec<ItemId> {
		let max = T::MaxHostersPerPerformanceChallenge::get() as usize;
		let after = PerformanceCursor::<T>::get(feed);
		let mut hosters: Vec<ItemId> = match after {
			Some(last) => FeedHosters::<T>::iter_key_prefix_from(
				feed,
				FeedHosters::<T>::hashed_key_for(feed, last),
			)
			.take(max)
			.collect(),
			None => Vec::new(),
		};
		if hosters.len() < max {
			for hoster in FeedHosters::<T>::iter_key_prefix(feed).take(max) {
				if hosters.len() >= max || hosters.contains(&hoster) {
					break;
				}
				hosters.push(hoster);
			}
		}
		hosters
	}

	/// Issues `feed`'s performance challenge, drawing its attester now (from the agenda's draw
	/// lane, or after a timeout in a block with fresh randomness).
	pub(crate) fn issue_performance_challenge(feed: ItemId) -> DispatchResult {
		let hosters = Self::hosters_in_turn(feed);
		let Some(last) = hosters.last().copied() else {
			PerformanceCycles::<T>::remove(feed);
			PerformanceCursor::<T>::remove(feed);
			return Ok(());
		};
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ReportTimeout::get());
		let mut rng = Self::random_stream(Subject::PerformanceChallenge { feed });
		let Some(attester) = Self::select_attester(&mut rng, deadline, &hosters) else {
			return Self::schedule_performance_challenge(feed, T::ReportTimeout::get());
		};
		let id = Self::next_id()?;
		Self::book(attester, id, Role::Attester)?;
		let deadline =
			Self::schedule(deadline, Task::PerformanceChallengeTimeout { challenge: id });
		let hosters: BoundedVec<ItemId, T::MaxHostersPerPerformanceChallenge> =
			hosters.try_into().map_err(|_| Error::<T>::WrongReportCount)?;
		let payer = Self::next_performance_payer(feed);
		PerformanceChallenges::<T>::insert(
			id,
			PerformanceChallenge { feed, attester, hosters: hosters.clone(), deadline, payer },
		);
		PerformanceCycles::<T>::insert(feed, ChallengeCycle::Running(id));
		PerformanceCursor::<T>::insert(feed, last);
		Self::deposit_event(Event::PerformanceChallenge { id, feed, attester, hosters });
		Ok(())
	}

	pub(crate) fn do_submit_performance_proof(
		who: T::AccountId,
		id: ItemId,
		reports: Vec<PerformanceReport>,
	) -> DispatchResultWithPostInfo {
		let challenge = PerformanceChallenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		ensure!(UserByAccount::<T>::get(&who) == Some(challenge.attester), Error::<T>::NotAttester);
		Self::ensure_before(challenge.deadline)?;
		ensure!(reports.len() == challenge.hosters.len(), Error::<T>::WrongReportCount);
		let message = Self::contact_message(id);
		let mut seen = Vec::with_capacity(reports.len());
		for report in &reports {
			ensure!(challenge.hosters.contains(&report.hoster), Error::<T>::NotChallenged);
			ensure!(!seen.contains(&report.hoster), Error::<T>::DuplicateProvider);
			seen.push(report.hoster);
			if let PerformanceResult::Reached { proof_of_contact, .. } = &report.result {
				Self::check_contact(report.hoster, proof_of_contact, &message)?;
			}
		}

		let reached_any =
			reports.iter().any(|r| matches!(r.result, PerformanceResult::Reached { .. }));
		Self::close_performance_challenge(id, &challenge, reached_any.then_some(true));
		// Drawn only for an accusation.
		let mut rng = None;
		let mut grades = BoundedVec::<HosterGrade, T::MaxHostersPerPerformanceChallenge>::new();
		let mut unreachable = BoundedVec::<ItemId, T::MaxHostersPerPerformanceChallenge>::new();
		for report in reports {
			match report.result {
				PerformanceResult::Reached { latency_ms, .. } => {
					let grade = grading::latency_grade(latency_ms);
					// A hoster that left the feed since the challenge was issued keeps no grade.
					if FeedHosters::<T>::get(challenge.feed, report.hoster) > 0 {
						Grades::<T>::insert(challenge.feed, report.hoster, grade);
					}
					Users::<T>::mutate(report.hoster, |u| {
						if let Some(u) = u {
							u.stats.grade_sum = u.stats.grade_sum.saturating_add(u64::from(grade));
							u.stats.record(true);
						}
					});
					grades
						.try_push(HosterGrade { hoster: report.hoster, grade })
						.map_err(|_| Error::<T>::WrongReportCount)?;
				},
				PerformanceResult::Unreachable => {
					Grades::<T>::remove(challenge.feed, report.hoster);
					let contracts: Vec<ItemId> = Self::hosted_contracts(report.hoster)
						.into_iter()
						.filter(|c| {
							Contracts::<T>::get(c).is_some_and(|c| c.feed == challenge.feed)
						})
						.collect();
					let rng = rng.get_or_insert_with(|| {
						Self::random_stream(Subject::Accusations { challenge: id })
					});
					let checks = Self::pick_checks(rng, contracts, 1);
					// A hoster that left the feed meanwhile has nothing to answer for.
					if !checks.is_empty() {
						let (hoster, attester) = (report.hoster, challenge.attester);
						Self::accuse(id, hoster, attester, Charge::Unreachable, checks)?;
					}
					unreachable
						.try_push(report.hoster)
						.map_err(|_| Error::<T>::WrongReportCount)?;
				},
			}
		}
		if let Some(payer) = challenge.payer {
			Self::pay_performance_report(payer, challenge.attester, grades.len() as u32);
		}
		Self::schedule_performance_challenge(challenge.feed, T::PerformanceChallengeEvery::get())?;
		let hosters = grades.len().saturating_add(unreachable.len()) as u32;
		// All reached costs its benchmark; an unreachable hoster adds an accusation.
		let actual = if unreachable.is_empty() {
			T::WeightInfo::submit_performance_proof(hosters)
		} else {
			T::WeightInfo::submit_performance_proof(hosters)
				.max(T::WeightInfo::submit_performance_proof_unreachable(hosters))
		};
		Self::deposit_event(Event::PerformanceChallengeConfirmed { id, grades, unreachable });
		Ok(Self::accepted_report(actual))
	}

	/// The report deadline passed: the attester failed, the feed is challenged anew.
	pub(crate) fn performance_challenge_timeout(id: ItemId) -> DispatchResult {
		let challenge = PerformanceChallenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		Self::close_performance_challenge(id, &challenge, Some(false));
		Self::slash(challenge.attester, &challenge.payer.into_iter().collect::<Vec<_>>());
		Self::pause_for_failure(challenge.attester)?;
		Self::deposit_event(Event::PerformanceChallengeTimedOut {
			id,
			feed: challenge.feed,
			attester: challenge.attester,
		});
		Self::challenge_performance_anew(challenge.feed)
	}
}
