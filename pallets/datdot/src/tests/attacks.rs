//! Attacks an open storage market invites, each carried out here and shown to fail.

use super::*;
use crate::{mock::*, Contracts, Error, Event, HoldReason, PlanEnd};
use datdot_primitives::ItemId;
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, Get},
	BoundedVec,
};

/// The storage challenges emitted so far, in order.
fn challenges() -> Vec<StorageChallengeIssued> {
	testing::challenges::<Test>().0
}

/// Attack: the publisher removes its feed under live contracts; a challenge's checks then have no
/// feed key to verify against, and a junk proof would pass. A feed in use can't be removed; once
/// no plan uses it, its publisher removes it and gets the deposit back.
#[test]
fn a_feed_in_use_cannot_be_unpublished() {
	new_test_ext().execute_with(|| {
		let plan = {
			let (plan, _) = reference_setups(1000);
			for setup in setups() {
				assert_ok!(report_success(&setup));
			}
			plan
		};
		run_to_block(12);
		let c = challenges()[0].clone();
		let feed = Contracts::<Test>::get(c.checks[0].contract).unwrap().feed;
		assert_noop!(
			Datdot::unpublish_feed(RuntimeOrigin::signed(ALICE), feed),
			Error::<Test>::FeedInUse
		);
		assert_eq!(crate::Feeds::<Test>::get(feed).unwrap().contracts, 2);
		// The attack's junk proof: 16 bytes instead of the chunk.
		let mut junk = proofs(&c).unwrap();
		for proof in junk.chunks.iter_mut() {
			proof.data = vec![0u8; 16].try_into().unwrap();
		}
		let attester = RuntimeOrigin::signed(account(c.attester));
		assert_noop!(
			Datdot::submit_storage_proof(attester, c.id, contact(&c), Some(junk)),
			Error::<Test>::RootMismatch
		);
		check_invariants();

		assert_ok!(Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), plan));
		assert_eq!(crate::Feeds::<Test>::get(feed).unwrap().contracts, 0);
		assert_ok!(Datdot::unpublish_feed(RuntimeOrigin::signed(ALICE), feed));
		System::assert_has_event(Event::FeedUnpublished { feed, key: fixture().feed.key }.into());
		assert_eq!(Balances::balance_on_hold(&HoldReason::FeedDeposit.into(), &ALICE), 0);
		check_invariants();
	});
}

/// Attack: a report after its deadline, when the timeout did not run (carried over by a full
/// agenda, or lost). Every report checks its deadline itself: it must be included before the
/// deadline block (the timeout is due at the start of that block), or it is refused.
#[test]
fn reports_after_their_deadline_are_refused() {
	// A hosting setup report.
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let s = setups()[0].clone();
		let deadline = crate::Amendments::<Test>::get(s.amendment).unwrap().deadline;
		testing::take_due::<Test>(crate::Task::AmendmentTimeout { amendment: s.amendment });
		run_to_block(deadline - 1);
		frame_support::storage::with_storage_layer(|| {
			assert_ok!(report_success(&s));
			Err::<(), _>(sp_runtime::DispatchError::Other("undo"))
		})
		.unwrap_err();
		run_to_block(deadline);
		assert_noop!(report_success(&s), Error::<Test>::ReportTooLate);
	});
	// A storage challenge's report.
	new_test_ext().execute_with(|| {
		hosted(1000);
		run_to_block(12);
		let c = challenges()[0].clone();
		let deadline = crate::StorageChallenges::<Test>::get(c.id).unwrap().deadline;
		testing::take_due::<Test>(crate::Task::StorageChallengeTimeout { challenge: c.id });
		run_to_block(deadline);
		assert_noop!(prove(&c), Error::<Test>::ReportTooLate);
	});
	// A performance challenge's report.
	new_test_ext().execute_with(|| {
		hosted(1000);
		run_to_block(17);
		let c = testing::challenges::<Test>().1[0].clone();
		let deadline = crate::PerformanceChallenges::<Test>::get(c.id).unwrap().deadline;
		testing::take_due::<Test>(crate::Task::PerformanceChallengeTimeout { challenge: c.id });
		run_to_block(deadline);
		let reports = reached_all(c.id, &c.hosters);
		assert_noop!(
			Datdot::submit_performance_proof(
				RuntimeOrigin::signed(account(c.attester)),
				c.id,
				reports.try_into().unwrap()
			),
			Error::<Test>::ReportTooLate
		);
	});
}

