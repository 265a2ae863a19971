//! The reader's fact table, conflict values and claim group members, on corpora
//! built here: the tab, its marks without colour, moving, filters, omissions,
//! Enter opening the pair, sideways scrolling with 20 outlets, the status line
//! naming each outlet's value, and disputed values reversed in place.

mod common;

use parallax::app::keymap::Context;
use parallax::app::keymap::{Key, KeyCode};
use parallax::app::panel::Tab;
use parallax::app::{App, Event, Side, handle};
use parallax::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

fn harbour(width: u16, height: u16) -> App {
    let corpus = common::corpus(&common::HARBOUR);
    let analysis = parallax::analysis::analyze(&corpus);
    App::new(
        corpus,
        analysis,
        Some((0, 1)),
        Rect::new(0, 0, width, height),
    )
}

fn key(app: &mut App, c: char) {
    handle(app, Event::Key(Key::char(c)));
}

fn code(app: &mut App, code: KeyCode) {
    handle(app, Event::Key(Key::plain(code)));
}

fn render(app: &App, theme: &Theme) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app, theme)).unwrap();
    terminal.backend().buffer().clone()
}

fn screen(app: &App) -> String {
    common::screen(&render(app, &Theme::plain()))
}

/// Selects the fact-table row whose fact starts with `topic`.
fn select_fact(app: &mut App, topic: &str) {
    let row = app
        .fact_view
        .rows
        .iter()
        .position(|&r| app.facts.rows[r].fact.starts_with(topic))
        .unwrap_or_else(|| panic!("no fact about {topic}"));
    app.panel.selected[Tab::Facts.index()] = row;
}

#[test]
fn the_fact_table_marks_conflicts_and_gaps_without_colour() {
    let mut app = harbour(160, 30);
    key(&mut app, '5');
    assert_eq!(app.context(), Context::Facts);
    let text = screen(&app);
    for outlet in ["Outlet 0", "Outlet 1", "Outlet 2"] {
        assert!(text.contains(outlet), "{outlet} heads a column:\n{text}");
    }
    assert!(text.contains("≠! $3.5 billion"), "{text}");
    assert!(text.contains("≠ $3.6 billion"), "{text}");
    assert!(text.contains('—'), "a gap reads as a dash:\n{text}");
    let first_fact = text
        .lines()
        .find(|l| l.contains("buy:") || l.contains("money:"));
    assert!(first_fact.is_some(), "conflicts come first:\n{text}");
}

#[test]
fn enter_on_a_cell_opens_its_outlet_against_the_one_that_disagrees() {
    let mut app = harbour(160, 30);
    key(&mut app, '5');
    select_fact(&mut app, "money:");
    key(&mut app, 'l');
    key(&mut app, 'l');
    assert_eq!(app.fact_view.column, 2);
    code(&mut app, KeyCode::Enter);
    assert_eq!(
        app.pair(),
        (2, 0),
        "Outlet 2 ($3.6) against Outlet 0 ($3.5)"
    );
    assert!(!app.panel.focused, "the panes have the keyboard");
    for (side, needle) in [(Side::Left, "$3.6 billion"), (Side::Right, "$3.5 billion")] {
        let cursor = app.cursor_span(side).unwrap();
        let article = app.pane(side).article;
        assert!(
            cursor
                .slice(&app.corpus.articles[article].text)
                .contains(needle),
            "{side:?} at the fact"
        );
    }
    let message = app.message.clone().unwrap();
    assert!(
        message.contains("$3.6 billion") && message.contains("$3.5 billion"),
        "{message}"
    );
}

#[test]
fn enter_on_a_gap_opens_an_outlet_that_reports_the_fact() {
    let mut app = harbour(160, 30);
    key(&mut app, '5');
    select_fact(&mut app, "date:");
    code(&mut app, KeyCode::Enter);
    assert_eq!(app.pair(), (0, 2));
    let cursor = app.cursor_span(Side::Right).unwrap();
    assert!(cursor.slice(&app.corpus.articles[2].text).contains("March"));
    assert!(app.message.clone().unwrap().contains("does not report"));
}

