//! The event loop, over any ratatui backend and any event source: draw, block
//! for an event, apply it and every event already waiting, draw once more.

use anyhow::Result;
use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::app::{self, App, Effect, Event};
use crate::ui::{self, Theme};

use super::effects::Outside;
use super::events::EventSource;

/// Why the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The analyst quit.
    Quit,
    /// A signal asked the process to end; the session was saved.
    Terminated,
    /// The event source ran dry.
    Closed,
}

/// Runs the reader on `terminal` with events from `source`, carrying out the
/// app's effects through `outside`, until it quits, is terminated, or the source
/// ends.
pub fn run_app<B, S>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    source: &mut S,
    outside: &mut Outside,
) -> Result<Ending>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
    S: EventSource,
{
    loop {
        terminal.draw(|frame| ui::draw(frame, app, theme))?;
        let Some(event) = source.next()? else {
            return Ok(Ending::Closed);
        };
        if let Some(ending) = apply(app, event, outside) {
            return Ok(ending);
        }
        while let Some(event) = source.try_next()? {
            if let Some(ending) = apply(app, event, outside) {
                return Ok(ending);
            }
        }
    }
}

/// Applies one event and carries out what it asks; `Some` when the loop must end.
fn apply(app: &mut App, event: Event, outside: &mut Outside) -> Option<Ending> {
    let terminate = event == Event::Terminate;
    let mut ending = None;
    for effect in app::handle(app, event) {
        match effect {
            Effect::Save => outside.save(app),
            Effect::Export(dir) => outside.export(app, &dir),
            Effect::Copy(text) => outside.copy(app, &text),
            Effect::OpenUrl(url) => outside.open_url(app, &url),
            Effect::Quit if app.may_quit() => ending = Some(Ending::Quit),
            Effect::Quit => {}
            Effect::ForceQuit if terminate => ending = Some(Ending::Terminated),
            Effect::ForceQuit => ending = Some(Ending::Quit),
        }
    }
    ending
}
