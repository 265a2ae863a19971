//! Function words and connectives: calendar words, sentence openers, name particles, prepositions and elisions.

use super::WordSet;

/// Calendar words, capitalised in English but never names.
pub(super) static CALENDAR_WORDS: WordSet = WordSet::new(&[
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

/// Words that typically open a sentence: connectives and sentence adverbs
/// ("Meanwhile Smith said") and function words ("The", "He"). A capitalised one is
/// capitalised only because it opens a sentence, and after an abbreviation such as
/// `U.S.` it signals a sentence boundary where a name (`U.S. Navy`) does not.
pub(super) static SENTENCE_OPENERS: WordSet = WordSet::new(&[
    "a",
    "accordingly",
    "additionally",
    "after",
    "afterwards",
    "all",
    "already",
    "also",
    "although",
    "an",
    "and",
    "another",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "besides",
    "both",
    "but",
    "by",
    "commenting",
    "currently",
    "despite",
    "during",
    "each",
    "earlier",
    "even",
    "eventually",
    "every",
    "finally",
    "for",
    "from",
    "furthermore",
    "he",
    "hence",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "it",
    "its",
    "last",
    "later",
    "likewise",
    "many",
    "meanwhile",
    "more",
    "moreover",
    "most",
    "my",
    "nevertheless",
    "next",
    "no",
    "nonetheless",
    "nor",
    "not",
    "now",
    "on",
    "one",
    "or",
    "otherwise",
    "our",
    "recently",
    "separately",
    "she",
    "similarly",
    "since",
    "so",
    "some",
    "speaking",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "tomorrow",
    "under",
    "until",
    "we",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "with",
    "yesterday",
    "yet",
    "you",
    "your",
]);

/// Lower-case particles inside personal names ("Carlos del Toro", "Ursula von der Leyen").
pub(super) static NAME_PARTICLES: WordSet = WordSet::new(&[
    "al", "bin", "da", "de", "del", "della", "der", "des", "di", "dos", "du", "el", "la", "le",
    "van", "von",
]);

/// Suffixes that close a personal name ("Daniel R. Whitfield Jr.", "Harold B.
/// Castell III"), lower-case, without a full stop.
pub(super) static NAME_SUFFIXES: WordSet = WordSet::new(&["ii", "iii", "iv", "jr", "sr"]);

/// True for a suffix that may close a personal name (`jr`, `iii`).
pub fn is_name_suffix(word: &str) -> bool {
    NAME_SUFFIXES.contains(word.trim_end_matches('.'))
}

/// Prepositions that attach a complement to a role ("spokeswoman for the company",
/// "head of the alliance", "director at the institute").
pub(super) static PREPOSITIONS: WordSet =
    WordSet::new(&["at", "for", "from", "in", "of", "on", "to", "with"]);

/// Determiners and possessives: the word after one is a noun, not a verb
/// ("the appeal", "its offer"), and a count after `of` and one is a part of a
/// whole ("nine of the 14 seats").
pub(super) static DETERMINERS: WordSet = WordSet::new(&[
    "a", "an", "any", "each", "every", "her", "his", "its", "my", "no", "our", "that", "the",
    "their", "these", "this", "those", "your",
]);

/// True for a determiner or possessive (see [`DETERMINERS`]).
pub fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(word)
}

/// True for a demonstrative ("this", "that", "these", "those"), a determiner
/// that may also stand alone as a pronoun ("five of those carried …").
pub fn is_demonstrative(word: &str) -> bool {
    matches!(word, "that" | "these" | "this" | "those")
}

/// Auxiliaries, modals and negation, after which a base form or participle
/// is a verb ("will decide", "did not agree", "was expected").
pub(super) static AUXILIARIES: WordSet = WordSet::new(&[
    "'ll", "am", "are", "be", "been", "being", "can", "cannot", "could", "did", "do", "does",
    "had", "has", "have", "is", "may", "might", "must", "n't", "not", "shall", "should", "to",
    "was", "were", "will", "would",
]);

/// True for an auxiliary, modal or negation (see [`AUXILIARIES`]), or an
/// auxiliary contracted with its negation ("didn't", "won't").
pub fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(word) || is_negated_auxiliary(word)
}

/// True for an auxiliary or modal contracted with "not", which the tokens
/// keep as one word ("doesn't", "didn't", "isn't", "won't", "can't"): a
/// negation as much as a separate "not" is.
pub fn is_negated_auxiliary(word: &str) -> bool {
    word.strip_suffix("n't").is_some_and(|stem| {
        stem != "n" && (AUXILIARIES.contains(stem) || matches!(stem, "wo" | "ca" | "sha"))
    })
}

/// Word-initial elisions written with a leading apostrophe ('em, rock 'n' roll).
pub(super) static ELISIONS: WordSet = WordSet::new(&[
    "bout", "cause", "cos", "em", "n", "round", "til", "tis", "twas",
]);

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

/// Relative pronouns that open a clause about what comes before them ("Ana
/// Ruiz, who leads the council"): a description or apposition ends there.
pub(super) static RELATIVE_PRONOUNS: WordSet = WordSet::new(&["that", "which", "who", "whose"]);

