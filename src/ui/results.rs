//! The search results popup: each match in every article, with its outlet and an
//! excerpt of its sentence, the match highlighted. Only visible rows are built.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::app::geometry::list_popup;
use crate::app::modal::ResultsState;
use crate::app::search::{Found, MAX_RESULTS};

use super::popup::{frame_popup, window_start};
use super::safe::{screen_text, truncate};
use super::theme::Theme;

/// Widest outlet column of a result row.
const OUTLET_WIDTH: usize = 18;

/// Draws the search results over `area`.
pub fn draw_results(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    results: &ResultsState,
    theme: &Theme,
) {
    let found = &app.search.found;
    let popup = list_popup(area, found.len());
    let more = if app.search.truncated {
        format!(" (stopped at {MAX_RESULTS})")
    } else {
        String::new()
    };
    let title = format!(
        " {} match{} for \"{}\"{more} ",
        found.len(),
        if found.len() == 1 { "" } else { "es" },
        screen_text(&app.search.query)
    );
    let inner = frame_popup(frame, popup, &title, app, app.context(), theme);
    let rows = usize::from(inner.height);
    if rows == 0 {
        return;
    }
    let width = usize::from(inner.width);
    let start = window_start(results.selected, rows);
    let lines: Vec<Line> = found[start..found.len().min(start + rows)]
        .iter()
        .enumerate()
        .map(|(i, hit)| {
            let line = result_line(app, hit, width, theme);
            if start + i == results.selected {
                line.style(theme.selected)
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// One result: the outlet, then the match in its sentence, centred when the
/// sentence is too long to show whole.
fn result_line(app: &App, hit: &Found, width: usize, theme: &Theme) -> Line<'static> {
    let article = &app.corpus.articles[hit.article];
    let sentences = &app.analysis.articles[hit.article].sentences;
    let sentence = sentences
        .get(sentences.partition_point(|s| s.span.end <= hit.span.start))
        .map_or(hit.span, |s| s.span);
    let start = sentence.start.min(hit.span.start);
    let end = sentence.end.max(hit.span.end);
    let text = &article.text;
    let before = screen_text(&text[start..hit.span.start]);
    let matched = screen_text(&text[hit.span.start..hit.span.end]);
    let after = screen_text(&text[hit.span.end..end]);
    let outlet = truncate(&article.meta.outlet, OUTLET_WIDTH);
    let room = width.saturating_sub(OUTLET_WIDTH + 2);
    let matched = truncate(&matched, room);
    let side_room = room.saturating_sub(matched.width()) / 2;
    let before = tail(&before, side_room);
    let after = truncate(
        &after,
        room.saturating_sub(before.width() + matched.width()),
    );
    Line::from(vec![
        Span::styled(format!("{outlet:<OUTLET_WIDTH$}  "), theme.title),
        Span::styled(before, theme.muted),
        Span::styled(matched, theme.search),
        Span::styled(after, theme.muted),
    ])
}

/// The last `width` cells of `text`, with `…` in front when cut.
fn tail(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1;
    for c in text.chars().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        kept.push(c);
    }
    kept.push('…');
    kept.into_iter().rev().collect()
}
