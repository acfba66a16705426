#!/usr/bin/env python3
"""Checks that the datdot pallet's modules call one way: a module calls functions of its own or
of modules below it, never of a module above it (the order of lib.rs's module docs). A function
is attributed to the module that defines it; calls are `Self::name(`."""
import pathlib
import re
import sys

# Top to bottom; modules on one line share a layer and do not call each other.
LAYERS = [
    ["invariants", "runtime_api", "migrations", "priority", "population"],
    ["tasks"],
    ["feeds", "plans", "work"],
    ["challenges", "performance"],
    ["disputes"],
    ["replacement"],
    ["amendments"],
    ["hosting"],
    ["cycles"],
    ["pauses"],
    ["bookings"],
    ["escrow"],
    ["selection", "contact", "providers"],
    ["agenda", "users", "errors"],
]
src = pathlib.Path(__file__).resolve().parent.parent / "pallets/datdot/src"
rank = {m: i for i, layer in enumerate(LAYERS) for m in layer}
texts = {m: (src / f"{m}.rs").read_text() for m in rank}
defined = {}
for module, text in texts.items():
    for name in re.findall(r"\n\t(?:pub(?:\(crate\))? )?fn (\w+)", text):
        defined[name] = module
upward = []
for module, text in texts.items():
    for name in sorted(set(re.findall(r"Self::(\w+)\(", text))):
        target = defined.get(name)
        if target and target != module and rank[target] <= rank[module]:
            upward.append(f"{module}.rs calls {name} of {target}.rs")
missing = sorted(p.stem for p in src.glob("*.rs")) 
unlisted = [m for m in missing if m not in rank and m not in ("lib", "mock", "tests", "weights", "benchmarking")]
if upward or unlisted:
    print("\n".join(upward + [f"{m}.rs is in no layer" for m in unlisted]))
    sys.exit(1)
print(f"pallet modules call one way ({len(rank)} modules, {len(LAYERS)} layers)")
