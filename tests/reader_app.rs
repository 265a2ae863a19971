//! Every reader action as a state transition, with no terminal.

use parallax::analysis::analyze;
use parallax::app::geometry::Geometry;
use parallax::app::keymap::{Key, KeyCode};
use parallax::app::panel::Tab;
use parallax::app::{Action, App, Effect, Event, Modal, Side, handle, update};
use parallax::model::load::load_seeds;
use ratatui::layout::Rect;

mod common;
use common::app_on;

fn seeds_app(width: u16, height: u16) -> App {
    common::seeds_app(width, height, (0, 1))
}

fn key(c: char) -> Event {
    Event::Key(Key::char(c))
}

fn sentence_text(app: &App, side: Side) -> String {
    let pane = app.pane(side);
    app.cursor_span(side)
        .unwrap()
        .slice(&app.corpus.articles[pane.article].text)
        .to_string()
}

const LEFT: &str = "Dam ruling upheld\n\n\
A federal appeals court on Thursday upheld an order halting construction of the Harlow River dam.\n\n\
The three-judge panel ruled 2-1 that the water agency ignored its own scientists.\n\n\
The project, estimated at $2.4 billion, was approved in March 2021 by the state legislature.\n\n\
Environmental groups celebrated outside the courthouse in Sacramento.";

const RIGHT: &str = "Court halts dam\n\n\
Fishermen downstream have long complained about falling salmon numbers in the delta and asked for relief.\n\n\
Local bakeries reported a record week of sales during the annual river festival.\n\n\
A federal appeals court on Thursday upheld an order halting construction of the Harlow River dam.\n\n\
The three-judge panel ruled 2-1 that the water agency ignored its own scientists.\n\n\
Environmental groups celebrated outside the courthouse in Sacramento.\n\n\
The project, estimated at $2.4 billion, was approved in March 2021 by the state legislature.";

#[test]
fn moving_down_brings_the_other_pane_to_the_matching_sentence_at_the_same_row() {
    let mut app = app_on(&[LEFT, RIGHT]);
    handle(&mut app, key('j'));
    assert!(sentence_text(&app, Side::Left).starts_with("A federal appeals court"));
    assert_eq!(
        sentence_text(&app, Side::Right),
        sentence_text(&app, Side::Left)
    );
    assert_eq!(
        app.pane(Side::Left).cursor_row(),
        app.pane(Side::Right).cursor_row()
    );
    handle(&mut app, key('j'));
    handle(&mut app, key('j'));
    assert!(sentence_text(&app, Side::Left).starts_with("The project"));
    assert!(
        sentence_text(&app, Side::Right).starts_with("The project"),
        "moved passage is followed too"
    );
    assert_eq!(
        app.pane(Side::Left).cursor_row(),
        app.pane(Side::Right).cursor_row()
    );
}

#[test]
fn an_unmatched_sentence_leaves_the_other_pane_still() {
    let mut app = app_on(&[LEFT, RIGHT]);
    handle(&mut app, Event::Key(Key::plain(KeyCode::Tab)));
    assert_eq!(app.focus, Side::Right);
    handle(&mut app, key('j'));
    assert!(sentence_text(&app, Side::Right).starts_with("Fishermen"));
    assert_eq!(app.pane(Side::Left).cursor, 0);
    assert_eq!(app.pane(Side::Left).top, 0);
}

#[test]
fn sync_can_be_turned_off() {
    let mut app = app_on(&[LEFT, RIGHT]);
    handle(&mut app, key('s'));
    assert!(!app.sync);
    handle(&mut app, key('j'));
    assert_eq!(app.pane(Side::Right).cursor, 0);
    assert_eq!(app.message.as_deref(), None);
    handle(&mut app, key('s'));
    assert!(app.sync);
}

#[test]
fn top_bottom_and_paging() {
    let mut app = seeds_app(120, 30);
    handle(&mut app, key('G'));
    let last = app.pane(Side::Left).sentence_count() - 1;
    let pane = app.pane(Side::Left);
    assert_eq!(pane.cursor, last);
    assert!(pane.cursor_line() >= pane.top && pane.cursor_line() < pane.top + pane.height);
    handle(&mut app, key('g'));
    assert_eq!(app.pane(Side::Left).cursor, 0);
    handle(&mut app, Event::Key(Key::plain(KeyCode::PageDown)));
    assert!(app.pane(Side::Left).top > 0);
    let top = app.pane(Side::Left).top;
    handle(&mut app, Event::Key(Key::ctrl('u')));
    assert!(app.pane(Side::Left).top < top);
    handle(&mut app, Event::Key(Key::ctrl('e')));
    handle(&mut app, Event::Key(Key::ctrl('y')));
}

#[test]
fn claims_jump_forward_and_back() {
    let mut app = seeds_app(160, 45);
    let claims: Vec<usize> = app.analysis.articles[0]
        .claims
        .iter()
        .map(|c| c.sentence)
        .collect();
    handle(&mut app, key(']'));
    assert_eq!(
        app.pane(Side::Left).cursor,
        claims.iter().copied().find(|&s| s > 0).unwrap()
    );
    handle(&mut app, key(']'));
    let second = app.pane(Side::Left).cursor;
    handle(&mut app, key('['));
    assert!(app.pane(Side::Left).cursor < second);
}

