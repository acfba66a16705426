#!/usr/bin/env bash
# Sets up this machine, builds the node and runs a development chain:
# instant seal, RPC on 127.0.0.1:9944, state thrown away on exit (drop --tmp from the args to keep it).
# Extra arguments go to the node, e.g. `scripts/run-dev.sh --consensus manual-seal-6000`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh
cargo build --locked --workspace --tests
exec "$DATDOT_NODE" --dev --tmp --rpc-port 9944 "$@"