/// Attack: the feed's publisher serves (and attests) the plans over its own feed, checking itself.
/// Neither the plan's sponsor nor the feed's publisher is ever selected for its contracts.
#[test]
fn the_feeds_publisher_never_serves_its_feed() {
	new_test_ext().execute_with(|| {
		// Six providers and the publisher: seven, as many as a setup needs.
		providers(6);
		assert_ok!(register(ALICE, form(200)));
		let alice = crate::UserByAccount::<Test>::get(ALICE).unwrap();
		let feed = feed();
		let (_, contracts) = publish(plan_form(feed, 2, 1000));
		run_to_block(3);
		let parties = |s: &Setup| {
			let mut all = vec![s.attester];
			all.extend(&s.encoders);
			all.extend(&s.hosters);
			all
		};
		assert!(setups().iter().all(|s| !parties(s).contains(&alice)), "the publisher serves");
		assert_eq!(crate::WaitingContracts::<Test>::get().to_vec(), contracts);
		// A seventh provider other than the publisher: the setups go ahead without it.
		provider(7);
		run_to_block(4);
		assert_eq!(setups().len(), 2);
		assert!(setups().iter().all(|s| !parties(s).contains(&alice)));
		check_invariants();
	});
}

/// Attack: a provider paused for a failure unregisters and registers again, unpaused at once. The
/// pause outlives the registration: the new one starts paused until the old pause's end.
#[test]
fn a_failure_pause_outlives_re_registration() {
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let (s, other) = (setups()[0].clone(), setups()[1].clone());
		// A hoster of the first setup that the second does not book.
		let bad = *s
			.hosters
			.iter()
			.find(|h| {
				other.attester != **h && !other.encoders.contains(h) && !other.hosters.contains(h)
			})
			.unwrap();
		assert_ok!(Datdot::hosting_setup_report(
			RuntimeOrigin::signed(account(s.attester)),
			s.amendment,
			vec![crate::ProviderRef::Id(bad)].try_into().unwrap(),
			Default::default(),
		));
		System::assert_has_event(Event::Paused { user: bad, until: Some(2 + 60) }.into());
		let who = account(bad);
		// The retry may have booked it elsewhere; free it of every job first.
		let booked = crate::Bookings::<Test>::iter_prefix(bad).count();
		assert_eq!(booked, 0, "a failed provider is released");
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(who)));
		assert_ok!(register(who, form(seed_of(bad))));
		let pause = crate::Users::<Test>::get(bad).unwrap().provider.unwrap().paused;
		assert_eq!(
			pause.map(|p| (p.reason, p.until)),
			Some((crate::PauseReason::Failed, Some(62))),
			"still paused for the failure"
		);
		assert!(!Datdot::idle(crate::Role::Hoster).contains(&bad));
		check_invariants();
		run_to_block(62);
		System::assert_has_event(Event::Unpaused { user: bad }.into());
		assert!(Datdot::idle(crate::Role::Hoster).contains(&bad));
		check_invariants();
	});
}

/// A provider that unregisters during a requested pause leaves no pause limit behind: a later
/// registration's own pause is not cut short by the old one's task.
#[test]
fn stale_pause_tasks_never_touch_a_newer_registration() {
	new_test_ext().execute_with(|| {
		let (who, user) = provider(1);
		assert_ok!(Datdot::pause(RuntimeOrigin::signed(who)));
		run_to_block(2);
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(who)));
		check_invariants();
		assert_ok!(register(who, form(1)));
		run_to_block(50);
		assert_ok!(Datdot::pause(RuntimeOrigin::signed(who)));
		run_to_block(120);
		// The registration that ended took its record along: the new one is a new user.
		assert_eq!(crate::Users::<Test>::get(user), None);
		let user = crate::UserByAccount::<Test>::get(who).unwrap();
		let pause = crate::Users::<Test>::get(user).unwrap().provider.unwrap().paused.unwrap();
		assert_eq!(pause.replace_at, Some(150), "the new pause keeps its own limit");
		check_invariants();
	});
}

