//! The help popup: every key of every mode and the legend of signs, generated from
//! the key table, scrollable and filtered by what is typed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::geometry::{help_popup, help_text_width};
use crate::app::help::{HelpLine, SignKind, help_lines};
use crate::app::modal::HelpState;

use super::popup::frame_popup;
use super::safe::screen_text;
use super::theme::Theme;

/// Draws the help popup over `area`.
pub fn draw_help(frame: &mut Frame, area: Rect, app: &App, help: &HelpState, theme: &Theme) {
    let lines = help_lines(&app.keys, help.filter.text(), help_text_width(area));
    let popup = help_popup(area);
    let visible = usize::from(popup.height.saturating_sub(3)).max(1);
    let scroll = help.scroll.min(lines.len().saturating_sub(visible));
    let shown_to = (scroll + visible).min(lines.len());
    let title = format!(
        " Keys and signs — {}–{} of {} ",
        (scroll + 1).min(shown_to),
        shown_to,
        lines.len()
    );
    let inner = frame_popup(frame, popup, &title, app, app.context(), theme);
    if inner.height == 0 {
        return;
    }
    let filter = if help.typing || !help.filter.is_empty() {
        Line::from(vec![
            Span::styled("filter: ", theme.muted),
            Span::styled(screen_text(help.filter.text()), theme.title),
            Span::styled(if help.typing { "█" } else { "" }, theme.key),
        ])
    } else {
        Line::styled("type to filter, / too", theme.muted)
    };
    frame.render_widget(Paragraph::new(filter), Rect { height: 1, ..inner });
    let body: Vec<Line> = if lines.is_empty() {
        vec![Line::styled("  no key or sign matches", theme.muted)]
    } else {
        lines[scroll..shown_to]
            .iter()
            .map(|line| help_line(line, theme))
            .collect()
    };
    let body_area = Rect::new(
        inner.x,
        inner.y + 1,
        inner.width,
        inner.height.saturating_sub(1),
    );
    frame.render_widget(Paragraph::new(body), body_area);
}

/// One help line, styled.
fn help_line(line: &HelpLine, theme: &Theme) -> Line<'static> {
    match line {
        HelpLine::Heading(title) => Line::styled(*title, theme.title),
        HelpLine::Key { keys, description } => Line::from(vec![
            Span::styled(format!("  {keys:<22} "), theme.key),
            Span::raw(description.clone()),
        ]),
        HelpLine::Sign {
            sign,
            meaning,
            kind,
        } => Line::from(vec![
            Span::raw("  "),
            Span::styled(format!("{sign:<6}"), sign_style(*kind, theme)),
            Span::raw(format!("{:<17}", "")),
            Span::raw(meaning.clone()),
        ]),
        HelpLine::Blank => Line::default(),
    }
}

/// How a sign of the legend is drawn: as it is in the panes.
fn sign_style(kind: SignKind, theme: &Theme) -> Style {
    match kind {
        SignKind::Shared => theme.shared,
        SignKind::Unique => theme.unique,
        SignKind::Conflict => theme.conflict,
        SignKind::Quote => theme.quote(Some(0)),
        SignKind::Marker => theme.key,
    }
}
