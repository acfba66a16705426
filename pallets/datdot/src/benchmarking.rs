//! Benchmarks of the pallet's calls (frame-benchmarking v2).

use super::*;
use crate::Pallet as Datdot;
use datdot_primitives::ItemId;
use datdot_primitives::{
	flat_tree,
	hypercore::{self, Node, SignedTree},
	PublicKey,
};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_support::{traits::ConstU32, BoundedVec};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::crypto::KeyTypeId;
use sp_runtime::traits::{Saturating, Zero};

const KEY_TYPE: KeyTypeId = KeyTypeId(*b"dtdt");

/// A feed key from the keystore and a tree of `length` blocks signed by it.
fn signed_tree(length: u64) -> (PublicKey, SignedTree) {
	let key = sp_io::crypto::ed25519_generate(KEY_TYPE, None);
	(key.0, tree_signed_by(&key, length))
}

fn sign_tree(key: &sp_core::ed25519::Public, roots: &[Node], length: u64) -> SignedTree {
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
fn tree_signed_by(key: &sp_core::ed25519::Public, length: u64) -> SignedTree {
	let roots: alloc::vec::Vec<Node> = flat_tree::full_roots(length)
		.into_iter()
		.flatten()
		.map(|index| Node { index, size: flat_tree::span_blocks(index), hash: [7; 32] })
		.collect();
	sign_tree(key, &roots, length)
}

/// A proof of block 0 of a feed of `2^nodes` blocks of `size` bytes, signed by `key`: the path
/// has `nodes` siblings up to the single full root.
fn chunk_proof<T: Config>(
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
	let length = 1u64 << nodes;
	let message = hypercore::signable(&hypercore::tree_hash(&[current]), length, 0);
	let signature =
		sp_io::crypto::ed25519_sign(KEY_TYPE, key, &message).expect("key is in the keystore");
	ChunkProofOf::<T> {
		index: 0,
		data: data.try_into().expect("at most MaxChunkSize"),
		nodes: path.try_into().expect("at most MaxProofNodes"),
		tree: SignedTree { length, fork: 0, roots: Default::default(), signature: signature.0 },
	}
}

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let deposits = T::FeedDeposit::get()
		.saturating_add(T::RegistrationDeposit::get())
		.saturating_add(T::PlanDeposit::get())
		.saturating_add(
			T::ContractDeposit::get().saturating_mul(T::MaxContractsPerPlan::get().into()),
		);
	let amount = deposits.saturating_mul(100u32.into());
	T::Currency::set_balance(&who, amount.saturating_add(T::Currency::minimum_balance()));
	who
}

fn form<T: Config>(seed: u8) -> WorkForm<BlockNumberFor<T>> {
	WorkForm {
		capacity: PerRole { encoder: 2, hoster: 2, attester: 2 },
		signing_key: [seed; 32],
		noise_key: [seed.wrapping_add(128); 32],
		from: Zero::zero(),
		until: None,
		storage: 1 << 40,
		region: b"u33dc0".to_vec().try_into().expect("6 bytes fit"),
		performance: Performance { latency_ms: 50, bandwidth_kbps: 100_000 },
	}
}

/// A registered provider; `seed` makes its keys unique.
fn provider<T: Config>(name: &'static str, seed: u8) -> T::AccountId {
	let who = funded::<T>(name);
	Datdot::<T>::register_for_work(RawOrigin::Signed(who.clone()).into(), form::<T>(seed))
		.expect("valid form");
	who
}

/// `n` providers with the most capacity, signing keys in the keystore, located at `region`.
fn providers<T: Config>(n: u32, first: u32, region: &[u8]) -> alloc::vec::Vec<ItemId> {
	(first..first.saturating_add(n))
		.map(|i| {
			let who: T::AccountId = account("provider", i, 0);
			let amount = T::RegistrationDeposit::get().saturating_mul(100u32.into());
			T::Currency::set_balance(&who, amount.saturating_add(T::Currency::minimum_balance()));
			let signing = sp_io::crypto::ed25519_generate(KEY_TYPE, None);
			let mut noise = [0u8; 32];
			noise[..4].copy_from_slice(&i.to_le_bytes());
			noise[31] = 0xee;
			let max = T::MaxCapacityPerRole::get();
			let form = WorkForm {
				capacity: PerRole { encoder: max, hoster: max, attester: max },
				signing_key: signing.0,
				noise_key: noise,
				from: Zero::zero(),
				until: None,
				storage: u64::MAX / 2,
				region: region.to_vec().try_into().expect("short geohash"),
				performance: Performance { latency_ms: 50, bandwidth_kbps: 100_000 },
			};
			Datdot::<T>::register_for_work(RawOrigin::Signed(who.clone()).into(), form)
				.expect("valid form");
			UserByAccount::<T>::get(&who).expect("registered")
		})
		.collect()
}

