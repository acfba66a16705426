#!/usr/bin/env python3
"""Splices the weight functions of a partial benchmark run (a weights file the template wrote for
some of the pallet's benchmarks) into the pallet's full weights file: each function the run
measured replaces its namesake in the trait, in `SubstrateWeight` and in `()`, a new one is added
at the end of each; every other function stays as it was. The header records which were
re-measured, with the run's command.

    scripts/bench/splice-weights.py PARTIAL_RS WEIGHTS_RS
"""
import re
import sys

SECTIONS = ('pub trait WeightInfo {', 'impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {',
            'impl WeightInfo for () {')


def sections(text):
    """The text before the trait, then each section's body (between its opening line and the
    closing `}` at column 0), then the text after the last."""
    out, rest = [], text
    for opening in SECTIONS:
        head, found, rest = rest.partition(opening + '\n')
        if not found:
            raise SystemExit(f'no `{opening}` in the weights file')
        body, _, rest = rest.partition('\n}\n')
        out.append((head, body + '\n'))
    return out, rest


def items(body):
    """The functions of a section, in order: name -> its text (with its doc comments)."""
    found, current, lines = {}, None, []
    order = []
    for line in body.splitlines(keepends=True):
        lines.append(line)
        m = re.match(r'\tfn (\w+)\(', line)
        if m:
            current = m.group(1)
        if current and (line.rstrip().endswith(';') and line.startswith('\tfn ') or line == '\t}\n'):
            found[current] = ''.join(lines)
            order.append(current)
            current, lines = None, []
    return order, found


def main():
    partial, full = open(sys.argv[1]).read(), open(sys.argv[2]).read()
    new_sections, _ = sections(partial)
    old_sections, tail = sections(full)
    out = []
    names = []
    for (head, body), (_, new_body) in zip(old_sections, new_sections):
        order, old = items(body)
        new_order, new = items(new_body)
        names = new_order
        merged = [new.get(name, old[name]) for name in order]
        merged += [new[name] for name in new_order if name not in old]
        out.append((head, ''.join(merged)))
    command = re.findall(r'^//!   (.*)$', partial, re.M)
    header, rest = out[0][0].split('\n\n', 1) if '\n\n' in out[0][0] else (out[0][0], '')
    note = [f'//! Re-measured since: {", ".join(names)}, by:', '//!   ' + ' '.join(command)]
    head = header.rstrip('\n') + '\n' + '\n'.join(note) + '\n\n' + rest
    out[0] = (head, out[0][1])
    text = ''.join(f'{h}{opening}\n{b}}}\n' for (h, b), opening in zip(out, SECTIONS)) + tail
    open(sys.argv[2], 'w').write(text)
    print(f'spliced {len(names)} weight functions: {", ".join(names)}')


if __name__ == '__main__':
    main()
