//! Closed word classes that quote attribution relies on: speech verbs, titles and
//! roles, words that mark places and organisations, and sentence openers.
//!
//! Every list holds general English vocabulary, lower-cased and kept sorted for
//! reading; none names a particular person, place or story. Lists are hashed on
//! first use, since attribution looks up every word of an article several times.

use std::sync::OnceLock;

use super::hash::FnvHashSet;

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

/// Finite speech verbs that attribute words to a subject ("Smith said", "she warns").
static SPEECH_VERBS: WordSet = WordSet::new(&[
    "acknowledged",
    "acknowledges",
    "added",
    "adds",
    "advised",
    "agreed",
    "agrees",
    "alleged",
    "announced",
    "announces",
    "answered",
    "argued",
    "argues",
    "asked",
    "asks",
    "assured",
    "assures",
    "believed",
    "believes",
    "boasted",
    "called",
    "cautioned",
    "cautions",
    "claimed",
    "commented",
    "complained",
    "complains",
    "conceded",
    "concedes",
    "concluded",
    "concludes",
    "confirmed",
    "confirms",
    "continued",
    "continues",
    "countered",
    "declared",
    "declares",
    "demanded",
    "demands",
    "denied",
    "denies",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "estimated",
    "explained",
    "explains",
    "insisted",
    "insists",
    "joked",
    "lamented",
    "maintained",
    "maintains",
    "noted",
    "observed",
    "observes",
    "predicted",
    "predicts",
    "promised",
    "proposed",
    "recalled",
    "recalls",
    "reiterated",
    "reiterates",
    "remarked",
    "reminded",
    "reminds",
    "replied",
    "replies",
    "reported",
    "responded",
    "said",
    "say",
    "says",
    "stated",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "tells",
    "testified",
    "thinks",
    "thought",
    "told",
    "tweeted",
    "urged",
    "urges",
    "vowed",
    "warned",
    "warns",
    "writes",
    "wrote",
]);

/// Speech verbs that may precede their subject after a quote (`,” said Smith`).
/// Verbs whose object is the addressee ("told", "urged", "warned") are left out.
static INVERTIBLE_VERBS: WordSet = WordSet::new(&[
    "added",
    "adds",
    "argued",
    "asked",
    "concluded",
    "continued",
    "countered",
    "declared",
    "explained",
    "insisted",
    "noted",
    "observed",
    "predicted",
    "recalled",
    "remarked",
    "replied",
    "said",
    "says",
    "stated",
    "stressed",
    "writes",
    "wrote",
]);

/// Speech participles that attach an utterance to a subject named earlier
/// ("…, adding that", "…, saying").
static SPEECH_PARTICIPLES: WordSet = WordSet::new(&[
    "acknowledging",
    "adding",
    "announcing",
    "arguing",
    "asking",
    "calling",
    "claiming",
    "commenting",
    "confirming",
    "declaring",
    "denying",
    "emphasising",
    "emphasizing",
    "explaining",
    "insisting",
    "noting",
    "predicting",
    "recalling",
    "replying",
    "saying",
    "stating",
    "stressing",
    "suggesting",
    "telling",
    "urging",
    "warning",
    "writing",
]);

/// Words that may sit between a subject and its speech verb ("Smith also said",
/// "she has repeatedly warned", "Jones himself acknowledged").
static SUBJECT_FILLERS: WordSet = WordSet::new(&[
    "again",
    "already",
    "also",
    "earlier",
    "firmly",
    "further",
    "had",
    "has",
    "have",
    "herself",
    "himself",
    "later",
    "never",
    "once",
    "previously",
    "publicly",
    "recently",
    "repeatedly",
    "reportedly",
    "separately",
    "similarly",
    "then",
]);

