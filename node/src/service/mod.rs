//! The node service: client, transaction pool, network, RPC and block authoring.
//!
//! Two ways to make blocks:
//! * sealing on demand (`--dev`: instant seal, or `--consensus manual-seal-<ms>`): this node alone
//!   makes and finalizes every block, each a BABE block of the chain's only authority (see
//!   `sealing`).
//! * BABE + GRANDPA (`--chain local`, any non-development chain spec, or `--consensus babe`):
//!   validators author in the slots their VRF wins (or the secondary slots assigned to them) and
//!   finalize with GRANDPA over libp2p.
//!
//! Both import blocks through BABE's block import, which tracks the epochs. The mode is decided
//! once: [`new_partial`] turns the consensus asked for into a [`BlockProduction`], which
//! [`new_full`] matches once. What the modes share (the network, RPC, offchain workers, the
//! proposer) is built here; each mode starts its authoring in its own module: `sealing` and `babe`
//! (BABE and GRANDPA).

mod babe;
mod sealing;

use crate::cli::Consensus;
use babe::{network_inherents, start_babe_grandpa};
use datdot_runtime::{opaque::Block, RuntimeApi};
use futures::FutureExt;
use sc_client_api::{backend::Backend, BlockBackend};
use sc_consensus_babe::{BabeLink, ImportQueueParams};
use sc_executor::WasmExecutor;
use sc_service::{error::Error as ServiceError, Configuration, TaskManager, WarpSyncConfig};
use sc_telemetry::{Telemetry, TelemetryWorker};
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sealing::{development_inherents, start_sealing};
use sp_runtime::traits::Block as BlockT;
use std::sync::Arc;

type HostFunctions = sp_io::SubstrateHostFunctions;

/// The full client.
pub type FullClient = sc_service::TFullClient<Block, RuntimeApi, WasmExecutor<HostFunctions>>;
type FullBackend = sc_service::TFullBackend<Block>;
pub(crate) type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;

pub(crate) type GrandpaBlockImport =
	sc_consensus_grandpa::GrandpaBlockImport<FullBackend, Block, FullClient, FullSelectChain>;
pub(crate) type GrandpaLink = sc_consensus_grandpa::LinkHalf<Block, FullClient, FullSelectChain>;

/// The inherents of a BABE block: its slot and its timestamp.
pub(crate) type BabeInherents =
	(sp_consensus_babe::inherents::InherentDataProvider, sp_timestamp::InherentDataProvider);
/// Makes the inherents of a child of the block with the given hash: to author it, and to check
/// an imported block's against.
pub(crate) type CreateInherents = Arc<
	dyn sp_inherents::CreateInherentDataProviders<Block, (), InherentDataProviders = BabeInherents>,
>;
/// BABE's block import, wrapping `Inner` (the client, or GRANDPA's block import).
pub(crate) type BabeImport<Inner> =
	sc_consensus_babe::BabeBlockImport<Block, FullClient, Inner, CreateInherents, FullSelectChain>;

/// Blocks between GRANDPA justifications kept for light sync.
pub(crate) const GRANDPA_JUSTIFICATION_PERIOD: u32 = 512;

