//! Economics: budgets held in escrow and topped up, every payment path with its exact amount, the
//! budget checks and the grace period, refunds however a plan ends, prices set by governance,
//! fee-free reports, and the worked example (a 2-contract plan for a day at the runtime's
//! default prices).

use super::*;
use crate::{
	mock::*, weights::WeightInfo, ChunkProofOf, Error, Escrows, Event, HoldReason, PaidUntil,
	PlanEnd, Prices, PricesOf, Role,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{GetDispatchInfo, Pays},
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::DispatchError;

/// The weights the mock runtime charges.
type Weights = ();

/// `Paid` events emitted so far: (plan, provider, role, amount).
fn payments() -> Vec<(ItemId, ItemId, Role, Balance)> {
	testing::scan::<Test, _>(|e| match e {
		Event::Paid { plan, provider, role, amount } => Some((plan, provider, role, amount)),
		_ => None,
	})
}

/// What has been paid so far out of `plan`.
fn paid_by(plan: ItemId) -> Balance {
	payments().iter().filter(|p| p.0 == plan).map(|p| p.3).sum()
}

fn refunds() -> Vec<(ItemId, Balance)> {
	testing::scan::<Test, _>(|e| match e {
		Event::Refunded { plan, amount, .. } => Some((plan, amount)),
		_ => None,
	})
}

fn escrowed(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Escrow.into(), &who)
}

fn free(user: ItemId) -> Balance {
	Balances::balance(&account(user))
}

fn budget(plan: ItemId) -> Balance {
	Escrows::<Test>::get(plan).unwrap().budget
}

/// The one plan there is.
fn only_plan() -> ItemId {
	let plans: Vec<ItemId> = Escrows::<Test>::iter_keys().collect();
	assert_eq!(plans.len(), 1);
	plans[0]
}

/// 16 providers and BOB's reference plan (from 2 until `until`) with the budget `budget` picks
/// from its cost; its setups reported done in block 2. Returns the plan and its budget.
fn plan_with_budget(
	until: u64,
	budget: impl FnOnce(&crate::PlanCost<Balance>) -> Balance,
) -> (ItemId, Balance) {
	let feed = feed();
	providers(16);
	let form = plan_form(feed, 2, until);
	let budget = budget(&Datdot::plan_cost(&form).unwrap());
	assert_ok!(Datdot::publish_plan(RuntimeOrigin::signed(BOB), form, budget));
	run_to_block(2);
	for s in setups() {
		assert_ok!(report_success(&s));
	}
	(only_plan(), budget)
}

/// Chunks of the two reference contracts: `[[0,3],[5,8],[10,11]]` and `[[12,14]]`.
const CHUNKS: [u64; 2] = [10, 3];

#[test]
fn publishing_holds_the_budget_and_refuses_too_little() {
	new_test_ext().execute_with(|| {
		let feed = feed();
		let form = plan_form(feed, 2, 1000);
		let cost = Datdot::plan_cost(&form).unwrap();
		// Setups: 2 contracts x (attester 5 + 3 encoders x 5).
		assert_eq!(cost.setup, 40);
		// 13 chunks x 3 hosters x (hosting 1 + best bonus 1) per block.
		assert_eq!(cost.per_block, 78);
		// 6 positions x (a storage check 10 + a performance measurement 10) per period.
		assert_eq!(cost.audits_per_period, 120);
		// Setups and one period of 10 blocks.
		assert_eq!(cost.minimum, 40 + 780 + 120);
		// 998 blocks and the 100 periods they begin.
		assert_eq!(cost.total, 40 + 78 * 998 + 120 * 100);

		let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let low = Datdot::publish_plan(RuntimeOrigin::signed(BOB), form.clone(), cost.minimum - 1);
		assert_eq!(low, Err(Error::<Test>::BudgetTooLow.into()));
		assert_eq!(before, sp_io::storage::root(sp_runtime::StateVersion::V1));

		// Deposits affordable, the budget not.
		let carol = 4;
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), carol, 500));
		assert_noop!(
			Datdot::publish_plan(RuntimeOrigin::signed(carol), form.clone(), cost.minimum),
			Error::<Test>::CannotFund
		);

		let (plan, _) = publish(form);
		assert_eq!(escrowed(BOB), cost.total);
		assert_eq!(budget(plan), cost.total);
		check_invariants();
	});
}

