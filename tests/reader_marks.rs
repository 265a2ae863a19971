//! Notes, flags, tags and verdicts made with the reader's keys.

use parallax::app::keymap::{Key, KeyCode};
use parallax::app::marks::MarkEditor;
use parallax::app::{App, Effect, Event, Modal, ReportDir, Side, handle};
use parallax::session::{MarkKind, Target, Verdict};

mod common;

fn app() -> App {
    common::seeds_app(160, 45, (0, 1))
}

fn press(app: &mut App, c: char) -> Vec<Effect> {
    handle(app, Event::Key(Key::char(c)))
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    handle(app, Event::Key(Key::plain(code)))
}

fn editing(app: &App) -> Option<&MarkEditor> {
    match &app.modal {
        Modal::Editor(open) => Some(open),
        _ => None,
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        if c == '\n' {
            key(app, KeyCode::Enter);
        } else {
            press(app, c);
        }
    }
}

#[test]
fn a_note_on_the_cursor_sentence_is_written_edited_and_removed() {
    let mut app = app();
    press(&mut app, 'j');
    press(&mut app, 'a');
    assert!(editing(&app).is_some());
    type_text(&mut app, "First line\nsecond line");
    assert_eq!(key(&mut app, KeyCode::Esc), vec![Effect::Save]);
    assert!(editing(&app).is_none());
    let mark = &app.session.marks[0];
    assert_eq!(
        mark.kind,
        MarkKind::Note {
            text: "First line\nsecond line".into()
        }
    );
    let Target::Text(anchor) = &mark.target else {
        panic!("a text target")
    };
    assert_eq!(
        anchor.quoted,
        app.cursor_span(Side::Left)
            .unwrap()
            .slice(&app.corpus.articles[0].text)
    );

    press(&mut app, 'a');
    assert_eq!(
        editing(&app).unwrap().editor.text(),
        "First line\nsecond line"
    );
    key(&mut app, KeyCode::Backspace);
    handle(&mut app, Event::Paste("D!".into()));
    handle(&mut app, Event::Key(Key::ctrl('s')));
    assert_eq!(app.session.marks.len(), 1);
    assert_eq!(
        app.session.marks[0].kind,
        MarkKind::Note {
            text: "First line\nsecond linD!".into()
        }
    );

    press(&mut app, 'a');
    for _ in 0..40 {
        key(&mut app, KeyCode::Backspace);
    }
    key(&mut app, KeyCode::Esc);
    assert!(app.session.marks.is_empty(), "an emptied note is removed");
}

#[test]
fn an_empty_new_note_saves_nothing() {
    let mut app = app();
    press(&mut app, 'a');
    assert_eq!(key(&mut app, KeyCode::Esc), Vec::<Effect>::new());
    assert!(app.session.marks.is_empty());
}

