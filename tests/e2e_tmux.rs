//! End to end: the real binary in a real terminal (tmux), driven by keystrokes and
//! read back from the screen, as a person would use it.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux server of its own, with one window running a command; killed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// Starts `command` in a detached session of `width`×`height`, or `None` when
    /// tmux is missing (a failure under CI, which must have it).
    fn start(name: &str, command: &str, width: u16, height: u16) -> Option<Self> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(std::env::var("CI").is_err(), "tmux is required under CI");
            eprintln!("tmux not installed: skipping the end-to-end test");
            return None;
        }
        let socket = format!("parallax-e2e-{name}-{}", std::process::id());
        let status = Command::new("tmux")
            .args([
                "-L",
                &socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                "e2e",
            ])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .arg(command)
            .env("TERM", "xterm-256color")
            .status()
            .expect("tmux runs");
        assert!(status.success());
        Some(Self { socket })
    }

    /// Sends keys one at a time; `["-l", text]` sends `text` literally.
    fn keys(&self, keys: &[&str]) {
        if keys.first() == Some(&"-l") {
            let status = Command::new("tmux")
                .args(["-L", &self.socket, "send-keys", "-t", "e2e", "-l", keys[1]])
                .status()
                .unwrap();
            assert!(status.success());
            std::thread::sleep(Duration::from_millis(60));
            return;
        }
        for key in keys {
            let status = Command::new("tmux")
                .args(["-L", &self.socket, "send-keys", "-t", "e2e", key])
                .status()
                .unwrap();
            assert!(status.success());
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p", "-t", "e2e"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen contains `needle`, returning the screen.
    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(needle) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "timed out waiting for {needle:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

/// Runs the reader in `dir` with its own data folder, until it writes its exit code.
fn reader_command(dir: &std::path::Path, exit_file: &std::path::Path) -> String {
    format!(
        "cd {0} && PARALLAX_DATA_DIR={0}/data {1}; echo EXIT=$? > {2}; sleep 30",
        dir.display(),
        env!("CARGO_BIN_EXE_parallax"),
        exit_file.display()
    )
}

/// Waits for the exit file and returns what it says.
fn exit_code(exit_file: &std::path::Path) -> String {
    let start = Instant::now();
    while !exit_file.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "parallax did not quit"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    std::fs::read_to_string(exit_file)
        .unwrap()
        .trim()
        .to_string()
}

/// Row index of the first line holding `marker` within the columns of a pane.
fn marker_row(screen: &str, marker: char, columns: std::ops::Range<usize>) -> Option<usize> {
    screen.lines().position(|line| {
        let chars: Vec<char> = line.chars().collect();
        chars
            .get(columns.clone())
            .is_some_and(|c| c.contains(&marker))
    })
}

#[test]
fn read_the_seeds_scroll_in_sync_jump_through_quotes_get_help_and_quit() {
    let dir = tempfile::tempdir().unwrap();
    let exit_file: PathBuf = dir.path().join("exit");
    let Some(tmux) = Tmux::start("seeds", &reader_command(dir.path(), &exit_file), 160, 45) else {
        return;
    };
    let screen = tmux.wait_for("READ");
    assert!(screen.contains("RT — NATO Secretary General"), "{screen}");
    assert!(screen.contains("GDC — NATO Secretary General Urges"));

    // Open the pair (Artillery-deal report, Translated report) with the picker.
    tmux.keys(&["o", "j", "j", "Enter"]);
    tmux.wait_for("Artillery-deal report —");
    tmux.keys(&["o", "j", "j", "l"]);
    let screen = tmux.wait_for("Translated report —");
    assert!(!screen.contains("GDC —"), "{screen}");
    let before = tmux.screen();
    // Down to the "100,000 artillery rounds" sentence, which the other outlet
    // reports much further down its article.
    for _ in 0..13 {
        tmux.keys(&["j"]);
    }
    let after = tmux.wait_for("READ");
    assert_ne!(before, after);
    let left_row = marker_row(&after, '▌', 0..4).expect("cursor marker in the left pane");
    let right_row = marker_row(&after, '▐', 60..66).expect("counterpart marker in the right pane");
    assert_eq!(
        left_row, right_row,
        "the right pane followed to the matching sentence:\n{after}"
    );
    let rows: Vec<&str> = after.lines().skip(left_row).take(3).collect();
    let left_text: String = rows
        .iter()
        .map(|l| l.chars().take(60).collect::<String>())
        .collect();
    let right_text: String = rows
        .iter()
        .map(|l| l.chars().skip(60).take(60).collect::<String>())
        .collect();
    assert!(left_text.contains("agreed to buy"), "{after}");
    assert!(right_text.contains("considering buying"), "{after}");

    tmux.keys(&["1"]);
    let screen = tmux.wait_for("PANEL");
    assert!(screen.contains("5 outlets"), "{screen}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("(fullest)");
    tmux.keys(&["j", "j", "Enter"]);
    let screen = tmux.wait_for("PANEL");
    assert!(screen.contains("←"), "{screen}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("READ");

    tmux.keys(&["?"]);
    let screen = tmux.wait_for("Keys and signs");
    assert!(screen.contains("next sentence"));
    tmux.keys(&["Escape"]);
    tmux.wait_for("READ");
    tmux.keys(&["q"]);
    assert_eq!(exit_code(&exit_file), "EXIT=0");
    let after_quit = tmux.screen();
    assert!(
        !after_quit.contains("READ │"),
        "the alternate screen was left:\n{after_quit}"
    );
}

#[test]
fn a_note_survives_quitting_and_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let first_exit = dir.path().join("exit1");
    let Some(tmux) = Tmux::start("note1", &reader_command(dir.path(), &first_exit), 150, 40) else {
        return;
    };
    tmux.wait_for("READ");
    tmux.keys(&["j", "j", "a"]);
    tmux.wait_for("New note on sentence in RT");
    tmux.keys(&["-l", "Verify the Seoul speech date"]);
    tmux.keys(&["Escape"]);
    tmux.wait_for("note saved");
    tmux.keys(&["q"]);
    assert_eq!(exit_code(&first_exit), "EXIT=0");
    drop(tmux);

    let sessions: Vec<_> = std::fs::read_dir(dir.path().join("data/sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(sessions.len(), 1);
    assert!(
        std::fs::read_to_string(&sessions[0])
            .unwrap()
            .contains("Verify the Seoul speech date")
    );

    let second_exit = dir.path().join("exit2");
    let Some(tmux) = Tmux::start("note2", &reader_command(dir.path(), &second_exit), 150, 40)
    else {
        return;
    };
    let screen = tmux.wait_for("READ");
    assert!(
        screen.contains("✎"),
        "the note's sign is in the gutter:\n{screen}"
    );
    tmux.keys(&["4"]);
    let screen = tmux.wait_for("Verify the Seoul speech date");
    assert!(
        screen.contains("3/64"),
        "the reading position came back:\n{screen}"
    );
    tmux.keys(&["q"]);
    assert_eq!(exit_code(&second_exit), "EXIT=0");
}

#[test]
fn a_second_reader_on_the_same_session_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let first_exit = dir.path().join("exit1");
    let Some(tmux) = Tmux::start("lock", &reader_command(dir.path(), &first_exit), 120, 30) else {
        return;
    };
    tmux.wait_for("READ");
    let second = Command::new("tmux")
        .args(["-L", &tmux.socket, "new-window", "-d", "-t", "e2e"])
        .arg(format!(
            "cd {0} && PARALLAX_DATA_DIR={0}/data {1} 2> {0}/err; echo EXIT=$? > {0}/exit2",
            dir.path().display(),
            env!("CARGO_BIN_EXE_parallax")
        ))
        .status()
        .unwrap();
    assert!(second.success());
    assert_eq!(exit_code(&dir.path().join("exit2")), "EXIT=1");
    let err = std::fs::read_to_string(dir.path().join("err")).unwrap();
    assert!(
        err.contains("another Parallax") && err.contains("has this session open"),
        "{err}"
    );
    tmux.keys(&["q"]);
    assert_eq!(exit_code(&first_exit), "EXIT=0");
}

#[test]
fn headless_reader_without_a_terminal_fails_clearly() {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("the reader needs a terminal"));
}
