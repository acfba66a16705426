fn main() {
	// The wasm runtime carries the hash of its metadata (`CheckMetadataHash`), so that signers
	// that verify what they sign against it (Ledger-class devices, new wallets) can.
	#[cfg(feature = "std")]
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("DAT", 12)
		.build();
}
