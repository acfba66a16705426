//! Genesis presets: `development` (the `--dev` chain: `//Alice` is its only authority),
//! `local_testnet` (`//Alice`, `//Bob` and `//Charlie` author with BABE and finalize with GRANDPA)
//! and `staging` (a network of its own: no development key anywhere).
//!
//! The first two fund the well-known development accounts (`//Alice` ... `//Ferdie`, their
//! `//stash` accounts and `//One`, `//Two`) and make `//Alice` the sudo key. A validator's keys are
//! its name's development keys (`--alice` puts them in the node's keystore): sr25519 for BABE,
//! ed25519 for GRANDPA.
//!
//! `staging` names the fields a network's operators fill in and leaves them empty: the BABE and
//! GRANDPA authorities, the sudo key and the endowed accounts (see the README's testnet section).

use crate::{
	AccountId, BabeConfig, BalancesConfig, GrandpaConfig, RuntimeGenesisConfig, SudoConfig, UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_babe::AuthorityId as BabeId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::Ed25519Keyring;
use sp_keyring::Sr25519Keyring;

/// What every funded development account starts with.
pub const ENDOWMENT: crate::Balance = 1_000_000 * UNIT;

/// A validator's development keys: sr25519 for BABE, ed25519 for GRANDPA.
type Validator = (Sr25519Keyring, Ed25519Keyring);

fn genesis(validators: &[Validator], endowed: Vec<AccountId>, root: Option<AccountId>) -> Value {
	let babe: Vec<(BabeId, u64)> =
		validators.iter().map(|(babe, _)| (babe.public().into(), 1)).collect();
	let grandpa: Vec<(GrandpaId, u64)> =
		validators.iter().map(|(_, grandpa)| (grandpa.public().into(), 1)).collect();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.into_iter().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: root },
		babe: BabeConfig { authorities: babe, epoch_config: crate::BABE_GENESIS_EPOCH_CONFIG },
		grandpa: GrandpaConfig { authorities: grandpa },
	})
}

fn well_known() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|k| k.to_account_id()).collect()
}

/// The `development` preset.
pub fn development_config_genesis() -> Value {
	genesis(
		&[(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		well_known(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// The `local_testnet` preset.
pub fn local_config_genesis() -> Value {
	genesis(
		&[
			(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		],
		well_known(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// The name of the preset of a network's own, with no development keys.
pub const STAGING_PRESET: &str = "staging";

/// The `staging` preset: the authorities, the sudo key and the endowed accounts, all empty, for
/// the chain spec to give.
pub fn staging_config_genesis() -> Value {
	genesis(&[], Vec::new(), None)
}

/// The preset with this id, as JSON.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		STAGING_PRESET => staging_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(|json| json.into_bytes())
}

/// The names of the presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(STAGING_PRESET),
	]
}
