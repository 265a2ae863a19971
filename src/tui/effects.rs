//! Carrying out what the app asks of the outside world: saving the session
//! (keeping the failure until a save succeeds), writing the review report
//! under a readable name, putting text on the clipboard through the terminal,
//! and opening a web address in the browser.

use std::io::Write;
use std::path::{Path, PathBuf};

use time::{OffsetDateTime, UtcOffset};

use crate::app::App;
use crate::session::export::{Format, export};
use crate::session::{SessionStore, write_atomic};

/// Opens a web address in the browser.
pub type Browser = Box<dyn FnMut(&str) -> std::io::Result<()>>;

/// The session store, the clock, the terminal and the browser the effects use.
pub struct Outside {
    store: Option<SessionStore>,
    offset: UtcOffset,
    /// Where escape sequences for the terminal go (the clipboard's).
    terminal: Box<dyn Write>,
    /// Why the clipboard may not be reached in this terminal, if known.
    clipboard_caveat: Option<String>,
    browser: Browser,
}

impl Outside {
    /// Effects saving to `store` (none: marks stay in memory), naming reports in
    /// UTC; until given a terminal and a browser, copied text goes nowhere and
    /// no address is opened.
    pub fn new(store: Option<SessionStore>) -> Self {
        Self {
            store,
            offset: UtcOffset::UTC,
            terminal: Box::new(std::io::sink()),
            clipboard_caveat: None,
            browser: Box::new(|_| Err(std::io::Error::other("no browser in this run"))),
        }
    }

    /// Copies through `terminal` (standard output in the reader); `caveat`
    /// says why the clipboard may not be reached there, if known.
    pub fn with_terminal(mut self, terminal: Box<dyn Write>, caveat: Option<String>) -> Self {
        self.terminal = terminal;
        self.clipboard_caveat = caveat;
        self
    }

    /// Opens addresses with `browser`.
    pub fn with_browser(mut self, browser: Browser) -> Self {
        self.browser = browser;
        self
    }

    /// Names reports in local time at `offset` (see [`local_offset`]).
    pub fn with_offset(mut self, offset: UtcOffset) -> Self {
        self.offset = offset;
        self
    }

    /// Saves the session. A failure is kept on the app (a persistent NOT SAVED
    /// marker, and quitting asks) until a save succeeds.
    pub fn save(&mut self, app: &mut App) {
        if app.read_only.is_some() {
            return;
        }
        let Some(store) = &self.store else {
            return;
        };
        match store.save(&app.session) {
            Ok(()) => {
                if app.save_error.take().is_some() {
                    app.message = Some(format!("saved to {}", store.path().display()));
                }
            }
            Err(err) => {
                app.message = Some(format!("NOT SAVED: {err}"));
                app.save_error = Some(err.to_string());
            }
        }
    }

    /// Writes the Markdown report into `dir` under a dated name, never over an
    /// earlier report; the status line gives the full path.
    pub fn export(&mut self, app: &mut App, dir: &Path) {
        let machine = app.machine_analysis();
        let report = export(Format::Markdown, &app.session, &app.corpus, &machine);
        let now = OffsetDateTime::now_utc().to_offset(self.offset);
        let path = free_path(dir, &report_name(now));
        let shown = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
        app.message = Some(match write_atomic(&path, report.as_bytes()) {
            Ok(()) => format!("report written to {}", shown.display()),
            Err(err) => format!("cannot write {}: {err}", shown.display()),
        });
    }
}

impl Outside {
    /// Puts `text` on the clipboard with OSC 52, adding to the status line why
    /// it may not have arrived when that is known.
    pub fn copy(&mut self, app: &mut App, text: &str) {
        let written = self
            .terminal
            .write_all(super::clipboard::osc52(text).as_bytes())
            .and_then(|()| self.terminal.flush());
        let said = app.message.take().unwrap_or_default();
        app.message = Some(match (written, &self.clipboard_caveat) {
            (Err(err), _) => format!("cannot copy: {err}"),
            (Ok(()), Some(caveat)) => format!("{said} (OSC 52), but {caveat}"),
            (Ok(()), None) => said,
        });
    }

    /// Opens `url` (already checked to be http or https) in the browser.
    pub fn open_url(&mut self, app: &mut App, url: &str) {
        if let Err(err) = (self.browser)(url) {
            app.message = Some(format!("cannot open {url}: {err}"));
        }
    }
}

/// The local time zone's offset now. Read it before other threads start: the
/// platform call is not safe while they run, and UTC is used when it cannot be read.
pub fn local_offset() -> UtcOffset {
    UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC)
}

/// The report's file name for time `at`: `parallax-report-2026-11-29-1432.md`.
pub fn report_name(at: OffsetDateTime) -> String {
    format!(
        "parallax-report-{:04}-{:02}-{:02}-{:02}{:02}.md",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute()
    )
}

/// `dir/name`, or `dir/stem-2.md`, `-3`, … when it is taken.
fn free_path(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let stem = name.trim_end_matches(".md");
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.md")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_names_read_as_dates() {
        let at = OffsetDateTime::from_unix_timestamp(1_795_962_720).unwrap();
        assert_eq!(report_name(at), "parallax-report-2026-11-29-1432.md");
    }

    #[test]
    fn a_taken_name_gets_a_number() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("r.md"), "x").unwrap();
        std::fs::write(dir.path().join("r-2.md"), "x").unwrap();
        assert_eq!(free_path(dir.path(), "r.md"), dir.path().join("r-3.md"));
    }
}
