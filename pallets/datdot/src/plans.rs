//! Publishing and unpublishing plans; cutting their datasets into contracts.
//!
//! A plan's datasets (inline or stored components) are validated against their feeds' signed
//! lengths and cut, in order, into contracts of [`SET_SIZE`](crate::SET_SIZE) chunks. Each
//! contract's hosting setup is put on the agenda at the plan's `from` (the next block if `from`
//! has passed), the plan's end at `until`.
//!
//! Components a plan stores inline are paid by a deposit from its sponsor ([`Config::ComponentDeposit`])
//! and counted by the live plans that name them (`ComponentUses`); the last plan to end removes the
//! component and returns the deposit to whoever paid it, so plans leave no state behind.
//!
//! A plan's budget is held in escrow and pays its providers (see [`escrow`](crate::escrow));
//! `publish_plan` refuses one below the plan's setups and one challenge period. However a plan
//! ends (its `until`, unpublished, its setup window over, its budget exhausted), `PlanEnded {
//! reason }` follows and the rest of its budget is refunded.
//!
//! Decisions where the protocol is silent: a plan needs at least one dataset; datasets of one plan
//! may name the same feed; `from` may lie in the past (hosting is then set up from the next block
//! on) but `until` must lie ahead of both `from` and the current block.

use crate::{
	BalanceOf, Component, ComponentRef, ComponentUse, ComponentUses, Components, Config, Contract,
	ContractStatus, Contracts, Dataset, Error, Event, Feeds, HoldReason, Pallet, Plan, PlanCost,
	PlanEnd, PlanFormOf, PlanOf, Plans, PriceList, Task, UserByAccount,
};
use alloc::vec::Vec;
use datdot_primitives::{sets, ItemId};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

/// One contract's chunks: its feed and ranges.
type ChunkSet = (ItemId, Vec<sets::ChunkRange>);

impl<T: Config> Pallet<T> {
	pub(crate) fn do_publish_plan(
		who: T::AccountId,
		form: PlanFormOf<T>,
		budget: BalanceOf<T>,
	) -> DispatchResult {
		// Validate everything before writing anything.
		let (sets, start) = Self::cut_plan(&form)?;
		let prices = PriceList::<T>::get();
		let cost = Self::cost_of(&prices, &Self::set_chunks(&sets), start, form.until);
		ensure!(budget >= cost.minimum, Error::<T>::BudgetTooLow);

		let sponsor = Self::ensure_user(&who)?;
		let plan_id = Self::next_id()?;
		let deposit = T::PlanDeposit::get()
			.saturating_add(T::ContractDeposit::get().saturating_mul((sets.len() as u32).into()));
		Self::hold_deposit(HoldReason::PlanDeposit, &who, deposit)?;

		let datasets = Self::store_refs(&who, sponsor, form.datasets, Component::Dataset)?;
		let performances =
			Self::store_refs(&who, sponsor, form.performances, Component::Performance)?;
		let timetables = Self::store_refs(&who, sponsor, form.timetables, Component::Timetable)?;
		let regions = Self::store_refs(&who, sponsor, form.regions, Component::Region)?;

		let mut contracts = BoundedVec::<ItemId, T::MaxContractsPerPlan>::new();
		for (feed, ranges) in sets {
			let contract = Self::next_id()?;
			let scheduled = Self::schedule(start, Task::StartHosting { contract });
			Self::open_contract(
				contract,
				Contract {
					plan: plan_id,
					feed,
					ranges: ranges.try_into().map_err(|_| Error::<T>::TooManyContracts)?,
					status: ContractStatus::Waiting,
					amendment: None,
					hosters: Default::default(),
					scheduled: Some(scheduled),
				},
			)?;
			contracts.try_push(contract).map_err(|_| Error::<T>::TooManyContracts)?;
		}
		Self::open_escrow(plan_id, &who, budget, &cost, prices, (start, form.until))?;
		let ends_at = Self::schedule(form.until, Task::EndPlan { plan: plan_id });
		let deadline = start.saturating_add(T::PlanSetupWindow::get());
		let setup_deadline = if deadline < form.until {
			Some(Self::schedule(deadline, Task::PlanSetupDeadline { plan: plan_id }))
		} else {
			None
		};
		Plans::<T>::insert(
			plan_id,
			Plan {
				sponsor,
				from: form.from,
				until: form.until,
				datasets,
				performances,
				timetables,
				regions,
				contracts: contracts.clone(),
				deposit,
				ends_at,
				setup_deadline,
			},
		);
		Self::hold_item(sponsor);
		Self::deposit_event(Event::PlanPublished { plan: plan_id, sponsor, contracts });
		Ok(())
	}

