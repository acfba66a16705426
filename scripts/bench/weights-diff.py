#!/usr/bin/env python3
"""Prints each benchmarked call's weight in two weights.rs files side by side: ref time (ms, with
the database reads and writes at ParityDB's weights) at the smallest and at the largest value of
every component, and the proof size.

    scripts/bench/weights-diff.py OLD_WEIGHTS_RS NEW_WEIGHTS_RS
"""
import re
import sys

# frame_support::weights::constants::ParityDbWeight, in picoseconds.
READ_PS = 8_000_000
WRITE_PS = 50_000_000


def parse(path):
    """{name: (ranges, terms)}: terms are (kind, ref_ps, proof, component or None)."""
    text = open(path).read()
    impl = text.split('impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T>', 1)[-1]
    impl = impl.split('impl WeightInfo for ()', 1)[0]
    out = {}
    for m in re.finditer(r'((?:\s*///[^\n]*\n)*)\s*fn (\w+)\(([^)]*)\) -> Weight \{(.*?)\n\t\}', impl, re.S):
        docs, name, _, body = m.groups()
        ranges = {c: (int(lo), int(hi)) for c, lo, hi in
                  re.findall(r'range of component `(\w+)` is `\[(\d+), (\d+)\]`', docs)}
        terms = []
        for line in body.split('\n'):
            line = line.strip().replace('_', '')
            comp = re.search(r'saturatingmul\((\w+)\.into\(\)\)', line)
            comp = comp.group(1) if comp else None
            if w := re.search(r'Weight::fromparts\((\d+), (\d+)\)', line):
                terms.append(('weight', int(w.group(1)), int(w.group(2)), comp))
            elif r := re.search(r'reads\(\(?(\d+)u64\)?', line):
                terms.append(('weight', int(r.group(1)) * READ_PS, 0, comp))
            elif wr := re.search(r'writes\(\(?(\d+)u64\)?', line):
                terms.append(('weight', int(wr.group(1)) * WRITE_PS, 0, comp))
        out[name] = (ranges, terms)
    return out


def evaluate(entry, pick):
    ranges, terms = entry
    ref = proof = 0
    for _, r, p, comp in terms:
        n = pick(ranges.get(comp, (1, 1))) if comp else 1
        ref += r * n
        proof += p * n
    return ref / 1e9, proof


def main():
    old, new = parse(sys.argv[1]), parse(sys.argv[2])
    print(f"{'call':40} {'old ms (min..max)':>22} {'new ms (min..max)':>22} {'new proof B (max)':>18}")
    for name in new:
        n_lo, _ = evaluate(new[name], lambda r: r[0])
        n_hi, n_proof = evaluate(new[name], lambda r: r[1])
        if name in old:
            o_lo, _ = evaluate(old[name], lambda r: r[0])
            o_hi, _ = evaluate(old[name], lambda r: r[1])
            o = f'{o_lo:9.3f}..{o_hi:<9.3f}'
        else:
            o = f"{'(new)':>20}"
        print(f'{name:40} {o:>22} {n_lo:9.3f}..{n_hi:<9.3f}  {n_proof:>16}')


if __name__ == '__main__':
    main()
