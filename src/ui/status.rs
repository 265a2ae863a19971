//! The status line (mode, pair, position, claim under the cursor) and the hint line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::keymap::Context;

use super::safe::truncate;
use super::theme::Theme;

/// Draws the status line into `area`.
pub fn draw_status(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let mode = match (app.search.input.is_some(), app.context()) {
        (true, _) => "SEARCH",
        (_, Context::Reader) => "READ",
        (_, Context::Panel) => "PANEL",
        (_, Context::Picker) => "PICK",
        (_, Context::Help) => "HELP",
        (_, Context::Editor) => "NOTE",
    };
    let detail = match &app.search.input {
        Some(input) => format!("/{input}█"),
        None => app
            .message
            .clone()
            .unwrap_or_else(|| claim_under_cursor(app)),
    };
    let sync = if app.sync { "sync" } else { "no sync" };
    let text = format!(" {mode} │ {sync} │ {detail}");
    let line = Line::styled(truncate(&text, usize::from(area.width)), theme.status);
    frame.render_widget(Paragraph::new(line).style(theme.status), area);
}

/// "claim: shared by 3 of 5 outlets: RT, GDC, …" for the cursor sentence.
fn claim_under_cursor(app: &App) -> String {
    let side = app.focus;
    let article = app.pane(side).article;
    let Some(cursor) = app.cursor_span(side) else {
        return String::new();
    };
    let Some(group) = app
        .highlights
        .claim_group_in(&app.analysis, article, cursor)
    else {
        return if app.analysis.articles[article]
            .claims
            .iter()
            .any(|c| c.span.overlaps(cursor))
        {
            "claim: this outlet only".into()
        } else {
            String::new()
        };
    };
    let group = &app.analysis.claim_groups[group];
    let mut articles: Vec<usize> = group.members.iter().map(|m| m.article).collect();
    articles.sort_unstable();
    articles.dedup();
    let names: Vec<&str> = articles
        .iter()
        .map(|&a| app.corpus.articles[a].meta.outlet.as_str())
        .collect();
    let status = match group.status {
        crate::analysis::claims::ClaimStatus::Shared => "shared",
        crate::analysis::claims::ClaimStatus::Unique => "unique",
        crate::analysis::claims::ClaimStatus::Conflict => "CONFLICT",
    };
    format!(
        "claim {status}: {} of {} outlets: {}",
        group.article_count(),
        app.corpus.articles.len(),
        names.join(", ")
    )
}

/// Draws the hints line: the keys that do something now, and the colour legend.
pub fn draw_hints(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let keys: &[(&str, &str)] = match app.context() {
        Context::Reader => &[
            ("j/k", "sentence"),
            ("Tab", "pane"),
            ("]/[", "claim"),
            ("1-4", "panel"),
            ("a", "note"),
            ("!", "flag"),
            ("o", "pair"),
            ("/", "search"),
            ("?", "help"),
            ("q", "quit"),
        ],
        Context::Panel => &[
            ("j/k", "move"),
            ("Enter", "open/jump"),
            ("h", "back"),
            ("a", "note"),
            ("v", "verdict"),
            ("Esc", "panes"),
            ("?", "help"),
        ],
        Context::Picker => &[
            ("j/k", "move"),
            ("Enter", "choose"),
            ("h/l", "left/right"),
            ("Esc", "close"),
        ],
        Context::Help => &[("Esc", "close")],
        Context::Editor => &[
            ("Esc/Ctrl-s", "save"),
            ("Enter", "new line"),
            ("Tab", "verdict"),
        ],
    };
    let mut spans = Vec::new();
    for (key, what) in keys {
        spans.push(Span::styled(format!(" {key}"), theme.key));
        spans.push(Span::styled(format!(" {what}"), theme.muted));
    }
    spans.push(Span::raw("   "));
    spans.push(Span::styled("= shared", theme.shared));
    spans.push(Span::raw(" "));
    spans.push(Span::styled("+ unique", theme.unique));
    spans.push(Span::raw(" "));
    spans.push(Span::styled("≠ conflict", theme.conflict));
    spans.push(Span::raw(" "));
    spans.push(Span::styled("“quote”", theme.quote(Some(0))));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
