//! The node binary's command line: chain specs from the runtime's presets, argument checks.

use std::process::Command;

fn node() -> Command {
	Command::new(env!("CARGO_BIN_EXE_datdot-node"))
}

fn spec(args: &[&str]) -> serde_json::Value {
	let out = node().args(args).output().expect("node runs");
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	serde_json::from_slice(&out.stdout).expect("chain spec is JSON")
}

#[test]
fn dev_chain_spec_comes_from_the_development_preset() {
	let spec = spec(&["build-spec", "--chain", "dev"]);
	assert_eq!(spec["id"], "datdot_dev");
	assert_eq!(spec["chainType"], "Development");
	assert_eq!(spec["properties"]["tokenSymbol"], "DAT");
	// The development preset: funded well-known accounts, `//Alice` as sudo.
	let patch = &spec["genesis"]["runtimeGenesis"]["patch"];
	assert!(patch["balances"]["balances"].as_array().expect("endowed accounts").len() >= 6);
	assert_eq!(
		patch["sudo"]["key"],
		"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY" // //Alice
	);
}

#[test]
fn local_chain_spec_builds_raw() {
	let spec = spec(&["build-spec", "--chain", "local", "--raw"]);
	assert_eq!(spec["id"], "datdot_local");
	let top = spec["genesis"]["raw"]["top"].as_object().expect("raw storage");
	// `:code` holds the wasm runtime.
	let code = top.get("0x3a636f6465").and_then(|v| v.as_str()).expect(":code in genesis");
	assert!(code.len() > 100_000);
}

#[test]
fn consensus_must_be_known() {
	let out = node().args(["--dev", "--tmp", "--consensus", "aura"]).output().expect("node runs");
	assert!(!out.status.success());
	assert!(String::from_utf8_lossy(&out.stderr).contains("instant-seal"));
}
