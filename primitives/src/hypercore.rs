//! Hypercore v10 tree hashing and verification.
//!
//! Byte for byte what the npm `hypercore` package (10.x, default "compat" signatures) does:
//!
//! * `H` is unkeyed BLAKE2b-256; integers are `u64` little-endian.
//! * leaf of block `i` (node `2i`): `H(0x00 ‖ u64le(len) ‖ data)`, size `len`;
//! * parent of `l` (lower index) and `r`: `H(0x01 ‖ u64le(l.size + r.size) ‖ l.hash ‖ r.hash)`;
//! * tree hash: `H(0x02 ‖ for each full root, left to right: hash ‖ u64le(index) ‖ u64le(size))`;
//! * the feed key signs the 80-byte signable `TREE ‖ tree_hash ‖ u64le(length) ‖ u64le(fork)`, where
//!   `TREE = H(H("hypercore") ‖ 0x00)`.
//!
//! [`verify_signed_tree`] checks a signed tree (the roots of a feed at a length, as a Hypercore
//! "upgrade" proof carries them); [`verify_block`] checks one block against such a tree.

use crate::{ed25519_verify, flat_tree, Hash32, PublicKey, Signature};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{bounded::BoundedVec, ConstU32};

/// Bound on the number of roots a [`SignedTree`] carries: one per set bit of the length.
pub type MaxRoots = ConstU32<{ flat_tree::MAX_ROOTS }>;

/// A node of a Hypercore merkle tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct Node {
	/// Flat-tree index of the node.
	pub index: u64,
	/// Number of data bytes under the node.
	pub size: u64,
	/// The node's hash.
	pub hash: Hash32,
}

/// The signed state of a feed: its full roots at `length`, signed by the feed key.
///
/// This is the `upgrade` part of a Hypercore proof (`tree.proof({ upgrade: { start: 0, length } })`).
/// Standing alone it carries all full roots of the tree; inside a block proof it carries the full roots
/// other than the one the block's path leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct SignedTree {
	/// Number of blocks the signature covers.
	pub length: u64,
	/// Fork id; only 0 (a feed that never truncated) is accepted.
	pub fork: u64,
	/// Full roots of the tree, ascending index.
	pub roots: BoundedVec<Node, MaxRoots>,
	/// ed25519 signature of the feed key over the tree's signable.
	pub signature: Signature,
}

/// What a verified [`SignedTree`] establishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerifiedTree {
	/// Number of blocks the feed had when it signed.
	pub length: u64,
	/// Hash of the full roots (what the signature covers, together with the length).
	pub tree_hash: Hash32,
	/// Total bytes under the roots.
	pub byte_length: u64,
}

/// Why a proof was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub enum ProofError {
	/// The proof is for a fork other than 0.
	ForkNotSupported,
	/// The tree has no blocks.
	EmptyTree,
	/// The length is beyond what flat-tree arithmetic handles.
	LengthTooLarge,
	/// The number of roots differs from the number of full roots of the length.
	WrongRootCount,
	/// A root's index is not the full root expected at its position.
	WrongRootIndex,
	/// The sizes under the roots overflow.
	SizeOverflow,
	/// The block index is not below the signed length.
	BlockOutOfRange,
	/// A node of the block's path is not the sibling of the node below it.
	WrongSibling,
	/// The block's path does not end at a full root of the signed length.
	PathNotARoot,
	/// The ed25519 signature does not verify against the feed key.
	BadSignature,
	/// A block's path has more nodes than any tree of at most `MAX_LENGTH` blocks has levels.
	TooManyNodes,
	/// The block's path leads to a root of the tree's shape but not to the signed root.
	RootMismatch,
}

/// The most sibling nodes a block's path can have: one per level of a tree of
/// [`flat_tree::MAX_LENGTH`] blocks.
pub const MAX_PATH_NODES: usize = 62;

/// Domain separator of the tree signable: `H(H("hypercore") ‖ 0x00)`.
pub fn tree_namespace() -> Hash32 {
	let ns = sp_io::hashing::blake2_256(b"hypercore");
	let mut input = [0u8; 33];
	input[..32].copy_from_slice(&ns);
	sp_io::hashing::blake2_256(&input)
}

/// A feed's discovery key, the swarm topic its peers meet on, as hypercore-crypto derives it:
/// BLAKE2b-256 of `"hypercore"` keyed with the feed key (libsodium's `crypto_generichash`). Pure
/// Rust: the runtime has no host function for keyed BLAKE2b.
pub fn discovery_key(feed_key: &PublicKey) -> Hash32 {
	let hash = blake2b_simd::Params::new().hash_length(32).key(feed_key).hash(b"hypercore");
	let mut key = [0u8; 32];
	for (out, byte) in key.iter_mut().zip(hash.as_bytes()) {
		*out = *byte;
	}
	key
}

