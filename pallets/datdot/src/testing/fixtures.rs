//! Chain states the benchmarks start from: funded accounts, providers, feeds signed by keystore
//! keys, plans in setup, hosted contracts, running challenges. Each is reached through the
//! pallet's calls and functions.

use super::*;
use crate::{
	AmendmentKind, AmendmentOf, Amendments, BalanceOf, ChallengeCycle, ChunkProofOf, ComponentRef,
	Config, ContractStatus, Contracts, FeedByKey, NextId, Pallet as Datdot, PerRole, Performance,
	PerformanceChallengeOf, PerformanceChallenges, PerformanceCycles, PlanFormOf, Plans,
	ProviderRef, Region, Task, UserByAccount, Users, WorkForm, MAX_AMENDMENT_PARTIES,
};
use alloc::vec::Vec;
use datdot_primitives::{
	flat_tree,
	hypercore::{self, Node, SignedTree},
	ItemId, PublicKey,
};
use frame_benchmarking::account;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_support::{dispatch::DispatchResult, traits::ConstU32, BoundedVec};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::{Saturating, Zero};
use sp_runtime::DispatchError;

/// A feed key from the keystore and a tree of `length` blocks signed by it.
pub fn signed_tree(length: u64) -> (PublicKey, SignedTree) {
	let key = sp_core::ed25519::Public::from_raw(keystore_key(None));
	(key.0, tree_signed_by(&key, length))
}

pub fn sign_tree(key: &sp_core::ed25519::Public, roots: &[Node], length: u64) -> SignedTree {
	let message = hypercore::signable(&hypercore::tree_hash(roots), length, 0);
	let signature =
		sp_io::crypto::ed25519_sign(KEY_TYPE, key, &message).expect("key is in the keystore");
	SignedTree {
		length,
		fork: 0,
		roots: roots.to_vec().try_into().expect("at most MAX_ROOTS roots"),
		signature: signature.0,
	}
}

/// A tree of `length` blocks signed by `key` (from the keystore).
pub fn tree_signed_by(key: &sp_core::ed25519::Public, length: u64) -> SignedTree {
	let roots: Vec<Node> = flat_tree::full_roots(length)
		.into_iter()
		.flatten()
		.map(|index| Node { index, size: flat_tree::span_blocks(index), hash: [7; 32] })
		.collect();
	sign_tree(key, &roots, length)
}

/// A proof of block 0 of a feed of `2^nodes` blocks of `size` bytes, signed by `key`: the path
/// has `nodes` siblings up to the single full root.
pub fn chunk_proof<T: Config>(
	key: &sp_core::ed25519::Public,
	size: u32,
	nodes: u32,
) -> ChunkProofOf<T> {
	let data = alloc::vec![7u8; size as usize];
	let mut current = Node { index: 0, size: u64::from(size), hash: hypercore::leaf_hash(&data) };
	let mut path = alloc::vec::Vec::new();
	for _ in 0..nodes {
		let index = flat_tree::sibling(current.index).expect("inside the tree");
		let sibling = Node { index, size: 1, hash: [9; 32] };
		current = hypercore::parent_node(&current, &sibling).expect("siblings");
		path.push(sibling);
	}
	// The tree's signature covers the single root the path leads to; it carries no other roots.
	let tree =
		SignedTree { roots: Default::default(), ..sign_tree(key, &[current], 1u64 << nodes) };
	ChunkProofOf::<T> {
		index: 0,
		data: data.try_into().expect("at most MaxChunkSize"),
		nodes: path.try_into().expect("at most MaxProofNodes"),
		tree,
	}
}

/// The most stake a registration holds: every role at the most capacity.
pub fn most_stake<T: Config>() -> BalanceOf<T> {
	let jobs = 3 * T::MaxCapacityPerRole::get();
	T::RegistrationDeposit::get().saturating_add(T::StakePerJob::get().saturating_mul(jobs.into()))
}

pub fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let deposits = T::FeedDeposit::get()
		.saturating_add(most_stake::<T>())
		.saturating_add(T::PlanDeposit::get())
		.saturating_add(
			T::ContractDeposit::get().saturating_mul(T::MaxContractsPerPlan::get().into()),
		)
		.saturating_add(
			T::ComponentDeposit::get().saturating_mul((4 * T::MaxComponentsPerPlan::get()).into()),
		);
	let amount = deposits.saturating_mul(100u32.into());
	T::Currency::set_balance(&who, amount.saturating_add(T::Currency::minimum_balance()));
	who
}

