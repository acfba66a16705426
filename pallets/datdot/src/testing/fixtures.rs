//! Chain states the benchmarks start from: funded accounts, providers, feeds signed by keystore
//! keys, plans in setup, hosted contracts, running challenges. Each is reached through the
//! pallet's calls and functions.
//!
//! A fixture that cannot reach its state returns the [`BenchmarkError`] saying what is missing,
//! for the benchmark to stop on; none panics.

use super::*;
use crate::{
	AmendmentKind, AmendmentOf, Amendments, BalanceOf, ChallengeCycle, ChunkProofOf, ChunkProofsOf,
	ComponentRef, Config, ContractStatus, Contracts, FeedByKey, NextId, Pallet as Datdot, PerRole,
	Performance, PerformanceChallengeOf, PerformanceChallenges, PerformanceCycles, PlanFormOf,
	Plans, ProviderRef, Region, Task, UserByAccount, Users, WorkForm, MAX_AMENDMENT_PARTIES,
};
use alloc::vec::Vec;
use datdot_primitives::{
	flat_tree,
	hypercore::{self, Node, SignedTree},
	ItemId, PublicKey,
};
use frame_benchmarking::{account, BenchmarkError};
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_support::{dispatch::DispatchResult, traits::ConstU32, BoundedVec};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::{Saturating, Zero};
use sp_runtime::DispatchError;

/// What a fixture returns: the state it reached, or what it found missing.
pub type Fixture<R> = Result<R, BenchmarkError>;

/// The error of a fixture that found `what` missing.
fn missing(what: &'static str) -> BenchmarkError {
	BenchmarkError::Stop(what)
}

/// A feed key from the keystore and a tree of `length` blocks signed by it.
pub fn signed_tree(length: u64) -> Fixture<(PublicKey, SignedTree)> {
	let key = sp_core::ed25519::Public::from_raw(keystore_key(None));
	Ok((key.0, tree_signed_by(&key, length)?))
}

/// The tree of `length` blocks with `roots`, signed by `key` (from the keystore).
pub fn sign_tree(
	key: &sp_core::ed25519::Public,
	roots: &[Node],
	length: u64,
) -> Fixture<SignedTree> {
	let message = hypercore::signable(&hypercore::tree_hash(roots), length, 0);
	let signature = sp_io::crypto::ed25519_sign(KEY_TYPE, key, &message)
		.ok_or(missing("the feed key in the keystore"))?;
	Ok(SignedTree {
		length,
		fork: 0,
		roots: roots.to_vec().try_into().map_err(|_| missing("at most MAX_ROOTS roots"))?,
		signature: signature.0,
	})
}

/// A tree of `length` blocks signed by `key` (from the keystore).
pub fn tree_signed_by(key: &sp_core::ed25519::Public, length: u64) -> Fixture<SignedTree> {
	let roots: Vec<Node> = flat_tree::full_roots(length)
		.into_iter()
		.flatten()
		.map(|index| Node { index, size: flat_tree::span_blocks(index), hash: [7; 32] })
		.collect();
	sign_tree(key, &roots, length)
}

/// Proofs of `checks` checks of block 0, check `i` of the feed `keys[i % keys.len()]` (each a feed
/// of `2^nodes` blocks of `size` bytes signed by its key, from the keystore): one signed tree per
/// key used, each chunk's path `nodes` siblings up to the tree's single full root.
pub fn chunk_proofs<T: Config>(
	keys: &[sp_core::ed25519::Public],
	checks: u32,
	size: u32,
	nodes: u32,
) -> Fixture<ChunkProofsOf<T>> {
	let data = alloc::vec![7u8; size as usize];
	let mut current = Node { index: 0, size: u64::from(size), hash: hypercore::leaf_hash(&data) };
	let mut path = alloc::vec::Vec::new();
	for _ in 0..nodes {
		let index = flat_tree::sibling(current.index).ok_or(missing("a sibling in the tree"))?;
		let sibling = Node { index, size: 1, hash: [9; 32] };
		current = hypercore::parent_node(&current, &sibling).ok_or(missing("siblings"))?;
		path.push(hypercore::PathNode { size: sibling.size, hash: sibling.hash });
	}
	let length = 1u64.checked_shl(nodes).ok_or(missing("a shorter path"))?;
	let used = keys.len().min(checks as usize).max(1);
	let mut trees = BoundedVec::new();
	for key in keys.iter().take(used) {
		trees
			.try_push(sign_tree(key, &[current], length)?)
			.map_err(|_| missing("few trees"))?;
	}
	let mut chunks = BoundedVec::new();
	for i in 0..checks {
		let chunk = ChunkProofOf::<T> {
			tree: i % used as u32,
			data: data.clone().try_into().map_err(|_| missing("at most MaxChunkSize bytes"))?,
			path: path.clone().try_into().map_err(|_| missing("at most MaxProofNodes nodes"))?,
		};
		chunks
			.try_push(chunk)
			.map_err(|_| missing("at most MaxChecksPerChallenge checks"))?;
	}
	Ok(ChunkProofsOf::<T> { trees, chunks })
}

