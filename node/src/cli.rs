//! Command line of the datdot node.

/// How the node makes blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consensus {
	/// A block for every transaction that enters the pool, finalized at once.
	InstantSeal,
	/// A block every so many milliseconds, finalized at once.
	ManualSeal(u64),
	/// BABE authoring in the validators' slots, GRANDPA finality: a real network.
	Babe,
}

impl Consensus {
	/// The one asked for, or the chain's own: sealing on demand for development chains, BABE and
	/// GRANDPA for all others.
	pub fn for_chain(asked: Option<Consensus>, chain_type: sc_service::ChainType) -> Consensus {
		asked.unwrap_or(match chain_type {
			sc_service::ChainType::Development => Consensus::InstantSeal,
			_ => Consensus::Babe,
		})
	}
}

impl std::str::FromStr for Consensus {
	type Err = String;

	fn from_str(s: &str) -> Result<Self, Self::Err> {
		match s {
			"instant-seal" => return Ok(Consensus::InstantSeal),
			"babe" => return Ok(Consensus::Babe),
			_ => {},
		}
		match s.strip_prefix("manual-seal-").map(str::parse::<u64>) {
			Some(Ok(ms)) if ms > 0 => Ok(Consensus::ManualSeal(ms)),
			Some(_) => {
				Err(format!("`{s}`: the block time must be a positive number of milliseconds"))
			},
			None => Err(format!(
				"`{s}`: expected `instant-seal`, `manual-seal-<milliseconds>` or `babe`"
			)),
		}
	}
}

#[derive(Debug, clap::Parser)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// How blocks are made: `instant-seal` (a block per transaction), `manual-seal-<ms>` (a block
	/// every <ms> milliseconds) or `babe` (BABE authoring and GRANDPA finality with the chain's
	/// validators). Default: `instant-seal` for development chains (`--dev`), `babe` otherwise.
	#[arg(long)]
	pub consensus: Option<Consensus>,

	#[command(flatten)]
	pub run: sc_cli::RunCmd,
}

#[derive(Debug, clap::Subcommand)]
pub enum Subcommand {
	/// Key management utilities.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification.
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export the chain specification.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Runtime benchmarks (`benchmark pallet`), see `scripts/bench.sh`.
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}

#[cfg(test)]
mod tests {
	use super::Consensus;

	#[test]
	fn consensus_parses() {
		assert_eq!("instant-seal".parse(), Ok(Consensus::InstantSeal));
		assert_eq!("manual-seal-6000".parse(), Ok(Consensus::ManualSeal(6000)));
		assert!("manual-seal-0".parse::<Consensus>().is_err());
		assert!("manual-seal-x".parse::<Consensus>().is_err());
		assert_eq!("babe".parse(), Ok(Consensus::Babe));
		assert!("aura".parse::<Consensus>().is_err());
		use sc_service::ChainType;
		assert_eq!(Consensus::for_chain(None, ChainType::Development), Consensus::InstantSeal);
		assert_eq!(Consensus::for_chain(None, ChainType::Local), Consensus::Babe);
		assert_eq!(Consensus::for_chain(None, ChainType::Live), Consensus::Babe);
		assert_eq!(
			Consensus::for_chain(Some(Consensus::Babe), ChainType::Development),
			Consensus::Babe
		);
	}
}
