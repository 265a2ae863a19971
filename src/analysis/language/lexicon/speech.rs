//! Speech verbs and the words around them: what attributes words to a speaker.
//!
//! About 150 reporting verbs in their finite forms (`said`, `says`), their
//! participles (`saying`), and two-word reporting phrases (`put it`, `pointed
//! to`, `chimed in`). Present-tense forms that are more often plural nouns
//! (`states`, `reports`, `notes`) are left out, so a noun is never read as a verb.

use super::WordSet;

/// Finite reporting verbs that attribute words to a subject ("Smith said", "she
/// warns", "he lamented", "the filing stipulates").
pub(super) static SPEECH_VERBS: WordSet = WordSet::new(&[
    "accused",
    "accuses",
    "acknowledged",
    "acknowledges",
    "added",
    "adds",
    "admits",
    "admitted",
    "advised",
    "advises",
    "affirmed",
    "affirms",
    "agreed",
    "agrees",
    "alleged",
    "alleges",
    "announced",
    "announces",
    "answered",
    "argued",
    "argues",
    "asked",
    "asks",
    "asserted",
    "asserts",
    "assured",
    "assures",
    "believed",
    "believes",
    "blasted",
    "boasted",
    "boasts",
    "called",
    "cautioned",
    "cautions",
    "characterised",
    "characterises",
    "characterized",
    "characterizes",
    "charged",
    "claimed",
    "clarified",
    "clarifies",
    "commented",
    "complained",
    "complains",
    "conceded",
    "concedes",
    "concluded",
    "concludes",
    "condemned",
    "condemns",
    "confessed",
    "confesses",
    "confirmed",
    "confirms",
    "contended",
    "contends",
    "continued",
    "continues",
    "countered",
    "cried",
    "criticised",
    "criticises",
    "criticized",
    "criticizes",
    "crowed",
    "crows",
    "declared",
    "declares",
    "decried",
    "decries",
    "demanded",
    "denied",
    "denies",
    "denounced",
    "denounces",
    "described",
    "describes",
    "disclosed",
    "discloses",
    "dismissed",
    "dismisses",
    "elaborated",
    "elaborates",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "estimated",
    "exclaimed",
    "exclaims",
    "explained",
    "explains",
    "expressed",
    "expresses",
    "griped",
    "grumbled",
    "grumbles",
    "hinted",
    "indicated",
    "indicates",
    "informed",
    "informs",
    "insisted",
    "insists",
    "interjected",
    "interjects",
    "joked",
    "lamented",
    "maintained",
    "maintains",
    "marveled",
    "marvelled",
    "marvels",
    "mentioned",
    "mouthed",
    "mouths",
    "mumbled",
    "mumbles",
    "murmured",
    "mused",
    "muttered",
    "mutters",
    "noted",
    "objected",
    "observed",
    "observes",
    "opined",
    "opines",
    "pleaded",
    "pleads",
    "pledged",
    "posited",
    "posits",
    "praised",
    "predicted",
    "predicts",
    "proclaimed",
    "proclaims",
    "promised",
    "proposed",
    "proposes",
    "protested",
    "questioned",
    "quipped",
    "reasoned",
    "recalled",
    "recalls",
    "recommended",
    "recommends",
    "recounted",
    "recounts",
    "reiterated",
    "reiterates",
    "rejected",
    "rejects",
    "remarked",
    "reminded",
    "reminds",
    "repeated",
    "replied",
    "reported",
    "responded",
    "responds",
    "retorted",
    "retorts",
    "revealed",
    "reveals",
    "said",
    "say",
    "says",
    "scoffed",
    "scoffs",
    "screamed",
    "shouted",
    "sighed",
    "signaled",
    "signalled",
    "snapped",
    "specified",
    "specifies",
    "speculated",
    "speculates",
    "stated",
    "stipulated",
    "stipulates",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "swears",
    "swore",
    "tell",
    "tells",
    "testified",
    "testifies",
    "thinks",
    "thought",
    "threatened",
    "threatens",
    "told",
    "tweeted",
    "underlined",
    "underlines",
    "underscored",
    "underscores",
    "urged",
    "urges",
    "vowed",
    "warned",
    "warns",
    "whined",
    "whines",
    "whispered",
    "wondered",
    "wonders",
    "writes",
    "wrote",
    "yelled",
]);