/// Titles and role nouns that introduce or describe a person ("President", "chief",
/// "spokesman", "expert"). Hyphenated titles are checked part by part.
static ROLE_WORDS: WordSet = WordSet::new(&[
    "admiral",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "archbishop",
    "attorney",
    "bishop",
    "boss",
    "brigadier",
    "capt",
    "captain",
    "cardinal",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "champion",
    "chancellor",
    "chief",
    "coach",
    "col",
    "colonel",
    "commander",
    "commentator",
    "commissioner",
    "commodore",
    "congressman",
    "congresswoman",
    "corporal",
    "correspondent",
    "counsel",
    "dame",
    "defender",
    "deputy",
    "detective",
    "diplomat",
    "director",
    "dr",
    "economist",
    "editor",
    "emir",
    "envoy",
    "executive",
    "expert",
    "founder",
    "general",
    "goalkeeper",
    "gov",
    "governor",
    "head",
    "imam",
    "judge",
    "justice",
    "king",
    "lawmaker",
    "lawyer",
    "leader",
    "legislator",
    "lieutenant",
    "lord",
    "lt",
    "maj",
    "major",
    "manager",
    "marshal",
    "mayor",
    "midfielder",
    "minister",
    "miss",
    "mp",
    "mr",
    "mrs",
    "ms",
    "observer",
    "officer",
    "official",
    "owner",
    "player",
    "pope",
    "premier",
    "president",
    "prime",
    "prince",
    "princess",
    "prof",
    "professor",
    "prosecutor",
    "quarterback",
    "queen",
    "rabbi",
    "rep",
    "reporter",
    "representative",
    "researcher",
    "rev",
    "reverend",
    "scholar",
    "scientist",
    "secretary",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheikh",
    "sheriff",
    "sir",
    "source",
    "speaker",
    "specialist",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strategist",
    "striker",
    "sultan",
    "vice",
]);

/// Role words that qualify another role rather than name one ("deputy director",
/// "prime minister"); they never identify a person on their own.
static ROLE_MODIFIERS: WordSet =
    WordSet::new(&["acting", "deputy", "former", "prime", "senior", "vice"]);

/// Role words that only a title (before a full name) makes personal: "General" can
/// begin "General Motors", so it does not make a single following word a person.
static WEAK_TITLES: WordSet = WordSet::new(&["general", "head", "source"]);

/// Descriptors that writers apply loosely to whoever is commenting ("the expert
/// said"), so they refer to the current speaker rather than to a job title.
static GENERIC_ROLES: WordSet = WordSet::new(&[
    "analyst",
    "commentator",
    "expert",
    "observer",
    "researcher",
    "scholar",
    "scientist",
    "source",
    "specialist",
]);

/// Words that, opening a capitalised sequence, make it a place or institution
/// ("South Korea", "National Assembly", "White House").
static PLACE_MODIFIERS: WordSet = WordSet::new(&[
    "central", "east", "eastern", "federal", "great", "lower", "national", "new", "north",
    "northern", "royal", "south", "southern", "supreme", "united", "upper", "west", "western",
    "white",
]);

/// Head nouns that, closing a capitalised sequence, make it an organisation, place
/// or event ("Central News Agency", "Supreme Court", "Korean War"). Words that are
/// also common surnames (Park, Hall, House) are left out.
static ORG_HEADS: WordSet = WordSet::new(&[
    "academy",
    "act",
    "administration",
    "agency",
    "agreement",
    "airport",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "avenue",
    "base",
    "board",
    "bureau",
    "cabinet",
    "cathedral",
    "cemetery",
    "center",
    "centre",
    "channel",
    "church",
    "city",
    "club",
    "coast",
    "college",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "corporation",
    "council",
    "county",
    "court",
    "cup",
    "department",
    "embassy",
    "fc",
    "federation",
    "force",
    "forces",
    "forum",
    "foundation",
    "fund",
    "gallery",
    "games",
    "government",
    "group",
    "gulf",
    "hospital",
    "inc",
    "institute",
    "island",
    "islands",
    "kingdom",
    "league",
    "library",
    "ltd",
    "media",
    "ministry",
    "mountain",
    "museum",
    "navy",
    "network",
    "news",
    "ocean",
    "office",
    "organisation",
    "organization",
    "palace",
    "parliament",
    "party",
    "peninsula",
    "police",
    "province",
    "radio",
    "region",
    "republic",
    "school",
    "sea",
    "senate",
    "service",
    "society",
    "stadium",
    "state",
    "states",
    "station",
    "street",
    "times",
    "treaty",
    "tribunal",
    "union",
    "university",
    "valley",
    "war",
]);

