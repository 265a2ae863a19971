//! The session file: round trips, locking, corrupt and newer files, listing, and
//! continuing a session over edited articles. (Saves killed mid-write are tested
//! in `session_kill.rs`.)

mod common;

use std::path::{Path, PathBuf};

use common::sessions::{anchor, session_path, strike_corpus};
use parallax::model::Corpus;
use parallax::session::store::corpus_key;
use parallax::session::{SessionError, SessionStore, Target, Verdict, list_sessions};

#[test]
fn every_mark_type_round_trips() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_path(dir.path());
    let c = strike_corpus();
    let (store, mut session, report) = SessionStore::open(Some(path.clone()), &c).expect("open");
    assert!(report.notices.is_empty());
    assert!(session.marks.is_empty());
    session.add_note(
        Target::Text(anchor(&c, 0, "we won")),
        "Note with \"quotes\" and ünïcode".into(),
    );
    session.set_flag(
        Target::Text(anchor(&c, 1, "late on Friday")),
        "missing-context".into(),
    );
    session.set_flag(
        Target::Text(anchor(&c, 1, "Union leaders")),
        "my-own-tag".into(),
    );
    let quotes = Target::QuoteGroup {
        anchors: vec![anchor(&c, 0, "we won"), anchor(&c, 1, "we won a fair deal")],
    };
    session.set_verdict(quotes, Verdict::Misquoted, "B adds words".into());
    let claims = Target::ClaimGroup {
        anchors: vec![anchor(&c, 0, "Port strike ends")],
    };
    session.set_verdict(claims, Verdict::Supported, String::new());
    session.pair = Some(("a".into(), "b".into()));
    session.positions.push(parallax::session::Position {
        article_id: "b".into(),
        cursor_offset: 7,
        top_offset: 3,
    });
    store.save(&session).expect("save");
    drop(store);

    let (_store, loaded, report) = SessionStore::open(Some(path.clone()), &c).expect("reopen");
    assert_eq!(loaded, session);
    assert_eq!(report.reattach.unchanged, 5);
    let text = std::fs::read_to_string(&path).expect("file");
    let json: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(json["version"], 1);
    assert_eq!(json["marks"][3]["kind"]["type"], "verdict");
    assert_eq!(json["marks"][3]["target"]["type"], "quote_group");
}

#[test]
fn second_open_is_refused_until_the_first_closes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_path(dir.path());
    let c = strike_corpus();
    let (first, _, _) = SessionStore::open(Some(path.clone()), &c).expect("open");
    let err = SessionStore::open(Some(path.clone()), &c).expect_err("locked");
    assert!(matches!(err, SessionError::Locked { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("another Parallax"), "{message}");
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(
        message.contains(&format!("pid {}", std::process::id())),
        "{message}"
    );
    drop(first);
    SessionStore::open(Some(path), &c).expect("open after the first store dropped");
}

#[test]
fn corrupt_file_is_kept_aside_and_a_new_session_starts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_path(dir.path());
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(&path, "{\"version\": 1, \"marks\": [tru").expect("write");
    let c = strike_corpus();
    let (store, session, report) = SessionStore::open(Some(path.clone()), &c).expect("open");
    assert!(session.marks.is_empty());
    assert!(!store.read_only);
    assert!(
        report.notices.iter().any(|n| n.contains(".corrupt-")),
        "{:?}",
        report.notices
    );
    let aside: Vec<PathBuf> = std::fs::read_dir(path.parent().expect("parent"))
        .expect("list")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains("s.json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        std::fs::read_to_string(&aside[0]).expect("aside"),
        "{\"version\": 1, \"marks\": [tru"
    );
    assert!(!path.exists());
    store.save(&session).expect("a fresh session saves");
}