/// A hoster challenged on `checks` contracts over `feeds` feeds (see [`contracts_of_feeds`]),
/// reported a block later (the first check's contract has hosting to pay), and the proofs of
/// its chunks (`size` bytes, paths of `nodes` nodes): the challenge, its attester, the hoster and
/// the proofs.
pub fn storage_report<T: Config>(
	checks: u32,
	feeds: u32,
	size: u32,
	nodes: u32,
) -> Fixture<(ItemId, T::AccountId, ItemId, ChunkProofsOf<T>)> {
	let hoster = one_provider::<T>(4000)?;
	let (keys, all) = contracts_of_feeds::<T>(checks, feeds)?;
	host::<T>(hoster, &all)?;
	let (id, attester) = storage_challenge::<T>(hoster, &all)?;
	proven::<T>(&[]);
	Ok((id, attester, hoster, chunk_proofs::<T>(&keys, checks, size, nodes)?))
}

/// `checks` contracts over `feeds` feeds (each a new key), contract `i` of feed `i % feeds`,
/// each contract in a plan of its own (what a report settles or slashes per plan is at its
/// most): the keys and the contracts.
pub fn contracts_of_feeds<T: Config>(
	checks: u32,
	feeds: u32,
) -> Fixture<(Vec<sp_core::ed25519::Public>, Vec<ItemId>)> {
	let feeds = feeds.min(checks).max(1);
	let mut keys = Vec::new();
	let mut per_feed = Vec::new();
	for f in 0..feeds {
		let count = (checks.saturating_sub(f)).div_ceil(feeds);
		let (key, all) = contracts_with::<T>(count, 1)?;
		keys.push(key);
		per_feed.push(all);
	}
	let mut all = Vec::new();
	for i in 0..checks as usize {
		let feed = per_feed.get(i % feeds as usize).ok_or(missing("a feed"))?;
		all.push(*feed.get(i / feeds as usize).ok_or(missing("a contract"))?);
	}
	Ok((keys, all))
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
pub fn register<T: Config>(who: &T::AccountId, form: WorkForm<BlockNumberFor<T>>) -> Fixture<()> {
	let proof = proof_of_possession::<T>(who, &form.signing_key);
	Datdot::<T>::register_for_work(RawOrigin::Signed(who.clone()).into(), form, proof)?;
	Ok(())
}

/// A registered provider; `seed` makes its keys unique.
pub fn provider<T: Config>(name: &'static str, seed: u8) -> Fixture<T::AccountId> {
	let who = funded::<T>(name);
	register::<T>(&who, form::<T>(seed))?;
	Ok(who)
}

/// `n` providers with the most capacity, signing keys in the keystore, located at `region`.
pub fn providers<T: Config>(n: u32, first: u32, region: &[u8]) -> Fixture<Vec<ItemId>> {
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
				region: region.to_vec().try_into().map_err(|_| missing("a shorter geohash"))?,
				..work_form::<T>(signing.0, noise)
			};
			register::<T>(&who, form)?;
			UserByAccount::<T>::get(&who).ok_or(missing("the provider registered"))
		})
		.collect()
}

/// A feed of `length` blocks published by a funded account.
pub fn published_feed<T: Config>(length: u64) -> Fixture<ItemId> {
	let who = funded::<T>("publisher");
	let (key, tree) = signed_tree(length)?;
	Datdot::<T>::publish_feed(
		RawOrigin::Signed(who).into(),
		key,
		hypercore::discovery_key(&key),
		tree,
	)?;
	FeedByKey::<T>::get(key).ok_or(missing("the feed published"))
}

