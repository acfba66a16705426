//! Choosing providers: random, without replacement, without modulo bias.
//!
//! Candidates are drawn from the idle queues of the job (see [`providers`](crate::providers)) in
//! the order of a random permutation (a Fisher-Yates shuffle done lazily: only the drawn positions
//! are swapped, in memory). Each draw is uniform over the positions not drawn yet (rejection
//! sampling, no modulo bias). A drawn provider is taken if it qualifies for the job and is not
//! excluded; at most [`Config::MaxSelectionDraws`] positions are drawn per role, which bounds the
//! work.
//!
//! Every provider in a job's queues can take it, but for two things the queues don't index:
//! a hoster whose availability ends must be available until the plan ends, and a plan region
//! longer than [`AREA_DEPTH`] characters narrows its prefix's queue. Hosters therefore draw from
//! two pools that take turns, the open-ended hosters of the plan's areas and the others: no
//! number of hosters with an early end of availability crowds out an open-ended one (they fill
//! only their pool's turns). What is left to an attacker: many hosters with an end of
//! availability a little before a plan's end compete with the honest ones that have one; many
//! hosters in a finer region than a plan's asks compete within the area's queue; and qualified
//! sybils are drawn as often as anyone (each holds a registration deposit; the economics decide
//! what failing the work they take costs them).
//!
//! Randomness comes only from [`Config::Randomness`], asked about the selection's own subject:
//! what it selects for and when (a contract's amendment, a hoster's storage challenge, a feed's
//! performance challenge, a challenge's accusations, each with the block). No counter that any
//! call advances is mixed in, so no one can change another selection's draw by making selections
//! of their own, and selections made in the same block draw the same whatever their order.
//!
//! **Settled randomness.** A draw is only as unpredictable as its randomness was unknown while
//! what it draws from (the idle queues, the hosted contracts) could still change. So a selection
//! draws only in `on_initialize`, before any transaction of the block, and only with randomness
//! *known since* (the block [`Config::Randomness`] returns with it) the block the selection became
//! due, or later:
//! * selections on the agenda (setups, replacements, challenges) wait in its draw lane (see
//!   [`tasks`](crate::tasks)) until the randomness is known since their block; with randomness
//!   that changes once an epoch (BABE's), every selection due in an epoch is drawn first thing in
//!   the block that starts the next one, from the state at the end of the epoch;
//! * a selection a call needs (a new setup after a failed report, a replacement for positions that
//!   fell vacant) is never drawn in the call: the call asks for it on the agenda, due the next
//!   block ([`Pallet::need_amendment`]); one a task needs (after a timeout, a hand-over) is drawn at
//!   once if the randomness is fresh in this block, else asked for the same way;
//! * retries of waiting contracts run only in blocks whose randomness is fresh.
//!
//! The one draw made in a call is the chunk each hoster a performance report names unreachable
//! must prove ([`Subject::Accusations`]): only that report's attester times it, and steering the
//! chunk helps no one (an honest hoster holds every chunk; an attester colluding with a hoster
//! that holds only some would simply report it reached).
//!
//! What is left to an attacker: the randomness source's own bias (with BABE, a block author can
//! withhold its block at the end of an epoch, one bit of choice per slot it owns, and the author of
//! an epoch's last block knows the next randomness while it builds that block, so it can order its
//! transactions in the epoch's last block accordingly); and selections the agenda's budget carries
//! over to later blocks of an epoch, whose randomness is known by then while the queues can still
//! change (an attacker who fills the agenda to cause that pays for every task it adds).

use crate::{Area, Config, IdleAt, IdleCount, IdleQueue, Pallet, Role, UserOf, Users, AREA_DEPTH};
use alloc::{collections::BTreeMap, vec::Vec};
use codec::Encode;
use datdot_primitives::{
	geohash::{self, Geohash},
	ItemId,
};
use frame_support::traits::Get;
use frame_support::traits::Randomness;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

/// What a job asks of a provider.
pub struct Requirements<'a, BlockNumber> {
	/// The role.
	pub role: Role,
	/// The provider must be available until at least this block.
	pub until: BlockNumber,
	/// Free storage needed, in bytes.
	pub storage: u64,
	/// Region geohashes; the provider must be in one of them (empty: anywhere).
	pub regions: &'a [geohash::Geohash],
}

/// What a selection draws for: the subject its randomness is asked about (with the block).
#[derive(Encode)]
pub enum Subject {
	/// The providers of a contract's next amendment.
	Amendment { contract: ItemId },
	/// A hoster's storage challenge: its checks and attester.
	StorageChallenge { hoster: ItemId },
	/// A feed's performance challenge: its attester.
	PerformanceChallenge { feed: ItemId },
	/// The chunks the hosters a performance challenge found unreachable must prove.
	Accusations { challenge: ItemId },
}

/// A stream of uniform random numbers from one seed.
pub struct RandomStream {
	seed: [u8; 32],
	counter: u64,
}

impl RandomStream {
	/// A stream from `seed`.
	pub fn new(seed: [u8; 32]) -> Self {
		Self { seed, counter: 0 }
	}