/// Hash of a leaf holding `data`.
pub fn leaf_hash(data: &[u8]) -> Hash32 {
	let mut input = Vec::with_capacity(data.len().saturating_add(9));
	input.push(0u8);
	input.extend_from_slice(&(data.len() as u64).to_le_bytes());
	input.extend_from_slice(data);
	sp_io::hashing::blake2_256(&input)
}

/// The parent of two sibling nodes (`left` has the lower index). `None` if sizes overflow.
pub fn parent_node(left: &Node, right: &Node) -> Option<Node> {
	let size = left.size.checked_add(right.size)?;
	let index = flat_tree::parent(left.index)?;
	let mut input = [0u8; 73];
	input[0] = 1;
	input[1..9].copy_from_slice(&size.to_le_bytes());
	input[9..41].copy_from_slice(&left.hash);
	input[41..73].copy_from_slice(&right.hash);
	Some(Node { index, size, hash: sp_io::hashing::blake2_256(&input) })
}

/// Hash over the full roots, left to right.
pub fn tree_hash(roots: &[Node]) -> Hash32 {
	let mut input = Vec::with_capacity(roots.len().saturating_mul(48).saturating_add(1));
	input.push(2u8);
	for root in roots {
		input.extend_from_slice(&root.hash);
		input.extend_from_slice(&root.index.to_le_bytes());
		input.extend_from_slice(&root.size.to_le_bytes());
	}
	sp_io::hashing::blake2_256(&input)
}

/// The 80 bytes the feed key signs for a tree.
pub fn signable(tree_hash: &Hash32, length: u64, fork: u64) -> [u8; 80] {
	let mut out = [0u8; 80];
	out[..32].copy_from_slice(&tree_namespace());
	out[32..64].copy_from_slice(tree_hash);
	out[64..72].copy_from_slice(&length.to_le_bytes());
	out[72..80].copy_from_slice(&fork.to_le_bytes());
	out
}

/// Verifies a signed tree that carries all full roots of its length against `feed_key`.
pub fn verify_signed_tree(
	feed_key: &PublicKey,
	tree: &SignedTree,
) -> Result<VerifiedTree, ProofError> {
	verify_roots(feed_key, tree, None)
}

/// A block and the path from its leaf to the full root that contains it, plus the signed tree
/// (whose `roots` are the other full roots).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockProof<'a> {
	/// Block index.
	pub index: u64,
	/// The block's bytes.
	pub data: &'a [u8],
	/// Siblings from the leaf up to its full root, bottom up.
	pub nodes: &'a [Node],
	/// The signed tree at a length covering the block, without the root the path leads to.
	pub tree: &'a SignedTree,
}

/// Verifies that `proof.data` is block `proof.index` of the feed `feed_key` signed.
pub fn verify_block(feed_key: &PublicKey, proof: &BlockProof) -> Result<VerifiedTree, ProofError> {
	if proof.tree.fork != 0 {
		return Err(ProofError::ForkNotSupported);
	}
	if proof.index >= proof.tree.length {
		return Err(ProofError::BlockOutOfRange);
	}
	if proof.nodes.len() > MAX_PATH_NODES {
		return Err(ProofError::TooManyNodes);
	}
	let leaf_index = proof.index.checked_mul(2).ok_or(ProofError::BlockOutOfRange)?;
	// The path's shape first, so that a malformed proof costs no hashing.
	let mut index = leaf_index;
	for node in proof.nodes {
		if flat_tree::sibling(index) != Some(node.index) {
			return Err(ProofError::WrongSibling);
		}
		index = flat_tree::parent(index).ok_or(ProofError::WrongSibling)?;
	}
	let path: Vec<PathNode> =
		proof.nodes.iter().map(|n| PathNode { size: n.size, hash: n.hash }).collect();
	let root = root_of_block(proof.index, proof.data, &path)?;
	verify_roots(feed_key, proof.tree, Some(root))
}

/// A sibling on a block's path to its full root: its byte size and hash. Its flat-tree index
/// follows from the block's index and its place in the path, so a proof does not carry it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen)]
pub struct PathNode {
	/// Number of data bytes under the node.
	#[codec(compact)]
	pub size: u64,
	/// The node's hash.
	pub hash: Hash32,
}

