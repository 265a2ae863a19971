//! End to end in tmux: the reader on a 5,000-article folder draws its loading
//! screen at once and counts the analysis, and SIGTERM while it loads gives the
//! terminal back; the config reaches the real reader (warnings on the status
//! line, a remapped key, sync, mouse, report folder).

use std::time::{Duration, Instant};

mod common;
use common::tmux::{Tmux, exit_code};

/// A config that needs no answer from the terminal (a fixed theme).
const QUIET_THEME: &str = "[theme]\nname = \"dark\"\n";

/// The shell command running the reader in `dir` once `dir/go` exists, with
/// its own config and data folder, writing its exit status to `dir/exit`.
fn reader_once_go(dir: &std::path::Path, args: &str) -> String {
    format!(
        "cd {0} && while [ ! -e go ]; do sleep 0.01; done; \
         env -u PARALLAX_LOG PARALLAX_CONFIG={0}/config.toml PARALLAX_DATA_DIR={0}/data {1} {2}; \
         echo EXIT=$? > {0}/exit; sleep 30",
        dir.display(),
        env!("CARGO_BIN_EXE_parallax"),
        args
    )
}

/// A folder with `stories/` of 5,000 short articles and a quiet config.
fn big_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let stories = dir.path().join("stories");
    std::fs::create_dir(&stories).unwrap();
    for i in 0..5000 {
        let text = format!(
            "Budget story {i}\n\nThe council voted 7-2 on Monday to fund {i} new buses, the mayor \
             said. \"We are pleased,\" said Jane Roe of the transit board. Fares rose {}% in 2024.\n",
            i % 9
        );
        std::fs::write(stories.join(format!("{i:04}.txt")), text).unwrap();
    }
    std::fs::write(dir.path().join("config.toml"), QUIET_THEME).unwrap();
    dir
}

#[test]
fn a_5000_article_folder_shows_progress_within_half_a_second() {
    let dir = big_folder();
    let Some(tmux) = Tmux::start("big", &reader_once_go(dir.path(), "stories"), 100, 30) else {
        return;
    };
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(dir.path().join("go"), "").unwrap();
    let started = Instant::now();
    let first = tmux.wait_until(Duration::from_secs(20), |s| {
        s.contains("loading articles") || s.contains("analysing") || s.contains("opening the")
    });
    let seen_after = started.elapsed();
    let first = first.unwrap_or_else(|| panic!("no progress on screen:\n{}", tmux.screen()));
    eprintln!("first progress on screen after {seen_after:?}");
    assert!(first.contains("Parallax"), "{first}");
    assert!(
        seen_after < Duration::from_millis(500),
        "progress after {seen_after:?}:\n{first}"
    );
    let counting = tmux
        .wait_until(Duration::from_secs(120), |s| s.contains("/ 5,000 articles"))
        .unwrap_or_else(|| panic!("no count on screen:\n{}", tmux.screen()));
    assert!(counting.contains("analysing"), "{counting}");
    assert!(counting.contains("q Ctrl-c quit"), "{counting}");
    tmux.keys(&["q"]);
    assert_eq!(
        exit_code(&dir.path().join("exit"), Duration::from_secs(20)),
        "EXIT=0"
    );
}

#[test]
fn the_config_reaches_the_reader() {
    let dir = tempfile::tempdir().unwrap();
    let reports = dir.path().join("reports");
    std::fs::create_dir(&reports).unwrap();
    let config = format!(
        "sync = false\nmouse = false\nreport_dir = \"{}\"\n{QUIET_THEME}\
         [keys]\nnext_sentence = \"J\"\nno_such_action = \"x\"\n",
        reports.display()
    );
    std::fs::write(dir.path().join("config.toml"), config).unwrap();
    std::fs::write(dir.path().join("go"), "").unwrap();
    let Some(tmux) = Tmux::start("config", &reader_once_go(dir.path(), ""), 160, 40) else {
        return;
    };
    let screen = tmux.wait_for("READ");
    assert!(
        screen.contains("unknown action 'no_such_action'"),
        "the config warning is on the status line:\n{screen}"
    );
    assert!(screen.contains("no sync"), "{screen}");
    assert!(screen.contains("J/k sentence"), "{screen}");
    assert_eq!(
        tmux.pane_format("#{mouse_any_flag}"),
        "0",
        "mouse left to the terminal"
    );
    tmux.keys(&["J", "J"]);
    tmux.wait_for("3/59");
    tmux.keys(&["E"]);
    let screen = tmux.wait_for("report written to");
    assert!(screen.contains("reports"), "{screen}");
    let written: Vec<_> = std::fs::read_dir(&reports).unwrap().collect();
    assert_eq!(written.len(), 1, "the report is in the configured folder");
    tmux.keys(&["q"]);
    assert_eq!(
        exit_code(&dir.path().join("exit"), Duration::from_secs(20)),
        "EXIT=0"
    );
}

#[test]
fn sigterm_while_loading_ends_by_the_signal_and_gives_the_terminal_back() {
    let dir = big_folder();
    let command = format!(
        "cd {0} && sh -c 'echo $$ > pid; exec env -u PARALLAX_LOG PARALLAX_CONFIG={0}/config.toml \
         PARALLAX_DATA_DIR={0}/data {1} stories'; echo EXIT=$? > {0}/exit; sleep 30",
        dir.path().display(),
        env!("CARGO_BIN_EXE_parallax"),
    );
    let Some(tmux) = Tmux::start("term", &command, 100, 30) else {
        return;
    };
    tmux.wait_for("Parallax");
    assert_eq!(tmux.pane_format("#{alternate_on}"), "1");
    let pid = std::fs::read_to_string(dir.path().join("pid")).unwrap();
    let status = std::process::Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(
        exit_code(&dir.path().join("exit"), Duration::from_secs(20)),
        "EXIT=143"
    );
    assert_eq!(
        tmux.pane_format("#{alternate_on}"),
        "0",
        "alternate screen left"
    );
    assert_eq!(
        tmux.pane_format("#{mouse_any_flag}"),
        "0",
        "mouse reporting off"
    );
}