/// The budget that pays for the whole of `form` (published now), given to `sponsor` on top of
/// what it has.
/// The error `publish_plan` would give for a form it refuses.
pub fn budget_for<T: Config>(
	sponsor: &T::AccountId,
	form: &PlanFormOf<T>,
) -> Result<BalanceOf<T>, DispatchError> {
	let budget = Datdot::<T>::plan_cost(form)?.total;
	T::Currency::set_balance(sponsor, T::Currency::balance(sponsor).saturating_add(budget));
	Ok(budget)
}

/// `sponsor` publishes `form` with a budget for all of it.
pub fn publish_paid_plan<T: Config>(sponsor: &T::AccountId, form: PlanFormOf<T>) -> DispatchResult {
	let budget = budget_for::<T>(sponsor, &form)?;
	Datdot::<T>::publish_plan(RawOrigin::Signed(sponsor.clone()).into(), form, budget)
}

/// A provider's registration, keys made from `seed` (the signing key in the keystore).
pub fn form<T: Config>(seed: u8) -> WorkForm<BlockNumberFor<T>> {
	work_form::<T>(keystore_key(Some([seed; 32])), [seed.wrapping_add(128); 32])
}

/// `who` registers `form`, proving possession of its signing key.
pub fn register<T: Config>(who: &T::AccountId, form: WorkForm<BlockNumberFor<T>>) {
	let proof = proof_of_possession::<T>(who, &form.signing_key);
	Datdot::<T>::register_for_work(RawOrigin::Signed(who.clone()).into(), form, proof)
		.expect("valid form");
}

/// A registered provider; `seed` makes its keys unique.
pub fn provider<T: Config>(name: &'static str, seed: u8) -> T::AccountId {
	let who = funded::<T>(name);
	register::<T>(&who, form::<T>(seed));
	who
}

/// `n` providers with the most capacity, signing keys in the keystore, located at `region`.
pub fn providers<T: Config>(n: u32, first: u32, region: &[u8]) -> Vec<ItemId> {
	(first..first.saturating_add(n))
		.map(|i| {
			let who: T::AccountId = account("provider", i, 0);
			let amount = most_stake::<T>().saturating_mul(100u32.into());
			T::Currency::set_balance(&who, amount.saturating_add(T::Currency::minimum_balance()));
			let signing = sp_core::ed25519::Public::from_raw(keystore_key(None));
			let mut noise = [0u8; 32];
			noise[..4].copy_from_slice(&i.to_le_bytes());
			noise[31] = 0xee;
			let max = T::MaxCapacityPerRole::get();
			let form = WorkForm {
				capacity: PerRole { encoder: max, hoster: max, attester: max },
				storage: u64::MAX / 2,
				region: region.to_vec().try_into().expect("short geohash"),
				..work_form::<T>(signing.0, noise)
			};
			register::<T>(&who, form);
			UserByAccount::<T>::get(&who).expect("registered")
		})
		.collect()
}

/// A feed of `length` blocks published by a funded account.
pub fn published_feed<T: Config>(length: u64) -> ItemId {
	let who = funded::<T>("publisher");
	let (key, tree) = signed_tree(length);
	Datdot::<T>::publish_feed(
		RawOrigin::Signed(who).into(),
		key,
		hypercore::discovery_key(&key),
		tree,
	)
	.expect("valid feed");
	FeedByKey::<T>::get(key).expect("published")
}

/// A plan over `contracts` full sets of a feed, hosted in `region`, starting now, with the most
/// performances and regions.
pub fn bench_plan_form<T: Config>(feed: ItemId, contracts: u32, region: &[u8]) -> PlanFormOf<T> {
	let last = u64::from(contracts) * u64::from(crate::SET_SIZE) - 1;
	let until = frame_system::Pallet::<T>::block_number().saturating_add(1000u32.into());
	let max = T::MaxComponentsPerPlan::get() as usize;
	let region = Region { geohash: region.to_vec().try_into().expect("short geohash") };
	let performance = Performance { latency_ms: 100, bandwidth_kbps: 1000 };
	PlanFormOf::<T> {
		performances: alloc::vec![ComponentRef::New(performance); max].try_into().expect("max"),
		regions: alloc::vec![ComponentRef::New(region); max].try_into().expect("max"),
		..plan_form::<T>(feed, &[(0, last)], Zero::zero(), until)
	}
}

