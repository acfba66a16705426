//! Random call sequences: every call, by 22 accounts, with reports right and wrong, blocks
//! passing (timeouts, challenges, plan ends). After every step the pallet's invariants hold
//! (`do_try_state`: idle queues, bookings, agenda, deposits, ...), and a call that fails changed
//! nothing. A failing sequence prints its seed; `SEQUENCE_SEED=n` runs that one alone, and
//! `SEQUENCES=n` runs `n` sequences per test function instead of 125.

use super::*;
use crate::{
	mock::*, Accusations, AmendmentKind, AmendmentStatus, Amendments, PerRole,
	PerformanceChallenges, PerformanceReport, PerformanceResult, Plans, ProviderRef,
	StorageChallenges,
};
use frame_support::dispatch::DispatchResult;

/// Sequences per test function, and test functions (the test runner runs them side by side).
const SEQUENCES: u64 = 125;
const STEPS: usize = 200;

/// SplitMix64: small, fast, and the same on every machine.
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
		z ^ (z >> 31)
	}

	fn below(&mut self, n: u64) -> u64 {
		if n == 0 {
			0
		} else {
			self.next() % n
		}
	}

	fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}

	fn pick<T: Clone>(&mut self, items: &[T]) -> Option<T> {
		(!items.is_empty()).then(|| items[self.below(items.len() as u64) as usize].clone())
	}
}

/// Provider key seeds (accounts `100 + seed`).
const PROVIDERS: u8 = 18;
/// Publishers and sponsors.
const USERS: [AccountId; 4] = [ALICE, BOB, 4, 5];

fn state_root() -> Vec<u8> {
	sp_io::storage::root(sp_runtime::StateVersion::V1)
}

fn register_random(rng: &mut Rng, seed: u8) -> DispatchResult {
	let now = System::block_number();
	let mut f = form(seed);
	f.capacity = PerRole {
		encoder: rng.below(4) as u32,
		hoster: rng.below(4) as u32,
		attester: rng.below(4) as u32,
	};
	if rng.chance(20) {
		f.from = now + rng.below(10);
	}
	if rng.chance(20) {
		f.until = Some(now + rng.below(200));
	}
	if rng.chance(10) {
		f.storage = rng.below(30 * 65536);
	}
	if rng.chance(15) {
		f.region = b"s00000".to_vec().try_into().unwrap();
	}
	register(100 + seed as AccountId, f)
}

fn publish_random(rng: &mut Rng) -> DispatchResult {
	let who = rng.pick(&USERS).unwrap();
	let f = &fixture().feed;
	let tree = f.trees[rng.below(f.trees.len() as u64) as usize].clone();
	Datdot::publish_feed(RuntimeOrigin::signed(who), f.key, f.discovery_key, tree)
}

fn unpublish_feed_random(rng: &mut Rng) -> DispatchResult {
	let who = rng.pick(&USERS).unwrap();
	let feed = crate::FeedByKey::<Test>::get(fixture().feed.key).unwrap_or(0);
	Datdot::unpublish_feed(RuntimeOrigin::signed(who), feed)
}

fn publish_plan_random(rng: &mut Rng) -> DispatchResult {
	let who = rng.pick(&USERS).unwrap();
	let feed = crate::FeedByKey::<Test>::get(fixture().feed.key).unwrap_or(0);
	let now = System::block_number();
	let from = now + rng.below(20);
	let until = from + 1 + rng.below(150);
	let ranges: &[&[(u64, u64)]] =
		&[&[(0, 3), (5, 8), (10, 14)], &[(0, 15)], &[(2, 2)], &[(0, 20)]];
	let mut form = testing::plan_form::<Test>(feed, ranges[rng.below(4) as usize], from, until);
	if rng.chance(20) {
		form.regions =
			vec![ComponentRef::New(crate::Region { geohash: b"u33".to_vec().try_into().unwrap() })]
				.try_into()
				.unwrap();
	}
	// Too little, just enough, all of it or more; what the chain would refuse for a bad form.
	let budget = Datdot::plan_cost(&form).map_or(0, |cost| match rng.below(4) {
		0 => cost.minimum.saturating_sub(1),
		1 => cost.minimum,
		2 => cost.total,
		_ => cost.total.saturating_mul(2),
	});
	Datdot::publish_plan(RuntimeOrigin::signed(who), form, budget)
}

