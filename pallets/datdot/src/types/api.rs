//! What the `DatdotApi` runtime API returns.

use super::{
	AccusationOf, AmendmentKind, AmendmentOf, ComponentOf, ContractOf, FeedOf,
	PerformanceChallengeOf, PlanOf, Role, StorageChallengeOf, UserOf,
};
use codec::{Decode, Encode};
use datdot_primitives::ItemId;
use frame_support::{CloneNoBound, DebugNoBound, PartialEqNoBound};
use scale_info::TypeInfo;

/// Any item the chain stores, as returned by the `item(id)` runtime API.
#[derive(Encode, Decode, TypeInfo)]
#[scale_info(skip_type_params(T))]
#[derive(CloneNoBound, PartialEqNoBound, DebugNoBound)]
pub enum Item<T: crate::Config> {
	/// A user.
	User(UserOf<T>),
	/// A feed.
	Feed(FeedOf<T>),
	/// A plan.
	Plan(PlanOf<T>),
	/// A plan component.
	Component(ComponentOf<T>),
	/// A contract.
	Contract(ContractOf<T>),
	/// An amendment.
	Amendment(AmendmentOf<T>),
	/// A storage challenge (while it runs).
	StorageChallenge(StorageChallengeOf<T>),
	/// A performance challenge (while it runs).
	PerformanceChallenge(PerformanceChallengeOf<T>),
	/// An accusation (until it is answered or upheld).
	Accusation(AccusationOf<T>),
}

/// Something a provider has to act on, as the `open_tasks` runtime API lists it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub enum OpenTask {
	/// An amendment waiting for its setup (or replacement).
	Amendment {
		/// The amendment.
		amendment: ItemId,
		/// Its contract.
		contract: ItemId,
		/// What it does.
		kind: AmendmentKind,
		/// The provider's role in it.
		role: Role,
	},
	/// A contract the provider hosts.
	Hosting {
		/// The contract.
		contract: ItemId,
	},
	/// A running performance challenge the provider attests.
	PerformanceChallenge {
		/// The challenge.
		challenge: ItemId,
		/// The feed whose hosters are measured.
		feed: ItemId,
	},
	/// A running storage challenge of the provider (as hoster: serve the proofs; as attester:
	/// collect and submit them).
	StorageChallenge {
		/// The challenge.
		challenge: ItemId,
		/// The challenged hoster.
		hoster: ItemId,
		/// Its attester.
		attester: ItemId,
	},
	/// An accusation of the provider as hoster: answer it with `answer_accusation`.
	Accusation {
		/// The accusation.
		accusation: ItemId,
		/// The challenge it came from.
		challenge: ItemId,
		/// The chunks to prove (the deadline is in the accusation: `item(accusation)`).
		checks: alloc::vec::Vec<super::StorageCheck>,
	},
}
