//! The status line (mode, save state, sync, a message or what the cursor sentence
//! is) and the hint line (keys that work now, then the colour legend if it fits).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::analysis::claims::ClaimStatus;
use crate::analysis::facts::{describe, disputed_values};
use crate::app::modal::Modal;
use crate::app::{App, Side};
use crate::session::CORRECTION_SIGN;

use super::footer::hint_spans;
use super::outlets::outlet_names;
use super::safe::{screen_text, truncate};
use super::theme::Theme;

/// Marker shown on the status line for as long as the session is not saved.
const NOT_SAVED: &str = " NOT SAVED ";

/// Draws the status line into `area`; while a prompt is open it shows the prompt
/// with the terminal cursor where typing goes.
pub fn draw_status(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let mut spans = Vec::new();
    if app.save_error.is_some() {
        spans.push(Span::styled(NOT_SAVED, theme.conflict.patch(theme.status)));
    }
    let sync = if app.sync { "sync" } else { "no sync" };
    let head = format!(" {} │ {sync} │ ", app.context().mode());
    let used = spans.iter().map(|s| s.width()).sum::<usize>() + head.width();
    spans.push(Span::styled(head, theme.status));
    if let Modal::Prompt(prompt) = &app.modal {
        let label = prompt.label();
        let text = screen_text(prompt.input.text());
        let before = screen_text(&prompt.input.text()[..prompt.input.cursor()]);
        let room = usize::from(area.width).saturating_sub(used + label.width() + 1);
        let skip = before.width().saturating_sub(room);
        let shown: String = skip_columns(&text, skip);
        let cursor_x = used + label.width() + before.width() - skip;
        spans.push(Span::styled(label, theme.status));
        spans.push(Span::styled(truncate(&shown, room + 1), theme.status));
        let x = area.x + u16::try_from(cursor_x).unwrap_or(u16::MAX);
        frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
    } else {
        let detail = app.message.clone().unwrap_or_else(|| cursor_detail(app));
        let room = usize::from(area.width).saturating_sub(used);
        spans.push(Span::styled(truncate(&detail, room), theme.status));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), area);
}

/// `text` without its first `columns` cells, so the end of a long line shows.
fn skip_columns(text: &str, columns: usize) -> String {
    let mut used = 0;
    text.chars()
        .skip_while(|c| {
            let skip = used < columns;
            used += unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
            skip
        })
        .collect()
}

/// What the status line says about the cursor sentence: its claim and the outlets
/// carrying it, and whether it is a passage the other outlet moved.
fn cursor_detail(app: &App) -> String {
    let side = app.focus;
    let mut parts = Vec::new();
    if let Some(claim) = claim_under_cursor(app) {
        parts.push(claim);
    }
    let cursor = app.pane(side).cursor;
    if app.counterparts.is_moved(side, cursor)
        && let Some(other) = app.counterparts.of(side, cursor)
    {
        let outlet = &app.corpus.articles[app.pane(side.other()).article]
            .meta
            .outlet;
        parts.push(format!(
            "↕ moved: {outlet} has it elsewhere (sentence {})",
            other + 1
        ));
    }
    parts.join(" · ")
}

/// What the cursor sentence claims: "claim shared: 3 of 5 outlets: RT, GDC, …",
/// or for a conflict each outlet's value, "claim CONFLICT: $3.5 billion (A) ·
/// $3.6 billion (B, C)"; the analyst's verdict or correction shows with `✱`.
fn claim_under_cursor(app: &App) -> Option<String> {
    let side: Side = app.focus;
    let article = app.pane(side).article;
    let cursor = app.cursor_span(side)?;
    let Some(group) = app
        .highlights
        .claim_group_in(&app.analysis, article, cursor)
    else {
        return app.analysis.articles[article]
            .claims
            .iter()
            .any(|c| c.span.overlaps(cursor))
            .then(|| "claim: this outlet only".into());
    };
    let articles = &app.rows.claim_articles[group];
    let names = outlet_names(app, articles);
    let analyst = match app.applied.verdict(group) {
        Some(true) => format!(" {CORRECTION_SIGN} conflict (analyst)"),
        Some(false) => format!(" {CORRECTION_SIGN} not a conflict (analyst)"),
        None if app.applied.claim_group_corrected(group) => format!(" {CORRECTION_SIGN}"),
        None => String::new(),
    };
    let group = &app.analysis.claim_groups[group];
    let status = match group.status {
        ClaimStatus::Shared => "shared",
        ClaimStatus::Unique => "unique",
        ClaimStatus::Conflict => "CONFLICT",
    };
    let disputes = disputes_in(app, article, cursor);
    if !disputes.is_empty() {
        return Some(format!("claim {status}{analyst}: {}", disputes.join(" | ")));
    }
    Some(format!(
        "claim {status}{analyst}: {} of {} outlets: {}",
        articles.len(),
        app.corpus.articles.len(),
        names
    ))
}

/// Each conflict the claims of `cursor` (in `article`) belong to, described by
/// the outlets' values: "$3.5 billion (A) · $3.6 billion (B, C)"; disputed
/// numbers and dates before disputed wording (modality, names).
fn disputes_in(app: &App, article: usize, cursor: crate::model::Span) -> Vec<String> {
    let mut groups: Vec<usize> = app.analysis.articles[article]
        .claims
        .iter()
        .zip(&app.highlights.claim_group[article])
        .filter(|(c, _)| c.span.overlaps(cursor))
        .filter_map(|(_, g)| *g)
        .collect();
    groups.dedup();
    let wording = |g: &usize| {
        app.analysis.claim_groups[*g]
            .conflicts
            .first()
            .is_some_and(|c| matches!(c.kind.as_str(), "modality" | "name"))
    };
    groups.sort_by_key(wording);
    groups
        .into_iter()
        .filter_map(|g| {
            let values = disputed_values(&app.analysis, app.analysis.claim_groups.get(g)?);
            (values.len() > 1).then(|| describe(&app.corpus, &values))
        })
        .collect()
}

/// Draws the hint line: the keys that work now in this mode, most important
/// first, then the colour legend when there is room for it.
pub fn draw_hints(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let width = usize::from(area.width);
    let mut spans = hint_spans(app, app.context(), width, theme);
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let legend = [
        Span::raw("   "),
        Span::styled("= shared", theme.shared),
        Span::raw(" "),
        Span::styled("+ unique", theme.unique),
        Span::raw(" "),
        Span::styled("≠ conflict", theme.conflict),
        Span::raw(" "),
        Span::styled("“quote”", theme.quote(Some(0))),
        Span::raw(" "),
        Span::styled("↕ moved", theme.muted),
    ];
    let legend_width: usize = legend.iter().map(|s| s.width()).sum();
    if used + legend_width <= width {
        spans.extend(legend);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
