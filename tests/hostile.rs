//! Hostile input through the real binary: every field that can carry an escape
//! sequence (crawler metadata, manifest entries, file and folder names, session
//! fields, error paths) × every command that prints it. Nothing a terminal could
//! act on may reach standard output or standard error: no ESC, no BEL, no C1
//! control, no bidi override.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use parallax::model::load::load_paths;
use parallax::session::{Anchor, SessionStore, Target, Verdict};
use serde_json::Value;

/// Every kind of sequence the issue names: OSC 0 (title), OSC 52 (clipboard),
/// CSI, OSC 8 (hyperlink), DCS, and the C1 forms of CSI and OSC; then a bidi
/// override and a zero-width space. All of it is removed from a one-line field.
const PAYLOAD: &str = "\u{1b}]0;pwned\u{7}\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\u{1b}[31m\
\u{1b}]8;;http://evil.example/\u{1b}\\\u{1b}]8;;\u{1b}\\\u{1b}Pq#0;2;0;0;0\u{1b}\\\
\u{9b}2J\u{9d}0;pwned\u{9c}\u{202e}\u{200b}";

/// The payload without `/`, for file and folder names.
const NAME_PAYLOAD: &str = "\u{1b}]0;pwned\u{7}\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\u{9b}2J\u{202e}";

/// Two articles sharing a quote and a claim, so every command prints outlets.
const BODY_A: &str = "The union said \"we won a fair deal for every worker\" after talks on Friday. The strike cost 300 jobs at the port, officials said.";
/// The other outlet's version of [`BODY_A`].
const BODY_B: &str = "Union leaders said \"we won a fair deal for every worker\" late on Friday. The strike cost 300 jobs at the port, according to officials.";

fn parallax() -> Command {
    let mut cmd = Command::cargo_bin("parallax").expect("binary");
    cmd.env_remove("PARALLAX_DATA_DIR");
    cmd
}

/// A field value with the payload in the middle: cleaned, it reads `{left}{right}`.
fn hostile(left: &str, right: &str) -> String {
    format!("{left}{PAYLOAD}{right}")
}

