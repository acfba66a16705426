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
pub fn development() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, Default::default())
		.with_name("datdot development")
		.with_id("datdot_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
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
