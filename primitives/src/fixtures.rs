//! Test vectors made by the real npm `hypercore` package (`scripts/fixtures/generate.mjs`,
//! checked in as `tests/fixtures/hypercore.json`), parsed into this crate's types.
//!
//! The feed has 17 "Hello World!"-style blocks and one binary block (bytes 0..=255). Recorded are its
//! signed trees after 1, 16, 17 and 18 blocks, and a block proof for each block at length 18;
//! `other_feed` is a second feed of 17 blocks under another key; `big_feed` has 1,000 blocks of
//! 64 KiB ([`big_block`] gives their bytes) with proofs of blocks 0-9, 511-513 and 997-999 at
//! length 1,000.

use crate::{
	hypercore::{self, Node, PathNode, SignedTree},
	PublicKey,
};
use alloc::{string::String, vec::Vec};
use serde::Deserialize;

/// The parsed fixture file.
pub struct Fixture {
	/// The 18-block feed.
	pub feed: FixtureFeed,
	/// Another feed (17 blocks), for wrong-key checks.
	pub other_feed: FixtureFeed,
	/// 1,000 blocks of [`BIG_BLOCK_SIZE`] bytes.
	pub big_feed: FixtureFeed,
}

/// Size of the big feed's blocks.
pub const BIG_BLOCK_SIZE: usize = 64 * 1024;

/// Block `index` of the big feed: byte `j` is `(index * 7 + j) % 251`.
pub fn big_block(index: u64) -> Vec<u8> {
	(0..BIG_BLOCK_SIZE as u64).map(|j| ((index * 7 + j) % 251) as u8).collect()
}

/// One feed of the fixture.
pub struct FixtureFeed {
	/// The feed key.
	pub key: PublicKey,
	/// The feed's discovery (swarm) key.
	pub discovery_key: [u8; 32],
	/// Signed trees (all full roots) at increasing lengths.
	pub trees: Vec<SignedTree>,
	/// One proof per block at the feed's full length.
	pub blocks: Vec<FixtureBlock>,
}

/// A block proof as hypercore makes it.
pub struct FixtureBlock {
	/// Block index.
	pub index: u64,
	/// Block data.
	pub data: Vec<u8>,
	/// Sibling path from the leaf to its full root.
	pub nodes: Vec<Node>,
	/// The signed tree, with the other full roots.
	pub tree: SignedTree,
}

impl FixtureBlock {
	/// The block's path as a report carries it (sizes and hashes).
	pub fn path(&self) -> Vec<PathNode> {
		self.nodes.iter().map(|n| PathNode { size: n.size, hash: n.hash }).collect()
	}

	/// The signed tree of the block's proof with all its full roots.
	pub fn full_tree(&self) -> SignedTree {
		let root = hypercore::root_of_block(self.index, &self.data, &self.path())
			.expect("a fixture block's path");
		hypercore::with_root(&self.tree, root).expect("a fixture block's root")
	}
}

#[derive(Deserialize)]
struct JsNode {
	index: u64,
	size: u64,
	hash: String,
}

#[derive(Deserialize)]
struct JsTree {
	length: u64,
	fork: u64,
	roots: Vec<JsNode>,
	signature: String,
}

#[derive(Deserialize)]
struct JsBlock {
	index: u64,
	#[serde(default)]
	data: Option<String>,
	nodes: Vec<JsNode>,
	tree: JsTree,
}

#[derive(Deserialize)]
struct JsFeed {
	key: String,
	discovery_key: String,
	trees: Vec<JsTree>,
	#[serde(default)]
	blocks: Vec<JsBlock>,
}

#[derive(Deserialize)]
struct JsFixture {
	feed: JsFeed,
	other_feed: JsFeed,
	big_feed: JsFeed,
}

fn bytes<const N: usize>(h: &str) -> [u8; N] {
	let v = hex::decode(h).expect("fixture holds hex");
	v.try_into().expect("fixture value has the right length")
}

fn node(n: &JsNode) -> Node {
	Node { index: n.index, size: n.size, hash: bytes(&n.hash) }
}

fn tree(t: &JsTree) -> SignedTree {
	SignedTree {
		length: t.length,
		fork: t.fork,
		roots: t.roots.iter().map(node).collect::<Vec<_>>().try_into().expect("few roots"),
		signature: bytes(&t.signature),
	}
}

fn feed(f: &JsFeed) -> FixtureFeed {
	FixtureFeed {
		key: bytes(&f.key),
		discovery_key: bytes(&f.discovery_key),
		trees: f.trees.iter().map(tree).collect(),
		blocks: f
			.blocks
			.iter()
			.map(|b| FixtureBlock {
				index: b.index,
				data: match &b.data {
					Some(data) => hex::decode(data).expect("fixture holds hex"),
					None => big_block(b.index),
				},
				nodes: b.nodes.iter().map(node).collect(),
				tree: tree(&b.tree),
			})
			.collect(),
	}
}

/// The parsed fixture.
pub fn hypercore() -> Fixture {
	let js: JsFixture = serde_json::from_str(include_str!("../tests/fixtures/hypercore.json"))
		.expect("fixture is valid JSON");
	Fixture { feed: feed(&js.feed), other_feed: feed(&js.other_feed), big_feed: feed(&js.big_feed) }
}