	fn next_u64(&mut self) -> u64 {
		let hash = sp_io::hashing::blake2_256(&(self.seed, self.counter).encode());
		self.counter = self.counter.wrapping_add(1);
		let mut bytes = [0u8; 8];
		bytes.copy_from_slice(&hash[..8]);
		u64::from_le_bytes(bytes)
	}

	/// Uniform in `0..bound`: values from the incomplete top segment of `u64` are drawn again,
	/// so every result is equally likely. (A redraw happens with probability below
	/// `bound / 2^64`; after 16 in a row, which never happens in practice, the last value is used.)
	pub fn below(&mut self, bound: u64) -> u64 {
		if bound <= 1 {
			return 0;
		}
		let zone = u64::MAX - (u64::MAX % bound);
		let mut x = self.next_u64();
		for _ in 0..16 {
			if x < zone {
				break;
			}
			x = self.next_u64();
		}
		x % bound
	}
}

/// Idle queues drawn from as one: a position in `0..size` names the queues one after another.
/// Positions are drawn in the order of a random permutation (a Fisher-Yates shuffle done lazily:
/// only the drawn positions are swapped, in memory).
struct Pool {
	queues: Vec<(IdleQueue, u32)>,
	size: u32,
	drawn: u32,
	swapped: BTreeMap<u32, u32>,
}

impl Pool {
	fn new(queues: Vec<(IdleQueue, u32)>) -> Self {
		let size = queues.iter().fold(0u32, |n, (_, s)| n.saturating_add(*s));
		Self { queues, size, drawn: 0, swapped: BTreeMap::new() }
	}

	/// The provider at the next position of the permutation (`None` once all are drawn).
	fn draw<T: Config>(&mut self, rng: &mut RandomStream) -> Option<ItemId> {
		let i = self.drawn;
		if i >= self.size {
			return None;
		}
		// Fisher-Yates step i: draw a position among i..size, swap it with i.
		let j = i.saturating_add(rng.below(u64::from(self.size.saturating_sub(i))) as u32);
		let at_j = self.swapped.get(&j).copied().unwrap_or(j);
		let at_i = self.swapped.get(&i).copied().unwrap_or(i);
		self.swapped.insert(j, at_i);
		self.drawn = i.saturating_add(1);
		let mut position = at_j;
		for (queue, size) in &self.queues {
			if position < *size {
				return IdleAt::<T>::get(queue, position);
			}
			position = position.saturating_sub(*size);
		}
		None
	}
}

impl<T: Config> Pallet<T> {
	/// The block since which the randomness selections draw from is known (see the module's
	/// docs): no selection due after it draws yet.
	pub(crate) fn randomness_known_since() -> BlockNumberFor<T> {
		T::Randomness::random(b"datdot/known-since").1
	}

	/// Whether a task may draw now: the randomness became known in this very block, before any of
	/// its transactions. (Only `on_initialize` asks.)
	pub(crate) fn randomness_fresh() -> bool {
		Self::fresh(Self::randomness_known_since())
	}

	/// Whether randomness known since `known_since` is fresh in this block.
	pub(crate) fn fresh(known_since: BlockNumberFor<T>) -> bool {
		known_since >= frame_system::Pallet::<T>::block_number()
	}

	/// For a task: `draw` now if the randomness is fresh in this block, else `later` (which puts
	/// the selection in the agenda's draw lane).
	pub(crate) fn draw_if_fresh(
		draw: impl FnOnce() -> frame_support::dispatch::DispatchResult,
		later: impl FnOnce() -> frame_support::dispatch::DispatchResult,
	) -> frame_support::dispatch::DispatchResult {
		if Self::randomness_fresh() {
			draw()
		} else {
			later()
		}
	}

	/// The random stream of the selection about `subject` in this block (see the module's docs).
	pub(crate) fn random_stream(subject: Subject) -> RandomStream {
		let now = frame_system::Pallet::<T>::block_number();
		let (seed, _) = T::Randomness::random(&(b"datdot/select", subject, now).encode());
		RandomStream::new(sp_io::hashing::blake2_256(&seed.encode()))
	}

	/// The idle queues `job` draws from, in pools that take turns: one pool for encoders and
	/// attesters; for hosters the open-ended hosters of the job's areas, then the others. A plan's
	/// regions become disjoint areas: a region inside another of the list is dropped (its hosters
	/// are in the other's queue), one longer than [`AREA_DEPTH`] uses its prefix's queue.
	fn pools(job: &Requirements<BlockNumberFor<T>>) -> Vec<Vec<(IdleQueue, u32)>> {
		let queue = |area: Area, open_ended| {
			let queue = IdleQueue { role: job.role, area, open_ended };
			let size = IdleCount::<T>::get(&queue);
			(queue, size)
		};
		if job.role != Role::Hoster {
			return alloc::vec![alloc::vec![queue(Area::default(), true)]];
		}
		let mut areas: Vec<Area> = Vec::new();
		for (i, region) in job.regions.iter().enumerate() {
			let inside_another = job.regions.iter().enumerate().any(|(k, other)| {
				k != i && geohash::contains(other, region) && (other != region || k < i)
			});
			let area = crate::area(region, AREA_DEPTH as usize);
			if !inside_another && !areas.contains(&area) {
				areas.push(area);
			}
		}
		if job.regions.is_empty() {
			areas.push(Area::default());
		}
		[true, false]
			.into_iter()
			.map(|open_ended| areas.iter().map(|a| queue(a.clone(), open_ended)).collect())
			.collect()
	}

