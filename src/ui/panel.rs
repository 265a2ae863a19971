//! The side panel: the quote jump list, the claim groups, the coverage matrix.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Tabs};

use crate::analysis::claims::ClaimStatus;
use crate::analysis::quotes::WordDiff;
use crate::app::marks::{mark_sign, mark_summary};
use crate::app::panel::{Tab, UNKNOWN_SPEAKER};
use crate::app::{App, Side};
use crate::session::Target;

use super::outlets::outlet_names;
use super::popup::window_start;
use super::safe::truncate;
use super::theme::{Theme, status_sign};
use super::wrap_words::wrap_words;

/// Draws the side panel into `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if area.width < 4 || area.height < 4 {
        return;
    }
    let focused = app.panel.focused;
    let mut block = theme.block(focused);
    if !app.pane_visible(Side::Right) {
        let outlet = &app.corpus.articles[app.pane(Side::Right).article]
            .meta
            .outlet;
        block = block.title_bottom(Line::styled(
            truncate(
                &format!(" covers {outlet} · \\ hides "),
                usize::from(area.width.saturating_sub(2)),
            ),
            theme.muted,
        ));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let tabs = Tabs::new(tab_titles(usize::from(inner.width)))
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
    match (app.panel.tab, app.panel.claim_detail) {
        (Tab::Quotes, _) => match app.panel.open_group {
            Some(group) => draw_variants(frame, body, app, group, theme),
            None => draw_quotes(frame, body, app, width, theme),
        },
        (Tab::Claims | Tab::Coverage, Some(group)) => {
            super::claim_detail::draw(frame, body, app, group, theme);
        }
        (Tab::Claims, None) => draw_claims(frame, body, app, theme),
        (Tab::Coverage, None) => draw_coverage(frame, body, app, theme),
        (Tab::Notes, _) => draw_notes(frame, body, app, theme),
        (Tab::Facts, _) => super::facts::draw(frame, body, app, theme),
    }
}

/// The tab titles that fit in `width` columns: numbered, plain, shortened, or
/// the numbers alone.
fn tab_titles(width: usize) -> Vec<String> {
    let numbered: Vec<String> = Tab::ALL
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{} {}", i + 1, t.title()))
        .collect();
    let plain: Vec<String> = Tab::ALL.iter().map(|t| t.title().to_string()).collect();
    let short: Vec<String> = Tab::ALL
        .iter()
        .map(|t| t.short_title().to_string())
        .collect();
    let fits = |titles: &[String]| {
        titles.iter().map(|t| t.chars().count()).sum::<usize>() + titles.len() - 1 <= width
    };
    [numbered, plain, short]
        .into_iter()
        .find(|titles| fits(titles))
        .unwrap_or_else(|| (1..=Tab::ALL.len()).map(|i| i.to_string()).collect())
}

/// Draws rows `0..len` of a list whose rows are `item_height` lines tall, with
/// row `selected` highlighted. Only the rows of the page on screen are built.
fn draw_window(
    frame: &mut Frame,
    area: Rect,
    len: usize,
    selected: usize,
    item_height: u16,
    theme: &Theme,
    item: impl Fn(usize) -> ListItem<'static>,
) {
    if len == 0 {
        frame.render_widget(
            Paragraph::new(Line::styled("  nothing here", theme.muted)),
            area,
        );
        return;
    }
    let selected = selected.min(len - 1);
    let rows = usize::from(area.height / item_height.max(1)).max(1);
    let start = window_start(selected, rows);
    let items: Vec<ListItem> = (start..len.min(start + rows)).map(item).collect();
    let mut state = ListState::default().with_selected(Some(selected - start));
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme.selected),
        area,
        &mut state,
    );
}

/// Draws a list of built items with one selected row.
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