/// Calendar words, capitalised in English but never names.
static CALENDAR_WORDS: WordSet = WordSet::new(&[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "may",
    "monday",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
]);

/// Sentence adverbs and connectives that are capitalised only because they open a
/// sentence ("Meanwhile Smith said").
static SENTENCE_OPENERS: WordSet = WordSet::new(&[
    "accordingly",
    "additionally",
    "afterwards",
    "already",
    "also",
    "although",
    "asked",
    "besides",
    "commenting",
    "currently",
    "despite",
    "earlier",
    "eventually",
    "finally",
    "furthermore",
    "hence",
    "indeed",
    "instead",
    "last",
    "later",
    "likewise",
    "meanwhile",
    "moreover",
    "nevertheless",
    "next",
    "nonetheless",
    "otherwise",
    "recently",
    "separately",
    "similarly",
    "since",
    "speaking",
    "still",
    "therefore",
    "though",
    "thus",
    "today",
    "tomorrow",
    "yesterday",
]);

/// Lower-case particles inside personal names ("Carlos del Toro", "Ursula von der Leyen").
static NAME_PARTICLES: WordSet = WordSet::new(&[
    "al", "bin", "da", "de", "del", "della", "der", "des", "di", "dos", "du", "el", "la", "le",
    "van", "von",
]);

/// Prepositions that attach a complement to a role ("spokeswoman for the company",
/// "head of the alliance", "director at the institute").
static PREPOSITIONS: WordSet = WordSet::new(&["at", "for", "from", "in", "of", "on", "to", "with"]);

/// Word-initial elisions written with a leading apostrophe ('em, rock 'n' roll).
static ELISIONS: WordSet = WordSet::new(&[
    "bout", "cause", "cos", "em", "n", "round", "til", "tis", "twas",
]);

/// True for a finite speech verb.
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(word)
}

/// True for a speech verb that may come before its subject.
pub fn is_invertible_verb(word: &str) -> bool {
    INVERTIBLE_VERBS.contains(word)
}

/// True for a speech participle ("adding", "saying").
pub fn is_speech_participle(word: &str) -> bool {
    SPEECH_PARTICIPLES.contains(word)
}

/// True for an adverb or auxiliary allowed between a subject and its speech verb.
pub fn is_subject_filler(word: &str) -> bool {
    SUBJECT_FILLERS.contains(word)
}

/// True when `word` (lower-case; hyphenated titles part by part) is a title or role.
pub fn is_role_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .trim_end_matches('.')
            .split('-')
            .all(|part| ROLE_WORDS.contains(part))
}

/// True for a role word that only qualifies another role.
pub fn is_role_modifier(word: &str) -> bool {
    ROLE_MODIFIERS.contains(word)
}

/// True for a title that does not make a lone following word a person.
pub fn is_weak_title(word: &str) -> bool {
    WEAK_TITLES.contains(word)
}

/// True for a loose descriptor of whoever is commenting ("expert", "analyst").
pub fn is_generic_role(word: &str) -> bool {
    GENERIC_ROLES.contains(word)
}

/// True for a word that, first in a capitalised sequence, makes it a place.
pub fn is_place_modifier(word: &str) -> bool {
    PLACE_MODIFIERS.contains(word)
}

/// True for a word that, last in a capitalised sequence, makes it an organisation.
pub fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(word)
}

/// True for a weekday or month name.
pub fn is_calendar_word(word: &str) -> bool {
    CALENDAR_WORDS.contains(word)
}

/// True for a sentence adverb or connective.
pub fn is_sentence_opener(word: &str) -> bool {
    SENTENCE_OPENERS.contains(word)
}

/// True for a lower-case particle that may appear inside a personal name.
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(word)
}

/// True for a preposition that may attach a complement to a role.
pub fn is_preposition(word: &str) -> bool {
    PREPOSITIONS.contains(word)
}

/// True for a word-initial elision such as `'em` or the `'n` of `rock 'n' roll`.
pub fn is_elision(word: &str) -> bool {
    ELISIONS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

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
