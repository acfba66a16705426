//! The node service: client, transaction pool, network, RPC and block authoring.
//!
//! Two ways to make blocks:
//! * sealing on demand (`--dev`: instant seal, or `--consensus manual-seal-<ms>`): this node alone
//!   makes and finalizes every block. The runtime runs Aura, so each block carries an Aura slot
//!   digest and a timestamp at least a slot after its parent's (development time runs ahead of
//!   the clock when blocks come faster than one per slot).
//! * Aura + GRANDPA (`--chain local`, any non-development chain spec, or `--consensus aura`):
//!   validators author in their slots and finalize with GRANDPA over libp2p.
//!
//! The mode is decided once: [`new_partial`] turns the consensus asked for into a
//! [`BlockProduction`], which [`new_full`] and `revert` each match once.

use crate::cli::Consensus;
use codec::Decode;
use datdot_runtime::{opaque::Block, RuntimeApi};
use futures::{FutureExt, StreamExt};
use sc_client_api::{backend::Backend, BlockBackend, StorageProvider};
use sc_consensus_aura::{ImportQueueParams, SlotProportion, StartAuraParams};
use sc_executor::WasmExecutor;
use sc_service::{error::Error as ServiceError, Configuration, TaskManager, WarpSyncConfig};
use sc_telemetry::{Telemetry, TelemetryWorker};
use sc_transaction_pool_api::{OffchainTransactionPoolFactory, TransactionPool};
use sp_consensus_aura::sr25519::AuthorityPair as AuraPair;
use sp_runtime::traits::Block as BlockT;
use std::{sync::Arc, time::Duration};

type HostFunctions = sp_io::SubstrateHostFunctions;

/// The full client.
pub type FullClient = sc_service::TFullClient<Block, RuntimeApi, WasmExecutor<HostFunctions>>;
type FullBackend = sc_service::TFullBackend<Block>;
type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;

type GrandpaBlockImport =
	sc_consensus_grandpa::GrandpaBlockImport<FullBackend, Block, FullClient, FullSelectChain>;
type GrandpaLink = sc_consensus_grandpa::LinkHalf<Block, FullClient, FullSelectChain>;

/// Blocks between GRANDPA justifications kept for light sync.
const GRANDPA_JUSTIFICATION_PERIOD: u32 = 512;

/// How this node makes blocks: decided once, by [`new_partial`], from the consensus asked for.
pub enum BlockProduction {
	/// This node alone seals and finalizes every block (`--dev`, `manual-seal-<ms>`).
	Sealing(Sealing),
	/// Aura authoring in the validators' slots, GRANDPA finality.
	AuraGrandpa {
		/// The block import that feeds GRANDPA.
		block_import: GrandpaBlockImport,
		/// GRANDPA's half of the link to its voter.
		link: GrandpaLink,
	},
}

/// When a sealing node seals.
#[derive(Debug, Clone, Copy)]
pub enum Sealing {
	/// As soon as transactions enter the pool.
	Instant,
	/// Every so many milliseconds.
	Every(u64),
}

/// The parts of the service that the chain-operation subcommands need, with how blocks are made.
pub type Service = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	sc_transaction_pool::TransactionPoolHandle<Block, FullClient>,
	(BlockProduction, Option<Telemetry>),
>;

/// Builds the client, backend, transaction pool and the import queue of `consensus`.
pub fn new_partial(config: &Configuration, consensus: Consensus) -> Result<Service, ServiceError> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|x| !x.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let executor = sc_service::new_wasm_executor(&config.executor);
	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			Vec::new(),
		)?;
	let client = Arc::new(client);

	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let select_chain = sc_consensus::LongestChain::new(backend.clone());

	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			task_manager.spawn_essential_handle(),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);

	let sealing = |sealing| {
		let import_queue = sc_consensus_manual_seal::import_queue(
			Box::new(client.clone()),
			&task_manager.spawn_essential_handle(),
			config.prometheus_registry(),
		);
		(import_queue, BlockProduction::Sealing(sealing))
	};
	let (import_queue, production) = match consensus {
		Consensus::InstantSeal => sealing(Sealing::Instant),
		Consensus::ManualSeal(ms) => sealing(Sealing::Every(ms)),
		Consensus::Aura => {
			let (block_import, link) = sc_consensus_grandpa::block_import(
				client.clone(),
				GRANDPA_JUSTIFICATION_PERIOD,
				&client,
				select_chain.clone(),
				telemetry.as_ref().map(|x| x.handle()),
			)?;
			let inherents_client = client.clone();
			let import_queue =
				sc_consensus_aura::import_queue::<AuraPair, _, _, _, _, _>(ImportQueueParams {
					block_import: block_import.clone(),
					justification_import: Some(Box::new(block_import.clone())),
					client: client.clone(),
					create_inherent_data_providers: move |parent_hash, _| {
						let client = inherents_client.clone();
						async move {
							let slot_duration = sc_consensus_aura::standalone::slot_duration_at(
								&*client,
								parent_hash,
							)?;
							Ok(aura_inherents(slot_duration))
						}
					},
					spawner: &task_manager.spawn_essential_handle(),
					registry: config.prometheus_registry(),
					check_for_equivocation: Default::default(),
					telemetry: telemetry.as_ref().map(|x| x.handle()),
					compatibility_mode: Default::default(),
				})?;
			(import_queue, BlockProduction::AuraGrandpa { block_import, link })
		},
	};

	Ok(sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (production, telemetry),
	})
}

