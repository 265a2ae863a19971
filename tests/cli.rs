//! The real binary, driven as a user or a script would.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn parallax() -> Command {
    Command::cargo_bin("parallax").unwrap()
}

fn fixture(rel: &str) -> String {
    format!("{}/tests/fixtures/{rel}", env!("CARGO_MANIFEST_DIR"))
}

fn json_of(cmd: &mut Command) -> Value {
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("stdout is JSON")
}

/// Every sentence span slices exactly its text, by bytes.
fn assert_spans_exact(article: &Value) {
    let text = article["text"].as_str().unwrap().as_bytes();
    for s in article["sentences"].as_array().unwrap() {
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            std::str::from_utf8(&text[start..end]).unwrap(),
            s["text"].as_str().unwrap()
        );
    }
}

#[test]
fn analyze_json_on_seeds_lists_five_articles_with_exact_spans() {
    let doc = json_of(parallax().args([
        "analyze",
        "--json",
        &format!("{}/seeds", env!("CARGO_MANIFEST_DIR")),
    ]));
    assert_eq!(doc["version"], 1);
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    for article in articles {
        for key in [
            "id",
            "path",
            "outlet",
            "title",
            "text",
            "sentences",
            "quotes",
            "claims",
        ] {
            assert!(article.get(key).is_some(), "missing {key}");
        }
        assert!(article["sentences"].as_array().unwrap().len() > 5);
        assert_spans_exact(article);
    }
    assert!(doc["quote_groups"].is_array() && doc["claim_groups"].is_array());
}

#[test]
fn analyze_without_paths_uses_embedded_seeds_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    let doc = json_of(
        parallax()
            .current_dir(dir.path())
            .args(["analyze", "--json"]),
    );
    assert_eq!(doc["articles"].as_array().unwrap().len(), 5);
    assert_eq!(doc["articles"][0]["outlet"], "RT");
}

#[test]
fn analyze_stdin_quote_then_sentence_gives_two_sentences() {
    let doc = json_of(
        parallax()
            .args(["analyze", "--json", "-"])
            .write_stdin("He said \"hello there.\" Then he left.\n"),
    );
    let sentences = doc["articles"][0]["sentences"].as_array().unwrap();
    let texts: Vec<&str> = sentences
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["He said \"hello there.\"", "Then he left."]);
}

#[test]
fn sentences_command_prints_one_per_line() {
    parallax()
        .args(["sentences", "-"])
        .write_stdin("I live in the U.S. How about you?\n")
        .assert()
        .success()
        .stdout("I live in the U.S.\nHow about you?\n");
}

#[test]
fn sentences_json_has_byte_spans() {
    let doc = json_of(
        parallax()
            .args(["sentences", "--json", "-"])
            .write_stdin("Über alles. Zweiter Satz.\n"),
    );
    assert_eq!(doc[1]["start"], 13);
    assert_eq!(doc[1]["text"], "Zweiter Satz.");
}

#[test]
fn analyze_text_summary_names_outlets() {
    parallax()
        .args(["analyze", &fixture("folder")])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("[Valley Times]").and(predicate::str::contains("2 articles")),
        );
}

#[test]
fn fatal_inputs_exit_non_zero_with_one_line_naming_the_file() {
    for (rel, problem) in [
        ("bad/binary.txt", "binary file"),
        ("bad/empty.txt", "empty file"),
        ("bad/emptydir", "no articles"),
        ("bad/missing.txt", "no such file"),
    ] {
        let out = parallax()
            .args(["analyze", &fixture(rel)])
            .assert()
            .failure()
            .get_output()
            .clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(rel) && stderr.contains(problem), "{stderr}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn invalid_utf8_warns_but_succeeds() {
    parallax()
        .args(["analyze", &fixture("bad/latin1.txt")])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "latin1.txt: invalid UTF-8 at byte 3",
        ));
}

#[test]
fn escape_sequences_in_articles_never_reach_stdout() {
    let out = parallax()
        .args(["analyze", &fixture("bad/escapes.txt")])
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(!out.stdout.contains(&0x1b), "raw ESC in output");
    assert!(!out.stdout.contains(&0x07), "raw BEL in output");
}

#[test]
fn sentences_refuses_a_folder() {
    parallax()
        .args(["sentences", &fixture("folder")])
        .assert()
        .failure()
        .stderr(predicate::str::contains("is a folder"));
}

#[test]
fn align_needs_two_articles() {
    parallax()
        .args([
            "align",
            &fixture("json/crawl.jsonl"),
            &fixture("json/record.json"),
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("exactly two articles"));
}

#[test]
fn help_shows_examples() {
    parallax().arg("--help").assert().success().stdout(
        predicate::str::contains("Examples:")
            .and(predicate::str::contains("parallax analyze --json")),
    );
}

#[test]
fn analyze_json_says_what_a_conflict_disputes_with_exact_spans() {
    let doc = json_of(parallax().args([
        "analyze",
        "--json",
        &format!("{}/seeds", env!("CARGO_MANIFEST_DIR")),
    ]));
    let articles = doc["articles"].as_array().unwrap();
    let text_of = |id: &str| {
        articles
            .iter()
            .find(|a| a["id"] == id)
            .and_then(|a| a["text"].as_str())
            .unwrap()
            .to_string()
    };
    let conflicting: Vec<&Value> = doc["claim_groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["status"] == "conflict")
        .collect();
    assert!(!conflicting.is_empty());
    for group in conflicting {
        let conflicts = group["conflicts"].as_array().unwrap();
        assert!(!conflicts.is_empty(), "{group}");
        for value in conflicts[0]["values"].as_array().unwrap() {
            let text = text_of(value["article"].as_str().unwrap());
            let (start, end) = (
                value["start"].as_u64().unwrap() as usize,
                value["end"].as_u64().unwrap() as usize,
            );
            assert!(start < end && end <= text.len(), "{value}");
        }
    }
    for group in doc["quote_groups"].as_array().unwrap() {
        assert!(group["speakers_differ"].is_boolean());
    }
}
