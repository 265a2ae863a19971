//! One article pane: header, wrapped text with highlights, gutter signs.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::Paragraph;

use crate::analysis::claims::ClaimStatus;
use crate::app::geometry::{GUTTER, Geometry};
use crate::app::highlights::{Highlight, Mark};
use crate::app::{App, Side};
use crate::model::Span;

use super::safe::{screen_text, truncate};
use super::theme::{Theme, status_sign};

/// Claim signs one gutter line can show.
const SIGNS_PER_LINE: usize = 2;

/// Draws the pane on `side` into `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, side: Side, theme: &Theme) {
    if area.width < 3 || area.height < 3 {
        return;
    }
    let pane = app.pane(side);
    let article = &app.corpus.articles[pane.article];
    let focused = app.focus == side && !app.panel.focused;
    let title_width = usize::from(area.width.saturating_sub(4));
    let same = if app.pane(side.other()).article == pane.article {
        " (in both panes)"
    } else {
        ""
    };
    let date = article.meta.date.as_deref().map_or(String::new(), |date| {
        format!(" · {}", super::picker::day(date))
    });
    let title = truncate(
        &format!(
            " {}{date} — {}{same} ",
            article.meta.outlet, article.meta.title
        ),
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
    let mut block = theme
        .block(focused)
        .title(Line::styled(title, theme.title))
        .title_bottom(Line::styled(position.clone(), theme.muted).right_aligned());
    if let Some(url) = &article.meta.url {
        let room = title_width.saturating_sub(position.chars().count() + 1);
        if room > 8 {
            let url = truncate(&format!(" {url} "), room);
            block = block.title_bottom(Line::styled(url, theme.muted).left_aligned());
        }
    }
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
        gutter.push(view.gutter(line.span, row == 0, theme));
    }
    frame.render_widget(Paragraph::new(lines), text_area);
    frame.render_widget(Paragraph::new(gutter), gutter_area);
}

/// What one pane shows, gathered once per frame.
struct PaneView<'a> {
    text: &'a str,
    highlights: &'a [Highlight],
    /// The longest highlight's length (see [`crate::app::highlights::Highlights::longest`]).
    longest: usize,
    cursor: Option<Span>,
    counterpart: Option<Span>,
    matches: Vec<Span>,
    marks: Vec<(Span, char)>,
    /// Starts of sentences matching a passage the other outlet moved.
    moved: Vec<usize>,
}

impl<'a> PaneView<'a> {
    fn new(app: &'a App, side: Side) -> Self {
        let article = app.pane(side).article;
        let focused = app.focus == side;
        let cursor = app.cursor_span(side);
        let leader = app.pane(app.focus).cursor;
        let is_counterpart =
            !focused && app.counterparts.of(app.focus, leader) == Some(app.pane(side).cursor);
        let sentences = &app.analysis.articles[article].sentences;
        Self {
            text: &app.corpus.articles[article].text,
            highlights: &app.highlights.per_article[article],
            longest: app.highlights.longest[article],
            cursor: cursor.filter(|_| focused),
            counterpart: cursor.filter(|_| is_counterpart),
            matches: app
                .search
                .matches
                .iter()
                .filter(|m| m.side == side)
                .map(|m| m.span)
                .collect(),
            marks: app.gutter_marks(article),
            moved: sentences
                .iter()
                .enumerate()
                .filter(|(i, _)| app.counterparts.is_moved(side, *i))
                .map(|(_, s)| s.span.start)
                .collect(),
        }
    }

