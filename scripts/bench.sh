#!/usr/bin/env bash
# Runs the datdot pallet's benchmarks on the wasm runtime and writes pallets/datdot/src/weights.rs.
# Prints the measured figures. Builds the node with `--features runtime-benchmarks` (a separate
# feature set: the first run compiles much of the node again).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh
# frame-benchmarking-cli carries a test runtime for `benchmark storage`; this node runs only
# `benchmark pallet`, and that runtime's wasm build can't find itself in this workspace.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
steps="${BENCH_STEPS:-50}"
repeat="${BENCH_REPEAT:-20}"
cargo build --locked -p datdot-node --features runtime-benchmarks
cp "$CARGO_TARGET_DIR/debug/datdot-node" "$CARGO_TARGET_DIR/debug/datdot-node-bench"
"$CARGO_TARGET_DIR/debug/datdot-node-bench" benchmark pallet \
  --chain dev \
  --pallet pallet_datdot \
  --extrinsic '*' \
  --steps "$steps" \
  --repeat "$repeat" \
  --heap-pages 4096 \
  --template scripts/weight-template.hbs \
  --output pallets/datdot/src/weights.rs
echo
grep -nE 'fn |Weight::from_parts|saturating_mul|reads|writes' pallets/datdot/src/weights.rs | sed -n '1,200p'
