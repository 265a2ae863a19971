//! Sessions never mix projects, never destroy the user's files, never reuse an
//! id, keep what a later version wrote, follow links, survive read-only storage
//! and special files, and re-anchor many marks quickly.

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use parallax::model::load::load_paths;
use parallax::model::{Article, ArticleMeta, Corpus, Span};
use parallax::session::{Anchor, MarkKind, Session, SessionError, SessionStore, Target};
use serde_json::Value;

/// Set to a data folder, makes [`project_helper_adds_a_note`] open the session
/// of `corpus/a.txt` in its working folder, add a note and save.
const HELPER_ENV: &str = "PARALLAX_TEST_PROJECT_HELPER";

fn parallax() -> Command {
    Command::cargo_bin("parallax").expect("binary")
}

fn corpus() -> Corpus {
    let mut corpus = Corpus::default();
    let meta = ArticleMeta {
        id: "a".into(),
        path: "a.txt".into(),
        outlet: "A".into(),
        ..ArticleMeta::default()
    };
    corpus.push(Article::from_text(
        meta,
        "Strike ends\n\nThe union said \"we won\" after talks.".into(),
        true,
    ));
    corpus
}

fn note_target(corpus: &Corpus) -> Target {
    let article = &corpus.articles[0];
    let start = article.text.find("we won").expect("needle");
    Target::Text(Anchor::new(article, Span::new(start, start + 6)))
}

