//! Sealing on demand, instant or timed, each block finalized half a second after the transaction
//! pool saw it as the new best: the development node.
//!
//! Each block is a BABE block of the chain's only authority (`//Alice`, whose keys `--dev` puts
//! in the keystore): a primary or secondary VRF pre-digest, so the runtime gets the VRF output
//! (its randomness) and its epoch changes as on a network; blocks go through BABE's block import,
//! which tracks the epochs. Each block starts a new epoch: its timestamp is its parent's plus one
//! epoch (the first block's is now), so the randomness selections draw from is new in every block
//! and no selection waits for an epoch to end, as none would on a chain sealed on demand. Chain
//! time is therefore not the clock's: a development block is a minute after its parent.

use super::{BabeImport, CreateInherents, FullClient, Sealing, Started};
use codec::Decode;
use datdot_runtime::opaque::Block;
use futures::StreamExt;
use sc_client_api::StorageProvider;
use sc_consensus_babe::BabeLink;
use sc_consensus_manual_seal::{consensus::babe::BabeConsensusDataProvider, EngineCommand};
use sc_service::{error::Error as ServiceError, TaskManager};
use sc_transaction_pool_api::TransactionPool;
use sp_consensus_babe::SlotDuration;
use sp_runtime::traits::Block as BlockT;
use std::{sync::Arc, time::Duration};

/// What a development block carries as inherents, to seal it and to check it at import: the
/// development timestamp after `parent` (see [`development_timestamp`]) and its slot.
pub(super) fn development_inherents(
	client: Arc<FullClient>,
	slot_duration: SlotDuration,
	epoch_length: u64,
) -> CreateInherents {
	let epoch_ms = slot_duration.as_millis().saturating_mul(epoch_length);
	Arc::new(move |parent, ()| {
		let client = client.clone();
		async move {
			let timestamp = development_timestamp(&client, parent, epoch_ms).into();
			let slot =
				sp_consensus_babe::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
					timestamp,
					slot_duration,
				);
			Ok::<_, Box<dyn std::error::Error + Send + Sync>>((
				slot,
				sp_timestamp::InherentDataProvider::new(timestamp),
			))
		}
	})
}

/// Seals blocks on demand (instant or timed) and finalizes each: the development node.
pub(super) fn start_sealing(
	started: Started,
	sealing: Sealing,
	block_import: BabeImport<Arc<FullClient>>,
	link: BabeLink<Block>,
	inherents: CreateInherents,
) -> Result<TaskManager, ServiceError> {
	let Started {
		task_manager, client, transaction_pool, select_chain, proposer, keystore, ..
	} = started;
	let authorities = link.config().authorities.clone();
	let consensus = BabeConsensusDataProvider::new(
		client.clone(),
		keystore,
		link.epoch_changes().clone(),
		authorities,
	)
	.map_err(|e| ServiceError::Other(format!("BABE for the development seal: {e}")))?;

	// Both modes seal through the manual-seal engine and finalize every block they make: each
	// block is sealed and imported as the new best, the transaction pool maintained at it (so it
	// reports the transactions `InBlock`), and finalized `FINALITY_LAG` later (`Finalized`). A
	// block sealed and finalized in one import reaches the pool's finality notification first,
	// and the pool would report `Finalized` without `InBlock`.
	// Instant seal: a block as soon as transactions enter the pool. Timed: one every `ms`.
	let (sink, commands_stream) = futures::channel::mpsc::channel(1024);
	let (mut triggers, wanted) = futures::channel::mpsc::channel::<()>(1024);
	match sealing {
		Sealing::Every(ms) => {
			task_manager.spawn_handle().spawn("timed-seal-trigger", None, async move {
				loop {
					futures_timer::Delay::new(Duration::from_millis(ms)).await;
					if triggers.try_send(()).is_err() && triggers.is_closed() {
						break;
					}
				}
			});
		},
		Sealing::Instant => {
			let mut imports = transaction_pool.import_notification_stream();
			// A first block right away, so the pool has a view to validate against.
			let _ = triggers.try_send(());
			task_manager.spawn_handle().spawn("instant-seal-trigger", None, async move {
				while imports.next().await.is_some() {
					if triggers.try_send(()).is_err() && triggers.is_closed() {
						break;
					}
				}
			});
		},
	}
	task_manager.spawn_handle().spawn(
		"seal-then-finalize",
		None,
		seal_then_finalize(wanted, sink, transaction_pool.clone()),
	);

	let authorship =
		sc_consensus_manual_seal::run_manual_seal(sc_consensus_manual_seal::ManualSealParams {
			block_import,
			env: proposer,
			client,
			pool: transaction_pool,
			select_chain,
			commands_stream: Box::pin(commands_stream),
			consensus_data_provider: Some(Box::new(consensus)),
			create_inherent_data_providers: inherents,
		});
	task_manager
		.spawn_essential_handle()
		.spawn_blocking("manual-seal", None, authorship);
	Ok(task_manager)
}

