//! The report as one self-contained HTML page: inline styles, no scripts, no links out.

use std::fmt::Write;

use crate::model::sanitize::display;
use crate::session::MarkKind;

use super::{Report, ReportClaimGroup, ReportCorrection, ReportMark, ReportRendering};

/// The page's inline style sheet.
const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}\
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}\
ins{background:#d4f7d4;text-decoration:none;font-weight:bold}del{background:#fbd4d4}\
.orphaned{color:#a00}.status{font-weight:bold}blockquote{margin:.25rem 0 .25rem 1rem;color:#444}";

/// Renders `report` as an HTML page.
pub fn render(report: &Report) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Parallax review</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>Parallax review</h1>\n<h2>Summary</h2>\n<p>{}</p>\n<h3>Articles compared</h3>\n<table>\n<tr><th>Outlet</th><th>Title</th><th>Date</th><th>URL</th><th>Path</th></tr>\n",
        esc(&super::counts_line(&report.summary.counts))
    );
    for a in &report.articles {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&a.outlet),
            esc(&a.title),
            esc(a.date.as_deref().unwrap_or("")),
            esc(a.url.as_deref().unwrap_or("")),
            esc(&a.path)
        );
    }
    out.push_str("</table>\n");
    summary(&mut out, report);
    out.push_str("<h2>Quotes</h2>\n");
    if report.quote_groups.is_empty() {
        out.push_str("<p>No quote is rendered by more than one article.</p>\n");
    }
    for (n, group) in report.quote_groups.iter().enumerate() {
        let speaker = group
            .speaker
            .as_deref()
            .map_or_else(String::new, |s| format!(" — {}", esc(s)));
        let _ = writeln!(out, "<h3>Quote {}{speaker}</h3>\n<ul>", n + 1);
        for r in &group.renderings {
            let note = if r.canonical { " (most complete)" } else { "" };
            let _ = writeln!(
                out,
                "<li><b>{}</b>{note}: {}</li>",
                esc(&r.outlet),
                rendering(r)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("<h2>Claims</h2>\n");
    if report.claim_groups.is_empty() {
        out.push_str("<p>No conflicting, shared or marked claims.</p>\n");
    } else {
        out.push_str("<ul>\n");
        for group in &report.claim_groups {
            claim(&mut out, group);
        }
        out.push_str("</ul>\n");
    }
    out.push_str("<h2>Notes, flags and verdicts</h2>\n");
    if report.marks.is_empty() {
        out.push_str("<p>None.</p>\n");
    } else {
        out.push_str("<ul>\n");
        for m in &report.marks {
            mark(&mut out, m);
        }
        out.push_str("</ul>\n");
    }
    if !report.corrections.is_empty() {
        out.push_str("<h2>Corrections by the analyst</h2>\n<ul>\n");
        for c in &report.corrections {
            correction(&mut out, c);
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The conflicts with each outlet's value, and what each outlet left out.
fn summary(out: &mut String, report: &Report) {
    out.push_str("<h3>Conflicts</h3>\n");
    if report.summary.conflicts.is_empty() {
        out.push_str("<p>No outlets disagree on a fact.</p>\n");
    } else {
        out.push_str("<ul>\n");
        for c in &report.summary.conflicts {
            let analyst = c
                .analyst
                .as_deref()
                .map_or_else(String::new, |a| format!(" ({})", esc(a)));
            let _ = writeln!(
                out,
                "<li>{}{analyst}: {}</li>",
                esc(&c.fact),
                esc(&super::values_line(&c.values))
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("<h3>Left out</h3>\n");
    if report.summary.omissions.is_empty() {
        out.push_str("<p>No outlet leaves out a fact most others report.</p>\n");
        return;
    }
    out.push_str("<ul>\n");
    for o in &report.summary.omissions {
        let _ = write!(
            out,
            "<li><b>{}</b> leaves out what most others report:<ul>",
            esc(&o.outlet)
        );
        for f in &o.facts {
            let _ = write!(
                out,
                "<li>{} ({} of {} outlets)</li>",
                esc(&f.fact),
                f.reported_by,
                report.summary.counts.articles
            );
        }
        out.push_str("</ul></li>\n");
    }
    out.push_str("</ul>\n");
}

/// One correction as a list item, with the text it is anchored to.
fn correction(out: &mut String, c: &ReportCorrection) {
    let orphaned = if c.orphaned {
        " <span class=\"orphaned\">(orphaned)</span>"
    } else {
        ""
    };
    let _ = write!(out, "<li>✱ {}{orphaned}", esc(&c.what));
    for p in &c.places {
        let _ = write!(
            out,
            "<blockquote>{}: “{}”</blockquote>",
            esc(&p.outlet),
            esc(&p.quoted)
        );
    }
    out.push_str("</li>\n");
}

/// A rendering with its additions in `<ins>` and omissions in `<del>`.
fn rendering(r: &ReportRendering) -> String {
    super::marked_rendering(r, esc, ("<ins>", "</ins>"), ("<del>", "</del>"))
}

/// One claim group as a list item, with its differing facts below.
fn claim(out: &mut String, group: &ReportClaimGroup) {
    let status = super::status_title(group.status);
    let analyst = group
        .analyst
        .as_deref()
        .map_or_else(String::new, |a| format!(" — {}", esc(a)));
    let outlets: Vec<String> = group.outlets.iter().map(|o| esc(o)).collect();
    let _ = write!(
        out,
        "<li><span class=\"status\">{status}</span>{analyst} ({}): “{}”",
        outlets.join(", "),
        esc(&group.text)
    );
    if !group.differences.is_empty() {
        out.push_str("<ul>");
        for d in &group.differences {
            let values: Vec<String> = d
                .values
                .iter()
                .map(|v| {
                    let value = v
                        .value
                        .as_deref()
                        .map_or_else(|| "not stated".to_string(), esc);
                    format!("{}: {value}", esc(&v.outlet))
                })
                .collect();
            let _ = write!(out, "<li>{}: {}</li>", esc(&d.kind), values.join("; "));
        }
        out.push_str("</ul>");
    }
    out.push_str("</li>\n");
}

/// One mark as a list item, with the text it is attached to below.
fn mark(out: &mut String, m: &ReportMark) {
    let (name, body) = match &m.kind {
        MarkKind::Note { text } => ("Note", esc(text)),
        MarkKind::Flag { flag } => ("Flag", format!("<code>{}</code>", esc(flag))),
        MarkKind::Verdict { verdict, reason } if reason.trim().is_empty() => {
            ("Verdict", verdict.label().to_string())
        }
        MarkKind::Verdict { verdict, reason } => {
            ("Verdict", format!("{} — {}", verdict.label(), esc(reason)))
        }
    };
    let orphaned = if m.orphaned {
        " <span class=\"orphaned\">(orphaned)</span>"
    } else {
        ""
    };
    let _ = write!(out, "<li><b>{name}</b> on {}{orphaned}: {body}", m.target);
    for p in &m.places {
        let _ = write!(
            out,
            "<blockquote>{}: “{}”</blockquote>",
            esc(&p.outlet),
            esc(&p.quoted)
        );
    }
    for p in &m.elsewhere {
        let _ = write!(
            out,
            "<blockquote>elsewhere, {}: “{}”</blockquote>",
            esc(&p.outlet),
            esc(&p.quoted)
        );
    }
    out.push_str("</li>\n");
}

/// `text` cleaned for display, with every character HTML treats specially escaped.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in display(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
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
            esc("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
        );
    }
}