/// A feed of `length` blocks published by a funded account.
fn published_feed<T: Config>(length: u64) -> ItemId {
	let who = funded::<T>("publisher");
	let (key, tree) = signed_tree(length);
	Datdot::<T>::publish_feed(RawOrigin::Signed(who).into(), key, [1; 32], tree)
		.expect("valid feed");
	FeedByKey::<T>::get(key).expect("published")
}

/// A plan over `contracts` full sets of a feed, hosted in `region`, starting now.
fn plan_form<T: Config>(feed: ItemId, contracts: u32, region: &[u8]) -> PlanFormOf<T> {
	let chunks = u64::from(contracts) * u64::from(crate::SET_SIZE);
	let max = T::MaxComponentsPerPlan::get();
	let region = Region { geohash: region.to_vec().try_into().expect("short geohash") };
	PlanFormOf::<T> {
		from: Zero::zero(),
		until: frame_system::Pallet::<T>::block_number().saturating_add(1000u32.into()),
		datasets: alloc::vec![ComponentRef::New(Dataset {
			feed,
			ranges: alloc::vec![ChunkRange { first: 0, last: chunks - 1 }]
				.try_into()
				.expect("one range"),
		})]
		.try_into()
		.expect("one dataset"),
		performances: (0..max)
			.map(|_| ComponentRef::New(Performance { latency_ms: 100, bandwidth_kbps: 1000 }))
			.collect::<alloc::vec::Vec<_>>()
			.try_into()
			.expect("max"),
		timetables: Default::default(),
		regions: (0..max)
			.map(|_| ComponentRef::New(region.clone()))
			.collect::<alloc::vec::Vec<_>>()
			.try_into()
			.expect("max"),
	}
}

/// Publishes a plan of `contracts` contracts and sets all of them up; returns the plan.
fn plan_in_setup<T: Config>(contracts: u32) -> (T::AccountId, ItemId) {
	providers::<T>(24, 0, b"u33");
	let feed =
		published_feed::<T>(u64::from(T::MaxContractsPerPlan::get()) * u64::from(crate::SET_SIZE));
	let sponsor = funded::<T>("sponsor");
	Datdot::<T>::publish_plan(
		RawOrigin::Signed(sponsor.clone()).into(),
		plan_form::<T>(feed, contracts, b"u3"),
	)
	.expect("valid plan");
	let plan = NextId::<T>::get().saturating_sub(contracts as u64).saturating_sub(1);
	let plan = (0..=plan).rev().find(|id| Plans::<T>::contains_key(id)).expect("plan stored");
	for contract in Plans::<T>::get(plan).expect("plan").contracts {
		Datdot::<T>::start_amendment(contract).expect("setup");
		assert_eq!(
			Contracts::<T>::get(contract).expect("contract").status,
			ContractStatus::SettingUp
		);
	}
	(sponsor, plan)
}

/// The amendment of a contract set up for benchmarking, with its attester's account.
fn amendment_of<T: Config>(plan: ItemId) -> (ItemId, Amendment<BlockNumberFor<T>>, T::AccountId) {
	let contract = Plans::<T>::get(plan).expect("plan").contracts[0];
	let id = Contracts::<T>::get(contract).expect("contract").amendment.expect("set up");
	let amendment = Amendments::<T>::get(id).expect("amendment");
	let attester = Users::<T>::get(amendment.attester).expect("user").account;
	(id, amendment, attester)
}

/// Each hoster's proof of contact for amendment `id`, signed with the keystore's keys.
fn contact_signatures<T: Config>(
	id: ItemId,
	hosters: &[ItemId],
) -> BoundedVec<ContactSignature, ConstU32<HOSTERS_PER_CONTRACT>> {
	let message = Datdot::<T>::contact_message(id);
	hosters
		.iter()
		.map(|h| {
			let key = Users::<T>::get(h).and_then(|u| u.keys).expect("keys").signing_key;
			let signature = sp_io::crypto::ed25519_sign(
				KEY_TYPE,
				&sp_core::ed25519::Public::from_raw(key),
				&message,
			)
			.expect("key in keystore");
			ContactSignature { hoster: *h, signature: signature.0 }
		})
		.collect::<alloc::vec::Vec<_>>()
		.try_into()
		.expect("at most three")
}

