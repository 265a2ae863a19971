//! A progress line on standard error for the headless commands: shown only when
//! standard error is a terminal and the step lasts longer than a moment, and
//! cleared when it ends, so piped output and quick runs stay untouched.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::progress::Progress;

/// How long a step runs before its progress line appears.
const SHOW_AFTER: Duration = Duration::from_millis(300);

/// How often the spinner turns while nothing reports.
const TICK: Duration = Duration::from_millis(120);

/// One step's progress line ("loading articles", "analysing 1000 articles").
/// It spins until [`Progress::report`] gives counts, then shows a bar; dropping
/// it clears the line.
pub struct ProgressLine {
    /// The indicatif bar, hidden until [`SHOW_AFTER`] has passed.
    bar: ProgressBar,
}

impl ProgressLine {
    /// Starts the line for a step described by `message`.
    pub fn start(message: impl Into<String>) -> Self {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_message(message.into());
        if std::io::stderr().is_terminal() {
            bar.enable_steady_tick(TICK);
            let shown = bar.clone();
            std::thread::spawn(move || {
                std::thread::sleep(SHOW_AFTER);
                if !shown.is_finished() {
                    shown.set_draw_target(ProgressDrawTarget::stderr());
                }
            });
        }
        Self { bar }
    }
}

impl Progress for ProgressLine {
    fn report(&self, done: usize, total: usize) {
        if self.bar.length() != Some(total as u64) {
            self.bar.set_length(total as u64);
            self.bar.set_style(
                ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
        }
        self.bar.set_position(done as u64);
    }
}

impl Drop for ProgressLine {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_switch_the_line_to_a_bar() {
        let line = ProgressLine::start("analysing");
        line.report(1, 4);
        line.report(2, 4);
        assert_eq!(line.bar.length(), Some(4));
        assert_eq!(line.bar.position(), 2);
        let bar = line.bar.clone();
        drop(line);
        assert!(bar.is_finished(), "dropping clears the line");
    }
}