/// Fails when `bytes` holds anything a terminal could act on.
fn assert_inert(bytes: &[u8], what: &str) {
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<(usize, char)> = text
        .char_indices()
        .filter(|&(_, c)| {
            (c.is_control() && c != '\n' && c != '\t')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect();
    let around: String = bad
        .first()
        .map(|&(at, _)| text[..at].chars().rev().take(30).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .rev()
        .collect();
    assert!(
        bad.is_empty() && !bytes.contains(&0x1b) && !bytes.contains(&0x07),
        "{what}: {} terminal-active character(s), first {:?} after {around:?}",
        bad.len(),
        bad.first(),
    );
}

/// Runs `cmd`, checks both streams are inert, and returns stdout.
fn run_inert(cmd: &mut Command, what: &str) -> (bool, String, String) {
    let out = cmd.output().expect("run parallax");
    assert_inert(&out.stdout, &format!("{what} stdout"));
    assert_inert(&out.stderr, &format!("{what} stderr"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The printing commands over `folder` (and the pair `a`, `b` for `align`).
fn commands(folder: &Path, a: &Path, b: &Path) -> Vec<(String, Vec<OsString>)> {
    let mut all = Vec::new();
    for name in ["analyze", "quotes", "claims"] {
        for json in [false, true] {
            let mut args: Vec<OsString> = vec![name.into()];
            if json {
                args.push("--json".into());
            }
            args.push(folder.into());
            all.push((format!("{name} json={json}"), args));
        }
    }
    for json in [false, true] {
        let mut args: Vec<OsString> = vec!["align".into()];
        if json {
            args.push("--json".into());
        }
        args.extend([a.into(), b.into()]);
        all.push((format!("align json={json}"), args));
    }
    all
}

/// A crawler record as JSON with `field` set to a hostile value.
fn record(body: &str, field: &str, value: &str) -> String {
    let mut record = serde_json::json!({
        "title": "Strike ends",
        "maintext": body,
        "source_domain": "www.example.com",
        "date_publish": "2024-03-04",
        "url": "https://example.com/a",
    });
    record[field] = Value::String(value.to_string());
    record.to_string()
}

#[test]
fn crawler_metadata_never_reaches_the_terminal() {
    for field in ["title", "source_domain", "date_publish", "url", "maintext"] {
        let dir = tempfile::tempdir().expect("temp dir");
        let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
        let value = if field == "maintext" {
            format!("{BODY_A} {}", hostile("Mid", "dle"))
        } else {
            hostile("Wire", "Service")
        };
        std::fs::write(&a, record(BODY_A, field, &value)).expect("write");
        std::fs::write(&b, record(BODY_B, "title", "Strike over")).expect("write");
        let mut printed = false;
        for (what, args) in commands(dir.path(), &a, &b) {
            let (ok, stdout, _) = run_inert(parallax().args(&args), &format!("{field}: {what}"));
            assert!(ok, "{field}: {what} failed");
            printed |= stdout.contains("WireService") || stdout.contains("MidE");
        }
        let corpus = load_paths(&[a]).expect("load");
        let meta = &corpus.articles[0].meta;
        for value in [&meta.title, &meta.outlet, &meta.id]
            .into_iter()
            .chain(meta.date.as_ref())
            .chain(meta.url.as_ref())
        {
            assert!(!value.contains(['\u{1b}', '\u{9b}', '\u{202e}', '\u{200b}']));
        }
        if field != "maintext" && field != "date_publish" && field != "url" {
            assert!(printed, "{field}: the cleaned value was never printed");
        }
    }
}

#[test]
fn manifest_fields_never_reach_the_terminal() {
    for field in ["label", "name", "title", "date", "url"] {
        let dir = tempfile::tempdir().expect("temp dir");
        let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
        std::fs::write(&a, format!("Strike ends\n\n{BODY_A}")).expect("write");
        std::fs::write(&b, format!("Strike over\n\n{BODY_B}")).expect("write");
        let value = toml::Value::String(hostile("Wire", "Service"));
        std::fs::write(
            dir.path().join("manifest.toml"),
            format!("[[article]]\nfile = \"a.txt\"\n{field} = {value}\n"),
        )
        .expect("write");
        let mut printed = false;
        for (what, args) in commands(dir.path(), &a, &b) {
            let (ok, stdout, _) = run_inert(parallax().args(&args), &format!("{field}: {what}"));
            assert!(ok, "{field}: {what} failed");
            printed |= stdout.contains("WireService");
        }
        if matches!(field, "label" | "name" | "title") {
            assert!(printed, "{field}: the cleaned value was never printed");
        }
    }
}

/// A folder named with the payload, holding an article named with it too.
fn hostile_names(root: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let folder = root.join(format!("Desk{NAME_PAYLOAD}"));
    std::fs::create_dir(&folder).expect("mkdir");
    let a = folder.join(format!("Wire{NAME_PAYLOAD}Service.txt"));
    let b = folder.join("b.txt");
    std::fs::write(&a, format!("Strike ends\n\n{BODY_A}")).expect("write");
    std::fs::write(&b, format!("Strike over\n\n{BODY_B}")).expect("write");
    (folder, a, b)
}

#[test]
fn file_and_folder_names_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (folder, a, b) = hostile_names(dir.path());
    for (what, args) in commands(&folder, &a, &b) {
        let (ok, _, _) = run_inert(parallax().args(&args), &what);
        assert!(ok, "{what} failed");
    }
    let (ok, stdout, _) = run_inert(parallax().args(["analyze", "--json"]).arg(&a), "json");
    assert!(ok);
    let doc: Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(
        doc["articles"][0]["path"].as_str(),
        a.to_str(),
        "JSON keeps the real path, escaped"
    );
    assert_eq!(doc["articles"][0]["id"], "WireService");
    let (ok, _, _) = run_inert(parallax().arg("sentences").arg(&a), "sentences");
    assert!(ok);
}

#[test]
fn error_messages_naming_hostile_paths_are_inert() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (folder, _, _) = hostile_names(dir.path());
    let binary = folder.join(format!("bin{NAME_PAYLOAD}.txt"));
    std::fs::write(&binary, b"a\0b").expect("write");
    let empty = folder.join(format!("empty{NAME_PAYLOAD}.txt"));
    std::fs::write(&empty, b"   ").expect("write");
    let bad_json = folder.join(format!("bad{NAME_PAYLOAD}.json"));
    std::fs::write(&bad_json, "{\"maintext\": ").expect("write");
    let no_articles = dir.path().join(format!("none{NAME_PAYLOAD}"));
    std::fs::create_dir(&no_articles).expect("mkdir");
    let missing = folder.join(format!("missing{NAME_PAYLOAD}.txt"));
    let cases: Vec<(&str, Vec<OsString>)> = vec![
        ("binary", vec!["analyze".into(), binary.into()]),
        ("empty", vec!["claims".into(), empty.clone().into()]),
        ("bad json", vec!["quotes".into(), bad_json.into()]),
        ("no articles", vec!["analyze".into(), no_articles.into()]),
        ("missing", vec!["analyze".into(), missing.clone().into()]),
        (
            "missing sentences",
            vec!["sentences".into(), missing.into()],
        ),
        ("folder sentences", vec!["sentences".into(), folder.into()]),
        ("export missing", vec!["export".into(), empty.into()]),
        ("bad argument", vec![format!("--{NAME_PAYLOAD}").into()]),
    ];
    for (what, args) in cases {
        let (ok, _, stderr) = run_inert(parallax().args(&args), what);
        assert!(!ok, "{what} should fail");
        assert!(!stderr.trim().is_empty(), "{what}: no message");
    }
}

#[test]
fn hostile_manifest_keys_and_warnings_are_inert() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.txt"), BODY_A).expect("write");
    std::fs::write(
        dir.path().join("manifest.toml"),
        format!(
            "[[article]]\nfile = \"a.txt\"\n{} = 1\n",
            toml::Value::String(NAME_PAYLOAD.into())
        ),
    )
    .expect("write");
    let (ok, _, stderr) = run_inert(parallax().arg("analyze").arg(dir.path()), "manifest key");
    assert!(!ok && stderr.contains("bad manifest"), "{stderr}");

    let dir = tempfile::tempdir().expect("temp dir");
    let body = format!("{BODY_A}{PAYLOAD}\u{1b}]0;unterminated");
    let name = dir.path().join(format!("w{NAME_PAYLOAD}.txt"));
    std::fs::write(&name, body).expect("write");
    let (ok, _, stderr) = run_inert(parallax().arg("analyze").arg(&name), "warning");
    assert!(ok && stderr.contains("warning"), "{stderr}");
}

/// Saves a session over two hostile-named articles with hostile marks, then
/// writes hostile values into every other string field of the file.
fn hostile_session(dir: &Path) -> (PathBuf, PathBuf) {
    let (_, a, b) = hostile_names(dir);
    let corpus = load_paths(&[a, b]).expect("load");
    let sessions = dir.join("data").join("sessions");
    let (store, mut session, _) = SessionStore::open_in(&sessions, &corpus).expect("open");
    let article = &corpus.articles[0];
    let start = article.text.find("we won").expect("quote");
    let anchor = Anchor::new(article, parallax::model::Span::new(start, start + 6));
    session.add_note(
        Target::Text(anchor.clone()),
        hostile("Note", "Text") + "\nsecond line",
    );
    session.set_flag(Target::Text(anchor.clone()), hostile("Tag", "Name"));
    session.set_verdict(
        Target::QuoteGroup {
            anchors: vec![anchor],
        },
        Verdict::Disputed,
        hostile("Reason", "Text"),
    );
    store.save(&session).expect("save");
    let path = store.path().to_path_buf();
    drop(store);
    let mut json: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
    json["corpus"][0]["outlet"] = hostile("Out", "let").into();
    json["corpus"][1]["id"] = hostile("b", "").into();
    json["pair"] = serde_json::json!([hostile("x", ""), hostile("y", "")]);
    for mark in json["marks"].as_array_mut().expect("marks") {
        let anchor = match mark["target"]["type"].as_str() {
            Some("text") => &mut mark["target"],
            _ => &mut mark["target"]["anchors"][0],
        };
        anchor["before"] = hostile("Be", "fore").into();
        anchor["after"] = hostile("Af", "ter").into();
    }
    json["marks"][0]["target"]["quoted"] = hostile("we", " won").into();
    std::fs::write(&path, json.to_string()).expect("write");
    (path, dir.join("data"))
}

#[test]
fn session_fields_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (session, data) = hostile_session(dir.path());
    let (ok, stdout, _) = run_inert(
        parallax().env("PARALLAX_DATA_DIR", &data).arg("sessions"),
        "sessions",
    );
    assert!(ok && stdout.contains("3 marks"), "{stdout}");
    for format in ["md", "html", "json"] {
        let (ok, stdout, stderr) = run_inert(
            parallax()
                .current_dir(dir.path())
                .args(["export", "--format", format])
                .arg(&session),
            &format!("export {format}"),
        );
        assert!(ok, "export {format}: {stderr}");
        assert!(
            stdout.contains("NoteText"),
            "export {format}: note missing: {stdout}"
        );
        assert!(
            stdout.contains("ReasonText"),
            "export {format}: reason missing"
        );
    }
}