/// A plan over `contracts` full sets of a feed, hosted in `region`, starting now, with the most
/// performances and regions.
pub fn bench_plan_form<T: Config>(
	feed: ItemId,
	contracts: u32,
	region: &[u8],
) -> Fixture<PlanFormOf<T>> {
	let last = (u64::from(contracts) * u64::from(crate::SET_SIZE))
		.checked_sub(1)
		.ok_or(missing("at least one contract"))?;
	let until = frame_system::Pallet::<T>::block_number().saturating_add(1000u32.into());
	let max = T::MaxComponentsPerPlan::get() as usize;
	let geohash = region.to_vec().try_into().map_err(|_| missing("a shorter geohash"))?;
	let performance = Performance { latency_ms: 100, bandwidth_kbps: 1000 };
	// `max` is the bound itself, so the vectors fit.
	Ok(PlanFormOf::<T> {
		performances: BoundedVec::truncate_from(alloc::vec![ComponentRef::New(performance); max]),
		regions: BoundedVec::truncate_from(alloc::vec![ComponentRef::New(Region { geohash }); max]),
		..plan_form::<T>(feed, &[(0, last)], Zero::zero(), until)
	})
}

/// The plan published last.
fn last_plan<T: Config>() -> Fixture<ItemId> {
	(0..NextId::<T>::get())
		.rev()
		.find(|id| Plans::<T>::contains_key(id))
		.ok_or(missing("a plan published"))
}

/// The contracts of `plan`.
fn contracts_of<T: Config>(plan: ItemId) -> Fixture<Vec<ItemId>> {
	Ok(Plans::<T>::get(plan).ok_or(missing("the plan"))?.contracts.into_inner())
}

/// Publishes a plan of `contracts` contracts and sets all of them up; returns the plan.
pub fn plan_in_setup<T: Config>(contracts: u32) -> Fixture<(T::AccountId, ItemId)> {
	providers::<T>(24, 0, b"u33")?;
	let feed =
		published_feed::<T>(u64::from(T::MaxContractsPerPlan::get()) * u64::from(crate::SET_SIZE))?;
	let sponsor = funded::<T>("sponsor");
	publish_paid_plan::<T>(&sponsor, bench_plan_form::<T>(feed, contracts, b"u3")?)?;
	let plan = last_plan::<T>()?;
	for contract in contracts_of::<T>(plan)? {
		take_due::<T>(Task::StartHosting { contract });
		Datdot::<T>::start_amendment(contract)?;
		let status = Contracts::<T>::get(contract).ok_or(missing("the contract"))?.status;
		if status != ContractStatus::SettingUp {
			return Err(missing("the contract's setup under way"));
		}
	}
	Ok((sponsor, plan))
}

/// The amendment of a contract set up for benchmarking, with its attester's account.
pub fn amendment_of<T: Config>(plan: ItemId) -> Fixture<(ItemId, AmendmentOf<T>, T::AccountId)> {
	let contract = *contracts_of::<T>(plan)?.first().ok_or(missing("a contract"))?;
	let id = Contracts::<T>::get(contract)
		.and_then(|c| c.amendment)
		.ok_or(missing("the contract's amendment"))?;
	let amendment = Amendments::<T>::get(id).ok_or(missing("the amendment"))?;
	let attester = account_of::<T>(amendment.attester)?;
	Ok((id, amendment, attester))
}

/// The account of the user `id`.
pub fn account_of<T: Config>(id: ItemId) -> Fixture<T::AccountId> {
	Ok(Users::<T>::get(id).ok_or(missing("the user"))?.account)
}

/// A contract of a one-contract plan hosted, then one of its hosters dropped: its replacement is
/// in progress. Returns the replacement's id, record and attester account.
pub fn replacement_in_progress<T: Config>() -> Fixture<(ItemId, AmendmentOf<T>, T::AccountId)> {
	let (_, plan) = plan_in_setup::<T>(1)?;
	let (id, amendment, attester) = amendment_of::<T>(plan)?;
	Datdot::<T>::hosting_setup_report(
		RawOrigin::Signed(attester).into(),
		id,
		Default::default(),
		contact_signatures::<T>(id, &amendment.hosters),
	)?;
	let hoster = *amendment.hosters.first().ok_or(missing("a hoster"))?;
	Datdot::<T>::drop_hoster(amendment.contract, hoster)?;
	let (id, amendment, attester) = amendment_of::<T>(plan)?;
	if amendment.kind != AmendmentKind::HosterReplacement {
		return Err(missing("a hoster replacement under way"));
	}
	Ok((id, amendment, attester))
}

