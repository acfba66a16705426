//! Escrow: what a plan pays, to whom, and when.
//!
//! Nothing is minted: every payment comes out of a plan's budget, held from its sponsor
//! ([`HoldReason::Escrow`](crate::HoldReason)), and moves to the provider's free balance
//! (`Paid { plan, provider, role, amount }`). What is left when the plan ends, however it ends, goes
//! back to the sponsor (`Refunded`).
//!
//! * **Prices** ([`Prices`](crate::Prices)): per chunk and block of hosting, a performance bonus
//!   on top, per encoding, per replacement, per report. Governance sets them (`set_prices`, by
//!   [`Config::PriceOrigin`]); a plan keeps the prices it was published at for its whole life, so
//!   neither its sponsor nor its providers see their terms change under them.
//! * **Budget.** `publish_plan` holds the budget and refuses one below the plan's setups and one
//!   challenge period ([`Config::StorageChallengeEvery`]) of every position hosted at the best
//!   grade, with its reports (`BudgetTooLow`); the `plan_cost` runtime API gives these figures up
//!   front. Anyone may add to a budget (`fund_plan`): the amount moves to the sponsor and is held
//!   with the rest (`PlanFunded`).
//! * **Hosting is paid for proven time only.** A position accrues from the block its hoster starts
//!   hosting. A hoster is paid for each contract it hosts for the blocks up to its last accepted
//!   storage proof (`ProvenAt`: a confirmed challenge, or its own answer to an accusation), at
//!   `hosting` per chunk and block, plus the performance bonus per chunk and block scaled by the
//!   share its latest grade for the feed earns (none before its first grade, none after a
//!   performance challenge that could not reach it). A challenge's checks are a random sample of
//!   the hoster's contracts, so a proof of them stands for all of them. The payment is made, for
//!   the blocks since the contract was last paid, when the contract comes first in one of the
//!   hoster's accepted reports, and when the hoster leaves it or it ends (up to the last proof;
//!   the blocks since are forfeited, as they are for every hoster when the plan ends). So a
//!   report settles one contract, never loops over a hoster's contracts or pays per check.
//! * **Set-ups and reports.** When a setup or replacement is done its attester earns
//!   `setup_report`, each of its encoders `encoding`, each hoster joining an active contract
//!   `replacement`. A confirmed storage challenge earns its attester `storage_report` per check,
//!   an upheld accusation the same, paid by the plan of the report's first check whose contract
//!   is live: the checks are drawn in random order, so in expectation each plan pays for the
//!   checks of its own contracts, and a report moves one plan's funds, however many checks it
//!   carries. A performance report earns `performance_report` per hoster reached, paid by the
//!   plans of the feed in turn. An accusation the hoster answered earns its attester nothing.
//! * **What a budget covers first.** What the plan's hosting has accrued and not settled (`owed`,
//!   reckoned at the best grade) is kept for its hosters: payments for setups and reports come only
//!   out of the budget beyond it, and any payment is capped by what is left. A plan never pays more
//!   than its budget.
//! * **Budget checks.** From its start, once per challenge period, a plan checks that its budget
//!   covers `owed` and the next two periods (or the rest of the plan, if shorter) at the best
//!   grade. If it does not, `PlanFundsLow { ends_at }` announces a grace period of one challenge
//!   period, still covered: a check at `ends_at` that still finds too little ends the plan
//!   (`PlanEnded { reason: BudgetExhausted }`); funded meanwhile, it goes on. So hosters are not
//!   asked to work for a budget that cannot pay them.
//!
//! * **Stake.** A registration holds a stake ([`HoldReason::Stake`](crate::HoldReason)):
//!   [`Config::RegistrationDeposit`] and [`Config::StakePerJob`] per job of capacity it offers, so
//!   a provider that takes more work has more to lose. A fault the chain itself establishes slashes
//!   [`Config::SlashFraction`] of that full stake (at most what is left), shared out to the budgets
//!   of the plans the fault affected (`Slashed { provider, plan, amount }`): an attester that misses
//!   a report's deadline (a setup's, a storage or performance challenge's: the plans of the
//!   contract, of the checks, of the report's payer), a hoster that leaves an accusation unanswered
//!   through the dispute window (the plans of the checks), an attester whose accusation the hoster
//!   disproves on chain (the same), a hoster still paused past [`Config::MaxPauseBlocks`] (the
//!   plans of the contracts it leaves). Nothing is slashed on an attester's word: not for a setup
//!   failure it reports, not for an accusation still open. A provider whose stake is below its
//!   full stake takes no new work (it leaves the idle queues) until it registers again, which holds
//!   the difference; an unregistered provider has nothing left to slash.
//!
//! Decisions where the protocol is silent: the reference rewards (per event, at a challenge every
//! 5 blocks) become per-block prices at this chain's cadence: a contract of `SET_SIZE` chunks
//! hosted for one challenge period earns its hoster what the reference paid per proved check
//! (see the runtime's defaults); the performance bonus at the best grade doubles it. A payment the
//! currency refuses (a provider account gone) stays in the budget.