#[test]
fn anyone_funds_a_plan_and_the_sponsor_gets_the_rest_back() {
	new_test_ext().execute_with(|| {
		let feed = feed();
		let (plan, _) = publish(plan_form(feed, 2, 1000));
		let held = escrowed(BOB);
		let alice = Balances::balance(&ALICE);
		assert_ok!(Datdot::fund_plan(RuntimeOrigin::signed(ALICE), plan, 5_000));
		System::assert_last_event(
			Event::PlanFunded { plan, funder: ALICE, amount: 5_000, budget: held + 5_000 }.into(),
		);
		assert_eq!(Balances::balance(&ALICE), alice - 5_000);
		assert_eq!(escrowed(BOB), held + 5_000);
		// The sponsor funds its own plan from its free balance.
		assert_ok!(Datdot::fund_plan(RuntimeOrigin::signed(BOB), plan, 1));
		assert_eq!(escrowed(BOB), held + 5_001);
		check_invariants();

		assert_noop!(
			Datdot::fund_plan(RuntimeOrigin::signed(ALICE), plan, 0),
			Error::<Test>::NothingToFund
		);
		assert_noop!(
			Datdot::fund_plan(RuntimeOrigin::signed(ALICE), 999, 10),
			Error::<Test>::UnknownPlan
		);
		assert_noop!(
			Datdot::fund_plan(RuntimeOrigin::signed(POOR), plan, 1_000),
			Error::<Test>::CannotFund
		);

		let bob = Balances::balance(&BOB);
		let deposits = Balances::balance_on_hold(&HoldReason::PlanDeposit.into(), &BOB)
			+ Balances::balance_on_hold(&HoldReason::ComponentDeposit.into(), &BOB);
		assert_ok!(Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), plan));
		assert_eq!(refunds(), vec![(plan, held + 5_001)]);
		assert_eq!(escrowed(BOB), 0);
		assert_eq!(Balances::balance(&BOB), bob + held + 5_001 + deposits);
		check_invariants();
	});
}

#[test]
fn a_done_setup_pays_its_attester_and_encoders() {
	new_test_ext().execute_with(|| {
		let (plan, _) = reference_setups(1000);
		for s in setups() {
			let parties: Vec<ItemId> = [s.attester].into_iter().chain(s.encoders.clone()).collect();
			let before: Vec<Balance> = parties.iter().map(|p| free(*p)).collect();
			let budget_before = budget(plan);
			let paid = payments().len();
			assert_ok!(report_success(&s));
			let mut expected = vec![(plan, s.attester, Role::Attester, 5)];
			expected.extend(s.encoders.iter().map(|e| (plan, *e, Role::Encoder, 5)));
			assert_eq!(payments()[paid..], expected[..]);
			for (p, was) in parties.iter().zip(before) {
				assert_eq!(free(*p), was + 5, "each party's free balance grew by its pay");
			}
			// The hosters are paid for proven hosting only, later.
			assert!(s.hosters.iter().all(|h| !expected.iter().any(|e| e.1 == *h)));
			assert_eq!(budget(plan), budget_before - 20);
		}
		assert_eq!(escrowed(BOB), budget(plan));
		check_invariants();
	});
}

#[test]
fn a_confirmed_challenge_pays_the_hoster_for_the_blocks_since_its_last_proof() {
	new_test_ext().execute_with(|| {
		let (plan, contracts) = reference_setups(1000);
		let s = setups();
		for setup in &s {
			assert_ok!(report_success(setup));
		}
		let chunks =
			|contract: ItemId| CHUNKS[contracts.iter().position(|c| *c == contract).unwrap()];
		// Hosting started at block 2; the first challenges at 12.
		run_to_block(12);
		for round in [12u64, 22] {
			let running: Vec<_> = testing::challenges::<Test>()
				.0
				.into_iter()
				.filter(|c| crate::StorageChallenges::<Test>::contains_key(c.id))
				.collect();
			assert!(!running.is_empty());
			for c in &running {
				let (hoster, attester) = (free(c.hoster), free(c.attester));
				let paid = payments().len();
				let before: Vec<_> = c
					.checks
					.iter()
					.map(|k| PaidUntil::<Test>::get(k.contract, c.hoster).unwrap())
					.collect();
				assert_ok!(prove(c));
				// The first check's contract pays: the hoster for the blocks since it was last
				// paid for it (hosting started at 2, or the round it came first: never the same
				// blocks twice; no grade yet, so no bonus), the attester 10 per check. The
				// report's work is one plan's, however many checks it carries.
				let first = c.checks[0].contract;
				let to_hoster = Balance::from(round - before[0]) * chunks(first);
				let expected = vec![
					(plan, c.hoster, Role::Hoster, to_hoster),
					(plan, c.attester, Role::Attester, 10 * c.checks.len() as Balance),
				];
				assert_eq!(payments()[paid..], expected[..], "round {round}");
				assert_eq!(free(c.hoster), hoster + to_hoster);
				assert_eq!(free(c.attester), attester + 10 * c.checks.len() as Balance);
				assert_eq!(crate::ProvenAt::<Test>::get(c.hoster), Some(round));
				// The other checks' contracts are proven too, and paid when they come first or
				// when the hoster leaves them.
				assert_eq!(PaidUntil::<Test>::get(first, c.hoster), Some(round));
				for (k, since) in c.checks.iter().zip(&before).skip(1) {
					assert_eq!(PaidUntil::<Test>::get(k.contract, c.hoster), Some(*since));
				}
			}
			check_invariants();
			run_to_block(22);
		}
	});
}