/// Attack: agenda stall. With the runtime's DB weights (the mock uses them), a task heavier than
/// what is left of the budget must still run, alone, at the head of a block; put back for ever it
/// would stall the agenda. Here no task fits the budget at all, and one runs per block: the
/// plan's budget check (timing lane) first, then each setup.
#[test]
fn a_task_heavier_than_the_budget_runs_alone() {
	new_test_ext().execute_with(|| {
		use crate::WeightInfo;
		providers(16);
		let feed = feed();
		let (_, contracts) = publish(plan_form(feed, 2, 1000));
		MaxAgendaWeight::set(&<() as WeightInfo>::agenda_base());
		run_to_block(2);
		assert!(setups().is_empty());
		run_to_block(3);
		assert_eq!(setups().iter().map(|s| s.contract).collect::<Vec<_>>(), vec![contracts[0]]);
		run_to_block(4);
		assert_eq!(setups().iter().map(|s| s.contract).collect::<Vec<_>>(), contracts);
		check_invariants();
	});
}

/// Attack: front-running `publish_feed` with a bogus swarm key, so that providers look for the
/// feed on the wrong topic. The chain derives the discovery key from the feed key itself and
/// refuses any other.
#[test]
fn a_feed_is_published_only_with_its_own_discovery_key() {
	new_test_ext().execute_with(|| {
		let f = &fixture().feed;
		let bogus = [7u8; 32];
		assert_noop!(
			Datdot::publish_feed(RuntimeOrigin::signed(BOB), f.key, bogus, f.trees[2].clone()),
			Error::<Test>::WrongSwarmKey
		);
		assert!(crate::FeedByKey::<Test>::get(f.key).is_none());
		let feed = super::feed();
		assert_eq!(crate::Feeds::<Test>::get(feed).unwrap().swarm_key, f.discovery_key);
	});
}

/// Attack: key squatting. Someone registers a victim's signing key before the victim does (keys
/// are public: they sign proofs of contact). A registration proves possession of its signing key
/// (its signature over the account and the genesis hash); keys are released on unregister.
#[test]
fn signing_keys_are_claimed_only_with_proof_of_possession() {
	new_test_ext().execute_with(|| {
		let victim = form(1);
		let mut squat = victim.clone();
		squat.noise_key = [99; 32];
		// The squatter has no signature of its own account by the victim's key: it replays the
		// victim's, or brings none.
		let victims_proof = testing::proof_of_possession::<Test>(&ALICE, &victim.signing_key);
		assert_noop!(
			Datdot::register_for_work(RuntimeOrigin::signed(BOB), squat.clone(), victims_proof),
			Error::<Test>::BadProofOfPossession
		);
		assert_noop!(
			Datdot::register_for_work(RuntimeOrigin::signed(BOB), squat, None),
			Error::<Test>::MissingProofOfPossession
		);
		assert_ok!(register(ALICE, victim.clone()));
		let alice = crate::UserByAccount::<Test>::get(ALICE).unwrap();
		// Unregistering releases the keys: they can be claimed again, with a proof.
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(ALICE)));
		assert_eq!(crate::UserBySigningKey::<Test>::get(victim.signing_key), None);
		assert_eq!(crate::UserByNoiseKey::<Test>::get(victim.noise_key), None);
		assert_eq!(crate::Users::<Test>::get(alice), None, "the record goes with its keys");
		assert_ok!(register(ALICE, victim));
		check_invariants();
	});
}

/// Attack: cheap spam under load. A provider re-registers the same form every block; each
/// re-registration started a retry pass, forcing a failing selection per waiting contract per
/// block. Only a registration that makes the provider newly idle in a role starts one.
#[test]
fn re_registering_unchanged_starts_no_retries() {
	new_test_ext().execute_with(|| {
		let all = providers(6);
		let feed = feed();
		let (_, contracts) = publish(plan_form(feed, 2, 1000));
		run_to_block(3);
		assert_eq!(crate::WaitingContracts::<Test>::get().to_vec(), contracts);
		let (spammer, _) = all[0];
		let selections = randomness_draws();
		for block in 4..20 {
			assert_ok!(register(spammer, form(1)));
			run_to_block(block);
		}
		assert_eq!(randomness_draws(), selections, "no selection was forced");
		// A provider that brings new capacity still gives the waiting contracts a try.
		provider(7);
		run_to_block(21);
		assert_eq!(setups().len(), 2);
		check_invariants();
	});
}

