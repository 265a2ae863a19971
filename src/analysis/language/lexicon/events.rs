//! Event verbs: what happens in news (won, pleaded, resigned, declared, derailed,
//! bought), each with the class that its synonyms share, and the words that say
//! how certain an event is (expected to, considering, did not).

use std::sync::OnceLock;

use super::is_negated_auxiliary;
use super::word_set::WordSet;
use crate::analysis::language::hash::FnvHashMap;

/// The grammatical form a verb is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// `won`, `declared`: past tense or participle.
    Past,
    /// `wins`, `declares`.
    PresentS,
    /// `winning`, `declaring`.
    Ing,
    /// `win`, `declare`.
    Base,
}

/// Event lemmas and the class they belong to: synonyms share a class, so
/// "acquired" and "bought" are one event. Sorted by lemma.
const EVENTS: &[(&str, &str)] = &[
    ("abandon", "abandon"),
    ("accept", "accept"),
    ("accuse", "accuse"),
    ("acquire", "buy"),
    ("acquit", "acquit"),
    ("adjourn", "adjourn"),
    ("admit", "admit"),
    ("adopt", "approve"),
    ("allocate", "fund"),
    ("amend", "amend"),
    ("appeal", "appeal"),
    ("appoint", "appoint"),
    ("approve", "approve"),
    ("arrest", "arrest"),
    ("arrive", "arrive"),
    ("attack", "attack"),
    ("award", "award"),
    ("ban", "ban"),
    ("beat", "defeat"),
    ("begin", "begin"),
    ("block", "block"),
    ("borrow", "borrow"),
    ("build", "build"),
    ("burn", "burn"),
    ("buy", "buy"),
    ("cancel", "cancel"),
    ("capture", "capture"),
    ("charge", "charge"),
    ("close", "close"),
    ("collapse", "collapse"),
    ("collide", "crash"),
    ("complete", "complete"),
    ("condemn", "protest"),
    ("confirm", "confirm"),
    ("contain", "contain"),
    ("convict", "convict"),
    ("crash", "crash"),
    ("create", "create"),
    ("cut", "cut"),
    ("damage", "damage"),
    ("declare", "declare"),
    ("decline", "fall"),
    ("defeat", "defeat"),
    ("delay", "delay"),
    ("denounce", "protest"),
    ("deploy", "deploy"),
    ("derail", "derail"),
    ("destroy", "destroy"),
    ("detain", "arrest"),
    ("die", "die"),
    ("dismiss", "dismiss"),
    ("divert", "steal"),
    ("donate", "donate"),
    ("double", "increase"),
    ("drop", "fall"),
    ("elect", "elect"),
    ("embezzle", "steal"),
    ("employ", "employ"),
    ("enact", "approve"),
    ("end", "end"),
    ("evacuate", "evacuate"),
    ("expel", "expel"),
    ("explode", "explode"),
    ("fail", "fail"),
    ("fall", "fall"),
    ("file", "file"),
    ("fine", "fine"),
    ("fire", "dismiss"),
    ("flee", "flee"),
    ("flood", "flood"),
    ("form", "create"),
    ("free", "release"),
    ("freeze", "freeze"),
    ("fund", "fund"),
    ("gain", "gain"),
    ("grant", "award"),
    ("grow", "increase"),
    ("halt", "suspend"),
    ("hire", "hire"),
    ("hit", "hit"),
    ("hold", "hold"),
    ("hospitalise", "hospitalize"),
    ("hospitalize", "hospitalize"),
    ("host", "host"),
    ("impeach", "impeach"),
    ("impose", "impose"),
    ("increase", "increase"),
    ("indict", "charge"),
    ("infect", "infect"),
    ("injure", "injure"),
    ("inspect", "investigate"),
    ("introduce", "introduce"),
    ("invest", "invest"),
    ("investigate", "investigate"),
    ("issue", "issue"),
    ("jail", "sentence"),
    ("kill", "die"),
    ("launch", "launch"),
    ("lay", "lay"),
    ("leak", "spill"),
    ("lift", "lift"),
    ("list", "list"),
    ("lose", "lose"),
    ("lower", "lower"),
    ("meet", "meet"),
    ("merge", "merge"),
    ("misuse", "steal"),
    ("nominate", "nominate"),
    ("oppose", "oppose"),
    ("order", "order"),
    ("oust", "dismiss"),
    ("owe", "owe"),
    ("pass", "approve"),
    ("pay", "pay"),
    ("plead", "plead"),
    ("pledge", "pledge"),
    ("postpone", "delay"),
    ("propose", "propose"),
    ("protest", "protest"),
    ("purchase", "buy"),
    ("quit", "resign"),
    ("raise", "increase"),
    ("ratify", "approve"),
    ("re-elect", "reelect"),
    ("recall", "recall"),
    ("receive", "receive"),
    ("reduce", "cut"),
    ("reelect", "reelect"),
    ("register", "register"),
    ("reject", "reject"),
    ("release", "release"),
    ("reopen", "reopen"),
    ("repay", "pay"),
    ("repeal", "repeal"),
    ("replace", "replace"),
    ("rescue", "rescue"),
    ("resign", "resign"),
    ("restore", "restore"),
    ("resume", "resume"),
    ("retire", "retire"),
    ("rise", "increase"),
    ("rule", "rule"),
    ("sell", "sell"),
    ("sentence", "sentence"),
    ("serve", "serve"),
    ("settle", "settle"),
    ("shoot", "shoot"),
    ("shut", "close"),
    ("sign", "sign"),
    ("slash", "cut"),
    ("spend", "spend"),
    ("spill", "spill"),
    ("steal", "steal"),
    ("strike", "hit"),
    ("submit", "file"),
    ("sue", "sue"),
    ("summon", "summon"),
    ("surge", "increase"),
    ("suspend", "suspend"),
    ("table", "delay"),
    ("tear", "tear"),
    ("terminate", "end"),
    ("throw", "throw"),
    ("uphold", "uphold"),
    ("veto", "veto"),
    ("vote", "vote"),
    ("win", "win"),
    ("withdraw", "withdraw"),
    ("wound", "injure"),
];