	/// What `form` would cost if published now, at the current prices (the `plan_cost` runtime
	/// API); the errors `publish_plan` would give for a form it refuses.
	pub fn plan_cost(form: &PlanFormOf<T>) -> Result<PlanCost<BalanceOf<T>>, DispatchError> {
		let (sets, start) = Self::cut_plan(form)?;
		Ok(Self::cost_of(&PriceList::<T>::get(), &Self::set_chunks(&sets), start, form.until))
	}

	/// Checks a plan form and cuts its datasets into contracts' chunk sets (feed, ranges); with
	/// the block its hosting starts.
	fn cut_plan(form: &PlanFormOf<T>) -> Result<(Vec<ChunkSet>, BlockNumberFor<T>), DispatchError> {
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(form.from < form.until, Error::<T>::InvalidPlanWindow);
		ensure!(form.until > now, Error::<T>::PlanAlreadyOver);
		ensure!(!form.datasets.is_empty(), Error::<T>::NoDatasets);
		let mut sets: Vec<ChunkSet> = Vec::new();
		for dataset in form.datasets.iter() {
			let dataset = Self::dataset(dataset)?;
			let feed = Feeds::<T>::get(dataset.feed).ok_or(Error::<T>::UnknownFeed)?;
			sets::validate(&dataset.ranges, feed.length).map_err(Error::<T>::from)?;
			let room = T::MaxContractsPerPlan::get().saturating_sub(sets.len() as u32);
			for set in sets::split(&dataset.ranges, u64::from(crate::SET_SIZE), room)
				.map_err(Error::<T>::from)?
			{
				sets.push((dataset.feed, set));
			}
		}
		for p in form.performances.iter() {
			Self::check_ref(p, |c| matches!(c, Component::Performance(_)))?;
		}
		for t in form.timetables.iter() {
			Self::check_ref(t, |c| matches!(c, Component::Timetable(_)))?;
		}
		for r in form.regions.iter() {
			if let ComponentRef::New(region) = r {
				ensure!(
					datdot_primitives::geohash::is_valid(&region.geohash),
					Error::<T>::InvalidRegion
				);
			}
			Self::check_ref(r, |c| matches!(c, Component::Region(_)))?;
		}
		Ok((sets, form.from.max(now.saturating_add(1u32.into()))))
	}

	/// The number of chunks of each set.
	fn set_chunks(sets: &[ChunkSet]) -> Vec<u64> {
		sets.iter()
			.map(|(_, set)| set.iter().fold(0u64, |n, r| n.saturating_add(r.len())))
			.collect()
	}

	pub(crate) fn do_unpublish_plan(who: T::AccountId, plan_id: ItemId) -> DispatchResult {
		let plan = Plans::<T>::get(plan_id).ok_or(Error::<T>::UnknownPlan)?;
		ensure!(UserByAccount::<T>::get(&who) == Some(plan.sponsor), Error::<T>::NotSponsor);
		Self::close_plan(plan_id, plan, PlanEnd::Unpublished)
	}

	/// The plan's setup window is over: unless every contract is hosted, the plan expires.
	pub(crate) fn plan_setup_deadline(plan_id: ItemId) -> DispatchResult {
		let mut plan = Plans::<T>::get(plan_id).ok_or(Error::<T>::UnknownPlan)?;
		plan.setup_deadline = None;
		let hosted = plan
			.contracts
			.iter()
			.all(|c| Contracts::<T>::get(c).is_some_and(|c| c.status == ContractStatus::Active));
		if hosted {
			Plans::<T>::insert(plan_id, plan);
			return Ok(());
		}
		Self::close_plan(plan_id, plan, PlanEnd::Expired)
	}

	/// At `until`: the plan's contracts end and everything is released.
	pub(crate) fn end_plan(plan_id: ItemId) -> DispatchResult {
		let plan = Plans::<T>::get(plan_id).ok_or(Error::<T>::UnknownPlan)?;
		Self::close_plan(plan_id, plan, PlanEnd::Finished)
	}

	/// The plan's budget check: a plan whose grace period passed without funds ends.
	pub(crate) fn plan_budget_check(plan_id: ItemId) -> DispatchResult {
		if Self::check_budget(plan_id)? {
			return Ok(());
		}
		let plan = Plans::<T>::get(plan_id).ok_or(Error::<T>::UnknownPlan)?;
		Self::close_plan(plan_id, plan, PlanEnd::BudgetExhausted)
	}

