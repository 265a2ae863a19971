//! Political parties as they describe a person ("a Republican", "the Democrat").

use super::WordSet;

/// Words naming a party's member, lower-case.
pub(super) static PARTY_WORDS: WordSet = WordSet::new(&[
    "conservative",
    "conservatives",
    "democrat",
    "democratic",
    "democrats",
    "green",
    "independent",
    "labour",
    "liberal",
    "libertarian",
    "republican",
    "republicans",
    "socialist",
]);

/// True for a word naming a party's member (`republican`, `democrat`).
pub fn is_party_word(word: &str) -> bool {
    PARTY_WORDS.contains(word)
}
