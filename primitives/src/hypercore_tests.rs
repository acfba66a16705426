//! Hypercore verification against vectors made by the real npm `hypercore` package
//! (`scripts/fixtures/generate.mjs`), and tampered copies of them.

#![allow(clippy::unwrap_used)]

use crate::{
	fixtures::{self, Fixture, FixtureBlock, FixtureFeed},
	flat_tree,
	hypercore::{self, BlockProof, Node, ProofError, SignedTree},
	PublicKey,
};
use alloc::{vec, vec::Vec};

fn fixture() -> Fixture {
	fixtures::hypercore()
}

fn key(f: &FixtureFeed) -> PublicKey {
	f.key
}

fn with_roots(t: &SignedTree, roots: Vec<Node>) -> SignedTree {
	SignedTree { roots: roots.try_into().unwrap(), ..t.clone() }
}

#[test]
fn every_signed_tree_verifies() {
	let f = fixture();
	assert_eq!(f.feed.trees.len(), 4);
	for t in &f.feed.trees {
		let v = hypercore::verify_signed_tree(&key(&f.feed), &t).unwrap();
		assert_eq!(v.length, t.length);
		assert_eq!(v.tree_hash, hypercore::tree_hash(&t.roots));
		assert_eq!(v.byte_length, t.roots.iter().map(|r| r.size).sum::<u64>());
	}
	// Length 17: the reference scenario's feed, roots 15 and 32.
	let t17 = f.feed.trees[2].clone();
	assert_eq!(t17.length, 17);
	assert_eq!(t17.roots.iter().map(|r| r.index).collect::<Vec<_>>(), [15, 32]);
	hypercore::verify_signed_tree(&key(&f.other_feed), &f.other_feed.trees[0]).unwrap();
}

#[test]
fn leaf_and_parent_hashes_match_hypercore() {
	let f = fixture();
	// Length 1: the only root is the leaf of block 0.
	let t1 = f.feed.trees[0].clone();
	assert_eq!(t1.roots[0].hash, hypercore::leaf_hash(b"Hello World!"));
	assert_eq!(t1.roots[0].size, 12);
	// Length 18 = 16 + 2: the second root (33) is the parent of leaves 32 and 34.
	let t18 = f.feed.trees[3].clone();
	let b16 = &f.feed.blocks[16];
	let b17 = &f.feed.blocks[17];
	let l = Node { index: 32, size: b16.data.len() as u64, hash: hypercore::leaf_hash(&b16.data) };
	let data17 = b17.data.clone();
	assert_eq!(data17, (0..=255u8).collect::<Vec<_>>());
	let r = Node { index: 34, size: 256, hash: hypercore::leaf_hash(&data17) };
	assert_eq!(hypercore::parent_node(&l, &r).unwrap(), t18.roots[1]);
}

#[test]
fn tampered_signed_trees_fail_with_their_error() {
	let f = fixture();
	let k = key(&f.feed);
	let good = f.feed.trees[2].clone(); // length 17, roots [15, 32]

	let mut flipped = good.clone();
	flipped.roots[0].hash[7] ^= 1;
	assert_eq!(hypercore::verify_signed_tree(&k, &flipped), Err(ProofError::BadSignature));

	let mut size = good.clone();
	size.roots[1].size += 1;
	assert_eq!(hypercore::verify_signed_tree(&k, &size), Err(ProofError::BadSignature));

	let mut sig = good.clone();
	sig.signature[0] ^= 0x80;
	assert_eq!(hypercore::verify_signed_tree(&k, &sig), Err(ProofError::BadSignature));

	// Same roots claimed for another length: 18 also has two roots, but 33 is expected, not 32.
	let longer = SignedTree { length: 18, ..good.clone() };
	assert_eq!(hypercore::verify_signed_tree(&k, &longer), Err(ProofError::WrongRootIndex));
	// 24 = 16 + 8: two roots (15, 39), so the count fits but the second index does not.
	let other_len = SignedTree { length: 24, ..good.clone() };
	assert_eq!(hypercore::verify_signed_tree(&k, &other_len), Err(ProofError::WrongRootIndex));
	let shorter = SignedTree { length: 16, ..good.clone() };
	assert_eq!(hypercore::verify_signed_tree(&k, &shorter), Err(ProofError::WrongRootCount));
	// Roots relabelled for length 18 still fail: the signature covers the length and the roots.
	let mut relabelled = SignedTree { length: 18, ..good.clone() };
	relabelled.roots[1].index = 33;
	assert_eq!(hypercore::verify_signed_tree(&k, &relabelled), Err(ProofError::BadSignature));

	assert_eq!(
		hypercore::verify_signed_tree(&key(&f.other_feed), &good),
		Err(ProofError::BadSignature)
	);

	let reordered = with_roots(&good, vec![good.roots[1], good.roots[0]]);
	assert_eq!(hypercore::verify_signed_tree(&k, &reordered), Err(ProofError::WrongRootIndex));

	let missing = with_roots(&good, vec![good.roots[0]]);
	assert_eq!(hypercore::verify_signed_tree(&k, &missing), Err(ProofError::WrongRootCount));

	let extra = with_roots(&good, vec![good.roots[0], good.roots[1], good.roots[1]]);
	assert_eq!(hypercore::verify_signed_tree(&k, &extra), Err(ProofError::WrongRootCount));

	let forked = SignedTree { fork: 1, ..good.clone() };
	assert_eq!(hypercore::verify_signed_tree(&k, &forked), Err(ProofError::ForkNotSupported));

	let empty = SignedTree { length: 0, ..with_roots(&good, vec![]) };
	assert_eq!(hypercore::verify_signed_tree(&k, &empty), Err(ProofError::EmptyTree));

	let huge = SignedTree { length: flat_tree::MAX_LENGTH + 1, ..good.clone() };
	assert_eq!(hypercore::verify_signed_tree(&k, &huge), Err(ProofError::LengthTooLarge));
}

