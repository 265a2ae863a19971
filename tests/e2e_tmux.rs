//! End to end: the real binary in a real terminal (tmux), driven by keystrokes and
//! read back from the screen, as a person would use it.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

mod common;
use common::tmux::Tmux;

/// Runs the reader in `dir` with its own data folder, until it writes its exit code.
fn reader_command(dir: &std::path::Path, exit_file: &std::path::Path) -> String {
    format!(
        "cd {0} && PARALLAX_DATA_DIR={0}/data {1}; echo EXIT=$? > {2}; sleep 30",
        dir.display(),
        env!("CARGO_BIN_EXE_parallax"),
        exit_file.display()
    )
}

/// Waits up to 10 s for the reader's exit file and returns what it says.
fn exit_code(exit_file: &std::path::Path) -> String {
    common::tmux::exit_code(exit_file, Duration::from_secs(10))
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
        screen.contains("3/59"),
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
        .args(["-L", &tmux.socket, "new-window", "-d", "-t", "t:"])
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

/// Every screen seen while pressing `key` until the screen stops changing.
fn scroll_through(tmux: &Tmux, key: &str) -> String {
    let mut seen = String::new();
    let mut last = String::new();
    for _ in 0..60 {
        tmux.keys(&[key]);
        std::thread::sleep(Duration::from_millis(100));
        let screen = tmux.screen();
        seen.push_str(&screen);
        if screen == last {
            break;
        }
        last = screen;
    }
    seen
}

#[test]
fn help_is_reachable_in_full_at_80_by_24_by_scrolling() {
    let dir = tempfile::tempdir().unwrap();
    let exit_file = dir.path().join("exit");
    let Some(tmux) = Tmux::start("help", &reader_command(dir.path(), &exit_file), 80, 24) else {
        return;
    };
    tmux.wait_for("READ");
    tmux.keys(&["?"]);
    let first = tmux.wait_for("Keys and signs");
    let seen = first + &scroll_through(&tmux, "PageDown");
    for context in parallax::app::keymap::HELP_CONTEXTS {
        for binding in parallax::app::keymap::bindings(*context) {
            assert!(
                seen.contains(binding.description),
                "help never showed {:?}",
                binding.description
            );
        }
    }
    assert!(seen.contains("renderings differ"));
    tmux.keys(&["Escape"]);
    tmux.wait_for("READ");
    tmux.keys(&["q"]);
    assert_eq!(exit_code(&exit_file), "EXIT=0");
}

/// Two outlets: a shared claim, then, in the same paragraph, a claim whose
/// amount differs, then a plain sentence.
const BUDGET_A: &str = "Budget vote\n\nThe council approved 45 new homes on Tuesday after a long debate. \
The mayor said the project would cost $3 million in total. It is a big change for the town.";
const BUDGET_B: &str = "Homes approved\n\nThe council approved 45 new homes on Tuesday after a long debate. \
The mayor said the project would cost $5 million in total. Neighbours were split on the plan.";

#[test]
fn gutter_signs_sit_on_the_line_where_each_claim_starts() {
    use parallax::app::App;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), BUDGET_A).unwrap();
    std::fs::write(dir.path().join("b.txt"), BUDGET_B).unwrap();
    let corpus =
        parallax::model::load::load_paths(&[dir.path().join("a.txt"), dir.path().join("b.txt")])
            .unwrap();
    let analysis = parallax::analysis::analyze(&corpus);
    let text = &corpus.articles[0].text;
    let second = analysis.articles[0]
        .claims
        .iter()
        .find(|c| c.span.slice(text).contains("$3 million"))
        .expect("the amount's claim")
        .span
        .start;
    // A terminal width at which the second claim starts in the middle of a line,
    // and the text of that line and the next.
    let (width, meeting, next_text) = (80..180)
        .find_map(|w| {
            let app = App::new(
                corpus.clone(),
                analysis.clone(),
                Some((0, 1)),
                ratatui::layout::Rect::new(0, 0, w, 30),
            );
            let pane = app.pane(parallax::app::Side::Left);
            let line = pane.wrapped.line_of(second);
            let text = |l: usize| {
                corpus.articles[0]
                    .slice(pane.wrapped.lines[l].span)
                    .to_string()
            };
            (pane.wrapped.lines[line].span.start < second).then(|| (w, text(line), text(line + 1)))
        })
        .expect("a width with the claims meeting mid-line");
    let exit_file = dir.path().join("exit");
    let command = format!(
        "cd {0} && PARALLAX_DATA_DIR={0}/data {1} a.txt b.txt; echo EXIT=$? > {2}; sleep 30",
        dir.path().display(),
        env!("CARGO_BIN_EXE_parallax"),
        exit_file.display()
    );
    let Some(tmux) = Tmux::start("gutter", &command, width, 30) else {
        return;
    };
    let screen = tmux.wait_for("READ");
    let line = screen
        .lines()
        .find(|l| l.contains(&meeting))
        .unwrap_or_else(|| panic!("the second claim's start on screen:\n{screen}"));
    let gutter: String = line.chars().skip(1).take(4).collect();
    assert!(
        gutter.ends_with("=≠"),
        "both signs where the claims meet: {gutter:?}\n{screen}"
    );
    let next = screen.lines().find(|l| l.contains(&next_text)).unwrap();
    let next_gutter: String = next.chars().skip(1).take(4).collect();
    assert!(
        !next_gutter.contains('≠') && !next_gutter.contains('='),
        "no sign on the claim's next line: {next_gutter:?}\n{screen}"
    );
    tmux.keys(&["q"]);
    assert_eq!(exit_code(&exit_file), "EXIT=0");
}

