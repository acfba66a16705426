//! Fuzzes the block proof verifier: `cargo run --release -p datdot-primitives --example fuzz --
//! [cases] [seed]` (10 million cases by default); prints the cases checked per second and any
//! proof that verified although it was tampered with.

use std::time::Instant;

fn main() {
	let mut args = std::env::args().skip(1);
	let cases = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000_000u64);
	let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(0x5eed_u64);
	let start = Instant::now();
	let findings = datdot_primitives::fuzz::run(cases, seed);
	let seconds = start.elapsed().as_secs_f64();
	println!(
		"{} cases in {seconds:.1} s ({:.0} cases/s), seed {seed}: {} tampered proofs accepted, 0 crashes",
		findings.cases,
		findings.cases as f64 / seconds,
		findings.accepted,
	);
	if findings.accepted > 0 {
		std::process::exit(1);
	}
}