/// How this node makes blocks: decided once, by [`new_partial`], from the consensus asked for.
pub enum BlockProduction {
	/// This node alone seals and finalizes every block (`--dev`, `manual-seal-<ms>`).
	Sealing {
		/// Instant or timed.
		sealing: Sealing,
		/// BABE's block import over the client.
		block_import: BabeImport<Arc<FullClient>>,
		/// BABE's epochs, for the sealer's pre-digests.
		link: BabeLink<Block>,
		/// The development inherents (see `sealing`).
		inherents: CreateInherents,
	},
	/// BABE authoring in the validators' slots, GRANDPA finality.
	BabeGrandpa {
		/// BABE's block import over the one that feeds GRANDPA.
		block_import: BabeImport<GrandpaBlockImport>,
		/// BABE's epochs, for the authoring worker.
		babe_link: BabeLink<Block>,
		/// GRANDPA's half of the link to its voter.
		grandpa_link: GrandpaLink,
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

/// The parts of the service that the chain-operation subcommands need.
pub type Partial = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	Pool,
	Option<Telemetry>,
>;

/// Builds the client, backend, transaction pool and the import queue of `consensus`; returns them
/// with how blocks are made.
pub fn new_partial(
	config: &Configuration,
	consensus: Consensus,
) -> Result<(Partial, BlockProduction), ServiceError> {
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

	let babe_config = sc_consensus_babe::configuration(&*client)?;
	let slot_duration = babe_config.slot_duration();
	let offchain_pool = OffchainTransactionPoolFactory::new(transaction_pool.clone());
	let sealing = |sealing| -> Result<_, ServiceError> {
		let inherents =
			development_inherents(client.clone(), slot_duration, babe_config.epoch_length);
		let (block_import, link) = sc_consensus_babe::block_import(
			babe_config.clone(),
			client.clone(),
			client.clone(),
			inherents.clone(),
			select_chain.clone(),
			offchain_pool.clone(),
		)?;
		// Blocks from elsewhere (none on a development chain) are taken as they are, but still go
		// through BABE's import, which needs their epoch.
		let verifier = sc_consensus_manual_seal::consensus::babe::BabeVerifier::new(
			link.epoch_changes().clone(),
			client.clone(),
		);
		let import_queue = sc_consensus::BasicQueue::new(
			verifier,
			Box::new(block_import.clone()),
			None,
			&task_manager.spawn_essential_handle(),
			config.prometheus_registry(),
		);
		Ok((import_queue, BlockProduction::Sealing { sealing, block_import, link, inherents }))
	};
	let (import_queue, production) = match consensus {
		Consensus::InstantSeal => sealing(Sealing::Instant)?,
		Consensus::ManualSeal(ms) => sealing(Sealing::Every(ms))?,
		Consensus::Babe => {
			let (grandpa_import, grandpa_link) = sc_consensus_grandpa::block_import(
				client.clone(),
				GRANDPA_JUSTIFICATION_PERIOD,
				&client,
				select_chain.clone(),
				telemetry.as_ref().map(|x| x.handle()),
			)?;
			let (block_import, babe_link) = sc_consensus_babe::block_import(
				babe_config,
				grandpa_import.clone(),
				client.clone(),
				network_inherents(slot_duration),
				select_chain.clone(),
				offchain_pool,
			)?;
			let (import_queue, worker) = sc_consensus_babe::import_queue(ImportQueueParams {
				link: babe_link.clone(),
				block_import: block_import.clone(),
				justification_import: Some(Box::new(grandpa_import)),
				client: client.clone(),
				slot_duration,
				spawner: &task_manager.spawn_essential_handle(),
				registry: config.prometheus_registry(),
				telemetry: telemetry.as_ref().map(|x| x.handle()),
			})?;
			// BABE's worker (an essential task) answers epoch queries while its handle lives, and
			// ends the node when it is dropped: the handle lives as long as the node's tasks.
			task_manager.spawn_handle().spawn("babe-worker-handle", None, async move {
				let _worker = worker;
				futures::future::pending::<()>().await
			});
			let production = BlockProduction::BabeGrandpa { block_import, babe_link, grandpa_link };
			(import_queue, production)
		},
	};

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
	Ok((partial, production))
}

/// The bytes the proposer fills a block up to. The proposer counts the block's storage proof in
/// its size when it records one (manual sealing does, for parachains' sake), and its default (4
/// MiB) is below the runtime's own limit; with room for the proof, the runtime's length limit
/// ([`datdot_runtime::MAX_BLOCK_LENGTH`], which counts the extrinsics only) is the one
/// that binds, on every chain.
const PROPOSER_BLOCK_SIZE_LIMIT: usize = 2 * datdot_runtime::MAX_BLOCK_LENGTH as usize;

/// The service up to block production: the network, RPC, offchain workers and the block proposer.
pub(crate) struct Started {
	pub(super) task_manager: TaskManager,
	pub(super) client: Arc<FullClient>,
	pub(super) transaction_pool: Arc<Pool>,
	pub(super) select_chain: FullSelectChain,
	pub(super) proposer: Proposer,
	pub(super) keystore: sp_keystore::KeystorePtr,
	pub(super) network: Arc<dyn sc_network::service::traits::NetworkService>,
	pub(super) sync_service: Arc<sc_network_sync::SyncingService<Block>>,
	pub(super) telemetry: Option<Telemetry>,
	pub(super) role: sc_service::Role,
	pub(super) force_authoring: bool,
	pub(super) node_name: String,
	pub(super) prometheus_registry: Option<substrate_prometheus_endpoint::Registry>,
}

pub(crate) type Pool = sc_transaction_pool::TransactionPoolHandle<Block, FullClient>;
pub(crate) type Proposer = sc_basic_authorship::ProposerFactory<Pool, FullClient>;
/// Builds and starts the full node.
pub fn new_full<Network: sc_network::NetworkBackend<Block, <Block as BlockT>::Hash>>(
	config: Configuration,
	consensus: Consensus,
) -> Result<TaskManager, ServiceError> {
	let (partial, production) = new_partial(&config, consensus)?;
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
		BlockProduction::Sealing { sealing, block_import, link, inherents } => {
			let started = start_service(config, partial, net_config, metrics, None)?;
			start_sealing(started, sealing, block_import, link, inherents)
		},
		BlockProduction::BabeGrandpa { block_import, babe_link, grandpa_link: link } => {
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
			start_babe_grandpa(started, block_import, babe_link, grandpa)
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

	let mut proposer = sc_basic_authorship::ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		prometheus_registry.as_ref(),
		telemetry.as_ref().map(|x| x.handle()),
	);
	proposer.set_default_block_size_limit(PROPOSER_BLOCK_SIZE_LIMIT);

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
