//! Application state and the update loop: everything the reader knows and does,
//! with no drawing. `ui` renders it; `tui` feeds it events.

mod action;
pub mod counterpart;
pub mod editor;
mod event;
pub mod geometry;
pub mod highlights;
pub mod keymap;
mod mark_actions;
pub mod marks;
pub mod pane;
pub mod panel;
pub mod picker;
pub mod search;
mod state;
mod update;
pub mod wrap;

pub use action::Action;
pub use event::{Event, handle};
pub use pane::Side;
pub use state::{App, Overlay};
pub use update::update;

/// Something the app asks the outside world to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Leave the reader (after saving the session).
    Quit,
    /// Save the session now: a mark changed.
    Save,
    /// Write the review report in Markdown.
    Export,
}
