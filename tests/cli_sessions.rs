//! `parallax sessions` and `parallax export` on a session saved by the library.

use assert_cmd::Command;
use parallax::model::load::load_seeds;
use parallax::session::{Anchor, SessionStore, Target};
use predicates::prelude::*;

/// Saves a session over the seeds with one note, in `dir/sessions`.
fn saved_session(dir: &std::path::Path) -> std::path::PathBuf {
    let corpus = load_seeds();
    let (store, mut session, _) = SessionStore::open_in(&dir.join("sessions"), &corpus).unwrap();
    let article = &corpus.articles[2];
    let start = article.text.find("Further, the U.S.").unwrap();
    let span = parallax::model::Span::new(start, start + 40);
    session.add_note(
        Target::Text(Anchor::new(article, span)),
        "Agreed or considering? Ask the desk.".into(),
    );
    store.save(&session).unwrap();
    store.path().to_path_buf()
}

#[test]
fn export_writes_markdown_with_notes_quotes_and_claims() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_session(dir.path());
    Command::cargo_bin("parallax")
        .unwrap()
        .current_dir(dir.path())
        .args(["export", path.to_str().unwrap(), "--format", "md"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Agreed or considering? Ask the desk.")
                .and(predicate::str::contains("Jens Stoltenberg"))
                .and(predicate::str::contains("Artillery-deal report")),
        );
}

#[test]
fn export_html_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_session(dir.path());
    let out = dir.path().join("report.html");
    Command::cargo_bin("parallax")
        .unwrap()
        .args([
            "export",
            path.to_str().unwrap(),
            "--format",
            "html",
            "-o",
            out.to_str().unwrap(),
        ])
        .assert()
        .success();
    let html = std::fs::read_to_string(out).unwrap();
    assert!(html.contains("Ask the desk"));
    assert!(!html.contains("<script"));
}

#[test]
fn sessions_lists_saved_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_session(dir.path());
    Command::cargo_bin("parallax")
        .unwrap()
        .env("PARALLAX_DATA_DIR", dir.path())
        .arg("sessions")
        .assert()
        .success()
        .stdout(
            predicate::str::contains(path.file_name().unwrap().to_str().unwrap())
                .and(predicate::str::contains("1 marks")),
        );
}

#[test]
fn export_of_a_corrupt_file_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{ not json").unwrap();
    Command::cargo_bin("parallax")
        .unwrap()
        .args(["export", bad.to_str().unwrap()])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "bad.json: not a Parallax session file",
        ));
}
