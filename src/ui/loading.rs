//! The loading screen, drawn from the first moment while the articles are read
//! and analysed: what is being done, how far it has got, and how to quit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Gauge, Paragraph};

use crate::app::Action;
use crate::app::geometry::centred;
use crate::app::keymap::Context;
use crate::app::loading::LoadProgress;
use crate::config::KeyTable;

use super::theme::Theme;

/// Draws the loading screen for `progress`; `keys` are those in force, for the
/// quit hint.
pub fn draw_loading(frame: &mut Frame, progress: &LoadProgress, keys: &KeyTable, theme: &Theme) {
    let area = frame.area();
    let popup = centred(area, 64, 6);
    let quit = keys
        .keys_for(Context::Reader, Action::Quit)
        .unwrap_or_default();
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(theme.border_focused)
        .title(Line::styled(" Parallax ", theme.title))
        .title_bottom(Line::from(vec![
            Span::styled(format!(" {quit}"), theme.key),
            Span::styled(" quit ", theme.muted),
        ]));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    if inner.height == 0 {
        return;
    }
    let text = Line::styled(format!(" {}", progress.describe()), theme.text);
    frame.render_widget(Paragraph::new(text), Rect { height: 1, ..inner });
    if let Some(ratio) = progress.ratio()
        && inner.height >= 3
    {
        let bar = Rect::new(inner.x + 1, inner.y + 2, inner.width.saturating_sub(2), 1);
        let gauge = Gauge::default()
            .ratio(ratio)
            .gauge_style(theme.cursor)
            .label(format!("{:.0}%", ratio * 100.0));
        frame.render_widget(gauge, bar);
    }
}