/// Irregular past forms and participles, with their lemma. Sorted by form.
const IRREGULAR: &[(&str, &str)] = &[
    ("beaten", "beat"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bought", "buy"),
    ("built", "build"),
    ("burnt", "burn"),
    ("cut", "cut"),
    ("fallen", "fall"),
    ("fell", "fall"),
    ("fled", "flee"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("held", "hold"),
    ("hit", "hit"),
    ("laid", "lay"),
    ("lost", "lose"),
    ("met", "meet"),
    ("paid", "pay"),
    ("pled", "plead"),
    ("quit", "quit"),
    ("repaid", "repay"),
    ("risen", "rise"),
    ("rose", "rise"),
    ("shot", "shoot"),
    ("shut", "shut"),
    ("sold", "sell"),
    ("spent", "spend"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("struck", "strike"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("upheld", "uphold"),
    ("withdrawn", "withdraw"),
    ("withdrew", "withdraw"),
    ("won", "win"),
];

/// The lemma of an event verb form, if the word is one. Candidate lemmas
/// (`stem`, `stem` + "e", the stem undoubled) are looked up without being
/// built: every word of an article is tried.
fn lemma_of(word: &str) -> Option<(&'static str, VerbForm)> {
    if let Ok(i) = IRREGULAR.binary_search_by(|(form, _)| (*form).cmp(word)) {
        return Some((IRREGULAR[i].1, VerbForm::Past));
    }
    let known = |stem: &str, tail: &str| event_index(stem, tail).map(|i| EVENTS[i].0);
    if let Some(lemma) = known(word, "") {
        return Some((lemma, VerbForm::Base));
    }
    for (suffix, form) in [
        ("ied", VerbForm::Past),
        ("ies", VerbForm::PresentS),
        ("ed", VerbForm::Past),
        ("ing", VerbForm::Ing),
        ("es", VerbForm::PresentS),
        ("s", VerbForm::PresentS),
    ] {
        let Some(stem) = word.strip_suffix(suffix) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        if suffix.starts_with("ie") {
            if let Some(lemma) = known(stem, "y") {
                return Some((lemma, form));
            }
            continue;
        }
        // A plain `s` follows the whole lemma ("wins", not "riss" for
        // "rise"), and no ending in `s` doubles a consonant.
        let lemma = known(stem, "")
            .or_else(|| (suffix != "s").then(|| known(stem, "e")).flatten())
            .or_else(|| {
                (!suffix.ends_with('s'))
                    .then(|| undouble(stem).and_then(|single| known(single, "")))
                    .flatten()
            });
        if let Some(lemma) = lemma {
            return Some((lemma, form));
        }
    }
    None
}

/// `stem` without its doubled final consonant (`stopp` → `stop`), if it has one.
fn undouble(stem: &str) -> Option<&str> {
    let mut chars = stem.chars().rev();
    let (a, b) = (chars.next()?, chars.next()?);
    (a == b && !"aeiouls".contains(a)).then(|| &stem[..stem.len() - a.len_utf8()])
}

/// Every lemma of [`EVENTS`] with its index. Every word an article's writer
/// uses is tried as an event verb, in up to eight spellings of its stem, so a
/// lookup is one hash rather than a binary search of string comparisons.
fn event_lemmas() -> &'static FnvHashMap<&'static str, usize> {
    static LEMMAS: OnceLock<FnvHashMap<&'static str, usize>> = OnceLock::new();
    LEMMAS.get_or_init(|| {
        EVENTS
            .iter()
            .enumerate()
            .map(|(i, (lemma, _))| (*lemma, i))
            .collect()
    })
}

/// Longest `stem` + `tail` that [`event_index`] joins; no lemma is longer.
const LONGEST_LEMMA: usize = 32;

/// The index in [`EVENTS`] of the lemma `stem` + `tail`, if it is one (the two
/// are joined on the stack: no allocation per tried spelling).
fn event_index(stem: &str, tail: &str) -> Option<usize> {
    let lemmas = event_lemmas();
    if tail.is_empty() {
        return lemmas.get(stem).copied();
    }
    let len = stem.len() + tail.len();
    let mut joined = [0u8; LONGEST_LEMMA];
    if len > LONGEST_LEMMA {
        return None;
    }
    joined[..stem.len()].copy_from_slice(stem.as_bytes());
    joined[stem.len()..len].copy_from_slice(tail.as_bytes());
    let joined = std::str::from_utf8(&joined[..len]).ok()?;
    lemmas.get(joined).copied()
}

/// The event class and form of `word` (lower-case), if it is an event verb:
/// one lookup in [`event_forms`], since every word an article's writer uses is
/// tried.
pub fn event_verb(word: &str) -> Option<(&'static str, VerbForm)> {
    event_forms().get(word).copied()
}

/// The event class and form of `word` by the rules themselves ([`lemma_of`]
/// and the class of the lemma); [`event_forms`] holds their every answer.
fn event_verb_by_rule(word: &str) -> Option<(&'static str, VerbForm)> {
    let (lemma, form) = lemma_of(word)?;
    let class = event_index(lemma, "").map_or(lemma, |i| EVENTS[i].1);
    Some((class, form))
}

/// The endings [`lemma_of`] takes off a word.
const VERB_ENDINGS: [&str; 6] = ["ied", "ies", "ed", "ing", "es", "s"];

/// Every word that is an event verb, with its class and form, built on first
/// use from the words [`lemma_of`] can read as one: each irregular form, and
/// each lemma as written, with its final `e` or `y` off, or its last letter
/// doubled, before each of [`VERB_ENDINGS`] (a stem and a tail that make a
/// lemma are always one of these). Each is answered by the rules, so the table
/// says what they say, for every word.
fn event_forms() -> &'static FnvHashMap<String, (&'static str, VerbForm)> {
    static FORMS: OnceLock<FnvHashMap<String, (&'static str, VerbForm)>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut words: Vec<String> = IRREGULAR.iter().map(|(form, _)| form.to_string()).collect();
        for (lemma, _) in EVENTS {
            words.push(lemma.to_string());
            let last = lemma.chars().last().map(String::from).unwrap_or_default();
            let stems = [
                Some(lemma.to_string()),
                lemma.strip_suffix('e').map(str::to_string),
                lemma.strip_suffix('y').map(str::to_string),
                Some(format!("{lemma}{last}")),
            ];
            for stem in stems.into_iter().flatten() {
                words.extend(VERB_ENDINGS.iter().map(|ending| format!("{stem}{ending}")));
            }
        }
        words
            .into_iter()
            .filter_map(|word| event_verb_by_rule(&word).map(|answer| (word, answer)))
            .collect()
    })
}

/// Verbs and phrasal verbs that state an event in other words, with the class
/// they share with it: "turned down" and "rejected", "stepped down" and
/// "resigned", "jumped" and "rose", "revoked" and "overturned". Keys are written
/// as claims carry their predicates: an event class of [`EVENTS`], or another
/// verb's lemma, each with its particle. Only for comparing two claims' events:
/// what a sentence states is read from [`EVENTS`]. Sorted by key.
const PARAPHRASES: &[(&str, &str)] = &[
    ("absolve", "acquit"),
    ("acknowledge", "admit"),
    ("annul", "overturn"),
    ("apprehend", "arrest"),
    ("authorise", "approve"),
    ("authorize", "approve"),
    ("axe", "cancel"),
    ("batter", "hit"),
    ("begin", "start"),
    ("break down", "collapse"),
    ("break out", "start"),
    ("bring back", "restore"),
    ("call in", "summon"),
    ("claw back", "recover"),
    ("climb", "increase"),
    ("clinch", "win"),
    ("close down", "close"),
    ("club", "hit"),
    ("compensate", "pay"),
    ("concede", "admit"),
    ("conclude", "end"),
    ("construct", "build"),
    ("decease", "die"),
    ("decry", "protest"),
    ("defer", "delay"),
    ("demand", "ask"),
    ("detect", "find"),
    ("dip", "fall"),
    ("discover", "find"),
    ("exceed", "reach"),
    ("found", "create"),
    ("haul in", "summon"),
    ("hike", "increase"),
    ("hit down", "overturn"),
    ("ink", "sign"),
    ("invalidate", "overturn"),
    ("jump", "increase"),
    ("lash", "hit"),
    ("leap", "increase"),
    ("lower", "cut"),
    ("march out", "walk out"),
    ("nab", "arrest"),
    ("notice", "find"),
    ("pause", "suspend"),
    ("perish", "die"),
    ("pick up", "gain"),
    ("plunge", "fall"),
    ("pound", "hit"),
    ("pummel", "hit"),
    ("push back", "delay"),
    ("put off", "delay"),
    ("quash", "overturn"),
    ("recoup", "recover"),
    ("reimburse", "pay"),
    ("reinstate", "restore"),
    ("relocate", "move"),
    ("request", "ask"),
    ("rescind", "overturn"),
    ("revive", "restore"),
    ("revoke", "overturn"),
    ("sack", "dismiss"),
    ("scrap", "cancel"),
    ("shift", "move"),
    ("shutter", "close"),
    ("sign off", "approve"),
    ("slam", "hit"),
    ("slump", "fall"),
    ("soar", "increase"),
    ("spike", "increase"),
    ("spot", "find"),
    ("stalk out", "walk out"),
    ("station", "deploy"),
    ("step down", "resign"),
    ("storm out", "walk out"),
    ("surpass", "reach"),
    ("swell", "increase"),
    ("take over", "buy"),
    ("tear", "hit"),
    ("tear up", "overturn"),
    ("throw out", "overturn"),
    ("top", "reach"),
    ("trim", "cut"),
    ("tumble", "fall"),
    ("turn down", "reject"),
    ("uncover", "find"),
    ("vacate", "overturn"),
    ("void", "overturn"),
    ("vote down", "reject"),
    ("wind down", "close"),
];

/// The class two reports of one event share however each words it (see
/// [`PARAPHRASES`]), for a claim's predicate: an event class, or a verb's lemma
/// with its particle ("walk out"). A lemma cut from its past form without its
/// final `e`, doubled consonant or `y` ("revok", "stepp down", "tri") is read
/// as the verb's. `None` when no other wording of the event is known.
pub fn event_paraphrase(predicate: &str) -> Option<&'static str> {
    let (verb, particle) = match predicate.split_once(' ') {
        Some((verb, particle)) => (verb, Some(particle)),
        None => (predicate, None),
    };
    let find = |verb: &str| {
        let key = match particle {
            Some(p) => format!("{verb} {p}"),
            None => verb.to_string(),
        };
        PARAPHRASES
            .binary_search_by(|(k, _)| k.as_bytes().cmp(key.as_bytes()))
            .ok()
            .map(|i| PARAPHRASES[i].1)
    };
    find(verb)
        .or_else(|| find(&format!("{verb}e")))
        .or_else(|| undouble(verb).and_then(find))
        .or_else(|| verb.strip_suffix('i').and_then(|v| find(&format!("{v}y"))))
}

/// Adverb particles that make a phrasal verb of the verb before them, with a
/// meaning of its own ("voted down", "fired off", "walked out", "backed away").
const PARTICLES: &[&str] = &["away", "back", "down", "off", "out", "over", "up"];

/// True for an adverb particle that, right after a verb, changes what the verb
/// states: "the Senate voted down the amendments" is not "the Senate voted".
pub fn is_verb_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// Verbs so general ("held", "took", "made") that they name no event of their
/// own: clauses built on them must say the same in other words to be one fact.
/// Linking verbs ("became chairman", "remained free", "seemed calm",
/// "appeared intact") are among them: their fact is their complement, and two
/// outlets each saying someone "remained" something tell of two facts as
/// often as of one.
const LIGHT_VERBS: &[&str] = &[
    "hold", "take", "make", "give", "get", "go", "come", "put", "set", "keep", "leave", "bring",
    "help", "become", "remain", "seem", "appear",
];

/// True for a light verb's lemma (see [`LIGHT_VERBS`]).
pub fn is_light_verb(lemma: &str) -> bool {
    LIGHT_VERBS.contains(&lemma)
}

/// Verbs that carry a noun naming the event instead of naming one themselves
/// ("lodged a protest", "submitted her resignation", "filed an appeal", and
/// as translated copy writes it, "will present an appeal"), in every form
/// written.
static SUPPORT_VERB_FORMS: WordSet = WordSet::new(&[
    "express",
    "expressed",
    "expresses",
    "expressing",
    "file",
    "filed",
    "files",
    "filing",
    "issue",
    "issued",
    "issues",
    "issuing",
    "lodge",
    "lodged",
    "lodges",
    "lodging",
    "present",
    "presented",
    "presenting",
    "presents",
    "register",
    "registered",
    "registers",
    "registering",
    "submit",
    "submits",
    "submitted",
    "submitting",
    "tender",
    "tendered",
    "tenders",
    "tendering",
    "voice",
    "voiced",
    "voices",
    "voicing",
]);

/// Verbs that weigh or threaten an event their object names ("was
/// considering a lawsuit", "is weighing an appeal", "threatened a ban"), in
/// every form written.
static WEIGHING_VERB_FORMS: WordSet = WordSet::new(&[
    "considered",
    "considering",
    "considers",
    "explored",
    "exploring",
    "eyeing",
    "mulled",
    "mulling",
    "planned",
    "planning",
    "plans",
    "prepared",
    "preparing",
    "threatened",
    "threatening",
    "threatens",
    "weighed",
    "weighing",
    "weighs",
]);

/// The form of a verb that weighs the event its object names (see
/// [`WEIGHING_VERB_FORMS`]) and the certainty it gives that event: its own as
/// a cue word ("planning": expected), else only weighed (a threat, or a form
/// such as "mulled" that no cue lists); `None` for another word.
pub fn weighing_verb(word: &str) -> Option<(VerbForm, Certainty)> {
    if !WEIGHING_VERB_FORMS.contains(word) {
        return None;
    }
    let certainty = certainty_cue(word).unwrap_or(Certainty::Considered);
    Some((form_written(word), certainty))
}

/// The form a support verb is written in (see [`SUPPORT_VERB_FORMS`]), or
/// `None` for another word.
pub fn support_verb(word: &str) -> Option<VerbForm> {
    if !SUPPORT_VERB_FORMS.contains(word) {
        return None;
    }
    Some(form_written(word))
}

/// The form a verb is written in, told by its ending.
fn form_written(word: &str) -> VerbForm {
    if word.ends_with("ed") {
        VerbForm::Past
    } else if word.ends_with("ing") {
        VerbForm::Ing
    } else if word.ends_with('s') && !word.ends_with("ss") {
        VerbForm::PresentS
    } else {
        VerbForm::Base
    }
}

/// Nouns naming an event of [`EVENTS`], with its class: after a support verb
/// the noun is the event ("lodged a sharp protest" is the event "condemned"
/// reports; "tendered his resignation", "resigned"). Sorted by noun.
const NOMINALIZATIONS: &[(&str, &str)] = &[
    ("appeal", "appeal"),
    ("approval", "approve"),
    ("ban", "ban"),
    ("condemnation", "protest"),
    ("denunciation", "protest"),
    ("lawsuit", "sue"),
    ("lawsuits", "sue"),
    ("objection", "oppose"),
    ("objections", "oppose"),
    ("order", "order"),
    ("pledge", "pledge"),
    ("protest", "protest"),
    ("protests", "protest"),
    ("resignation", "resign"),
    ("ruling", "rule"),
    ("suspension", "suspend"),
    ("veto", "veto"),
];

/// The event class a noun names after a support verb (see
/// [`NOMINALIZATIONS`]), or `None`.
pub fn nominalized_event(noun: &str) -> Option<&'static str> {
    NOMINALIZATIONS
        .binary_search_by(|(k, _)| k.cmp(&noun))
        .ok()
        .map(|i| NOMINALIZATIONS[i].1)
}