fn set_prices_random(rng: &mut Rng) -> DispatchResult {
	let scale = 1 + rng.below(3);
	let prices = crate::Prices {
		hosting: scale,
		performance_bonus: rng.below(3),
		encoding: 5 * scale,
		replacement: 20,
		setup_report: 5,
		storage_report: 10 * scale,
		performance_report: 10,
	};
	let origin = if rng.chance(80) { RuntimeOrigin::root() } else { RuntimeOrigin::signed(ALICE) };
	Datdot::set_prices(origin, prices)
}

/// Governance changes a timing parameter: what is scheduled keeps its block, what is scheduled
/// next uses the new value. Or the randomness source changes how often it changes (every block,
/// or once an epoch of a few blocks): selections wait for it.
fn set_timing_random(rng: &mut Rng) -> DispatchResult {
	use crate::mock::{
		DisputeWindow, MaxPauseBlocks, PerformanceChallengeEvery, PlanSetupWindow, ReportTimeout,
		StorageChallengeEvery,
	};
	match rng.below(7) {
		0 => ReportTimeout::set(&(2 + rng.below(7))),
		1 => StorageChallengeEvery::set(&(1 + rng.below(20))),
		2 => PerformanceChallengeEvery::set(&(1 + rng.below(20))),
		3 => DisputeWindow::set(&(1 + rng.below(15))),
		4 => PlanSetupWindow::set(&(10 + rng.below(50))),
		5 => crate::mock::set_randomness_epoch(1 + rng.below(12)),
		_ => MaxPauseBlocks::set(&(1 + rng.below(120))),
	}
	Ok(())
}

fn fund_plan_random(rng: &mut Rng) -> DispatchResult {
	let who = rng.pick(&USERS).unwrap();
	let plan = rng.pick(&Plans::<Test>::iter_keys().collect::<Vec<_>>()).unwrap_or(0);
	// Nothing, some, or more than anyone has.
	let amount = [0, 1 + rng.below(5_000), 10_000_000][rng.below(3) as usize];
	Datdot::fund_plan(RuntimeOrigin::signed(who), plan, amount)
}

fn unpublish_plan_random(rng: &mut Rng) -> DispatchResult {
	let plans: Vec<_> = Plans::<Test>::iter().collect();
	let Some((id, plan)) = rng.pick(&plans) else { return Ok(()) };
	let who = if rng.chance(80) { account(plan.sponsor) } else { rng.pick(&USERS).unwrap() };
	Datdot::unpublish_plan(RuntimeOrigin::signed(who), id)
}

fn amendment_report_random(rng: &mut Rng) -> DispatchResult {
	let open: Vec<_> = Amendments::<Test>::iter()
		.filter(|(_, a)| a.status == AmendmentStatus::InProgress)
		.collect();
	let Some((id, a)) = rng.pick(&open) else { return Ok(()) };
	let setup = Setup {
		amendment: id,
		contract: a.contract,
		attester: a.attester,
		encoders: a.encoders.to_vec(),
		hosters: a.hosters.to_vec(),
		retry: false,
	};
	let report = match a.kind {
		AmendmentKind::HosterReplacement => Datdot::hoster_replacement_report,
		_ => Datdot::hosting_setup_report,
	};
	let parties = a.parties();
	outcome(match rng.below(4) {
		// Right: done, with every hoster's proof of contact.
		0 | 1 => report(
			RuntimeOrigin::signed(account(a.attester)),
			id,
			Default::default(),
			contact_signatures(id, &setup.hosters),
		),
		// A party failed.
		2 => {
			let failed = ProviderRef::Id(rng.pick(&parties).unwrap());
			report(
				RuntimeOrigin::signed(account(a.attester)),
				id,
				vec![failed].try_into().unwrap(),
				Default::default(),
			)
		},
		// Wrong: not the attester, or no signatures.
		_ => {
			let who = if rng.chance(50) { account(rng.pick(&parties).unwrap()) } else { ALICE };
			report(RuntimeOrigin::signed(who), id, Default::default(), Default::default())
		},
	})
}

fn storage_report_random(rng: &mut Rng) -> DispatchResult {
	let running: Vec<_> = StorageChallenges::<Test>::iter().collect();
	let Some((id, c)) = rng.pick(&running) else { return Ok(()) };
	let issued = StorageChallengeIssued {
		id,
		hoster: c.hoster,
		attester: c.attester,
		checks: c.checks.to_vec(),
	};
	let attester = RuntimeOrigin::signed(account(c.attester));
	match rng.below(5) {
		0 | 1 => prove(&issued),
		2 => outcome(Datdot::submit_storage_proof(attester, id, None, None)),
		3 => outcome(Datdot::submit_storage_proof(attester, id, contact(&issued), None)),
		_ => {
			let mut wrong = proofs(&issued).unwrap();
			wrong.chunks[0] = proof((c.checks[0].index + 1) % 17);
			outcome(Datdot::submit_storage_proof(attester, id, contact(&issued), Some(wrong)))
		},
	}
}

