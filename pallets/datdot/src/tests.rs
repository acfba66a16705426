//! Tests of the pallet's calls on the mock runtime.
//!
//! The scenario steps the test files share live here, in one place; builders and event scanners
//! shared with the benchmarks live in [`crate::testing`].

mod attacks;
mod challenges;
mod economics;
mod errors;
mod feeds;
mod hosting;
#[cfg(feature = "storage-v2")]
mod migrations;
mod performance;
mod plans;
mod population;
mod priority;
mod randomness;
mod replacement;
mod sequences;
mod work;

use crate::{
	mock::*, testing, ChunkProofOf, ChunkProofsOf, ComponentRef, Event, HoldReason, Performance,
	PlanFormOf, Timetable, Users, WorkForm,
};
use datdot_primitives::{fixtures, ItemId};
use frame_support::{assert_ok, traits::fungible::InspectHold, BoundedVec};
use sp_core::Pair;

pub use testing::{ranges, PerformanceChallengeIssued, Setup, StorageChallengeIssued};

/// Each hoster's proof of contact for `amendment`.
pub fn contact_signatures(
	amendment: ItemId,
	hosters: &[ItemId],
) -> BoundedVec<
	crate::ContactSignature,
	frame_support::traits::ConstU32<{ crate::HOSTERS_PER_CONTRACT }>,
> {
	testing::contact_signatures::<Test>(amendment, hosters)
}

/// A new dataset of `feed` with the inclusive chunk ranges `v`.
pub fn dataset(
	feed: ItemId,
	v: &[(u64, u64)],
) -> ComponentRef<crate::Dataset<<Test as crate::Config>::MaxRangesPerDataset>> {
	testing::dataset::<Test>(feed, v)
}

/// The hosting setups (first or retried) emitted so far, in order.
pub fn setups() -> Vec<Setup> {
	testing::setups::<Test>()
}

/// The hoster replacements emitted so far, in order.
pub fn replacements() -> Vec<Setup> {
	testing::replacements::<Test>()
}

/// The accusation of `hoster` that challenge `challenge` led to: its id and `answer_by` block.
pub fn accusation_of(challenge: ItemId, hoster: ItemId) -> (ItemId, u64) {
	testing::scan::<Test, _>(|e| match e {
		Event::HosterAccused { accusation, challenge: c, hoster: h, answer_by, .. }
			if c == challenge && h == hoster =>
		{
			Some((accusation, answer_by))
		},
		_ => None,
	})
	.pop()
	.expect("an accusation")
}

/// A call's outcome without its post-dispatch info.
pub fn outcome(
	result: frame_support::dispatch::DispatchResultWithPostInfo,
) -> frame_support::dispatch::DispatchResult {
	result.map(|_| ()).map_err(|e| e.error)
}

/// State that must hold after every step: the pallet's invariants (`do_try_state`).
pub fn check_invariants() {
	assert_ok!(Datdot::do_try_state());
}

/// Registers `n` providers (accounts 100.., key seeds 1..) with capacity 2 per role.
pub fn providers(n: u8) -> Vec<(AccountId, ItemId)> {
	(1..=n).map(provider).collect()
}

/// Registers provider `seed` (account `100 + seed`).
pub fn provider(seed: u8) -> (AccountId, ItemId) {
	let who = 100 + seed as AccountId;
	assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, 1_000_000));
	assert_ok!(register(who, form(seed)));
	(who, crate::UserByAccount::<Test>::get(who).unwrap())
}

/// The seed of a provider's keys, from its user id.
pub fn seed_of(user: ItemId) -> u8 {
	let account = Users::<Test>::get(user).unwrap().account;
	(account - 100) as u8
}

/// The signing key pair of the provider made with `form(seed)`.
pub fn signer(seed: u8) -> sp_core::ed25519::Pair {
	sp_core::ed25519::Pair::from_seed(&[seed; 32])
}

/// `who` registers `form`, with a proof of possession of its signing key if the keystore has it.
pub fn register(who: AccountId, form: WorkForm<u64>) -> frame_support::dispatch::DispatchResult {
	let proof = testing::proof_of_possession::<Test>(&who, &form.signing_key);
	Datdot::register_for_work(RuntimeOrigin::signed(who), form, proof)
}

/// Provider `seed`'s registration; its signing key (`signer(seed)`) goes into the keystore.
pub fn form(seed: u8) -> WorkForm<u64> {
	let signing_key = testing::keystore_key(Some([seed; 32]));
	assert_eq!(signing_key, signer(seed).public().0);
	testing::work_form::<Test>(signing_key, [seed.wrapping_add(128); 32])
}

