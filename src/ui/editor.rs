//! The note and verdict editor popup: the text soft-wrapped to the popup, scrolled
//! to keep the cursor in view, with the terminal cursor where typing goes.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::geometry::{editor_popup, editor_text_width};
use crate::app::marks::{EditorPurpose, MarkEditor};

use super::popup::frame_popup;
use super::safe::screen_text;
use super::theme::Theme;

/// Draws the editor over `area`.
pub fn draw_editor(frame: &mut Frame, area: Rect, app: &App, open: &MarkEditor, theme: &Theme) {
    let title = match &open.purpose {
        EditorPurpose::Note(None) => format!(" New note on {} ", open.label),
        EditorPurpose::Note(Some(_)) => format!(" Note on {} ", open.label),
        EditorPurpose::Verdict(v) => format!(
            " Verdict on {}: {} — reason: ",
            open.label,
            v.label().to_uppercase()
        ),
    };
    let popup = editor_popup(area);
    let inner = frame_popup(frame, popup, &title, app, app.context(), theme);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let width = editor_text_width(area);
    let rows = open.editor.rows(width);
    let (row, column) = open.editor.cursor_row_col(width);
    let height = usize::from(inner.height);
    let scroll = row.saturating_sub(height - 1);
    let text = open.editor.text();
    let lines: Vec<Line> = rows
        .iter()
        .skip(scroll)
        .take(height)
        .map(|r| Line::raw(screen_text(&text[r.start..r.end])))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    let x = inner
        .x
        .saturating_add(u16::try_from(column).unwrap_or(u16::MAX))
        .min(inner.right().saturating_sub(1));
    let y = inner
        .y
        .saturating_add(u16::try_from(row - scroll).unwrap_or(0))
        .min(inner.bottom().saturating_sub(1));
    frame.set_cursor_position(Position::new(x, y));
}
