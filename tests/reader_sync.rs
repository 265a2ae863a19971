//! How the panes move together: proportional following between matches, moved
//! passages, jumps that show both sentences whole, resizing, changing one pane.

use parallax::app::keymap::{Key, KeyCode};
use parallax::app::panel::Tab;
use parallax::app::{App, Event, Modal, Side, handle};

mod common;
use common::{app_on, seeds_app};

fn key(app: &mut App, c: char) {
    handle(app, Event::Key(Key::char(c)));
}

fn code(app: &mut App, code: KeyCode) {
    handle(app, Event::Key(Key::plain(code)));
}

/// True when the cursor sentence of `side` is wholly on screen.
fn wholly_shown(app: &App, side: Side) -> bool {
    let pane = app.pane(side);
    let first = pane.sentence_lines[pane.cursor];
    let last = pane.sentence_ends[pane.cursor];
    first >= pane.top && last < pane.top + pane.height
}

const SHARED: [&str; 4] = [
    "A federal appeals court on Thursday upheld an order halting construction of the Harlow River dam.",
    "The three-judge panel ruled 2-1 that the water agency ignored its own scientists.",
    "Environmental groups celebrated outside the courthouse in Sacramento.",
    "The agency said it was reviewing the decision and considering an appeal to the Supreme Court.",
];

/// Two stories sharing `SHARED` around a stretch only one of them has: twelve
/// sentences about music on the left, four about weather on the right.
fn stretch() -> (String, String) {
    let music: Vec<String> = (0..12)
        .map(|i| format!("The orchestra rehearsed symphony {i} with violins, cellos and a borrowed harpsichord for hours."))
        .collect();
    let weather: Vec<String> = (0..4)
        .map(|i| format!("Forecasters expect drizzle {i} along coastal highways while gusty winds cool inland valleys."))
        .collect();
    let left = format!(
        "Dam ruling\n\n{}\n\n{}\n\n{}\n\n{}\n\n{}",
        SHARED[0],
        SHARED[1],
        music.join("\n\n"),
        SHARED[2],
        SHARED[3]
    );
    let right = format!(
        "Court halts dam\n\n{}\n\n{}\n\n{}\n\n{}\n\n{}",
        SHARED[0],
        SHARED[1],
        weather.join("\n\n"),
        SHARED[2],
        SHARED[3]
    );
    (left, right)
}

#[test]
fn between_matches_the_other_pane_moves_in_proportion() {
    let (left, right) = stretch();
    let mut app = app_on(&[&left, &right]);
    // Onto the second shared sentence, then through the music stretch.
    for _ in 0..2 {
        key(&mut app, 'j');
    }
    assert_eq!(
        app.counterparts.of(Side::Left, app.pane(Side::Left).cursor),
        Some(app.pane(Side::Right).cursor),
        "a matched sentence lines up"
    );
    let mut still = 0;
    let mut longest_still = 0;
    let mut last = app.pane(Side::Right).cursor;
    for _ in 0..12 {
        key(&mut app, 'j');
        let now = app.pane(Side::Right).cursor;
        assert!(now >= last, "the other pane never runs backwards");
        still = if now == last { still + 1 } else { 0 };
        longest_still = longest_still.max(still);
        last = now;
    }
    assert!(
        longest_still <= 3,
        "the right pane sat still for {longest_still} sentences"
    );
    key(&mut app, 'j');
    let cursor = app.pane(Side::Left).cursor;
    assert_eq!(
        app.counterparts.of(Side::Left, cursor),
        Some(app.pane(Side::Right).cursor),
        "after the stretch the next match lines up again"
    );
    assert_eq!(
        app.pane(Side::Left).cursor_row(),
        app.pane(Side::Right).cursor_row()
    );
}

#[test]
fn moved_passages_are_marked() {
    let left = "Dam ruling upheld\n\n\
A federal appeals court on Thursday upheld an order halting construction of the Harlow River dam.\n\n\
The project, estimated at $2.4 billion, was approved in March 2021 by the state legislature.\n\n\
Environmental groups celebrated outside the courthouse in Sacramento.";
    let right = "Court halts dam\n\n\
A federal appeals court on Thursday upheld an order halting construction of the Harlow River dam.\n\n\
Environmental groups celebrated outside the courthouse in Sacramento.\n\n\
The project, estimated at $2.4 billion, was approved in March 2021 by the state legislature.";
    let app = app_on(&[left, right]);
    let moved: Vec<usize> = (0..app.pane(Side::Left).sentence_count())
        .filter(|&s| app.counterparts.is_moved(Side::Left, s))
        .collect();
    assert_eq!(moved.len(), 1, "one passage moved: {moved:?}");
    let text = &app.corpus.articles[0].text;
    let sentence = &app.analysis.articles[0].sentences[moved[0]];
    assert!(sentence.span.slice(text).starts_with("The project"));
}