/// The pallet's state, every key and value under its prefix, but for the id counter.
fn pallet_state_but_ids() -> Vec<(Vec<u8>, Vec<u8>)> {
	let prefix = sp_io::hashing::twox_128(b"Datdot");
	let next_id = crate::NextId::<Test>::hashed_key().to_vec();
	let mut state = Vec::new();
	let mut key = prefix.to_vec();
	while let Some(next) = sp_io::storage::next_key(&key) {
		if !next.starts_with(&prefix) {
			break;
		}
		if next != next_id {
			state.push((next.clone(), sp_io::storage::get(&next).unwrap().to_vec()));
		}
		key = next;
	}
	state
}

/// Attack: free state growth. Publishing and withdrawing plans with inline components left every
/// component in state for ever, paid by nobody. Components are paid by a deposit and removed with
/// the last plan that uses them: a publish/unpublish loop leaves state as it was.
#[test]
fn a_publish_unpublish_loop_leaves_state_as_it_was() {
	new_test_ext().execute_with(|| {
		let feed = feed();
		let (plan, _) = publish(plan_form(feed, 5, 1000));
		assert_ok!(Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), plan));
		let before = pallet_state_but_ids();
		let free = Balances::free_balance(BOB);
		for _ in 0..20 {
			let (plan, _) = publish(plan_form(feed, 5, 1000));
			check_invariants();
			assert_ok!(Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), plan));
		}
		let after = pallet_state_but_ids();
		assert_eq!(after.len(), before.len(), "keys in the pallet's state");
		assert!(after == before, "the pallet's state is as it was");
		assert_eq!(Balances::free_balance(BOB), free, "every deposit came back");
		check_invariants();
	});
}

/// Fills every block from `from` to `to` with the most tasks its lists hold, in both lanes
/// (tasks of nobody; as an attacker picking plan starts, pauses and registrations would).
fn fill_agenda(from: u64, to: u64) {
	let max: u32 = <Test as crate::Config>::MaxTasksPerBlock::get();
	let fillers = [
		(crate::Lane::Timing, crate::Task::PauseEnd { user: 999_999 }),
		(crate::Lane::Draw, crate::Task::StorageChallenge { hoster: 999_999 }),
	];
	for block in from..=to {
		for (lane, filler) in fillers {
			let key = (lane, block);
			// What the block held already moves to its overflow, as if scheduled after the filler.
			for task in crate::Agenda::<Test>::take(key) {
				crate::AgendaOverflow::<Test>::insert(key, task, ());
			}
			let list = vec![filler; max as usize];
			crate::Agenda::<Test>::insert(key, BoundedVec::try_from(list).unwrap());
		}
	}
}

/// Attack: lost agenda work. An attacker fills the agenda (every block from 8 on to 140 holds its
/// most tasks), so that a task which schedules another (a report timeout pausing the attester)
/// found no room: it was rolled back and dropped, and the amendment stayed in progress for ever.
/// Scheduling cannot fail: a full block takes further tasks in its overflow.
#[test]
fn a_task_that_finds_the_agenda_full_is_not_lost() {
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let s = setups()[0].clone();
		fill_agenda(8, 140);
		run_to_block(160);
		System::assert_has_event(
			Event::HostingSetupFailed {
				amendment: s.amendment,
				contract: s.contract,
				failed: vec![s.attester].try_into().unwrap(),
			}
			.into(),
		);
		assert!(crate::Amendments::<Test>::get(s.amendment).is_none());
		check_invariants();
	});
}

