//! An open claim group: every member (outlets not on screen too) with its value
//! of the fact, and its sentence with the disputed value marked in place.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use crate::analysis::claims::ClaimStatus;
use crate::app::App;
use crate::app::claim_detail::member_lines;
use crate::model::Span as TextSpan;
use crate::session::CORRECTION_SIGN;

use super::popup::window_start;
use super::safe::truncate;
use super::theme::{Theme, status_sign};
use super::wrap_words::wrap_words;

/// Lines of a member's sentence shown.
const SENTENCE_LINES: usize = 3;

/// Draws claim group `group`'s members into `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, group: usize, theme: &Theme) {
    let Some(found) = app.analysis.claim_groups.get(group) else {
        return;
    };
    let width = usize::from(area.width);
    let verdict = match app.applied.verdict(group) {
        Some(true) => format!(" {CORRECTION_SIGN} conflict (analyst)"),
        Some(false) => format!(" {CORRECTION_SIGN} not a conflict (analyst)"),
        None if app.applied.claim_group_corrected(group) => format!(" {CORRECTION_SIGN}"),
        None => String::new(),
    };
    let header = Line::from(vec![
        Span::styled("← ", theme.key),
        Span::styled(
            format!("{} ", status_sign(found.status)),
            theme.claim(found.status),
        ),
        Span::styled(
            truncate(
                &format!(
                    "#{group} {} · {} outlets{verdict}",
                    status_word(found.status),
                    app.rows.claim_articles.get(group).map_or(0, Vec::len)
                ),
                width.saturating_sub(4),
            ),
            theme.title,
        ),
    ]);
    frame.render_widget(
        Paragraph::new(header),
        Rect::new(area.x, area.y, area.width, 1),
    );
    let list_area = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(1),
    );
    let lines = member_lines(app, group);
    if lines.is_empty() {
        return;
    }
    let item_height = 1 + SENTENCE_LINES;
    let rows = (usize::from(list_area.height) / item_height).max(1);
    let selected = app.panel.member.min(lines.len() - 1);
    let start = window_start(selected, rows);
    let items: Vec<ListItem> = lines[start..lines.len().min(start + rows)]
        .iter()
        .map(|line| {
            let article = &app.corpus.articles[line.member.article];
            let mut item = vec![Line::from(vec![
                Span::styled(
                    truncate(&article.meta.outlet, width.saturating_sub(2) / 2),
                    theme.title,
                ),
                Span::styled(
                    format!(
                        "  {}",
                        truncate(&line.value, width.saturating_sub(width / 2 + 2))
                    ),
                    value_style(found.status, &line.value, theme),
                ),
            ])];
            let mut sentence = sentence_lines(app, line.member, width, theme);
            sentence.truncate(SENTENCE_LINES);
            item.extend(sentence);
            ListItem::new(item)
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(selected - start));
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme.selected),
        list_area,
        &mut state,
    );
}

/// The word a status is shown as.
fn status_word(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::Shared => "shared",
        ClaimStatus::Unique => "unique",
        ClaimStatus::Conflict => "conflict",
    }
}

/// The style of a member's value: the conflict's for a disputed value.
fn value_style(status: ClaimStatus, value: &str, theme: &Theme) -> Style {
    if value.starts_with(crate::analysis::facts::DIFFERS) {
        theme.conflict
    } else {
        theme.claim(status)
    }
}

/// The sentence of claim `member`, wrapped, with the group's disputed values in
/// it reversed.
fn sentence_lines(
    app: &App,
    member: crate::analysis::claims::ClaimRef,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let article = &app.corpus.articles[member.article];
    let found = &app.analysis.articles[member.article];
    let claim = &found.claims[member.claim];
    let Some(sentence) = found.sentences.get(claim.sentence) else {
        return Vec::new();
    };
    let values: Vec<TextSpan> = app.highlights.per_article[member.article]
        .iter()
        .filter(|h| {
            matches!(h.mark, crate::app::highlights::Mark::Value) && claim.span.contains(h.span)
        })
        .map(|h| h.span)
        .collect();
    let text = sentence.span.slice(&article.text);
    let pieces: Vec<(String, Style)> = words(text)
        .map(|(at, word)| {
            let start = sentence.span.start + at;
            let span = TextSpan::new(start, start + word.len());
            let style = if values.iter().any(|v| v.overlaps(span)) {
                theme.conflict.add_modifier(Modifier::REVERSED)
            } else {
                theme.text
            };
            (word.to_string(), style)
        })
        .collect();
    wrap_words(&pieces, width, "  ")
}

/// The words of `text` with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}
