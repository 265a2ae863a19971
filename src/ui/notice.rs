//! Small popups that wait for an answer: a notice (why a key did nothing, taking
//! the keys typed after it) and the question before quitting unsaved.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;
use crate::app::geometry::centred;

use super::popup::frame_popup;
use super::safe::screen_text;
use super::theme::Theme;

/// Draws a notice saying `text` over `area`.
pub fn draw_notice(frame: &mut Frame, area: Rect, app: &App, text: &str, theme: &Theme) {
    let lines = vec![Line::raw(screen_text(text))];
    draw_box(frame, area, app, " Not here ", lines, theme);
}

/// Draws the question asked when quitting while the session is not saved.
pub fn draw_confirm_quit(frame: &mut Frame, area: Rect, app: &App, reason: &str, theme: &Theme) {
    let lines = vec![
        Line::styled("The session is NOT SAVED.", theme.conflict),
        Line::raw(screen_text(reason)),
        Line::default(),
        Line::raw(
            "Q quits and loses the changes since the last save; Esc stays (every change tries to save again).",
        ),
    ];
    draw_box(frame, area, app, " Quit without saving? ", lines, theme);
}

/// A popup of wrapped `lines` sized to them.
fn draw_box(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    title: &str,
    lines: Vec<Line<'static>>,
    theme: &Theme,
) {
    let width = 64.min(area.width);
    let text_width = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| l.width().div_ceil(text_width).max(1))
        .sum();
    let height = u16::try_from(rows + 2).unwrap_or(u16::MAX);
    let popup = centred(area, width, height);
    let inner = frame_popup(frame, popup, title, app, app.context(), theme);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}