/// `n` contracts of a plan over a feed signed by a keystore key; returns the key and contracts.
pub fn contracts<T: Config>(n: u32) -> Fixture<(sp_core::ed25519::Public, Vec<ItemId>)> {
	contracts_with::<T>(n, T::MaxContractsPerPlan::get())
}

/// `n` contracts of a new feed, in plans of at most `per_plan` contracts: the feed's key and the
/// contracts.
fn contracts_with<T: Config>(
	n: u32,
	per_plan: u32,
) -> Fixture<(sp_core::ed25519::Public, Vec<ItemId>)> {
	let key = sp_core::ed25519::Public::from_raw(keystore_key(None));
	let length = u64::from(T::MaxContractsPerPlan::get()) * u64::from(crate::SET_SIZE);
	let publisher = funded::<T>("publisher");
	Datdot::<T>::publish_feed(
		RawOrigin::Signed(publisher).into(),
		key.0,
		hypercore::discovery_key(&key.0),
		tree_signed_by(&key, length)?,
	)?;
	let feed = FeedByKey::<T>::get(key.0).ok_or(missing("the feed published"))?;
	let sponsor = funded::<T>("sponsor");
	let mut all = alloc::vec::Vec::new();
	let per_plan = per_plan.clamp(1, T::MaxContractsPerPlan::get());
	let mut left = n;
	while left > 0 {
		let count = left.min(per_plan);
		publish_paid_plan::<T>(&sponsor, bench_plan_form::<T>(feed, count, b"u3")?)?;
		all.extend(contracts_of::<T>(last_plan::<T>()?)?);
		left = left.saturating_sub(count);
	}
	Ok((key, all))
}

/// A feed hosted by `h` hosters (one contract each); returns the feed and the hosters.
pub fn hosted_feed<T: Config>(h: u32) -> Fixture<(ItemId, Vec<ItemId>)> {
	let (_, all) = contracts::<T>(h)?;
	let hosters = providers::<T>(h, 4000, b"u33")?;
	for (hoster, contract) in hosters.iter().zip(&all) {
		host::<T>(*hoster, &[*contract])?;
	}
	let first = all.first().ok_or(missing("a contract"))?;
	let feed = Contracts::<T>::get(first).ok_or(missing("the contract"))?.feed;
	Ok((feed, hosters))
}

/// `feed`'s running performance challenge, issued by the chain; its id and attester account.
pub fn performance_challenge<T: Config>(
	feed: ItemId,
) -> Fixture<(ItemId, PerformanceChallengeOf<T>, T::AccountId)> {
	providers::<T>(1, 5000, b"u33")?;
	take_due::<T>(Task::PerformanceChallenge { feed });
	Datdot::<T>::issue_performance_challenge(feed)?;
	let Some(ChallengeCycle::Running(id)) = PerformanceCycles::<T>::get(feed) else {
		return Err(missing("a performance challenge running"));
	};
	let challenge = PerformanceChallenges::<T>::get(id).ok_or(missing("the challenge"))?;
	let attester = account_of::<T>(challenge.attester)?;
	Ok((id, challenge, attester))
}

/// A running storage challenge of `hoster` checking chunk 0 of each of `contracts`; returns its
/// id and the attester's account.
pub fn storage_challenge<T: Config>(
	hoster: ItemId,
	contracts: &[ItemId],
) -> Fixture<(ItemId, T::AccountId)> {
	let attester = one_provider::<T>(5000)?;
	let id = open_storage_challenge::<T>(hoster, attester, contracts)?;
	Ok((id, account_of::<T>(attester)?))
}

/// One provider with the most capacity in `u33`, its account made from `index`.
pub fn one_provider<T: Config>(index: u32) -> Fixture<ItemId> {
	providers::<T>(1, index, b"u33")?
		.first()
		.copied()
		.ok_or(missing("the provider"))
}

