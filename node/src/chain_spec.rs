//! Chain specifications: built from the runtime's genesis presets.

use datdot_runtime::WASM_BINARY;
use sc_service::{ChainType, Properties};

/// The chain specification type of this node.
pub type ChainSpec = sc_service::GenericChainSpec;

fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenDecimals".into(), 12.into());
	properties.insert("tokenSymbol".into(), "DAT".into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| "the wasm runtime was not built (SKIP_WASM_BUILD is set)".to_string())
}

/// The `--dev` chain: one node, instant seal, funded development accounts.
///
/// Its genesis state is the runtime's development preset, built here natively and given as raw
/// storage: a spec that names a preset has its genesis built by the wasm runtime, compiled once to
/// read the preset and once more to build the state from it, before the client compiles it for
/// itself. A development node starts in about a third of the time this way; the other chains
/// keep their presets, which operators edit.
pub fn development() -> Result<ChainSpec, String> {
	let code = wasm()?;
	let preset = datdot_runtime::genesis_config_presets::get_preset(
		&sp_genesis_builder::DEV_RUNTIME_PRESET.into(),
	)
	.ok_or("the runtime has no development preset")?;
	let patch: serde_json::Value = serde_json::from_slice(&preset).map_err(|e| e.to_string())?;
	// As the runtime's `build_state` does: the default configuration with the preset over it.
	let mut config = serde_json::to_value(datdot_runtime::RuntimeGenesisConfig::default())
		.map_err(|e| e.to_string())?;
	sc_chain_spec::json_merge(&mut config, patch);
	let config: datdot_runtime::RuntimeGenesisConfig =
		serde_json::from_value(config).map_err(|e| format!("the development preset: {e}"))?;
	let mut storage = sp_runtime::BuildStorage::build_storage(&config)?;
	storage
		.top
		.insert(sp_core::storage::well_known_keys::CODE.to_vec(), code.to_vec());
	let hex = |bytes: &[u8]| sp_core::bytes::to_hex(bytes, false);
	let top: serde_json::Map<String, serde_json::Value> =
		storage.top.iter().map(|(k, v)| (hex(k), hex(v).into())).collect();
	let spec = serde_json::json!({
		"name": "datdot development",
		"id": "datdot_dev",
		"chainType": "Development",
		"bootNodes": [],
		"telemetryEndpoints": null,
		"protocolId": null,
		"properties": properties(),
		"codeSubstitutes": {},
		"genesis": { "raw": { "top": top, "childrenDefault": {} } },
	});
	ChainSpec::from_json_bytes(spec.to_string().into_bytes())
}

/// The `local` chain: a local testnet.
pub fn local_testnet() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, Default::default())
		.with_name("datdot local testnet")
		.with_id("datdot_local")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// The `staging` chain: a network of its own. Its genesis has no development key: the operators
/// give the authorities, the sudo key and the endowed accounts in the spec (`build-spec --chain
/// staging`, fill them in, then `build-spec --chain FILE --raw`).
pub fn staging() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, Default::default())
		.with_name("datdot staging")
		.with_id("datdot_staging")
		.with_chain_type(ChainType::Live)
		.with_genesis_config_preset_name(datdot_runtime::genesis_config_presets::STAGING_PRESET)
		.with_properties(properties())
		.build())
}

#[cfg(test)]
mod tests {
	use sc_chain_spec::ChainSpec as _;
	use sp_runtime::BuildStorage;

	/// The development genesis built natively is the one the wasm runtime builds from its preset.
	#[test]
	fn the_native_development_genesis_is_the_runtimes() {
		let native = super::development().unwrap().as_storage_builder().build_storage().unwrap();
		let by_wasm = super::ChainSpec::builder(super::wasm().unwrap(), Default::default())
			.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
			.build()
			.as_storage_builder()
			.build_storage()
			.unwrap();
		assert_eq!(native.top, by_wasm.top);
		assert!(native.top.len() > 10);
	}
}
