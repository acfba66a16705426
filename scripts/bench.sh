#!/usr/bin/env bash
# Measurements on release builds, never part of the test command. Prints every figure it takes.
#
#   scripts/bench.sh [weights] [node] [load] [scale]      (no argument: all)
#
# weights: the pallet's benchmarks (frame-benchmarking v2) on a release node built with
#          `runtime-benchmarks`, BENCH_STEPS x BENCH_REPEAT (50 x 20), written to
#          pallets/datdot/src/weights.rs (BENCH_EXTRINSICS=a,b: only those, spliced in); prints
#          each call's weight before and after; then pallet_parameters' and pallet_timestamp's
#          benchmarks, written to runtime/src/weights/.
# node:    a release dev node's start (to RPC, to first block, runtimes prepared) and polkadot.js
#          submit-to-inclusion on instant seal (scripts/bench/node.mjs).
# load:    blocks full of storage reports (scripts/load.mjs), 4 KiB and 64 KiB chunks, on the
#          release dev node (the one `node` measures; a node built with `runtime-benchmarks` runs
#          only the benchmarks).
# scale:   the hooks' weight and a block's execution time with 100, 10,000 and 100,000 active
#          contracts (scripts/scale.mjs), on that node.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh
npm ci --no-audit --no-fund --loglevel=error

parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(weights node load scale)
wants() { local p; for p in "${parts[@]}"; do [ "$p" = "$1" ] && return 0; done; return 1; }

# Release builds go to their own target dir, so that a bench run and the tests (debug, in
# CARGO_TARGET_DIR) never wait for each other's build lock.
bench_target="${BENCH_TARGET_DIR:-$HOME/.cache/datdot-chain/bench-target}"
release="$bench_target/release"
bench_node="$release/datdot-node-bench"
step() { printf '\n== %s\n' "$*"; }

if wants weights; then
  step "release node with runtime-benchmarks"
  # frame-benchmarking-cli carries a test runtime for `benchmark storage`; this node runs only
  # `benchmark pallet`, and that runtime's wasm build can't find itself in this workspace.
  SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1 \
    CARGO_TARGET_DIR="$bench_target" cargo build --locked --release -p datdot-node --features runtime-benchmarks
  cp "$release/datdot-node" "$bench_node"
fi

if wants weights; then
  steps="${BENCH_STEPS:-50}"
  repeat="${BENCH_REPEAT:-20}"
  only="${BENCH_EXTRINSICS:-}"
  step "benchmarks: $steps steps x $repeat repeats${only:+ ($only)}"
  old=$(mktemp)
  cp pallets/datdot/src/weights.rs "$old"
  out=pallets/datdot/src/weights.rs
  [ -n "$only" ] && out=$(mktemp --suffix .rs)
  # Least squares, which the weights use; the CLI's median-slopes analysis of a benchmark with a
  # large component (`reference_leaf_hash`, up to 64 KiB) exhausts the memory, so it is left out.
  "$bench_node" benchmark pallet \
    --chain dev \
    --pallet pallet_datdot \
    --extrinsic "${only:-*}" \
    --steps "$steps" \
    --repeat "$repeat" \
    --heap-pages 4096 \
    --no-median-slopes \
    --template scripts/weight-template.hbs \
    --output "$out"
  if [ -n "$only" ]; then
    python3 scripts/bench/splice-weights.py "$out" pallets/datdot/src/weights.rs
    rm -f "$out"
  fi
  step "weights before and after (ms at the components' smallest..largest values, ParityDB reads and writes included)"
  python3 scripts/bench/weights-diff.py "$old" pallets/datdot/src/weights.rs
  rm -f "$old"
  step "a storage check against its floor (its hashing and share of a signature, same run)"
  python3 scripts/bench/check-cost.py pallets/datdot/src/weights.rs
  if [ -z "$only" ]; then
    # The runtime's other pallets with benchmarks of their own calls (BABE and GRANDPA weigh
    # their equivocation reports from their own formulas: their `()` weights).
    for pallet in pallet_parameters pallet_timestamp; do
      step "benchmarks of $pallet"
      "$bench_node" benchmark pallet --chain dev --pallet "$pallet" --extrinsic '*' \
        --steps "$steps" --repeat "$repeat" --heap-pages 4096 --no-median-slopes \
        --output "runtime/src/weights/$pallet.rs"
    done
  fi
fi

if wants node || wants load || wants scale; then
  step "release node"
  CARGO_TARGET_DIR="$bench_target" cargo build --locked --release -p datdot-node
fi
dev_node="$release/datdot-node"

if wants node; then
  step "node start and submit-to-inclusion"
  DATDOT_NODE="$dev_node" node scripts/bench/node.mjs
fi

if wants load; then
  step "load: 4 KiB chunks (at least 800 checks per block, proofs filling 90 % of the normal length)"
  DATDOT_NODE="$dev_node" node scripts/load.mjs --chunk 4096 --per-block 230 --blocks 8 \
    --check --min-checks 800 --min-fill 0.9
  step "load: 64 KiB chunks (at least 55 checks per block)"
  DATDOT_NODE="$dev_node" node scripts/load.mjs --chunk 65536 --per-block 16 --blocks 8 \
    --check --min-checks 55
fi

if wants scale; then
  step "scale: 100, 10,000 and 100,000 active contracts"
  DATDOT_NODE="$dev_node" node scripts/scale.mjs --sizes 100,10000,100000 --blocks 12 --per-block 5 \
    --check-time
fi
