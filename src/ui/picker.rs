//! The picker popup: every article with outlet, title and word count. Only the
//! rows on screen are built, from rows kept in app state.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::geometry::list_popup;
use crate::app::picker::PickerState;
use crate::app::{App, Side};

use super::popup::{frame_popup, window_start};
use super::safe::truncate;
use super::theme::Theme;

/// Draws the picker over `area`.
pub fn draw_picker(frame: &mut Frame, area: Rect, app: &App, picker: &PickerState, theme: &Theme) {
    let count = app.corpus.articles.len();
    let popup = list_popup(area, count);
    let slot = match picker.slot {
        Side::Left => "LEFT",
        Side::Right => "RIGHT",
    };
    let title = format!(" Choose the {slot} article ({count}) ");
    let inner = frame_popup(frame, popup, &title, app, app.context(), theme);
    let rows = usize::from(inner.height);
    if rows == 0 {
        return;
    }
    let width = usize::from(inner.width);
    let (left, right) = app.pair();
    let outlet_width = app.rows.outlet_width;
    let start = window_start(picker.selected, rows);
    let lines: Vec<Line> = (start..count.min(start + rows))
        .map(|i| {
            let article = &app.corpus.articles[i];
            let marker = match (i == left, i == right) {
                (true, true) => "LR",
                (true, false) => "L ",
                (false, true) => " R",
                (false, false) => "  ",
            };
            let words = format!("{:>6} words", app.rows.words[i]);
            let outlet = truncate(&article.meta.outlet, outlet_width);
            let rest = width.saturating_sub(outlet_width + words.len() + 6);
            let line = Line::from(vec![
                Span::styled(format!("{marker} "), theme.key),
                Span::styled(format!("{outlet:<outlet_width$}  "), theme.title),
                Span::raw(format!("{:<rest$}", truncate(&article.meta.title, rest))),
                Span::styled(words, theme.muted),
            ]);
            if i == picker.selected {
                line.style(theme.selected)
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