/// Attack: lost agenda work, on calls. With every block past a pause's limit full, `pause` failed
/// with `AgendaFull` (a provider could not pause, a sponsor not publish). The call goes through;
/// the limit lands in its own block's overflow and runs there, on time.
#[test]
fn a_call_that_finds_the_agenda_full_still_schedules_on_time() {
	new_test_ext().execute_with(|| {
		let hoster = hosted(1000)[0].hosters[0];
		let who = account(hoster);
		let max_pause: u64 = <Test as crate::Config>::MaxPauseBlocks::get();
		let limit = System::block_number() + max_pause;
		// The limit's block and the 64 after it (the look-ahead scheduling had) are full.
		fill_agenda(limit, limit + 64);
		assert_ok!(Datdot::pause(RuntimeOrigin::signed(who)));
		let task = crate::Task::PauseLimit { user: hoster };
		assert!(crate::AgendaOverflow::<Test>::contains_key((crate::Lane::Timing, limit), task));
		run_to_block(limit);
		assert!(!Datdot::is_scheduled(limit, &task), "the limit ran in its block");
		assert!(crate::Contracts::<Test>::iter().all(|(_, c)| !c.hosters.contains(&hoster)));
		run_to_block(limit + 65);
		check_invariants();
	});
}

/// Attack: unfillable plans. A plan in a region where no provider is can never be set up; it was
/// retried for ever and its deposit held for ever. A plan not fully set up within
/// `PlanSetupWindow` blocks of its start expires: everything is released, the deposit returned.
#[test]
fn a_plan_nobody_can_serve_expires() {
	new_test_ext().execute_with(|| {
		providers(16);
		let feed = feed();
		let mut form = plan_form(feed, 2, 1000);
		let nowhere = crate::Region { geohash: b"zzz".to_vec().try_into().unwrap() };
		form.regions = vec![crate::ComponentRef::New(nowhere)].try_into().unwrap();
		let (plan, contracts) = publish(form);
		run_to_block(3);
		assert!(setups().is_empty());
		let window: u64 = <Test as crate::Config>::PlanSetupWindow::get();
		run_to_block(2 + window);
		System::assert_has_event(Event::PlanEnded { plan, reason: PlanEnd::Expired }.into());
		assert!(crate::Plans::<Test>::get(plan).is_none());
		assert!(contracts.iter().all(|c| crate::Contracts::<Test>::get(c).is_none()));
		assert!(crate::WaitingContracts::<Test>::get().is_empty());
		assert_eq!(Balances::balance_on_hold(&HoldReason::PlanDeposit.into(), &BOB), 0);
		assert_eq!(Balances::balance_on_hold(&HoldReason::ComponentDeposit.into(), &BOB), 0);
		check_invariants();
	});
}

/// A plan whose contracts are all hosted within the window does not expire; its deadline weighs
/// reading its contracts (and the plan's record that tells), not a plan's end.
#[test]
fn a_plan_set_up_in_time_does_not_expire() {
	new_test_ext().execute_with(|| {
		let s = hosted(1000);
		let plan = crate::Contracts::<Test>::get(s[0].contract).unwrap().plan;
		let window: u64 = <Test as crate::Config>::PlanSetupWindow::get();
		let deadline = crate::Plans::<Test>::get(plan).unwrap().setup_deadline.unwrap();
		assert_eq!(deadline, 2 + window);
		run_to_block(deadline - 1);
		System::set_block_number(deadline);
		let task = crate::Task::PlanSetupDeadline { plan };
		let worst = Datdot::task_weight(&task);
		testing::take_due::<Test>(task);
		let used = Datdot::run_task(task, worst);
		let contracts = crate::Plans::<Test>::get(plan).unwrap().contracts.len() as u32;
		assert_eq!(
			used,
			<() as crate::weights::WeightInfo>::agenda_setup_deadline(contracts)
				.saturating_add(<Test as frame_system::Config>::DbWeight::get().reads(1))
		);
		assert!(used.all_lt(worst), "{used:?} is less than a plan's end, {worst:?}");
		run_to_block(deadline + 1);
		assert!(crate::Plans::<Test>::get(plan).is_some());
		assert_eq!(crate::Plans::<Test>::get(plan).unwrap().setup_deadline, None);
		check_invariants();
	});
}

/// A sybil's registration: its own keys (from `n`), capacity 100 in every role, available from
/// block 0 on with 1 GiB, in `u33dc0`; `spoil` makes it unable to serve.
fn sybil(n: u32, spoil: impl FnOnce(&mut crate::WorkForm<u64>)) {
	let who = 1_000_000 + n as AccountId;
	// Its stake: 50 and 10 for each of its 300 jobs.
	assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, 4_000));
	let mut seed = [0x5b; 32];
	seed[..4].copy_from_slice(&n.to_le_bytes());
	let key = testing::keystore_key(Some(seed));
	let mut noise = seed;
	noise[31] = 0x5c;
	let mut f = testing::work_form::<Test>(key, noise);
	f.capacity = crate::PerRole { encoder: 100, hoster: 100, attester: 100 };
	spoil(&mut f);
	assert_ok!(register(who, f));
}