#[test]
fn newer_version_is_untouched_and_read_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_path(dir.path());
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    let newer = "{\"version\": 99, \"corpus\": [], \"marks\": [], \"next_id\": 1, \"shiny\": true}";
    std::fs::write(&path, newer).expect("write");
    let c = strike_corpus();
    let (store, session, report) = SessionStore::open(Some(path.clone()), &c).expect("open");
    assert!(store.read_only);
    assert!(
        report.notices.iter().any(|n| n.contains("newer")),
        "{:?}",
        report.notices
    );
    let err = store.save(&session).expect_err("read-only");
    assert!(matches!(err, SessionError::ReadOnly { .. }));
    assert!(err.to_string().contains("newer"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).expect("file"), newer);
}

#[test]
fn corpus_key_ignores_load_order() {
    let c = strike_corpus();
    let mut reversed = Corpus::default();
    for a in c.articles.iter().rev() {
        reversed.push(a.clone());
    }
    assert_eq!(corpus_key(&c), corpus_key(&reversed));
    assert_eq!(corpus_key(&c).len(), 16);
    let mut fewer = Corpus::default();
    fewer.push(c.articles[0].clone());
    assert_ne!(corpus_key(&c), corpus_key(&fewer));
}

#[test]
fn sessions_are_listed_with_outlets_and_mark_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let c = strike_corpus();
    let (store, mut session, _) =
        SessionStore::open(Some(dir.path().join("one.json")), &c).expect("open");
    session.add_note(Target::Text(anchor(&c, 0, "we won")), "n".into());
    store.save(&session).expect("save");
    std::fs::write(dir.path().join("junk.json"), "not a session").expect("write");
    let listed = list_sessions(dir.path());
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].path, dir.path().join("one.json"));
    assert_eq!(
        listed[0].articles,
        vec!["Daily A".to_string(), "Weekly B".to_string()]
    );
    assert_eq!(listed[0].marks, 1);
    assert!(listed[0].modified.is_some());
    assert!(list_sessions(&dir.path().join("missing")).is_empty());
}

#[test]
fn export_writer_creates_folders() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("deep").join("report.md");
    parallax::session::export::write_atomic(&path, b"# hi\n").expect("write");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "# hi\n");
    let leftovers = std::fs::read_dir(path.parent().expect("parent"))
        .expect("list")
        .count();
    assert_eq!(leftovers, 1);
}

/// [`corpus`] with each article's text in a real file under `dir`.
fn corpus_on_disk(dir: &Path) -> Corpus {
    let mut on_disk = Corpus::default();
    for a in strike_corpus().articles {
        let mut a = a.clone();
        let file = dir.join(&a.meta.path);
        std::fs::write(&file, &a.text).expect("write article");
        a.meta.path = file.display().to_string();
        on_disk.push(a);
    }
    on_disk
}

#[test]
fn edited_articles_continue_the_earlier_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let c = corpus_on_disk(dir.path());
    let (store, mut session, _) = SessionStore::open_in(dir.path(), &c).expect("open");
    assert_eq!(
        store.path(),
        dir.path().join(format!("{}.json", corpus_key(&c)))
    );
    session.add_note(
        Target::Text(anchor(&c, 1, "we won a fair deal")),
        "check".into(),
    );
    store.save(&session).expect("save");
    drop(store);

    let mut edited = Corpus::default();
    for (i, a) in c.articles.iter().enumerate() {
        let mut a = a.clone();
        if i == 1 {
            a.text = a.text.replace("Union leaders", "Several union leaders");
        }
        edited.push(a);
    }
    let (store, session, report) = SessionStore::open_in(dir.path(), &edited).expect("reopen");
    assert_ne!(
        store.path(),
        dir.path().join(format!("{}.json", corpus_key(&c)))
    );
    assert!(
        report.notices.iter().any(|n| n.contains("continuing")),
        "{:?}",
        report.notices
    );
    assert_eq!(report.reattach.moved, 1);
    let Target::Text(moved) = &session.marks[0].target else {
        panic!("text target");
    };
    assert_eq!(
        moved.span().slice(&edited.articles[1].text),
        "we won a fair deal"
    );
}