fn block_parts(b: &FixtureBlock) -> (Vec<u8>, Vec<Node>, SignedTree) {
	(b.data.clone(), b.nodes.clone(), b.tree.clone())
}

#[test]
fn every_block_proof_verifies() {
	let f = fixture();
	let k = key(&f.feed);
	assert_eq!(f.feed.blocks.len(), 18);
	for b in &f.feed.blocks {
		let (data, nodes, t) = block_parts(b);
		let proof = BlockProof { index: b.index, data: &data, nodes: &nodes, tree: &t };
		let v = hypercore::verify_block(&k, &proof).unwrap();
		assert_eq!(v.length, 18);
		assert_eq!(
			v.tree_hash,
			hypercore::verify_signed_tree(&k, &f.feed.trees[3].clone()).unwrap().tree_hash
		);
	}
}

#[test]
fn tampered_block_proofs_fail_with_their_error() {
	let f = fixture();
	let k = key(&f.feed);
	let b = &f.feed.blocks[5];
	let (data, nodes, t) = block_parts(b);
	let check = |index: u64, data: &[u8], nodes: &[Node], t: &SignedTree, key: &PublicKey| {
		hypercore::verify_block(key, &BlockProof { index, data, nodes, tree: t })
	};
	assert!(check(5, &data, &nodes, &t, &k).is_ok());

	let mut flipped = data.clone();
	flipped[0] ^= 1;
	assert_eq!(check(5, &flipped, &nodes, &t, &k), Err(ProofError::BadSignature));

	// Block 4's data under block 5's path.
	let (data4, _, _) = block_parts(&f.feed.blocks[4]);
	assert_eq!(check(5, &data4, &nodes, &t, &k), Err(ProofError::BadSignature));

	// Wrong index: the path of block 5 starts with sibling 8 of leaf 10; leaf 12's sibling is 14.
	assert_eq!(check(6, &data, &nodes, &t, &k), Err(ProofError::WrongSibling));
	assert_eq!(check(18, &data, &nodes, &t, &k), Err(ProofError::BlockOutOfRange));

	let mut wrong_hash = nodes.clone();
	wrong_hash[1].hash[0] ^= 1;
	assert_eq!(check(5, &data, &wrong_hash, &t, &k), Err(ProofError::BadSignature));

	let mut wrong_sibling = nodes.clone();
	wrong_sibling.swap(0, 1);
	assert_eq!(check(5, &data, &wrong_sibling, &t, &k), Err(ProofError::WrongSibling));

	// Path stopped short of the root: node 11 is no full root of 18.
	assert_eq!(check(5, &data, &nodes[..2], &t, &k), Err(ProofError::PathNotARoot));
	// Path going beyond the root.
	let mut too_long = nodes.clone();
	too_long.push(Node { index: 47, size: 1, hash: [0; 32] });
	assert_eq!(check(5, &data, &too_long, &t, &k), Err(ProofError::PathNotARoot));

	// The signature of another feed at the same length.
	let other = &f.other_feed.trees[0];
	let t_other = SignedTree { signature: other.signature, ..t.clone() };
	assert_eq!(check(5, &data, &nodes, &t_other, &k), Err(ProofError::BadSignature));
	assert_eq!(check(5, &data, &nodes, &t, &key(&f.other_feed)), Err(ProofError::BadSignature));

	let forked = SignedTree { fork: 1, ..t.clone() };
	assert_eq!(check(5, &data, &nodes, &forked, &k), Err(ProofError::ForkNotSupported));

	// The block's own root supplied again among the other roots.
	let mut dup = t.roots.to_vec();
	dup.insert(0, Node { index: 15, size: 0, hash: [0; 32] });
	assert_eq!(check(5, &data, &nodes, &with_roots(&t, dup), &k), Err(ProofError::WrongRootCount));
}