/// Attack: idle-queue poisoning. Thousands of providers that can't serve (a window that never
/// opens, storage for no contract, a region the plan does not ask for, an end of availability
/// before the plan's) next to 16 honest ones: selection drew at most `MaxSelectionDraws` of them
/// per role and found almost only sybils, so no setup went ahead. The queues hold only providers
/// that can take the job now, hosters by region and by whether their availability ends: both
/// reference setups start at once.
#[test]
fn thousands_of_unqualified_sybils_do_not_stop_selection() {
	new_test_ext().execute_with(|| {
		providers(16);
		let u33 = b"u33".to_vec().try_into().unwrap();
		for n in 0..4000u32 {
			sybil(n, |f| match n % 4 {
				0 => f.from = u64::MAX - 1,
				1 => f.storage = 1,
				2 => {
					f.region = b"s00000".to_vec().try_into().unwrap();
					f.capacity = crate::PerRole { encoder: 0, hoster: 100, attester: 0 };
				},
				_ => f.until = Some(40),
			});
		}
		// The sybils whose window never opens or whose storage takes no contract are in no queue.
		assert_eq!(Datdot::idle(crate::Role::Hoster).len(), 16 + 2000);
		assert_eq!(Datdot::idle(crate::Role::Encoder).len(), 16 + 1000);
		let mut plan = plan_form(feed(), 2, 1000);
		plan.regions = vec![ComponentRef::New(crate::Region { geohash: u33 })].try_into().unwrap();
		publish(plan);
		run_to_block(2);
		let s = setups();
		assert_eq!(s.len(), 2, "both setups start");
		// The plan's hosters are honest: no sybil is in its region and available until its end.
		for setup in &s {
			assert!(setup.hosters.iter().all(|h| account(*h) <= 116), "{setup:?}");
		}
		check_invariants();
		// At block 40 - ReportTimeout + 1 the early-ending sybils leave the queues by themselves.
		let ending = || {
			Datdot::idle(crate::Role::Hoster)
				.into_iter()
				.filter(|id| {
					crate::Users::<Test>::get(id).unwrap().provider.unwrap().form.until.is_some()
				})
				.count()
		};
		run_to_block(35);
		assert!(ending() > 900);
		run_to_block(36);
		assert_eq!(ending(), 0);
		check_invariants();
	});
}

/// The accusation's proofs, as the accused hoster gives them.
fn answer(accusation: ItemId) -> crate::ChunkProofsOf<Test> {
	let a = crate::Accusations::<Test>::get(accusation).unwrap();
	proofs_of(a.checks.iter().map(|c| c.index))
}

/// Attack: evidence-free eviction by storage challenge. The attester says an honest hoster could
/// not be reached: the hoster lost every contract at once and the attester was credited. Now it
/// is an accusation; the hoster answers with the proofs on chain, keeps its contracts and is
/// credited, and the accusation counts against the attester.
#[test]
fn an_honest_hoster_answers_a_false_storage_accusation() {
	new_test_ext().execute_with(|| {
		hosted(1000);
		run_to_block(12);
		let c = testing::challenges::<Test>().0[0].clone();
		let hosted_before = Datdot::hosted_contracts(c.hoster);
		let before = (
			crate::Users::<Test>::get(c.hoster).unwrap().stats,
			crate::Users::<Test>::get(c.attester).unwrap().stats,
		);
		assert_ok!(report_unreachable(&c));
		assert_eq!(Datdot::hosted_contracts(c.hoster), hosted_before, "nothing lost at once");
		let attester = crate::Users::<Test>::get(c.attester).unwrap();
		assert_eq!(attester.stats, before.1, "an accusation is no success");
		let (accusation, _) = accusation_of(c.id, c.hoster);
		let checks = crate::Accusations::<Test>::get(accusation).unwrap().checks.into_inner();
		assert!(Datdot::open_tasks(c.hoster).contains(&crate::OpenTask::Accusation {
			accusation,
			challenge: c.id,
			checks
		}));
		assert!(matches!(Datdot::item(accusation), Some(crate::Item::Accusation(_))));
		check_invariants();
		run_to_block(15);
		assert_ok!(Datdot::answer_accusation(
			RuntimeOrigin::signed(account(c.hoster)),
			accusation,
			answer(accusation)
		));
		System::assert_last_event(
			Event::AccusationAnswered { accusation, hoster: c.hoster, attester: c.attester }.into(),
		);
		assert_eq!(Datdot::hosted_contracts(c.hoster), hosted_before);
		let hoster = crate::Users::<Test>::get(c.hoster).unwrap();
		assert_eq!(hoster.stats.successes, before.0.successes + 1);
		assert_eq!(hoster.stats.failures, before.0.failures);
		let attester = crate::Users::<Test>::get(c.attester).unwrap();
		assert_eq!(attester.stats.failures, before.1.failures + 1);
		assert_eq!(attester.provider.unwrap().paused.unwrap().reason, crate::PauseReason::Failed);
		check_invariants();
		// Answered, it is never upheld.
		run_to_block(30);
		assert_eq!(Datdot::hosted_contracts(c.hoster), hosted_before);
		check_invariants();
	});
}