fn notes(session: &Session) -> Vec<String> {
    session
        .marks
        .iter()
        .filter_map(|m| match &m.kind {
            MarkKind::Note { text } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// Not a test on its own: with [`HELPER_ENV`] set, acts as one run of the reader
/// in its working folder. Does nothing otherwise.
#[test]
fn project_helper_adds_a_note() {
    let Some(data) = std::env::var_os(HELPER_ENV) else {
        return;
    };
    let corpus = load_paths(&[PathBuf::from("corpus/a.txt")]).expect("load");
    let (store, mut session, _) = SessionStore::open_in(Path::new(&data), &corpus).expect("open");
    let here = std::env::current_dir().expect("cwd");
    let project = here
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    session.add_note(note_target(&corpus), format!("note of {project}"));
    store.save(&session).expect("save");
}

#[test]
fn another_project_with_the_same_relative_paths_gets_its_own_session() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("data");
    let exe = std::env::current_exe().expect("test binary");
    for (project, story) in [("alpha", "Port strike"), ("beta", "Dam ruling")] {
        let dir = root.path().join(project).join("corpus");
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(
            dir.join("a.txt"),
            format!("{story}\n\nThe union said \"we won\" after talks in {project}."),
        )
        .expect("write");
        let status = Process::new(&exe)
            .args(["--exact", "project_helper_adds_a_note"])
            .current_dir(root.path().join(project))
            .env(HELPER_ENV, &data)
            .status()
            .expect("helper");
        assert!(status.success());
    }
    let sessions: Vec<Session> = std::fs::read_dir(&data)
        .expect("list")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .map(|e| Session::from_json(&std::fs::read(e.path()).expect("read")).expect("session"))
        .collect();
    assert_eq!(sessions.len(), 2, "one session per project");
    for session in &sessions {
        assert_eq!(notes(session).len(), 1, "{:?}", notes(session));
    }
}

#[test]
fn a_file_that_is_not_a_session_is_refused_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let c = corpus();
    for (name, contents) in [
        ("notes.md", "# My notes\n\nNothing to do with Parallax.\n"),
        ("article.json", r#"{"title": "T", "maintext": "Body."}"#),
        ("package.json", r#"{"name": "x", "version": "1.0.0"}"#),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, contents).expect("write");
        let err = SessionStore::open(Some(path.clone()), &c).expect_err(name);
        assert!(matches!(err, SessionError::NotASession { .. }), "{err}");
        assert!(err.to_string().contains("left untouched"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), contents);
    }
    let listed: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .collect();
    assert_eq!(listed.len(), 3, "no lock, corrupt or temporary file left");
    let empty = dir.path().join("empty.json");
    std::fs::write(&empty, "").expect("write");
    let (store, session, _) = SessionStore::open(Some(empty.clone()), &c).expect("empty is fine");
    store.save(&session).expect("save");
    assert!(Session::from_json(&std::fs::read(&empty).expect("read")).is_ok());
}

#[test]
fn mark_ids_never_wrap_or_collide() {
    let dir = tempfile::tempdir().expect("temp dir");
    let c = corpus();
    let anchor = serde_json::to_value(note_target(&c)).expect("json");
    let mark = |id: u64| {
        serde_json::json!({"id": id, "target": anchor, "created": 0, "updated": 0,
                           "kind": {"type": "note", "text": format!("n{id}")}})
    };
    let path = dir.path().join("s.json");
    let file = serde_json::json!({"version": 1, "corpus": [], "next_id": u64::MAX,
                                  "marks": [mark(u64::MAX), mark(7), mark(7)]});
    std::fs::write(&path, file.to_string()).expect("write");
    let (_store, mut session, _) = SessionStore::open(Some(path), &c).expect("open");
    let first = session.add_note(note_target(&c), "new".into());
    let second = session.add_note(note_target(&c), "newer".into());
    let mut ids: Vec<u64> = session.marks.iter().map(|m| m.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 5, "ids are unique: {ids:?}");
    assert!(first < second && second < session.next_id && session.next_id < u64::MAX);
    assert!(session.remove_mark(first));
    assert_eq!(session.marks.len(), 4, "one delete removes one mark");
}

#[test]
fn a_linked_session_file_is_written_through_and_stays_a_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real = dir.path().join("real").join("review.json");
    std::fs::create_dir_all(real.parent().expect("parent")).expect("mkdir");
    let link = dir.path().join("review.json");
    std::os::unix::fs::symlink("real/review.json", &link).expect("symlink");
    let c = corpus();
    for round in 0..2 {
        let (store, mut session, _) = SessionStore::open(Some(link.clone()), &c).expect("open");
        assert_eq!(session.marks.len(), round);
        session.add_note(note_target(&c), format!("round {round}"));
        store.save(&session).expect("save");
        assert!(link.symlink_metadata().expect("meta").is_symlink());
    }
    let saved = Session::from_json(&std::fs::read(&real).expect("read")).expect("session");
    assert_eq!(notes(&saved), ["round 0", "round 1"]);
}

#[test]
fn unknown_fields_survive_a_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("s.json");
    let c = corpus();
    let (store, mut session, _) = SessionStore::open(Some(path.clone()), &c).expect("open");
    session.add_note(note_target(&c), "first".into());
    store.save(&session).expect("save");
    drop(store);
    let mut json: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
    json["review_state"] = serde_json::json!({"assigned": "desk"});
    json["marks"][0]["colour"] = "red".into();
    json["marks"][0]["target"]["weight"] = 3.into();
    json["corpus"][0]["language"] = "en".into();
    std::fs::write(&path, json.to_string()).expect("write");
    let (store, mut session, _) = SessionStore::open(Some(path.clone()), &c).expect("reopen");
    session.add_note(note_target(&c), "second".into());
    store.save(&session).expect("save");
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
    assert_eq!(json["review_state"]["assigned"], "desk");
    assert_eq!(json["marks"][0]["colour"], "red");
    assert_eq!(json["marks"][0]["target"]["weight"], 3);
    assert_eq!(json["corpus"][0]["language"], "en");
    assert_eq!(json["marks"].as_array().map(Vec::len), Some(2));
}

/// A saved session over a real article file; returns (session, article).
fn saved_session(dir: &Path) -> (PathBuf, PathBuf) {
    let article = dir.join("a.txt");
    std::fs::write(
        &article,
        "Strike ends\n\nThe union said \"we won\" after talks.",
    )
    .expect("write");
    let corpus = load_paths(std::slice::from_ref(&article)).expect("load");
    let path = dir.join("review.json");
    let (store, mut session, _) = SessionStore::open(Some(path.clone()), &corpus).expect("open");
    session.add_note(note_target(&corpus), "keep me".into());
    store.save(&session).expect("save");
    (path, article)
}

#[test]
fn export_never_writes_over_a_session_or_an_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (session, article) = saved_session(dir.path());
    let other = dir.path().join("other.json");
    std::fs::copy(&session, &other).expect("copy");
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&session, &link).expect("symlink");
    let before_session = std::fs::read(&session).expect("read");
    let before_article = std::fs::read(&article).expect("read");
    for (target, why) in [
        (&session, "session file itself"),
        (&link, "session file itself"),
        (&article, "is the article"),
        (&other, "is a Parallax session"),
    ] {
        parallax()
            .arg("export")
            .arg(&session)
            .arg("-o")
            .arg(target)
            .assert()
            .failure()
            .stderr(predicates::str::contains(why));
    }
    assert_eq!(std::fs::read(&session).expect("read"), before_session);
    assert_eq!(std::fs::read(&article).expect("read"), before_article);
    let report = dir.path().join("report.md");
    parallax()
        .arg("export")
        .arg(&session)
        .arg("-o")
        .arg(&report)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&report)
            .expect("read")
            .contains("keep me")
    );
}