/// True for a relative pronoun (see [`RELATIVE_PRONOUNS`]).
pub fn is_relative_pronoun(word: &str) -> bool {
    RELATIVE_PRONOUNS.contains(word)
}

/// Object pronouns that may stand between a phrasal verb and its particle
/// ("turned it down", "shut them out", "handed her over").
pub(super) static OBJECT_PRONOUNS: WordSet =
    WordSet::new(&["her", "him", "it", "me", "them", "this", "us"]);

/// True for an object pronoun (see [`OBJECT_PRONOUNS`]).
pub fn is_object_pronoun(word: &str) -> bool {
    OBJECT_PRONOUNS.contains(word)
}

/// Words after which a bare verb is a base form ("to forfeit", "will decide",
/// "could reach"): the infinitive marker and the modals.
pub(super) static BASE_VERB_MARKERS: WordSet = WordSet::new(&[
    "can", "could", "may", "might", "must", "shall", "should", "to", "will", "would",
]);

/// True for a word after which a bare verb is a base form (see [`BASE_VERB_MARKERS`]).
pub fn is_base_verb_marker(word: &str) -> bool {
    BASE_VERB_MARKERS.contains(word)
}

/// Words after which `to` is a preposition, not the infinitive marker:
/// "according to county officials", "due to storms", "next to the plant".
pub(super) static PREPOSITION_TO_HEADS: WordSet = WordSet::new(&[
    "according",
    "addition",
    "close",
    "compared",
    "contrary",
    "due",
    "next",
    "owing",
    "prior",
    "pursuant",
    "relative",
    "thanks",
]);

/// True when `to` after `word` is a preposition (see [`PREPOSITION_TO_HEADS`]),
/// so the word after it is no base verb.
pub fn makes_to_a_preposition(word: &str) -> bool {
    PREPOSITION_TO_HEADS.contains(word)
}

/// Conjunctions that join two verbs sharing one auxiliary ("will keep a
/// center and offer transfers", "is closing the plant or moving it").
pub(super) static VERB_COORDINATORS: WordSet = WordSet::new(&["and", "or"]);

/// True for a conjunction that may join two verbs of one auxiliary (see
/// [`VERB_COORDINATORS`]).
pub fn is_verb_coordinator(word: &str) -> bool {
    VERB_COORDINATORS.contains(word)
}

/// Prepositions that open a gerund clause stating a fact of its own
/// ("sentenced to four years for embezzling $1.2 million", "fined $500 after
/// admitting two counts").
pub(super) static GERUND_CLAUSE_PREPOSITIONS: WordSet =
    WordSet::new(&["after", "before", "by", "for", "since", "upon", "without"]);

/// True for a preposition that may open a gerund clause (see
/// [`GERUND_CLAUSE_PREPOSITIONS`]).
pub fn opens_gerund_clause(word: &str) -> bool {
    GERUND_CLAUSE_PREPOSITIONS.contains(word)
}

/// Prepositions that open an adverbial of time or extent put before the
/// clause it modifies ("For more than five years, the checks went out",
/// "Over six years, she wrote 143 checks").
pub(super) static FRONTED_ADVERBIAL_PREPOSITIONS: WordSet = WordSet::new(&[
    "after",
    "before",
    "during",
    "for",
    "over",
    "since",
    "throughout",
    "until",
    "within",
]);

/// True for a preposition that, first in a sentence, opens an adverbial of
/// time or extent (see [`FRONTED_ADVERBIAL_PREPOSITIONS`]).
pub fn opens_fronted_adverbial(word: &str) -> bool {
    FRONTED_ADVERBIAL_PREPOSITIONS.contains(word)
}

/// True for a word-initial elision such as `'em` or the `'n` of `rock 'n' roll`.
pub fn is_elision(word: &str) -> bool {
    ELISIONS.contains(word)
}

/// English function words that carry no content for matching.
pub(super) static STOP_WORDS: WordSet = WordSet::new(&[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "aren't",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "can't",
    "could",
    "couldn't",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "doing",
    "don't",
    "during",
    "each",
    "either",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "hadn't",
    "has",
    "hasn't",
    "have",
    "haven't",
    "having",
    "he",
    "he's",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "i'll",
    "i'm",
    "i've",
    "if",
    "in",
    "into",
    "is",
    "isn't",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "let's",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "said",
    "same",
    "say",
    "says",
    "shall",
    "she",
    "she's",
    "should",
    "shouldn't",
    "so",
    "some",
    "such",
    "than",
    "that",
    "that's",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "there's",
    "these",
    "they",
    "they'll",
    "they're",
    "they've",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "wasn't",
    "we",
    "we'll",
    "we're",
    "we've",
    "were",
    "weren't",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "won't",
    "would",
    "wouldn't",
    "yet",
    "you",
    "you're",
    "your",
    "yours",
    "yourself",
]);

/// True for an English function word that carries no content for matching.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(word)
}