/// Publishes a plan of `contracts` contracts and sets all of them up; returns the plan.
pub fn plan_in_setup<T: Config>(contracts: u32) -> (T::AccountId, ItemId) {
	providers::<T>(24, 0, b"u33");
	let feed =
		published_feed::<T>(u64::from(T::MaxContractsPerPlan::get()) * u64::from(crate::SET_SIZE));
	let sponsor = funded::<T>("sponsor");
	publish_paid_plan::<T>(&sponsor, bench_plan_form::<T>(feed, contracts, b"u3"))
		.expect("valid plan");
	let plan = NextId::<T>::get().saturating_sub(contracts as u64).saturating_sub(1);
	let plan = (0..=plan).rev().find(|id| Plans::<T>::contains_key(id)).expect("plan stored");
	for contract in Plans::<T>::get(plan).expect("plan").contracts {
		take_due::<T>(Task::StartHosting { contract });
		Datdot::<T>::start_amendment(contract).expect("setup");
		assert_eq!(
			Contracts::<T>::get(contract).expect("contract").status,
			ContractStatus::SettingUp
		);
	}
	(sponsor, plan)
}

/// The amendment of a contract set up for benchmarking, with its attester's account.
pub fn amendment_of<T: Config>(plan: ItemId) -> (ItemId, AmendmentOf<T>, T::AccountId) {
	let contract = Plans::<T>::get(plan).expect("plan").contracts[0];
	let id = Contracts::<T>::get(contract).expect("contract").amendment.expect("set up");
	let amendment = Amendments::<T>::get(id).expect("amendment");
	let attester = Users::<T>::get(amendment.attester).expect("user").account;
	(id, amendment, attester)
}

/// A contract of a one-contract plan hosted, then one of its hosters dropped: its replacement is
/// in progress. Returns the replacement's id, record and attester account.
pub fn replacement_in_progress<T: Config>() -> (ItemId, AmendmentOf<T>, T::AccountId) {
	let (_, plan) = plan_in_setup::<T>(1);
	let (id, amendment, attester) = amendment_of::<T>(plan);
	Datdot::<T>::hosting_setup_report(
		RawOrigin::Signed(attester).into(),
		id,
		Default::default(),
		contact_signatures::<T>(id, &amendment.hosters),
	)
	.expect("valid report");
	let hoster = amendment.hosters[0];
	Datdot::<T>::drop_hoster(amendment.contract, hoster).expect("hosts the contract");
	let (id, amendment, attester) = amendment_of::<T>(plan);
	assert_eq!(amendment.kind, AmendmentKind::HosterReplacement);
	(id, amendment, attester)
}

/// `n` contracts of a plan over a feed signed by a keystore key; returns the key and contracts.
pub fn contracts<T: Config>(n: u32) -> (sp_core::ed25519::Public, Vec<ItemId>) {
	let key = sp_core::ed25519::Public::from_raw(keystore_key(None));
	let length = u64::from(T::MaxContractsPerPlan::get()) * u64::from(crate::SET_SIZE);
	let publisher = funded::<T>("publisher");
	Datdot::<T>::publish_feed(
		RawOrigin::Signed(publisher).into(),
		key.0,
		hypercore::discovery_key(&key.0),
		tree_signed_by(&key, length),
	)
	.expect("valid feed");
	let feed = FeedByKey::<T>::get(key.0).expect("published");
	let sponsor = funded::<T>("sponsor");
	let mut all = alloc::vec::Vec::new();
	let per_plan = T::MaxContractsPerPlan::get();
	let mut left = n;
	while left > 0 {
		let count = left.min(per_plan);
		publish_paid_plan::<T>(&sponsor, bench_plan_form::<T>(feed, count, b"u3"))
			.expect("valid plan");
		let plan = (0..NextId::<T>::get())
			.rev()
			.find(|id| Plans::<T>::contains_key(id))
			.expect("plan");
		all.extend(Plans::<T>::get(plan).expect("plan").contracts);
		left -= count;
	}
	(key, all)
}

/// A feed hosted by `h` hosters (one contract each); returns the feed and the hosters.
pub fn hosted_feed<T: Config>(h: u32) -> (ItemId, Vec<ItemId>) {
	let (_, all) = contracts::<T>(h);
	let hosters = providers::<T>(h, 4000, b"u33");
	for (hoster, contract) in hosters.iter().zip(&all) {
		host::<T>(*hoster, &[*contract]).expect("registered hoster, live contracts");
	}
	let feed = Contracts::<T>::get(all[0]).expect("contract").feed;
	(feed, hosters)
}