/// The full root that block `index` holding `data` leads to through `path` (its siblings, bottom
/// up): the node at the top of the path, with its flat-tree index.
pub fn root_of_block(index: u64, data: &[u8], path: &[PathNode]) -> Result<Node, ProofError> {
	if path.len() > MAX_PATH_NODES {
		return Err(ProofError::TooManyNodes);
	}
	let leaf_index = index.checked_mul(2).ok_or(ProofError::BlockOutOfRange)?;
	let mut current = Node { index: leaf_index, size: data.len() as u64, hash: leaf_hash(data) };
	for sibling in path {
		let at = flat_tree::sibling(current.index).ok_or(ProofError::WrongSibling)?;
		let node = Node { index: at, size: sibling.size, hash: sibling.hash };
		let (left, right) = if at < current.index { (&node, &current) } else { (&current, &node) };
		current = parent_node(left, right).ok_or(ProofError::SizeOverflow)?;
	}
	Ok(current)
}

/// The signed tree with all its full roots, from a Hypercore block proof's tree (which carries the
/// roots other than the one the block's path leads to) and `root`, the root the path leads to
/// ([`root_of_block`]). `None` if `root` is among the tree's roots already, or there is no room.
pub fn with_root(tree: &SignedTree, root: Node) -> Option<SignedTree> {
	if tree.roots.iter().any(|r| r.index == root.index) {
		return None;
	}
	let mut roots = tree.roots.clone().into_inner();
	let at = roots.iter().position(|r| r.index > root.index).unwrap_or(roots.len());
	roots.insert(at, root);
	Some(SignedTree { roots: roots.try_into().ok()?, ..tree.clone() })
}

/// Verifies that `data` is block `index` of a feed whose signed tree `tree` (carrying all its full
/// roots) has been verified against the feed key ([`verify_signed_tree`]): the block's `path`
/// must lead to one of the tree's roots. Many blocks of one feed are proved against one tree, so
/// its signature is checked once.
pub fn verify_block_in(
	tree: &SignedTree,
	index: u64,
	data: &[u8],
	path: &[PathNode],
) -> Result<(), ProofError> {
	if index >= tree.length {
		return Err(ProofError::BlockOutOfRange);
	}
	let root = root_of_block(index, data, path)?;
	match tree.roots.iter().find(|r| r.index == root.index) {
		Some(r) if *r == root => Ok(()),
		Some(_) => Err(ProofError::RootMismatch),
		None => Err(ProofError::PathNotARoot),
	}
}

/// Fills the full roots of `tree.length` from `tree.roots` (and `known`, a root derived from a block),
/// each used exactly once and in order, then checks the signature.
fn verify_roots(
	feed_key: &PublicKey,
	tree: &SignedTree,
	known: Option<Node>,
) -> Result<VerifiedTree, ProofError> {
	if tree.fork != 0 {
		return Err(ProofError::ForkNotSupported);
	}
	if tree.length == 0 {
		return Err(ProofError::EmptyTree);
	}
	let expected = flat_tree::full_roots(tree.length).ok_or(ProofError::LengthTooLarge)?;
	if let Some(k) = known {
		if !expected.clone().any(|root| root == k.index) {
			return Err(ProofError::PathNotARoot);
		}
	}
	let given = tree.roots.len().saturating_add(usize::from(known.is_some()));
	if expected.len() != given {
		return Err(ProofError::WrongRootCount);
	}
	let mut roots = Vec::with_capacity(given);
	let mut supplied = tree.roots.iter();
	let mut known_used = false;
	let mut byte_length = 0u64;
	for root_index in expected {
		let root = match known {
			Some(k) if k.index == root_index => {
				known_used = true;
				k
			},
			_ => {
				let next = supplied.next().ok_or(ProofError::WrongRootCount)?;
				if next.index != root_index {
					return Err(ProofError::WrongRootIndex);
				}
				*next
			},
		};
		byte_length = byte_length.checked_add(root.size).ok_or(ProofError::SizeOverflow)?;
		roots.push(root);
	}
	if known.is_some() && !known_used {
		return Err(ProofError::PathNotARoot);
	}
	if supplied.next().is_some() {
		return Err(ProofError::WrongRootCount);
	}
	let tree_hash = tree_hash(&roots);
	let message = signable(&tree_hash, tree.length, tree.fork);
	if !ed25519_verify(&tree.signature, &message, feed_key) {
		return Err(ProofError::BadSignature);
	}
	Ok(VerifiedTree { length: tree.length, tree_hash, byte_length })
}
