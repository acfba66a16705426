#!/usr/bin/env bash
# Sets up this machine and runs all tests: formatting, the pallet's call layers, the hypercore
# fixture check, the client library's unit tests, Rust unit and integration tests (primitives,
# pallet, runtime, node), the benchmarks once each, the next storage version's migration and the
# try-runtime build, the end-to-end tests through the client library on a dev node (a runtime
# upgrade and the datdot-chain-sdk entry among them), short runs of the load and scale scripts,
# the multi-role simulation, and
# a three-validator test network (BABE + GRANDPA) on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }
t0=$(date +%s)

step "formatting (rustfmt.toml)"
cargo fmt --all --check

step "the pallet's modules call one way"
python3 scripts/check-layers.py

step "npm packages (the client library clients/js, scripts/)"
npm ci --no-audit --no-fund --loglevel=error

step "hypercore test vectors are what npm hypercore and the client library make"
node scripts/fixtures/generate.mjs --check

step "the client library's unit tests (clients/js)"
(cd clients/js && node --test test/)

step "cargo test (builds the node binary the end-to-end tests use)"
cargo test --locked --workspace --tests

step "benchmarks, each once on the mock runtime, the pallet's invariants checked after each"
cargo test --locked -p pallet-datdot --features runtime-benchmarks --lib benchmarking

step "the next storage version: its migration on a live mock chain, and the agenda on it"
cargo test --locked -p pallet-datdot --features storage-v2 --lib -- tests::migrations tests::randomness tests::challenges

step "the next runtime's try-runtime build: its migration's checks and every pallet's try_state"
SKIP_WASM_BUILD=1 cargo test --locked -p datdot-runtime --features try-runtime,next-runtime --lib

step "end-to-end tests (the client library, on polkadot.js, against datdot-node --dev)"
node scripts/e2e/run.mjs

step "load: a chain starting with hosted contracts, every challenge answered with real proofs and confirmed (short run; the full one: scripts/bench.sh load)"
node scripts/load.mjs --chunk 4096 --per-block 5 --blocks 3 --block-ms 3000 --all-confirmed

step "scale: the hooks' weight per block does not grow from 100 to 2,000 contracts (short run; the full one: scripts/bench.sh scale)"
node scripts/scale.mjs --sizes 100,2000 --blocks 6 --per-block 2 --block-ms 1500

step "the multi-role simulation (18 processes, scenario 1, through the client library and its datdot-chain-sdk entry)"
node scripts/simulation/run.mjs

step "test network (three validators on 127.0.0.1: finality, shared state, kill and restart, a runtime upgrade)"
node scripts/testnet/run.mjs

printf '\nall tests passed in %ss\n' "$(( $(date +%s) - t0 ))"
