//! The reader drawn into ratatui's TestBackend: contents and styles of every view.

use parallax::app::keymap::{Key, KeyCode};
use parallax::app::{App, Event, handle};
use parallax::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

mod common;

use common::seeds_app as app;

fn render(app: &App, theme: &Theme) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app, theme)).unwrap();
    terminal.backend().buffer().clone()
}

fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The position of the first cell row containing `needle`, and its column.
fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let screen = text(buffer);
    screen.lines().enumerate().find_map(|(y, line)| {
        line.find(needle)
            .map(|byte| (line[..byte].chars().count() as u16, y as u16))
    })
}

#[test]
fn main_view_shows_both_outlets_panel_status_and_hints() {
    let app = app(160, 45, (0, 1));
    let screen = text(&render(&app, &Theme::colour()));
    assert!(screen.contains("RT — NATO Secretary General"));
    assert!(screen.contains("GDC — NATO Secretary General Urges"));
    assert!(
        screen.contains("Quotes│Claims│Coverage│Notes│Facts"),
        "{screen}"
    );
    assert!(screen.contains(" READ │ sync │"));
    assert!(screen.contains("? help"));
    assert!(screen.contains("1/59"));
}

#[test]
fn conflicting_claim_is_drawn_in_the_conflict_style() {
    let corpus = common::corpus(&common::HARBOUR);
    let analysis = parallax::analysis::analyze(&corpus);
    let mut app = App::new(
        corpus,
        analysis,
        Some((0, 1)),
        ratatui::layout::Rect::new(0, 0, 160, 45),
    );
    let text_of = |app: &App| app.corpus.articles[0].text.clone();
    let claim = app.analysis.articles[0]
        .claims
        .iter()
        .find(|c| c.anchor.slice(&text_of(&app)) == "$3.5 billion")
        .unwrap()
        .span;
    app.jump_to(parallax::app::Side::Left, claim.start);
    let theme = Theme::colour();
    let buffer = render(&app, &theme);
    let (x, y) = find(&buffer, "harbour for $3.5").expect("the claim is on screen");
    let cell = &buffer[(x, y)];
    // Under the cursor the claim keeps its own colour over the cursor's
    // background, with its bold underline.
    // Under the cursor the claim keeps its colour and its bold underline, on
    // the cursor's background.
    assert_eq!(cell.fg, theme.conflict.fg.unwrap());
    assert_eq!(cell.bg, theme.cursor.bg.unwrap());
    assert_eq!(
        cell.underline_color,
        theme.conflict.underline_color.unwrap()
    );
    assert!(cell.modifier.contains(Modifier::BOLD));
    let left = app.geometry().panes[0];
    let signs: String = (left.x + 3..left.x + 5)
        .map(|x| buffer[(x, y)].symbol())
        .collect();
    assert!(
        signs.contains('≠'),
        "conflict sign in the gutter: {signs:?}"
    );
    let screen = text(&buffer);
    assert!(
        screen.contains(
            "claim CONFLICT: $3.5 billion (Outlet 0) · $3.6 billion (Outlet 1, Outlet 2)"
        ),
        "{screen}"
    );
}

#[test]
fn cursor_and_counterpart_are_marked() {
    let mut app = app(160, 45, (1, 3));
    for _ in 0..2 {
        handle(&mut app, Event::Key(Key::char('j')));
    }
    let theme = Theme::colour();
    let buffer = render(&app, &theme);
    let left = app.geometry().panes[0];
    let right = app.geometry().panes[1];
    let row = left.y + 1 + app.pane(parallax::app::Side::Left).cursor_row() as u16;
    assert_eq!(buffer[(left.x + 1, row)].symbol(), "▌");
    assert_eq!(
        buffer[(left.x + 1 + parallax::app::geometry::GUTTER, row)].bg,
        theme.cursor.bg.unwrap()
    );
    assert_eq!(
        buffer[(right.x + 1, row)].symbol(),
        "▐",
        "counterpart on the same row"
    );
}

