//! Common abbreviations of names and nouns with the words they stand for, so
//! that "U.S." and "United States", "Dept." and "Department" compare alike.
//! (States and titles have their own tables: `states.rs`, `roles.rs`.)

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
    let word = word.trim_end_matches('.');
    EXPANSIONS
        .binary_search_by(|(short, _)| short.cmp(&word))
        .ok()
        .map(|i| EXPANSIONS[i].1)
}

/// True when the table is sorted and unique, as the binary search needs.
#[cfg(test)]
pub(super) fn expansions_sorted() -> bool {
    EXPANSIONS.windows(2).all(|w| w[0].0 < w[1].0)
}
