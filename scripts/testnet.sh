#!/usr/bin/env bash
# A local datdot test network: three validators (Alice, Bob, Charlie: BABE authoring, GRANDPA
# finality) and, with --rpc-node, a fourth node that only follows and serves RPC. All on
# 127.0.0.1, each with its own ports and base path; logs and pids go to the network's folder.
#
#   scripts/testnet.sh start [--rpc-node]   start (or restart) the nodes that are not running
#   scripts/testnet.sh stop                 stop them (SIGTERM, then SIGKILL after 30 s)
#   scripts/testnet.sh stop-node NAME       stop one (alice, bob, charlie or rpc)
#   scripts/testnet.sh status               running or not, best and finalized block of each
#
# Environment: TESTNET_DIR (default ~/.local/share/datdot-testnet), TESTNET_CHAIN (default `local`,
# or a chain spec file), DATDOT_NODE (the node binary; default: the debug build),
# TESTNET_PORT_OFFSET (added to every port; default 0).
#
# Ports of node i (alice 0, bob 1, charlie 2, rpc 3): p2p 30340+i, RPC 9945+i, Prometheus
# 9620+i (Prometheus listens on 127.0.0.1 only). Node keys are fixed (Alice's is 0x..01), so the
# others find Alice at a known address. Telemetry is off.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/env.sh"
dir="${TESTNET_DIR:-$HOME/.local/share/datdot-testnet}"
chain="${TESTNET_CHAIN:-local}"
node="${DATDOT_NODE:-$CARGO_TARGET_DIR/debug/datdot-node}"
names=(alice bob charlie rpc)

offset="${TESTNET_PORT_OFFSET:-0}"
node_key() { printf '%064x' "$(($1 + 1))"; }
p2p_port() { echo $((30340 + offset + $1)); }
rpc_port() { echo $((9945 + offset + $1)); }
prom_port() { echo $((9620 + offset + $1)); }

running() {
	local pid_file="$dir/$1.pid"
	[[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

peer_id() {
	local key_file="$dir/$1.node-key"
	"$node" key inspect-node-key --file "$key_file"
}

start_node() {
	local i=$1 name=${names[$1]}
	if running "$name"; then
		echo "$name: running (pid $(cat "$dir/$name.pid"))"
		return
	fi
	node_key "$i" > "$dir/$name.node-key"
	local role=(--"$name")
	[[ $name == rpc ]] && role=(--name rpc)
	local boot=()
	if [[ $name != alice ]]; then
		boot=(--bootnodes "/ip4/127.0.0.1/tcp/$(p2p_port 0)/p2p/$(peer_id alice)")
	fi
	nohup "$node" --chain "$chain" "${role[@]}" \
		--base-path "$dir/$name" \
		--node-key-file "$dir/$name.node-key" \
		--listen-addr "/ip4/127.0.0.1/tcp/$(p2p_port "$i")" \
		--rpc-port "$(rpc_port "$i")" \
		--prometheus-port "$(prom_port "$i")" \
		--no-telemetry --no-mdns \
		"${boot[@]}" >> "$dir/$name.log" 2>&1 &
	echo $! > "$dir/$name.pid"
	echo "$name: started (pid $!), RPC ws://127.0.0.1:$(rpc_port "$i"), log $dir/$name.log"
}

stop_node() {
	local name=$1
	running "$name" || { rm -f "$dir/$name.pid"; return 0; }
	local pid
	pid=$(cat "$dir/$name.pid")
	kill -TERM "$pid"
	for _ in $(seq 300); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		echo "$name: did not stop within 30 s, killing"
		kill -KILL "$pid"
	fi
	rm -f "$dir/$name.pid"
	echo "$name: stopped"
}

rpc() {
	curl -sf -H 'Content-Type: application/json' \
		-d "{\"id\":1,\"jsonrpc\":\"2.0\",\"method\":\"$2\",\"params\":[${3:-}]}" \
		"http://127.0.0.1:$(rpc_port "$1")"
}

number_of() { sed -n 's/.*"number":"\(0x[0-9a-f]*\)".*/\1/p'; }

status_node() {
	local i=$1 name=${names[$1]}
	if ! running "$name"; then
		echo "$name: not running"
		return
	fi
	local best finalized_hash finalized
	best=$(rpc "$i" chain_getHeader | number_of || true)
	finalized_hash=$(rpc "$i" chain_getFinalizedHead | sed -n 's/.*"result":"\(0x[0-9a-f]*\)".*/\1/p' || true)
	finalized=$(rpc "$i" chain_getHeader "\"$finalized_hash\"" | number_of || true)
	echo "$name: running (pid $(cat "$dir/$name.pid")), best #$((best)), finalized #$((finalized))"
}

case "${1:-}" in
	start)
		[[ -x "$node" ]] || { echo "no node binary at $node: build it first (cargo build -p datdot-node)"; exit 1; }
		mkdir -p "$dir"
		count=3
		[[ "${2:-}" == --rpc-node ]] && count=4
		for i in $(seq 0 $((count - 1))); do start_node "$i"; done
		;;
	stop)
		for name in "${names[@]}"; do stop_node "$name"; done
		;;
	stop-node)
		[[ " ${names[*]} " == *" ${2:-none} "* ]] || { echo "stop-node: one of ${names[*]}"; exit 2; }
		stop_node "$2"
		;;
	status)
		for i in 0 1 2 3; do status_node "$i"; done
		;;
	*)
		sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
		exit 2
		;;
esac