#[test]
fn a_pasted_note_keeps_its_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let exit_file = dir.path().join("exit");
    let Some(tmux) = Tmux::start("paste", &reader_command(dir.path(), &exit_file), 120, 30) else {
        return;
    };
    tmux.wait_for("READ");
    tmux.keys(&["a"]);
    tmux.wait_for("New note on sentence in RT");
    tmux.paste("first pasted line\nsecond pasted line\nthird");
    let screen = tmux.wait_for("third");
    let rows: Vec<&str> = screen
        .lines()
        .filter(|l| l.contains("pasted line"))
        .collect();
    assert_eq!(
        rows.len(),
        2,
        "two lines of the paste on two rows:\n{screen}"
    );
    tmux.keys(&["Escape"]);
    tmux.wait_for("note saved");
    tmux.keys(&["q"]);
    assert_eq!(exit_code(&exit_file), "EXIT=0");
    let session = std::fs::read_dir(dir.path().join("data/sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let saved = std::fs::read_to_string(session).unwrap();
    assert!(
        saved.contains("first pasted line\\nsecond pasted line\\nthird"),
        "{saved}"
    );
}

#[test]
fn sigterm_saves_the_session_and_gives_the_terminal_back() {
    let dir = tempfile::tempdir().unwrap();
    let exit_file = dir.path().join("exit");
    let pid_file = dir.path().join("pid");
    let command = format!(
        "cd {0} && sh -c 'echo $$ > {3}; exec env PARALLAX_DATA_DIR={0}/data {1}'; echo EXIT=$? > {2}; sleep 30",
        dir.path().display(),
        env!("CARGO_BIN_EXE_parallax"),
        exit_file.display(),
        pid_file.display()
    );
    let Some(tmux) = Tmux::start("sigterm", &command, 120, 30) else {
        return;
    };
    tmux.wait_for("READ");
    assert_eq!(tmux.pane_format("#{alternate_on}"), "1");
    for _ in 0..5 {
        tmux.keys(&["j"]);
    }
    tmux.wait_for("6/59");
    let pid = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .to_string();
    let status = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(status.success());
    assert_eq!(exit_code(&exit_file), "EXIT=143", "ended by the signal");
    assert_eq!(
        tmux.pane_format("#{alternate_on}"),
        "0",
        "alternate screen left"
    );
    assert_eq!(tmux.pane_format("#{cursor_flag}"), "1", "cursor shown");
    assert_eq!(
        tmux.pane_format("#{mouse_any_flag}"),
        "0",
        "mouse reporting off"
    );
    let screen = tmux.screen();
    assert!(!screen.contains("READ │"), "{screen}");
    let session = std::fs::read_dir(dir.path().join("data/sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("the session was written");
    let saved = std::fs::read_to_string(session).unwrap();
    assert!(saved.contains("cursor_offset"), "{saved}");
}

/// The outlets the fact table's Enter should put side by side for the seeds'
/// row `row`, column `column` (as the app computes them), by name.
fn expected_pair(row: usize, column: usize) -> (String, String) {
    let corpus = parallax::model::load::load_seeds();
    let analysis = parallax::analysis::analyze(&corpus);
    let table = parallax::analysis::facts::FactTable::build(&corpus, &analysis);
    let partner = table
        .partner(row, column)
        .expect("another outlet reports it");
    let name = |c: usize| corpus.articles[table.outlets[c]].meta.outlet.clone();
    (name(column), name(partner))
}

#[test]
fn the_fact_table_opens_moves_and_enter_opens_the_pair() {
    let dir = tempfile::tempdir().unwrap();
    let exit_file = dir.path().join("exit");
    let Some(tmux) = Tmux::start("facts", &reader_command(dir.path(), &exit_file), 200, 50) else {
        return;
    };
    tmux.wait_for("READ");
    tmux.keys(&["5"]);
    let screen = tmux.wait_for("FACTS");
    for outlet in ["RT", "GDC", "Artillery-deal report"] {
        assert!(
            screen.contains(outlet),
            "{outlet} heads a column:\n{screen}"
        );
    }
    assert!(
        screen.contains("≠"),
        "conflicting cells are marked:\n{screen}"
    );
    assert!(screen.contains('—'), "gaps are marked:\n{screen}");
    tmux.keys(&["j", "l"]);
    let screen = tmux.wait_for("2/5: GDC");
    assert!(screen.contains("FACTS"), "{screen}");
    let (left, right) = expected_pair(1, 1);
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("READ");
    let titles: Vec<&str> = screen.lines().next().unwrap().split(['┏', '┌']).collect();
    assert!(
        titles
            .iter()
            .any(|t| t.trim_start().starts_with(&format!("{left} —"))),
        "the cell's outlet ({left}) in a pane:\n{screen}"
    );
    assert!(
        titles
            .iter()
            .any(|t| t.trim_start().starts_with(&format!("{right} —"))),
        "against {right}:\n{screen}"
    );
    tmux.keys(&["q"]);
    assert_eq!(exit_code(&exit_file), "EXIT=0");
}

#[test]
fn a_correction_survives_quitting_and_shows_in_export_and_analyze() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in ["ledger", "herald"].iter().zip(&HARBOUR_PAIR) {
        std::fs::write(dir.path().join(format!("{name}.txt")), text).unwrap();
    }
    let session = dir.path().join("review.json");
    let command = |exit: &std::path::Path| {
        format!(
            "cd {0} && PARALLAX_DATA_DIR={0}/data {1} --session {2} ledger.txt herald.txt; echo EXIT=$? > {3}; sleep 30",
            dir.path().display(),
            env!("CARGO_BIN_EXE_parallax"),
            session.display(),
            exit.display()
        )
    };
    let first_exit = dir.path().join("exit1");
    let Some(tmux) = Tmux::start("correct1", &command(&first_exit), 160, 40) else {
        return;
    };
    tmux.wait_for("READ");
    tmux.keys(&["2", "f"]);
    tmux.wait_for("filter conflicts");
    tmux.keys(&["C"]);
    tmux.wait_for("not a conflict");
    tmux.keys(&["q"]);
    assert_eq!(exit_code(&first_exit), "EXIT=0");
    drop(tmux);
    assert!(
        std::fs::read_to_string(&session)
            .unwrap()
            .contains("claim_verdict")
    );

    let second_exit = dir.path().join("exit2");
    let Some(tmux) = Tmux::start("correct2", &command(&second_exit), 160, 40) else {
        return;
    };
    let screen = tmux.wait_for("READ");
    assert!(
        screen.contains('✱'),
        "the correction's sign is back in the gutter:\n{screen}"
    );
    tmux.keys(&["2"]);
    let screen = tmux.wait_for("PANEL");
    assert!(screen.contains("✱"), "and in the claim list:\n{screen}");
    tmux.keys(&["q"]);
    assert_eq!(exit_code(&second_exit), "EXIT=0");
    drop(tmux);

    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let session = session.display().to_string();
    let report = run(&["export", &session, "ledger.txt", "herald.txt"]);
    assert!(report.contains("not a conflict (analyst)"), "{report}");
    let json = run(&[
        "analyze",
        "--json",
        "--session",
        &session,
        "ledger.txt",
        "herald.txt",
    ]);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        doc["corrections"]["verdicts"][0]["conflict"], false,
        "{json}"
    );
    assert!(
        doc["claim_groups"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| g["status"] != "conflict"),
        "the only conflict is now shared"
    );
}

/// Two outlets agreeing on the sale and disagreeing only on its price.
const HARBOUR_PAIR: [&str; 2] = [
    "Harbour deal signed\n\nThe city agreed to buy the harbour for $3.5 billion on Monday. The mayor said 120 workers would keep their jobs.",
    "City buys harbour\n\nThe city agreed to buy the harbour for $3.6 billion on Monday. The mayor said 120 workers would keep their jobs.",
];
