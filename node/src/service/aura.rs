//! Aura authoring and GRANDPA finality: a node of a real network.

use super::{GrandpaBlockImport, GrandpaLink, Started, GRANDPA_JUSTIFICATION_PERIOD};
use sc_consensus_aura::{SlotProportion, StartAuraParams};
use sc_service::{error::Error as ServiceError, TaskManager};
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_consensus_aura::sr25519::AuthorityPair as AuraPair;
use std::time::Duration;

/// The inherents of an Aura block made now: the timestamp and its slot.
pub(super) fn aura_inherents(
	slot_duration: sp_consensus_aura::SlotDuration,
) -> (sp_consensus_aura::inherents::InherentDataProvider, sp_timestamp::InherentDataProvider) {
	let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
	let slot = sp_consensus_aura::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
		*timestamp,
		slot_duration,
	);
	(slot, timestamp)
}

/// Aura authoring (on validators) and the GRANDPA voter (unless disabled).
pub(super) fn start_aura_grandpa(
	started: Started,
	block_import: GrandpaBlockImport,
	grandpa: Option<(
		GrandpaLink,
		sc_network::ProtocolName,
		Box<dyn sc_network::NotificationService>,
	)>,
) -> Result<TaskManager, ServiceError> {
	let Started {
		task_manager,
		client,
		transaction_pool,
		select_chain,
		proposer,
		keystore,
		network,
		sync_service,
		telemetry,
		role,
		force_authoring,
		node_name,
		prometheus_registry,
	} = started;

	if role.is_authority() {
		let slot_duration = sc_consensus_aura::slot_duration(&*client)?;
		let aura = sc_consensus_aura::start_aura::<AuraPair, _, _, _, _, _, _, _, _, _, _>(
			StartAuraParams {
				slot_duration,
				client: client.clone(),
				select_chain,
				block_import,
				proposer_factory: proposer,
				create_inherent_data_providers: move |_, ()| async move {
					Ok(aura_inherents(slot_duration))
				},
				force_authoring,
				backoff_authoring_blocks: Option::<()>::None,
				keystore: keystore.clone(),
				sync_oracle: sync_service.clone(),
				justification_sync_link: sync_service.clone(),
				block_proposal_slot_portion: SlotProportion::new(2f32 / 3f32),
				max_block_proposal_slot_portion: None,
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				compatibility_mode: Default::default(),
			},
		)?;
		task_manager
			.spawn_essential_handle()
			.spawn_blocking("aura", Some("block-authoring"), aura);
	}

	if let Some((link, protocol_name, notification_service)) = grandpa {
		let keystore = role.is_authority().then_some(keystore);
		let grandpa = sc_consensus_grandpa::GrandpaParams {
			config: sc_consensus_grandpa::Config {
				gossip_duration: Duration::from_millis(333),
				justification_generation_period: GRANDPA_JUSTIFICATION_PERIOD,
				name: Some(node_name),
				observer_enabled: false,
				keystore,
				local_role: role,
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				protocol_name,
			},
			link,
			network,
			sync: sync_service,
			notification_service,
			voting_rule: sc_consensus_grandpa::VotingRulesBuilder::default().build(),
			prometheus_registry,
			shared_voter_state: sc_consensus_grandpa::SharedVoterState::empty(),
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			offchain_tx_pool_factory: OffchainTransactionPoolFactory::new(transaction_pool),
		};
		task_manager.spawn_essential_handle().spawn_blocking(
			"grandpa-voter",
			None,
			sc_consensus_grandpa::run_grandpa_voter(grandpa)?,
		);
	}

	Ok(task_manager)
}
