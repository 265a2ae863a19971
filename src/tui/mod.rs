//! The terminal: set up, read events, draw, and restore on every way out.
//!
//! [`run_app`] is the event loop, generic over any ratatui backend and any
//! [`EventSource`], so tests drive the real loop with a `TestBackend` and
//! scripted events. [`run`] wires it to the real terminal: crossterm input,
//! SIGTERM/SIGHUP and the loading worker's progress arrive through one channel.

mod clipboard;
mod effects;
mod events;
mod loading;
mod run_loop;
mod terminal;

use std::io::{IsTerminal, stdout};

use anyhow::{Context, Result, bail};
use ratatui::layout::Rect;

use crate::app::{App, ReportDir};
use crate::config::Config;
use crate::session::OpenSession;

pub use effects::{Browser, Outside, report_name};
pub use events::{EventSource, TerminalEvents, translate};
pub use loading::{LoadReporter, Loaded, Waited, spawn_loader, wait_for_load};
pub use run_loop::{Ending, run_app};

/// Fails unless standard output is a terminal the reader can draw on.
pub fn ensure_terminal() -> Result<()> {
    if !stdout().is_terminal() {
        bail!("the reader needs a terminal; for scripts use `parallax analyze --json`");
    }
    Ok(())
}

/// Runs the reader until the user quits. The first frame is drawn at once;
/// `load` runs on a worker thread (reading the articles, opening the session,
/// analysing) while the loading screen shows its progress. `config` gives the
/// theme, keys, mouse, start-up settings and report folder; `notices` (the
/// config's warnings) open the status line. Every mark is saved to the
/// session as soon as it is made. On SIGTERM or SIGHUP the session is saved
/// and the terminal restored before the process ends by the signal.
pub fn run<F>(config: &Config, notices: Vec<String>, load: F) -> Result<()>
where
    F: FnOnce(&LoadReporter) -> Result<Loaded> + Send + 'static,
{
    ensure_terminal()?;
    let offset = effects::local_offset();
    let theme = config.theme();
    let keys = config.key_table();
    let caveat = clipboard::caveat();
    let (guard, mut terminal) = terminal::TerminalGuard::enter(config.mouse)?;
    let mut source = TerminalEvents::start()?;
    let worker = spawn_loader(source.sender(), load);
    let loaded = match wait_for_load(&mut terminal, &theme, &keys, &mut source, worker)? {
        Waited::Ready(loaded) => *loaded,
        Waited::Quit => return Ok(()),
        Waited::Terminated => {
            drop(terminal);
            drop(guard);
            end_by_signal(&source);
            return Ok(());
        }
    };
    let size = terminal.size().context("cannot read the terminal size")?;
    let area = Rect::new(0, 0, size.width, size.height);
    let mut app = App::new(loaded.corpus, loaded.analysis, loaded.pair, area);
    app.configure(config);
    let open = loaded.open;
    prepare(&mut app, &open, config.report_dir(), notices);
    app.attach_session(open.session, read_only_reason(open.store.as_ref()));
    let mut outside = Outside::new(open.store)
        .with_offset(offset)
        .with_terminal(Box::new(stdout()), caveat)
        .with_browser(Box::new(|url| open::that_detached(url)));
    let ending = run_app(&mut terminal, &mut app, &theme, &mut source, &mut outside);
    drop(terminal);
    drop(guard);
    drop(outside);
    if let Ok(Ending::Terminated) = &ending {
        end_by_signal(&source);
    }
    ending.map(|_| ())
}

/// Ends the process by the signal that asked it to end, as it would have
/// without a handler (the shell sees 143 for SIGTERM).
fn end_by_signal(source: &TerminalEvents) {
    if let Some(signal) = source.signal() {
        let _ = signal_hook::low_level::emulate_default_handler(signal);
    }
}

/// Where reports go (the configured folder, else the session's, else ask),
/// and the first message: `notices`, then what loading warned about, session
/// notices or where notes are saved, and anything the app already had to say.
fn prepare(
    app: &mut App,
    open: &OpenSession,
    configured: Option<&std::path::Path>,
    notices: Vec<String>,
) {
    let session_dir = open
        .store
        .as_ref()
        .and_then(|s| s.path().parent())
        .filter(|dir| !dir.as_os_str().is_empty());
    app.report_dir = match configured.or(session_dir) {
        Some(dir) => ReportDir::Folder(dir.to_path_buf()),
        None => ReportDir::Ask(std::env::current_dir().unwrap_or_else(|_| ".".into())),
    };
    let mut said = notices;
    said.extend(app.corpus.warnings.iter().cloned());
    said.extend(app.message.take());
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
