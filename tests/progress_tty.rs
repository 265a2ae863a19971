//! The progress line seen in a real terminal (tmux): it appears on standard
//! error while a large corpus is analysed, and is gone when the command ends.

use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux server of its own running one shell command; killed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// Starts `command`, or `None` when tmux is missing (a failure under CI).
    fn start(command: &str) -> Option<Self> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(std::env::var("CI").is_err(), "tmux is required under CI");
            eprintln!("tmux not installed: skipping");
            return None;
        }
        let socket = format!("parallax-progress-{}", std::process::id());
        let status = Command::new("tmux")
            .args([
                "-L",
                &socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                "p",
            ])
            .args(["-x", "100", "-y", "20", command])
            .env("TERM", "xterm-256color")
            .status()
            .expect("tmux runs");
        assert!(status.success());
        Some(Self { socket })
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p", "-t", "p"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits up to a minute for the screen to contain `needle`.
    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(needle) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "no {needle:?} on screen:\n{screen}"
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

#[test]
fn a_long_analysis_shows_progress_on_a_terminal_and_clears_it() {
    let home = tempfile::tempdir().unwrap();
    let stories = home.path().join("stories");
    std::fs::create_dir(&stories).unwrap();
    // Long enough that the analysis outlasts the bar's start-up delay on a fast machine.
    for i in 0..1200 {
        let mut text = format!("Story {i}\n");
        for k in 0..12 {
            text.push_str(&format!(
                "\nThe council voted 7-2 on Monday to fund {n} new buses, the mayor said. \
                 \"We are pleased,\" said Jane Roe of the transit board. Fares rose {k}% in 2024.\n",
                n = i * 12 + k
            ));
        }
        std::fs::write(stories.join(format!("{i:04}.txt")), text).unwrap();
    }
    let command = format!(
        "env -u PARALLAX_LOG XDG_CONFIG_HOME={home} PARALLAX_DATA_DIR={home}/data {bin} claims {stories} \
         > /dev/null; echo finished; sleep 60",
        home = home.path().display(),
        bin = env!("CARGO_BIN_EXE_parallax"),
        stories = stories.display(),
    );
    let Some(tmux) = Tmux::start(&command) else {
        return;
    };
    let screen = tmux.wait_for("articles");
    assert!(
        screen.contains("loading articles") || screen.contains("analysing 1200 articles"),
        "{screen}"
    );
    let screen = tmux.wait_for("finished");
    assert!(
        !screen.contains("articles"),
        "the line is cleared:\n{screen}"
    );
}
