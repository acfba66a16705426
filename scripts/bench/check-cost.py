#!/usr/bin/env python3
"""What one storage check costs, from a weights.rs the benchmarks wrote, against its floor measured
in the same run: the chunk's own hashing (its leaf, `reference_leaf_hash`, and one parent per node
of its path, `reference_parent_hash`) and its share of one signature (`reference_ed25519_verify`,
one per feed per report). Prints, for 4 KiB and 64 KiB chunks with a 20-node path and four checks
of one feed per report, the marginal weight of a check (what one more check of the same feed
adds: its own work, its bytes and its path's nodes; `submit_storage_proof`'s `s` and `n` count
over all chunks), that with a quarter of the tree (what a further tree adds,
`submit_storage_proof_trees`), the floor and their ratio; then how many reports and checks fit a
block by weight.

    scripts/bench/check-cost.py WEIGHTS_RS [BLOCK_MS] [NORMAL_SHARE]
"""
import importlib.util
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location('weights_diff', here / 'weights-diff.py')
wd = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wd)


def at(entry, values):
    """Weight (ms) of a parsed weight function with its components at `values`."""
    ranges, terms = entry
    return sum(r * (values.get(c, 1) if c else 1) for _, r, _, c in terms) / 1e9


def main():
    weights = wd.parse(sys.argv[1])
    block_ms = float(sys.argv[2]) if len(sys.argv) > 2 else 2000.0
    normal = float(sys.argv[3]) if len(sys.argv) > 3 else 0.75
    proof = weights['submit_storage_proof']
    tree = at(weights['submit_storage_proof_trees'], {'t': 2}) - at(weights['submit_storage_proof_trees'], {'t': 1})
    nodes = 20
    for size in (4096, 65536):
        one = {'c': 1, 's': size, 'n': nodes}
        four = {'c': 4, 's': 4 * size, 'n': 4 * nodes}
        marginal = (at(proof, four) - at(proof, one)) / 3
        shared = marginal + tree / 4
        floor = (at(weights['reference_leaf_hash'], {'s': size})
                 + nodes * at(weights['reference_parent_hash'], {})
                 + at(weights['reference_ed25519_verify'], {}) / 4)
        report = at(proof, four)
        fit = int(block_ms * normal // report)
        print(f'{size // 1024} KiB chunks: a check of a feed already in the report adds {marginal * 1000:.1f} us; '
              f'with a quarter of its tree (a four-check report of one feed) {shared * 1000:.1f} us, '
              f'x{shared / floor:.2f} its floor (its leaf, {nodes} parents and a quarter signature '
              f'{floor * 1000:.1f} us); a four-check report of one feed {report:.3f} ms: {fit} reports, '
              f'{4 * fit} checks per block by weight ({block_ms * normal:.0f} ms normal class)')

if __name__ == '__main__':
    main()