/// Event classes that refuse, undo or stop what another party does or offers
/// ("rejected", "turned down", "vetoed", "blocked", "overturned", "acquitted").
/// A refusal and an event of another class in one clause's words ("offered a
/// subsidy" / "turned down a subsidy", "approved the merger" / "blocked the
/// merger") are two facts, never one reported in other words.
const REFUSALS: &[&str] = &[
    "acquit", "block", "deny", "oppose", "overturn", "refuse", "reject", "repeal", "veto",
];

/// True for an event class (see [`event_paraphrase`]) that refuses or undoes
/// something (see [`REFUSALS`]).
pub fn is_refusal(class: &str) -> bool {
    REFUSALS.contains(&class)
}

/// Irregular past forms of common verbs outside the event list, with their
/// lemma: any verb can state a fact ("walked out", "went to the House").
const IRREGULAR_GENERAL: &[(&str, &str)] = &[
    ("became", "become"),
    ("broke", "break"),
    ("brought", "bring"),
    ("came", "come"),
    ("chose", "choose"),
    ("drew", "draw"),
    ("drove", "drive"),
    ("fought", "fight"),
    ("found", "find"),
    ("gave", "give"),
    ("got", "get"),
    ("kept", "keep"),
    ("knew", "know"),
    ("led", "lead"),
    ("left", "leave"),
    ("made", "make"),
    ("ran", "run"),
    ("saw", "see"),
    ("sent", "send"),
    ("spoke", "speak"),
    ("stood", "stand"),
    ("took", "take"),
    ("went", "go"),
    ("wrote", "write"),
];

