//! Titles and role nouns that introduce or describe a person.

use super::WordSet;

/// Titles and role nouns that introduce or describe a person ("President", "chief",
/// "spokesman", "expert"). Hyphenated titles are checked part by part.
pub(super) static ROLE_WORDS: WordSet = WordSet::new(&[
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
pub(super) static ROLE_MODIFIERS: WordSet =
    WordSet::new(&["acting", "deputy", "former", "prime", "senior", "vice"]);

/// Role words that only a title (before a full name) makes personal: "General" can
/// begin "General Motors", so it does not make a single following word a person.
pub(super) static WEAK_TITLES: WordSet = WordSet::new(&["general", "head", "source"]);

/// Descriptors that writers apply loosely to whoever is commenting ("the expert
/// said"), so they refer to the current speaker rather than to a job title.
pub(super) static GENERIC_ROLES: WordSet = WordSet::new(&[
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
