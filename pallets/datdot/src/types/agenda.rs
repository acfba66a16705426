//! Time-driven work on the agenda.

use codec::{Decode, Encode, MaxEncodedLen};
use datdot_primitives::ItemId;
use scale_info::TypeInfo;

/// Time-driven work on the agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum Task {
	/// Set up (or retry setting up) the hosting of a waiting contract, or find hosters for the
	/// vacant positions of an active one.
	StartHosting {
		/// The contract.
		contract: ItemId,
	},
	/// A plan reached its `until`.
	EndPlan {
		/// The plan.
		plan: ItemId,
	},
	/// A plan's setup window is over: it expires unless all its contracts are hosted.
	PlanSetupDeadline {
		/// The plan.
		plan: ItemId,
	},
	/// An amendment's report is due.
	AmendmentTimeout {
		/// The amendment.
		amendment: ItemId,
	},
	/// A pause for a failure ends.
	PauseEnd {
		/// The paused user.
		user: ItemId,
	},
	/// Hand one job of an unregistering provider over to another provider.
	HandOver {
		/// The leaving user.
		user: ItemId,
	},
	/// Issue a hoster's next storage challenge.
	StorageChallenge {
		/// The hoster.
		hoster: ItemId,
	},
	/// A storage challenge's report is due.
	StorageChallengeTimeout {
		/// The challenge.
		challenge: ItemId,
	},
	/// Issue a feed's next performance challenge.
	PerformanceChallenge {
		/// The feed.
		feed: ItemId,
	},
	/// A performance challenge's report is due.
	PerformanceChallengeTimeout {
		/// The challenge.
		challenge: ItemId,
	},
	/// Take a hoster out of every contract it hosts; the contracts get new hosters.
	ReplaceHoster {
		/// The hoster.
		hoster: ItemId,
	},
	/// A provider's availability window opens, or closes to short jobs: into or out of the idle
	/// queues.
	RefreshIdle {
		/// The provider.
		user: ItemId,
	},
	/// An accusation's answer is due: unanswered, it is upheld.
	AccusationDeadline {
		/// The accusation.
		accusation: ItemId,
	},
	/// A plan's budget check, once per challenge period from its start.
	CheckBudget {
		/// The plan.
		plan: ItemId,
	},
	/// A requested pause reaches `MaxPauseBlocks`: a hoster still paused is replaced.
	PauseLimit {
		/// The paused user.
		user: ItemId,
	},
}

/// The agenda's two lanes. Tasks that draw providers or chunks at random wait in their own lane
/// for randomness that no one knew when they became due (see [`selection`](crate::selection));
/// the others run when due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum Lane {
	/// Deadlines, timeouts, ends, pauses, hand-overs: due at their block.
	Timing,
	/// Selections (setups, replacements, challenges): due at their block, drawn once the
	/// randomness is known since that block or later.
	Draw,
}

/// Where each lane of the agenda is: the oldest block that may still hold its tasks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub struct LaneHeads<BlockNumber> {
	/// The timing lane's head.
	pub timing: BlockNumber,
	/// The draw lane's head.
	pub draw: BlockNumber,
}

impl<BlockNumber> LaneHeads<BlockNumber> {
	/// The head of `lane`.
	pub fn of(&mut self, lane: Lane) -> &mut BlockNumber {
		match lane {
			Lane::Timing => &mut self.timing,
			Lane::Draw => &mut self.draw,
		}
	}
}

impl Task {
	/// The lane the task waits in.
	pub fn lane(&self) -> Lane {
		match self {
			Task::StartHosting { .. }
			| Task::StorageChallenge { .. }
			| Task::PerformanceChallenge { .. } => Lane::Draw,
			_ => Lane::Timing,
		}
	}
}
