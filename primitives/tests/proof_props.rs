//! Property tests of the block proof verifier: random and mutated proofs never panic, and only
//! the untampered proofs made by npm hypercore verify.

use datdot_primitives::{
	fixtures::{self, FixtureBlock},
	fuzz::Proof,
	hypercore::{verify_block, BlockProof, Node, SignedTree},
	PublicKey,
};
use proptest::prelude::*;
use std::sync::OnceLock;

fn fixture() -> &'static fixtures::Fixture {
	static F: OnceLock<fixtures::Fixture> = OnceLock::new();
	F.get_or_init(fixtures::hypercore)
}

/// Every recorded proof with its feed key: the 18 small blocks and the 64 KiB ones.
fn proofs() -> Vec<(PublicKey, &'static FixtureBlock)> {
	let f = fixture();
	f.feed
		.blocks
		.iter()
		.map(|b| (f.feed.key, b))
		.chain(f.big_feed.blocks.iter().map(|b| (f.big_feed.key, b)))
		.collect()
}

fn node() -> impl Strategy<Value = Node> {
	(any::<u64>(), any::<u64>(), any::<[u8; 32]>()).prop_map(|(index, size, hash)| Node {
		index,
		size,
		hash,
	})
}

/// One change to a proof; `pick`s choose positions, `value`s new values.
#[derive(Clone, Debug)]
enum Mutation {
	FlipDataBit { pick: usize, bit: u8 },
	TruncateData { pick: usize },
	AppendData { byte: u8 },
	Index { value: u64 },
	NodeIndex { pick: usize, value: u64 },
	NodeSize { pick: usize, value: u64 },
	NodeHashBit { pick: usize, bit: u8 },
	DropNode { pick: usize },
	InsertNode { pick: usize, node: Node },
	SwapNodes { a: usize, b: usize },
	Length { value: u64 },
	Fork { value: u64 },
	RootHashBit { pick: usize, bit: u8 },
	RootSize { pick: usize, value: u64 },
	DropRoot { pick: usize },
	InsertRoot { pick: usize, node: Node },
	SignatureBit { pick: usize, bit: u8 },
}

fn mutation() -> impl Strategy<Value = Mutation> {
	let pick = any::<usize>();
	prop_oneof![
		(pick, 0u8..8).prop_map(|(pick, bit)| Mutation::FlipDataBit { pick, bit }),
		pick.prop_map(|pick| Mutation::TruncateData { pick }),
		any::<u8>().prop_map(|byte| Mutation::AppendData { byte }),
		any::<u64>().prop_map(|value| Mutation::Index { value }),
		(0u64..64).prop_map(|value| Mutation::Index { value }),
		(pick, any::<u64>()).prop_map(|(pick, value)| Mutation::NodeIndex { pick, value }),
		(pick, 0u64..128).prop_map(|(pick, value)| Mutation::NodeIndex { pick, value }),
		(pick, any::<u64>()).prop_map(|(pick, value)| Mutation::NodeSize { pick, value }),
		(pick, 0u8..8).prop_map(|(pick, bit)| Mutation::NodeHashBit { pick, bit }),
		pick.prop_map(|pick| Mutation::DropNode { pick }),
		(pick, node()).prop_map(|(pick, node)| Mutation::InsertNode { pick, node }),
		(pick, pick).prop_map(|(a, b)| Mutation::SwapNodes { a, b }),
		any::<u64>().prop_map(|value| Mutation::Length { value }),
		(0u64..2048).prop_map(|value| Mutation::Length { value }),
		(1u64..4).prop_map(|value| Mutation::Fork { value }),
		(pick, 0u8..8).prop_map(|(pick, bit)| Mutation::RootHashBit { pick, bit }),
		(pick, any::<u64>()).prop_map(|(pick, value)| Mutation::RootSize { pick, value }),
		pick.prop_map(|pick| Mutation::DropRoot { pick }),
		(pick, node()).prop_map(|(pick, node)| Mutation::InsertRoot { pick, node }),
		(pick, 0u8..8).prop_map(|(pick, bit)| Mutation::SignatureBit { pick, bit }),
	]
}