pub fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Stake.into(), &who)
}

/// ALICE publishes the 17-block fixture feed; returns its id.
pub fn feed() -> ItemId {
	let f = &fixture().feed;
	assert_ok!(Datdot::publish_feed(
		RuntimeOrigin::signed(ALICE),
		f.key,
		f.discovery_key,
		f.trees[2].clone()
	));
	crate::FeedByKey::<Test>::get(f.key).unwrap()
}

/// What the whole of `form` costs at the current prices.
pub fn total_cost(form: &PlanFormOf<Test>) -> Balance {
	Datdot::plan_cost(form).unwrap().total
}

/// BOB publishes `form` with a budget for all of it; returns the plan id and its contracts.
pub fn publish(form: PlanFormOf<Test>) -> (ItemId, Vec<ItemId>) {
	let budget = total_cost(&form);
	assert_ok!(Datdot::publish_plan(RuntimeOrigin::signed(BOB), form, budget));
	let event = System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Datdot(Event::PlanPublished { plan, contracts, .. }) => {
				Some((plan, contracts.into_inner()))
			},
			_ => None,
		})
		.unwrap();
	event
}

/// The reference plan: `[[0,3],[5,8],[10,14]]` of `feed`, from `from` until `until`.
pub fn plan_form(feed: ItemId, from: u64, until: u64) -> PlanFormOf<Test> {
	let mut form = testing::plan_form::<Test>(feed, &[(0, 3), (5, 8), (10, 14)], from, until);
	form.performances =
		vec![ComponentRef::New(Performance { latency_ms: 200, bandwidth_kbps: 1000 })]
			.try_into()
			.unwrap();
	form.timetables = vec![ComponentRef::New(Timetable { duration: 0, interval: 0, repeat: 0 })]
		.try_into()
		.unwrap();
	form
}

pub fn account(user: ItemId) -> AccountId {
	Users::<Test>::get(user).unwrap().account
}

/// The attester of `s` reports it done, with every hoster's proof of contact.
pub fn report_success(s: &Setup) -> frame_support::dispatch::DispatchResult {
	report_done(s, Datdot::hosting_setup_report)
}

/// The attester of replacement `s` reports it done, with every new hoster's proof of contact.
pub fn report_replacement(s: &Setup) -> frame_support::dispatch::DispatchResult {
	report_done(s, Datdot::hoster_replacement_report)
}

/// The attester of setup `s` reports `failed` (a party of it) as failed.
pub fn report_failure(s: &Setup, failed: ItemId) -> frame_support::dispatch::DispatchResult {
	outcome(Datdot::hosting_setup_report(
		RuntimeOrigin::signed(account(s.attester)),
		s.amendment,
		vec![crate::ProviderRef::Id(failed)].try_into().unwrap(),
		Default::default(),
	))
}

type Report = fn(
	RuntimeOrigin,
	ItemId,
	BoundedVec<
		crate::ProviderRef,
		frame_support::traits::ConstU32<{ crate::MAX_AMENDMENT_PARTIES }>,
	>,
	BoundedVec<
		crate::ContactSignature,
		frame_support::traits::ConstU32<{ crate::HOSTERS_PER_CONTRACT }>,
	>,
) -> frame_support::dispatch::DispatchResultWithPostInfo;

fn report_done(s: &Setup, report: Report) -> frame_support::dispatch::DispatchResult {
	let attester = RuntimeOrigin::signed(account(s.attester));
	let signatures = contact_signatures(s.amendment, &s.hosters);
	outcome(report(attester, s.amendment, Default::default(), signatures))
}

/// 16 providers, the reference plan (from block 2 until `until`) and its two setups made in
/// block 2; returns the plan and its contracts.
pub fn reference_setups(until: u64) -> (ItemId, Vec<ItemId>) {
	providers(16);
	let feed = feed();
	let published = publish(plan_form(feed, 2, until));
	run_to_block(2);
	assert_eq!(setups().len(), 2);
	published
}

pub fn assert_distinct(s: &Setup) {
	let mut all = vec![s.attester];
	all.extend(&s.encoders);
	all.extend(&s.hosters);
	let n = all.len();
	all.sort();
	all.dedup();
	assert_eq!(all.len(), n, "providers of a setup are distinct: {s:?}");
	assert_eq!(n, crate::MAX_AMENDMENT_PARTIES as usize);
}

