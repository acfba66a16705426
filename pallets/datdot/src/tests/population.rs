//! A chain that starts with a population: its contracts hosted and audited from the first
//! blocks, its state the pallet's own.

use super::*;
use crate::{
	mock::*,
	population::{Population, PopulationFeed, PopulationProvider},
	ChallengeCycle, ContractStatus, Contracts, Error, Event, FeedByKey, HostedContracts,
	StorageCycles, UserByAccount,
};
use frame_support::assert_ok;
use sp_core::Pair;

/// `providers` providers (accounts 100 + seed, keys of `signer(seed)`), `contracts` contracts of
/// the fixture feed, challenges spread over `spread` blocks.
fn population(providers: u8, contracts: u32, spread: u32) -> Population<AccountId> {
	let tree = tree();
	Population {
		sponsor: BOB,
		feeds: vec![PopulationFeed {
			key: fixture().feed.key,
			length: tree.length,
			roots: tree.roots.iter().map(|n| (n.index, n.size, n.hash)).collect(),
			signature: tree.signature.to_vec(),
		}],
		providers: (1..=providers)
			.map(|seed| PopulationProvider {
				account: 100 + u64::from(seed),
				signing_key: signer(seed).public().0,
				noise_key: [seed.wrapping_add(128); 32],
			})
			.collect(),
		capacity: 3,
		endowment: 1_000,
		contracts,
		plan_contracts: 0,
		until: 1_000,
		spread,
	}
}

#[test]
fn a_population_starts_hosted_and_audited() {
	new_test_ext_with(Some(population(6, 5, 3))).execute_with(|| {
		check_invariants();
		let feed = FeedByKey::<Test>::get(fixture().feed.key).unwrap();
		let contracts: Vec<_> = Contracts::<Test>::iter().collect();
		assert_eq!(contracts.len(), 5);
		for (_, contract) in &contracts {
			assert_eq!(contract.feed, feed);
			assert_eq!(contract.status, ContractStatus::Active);
			assert_eq!(contract.hosters.len(), 3);
			assert_eq!(contract.scheduled, None);
		}
		// Each plan set up as a successful setup leaves it: no deadline; plan `i` of `n`'s first
		// budget check at block `1 + 3i / n`.
		let mut plans: Vec<_> = crate::Plans::<Test>::iter().collect();
		plans.sort_by_key(|(id, _)| *id);
		assert!(plans.len() > 1, "the fixture feed takes more than one plan");
		for (i, (id, plan)) in plans.iter().enumerate() {
			assert_eq!(plan.setup_deadline, None);
			let at = 1 + 3 * i as u64 / plans.len() as u64;
			assert_eq!(crate::Escrows::<Test>::get(id).unwrap().check_at, at);
		}
		let hosters: Vec<_> = (1..=6u8)
			.map(|seed| UserByAccount::<Test>::get(100 + u64::from(seed)).unwrap())
			.collect();
		for (i, hoster) in hosters.iter().enumerate() {
			// Fifteen positions over six providers, in turn: two or three contracts each.
			let hosted = HostedContracts::<Test>::get(hoster).len();
			assert_eq!(hosted, if i < 3 { 3 } else { 2 });
			let at = 1 + i as u64 % 3;
			assert_eq!(StorageCycles::<Test>::get(hoster), Some(ChallengeCycle::Next(at)));
		}

		// Every hoster is challenged in the first three blocks; a challenge proved with the
		// feed's real chunks is confirmed.
		for seed in 1..=6u8 {
			let _ = form(seed); // the signing key into the keystore
		}
		run_to_block(3);
		check_invariants();
		let issued = testing::challenges::<Test>().0;
		let mut challenged: Vec<_> = issued.iter().map(|c| c.hoster).collect();
		challenged.sort();
		assert_eq!(challenged, hosters);
		let c = issued.first().unwrap();
		assert_ok!(Datdot::submit_storage_proof(
			RuntimeOrigin::signed(account(c.attester)),
			c.id,
			contact(c),
			proofs(c),
		));
		System::assert_has_event(
			Event::StorageChallengeConfirmed { id: c.id, hoster: c.hoster, attester: c.attester }
				.into(),
		);
		check_invariants();
	});
}

/// Plans of the 1,000-block feed (100 sets): as many contracts as a plan takes, or at most
/// `plan_contracts`.
#[test]
fn a_population_keeps_its_plans_within_plan_contracts() {
	let plan_sizes = |plan_contracts: u32| {
		let big = &fixture().big_feed;
		let tree = &big.trees[0];
		let mut p = population(6, 5, 3);
		p.feeds = vec![PopulationFeed {
			key: big.key,
			length: tree.length,
			roots: tree.roots.iter().map(|n| (n.index, n.size, n.hash)).collect(),
			signature: tree.signature.to_vec(),
		}];
		p.plan_contracts = plan_contracts;
		new_test_ext_with(Some(p)).execute_with(|| {
			check_invariants();
			assert_eq!(Contracts::<Test>::iter().count(), 5);
			let mut sizes: Vec<_> =
				crate::Plans::<Test>::iter().map(|(_, plan)| plan.contracts.len()).collect();
			sizes.sort();
			sizes
		})
	};
	assert_eq!(plan_sizes(0), vec![5]);
	assert_eq!(plan_sizes(2), vec![1, 2, 2]);
}

/// What building `population` into a genesis panics with.
fn refusal(population: Population<AccountId>) -> String {
	let panic = std::panic::catch_unwind(|| new_test_ext_with(Some(population))).unwrap_err();
	panic.downcast_ref::<String>().cloned().unwrap_or_default()
}

#[test]
fn a_population_the_pallet_refuses_builds_no_chain() {
	let refused = |error: Error<Test>| {
		format!("datdot genesis population refused: {:?}", sp_runtime::DispatchError::from(error))
	};
	// Fewer providers than a contract's hosters would book one twice.
	assert_eq!(refusal(population(2, 1, 1)), refused(Error::<Test>::DuplicateProvider));
	// Three providers of capacity 3 can't host four contracts three times each.
	assert_eq!(refusal(population(3, 4, 1)), refused(Error::<Test>::HostingFull));
	// A feed whose signature is not its key's.
	let mut forged = population(6, 1, 1);
	forged.feeds[0].signature[0] ^= 1;
	assert_eq!(refusal(forged), refused(Error::<Test>::BadFeedSignature));
}