/// Words ending in `-ed` that are nearly always adjectives, never an event.
fn is_adjective_in_ed(word: &str) -> bool {
    matches!(
        word,
        "based"
            | "related"
            | "detailed"
            | "limited"
            | "united"
            | "armed"
            | "concerned"
            | "interested"
            | "married"
            | "retired"
            | "advanced"
            | "red"
            | "bed"
            | "need"
            | "speed"
            | "seed"
            | "feed"
            | "hundred"
            | "supposed"
            | "used"
            | "tired"
            | "scared"
            | "worried"
            | "unexpected"
            | "unprecedented"
            | "experienced"
            | "skilled"
            | "talented"
            | "unnamed"
            | "salaried"
            | "beloved"
            | "embattled"
            | "fabled"
            | "storied"
            | "vaunted"
            | "rugged"
            | "sacred"
            | "wicked"
            | "naked"
    )
}

/// Prefixes that make a verb of a verb ("re-elected", "co-founded",
/// "over-spent"): a hyphenated past form with any other first part is an
/// adjective compound ("state-owned", "weaker-than-expected", "long-awaited").
const VERB_PREFIXES: &[&str] = &[
    "co", "counter", "cross", "de", "mis", "out", "over", "pre", "re", "un", "under",
];

/// True when a past form written with a hyphen is a compound adjective, not
/// a verb (see [`VERB_PREFIXES`]).
fn is_adjective_compound(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(first, _)| !VERB_PREFIXES.contains(&first))
}

