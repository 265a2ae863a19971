//! Input from the terminal, turned into actions on the app.

use super::geometry::Geometry;
use super::keymap::{Key, KeyCode, resolve};
use super::state::{App, Overlay};
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
}

/// Applies one terminal event to the app.
pub fn handle(app: &mut App, event: Event) -> Vec<Effect> {
    match event {
        Event::Resize { width, height } => {
            app.area = ratatui::layout::Rect::new(0, 0, width, height);
            app.relayout();
            Vec::new()
        }
        Event::Key(key) if app.editor.is_some() => edit_mark(app, key),
        Event::Key(key) if app.search.input.is_some() => {
            edit_search(app, key);
            Vec::new()
        }
        Event::Key(key) => match resolve(app.context(), key) {
            Some(action) => update(app, action),
            None => Vec::new(),
        },
        Event::Paste(text) => {
            if let Some(open) = &mut app.editor {
                open.editor.paste(&text);
            } else if let Some(input) = &mut app.search.input {
                input.extend(text.chars().filter(|c| !c.is_control()));
            }
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
    }
}

/// Typing in the note editor: text keys edit, `Tab` changes a verdict, `Esc` or
/// `Ctrl-s` saves and closes (an emptied note is removed), `Enter` starts a new
/// line (and saves a one-line tag).
fn edit_mark(app: &mut App, key: Key) -> Vec<Effect> {
    let one_line = app
        .editor
        .as_ref()
        .is_some_and(|e| e.purpose == super::marks::EditorPurpose::Tag);
    let Some(open) = &mut app.editor else {
        return Vec::new();
    };
    let editor = &mut open.editor;
    match key.code {
        KeyCode::Esc => return super::mark_actions::finish_editor(app),
        KeyCode::Char('s') if key.ctrl => return super::mark_actions::finish_editor(app),
        KeyCode::Enter if one_line => return super::mark_actions::finish_editor(app),
        KeyCode::Enter => editor.insert('\n'),
        KeyCode::Char(c) if !key.ctrl => editor.insert(c),
        KeyCode::Backspace => editor.backspace(),
        KeyCode::Delete => editor.delete(),
        KeyCode::Left => editor.left(),
        KeyCode::Right => editor.right(),
        KeyCode::Up => editor.up(),
        KeyCode::Down => editor.down(),
        KeyCode::Home => editor.home(),
        KeyCode::End => editor.end(),
        KeyCode::Tab => super::mark_actions::next_verdict(app),
        _ => {}
    }
    Vec::new()
}

/// Typing in the search prompt.
fn edit_search(app: &mut App, key: Key) {
    let Some(input) = &mut app.search.input else {
        return;
    };
    match key.code {
        KeyCode::Char(c) if !key.ctrl => input.push(c),
        KeyCode::Backspace => {
            input.pop();
        }
        KeyCode::Enter => {
            app.search.query = app.search.input.take().unwrap_or_default();
            app.rerun_search();
            update(app, Action::SearchNext);
        }
        KeyCode::Esc => app.search.input = None,
        _ => {}
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
    if app.overlay != Overlay::None {
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
    if app.overlay != Overlay::None {
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
