//! Marks: the notes, flags and verdicts an analyst attaches to text.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Anchor;

/// The flags the reader offers by default; any other tag is allowed too.
pub const BUILTIN_FLAGS: [&str; 3] = ["check", "misquote", "missing-context"];

/// One note, flag or verdict, with where it points and when it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// Unique within its session, never reused.
    pub id: u64,
    /// What the mark is attached to.
    pub target: Target,
    /// What the mark says.
    pub kind: MarkKind,
    /// When it was made (unix seconds).
    pub created: u64,
    /// When it was last changed (unix seconds).
    pub updated: u64,
    /// True when re-anchoring could not find some of its text any more.
    #[serde(default)]
    pub orphaned: bool,
    /// Fields this build does not know, kept for the next save.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What a mark says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MarkKind {
    /// Free text.
    Note {
        /// The note.
        text: String,
    },
    /// A short tag such as `check` or `misquote` (see [`BUILTIN_FLAGS`]).
    Flag {
        /// The tag.
        flag: String,
    },
    /// The analyst's judgement of a quote or claim group.
    Verdict {
        /// The judgement.
        verdict: Verdict,
        /// Why.
        reason: String,
    },
}

/// An analyst's judgement of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The sources back it.
    Supported,
    /// Outlets or sources disagree.
    Disputed,
    /// At least one outlet misquotes.
    Misquoted,
    /// Not checked yet, or cannot be checked.
    Unverified,
}

impl Verdict {
    /// The verdict as a lower-case word.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Disputed => "disputed",
            Verdict::Misquoted => "misquoted",
            Verdict::Unverified => "unverified",
        }
    }
}

/// What a mark is attached to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Target {
    /// One stretch of text: a sentence, quote or claim.
    Text(Anchor),
    /// A quote group, anchored to the text of each of its members.
    QuoteGroup {
        /// One anchor per member rendering.
        anchors: Vec<Anchor>,
    },
    /// A claim group, anchored to the text of each of its members.
    ClaimGroup {
        /// One anchor per member claim.
        anchors: Vec<Anchor>,
    },
}

impl Target {
    /// Every anchor of the target.
    pub fn anchors(&self) -> &[Anchor] {
        match self {
            Target::Text(anchor) => std::slice::from_ref(anchor),
            Target::QuoteGroup { anchors } | Target::ClaimGroup { anchors } => anchors,
        }
    }

    /// Every anchor of the target, for re-anchoring.
    pub fn anchors_mut(&mut self) -> &mut [Anchor] {
        match self {
            Target::Text(anchor) => std::slice::from_mut(anchor),
            Target::QuoteGroup { anchors } | Target::ClaimGroup { anchors } => anchors,
        }
    }

    /// True for quote and claim groups, the targets a verdict may have.
    pub fn is_group(&self) -> bool {
        !matches!(self, Target::Text(_))
    }

    /// True when both targets are of the same kind and point at the same text,
    /// whatever context was saved around it.
    pub fn same_place(&self, other: &Target) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
            && self.anchors().len() == other.anchors().len()
            && self
                .anchors()
                .iter()
                .zip(other.anchors())
                .all(|(a, b)| a.same_place(b))
    }
}
