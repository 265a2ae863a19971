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
use crate::ui::{self, Theme};

/// Runs the reader until the user quits. `pair` picks the articles shown first;
/// without it, a corpus of more than two articles opens on the picker.
pub fn run(corpus: Corpus, analysis: Analysis, pair: Option<(usize, usize)>) -> Result<()> {
    if !stdout().is_terminal() {
        bail!("the reader needs a terminal; for scripts use `parallax analyze --json`");
    }
    let theme = Theme::from_env();
    let (guard, mut terminal) = TerminalGuard::enter()?;
    let size = terminal.size().context("cannot read the terminal size")?;
    let mut app = App::new(
        corpus,
        analysis,
        pair,
        Rect::new(0, 0, size.width, size.height),
    );
    let result = event_loop(&mut terminal, &mut app, &theme);
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
fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, theme: &Theme) -> Result<()> {
    loop {
        terminal.draw(|frame| ui::draw(frame, app, theme))?;
        let mut quit = apply(app, event::read()?);
        while !quit && event::poll(std::time::Duration::ZERO)? {
            quit = apply(app, event::read()?);
        }
        if quit {
            return Ok(());
        }
    }
}

/// Applies one terminal event; true when the app asked to quit.
fn apply(app: &mut App, event: event::Event) -> bool {
    let Some(event) = translate(event) else {
        return false;
    };
    app::handle(app, event).contains(&Effect::Quit)
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
