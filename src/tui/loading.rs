//! The reader's first moments: the articles are loaded and analysed on a
//! worker thread while the loop draws the loading screen at once and redraws it
//! as the worker's progress arrives through the event source, so a large
//! corpus never shows a blank terminal. Quitting (or a signal) works from the
//! first frame.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;

use anyhow::{Result, anyhow};
use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::analysis::Analysis;
use crate::app::keymap::Context;
use crate::app::loading::{LoadProgress, LoadStep};
use crate::app::{Action, Event};
use crate::config::KeyTable;
use crate::model::Corpus;
use crate::progress::Progress;
use crate::session::OpenSession;
use crate::ui::{Theme, draw_loading};

use super::events::EventSource;

/// What the worker hands the reader.
pub struct Loaded {
    /// The articles.
    pub corpus: Corpus,
    /// Their analysis.
    pub analysis: Analysis,
    /// The pair to show first; `None` opens the picker.
    pub pair: Option<(usize, usize)>,
    /// The review session.
    pub open: OpenSession,
}

/// How waiting for the worker ended.
pub enum Waited {
    /// The articles are ready.
    Ready(Box<Loaded>),
    /// The analyst quit before they were.
    Quit,
    /// A signal asked the process to end.
    Terminated,
}

/// The worker's side of the channel: says which step it is on, and (as a
/// [`Progress`]) how many articles are analysed, at most once per percent.
pub struct LoadReporter {
    /// Into the loop's event source.
    sender: Sender<Event>,
    /// The step counts belong to.
    step: Mutex<LoadStep>,
    /// One more than the last percent sent (0: none yet).
    sent: AtomicUsize,
}

impl LoadReporter {
    /// A reporter sending into `sender`.
    pub fn new(sender: Sender<Event>) -> Self {
        Self {
            sender,
            step: Mutex::new(LoadStep::Loading),
            sent: AtomicUsize::new(0),
        }
    }

    /// The worker starts `step`.
    pub fn step(&self, step: LoadStep) {
        *self.step.lock().unwrap_or_else(|e| e.into_inner()) = step;
        self.sent.store(0, Ordering::Relaxed);
        let _ = self.sender.send(Event::Progress(LoadProgress::step(step)));
    }
}

impl Progress for LoadReporter {
    fn report(&self, done: usize, total: usize) {
        let percent = (done * 100).checked_div(total).unwrap_or(0);
        let before = self.sent.swap(percent + 1, Ordering::Relaxed);
        if before == percent + 1 && done < total {
            return;
        }
        let step = *self.step.lock().unwrap_or_else(|e| e.into_inner());
        let _ = self
            .sender
            .send(Event::Progress(LoadProgress { step, done, total }));
    }
}

/// Runs `load` on a worker thread reporting into `sender`; when it ends, well,
/// badly or by a panic, [`Event::Loaded`] tells the loop to collect the result.
pub fn spawn_loader<F>(sender: Sender<Event>, load: F) -> JoinHandle<Result<Loaded>>
where
    F: FnOnce(&LoadReporter) -> Result<Loaded> + Send + 'static,
{
    std::thread::spawn(move || {
        let _wake = WakeOnDrop(sender.clone());
        load(&LoadReporter::new(sender))
    })
}

/// Sends [`Event::Loaded`] when dropped, however the worker ends.
struct WakeOnDrop(Sender<Event>);

impl Drop for WakeOnDrop {
    fn drop(&mut self) {
        let _ = self.0.send(Event::Loaded);
    }
}

/// Draws the loading screen on `terminal` until the worker is done, the
/// analyst quits (the keys for quitting in `keys`) or a signal arrives; a
/// failed load is the error.
pub fn wait_for_load<B, S>(
    terminal: &mut Terminal<B>,
    theme: &Theme,
    keys: &KeyTable,
    source: &mut S,
    worker: JoinHandle<Result<Loaded>>,
) -> Result<Waited>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
    S: EventSource,
{
    let mut progress = LoadProgress::step(LoadStep::Loading);
    loop {
        terminal.draw(|frame| draw_loading(frame, &progress, keys, theme))?;
        let mut next = source.next()?;
        if next.is_none() {
            return Ok(Waited::Quit);
        }
        while let Some(event) = next {
            match event {
                Event::Loaded => return collect(worker),
                Event::Terminate => return Ok(Waited::Terminated),
                Event::Key(key)
                    if matches!(
                        keys.resolve(Context::Reader, key),
                        Some(Action::Quit | Action::ForceQuit)
                    ) =>
                {
                    return Ok(Waited::Quit);
                }
                Event::Progress(report) => progress = later(progress, report),
                _ => {}
            }
            next = source.try_next()?;
        }
    }
}

/// The later of two reports: counts from several threads may arrive out of
/// order, and the screen must not count backwards.
fn later(shown: LoadProgress, report: LoadProgress) -> LoadProgress {
    if shown.step == report.step && shown.total == report.total && report.done < shown.done {
        shown
    } else {
        report
    }
}

/// The worker's result.
fn collect(worker: JoinHandle<Result<Loaded>>) -> Result<Waited> {
    match worker.join() {
        Ok(loaded) => Ok(Waited::Ready(Box::new(loaded?))),
        Err(_) => Err(anyhow!("loading stopped on an internal error")),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc::channel;

    use super::*;

    #[test]
    fn counts_are_sent_once_per_percent_and_always_at_the_end() {
        let (sender, events) = channel();
        let reporter = LoadReporter::new(sender);
        reporter.step(LoadStep::Analysing);
        for done in 0..=5000 {
            reporter.report(done, 5000);
        }
        let sent: Vec<Event> = events.try_iter().collect();
        assert_eq!(sent.len(), 1 + 101, "the step, then 0% to 100%");
        assert_eq!(
            sent.last(),
            Some(&Event::Progress(LoadProgress {
                step: LoadStep::Analysing,
                done: 5000,
                total: 5000
            }))
        );
    }

    #[test]
    fn the_screen_never_counts_backwards() {
        let at = |done| LoadProgress {
            step: LoadStep::Analysing,
            done,
            total: 10,
        };
        assert_eq!(later(at(5), at(4)), at(5));
        assert_eq!(later(at(5), at(6)), at(6));
        let next = LoadProgress::step(LoadStep::Session);
        assert_eq!(later(at(5), next), next);
    }
}
