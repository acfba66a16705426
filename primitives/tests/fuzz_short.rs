//! A short round of the verifier's fuzzer (`scripts/fuzz.sh` runs the long one).

#[test]
fn tampered_and_random_proofs_never_verify() {
	let findings = datdot_primitives::fuzz::run(20_000, 7);
	assert_eq!(findings.cases, 20_000);
	assert_eq!(findings.accepted, 0, "{findings:?}");
}