/// Any verb in the past tense or participle that is not in the event list
/// (`walked`, `excused`, `went`), with a lemma that is the same for every
/// past form of it; certainty cues and nearly-always adjectives left out.
pub fn general_past_verb(word: &str) -> Option<String> {
    if let Some(&(_, lemma)) = IRREGULAR_GENERAL.iter().find(|(form, _)| *form == word) {
        return Some(lemma.to_string());
    }
    let stem = word.strip_suffix("ed")?;
    if stem.len() < 3
        || !word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        || is_adjective_in_ed(word)
        || is_adjective_compound(word)
        || certainty_cue(word).is_some()
    {
        return None;
    }
    Some(stem.to_string())
}

/// Event classes of harm to people, which "no" before their noun denies ("No
/// injuries were reported", "no deaths", "no arrests have been made"). Other
/// event nouns ("no cases", "no layoffs") name no harm and say too little.
const HARM_CLASSES: &[&str] = &["arrest", "die", "evacuate", "hospitalize", "injure"];

/// True for an event class of harm to people (see [`HARM_CLASSES`]).
pub fn is_harm_class(class: &str) -> bool {
    HARM_CLASSES.contains(&class)
}

/// The event class a noun or adjective names (`deaths`, `dead` → `die`;
/// `injuries` → `injure`; `missing`, `unaccounted` → `missing`), so a count
/// of it is a count of that event.
pub fn event_noun(word: &str) -> Option<&'static str> {
    Some(match word {
        "dead" | "death" | "deaths" | "fatalities" | "fatality" | "killed" | "toll" => "die",
        "injured" | "injury" | "injuries" | "hurt" | "wounded" => "injure",
        "arrests" | "arrested" => "arrest",
        "evacuees" | "evacuations" | "evacuated" => "evacuate",
        "layoffs" | "job cuts" => "dismiss",
        "hospitalized" | "hospitalised" | "hospitalizations" => "hospitalize",
        "infections" | "cases" | "infected" => "infect",
        "missing" | "unaccounted" => "missing",
        _ => return None,
    })
}

