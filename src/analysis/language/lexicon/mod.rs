//! Closed word classes the language layer relies on: speech verbs, titles and
//! roles, political affiliations, US states, given names and gender cues, words
//! that mark places, organisations and documents, function words, and the
//! synonyms and abbreviations sentence comparison folds together.
//!
//! Every list holds general English vocabulary, lower-cased and kept sorted for
//! reading; none names a particular person, place or story. Lists are hashed on
//! first use, since attribution looks up every word of an article several times.

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
mod word_set;

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
use word_set::WordSet;

#[cfg(test)]
mod tests {
    use super::abbreviations::*;
    use super::function::*;
    use super::gender::*;
    use super::numbers::*;
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
            &FINDING_VERBS,
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
            &PROVISION_NOUNS,
            &PREPOSITION_TO_HEADS,
            &CORPORATE_SUFFIXES,
            &COMPANY_NOUNS,
            &COMPANY_DESCRIPTORS,
            &PLACE_MODIFIERS,
            &ORG_HEADS,
            &LED_BODIES,
            &CALENDAR_WORDS,
            &SENTENCE_OPENERS,
            &NAME_PARTICLES,
            &NAME_SUFFIXES,
            &PREPOSITIONS,
            &ELISIONS,
            &DETERMINERS,
            &AUXILIARIES,
            &BASE_VERB_MARKERS,
            &OBJECT_PRONOUNS,
            &VERB_COORDINATORS,
            &STOP_WORDS,
            &TITLE_ABBREVIATIONS,
            &FINAL_ABBREVIATIONS,
            &HABIT_ADVERBS,
            &GERUND_CLAUSE_PREPOSITIONS,
            &FRONTED_ADVERBIAL_PREPOSITIONS,
            &RESPONSE_WORDS,
            &WITHHOLDING_WORDS,
            &CONTACT_NOUNS,
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

    #[test]
    fn habits_are_told_by_frequency_words() {
        let habit = |text: &str| states_a_habit(text.split(' '));
        assert!(habit("the navy holds it every single year"));
        assert!(habit("it closes each winter"));
        assert!(habit("the board meets monthly"));
        assert!(habit("she routinely votes no"));
        assert!(habit("every september the fair opens"));
        assert!(!habit("every delegate voted"));
        assert!(!habit("each of the three years"));
        assert!(!habit("it was held in september"));
    }
}
