//! What every popup shares: a cleared, bordered box with a title and a footer of
//! key hints for its mode.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear};

use crate::app::App;
use crate::app::keymap::Context;

use super::footer::footer;
use super::safe::truncate;
use super::theme::Theme;

/// Clears `area`, draws the popup frame titled `title` with the hints of
/// `context` at the bottom, and returns the area inside the frame.
pub fn frame_popup(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    app: &App,
    context: Context,
    theme: &Theme,
) -> Rect {
    frame.render_widget(Clear, area);
    let title = truncate(title, usize::from(area.width.saturating_sub(2)));
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(theme.border_focused)
        .title(Line::styled(title, theme.title))
        .title_bottom(footer(app, context, area.width, theme));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// The first row of a page-sized window over a list that keeps `selected` in
/// view, `rows` at a time: the list turns a page when the selection leaves it.
pub fn window_start(selected: usize, rows: usize) -> usize {
    let rows = rows.max(1);
    selected - selected % rows
}