/// A sealed-on-demand block's timestamp: its parent's plus `epoch_ms`, one BABE epoch, so that
/// every block is the first of an epoch (and never skips one); the first block's is now.
fn development_timestamp(
	client: &FullClient,
	parent: <Block as BlockT>::Hash,
	epoch_ms: u64,
) -> u64 {
	let key = [sp_io::hashing::twox_128(b"Timestamp"), sp_io::hashing::twox_128(b"Now")].concat();
	let parent_ms = client
		.storage(parent, &sc_client_api::StorageKey(key))
		.ok()
		.flatten()
		.and_then(|data| u64::decode(&mut &data.0[..]).ok())
		.unwrap_or(0);
	if parent_ms > 0 {
		return parent_ms.saturating_add(epoch_ms);
	}
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map_or(0, |d| d.as_millis() as u64)
}

/// Seals a block for each of `wanted`, waits until the pool was maintained at it (at most
/// [`POOL_AT_BLOCK`]), and has it finalized [`FINALITY_LAG`] later (in order, by
/// [`finalize_after_lag`]) while the next blocks are sealed.
async fn seal_then_finalize(
	mut wanted: futures::channel::mpsc::Receiver<()>,
	mut sink: futures::channel::mpsc::Sender<Command>,
	pool: Arc<super::Pool>,
) {
	use futures::SinkExt;
	let (mut sealed_blocks, to_finalize) = futures::channel::mpsc::unbounded();
	let finalizer = finalize_after_lag(to_finalize, sink.clone());
	let sealer = async move {
		while wanted.next().await.is_some() {
			let (sealed, created) = futures::channel::oneshot::channel();
			let seal = EngineCommand::SealNewBlock {
				create_empty: true,
				finalize: false,
				parent_hash: None,
				sender: Some(sealed),
			};
			if sink.send(seal).await.is_err() {
				break;
			}
			let hash = match created.await {
				Ok(Ok(block)) => block.hash,
				Ok(Err(e)) => {
					log::warn!(target: "datdot-seal", "sealing a block failed: {e}");
					continue;
				},
				Err(_) => break,
			};
			let _ = pool.ready_at_with_timeout(hash, POOL_AT_BLOCK).await;
			if sealed_blocks.send((hash, std::time::Instant::now())).await.is_err() {
				break;
			}
		}
	};
	futures::future::join(sealer, finalizer).await;
}

/// Finalizes each sealed block [`FINALITY_LAG`] after the pool saw it, in the order sealed.
async fn finalize_after_lag(
	mut sealed: futures::channel::mpsc::UnboundedReceiver<Sealed>,
	mut sink: futures::channel::mpsc::Sender<Command>,
) {
	use futures::SinkExt;
	while let Some((hash, seen)) = sealed.next().await {
		let wait = FINALITY_LAG.saturating_sub(seen.elapsed());
		if !wait.is_zero() {
			futures_timer::Delay::new(wait).await;
		}
		let (finalized, done) = futures::channel::oneshot::channel();
		let finalize =
			EngineCommand::FinalizeBlock { hash, sender: Some(finalized), justification: None };
		if sink.send(finalize).await.is_err() {
			break;
		}
		if let Ok(Err(e)) = done.await {
			log::warn!(target: "datdot-seal", "finalizing block {hash} failed: {e}");
		}
	}
}

/// How long a sealed block waits for the transaction pool before it is finalized anyway.
const POOL_AT_BLOCK: Duration = Duration::from_secs(2);

/// How long after a block is sealed (and the pool reported its transactions `InBlock`) it is
/// finalized. Clients act on `InBlock` before `Finalized` arrives: polkadot.js fetches the
/// block's events for an `InBlock` status and drops that work when the next status comes
/// (`switchMap`), so a `Finalized` right behind it would hide the `InBlock` from its callback.
const FINALITY_LAG: Duration = Duration::from_millis(500);

type Command = EngineCommand<<Block as BlockT>::Hash>;

/// A sealed block, and when the pool had seen it.
type Sealed = (<Block as BlockT>::Hash, std::time::Instant);
