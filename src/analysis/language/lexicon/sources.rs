//! Documents that can be quoted as speaking ("the filing said", "according to
//! the indictment").

use super::WordSet;

/// Nouns for a written document a writer may quote as its source: "the filing
/// said", "the memo said", "according to the indictment".
pub(super) static DOCUMENT_NOUNS: WordSet = WordSet::new(&[
    "affidavit",
    "assessment",
    "audit",
    "bill",
    "brief",
    "complaint",
    "document",
    "email",
    "filing",
    "indictment",
    "judgment",
    "lawsuit",
    "letter",
    "memo",
    "memorandum",
    "motion",
    "notice",
    "petition",
    "release",
    "report",
    "ruling",
    "statement",
    "study",
    "suit",
    "summary",
    "survey",
    "transcript",
    "warrant",
]);

/// True for a noun naming a document that may be quoted as a source.
pub fn is_document_noun(word: &str) -> bool {
    DOCUMENT_NOUNS.contains(word)
}