/// `feed`'s running performance challenge, issued by the chain; its id and attester account.
pub fn performance_challenge<T: Config>(
	feed: ItemId,
) -> (ItemId, PerformanceChallengeOf<T>, T::AccountId) {
	providers::<T>(1, 5000, b"u33");
	take_due::<T>(Task::PerformanceChallenge { feed });
	Datdot::<T>::issue_performance_challenge(feed).expect("issued");
	let Some(ChallengeCycle::Running(id)) = PerformanceCycles::<T>::get(feed) else {
		panic!("a challenge runs")
	};
	let challenge = PerformanceChallenges::<T>::get(id).expect("running");
	let attester = Users::<T>::get(challenge.attester).expect("user").account;
	(id, challenge, attester)
}

/// A running storage challenge of `hoster` checking chunk 0 of each of `contracts`; returns its
/// id and the attester's account.
pub fn storage_challenge<T: Config>(
	hoster: ItemId,
	contracts: &[ItemId],
) -> (ItemId, T::AccountId) {
	let attester = providers::<T>(1, 5000, b"u33")[0];
	let id = open_storage_challenge::<T>(hoster, attester, contracts).expect("a challenge");
	(id, Users::<T>::get(attester).expect("user").account)
}

/// A hoster hosting `h` contracts, accused by the attester of a storage challenge of the first
/// `checked` of them: the hoster, the contracts' feed key and the accusation.
pub fn accused_hoster<T: Config>(
	h: u32,
	checked: u32,
) -> (ItemId, sp_core::ed25519::Public, ItemId) {
	let hoster = providers::<T>(1, 4000, b"u33")[0];
	let (key, all) = contracts::<T>(h);
	host::<T>(hoster, &all).expect("registered hoster, live contracts");
	let checked: Vec<ItemId> = all.iter().copied().take(checked as usize).collect();
	let (id, attester) = storage_challenge::<T>(hoster, &checked);
	Datdot::<T>::submit_storage_proof(
		RawOrigin::Signed(attester).into(),
		id,
		None,
		Default::default(),
	)
	.expect("an accusation");
	let accusation = crate::Accusations::<T>::iter_keys().next().expect("one accusation");
	(hoster, key, accusation)
}

/// Providers that can't attest (their window ends too soon). They stay out of the attester queue,
/// so however many there are, a selection's draws find the qualified attester at once.
pub fn unavailable_attesters<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	for i in 0..T::MaxSelectionDraws::get() {
		let who: T::AccountId = account("unavailable", i, 0);
		let amount = most_stake::<T>().saturating_mul(100u32.into());
		T::Currency::set_balance(&who, amount.saturating_add(T::Currency::minimum_balance()));
		let mut seed = [0u8; 32];
		seed[..4].copy_from_slice(&i.to_le_bytes());
		seed[31] = 0xaa;
		let key = keystore_key(Some(seed));
		let mut noise = seed;
		noise[31] = 0xab;
		let form = WorkForm {
			capacity: PerRole { encoder: 0, hoster: 0, attester: 1 },
			until: Some(now.saturating_add(1u32.into())),
			storage: 1,
			region: Default::default(),
			..work_form::<T>(key, noise)
		};
		register::<T>(&who, form);
	}
}

/// A hoster hosting `MaxCapacityPerRole` contracts, providers that can't attest, and one that
/// can: the heaviest issue of a storage challenge.
pub fn busiest_hoster<T: Config>() -> ItemId {
	let hoster = providers::<T>(1, 4000, b"u33")[0];
	let (_, all) = contracts::<T>(T::MaxCapacityPerRole::get());
	host::<T>(hoster, &all).expect("registered hoster, live contracts");
	unavailable_attesters::<T>();
	providers::<T>(1, 4001, b"u33");
	hoster
}

/// Every party of `amendment` named as failed.
pub fn all_failed<T: Config>(
	amendment: &AmendmentOf<T>,
) -> BoundedVec<ProviderRef, ConstU32<MAX_AMENDMENT_PARTIES>> {
	amendment
		.parties()
		.into_iter()
		.map(ProviderRef::Id)
		.collect::<Vec<_>>()
		.try_into()
		.expect("at most MAX_AMENDMENT_PARTIES")
}