/// A hoster hosting `h` contracts, accused by the attester of a storage challenge of `checked`
/// of them (over `feeds` feeds, see [`contracts_of_feeds`]): the hoster, the checked feeds' keys
/// and the accusation.
pub fn accused_hoster<T: Config>(
	h: u32,
	checked: u32,
	feeds: u32,
) -> Fixture<(ItemId, Vec<sp_core::ed25519::Public>, ItemId)> {
	let hoster = one_provider::<T>(4000)?;
	let (keys, checked) = contracts_of_feeds::<T>(checked, feeds)?;
	host::<T>(hoster, &checked)?;
	if h > checked.len() as u32 {
		let (_, rest) = contracts::<T>(h.saturating_sub(checked.len() as u32))?;
		host::<T>(hoster, &rest)?;
	}
	let (id, attester) = storage_challenge::<T>(hoster, &checked)?;
	Datdot::<T>::submit_storage_proof(RawOrigin::Signed(attester).into(), id, None, None)?;
	let accusation = crate::Accusations::<T>::iter_keys().next().ok_or(missing("an accusation"))?;
	// Its hosting proven earlier and unpaid since: an answer, or its leaving, pays it.
	proven::<T>(&[hoster]);
	Ok((hoster, keys, accusation))
}

/// The next block: what `hosters` host since this one is unpaid, and proven in it (as a
/// confirmed challenge leaves them), so whatever settles their hosting pays.
pub fn proven<T: Config>(hosters: &[ItemId]) {
	let now = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
	frame_system::Pallet::<T>::set_block_number(now);
	for hoster in hosters {
		crate::ProvenAt::<T>::insert(hoster, now);
	}
}

/// A plan of `c` active contracts, each hosted by the same three hosters, whose hosting is
/// proven and unpaid and whose running storage challenges check the plan's contracts; the
/// sponsor and the plan.
pub fn hosted_plan<T: Config>(c: u32) -> Fixture<(T::AccountId, ItemId)> {
	let (_, all) = contracts::<T>(c)?;
	let first = *all.first().ok_or(missing("a contract"))?;
	let plan = Contracts::<T>::get(first).ok_or(missing("the contract"))?.plan;
	let hosters = providers::<T>(crate::HOSTERS_PER_CONTRACT, 4000, b"u33")?;
	for hoster in &hosters {
		host::<T>(*hoster, &all)?;
	}
	let checked: Vec<_> =
		all.iter().take(T::MaxChecksPerChallenge::get() as usize).copied().collect();
	for (i, hoster) in hosters.iter().enumerate() {
		let attester = one_provider::<T>(5000u32.saturating_add(i as u32))?;
		crate::testing::open_storage_challenge::<T>(*hoster, attester, &checked)?;
	}
	proven::<T>(&hosters);
	let sponsor = account_of::<T>(Plans::<T>::get(plan).ok_or(missing("the plan"))?.sponsor)?;
	Ok((sponsor, plan))
}

/// Providers that can't attest (their window ends too soon). They stay out of the attester queue,
/// so however many there are, a selection's draws find the qualified attester at once.
pub fn unavailable_attesters<T: Config>() -> Fixture<()> {
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
		register::<T>(&who, form)?;
	}
	Ok(())
}

/// A hoster hosting `MaxCapacityPerRole` contracts, providers that can't attest, and one that
/// can: the heaviest issue of a storage challenge.
pub fn busiest_hoster<T: Config>() -> Fixture<ItemId> {
	let hoster = one_provider::<T>(4000)?;
	let (_, all) = contracts::<T>(T::MaxCapacityPerRole::get())?;
	host::<T>(hoster, &all)?;
	unavailable_attesters::<T>()?;
	one_provider::<T>(4001)?;
	Ok(hoster)
}

/// Every party of `amendment` named as failed.
pub fn all_failed<T: Config>(
	amendment: &AmendmentOf<T>,
) -> BoundedVec<ProviderRef, ConstU32<MAX_AMENDMENT_PARTIES>> {
	// An amendment has at most `MAX_AMENDMENT_PARTIES` parties.
	BoundedVec::truncate_from(amendment.parties().into_iter().map(ProviderRef::Id).collect())
}