	/// Draws `count` distinct qualified providers for `job`, none of them in `exclude`.
	/// `None` if the job's idle queues do not hold enough within the draw limit.
	pub(crate) fn select(
		rng: &mut RandomStream,
		job: &Requirements<BlockNumberFor<T>>,
		count: usize,
		exclude: &[ItemId],
	) -> Option<Vec<ItemId>> {
		let mut pools: Vec<Pool> = Self::pools(job).into_iter().map(Pool::new).collect();
		let mut chosen = Vec::with_capacity(count);
		let mut turn = 0usize;
		for _ in 0..T::MaxSelectionDraws::get() {
			if chosen.len() >= count {
				break;
			}
			// The next pool, in turn, with positions not drawn yet.
			let next = (0..pools.len())
				.map(|k| turn.saturating_add(k) % pools.len())
				.find(|k| pools.get(*k).is_some_and(|p| p.drawn < p.size));
			let Some(pool) = next.and_then(|k| {
				turn = k.saturating_add(1);
				pools.get_mut(k)
			}) else {
				break;
			};
			let Some(user_id) = pool.draw::<T>(rng) else { continue };
			if exclude.contains(&user_id) || chosen.contains(&user_id) {
				continue;
			}
			let Some(user) = Users::<T>::get(user_id) else { continue };
			if Self::qualifies(&user, job) {
				chosen.push(user_id);
			}
		}
		(chosen.len() == count).then_some(chosen)
	}

	/// Whether `user` can take `job` now.
	pub(crate) fn qualifies(user: &UserOf<T>, job: &Requirements<BlockNumberFor<T>>) -> bool {
		let Some(provider) = user.provider.as_ref() else { return false };
		let now = frame_system::Pallet::<T>::block_number();
		provider.paused.is_none()
			&& provider.free_capacity(job.role) > 0
			&& provider.free_storage() >= job.storage
			&& provider.form.from <= now
			&& provider
				.form
				.until
				.is_none_or(|until| until >= job.until.max(now.saturating_add(1u32.into())))
			&& (job.regions.is_empty()
				|| job.regions.iter().any(|r| geohash::contains(r, &provider.form.region)))
	}

	/// For `contract`'s amendment: one attester, then `count` encoders, then `count` hosters: all distinct and none of
	/// `exclude`. The attester and encoders must be available until the report is due, the
	/// hosters until the plan ends and inside its regions. `None` if a role can't be filled.
	pub(crate) fn select_setup(
		contract: ItemId,
		mut exclude: Vec<ItemId>,
		count: u32,
		setup_end: BlockNumberFor<T>,
		plan_end: BlockNumberFor<T>,
		regions: &[Geohash],
	) -> Option<(ItemId, Vec<ItemId>, Vec<ItemId>)> {
		let storage = T::StoragePerContract::get();
		let mut rng = Self::random_stream(Subject::Amendment { contract });
		let mut pick = |job: Requirements<_>, count: u32| {
			let chosen = Self::select(&mut rng, &job, count as usize, &exclude)?;
			exclude.extend_from_slice(&chosen);
			Some(chosen)
		};
		let attester = pick(
			Requirements { role: Role::Attester, until: setup_end, storage: 0, regions: &[] },
			1,
		)?;
		let encoders = pick(
			Requirements { role: Role::Encoder, until: setup_end, storage, regions: &[] },
			count,
		)?;
		let hosters =
			pick(Requirements { role: Role::Hoster, until: plan_end, storage, regions }, count)?;
		Some((*attester.first()?, encoders, hosters))
	}

	/// An attester, available until `deadline`, none of `exclude`.
	pub(crate) fn select_attester(
		rng: &mut RandomStream,
		deadline: BlockNumberFor<T>,
		exclude: &[ItemId],
	) -> Option<ItemId> {
		let job = Requirements { role: Role::Attester, until: deadline, storage: 0, regions: &[] };
		Self::select(rng, &job, 1, exclude).and_then(|a| a.first().copied())
	}
}

#[cfg(test)]
mod tests {
	use super::RandomStream;

	#[test]
	fn below_is_in_range_and_covers_it() {
		let mut rng = RandomStream::new([7; 32]);
		let mut seen = [0u32; 7];
		for _ in 0..7000 {
			let x = rng.below(7);
			assert!(x < 7);
			seen[x as usize] += 1;
		}
		// Each value about 1000 times.
		assert!(seen.iter().all(|&n| (800..1200).contains(&n)), "{seen:?}");
		assert_eq!(rng.below(1), 0);
		assert_eq!(rng.below(0), 0);
	}
}