/// Speech verbs that may precede their subject after a quote (`,” said Smith`).
/// Verbs whose object is the addressee ("told", "urged", "warned") are left out.
pub(super) static INVERTIBLE_VERBS: WordSet = WordSet::new(&[
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "affirmed",
    "agreed",
    "announced",
    "answered",
    "argued",
    "asked",
    "asks",
    "asserted",
    "boasted",
    "cautioned",
    "clarified",
    "commented",
    "complained",
    "conceded",
    "concluded",
    "confirmed",
    "continued",
    "continues",
    "countered",
    "cried",
    "crowed",
    "declared",
    "emphasised",
    "emphasized",
    "exclaimed",
    "explained",
    "explains",
    "grumbled",
    "insisted",
    "interjected",
    "joked",
    "lamented",
    "marveled",
    "marvelled",
    "mumbled",
    "murmured",
    "mused",
    "muttered",
    "noted",
    "observed",
    "predicted",
    "protested",
    "quipped",
    "recalled",
    "recounted",
    "reiterated",
    "remarked",
    "replied",
    "reported",
    "responded",
    "retorted",
    "revealed",
    "said",
    "says",
    "scoffed",
    "shouted",
    "sighed",
    "snapped",
    "specified",
    "stated",
    "stressed",
    "suggested",
    "tells",
    "testified",
    "told",
    "underlined",
    "whispered",
    "wondered",
    "writes",
    "wrote",
    "yelled",
]);

/// Speech participles that attach an utterance to a subject named earlier
/// ("…, adding that", "…, saying").
pub(super) static SPEECH_PARTICIPLES: WordSet = WordSet::new(&[
    "accusing",
    "acknowledging",
    "adding",
    "admitting",
    "advising",
    "affirming",
    "agreeing",
    "alleging",
    "announcing",
    "arguing",
    "asking",
    "asserting",
    "assuring",
    "blasting",
    "boasting",
    "calling",
    "cautioning",
    "characterising",
    "characterizing",
    "charging",
    "claiming",
    "commenting",
    "complaining",
    "conceding",
    "concluding",
    "condemning",
    "confessing",
    "confirming",
    "contending",
    "countering",
    "criticising",
    "criticizing",
    "crowing",
    "declaring",
    "decrying",
    "demanding",
    "denouncing",
    "denying",
    "describing",
    "disclosing",
    "dismissing",
    "elaborating",
    "emphasising",
    "emphasizing",
    "estimating",
    "exclaiming",
    "explaining",
    "expressing",
    "grumbling",
    "hinting",
    "indicating",
    "informing",
    "insisting",
    "interjecting",
    "lamenting",
    "maintaining",
    "marveling",
    "marvelling",
    "mentioning",
    "mouthing",
    "mumbling",
    "murmuring",
    "muttering",
    "noting",
    "observing",
    "opining",
    "pleading",
    "pledging",
    "positing",
    "praising",
    "predicting",
    "proclaiming",
    "promising",
    "proposing",
    "protesting",
    "quipping",
    "recalling",
    "recommending",
    "recounting",
    "reiterating",
    "rejecting",
    "remarking",
    "reminding",
    "replying",
    "reporting",
    "responding",
    "retorting",
    "revealing",
    "saying",
    "scoffing",
    "screaming",
    "shouting",
    "signaling",
    "signalling",
    "specifying",
    "speculating",
    "stating",
    "stipulating",
    "stressing",
    "suggesting",
    "swearing",
    "telling",
    "testifying",
    "threatening",
    "tweeting",
    "underlining",
    "underscoring",
    "urging",
    "vowing",
    "warning",
    "whining",
    "whispering",
    "writing",
    "yelling",
]);

/// Two-word reporting phrases, verb then particle ("put it", "pointed to",
/// "called on", "chimed in"): neither word reports speech on its own.
pub(super) static SPEECH_PHRASES: WordSet = WordSet::new(&[
    "called for",
    "called on",
    "calls for",
    "calls on",
    "chimed in",
    "chimes in",
    "cut in",
    "fired back",
    "fires back",
    "goes on",
    "hit back",
    "hits back",
    "let announce",
    "let communicate",
    "let declare",
    "let say",
    "made clear",
    "makes clear",
    "pointed out",
    "pointed to",
    "points out",
    "points to",
    "put it",
    "puts it",
    "shot back",
    "speaks out",
    "spoke out",
    "summed up",
    "sums up",
    "told reporters",
    "weighed in",
    "weighs in",
    "went on",
]);

/// Present-tense speech verbs that are more often plural nouns ("the filing
/// states", but "the states"): speech verbs only right after a subject noun.
pub(super) static NOUN_LIKE_VERBS: WordSet = WordSet::new(&[
    "charges", "claims", "demands", "notes", "remarks", "replies", "reports", "states",
]);

