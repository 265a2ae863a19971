//! The report an editor reads, and the headless commands, with the analyst's
//! corrections: a summary of articles, counts, conflicts with each outlet's
//! value as written and omissions; verdicts over the machine's status; notes
//! with what the other outlets say there; `export`, `analyze --json --session`
//! and `facts --session` agreeing with the reader.

mod common;

use assert_cmd::Command;
use parallax::analysis::analyze;
use parallax::model::{Corpus, Span};
use parallax::session::export::{Format, export};
use parallax::session::{Anchor, CorrectionKind, Session, Target};
use serde_json::Value;

/// The harbour corpus with dates and addresses.
fn harbour() -> Corpus {
    let mut corpus = common::corpus(&common::HARBOUR);
    for (i, article) in corpus.articles.iter_mut().enumerate() {
        article.meta.date = Some(format!("2024-05-0{}", i + 1));
        article.meta.url = Some(format!("https://news.example/{i}"));
    }
    corpus
}

fn anchor(corpus: &Corpus, index: usize, needle: &str) -> Anchor {
    let article = &corpus.articles[index];
    let start = article.text.find(needle).expect("needle");
    Anchor::new(article, Span::new(start, start + needle.len()))
}

/// A session calling the modality dispute "not a conflict", with a note.
fn reviewed(corpus: &Corpus) -> Session {
    let mut session = Session::new(corpus);
    session.add_correction(CorrectionKind::ClaimVerdict {
        claims: vec![
            anchor(corpus, 0, "buy"),
            anchor(corpus, 1, "buy"),
            anchor(corpus, 2, "buying"),
        ],
        conflict: false,
    });
    session.add_note(
        Target::Text(anchor(corpus, 0, "120 workers")),
        "check the job count".into(),
    );
    session
}

#[test]
fn the_report_opens_with_a_summary_an_editor_can_use() {
    let corpus = harbour();
    let analysis = analyze(&corpus);
    let session = reviewed(&corpus);
    let md = export(Format::Markdown, &session, &corpus, &analysis);
    let summary = &md[..md.find("## Quotes").unwrap()];
    for needle in [
        "3 articles",
        "1 correction",
        "2024-05-01",
        "https://news.example/2",
        "$3.5 billion (Outlet 0; fewest) · $3.6 billion (Outlet 1, Outlet 2)",
    ] {
        assert!(summary.contains(needle), "{needle:?} in\n{summary}");
    }
    assert!(!md.contains("3500000000"), "money as written");
    assert!(
        md.contains("**Shared** — not a conflict (analyst)"),
        "the analyst's verdict over the machine's:\n{md}"
    );
    assert!(md.contains("## Corrections by the analyst"));
    assert!(md.contains("✱ not a conflict"));
    assert!(
        md.contains(
            "elsewhere, Outlet 2: “Some 120 workers would keep their jobs, the mayor said.”"
        ),
        "a note shows what the other outlets say there:\n{md}"
    );
    let html = export(Format::Html, &session, &corpus, &analysis);
    assert!(html.contains("not a conflict (analyst)") && html.contains("<h3>Conflicts</h3>"));
    let json: Value =
        serde_json::from_str(&export(Format::Json, &session, &corpus, &analysis)).unwrap();
    assert_eq!(json["summary"]["counts"]["corrections"], 1);
    assert_eq!(json["articles"][0]["url"], "https://news.example/0");
}

#[test]
fn omissions_per_outlet_are_in_the_summary() {
    let texts = [
        "A\n\nThe council approved 45 new homes on Tuesday. The mayor said 300 jobs would follow.",
        "B\n\nThe council approved 45 new homes on Tuesday. The mayor said 300 jobs would follow.",
        "C\n\nThe council approved 45 new homes on Tuesday. Critics said the plan came too late.",
    ];
    let corpus = common::corpus(&texts);
    let analysis = analyze(&corpus);
    let md = export(Format::Markdown, &Session::new(&corpus), &corpus, &analysis);
    let left_out = &md[md.find("### Left out").unwrap()..md.find("## Quotes").unwrap()];
    assert!(left_out.contains("**Outlet 2** leaves out"), "{left_out}");
    assert!(left_out.contains("300 jobs"), "{left_out}");
}

fn parallax() -> Command {
    Command::cargo_bin("parallax").unwrap()
}

/// The harbour articles as files and a saved session with a verdict on them.
fn saved_review() -> (tempfile::TempDir, Vec<String>, String) {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<String> = common::HARBOUR
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let path = dir.path().join(format!("a{i}.txt"));
            std::fs::write(&path, text).unwrap();
            path.display().to_string()
        })
        .collect();
    let corpus = parallax::model::load::load_paths(
        &paths
            .iter()
            .map(std::path::PathBuf::from)
            .collect::<Vec<_>>(),
    )
    .unwrap();
    let session = reviewed(&corpus);
    let session_path = dir.path().join("review.json");
    std::fs::write(&session_path, serde_json::to_string(&session).unwrap()).unwrap();
    (dir, paths, session_path.display().to_string())
}

#[test]
fn export_and_analyze_apply_the_sessions_corrections() {
    let (_dir, paths, session) = saved_review();
    let report = parallax()
        .args(["export", &session])
        .args(&paths)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report = String::from_utf8(report).unwrap();
    assert!(report.contains("not a conflict (analyst)"), "{report}");

    let plain = parallax()
        .args(["analyze", "--json"])
        .args(&paths)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let corrected = parallax()
        .args(["analyze", "--json", "--session", &session])
        .args(&paths)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let plain: Value = serde_json::from_slice(&plain).unwrap();
    let corrected: Value = serde_json::from_slice(&corrected).unwrap();
    let conflicts = |doc: &Value| {
        doc["claim_groups"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["status"] == "conflict")
            .count()
    };
    assert_eq!(conflicts(&corrected), conflicts(&plain) - 1);
    assert!(plain.get("corrections").is_none());
    assert_eq!(corrected["corrections"]["verdicts"][0]["conflict"], false);

    let facts = parallax()
        .args([
            "facts",
            "--json",
            "--status",
            "conflict",
            "--session",
            &session,
        ])
        .args(&paths)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let facts: Value = serde_json::from_slice(&facts).unwrap();
    assert_eq!(
        facts["rows"].as_array().unwrap().len(),
        1,
        "only the price is disputed"
    );
}

#[test]
fn a_session_flag_goes_with_analyze_but_not_before_a_command() {
    let (_dir, paths, session) = saved_review();
    parallax()
        .args(["--session", &session, "analyze"])
        .args(&paths)
        .assert()
        .code(2);
    parallax()
        .args(["analyze", "--session", "/no/such/session.json"])
        .args(&paths)
        .assert()
        .failure()
        .stderr(predicates::str::contains("cannot read session"));
}
