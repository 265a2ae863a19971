//! The terminal: set up, read events, draw, and restore on every way out.
//!
//! The loop blocks on input (no timer, so an idle reader uses no CPU), applies
//! every pending event, then draws once.

use std::io::{IsTerminal, stdout};

use anyhow::{Context, Result, bail};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use crossterm::execute;
use ratatui::DefaultTerminal;
use ratatui::layout::Rect;

use crate::analysis::Analysis;
use crate::app::keymap::{Key, KeyCode};
use crate::app::{self, App, Effect, Event};
use crate::model::Corpus;
use crate::session::export::{Format, export};
use crate::session::{OpenSession, SessionStore, write_atomic};
use crate::ui::{self, Theme};

/// Fails unless standard output is a terminal the reader can draw on.
pub fn ensure_terminal() -> Result<()> {
    if !stdout().is_terminal() {
        bail!("the reader needs a terminal; for scripts use `parallax analyze --json`");
    }
    Ok(())
}

/// Runs the reader until the user quits. `pair` picks the articles shown first;
/// without it, a corpus of more than two articles opens on the picker. Every mark
/// is saved to the session as soon as it is made.
pub fn run(
    corpus: Corpus,
    analysis: Analysis,
    pair: Option<(usize, usize)>,
    open: OpenSession,
) -> Result<()> {
    ensure_terminal()?;
    let theme = Theme::from_env();
    let (guard, mut terminal) = TerminalGuard::enter()?;
    let size = terminal.size().context("cannot read the terminal size")?;
    let area = Rect::new(0, 0, size.width, size.height);
    let mut app = App::new(corpus, analysis, pair, area);
    let read_only = match &open.store {
        Some(store) if store.read_only => Some(format!(
            "{} was written by a newer Parallax",
            store.path().display()
        )),
        Some(_) => None,
        None => Some("no session file".to_string()),
    };
    app.attach_session(open.session, read_only);
    app.message = match (&open.store, open.notices.is_empty()) {
        (_, false) => Some(open.notices.join("; ")),
        (Some(store), true) => Some(format!("notes are saved to {}", store.path().display())),
        (None, true) => None,
    };
    let mut effects = Effects { store: open.store };
    let result = event_loop(&mut terminal, &mut app, &theme, &mut effects);
    drop(terminal);
    drop(guard);
    result
}

/// Restores the terminal when dropped, whatever happened in between.
struct TerminalGuard;

impl TerminalGuard {
    /// Raw mode, alternate screen, mouse and bracketed paste on; a panic hook that
    /// turns them off again before the panic message prints.
    fn enter() -> Result<(Self, DefaultTerminal)> {
        let terminal = ratatui::try_init().context("cannot set up the terminal")?;
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
            let _ = ratatui::try_restore();
            previous(info);
        }));
        let guard = Self;
        execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)
            .context("cannot enable the mouse")?;
        Ok((guard, terminal))
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
        let _ = ratatui::try_restore();
    }
}

/// Reads events and draws until a [`Effect::Quit`].
fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    theme: &Theme,
    effects: &mut Effects,
) -> Result<()> {
    loop {
        terminal.draw(|frame| ui::draw(frame, app, theme))?;
        let mut quit = apply(app, event::read()?, effects);
        while !quit && event::poll(std::time::Duration::ZERO)? {
            quit = apply(app, event::read()?, effects);
        }
        if quit {
            return Ok(());
        }
    }
}

/// Applies one terminal event and carries out what it asks; true when the app
/// asked to quit.
fn apply(app: &mut App, event: event::Event, effects: &mut Effects) -> bool {
    let Some(event) = translate(event) else {
        return false;
    };
    let mut quit = false;
    for effect in app::handle(app, event) {
        match effect {
            Effect::Quit => quit = true,
            Effect::Save => effects.save(app),
            Effect::Export => effects.export(app),
        }
    }
    quit
}

/// Carries out the app's requests to save and export.
struct Effects {
    store: Option<SessionStore>,
}

impl Effects {
    /// Saves the session; a failure is shown on the status line, never hidden.
    fn save(&mut self, app: &mut App) {
        if app.read_only.is_some() {
            return;
        }
        if let Some(store) = &self.store
            && let Err(err) = store.save(&app.session)
        {
            app.message = Some(format!("NOT SAVED: {err}"));
        }
    }

    /// Writes the Markdown report into the current folder.
    fn export(&mut self, app: &mut App) {
        let report = export(Format::Markdown, &app.session, &app.corpus, &app.analysis);
        let name = format!("parallax-report-{}.md", unix_seconds());
        app.message = Some(
            match write_atomic(std::path::Path::new(&name), report.as_bytes()) {
                Ok(()) => format!("report written to {name}"),
                Err(err) => format!("cannot write {name}: {err}"),
            },
        );
    }
}

/// Seconds since the Unix epoch, for file names.
fn unix_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Turns a crossterm event into an app event, dropping what the app ignores.
pub fn translate(event: event::Event) -> Option<Event> {
    match event {
        event::Event::Key(key) if key.kind != KeyEventKind::Release => {
            let code = match key.code {
                event::KeyCode::Char(c) => KeyCode::Char(c),
                event::KeyCode::Enter => KeyCode::Enter,
                event::KeyCode::Esc => KeyCode::Esc,
                event::KeyCode::Tab => KeyCode::Tab,
                event::KeyCode::BackTab => KeyCode::BackTab,
                event::KeyCode::Backspace => KeyCode::Backspace,
                event::KeyCode::Delete => KeyCode::Delete,
                event::KeyCode::Up => KeyCode::Up,
                event::KeyCode::Down => KeyCode::Down,
                event::KeyCode::Left => KeyCode::Left,
                event::KeyCode::Right => KeyCode::Right,
                event::KeyCode::PageUp => KeyCode::PageUp,
                event::KeyCode::PageDown => KeyCode::PageDown,
                event::KeyCode::Home => KeyCode::Home,
                event::KeyCode::End => KeyCode::End,
                _ => return None,
            };
            let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
            Some(Event::Key(Key { code, ctrl }))
        }
        event::Event::Resize(width, height) => Some(Event::Resize { width, height }),
        event::Event::Paste(text) => Some(Event::Paste(text)),
        event::Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => Some(Event::Wheel {
                column: mouse.column,
                row: mouse.row,
                down: mouse.kind == MouseEventKind::ScrollDown,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Event::Click {
                column: mouse.column,
                row: mouse.row,
            }),
            _ => None,
        },
        _ => None,
    }
}
