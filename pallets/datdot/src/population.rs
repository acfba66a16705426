//! A population a chain can start with: feeds, providers and contracts hosted from genesis, so
//! a load test or a scale measurement begins where a busy chain is, not with hours of setups.
//!
//! For development and test chains only (a production chain's genesis has none). Everything is
//! made by the pallet's own functions, as the calls would make it, so the state holds the
//! pallet's invariants and every deposit is held:
//!
//! * each feed published by `sponsor` from its signed tree (verified against its key);
//! * each provider registered for every role at `capacity`, with its signing and Noise keys (no
//!   proof of possession: genesis has no hash to sign over yet; the keys are the chain spec's
//!   word), minted its stake and `endowment`;
//! * `contracts` contracts in plans of `sponsor` over the feeds in turn (each plan as many whole
//!   sets of one feed as a plan takes, from chunk 0, or at most `plan_contracts`), funded for all
//!   of it and active: contract
//!   `i` hosted by providers `3i`, `3i + 1`, `3i + 2` (modulo the number of providers), as a
//!   successful setup leaves it (the plan's setup deadline off the agenda), the plans' first
//!   budget checks spread evenly over blocks `1..=spread`;
//! * the hosters' first storage challenges spread over blocks `1..=spread` (hoster `i` at
//!   `1 + i % spread`), so a chain starts with as many challenges due per block as it will have.
//!
//! The runtime's `GenesisBuilder::build_state` builds it after every pallet's genesis
//! ([`Pallet::build_population`]). A population the pallet refuses (a bad tree, too few providers
//! for a contract, a provider given more contracts than its capacity: `HostingFull`) leaves
//! nothing behind and stops the chain spec from being built, with the pallet's error.

use crate::{
	BalanceOf, ChallengeCycle, ComponentRef, Config, ContractStatus, Contracts, Dataset, Error,
	Escrows, FeedByKey, Feeds, Keys, Pallet, PerRole, Performance, PlanFormOf, Plans, Role,
	StorageCycles, Task, UserByNoiseKey, UserBySigningKey, Users, WorkForm, HOSTERS_PER_CONTRACT,
	SET_SIZE,
};
use alloc::{format, string::String, vec::Vec};
use codec::{Decode, Encode};
use datdot_primitives::{
	hypercore::{self, Node, SignedTree},
	sets::ChunkRange,
	Hash32, ItemId, PublicKey,
};
use frame_support::{
	pallet_prelude::*,
	storage::with_storage_layer,
	traits::fungible::{Inspect, Mutate},
	BoundedVec,
};
use frame_support::{Deserialize, Serialize};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{Saturating, Zero},
	SaturatedConversion,
};

/// A feed as the chain spec gives it: its key and a signed tree of all its full roots.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, Serialize, Deserialize)]
#[serde(crate = "frame_support::__private::serde", rename_all = "camelCase", deny_unknown_fields)]
pub struct PopulationFeed {
	/// The feed's ed25519 public key.
	pub key: PublicKey,
	/// The signed length.
	pub length: u64,
	/// The full roots at `length`, ascending: `(index, size, hash)`.
	pub roots: Vec<(u64, u64, Hash32)>,
	/// The feed key's signature over the tree (64 bytes).
	pub signature: Vec<u8>,
}

/// A provider as the chain spec gives it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, Serialize, Deserialize)]
#[serde(crate = "frame_support::__private::serde", rename_all = "camelCase", deny_unknown_fields)]
pub struct PopulationProvider<AccountId> {
	/// The provider's account.
	pub account: AccountId,
	/// Its ed25519 signing key (proofs of contact).
	pub signing_key: PublicKey,
	/// Its Noise key.
	pub noise_key: PublicKey,
}

/// What a chain starts with (see the [module docs](self)).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, Serialize, Deserialize)]
#[serde(crate = "frame_support::__private::serde", rename_all = "camelCase", deny_unknown_fields)]
pub struct Population<AccountId> {
	/// Publishes the feeds and sponsors the plans; minted their deposits and budgets.
	pub sponsor: AccountId,
	/// The feeds, in the order plans take them.
	pub feeds: Vec<PopulationFeed>,
	/// The providers, in the order contracts take them as hosters.
	pub providers: Vec<PopulationProvider<AccountId>>,
	/// Each provider's capacity in every role.
	pub capacity: u32,
	/// Minted to each provider on top of its stake (for fees).
	pub endowment: u128,
	/// Contracts to host.
	pub contracts: u32,
	/// The most contracts in one plan; 0 (the default): as many as a plan takes.
	#[serde(default)]
	pub plan_contracts: u32,
	/// The plans' last block.
	pub until: u32,
	/// Blocks the hosters' first storage challenges and the plans' first budget checks are
	/// spread over (at least 1).
	pub spread: u32,
}

