//! BABE authoring and GRANDPA finality: a node of a real network.

use super::{
	BabeImport, BabeInherents, CreateInherents, GrandpaBlockImport, GrandpaLink, Started,
	GRANDPA_JUSTIFICATION_PERIOD,
};
use sc_consensus_babe::{BabeLink, BabeParams};
use sc_consensus_slots::SlotProportion;
use sc_service::{error::Error as ServiceError, TaskManager};
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_consensus_babe::SlotDuration;
use std::{sync::Arc, time::Duration};

/// The inherents of a block made now: the timestamp and its BABE slot.
fn inherents_now(slot_duration: SlotDuration) -> BabeInherents {
	let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
	let slot = sp_consensus_babe::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
		*timestamp,
		slot_duration,
	);
	(slot, timestamp)
}

/// What a network node's blocks carry as inherents, to author them and to check imported ones:
/// the time now, and its slot.
pub(super) fn network_inherents(slot_duration: SlotDuration) -> CreateInherents {
	Arc::new(move |_, ()| async move {
		Ok::<_, Box<dyn std::error::Error + Send + Sync>>(inherents_now(slot_duration))
	})
}

/// BABE authoring (on validators) and the GRANDPA voter (unless disabled).
pub(super) fn start_babe_grandpa(
	started: Started,
	block_import: BabeImport<GrandpaBlockImport>,
	babe_link: BabeLink<datdot_runtime::opaque::Block>,
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
		let slot_duration = babe_link.config().slot_duration();
		let babe = sc_consensus_babe::start_babe(BabeParams {
			keystore: keystore.clone(),
			client: client.clone(),
			select_chain,
			env: proposer,
			block_import,
			sync_oracle: sync_service.clone(),
			justification_sync_link: sync_service.clone(),
			create_inherent_data_providers: move |_, ()| async move { Ok(inherents_now(slot_duration)) },
			force_authoring,
			backoff_authoring_blocks: Option::<()>::None,
			babe_link,
			block_proposal_slot_portion: SlotProportion::new(2f32 / 3f32),
			max_block_proposal_slot_portion: None,
			telemetry: telemetry.as_ref().map(|x| x.handle()),
		})?;
		task_manager.spawn_essential_handle().spawn_blocking(
			"babe-proposer",
			Some("block-authoring"),
			babe,
		);
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
