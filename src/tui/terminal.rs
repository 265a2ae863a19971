//! Terminal set-up and restore: raw mode, alternate screen, mouse and bracketed
//! paste on entry, and off again on drop or panic.

use std::io::stdout;

use anyhow::{Context, Result};
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use ratatui::DefaultTerminal;

/// Restores the terminal when dropped, whatever happened in between.
pub struct TerminalGuard;

impl TerminalGuard {
    /// Raw mode, alternate screen, bracketed paste and (when `mouse`) mouse
    /// reporting on; a panic hook that turns them off again before the panic
    /// message prints. Without the mouse, the terminal keeps it for selecting text.
    pub fn enter(mouse: bool) -> Result<(Self, DefaultTerminal)> {
        let terminal = ratatui::try_init().context("cannot set up the terminal")?;
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
            let _ = ratatui::try_restore();
            previous(info);
        }));
        let guard = Self;
        execute!(stdout(), EnableBracketedPaste).context("cannot enable bracketed paste")?;
        if mouse {
            execute!(stdout(), EnableMouseCapture).context("cannot enable the mouse")?;
        }
        Ok((guard, terminal))
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
        let _ = ratatui::try_restore();
    }
}