#[test]
fn big_feed_proofs_of_64_kib_blocks_verify() {
	let f = fixture();
	let k = key(&f.big_feed);
	let signed = hypercore::verify_signed_tree(&k, &f.big_feed.trees[0]).unwrap();
	assert_eq!(signed.length, 1000);
	assert_eq!(signed.byte_length, 1000 * fixtures::BIG_BLOCK_SIZE as u64);
	assert_eq!(f.big_feed.blocks.len(), 16);
	for b in &f.big_feed.blocks {
		assert_eq!(b.data.len(), fixtures::BIG_BLOCK_SIZE);
		let proof = BlockProof { index: b.index, data: &b.data, nodes: &b.nodes, tree: &b.tree };
		let v = hypercore::verify_block(&k, &proof).unwrap();
		assert_eq!((v.length, v.tree_hash), (1000, signed.tree_hash));
	}
}

#[test]
fn tampered_big_feed_proofs_fail_with_their_error() {
	let f = fixture();
	let k = key(&f.big_feed);
	let by_index = |i: u64| f.big_feed.blocks.iter().find(|b| b.index == i).unwrap();
	let check = |index: u64, data: &[u8], nodes: &[Node], t: &SignedTree, key: &PublicKey| {
		hypercore::verify_block(key, &BlockProof { index, data, nodes, tree: t })
	};
	let b = by_index(511);
	assert!(check(511, &b.data, &b.nodes, &b.tree, &k).is_ok());

	// One byte in the middle of 64 KiB.
	let mut flipped = b.data.clone();
	flipped[40_000] ^= 0x80;
	assert_eq!(check(511, &flipped, &b.nodes, &b.tree, &k), Err(ProofError::BadSignature));
	// A byte more or less.
	assert_eq!(check(511, &b.data[1..], &b.nodes, &b.tree, &k), Err(ProofError::BadSignature));
	// Block 512's bytes under block 511's proof, and block 511's proof claimed for index 512.
	assert_eq!(
		check(511, &by_index(512).data, &b.nodes, &b.tree, &k),
		Err(ProofError::BadSignature)
	);
	assert_eq!(check(512, &b.data, &b.nodes, &b.tree, &k), Err(ProofError::WrongSibling));
	// Block 0's path for block 1: sibling 2 is not the sibling of leaf 2.
	let b1 = by_index(1);
	assert_eq!(check(1, &b1.data, &by_index(0).nodes, &b1.tree, &k), Err(ProofError::WrongSibling));
	// A sibling hash changed.
	let mut nodes = b.nodes.clone();
	nodes[3].hash[31] ^= 1;
	assert_eq!(check(511, &b.data, &nodes, &b.tree, &k), Err(ProofError::BadSignature));
	// Another feed's signature, another feed's key, a fork.
	let t_other = SignedTree { signature: f.other_feed.trees[0].signature, ..b.tree.clone() };
	assert_eq!(check(511, &b.data, &b.nodes, &t_other, &k), Err(ProofError::BadSignature));
	assert_eq!(
		check(511, &b.data, &b.nodes, &b.tree, &key(&f.feed)),
		Err(ProofError::BadSignature)
	);
	let forked = SignedTree { fork: 1, ..b.tree.clone() };
	assert_eq!(check(511, &b.data, &b.nodes, &forked, &k), Err(ProofError::ForkNotSupported));
	// Signed at a length below the block.
	let short = SignedTree { length: 500, ..b.tree.clone() };
	assert_eq!(check(511, &b.data, &b.nodes, &short, &k), Err(ProofError::BlockOutOfRange));
	// More nodes than any path has.
	let long = vec![Node { index: 0, size: 0, hash: [0; 32] }; hypercore::MAX_PATH_NODES + 1];
	assert_eq!(check(511, &b.data, &long, &b.tree, &k), Err(ProofError::TooManyNodes));
}