/// Nouns that count people without saying anything of them (`people`,
/// `others`): they never tell two counts apart.
pub fn is_generic_count_noun(word: &str) -> bool {
    matches!(
        word,
        "people" | "persons" | "others" | "individuals" | "person" | "more" | "total"
    )
}

/// What a modality cue says about the event after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Certainty {
    /// `agreed to`, `decided to`: it is settled.
    Settled,
    /// `expected to`, `will`, `plans to`, `set to`.
    Expected,
    /// `considering`, `could`, `may`, `in talks to`, `nearing`, `hoping to`,
    /// `trying to`: aimed at or weighed, not done (the past "tried to make
    /// the case" reports the attempt made, so it is no cue).
    Considered,
    /// `not`, `never`, `refused to`, `denied`.
    Denied,
    /// `urged`, `called on`, `asked … to`.
    Urged,
}

/// True for a conjunction that opens a clause about what has not happened yet
/// (`after`, `once`, `if`): a present-tense verb in it ("after the minister
/// meets her counterpart") reports no event as done.
pub fn is_pending_conjunction(word: &str) -> bool {
    matches!(
        word,
        "after" | "before" | "when" | "whenever" | "once" | "until" | "unless" | "if"
    )
}

/// True for the class of an event that moves a figure or brings it to a
/// value ("rose to 17", "climbed to 19", "fell to 40", "topped 100"), however
/// it is worded (see [`event_paraphrase`]): the figure's value, not what the
/// figure counts.
pub fn moves_a_figure(class: &str) -> bool {
    matches!(
        event_paraphrase(class).unwrap_or(class),
        "increase" | "fall" | "reach"
    )
}

/// True for a verb form that takes a figure from one value to another
/// ("raised the fee from $4 to $6", "cut from 40 to 30", "went from 12 to
/// 9"): "from X to Y" after it states two figures, the old and the new, where
/// elsewhere it is one range ("from 20 to 30 people").
pub fn changes_a_figure(word: &str) -> bool {
    matches!(word, "go" | "goes" | "went" | "gone" | "going")
        || event_verb(word).is_some_and(|(verb, _)| {
            moves_a_figure(verb) || LOWERING.contains(&event_paraphrase(verb).unwrap_or(verb))
        })
}

