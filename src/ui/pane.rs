//! One article pane: header, wrapped text with highlights, gutter signs.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::Paragraph;

use crate::app::geometry::{GUTTER, Geometry};
use crate::app::highlights::{Highlight, Mark};
use crate::app::{App, Side};
use crate::model::Span;

use super::safe::{screen_text, truncate};
use super::theme::{Theme, status_sign};

/// Draws the pane on `side` into `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, side: Side, theme: &Theme) {
    if area.width < 3 || area.height < 3 {
        return;
    }
    let pane = app.pane(side);
    let article = &app.corpus.articles[pane.article];
    let focused = app.focus == side && !app.panel.focused;
    let title_width = usize::from(area.width.saturating_sub(4));
    let title = truncate(
        &format!(" {} — {} ", article.meta.outlet, article.meta.title),
        title_width,
    );
    let sentences = pane.sentence_count();
    let percent = if pane.wrapped.lines.len() <= pane.height {
        100
    } else {
        (pane.top + pane.height) * 100 / pane.wrapped.lines.len().max(1)
    };
    let position = format!(
        " {}/{} · {}% ",
        (pane.cursor + 1).min(sentences),
        sentences,
        percent.min(100)
    );
    let block = theme
        .block(focused)
        .title(Line::styled(title, theme.title))
        .title_bottom(Line::styled(position, theme.muted).right_aligned());
    frame.render_widget(block, area);

    let text_area = Geometry::text_area(area);
    let gutter_area = Rect::new(area.x + 1, text_area.y, GUTTER, text_area.height);
    let view = PaneView::new(app, side);
    let mut lines = Vec::with_capacity(usize::from(text_area.height));
    let mut gutter = Vec::with_capacity(usize::from(text_area.height));
    for row in 0..usize::from(text_area.height) {
        let Some(line) = pane.wrapped.lines.get(pane.top + row) else {
            break;
        };
        lines.push(view.styled_line(line.span, theme));
        gutter.push(view.gutter(line.span, theme));
    }
    frame.render_widget(Paragraph::new(lines), text_area);
    frame.render_widget(Paragraph::new(gutter), gutter_area);
}

/// What one pane shows, gathered once per frame.
struct PaneView<'a> {
    text: &'a str,
    highlights: &'a [Highlight],
    cursor: Option<Span>,
    counterpart: Option<Span>,
    matches: Vec<Span>,
    marks: Vec<(Span, char)>,
}

impl<'a> PaneView<'a> {
    fn new(app: &'a App, side: Side) -> Self {
        let article = app.pane(side).article;
        let focused = app.focus == side;
        let cursor = app.cursor_span(side);
        Self {
            text: &app.corpus.articles[article].text,
            highlights: &app.highlights.per_article[article],
            cursor: cursor.filter(|_| focused),
            counterpart: cursor.filter(|_| !focused),
            matches: app
                .search
                .matches
                .iter()
                .filter(|m| m.side == side)
                .map(|m| m.span)
                .collect(),
            marks: app.gutter_marks(article),
        }
    }

    /// Highlights overlapping `span` (the list is sorted by start).
    fn overlapping(&self, span: Span) -> impl Iterator<Item = &Highlight> {
        let end = self.highlights.partition_point(|h| h.span.start < span.end);
        self.highlights[..end]
            .iter()
            .filter(move |h| h.span.overlaps(span))
    }

    /// The line at `span`, cut into styled pieces.
    fn styled_line(&self, span: Span, theme: &Theme) -> Line<'static> {
        if span.is_empty() {
            return Line::default();
        }
        let mut cuts = vec![span.start, span.end];
        let mut add = |s: Span| {
            for pos in [s.start, s.end] {
                if pos > span.start && pos < span.end {
                    cuts.push(pos);
                }
            }
        };
        self.overlapping(span).for_each(|h| add(h.span));
        self.cursor
            .into_iter()
            .chain(self.counterpart)
            .chain(self.matches.iter().copied())
            .for_each(&mut add);
        cuts.sort_unstable();
        cuts.dedup();
        let pieces: Vec<TextSpan<'static>> = cuts
            .windows(2)
            .filter(|w| self.text.is_char_boundary(w[0]) && self.text.is_char_boundary(w[1]))
            .map(|w| {
                let piece = Span::new(w[0], w[1]);
                TextSpan::styled(
                    screen_text(piece.slice(self.text)),
                    self.style_at(piece, theme),
                )
            })
            .collect();
        Line::from(pieces)
    }

    /// The combined style of a piece lying wholly inside or outside each highlight.
    fn style_at(&self, piece: Span, theme: &Theme) -> Style {
        let mut style = theme.text;
        for h in self.overlapping(piece) {
            style = style.patch(match h.mark {
                Mark::NonArticle => theme.non_article,
                Mark::Claim(status, _) => theme.claim(status),
                Mark::Quote(speaker) => theme.quote(speaker),
            });
        }
        if self.counterpart.is_some_and(|s| s.contains(piece)) {
            style = style.patch(theme.counterpart);
        }
        if self.cursor.is_some_and(|s| s.contains(piece)) {
            style = style.patch(theme.cursor);
        }
        if self.matches.iter().any(|m| m.contains(piece)) {
            style = style.patch(theme.search);
        }
        style
    }

    /// Gutter signs for a line: the cursor bar, the analyst's mark, the claim status sign.
    fn gutter(&self, span: Span, theme: &Theme) -> Line<'static> {
        let probe = if span.is_empty() {
            span
        } else {
            Span::new(span.start, span.start + 1)
        };
        let bar = if !span.is_empty() && self.cursor.is_some_and(|c| c.overlaps(span)) {
            TextSpan::styled("▌", theme.border_focused)
        } else if !span.is_empty() && self.counterpart.is_some_and(|c| c.overlaps(span)) {
            TextSpan::styled("▐", theme.muted)
        } else {
            TextSpan::raw(" ")
        };
        let status = self
            .overlapping(if span.is_empty() { probe } else { span })
            .find_map(|h| match h.mark {
                Mark::Claim(status, _) => Some(status),
                _ => None,
            })
            .filter(|_| !span.is_empty());
        let sign = match status {
            Some(status) => TextSpan::styled(status_sign(status), theme.claim(status)),
            None => TextSpan::raw(" "),
        };
        let mark = self
            .marks
            .iter()
            .find(|(s, _)| !span.is_empty() && s.overlaps(span))
            .map_or(TextSpan::raw(" "), |(_, c)| {
                TextSpan::styled(c.to_string(), theme.key)
            });
        Line::from(vec![bar, mark, sign])
    }
}