	/// Ends the plan for `reason`: its tasks off the agenda, every contract ended, the deposit
	/// released, the rest of its budget refunded, the plan removed; `PlanEnded`.
	fn close_plan(plan_id: ItemId, plan: PlanOf<T>, reason: PlanEnd) -> DispatchResult {
		Self::unschedule(plan.ends_at, &Task::EndPlan { plan: plan_id });
		if let Some(at) = plan.setup_deadline {
			Self::unschedule(at, &Task::PlanSetupDeadline { plan: plan_id });
		}
		for contract in plan.contracts.iter() {
			Self::end_contract(*contract);
		}
		Self::close_escrow(plan_id);
		if let Some(sponsor) = crate::Users::<T>::get(plan.sponsor) {
			Self::release_deposit(HoldReason::PlanDeposit, &sponsor.account, plan.deposit)?;
		}
		let components = plan.datasets.iter().chain(plan.performances.iter());
		for id in components.chain(plan.timetables.iter()).chain(plan.regions.iter()) {
			Self::release_component(*id)?;
		}
		Plans::<T>::remove(plan_id);
		Self::release_item(plan.sponsor);
		Self::deposit_event(Event::PlanEnded { plan: plan_id, reason });
		Ok(())
	}

	/// The dataset a reference names, checked.
	fn dataset(
		r: &ComponentRef<Dataset<T::MaxRangesPerDataset>>,
	) -> Result<Dataset<T::MaxRangesPerDataset>, DispatchError> {
		match r {
			ComponentRef::New(d) => Ok(d.clone()),
			ComponentRef::Existing(id) => match Components::<T>::get(id) {
				Some(Component::Dataset(d)) => Ok(d),
				Some(_) => Err(Error::<T>::WrongComponentKind.into()),
				None => Err(Error::<T>::UnknownComponent.into()),
			},
		}
	}

	fn check_ref<C>(
		r: &ComponentRef<C>,
		is_kind: impl Fn(&Component<T::MaxRangesPerDataset>) -> bool,
	) -> DispatchResult {
		if let ComponentRef::Existing(id) = r {
			let stored = Components::<T>::get(id).ok_or(Error::<T>::UnknownComponent)?;
			ensure!(is_kind(&stored), Error::<T>::WrongComponentKind);
		}
		Ok(())
	}

	/// Stores the new components among `refs` (`who`, user `sponsor`, pays a deposit for each)
	/// and returns the ids of all of them; each is used by one more plan.
	fn store_refs<C>(
		who: &T::AccountId,
		sponsor: ItemId,
		refs: BoundedVec<ComponentRef<C>, T::MaxComponentsPerPlan>,
		wrap: impl Fn(C) -> Component<T::MaxRangesPerDataset>,
	) -> Result<BoundedVec<ItemId, T::MaxComponentsPerPlan>, DispatchError> {
		let mut ids = BoundedVec::new();
		for r in refs {
			let id = match r {
				ComponentRef::Existing(id) => {
					ComponentUses::<T>::try_mutate(id, |used| -> DispatchResult {
						let used = used.as_mut().ok_or(Error::<T>::UnknownComponent)?;
						used.plans =
							used.plans.checked_add(1).ok_or(Error::<T>::TooManyComponents)?;
						Ok(())
					})?;
					id
				},
				ComponentRef::New(c) => {
					let id = Self::next_id()?;
					let deposit = T::ComponentDeposit::get();
					Self::hold_deposit(HoldReason::ComponentDeposit, who, deposit)?;
					Components::<T>::insert(id, wrap(c));
					ComponentUses::<T>::insert(
						id,
						ComponentUse { owner: sponsor, deposit, plans: 1 },
					);
					Self::hold_item(sponsor);
					id
				},
			};
			ids.try_push(id).map_err(|_| Error::<T>::TooManyComponents)?;
		}
		Ok(ids)
	}

	/// A plan that used the component `id` ended: the last one removes it and returns its
	/// deposit to whoever paid it.
	fn release_component(id: ItemId) -> DispatchResult {
		let Some(mut used) = ComponentUses::<T>::get(id) else { return Ok(()) };
		used.plans = used.plans.saturating_sub(1);
		if used.plans > 0 {
			ComponentUses::<T>::insert(id, used);
			return Ok(());
		}
		ComponentUses::<T>::remove(id);
		Components::<T>::remove(id);
		if let Some(owner) = crate::Users::<T>::get(used.owner) {
			Self::release_deposit(HoldReason::ComponentDeposit, &owner.account, used.deposit)?;
		}
		Self::release_item(used.owner);
		Ok(())
	}
}