#[test]
fn blocks_verify_against_one_signed_tree_as_reports_carry_them() {
	let f = fixture();
	let k = key(&f.feed);
	let t18 = f.feed.trees[3].clone();
	hypercore::verify_signed_tree(&k, &t18).unwrap();
	for b in &f.feed.blocks {
		// A hypercore proof's tree, completed with the root its path leads to, is the signed tree.
		assert_eq!(b.full_tree(), t18);
		hypercore::verify_block_in(&t18, b.index, &b.data, &b.path()).unwrap();
	}
	// The tree at 17 holds the same root 15: blocks 0-15 verify against it too, 16 and 17 not.
	let t17 = &f.feed.trees[2];
	for b in &f.feed.blocks {
		let result = hypercore::verify_block_in(t17, b.index, &b.data, &b.path());
		match b.index {
			0..=15 => assert_eq!(result, Ok(())),
			16 => assert_eq!(result, Err(ProofError::PathNotARoot)),
			_ => assert_eq!(result, Err(ProofError::BlockOutOfRange)),
		}
	}
	let big = &f.big_feed;
	let t1000 = &big.trees[0];
	hypercore::verify_signed_tree(&key(big), t1000).unwrap();
	for b in &big.blocks {
		assert_eq!(b.full_tree(), *t1000);
		hypercore::verify_block_in(t1000, b.index, &b.data, &b.path()).unwrap();
	}
}

#[test]
fn tampered_blocks_fail_against_the_signed_tree_with_their_error() {
	let f = fixture();
	let t = f.feed.trees[3].clone();
	let b = &f.feed.blocks[5];
	let path = b.path();
	let check = |index: u64, data: &[u8], path: &[hypercore::PathNode]| {
		hypercore::verify_block_in(&t, index, data, path)
	};
	assert_eq!(check(5, &b.data, &path), Ok(()));
	let mut flipped = b.data.clone();
	flipped[0] ^= 1;
	assert_eq!(check(5, &flipped, &path), Err(ProofError::RootMismatch));
	// Block 4's data under block 5's path, block 5's proof claimed for 6.
	assert_eq!(check(5, &f.feed.blocks[4].data, &path), Err(ProofError::RootMismatch));
	assert_eq!(check(6, &b.data, &path), Err(ProofError::RootMismatch));
	assert_eq!(check(18, &b.data, &path), Err(ProofError::BlockOutOfRange));
	let mut wrong_hash = path.clone();
	wrong_hash[1].hash[0] ^= 1;
	assert_eq!(check(5, &b.data, &wrong_hash), Err(ProofError::RootMismatch));
	let mut wrong_size = path.clone();
	wrong_size[0].size += 1;
	assert_eq!(check(5, &b.data, &wrong_size), Err(ProofError::RootMismatch));
	let mut overflow = path.clone();
	overflow[0].size = u64::MAX;
	assert_eq!(check(5, &b.data, &overflow), Err(ProofError::SizeOverflow));
	// Stopped short of the root (node 11), or going beyond it (node 31).
	assert_eq!(check(5, &b.data, &path[..2]), Err(ProofError::PathNotARoot));
	let mut too_long = path.clone();
	too_long.push(hypercore::PathNode { size: 1, hash: [0; 32] });
	assert_eq!(check(5, &b.data, &too_long), Err(ProofError::PathNotARoot));
	let longest =
		vec![hypercore::PathNode { size: 0, hash: [0; 32] }; hypercore::MAX_PATH_NODES + 1];
	assert_eq!(check(5, &b.data, &longest), Err(ProofError::TooManyNodes));
	// A root supplied twice cannot complete a tree.
	let root = hypercore::root_of_block(5, &b.data, &path).unwrap();
	assert_eq!(hypercore::with_root(&t, root), None);
}

#[test]
fn discovery_keys_are_what_npm_hypercore_derives() {
	let f = fixture();
	for feed in [&f.feed, &f.other_feed, &f.big_feed] {
		assert_eq!(hypercore::discovery_key(&feed.key), feed.discovery_key);
	}
	assert_ne!(hypercore::discovery_key(&[0; 32]), f.feed.discovery_key);
}
