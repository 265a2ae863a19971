//! Political affiliations: the nouns that describe a party member ("the Ohio
//! Republican") and the one-letter codes written after a legislator's name
//! (`Sen. Ann Mills (R-Ohio)`).

use super::WordSet;

/// Nouns and adjectives naming a member of a political party or camp, as a
/// description of a person ("an Albuquerque Democrat", "the Farmington
/// Republican"). Never a name.
pub(super) static PARTY_MEMBERS: WordSet = WordSet::new(&[
    "centrist",
    "conservative",
    "democrat",
    "democratic",
    "independent",
    "labour",
    "liberal",
    "libertarian",
    "progressive",
    "republican",
    "socialist",
    "tory",
]);

/// The party member a word describes, folded so that an adjective and its noun
/// agree ("Democratic" and "Democrat" both give `democrat`).
pub fn party_member(word: &str) -> Option<&'static str> {
    let word = word.trim_end_matches("'s");
    match word {
        "democratic" | "democrat" | "dem" => Some("democrat"),
        "republican" | "gop" => Some("republican"),
        _ => PARTY_MEMBERS.words.iter().copied().find(|w| *w == word),
    }
}

/// The party a one-letter code stands for in `(D-Mass.)`, `(R-Ohio)`, `(I)`.
pub fn party_code(code: &str) -> Option<&'static str> {
    match code {
        "d" => Some("democrat"),
        "r" => Some("republican"),
        "i" => Some("independent"),
        _ => None,
    }
}