fn performance_report_random(rng: &mut Rng) -> DispatchResult {
	let running: Vec<_> = PerformanceChallenges::<Test>::iter().collect();
	let Some((id, c)) = rng.pick(&running) else { return Ok(()) };
	let mut reports = reached_all(id, &c.hosters);
	for r in reports.iter_mut() {
		if rng.chance(25) {
			*r = PerformanceReport { hoster: r.hoster, result: PerformanceResult::Unreachable };
		}
	}
	if rng.chance(10) {
		reports.pop();
	}
	let who = if rng.chance(90) { account(c.attester) } else { ALICE };
	let reports = reports.try_into().unwrap();
	outcome(Datdot::submit_performance_proof(RuntimeOrigin::signed(who), id, reports))
}

fn answer_random(rng: &mut Rng) -> DispatchResult {
	let open: Vec<_> = Accusations::<Test>::iter().collect();
	let Some((id, a)) = rng.pick(&open) else { return Ok(()) };
	let mut answer = proofs_of(a.checks.iter().map(|k| k.index));
	if rng.chance(20) && !answer.chunks.is_empty() {
		answer.chunks[0] = proof((a.checks[0].index + 1) % 17);
	}
	let who = if rng.chance(90) { account(a.hoster) } else { account(a.attester) };
	outcome(Datdot::answer_accusation(RuntimeOrigin::signed(who), id, answer))
}

/// One random step: a call (checked to change nothing if it fails) or blocks passing.
fn step(rng: &mut Rng) {
	let seed = 1 + rng.below(PROVIDERS as u64) as u8;
	let who = 100 + seed as AccountId;
	let root = state_root();
	let result = match rng.below(100) {
		0..=11 => register_random(rng, seed),
		12..=15 => Datdot::unregister(RuntimeOrigin::signed(who)),
		16..=19 => Datdot::pause(RuntimeOrigin::signed(who)),
		20..=23 => Datdot::unpause(RuntimeOrigin::signed(who)),
		24..=27 => publish_random(rng),
		28..=29 => unpublish_feed_random(rng),
		30..=37 => publish_plan_random(rng),
		38..=40 => unpublish_plan_random(rng),
		41..=55 => amendment_report_random(rng),
		56..=65 => storage_report_random(rng),
		66..=72 => performance_report_random(rng),
		73..=78 => answer_random(rng),
		79..=81 => fund_plan_random(rng),
		82 => set_prices_random(rng),
		83 => set_timing_random(rng),
		_ => {
			run_to_block(System::block_number() + 1 + rng.below(8));
			Ok(())
		},
	};
	if result.is_err() {
		assert_eq!(state_root(), root, "a failed call changed nothing: {result:?}");
	}
	check_invariants();
}

fn run_sequence(seed: u64) {
	new_test_ext().execute_with(|| {
		for who in USERS.into_iter().chain((1..=PROVIDERS).map(|s| 100 + s as AccountId)) {
			assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, 1_000_000));
		}
		let mut rng = Rng(seed);
		for _ in 0..STEPS {
			step(&mut rng);
		}
	});
}

fn run_sequences(part: u64) {
	if let Some(seed) = std::env::var("SEQUENCE_SEED").ok().and_then(|s| s.parse().ok()) {
		if part == 0 {
			run_sequence(seed);
		}
		return;
	}
	let n: u64 = std::env::var("SEQUENCES")
		.ok()
		.and_then(|s| s.parse().ok())
		.unwrap_or(SEQUENCES);
	for seed in part * SEQUENCES..part * SEQUENCES + n {
		let outcome = std::panic::catch_unwind(|| run_sequence(seed));
		assert!(outcome.is_ok(), "sequence {seed} failed (SEQUENCE_SEED={seed} runs it alone)");
	}
}

#[test]
fn random_sequences_0() {
	run_sequences(0);
}

#[test]
fn random_sequences_1() {
	run_sequences(1);
}

#[test]
fn random_sequences_2() {
	run_sequences(2);
}

#[test]
fn random_sequences_3() {
	run_sequences(3);
}

#[test]
fn random_sequences_4() {
	run_sequences(4);
}

#[test]
fn random_sequences_5() {
	run_sequences(5);
}

#[test]
fn random_sequences_6() {
	run_sequences(6);
}

#[test]
fn random_sequences_7() {
	run_sequences(7);
}