use crate::{
	BalanceOf, Config, ContractOf, Contracts, Error, Escrow, EscrowOf, Escrows, Event, FeedPlans,
	Grades, HoldReason, PaidUntil, Pallet, PerformancePayer, PlanCost, PlanFunds, PriceList,
	PricesOf, ProvenAt, ProviderFunds, Role, StorageCheck, Task, Users, ENCODERS_PER_CONTRACT,
	HOSTERS_PER_CONTRACT,
};
use alloc::vec::Vec;
use datdot_primitives::{grading, ItemId};
use frame_support::dispatch::{Pays, PostDispatchInfo};
use frame_support::{
	pallet_prelude::*,
	storage::with_storage_layer,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{One, Saturating, Zero},
	Perbill, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// An accepted report: fee-free, charged (against the block) the weight of the path it took.
	pub(crate) fn accepted_report(actual: Weight) -> PostDispatchInfo {
		PostDispatchInfo { actual_weight: Some(actual), pays_fee: Pays::No }
	}

	pub(crate) fn do_set_prices(prices: PricesOf<T>) -> DispatchResult {
		PriceList::<T>::put(prices);
		Self::deposit_event(Event::PricesSet { prices });
		Ok(())
	}

	/// What a plan whose contracts hold `chunks` chunks each costs at `prices`, hosted from
	/// `start` until `until`.
	pub(crate) fn cost_of(
		prices: &PricesOf<T>,
		chunks: &[u64],
		start: BlockNumberFor<T>,
		until: BlockNumberFor<T>,
	) -> PlanCost<BalanceOf<T>> {
		let contracts = chunks.len() as u32;
		let all_chunks = chunks.iter().fold(0u64, |sum, c| sum.saturating_add(*c));
		let positions = contracts.saturating_mul(HOSTERS_PER_CONTRACT);
		let setup = prices
			.encoding
			.saturating_mul(ENCODERS_PER_CONTRACT.into())
			.saturating_add(prices.setup_report)
			.saturating_mul(contracts.into());
		let per_block =
			Self::position_rate(prices, all_chunks).saturating_mul(HOSTERS_PER_CONTRACT.into());
		let audits_per_period = prices
			.storage_report
			.saturating_add(prices.performance_report)
			.saturating_mul(positions.into());
		let blocks = until.saturating_sub(start);
		let period = Self::period();
		PlanCost {
			contracts,
			chunks: all_chunks,
			setup,
			per_block,
			audits_per_period,
			minimum: setup.saturating_add(Self::run_cost(
				per_block,
				audits_per_period,
				blocks.min(period),
			)),
			total: setup.saturating_add(Self::run_cost(per_block, audits_per_period, blocks)),
		}
	}

	/// Holds `budget` (checked to cover `cost.minimum`) from `sponsor` for the new plan `plan`
	/// (costing `cost` at `prices`, until `until`) and puts its first budget check at `start`.
	pub(crate) fn open_escrow(
		plan: ItemId,
		sponsor: &T::AccountId,
		budget: BalanceOf<T>,
		cost: &PlanCost<BalanceOf<T>>,
		prices: PricesOf<T>,
		(start, until): (BlockNumberFor<T>, BlockNumberFor<T>),
	) -> DispatchResult {
		T::Currency::hold(&HoldReason::Escrow.into(), sponsor, budget)
			.map_err(|_| Error::<T>::CannotFund)?;
		let check_at = Self::schedule(start, Task::CheckBudget { plan });
		Escrows::<T>::insert(
			plan,
			Escrow {
				sponsor: sponsor.clone(),
				prices,
				budget,
				owed: Zero::zero(),
				owed_at: frame_system::Pallet::<T>::block_number(),
				accruing: Zero::zero(),
				full_rate: cost.per_block,
				audits: cost.audits_per_period,
				until,
				check_at,
				grace_until: None,
			},
		);
		Ok(())
	}

	pub(crate) fn do_fund_plan(
		funder: T::AccountId,
		plan: ItemId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::NothingToFund);
		let mut escrow = Escrows::<T>::get(plan).ok_or(Error::<T>::UnknownPlan)?;
		if funder != escrow.sponsor {
			T::Currency::transfer(&funder, &escrow.sponsor, amount, Preservation::Preserve)
				.map_err(|_| Error::<T>::CannotFund)?;
		}
		T::Currency::hold(&HoldReason::Escrow.into(), &escrow.sponsor, amount)
			.map_err(|_| Error::<T>::CannotFund)?;
		escrow.budget = escrow.budget.saturating_add(amount);
		let budget = escrow.budget;
		Escrows::<T>::insert(plan, escrow);
		Self::deposit_event(Event::PlanFunded { plan, funder, amount, budget });
		Ok(())
	}

	/// A plan ended: its budget check comes off the agenda, what is left of its budget goes back
	/// to the sponsor.
	pub(crate) fn close_escrow(plan: ItemId) {
		let Some(escrow) = Escrows::<T>::take(plan) else { return };
		Self::unschedule(escrow.check_at, &Task::CheckBudget { plan });
		if escrow.budget.is_zero() {
			return;
		}
		let reason = HoldReason::Escrow.into();
		let amount =
			T::Currency::release(&reason, &escrow.sponsor, escrow.budget, Precision::BestEffort)
				.unwrap_or_default();
		Self::deposit_event(Event::Refunded { plan, sponsor: escrow.sponsor, amount });
	}

	/// The plan's budget check (see the module docs): `false` if the plan is to end now, else the
	/// next check is on the agenda.
	pub(crate) fn check_budget(plan: ItemId) -> Result<bool, DispatchError> {
		let mut escrow = Escrows::<T>::get(plan).ok_or(Error::<T>::UnknownPlan)?;
		let now = frame_system::Pallet::<T>::block_number();
		Self::accrue(&mut escrow, now);
		let period = Self::period();
		let ahead = period.saturating_add(period).min(escrow.until.saturating_sub(now));
		let needed =
			escrow
				.owed
				.saturating_add(Self::run_cost(escrow.full_rate, escrow.audits, ahead));
		let next = now.saturating_add(period);
		if escrow.budget >= needed {
			escrow.grace_until = None;
		} else if escrow.grace_until.is_some() {
			return Ok(false);
		} else if next < escrow.until {
			escrow.grace_until = Some(next);
			let budget = escrow.budget;
			Self::deposit_event(Event::PlanFundsLow { plan, budget, needed, ends_at: next });
		}
		escrow.check_at = Self::schedule(next, Task::CheckBudget { plan });
		Escrows::<T>::insert(plan, escrow);
		Ok(true)
	}

	/// `hoster` starts hosting `contract`: its position accrues from now.
	pub(crate) fn start_accruing(contract_id: ItemId, contract: &ContractOf<T>, hoster: ItemId) {
		let now = frame_system::Pallet::<T>::block_number();
		PaidUntil::<T>::insert(contract_id, hoster, now);
		Escrows::<T>::mutate(contract.plan, |escrow| {
			if let Some(escrow) = escrow {
				Self::accrue(escrow, now);
				let rate = Self::position_rate(&escrow.prices, contract.chunks());
				escrow.accruing = escrow.accruing.saturating_add(rate);
			}
		});
	}

	/// `hoster` stops hosting `contract`: paid for its hosting up to its last proof, the blocks
	/// since forfeited.
	pub(crate) fn stop_accruing(contract_id: ItemId, contract: &ContractOf<T>, hoster: ItemId) {
		if !PaidUntil::<T>::contains_key(contract_id, hoster) {
			return;
		}
		let now = frame_system::Pallet::<T>::block_number();
		if let Some(mut escrow) = Escrows::<T>::get(contract.plan) {
			Self::accrue(&mut escrow, now);
			if let Some(proven) = ProvenAt::<T>::get(hoster) {
				Self::settle_hosting(contract_id, contract, &mut escrow, hoster, proven.min(now));
			}
			let since = PaidUntil::<T>::get(contract_id, hoster).unwrap_or(now);
			let rate = Self::position_rate(&escrow.prices, contract.chunks());
			let unproven = rate.saturating_mul(Self::blocks(now.saturating_sub(since)));
			escrow.owed = escrow.owed.saturating_sub(unproven);
			escrow.accruing = escrow.accruing.saturating_sub(rate);
			Escrows::<T>::insert(contract.plan, escrow);
		}
		PaidUntil::<T>::remove(contract_id, hoster);
	}

	/// A report's proofs were accepted (a confirmed challenge, an answered accusation) or its
	/// accusation upheld: `live` are the contracts of its checks that still asked for proofs, in
	/// the checks' order. The plan of the first of them pays, out of its escrow: the `hoster`
	/// whose proofs they are, for its hosting of that contract up to now (its last proof), and
	/// the `attester` who brought them (or whose accusation was upheld), `storage_report` per
	/// check. Work per report, not per check: the checks are a random sample of the hoster's
	/// contracts in random order, so each contract's plan pays in expectation for the checks of
	/// it, and each contract's proven hosting is paid when it comes first or when it ends.
	pub(crate) fn pay_report(live: &[ItemId], hoster: Option<ItemId>, attester: Option<ItemId>) {
		let Some((contract_id, contract)) =
			live.iter().find_map(|c| Contracts::<T>::get(c).map(|contract| (*c, contract)))
		else {
			return;
		};
		let Some(mut escrow) = Escrows::<T>::get(contract.plan) else { return };
		let now = frame_system::Pallet::<T>::block_number();
		Self::accrue(&mut escrow, now);
		if let Some(hoster) = hoster {
			Self::settle_hosting(contract_id, &contract, &mut escrow, hoster, now);
		}
		if let Some(attester) = attester {
			let checks: BalanceOf<T> = (live.len() as u32).into();
			let price = escrow.prices.storage_report.saturating_mul(checks);
			Self::pay_for_work(&mut escrow, contract.plan, attester, Role::Attester, price);
		}
		Escrows::<T>::insert(contract.plan, escrow);
	}

	/// Pays `hoster` for its hosting of `contract` from the block it was last paid up to `until`
	/// out of the plan's `escrow` (stored by the caller): `hosting` per chunk and block, and the
	/// bonus its latest grade for the feed earns.
	fn settle_hosting(
		contract_id: ItemId,
		contract: &ContractOf<T>,
		escrow: &mut EscrowOf<T>,
		hoster: ItemId,
		until: BlockNumberFor<T>,
	) {
		let Some(since) = PaidUntil::<T>::get(contract_id, hoster) else { return };
		if until <= since {
			return;
		}
		PaidUntil::<T>::insert(contract_id, hoster, until);
		let chunk_blocks = Self::blocks(until.saturating_sub(since))
			.saturating_mul(contract.chunks().saturated_into());
		let prices = escrow.prices;
		let most = prices.hosting.saturating_add(prices.performance_bonus);
		escrow.owed = escrow.owed.saturating_sub(most.saturating_mul(chunk_blocks));
		let share = Grades::<T>::get(contract.feed, hoster).map_or(0, grading::bonus_fiftieths);
		let bonus = Perbill::from_rational(share, 50)
			.mul_floor(prices.performance_bonus.saturating_mul(chunk_blocks));
		let amount = prices.hosting.saturating_mul(chunk_blocks).saturating_add(bonus);
		Self::pay_out(escrow, contract.plan, hoster, Role::Hoster, amount);
	}

	/// A setup or replacement of a contract of `plan` is done: its attester, its encoders and
	/// (for a replacement) the hosters joining are paid.
	pub(crate) fn pay_setup(
		plan: ItemId,
		attester: ItemId,
		encoders: &[ItemId],
		joining: &[ItemId],
	) {
		let Some(mut escrow) = Escrows::<T>::get(plan) else { return };
		Self::accrue(&mut escrow, frame_system::Pallet::<T>::block_number());
		let prices = escrow.prices;
		Self::pay_for_work(&mut escrow, plan, attester, Role::Attester, prices.setup_report);
		for encoder in encoders {
			Self::pay_for_work(&mut escrow, plan, *encoder, Role::Encoder, prices.encoding);
		}
		for hoster in joining {
			Self::pay_for_work(&mut escrow, plan, *hoster, Role::Hoster, prices.replacement);
		}
		Escrows::<T>::insert(plan, escrow);
	}

	/// A performance report reached `reached` hosters: its attester is paid by `payer`.
	pub(crate) fn pay_performance_report(payer: ItemId, attester: ItemId, reached: u32) {
		let Some(mut escrow) = Escrows::<T>::get(payer) else { return };
		Self::accrue(&mut escrow, frame_system::Pallet::<T>::block_number());
		let price = escrow.prices.performance_report.saturating_mul(reached.into());
		Self::pay_for_work(&mut escrow, payer, attester, Role::Attester, price);
		Escrows::<T>::insert(payer, escrow);
	}

	/// The plan that pays `feed`'s next performance report: the one after the last payer (in the
	/// order of `FeedPlans`), round and round.
	pub(crate) fn next_performance_payer(feed: ItemId) -> Option<ItemId> {
		let after = PerformancePayer::<T>::get(feed).and_then(|last| {
			FeedPlans::<T>::iter_key_prefix_from(feed, FeedPlans::<T>::hashed_key_for(feed, last))
				.next()
		});
		let payer = after.or_else(|| FeedPlans::<T>::iter_key_prefix(feed).next())?;
		PerformancePayer::<T>::insert(feed, payer);
		Some(payer)
	}

	/// A fault the chain established: `provider` loses [`Config::SlashFraction`] of its full
	/// stake (at most what is left of it), shared out to the budgets of `plans` (the plans its
	/// fault affected; the first takes what does not divide). A stake left below the full one
	/// takes no new work until the provider tops it up by registering again.
	pub(crate) fn slash(provider: ItemId, plans: &[ItemId]) {
		let Some(mut user) = Users::<T>::get(provider) else { return };
		let Some(registration) = user.provider.as_mut() else { return };
		let mut plans: Vec<ItemId> =
			plans.iter().copied().filter(|p| Escrows::<T>::contains_key(p)).collect();
		plans.sort_unstable();
		plans.dedup();
		let full = Self::full_stake(&registration.form);
		let amount = T::SlashFraction::get().mul_floor(full).min(registration.stake);
		let count: BalanceOf<T> = (plans.len() as u32).into();
		if amount.is_zero() || count.is_zero() {
			return;
		}
		let share = amount / count;
		let mut rest = amount.saturating_sub(share.saturating_mul(count));
		for plan in plans {
			let part = share.saturating_add(core::mem::take(&mut rest));
			let Some(mut escrow) = Escrows::<T>::get(plan) else { continue };
			let moved = with_storage_layer(|| -> DispatchResult {
				let reason = HoldReason::Stake.into();
				T::Currency::transfer_on_hold(
					&reason,
					&user.account,
					&escrow.sponsor,
					part,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Force,
				)?;
				T::Currency::hold(&HoldReason::Escrow.into(), &escrow.sponsor, part)
			});
			if moved.is_err() {
				continue;
			}
			registration.stake = registration.stake.saturating_sub(part);
			escrow.budget = escrow.budget.saturating_add(part);
			Escrows::<T>::insert(plan, escrow);
			Self::deposit_event(Event::Slashed { provider, plan, amount: part });
		}
		Users::<T>::insert(provider, &user);
		Self::refresh_idle(provider, &user);
	}

	/// The plans of the contracts `checks` are of (those still live).
	pub(crate) fn plans_of(checks: &[StorageCheck]) -> Vec<ItemId> {
		checks
			.iter()
			.filter_map(|c| Contracts::<T>::get(c.contract).map(|c| c.plan))
			.collect()
	}

	/// A provider's stake and earnings (the `provider_funds` runtime API).
	pub fn provider_funds(user: ItemId) -> Option<ProviderFunds<BalanceOf<T>>> {
		let record = Users::<T>::get(user)?;
		let (stake, full_stake) = record
			.provider
			.as_ref()
			.map(|p| (p.stake, Self::full_stake(&p.form)))
			.unwrap_or_default();
		Some(ProviderFunds { stake, full_stake, earned: record.earned })
	}

	/// A plan's funds as of now (the `plan_funds` runtime API).
	pub fn plan_funds(plan: ItemId) -> Option<PlanFunds<BlockNumberFor<T>, BalanceOf<T>>> {
		let mut escrow = Escrows::<T>::get(plan)?;
		Self::accrue(&mut escrow, frame_system::Pallet::<T>::block_number());
		let beyond = escrow.budget.saturating_sub(escrow.owed);
		let runway = if escrow.full_rate.is_zero() {
			u64::MAX
		} else {
			(beyond / escrow.full_rate).saturated_into::<u64>()
		};
		Some(PlanFunds {
			budget: escrow.budget,
			owed: escrow.owed,
			full_rate: escrow.full_rate,
			runway: runway.saturated_into(),
			grace_until: escrow.grace_until,
		})
	}

	/// Pays `provider` up to `price` out of the budget beyond what the plan's hosting is owed.
	fn pay_for_work(
		escrow: &mut EscrowOf<T>,
		plan: ItemId,
		provider: ItemId,
		role: Role,
		price: BalanceOf<T>,
	) {
		let beyond = escrow.budget.saturating_sub(escrow.owed);
		Self::pay_out(escrow, plan, provider, role, price.min(beyond));
	}

	/// Moves `amount` (at most what is left of the budget) from the plan's escrow to `provider`.
	fn pay_out(
		escrow: &mut EscrowOf<T>,
		plan: ItemId,
		provider: ItemId,
		role: Role,
		amount: BalanceOf<T>,
	) {
		let amount = amount.min(escrow.budget);
		if amount.is_zero() {
			return;
		}
		let Some(mut user) = Users::<T>::get(provider) else { return };
		let paid = T::Currency::transfer_on_hold(
			&HoldReason::Escrow.into(),
			&escrow.sponsor,
			&user.account,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		);
		if paid.is_err() {
			return;
		}
		escrow.budget = escrow.budget.saturating_sub(amount);
		user.earned = user.earned.saturating_add(amount);
		Users::<T>::insert(provider, user);
		Self::deposit_event(Event::Paid { plan, provider, role, amount });
	}

	/// Brings the escrow's `owed` up to `now`.
	fn accrue(escrow: &mut EscrowOf<T>, now: BlockNumberFor<T>) {
		let blocks = Self::blocks(now.saturating_sub(escrow.owed_at));
		escrow.owed = escrow.owed.saturating_add(escrow.accruing.saturating_mul(blocks));
		escrow.owed_at = now;
	}

	/// The most one position of `chunks` chunks costs per block: hosting and the full bonus.
	pub(crate) fn position_rate(prices: &PricesOf<T>, chunks: u64) -> BalanceOf<T> {
		prices
			.hosting
			.saturating_add(prices.performance_bonus)
			.saturating_mul(chunks.saturated_into())
	}

	/// Hosting at `per_block` for `blocks` blocks, and `audits` for each challenge period they
	/// begin.
	fn run_cost(
		per_block: BalanceOf<T>,
		audits: BalanceOf<T>,
		blocks: BlockNumberFor<T>,
	) -> BalanceOf<T> {
		let periods = blocks.saturated_into::<u64>().div_ceil(Self::period().saturated_into());
		per_block
			.saturating_mul(Self::blocks(blocks))
			.saturating_add(audits.saturating_mul(periods.saturated_into()))
	}

	/// The challenge period, in blocks (at least one).
	fn period() -> BlockNumberFor<T> {
		T::StorageChallengeEvery::get().max(One::one())
	}

	/// A number of blocks as a balance, to multiply prices by.
	fn blocks(blocks: BlockNumberFor<T>) -> BalanceOf<T> {
		blocks.saturated_into::<u64>().saturated_into()
	}
}
