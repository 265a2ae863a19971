//! Key hints drawn from the key table: the hint line under the status line and
//! the footers of popups, both for the mode that has the keyboard.

use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::hints::{fit, hints};
use crate::app::keymap::Context;

use super::theme::Theme;

/// The hints of `context` that work now, cut to `width` cells (help, quit and
/// close are never cut), as styled spans.
pub fn hint_spans(app: &App, context: Context, width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let shown = fit(&hints(app, context), width);
    let mut spans = Vec::with_capacity(shown.len() * 2);
    for hint in shown {
        spans.push(Span::styled(format!(" {}", hint.keys), theme.key));
        spans.push(Span::styled(format!(" {}", hint.label), theme.muted));
    }
    spans
}

/// A popup footer: the hints of `context` for a popup `width` cells wide.
pub fn footer(app: &App, context: Context, width: u16, theme: &Theme) -> Line<'static> {
    let mut spans = hint_spans(app, context, usize::from(width.saturating_sub(4)), theme);
    spans.push(Span::raw(" "));
    Line::from(spans)
}
