//! The report as Markdown that renders on GitHub and GitLab.

use std::fmt::Write;

use crate::model::sanitize::display;
use crate::session::MarkKind;

use super::{Report, ReportClaimGroup, ReportCorrection, ReportMark, ReportRendering};

/// Renders `report` as Markdown.
pub fn render(report: &Report) -> String {
    let mut out = String::from("# Parallax review\n\n## Summary\n\n");
    let _ = writeln!(out, "{}\n", super::counts_line(&report.summary.counts));
    out.push_str("### Articles compared\n\n");
    out.push_str("| Outlet | Title | Date | URL | Path |\n| --- | --- | --- | --- | --- |\n");
    for a in &report.articles {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            esc(&a.outlet),
            esc(&a.title),
            esc(a.date.as_deref().unwrap_or("")),
            esc(a.url.as_deref().unwrap_or("")),
            esc(&a.path)
        );
    }
    summary(&mut out, report);
    out.push_str("\n## Quotes\n\n");
    if report.quote_groups.is_empty() {
        out.push_str("No quote is rendered by more than one article.\n\n");
    }
    for (n, group) in report.quote_groups.iter().enumerate() {
        let speaker = group
            .speaker
            .as_deref()
            .map_or_else(String::new, |s| format!(" — {}", esc(s)));
        let _ = writeln!(out, "### Quote {}{speaker}\n", n + 1);
        for r in &group.renderings {
            let _ = writeln!(
                out,
                "- **{}**{}: {}",
                esc(&r.outlet),
                canonical_note(r),
                rendering(r)
            );
        }
        out.push('\n');
    }
    out.push_str("## Claims\n\n");
    if report.claim_groups.is_empty() {
        out.push_str("No conflicting, shared or marked claims.\n\n");
    }
    for group in &report.claim_groups {
        claim(&mut out, group);
    }
    out.push_str("## Notes, flags and verdicts\n\n");
    if report.marks.is_empty() {
        out.push_str("None.\n");
    }
    for m in &report.marks {
        mark(&mut out, m);
    }
    if !report.corrections.is_empty() {
        out.push_str("\n## Corrections by the analyst\n\n");
        for c in &report.corrections {
            correction(&mut out, c);
        }
    }
    out
}

/// The conflicts with each outlet's value, and what each outlet left out.
fn summary(out: &mut String, report: &Report) {
    out.push_str("\n### Conflicts\n\n");
    if report.summary.conflicts.is_empty() {
        out.push_str("No outlets disagree on a fact.\n");
    }
    for c in &report.summary.conflicts {
        let analyst = c
            .analyst
            .as_deref()
            .map_or_else(String::new, |a| format!(" ({})", esc(a)));
        let _ = writeln!(
            out,
            "- {}{analyst}: {}",
            esc(&c.fact),
            esc(&super::values_line(&c.values))
        );
    }
    out.push_str("\n### Left out\n\n");
    if report.summary.omissions.is_empty() {
        out.push_str("No outlet leaves out a fact most others report.\n");
    }
    for o in &report.summary.omissions {
        let _ = writeln!(
            out,
            "- **{}** leaves out what most others report:",
            esc(&o.outlet)
        );
        for f in &o.facts {
            let _ = writeln!(
                out,
                "  - {} ({} of {} outlets)",
                esc(&f.fact),
                f.reported_by,
                report.summary.counts.articles
            );
        }
    }
}

/// One correction as a list item, with the text it is anchored to.
fn correction(out: &mut String, c: &ReportCorrection) {
    let orphaned = if c.orphaned { " (orphaned)" } else { "" };
    let places: Vec<String> = c
        .places
        .iter()
        .map(|p| format!("{}: “{}”", esc(&p.outlet), esc(&p.quoted)))
        .collect();
    let _ = writeln!(out, "- ✱ {}{orphaned}: {}", esc(&c.what), places.join("; "));
}

/// ` (most complete)` for the canonical rendering.
fn canonical_note(r: &ReportRendering) -> &'static str {
    if r.canonical { " (most complete)" } else { "" }
}

/// A rendering with its additions in bold and omissions struck through.
fn rendering(r: &ReportRendering) -> String {
    super::marked_rendering(r, esc, ("**", "**"), ("~~", "~~"))
}

/// One claim group as a list item, with its differing facts below.
fn claim(out: &mut String, group: &ReportClaimGroup) {
    let status = super::status_title(group.status);
    let analyst = group
        .analyst
        .as_deref()
        .map_or_else(String::new, |a| format!(" — {}", esc(a)));
    let outlets: Vec<String> = group.outlets.iter().map(|o| esc(o)).collect();
    let _ = writeln!(
        out,
        "- **{status}**{analyst} ({}): “{}”",
        outlets.join(", "),
        esc(&group.text)
    );
    for d in &group.differences {
        let values: Vec<String> = d
            .values
            .iter()
            .map(|v| {
                format!(
                    "{}: {}",
                    esc(&v.outlet),
                    v.value
                        .as_deref()
                        .map_or_else(|| "not stated".to_string(), esc)
                )
            })
            .collect();
        let _ = writeln!(out, "  - {}: {}", esc(&d.kind), values.join("; "));
    }
    out.push('\n');
}

/// One mark as a list item, with the text it is attached to below.
fn mark(out: &mut String, m: &ReportMark) {
    let (name, body) = match &m.kind {
        MarkKind::Note { text } => ("Note", esc(text)),
        MarkKind::Flag { flag } => ("Flag", esc(flag)),
        MarkKind::Verdict { verdict, reason } if reason.trim().is_empty() => {
            ("Verdict", verdict.label().to_string())
        }
        MarkKind::Verdict { verdict, reason } => {
            ("Verdict", format!("{} — {}", verdict.label(), esc(reason)))
        }
    };
    let orphaned = if m.orphaned { " (orphaned)" } else { "" };
    let _ = writeln!(out, "- **{name}** on {}{orphaned}: {body}", m.target);
    for p in &m.places {
        let _ = writeln!(out, "  - {}: “{}”", esc(&p.outlet), esc(&p.quoted));
    }
    for p in &m.elsewhere {
        let _ = writeln!(
            out,
            "  - elsewhere, {}: “{}”",
            esc(&p.outlet),
            esc(&p.quoted)
        );
    }
}

/// `text` on one line, cleaned for display, with every character Markdown could
/// read as markup escaped.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in display(text).chars() {
        match c {
            '\\' | '&' | '|' | '*' | '_' | '<' | '>' | '[' | ']' | '`' | '~' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("a|b *c* _d_ <e> [f] `g`\nh"),
            r"a\|b \*c\* \_d\_ \<e\> \[f\] \`g\` h"
        );
    }
}