#[test]
fn filters_and_omissions_change_the_rows() {
    let mut app = harbour(160, 30);
    key(&mut app, '5');
    let all = app.fact_view.rows.len();
    key(&mut app, 'f');
    assert!(app.fact_view.rows.len() < all);
    assert!(screen(&app).contains("facts conflict"));
    key(&mut app, 'f');
    key(&mut app, 'f');
    key(&mut app, 'f');
    assert_eq!(app.fact_view.rows.len(), all, "the cycle comes back to all");
    key(&mut app, 'l');
    key(&mut app, 'F');
    assert!(
        app.fact_view
            .rows
            .iter()
            .all(|&r| app.facts.rows[r].cell(1).is_some())
    );
    key(&mut app, 'F');
    assert_eq!(app.fact_view.rows.len(), all);
    key(&mut app, 'm');
    assert!(screen(&app).contains("left out by Outlet 1"));
    assert!(
        app.fact_view
            .rows
            .iter()
            .all(|&r| app.facts.rows[r].cell(1).is_none())
    );
}

/// Twenty outlets reporting one vote with two different tallies.
fn twenty_outlets() -> App {
    let texts: Vec<String> = (0..20)
        .map(|i| {
            let tally = if i % 4 == 0 { "74-24" } else { "74-25" };
            format!(
                "Vote {i}\n\nThe Senate passed the water bill {tally} on Tuesday after a long debate. \
                 Supporters said {} towns would get new pipes.",
                100 + i
            )
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let corpus = common::corpus(&refs);
    let analysis = parallax::analysis::analyze(&corpus);
    App::new(corpus, analysis, Some((0, 1)), Rect::new(0, 0, 200, 60))
}

#[test]
fn with_twenty_outlets_the_columns_scroll_and_the_fact_column_stays() {
    let mut app = twenty_outlets();
    key(&mut app, '5');
    let before = screen(&app);
    assert!(before.contains("Outlet 0"), "{before}");
    assert!(
        !before.contains("Outlet 19"),
        "not every column fits:\n{before}"
    );
    assert!(before.contains('▶'), "more columns to the right:\n{before}");
    for _ in 0..19 {
        key(&mut app, 'l');
    }
    let after = screen(&app);
    assert!(after.contains("Outlet 19"), "{after}");
    assert!(after.contains('◀'), "columns to the left:\n{after}");
    let fact = app.facts.rows[app.fact_view.rows[0]].fact.clone();
    let head: String = fact.chars().take(8).collect();
    assert!(after.contains(&head), "the fact column stays:\n{after}");
}

#[test]
fn the_status_line_names_each_outlets_value() {
    let mut app = harbour(160, 30);
    let text = &app.corpus.articles[0].text;
    let claim = app.analysis.articles[0]
        .claims
        .iter()
        .find(|c| c.anchor.slice(text) == "$3.5 billion")
        .unwrap()
        .span;
    app.jump_to(Side::Left, claim.start);
    let status = screen(&app)
        .lines()
        .find(|l| l.contains("READ"))
        .unwrap()
        .to_string();
    assert!(
        status.contains("$3.5 billion (Outlet 0) · $3.6 billion (Outlet 1, Outlet 2)"),
        "{status}"
    );
}

#[test]
fn disputed_values_are_reversed_in_place_in_both_panes() {
    let app = harbour(160, 30);
    for theme in [Theme::colour(), Theme::plain()] {
        let buffer = render(&app, &theme);
        let text = common::screen(&buffer);
        for needle in ["$3.5", "$3.6"] {
            let (y, x) = text
                .lines()
                .enumerate()
                .find_map(|(y, l)| l.find(needle).map(|b| (y, l[..b].chars().count())))
                .unwrap_or_else(|| panic!("{needle} on screen"));
            let value = &buffer[(x as u16, y as u16)];
            let around = &buffer[(x as u16 - 4, y as u16)];
            assert_ne!(
                value.modifier.contains(Modifier::REVERSED),
                around.modifier.contains(Modifier::REVERSED),
                "{needle} stands out from the words before it"
            );
        }
    }
}

#[test]
fn a_groups_members_include_outlets_not_on_screen() {
    let mut app = harbour(160, 30);
    key(&mut app, '2');
    let row = app
        .rows
        .claims
        .iter()
        .position(|&g| app.analysis.claim_groups[g].members.len() == 3)
        .unwrap();
    app.panel.selected[Tab::Claims.index()] = row;
    key(&mut app, 'l');
    assert!(app.panel.claim_detail.is_some());
    let text = screen(&app);
    assert!(
        text.contains("Outlet 2"),
        "the third outlet is listed:\n{text}"
    );
    assert!(text.contains("harbour"), "with its sentence:\n{text}");
    key(&mut app, 'j');
    key(&mut app, 'j');
    code(&mut app, KeyCode::Enter);
    assert!(
        app.side_showing(2).is_some(),
        "Enter on a member opens its article"
    );
    key(&mut app, '2');
    key(&mut app, 'h');
    assert!(app.panel.claim_detail.is_none(), "h goes back to the list");
}
