//! `y`: the sentence under the cursor, or the quote rendering selected in the
//! side panel, as one line citing its outlet, date and address, for the
//! clipboard. The app only composes the text; the loop puts it on the
//! clipboard (see [`super::Effect::Copy`]).

use crate::model::ArticleMeta;

use super::Effect;
use super::panel::{Tab, UNKNOWN_SPEAKER};
use super::state::App;

/// What `y` copies.
struct Excerpt {
    /// The article it comes from.
    article: usize,
    /// The words, on one line.
    text: String,
    /// Who is quoted, for a quote.
    speaker: Option<String>,
    /// "sentence" or "quote", for the status line.
    kind: &'static str,
}

/// Copies the selected quote (side panel, an open quote group) or else the
/// focused pane's cursor sentence, with where it comes from.
pub fn copy_text(app: &mut App) -> Vec<Effect> {
    let Some(excerpt) = selected_quote(app).or_else(|| cursor_sentence(app)) else {
        app.message = Some("nothing to copy here".into());
        return Vec::new();
    };
    let meta = &app.corpus.articles[excerpt.article].meta;
    let citation = citation(&excerpt.text, excerpt.speaker.as_deref(), meta);
    app.message = Some(format!(
        "copied the {} from {} to the clipboard",
        excerpt.kind, meta.outlet
    ));
    vec![Effect::Copy(citation)]
}

/// The quote rendering selected in an open quote group, when the panel has
/// the keyboard.
fn selected_quote(app: &App) -> Option<Excerpt> {
    let panel = &app.panel;
    if !(panel.visible && panel.focused && panel.tab == Tab::Quotes) {
        return None;
    }
    let group = app.analysis.quote_groups.get(panel.open_group?)?;
    let member = group.members.get(panel.variant)?;
    let quote = &app.analysis.articles[member.article].quotes[member.quote];
    Some(Excerpt {
        article: member.article,
        text: quote.text.clone(),
        speaker: Some(
            quote
                .speaker
                .clone()
                .unwrap_or_else(|| UNKNOWN_SPEAKER.into()),
        ),
        kind: "quote",
    })
}

/// The sentence under the focused pane's cursor.
fn cursor_sentence(app: &App) -> Option<Excerpt> {
    let article = app.pane(app.focus).article;
    let span = app.cursor_span(app.focus)?;
    let text = span.slice(&app.corpus.articles[article].text);
    Some(Excerpt {
        article,
        text: text.split_whitespace().collect::<Vec<_>>().join(" "),
        speaker: None,
        kind: "sentence",
    })
}

/// `“text” — Outlet, 2023-01-30, https://…`; a quote names its speaker after
/// the text. Date and address appear when the article has them.
fn citation(text: &str, speaker: Option<&str>, meta: &ArticleMeta) -> String {
    let mut line = format!("“{text}”");
    if let Some(speaker) = speaker {
        line.push_str(&format!(" ({speaker})"));
    }
    line.push_str(&format!(" — {}", meta.outlet));
    for extra in [&meta.date, &meta.url].into_iter().flatten() {
        line.push_str(", ");
        line.push_str(extra);
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_names_outlet_date_and_address_when_known() {
        let meta = ArticleMeta {
            outlet: "Valley Times".into(),
            date: Some("2024-03-04".into()),
            url: Some("https://valley.example/budget".into()),
            ..ArticleMeta::default()
        };
        assert_eq!(
            citation("The vote was 7-2.", None, &meta),
            "“The vote was 7-2.” — Valley Times, 2024-03-04, https://valley.example/budget"
        );
        let bare = ArticleMeta {
            outlet: "RT".into(),
            ..ArticleMeta::default()
        };
        assert_eq!(
            citation("We must act", Some("Jens Stoltenberg"), &bare),
            "“We must act” (Jens Stoltenberg) — RT"
        );
    }
}
