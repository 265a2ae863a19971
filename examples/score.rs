//! Prints how close the analysis comes to the hand-written gold stories.
//!
//! `cargo run --release --example score` scores every story under `tests/gold/`;
//! `-- --misses` also lists each miss; `-- --claims` lists every claim with its
//! group; `-- STORY` scores one story; `-- --root DIR` scores the stories in DIR
//! (`tests/holdout` holds stories kept out of tuning).

#[path = "../tests/gold/score.rs"]
mod score;

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    let dump = args.iter().any(|a| a == "--claims");
    let root = args
        .iter()
        .position(|a| a == "--root")
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from);
    let only: Vec<&String> = args
        .iter()
        .filter(|a| !a.starts_with("--") && root.as_deref().is_none_or(|r| r != Path::new(a)))
        .collect();
    let root = root.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold"));
    let mut total = score::Scores::default();
    let mut stories = 0;
    for dir in score::story_dirs(&root) {
        let name = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if !only.is_empty() && !only.iter().any(|o| **o == name) {
            continue;
        }
        let story = match score::load_story(&dir) {
            Ok(story) => story,
            Err(e) => {
                eprintln!("score: {e}");
                std::process::exit(1);
            }
        };
        let scores = match story.score() {
            Ok(scores) => scores,
            Err(e) => {
                eprintln!("score: {e}");
                std::process::exit(1);
            }
        };
        if dump {
            println!("{}", story.dump_claims());
        }
        println!("== {name}\n{}\n", scores.table());
        total.add(&scores);
        stories += 1;
    }
    println!("== all {stories} stories\n{}", total.table());
    if misses {
        println!();
        for miss in &total.misses {
            println!("{miss}");
        }
    }
}
