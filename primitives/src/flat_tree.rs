//! Flat-tree arithmetic (npm `flat-tree`), as Hypercore uses it.
//!
//! A tree over `n` blocks stores block `i` at node index `2i`. The node at `depth` d and `offset` o has
//! index `(o << (d + 1)) | ((1 << d) - 1)`: leaves are the even indices, parents the odd ones.
//! All functions are total: they return `None` instead of overflowing.

/// The largest tree length (in blocks) the arithmetic below handles without overflow.
/// Node indices of such a tree stay below `2^63`.
pub const MAX_LENGTH: u64 = 1 << 62;

/// The most full roots a tree of at most [`MAX_LENGTH`] blocks can have (one per set bit).
pub const MAX_ROOTS: u32 = 62;

/// Depth of a node: the number of trailing one bits of its index (leaves have depth 0).
pub fn depth(index: u64) -> u32 {
	index.trailing_ones()
}

/// Offset of a node among the nodes of its depth.
pub fn offset(index: u64) -> u64 {
	index.checked_shr(depth(index).saturating_add(1)).unwrap_or(0)
}

/// Index of the node at `depth` and `offset`, or `None` if it does not fit in a `u64`.
pub fn index(depth: u32, offset: u64) -> Option<u64> {
	if depth >= 63 {
		return None;
	}
	let shifted = offset.checked_shl(depth + 1)?;
	if shifted.checked_shr(depth + 1)? != offset {
		return None;
	}
	Some(shifted | ((1u64 << depth) - 1))
}

/// The other child of this node's parent.
pub fn sibling(index_: u64) -> Option<u64> {
	index(depth(index_), offset(index_) ^ 1)
}

/// The parent of this node.
pub fn parent(index_: u64) -> Option<u64> {
	index(depth(index_).checked_add(1)?, offset(index_) >> 1)
}

/// Number of blocks (leaves) under a node.
pub fn span_blocks(index_: u64) -> u64 {
	1u64.checked_shl(depth(index_)).unwrap_or(0)
}

/// The full roots of a tree of `length` blocks, left to right.
///
/// `length` is split greedily into powers of two from the left; a piece of `f` blocks starting at
/// block `s` has its root at index `2s + f - 1` (length 17 gives roots 15 and 32).
/// Returns `None` for lengths above [`MAX_LENGTH`].
pub fn full_roots(length: u64) -> Option<FullRoots> {
	if length > MAX_LENGTH {
		return None;
	}
	Some(FullRoots { start: 0, remaining: length })
}

/// Iterator over the full roots of a tree, see [`full_roots`].
#[derive(Clone, Debug)]
pub struct FullRoots {
	start: u64,
	remaining: u64,
}

impl Iterator for FullRoots {
	type Item = u64;

	fn next(&mut self) -> Option<u64> {
		if self.remaining == 0 {
			return None;
		}
		// Largest power of two not above `remaining`.
		let piece = 1u64 << (63 - self.remaining.leading_zeros());
		// start + remaining <= MAX_LENGTH = 2^62, so 2 * start + piece stays below 2^63.
		let root = self.start.checked_mul(2)?.checked_add(piece - 1)?;
		self.start = self.start.checked_add(piece)?;
		self.remaining -= piece;
		Some(root)
	}

	fn size_hint(&self) -> (usize, Option<usize>) {
		let n = self.remaining.count_ones() as usize;
		(n, Some(n))
	}
}

impl ExactSizeIterator for FullRoots {}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::vec::Vec;

	#[test]
	fn index_depth_offset_round_trip() {
		for d in 0..10u32 {
			for o in 0..50u64 {
				let i = index(d, o).unwrap();
				assert_eq!(depth(i), d);
				assert_eq!(offset(i), o);
			}
		}
		assert_eq!(index(63, 0), None);
		assert_eq!(index(1, u64::MAX), None);
	}

	#[test]
	fn known_nodes() {
		// Leaves 0, 2; parent 1; grand-parent 3; the tree of npm flat-tree's README.
		assert_eq!(parent(0), Some(1));
		assert_eq!(parent(2), Some(1));
		assert_eq!(parent(1), Some(3));
		assert_eq!(parent(5), Some(3));
		assert_eq!(sibling(0), Some(2));
		assert_eq!(sibling(2), Some(0));
		assert_eq!(sibling(1), Some(5));
		assert_eq!(sibling(5), Some(1));
		assert_eq!(sibling(10), Some(8));
		assert_eq!(parent(10), Some(9));
		assert_eq!(sibling(9), Some(13));
		assert_eq!(parent(9), Some(11));
		assert_eq!(sibling(11), Some(3));
		assert_eq!(parent(11), Some(7));
		assert_eq!(sibling(7), Some(23));
		assert_eq!(parent(7), Some(15));
		assert_eq!(span_blocks(15), 16);
		assert_eq!(span_blocks(7), 8);
		assert_eq!(span_blocks(4), 1);
	}

	#[test]
	fn roots() {
		let r = |n| full_roots(n).unwrap().collect::<Vec<_>>();
		assert_eq!(r(0), Vec::<u64>::new());
		assert_eq!(r(1), [0]);
		assert_eq!(r(2), [1]);
		assert_eq!(r(3), [1, 4]);
		assert_eq!(r(17), [15, 32]);
		assert_eq!(r(18), [15, 33]);
		assert_eq!(r(1000).len(), 1000u64.count_ones() as usize);
		assert_eq!(full_roots(MAX_LENGTH).unwrap().count(), 1);
		assert_eq!(full_roots(MAX_LENGTH - 1).unwrap().count(), MAX_ROOTS as usize);
		assert!(full_roots(MAX_LENGTH + 1).is_none());
		// The blocks under the roots add up to the length.
		for n in [1u64, 5, 17, 1000, 123_456_789] {
			assert_eq!(full_roots(n).unwrap().map(span_blocks).sum::<u64>(), n);
		}
	}
}
