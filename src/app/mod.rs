//! Application state and the update loop: everything the reader knows and does,
//! with no drawing. `ui` renders it; `tui` feeds it events.

mod action;
pub mod available;
pub mod claim_detail;
mod copy;
mod corrected;
pub mod correction_actions;
pub mod counterpart;
pub mod editor;
mod event;
mod fact_actions;
pub mod fact_view;
pub mod fuzzy;
pub mod geometry;
pub mod help;
pub mod highlights;
pub mod hints;
pub mod keymap;
pub mod keys;
pub mod links;
mod lists;
pub mod loading;
mod mark_actions;
pub mod marks;
pub mod modal;
pub mod pane;
pub mod panel;
pub mod picker;
pub mod rows;
pub mod search;
mod settings;
mod state;
mod sync;
mod text_input;
mod update;
pub mod wrap;

use std::path::PathBuf;

pub use action::Action;
pub use event::{Event, handle};
pub use modal::Modal;
pub use pane::Side;
pub use state::{App, ReportDir};
pub use update::update;

/// Something the app asks the outside world to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Leave the reader, unless the session is not saved ([`App::may_quit`]).
    Quit,
    /// Leave the reader whether or not the session is saved.
    ForceQuit,
    /// Save the session now: a mark changed.
    Save,
    /// Write the review report in Markdown into this folder.
    Export(PathBuf),
    /// Put this text on the clipboard (OSC 52, through the terminal).
    Copy(String),
    /// Open this web address (checked to be http or https) in the browser.
    OpenUrl(String),
}