#[test]
fn a_hoster_leaving_a_contract_is_paid_up_to_its_last_proof_and_forfeits_the_rest() {
	new_test_ext().execute_with(|| {
		let (plan, contracts) = reference_setups(1000);
		for setup in &setups() {
			assert_ok!(report_success(setup));
		}
		run_to_block(12);
		// A hoster of both contracts proves at 12; the contract it was not paid for in that
		// report is paid up to 12 when its plan is withdrawn at 17, the 5 blocks since forfeited.
		let c = testing::challenges::<Test>()
			.0
			.into_iter()
			.find(|c| c.checks.len() == 2)
			.expect("a hoster of both contracts");
		assert_ok!(prove(&c));
		let second = c.checks[1].contract;
		assert_eq!(PaidUntil::<Test>::get(second, c.hoster), Some(2));
		run_to_block(17);
		let (hoster, paid) = (free(c.hoster), payments().len());
		assert_ok!(Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), plan));
		let chunks = CHUNKS[contracts.iter().position(|x| *x == second).unwrap()];
		let to_hoster: Vec<_> =
			payments()[paid..].iter().filter(|p| p.1 == c.hoster).cloned().collect();
		assert_eq!(to_hoster, vec![(plan, c.hoster, Role::Hoster, 10 * chunks)]);
		assert_eq!(free(c.hoster), hoster + 10 * chunks);
		assert_eq!(crate::ProvenAt::<Test>::get(c.hoster), None, "it hosts nothing any more");
		check_invariants();
	});
}

#[test]
fn a_performance_grade_scales_the_bonus_and_the_report_pays_its_attester() {
	new_test_ext().execute_with(|| {
		let (plan, contracts) = reference_setups(1000);
		for setup in &setups() {
			assert_ok!(report_success(setup));
		}
		run_to_block(12);
		answer_all();
		// The feed's performance challenge at 2 + 15.
		run_to_block(17);
		let (_, performance) = testing::challenges::<Test>();
		let p = performance.last().unwrap().clone();
		let attester = free(p.attester);
		let reports: Vec<_> = reached_all(p.id, &p.hosters)
			.into_iter()
			.map(|mut r| {
				if let crate::PerformanceResult::Reached { latency_ms, .. } = &mut r.result {
					// A grade of 0.95: 45 fiftieths of the bonus.
					*latency_ms = 150;
				}
				r
			})
			.collect();
		let paid = payments().len();
		assert_ok!(Datdot::submit_performance_proof(
			RuntimeOrigin::signed(account(p.attester)),
			p.id,
			reports.try_into().unwrap()
		));
		let reached = p.hosters.len() as Balance;
		assert_eq!(payments()[paid..], [(plan, p.attester, Role::Attester, 10 * reached)]);
		assert_eq!(free(p.attester), attester + 10 * reached);

		// The next round (22) pays 10 blocks at hosting 1 + 0.9 of the bonus 1 per chunk.
		run_to_block(22);
		let graded = p.hosters[0];
		let c = testing::challenges::<Test>()
			.0
			.into_iter()
			.rev()
			.find(|c| c.hoster == graded)
			.unwrap();
		let paid = payments().len();
		assert_ok!(prove(&c));
		let chunks =
			|contract: ItemId| CHUNKS[contracts.iter().position(|x| *x == contract).unwrap()];
		let to_hoster: Vec<Balance> =
			payments()[paid..].iter().filter(|e| e.2 == Role::Hoster).map(|e| e.3).collect();
		let expected: Vec<Balance> = c
			.checks
			.iter()
			.map(|k| 10 * chunks(k.contract) + 9 * chunks(k.contract))
			.collect();
		assert_eq!(to_hoster, expected);
		check_invariants();
	});
}

