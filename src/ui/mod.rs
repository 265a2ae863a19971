//! Drawing only: renders an [`App`] into a frame. Nothing here changes state.

mod claim_detail;
mod editor;
mod facts;
mod footer;
mod help;
mod loading;
mod notice;
mod outlets;
mod pane;
mod panel;
mod picker;
mod popup;
mod results;
pub mod safe;
mod status;
pub mod theme;
mod wrap_words;

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::geometry::{MIN_HEIGHT, MIN_WIDTH, too_small};
use crate::app::{App, Modal, Side};

pub use loading::draw_loading;
pub use theme::Theme;

/// Draws the whole reader for `app`.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    if too_small(area) {
        let notice = format!(
            "Terminal too small: {}×{}, need {MIN_WIDTH}×{MIN_HEIGHT}. q quits.",
            area.width, area.height
        );
        frame.render_widget(
            Paragraph::new(Line::raw(notice)).wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let geometry = app.geometry();
    for side in [Side::Left, Side::Right] {
        let rect = geometry.panes[side.index()];
        if rect.width > 0 {
            pane::draw(frame, rect, app, side, theme);
        }
    }
    if let Some(rect) = geometry.panel {
        panel::draw(frame, rect, app, theme);
    }
    status::draw_status(frame, geometry.status, app, theme);
    if let Some(rect) = geometry.hints {
        status::draw_hints(frame, rect, app, theme);
    }
    match &app.modal {
        Modal::None | Modal::Prompt(_) => {}
        Modal::Help(help) => help::draw_help(frame, area, app, help, theme),
        Modal::Picker(picker) => picker::draw_picker(frame, area, app, picker, theme),
        Modal::Results(results) => results::draw_results(frame, area, app, results, theme),
        Modal::Editor(open) => editor::draw_editor(frame, area, app, open, theme),
        Modal::Notice(text) => notice::draw_notice(frame, area, app, text, theme),
        Modal::ConfirmQuit(reason) => notice::draw_confirm_quit(frame, area, app, reason, theme),
    }
}