#[test]
fn quote_jump_list_opens_a_group_and_jumps_to_a_variant_in_another_article() {
    let mut app = seeds_app(160, 45);
    handle(&mut app, key('1'));
    assert!(app.panel.visible && app.panel.focused);
    assert_eq!(app.panel.tab, Tab::Quotes);
    let rows = parallax::app::panel::quote_rows(&app.analysis);
    let row = rows
        .iter()
        .position(|&g| {
            app.analysis.quote_groups[g]
                .members
                .iter()
                .any(|m| m.article == 4)
        })
        .unwrap();
    let target = rows[row];
    for _ in 0..row {
        handle(&mut app, key('j'));
    }
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    assert_eq!(app.panel.open_group, Some(target));
    let variant = app.analysis.quote_groups[target]
        .members
        .iter()
        .position(|m| m.article == 4)
        .unwrap();
    for _ in 0..variant {
        handle(&mut app, key('j'));
    }
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    let side = app
        .side_showing(4)
        .expect("the variant's article is opened in a pane");
    let member = app.analysis.quote_groups[target].members[variant];
    let quote = &app.analysis.articles[4].quotes[member.quote];
    assert!(
        app.cursor_span(side)
            .unwrap()
            .contains_offset(quote.span.start)
    );
    handle(&mut app, key('h'));
    assert_eq!(app.panel.open_group, None);
    handle(&mut app, Event::Key(Key::plain(KeyCode::Esc)));
    assert!(!app.panel.focused);
}

#[test]
fn claims_tab_filters_and_coverage_opens_the_best_pair() {
    let mut app = seeds_app(160, 45);
    handle(&mut app, key('2'));
    assert_eq!(app.panel.tab, Tab::Claims);
    handle(&mut app, key('f'));
    assert_eq!(app.panel.filter.label(), "conflicts");
    handle(&mut app, key('3'));
    assert_eq!(app.panel.tab, Tab::Coverage);
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    let rows = parallax::app::panel::coverage_rows(&app.analysis);
    let group = &app.analysis.claim_groups[rows[0]];
    let (left, right) = app.pair();
    assert!(group.members.iter().any(|m| m.article == left));
    assert!(group.members.iter().any(|m| m.article == right) || group.members.len() == 1);
}

#[test]
fn picker_chooses_both_panes_and_swap_exchanges_them() {
    let mut app = seeds_app(160, 45);
    handle(&mut app, key('o'));
    assert!(matches!(app.modal, Modal::Picker(_)));
    handle(&mut app, key('j'));
    handle(&mut app, key('j'));
    handle(&mut app, key('l'));
    assert_eq!(app.pair(), (0, 2));
    assert_eq!(app.modal, Modal::None);
    handle(&mut app, key('x'));
    assert_eq!(app.pair(), (2, 0));
}

#[test]
fn folder_of_many_articles_starts_on_the_picker() {
    let corpus = load_seeds();
    let analysis = analyze(&corpus);
    let mut app = App::new(corpus, analysis, None, Rect::new(0, 0, 120, 30));
    assert!(matches!(&app.modal, Modal::Picker(p) if p.choosing_both));
    handle(&mut app, key('j'));
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    assert!(matches!(&app.modal, Modal::Picker(p) if p.slot == Side::Right));
    handle(&mut app, key('j'));
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    assert_eq!(app.modal, Modal::None);
    assert_eq!(app.pair(), (1, 3));
}

#[test]
fn search_lists_matches_in_every_article_and_opens_one_in_the_other_pane() {
    let mut app = seeds_app(160, 45);
    handle(&mut app, key('/'));
    for c in "seoul".chars() {
        handle(&mut app, key(c));
    }
    handle(&mut app, Event::Key(Key::plain(KeyCode::Backspace)));
    handle(&mut app, key('l'));
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    assert_eq!(app.search.query, "seoul");
    assert!(
        matches!(app.modal, Modal::Results(_)),
        "a results list opens"
    );
    let articles: std::collections::BTreeSet<usize> =
        app.search.found.iter().map(|f| f.article).collect();
    assert!(
        articles.len() > 2,
        "matches come from every article: {articles:?}"
    );
    assert!(app.search.matches.iter().any(|m| m.side == Side::Left));
    assert!(app.search.matches.iter().any(|m| m.side == Side::Right));
    // Select the first match in an article not on screen and open it.
    let index = app.search.found.iter().position(|f| f.article > 1).unwrap();
    handle(&mut app, Event::Key(Key::plain(KeyCode::Home)));
    for _ in 0..index {
        handle(&mut app, key('j'));
    }
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    let found = app.search.found[index];
    assert_eq!(app.modal, Modal::None);
    assert_eq!(
        app.pane(Side::Right).article,
        found.article,
        "opened in the other pane"
    );
    assert_eq!(app.pane(Side::Left).article, 0, "the left pane stays");
    assert_eq!(app.focus, Side::Right);
    assert!(app.cursor_span(Side::Right).unwrap().contains(found.span));
    let current = app.search.current.unwrap();
    handle(&mut app, key('n'));
    assert_eq!(
        app.search.current,
        Some((current + 1) % app.search.matches.len())
    );
    handle(&mut app, key('N'));
    assert_eq!(app.search.current, Some(current));
    handle(&mut app, Event::Key(Key::plain(KeyCode::Esc)));
    assert!(app.search.matches.is_empty());
}

