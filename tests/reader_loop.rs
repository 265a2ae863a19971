//! The real event loop (`tui::run_app`) driven by scripted events on ratatui's
//! TestBackend: drawing, saving, refusing to quit unsaved, ending on a signal,
//! writing the report.

use parallax::analysis::analyze;
use parallax::app::keymap::KeyCode;
use parallax::app::{App, Event, Modal, ReportDir};
use parallax::model::load::load_seeds;
use parallax::session::SessionStore;
use parallax::tui::{Ending, Outside, run_app};
use parallax::ui::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

mod common;
use common::{Script, keys, press, screen};

/// A reader on the seeds with its session in `dir`, and the effects saving there.
fn reader(dir: &std::path::Path, width: u16, height: u16) -> (App, Outside) {
    let corpus = load_seeds();
    let (store, session, _) = SessionStore::open(Some(dir.join("review.json")), &corpus).unwrap();
    let analysis = analyze(&corpus);
    let mut app = App::new(
        corpus,
        analysis,
        Some((0, 1)),
        Rect::new(0, 0, width, height),
    );
    app.attach_session(session, None);
    app.report_dir = ReportDir::Folder(dir.to_path_buf());
    (app, Outside::new(Some(store)))
}

/// Makes every save of the session in `dir` fail, as a full disk would: a
/// non-empty folder stands where the file must go (this holds even for root).
/// Returns the folder, to remove when saves may succeed again.
fn block_saves(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("review.json");
    let _ = std::fs::remove_file(&path);
    std::fs::create_dir(&path).unwrap();
    std::fs::write(path.join("keep"), "x").unwrap();
    path
}

/// Runs the loop over `events`; returns how it ended and the last frame.
fn run(app: &mut App, outside: &mut Outside, events: Vec<Event>) -> (Ending, String) {
    let area = app.area;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    let mut script = Script::new(events);
    let ending = run_app(&mut terminal, app, &Theme::colour(), &mut script, outside).unwrap();
    (ending, screen(terminal.backend().buffer()))
}

#[test]
fn keys_move_the_reader_and_q_quits_after_saving() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut outside) = reader(dir.path(), 120, 30);
    let (ending, last) = run(&mut app, &mut outside, keys("jjj"));
    assert_eq!(ending, Ending::Closed, "the script ran out");
    assert_eq!(app.pane(parallax::app::Side::Left).cursor, 3);
    assert!(
        last.contains("4/59"),
        "the frame after the last key:\n{last}"
    );
    let (ending, _) = run(&mut app, &mut outside, keys("q"));
    assert_eq!(ending, Ending::Quit);
    let saved = std::fs::read_to_string(dir.path().join("review.json")).unwrap();
    assert!(saved.contains("cursor_offset"), "positions saved on quit");
}

#[test]
fn a_terminate_event_saves_and_ends_the_loop() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut outside) = reader(dir.path(), 120, 30);
    let mut events = keys("jj");
    events.push(Event::Terminate);
    events.extend(keys("jjjj"));
    let (ending, _) = run(&mut app, &mut outside, events);
    assert_eq!(ending, Ending::Terminated);
    assert_eq!(
        app.pane(parallax::app::Side::Left).cursor,
        2,
        "no key after it ran"
    );
    let saved = std::fs::read_to_string(dir.path().join("review.json")).unwrap();
    assert!(saved.contains("cursor_offset"));
}

#[test]
fn a_failed_save_stays_on_screen_and_quitting_asks() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut outside) = reader(dir.path(), 120, 30);
    let blocker = block_saves(dir.path());
    // Flag the sentence: the save fails.
    let (_, screen) = run(&mut app, &mut outside, keys("!"));
    assert!(screen.contains("NOT SAVED"), "{screen}");
    // Another key clears the message but not the marker.
    let (_, screen) = run(&mut app, &mut outside, keys("j"));
    assert!(app.message.is_none());
    assert!(screen.contains("NOT SAVED"), "the marker stays:\n{screen}");
    // q does not quit: it asks.
    let (ending, screen) = run(&mut app, &mut outside, keys("q"));
    assert_eq!(ending, Ending::Closed, "still running");
    assert!(matches!(app.modal, Modal::ConfirmQuit(_)));
    assert!(screen.contains("Quit without saving?"), "{screen}");
    // Keys other than Q and Esc do nothing there.
    let (ending, _) = run(&mut app, &mut outside, keys("qjx"));
    assert_eq!(ending, Ending::Closed);
    // Esc stays; once the folder is back, the next change saves and the marker goes.
    let (_, _) = run(&mut app, &mut outside, vec![press(KeyCode::Esc)]);
    assert_eq!(app.modal, Modal::None);
    std::fs::remove_dir_all(blocker).unwrap();
    let (_, screen) = run(&mut app, &mut outside, keys("!"));
    assert!(!screen.contains("NOT SAVED"), "{screen}");
    assert!(app.save_error.is_none());
    let (ending, _) = run(&mut app, &mut outside, keys("q"));
    assert_eq!(ending, Ending::Quit);
}

#[test]
fn q_then_shift_q_quits_without_saving() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut outside) = reader(dir.path(), 120, 30);
    block_saves(dir.path());
    let (ending, _) = run(&mut app, &mut outside, keys("!qQ"));
    assert_eq!(ending, Ending::Quit);
}

#[test]
fn the_report_goes_to_the_session_folder_under_a_dated_name() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut outside) = reader(dir.path(), 200, 40);
    let (_, screen) = run(&mut app, &mut outside, keys("E"));
    let reports: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("parallax-report-"))
        .collect();
    assert_eq!(reports.len(), 1, "{reports:?}");
    let name = &reports[0];
    assert_eq!(
        name.len(),
        "parallax-report-2026-11-29-1432.md".len(),
        "{name}"
    );
    let message = app.message.clone().unwrap();
    assert!(
        message.contains(&dir.path().join(name).display().to_string()),
        "the full path is given: {message}"
    );
    assert!(screen.contains("report written to"), "{screen}");
    // A second report in the same minute does not overwrite the first.
    run(&mut app, &mut outside, keys("E"));
    let count = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("parallax-report-")
        })
        .count();
    assert_eq!(count, 2);
}

#[test]
fn text_typed_after_a_refused_prompt_never_runs_as_commands() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, mut outside) = reader(dir.path(), 120, 30);
    // v outside a group list, then the verdict's reason typed blind: "q" among it.
    let (ending, screen) = run(&mut app, &mut outside, keys("vquite wrong"));
    assert_eq!(ending, Ending::Closed, "q did not quit");
    assert!(screen.contains("Not here"), "{screen}");
    assert!(app.sync, "s did not turn sync off");
    assert_eq!(app.pane(parallax::app::Side::Left).cursor, 0);
    // A paste while reading is never read as keys.
    let (ending, _) = run(
        &mut app,
        &mut outside,
        vec![press(KeyCode::Esc), Event::Paste("qqq jjj".into())],
    );
    assert_eq!(ending, Ending::Closed);
    assert_eq!(app.pane(parallax::app::Side::Left).cursor, 0);
}