/// Applies `m`; `false` if it changed nothing (so the proof is still the original).
fn apply(p: &mut Proof, m: &Mutation) -> bool {
	let before = (p.index, p.data.clone(), p.nodes.clone(), p.tree.clone());
	let at = |pick: usize, len: usize| if len == 0 { None } else { Some(pick % len) };
	match m.clone() {
		Mutation::FlipDataBit { pick, bit } => {
			if let Some(i) = at(pick, p.data.len()) {
				p.data[i] ^= 1 << bit;
			}
		},
		Mutation::TruncateData { pick } => {
			if let Some(i) = at(pick, p.data.len()) {
				p.data.truncate(i);
			}
		},
		Mutation::AppendData { byte } => p.data.push(byte),
		Mutation::Index { value } => p.index = value,
		Mutation::NodeIndex { pick, value } => {
			if let Some(i) = at(pick, p.nodes.len()) {
				p.nodes[i].index = value;
			}
		},
		Mutation::NodeSize { pick, value } => {
			if let Some(i) = at(pick, p.nodes.len()) {
				p.nodes[i].size = value;
			}
		},
		Mutation::NodeHashBit { pick, bit } => {
			if let Some(i) = at(pick, p.nodes.len() * 32) {
				p.nodes[i / 32].hash[i % 32] ^= 1 << bit;
			}
		},
		Mutation::DropNode { pick } => {
			if let Some(i) = at(pick, p.nodes.len()) {
				p.nodes.remove(i);
			}
		},
		Mutation::InsertNode { pick, node } => {
			let i = pick % (p.nodes.len() + 1);
			p.nodes.insert(i, node);
		},
		Mutation::SwapNodes { a, b } => {
			if let (Some(a), Some(b)) = (at(a, p.nodes.len()), at(b, p.nodes.len())) {
				p.nodes.swap(a, b);
			}
		},
		Mutation::Length { value } => p.tree.length = value,
		Mutation::Fork { value } => p.tree.fork = value,
		Mutation::RootHashBit { pick, bit } => {
			if let Some(i) = at(pick, p.tree.roots.len() * 32) {
				p.tree.roots[i / 32].hash[i % 32] ^= 1 << bit;
			}
		},
		Mutation::RootSize { pick, value } => {
			if let Some(i) = at(pick, p.tree.roots.len()) {
				p.tree.roots[i].size = value;
			}
		},
		Mutation::DropRoot { pick } => {
			if let Some(i) = at(pick, p.tree.roots.len()) {
				p.tree.roots.remove(i);
			}
		},
		Mutation::InsertRoot { pick, node } => {
			let i = pick % (p.tree.roots.len() + 1);
			let _ = p.tree.roots.try_insert(i, node);
		},
		Mutation::SignatureBit { pick, bit } => {
			let i = pick % 64;
			p.tree.signature[i] ^= 1 << bit;
		},
	}
	(p.index, p.data.clone(), p.nodes.clone(), p.tree.clone()) != before
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

	/// One to three changes to a real proof: never a panic, never accepted.
	#[test]
	fn mutated_proofs_are_rejected(pick in any::<usize>(), ms in prop::collection::vec(mutation(), 1..4)) {
		let all = proofs();
		let (key, b) = all[pick % all.len()];
		let mut p = Proof::of(b);
		prop_assert!(p.verifies(&key));
		let mut changed = false;
		for m in &ms {
			changed |= apply(&mut p, m);
		}
		let original = Proof::of(b);
		let same = p.index == original.index && p.data == original.data && p.nodes == original.nodes && p.tree == original.tree;
		prop_assume!(changed && !same);
		prop_assert!(!p.verifies(&key), "accepted after {ms:?}");
	}

	/// Proofs made of random parts: never a panic, never accepted.
	#[test]
	fn random_proofs_are_rejected(
		index in any::<u64>(),
		data in prop::collection::vec(any::<u8>(), 0..128),
		nodes in prop::collection::vec(node(), 0..70),
		length in prop_oneof![any::<u64>(), 1u64..64],
		fork in prop_oneof![Just(0u64), any::<u64>()],
		roots in prop::collection::vec(node(), 0..62),
		signature in any::<[u8; 32]>(),
	) {
		let tree = SignedTree {
			length,
			fork,
			roots: roots.try_into().unwrap(),
			signature: [signature, signature].concat().try_into().unwrap(),
		};
		let key = fixture().feed.key;
		let proof = BlockProof { index, data: &data, nodes: &nodes, tree: &tree };
		prop_assert!(verify_block(&key, &proof).is_err());
	}
}
