//! Runs the command the user asked for.

use crate::{
	chain_spec,
	cli::{Cli, Consensus, Subcommand},
	service::{self, BlockProduction, FullClient},
};
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;
use std::sync::Arc;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"datdot node".into()
	}

	fn impl_version() -> String {
		env!("CARGO_PKG_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://github.com/datdotorg/datdot-chain/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2020
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		Ok(match id {
			"dev" | "" => Box::new(chain_spec::development()?),
			"local" => Box::new(chain_spec::local_testnet()?),
			"staging" => Box::new(chain_spec::staging()?),
			path => {
				Box::new(chain_spec::ChainSpec::from_json_file(std::path::PathBuf::from(path))?)
			},
		})
	}
}

/// The consensus the command line asks for, or the chain's own.
fn consensus(cli: &Cli, config: &sc_service::Configuration) -> Consensus {
	Consensus::for_chain(cli.consensus, config.chain_spec.chain_type())
}

/// Parses the command line and runs it.
pub fn run() -> sc_cli::Result<()> {
	let cli = Cli::from_args();

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		#[allow(deprecated)]
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let (PartialComponents { client, task_manager, import_queue, .. }, _) =
					service::new_partial(&config, consensus(&cli, &config))?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let (PartialComponents { client, task_manager, .. }, _) =
					service::new_partial(&config, consensus(&cli, &config))?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let (PartialComponents { client, task_manager, .. }, _) =
					service::new_partial(&config, consensus(&cli, &config))?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let (PartialComponents { client, task_manager, import_queue, .. }, _) =
					service::new_partial(&config, consensus(&cli, &config))?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let (PartialComponents { client, task_manager, backend, .. }, production) =
					service::new_partial(&config, consensus(&cli, &config))?;
				// BABE's epochs are reverted too, and with GRANDPA its authority set and votes.
				let with_grandpa = matches!(production, BlockProduction::BabeGrandpa { .. });
				let aux_revert = Box::new(move |client: Arc<FullClient>, backend, blocks| {
					sc_consensus_babe::revert(client.clone(), backend, blocks)?;
					if with_grandpa {
						sc_consensus_grandpa::revert(client, blocks)?;
					}
					Ok(())
				}) as Box<dyn FnOnce(_, _, _) -> sc_cli::Result<()>>;
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		},
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<datdot_runtime::opaque::Block>(&config))
		},
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			use frame_benchmarking_cli::BenchmarkCmd;
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| match cmd {
				BenchmarkCmd::Pallet(cmd) => cmd.run_with_spec::<sp_runtime::traits::HashingFor<
					datdot_runtime::opaque::Block,
				>, ()>(Some(config.chain_spec)),
				_ => Err("only `benchmark pallet` is supported by this node".into()),
			})
		},
		None => {
			let runner = cli.create_runner(&cli.run)?;
			runner.run_node_until_exit(|config| async move {
				let consensus = consensus(&cli, &config);
				match config.network.network_backend {
					sc_network::config::NetworkBackendType::Libp2p => {
						service::new_full::<sc_network::NetworkWorker<_, _>>(config, consensus)
					},
					sc_network::config::NetworkBackendType::Litep2p => {
						service::new_full::<sc_network::Litep2pNetworkBackend>(config, consensus)
					},
				}
				.map_err(sc_cli::Error::Service)
			})
		},
	}
}