/// Verbs that report what a document says only when a document is their subject
/// ("the audit found", "the report cited", "the study showed"); a person who
/// "found" or "cited" something is not quoted by it.
pub(super) static FINDING_VERBS: WordSet = WordSet::new(&[
    "cite", "cited", "cites", "conclude", "find", "finds", "found", "show", "showed", "shows",
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

/// Words that may follow an attribution's verb and close it ("he fumed after the
/// match", "she beamed when asked"): the verb ends its clause before them.
pub(super) static ATTRIBUTION_CLOSERS: WordSet = WordSet::new(&[
    "after",
    "afterwards",
    "again",
    "as",
    "before",
    "during",
    "later",
    "outside",
    "then",
    "when",
    "while",
]);

/// True for a lower-case word read as a regular past tense (`fumed`, `grinned`,
/// `sniffed`): five letters or more, letters only, ending in `-ed`, and no
/// function word. In the slot after a quotation such a verb reports it,
/// whether or not it is a reporting verb: the attribution reader and the
/// quotation scanner share this test so that they agree on the slot.
pub fn reads_as_past_tense(lower: &str) -> bool {
    lower.len() > 4
        && lower.ends_with("ed")
        && lower.chars().all(char::is_alphabetic)
        && !super::is_stop_word(lower)
}

/// True for a word after which an attribution's verb has ended its clause.
pub fn closes_attribution(word: &str) -> bool {
    ATTRIBUTION_CLOSERS.contains(word)
}

/// True for a finite speech verb.
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(word)
}

/// True for a present-tense speech verb that is more often a plural noun.
pub fn is_noun_like_verb(word: &str) -> bool {
    NOUN_LIKE_VERBS.contains(word)
}

/// True for a verb that reports a document's words after a document noun
/// ("the report found").
pub fn is_finding_verb(word: &str) -> bool {
    FINDING_VERBS.contains(word)
}

/// True for a speech verb that may come before its subject.
pub fn is_invertible_verb(word: &str) -> bool {
    INVERTIBLE_VERBS.contains(word)
}

/// True for a speech participle ("adding", "saying").
pub fn is_speech_participle(word: &str) -> bool {
    SPEECH_PARTICIPLES.contains(word)
}

/// True when `verb` followed by `particle` is a reporting phrase ("put it").
pub fn is_speech_phrase(verb: &str, particle: &str) -> bool {
    SPEECH_PHRASES.contains_pair(verb, particle)
}

/// True for an adverb or auxiliary allowed between a subject and its speech verb.
pub fn is_subject_filler(word: &str) -> bool {
    SUBJECT_FILLERS.contains(word)
}

/// Words of a request for comment and its answer ("did not respond to a
/// request for comment", "declined to comment", "no response by press time").
pub(super) static RESPONSE_WORDS: WordSet = WordSet::new(&[
    "comment",
    "commented",
    "commenting",
    "comments",
    "replied",
    "replies",
    "reply",
    "respond",
    "responded",
    "response",
    "responses",
]);

/// True for a word of a request for comment or its answer (see [`RESPONSE_WORDS`]).
pub fn is_response_word(word: &str) -> bool {
    RESPONSE_WORDS.contains(word)
}

/// Words that make a response an absence or a refusal ("did not", "declined",
/// "no response", "was unavailable").
pub(super) static WITHHOLDING_WORDS: WordSet = WordSet::new(&[
    "declined",
    "declines",
    "never",
    "no",
    "not",
    "refused",
    "refuses",
    "unavailable",
]);

/// True for a word that withholds a response (see [`WITHHOLDING_WORDS`]), or
/// a negated auxiliary ("didn't").
pub fn is_withholding_word(word: &str) -> bool {
    WITHHOLDING_WORDS.contains(word) || word.ends_with("n't")
}

/// Means and times of asking for comment that a source may leave unanswered
/// ("did not return a call", "did not respond to a request", "no response by
/// press time").
pub(super) static CONTACT_NOUNS: WordSet = WordSet::new(&[
    "call",
    "calls",
    "email",
    "emails",
    "inquiries",
    "inquiry",
    "message",
    "messages",
    "press",
    "request",
    "requests",
]);

/// True for a means of asking for comment (see [`CONTACT_NOUNS`]).
pub fn is_contact_noun(word: &str) -> bool {
    CONTACT_NOUNS.contains(word)
}