#[test]
fn quote_variants_show_word_differences() {
    let mut app = app(160, 45, (0, 1));
    let rows = parallax::app::panel::quote_rows(&app.analysis);
    let row = rows
        .iter()
        .position(|&g| app.analysis.quote_groups[g].members.len() == 5)
        .unwrap();
    handle(&mut app, Event::Key(Key::char('1')));
    for _ in 0..row {
        handle(&mut app, Event::Key(Key::char('j')));
    }
    handle(&mut app, Event::Key(Key::plain(KeyCode::Enter)));
    let theme = Theme::colour();
    let buffer = render(&app, &theme);
    let screen = text(&buffer);
    assert!(screen.contains("← Jens Stoltenberg"), "{screen}");
    assert!(screen.contains("(fullest)"));
    let (x, y) = find(&buffer, "totalitarian").expect("the KCNA rendering is listed");
    assert_eq!(
        buffer[(x, y)].fg,
        theme.added.fg.unwrap(),
        "an added word is marked"
    );
}

#[test]
fn claims_and_coverage_tabs() {
    let corpus = common::corpus(&common::HARBOUR);
    let analysis = parallax::analysis::analyze(&corpus);
    let mut app = App::new(
        corpus,
        analysis,
        Some((0, 1)),
        ratatui::layout::Rect::new(0, 0, 160, 45),
    );
    handle(&mut app, Event::Key(Key::char('2')));
    handle(&mut app, Event::Key(Key::char('f')));
    let screen = text(&render(&app, &Theme::colour()));
    assert!(screen.contains("filter conflicts"));
    assert!(
        screen.contains("≠  3/3 Outlet 0, Outlet 1, Outlet 2"),
        "{screen}"
    );
    handle(&mut app, Event::Key(Key::char('3')));
    let screen = text(&render(&app, &Theme::colour()));
    assert!(screen.contains("1 2 3  claim"), "{screen}");
    assert!(screen.contains("✖"));
    assert!(screen.contains("3 Outlet 2"));
}

#[test]
fn picker_lists_every_article_with_word_counts() {
    let mut app = app(120, 30, (0, 1));
    handle(&mut app, Event::Key(Key::char('o')));
    let screen = text(&render(&app, &Theme::colour()));
    assert!(screen.contains("Choose the LEFT article"));
    for outlet in [
        "RT",
        "GDC",
        "Artillery-deal report",
        "KCNA-reaction report",
        "Translated report",
    ] {
        assert!(screen.contains(outlet), "{outlet} missing");
    }
    assert!(screen.contains("words"));
    assert!(screen.contains("L  RT"));
}

#[test]
fn help_is_generated_from_the_key_table() {
    let mut app = app(160, 50, (0, 1));
    handle(&mut app, Event::Key(Key::char('?')));
    let screen = text(&render(&app, &Theme::colour()));
    for row in parallax::app::keymap::help_rows(parallax::app::keymap::Context::Reader) {
        assert!(screen.contains(row.1), "help lacks {:?}", row.1);
    }
}

#[test]
fn tiny_terminals_get_a_notice_and_no_panic() {
    for (w, h) in [(1, 1), (20, 5), (29, 40)] {
        let app = app(w, h, (0, 1));
        let screen = text(&render(&app, &Theme::colour()));
        if w > 10 {
            assert!(screen.contains("Terminal"), "{screen}");
        }
    }
}

#[test]
fn popups_on_tiny_terminals_do_not_panic() {
    for (w, h) in [(1, 1), (2, 3), (20, 5), (30, 8), (45, 12)] {
        for keys in [&['?'][..], &['o'], &['a'], &['1', 'v'], &['/', 'x']] {
            let mut app = app(w, h, (0, 1));
            for c in keys {
                handle(&mut app, Event::Key(Key::char(*c)));
            }
            let _ = render(&app, &Theme::colour());
        }
    }
}

#[test]
fn wide_and_narrow_layouts() {
    let app_wide = app(250, 60, (0, 1));
    let screen = text(&render(&app_wide, &Theme::colour()));
    assert!(screen.contains("3 Coverage"));
    let narrow = app(60, 15, (0, 1));
    let screen = text(&render(&narrow, &Theme::colour()));
    assert!(
        !screen.contains("Coverage"),
        "panel collapses on narrow screens"
    );
    assert!(screen.contains("RT —"));
}

#[test]
fn plain_theme_uses_no_colour() {
    let app = app(120, 30, (2, 4));
    let buffer = render(&app, &Theme::plain());
    for cell in buffer.content() {
        assert_eq!(cell.fg, Color::Reset);
        assert_eq!(cell.bg, Color::Reset);
    }
}

#[test]
fn seed_pair_snapshot() {
    let app = app(120, 30, (1, 3));
    insta::assert_snapshot!(text(&render(&app, &Theme::colour())));
}
