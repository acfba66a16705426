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
fn local_chain_has_three_validators() {
	let local = spec(&["build-spec", "--chain", "local"]);
	assert_eq!(local["chainType"], "Local");
	let patch = &local["genesis"]["runtimeGenesis"]["patch"];
	let aura = patch["aura"]["authorities"].as_array().expect("aura authorities");
	let grandpa = patch["grandpa"]["authorities"].as_array().expect("grandpa authorities");
	assert_eq!((aura.len(), grandpa.len()), (3, 3));
	// //Alice's sr25519 key authors, her ed25519 key votes.
	assert_eq!(aura[0], "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
	assert_eq!(grandpa[0][0], "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu");
	// The development chain has //Alice alone.
	let dev = spec(&["build-spec", "--chain", "dev"]);
	assert_eq!(
		dev["genesis"]["runtimeGenesis"]["patch"]["aura"]["authorities"]
			.as_array()
			.map(Vec::len),
		Some(1)
	);
}

#[test]
fn consensus_must_be_known() {
	let out = node()
		.args(["--dev", "--tmp", "--consensus", "babe"])
		.output()
		.expect("node runs");
	assert!(!out.status.success());
	assert!(String::from_utf8_lossy(&out.stderr).contains("instant-seal"));
}