    /// Highlights overlapping `span` (the list is sorted by start): only those
    /// starting at most the longest highlight's length before it are looked at.
    fn overlapping(&self, span: Span) -> impl Iterator<Item = &Highlight> {
        let from = span.start.saturating_sub(self.longest);
        let first = self.highlights.partition_point(|h| h.span.start < from);
        let end = self.highlights.partition_point(|h| h.span.start < span.end);
        self.highlights[first..end.max(first)]
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

    /// The combined style of a piece lying wholly inside or outside each
    /// highlight. The cursor and counterpart give their background, and a claim
    /// keeps its colour and marks on top of them, so the sentence being read
    /// still shows what kind of claim it is; a disputed value stands out from
    /// its surroundings in reverse video, with or without colour.
    fn style_at(&self, piece: Span, theme: &Theme) -> Style {
        let mut status: Option<ClaimStatus> = None;
        let mut layers = Style::default();
        let mut disputed = false;
        for h in self.overlapping(piece) {
            match h.mark {
                Mark::NonArticle => layers = layers.patch(theme.non_article),
                Mark::Quote(speaker) => layers = layers.patch(theme.quote(speaker)),
                Mark::Value => disputed = true,
                Mark::Claim(found, _) => {
                    if status.is_none_or(|s| notability(found) > notability(s)) {
                        status = Some(found);
                    }
                }
            }
        }
        let claim = status.map(|s| theme.claim(s));
        let mut style = theme.text.patch(claim.unwrap_or_default()).patch(layers);
        let mut under_cursor = false;
        if self.counterpart.is_some_and(|s| s.contains(piece)) {
            style = style.patch(theme.counterpart);
            under_cursor = true;
        }
        if self.cursor.is_some_and(|s| s.contains(piece)) {
            style = style.patch(theme.cursor);
            under_cursor = true;
        }
        if let (true, Some(claim)) = (under_cursor, claim) {
            style = style.patch(Style { bg: None, ..claim });
        }
        if self.matches.iter().any(|m| m.contains(piece)) {
            style = style.patch(theme.search);
        }
        if disputed {
            style = reversed(style);
        }
        style
    }

    /// Gutter signs for a line: the cursor bar (or the moved-passage sign), the
    /// analyst's mark, and the claim signs. A sign sits on the line where its
    /// sentence starts; a line where two claims start or meet shows both, a
    /// conflict first when there are more than fit; the first row also shows what
    /// started above it.
    fn gutter(&self, span: Span, first_row: bool, theme: &Theme) -> Line<'static> {
        if span.is_empty() {
            return Line::raw(" ".repeat(usize::from(GUTTER)));
        }
        let starts_here = |s: Span| {
            (s.start >= span.start && s.start < span.end) || (first_row && s.overlaps(span))
        };
        let bar = if self.cursor.is_some_and(|c| c.overlaps(span)) {
            TextSpan::styled("▌", theme.border_focused)
        } else if self.counterpart.is_some_and(|c| c.overlaps(span)) {
            TextSpan::styled("▐", theme.muted)
        } else if self.moved.iter().any(|&m| m >= span.start && m < span.end) {
            TextSpan::styled("↕", theme.muted)
        } else {
            TextSpan::raw(" ")
        };
        let mark = self
            .marks
            .iter()
            .find(|(s, _)| starts_here(*s))
            .map_or(TextSpan::raw(" "), |(_, c)| {
                TextSpan::styled(c.to_string(), theme.key)
            });
        let mut line = vec![bar, mark];
        line.extend(self.claim_signs(span, &starts_here, theme));
        Line::from(line)
    }

    /// The claim signs of a line, in text order, padded to their columns; claims
    /// of one clause show as one sign, the most notable.
    fn claim_signs(
        &self,
        span: Span,
        starts_here: &dyn Fn(Span) -> bool,
        theme: &Theme,
    ) -> Vec<TextSpan<'static>> {
        let mut claims: Vec<(Span, ClaimStatus)> = Vec::new();
        for h in self.overlapping(span) {
            let Mark::Claim(status, _) = h.mark else {
                continue;
            };
            match claims.iter_mut().find(|(s, _)| *s == h.span) {
                Some(same) if notability(status) > notability(same.1) => same.1 = status,
                Some(_) => {}
                None => claims.push((h.span, status)),
            }
        }
        let starting = claims.iter().filter(|(s, _)| starts_here(*s)).count();
        let mut shown: Vec<(Span, ClaimStatus)> = claims
            .iter()
            .filter(|(s, _)| {
                starts_here(*s) || (starting > 0 && s.end > span.start && s.end <= span.end)
            })
            .copied()
            .collect();
        if shown.len() > SIGNS_PER_LINE {
            shown.sort_by_key(|(s, status)| (*status != ClaimStatus::Conflict, s.start));
            shown.truncate(SIGNS_PER_LINE);
        }
        shown.sort_by_key(|(s, _)| s.start);
        let mut signs: Vec<TextSpan<'static>> = shown
            .into_iter()
            .map(|(_, status)| TextSpan::styled(status_sign(status), theme.claim(status)))
            .collect();
        while signs.len() < SIGNS_PER_LINE {
            signs.push(TextSpan::raw(" "));
        }
        signs
    }
}

/// `style` in reverse video, or out of it where it already is (a plain
/// theme's cursor), so the piece always stands out from what surrounds it.
fn reversed(style: Style) -> Style {
    if style.add_modifier.contains(Modifier::REVERSED) {
        style.remove_modifier(Modifier::REVERSED)
    } else {
        style.add_modifier(Modifier::REVERSED)
    }
}

/// How much a claim's status asks for the reader's attention: where claims of
/// one clause overlap, the most notable one gives the colour and the sign.
fn notability(status: ClaimStatus) -> u8 {
    match status {
        ClaimStatus::Shared => 0,
        ClaimStatus::Unique => 1,
        ClaimStatus::Conflict => 2,
    }
}
