//! Choosing providers: random, without replacement, without modulo bias.
//!
//! Candidates are drawn from a role's idle queue in the order of a random permutation (a
//! Fisher-Yates shuffle done lazily: only the drawn positions are swapped, in memory). Each draw
//! is uniform over the positions not drawn yet (rejection sampling, no modulo bias). A drawn
//! provider is taken if it qualifies for the job and is not excluded; at most
//! [`Config::MaxSelectionDraws`] positions are drawn per role, which bounds the work.
//!
//! Randomness comes only from [`Config::Randomness`], mixed with a counter so that every
//! selection in a block draws differently.

use crate::{Config, IdleAt, IdleCount, Pallet, Role, SelectionNonce, UserOf, Users};
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

impl<T: Config> Pallet<T> {
	/// A random stream for one selection.
	pub(crate) fn random_stream() -> RandomStream {
		let nonce = SelectionNonce::<T>::mutate(|n| {
			*n = n.wrapping_add(1);
			*n
		});
		let (seed, _) = T::Randomness::random(&(b"datdot/select", nonce).encode());
		RandomStream::new(sp_io::hashing::blake2_256(&seed.encode()))
	}

	/// Draws `count` distinct qualified providers for `job`, none of them in `exclude`.
	/// `None` if the role's idle queue does not hold enough within the draw limit.
	pub(crate) fn select(
		rng: &mut RandomStream,
		job: &Requirements<BlockNumberFor<T>>,
		count: usize,
		exclude: &[ItemId],
	) -> Option<Vec<ItemId>> {
		let size = IdleCount::<T>::get(job.role);
		let draws = size.min(T::MaxSelectionDraws::get());
		let mut swapped: BTreeMap<u32, u32> = BTreeMap::new();
		let mut chosen = Vec::with_capacity(count);
		for i in 0..draws {
			if chosen.len() >= count {
				break;
			}
			// Fisher-Yates step i: draw a position among i..size, swap it with i.
			let j = i.saturating_add(rng.below(u64::from(size - i)) as u32);
			let at_j = swapped.get(&j).copied().unwrap_or(j);
			let at_i = swapped.get(&i).copied().unwrap_or(i);
			swapped.insert(j, at_i);
			let Some(user_id) = IdleAt::<T>::get(job.role, at_j) else { continue };
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

	/// One attester, then `count` encoders, then `count` hosters: all distinct and none of
	/// `exclude`. The attester and encoders must be available until the report is due, the
	/// hosters until the plan ends and inside its regions. `None` if a role can't be filled.
	pub(crate) fn select_setup(
		mut exclude: Vec<ItemId>,
		count: u32,
		setup_end: BlockNumberFor<T>,
		plan_end: BlockNumberFor<T>,
		regions: &[Geohash],
	) -> Option<(ItemId, Vec<ItemId>, Vec<ItemId>)> {
		let storage = T::StoragePerContract::get();
		let mut rng = Self::random_stream();
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