/// An attester that accuses falsely and unregisters before the hoster answers does not escape:
/// the answer suspends it, and a new registration starts paused.
#[test]
fn a_false_accuser_that_left_is_suspended() {
	new_test_ext().execute_with(|| {
		hosted(1000);
		run_to_block(12);
		let c = testing::challenges::<Test>().0[0].clone();
		let who = account(c.attester);
		assert_ok!(report_unreachable(&c));
		let (accusation, _) = accusation_of(c.id, c.hoster);
		assert_ok!(Datdot::unregister(RuntimeOrigin::signed(who)));
		run_to_block(14);
		if crate::Users::<Test>::get(c.attester).unwrap().provider.is_some() {
			// Its other jobs are still being handed over.
			run_to_block(20);
		}
		assert!(crate::Users::<Test>::get(c.attester).unwrap().provider.is_none());
		assert_ok!(Datdot::answer_accusation(
			RuntimeOrigin::signed(account(c.hoster)),
			accusation,
			answer(accusation)
		));
		let suspended = crate::Users::<Test>::get(c.attester).unwrap().suspended_until;
		assert!(suspended.is_some(), "the answer suspends the accuser that left");
		assert_ok!(register(who, form(seed_of(c.attester))));
		let user = crate::UserByAccount::<Test>::get(who).unwrap();
		let pause = crate::Users::<Test>::get(user).unwrap().provider.unwrap().paused.unwrap();
		assert_eq!(pause.reason, crate::PauseReason::Failed);
		check_invariants();
	});
}

/// Attack: evidence-free eviction by performance challenge. An attester reported an honest hoster
/// `Unreachable`: it was paused and replaced in all its contracts. Now the hoster is accused and
/// proves a random chunk of the feed on chain.
#[test]
fn an_honest_hoster_answers_a_false_unreachable_report() {
	new_test_ext().execute_with(|| {
		hosted(1000);
		run_to_block(17);
		let c = testing::challenges::<Test>().1[0].clone();
		let gone = c.hosters[0];
		let hosted_before = Datdot::hosted_contracts(gone);
		let reports: Vec<_> = c
			.hosters
			.iter()
			.map(|h| crate::PerformanceReport {
				hoster: *h,
				result: if *h == gone {
					crate::PerformanceResult::Unreachable
				} else {
					crate::PerformanceResult::Reached {
						latency_ms: 50,
						bandwidth_kbps: 1000,
						proof_of_contact: testing::proof_of_contact::<Test>(*h, c.id),
					}
				},
			})
			.collect();
		assert_ok!(Datdot::submit_performance_proof(
			RuntimeOrigin::signed(account(c.attester)),
			c.id,
			reports.try_into().unwrap()
		));
		let (accusation, answer_by) = accusation_of(c.id, gone);
		assert_eq!(crate::Accusations::<Test>::get(accusation).unwrap().checks.len(), 1);
		run_to_block(answer_by - 1);
		assert_eq!(Datdot::hosted_contracts(gone), hosted_before);
		assert_ok!(Datdot::answer_accusation(
			RuntimeOrigin::signed(account(gone)),
			accusation,
			answer(accusation)
		));
		run_to_block(answer_by + 2);
		assert_eq!(Datdot::hosted_contracts(gone), hosted_before);
		check_invariants();
	});
}

