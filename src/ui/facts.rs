//! The fact table tab: facts down, outlets across, each cell the outlet's value.
//! The fact column stays while the outlet columns scroll sideways; only the rows
//! and columns on screen are drawn. Conflicts, outliers, gaps and the analyst's
//! corrections read by their signs (`≠`, `!`, `—`, `✱`) as well as by colour.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::analysis::claims::ClaimStatus;
use crate::analysis::facts::{FactRow, GAP};
use crate::app::App;
use crate::app::fact_view::{CELL_WIDTH, fact_columns};
use crate::session::CORRECTION_SIGN;

use super::popup::window_start;
use super::safe::truncate;
use super::theme::{Theme, status_sign};

/// Draws the fact table into `area` (the panel body below the tabs).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if area.height < 4 {
        return;
    }
    let view = &app.fact_view;
    let (fact_width, shown) = fact_columns(area.width);
    let fact_width = usize::from(fact_width);
    let columns = app.facts.outlets.len();
    let first = view.first_column.min(columns.saturating_sub(1));
    let last = (first + shown).min(columns);
    let line = |y: u16| Rect::new(area.x, area.y + y, area.width, 1);
    frame.render_widget(Paragraph::new(heading(app, theme)), line(0));
    frame.render_widget(
        Paragraph::new(column_heads(app, fact_width, first..last, theme)),
        line(1),
    );
    let rows_area = Rect::new(area.x, area.y + 2, area.width, area.height - 3);
    let selected = app.panel.selected();
    if view.rows.is_empty() {
        let empty = if view.omissions.is_some() {
            "  nothing that most other outlets report is left out"
        } else {
            "  no fact passes the filter (f)"
        };
        frame.render_widget(Paragraph::new(Line::styled(empty, theme.muted)), rows_area);
    } else {
        let height = usize::from(rows_area.height).max(1);
        let start = window_start(selected.min(view.rows.len() - 1), height);
        let lines: Vec<Line> = view.rows[start..view.rows.len().min(start + height)]
            .iter()
            .enumerate()
            .map(|(i, &r)| {
                let row = &app.facts.rows[r];
                fact_line(
                    app,
                    row,
                    fact_width,
                    first..last,
                    start + i == selected,
                    theme,
                )
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), rows_area);
    }
    frame.render_widget(
        Paragraph::new(legend(app, area.width, theme)),
        line(area.height - 1),
    );
}

/// What the table shows: its filters, or whose omissions.
fn heading(app: &App, theme: &Theme) -> Line<'static> {
    let view = &app.fact_view;
    let outlet = |c: usize| {
        app.corpus.articles[app.facts.outlets[c]]
            .meta
            .outlet
            .clone()
    };
    let mut spans = Vec::new();
    match view.omissions {
        Some(c) => {
            spans.push(Span::styled("left out by ", theme.muted));
            spans.push(Span::styled(outlet(c), theme.title));
            spans.push(Span::styled(" (most others report these)", theme.muted));
        }
        None => {
            spans.push(Span::styled("facts ", theme.muted));
            spans.push(Span::styled(view.status.label(), theme.title));
            if let Some(c) = view.outlet {
                spans.push(Span::styled(" reported by ", theme.muted));
                spans.push(Span::styled(outlet(c), theme.title));
            }
        }
    }
    spans.push(Span::styled(
        format!("  {} of {}", view.rows.len(), app.facts.rows.len()),
        theme.muted,
    ));
    Line::from(spans)
}

/// The column heads: the fact column, then each outlet shown, the selected one
/// highlighted, with arrows where more columns lie to either side.
fn column_heads(
    app: &App,
    fact_width: usize,
    shown: std::ops::Range<usize>,
    theme: &Theme,
) -> Line<'static> {
    let more_left = if shown.start > 0 {
        format!("◀{}", shown.start)
    } else {
        String::new()
    };
    let mut spans = vec![Span::styled(
        pad(&format!("fact {more_left}"), fact_width),
        theme.title,
    )];
    let cell = usize::from(CELL_WIDTH);
    for c in shown.clone() {
        let name = &app.corpus.articles[app.facts.outlets[c]].meta.outlet;
        let style = if c == app.fact_view.column {
            theme.selected
        } else {
            theme.title
        };
        spans.push(Span::styled(pad(name, cell - 1), style));
        spans.push(Span::raw(" "));
    }
    let hidden = app.facts.outlets.len() - shown.end;
    if hidden > 0 {
        spans.push(Span::styled(format!("{hidden}▶"), theme.muted));
    }
    Line::from(spans)
}

/// One fact's line: its sign and wording, then each shown outlet's cell.
fn fact_line(
    app: &App,
    row: &FactRow,
    fact_width: usize,
    shown: std::ops::Range<usize>,
    selected: bool,
    theme: &Theme,
) -> Line<'static> {
    let base = if selected {
        theme.selected
    } else {
        Style::default()
    };
    let corrected = app.applied.claim_group_corrected(row.group);
    let sign = format!(
        "{}{}",
        status_sign(row.status),
        if corrected { CORRECTION_SIGN } else { ' ' }
    );
    let mut spans = vec![
        Span::styled(sign, theme.claim(row.status).patch(base)),
        Span::styled(
            pad(&row.fact, fact_width.saturating_sub(3)),
            theme.text.patch(base),
        ),
        Span::styled(" ", base),
    ];
    let cell = usize::from(CELL_WIDTH);
    for c in shown {
        let (text, style) = match row.cell(app.facts.outlets[c]) {
            Some(found) => {
                let style = match (found.differs, found.outlier) {
                    (true, true) => theme.conflict.add_modifier(Modifier::REVERSED),
                    (true, false) => theme.conflict,
                    (false, _) if row.status == ClaimStatus::Unique => theme.unique,
                    (false, _) => theme.shared,
                };
                (found.label(), style)
            }
            None => (GAP.to_string(), theme.muted),
        };
        let style = if selected && c == app.fact_view.column {
            style.patch(theme.cursor)
        } else {
            style.patch(base)
        };
        spans.push(Span::styled(pad(&text, cell - 1), style));
        spans.push(Span::styled(" ", base));
    }
    Line::from(spans)
}

/// The signs' meanings and the selected outlet's full name.
fn legend(app: &App, width: u16, theme: &Theme) -> Line<'static> {
    let column = app.fact_view.column;
    let outlet = app
        .facts
        .outlets
        .get(column)
        .map(|&a| app.corpus.articles[a].meta.outlet.as_str())
        .unwrap_or_default();
    let text = format!(
        "≠ differs  ! outlier  {GAP} not reported  {CORRECTION_SIGN} analyst  │ {}/{}: {outlet}",
        column + 1,
        app.facts.outlets.len()
    );
    Line::styled(truncate(&text, usize::from(width)), theme.muted)
}

/// `text` cut or padded with spaces to exactly `width` columns.
fn pad(text: &str, width: usize) -> String {
    let mut cut = truncate(text, width);
    let used = cut.width();
    cut.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    cut
}