/// The quote jump list under a line saying what its `≠` means.
fn draw_quotes(frame: &mut Frame, area: Rect, app: &App, width: usize, theme: &Theme) {
    let header = Line::from(vec![
        Span::styled("≠", theme.conflict),
        Span::styled(" renderings differ", theme.muted),
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
    let rows = &app.rows.quotes;
    draw_window(
        frame,
        list_area,
        rows.len(),
        app.panel.selected(),
        2,
        theme,
        |i| quote_item(app, rows[i], width, theme),
    );
}

/// One quote group's row: speaker, outlets, whether renderings differ, first words.
fn quote_item(app: &App, id: usize, width: usize, theme: &Theme) -> ListItem<'static> {
    let group = &app.analysis.quote_groups[id];
    let outlets = app.rows.quote_outlets[id];
    let canonical = group.members[group.canonical.min(group.members.len() - 1)];
    let text = &app.analysis.articles[canonical.article].quotes[canonical.quote].text;
    let speaker = group.speaker.as_deref().unwrap_or(UNKNOWN_SPEAKER);
    let differ = if app.rows.quote_differ[id] {
        " ≠"
    } else {
        ""
    };
    let corrected = if app.applied.quote_group_corrected(id) {
        " ✱"
    } else {
        ""
    };
    let head = Line::from(vec![
        Span::styled(truncate(speaker, width.saturating_sub(14)), theme.title),
        Span::styled(
            format!("  {outlets} outlet{}", if outlets == 1 { "" } else { "s" }),
            theme.muted,
        ),
        Span::styled(differ, theme.conflict),
        Span::styled(corrected, theme.key),
    ]);
    let words = Line::styled(truncate(&format!("  “{text}”"), width), theme.text);
    ListItem::new(vec![head, words])
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
                group.speaker.as_deref().unwrap_or(UNKNOWN_SPEAKER),
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
    let rows = &app.rows.claims;
    let list_area = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(1),
    );
    draw_window(
        frame,
        list_area,
        rows.len(),
        app.panel.selected(),
        2,
        theme,
        |i| {
            let group = &app.analysis.claim_groups[rows[i]];
            let first = group.members[0];
            let article = &app.corpus.articles[first.article];
            let claim = &app.analysis.articles[first.article].claims[first.claim];
            let corrected = if app.applied.claim_group_corrected(group.id) {
                "✱ "
            } else {
                "  "
            };
            let head = Line::from(vec![
                Span::styled(
                    status_sign(group.status).to_string(),
                    theme.claim(group.status),
                ),
                Span::styled(corrected, theme.key),
                Span::styled(
                    format!("{}/{total} ", app.rows.claim_articles[rows[i]].len()),
                    theme.muted,
                ),
                Span::styled(
                    truncate(
                        &outlet_names(app, &app.rows.claim_articles[rows[i]]),
                        width.saturating_sub(6),
                    ),
                    theme.muted,
                ),
            ]);
            let text = Line::styled(
                truncate(&format!("  {}", claim.span.slice(&article.text)), width),
                theme.text,
            );
            ListItem::new(vec![head, text])
        },
    );
}

/// Fewest columns left for the claim text beside the coverage matrix.
const COVERAGE_TEXT_MIN: usize = 12;

/// The articles the coverage matrix has room for, with their column labels: all
/// of them numbered when they fit, else the pair on screen (`L`, `R`) and as
/// many others as fit.
fn coverage_columns(app: &App, width: usize) -> (Vec<(usize, String)>, usize) {
    let count = app.corpus.articles.len();
    let room = width.saturating_sub(COVERAGE_TEXT_MIN + 1) / 2;
    if count <= room {
        let columns = (0..count)
            .map(|i| (i, format!("{}", (i + 1) % 100)))
            .collect();
        return (columns, 0);
    }
    let (left, right) = app.pair();
    let mut columns = vec![(left, "L".to_string())];
    if right != left {
        columns.push((right, "R".to_string()));
    }
    let others = (0..count).filter(|&i| i != left && i != right);
    columns.extend(
        others
            .take(room.saturating_sub(columns.len()))
            .map(|i| (i, format!("{}", (i + 1) % 100))),
    );
    columns.truncate(room.max(1));
    let hidden = count - columns.len();
    (columns, hidden)
}

/// Claim groups as rows, outlets as columns.
fn draw_coverage(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let width = usize::from(area.width);
    let (columns, hidden) = coverage_columns(app, width);
    let labels: String = columns.iter().map(|(_, l)| format!("{l:<2}")).collect();
    let more = if hidden > 0 {
        format!(" +{hidden} more")
    } else {
        String::new()
    };
    let header = Line::from(vec![
        Span::styled(labels, theme.title),
        Span::styled(format!(" claim{more}"), theme.muted),
    ]);
    frame.render_widget(
        Paragraph::new(header),
        Rect::new(area.x, area.y, area.width, 1),
    );
    let legend_height = u16::try_from(columns.len().min(6)).unwrap_or(6);
    let list_area = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(1 + legend_height),
    );
    let rows = &app.rows.coverage;
    draw_window(
        frame,
        list_area,
        rows.len(),
        app.panel.selected(),
        1,
        theme,
        |i| {
            let group = &app.analysis.claim_groups[rows[i]];
            let carriers = &app.rows.claim_articles[rows[i]];
            let carried = columns
                .iter()
                .map(|(article, _)| carriers.binary_search(article).is_ok());
            let mut spans: Vec<Span<'static>> = carried
                .map(|carries| match (carries, group.status) {
                    (false, _) => Span::styled("· ", theme.muted),
                    (true, ClaimStatus::Conflict) => Span::styled("✖ ", theme.conflict),
                    (true, status) => Span::styled("● ", theme.claim(status)),
                })
                .collect();
            let first = group.members[0];
            let text = app.analysis.articles[first.article].claims[first.claim]
                .span
                .slice(&app.corpus.articles[first.article].text);
            let corrected = app.applied.claim_group_corrected(group.id);
            let sign = if corrected { "✱" } else { "" };
            spans.push(Span::styled(sign, theme.key));
            spans.push(Span::styled(
                truncate(
                    text,
                    width.saturating_sub(columns.len() * 2 + 1 + sign.len().min(1)),
                ),
                theme.text,
            ));
            ListItem::new(Line::from(spans))
        },
    );
    let legend: Vec<Line> = columns
        .iter()
        .take(usize::from(legend_height))
        .map(|(article, label)| {
            Line::styled(
                truncate(
                    &format!("{label} {}", app.corpus.articles[*article].meta.outlet),
                    width,
                ),
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
