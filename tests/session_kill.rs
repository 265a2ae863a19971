//! Saves that survive being killed at any moment. Kept in its own test binary:
//! the helper processes it spawns inherit, until they exec, the open files of
//! every test running beside them in the same process, session locks included,
//! which made a lock test in the same binary see its own released lock as held.

mod common;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::sessions::{anchor, session_path, strike_corpus};
use parallax::session::{MarkKind, Session, SessionStore, Target, list_sessions};

/// Set to a session file path, makes [`kill_helper_saves_forever`] save in a loop.
const HELPER_ENV: &str = "PARALLAX_TEST_KILL_HELPER_SESSION";

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
    let c = strike_corpus();
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
    let c = strike_corpus();
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
