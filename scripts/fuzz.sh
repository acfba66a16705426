#!/usr/bin/env bash
# Fuzzes the Hypercore block proof verifier in release: 10 million mutated and random proofs by
# default (FUZZ_CASES, FUZZ_SEED); prints cases/s, fails if a tampered proof verifies. A panic
# fails the run too. The test suite runs a short round (primitives/tests/fuzz_short.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh
cargo run --locked --release -p datdot-primitives --example fuzz -- "${FUZZ_CASES:-10000000}" "${FUZZ_SEED:-24301}"