#[test]
fn an_empty_search_repeats_the_last_one_and_a_miss_says_so() {
    let mut app = seeds_app(160, 45);
    handle(&mut app, key('/'));
    handle(&mut app, Event::Paste("zzqx\nnothing".into()));
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    assert_eq!(app.modal, Modal::None);
    assert!(app.message.as_deref().unwrap().contains("no match"));
    handle(&mut app, key('/'));
    handle(&mut app, Event::Paste("Stoltenberg".into()));
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    handle(&mut app, Event::Key(Key::plain(KeyCode::Esc)));
    handle(&mut app, key('/'));
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    assert!(matches!(app.modal, Modal::Results(_)));
    assert_eq!(app.search.query, "Stoltenberg");
}

#[test]
fn a_long_pasted_query_does_not_freeze_the_reader() {
    let mut app = seeds_app(160, 45);
    handle(&mut app, key('/'));
    let query = "the ".repeat(20_000);
    handle(&mut app, Event::Paste(query));
    // A hang guard only (it froze for 8 s); the speed is in `cargo bench --bench ui`.
    let start = std::time::Instant::now();
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    assert!(start.elapsed() < std::time::Duration::from_secs(4));
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_the_pointer_and_click_focuses() {
    let mut app = seeds_app(160, 45);
    let right = app.geometry().panes[1];
    handle(
        &mut app,
        Event::Wheel {
            column: right.x + 5,
            row: right.y + 5,
            down: true,
        },
    );
    assert_eq!(app.focus, Side::Right);
    assert_eq!(app.pane(Side::Right).top, 3);
    // The left pane followed the right one; a click puts its cursor on the
    // sentence drawn on the clicked row, wherever that pane now stands.
    let left = app.geometry().panes[0];
    let text = Geometry::text_area(left);
    let pane = app.pane(Side::Left);
    let (row, clicked) = (text.y..text.y + text.height)
        .find_map(|row| {
            let sentence = pane.sentence_at_line(pane.top + usize::from(row - text.y))?;
            (sentence != pane.cursor).then_some((row, sentence))
        })
        .expect("a row showing another sentence than the cursor's");
    handle(
        &mut app,
        Event::Click {
            column: text.x + 5,
            row,
        },
    );
    assert_eq!(app.focus, Side::Left);
    assert_eq!(app.pane(Side::Left).cursor, clicked);
}

#[test]
fn resize_rewraps_and_tiny_sizes_are_safe() {
    let mut app = seeds_app(160, 45);
    let lines = app.pane(Side::Left).wrapped.lines.len();
    handle(
        &mut app,
        Event::Resize {
            width: 80,
            height: 20,
        },
    );
    assert!(app.pane(Side::Left).wrapped.lines.len() > lines);
    assert!(!app.panel.visible || app.geometry().panes[1].width == 0 || app.area.width >= 100);
    for (w, h) in [(1, 1), (0, 0), (20, 5)] {
        handle(
            &mut app,
            Event::Resize {
                width: w,
                height: h,
            },
        );
        for c in ['j', 'k', 'G', 'g', ']', '1', 'j', '2', '3', 'o'] {
            handle(&mut app, key(c));
        }
        handle(&mut app, Event::Key(Key::plain(KeyCode::Esc)));
    }
}

#[test]
fn help_opens_and_closes_and_quit_asks_to_leave() {
    let mut app = seeds_app(120, 30);
    handle(&mut app, key('?'));
    assert!(matches!(app.modal, Modal::Help(_)));
    handle(&mut app, key('?'));
    assert_eq!(app.modal, Modal::None);
    assert_eq!(
        update(&mut app, Action::Quit),
        vec![Effect::Save, Effect::Quit]
    );
    assert_eq!(handle(&mut app, key('q')), vec![Effect::Save, Effect::Quit]);
}

#[test]
fn narrow_screen_panel_takes_the_right_pane_place() {
    let mut app = seeds_app(60, 15);
    assert!(!app.panel.visible);
    handle(&mut app, key('1'));
    assert!(!app.pane_visible(Side::Right));
    handle(&mut app, Event::Key(Key::plain(KeyCode::Esc)));
    handle(&mut app, Event::Key(Key::plain(KeyCode::Tab)));
    assert_eq!(app.focus, Side::Left, "cannot focus a hidden pane");
    assert!(app.message.is_some());
    handle(&mut app, key('\\'));
    assert!(app.pane_visible(Side::Right));
}