/// A contract of a one-contract plan hosted, then one of its hosters dropped: its replacement is
/// in progress. Returns the replacement's id, record and attester account.
fn replacement_in_progress<T: Config>() -> (ItemId, Amendment<BlockNumberFor<T>>, T::AccountId) {
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
fn contracts<T: Config>(n: u32) -> (sp_core::ed25519::Public, alloc::vec::Vec<ItemId>) {
	let key = sp_io::crypto::ed25519_generate(KEY_TYPE, None);
	let length = u64::from(T::MaxContractsPerPlan::get()) * u64::from(crate::SET_SIZE);
	let publisher = funded::<T>("publisher");
	Datdot::<T>::publish_feed(
		RawOrigin::Signed(publisher).into(),
		key.0,
		[1; 32],
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
		Datdot::<T>::publish_plan(
			RawOrigin::Signed(sponsor.clone()).into(),
			plan_form::<T>(feed, count, b"u3"),
		)
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

/// `hoster` hosts each of `contracts` (as a report of success would leave it).
fn host<T: Config>(hoster: ItemId, contracts: &[ItemId]) {
	for contract in contracts {
		let feed = Contracts::<T>::mutate(contract, |c| {
			let c = c.as_mut().expect("contract");
			c.status = ContractStatus::Active;
			c.hosters = alloc::vec![hoster].try_into().expect("one hoster");
			c.feed
		});
		Datdot::<T>::book(hoster, *contract, Role::Hoster).expect("registered");
		Datdot::<T>::feed_hoster_joined(feed, hoster).expect("room on the agenda");
	}
}

/// A feed hosted by `h` hosters (one contract each); returns the feed and the hosters.
fn hosted_feed<T: Config>(h: u32) -> (ItemId, alloc::vec::Vec<ItemId>) {
	let (_, all) = contracts::<T>(h);
	let hosters = providers::<T>(h, 4000, b"u33");
	for (hoster, contract) in hosters.iter().zip(&all) {
		host::<T>(*hoster, &[*contract]);
	}
	let feed = Contracts::<T>::get(all[0]).expect("contract").feed;
	(feed, hosters)
}

/// `feed`'s running performance challenge, issued by the chain; its id and attester account.
fn performance_challenge<T: Config>(
	feed: ItemId,
) -> (ItemId, PerformanceChallengeOf<T>, T::AccountId) {
	providers::<T>(1, 5000, b"u33");
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
fn storage_challenge<T: Config>(hoster: ItemId, contracts: &[ItemId]) -> (ItemId, T::AccountId) {
	let attester = providers::<T>(1, 5000, b"u33")[0];
	let id = Datdot::<T>::next_id().expect("ids left");
	Datdot::<T>::book(attester, id, Role::Attester).expect("registered");
	let deadline =
		frame_system::Pallet::<T>::block_number().saturating_add(T::ReportTimeout::get());
	let deadline = Datdot::<T>::schedule(deadline, Task::StorageChallengeTimeout { challenge: id })
		.expect("room");
	let checks: alloc::vec::Vec<StorageCheck> =
		contracts.iter().map(|c| StorageCheck { contract: *c, index: 0 }).collect();
	StorageChallenges::<T>::insert(
		id,
		StorageChallenge {
			hoster,
			attester,
			checks: checks.try_into().expect("at most MaxChecks"),
			deadline,
		},
	);
	StorageCycles::<T>::insert(hoster, ChallengeCycle::Running(id));
	(id, Users::<T>::get(attester).expect("user").account)
}

/// The hoster's proof of contact for `id`.
fn contact<T: Config>(hoster: ItemId, id: ItemId) -> datdot_primitives::Signature {
	let key = Users::<T>::get(hoster).and_then(|u| u.keys).expect("keys").signing_key;
	sp_io::crypto::ed25519_sign(
		KEY_TYPE,
		&sp_core::ed25519::Public::from_raw(key),
		&Datdot::<T>::contact_message(id),
	)
	.expect("key in keystore")
	.0
}

/// Providers in the attester queue that never qualify (their window ends too soon), so that a
/// selection draws its most positions.
fn unavailable_attesters<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	for i in 0..T::MaxSelectionDraws::get() {
		let who: T::AccountId = account("unavailable", i, 0);
		let amount = T::RegistrationDeposit::get().saturating_mul(100u32.into());
		T::Currency::set_balance(&who, amount.saturating_add(T::Currency::minimum_balance()));
		let mut key = [0u8; 32];
		key[..4].copy_from_slice(&i.to_le_bytes());
		key[31] = 0xaa;
		let mut noise = key;
		noise[31] = 0xab;
		let form = WorkForm {
			capacity: PerRole { encoder: 0, hoster: 0, attester: 1 },
			signing_key: key,
			noise_key: noise,
			from: Zero::zero(),
			until: Some(now.saturating_add(1u32.into())),
			storage: 1,
			region: Default::default(),
			performance: Performance { latency_ms: 50, bandwidth_kbps: 100_000 },
		};
		Datdot::<T>::register_for_work(RawOrigin::Signed(who).into(), form).expect("valid form");
	}
}

/// A hoster hosting `MaxCapacityPerRole` contracts, attesters that don't qualify, and one that
/// does: the heaviest issue of a storage challenge.
fn busiest_hoster<T: Config>() -> ItemId {
	let hoster = providers::<T>(1, 4000, b"u33")[0];
	let (_, all) = contracts::<T>(T::MaxCapacityPerRole::get());
	host::<T>(hoster, &all);
	unavailable_attesters::<T>();
	providers::<T>(1, 4001, b"u33");
	hoster
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A new feed by a new user (the heavier path: user record, id, deposit hold), with `r` roots.
	#[benchmark]
	fn publish_feed(r: Linear<1, { flat_tree::MAX_ROOTS }>) {
		let caller = funded::<T>("publisher");
		// A length with exactly `r` set bits.
		let length = (1u64 << r) - 1;
		let (key, tree) = signed_tree(length);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), key, [1; 32], tree);

		assert!(FeedByKey::<T>::contains_key(key));
	}

	#[benchmark]
	fn unpublish_feed() {
		let caller = funded::<T>("publisher");
		let (key, tree) = signed_tree(17);
		Datdot::<T>::publish_feed(RawOrigin::Signed(caller.clone()).into(), key, [1; 32], tree)
			.expect("valid feed");
		let feed = FeedByKey::<T>::get(key).expect("just published");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), feed);

		assert!(!Feeds::<T>::contains_key(feed));
	}

	/// First registration of a new user (user record, keys, deposit, three idle queues).
	#[benchmark]
	fn register_for_work() {
		let caller = funded::<T>("provider");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), form::<T>(1));

		let user = UserByAccount::<T>::get(&caller).expect("created");
		assert_eq!(IdlePosition::<T>::get(Role::Hoster, user), Some(0));
	}

	/// Leaving all three queues, each removal moving another provider into the freed position.
	#[benchmark]
	fn unregister() {
		let caller = provider::<T>("provider", 1);
		provider::<T>("other", 2);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		let user = UserByAccount::<T>::get(&caller).expect("created");
		assert!(Users::<T>::get(user).expect("exists").provider.is_none());
	}

	#[benchmark]
	fn pause() {
		let caller = provider::<T>("provider", 1);
		provider::<T>("other", 2);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert_eq!(IdleCount::<T>::get(Role::Hoster), 1);
	}

	#[benchmark]
	fn unpause() {
		let caller = provider::<T>("provider", 1);
		provider::<T>("other", 2);
		Datdot::<T>::pause(RawOrigin::Signed(caller.clone()).into()).expect("registered");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert_eq!(IdleCount::<T>::get(Role::Hoster), 2);
	}

	/// A plan cut into `c` contracts, with the most components of every kind.
	#[benchmark]
	fn publish_plan(c: Linear<1, { T::MaxContractsPerPlan::get() }>) {
		let feed = published_feed::<T>(
			u64::from(T::MaxContractsPerPlan::get()) * u64::from(crate::SET_SIZE),
		);
		let sponsor = funded::<T>("sponsor");
		let form = plan_form::<T>(feed, c, b"u3");

		#[extrinsic_call]
		_(RawOrigin::Signed(sponsor), form);

		assert_eq!(Contracts::<T>::iter().count() as u32, c);
	}

	/// Unpublishing a plan of `c` contracts, all in the middle of their setup (7 bookings each).
	#[benchmark]
	fn unpublish_plan(c: Linear<1, { T::MaxContractsPerPlan::get().min(32) }>) {
		let (sponsor, plan) = plan_in_setup::<T>(c);

		#[extrinsic_call]
		_(RawOrigin::Signed(sponsor), plan);

		assert_eq!(Bookings::<T>::iter().count(), 0);
	}

	/// A successful report: three proofs of contact verified, seven bookings moved or released.
	#[benchmark]
	fn hosting_setup_report() {
		let (_, plan) = plan_in_setup::<T>(1);
		let (id, amendment, attester) = amendment_of::<T>(plan);
		let signatures = contact_signatures::<T>(id, &amendment.hosters);

		#[extrinsic_call]
		_(RawOrigin::Signed(attester), id, Default::default(), signatures);

		assert_eq!(Amendments::<T>::get(id).expect("kept").status, AmendmentStatus::Done);
	}

	/// A report of failure by every provider: seven releases and pauses, then a retry with a new
	/// selection.
	#[benchmark]
	fn hosting_setup_report_failed() {
		let (_, plan) = plan_in_setup::<T>(1);
		let (id, amendment, attester) = amendment_of::<T>(plan);
		let mut failed: alloc::vec::Vec<ProviderRef> = amendment
			.encoders
			.iter()
			.chain(amendment.hosters.iter())
			.map(|u| ProviderRef::Id(*u))
			.collect();
		failed.push(ProviderRef::Id(amendment.attester));

		#[extrinsic_call]
		hosting_setup_report(
			RawOrigin::Signed(attester),
			id,
			failed.try_into().expect("seven"),
			Default::default(),
		);

		assert!(Amendments::<T>::get(id).is_none());
	}

	/// A successful replacement report: the new hoster's proof of contact verified, its booking
	/// moved to the contract, the attester and encoder released.
	#[benchmark]
	fn hoster_replacement_report() {
		let (id, amendment, attester) = replacement_in_progress::<T>();
		let signatures = contact_signatures::<T>(id, &amendment.hosters);

		#[extrinsic_call]
		_(RawOrigin::Signed(attester), id, Default::default(), signatures);

		assert_eq!(Amendments::<T>::get(id).expect("kept").status, AmendmentStatus::Done);
	}

	/// A replacement report naming all three of its providers as failed: releases, pauses and a
	/// new replacement.
	#[benchmark]
	fn hoster_replacement_report_failed() {
		let (id, amendment, attester) = replacement_in_progress::<T>();
		let failed: alloc::vec::Vec<ProviderRef> = [amendment.attester]
			.into_iter()
			.chain(amendment.encoders.iter().copied())
			.chain(amendment.hosters.iter().copied())
			.map(ProviderRef::Id)
			.collect();

		#[extrinsic_call]
		hoster_replacement_report(
			RawOrigin::Signed(attester),
			id,
			failed.try_into().expect("three"),
			Default::default(),
		);

		assert!(Amendments::<T>::get(id).is_none());
	}

	/// Unregistering with booked jobs: out of the idle queues, the first hand-over scheduled.
	#[benchmark]
	fn unregister_leaving() {
		let (_, plan) = plan_in_setup::<T>(1);
		let (_, amendment, _) = amendment_of::<T>(plan);
		let leaver = Users::<T>::get(amendment.hosters[0]).expect("user").account;

		#[extrinsic_call]
		unregister(RawOrigin::Signed(leaver));

		let user = Users::<T>::get(amendment.hosters[0]).expect("user");
		assert!(user.provider.expect("still registered").is_leaving());
	}

	/// `on_initialize` with nothing due.
	#[benchmark]
	fn agenda_base() {
		let now = frame_system::Pallet::<T>::block_number();

		#[block]
		{
			Datdot::<T>::tick(now);
		}
	}

	/// The heaviest agenda task: a report timeout, which releases seven providers, pauses the
	/// attester and runs a new selection among many providers outside the plan's region.
	#[benchmark]
	fn agenda_task() {
		// Providers that never qualify as hosters make selection draw its most positions.
		providers::<T>(T::MaxSelectionDraws::get(), 1000, b"9q");
		let (_, plan) = plan_in_setup::<T>(1);
		let (id, _, _) = amendment_of::<T>(plan);

		#[block]
		{
			Datdot::<T>::run(Task::AmendmentTimeout { amendment: id });
		}

		assert!(Amendments::<T>::get(id).is_none());
	}

	/// Handing over the last job of a leaving provider, a setup it is part of: the setup fails
	/// without blame and is retried with a new selection among many providers outside the plan's
	/// region; then the registration ends.
	#[benchmark]
	fn agenda_hand_over() {
		providers::<T>(T::MaxSelectionDraws::get(), 1000, b"9q");
		let (_, plan) = plan_in_setup::<T>(1);
		let (id, amendment, _) = amendment_of::<T>(plan);
		let leaver = amendment.hosters[0];
		let account = Users::<T>::get(leaver).expect("user").account;
		Datdot::<T>::unregister(RawOrigin::Signed(account).into()).expect("registered");

		#[block]
		{
			Datdot::<T>::run(Task::HandOver { user: leaver });
		}

		assert!(Amendments::<T>::get(id).is_none());
		assert!(Users::<T>::get(leaver).expect("user").provider.is_none());
	}

	/// A confirmed storage challenge of `c` checks, each a chunk of `s` bytes with a path of `n`
	/// nodes: the proof of contact and `c` block proofs verified.
	#[benchmark]
	fn submit_storage_proof(
		c: Linear<1, { T::MaxChecksPerChallenge::get() }>,
		s: Linear<1, { T::MaxChunkSize::get() }>,
		n: Linear<0, { T::MaxProofNodes::get().min(flat_tree::MAX_ROOTS) }>,
	) {
		let hoster = providers::<T>(1, 4000, b"u33")[0];
		let (key, all) = contracts::<T>(c);
		host::<T>(hoster, &all);
		let (id, attester) = storage_challenge::<T>(hoster, &all);
		let proofs: alloc::vec::Vec<Option<ChunkProofOf<T>>> =
			(0..c).map(|_| Some(chunk_proof::<T>(&key, s, n))).collect();
		let contact = contact::<T>(hoster, id);

		#[extrinsic_call]
		_(RawOrigin::Signed(attester), id, Some(contact), proofs.try_into().expect("c checks"));

		assert!(StorageChallenges::<T>::get(id).is_none());
		assert!(matches!(StorageCycles::<T>::get(hoster), Some(ChallengeCycle::Next(_))));
	}

	/// A failed storage challenge of a hoster hosting `h` contracts: it leaves all of them, each
	/// queued for a replacement.
	#[benchmark]
	fn submit_storage_proof_failed(h: Linear<1, { T::MaxCapacityPerRole::get() }>) {
		let hoster = providers::<T>(1, 4000, b"u33")[0];
		let (_, all) = contracts::<T>(h);
		host::<T>(hoster, &all);
		let first = all.first().copied().into_iter().collect::<alloc::vec::Vec<_>>();
		let (id, attester) = storage_challenge::<T>(hoster, &first);

		#[extrinsic_call]
		submit_storage_proof(RawOrigin::Signed(attester), id, None, Default::default());

		assert!(Datdot::<T>::hosted_contracts(hoster).is_empty());
	}

	/// Issuing the storage challenge of a hoster with the most contracts, drawing attesters
	/// among many that don't qualify.
	#[benchmark]
	fn agenda_storage_challenge() {
		let hoster = busiest_hoster::<T>();

		#[block]
		{
			Datdot::<T>::run(Task::StorageChallenge { hoster });
		}

		assert!(matches!(StorageCycles::<T>::get(hoster), Some(ChallengeCycle::Running(_))));
	}

	/// A storage challenge timing out: the attester released and paused, then the hoster's
	/// challenge issued anew (as in `agenda_storage_challenge`).
	#[benchmark]
	fn agenda_storage_challenge_timeout() {
		let hoster = busiest_hoster::<T>();
		let (_, all) = contracts::<T>(1);
		let (id, _) = storage_challenge::<T>(hoster, &all);

		#[block]
		{
			Datdot::<T>::run(Task::StorageChallengeTimeout { challenge: id });
		}

		assert!(StorageChallenges::<T>::get(id).is_none());
		assert!(matches!(StorageCycles::<T>::get(hoster), Some(ChallengeCycle::Running(_))));
	}

	/// A performance report on `h` hosters, all reached: `h` proofs of contact verified, `h`
	/// grades recorded.
	#[benchmark]
	fn submit_performance_proof(h: Linear<1, { T::MaxHostersPerPerformanceChallenge::get() }>) {
		let (feed, _) = hosted_feed::<T>(h);
		let (id, challenge, attester) = performance_challenge::<T>(feed);
		let reports: alloc::vec::Vec<PerformanceReport> = challenge
			.hosters
			.iter()
			.map(|hoster| PerformanceReport {
				hoster: *hoster,
				result: PerformanceResult::Reached {
					latency_ms: 120,
					bandwidth_kbps: 1000,
					proof_of_contact: contact::<T>(*hoster, id),
				},
			})
			.collect();

		#[extrinsic_call]
		_(RawOrigin::Signed(attester), id, reports.try_into().expect("h reports"));

		assert!(PerformanceChallenges::<T>::get(id).is_none());
	}

	/// A performance report on `h` hosters, none reached: each paused, each replacement queued.
	#[benchmark]
	fn submit_performance_proof_unreachable(
		h: Linear<1, { T::MaxHostersPerPerformanceChallenge::get() }>,
	) {
		let (feed, _) = hosted_feed::<T>(h);
		let (id, challenge, attester) = performance_challenge::<T>(feed);
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
			reports.try_into().expect("h reports"),
		);

		assert!(PerformanceChallenges::<T>::get(id).is_none());
	}

	/// Issuing a performance challenge of a feed with the most hosters, drawing attesters among
	/// many that don't qualify.
	#[benchmark]
	fn agenda_performance_challenge() {
		let (feed, _) =
			hosted_feed::<T>(T::MaxHostersPerPerformanceChallenge::get().saturating_add(1));
		unavailable_attesters::<T>();
		providers::<T>(1, 5000, b"u33");

		#[block]
		{
			Datdot::<T>::run(Task::PerformanceChallenge { feed });
		}

		assert!(matches!(PerformanceCycles::<T>::get(feed), Some(ChallengeCycle::Running(_))));
	}

	/// A performance challenge timing out: the attester paused, the feed challenged anew (as in
	/// `agenda_performance_challenge`).
	#[benchmark]
	fn agenda_performance_challenge_timeout() {
		let (feed, _) =
			hosted_feed::<T>(T::MaxHostersPerPerformanceChallenge::get().saturating_add(1));
		let (id, _, _) = performance_challenge::<T>(feed);
		unavailable_attesters::<T>();
		providers::<T>(1, 5001, b"u33");

		#[block]
		{
			Datdot::<T>::run(Task::PerformanceChallengeTimeout { challenge: id });
		}

		assert!(PerformanceChallenges::<T>::get(id).is_none());
		assert!(matches!(PerformanceCycles::<T>::get(feed), Some(ChallengeCycle::Running(_))));
	}

	/// A hoster with the most contracts leaves all of them (unreachable, or paused too long);
	/// each is queued for a replacement.
	#[benchmark]
	fn agenda_replace_hoster() {
		let hoster = providers::<T>(1, 4000, b"u33")[0];
		let (_, all) = contracts::<T>(T::MaxCapacityPerRole::get());
		host::<T>(hoster, &all);

		#[block]
		{
			Datdot::<T>::run(Task::ReplaceHoster { hoster });
		}

		assert!(Datdot::<T>::hosted_contracts(hoster).is_empty());
	}

	/// Reference cost, not a call's weight: BLAKE2b-256 of a leaf of `s` bytes (what a storage
	/// check hashes besides its path and roots).
	#[benchmark]
	fn reference_leaf_hash(s: Linear<1, { T::MaxChunkSize::get() }>) {
		let data = alloc::vec![7u8; s as usize];
		let hash;

		#[block]
		{
			hash = hypercore::leaf_hash(&data);
		}

		assert_ne!(hash, [0; 32]);
	}

	/// Reference cost, not a call's weight: one ed25519 verification of an 80-byte message (what
	/// a storage check verifies once, for the tree's signature).
	#[benchmark]
	fn reference_ed25519_verify() {
		let key = sp_io::crypto::ed25519_generate(KEY_TYPE, None);
		let message = [3u8; 80];
		let signature =
			sp_io::crypto::ed25519_sign(KEY_TYPE, &key, &message).expect("key in keystore");
		let valid;

		#[block]
		{
			valid = datdot_primitives::ed25519_verify(&signature.0, &message, &key.0);
		}

		assert!(valid);
	}

	impl_benchmark_test_suite!(Datdot, crate::mock::new_test_ext(), crate::mock::Test);
}