#[test]
fn a_done_replacement_pays_the_joining_hoster_its_encoder_and_attester() {
	new_test_ext().execute_with(|| {
		let (plan, _) = reference_setups(1000);
		let s = setups();
		for setup in &s {
			assert_ok!(report_success(setup));
		}
		assert_ok!(Datdot::drop_hoster(s[0].contract, s[0].hosters[0]));
		let r = replacements().pop().unwrap();
		let paid = payments().len();
		assert_ok!(report_replacement(&r));
		let mut expected = vec![(plan, r.attester, Role::Attester, 5)];
		expected.extend(r.encoders.iter().map(|e| (plan, *e, Role::Encoder, 5)));
		expected.extend(r.hosters.iter().map(|h| (plan, *h, Role::Hoster, 20)));
		assert_eq!(payments()[paid..], expected[..]);
		check_invariants();
	});
}

#[test]
fn an_answered_accusation_pays_the_hoster_and_an_upheld_one_the_attester() {
	new_test_ext().execute_with(|| {
		let (plan, _) = reference_setups(1000);
		for setup in &setups() {
			assert_ok!(report_success(setup));
		}
		run_to_block(12);
		let round = testing::challenges::<Test>().0;
		let (answered, upheld) = (&round[0], &round[1]);
		let setup_payments = payments().len();
		assert_ok!(report_unreachable(answered));
		assert_ok!(report_unreachable(upheld));
		assert_eq!(payments().len(), setup_payments, "an accusation pays nobody yet");

		// The hoster answers: paid for its proven blocks, the attester nothing.
		run_to_block(14);
		let (accusation, _) = accusation_of(answered.id, answered.hoster);
		let attester = free(answered.attester);
		let answer = proofs_of(answered.checks.iter().map(|k| k.index));
		assert_ok!(Datdot::answer_accusation(
			RuntimeOrigin::signed(account(answered.hoster)),
			accusation,
			answer
		));
		let answer_payments = &payments()[setup_payments..];
		assert!(answer_payments.iter().all(|p| p.1 == answered.hoster && p.2 == Role::Hoster));
		assert_eq!(answer_payments.len(), 1, "the first check's contract pays");
		assert_eq!(crate::ProvenAt::<Test>::get(answered.hoster), Some(14));
		assert_eq!(free(answered.attester), attester);

		// Unanswered: upheld at 12 + 10, the attester paid per check, the hoster not at all.
		let (accused, accuser) = (free(upheld.hoster), free(upheld.attester));
		let paid = payments().len();
		run_to_block(22);
		let new: Vec<_> = payments()[paid..]
			.iter()
			.filter(|p| p.1 == upheld.hoster || p.1 == upheld.attester)
			.cloned()
			.collect();
		let checks = upheld.checks.len() as Balance;
		assert_eq!(new, vec![(plan, upheld.attester, Role::Attester, 10 * checks)]);
		assert_eq!(free(upheld.hoster), accused);
		assert_eq!(free(upheld.attester), accuser + 10 * upheld.checks.len() as Balance);
		check_invariants();
	});
}

#[test]
fn a_plan_short_of_funds_is_announced_then_ends_with_a_refund() {
	new_test_ext().execute_with(|| {
		let (plan, minimum) = plan_with_budget(1000, |cost| cost.minimum);
		// The first check, at the start, found less than two periods: a grace period.
		System::assert_has_event(
			Event::PlanFundsLow { plan, budget: minimum, needed: 2 * (780 + 120), ends_at: 12 }
				.into(),
		);
		check_invariants();
		// Nobody funded it: it ends at the end of its grace period, the rest refunded.
		run_to_block(12);
		System::assert_has_event(
			Event::PlanEnded { plan, reason: PlanEnd::BudgetExhausted }.into(),
		);
		assert_eq!(refunds(), vec![(plan, minimum - paid_by(plan))]);
		assert_eq!(escrowed(BOB), 0);
		assert!(Escrows::<Test>::get(plan).is_none());
		check_invariants();
	});
}

#[test]
fn a_plan_funded_in_its_grace_period_goes_on() {
	new_test_ext().execute_with(|| {
		let (plan, minimum) = plan_with_budget(1000, |cost| cost.minimum);
		assert_eq!(Datdot::plan_funds(plan).unwrap().grace_until, Some(12));
		run_to_block(5);
		assert_ok!(Datdot::fund_plan(RuntimeOrigin::signed(ALICE), plan, 10_000));
		run_to_block(12);
		assert!(Escrows::<Test>::contains_key(plan), "the plan goes on");
		let funds = Datdot::plan_funds(plan).unwrap();
		assert_eq!(funds.grace_until, None);
		assert_eq!(funds.budget, minimum + 10_000 - paid_by(plan));
		// 10 blocks of every position hosted, at the most they can cost, not proven yet (the
		// challenges of block 12 are not answered).
		assert_eq!(funds.owed, 78 * 10);
		assert_eq!(funds.runway, (funds.budget - funds.owed) / 78);
		check_invariants();
	});
}

