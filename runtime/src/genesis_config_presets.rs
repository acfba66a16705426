//! Genesis presets: `development` (the `--dev` chain) and `local_testnet`.
//!
//! Both fund the well-known development accounts (`//Alice` ... `//Ferdie`, their `//stash`
//! accounts and `//One`, `//Two`) and make `//Alice` the sudo key.

use crate::{AccountId, BalancesConfig, RuntimeGenesisConfig, SudoConfig, UNIT};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::Sr25519Keyring;

/// What every funded development account starts with.
pub const ENDOWMENT: crate::Balance = 1_000_000 * UNIT;

fn genesis(endowed: Vec<AccountId>, root: AccountId) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.into_iter().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
	})
}

fn well_known() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|k| k.to_account_id()).collect()
}

/// The `development` preset.
pub fn development_config_genesis() -> Value {
	genesis(well_known(), Sr25519Keyring::Alice.to_account_id())
}

/// The `local_testnet` preset.
pub fn local_config_genesis() -> Value {
	genesis(well_known(), Sr25519Keyring::Alice.to_account_id())
}

/// The preset with this id, as JSON.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(|json| json.into_bytes())
}

/// The names of the presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
