# Sourced by the other scripts: where cargo builds. One target dir, outside the clone, shared by
# the dev node, the tests and CI, so each reuses the others' build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/datdot-chain/target}"
export DATDOT_NODE="${DATDOT_NODE:-$CARGO_TARGET_DIR/debug/datdot-node}"