/// A budget check weighs the path it takes: one that finds the plan going on weighs a budget
/// check (and the read that tells), not the plan's end, so plans published together, whose checks
/// fall due together, don't take a block's agenda budget from the challenges; one that ends the
/// plan weighs its end.
#[test]
fn a_budget_check_weighs_the_path_it_takes() {
	let check = |plan| {
		let task = crate::Task::CheckBudget { plan };
		let worst = Datdot::task_weight(&task);
		testing::take_due::<Test>(task);
		(worst, Datdot::run_task(task, worst))
	};
	let going_on = <Weights as WeightInfo>::agenda_budget_check()
		.saturating_add(<Test as frame_system::Config>::DbWeight::get().reads(1));
	new_test_ext().execute_with(|| {
		let (plan, _) = plan_with_budget(1000, |cost| cost.total);
		run_to_block(12);
		let (worst, used) = check(plan);
		assert_eq!(used, going_on);
		assert!(used.all_lt(worst), "{used:?} is less than a plan's end, {worst:?}");
		assert!(Escrows::<Test>::contains_key(plan));
		check_invariants();
	});
	new_test_ext().execute_with(|| {
		let (plan, _) = plan_with_budget(1000, |cost| cost.minimum);
		run_to_block(11);
		System::set_block_number(12);
		let (worst, used) = check(plan);
		assert_eq!(used, worst);
		System::assert_has_event(
			Event::PlanEnded { plan, reason: PlanEnd::BudgetExhausted }.into(),
		);
		check_invariants();
	});
}

#[test]
fn a_plan_never_pays_more_than_its_budget() {
	new_test_ext().execute_with(|| {
		// Enough for about half the plan.
		let (plan, budget) = plan_with_budget(200, |cost| cost.total / 2);
		for block in 3..=200 {
			run_to_block(block);
			answer_all();
			check_invariants();
		}
		let ended = testing::scan::<Test, _>(|e| match e {
			Event::PlanEnded { plan: p, reason } if p == plan => Some(reason),
			_ => None,
		});
		assert_eq!(ended, vec![PlanEnd::BudgetExhausted], "it ended when its money did");
		let refunded: Balance = refunds().iter().map(|r| r.1).sum();
		assert!(paid_by(plan) <= budget);
		assert_eq!(paid_by(plan) + refunded, budget, "every unit paid out or refunded");
	});
}

#[test]
fn every_end_refunds_what_is_left() {
	for (reason, end) in
		[(PlanEnd::Finished, 0u8), (PlanEnd::Unpublished, 1), (PlanEnd::Expired, 2)]
	{
		new_test_ext().execute_with(|| {
			let feed = feed();
			if end != 2 {
				providers(16);
			}
			let form = plan_form(feed, 2, 100);
			let (plan, _) = publish(form.clone());
			let budget = total_cost(&form);
			run_to_block(2);
			for s in setups() {
				assert_ok!(report_success(&s));
			}
			match end {
				0 => run_to_block(100),
				1 => {
					assert_ok!(Datdot::unpublish_plan(RuntimeOrigin::signed(BOB), plan));
				},
				// No providers: the setup window (50 blocks) passes.
				_ => run_to_block(60),
			}
			System::assert_has_event(Event::PlanEnded { plan, reason }.into());
			// Attesters that missed reports were slashed to the budget.
			let slashed: Balance = slashes().iter().filter(|s| s.1 == plan).map(|s| s.2).sum();
			assert_eq!(refunds(), vec![(plan, budget + slashed - paid_by(plan))], "{reason:?}");
			assert_eq!(escrowed(BOB), 0);
			check_invariants();
		});
	}
}

#[test]
fn prices_are_set_by_governance_and_published_plans_keep_theirs() {
	new_test_ext().execute_with(|| {
		let feed = feed();
		let (old, _) = publish(plan_form(feed, 2, 100));
		let prices: PricesOf<Test> = Prices {
			hosting: 3,
			performance_bonus: 2,
			encoding: 6,
			replacement: 7,
			setup_report: 8,
			storage_report: 9,
			performance_report: 11,
		};
		assert_noop!(
			Datdot::set_prices(RuntimeOrigin::signed(ALICE), prices),
			DispatchError::BadOrigin
		);
		assert_ok!(Datdot::set_prices(RuntimeOrigin::root(), prices));
		System::assert_last_event(Event::PricesSet { prices }.into());
		let (new, _) = publish(plan_form(feed, 2, 100));
		assert_eq!(Escrows::<Test>::get(new).unwrap().prices, prices);
		assert_eq!(Escrows::<Test>::get(old).unwrap().prices, DefaultPrices::get());
		assert_eq!(Datdot::plan_cost(&plan_form(feed, 2, 100)).unwrap().per_block, 13 * 3 * 5);
		check_invariants();
	});
}

