//! Prices, plan escrows and what the economics runtime API returns.

use super::BalanceOf;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// What the market pays for, in the chain's currency. The prices in force when a plan is
/// published stay the plan's for its whole life.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct Prices<Balance> {
	/// Per chunk and block of proven hosting, to each hoster.
	pub hosting: Balance,
	/// Per chunk and block of proven hosting at the best performance grade, on top of `hosting`;
	/// a grade earns its bracket's share ([`datdot_primitives::grading::bonus_fiftieths`]).
	pub performance_bonus: Balance,
	/// To each encoder of a setup or replacement that is done.
	pub encoding: Balance,
	/// To each hoster that joins an active contract by a replacement that is done.
	pub replacement: Balance,
	/// To the attester of a setup or replacement that is done.
	pub setup_report: Balance,
	/// To the attester of a storage challenge, per check proved (or per check of an accusation
	/// upheld).
	pub storage_report: Balance,
	/// To the attester of a performance challenge, per hoster it reached.
	pub performance_report: Balance,
}

/// The prices of a runtime.
pub type PricesOf<T> = Prices<BalanceOf<T>>;

/// Why a plan ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub enum PlanEnd {
	/// It reached its `until`.
	Finished,
	/// Its sponsor withdrew it.
	Unpublished,
	/// Its budget could not pay for the next period, and nobody funded it in the grace period.
	BudgetExhausted,
	/// Its contracts were not all hosted within `PlanSetupWindow` blocks of its start.
	Expired,
}

/// A plan's escrow: its budget, held from its sponsor, and what its hosting has run up.
///
/// Hosting accrues per position at the most a position can earn (`hosting` + the full
/// `performance_bonus` per chunk and block) from the block a hoster starts hosting; `owed` is that
/// accrual not settled yet, as of `owed_at`, growing by `accruing` per block. A proof settles a
/// position's accrual (the hoster is paid for it at its grade, the rest stays in the budget);
/// a hoster that leaves forfeits what it did not prove.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct Escrow<AccountId, BlockNumber, Balance> {
	/// The account the budget is held from (the sponsor's).
	pub sponsor: AccountId,
	/// The plan's prices.
	pub prices: Prices<Balance>,
	/// Held and not paid out yet.
	pub budget: Balance,
	/// Hosting accrued and not settled, at the most it can cost, as of `owed_at`.
	pub owed: Balance,
	/// The block `owed` is reckoned to.
	pub owed_at: BlockNumber,
	/// What `owed` grows by per block: the positions hosted now, each at its most.
	pub accruing: Balance,
	/// What one block costs with every position hosted, each at its most.
	pub full_rate: Balance,
	/// What one challenge period's reports cost at most (a storage check and a performance
	/// measurement per position).
	pub audits: Balance,
	/// The plan's end.
	pub until: BlockNumber,
	/// The block of the next budget check on the agenda.
	pub check_at: BlockNumber,
	/// Set once a budget check found too little for the next period: the plan ends at this
	/// block's check unless it was funded meanwhile.
	pub grace_until: Option<BlockNumber>,
}

/// The escrow of a runtime.
pub type EscrowOf<T> =
	Escrow<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;

/// A plan's funds, as the `plan_funds` runtime API returns them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct PlanFunds<BlockNumber, Balance> {
	/// Held and not paid out yet.
	pub budget: Balance,
	/// Hosting accrued and not proven yet, at the most it can cost (reserved for the hosters).
	pub owed: Balance,
	/// What the plan costs per block with every position hosted, at the most.
	pub full_rate: Balance,
	/// Blocks the budget beyond `owed` lasts at `full_rate` (reports not counted).
	pub runway: BlockNumber,
	/// Set while the plan is in its grace period: it ends at this block unless funded.
	pub grace_until: Option<BlockNumber>,
}

/// What a plan would cost, as the `plan_cost` runtime API returns it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct PlanCost<Balance> {
	/// Contracts the plan is cut into.
	pub contracts: u32,
	/// Chunks it keeps hosted (each by every hoster of its contract).
	pub chunks: u64,
	/// The setups, paid once per contract (encoders and attester).
	pub setup: Balance,
	/// One block with every position hosted, at the best grade.
	pub per_block: Balance,
	/// One challenge period's reports.
	pub audits_per_period: Balance,
	/// The least budget `publish_plan` takes: the setups and one challenge period.
	pub minimum: Balance,
	/// The most the whole plan can cost: setups, hosting at the best grade from start to end,
	/// and the reports of every period (replacements not counted).
	pub total: Balance,
}

/// A provider's stake and earnings, as the `provider_funds` runtime API returns them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct ProviderFunds<Balance> {
	/// Held as stake now (none once unregistered).
	pub stake: Balance,
	/// The stake its registration holds when nothing was slashed; below it, it takes no new
	/// work.
	pub full_stake: Balance,
	/// Paid to it so far.
	pub earned: Balance,
}
