//! The side panel: the quote jump list, the claim groups, the coverage matrix.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Tabs};

use crate::analysis::claims::ClaimStatus;
use crate::analysis::quotes::WordDiff;
use crate::app::App;
use crate::app::marks::{mark_sign, mark_summary};
use crate::app::panel::{self, Tab, coverage_rows, listed_claim_groups};
use crate::session::Target;

use super::safe::truncate;
use super::theme::{Theme, status_sign};
use super::wrap_words::wrap_words;

/// Draws the side panel into `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if area.width < 4 || area.height < 4 {
        return;
    }
    let focused = app.panel.focused;
    let block = theme.block(focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let numbered = inner.width >= 38;
    let tabs = Tabs::new(Tab::ALL.iter().enumerate().map(|(i, t)| {
        if numbered {
            format!("{} {}", i + 1, t.title())
        } else {
            t.title().to_string()
        }
    }))
    .select(app.panel.tab.index())
    .style(theme.muted)
    .highlight_style(theme.title)
    .divider("│")
    .padding("", "");
    frame.render_widget(tabs, Rect::new(inner.x, inner.y, inner.width, 1));
    let body = Rect::new(
        inner.x,
        inner.y + 1,
        inner.width,
        inner.height.saturating_sub(1),
    );
    let width = usize::from(body.width);
    match app.panel.tab {
        Tab::Quotes => match app.panel.open_group {
            Some(group) => draw_variants(frame, body, app, group, theme),
            None => draw_list(
                frame,
                body,
                quote_items(app, width, theme),
                app.panel.selected(),
                theme,
            ),
        },
        Tab::Claims => draw_claims(frame, body, app, theme),
        Tab::Coverage => draw_coverage(frame, body, app, theme),
        Tab::Notes => draw_notes(frame, body, app, theme),
    }
}

/// Draws a list with one selected row.
fn draw_list(
    frame: &mut Frame,
    area: Rect,
    items: Vec<ListItem<'static>>,
    selected: usize,
    theme: &Theme,
) {
    if items.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled("  nothing here", theme.muted)),
            area,
        );
        return;
    }
    let mut state = ListState::default().with_selected(Some(selected.min(items.len() - 1)));
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme.selected),
        area,
        &mut state,
    );
}

/// One row per quote group: speaker, outlets, whether renderings differ, first words.
fn quote_items(app: &App, width: usize, theme: &Theme) -> Vec<ListItem<'static>> {
    panel::quote_rows(&app.analysis)
        .into_iter()
        .map(|id| {
            let group = &app.analysis.quote_groups[id];
            let outlets = group.article_count();
            let canonical = group.members[group.canonical.min(group.members.len() - 1)];
            let text = &app.analysis.articles[canonical.article].quotes[canonical.quote].text;
            let speaker = group.speaker.as_deref().unwrap_or("unknown");
            let differ = if group.renderings_differ() {
                " ≠"
            } else {
                ""
            };
            let head = Line::from(vec![
                Span::styled(truncate(speaker, width.saturating_sub(12)), theme.title),
                Span::styled(
                    format!(
                        "  {outlets} outlet{}{differ}",
                        if outlets == 1 { "" } else { "s" }
                    ),
                    theme.muted,
                ),
            ]);
            let words = Line::styled(truncate(&format!("  “{text}”"), width), theme.text);
            ListItem::new(vec![head, words])
        })
        .collect()
}

/// The renderings of one quote group, differences marked.
fn draw_variants(frame: &mut Frame, area: Rect, app: &App, group: usize, theme: &Theme) {
    let Some(group) = app.analysis.quote_groups.get(group) else {
        return;
    };
    let width = usize::from(area.width);
    let header = Line::from(vec![
        Span::styled("← ", theme.key),
        Span::styled(
            truncate(
                group.speaker.as_deref().unwrap_or("unknown speaker"),
                width.saturating_sub(2),
            ),
            theme.title,
        ),
    ]);
    frame.render_widget(
        Paragraph::new(header),
        Rect::new(area.x, area.y, area.width, 1),
    );
    let items: Vec<ListItem<'static>> = group
        .members
        .iter()
        .zip(&group.diffs)
        .enumerate()
        .map(|(i, (member, diff))| {
            let outlet = &app.corpus.articles[member.article].meta.outlet;
            let mark = if i == group.canonical {
                " (fullest)"
            } else {
                ""
            };
            let mut lines = vec![Line::from(vec![
                Span::styled(truncate(outlet, width.saturating_sub(11)), theme.title),
                Span::styled(mark, theme.muted),
            ])];
            let pieces: Vec<(String, Style)> = diff
                .iter()
                .map(|d| match d {
                    WordDiff::Same(t) => (t.clone(), theme.text),
                    WordDiff::Added(t) => (t.clone(), theme.added),
                    WordDiff::Removed(t) => (t.clone(), theme.removed),
                })
                .collect();
            lines.extend(wrap_words(&pieces, width, "  "));
            ListItem::new(lines)
        })
        .collect();
    let list_area = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(1),
    );
    draw_list(frame, list_area, items, app.panel.variant, theme);
}