/// Accepted reports pay no fee and are charged, against the block, the weight of the path they
/// took, not the heaviest one they declared.
#[test]
fn accepted_reports_are_fee_free_and_rejected_ones_are_not() {
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let s = setups();
		let attester = RuntimeOrigin::signed(account(s[0].attester));
		let signatures = contact_signatures(s[0].amendment, &s[0].hosters);
		let rejected = Datdot::hosting_setup_report(
			RuntimeOrigin::signed(ALICE),
			s[0].amendment,
			Default::default(),
			signatures.clone(),
		);
		assert_eq!(rejected.unwrap_err().post_info.pays_fee, Pays::Yes);
		let accepted =
			Datdot::hosting_setup_report(attester, s[0].amendment, Default::default(), signatures);
		let accepted = accepted.unwrap();
		assert_eq!(accepted.pays_fee, Pays::No);
		assert_eq!(accepted.actual_weight, Some(Weights::hosting_setup_report()));
		assert_ok!(report_success(&s[1]));
		run_to_block(12);
		let [c, d] = [0, 1].map(|i| testing::challenges::<Test>().0[i].clone());
		let (proofs, attester) = (proofs(&c), RuntimeOrigin::signed(account(c.attester)));
		let call = crate::Call::<Test>::submit_storage_proof {
			challenge: c.id,
			proof_of_contact: contact(&c),
			proofs: proofs.clone(),
		};
		let declared = call.get_dispatch_info().call_weight;
		let proved = Datdot::submit_storage_proof(attester, c.id, contact(&c), proofs.clone());
		let proved = proved.unwrap();
		assert_eq!(proved.pays_fee, Pays::No);
		let p = proofs.as_ref().unwrap();
		let size = |f: fn(&ChunkProofOf<Test>) -> u32| p.chunks.iter().map(f).sum();
		let checks = Weights::submit_storage_proof(
			p.chunks.len() as u32,
			size(|c| c.data.len() as u32),
			size(|c| c.path.len() as u32),
		);
		assert_eq!(proved.actual_weight, Some(checks));
		assert!(checks.all_lte(declared));
		let accused = Datdot::submit_storage_proof(
			RuntimeOrigin::signed(account(d.attester)),
			d.id,
			None,
			None,
		);
		assert_eq!(accused.unwrap().actual_weight, Some(Weights::submit_storage_proof_failed(1)));
		check_invariants();
	});
}

