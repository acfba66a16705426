//! Plans, their forms and components.

use super::{BalanceOf, Performance};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use datdot_primitives::ItemId;
use frame_support::pallet_prelude::{BoundedVec, Get};
use frame_support::{CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

pub use datdot_primitives::{geohash::Region, sets::ChunkRange};

/// When and how often data should be available (recorded for providers; not scheduled on yet).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct Timetable {
	/// Blocks of availability per period.
	pub duration: u32,
	/// Blocks between periods.
	pub interval: u32,
	/// Number of periods; 0 for as long as the plan lasts.
	pub repeat: u32,
}

/// Chunk ranges of one feed that a plan wants hosted.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxRanges))]
#[codec(mel_bound())]
#[derive(CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
pub struct Dataset<MaxRanges: Get<u32>> {
	/// The feed.
	pub feed: ItemId,
	/// Inclusive chunk ranges, ascending and not overlapping.
	pub ranges: BoundedVec<ChunkRange, MaxRanges>,
}

/// A plan component, stored under its own id so later plans can refer to it.
#[derive(Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxRanges))]
#[codec(mel_bound())]
#[derive(CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
pub enum Component<MaxRanges: Get<u32>> {
	/// Chunk ranges of a feed.
	Dataset(Dataset<MaxRanges>),
	/// Performance asked for.
	Performance(Performance),
	/// Availability times.
	Timetable(Timetable),
	/// Where the data should be hosted.
	Region(Region),
}

/// A component given inline (stored under a new id) or by the id of a stored one.
#[derive(Clone, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub enum ComponentRef<C> {
	/// A new component.
	New(C),
	/// A stored component of the same kind.
	Existing(ItemId),
}

/// What a sponsor submits with `publish_plan`.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxRanges, MaxComponents))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
#[derive(CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
pub struct PlanForm<
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxRanges: Get<u32>,
	MaxComponents: Get<u32>,
> {
	/// Block at which hosting should start (the hosting setup runs then).
	pub from: BlockNumber,
	/// Block at which the plan ends.
	pub until: BlockNumber,
	/// The data: one or more datasets.
	pub datasets: BoundedVec<ComponentRef<Dataset<MaxRanges>>, MaxComponents>,
	/// Performance asked for.
	pub performances: BoundedVec<ComponentRef<Performance>, MaxComponents>,
	/// Availability times.
	pub timetables: BoundedVec<ComponentRef<Timetable>, MaxComponents>,
	/// Regions; providers qualify if their geohash starts with one of them. None: anywhere.
	pub regions: BoundedVec<ComponentRef<Region>, MaxComponents>,
}

/// A published plan.
#[derive(Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxComponents, MaxContracts))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen, Balance: MaxEncodedLen))]
#[derive(CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
pub struct Plan<
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxComponents: Get<u32>,
	MaxContracts: Get<u32>,
> {
	/// The user who published and pays for the plan.
	pub sponsor: ItemId,
	/// Hosting starts here.
	pub from: BlockNumber,
	/// The plan ends here.
	pub until: BlockNumber,
	/// Dataset components.
	pub datasets: BoundedVec<ItemId, MaxComponents>,
	/// Performance components.
	pub performances: BoundedVec<ItemId, MaxComponents>,
	/// Timetable components.
	pub timetables: BoundedVec<ItemId, MaxComponents>,
	/// Region components.
	pub regions: BoundedVec<ItemId, MaxComponents>,
	/// The contracts the datasets were cut into.
	pub contracts: BoundedVec<ItemId, MaxContracts>,
	/// Deposit held from the sponsor.
	pub deposit: Balance,
	/// The block the plan's end is on the agenda for.
	pub ends_at: BlockNumber,
	/// The block its setup deadline is on the agenda for, while some contract is not hosted yet.
	pub setup_deadline: Option<BlockNumber>,
}

/// A plan form of a runtime.
pub type PlanFormOf<T> = PlanForm<
	BlockNumberFor<T>,
	<T as crate::Config>::MaxRangesPerDataset,
	<T as crate::Config>::MaxComponentsPerPlan,
>;

/// A plan of a runtime.
pub type PlanOf<T> = Plan<
	BlockNumberFor<T>,
	BalanceOf<T>,
	<T as crate::Config>::MaxComponentsPerPlan,
	<T as crate::Config>::MaxContractsPerPlan,
>;

/// A plan component of a runtime.
pub type ComponentOf<T> = Component<<T as crate::Config>::MaxRangesPerDataset>;

/// A stored component's upkeep: who paid its deposit, and how many live plans use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct ComponentUse<Balance> {
	/// The user who stored it and holds its deposit.
	pub owner: ItemId,
	/// The deposit held.
	pub deposit: Balance,
	/// Live plans that name it (a plan naming it twice counts twice).
	pub plans: u32,
}
