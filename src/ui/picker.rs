//! The picker popup: the filter line, then every article (or those the filter
//! keeps, best first) with outlet, date, title and word count, the filter's
//! letters highlighted, then the highlighted article's web address. Only the
//! rows on screen are built, from rows kept in app state.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::fuzzy::{ArticleFilter, MatchedChars};
use crate::app::geometry::picker_popup;
use crate::app::keymap::Context;
use crate::app::loading::thousands;
use crate::app::picker::PickerState;
use crate::app::{Action, App, Side};

use super::popup::{frame_popup, window_start};
use super::safe::{screen_text, truncate};
use super::theme::Theme;

/// Columns of the date column (`2024-03-04`), when any article has a date.
const DATE_WIDTH: usize = 10;

/// Draws the picker over `area`.
pub fn draw_picker(frame: &mut Frame, area: Rect, app: &App, picker: &PickerState, theme: &Theme) {
    let count = app.corpus.articles.len();
    let shown = picker.len(count);
    let popup = picker_popup(area, count);
    let slot = match picker.slot {
        Side::Left => "LEFT",
        Side::Right => "RIGHT",
    };
    let title = if picker.shown.is_some() {
        format!(
            " Choose the {slot} article ({} of {}) ",
            thousands(shown),
            thousands(count)
        )
    } else {
        format!(" Choose the {slot} article ({}) ", thousands(count))
    };
    let inner = frame_popup(frame, popup, &title, app, app.context(), theme);
    if inner.height < 3 {
        return;
    }
    let rows = usize::from(inner.height - 2);
    frame.render_widget(
        Paragraph::new(filter_line(app, picker, theme)),
        Rect { height: 1, ..inner },
    );
    let mut filter = (!picker.filter.is_empty()).then(|| ArticleFilter::new(picker.filter.text()));
    let columns = Columns::new(app, usize::from(inner.width));
    let start = window_start(picker.selected, rows);
    let lines: Vec<Line> = (start..shown.min(start + rows))
        .filter_map(|row| {
            let article = picker.article_at(row, count)?;
            let matched = filter.as_mut().map_or_else(MatchedChars::default, |f| {
                f.matched_chars(&app.corpus.articles[article].meta)
            });
            let line = columns.line(app, article, &matched, theme);
            Some(if row == picker.selected {
                line.style(theme.selected)
            } else {
                line
            })
        })
        .collect();
    let body = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 2);
    if lines.is_empty() {
        let nothing = Line::styled("  no outlet or title matches the filter", theme.muted);
        frame.render_widget(Paragraph::new(nothing), body);
    } else {
        frame.render_widget(Paragraph::new(lines), body);
    }
    let address = Rect::new(inner.x, inner.bottom() - 1, inner.width, 1);
    frame.render_widget(
        Paragraph::new(address_line(app, picker, usize::from(inner.width), theme)),
        address,
    );
}

/// What has been typed, or how to start typing (with the keys in force).
fn filter_line(app: &App, picker: &PickerState, theme: &Theme) -> Line<'static> {
    if picker.typing || !picker.filter.is_empty() {
        Line::from(vec![
            Span::styled("filter: ", theme.muted),
            Span::styled(screen_text(picker.filter.text()), theme.title),
            Span::styled(if picker.typing { "█" } else { "" }, theme.key),
        ])
    } else {
        let start = app
            .keys
            .keys_for(Context::Picker, Action::StartFilter)
            .map_or(String::new(), |keys| format!(" (or {keys})"));
        Line::styled(
            format!("type{start} to filter by outlet and title"),
            theme.muted,
        )
    }
}

/// The web address of the highlighted article, or that it has none.
fn address_line(app: &App, picker: &PickerState, width: usize, theme: &Theme) -> Line<'static> {
    let article = picker.article(app.corpus.articles.len());
    match article.and_then(|a| app.corpus.articles[a].meta.url.as_deref()) {
        Some(url) => Line::styled(truncate(url, width), theme.muted),
        None if article.is_some() => Line::styled("no web address", theme.muted),
        None => Line::default(),
    }
}