/// The worked example: the reference plan (2 contracts, 13 chunks, 3 hosters each) for one day
/// (14,400 blocks of 6 s) at the runtime's default prices and cadence (a storage and a
/// performance challenge every 600 blocks, up to 16 hosters measured by each performance
/// challenge), every challenge proved, every hoster at the best grade.
#[test]
fn worked_example_a_day_of_the_reference_plan_at_default_prices() {
	new_test_ext().execute_with(|| {
		const DAT: Balance = 1_000_000_000_000;
		let prices: PricesOf<Test> = Prices {
			hosting: 50 * DAT / 6_000,
			performance_bonus: 50 * DAT / 6_000,
			encoding: 5 * DAT,
			replacement: 20 * DAT,
			setup_report: 5 * DAT,
			storage_report: 10 * DAT,
			performance_report: 10 * DAT,
		};
		assert_ok!(Datdot::set_prices(RuntimeOrigin::root(), prices));
		StorageChallengeEvery::set(&600);
		PerformanceChallengeEvery::set(&600);
		MaxHostersPerPerformanceChallenge::set(&16);
		let feed = feed();
		providers(16);
		let (from, until) = (2, 2 + 14_400);
		let form = plan_form(feed, from, until);
		let cost = Datdot::plan_cost(&form).unwrap();
		let hosting_per_block = 13 * 3 * (prices.hosting + prices.performance_bonus);
		assert_eq!(cost.per_block, hosting_per_block);
		assert_eq!(cost.setup, 2 * (5 + 3 * 5) * DAT);
		assert_eq!(cost.audits_per_period, 6 * 20 * DAT);
		assert_eq!(
			cost.total,
			cost.setup + hosting_per_block * 14_400 + cost.audits_per_period * 24
		);
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), BOB, 2 * cost.total));
		assert_ok!(Datdot::publish_plan(RuntimeOrigin::signed(BOB), form, cost.total));
		let plan = only_plan();
		run_to_block(from);
		let s = setups();
		for setup in &s {
			assert_ok!(report_success(setup));
		}
		// Every 600 blocks: the performance challenges first (so every proof earns the full
		// bonus), then the storage challenges.
		let mut block = from;
		while block + 600 < until {
			block += 600;
			run_to_block(block);
			for (id, c) in crate::PerformanceChallenges::<Test>::iter().collect::<Vec<_>>() {
				assert_ok!(Datdot::submit_performance_proof(
					RuntimeOrigin::signed(account(c.attester)),
					id,
					reached_all(id, &c.hosters).try_into().unwrap()
				));
			}
			answer_all();
		}
		run_to_block(until);
		System::assert_has_event(Event::PlanEnded { plan, reason: PlanEnd::Finished }.into());

		let by_role = |role: Role| -> Balance {
			payments().iter().filter(|p| p.0 == plan && p.2 == role).map(|p| p.3).sum()
		};
		// Each hoster is paid for 23 periods (13,800 blocks) of proven hosting; the last 599
		// blocks before the end were never proven, so they are not paid.
		let rate = prices.hosting + prices.performance_bonus;
		let proven = 23 * 600;
		assert_eq!(by_role(Role::Hoster), 3 * 13 * rate * proven);
		// 2 setups x 3 encoders.
		assert_eq!(by_role(Role::Encoder), 6 * 5 * DAT);
		// Attesters: 2 setup reports, 23 rounds of 6 checks, and 23 performance reports
		// measuring each of the feed's hosters.
		let hosters: std::collections::BTreeSet<ItemId> =
			s.iter().flat_map(|x| x.hosters.clone()).collect();
		let measured = hosters.len() as Balance;
		assert_eq!(
			by_role(Role::Attester),
			2 * 5 * DAT + 23 * 6 * 10 * DAT + 23 * measured * 10 * DAT
		);
		let paid = paid_by(plan);
		assert_eq!(refunds(), vec![(plan, cost.total - paid)]);
		assert_eq!(escrowed(BOB), 0);
		// Printed for the docs: what the sponsor paid, what each role earned, in DAT.
		let dat = |x: Balance| x as f64 / DAT as f64;
		println!(
			"budget {:.4} DAT; paid {:.4} (hosters {:.4}, encoders {:.4}, attesters {:.4}); refunded {:.4}",
			dat(cost.total),
			dat(paid),
			dat(by_role(Role::Hoster)),
			dat(by_role(Role::Encoder)),
			dat(by_role(Role::Attester)),
			dat(cost.total - paid),
		);
		check_invariants();
	});
}

/// `Slashed` events emitted so far: (provider, plan, amount).
fn slashes() -> Vec<(ItemId, ItemId, Balance)> {
	testing::scan::<Test, _>(|e| match e {
		Event::Slashed { provider, plan, amount } => Some((provider, plan, amount)),
		_ => None,
	})
}

/// A tenth of a full stake of 50 + 10 per job, 2 jobs per role.
const SLASH: Balance = (50 + 10 * 6) / 10;

fn stake(user: ItemId) -> Balance {
	Datdot::provider_funds(user).unwrap().stake
}

#[test]
fn the_stake_grows_with_the_capacity_offered() {
	new_test_ext().execute_with(|| {
		let (who, user) = provider(1);
		assert_eq!(held(who), 110);
		assert_eq!(
			Datdot::provider_funds(user).unwrap(),
			crate::ProviderFunds { stake: 110, full_stake: 110, earned: 0 }
		);
		let mut bigger = form(1);
		bigger.capacity = crate::PerRole { encoder: 4, hoster: 4, attester: 4 };
		assert_ok!(Datdot::register_for_work(RuntimeOrigin::signed(who), bigger.clone(), None));
		assert_eq!((held(who), stake(user)), (170, 170));
		assert_ok!(Datdot::register_for_work(RuntimeOrigin::signed(who), form(1), None));
		assert_eq!((held(who), stake(user)), (110, 110));
		// More capacity than the provider can stake for is refused; the registration stays.
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, 30));
		assert_noop!(
			Datdot::register_for_work(RuntimeOrigin::signed(who), bigger, None),
			Error::<Test>::CannotHoldDeposit
		);
		check_invariants();
	});
}

#[test]
fn an_attester_that_misses_a_setup_report_is_slashed_to_the_plan() {
	new_test_ext().execute_with(|| {
		let (plan, _) = reference_setups(1000);
		let s = setups();
		let budget_before = budget(plan);
		// Nobody reports: the deadline (2 + 5) passes.
		run_to_block(7);
		let mut slashed: Vec<_> = slashes();
		slashed.sort();
		let mut expected: Vec<_> = s.iter().map(|x| (x.attester, plan, SLASH)).collect();
		expected.sort();
		assert_eq!(slashed, expected);
		assert_eq!(budget(plan), budget_before + 2 * SLASH);
		for x in &s {
			assert_eq!(stake(x.attester), 110 - SLASH);
			assert_eq!(held(account(x.attester)), 110 - SLASH);
		}
		assert_eq!(escrowed(BOB), budget(plan));
		check_invariants();
	});
}