#[test]
fn flags_cycle_and_tags_are_free_text() {
    let mut app = app();
    let flags = |app: &App| -> Vec<String> {
        app.session
            .marks
            .iter()
            .filter_map(|m| match &m.kind {
                MarkKind::Flag { flag } => Some(flag.clone()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(press(&mut app, '!'), vec![Effect::Save]);
    assert_eq!(flags(&app), ["check"]);
    press(&mut app, '!');
    assert_eq!(flags(&app), ["misquote"]);
    press(&mut app, '!');
    assert_eq!(flags(&app), ["missing-context"]);
    press(&mut app, '!');
    assert!(flags(&app).is_empty());
    press(&mut app, 't');
    type_text(&mut app, "needs-translation-check\n");
    assert_eq!(flags(&app), ["needs-translation-check"]);
}

#[test]
fn verdicts_go_on_groups_with_a_reason() {
    let mut app = app();
    press(&mut app, 'v');
    assert!(
        editing(&app).is_none(),
        "v opens no editor outside the side panel"
    );
    let Modal::Notice(why) = &app.modal else {
        panic!("a notice says why, and takes what is typed next")
    };
    assert!(why.contains("side panel"), "{why}");
    type_text(&mut app, "disputed");
    assert!(
        app.session.marks.is_empty() && app.sync,
        "typed text ran no command"
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.modal, Modal::None);
    press(&mut app, '1');
    press(&mut app, 'v');
    assert!(editing(&app).is_some());
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "GDC and the translation change the pronoun");
    assert_eq!(key(&mut app, KeyCode::Esc), vec![Effect::Save]);
    let mark = &app.session.marks[0];
    assert!(matches!(mark.target, Target::QuoteGroup { ref anchors } if anchors.len() == 5));
    assert_eq!(
        mark.kind,
        MarkKind::Verdict {
            verdict: Verdict::Misquoted,
            reason: "GDC and the translation change the pronoun".into()
        }
    );
    press(&mut app, 'a');
    type_text(&mut app, "group note");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.session.marks.len(), 2);
}

#[test]
fn notes_tab_lists_jumps_and_deletes_on_the_second_press() {
    let mut app = app();
    for _ in 0..5 {
        press(&mut app, 'j');
    }
    let noted = app.cursor_span(Side::Left).unwrap();
    press(&mut app, 'a');
    type_text(&mut app, "check this");
    key(&mut app, KeyCode::Esc);
    press(&mut app, 'g');
    assert_eq!(app.pane(Side::Left).cursor, 0);
    press(&mut app, '4');
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.cursor_span(Side::Left),
        Some(noted),
        "Enter jumps to the note"
    );
    assert_eq!(press(&mut app, 'd'), Vec::<Effect>::new());
    assert_eq!(app.session.marks.len(), 1, "the first press only asks");
    assert!(app.message.as_deref().unwrap().contains("press d again"));
    assert_eq!(press(&mut app, 'd'), vec![Effect::Save]);
    assert!(app.session.marks.is_empty());
}

#[test]
fn a_read_only_session_refuses_changes() {
    let mut app = app();
    let session = app.session.clone();
    app.attach_session(session, Some("written by a newer Parallax".into()));
    press(&mut app, 'a');
    assert!(editing(&app).is_none());
    assert!(matches!(&app.modal, Modal::Notice(why) if why.contains("read-only")));
    key(&mut app, KeyCode::Esc);
    press(&mut app, '!');
    assert!(app.session.marks.is_empty());
    assert!(app.message.as_deref().unwrap().contains("read-only"));
}

#[test]
fn quitting_records_pair_and_positions_and_reopening_restores_them() {
    let mut app = app();
    press(&mut app, 'x');
    for _ in 0..7 {
        press(&mut app, 'j');
    }
    let cursor = app.pane(Side::Left).cursor;
    assert_eq!(press(&mut app, 'q'), vec![Effect::Save, Effect::Quit]);
    let session = app.session.clone();
    assert_eq!(
        session.pair.as_ref().map(|(l, _)| l.as_str()),
        Some(app.corpus.articles[1].meta.id.as_str())
    );
    let mut reopened = self::app();
    reopened.attach_session(session, None);
    assert_eq!(reopened.pair(), (1, 0));
    assert_eq!(reopened.pane(Side::Left).cursor, cursor);
}

#[test]
fn export_goes_to_the_session_folder_or_asks_where() {
    let mut app = app();
    app.report_dir = ReportDir::Folder("/tmp/reviews".into());
    assert_eq!(
        press(&mut app, 'E'),
        vec![Effect::Export("/tmp/reviews".into())]
    );
    app.report_dir = ReportDir::Ask("/home/me".into());
    assert!(press(&mut app, 'E').is_empty());
    assert!(matches!(&app.modal, Modal::Prompt(p) if p.input.text() == "/home/me"));
    type_text(&mut app, "/x");
    assert_eq!(
        key(&mut app, KeyCode::Enter),
        vec![Effect::Export("/home/me/x".into())]
    );
}

#[test]
fn the_note_editor_wraps_long_lines_and_keeps_pasted_line_breaks() {
    let mut app = app();
    press(&mut app, 'a');
    handle(&mut app, Event::Paste("one\rtwo\r\nthree\n".into()));
    assert_eq!(editing(&app).unwrap().editor.text(), "one\ntwo\nthree\n");
    let long = "word ".repeat(40);
    handle(&mut app, Event::Paste(long.clone()));
    let width = parallax::app::geometry::editor_text_width(app.area);
    let editor = &editing(&app).unwrap().editor;
    let (row, column) = editor.cursor_row_col(width);
    assert!(
        row > 4,
        "the long line wrapped onto several rows: row {row}"
    );
    key(&mut app, KeyCode::Up);
    let editor = &editing(&app).unwrap().editor;
    assert_eq!(
        editor.cursor_row_col(width),
        (row - 1, column),
        "Up moves one screen row, not one line"
    );
    assert!(
        editor.cursor() > "one\ntwo\nthree\n".len(),
        "still on the long line"
    );
    key(&mut app, KeyCode::Esc);
    let MarkKind::Note { text } = &app.session.marks[0].kind else {
        panic!("a note")
    };
    assert!(text.starts_with("one\ntwo\nthree\nword word"));
}