/// The inherents of an Aura block made now: the timestamp and its slot.
fn aura_inherents(
	slot_duration: sp_consensus_aura::SlotDuration,
) -> (sp_consensus_aura::inherents::InherentDataProvider, sp_timestamp::InherentDataProvider) {
	let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
	let slot = sp_consensus_aura::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
		*timestamp,
		slot_duration,
	);
	(slot, timestamp)
}

/// The service up to block production: the network, RPC, offchain workers and the block proposer.
struct Started {
	task_manager: TaskManager,
	client: Arc<FullClient>,
	transaction_pool: Arc<Pool>,
	select_chain: FullSelectChain,
	proposer: Proposer,
	keystore: sp_keystore::KeystorePtr,
	network: Arc<dyn sc_network::service::traits::NetworkService>,
	sync_service: Arc<sc_network_sync::SyncingService<Block>>,
	telemetry: Option<Telemetry>,
	role: sc_service::Role,
	force_authoring: bool,
	node_name: String,
	prometheus_registry: Option<substrate_prometheus_endpoint::Registry>,
}

type Pool = sc_transaction_pool::TransactionPoolHandle<Block, FullClient>;
type Proposer = sc_basic_authorship::ProposerFactory<Pool, FullClient>;
type Partial = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	Pool,
	Option<Telemetry>,
>;

/// Builds and starts the full node.
pub fn new_full<Network: sc_network::NetworkBackend<Block, <Block as BlockT>::Hash>>(
	config: Configuration,
	consensus: Consensus,
) -> Result<TaskManager, ServiceError> {
	let sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (production, telemetry),
	} = new_partial(&config, consensus)?;
	let partial = sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: telemetry,
	};
	let mut net_config = sc_network::config::FullNetworkConfiguration::<
		Block,
		<Block as BlockT>::Hash,
		Network,
	>::new(
		&config.network,
		config.prometheus_config.as_ref().map(|cfg| cfg.registry.clone()),
	);
	let metrics = Network::register_notification_metrics(
		config.prometheus_config.as_ref().map(|cfg| &cfg.registry),
	);

	match production {
		BlockProduction::Sealing(sealing) => {
			let started = start_service(config, partial, net_config, metrics, None)?;
			start_sealing(started, sealing)
		},
		BlockProduction::AuraGrandpa { block_import, link } => {
			// GRANDPA gossips over its own notification protocol and serves warp sync proofs.
			let genesis = partial
				.client
				.block_hash(0)
				.ok()
				.flatten()
				.ok_or_else(|| ServiceError::Other("the genesis block is missing".into()))?;
			let protocol_name =
				sc_consensus_grandpa::protocol_standard_name(&genesis, &config.chain_spec);
			let (protocol_config, notification_service) =
				sc_consensus_grandpa::grandpa_peers_set_config::<_, Network>(
					protocol_name.clone(),
					metrics.clone(),
					net_config.peer_store_handle(),
				);
			net_config.add_notification_protocol(protocol_config);
			let warp_sync = WarpSyncConfig::WithProvider(Arc::new(
				sc_consensus_grandpa::warp_proof::NetworkProvider::new(
					partial.backend.clone(),
					link.shared_authority_set().clone(),
					Vec::default(),
				),
			));
			let enable_grandpa = !config.disable_grandpa;
			let started = start_service(config, partial, net_config, metrics, Some(warp_sync))?;
			let grandpa = enable_grandpa.then_some((link, protocol_name, notification_service));
			start_aura_grandpa(started, block_import, grandpa)
		},
	}
}

