//! The config in the reader: a remapped key changes what the key does and what
//! help, the hint line and popup footers say; start-up settings apply.

use parallax::app::keymap::Key;
use parallax::app::{App, Event, Modal, Side, handle};
use parallax::config::Config;
use parallax::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod common;
use common::{screen, seeds_app};

fn configured(text: &str, width: u16, height: u16) -> App {
    let (config, warnings) = Config::parse(text, "c.toml");
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut app = seeds_app(width, height, (0, 1));
    app.configure(&config);
    app
}

fn draw(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal
        .draw(|frame| ui::draw(frame, app, &Theme::colour()))
        .unwrap();
    screen(terminal.backend().buffer())
}

fn press(app: &mut App, key: Key) {
    handle(app, Event::Key(key));
}

#[test]
fn a_remap_changes_dispatch_help_and_hints() {
    let mut app = configured(
        "[keys]\nnext_sentence = \"J\"\nprev_sentence = \"K\"\n",
        120,
        40,
    );
    press(&mut app, Key::char('J'));
    assert_eq!(app.pane(Side::Left).cursor, 1, "J moves down");
    press(&mut app, Key::char('j'));
    assert_eq!(app.pane(Side::Left).cursor, 1, "j no longer does");
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.starts_with("j: ") && !m.contains("next sentence")),
        "{:?}",
        app.message
    );
    let main = draw(&app);
    let hints = main.lines().last().unwrap();
    assert!(hints.contains("J/K sentence"), "{hints}");

    press(&mut app, Key::char('?'));
    let help = draw(&app);
    let row = help
        .lines()
        .find(|l| l.contains("next sentence"))
        .expect("help lists next sentence");
    assert!(row.contains(" J "), "{row}");
    assert!(!row.contains("j ↓"), "{row}");
}

#[test]
fn a_remap_in_the_picker_shows_in_its_footer() {
    let mut app = configured("[keys.picker]\npick_left = [\"<\"]\n", 120, 30);
    press(&mut app, Key::char('o'));
    let picker = draw(&app);
    let footer = picker
        .lines()
        .find(|l| l.contains("left/right"))
        .expect("the picker footer");
    assert!(footer.contains("</l left/right"), "{footer}");
    press(&mut app, Key::char('j'));
    press(&mut app, Key::char('<'));
    assert_eq!(app.modal, Modal::None);
    assert_eq!(app.pane(Side::Left).article, 1, "< put it in the left pane");
}

#[test]
fn start_settings_apply() {
    let app = configured(
        "sync = false\nside_panel = false\nwrap_width = 40\n",
        200,
        40,
    );
    assert!(!app.sync);
    assert!(!app.panel.visible);
    let screen = draw(&app);
    assert!(screen.contains("no sync"), "{screen}");
    let longest = app
        .pane(Side::Left)
        .wrapped
        .lines
        .iter()
        .map(|l| {
            app.corpus.articles[app.pane(Side::Left).article]
                .slice(l.span)
                .trim_end()
                .chars()
                .count()
        })
        .max()
        .unwrap();
    assert!(longest <= 40, "wrapped at 40, not the pane: {longest}");
    let filled = seeds_app(200, 40, (0, 1));
    assert!(
        filled.pane(Side::Left).wrapped.width > 40,
        "None fills the pane"
    );
}
