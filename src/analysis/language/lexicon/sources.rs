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
    "decision",
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
    "opinion",
    "order",
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

/// Nouns for a measure, plan or settlement whose `would` states what it
/// provides rather than doubt: "the bill would require meters", "a deal that
/// would create 1,200 jobs", "the ruling would let the pipeline proceed".
pub(super) static PROVISION_NOUNS: WordSet = WordSet::new(&[
    "act",
    "agreement",
    "amendment",
    "bill",
    "budget",
    "contract",
    "deal",
    "law",
    "legislation",
    "measure",
    "merger",
    "order",
    "ordinance",
    "package",
    "plan",
    "policy",
    "program",
    "proposal",
    "regulation",
    "rule",
    "ruling",
    "scheme",
    "settlement",
    "treaty",
]);

/// True for a noun naming a measure or plan whose `would` states its content
/// (see [`PROVISION_NOUNS`]).
pub fn is_provision_noun(word: &str) -> bool {
    PROVISION_NOUNS.contains(word)
}