impl<T: Config> Pallet<T> {
	/// Builds `population` into the genesis state being built (after every pallet's genesis),
	/// or changes nothing and says why the pallet refuses it.
	pub fn build_population(population: &Population<T::AccountId>) -> Result<(), String> {
		with_storage_layer(|| Self::populate(population))
			.map_err(|e| format!("datdot genesis population refused: {e:?}"))
	}

	/// Builds `population` into the genesis state.
	fn populate(population: &Population<T::AccountId>) -> DispatchResult {
		let feeds = population
			.feeds
			.iter()
			.map(|feed| Self::populate_feed(&population.sponsor, feed))
			.collect::<Result<Vec<_>, _>>()?;
		let providers = population
			.providers
			.iter()
			.map(|provider| Self::populate_provider(population, provider))
			.collect::<Result<Vec<_>, _>>()?;
		// Fewer providers than a contract has hosters would book one twice.
		ensure!(providers.len() >= HOSTERS_PER_CONTRACT as usize, Error::<T>::DuplicateProvider);
		let mut hosted = 0u32;
		let mut next_hoster = 0usize;
		let mut plans = 0usize;
		let mut populated = Vec::new();
		while hosted < population.contracts {
			let at = plans.checked_rem(feeds.len()).ok_or(Error::<T>::NoDatasets)?;
			let (feed, length) = *feeds.get(at).ok_or(Error::<T>::UnknownFeed)?;
			plans = plans.saturating_add(1);
			let most = match population.plan_contracts {
				0 => T::MaxContractsPerPlan::get(),
				most => most.min(T::MaxContractsPerPlan::get()),
			};
			let sets = (length / u64::from(SET_SIZE))
				.min(u64::from(most))
				.min(u64::from(population.contracts.saturating_sub(hosted)));
			ensure!(sets > 0, Error::<T>::RangeBeyondFeed);
			let plan = Self::populate_plan(population, feed, sets)?;
			for contract in Plans::<T>::get(plan).ok_or(Error::<T>::UnknownPlan)?.contracts {
				let hosters = (0..HOSTERS_PER_CONTRACT as usize).filter_map(|k| {
					let at = next_hoster.saturating_add(k).checked_rem(providers.len())?;
					providers.get(at).copied()
				});
				let hosters = hosters.collect::<Vec<_>>();
				next_hoster = next_hoster.saturating_add(hosters.len());
				Self::populate_contract(contract, &hosters)?;
				hosted = hosted.saturating_add(1);
			}
			Self::populate_hosted_plan(plan)?;
			populated.push(plan);
		}
		Self::spread_budget_checks(&populated, population.spread.max(1))?;
		Self::spread_storage_cycles(&providers, population.spread.max(1));
		Ok(())
	}

	fn populate_feed(
		sponsor: &T::AccountId,
		feed: &PopulationFeed,
	) -> Result<(ItemId, u64), DispatchError> {
		let roots = feed
			.roots
			.iter()
			.map(|&(index, size, hash)| Node { index, size, hash })
			.collect::<Vec<_>>();
		let tree = SignedTree {
			length: feed.length,
			fork: 0,
			roots: roots.try_into().map_err(|_| Error::<T>::WrongRootCount)?,
			signature: feed
				.signature
				.clone()
				.try_into()
				.map_err(|_| Error::<T>::BadFeedSignature)?,
		};
		Self::mint(sponsor, T::FeedDeposit::get());
		Self::do_publish_feed(
			sponsor.clone(),
			feed.key,
			hypercore::discovery_key(&feed.key),
			tree,
		)?;
		let id = FeedByKey::<T>::get(feed.key).ok_or(Error::<T>::UnknownFeed)?;
		Ok((id, Feeds::<T>::get(id).ok_or(Error::<T>::UnknownFeed)?.length))
	}

	fn populate_provider(
		population: &Population<T::AccountId>,
		provider: &PopulationProvider<T::AccountId>,
	) -> Result<ItemId, DispatchError> {
		let capacity = population.capacity;
		let form = WorkForm {
			capacity: PerRole { encoder: capacity, hoster: capacity, attester: capacity },
			signing_key: provider.signing_key,
			noise_key: provider.noise_key,
			from: Zero::zero(),
			until: None,
			storage: u64::MAX / 2,
			region: Default::default(),
			performance: Performance { latency_ms: 50, bandwidth_kbps: 100_000 },
		};
		let who = &provider.account;
		let endowment: BalanceOf<T> = population.endowment.saturated_into();
		Self::mint(who, Self::full_stake(&form).saturating_add(endowment));
		// The keys are the chain spec's word: claimed here, so registering asks no proof.
		let user_id = Self::ensure_user(who)?;
		let mut user = Users::<T>::get(user_id).ok_or(Error::<T>::NotRegistered)?;
		let keys = Keys { signing_key: form.signing_key, noise_key: form.noise_key };
		ensure!(
			!UserBySigningKey::<T>::contains_key(keys.signing_key),
			Error::<T>::SigningKeyInUse
		);
		ensure!(!UserByNoiseKey::<T>::contains_key(keys.noise_key), Error::<T>::NoiseKeyInUse);
		UserBySigningKey::<T>::insert(keys.signing_key, user_id);
		UserByNoiseKey::<T>::insert(keys.noise_key, user_id);
		user.keys = Some(keys);
		Users::<T>::insert(user_id, user);
		Self::do_register_for_work(who.clone(), form, None)?;
		Ok(user_id)
	}

