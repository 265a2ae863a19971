//! Analyst marks in the reader: what a note, flag or verdict attaches to, the note
//! editor, and the lists the Notes tab and the gutter show.

use crate::model::Span;
use crate::session::mark::BUILTIN_FLAGS;
use crate::session::{Anchor, CORRECTION_SIGN, Mark, MarkKind, Target, Verdict};

use super::editor::TextEditor;
use super::panel::{Tab, UNKNOWN_SPEAKER};
use super::state::App;

/// What the open editor is writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditorPurpose {
    /// A note; `Some(id)` when editing an existing one.
    Note(Option<u64>),
    /// A verdict on a group, with its reason as the text.
    Verdict(Verdict),
}

/// The open note, tag or verdict editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkEditor {
    /// What the mark attaches to.
    pub target: Target,
    /// Where it attaches, as shown to the analyst.
    pub label: String,
    /// What is being written.
    pub purpose: EditorPurpose,
    /// The text.
    pub editor: TextEditor,
}

/// The verdicts in the order `Tab` cycles through them.
pub const VERDICTS: [Verdict; 4] = [
    Verdict::Supported,
    Verdict::Disputed,
    Verdict::Misquoted,
    Verdict::Unverified,
];

impl App {
    /// The target of a mark made now: the selected group or variant when the side
    /// panel has the keyboard, else the sentence under the cursor.
    pub fn mark_target(&self) -> Option<(Target, String)> {
        if self.panel.visible && self.panel.focused {
            return self.panel_target();
        }
        let side = self.focus;
        let article = &self.corpus.articles[self.pane(side).article];
        let span = self.cursor_span(side)?;
        Some((
            Target::Text(Anchor::new(article, span)),
            format!("sentence in {}", article.meta.outlet),
        ))
    }

    /// The target selected in the side panel.
    fn panel_target(&self) -> Option<(Target, String)> {
        let anchor = |article: usize, span: Span| Anchor::new(&self.corpus.articles[article], span);
        match (self.panel.tab, self.panel.open_group) {
            (Tab::Quotes, Some(group)) => {
                let member = *self
                    .analysis
                    .quote_groups
                    .get(group)?
                    .members
                    .get(self.panel.variant)?;
                let quote = &self.analysis.articles[member.article].quotes[member.quote];
                let outlet = &self.corpus.articles[member.article].meta.outlet;
                Some((
                    Target::Text(anchor(member.article, quote.span)),
                    format!("quote in {outlet}"),
                ))
            }
            (Tab::Quotes, None) => {
                let group =
                    &self.analysis.quote_groups[*self.rows.quotes.get(self.panel.selected())?];
                let anchors = group
                    .members
                    .iter()
                    .map(|m| {
                        anchor(
                            m.article,
                            self.analysis.articles[m.article].quotes[m.quote].span,
                        )
                    })
                    .collect();
                let speaker = group.speaker.as_deref().unwrap_or(UNKNOWN_SPEAKER);
                Some((
                    Target::QuoteGroup { anchors },
                    format!("quote group of {speaker}"),
                ))
            }
            (Tab::Claims | Tab::Coverage | Tab::Facts, _) => {
                let group = match self.panel.tab {
                    _ if self.panel.claim_detail.is_some() => self.panel.claim_detail?,
                    Tab::Claims => *self.rows.claims.get(self.panel.selected())?,
                    Tab::Coverage => *self.rows.coverage.get(self.panel.selected())?,
                    _ => {
                        let row = *self.fact_view.rows.get(self.panel.selected())?;
                        self.facts.rows[row].group
                    }
                };
                let group = &self.analysis.claim_groups[group];
                let anchors = group
                    .members
                    .iter()
                    .map(|m| {
                        anchor(
                            m.article,
                            self.analysis.articles[m.article].claims[m.claim].span,
                        )
                    })
                    .collect();
                Some((
                    Target::ClaimGroup { anchors },
                    format!("claim group #{}", group.id),
                ))
            }
            (Tab::Notes, _) => None,
        }
    }

    /// The existing note on `target`, if any.
    pub fn note_on(&self, target: &Target) -> Option<&Mark> {
        self.session
            .marks
            .iter()
            .find(|m| m.target.same_place(target) && matches!(m.kind, MarkKind::Note { .. }))
    }

    /// The next built-in flag for `target` in the cycle none → check → misquote →
    /// missing-context → none, as (flag to remove, flag to add).
    pub fn next_flag(&self, target: &Target) -> (Option<String>, Option<String>) {
        let current = self.session.marks.iter().find_map(|m| match &m.kind {
            MarkKind::Flag { flag }
                if m.target.same_place(target) && BUILTIN_FLAGS.contains(&flag.as_str()) =>
            {
                Some(flag.clone())
            }
            _ => None,
        });
        let next = match &current {
            None => Some(BUILTIN_FLAGS[0]),
            Some(flag) => BUILTIN_FLAGS
                .iter()
                .position(|f| f == flag)
                .and_then(|i| BUILTIN_FLAGS.get(i + 1))
                .copied(),
        };
        (current, next.map(str::to_string))
    }

    /// The verdict `target` has now, if any.
    pub fn verdict_on(&self, target: &Target) -> Option<(Verdict, String)> {
        self.session.marks.iter().find_map(|m| match &m.kind {
            MarkKind::Verdict { verdict, reason } if m.target.same_place(target) => {
                Some((*verdict, reason.clone()))
            }
            _ => None,
        })
    }

    /// Marks to list in the Notes tab, newest first.
    pub fn listed_marks(&self) -> Vec<&Mark> {
        let mut marks: Vec<&Mark> = self.session.marks.iter().collect();
        marks.sort_by_key(|m| std::cmp::Reverse((m.updated, m.id)));
        marks
    }

    /// The marks and corrections with an anchor in corpus article `article`, as
    /// (span, sign) for the gutter, sorted by where they start.
    pub fn gutter_marks(&self, article: usize) -> Vec<(Span, char)> {
        let id = &self.corpus.articles[article].meta.id;
        let mut marks: Vec<(Span, char)> = self
            .session
            .marks_on_article(id)
            .filter(|m| !m.orphaned)
            .flat_map(|m| {
                let sign = mark_sign(&m.kind);
                m.target
                    .anchors()
                    .iter()
                    .filter(move |a| a.article_id == *id)
                    .map(move |a| (a.span(), sign))
            })
            .collect();
        marks.extend(self.session.corrections_on_article(id).flat_map(|c| {
            c.kind
                .anchors()
                .iter()
                .filter(move |a| a.article_id == *id)
                .map(|a| (a.span(), CORRECTION_SIGN))
        }));
        marks.sort_by_key(|(span, _)| span.start);
        marks
    }
}

/// The gutter sign of a mark.
pub fn mark_sign(kind: &MarkKind) -> char {
    match kind {
        MarkKind::Note { .. } => '✎',
        MarkKind::Flag { .. } => '⚑',
        MarkKind::Verdict { .. } => '✔',
    }
}

/// A one-line summary of a mark for lists and the status line.
pub fn mark_summary(mark: &Mark) -> String {
    match &mark.kind {
        MarkKind::Note { text } => text.lines().next().unwrap_or_default().to_string(),
        MarkKind::Flag { flag } => format!("flag: {flag}"),
        MarkKind::Verdict { verdict, reason } if reason.is_empty() => {
            format!("verdict: {}", verdict.label())
        }
        MarkKind::Verdict { verdict, reason } => format!("verdict: {} — {reason}", verdict.label()),
    }
}