/// Event classes that raise a figure or a number of things ("rose", "raised",
/// "doubled", "added"), however worded (see [`event_paraphrase`]).
const RAISING: &[&str] = &["increase"];

/// Event classes that lower one ("fell", "cut", "reduced", "slashed").
const LOWERING: &[&str] = &["cut", "fall"];

/// True when one of two event classes raises a figure and the other lowers
/// one (see [`RAISING`], [`LOWERING`]): "cut its staff from two guards to
/// one" and "doubled its guard staff to two" are two changes, however many
/// words their clauses share.
pub fn move_opposite_ways(a: &str, b: &str) -> bool {
    fn class(c: &str) -> &str {
        event_paraphrase(c).unwrap_or(c)
    }
    let (a, b) = (class(a), class(b));
    let up = |c: &str| RAISING.contains(&c);
    let down = |c: &str| LOWERING.contains(&c);
    (up(a) && down(b)) || (down(a) && up(b))
}

/// True for a modal that, put before a verb in the perfect, says the event
/// did not happen as it should or would have ("should have notified",
/// "would have voted", "could have prevented"): no certainty of the event.
pub fn is_counterfactual_modal(word: &str) -> bool {
    matches!(word, "should" | "would" | "could" | "ought")
}

/// True for an auxiliary of the plain future ("will pay", "'ll sign"): it
/// states the event as coming, as an agreement to it does, rather than
/// expected by someone.
pub fn is_plain_future(word: &str) -> bool {
    matches!(word, "will" | "'ll" | "shall")
}

/// True for a cue that says so only after `in` ("in talks to buy"): as the
/// subject ("talks broke down") it puts no certainty on the verb.
pub fn cue_needs_in(word: &str) -> bool {
    word == "talks"
}