/// The widths of a picker row's columns.
struct Columns {
    /// Outlet column.
    outlet: usize,
    /// Date column, or 0 when no article has a date.
    date: usize,
    /// Title column.
    title: usize,
}

impl Columns {
    fn new(app: &App, width: usize) -> Self {
        let outlet = app.rows.outlet_width;
        let dated = app.corpus.articles.iter().any(|a| a.meta.date.is_some());
        let date = if dated { DATE_WIDTH } else { 0 };
        let words = "999999 words".len();
        let fixed = 3 + outlet + 2 + if dated { date + 2 } else { 0 } + 1 + words;
        Self {
            outlet,
            date,
            title: width.saturating_sub(fixed),
        }
    }

    /// One article's row, the filter's letters highlighted.
    fn line(
        &self,
        app: &App,
        article: usize,
        matched: &MatchedChars,
        theme: &Theme,
    ) -> Line<'static> {
        let (left, right) = app.pair();
        let meta = &app.corpus.articles[article].meta;
        let marker = match (article == left, article == right) {
            (true, true) => "LR ",
            (true, false) => "L  ",
            (false, true) => " R ",
            (false, false) => "   ",
        };
        let mut spans = vec![Span::styled(marker, theme.key)];
        spans.extend(highlighted(
            &meta.outlet,
            self.outlet,
            &matched.outlet,
            theme.title,
            theme.search,
        ));
        spans.push(Span::raw("  "));
        if self.date > 0 {
            let date = meta.date.as_deref().map_or(String::new(), day);
            spans.push(Span::styled(
                format!(
                    "{:<width$}  ",
                    truncate(&date, self.date),
                    width = self.date
                ),
                theme.muted,
            ));
        }
        spans.extend(highlighted(
            &meta.title,
            self.title,
            &matched.title,
            Style::default(),
            theme.search,
        ));
        spans.push(Span::styled(
            format!(" {:>6} words", app.rows.words[article]),
            theme.muted,
        ));
        Line::from(spans)
    }
}

/// The day of a publication date (`2024-03-04T10:00:00Z` → `2024-03-04`);
/// a date in another form as it is.
pub(super) fn day(date: &str) -> String {
    match date.get(..10) {
        Some(day) if day.as_bytes().get(4) == Some(&b'-') => day.to_string(),
        _ => date.to_string(),
    }
}

/// `text` cut and padded to `width` columns, as spans in `style` with the
/// characters at `positions` in `matched`.
fn highlighted(
    text: &str,
    width: usize,
    positions: &[usize],
    style: Style,
    matched: Style,
) -> Vec<Span<'static>> {
    let shown = truncate(text, width);
    let padding = width.saturating_sub(unicode_width::UnicodeWidthStr::width(shown.as_str()));
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    for (i, c) in shown.chars().enumerate() {
        let is_match = positions.binary_search(&i).is_ok();
        if is_match != run_matched && !run.is_empty() {
            let style = if run_matched { matched } else { style };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = is_match;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_matched { matched } else { style }));
    }
    spans.push(Span::styled(" ".repeat(padding), style));
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Color;

    #[test]
    fn matched_characters_get_their_own_spans() {
        let plain = Style::default();
        let hit = Style::default().fg(Color::Red);
        let spans = highlighted("NATO chief", 12, &[0, 1, 5], plain, hit);
        let parts: Vec<(&str, bool)> = spans
            .iter()
            .map(|s| (s.content.as_ref(), s.style == hit))
            .collect();
        assert_eq!(
            parts,
            [
                ("NA", true),
                ("TO ", false),
                ("c", true),
                ("hief", false),
                ("  ", false)
            ]
        );
        assert_eq!(day("2024-03-04T10:00:00Z"), "2024-03-04");
        assert_eq!(day("March 4"), "March 4");
    }
}