/// Builds the network, starts RPC, offchain workers and the service's tasks, and the proposer.
fn start_service<Network: sc_network::NetworkBackend<Block, <Block as BlockT>::Hash>>(
	config: Configuration,
	partial: Partial,
	net_config: sc_network::config::FullNetworkConfiguration<
		Block,
		<Block as BlockT>::Hash,
		Network,
	>,
	metrics: sc_network::NotificationMetrics,
	warp_sync_config: Option<WarpSyncConfig<Block>>,
) -> Result<Started, ServiceError> {
	let sc_service::PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: mut telemetry,
	} = partial;

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			block_announce_validator_builder: None,
			warp_sync_config,
			block_relay: None,
			metrics,
			gap_sync_body_policy: None,
		})?;

	if config.offchain_worker.enabled {
		let offchain_workers =
			sc_offchain::OffchainWorkers::new(sc_offchain::OffchainWorkerOptions {
				runtime_api_provider: client.clone(),
				is_validator: config.role.is_authority(),
				keystore: Some(keystore_container.keystore()),
				offchain_db: backend.offchain_storage(),
				transaction_pool: Some(OffchainTransactionPoolFactory::new(
					transaction_pool.clone(),
				)),
				network_provider: Arc::new(network.clone()),
				enable_http_requests: true,
				custom_extensions: |_| vec![],
			})?;
		task_manager.spawn_handle().spawn(
			"offchain-workers-runner",
			"offchain-worker",
			offchain_workers.run(client.clone(), task_manager.spawn_handle()).boxed(),
		);
	}

	let rpc_builder = {
		let client = client.clone();
		let pool = transaction_pool.clone();
		Box::new(move |_| {
			let deps = crate::rpc::FullDeps { client: client.clone(), pool: pool.clone() };
			crate::rpc::create_full(deps).map_err(Into::into)
		})
	};

	let prometheus_registry = config.prometheus_registry().cloned();
	let role = config.role;
	let force_authoring = config.force_authoring;
	let node_name = config.network.node_name.clone();

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network: network.clone(),
		client: client.clone(),
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool: transaction_pool.clone(),
		rpc_builder,
		backend,
		system_rpc_tx,
		tx_handler_controller,
		sync_service: sync_service.clone(),
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	let proposer = sc_basic_authorship::ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		prometheus_registry.as_ref(),
		telemetry.as_ref().map(|x| x.handle()),
	);

	Ok(Started {
		task_manager,
		client,
		transaction_pool,
		select_chain,
		proposer,
		keystore: keystore_container.keystore(),
		network,
		sync_service,
		telemetry,
		role,
		force_authoring,
		node_name,
		prometheus_registry,
	})
}

/// Aura authoring (on validators) and the GRANDPA voter (unless disabled).
fn start_aura_grandpa(
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

/// Seals blocks on demand (instant or timed) and finalizes each: the development node.
fn start_sealing(started: Started, sealing: Sealing) -> Result<TaskManager, ServiceError> {
	let Started { task_manager, client, transaction_pool, select_chain, proposer, .. } = started;
	let slot = sc_consensus_aura::slot_duration(&*client)?;
	let inherents_client = client.clone();
	let create_inherent_data_providers = move |parent: <Block as BlockT>::Hash, ()| {
		let client = inherents_client.clone();
		async move {
			let timestamp = development_timestamp(&client, parent, slot.as_millis());
			Ok(sp_timestamp::InherentDataProvider::new(timestamp.into()))
		}
	};

	// Both modes seal through the manual-seal engine and finalize every block they make.
	// Instant seal: a block as soon as transactions enter the pool. Timed: one every `ms`.
	let (mut sink, commands_stream) = futures::channel::mpsc::channel(1024);
	match sealing {
		Sealing::Every(ms) => {
			task_manager.spawn_handle().spawn("timed-seal-trigger", None, async move {
				loop {
					futures_timer::Delay::new(Duration::from_millis(ms)).await;
					if sink.try_send(seal_command()).is_err() && sink.is_closed() {
						break;
					}
				}
			});
		},
		Sealing::Instant => {
			let mut imports = transaction_pool.import_notification_stream();
			// A first block right away, so the pool has a view to validate against.
			let _ = sink.try_send(seal_command());
			task_manager.spawn_handle().spawn("instant-seal-trigger", None, async move {
				while imports.next().await.is_some() {
					if sink.try_send(seal_command()).is_err() && sink.is_closed() {
						break;
					}
				}
			});
		},
	}

	let authorship =
		sc_consensus_manual_seal::run_manual_seal(sc_consensus_manual_seal::ManualSealParams {
			block_import: client.clone(),
			env: proposer,
			client: client.clone(),
			pool: transaction_pool,
			select_chain,
			commands_stream: Box::pin(commands_stream),
			consensus_data_provider: Some(Box::new(
				sc_consensus_manual_seal::consensus::aura::AuraConsensusDataProvider::new(client),
			)),
			create_inherent_data_providers,
		});
	task_manager
		.spawn_essential_handle()
		.spawn_blocking("manual-seal", None, authorship);
	Ok(task_manager)
}

/// A sealed-on-demand block's timestamp: now, but at least a slot after its parent's, so that
/// every block is in a later Aura slot than its parent.
fn development_timestamp(
	client: &FullClient,
	parent: <Block as BlockT>::Hash,
	slot_ms: u64,
) -> u64 {
	let key = [sp_io::hashing::twox_128(b"Timestamp"), sp_io::hashing::twox_128(b"Now")].concat();
	let parent_ms = client
		.storage(parent, &sc_client_api::StorageKey(key))
		.ok()
		.flatten()
		.and_then(|data| u64::decode(&mut &data.0[..]).ok())
		.unwrap_or(0);
	let now_ms = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map_or(0, |d| d.as_millis() as u64);
	now_ms.max(parent_ms.saturating_add(slot_ms))
}

fn seal_command() -> sc_consensus_manual_seal::EngineCommand<<Block as BlockT>::Hash> {
	sc_consensus_manual_seal::EngineCommand::SealNewBlock {
		create_empty: true,
		finalize: true,
		parent_hash: None,
		sender: None,
	}
}
