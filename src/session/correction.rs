//! Corrections: the analyst's changes to the analysis (sentence links, claim and
//! quote groups, verdicts on conflicts, speakers), saved beside the marks and
//! anchored to the text the same way, so they re-attach after an article is
//! edited or are reported orphaned.

use serde::{Deserialize, Serialize};

use super::Anchor;
use super::model::{CORRECTIONS_VERSION, Session, now};

/// The sign a correction shows with, wherever the analysis shows it.
pub const CORRECTION_SIGN: char = '✱';

/// One correction, with when it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// Unique within its session (shared with marks), never reused.
    pub id: u64,
    /// What it changes.
    pub kind: CorrectionKind,
    /// When it was made (unix seconds).
    pub created: u64,
    /// True when re-anchoring could not find some of its text any more; an
    /// orphaned correction changes nothing until its text is back.
    #[serde(default)]
    pub orphaned: bool,
}

/// What a correction changes, anchored to the text it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CorrectionKind {
    /// Two sentences of two articles say the same thing.
    LinkSentences {
        /// The sentences.
        sentences: [Anchor; 2],
    },
    /// Two sentences of two articles do not say the same thing.
    UnlinkSentences {
        /// The sentences.
        sentences: [Anchor; 2],
    },
    /// The groups of two claims are one claim. A claim is anchored on the fact
    /// it is about (its anchor), which no other claim of its clause shares.
    JoinClaims {
        /// One claim of each group.
        claims: [Anchor; 2],
    },
    /// A claim is not the claim the rest of its group states.
    DetachClaim {
        /// The claim.
        claim: Anchor,
    },
    /// A claim group's outlets disagree (`conflict`), or do not.
    ClaimVerdict {
        /// The group's member claims when the verdict was given.
        claims: Vec<Anchor>,
        /// True for "conflict", false for "not a conflict".
        conflict: bool,
    },
    /// The groups of two quotes render one remark.
    JoinQuotes {
        /// One rendering of each group.
        quotes: [Anchor; 2],
    },
    /// A quote renders another remark than the rest of its group.
    DetachQuote {
        /// The quote.
        quote: Anchor,
    },
    /// Who said a quote.
    Speaker {
        /// The quote.
        quote: Anchor,
        /// The speaker's name.
        speaker: String,
    },
}

impl CorrectionKind {
    /// Every anchor of the correction.
    pub fn anchors(&self) -> &[Anchor] {
        match self {
            CorrectionKind::LinkSentences { sentences }
            | CorrectionKind::UnlinkSentences { sentences } => sentences,
            CorrectionKind::JoinClaims { claims } => claims,
            CorrectionKind::ClaimVerdict { claims, .. } => claims,
            CorrectionKind::JoinQuotes { quotes } => quotes,
            CorrectionKind::DetachClaim { claim } => std::slice::from_ref(claim),
            CorrectionKind::DetachQuote { quote } | CorrectionKind::Speaker { quote, .. } => {
                std::slice::from_ref(quote)
            }
        }
    }

    /// Every anchor of the correction, for re-anchoring.
    pub fn anchors_mut(&mut self) -> &mut [Anchor] {
        match self {
            CorrectionKind::LinkSentences { sentences }
            | CorrectionKind::UnlinkSentences { sentences } => sentences,
            CorrectionKind::JoinClaims { claims } => claims,
            CorrectionKind::ClaimVerdict { claims, .. } => claims,
            CorrectionKind::JoinQuotes { quotes } => quotes,
            CorrectionKind::DetachClaim { claim } => std::slice::from_mut(claim),
            CorrectionKind::DetachQuote { quote } | CorrectionKind::Speaker { quote, .. } => {
                std::slice::from_mut(quote)
            }
        }
    }

    /// What the correction says, in a few words: "not a conflict", "claims joined".
    pub fn describe(&self) -> String {
        match self {
            CorrectionKind::LinkSentences { .. } => "sentences linked".into(),
            CorrectionKind::UnlinkSentences { .. } => "sentences unlinked".into(),
            CorrectionKind::JoinClaims { .. } => "claim groups joined".into(),
            CorrectionKind::DetachClaim { .. } => "claim taken out of its group".into(),
            CorrectionKind::ClaimVerdict { conflict: true, .. } => "conflict".into(),
            CorrectionKind::ClaimVerdict {
                conflict: false, ..
            } => "not a conflict".into(),
            CorrectionKind::JoinQuotes { .. } => "quote groups joined".into(),
            CorrectionKind::DetachQuote { .. } => "quote taken out of its group".into(),
            CorrectionKind::Speaker { speaker, .. } => format!("speaker: {speaker}"),
        }
    }
}

impl Session {
    /// Records a correction; returns its id. A session holding corrections is
    /// saved in format [`CORRECTIONS_VERSION`], which an older Parallax opens
    /// read-only rather than dropping them.
    pub fn add_correction(&mut self, kind: CorrectionKind) -> u64 {
        let id = self.fresh_id();
        self.version = self.version.max(CORRECTIONS_VERSION);
        self.corrections.push(Correction {
            id,
            kind,
            created: now(),
            orphaned: false,
        });
        id
    }

    /// Takes back the newest correction, returning it.
    pub fn undo_correction(&mut self) -> Option<Correction> {
        self.corrections.pop()
    }

    /// Corrections with at least one anchor in article `article_id`, placed ones only.
    pub fn corrections_on_article<'a>(
        &'a self,
        article_id: &'a str,
    ) -> impl Iterator<Item = &'a Correction> + 'a {
        self.corrections.iter().filter(move |c| {
            !c.orphaned && c.kind.anchors().iter().any(|a| a.article_id == article_id)
        })
    }
}