/// Attack: retries as a weapon. Contracts nobody can serve wait; a provider that pauses and
/// unpauses every block starts a retry pass every block, and each pass ran a failing selection
/// for `MaxRetriesPerBlock` of them (8 a block, 320 in 40 blocks). A contract whose retries fail
/// backs off, `2^k` blocks after `k` failures: a handful of selections each.
#[test]
fn unfillable_contracts_back_off_however_often_providers_become_idle() {
	new_test_ext().execute_with(|| {
		providers(16);
		let feed = feed();
		let nowhere = crate::Region { geohash: b"zzz".to_vec().try_into().unwrap() };
		for _ in 0..4 {
			let mut plan = plan_form(feed, 2, 1000);
			plan.regions = vec![ComponentRef::New(nowhere.clone())].try_into().unwrap();
			publish(plan);
		}
		run_to_block(2);
		assert_eq!(crate::WaitingContracts::<Test>::get().len(), 8);
		let attacker = RuntimeOrigin::signed(101);
		let before = randomness_draws();
		for block in 3..=42 {
			assert_ok!(Datdot::pause(attacker.clone()));
			assert_ok!(Datdot::unpause(attacker.clone()));
			run_to_block(block);
			check_invariants();
		}
		let selections = randomness_draws() - before;
		assert!(selections <= 8 * 7, "{selections} selections for 8 contracts in 40 blocks");
		assert_eq!(crate::WaitingContracts::<Test>::get().len(), 8, "nothing lost");
	});
}

/// Attack: free state growth, by accounts. Every account that ever published a feed or
/// registered kept a user record (and its account lookup) for ever, paid by nobody: 20 accounts
/// publishing and removing a feed, or registering and unregistering, left 20 records each. A user
/// that holds nothing (no item, no registration, no suspension) is removed.
#[test]
fn accounts_that_hold_nothing_leave_no_record() {
	new_test_ext().execute_with(|| {
		let before = pallet_state_but_ids();
		let f = &fixture().feed;
		for n in 0..20u64 {
			let who = 500 + n;
			assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, 1_000));
			assert_ok!(Datdot::publish_feed(
				RuntimeOrigin::signed(who),
				f.key,
				f.discovery_key,
				f.trees[2].clone()
			));
			let feed = crate::FeedByKey::<Test>::get(f.key).unwrap();
			assert_ok!(Datdot::unpublish_feed(RuntimeOrigin::signed(who), feed));
			assert_ok!(register(who, form(1)));
			assert_ok!(Datdot::unregister(RuntimeOrigin::signed(who)));
			check_invariants();
		}
		assert_eq!(pallet_state_but_ids(), before, "no record of anyone is left");
	});
}

/// Attack: plans published together. Each plan's first budget check falls due at its start; had a
/// check counted as the plan's end it may be, a sponsor publishing many plans with one start would
/// take whole blocks' agenda budgets from the challenges. A check that leaves its plan running
/// counts as a budget check: with room for three of the heaviest tasks (fewer than the twenty
/// plans' ends), all twenty checks run in their block.
#[test]
fn plans_published_together_do_not_take_the_agenda() {
	use crate::WeightInfo;
	new_test_ext().execute_with(|| {
		let feed = feed();
		let plans: Vec<_> = (0..20).map(|_| publish(plan_form(feed, 5, 1000)).0).collect();
		let budget = <() as WeightInfo>::agenda_base() + Datdot::heaviest_task() * 3;
		assert!(!(Datdot::plan_end_weight(2) * 20).all_lte(budget));
		MaxAgendaWeight::set(&budget);
		run_to_block(5);
		let period: u64 = <Test as crate::Config>::StorageChallengeEvery::get();
		for plan in &plans {
			let escrow = crate::Escrows::<Test>::get(plan).unwrap();
			assert_eq!(escrow.check_at, 5 + period, "plan {plan} checked in block 5");
		}
		check_invariants();
	});
}
