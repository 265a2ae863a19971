//! Closed word classes the language layer relies on: speech verbs, titles and
//! roles, political affiliations, US states, given names and gender cues, words
//! that mark places, organisations and documents, function words, and the
//! synonyms and abbreviations sentence comparison folds together.
//!
//! Every list holds general English vocabulary, lower-cased and kept sorted for
//! reading; none names a particular person, place or story. Lists are hashed on
//! first use, since attribution looks up every word of an article several times.

use std::sync::OnceLock;

use super::hash::FnvHashSet;

mod abbreviations;
mod events;
mod expansions;
mod function;
mod gender;
mod nicknames;
mod numbers;
mod parties;
mod places;
mod roles;
mod sources;
mod speech;
mod states;
mod synonyms;

pub use abbreviations::*;
pub use events::*;
pub use expansions::*;
pub use function::*;
pub use gender::*;
pub use nicknames::*;
pub use numbers::*;
pub use parties::*;
pub use places::*;
pub use roles::*;
pub use sources::*;
pub use speech::*;
pub use states::*;
pub use synonyms::*;

/// A fixed list of words, turned into a hash set on first use.
struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FnvHashSet<&'static str>>,
    /// First words of the entries that are two-word phrases.
    heads: OnceLock<FnvHashSet<&'static str>>,
}

impl WordSet {
    /// A set of `words`.
    const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            set: OnceLock::new(),
            heads: OnceLock::new(),
        }
    }

    /// True when `word` is in the set.
    fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }

    /// True when the two-word phrase `first second` is in the set; checks the
    /// first word alone before building the phrase.
    fn contains_pair(&self, first: &str, second: &str) -> bool {
        let heads = self.heads.get_or_init(|| {
            self.words
                .iter()
                .filter_map(|w| w.split_once(' ').map(|(head, _)| head))
                .collect()
        });
        heads.contains(first) && self.contains(&format!("{first} {second}"))
    }
}

#[cfg(test)]
mod tests {
    use super::abbreviations::*;
    use super::function::*;
    use super::gender::*;
    use super::parties::*;
    use super::places::*;
    use super::roles::*;
    use super::sources::*;
    use super::speech::*;
    use super::states::*;

    #[test]
    fn lists_are_sorted_and_unique() {
        for set in [
            &SPEECH_VERBS,
            &INVERTIBLE_VERBS,
            &SPEECH_PARTICIPLES,
            &SPEECH_PHRASES,
            &NOUN_LIKE_VERBS,
            &SUBJECT_FILLERS,
            &ROLE_WORDS,
            &ROLE_MODIFIERS,
            &WEAK_TITLES,
            &GENERIC_ROLES,
            &SPOKESPERSONS,
            &BINDING_MODIFIERS,
            &PARTY_MEMBERS,
            &FEMALE_NAMES,
            &MALE_NAMES,
            &UNISEX_NAMES,
            &FEMALE_WORDS,
            &MALE_WORDS,
            &DOCUMENT_NOUNS,
            &CORPORATE_SUFFIXES,
            &COMPANY_NOUNS,
            &PLACE_MODIFIERS,
            &ORG_HEADS,
            &CALENDAR_WORDS,
            &SENTENCE_OPENERS,
            &NAME_PARTICLES,
            &NAME_SUFFIXES,
            &PREPOSITIONS,
            &ELISIONS,
            &STOP_WORDS,
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
    fn tables_are_sorted() {
        assert!(super::states::sorted());
        assert!(super::synonyms::synonyms_sorted());
        assert!(super::expansions::expansions_sorted());
        assert!(singular_title("sens.") == Some("sen"));
        assert!(singular_title("reps") == Some("rep"));
        assert_eq!(role_key("sen."), "senator");
    }

    #[test]
    fn given_names_have_one_gender_at_most() {
        for name in FEMALE_NAMES.words {
            assert!(
                !MALE_NAMES.contains(name) && !UNISEX_NAMES.contains(name),
                "{name}"
            );
        }
        for name in MALE_NAMES.words {
            assert!(!UNISEX_NAMES.contains(name), "{name}");
        }
        assert_eq!(given_name_gender("margaret"), Some(Gender::Female));
        assert_eq!(given_name_gender("dana"), None);
        assert!(is_given_name("dana"));
        assert_eq!(word_gender("ms."), Some(Gender::Female));
    }

    #[test]
    fn reporting_vocabulary() {
        assert!(SPEECH_VERBS.words.len() + SPEECH_PHRASES.words.len() >= 150);
        assert!(is_speech_phrase("put", "it"));
        assert!(!is_speech_phrase("put", "the"));
        assert!(!is_speech_verb("states"), "a plural noun first");
        assert_eq!(
            party_member("Democratic".to_lowercase().as_str()),
            Some("democrat")
        );
        assert_eq!(party_code("r"), Some("republican"));
        assert_eq!(state_name("mass."), Some("massachusetts"));
        assert_eq!(state_name("n.m"), Some("new mexico"));
        assert!(is_document_noun("filing"));
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