	/// A plan of `sets` whole sets of `feed` from chunk 0, funded for all of it; its id.
	fn populate_plan(
		population: &Population<T::AccountId>,
		feed: ItemId,
		sets: u64,
	) -> Result<ItemId, DispatchError> {
		let last = sets.saturating_mul(u64::from(SET_SIZE)).saturating_sub(1);
		let dataset = Dataset {
			feed,
			ranges: BoundedVec::truncate_from(alloc::vec![ChunkRange { first: 0, last }]),
		};
		let form = PlanFormOf::<T> {
			from: Zero::zero(),
			until: population.until.into(),
			datasets: BoundedVec::truncate_from(alloc::vec![ComponentRef::New(dataset)]),
			performances: Default::default(),
			timetables: Default::default(),
			regions: Default::default(),
		};
		let budget = Self::plan_cost(&form)?.total;
		let deposits = T::PlanDeposit::get()
			.saturating_add(T::ContractDeposit::get().saturating_mul((sets as u32).into()))
			.saturating_add(T::ComponentDeposit::get());
		Self::mint(&population.sponsor, budget.saturating_add(deposits));
		let plan = crate::NextId::<T>::get();
		Self::do_publish_plan(population.sponsor.clone(), form, budget)?;
		Ok(plan)
	}

	/// `contract` hosted by `hosters`, as a successful setup leaves it.
	fn populate_contract(contract_id: ItemId, hosters: &[ItemId]) -> DispatchResult {
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::UnknownContract)?;
		if let Some(at) = contract.scheduled.take() {
			Self::unschedule(at, &Task::StartHosting { contract: contract_id });
		}
		contract.status = ContractStatus::Active;
		for hoster in hosters {
			// As a selection would: only a provider with room for another contract.
			let user = Users::<T>::get(hoster).ok_or(Error::<T>::UnknownUser)?;
			ensure!(Self::is_idle(&user, Role::Hoster), Error::<T>::HostingFull);
			Self::join_contract(contract_id, &mut contract, *hoster)?;
		}
		Contracts::<T>::insert(contract_id, contract);
		Ok(())
	}

	/// `plan` as a successful setup leaves it: its setup deadline off the agenda.
	fn populate_hosted_plan(plan_id: ItemId) -> DispatchResult {
		let mut plan = Plans::<T>::get(plan_id).ok_or(Error::<T>::UnknownPlan)?;
		if let Some(at) = plan.setup_deadline.take() {
			Self::unschedule(at, &Task::PlanSetupDeadline { plan: plan_id });
		}
		Plans::<T>::insert(plan_id, plan);
		Ok(())
	}

	/// The `i`-th of `plans`' first budget check at block `1 + i * spread / plans.len()`: spread
	/// evenly, as plans published over time have theirs.
	fn spread_budget_checks(plans: &[ItemId], spread: u32) -> DispatchResult {
		let count = plans.len().max(1) as u64;
		for (i, plan) in plans.iter().enumerate() {
			let mut escrow = Escrows::<T>::get(plan).ok_or(Error::<T>::UnknownPlan)?;
			let task = Task::CheckBudget { plan: *plan };
			Self::unschedule(escrow.check_at, &task);
			let at = (i as u64).saturating_mul(u64::from(spread)).checked_div(count).unwrap_or(0);
			let block: BlockNumberFor<T> = u32::try_from(at).unwrap_or(0).saturating_add(1).into();
			escrow.check_at = Self::schedule(block, task);
			Escrows::<T>::insert(plan, escrow);
		}
		Ok(())
	}

	/// Hoster `i`'s first storage challenge at block `1 + i % spread`.
	fn spread_storage_cycles(providers: &[ItemId], spread: u32) {
		for (i, hoster) in providers.iter().enumerate() {
			let Some(ChallengeCycle::Next(at)) = StorageCycles::<T>::get(hoster) else { continue };
			let task = Task::StorageChallenge { hoster: *hoster };
			Self::unschedule(at, &task);
			let block: BlockNumberFor<T> =
				(i as u32).checked_rem(spread).unwrap_or(0).saturating_add(1).into();
			StorageCycles::<T>::insert(hoster, ChallengeCycle::Next(Self::schedule(block, task)));
		}
	}

	/// Mints `amount` to `who` (genesis only: the population's funds).
	fn mint(who: &T::AccountId, amount: BalanceOf<T>) {
		let total = T::Currency::balance(who).saturating_add(amount);
		let _ = T::Currency::set_balance(who, total.max(T::Currency::minimum_balance()));
	}
}
