fn main() {
	#[cfg(feature = "std")]
	{
		share_wasm_dependencies();
		substrate_wasm_builder::WasmBuilder::init_with_defaults()
			.enable_metadata_hash("DAT", 12)
			.build();
	}
}

/// The wasm build of a crate compiles in its own target directory under `wbuild/`; the next
/// runtime's differs from the runtime's only in the runtime and pallet crates, so it compiles in
/// the runtime's (both builds keep their own artifacts there) and its dependencies are built once.
#[cfg(feature = "std")]
fn share_wasm_dependencies() {
	use std::path::PathBuf;
	let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else { return };
	// OUT_DIR is <target>/<profile>/build/<crate>-<hash>/out; the wasm builds are in
	// <target>/<profile>/wbuild.
	let Some(profile_dir) = out_dir.ancestors().nth(3) else { return };
	let wbuild = profile_dir.join("wbuild");
	let shared = wbuild.join("datdot-runtime").join("target");
	let own = wbuild.join("datdot-runtime-next");
	let link = own.join("target");
	if link.symlink_metadata().is_ok() {
		return;
	}
	let made = std::fs::create_dir_all(&shared)
		.and_then(|_| std::fs::create_dir_all(&own))
		.and_then(|_| symlink(&shared, &link));
	if let Err(e) = made {
		println!("cargo:warning=the next runtime's wasm builds its own dependencies: {e}");
	}
}

#[cfg(all(feature = "std", unix))]
fn symlink(target: &std::path::Path, link: &std::path::Path) -> std::io::Result<()> {
	std::os::unix::fs::symlink(target, link)
}

#[cfg(all(feature = "std", not(unix)))]
fn symlink(_: &std::path::Path, _: &std::path::Path) -> std::io::Result<()> {
	Err(std::io::Error::other("no symbolic links on this platform"))
}