/// Both reference contracts hosted; returns their setups.
pub fn hosted(until: u64) -> Vec<Setup> {
	reference_setups(until);
	let s = setups();
	for setup in &s {
		assert_ok!(report_success(setup));
	}
	check_invariants();
	s
}

pub fn fixture() -> &'static fixtures::Fixture {
	static FIXTURE: std::sync::OnceLock<fixtures::Fixture> = std::sync::OnceLock::new();
	FIXTURE.get_or_init(fixtures::hypercore)
}

/// The fixture feed's signed tree at length 18, with all its roots.
pub fn tree() -> datdot_primitives::hypercore::SignedTree {
	let tree = fixture().feed.trees[3].clone();
	assert_eq!(tree.length, 18);
	tree
}

/// The fixture's proof of chunk `index`, against [`tree`] (tree 0 of a report).
pub fn proof(index: u64) -> ChunkProofOf<Test> {
	let b = fixture().feed.blocks.iter().find(|b| b.index == index).unwrap();
	let path: Vec<_> = b
		.nodes
		.iter()
		.map(|n| datdot_primitives::hypercore::PathNode { size: n.size, hash: n.hash })
		.collect();
	ChunkProofOf::<Test> {
		tree: 0,
		data: b.data.clone().try_into().unwrap(),
		path: path.try_into().unwrap(),
	}
}

/// A report's proofs of the chunks `indexes` of the fixture feed.
pub fn proofs_of(indexes: impl IntoIterator<Item = u64>) -> ChunkProofsOf<Test> {
	let chunks: Vec<_> = indexes.into_iter().map(proof).collect();
	ChunkProofsOf::<Test> {
		trees: vec![tree()].try_into().unwrap(),
		chunks: chunks.try_into().unwrap(),
	}
}

pub fn contact(c: &StorageChallengeIssued) -> Option<[u8; 64]> {
	Some(testing::proof_of_contact::<Test>(c.hoster, c.id))
}

pub type Proofs = Option<ChunkProofsOf<Test>>;

/// The proofs of every check of `c`.
pub fn proofs(c: &StorageChallengeIssued) -> Proofs {
	Some(proofs_of(c.checks.iter().map(|check| check.index)))
}

/// The attester of `c` reports its hoster unreachable (an accusation).
pub fn report_unreachable(c: &StorageChallengeIssued) -> frame_support::dispatch::DispatchResult {
	outcome(Datdot::submit_storage_proof(
		RuntimeOrigin::signed(account(c.attester)),
		c.id,
		None,
		None,
	))
}

pub fn prove(c: &StorageChallengeIssued) -> frame_support::dispatch::DispatchResult {
	outcome(Datdot::submit_storage_proof(
		RuntimeOrigin::signed(account(c.attester)),
		c.id,
		contact(c),
		proofs(c),
	))
}

/// Answers every running storage and performance challenge (all proved, all hosters reached).
pub fn answer_all() {
	answer_all_but(None)
}

/// As [`answer_all`], leaving the storage challenges of attester `silent` unanswered.
pub fn answer_all_but(silent: Option<ItemId>) {
	let running: Vec<StorageChallengeIssued> = crate::StorageChallenges::<Test>::iter()
		.filter(|(_, c)| Some(c.attester) != silent)
		.map(|(id, c)| StorageChallengeIssued {
			id,
			hoster: c.hoster,
			attester: c.attester,
			checks: c.checks.to_vec(),
		})
		.collect();
	for c in &running {
		assert_ok!(prove(c));
	}
	let running: Vec<_> = crate::PerformanceChallenges::<Test>::iter().collect();
	for (id, c) in running {
		let reports = reached_all(id, &c.hosters);
		assert_ok!(Datdot::submit_performance_proof(
			RuntimeOrigin::signed(account(c.attester)),
			id,
			reports.try_into().unwrap()
		));
	}
}

/// Every one of `hosters` reached by performance challenge `id`, at 50 ms, with its proof of
/// contact.
pub fn reached_all(id: ItemId, hosters: &[ItemId]) -> Vec<crate::PerformanceReport> {
	hosters
		.iter()
		.map(|h| crate::PerformanceReport {
			hoster: *h,
			result: crate::PerformanceResult::Reached {
				latency_ms: 50,
				bandwidth_kbps: 1000,
				proof_of_contact: testing::proof_of_contact::<Test>(*h, id),
			},
		})
		.collect()
}
