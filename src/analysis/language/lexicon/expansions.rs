//! Common abbreviations of names and nouns with the words they stand for, so
//! that "U.S." and "United States", "Dept." and "Department" compare alike.
//! (States and titles have their own tables: `states.rs`, `roles.rs`.)

use super::word_set::WordMap;

/// Abbreviation (lower-case, inner full stops kept, final one dropped) → the
/// words it stands for, sorted by abbreviation.
static EXPANSIONS: &[(&str, &str)] = &[
    ("assn", "association"),
    ("ave", "avenue"),
    ("blvd", "boulevard"),
    ("corp", "corporation"),
    ("dept", "department"),
    ("e.u", "european union"),
    ("govt", "government"),
    ("hwy", "highway"),
    ("intl", "international"),
    ("natl", "national"),
    ("rte", "route"),
    ("u.k", "united kingdom"),
    ("u.n", "united nations"),
    ("u.s", "united states"),
    ("u.s.a", "united states"),
    ("univ", "university"),
];

/// The words a common abbreviation stands for (`u.s` → `united states`).
pub fn expansion(word: &str) -> Option<&'static str> {
    static MAP: WordMap = WordMap::new(EXPANSIONS);
    MAP.get(word.trim_end_matches('.'))
}

/// True when the table is sorted and its forms distinct, as a map needs.
#[cfg(test)]
pub(super) fn expansions_sorted() -> bool {
    EXPANSIONS.windows(2).all(|w| w[0].0 < w[1].0)
}
