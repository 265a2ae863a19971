//! Replays every input that once made a fuzz target fail, kept in
//! `fuzz/regressions/<target>/`, through the same code and checks the fuzz
//! targets run (the two files are shared with the fuzz crate), so an ordinary
//! `cargo test` on stable keeps those bugs fixed.

use std::path::Path;

#[path = "../fuzz/src/checks.rs"]
mod checks;
#[path = "../fuzz/src/targets.rs"]
mod targets;

#[test]
fn fuzz_regressions_stay_fixed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut replayed = 0;
    for (name, run) in targets::TARGETS {
        let Ok(entries) = std::fs::read_dir(root.join(name)) else {
            continue;
        };
        for entry in entries.flatten() {
            let bytes = std::fs::read(entry.path()).expect("regression input");
            run(&bytes);
            replayed += 1;
        }
    }
    assert!(
        replayed > 0,
        "no regression input found under {}",
        root.display()
    );
}

#[test]
fn every_target_accepts_a_typical_input() {
    let seed =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/escapes.txt"))
            .expect("fixture");
    for (name, run) in targets::TARGETS {
        run(&seed);
        run(b"");
        run(name.as_bytes());
    }
}
