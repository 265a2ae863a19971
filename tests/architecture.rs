//! Data flows one way: files → model → analysis → app → ui. The pure layers must
//! not name the terminal or reach up into the layers built on them.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

fn violations(layer: &str, forbidden: &[&str]) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    rust_files(&dir)
        .into_iter()
        .flat_map(|file| {
            let text = std::fs::read_to_string(&file).unwrap();
            forbidden
                .iter()
                .filter(|word| text.contains(*word))
                .map(|word| format!("{} names {word}", file.display()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn model_and_analysis_know_nothing_of_terminals_or_upper_layers() {
    let forbidden = [
        "ratatui",
        "crossterm",
        "crate::app",
        "crate::ui",
        "crate::session",
        "crate::commands",
    ];
    let mut found = violations("model", &forbidden);
    found.extend(violations("analysis", &forbidden));
    found.extend(violations("model", &["crate::analysis"]));
    assert!(found.is_empty(), "{found:#?}");
}
