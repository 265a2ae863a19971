//! The terminal: set up, read events, draw, and restore on every way out.
//!
//! [`run_app`] is the event loop, generic over any ratatui backend and any
//! [`EventSource`], so tests drive the real loop with a `TestBackend` and
//! scripted events. [`run`] wires it to the real terminal: crossterm input and
//! SIGTERM/SIGHUP arrive through one channel.

mod effects;
mod events;
mod run_loop;
mod terminal;

use std::io::{IsTerminal, stdout};

use anyhow::{Context, Result, bail};
use ratatui::layout::Rect;

use crate::analysis::Analysis;
use crate::app::{App, ReportDir};
use crate::model::Corpus;
use crate::session::OpenSession;
use crate::ui::Theme;

pub use effects::{Outside, report_name};
pub use events::{EventSource, TerminalEvents, translate};
pub use run_loop::{Ending, run_app};

/// Fails unless standard output is a terminal the reader can draw on.
pub fn ensure_terminal() -> Result<()> {
    if !stdout().is_terminal() {
        bail!("the reader needs a terminal; for scripts use `parallax analyze --json`");
    }
    Ok(())
}

/// Runs the reader until the user quits. `pair` picks the articles shown first;
/// without it, a corpus of more than two articles opens on the picker. Every mark
/// is saved to the session as soon as it is made. On SIGTERM or SIGHUP the
/// session is saved and the terminal restored before the process ends by the
/// signal.
pub fn run(
    corpus: Corpus,
    analysis: Analysis,
    pair: Option<(usize, usize)>,
    open: OpenSession,
) -> Result<()> {
    ensure_terminal()?;
    let theme = Theme::from_env();
    let offset = effects::local_offset();
    let (guard, mut terminal) = terminal::TerminalGuard::enter()?;
    let size = terminal.size().context("cannot read the terminal size")?;
    let area = Rect::new(0, 0, size.width, size.height);
    let mut app = App::new(corpus, analysis, pair, area);
    prepare(&mut app, &open);
    app.attach_session(open.session, read_only_reason(open.store.as_ref()));
    let mut source = TerminalEvents::start()?;
    let mut outside = Outside::new(open.store).with_offset(offset);
    let ending = run_app(&mut terminal, &mut app, &theme, &mut source, &mut outside);
    drop(terminal);
    drop(guard);
    drop(outside);
    if let (Ok(Ending::Terminated), Some(signal)) = (&ending, source.signal()) {
        let _ = signal_hook::low_level::emulate_default_handler(signal);
    }
    ending.map(|_| ())
}

/// Where reports go, and the first message: session notices, where notes are
/// saved, and anything the app already had to say.
fn prepare(app: &mut App, open: &OpenSession) {
    app.report_dir = match open.store.as_ref().and_then(|s| s.path().parent()) {
        Some(dir) if !dir.as_os_str().is_empty() => ReportDir::Folder(dir.to_path_buf()),
        _ => ReportDir::Ask(std::env::current_dir().unwrap_or_else(|_| ".".into())),
    };
    let mut said: Vec<String> = app.message.take().into_iter().collect();
    match (&open.store, open.notices.is_empty()) {
        (_, false) => said.extend(open.notices.iter().cloned()),
        (Some(store), true) => said.push(format!("notes are saved to {}", store.path().display())),
        (None, true) => {}
    }
    app.message = (!said.is_empty()).then(|| said.join("; "));
}

/// Why the session cannot be written, if it cannot.
fn read_only_reason(store: Option<&crate::session::SessionStore>) -> Option<String> {
    match store {
        Some(store) if store.read_only => Some(format!(
            "{} was written by a newer Parallax",
            store.path().display()
        )),
        Some(_) => None,
        None => Some("no session file".to_string()),
    }
}
