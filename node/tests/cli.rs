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

/// The hex storage key of a storage value (`twox128(pallet) ++ twox128(item)`).
fn value_key(pallet: &str, item: &str) -> String {
	let hash = |s: &str| {
		sp_core::hexdisplay::HexDisplay::from(&sp_io::hashing::twox_128(s.as_bytes())).to_string()
	};
	format!("0x{}{}", hash(pallet), hash(item))
}

#[test]
fn dev_chain_spec_comes_from_the_development_preset() {
	let spec = spec(&["build-spec", "--chain", "dev"]);
	assert_eq!(spec["id"], "datdot_dev");
	assert_eq!(spec["chainType"], "Development");
	assert_eq!(spec["properties"]["tokenSymbol"], "DAT");
	// The development preset, built into raw storage: funded well-known accounts, `//Alice` as
	// sudo and the only BABE authority.
	let top = spec["genesis"]["raw"]["top"].as_object().expect("raw storage");
	let accounts = value_key("System", "Account");
	assert!(top.keys().filter(|k| k.starts_with(&accounts)).count() >= 6, "endowed accounts");
	let alice = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
	assert_eq!(top[&value_key("Sudo", "Key")], alice);
	let babe = top[&value_key("Babe", "Authorities")].as_str().expect("BABE authorities");
	// One authority (compact 1 = 0x04): //Alice's key, weight 1.
	assert!(babe.starts_with(&format!("0x04{}", &alice[2..])), "{babe}");
	assert!(top.contains_key("0x3a636f6465"), ":code in genesis");
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
	let babe = patch["babe"]["authorities"].as_array().expect("babe authorities");
	let grandpa = patch["grandpa"]["authorities"].as_array().expect("grandpa authorities");
	assert_eq!((babe.len(), grandpa.len()), (3, 3));
	// //Alice's sr25519 key authors, her ed25519 key votes, each with weight 1.
	assert_eq!(babe[0], serde_json::json!(["5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", 1]));
	assert_eq!(grandpa[0][0], "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu");
}

#[test]
fn consensus_must_be_known() {
	let out = node()
		.args(["--dev", "--tmp", "--consensus", "aura"])
		.output()
		.expect("node runs");
	assert!(!out.status.success());
	assert!(String::from_utf8_lossy(&out.stderr).contains("instant-seal"));
}

#[test]
fn staging_chain_spec_holds_no_development_key() {
	use sp_core::crypto::Ss58Codec;
	use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
	let out = node().args(["build-spec", "--chain", "staging"]).output().expect("node runs");
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	let text = String::from_utf8(out.stdout).expect("UTF-8");
	let spec: serde_json::Value = serde_json::from_str(&text).expect("chain spec is JSON");
	assert_eq!(spec["id"], "datdot_staging");
	assert_eq!(spec["chainType"], "Live");
	let dev_keys = Sr25519Keyring::iter()
		.map(|k| k.public().to_ss58check())
		.chain(Ed25519Keyring::iter().map(|k| k.public().to_ss58check()));
	for key in dev_keys {
		assert!(!text.contains(&key), "development key {key} in the staging spec");
	}
	// The fields the operators fill in are there, empty.
	let patch = &spec["genesis"]["runtimeGenesis"]["patch"];
	assert_eq!(patch["babe"]["authorities"], serde_json::json!([]));
	assert_eq!(patch["grandpa"]["authorities"], serde_json::json!([]));
	assert_eq!(patch["sudo"]["key"], serde_json::Value::Null);
}

#[test]
fn a_staging_spec_with_its_authorities_and_sudo_given_builds_raw() {
	use sp_core::crypto::Ss58Codec;
	use sp_core::Pair;
	let mut spec = spec(&["build-spec", "--chain", "staging"]);
	// Keys of the operators' own (here: made from a phrase no development account uses).
	let babe = sp_core::sr25519::Pair::from_string("//staging-validator-1", None).expect("key");
	let grandpa = sp_core::ed25519::Pair::from_string("//staging-validator-1", None).expect("key");
	let root = sp_core::sr25519::Pair::from_string("//staging-root", None).expect("key");
	let patch = &mut spec["genesis"]["runtimeGenesis"]["patch"];
	patch["babe"]["authorities"] = serde_json::json!([[babe.public().to_ss58check(), 1]]);
	patch["grandpa"]["authorities"] = serde_json::json!([[grandpa.public().to_ss58check(), 1]]);
	patch["sudo"]["key"] = serde_json::json!(root.public().to_ss58check());
	patch["balances"]["balances"] =
		serde_json::json!([[root.public().to_ss58check(), 1_000_000_000_000_000u64]]);
	let dir = std::env::temp_dir().join(format!("datdot-staging-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("temp dir");
	let file = dir.join("staging.json");
	std::fs::write(&file, serde_json::to_vec(&spec).expect("JSON")).expect("spec written");
	let raw = self::spec(&["build-spec", "--chain", file.to_str().expect("path"), "--raw"]);
	let _ = std::fs::remove_dir_all(&dir);
	assert_eq!(raw["id"], "datdot_staging");
	let top = raw["genesis"]["raw"]["top"].as_object().expect("raw storage");
	// `Sudo::Key` holds the given root.
	let sudo_key = format!(
		"0x{}{}",
		hex_of(&sp_io::hashing::twox_128(b"Sudo")),
		hex_of(&sp_io::hashing::twox_128(b"Key"))
	);
	let given = format!("0x{}", hex_of(root.public().as_ref()));
	assert_eq!(top.get(&sudo_key).and_then(|v| v.as_str()), Some(given.as_str()));
}

fn hex_of(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}
