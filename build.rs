//! Embeds every file of `seeds/` into the binary, so `parallax` with no arguments
//! opens the sample corpus from any folder.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("seeds/ folder is missing")
        .map(|e| {
            e.expect("unreadable entry in seeds/")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    let mut code = String::from(
        "/// The files of `seeds/`, by name, embedded at build time.\npub static SEED_FILES: &[(&str, &[u8])] = &[\n",
    );
    for name in &names {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            code,
            "    ({name:?}, include_bytes!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("seeds.rs");
    std::fs::write(out, code).expect("cannot write embedded seed list");
}
