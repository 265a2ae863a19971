//! The session file: round trips, locking, corrupt and newer files, and saves that
//! survive being killed at any moment.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use parallax::model::{Article, ArticleMeta, Corpus, Span};
use parallax::session::store::corpus_key;
use parallax::session::{
    Anchor, MarkKind, Session, SessionError, SessionStore, Target, Verdict, list_sessions,
};

/// Set to a session file path, makes [`kill_helper_saves_forever`] save in a loop.
const HELPER_ENV: &str = "PARALLAX_TEST_KILL_HELPER_SESSION";

fn corpus() -> Corpus {
    let mut corpus = Corpus::default();
    for (id, outlet, text) in [
        (
            "a",
            "Daily A",
            "Port strike ends\n\nThe union said \"we won\" after talks.",
        ),
        (
            "b",
            "Weekly B",
            "Strike over\n\nUnion leaders said \"we won a fair deal\" late on Friday.",
        ),
    ] {
        let meta = ArticleMeta {
            id: id.into(),
            path: format!("{id}.txt"),
            outlet: outlet.into(),
            ..ArticleMeta::default()
        };
        corpus.push(Article::from_text(meta, text.into(), true));
    }
    corpus
}

fn anchor(corpus: &Corpus, index: usize, needle: &str) -> Anchor {
    let article = &corpus.articles[index];
    let start = article.text.find(needle).expect("needle");
    Anchor::new(article, Span::new(start, start + needle.len()))
}

fn session_path(dir: &Path) -> PathBuf {
    dir.join("sessions").join("s.json")
}

#[test]
fn every_mark_type_round_trips() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_path(dir.path());
    let c = corpus();
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
    let c = corpus();
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
    let c = corpus();
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
    let c = corpus();
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
    let c = corpus();
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
    let c = corpus();
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

/// The text of the `index`-th note the helper writes: longer every time.
fn helper_note(index: usize) -> String {
    format!(
        "note {index}: {}",
        "x".repeat(20_000 + index * 997 % 30_000)
    )
}

/// Not a test on its own: with [`HELPER_ENV`] set, saves ever-growing sessions
/// until killed. Does nothing otherwise.
#[test]
fn kill_helper_saves_forever() {
    let Some(path) = std::env::var_os(HELPER_ENV) else {
        return;
    };
    let c = corpus();
    let (store, mut session, _) =
        SessionStore::open(Some(PathBuf::from(path)), &c).expect("helper open");
    loop {
        let index = session.marks.len();
        session.add_note(
            Target::Text(anchor(&c, index % 2, "said")),
            helper_note(index),
        );
        store.save(&session).expect("helper save");
    }
}

/// Checks that `session` is one of the states the helper saves.
fn assert_complete_state(session: &Session) {
    for (index, mark) in session.marks.iter().enumerate() {
        assert_eq!(
            mark.kind,
            MarkKind::Note {
                text: helper_note(index)
            }
        );
        assert_eq!(mark.id, index as u64 + 1);
    }
    assert_eq!(session.next_id, session.marks.len() as u64 + 1);
}

/// A small pseudo-random number from the clock, for sleep lengths.
fn jitter(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn killed_saves_leave_a_complete_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_path(dir.path());
    let exe = std::env::current_exe().expect("test binary");
    let mut seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    let mut most = 0;
    for round in 0..30 {
        let mut child = Command::new(&exe)
            .args(["--exact", "kill_helper_saves_forever", "--nocapture"])
            .env(HELPER_ENV, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn helper");
        std::thread::sleep(Duration::from_millis(20 + jitter(&mut seed) % 120));
        assert!(
            child.try_wait().expect("poll helper").is_none(),
            "helper stopped on its own in round {round}"
        );
        child.kill().expect("kill helper");
        child.wait().expect("reap helper");
        if path.exists() {
            let text = std::fs::read_to_string(&path).expect("read session");
            let session: Session = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("round {round}: session file does not parse: {e}"));
            assert_complete_state(&session);
            assert!(
                session.marks.len() >= most,
                "round {round}: the session went back in time"
            );
            most = session.marks.len();
        }
        let listed = list_sessions(path.parent().expect("parent"));
        assert!(
            listed.iter().all(|s| s.path == path),
            "round {round}: {listed:?}"
        );
    }
    assert!(most > 0, "the helper never saved");
    let c = corpus();
    let (_store, session, report) = SessionStore::open(Some(path), &c).expect("open after kills");
    assert!(report.notices.is_empty(), "{:?}", report.notices);
    assert_complete_state(&session);
    let temps = std::fs::read_dir(dir.path().join("sessions"))
        .expect("list")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .count();
    assert_eq!(temps, 0, "interrupted saves are cleaned up on open");
}

/// [`corpus`] with each article's text in a real file under `dir`.
fn corpus_on_disk(dir: &Path) -> Corpus {
    let mut on_disk = Corpus::default();
    for a in corpus().articles {
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