/// A folder this process cannot write: a read-only directory, or, for root
/// (whom permissions do not stop), a folder in sysfs, which refuses everyone.
fn unwritable(dir: &Path) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let locked = dir.join("locked");
    std::fs::create_dir(&locked).expect("mkdir");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    if std::fs::write(locked.join("probe"), "x").is_err() {
        return locked.join("sessions");
    }
    PathBuf::from("/sys/parallax-test-unwritable/sessions")
}

#[test]
fn read_only_storage_opens_read_only_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = unwritable(dir.path());
    let c = corpus();
    let (store, mut session, report) = SessionStore::open_in(&sessions, &c).expect("opens");
    assert!(store.read_only);
    assert!(
        report.notices.iter().any(|n| n.contains("read-only")),
        "{:?}",
        report.notices
    );
    assert!(
        store
            .read_only_reason()
            .is_some_and(|r| r.contains("cannot be written")),
        "{:?}",
        store.read_only_reason()
    );
    session.add_note(note_target(&c), "in memory".into());
    let err = store.save(&session).expect_err("read-only");
    assert!(matches!(err, SessionError::ReadOnly { .. }), "{err}");
}

fn mkfifo(path: &Path) {
    assert!(
        Process::new("mkfifo")
            .arg(path)
            .status()
            .expect("mkfifo")
            .success()
    );
}

#[test]
fn fifos_among_sessions_are_skipped_and_refused_not_waited_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = dir.path().join("sessions");
    std::fs::create_dir(&sessions).expect("mkdir");
    mkfifo(&sessions.join("stuck.json"));
    let started = Instant::now();
    parallax()
        .env("PARALLAX_DATA_DIR", dir.path())
        .arg("sessions")
        .timeout(Duration::from_secs(20))
        .assert()
        .success();
    let c = corpus();
    SessionStore::open_in(&sessions, &c).expect("opens beside a FIFO");
    let err = SessionStore::open(Some(sessions.join("stuck.json")), &c).expect_err("FIFO");
    assert!(err.to_string().contains("is a pipe (FIFO)"), "{err}");
    parallax()
        .arg("export")
        .arg(sessions.join("stuck.json"))
        .timeout(Duration::from_secs(20))
        .assert()
        .failure();
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn a_thousand_orphaned_marks_on_a_megabyte_reanchor_quickly() {
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 1024 * 1024 {
        n += 1;
        text.push_str(&format!("Sentence {n} of the long article. "));
        if n % 200 == 0 {
            text.push_str("\n\n");
        }
    }
    let meta = ArticleMeta {
        id: "big".into(),
        ..ArticleMeta::default()
    };
    let mut big = Corpus::default();
    big.push(Article::from_text(meta, text, false));
    let mut session = Session::new(&big);
    for i in 0..1000 {
        let mut anchor = Anchor::new(&big.articles[0], Span::new(0, 8));
        anchor.quoted = format!("gone {i}");
        anchor.fingerprint = "old".into();
        session.add_note(Target::Text(anchor), "n".into());
    }
    let started = Instant::now();
    let report = session.reattach_all(&big);
    let took = started.elapsed();
    assert_eq!(report.orphaned, 1000);
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn marks_and_corrections_never_share_an_id() {
    let dir = tempfile::tempdir().expect("temp dir");
    let c = corpus();
    let target = note_target(&c);
    let anchor = serde_json::to_value(&target).expect("json");
    let sentence = match &target {
        Target::Text(a) => serde_json::to_value(a).expect("json"),
        other => panic!("a note target is text: {other:?}"),
    };
    // A tampered file: a mark and a correction with the same id.
    let file = serde_json::json!({"version": 2, "corpus": [], "next_id": 3,
        "marks": [{"id": 2, "target": anchor, "created": 0, "updated": 0,
                   "kind": {"type": "note", "text": "n"}}],
        "corrections": [{"id": 2, "created": 0,
                         "kind": {"type": "link_sentences", "sentences": [sentence, sentence]}}]});
    let path = dir.path().join("s.json");
    std::fs::write(&path, file.to_string()).expect("write");
    let (_store, mut session, _) = SessionStore::open(Some(path), &c).expect("open");
    let note = session.add_note(note_target(&c), "new".into());
    let mut ids: Vec<u64> = session.marks.iter().map(|m| m.id).collect();
    ids.extend(session.corrections.iter().map(|k| k.id));
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(
        ids.len(),
        3,
        "ids are unique across marks and corrections: {ids:?}"
    );
    assert!(note < session.next_id);
}
