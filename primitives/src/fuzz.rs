//! A fuzzer for the block proof verifiers: mutations of the real npm hypercore proofs, and random
//! proofs, checked to never panic and never verify unless they equal an untampered proof, both as
//! hypercore gives them ([`verify_block`]) and as a report carries them (the path's sizes and
//! hashes against the full signed tree: [`verify_block_in`]). The test suite runs a short round;
//! `scripts/fuzz.sh` runs millions in release and prints cases/s.

use crate::{
	fixtures::{self, FixtureBlock},
	hypercore::{
		root_of_block, verify_block, verify_block_in, verify_signed_tree, with_root, BlockProof,
		Node, PathNode, SignedTree,
	},
	PublicKey,
};
use alloc::vec::Vec;

/// What a run found.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Findings {
	/// Proofs checked.
	pub cases: u64,
	/// Mutated or random proofs that verified although they differ from every untampered one.
	pub accepted: u64,
}

/// A small deterministic generator (xorshift64*), so that a run is reproduced by its seed.
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
	}

	fn below(&mut self, n: usize) -> usize {
		(self.next() % (n.max(1) as u64)) as usize
	}
}

/// A block proof that owns its parts, to be changed and verified (also by the property tests).
#[derive(Clone, Debug, PartialEq)]
pub struct Proof {
	/// Block index.
	pub index: u64,
	/// The block's bytes.
	pub data: Vec<u8>,
	/// Siblings from the leaf up to its full root.
	pub nodes: Vec<Node>,
	/// The signed tree.
	pub tree: SignedTree,
}

impl Proof {
	/// A recorded npm hypercore proof.
	pub fn of(b: &FixtureBlock) -> Self {
		Self { index: b.index, data: b.data.clone(), nodes: b.nodes.clone(), tree: b.tree.clone() }
	}

	/// Whether it verifies against `key`.
	pub fn verifies(&self, key: &PublicKey) -> bool {
		let proof = BlockProof {
			index: self.index,
			data: &self.data,
			nodes: &self.nodes,
			tree: &self.tree,
		};
		verify_block(key, &proof).is_ok()
	}

	/// The path as a report carries it: sizes and hashes.
	pub fn path(&self) -> Vec<PathNode> {
		self.nodes.iter().map(|n| PathNode { size: n.size, hash: n.hash }).collect()
	}

	/// Whether it verifies as a report carries it: its path against its tree completed with the
	/// root the path leads to, the tree signed by `key`.
	pub fn verifies_in_tree(&self, key: &PublicKey) -> bool {
		let path = self.path();
		let Ok(root) = root_of_block(self.index, &self.data, &path) else { return false };
		let Some(tree) = with_root(&self.tree, root) else { return false };
		verify_signed_tree(key, &tree).is_ok()
			&& verify_block_in(&tree, self.index, &self.data, &path).is_ok()
	}

	/// Whether it carries what `other` carries in a report (node indices are not carried).
	fn same_in_report(&self, other: &Self) -> bool {
		self.index == other.index
			&& self.data == other.data
			&& self.path() == other.path()
			&& self.tree == other.tree
	}
}

/// One to three random changes of one field each.
fn mutate(rng: &mut Rng, p: &mut Proof) {
	for _ in 0..=rng.below(3) {
		match rng.below(10) {
			0 => p.index = rng.next() % (p.tree.length.saturating_add(2)),
			1 if !p.data.is_empty() => {
				let i = rng.below(p.data.len());
				p.data[i] ^= 1 << rng.below(8);
			},
			2 => p.data.truncate(rng.below(p.data.len().saturating_add(1))),
			3 => p.data.push(rng.next() as u8),
			4 if !p.nodes.is_empty() => {
				let i = rng.below(p.nodes.len());
				p.nodes[i].hash[rng.below(32)] ^= 1 << rng.below(8);
			},
			5 if !p.nodes.is_empty() => {
				let i = rng.below(p.nodes.len());
				p.nodes[i].size = rng.next() >> rng.below(64);
			},
			6 => {
				if rng.below(2) == 0 {
					p.nodes.pop();
				} else {
					p.nodes.push(Node {
						index: rng.next() % 64,
						size: rng.next() % 1024,
						hash: [0; 32],
					});
				}
			},
			7 => p.tree.length = rng.next() % (p.tree.length.saturating_mul(2).saturating_add(2)),
			8 if !p.tree.roots.is_empty() => {
				let i = rng.below(p.tree.roots.len());
				p.tree.roots[i].hash[rng.below(32)] ^= 1;
			},
			_ => p.tree.signature[rng.below(64)] ^= 1 << rng.below(8),
		}
	}
}

/// A proof of random parts.
fn random(rng: &mut Rng) -> Proof {
	let nodes = (0..rng.below(8))
		.map(|_| Node {
			index: rng.next() % 256,
			size: rng.next() % 4096,
			hash: [rng.next() as u8; 32],
		})
		.collect();
	let roots: Vec<Node> = (0..rng.below(4))
		.map(|_| Node {
			index: rng.next() % 256,
			size: rng.next() % 4096,
			hash: [rng.next() as u8; 32],
		})
		.collect();
	Proof {
		index: rng.next() % 64,
		data: (0..rng.below(64)).map(|_| rng.next() as u8).collect(),
		nodes,
		tree: SignedTree {
			length: rng.next() % 128,
			fork: rng.next() % 2,
			roots: roots.try_into().unwrap_or_default(),
			signature: [rng.next() as u8; 64],
		},
	}
}

/// Checks `cases` proofs from `seed`: nine in ten mutate a recorded proof, one in ten is random.
pub fn run(cases: u64, seed: u64) -> Findings {
	let f = fixtures::hypercore();
	let recorded: Vec<(PublicKey, Proof)> = f
		.feed
		.blocks
		.iter()
		.map(|b| (f.feed.key, Proof::of(b)))
		.chain(f.big_feed.blocks.iter().map(|b| (f.big_feed.key, Proof::of(b))))
		.collect();
	let mut rng = Rng(seed | 1);
	let mut findings = Findings::default();
	for _ in 0..cases {
		let (key, original) = &recorded[rng.below(recorded.len())];
		let proof = if rng.below(10) == 0 {
			random(&mut rng)
		} else {
			let mut p = original.clone();
			mutate(&mut rng, &mut p);
			p
		};
		findings.cases += 1;
		let untampered = recorded.iter().any(|(k, p)| k == key && *p == proof);
		if proof.verifies(key) && !untampered {
			findings.accepted += 1;
		}
		let carried = recorded.iter().any(|(k, p)| k == key && p.same_in_report(&proof));
		if proof.verifies_in_tree(key) && !carried {
			findings.accepted += 1;
		}
	}
	findings
}
