//! Cutting a plan's chunk ranges into contract-sized sets.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// An inclusive range of chunk (block) indices of a feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct ChunkRange {
	/// First chunk.
	pub first: u64,
	/// Last chunk (inclusive).
	pub last: u64,
}

impl ChunkRange {
	/// Number of chunks in the range (0 if reversed).
	pub fn len(&self) -> u64 {
		if self.last < self.first {
			0
		} else {
			(self.last - self.first).saturating_add(1)
		}
	}

	/// Whether the range holds no chunk (it is reversed).
	pub fn is_empty(&self) -> bool {
		self.last < self.first
	}

	/// Whether `index` is in the range.
	pub fn contains(&self, index: u64) -> bool {
		self.first <= index && index <= self.last
	}
}

/// Why ranges can't be cut into sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangesError {
	/// No ranges.
	Empty,
	/// A range ends before it starts.
	Reversed,
	/// Ranges are not in ascending order or overlap.
	Unordered,
	/// A range reaches beyond the given length.
	OutOfBounds,
	/// The ranges hold more than `max_sets` sets.
	TooManySets,
}

/// Checks that `ranges` are non-empty, ascending, non-overlapping and below `length`.
pub fn validate(ranges: &[ChunkRange], length: u64) -> Result<u64, RangesError> {
	if ranges.is_empty() {
		return Err(RangesError::Empty);
	}
	let mut chunks = 0u64;
	let mut previous: Option<u64> = None;
	for r in ranges {
		if r.is_empty() {
			return Err(RangesError::Reversed);
		}
		if previous.is_some_and(|p| r.first <= p) {
			return Err(RangesError::Unordered);
		}
		if r.last >= length {
			return Err(RangesError::OutOfBounds);
		}
		chunks = chunks.saturating_add(r.len());
		previous = Some(r.last);
	}
	Ok(chunks)
}

/// Cuts validated `ranges` into sets of `set_size` chunks, in order: `[[0,3],[5,8],[10,14]]` with
/// sets of 10 gives `[[0,3],[5,8],[10,11]]` and `[[12,14]]`. At most `max_sets` sets.
pub fn split(
	ranges: &[ChunkRange],
	set_size: u64,
	max_sets: u32,
) -> Result<Vec<Vec<ChunkRange>>, RangesError> {
	let total: u64 = ranges.iter().map(ChunkRange::len).fold(0, u64::saturating_add);
	let set_size = set_size.max(1);
	let sets = total.div_ceil(set_size);
	if sets > u64::from(max_sets) {
		return Err(RangesError::TooManySets);
	}
	let mut out: Vec<Vec<ChunkRange>> = Vec::with_capacity(sets as usize);
	let mut current: Vec<ChunkRange> = Vec::new();
	let mut room = set_size;
	for r in ranges {
		let mut first = r.first;
		let mut left = r.len();
		while left > 0 {
			let take = left.min(room);
			let last = first.saturating_add(take - 1);
			current.push(ChunkRange { first, last });
			first = last.saturating_add(1);
			left -= take;
			room -= take;
			if room == 0 {
				out.push(core::mem::take(&mut current));
				room = set_size;
			}
		}
	}
	if !current.is_empty() {
		out.push(current);
	}
	Ok(out)
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::vec;

	fn r(v: &[(u64, u64)]) -> Vec<ChunkRange> {
		v.iter().map(|&(first, last)| ChunkRange { first, last }).collect()
	}

	#[test]
	fn reference_plan_gives_two_contracts() {
		let sets = split(&r(&[(0, 3), (5, 8), (10, 14)]), 10, 100).unwrap();
		assert_eq!(sets, vec![r(&[(0, 3), (5, 8), (10, 11)]), r(&[(12, 14)])]);
	}

	#[test]
	fn splits_long_and_single_chunk_ranges() {
		assert_eq!(
			split(&r(&[(0, 24)]), 10, 100).unwrap(),
			vec![r(&[(0, 9)]), r(&[(10, 19)]), r(&[(20, 24)])]
		);
		assert_eq!(split(&r(&[(3, 3), (7, 7)]), 10, 100).unwrap(), vec![r(&[(3, 3), (7, 7)])]);
		assert_eq!(split(&r(&[(0, 9)]), 10, 100).unwrap(), vec![r(&[(0, 9)])]);
		assert_eq!(
			split(&r(&[(0, 9), (20, 20)]), 10, 100).unwrap(),
			vec![r(&[(0, 9)]), r(&[(20, 20)])]
		);
		assert_eq!(split(&r(&[(0, 24)]), 10, 2), Err(RangesError::TooManySets));
	}

	#[test]
	fn every_chunk_lands_in_exactly_one_set() {
		let ranges = r(&[(0, 0), (2, 17), (19, 40), (100, 100), (102, 130)]);
		let sets = split(&ranges, 10, 100).unwrap();
		let flat: Vec<u64> = sets.iter().flatten().flat_map(|c| c.first..=c.last).collect();
		let want: Vec<u64> = ranges.iter().flat_map(|c| c.first..=c.last).collect();
		assert_eq!(flat, want);
		for (i, s) in sets.iter().enumerate() {
			let n: u64 = s.iter().map(ChunkRange::len).sum();
			if i + 1 < sets.len() {
				assert_eq!(n, 10);
			} else {
				assert!(n <= 10 && n > 0);
			}
		}
	}

	#[test]
	fn validation() {
		assert_eq!(validate(&r(&[(0, 3), (5, 8), (10, 14)]), 17), Ok(13));
		assert_eq!(validate(&[], 17), Err(RangesError::Empty));
		assert_eq!(validate(&r(&[(3, 1)]), 17), Err(RangesError::Reversed));
		assert_eq!(validate(&r(&[(0, 3), (3, 5)]), 17), Err(RangesError::Unordered));
		assert_eq!(validate(&r(&[(5, 6), (0, 3)]), 17), Err(RangesError::Unordered));
		assert_eq!(validate(&r(&[(10, 17)]), 17), Err(RangesError::OutOfBounds));
		assert_eq!(validate(&r(&[(0, u64::MAX)]), u64::MAX), Err(RangesError::OutOfBounds));
	}
}