/// The certainty a cue word puts on an event that follows it in its clause.
pub fn certainty_cue(word: &str) -> Option<Certainty> {
    if is_negated_auxiliary(word) {
        return Some(Certainty::Denied);
    }
    Some(match word {
        "agreed" | "agrees" | "agree" | "decided" | "decides" | "voted" | "moved" => {
            Certainty::Settled
        }
        "expected" | "expects" | "will" | "'ll" | "shall" | "plans" | "planned" | "planning"
        | "intends" | "intended" | "scheduled" | "set" | "poised" | "likely" | "due" | "going"
        | "aims" | "prepared" | "preparing" | "slated" | "would" => Certainty::Expected,
        "considering" | "considered" | "weighing" | "mulling" | "exploring" | "could" | "may"
        | "might" | "nearing" | "talks" | "discussing" | "reportedly" | "possibly" | "weighs"
        | "considers" | "eyeing" | "hoping" | "hopes" | "trying" | "tries" | "attempting"
        | "attempts" => Certainty::Considered,
        "not" | "never" | "n't" | "refused" | "refuses" | "declined" | "declines" | "denied"
        | "denies" | "failed" | "fails" | "rejected" | "without" | "no" | "nobody" | "none" => {
            Certainty::Denied
        }
        "urged" | "urges" | "urging" | "called" | "calls" | "calling" | "demanded" | "demands"
        | "pressed" | "pressing" | "asked" | "asks" | "wants" | "wanted" => Certainty::Urged,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_sorted() {
        assert!(EVENTS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(EVENTS.iter().all(|(lemma, _)| lemma.len() <= LONGEST_LEMMA));
    }

    #[test]
    fn found_is_the_past_of_find_and_founded_of_found() {
        // "was found dead" is a finding, not a founding; "discovered" says the
        // same, and "founded" still compares with "created".
        assert_ne!(event_verb("found").map(|(class, _)| class), Some("create"));
        assert_eq!(general_past_verb("found").as_deref(), Some("find"));
        assert_eq!(event_paraphrase("discover"), Some("find"));
        assert_eq!(
            general_past_verb("founded")
                .as_deref()
                .and_then(event_paraphrase),
            Some("create")
        );
    }

    #[test]
    fn hyphenated_past_forms_are_adjectives_unless_a_verb_prefix_opens_them() {
        for adjective in [
            "state-owned",
            "weaker-than-expected",
            "long-awaited",
            "salaried",
        ] {
            assert_eq!(general_past_verb(adjective), None, "{adjective}");
        }
        for verb in ["co-founded", "re-opened", "walked"] {
            assert!(general_past_verb(verb).is_some(), "{verb}");
        }
    }

    #[test]
    fn nominalizations_are_sorted_and_name_event_classes() {
        assert!(NOMINALIZATIONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(
            NOMINALIZATIONS
                .iter()
                .all(|(_, class)| EVENTS.iter().any(|(_, c)| c == class))
        );
    }

    #[test]
    fn irregular_forms_are_sorted() {
        assert!(IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn lemmas_are_found_from_a_stem_and_a_tail() {
        for (i, (lemma, _)) in EVENTS.iter().enumerate() {
            for cut in 0..=lemma.len() {
                let (stem, tail) = lemma.split_at(cut);
                assert_eq!(event_index(stem, tail), Some(i), "{stem}+{tail}");
            }
            for (stem, tail) in [(*lemma, "s"), (&lemma[1..], "e"), ("", *lemma)] {
                let joined = format!("{stem}{tail}");
                let slow = EVENTS.binary_search_by(|(l, _)| l.cmp(&joined.as_str()));
                assert_eq!(event_index(stem, tail), slow.ok(), "{stem}+{tail}");
            }
        }
    }

    #[test]
    fn a_plain_s_follows_the_whole_lemma() {
        assert_eq!(event_verb("rises"), Some(("increase", VerbForm::PresentS)));
        assert_eq!(event_verb("closes"), Some(("close", VerbForm::PresentS)));
        assert_eq!(event_verb("wins"), Some(("win", VerbForm::PresentS)));
        assert_eq!(event_verb("banned"), Some(("ban", VerbForm::Past)));
        // "rise" without its e, then s; "ban" doubled before s or es.
        assert_eq!(event_verb("riss"), None);
        assert_eq!(event_verb("banns"), None);
        assert_eq!(event_verb("bannes"), None);
    }

    #[test]
    fn paraphrases_are_sorted() {
        assert!(PARAPHRASES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn paraphrases_share_a_class_whatever_the_form() {
        assert_eq!(event_paraphrase("turn down"), Some("reject"));
        assert_eq!(event_paraphrase("absolv"), Some("acquit"));
        assert_eq!(event_paraphrase("authoriz"), Some("approve"));
        assert_eq!(event_paraphrase("sign off"), Some("approve"));
        assert_eq!(event_paraphrase("revok"), Some("overturn"));
        // "threw out", "tore up" and "struck down" a permit revoke it.
        for phrasal in ["threw out", "tore up", "struck down"] {
            let (verb, particle) = phrasal.split_once(' ').expect("two words");
            let (class, _) = event_verb(verb).expect("an event verb");
            assert_eq!(
                event_paraphrase(&format!("{class} {particle}")),
                Some("overturn"),
                "{phrasal}"
            );
        }
        assert_eq!(event_paraphrase("stepp down"), Some("resign"));
        assert_eq!(event_paraphrase("topp"), Some("reach"));
        assert_eq!(event_paraphrase("jump"), Some("increase"));
        // Headline verbs: "scrapped" a plan, "hiked" a rate, "stationed" troops.
        assert_eq!(event_paraphrase("scrapp"), Some("cancel"));
        assert_eq!(event_paraphrase("hik"), Some("increase"));
        assert_eq!(event_paraphrase("station"), Some("deploy"));
        assert_eq!(event_paraphrase("nabb"), Some("arrest"));
        assert_eq!(event_paraphrase("walk out"), None);
        assert_eq!(event_paraphrase("turn"), None);
    }

    #[test]
    fn the_table_of_forms_answers_as_the_rules_do() {
        // Every lemma and irregular form, cut anywhere and given any ending a
        // verb or a near-miss may have: the table must agree with the rules
        // on words it holds and on words it does not.
        let endings = [
            "", "s", "es", "ed", "d", "ing", "ied", "ies", "y", "e", "er", "ers", "ment",
        ];
        let roots = EVENTS.iter().chain(IRREGULAR).map(|(form, _)| *form);
        for root in roots {
            for cut in 0..=root.len() {
                let stem = &root[..cut];
                let last = stem.chars().last().map(String::from).unwrap_or_default();
                for ending in endings {
                    for word in [format!("{stem}{ending}"), format!("{stem}{last}{ending}")] {
                        assert_eq!(event_verb(&word), event_verb_by_rule(&word), "{word}");
                    }
                }
            }
        }
    }

    #[test]
    fn forms_find_their_class() {
        assert_eq!(event_verb("won"), Some(("win", VerbForm::Past)));
        assert_eq!(event_verb("pleaded"), Some(("plead", VerbForm::Past)));
        assert_eq!(event_verb("declared"), Some(("declare", VerbForm::Past)));
        assert_eq!(event_verb("acquired"), Some(("buy", VerbForm::Past)));
        assert_eq!(event_verb("buying"), Some(("buy", VerbForm::Ing)));
        assert_eq!(event_verb("stopped"), None);
        assert_eq!(event_verb("derailed"), Some(("derail", VerbForm::Past)));
        assert_eq!(event_verb("ratified"), Some(("approve", VerbForm::Past)));
        assert_eq!(event_verb("sues"), Some(("sue", VerbForm::PresentS)));
        assert_eq!(event_verb("planned"), None);
    }
}
