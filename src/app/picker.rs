//! The pair picker: choose which articles the two panes show.

use super::pane::Side;

/// State of the open picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PickerState {
    /// Highlighted article (corpus index).
    pub selected: usize,
    /// Which pane `Enter` fills.
    pub slot: Side,
    /// True when the picker was shown at start: after the left pane is chosen it
    /// goes on to the right one.
    pub choosing_both: bool,
}