#[test]
fn a_setup_failure_on_the_attesters_word_slashes_nobody() {
	new_test_ext().execute_with(|| {
		reference_setups(1000);
		let s = setups()[0].clone();
		let failed = vec![crate::ProviderRef::Id(s.hosters[0])].try_into().unwrap();
		assert_ok!(Datdot::hosting_setup_report(
			RuntimeOrigin::signed(account(s.attester)),
			s.amendment,
			failed,
			Default::default()
		));
		assert!(slashes().is_empty());
		assert_eq!(stake(s.hosters[0]), 110);
		check_invariants();
	});
}

#[test]
fn attesters_that_miss_a_challenge_report_are_slashed() {
	new_test_ext().execute_with(|| {
		hosted(1000);
		let plan = only_plan();
		// Storage challenges at 12, unanswered: timed out at 17; the feed's performance
		// challenge at 17, unanswered: timed out at 22.
		run_to_block(12);
		let storage: Vec<ItemId> =
			testing::challenges::<Test>().0.iter().map(|c| c.attester).collect();
		run_to_block(17);
		let performance = testing::challenges::<Test>().1[0].clone();
		for attester in &storage {
			assert!(slashes().iter().any(|s| s.0 == *attester && s.1 == plan), "storage attester");
		}
		run_to_block(22);
		assert!(
			slashes().iter().any(|s| s.0 == performance.attester && s.1 == plan),
			"performance attester"
		);
		check_invariants();
	});
}

#[test]
fn an_accusation_alone_slashes_nobody_an_upheld_or_disproved_one_does() {
	new_test_ext().execute_with(|| {
		hosted(1000);
		let plan = only_plan();
		run_to_block(12);
		let round = testing::challenges::<Test>().0;
		let (answered, upheld) = (round[0].clone(), round[1].clone());
		assert_ok!(report_unreachable(&answered));
		assert_ok!(report_unreachable(&upheld));
		// Every other challenge answered: no missed report slashes anybody meanwhile.
		for c in &round[2..] {
			assert_ok!(prove(c));
		}
		run_to_block(14);
		assert!(slashes().is_empty(), "an attester's word slashes nobody");
		// Disproved: the accuser is slashed.
		let (accusation, _) = accusation_of(answered.id, answered.hoster);
		let answer = proofs_of(answered.checks.iter().map(|k| k.index));
		assert_ok!(Datdot::answer_accusation(
			RuntimeOrigin::signed(account(answered.hoster)),
			accusation,
			answer
		));
		assert_eq!(slashes(), vec![(answered.attester, plan, SLASH)]);
		run_to_block(17);
		answer_all();
		// Unanswered by 12 + 10: the hoster is slashed.
		run_to_block(22);
		assert!(slashes().contains(&(upheld.hoster, plan, SLASH)));
		assert!(!slashes().iter().any(|s| s.0 == answered.hoster));
		check_invariants();
	});
}

#[test]
fn a_hoster_paused_past_the_limit_is_slashed_and_takes_no_work_until_it_tops_up() {
	new_test_ext().execute_with(|| {
		let hoster = hosted(1000)[0].hosters[0];
		let plan = only_plan();
		let who = account(hoster);
		assert_ok!(Datdot::pause(RuntimeOrigin::signed(who)));
		// MaxPauseBlocks (100) later.
		run_to_block(2 + 100);
		let of_hoster: Vec<_> = slashes().into_iter().filter(|s| s.0 == hoster).collect();
		assert_eq!(of_hoster, vec![(hoster, plan, SLASH)]);
		assert_eq!(stake(hoster), 110 - SLASH);
		// Unpaused, it is still short of stake: no idle queue takes it.
		assert_ok!(Datdot::unpause(RuntimeOrigin::signed(who)));
		assert!(crate::IdleIn::<Test>::get(hoster).is_empty());
		check_invariants();
		// Registering again holds the slashed part again.
		assert_ok!(Datdot::register_for_work(
			RuntimeOrigin::signed(who),
			form(seed_of(hoster)),
			None
		));
		assert_eq!((stake(hoster), held(who)), (110, 110));
		assert!(!crate::IdleIn::<Test>::get(hoster).is_empty());
		check_invariants();
	});
}