/// The claim groups passing the filter.
fn draw_claims(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let (left, right) = app.pair();
    let width = usize::from(area.width);
    let header = Line::from(vec![
        Span::styled("filter ", theme.muted),
        Span::styled(app.panel.filter.label(), theme.title),
        Span::styled("  (f)", theme.key),
    ]);
    frame.render_widget(
        Paragraph::new(header),
        Rect::new(area.x, area.y, area.width, 1),
    );
    let total = app.corpus.articles.len();
    let items = listed_claim_groups(&app.analysis, app.panel.filter, left, right)
        .into_iter()
        .map(|id| {
            let group = &app.analysis.claim_groups[id];
            let first = group.members[0];
            let article = &app.corpus.articles[first.article];
            let claim = &app.analysis.articles[first.article].claims[first.claim];
            let head = Line::from(vec![
                Span::styled(
                    format!("{} ", status_sign(group.status)),
                    theme.claim(group.status),
                ),
                Span::styled(format!("{}/{total} ", group.article_count()), theme.muted),
                Span::styled(
                    truncate(&outlet_names(app, &group.members), width.saturating_sub(6)),
                    theme.muted,
                ),
            ]);
            let text = Line::styled(
                truncate(&format!("  {}", claim.span.slice(&article.text)), width),
                theme.text,
            );
            ListItem::new(vec![head, text])
        })
        .collect();
    let list_area = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(1),
    );
    draw_list(frame, list_area, items, app.panel.selected(), theme);
}

/// Names of the outlets carrying a group, in corpus order.
fn outlet_names(app: &App, members: &[crate::analysis::claims::ClaimRef]) -> String {
    let mut articles: Vec<usize> = members.iter().map(|m| m.article).collect();
    articles.sort_unstable();
    articles.dedup();
    articles
        .iter()
        .map(|&a| app.corpus.articles[a].meta.outlet.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Claim groups as rows, outlets as columns.
fn draw_coverage(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let outlets = app.corpus.articles.len();
    let columns: String = (1..=outlets).map(|i| format!("{:<2}", i % 100)).collect();
    let header = Line::from(vec![
        Span::styled(columns, theme.title),
        Span::styled(" claim", theme.muted),
    ]);
    frame.render_widget(
        Paragraph::new(header),
        Rect::new(area.x, area.y, area.width, 1),
    );
    let width = usize::from(area.width);
    let items = coverage_rows(&app.analysis)
        .into_iter()
        .map(|id| {
            let group = &app.analysis.claim_groups[id];
            let mut spans: Vec<Span<'static>> = (0..outlets)
                .map(|article| {
                    let carries = group.members.iter().any(|m| m.article == article);
                    match (carries, group.status) {
                        (false, _) => Span::styled("· ", theme.muted),
                        (true, ClaimStatus::Conflict) => Span::styled("✖ ", theme.conflict),
                        (true, status) => Span::styled("● ", theme.claim(status)),
                    }
                })
                .collect();
            let first = group.members[0];
            let text = app.analysis.articles[first.article].claims[first.claim]
                .span
                .slice(&app.corpus.articles[first.article].text);
            spans.push(Span::styled(
                truncate(text, width.saturating_sub(outlets * 2 + 1)),
                theme.text,
            ));
            ListItem::new(Line::from(spans))
        })
        .collect();
    let legend_height = u16::try_from(outlets.min(6)).unwrap_or(6);
    let list_area = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(1 + legend_height),
    );
    draw_list(frame, list_area, items, app.panel.selected(), theme);
    let legend: Vec<Line> = app
        .corpus
        .articles
        .iter()
        .enumerate()
        .take(usize::from(legend_height))
        .map(|(i, a)| {
            Line::styled(
                truncate(&format!("{} {}", i + 1, a.meta.outlet), width),
                theme.muted,
            )
        })
        .collect();
    let legend_area = Rect::new(
        area.x,
        area.y + area.height.saturating_sub(legend_height),
        area.width,
        legend_height.min(area.height),
    );
    frame.render_widget(Paragraph::new(legend), legend_area);
}

/// The analyst's marks, newest first: sign, place, summary.
fn draw_notes(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let width = usize::from(area.width);
    let items = app
        .listed_marks()
        .into_iter()
        .map(|mark| {
            let first = mark.target.anchors().first();
            let outlet = first
                .and_then(|a| app.corpus.index_of(&a.article_id))
                .map_or("?", |i| app.corpus.articles[i].meta.outlet.as_str());
            let place = match &mark.target {
                Target::Text(_) => outlet.to_string(),
                Target::QuoteGroup { anchors } => {
                    format!("quote group, {} renderings", anchors.len())
                }
                Target::ClaimGroup { anchors } => format!("claim group, {} outlets", anchors.len()),
            };
            let orphan = if mark.orphaned { " (orphaned)" } else { "" };
            let head = Line::from(vec![
                Span::styled(format!("{} ", mark_sign(&mark.kind)), theme.key),
                Span::styled(
                    truncate(&format!("{place}{orphan}"), width.saturating_sub(2)),
                    theme.muted,
                ),
            ]);
            let summary = Line::styled(
                truncate(&format!("  {}", mark_summary(mark)), width),
                theme.text,
            );
            let quoted = first.map_or(String::new(), |a| {
                format!(
                    "  › {}",
                    a.quoted.split_whitespace().collect::<Vec<_>>().join(" ")
                )
            });
            ListItem::new(vec![
                head,
                summary,
                Line::styled(truncate(&quoted, width), theme.muted),
            ])
        })
        .collect::<Vec<_>>();
    if items.is_empty() {
        let help = vec![
            Line::styled("No notes yet.", theme.muted),
            Line::default(),
            Line::from(vec![
                Span::styled("a", theme.key),
                Span::raw(" note on the sentence or group"),
            ]),
            Line::from(vec![
                Span::styled("!", theme.key),
                Span::raw(" flag it (check, misquote, …)"),
            ]),
            Line::from(vec![
                Span::styled("v", theme.key),
                Span::raw(" verdict on a selected group"),
            ]),
        ];
        frame.render_widget(Paragraph::new(help), area);
        return;
    }
    draw_list(frame, area, items, app.panel.selected(), theme);
}
