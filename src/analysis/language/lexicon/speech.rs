//! Speech verbs and the words around them: what attributes words to a speaker.

use super::WordSet;

/// Finite speech verbs that attribute words to a subject ("Smith said", "she warns").
pub(super) static SPEECH_VERBS: WordSet = WordSet::new(&[
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
pub(super) static INVERTIBLE_VERBS: WordSet = WordSet::new(&[
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
pub(super) static SPEECH_PARTICIPLES: WordSet = WordSet::new(&[
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
pub(super) static SUBJECT_FILLERS: WordSet = WordSet::new(&[
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