#[test]
fn after_a_claims_jump_both_sentences_are_wholly_on_screen() {
    for (width, height) in [(160, 45), (120, 30), (100, 20)] {
        let mut app = seeds_app(width, height, (0, 1));
        key(&mut app, '2');
        let groups = app.rows.claims.len();
        for row in 0..groups.min(12) {
            app.panel.tab = Tab::Claims;
            app.panel.focused = true;
            app.panel.selected[Tab::Claims.index()] = row;
            code(&mut app, KeyCode::Enter);
            let side = app.focus;
            assert!(
                wholly_shown(&app, side),
                "{width}×{height}, row {row}: focused"
            );
            let cursor = app.pane(side).cursor;
            if app.counterparts.of(side, cursor) == Some(app.pane(side.other()).cursor) {
                assert!(
                    wholly_shown(&app, side.other()),
                    "{width}×{height}, row {row}: the matching sentence"
                );
                assert_eq!(
                    app.pane(side).cursor_row(),
                    app.pane(side.other()).cursor_row()
                );
            }
        }
    }
}

#[test]
fn coverage_opens_a_pair_with_both_claims_wholly_shown() {
    let mut app = seeds_app(120, 30, (0, 1));
    key(&mut app, '3');
    for _ in 0..3 {
        code(&mut app, KeyCode::Enter);
        assert!(wholly_shown(&app, Side::Left));
        assert!(wholly_shown(&app, Side::Right));
        app.panel.focused = true;
        key(&mut app, 'j');
    }
}

#[test]
fn after_a_resize_the_cursor_sentence_is_on_screen() {
    let mut app = seeds_app(160, 45, (0, 1));
    while app.pane(Side::Left).cursor_row() < 30 {
        key(&mut app, 'j');
    }
    for (width, height) in [(80, 24), (60, 12), (200, 60), (80, 24)] {
        handle(&mut app, Event::Resize { width, height });
        for side in [Side::Left, Side::Right] {
            if app.pane_visible(side) {
                let pane = app.pane(side);
                assert!(
                    pane.cursor_line() >= pane.top && pane.cursor_line() < pane.top + pane.height,
                    "{width}×{height} {side:?}: cursor line {} outside {}..{}",
                    pane.cursor_line(),
                    pane.top,
                    pane.top + pane.height
                );
            }
        }
    }
}

#[test]
fn choosing_the_right_article_keeps_the_left_pane_in_place() {
    let mut app = seeds_app(160, 45, (0, 1));
    for _ in 0..10 {
        key(&mut app, 'j');
    }
    let left = (app.pane(Side::Left).cursor, app.pane(Side::Left).top);
    key(&mut app, 'o');
    key(&mut app, 'j');
    key(&mut app, 'j');
    key(&mut app, 'l');
    assert_eq!(app.modal, Modal::None);
    assert_eq!(app.pair(), (0, 2));
    assert_eq!(
        (app.pane(Side::Left).cursor, app.pane(Side::Left).top),
        left,
        "the left pane kept its place"
    );
}

#[test]
fn one_article_in_both_panes_is_said() {
    let mut app = app_on(&["Only story\n\nThe council approved 45 new homes on Tuesday."]);
    assert_eq!(app.pair(), (0, 0));
    let message = app.message.clone().unwrap();
    assert!(message.contains("only one article"), "{message}");
    let mut two = seeds_app(160, 45, (0, 1));
    key(&mut two, 'o');
    key(&mut two, 'l');
    assert_eq!(two.pair(), (0, 0));
    assert!(
        two.message
            .as_deref()
            .unwrap()
            .contains("both panes show RT")
    );
    app.message = None;
}

#[test]
fn the_panel_covering_the_right_pane_is_said() {
    let mut app = seeds_app(80, 24, (0, 1));
    key(&mut app, '1');
    assert!(!app.pane_visible(Side::Right));
    let message = app.message.clone().unwrap();
    assert!(message.contains("covers the right pane (GDC)"), "{message}");
    code(&mut app, KeyCode::Esc);
    code(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Side::Left, "cannot focus a hidden pane");
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("covers the other pane")
    );
    key(&mut app, '\\');
    assert!(app.pane_visible(Side::Right));
}

#[test]
fn the_covering_message_follows_a_resize() {
    let mut app = seeds_app(80, 24, (0, 1));
    key(&mut app, '1');
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("covers the right pane"))
    );
    handle(
        &mut app,
        Event::Resize {
            width: 200,
            height: 50,
        },
    );
    assert!(app.pane_visible(Side::Right));
    assert_eq!(app.message, None, "both panes show: nothing is covered");
    handle(
        &mut app,
        Event::Resize {
            width: 80,
            height: 24,
        },
    );
    assert_eq!(app.message, None, "a message once cleared stays cleared");
    key(&mut app, '\\');
    key(&mut app, '\\');
    app.message = Some("copied".into());
    handle(
        &mut app,
        Event::Resize {
            width: 200,
            height: 50,
        },
    );
    assert_eq!(
        app.message.as_deref(),
        Some("copied"),
        "other messages stay"
    );
}
