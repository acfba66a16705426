//! Benchmarks of the pallet's calls (frame-benchmarking v2). The chain states they start from
//! are in [`crate::testing::fixtures`]; every benchmark ends by checking the pallet's invariants.

use crate::{
	testing::{
		contact_signatures, fixtures::*, host, proof_of_contact, proof_of_possession, take_due,
		KEY_TYPE,
	},
	Pallet as Datdot, *,
};
use datdot_primitives::{flat_tree, hypercore};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;

/// Runs `task` as `on_initialize` runs a due one.
fn run_task<T: Config>(task: Task) {
	Datdot::<T>::run_task(task, Datdot::<T>::task_weight(&task));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A new feed by a new user (the heavier path: user record, id, deposit hold), with `r` roots.
	#[benchmark]
	fn publish_feed(r: Linear<1, { flat_tree::MAX_ROOTS }>) -> Result<(), BenchmarkError> {
		let caller = funded::<T>("publisher");
		// A length with exactly `r` set bits.
		let length = (1u64 << r) - 1;
		let (key, tree) = signed_tree(length)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), key, hypercore::discovery_key(&key), tree);

		assert!(FeedByKey::<T>::contains_key(key));
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	#[benchmark]
	fn unpublish_feed() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("publisher");
		let (key, tree) = signed_tree(17)?;
		let swarm_key = hypercore::discovery_key(&key);
		Datdot::<T>::publish_feed(RawOrigin::Signed(caller.clone()).into(), key, swarm_key, tree)?;
		let feed = FeedByKey::<T>::get(key).ok_or(BenchmarkError::Stop("the feed published"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), feed);

		assert!(!Feeds::<T>::contains_key(feed));
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// First registration of a new user (user record, keys, deposit, every idle queue it can be in).
	#[benchmark]
	fn register_for_work() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("provider");
		let form = form::<T>(1);
		let proof = proof_of_possession::<T>(&caller, &form.signing_key);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), form, proof);

		let user = UserByAccount::<T>::get(&caller);
		assert_eq!(
			user.map(|user| Datdot::<T>::idle(Role::Hoster) == alloc::vec![user]),
			Some(true)
		);
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// Leaving every idle queue, each removal moving another provider into the freed position;
	/// the user record removed.
	#[benchmark]
	fn unregister() -> Result<(), BenchmarkError> {
		let caller = provider::<T>("provider", 1)?;
		provider::<T>("other", 2)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		// Holding nothing else, the user's record goes with its registration.
		assert!(UserByAccount::<T>::get(&caller).is_none());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	#[benchmark]
	fn pause() -> Result<(), BenchmarkError> {
		let caller = provider::<T>("provider", 1)?;
		provider::<T>("other", 2)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert_eq!(Datdot::<T>::idle(Role::Hoster).len(), 1);
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	#[benchmark]
	fn unpause() -> Result<(), BenchmarkError> {
		let caller = provider::<T>("provider", 1)?;
		provider::<T>("other", 2)?;
		Datdot::<T>::pause(RawOrigin::Signed(caller.clone()).into())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert_eq!(Datdot::<T>::idle(Role::Hoster).len(), 2);
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A plan cut into `c` contracts, with the most components of every kind.
	#[benchmark]
	fn publish_plan(c: Linear<1, { T::MaxContractsPerPlan::get() }>) -> Result<(), BenchmarkError> {
		let feed = published_feed::<T>(
			u64::from(T::MaxContractsPerPlan::get()) * u64::from(crate::SET_SIZE),
		)?;
		let sponsor = funded::<T>("sponsor");
		let form = bench_plan_form::<T>(feed, c, b"u3")?;
		let budget = budget_for::<T>(&sponsor, &form)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(sponsor), form, budget);

		assert_eq!(Contracts::<T>::iter().count() as u32, c);
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// Unpublishing a plan of `c` contracts, all in the middle of their setup (7 bookings each).
	#[benchmark]
	fn unpublish_plan(
		c: Linear<1, { T::MaxContractsPerPlan::get().min(32) }>,
	) -> Result<(), BenchmarkError> {
		let (sponsor, plan) = plan_in_setup::<T>(c)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(sponsor), plan);

		assert_eq!(Bookings::<T>::iter().count(), 0);
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A successful report: three proofs of contact verified, seven bookings moved or released.
	#[benchmark]
	fn hosting_setup_report() -> Result<(), BenchmarkError> {
		let (_, plan) = plan_in_setup::<T>(1)?;
		let (id, amendment, attester) = amendment_of::<T>(plan)?;
		let signatures = contact_signatures::<T>(id, &amendment.hosters);

		#[extrinsic_call]
		_(RawOrigin::Signed(attester), id, Default::default(), signatures);

		assert_eq!(Amendments::<T>::get(id).map(|a| a.status), Some(AmendmentStatus::Done));
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// Unpublishing a plan of `c` active contracts, each hosted by three hosters whose hosting
	/// is proven and unpaid (each paid as it leaves) and whose running challenges check the
	/// plan's contracts (those checks cleared).
	#[benchmark]
	fn unpublish_hosted_plan(
		c: Linear<1, { T::MaxContractsPerPlan::get() }>,
	) -> Result<(), BenchmarkError> {
		let (sponsor, plan) = hosted_plan::<T>(c)?;

		#[extrinsic_call]
		unpublish_plan(RawOrigin::Signed(sponsor), plan);

		assert!(Plans::<T>::get(plan).is_none());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A report of failure by every provider: seven releases and pauses, then a retry with a new
	/// selection.
	#[benchmark]
	fn hosting_setup_report_failed() -> Result<(), BenchmarkError> {
		let (_, plan) = plan_in_setup::<T>(1)?;
		let (id, amendment, attester) = amendment_of::<T>(plan)?;

		#[extrinsic_call]
		hosting_setup_report(
			RawOrigin::Signed(attester),
			id,
			all_failed::<T>(&amendment),
			Default::default(),
		);

		assert!(Amendments::<T>::get(id).is_none());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A successful replacement report: the new hoster's proof of contact verified, its booking
	/// moved to the contract, the attester and encoder released.
	#[benchmark]
	fn hoster_replacement_report() -> Result<(), BenchmarkError> {
		let (id, amendment, attester) = replacement_in_progress::<T>()?;
		let signatures = contact_signatures::<T>(id, &amendment.hosters);

		#[extrinsic_call]
		_(RawOrigin::Signed(attester), id, Default::default(), signatures);

		assert_eq!(Amendments::<T>::get(id).map(|a| a.status), Some(AmendmentStatus::Done));
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A replacement report naming all three of its providers as failed: releases, pauses and a
	/// new replacement.
	#[benchmark]
	fn hoster_replacement_report_failed() -> Result<(), BenchmarkError> {
		let (id, amendment, attester) = replacement_in_progress::<T>()?;

		#[extrinsic_call]
		hoster_replacement_report(
			RawOrigin::Signed(attester),
			id,
			all_failed::<T>(&amendment),
			Default::default(),
		);

		assert!(Amendments::<T>::get(id).is_none());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// Unregistering with booked jobs: out of the idle queues, the first hand-over scheduled.
	#[benchmark]
	fn unregister_leaving() -> Result<(), BenchmarkError> {
		let (_, plan) = plan_in_setup::<T>(1)?;
		let (_, amendment, _) = amendment_of::<T>(plan)?;
		let hoster = *amendment.hosters.first().ok_or(BenchmarkError::Stop("a hoster"))?;
		let leaver = account_of::<T>(hoster)?;

		#[extrinsic_call]
		unregister(RawOrigin::Signed(leaver));

		let provider = Users::<T>::get(hoster).and_then(|user| user.provider);
		assert!(provider.is_some_and(|p| p.is_leaving()), "still registered, leaving");
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// `on_initialize` with nothing due.
	#[benchmark]
	fn agenda_base() -> Result<(), BenchmarkError> {
		let now = frame_system::Pallet::<T>::block_number();

		#[block]
		{
			Datdot::<T>::tick(now);
		}
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// The heaviest agenda task: a report timeout, which releases seven providers, pauses the
	/// attester and runs a new selection among many providers outside the plan's region.
	#[benchmark]
	fn agenda_task() -> Result<(), BenchmarkError> {
		// Providers that never qualify as hosters make selection draw its most positions.
		providers::<T>(T::MaxSelectionDraws::get(), 1000, b"9q")?;
		let (_, plan) = plan_in_setup::<T>(1)?;
		let (id, _, _) = amendment_of::<T>(plan)?;

		take_due::<T>(Task::AmendmentTimeout { amendment: id });
		#[block]
		{
			run_task::<T>(Task::AmendmentTimeout { amendment: id });
		}

		assert!(Amendments::<T>::get(id).is_none());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A plan's budget check that finds it funded: the escrow's pay accrued, the next check on
	/// the agenda, the plan goes on (its end is `unpublish_plan`'s weight).
	#[benchmark]
	fn agenda_budget_check() -> Result<(), BenchmarkError> {
		let (_, plan) = hosted_plan::<T>(1)?;

		take_due::<T>(Task::CheckBudget { plan });
		#[block]
		{
			run_task::<T>(Task::CheckBudget { plan });
		}

		assert!(Plans::<T>::contains_key(plan));
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A plan's setup deadline with its `c` contracts all hosted: each contract read, the plan
	/// goes on (an expiring plan's end is `unpublish_plan`'s weight).
	#[benchmark]
	fn agenda_setup_deadline(
		c: Linear<1, { T::MaxContractsPerPlan::get() }>,
	) -> Result<(), BenchmarkError> {
		let (_, plan) = hosted_plan::<T>(c)?;

		take_due::<T>(Task::PlanSetupDeadline { plan });
		#[block]
		{
			run_task::<T>(Task::PlanSetupDeadline { plan });
		}

		let plan = Plans::<T>::get(plan).ok_or(BenchmarkError::Stop("the plan goes on"))?;
		assert!(plan.setup_deadline.is_none());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// Handing over the last job of a leaving provider, a setup it is part of: the setup fails
	/// without blame and is retried with a new selection among many providers outside the plan's
	/// region; then the registration ends.
	#[benchmark]
	fn agenda_hand_over() -> Result<(), BenchmarkError> {
		providers::<T>(T::MaxSelectionDraws::get(), 1000, b"9q")?;
		let (_, plan) = plan_in_setup::<T>(1)?;
		let (id, amendment, _) = amendment_of::<T>(plan)?;
		let leaver = *amendment.hosters.first().ok_or(BenchmarkError::Stop("a hoster"))?;
		let account = account_of::<T>(leaver)?;
		Datdot::<T>::unregister(RawOrigin::Signed(account).into())?;

		take_due::<T>(Task::HandOver { user: leaver });
		#[block]
		{
			run_task::<T>(Task::HandOver { user: leaver });
		}

		assert!(Amendments::<T>::get(id).is_none());
		assert!(Users::<T>::get(leaver).is_none(), "registration and record ended");
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A confirmed storage challenge of `c` checks of one feed (one signed tree), each check's
	/// contract in a plan of its own, its chunks `s` bytes and their paths `n` nodes all together
	/// (shared evenly): the proof of contact, the tree's signature and `c` chunk paths verified.
	/// Bytes and nodes count over all chunks, so each slope is its own cost (a check's own work,
	/// a byte hashed, a node hashed); measured up to one chunk's most, they are linear beyond.
	/// What each further feed adds is `submit_storage_proof_trees`'.
	#[benchmark]
	fn submit_storage_proof(
		c: Linear<1, { T::MaxChecksPerChallenge::get() }>,
		s: Linear<1, { T::MaxChunkSize::get() }>,
		n: Linear<0, { T::MaxProofNodes::get().min(flat_tree::MAX_ROOTS) }>,
	) -> Result<(), BenchmarkError> {
		let (id, attester, hoster, proofs) = storage_report::<T>(c, 1, s / c, n / c)?;
		let contact = proof_of_contact::<T>(hoster, id);

		#[extrinsic_call]
		submit_storage_proof(RawOrigin::Signed(attester), id, Some(contact), Some(proofs));

		assert!(StorageChallenges::<T>::get(id).is_none());
		assert!(matches!(StorageCycles::<T>::get(hoster), Some(ChallengeCycle::Next(_))));
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A confirmed storage challenge of the most checks over `t` feeds (one signed tree each),
	/// the smallest chunks: what each further tree adds (its signature and roots).
	#[benchmark]
	fn submit_storage_proof_trees(
		t: Linear<1, { T::MaxChecksPerChallenge::get() }>,
	) -> Result<(), BenchmarkError> {
		let (id, attester, hoster, proofs) =
			storage_report::<T>(T::MaxChecksPerChallenge::get(), t, 1, 0)?;
		let contact = proof_of_contact::<T>(hoster, id);

		#[extrinsic_call]
		submit_storage_proof(RawOrigin::Signed(attester), id, Some(contact), Some(proofs));

		assert!(StorageChallenges::<T>::get(id).is_none());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A storage challenge the attester reports failed, of a hoster hosting `h` contracts: an
	/// accusation opened, the hoster's next challenge scheduled.
	#[benchmark]
	fn submit_storage_proof_failed(
		h: Linear<1, { T::MaxCapacityPerRole::get() }>,
	) -> Result<(), BenchmarkError> {
		let hoster = one_provider::<T>(4000)?;
		let (_, all) = contracts::<T>(h)?;
		host::<T>(hoster, &all)?;
		let first = all.first().copied().into_iter().collect::<alloc::vec::Vec<_>>();
		let (id, attester) = storage_challenge::<T>(hoster, &first)?;

		#[extrinsic_call]
		submit_storage_proof(RawOrigin::Signed(attester), id, None, None);

		assert_eq!(Datdot::<T>::hosted_contracts(hoster).len() as u32, h);
		assert_eq!(Accusations::<T>::iter().count(), 1);
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// An accused hoster answers with proofs of `c` chunks of one feed, each check's contract in
	/// a plan of its own (the attester's slash shared by the most plans), its chunks `s` bytes and
	/// their paths `n` nodes all together (as in `submit_storage_proof`); the attester is paused.
	#[benchmark]
	fn answer_accusation(
		c: Linear<1, { T::MaxChecksPerChallenge::get() }>,
		s: Linear<1, { T::MaxChunkSize::get() }>,
		n: Linear<0, { T::MaxProofNodes::get().min(flat_tree::MAX_ROOTS) }>,
	) -> Result<(), BenchmarkError> {
		let (hoster, keys, accusation) = accused_hoster::<T>(c, c, 1)?;
		let proofs = chunk_proofs::<T>(&keys, c, s / c, n / c)?;
		let account = account_of::<T>(hoster)?;

		#[extrinsic_call]
		answer_accusation(RawOrigin::Signed(account), accusation, proofs);

		assert!(Accusations::<T>::get(accusation).is_none());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// An answer proving the most checks over `t` feeds, the smallest chunks: what each further
	/// tree adds.
	#[benchmark]
	fn answer_accusation_trees(
		t: Linear<1, { T::MaxChecksPerChallenge::get() }>,
	) -> Result<(), BenchmarkError> {
		let most = T::MaxChecksPerChallenge::get();
		let (hoster, keys, accusation) = accused_hoster::<T>(most, most, t)?;
		let proofs = chunk_proofs::<T>(&keys, most, 1, 0)?;
		let account = account_of::<T>(hoster)?;

		#[extrinsic_call]
		answer_accusation(RawOrigin::Signed(account), accusation, proofs);

		assert!(Accusations::<T>::get(accusation).is_none());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// An accusation of a hoster hosting `h` contracts upheld: it leaves all of them, each queued
	/// for a replacement.
	#[benchmark]
	fn agenda_accusation_upheld(
		h: Linear<1, { T::MaxCapacityPerRole::get() }>,
	) -> Result<(), BenchmarkError> {
		let (hoster, _, accusation) = accused_hoster::<T>(h, 1, 1)?;
		let task = Task::AccusationDeadline { accusation };
		take_due::<T>(task);

		#[block]
		{
			run_task::<T>(task);
		}

		assert!(Datdot::<T>::hosted_contracts(hoster).is_empty());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// Issuing the storage challenge of a hoster with the most contracts, drawing attesters
	/// among many that don't qualify.
	#[benchmark]
	fn agenda_storage_challenge() -> Result<(), BenchmarkError> {
		let hoster = busiest_hoster::<T>()?;

		take_due::<T>(Task::StorageChallenge { hoster });
		#[block]
		{
			run_task::<T>(Task::StorageChallenge { hoster });
		}

		assert!(matches!(StorageCycles::<T>::get(hoster), Some(ChallengeCycle::Running(_))));
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A storage challenge timing out: the attester released and paused, then the hoster's
	/// challenge issued anew (as in `agenda_storage_challenge`).
	#[benchmark]
	fn agenda_storage_challenge_timeout() -> Result<(), BenchmarkError> {
		let hoster = busiest_hoster::<T>()?;
		let (_, all) = contracts::<T>(1)?;
		let (id, _) = storage_challenge::<T>(hoster, &all)?;

		take_due::<T>(Task::StorageChallengeTimeout { challenge: id });
		#[block]
		{
			run_task::<T>(Task::StorageChallengeTimeout { challenge: id });
		}

		assert!(StorageChallenges::<T>::get(id).is_none());
		assert!(matches!(StorageCycles::<T>::get(hoster), Some(ChallengeCycle::Running(_))));
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A performance report on `h` hosters, all reached: `h` proofs of contact verified, `h`
	/// grades recorded.
	#[benchmark]
	fn submit_performance_proof(
		h: Linear<1, { T::MaxHostersPerPerformanceChallenge::get() }>,
	) -> Result<(), BenchmarkError> {
		let (feed, _) = hosted_feed::<T>(h)?;
		let (id, challenge, attester) = performance_challenge::<T>(feed)?;
		let reports: alloc::vec::Vec<PerformanceReport> = challenge
			.hosters
			.iter()
			.map(|hoster| PerformanceReport {
				hoster: *hoster,
				result: PerformanceResult::Reached {
					latency_ms: 120,
					bandwidth_kbps: 1000,
					proof_of_contact: proof_of_contact::<T>(*hoster, id),
				},
			})
			.collect();

		#[extrinsic_call]
		_(RawOrigin::Signed(attester), id, BoundedVec::truncate_from(reports));

		assert!(PerformanceChallenges::<T>::get(id).is_none());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A performance report on `h` hosters, none reached: each paused, each replacement queued.
	#[benchmark]
	fn submit_performance_proof_unreachable(
		h: Linear<1, { T::MaxHostersPerPerformanceChallenge::get() }>,
	) -> Result<(), BenchmarkError> {
		let (feed, _) = hosted_feed::<T>(h)?;
		let (id, challenge, attester) = performance_challenge::<T>(feed)?;
		let reports: alloc::vec::Vec<PerformanceReport> = challenge
			.hosters
			.iter()
			.map(|hoster| PerformanceReport {
				hoster: *hoster,
				result: PerformanceResult::Unreachable,
			})
			.collect();

		#[extrinsic_call]
		submit_performance_proof(
			RawOrigin::Signed(attester),
			id,
			BoundedVec::truncate_from(reports),
		);

		assert!(PerformanceChallenges::<T>::get(id).is_none());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// Issuing a performance challenge of a feed with the most hosters, drawing attesters among
	/// many that don't qualify.
	#[benchmark]
	fn agenda_performance_challenge() -> Result<(), BenchmarkError> {
		let (feed, _) =
			hosted_feed::<T>(T::MaxHostersPerPerformanceChallenge::get().saturating_add(1))?;
		unavailable_attesters::<T>()?;
		providers::<T>(1, 5000, b"u33")?;

		take_due::<T>(Task::PerformanceChallenge { feed });
		#[block]
		{
			run_task::<T>(Task::PerformanceChallenge { feed });
		}

		assert!(matches!(PerformanceCycles::<T>::get(feed), Some(ChallengeCycle::Running(_))));
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A performance challenge timing out: the attester paused, the feed challenged anew (as in
	/// `agenda_performance_challenge`).
	#[benchmark]
	fn agenda_performance_challenge_timeout() -> Result<(), BenchmarkError> {
		let (feed, _) =
			hosted_feed::<T>(T::MaxHostersPerPerformanceChallenge::get().saturating_add(1))?;
		let (id, _, _) = performance_challenge::<T>(feed)?;
		unavailable_attesters::<T>()?;
		providers::<T>(1, 5001, b"u33")?;

		take_due::<T>(Task::PerformanceChallengeTimeout { challenge: id });
		#[block]
		{
			run_task::<T>(Task::PerformanceChallengeTimeout { challenge: id });
		}

		assert!(PerformanceChallenges::<T>::get(id).is_none());
		assert!(matches!(PerformanceCycles::<T>::get(feed), Some(ChallengeCycle::Running(_))));
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// A hoster with the most contracts leaves all of them (unreachable, or paused too long);
	/// each is queued for a replacement.
	#[benchmark]
	fn agenda_replace_hoster() -> Result<(), BenchmarkError> {
		let hoster = one_provider::<T>(4000)?;
		let (_, all) = contracts::<T>(T::MaxCapacityPerRole::get())?;
		host::<T>(hoster, &all)?;
		// Each contract's proven hosting paid as the hoster leaves it.
		proven::<T>(&[hoster]);

		take_due::<T>(Task::ReplaceHoster { hoster });
		#[block]
		{
			run_task::<T>(Task::ReplaceHoster { hoster });
		}

		assert!(Datdot::<T>::hosted_contracts(hoster).is_empty());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// Another account funds a plan: a transfer to the sponsor and a hold.
	#[benchmark]
	fn fund_plan() -> Result<(), BenchmarkError> {
		let (_, plan) = plan_in_setup::<T>(1)?;
		let funder = funded::<T>("funder");
		let before = Escrows::<T>::get(plan).ok_or(BenchmarkError::Stop("the escrow"))?.budget;
		let amount = T::ContractDeposit::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(funder), plan, amount);

		assert_eq!(Escrows::<T>::get(plan).map(|e| e.budget), Some(before + amount));
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	#[benchmark]
	fn set_prices() -> Result<(), BenchmarkError> {
		let prices = PriceList::<T>::get();
		let origin =
			T::PriceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, prices);

		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// Reference cost, not a call's weight: BLAKE2b-256 of a leaf of `s` bytes (what a storage
	/// check hashes besides its path and roots).
	/// The pool's check of a report (`PrioritizeReports`): the caller's user id and the running
	/// challenge read.
	#[benchmark]
	fn prioritize_report() -> Result<(), BenchmarkError> {
		let hoster = one_provider::<T>(4000)?;
		let (_, all) = contracts::<T>(1)?;
		host::<T>(hoster, &all)?;
		let (id, attester) = storage_challenge::<T>(hoster, &all)?;
		let call = Call::<T>::submit_storage_proof {
			challenge: id,
			proof_of_contact: None,
			proofs: Default::default(),
		};
		let due;

		#[block]
		{
			due = Datdot::<T>::due_report(&attester, &call);
		}

		assert_eq!(due.map(|(item, _)| item), Some(id));
		Ok(())
	}

	#[benchmark]
	fn reference_leaf_hash(s: Linear<1, { T::MaxChunkSize::get() }>) -> Result<(), BenchmarkError> {
		let data = alloc::vec![7u8; s as usize];
		let hash;

		#[block]
		{
			hash = hypercore::leaf_hash(&data);
		}

		assert_ne!(hash, [0; 32]);
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// Reference cost, not a call's weight: one parent hash of a chunk's path (a check hashes
	/// one per node of its path).
	#[benchmark]
	fn reference_parent_hash() -> Result<(), BenchmarkError> {
		let left = hypercore::Node { index: 0, size: 4096, hash: [7; 32] };
		let right = hypercore::Node { index: 2, size: 4096, hash: [9; 32] };
		let parent;

		#[block]
		{
			parent = hypercore::parent_node(&left, &right);
		}

		assert!(parent.is_some());
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	/// Reference cost, not a call's weight: one ed25519 verification of an 80-byte message (what
	/// a storage check verifies once, for the tree's signature).
	#[benchmark]
	fn reference_ed25519_verify() -> Result<(), BenchmarkError> {
		let key = sp_io::crypto::ed25519_generate(KEY_TYPE, None);
		let message = [3u8; 80];
		let signature = sp_io::crypto::ed25519_sign(KEY_TYPE, &key, &message)
			.ok_or(BenchmarkError::Stop("the key in the keystore"))?;
		let valid;

		#[block]
		{
			valid = datdot_primitives::ed25519_verify(&signature.0, &message, &key.0);
		}

		assert!(valid);
		Datdot::<T>::do_try_state()?;
		Ok(())
	}

	impl_benchmark_test_suite!(Datdot, crate::mock::new_test_ext(), crate::mock::Test);
}
