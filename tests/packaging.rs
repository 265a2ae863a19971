//! Packaging metadata: the Debian package's generated assets are the ones the
//! assets script writes, and the published crate leaves out tests and tooling.

fn manifest() -> toml::Table {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    text.parse().unwrap()
}

#[test]
fn every_generated_deb_asset_is_written_by_the_assets_script() {
    let script =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/packaging/assets.sh"))
            .unwrap();
    let manifest = manifest();
    let assets = manifest["package"]["metadata"]["deb"]["assets"]
        .as_array()
        .unwrap();
    let mut generated = 0;
    for asset in assets {
        let source = asset[0].as_str().unwrap();
        if let Some(path) = source.strip_prefix("target/assets/") {
            let written = format!("\"$out/{path}\"");
            assert!(
                script.contains(&written),
                "assets.sh does not write {source}"
            );
            generated += 1;
        } else if !source.starts_with("target/release/") {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(source);
            assert!(path.is_file(), "{source} is not in the repository");
        }
    }
    assert_eq!(generated, 4, "the man page and three completions");
}

#[test]
fn the_crate_includes_code_seeds_and_readme_only() {
    let manifest = manifest();
    let package = &manifest["package"];
    let include: Vec<&str> = package["include"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for pattern in &include {
        for junk in ["/tests", "/benches", "/.ci", "/packaging", "/target"] {
            assert!(!pattern.starts_with(junk), "{pattern} publishes {junk}");
        }
    }
    assert!(include.contains(&"/seeds/*"), "build.rs embeds the seeds");
    assert!(include.contains(&"/build.rs"));
    for field in [
        "repository",
        "homepage",
        "readme",
        "keywords",
        "categories",
        "description",
        "license",
    ] {
        assert!(
            package.get(field).is_some(),
            "Cargo.toml lacks package.{field}"
        );
    }
}
