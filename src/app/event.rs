//! Input from the terminal, turned into actions on the app.

use super::available::{check, not_here, opens_text_field};
use super::geometry::Geometry;
use super::keymap::{Context, Key, KeyCode};
use super::loading::LoadProgress;
use super::modal::Modal;
use super::state::App;
use super::text_input::{paste, type_char};
use super::update::update;
use super::{Action, Effect, Side};

/// Lines one mouse-wheel step scrolls.
const WHEEL_LINES: isize = 3;

/// Something that happened at the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A key was pressed.
    Key(Key),
    /// Text was pasted.
    Paste(String),
    /// The terminal was resized.
    Resize {
        /// New width in columns.
        width: u16,
        /// New height in rows.
        height: u16,
    },
    /// The mouse wheel turned over a cell.
    Wheel {
        /// Column of the pointer.
        column: u16,
        /// Row of the pointer.
        row: u16,
        /// True for scrolling down.
        down: bool,
    },
    /// The left mouse button was pressed on a cell.
    Click {
        /// Column of the pointer.
        column: u16,
        /// Row of the pointer.
        row: u16,
    },
    /// The process was asked to end (SIGTERM, SIGHUP): save and leave.
    Terminate,
    /// Loading or analysis got this far (before the reader has articles).
    Progress(LoadProgress),
    /// Loading and analysis ended, well or not: their result is waiting.
    Loaded,
}

/// Applies one terminal event to the app.
pub fn handle(app: &mut App, event: Event) -> Vec<Effect> {
    match event {
        Event::Resize { width, height } => {
            let covered = super::update::panel_cover_message(app);
            app.area = ratatui::layout::Rect::new(0, 0, width, height);
            app.relayout();
            app.follow();
            if covered.is_some() && app.message == covered {
                app.message = super::update::panel_cover_message(app);
            }
            Vec::new()
        }
        Event::Key(key) => press(app, key),
        Event::Paste(text) => {
            paste(app, &text);
            Vec::new()
        }
        Event::Wheel { column, row, down } => {
            wheel(app, column, row, down);
            Vec::new()
        }
        Event::Click { column, row } => {
            click(app, column, row);
            Vec::new()
        }
        Event::Terminate => {
            app.record_positions();
            vec![Effect::Save, Effect::ForceQuit]
        }
        Event::Progress(_) | Event::Loaded => Vec::new(),
    }
}

/// A key press: the action the key table in force gives it in the current
/// mode, text for a text field (or the start of the help or picker filter), or
/// a word on why the key does nothing here.
fn press(app: &mut App, key: Key) -> Vec<Effect> {
    let context = app.context();
    if let Some(action) = app.keys.resolve(context, key) {
        return match check(app, action) {
            Ok(()) => update(app, action),
            Err(reason) => {
                refuse(app, reason, opens_text_field(action));
                Vec::new()
            }
        };
    }
    match key.code {
        KeyCode::Char(c)
            if !key.ctrl
                && (context.takes_text() || matches!(context, Context::Help | Context::Picker)) =>
        {
            type_char(app, c);
        }
        _ if matches!(context, Context::Notice | Context::Confirm) => {}
        _ => {
            let (reason, wanted_field) = not_here(&app.keys, context, key);
            refuse(app, reason, wanted_field);
        }
    }
    Vec::new()
}

/// Says why a key did nothing. When the key was meant to open a text field, the
/// reason shows in a notice that takes the keys typed next, so text meant for the
/// field never runs as commands.
fn refuse(app: &mut App, reason: String, wanted_field: bool) {
    if wanted_field {
        app.modal = Modal::Notice(reason);
    } else {
        app.message = Some(reason);
    }
}

/// The pane under a screen cell.
fn pane_at(app: &App, column: u16, row: u16) -> Option<Side> {
    let geometry = app.geometry();
    [Side::Left, Side::Right]
        .into_iter()
        .find(|side| geometry.panes[side.index()].contains((column, row).into()))
}

fn wheel(app: &mut App, column: u16, row: u16, down: bool) {
    if app.modal != Modal::None {
        return;
    }
    let over_panel = app
        .geometry()
        .panel
        .is_some_and(|p| p.contains((column, row).into()));
    if over_panel {
        update(
            app,
            if down {
                Action::ListDown
            } else {
                Action::ListUp
            },
        );
    } else if let Some(side) = pane_at(app, column, row) {
        app.focus = side;
        app.pane_mut(side)
            .scroll_by(if down { WHEEL_LINES } else { -WHEEL_LINES });
        app.follow();
    }
}

fn click(app: &mut App, column: u16, row: u16) {
    if app.modal != Modal::None {
        return;
    }
    let geometry = app.geometry();
    if geometry
        .panel
        .is_some_and(|p| p.contains((column, row).into()))
    {
        app.panel.focused = true;
        return;
    }
    let Some(side) = pane_at(app, column, row) else {
        return;
    };
    app.focus = side;
    app.panel.focused = false;
    let text = Geometry::text_area(geometry.panes[side.index()]);
    if row < text.y || row >= text.y + text.height {
        return;
    }
    let pane = app.pane(side);
    let line = pane.top + usize::from(row - text.y);
    if let Some(sentence) = pane.sentence_at_line(line) {
        app.pane_mut(side).set_cursor(sentence);
        app.follow();
    }
}
