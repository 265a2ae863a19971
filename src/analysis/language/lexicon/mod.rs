//! Closed word classes the language layer relies on: speech verbs, titles and
//! roles, words that mark places and organisations, function words.
//!
//! Every list holds general English vocabulary, lower-cased and kept sorted for
//! reading; none names a particular person, place or story. Lists are hashed on
//! first use, since attribution looks up every word of an article several times.

use std::sync::OnceLock;

use super::hash::FnvHashSet;

mod abbreviations;
mod events;
mod function;
mod numbers;
mod parties;
mod places;
mod roles;
mod speech;

pub use abbreviations::*;
pub use events::*;
pub use function::*;
pub use numbers::*;
pub use parties::*;
pub use places::*;
pub use roles::*;
pub use speech::*;

/// A fixed list of words, turned into a hash set on first use.
struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FnvHashSet<&'static str>>,
}

impl WordSet {
    /// A set of `words`.
    const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            set: OnceLock::new(),
        }
    }

    /// True when `word` is in the set.
    fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::abbreviations::*;
    use super::function::*;
    use super::parties::*;
    use super::places::*;
    use super::roles::*;
    use super::speech::*;

    #[test]
    fn lists_are_sorted_and_unique() {
        for set in [
            &SPEECH_VERBS,
            &INVERTIBLE_VERBS,
            &SPEECH_PARTICIPLES,
            &SUBJECT_FILLERS,
            &ROLE_WORDS,
            &ROLE_MODIFIERS,
            &WEAK_TITLES,
            &GENERIC_ROLES,
            &PLACE_MODIFIERS,
            &ORG_HEADS,
            &CALENDAR_WORDS,
            &SENTENCE_OPENERS,
            &NAME_PARTICLES,
            &PREPOSITIONS,
            &ELISIONS,
            &STOP_WORDS,
            &PARTY_WORDS,
            &TITLE_ABBREVIATIONS,
            &FINAL_ABBREVIATIONS,
        ] {
            let list = set.words;
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "unsorted near {list:?}"
            );
        }
    }

    #[test]
    fn every_invertible_verb_is_a_speech_verb() {
        assert!(INVERTIBLE_VERBS.words.iter().all(|v| is_speech_verb(v)));
        assert!(GENERIC_ROLES.words.iter().all(|r| is_role_word(r)));
    }

    #[test]
    fn hyphenated_titles_are_roles() {
        assert!(is_role_word("secretary-general"));
        assert!(is_role_word("dr."));
        assert!(!is_role_word("secretary-elect"));
        assert!(!is_role_word(""));
    }
}
