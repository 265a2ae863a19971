//! Where the event loop's events come from: any [`EventSource`]; for the real
//! terminal, [`TerminalEvents`], which merges key, mouse and resize events with
//! SIGTERM and SIGHUP into one channel, so the loop can block on it (no timer)
//! and still hear a request to end.

use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

use anyhow::{Context, Result};
use crossterm::event::{self, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};
use signal_hook::consts::{SIGHUP, SIGTERM};
use signal_hook::iterator::Signals;

use crate::app::Event;
use crate::app::keymap::{Key, KeyCode};

/// A stream of app events for the loop.
pub trait EventSource {
    /// Blocks until the next event; `None` when there will be no more.
    fn next(&mut self) -> Result<Option<Event>>;
    /// The next event if one is already waiting, without blocking.
    fn try_next(&mut self) -> Result<Option<Event>>;
}

/// The real terminal's events and the signals asking the process to end, and
/// whatever else is sent through [`TerminalEvents::sender`] (loading progress).
pub struct TerminalEvents {
    events: Receiver<Event>,
    sender: Sender<Event>,
    signal: Arc<AtomicI32>,
}

impl TerminalEvents {
    /// Starts the two feeding threads: one reading terminal input, one waiting
    /// for SIGTERM or SIGHUP (which becomes [`Event::Terminate`]).
    pub fn start() -> Result<Self> {
        let (sender, events) = channel();
        let signal = Arc::new(AtomicI32::new(0));
        let mut signals =
            Signals::new([SIGTERM, SIGHUP]).context("cannot listen for SIGTERM and SIGHUP")?;
        let to_loop = sender.clone();
        let received = Arc::clone(&signal);
        std::thread::spawn(move || {
            if let Some(number) = signals.forever().next() {
                received.store(number, Ordering::SeqCst);
                let _ = to_loop.send(Event::Terminate);
            }
        });
        let reader = sender.clone();
        std::thread::spawn(move || read_terminal(&reader));
        Ok(Self {
            events,
            sender,
            signal,
        })
    }

    /// A sender into the same channel, for a worker to feed events (its
    /// progress) to the loop alongside the terminal's.
    pub fn sender(&self) -> Sender<Event> {
        self.sender.clone()
    }

    /// The signal that asked the process to end, if one did.
    pub fn signal(&self) -> Option<i32> {
        match self.signal.load(Ordering::SeqCst) {
            0 => None,
            number => Some(number),
        }
    }
}

/// Forwards terminal events until the terminal or the loop goes away.
fn read_terminal(sender: &Sender<Event>) {
    while let Ok(event) = event::read() {
        if let Some(event) = translate(event)
            && sender.send(event).is_err()
        {
            return;
        }
    }
}

impl EventSource for TerminalEvents {
    fn next(&mut self) -> Result<Option<Event>> {
        Ok(self.events.recv().ok())
    }

    fn try_next(&mut self) -> Result<Option<Event>> {
        match self.events.try_recv() {
            Ok(event) => Ok(Some(event)),
            Err(TryRecvError::Empty | TryRecvError::Disconnected) => Ok(None),
        }
    }
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
