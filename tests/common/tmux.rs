//! A tmux server of its own for end-to-end tests: runs one shell command in a
//! detached window of a given size, sends keys, reads the screen back, and is
//! killed on drop. Without tmux the tests skip, except under CI, which must
//! have it.

use std::process::Command;
use std::time::{Duration, Instant};

/// One tmux server with one window.
pub struct Tmux {
    /// The server's socket name (`tmux -L`).
    pub socket: String,
}

impl Tmux {
    /// Starts `command` in a `width`×`height` window, or `None` when tmux is
    /// missing (a failure under CI).
    pub fn start(name: &str, command: &str, width: u16, height: u16) -> Option<Self> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(std::env::var("CI").is_err(), "tmux is required under CI");
            eprintln!("tmux not installed: skipping");
            return None;
        }
        let socket = format!("parallax-{name}-{}", std::process::id());
        let status = Command::new("tmux")
            .args([
                "-L",
                &socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                "t",
            ])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .arg(command)
            .env("TERM", "xterm-256color")
            .status()
            .expect("tmux runs");
        assert!(status.success());
        Some(Self { socket })
    }

    /// Sends each key (tmux key names: `Enter`, `Escape`, `j`); `["-l", text]`
    /// sends `text` literally.
    pub fn keys(&self, keys: &[&str]) {
        if keys.first() == Some(&"-l") {
            let status = Command::new("tmux")
                .args(["-L", &self.socket, "send-keys", "-t", "t", "-l", keys[1]])
                .status()
                .unwrap();
            assert!(status.success());
            std::thread::sleep(Duration::from_millis(60));
            return;
        }
        for key in keys {
            let status = Command::new("tmux")
                .args(["-L", &self.socket, "send-keys", "-t", "t", key])
                .status()
                .unwrap();
            assert!(status.success());
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    /// Pastes `text` as a terminal paste (bracketed; tmux sends its line breaks
    /// as CR).
    pub fn paste(&self, text: &str) {
        let buffer = format!("parallax-paste-{}", std::process::id());
        let status = Command::new("tmux")
            .args(["-L", &self.socket, "set-buffer", "-b", &buffer, text])
            .status()
            .unwrap();
        assert!(status.success());
        let status = Command::new("tmux")
            .args([
                "-L",
                &self.socket,
                "paste-buffer",
                "-p",
                "-b",
                &buffer,
                "-t",
                "t",
            ])
            .status()
            .unwrap();
        assert!(status.success());
        std::thread::sleep(Duration::from_millis(200));
    }

    /// A tmux format about the pane (`#{mouse_any_flag}`, …).
    pub fn pane_format(&self, format: &str) -> String {
        let out = Command::new("tmux")
            .args([
                "-L",
                &self.socket,
                "display-message",
                "-p",
                "-t",
                "t",
                format,
            ])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// The screen as text.
    pub fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p", "-t", "t"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits up to `limit` for a screen for which `found` holds, and returns it.
    pub fn wait_until(&self, limit: Duration, found: impl Fn(&str) -> bool) -> Option<String> {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if found(&screen) {
                return Some(screen);
            }
            if start.elapsed() > limit {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits up to 20 s for `needle` on screen, failing the test without it.
    pub fn wait_for(&self, needle: &str) -> String {
        self.wait_until(Duration::from_secs(20), |s| s.contains(needle))
            .unwrap_or_else(|| panic!("no {needle:?} on screen:\n{}", self.screen()))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

/// Waits up to `limit` for `file` (a command's exit status written by the
/// shell) and returns what it says.
pub fn exit_code(file: &std::path::Path, limit: Duration) -> String {
    // The shell creates the file before `echo` writes its line: only a whole
    // line is the exit code (on a loaded machine the write can lag).
    let start = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(file)
            && text.ends_with('\n')
        {
            return text.trim().to_string();
        }
        assert!(start.elapsed() < limit, "the command did not end");
        std::thread::sleep(Duration::from_millis(50));
    }
}
