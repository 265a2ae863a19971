//! Titles and role nouns that introduce or describe a person.

use super::WordSet;

/// Titles and role nouns that introduce or describe a person ("President", "chief",
/// "spokesman", "expert"). Hyphenated titles are checked part by part.
pub(super) static ROLE_WORDS: WordSet = WordSet::new(&[
    "adm",
    "administrator",
    "admiral",
    "adviser",
    "advisor",
    "aide",
    "alderman",
    "alderwoman",
    "amb",
    "ambassador",
    "analyst",
    "anchor",
    "archbishop",
    "architect",
    "assemblyman",
    "assemblymember",
    "assemblywoman",
    "assessor",
    "associate",
    "attorney",
    "atty",
    "auditor",
    "author",
    "barrister",
    "bishop",
    "boss",
    "brig",
    "brigadier",
    "businessman",
    "businesswoman",
    "candidate",
    "capt",
    "captain",
    "cardinal",
    "cdr",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "challenger",
    "champion",
    "chancellor",
    "chaplain",
    "chef",
    "chief",
    "clerk",
    "cmdr",
    "coach",
    "col",
    "colonel",
    "columnist",
    "commander",
    "commentator",
    "commissioner",
    "commodore",
    "comptroller",
    "congressman",
    "congresswoman",
    "constable",
    "controller",
    "coo",
    "coroner",
    "corporal",
    "correspondent",
    "councillor",
    "councilman",
    "councilmember",
    "councilor",
    "councilwoman",
    "counsel",
    "counselor",
    "cpl",
    "critic",
    "cto",
    "dame",
    "dean",
    "defendant",
    "defender",
    "delegate",
    "dep",
    "deputy",
    "det",
    "detective",
    "diplomat",
    "director",
    "doctor",
    "dr",
    "economist",
    "editor",
    "emir",
    "engineer",
    "envoy",
    "executive",
    "expert",
    "father",
    "fellow",
    "firefighter",
    "forecaster",
    "foreman",
    "forewoman",
    "founder",
    "fr",
    "frau",
    "gen",
    "general",
    "goalkeeper",
    "gov",
    "governor",
    "head",
    "headmaster",
    "headmistress",
    "headteacher",
    "herr",
    "historian",
    "hon",
    "host",
    "imam",
    "incumbent",
    "insp",
    "inspector",
    "investigator",
    "jockey",
    "judge",
    "juror",
    "justice",
    "king",
    "lady",
    "lawmaker",
    "lawyer",
    "leader",
    "lecturer",
    "legislator",
    "lieutenant",
    "lord",
    "lt",
    "magistrate",
    "maitre",
    "maj",
    "major",
    "manager",
    "marshal",
    "mayor",
    "maître",
    "member",
    "meteorologist",
    "midfielder",
    "minister",
    "miss",
    "mlle",
    "mme",
    "monsieur",
    "mp",
    "mr",
    "mrs",
    "ms",
    "nominee",
    "observer",
    "officer",
    "official",
    "ombudsman",
    "organiser",
    "organizer",
    "owner",
    "paramedic",
    "parent",
    "pastor",
    "physician",
    "pitcher",
    "plaintiff",
    "player",
    "pope",
    "premier",
    "pres",
    "president",
    "priest",
    "prime",
    "prince",
    "princess",
    "principal",
    "prof",
    "professor",
    "prosecutor",
    "provost",
    "pvt",
    "quarterback",
    "queen",
    "rabbi",
    "rector",
    "referee",
    "regulator",
    "rep",
    "reporter",
    "representative",
    "researcher",
    "rev",
    "reverend",
    "scholar",
    "scientist",
    "secretary",
    "selectman",
    "selectwoman",
    "sen",
    "senator",
    "sergeant",
    "señor",
    "señora",
    "sgt",
    "sheikh",
    "sheriff",
    "signor",
    "signora",
    "sir",
    "skipper",
    "solicitor",
    "source",
    "speaker",
    "specialist",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "sponsor",
    "steward",
    "strategist",
    "striker",
    "sultan",
    "superintendent",
    "supervisor",
    "surgeon",
    "teacher",
    "trainer",
    "treasurer",
    "trooper",
    "trustee",
    "umpire",
    "vice",
    "warden",
    "whip",
    "winger",
    "witness",
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

/// Plural titles before a list of names ("Sens. Ann Mills and Tom Wu"), each with
/// the title it gives every name of the list.
static PLURAL_TITLES: &[(&str, &str)] = &[
    ("aldermen", "alderman"),
    ("assemblymembers", "assemblymember"),
    ("assemblymen", "assemblyman"),
    ("assemblywomen", "assemblywoman"),
    ("commissioners", "commissioner"),
    ("congressmen", "congressman"),
    ("congresswomen", "congresswoman"),
    ("councilmembers", "councilmember"),
    ("councilmen", "councilman"),
    ("councilwomen", "councilwoman"),
    ("delegates", "delegate"),
    ("detectives", "detective"),
    ("drs", "dr"),
    ("gens", "gen"),
    ("governors", "governor"),
    ("govs", "gov"),
    ("judges", "judge"),
    ("justices", "justice"),
    ("lts", "lt"),
    ("mayors", "mayor"),
    ("members", "member"),
    ("messrs", "mr"),
    ("ministers", "minister"),
    ("mmes", "mrs"),
    ("officers", "officer"),
    ("profs", "prof"),
    ("representatives", "representative"),
    ("reps", "rep"),
    ("senators", "senator"),
    ("sens", "sen"),
    ("sgts", "sgt"),
];

/// The title each name gets from a plural title before a list (`Sens.` → `sen`).
pub fn singular_title(word: &str) -> Option<&'static str> {
    let word = word.trim_end_matches('.');
    PLURAL_TITLES
        .iter()
        .find(|(plural, _)| *plural == word)
        .map(|&(_, one)| one)
}

/// Courtesy titles: they say how a person is addressed, not what the person does.
pub(super) static COURTESY_TITLES: WordSet = WordSet::new(&[
    "frau", "herr", "maitre", "maître", "messrs", "mlle", "mme", "mmes", "monsieur", "mr", "mrs",
    "ms", "mssrs", "señor", "señora", "signor", "signora",
]);

/// Role nouns for someone who speaks for an organisation: an unnamed one ("a
/// spokesman for the ministry said") gives the organisation's words.
pub(super) static SPOKESPERSONS: WordSet =
    WordSet::new(&["representative", "spokesman", "spokesperson", "spokeswoman"]);

/// Role modifiers that make another role of their role ("vice president" is not
/// the president, "deputy director" not the director, "first lady" not a lady).
pub(super) static BINDING_MODIFIERS: WordSet =
    WordSet::new(&["assistant", "associate", "deputy", "first", "vice"]);

/// Title abbreviations with the role they stand for, so that "the senator"
/// finds `Sen. Ann Mills`.
static TITLE_FULL_FORMS: &[(&str, &str)] = &[
    ("adm", "admiral"),
    ("amb", "ambassador"),
    ("atty", "attorney"),
    ("brig", "brigadier"),
    ("capt", "captain"),
    ("cdr", "commander"),
    ("cmdr", "commander"),
    ("col", "colonel"),
    ("cpl", "corporal"),
    ("dep", "deputy"),
    ("det", "detective"),
    ("dr", "doctor"),
    ("fr", "father"),
    ("gen", "general"),
    ("gov", "governor"),
    ("insp", "inspector"),
    ("lt", "lieutenant"),
    ("maj", "major"),
    ("pres", "president"),
    ("prof", "professor"),
    ("pvt", "private"),
    ("rep", "representative"),
    ("rev", "reverend"),
    ("sen", "senator"),
    ("sgt", "sergeant"),
    ("supt", "superintendent"),
];

/// The role a title stands for, lower-case: `sen.` → `senator`; any other word
/// as it is, without a final full stop.
pub fn role_key(word: &str) -> &str {
    let word = word.trim_end_matches('.');
    TITLE_FULL_FORMS
        .iter()
        .find(|(short, _)| *short == word)
        .map_or(word, |&(_, full)| full)
}

/// Verbs of holding a post, with the role noun they make of their subject:
/// "Ana Ruiz, who chairs the council" describes the council's chair as "Ana
/// Ruiz, the chair of the council" does.
static ROLE_VERBS: &[(&str, &str)] = &[
    ("chairs", "chair"),
    ("co-founded", "founder"),
    ("coaches", "coach"),
    ("commands", "commander"),
    ("directs", "director"),
    ("edits", "editor"),
    ("founded", "founder"),
    ("heads", "head"),
    ("leads", "leader"),
    ("manages", "manager"),
    ("oversees", "head"),
    ("owns", "owner"),
    ("represents", "representative"),
    ("runs", "head"),
];

/// The role noun a verb of holding a post makes of its subject (`chairs` →
/// `chair`), for a person described by a relative clause.
pub fn role_of_verb(word: &str) -> Option<&'static str> {
    ROLE_VERBS
        .iter()
        .find(|(verb, _)| *verb == word)
        .map(|&(_, role)| role)
}

/// Role nouns of one post, with the class they share: an outlet's "head of the
/// union" is another's "president" or "leader" of it, a company's "chief
/// executive" its "top boss", and one's "spokesman" of a ministry another's
/// "mouthpiece".
static ROLE_CLASSES: &[(&str, &str)] = &[
    ("boss", "head"),
    ("chair", "head"),
    ("chairman", "head"),
    ("chairperson", "head"),
    ("chairwoman", "head"),
    ("ceo", "head"),
    ("chief", "head"),
    ("director", "head"),
    ("executive", "head"),
    ("leader", "head"),
    ("mouthpiece", "spokesperson"),
    ("president", "head"),
    ("spokesman", "spokesperson"),
    ("spokeswoman", "spokesperson"),
];

/// The class of a role noun (see [`ROLE_CLASSES`]): `chairwoman` → `head`;
/// any other role as its full form (`rep.` → `representative`).
pub fn role_class(role: &str) -> &str {
    let role = role_key(role);
    ROLE_CLASSES
        .iter()
        .find(|(noun, _)| *noun == role)
        .map_or(role, |&(_, class)| class)
}

/// True for a courtesy title (`Mr.`, `Ms`, `Mrs.`), with or without its full stop.
pub fn is_courtesy_title(word: &str) -> bool {
    COURTESY_TITLES.contains(word.trim_end_matches('.'))
}

/// True for a role noun of someone speaking for an organisation.
pub fn is_spokesperson(word: &str) -> bool {
    SPOKESPERSONS.contains(word)
}

/// True for a possessive determiner (`his`, `her`, `their`): a role it opens
/// ("his lawyer") belongs to someone else than the one it names.
pub fn is_possessive_determiner(word: &str) -> bool {
    matches!(
        word,
        "his" | "her" | "their" | "its" | "our" | "my" | "your"
    )
}

/// True for a modifier that makes another role of the role after it.
pub fn is_binding_modifier(word: &str) -> bool {
    BINDING_MODIFIERS.contains(word)
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

/// Common nouns for people who hold no office ("a 64-year-old resident"), so
/// that an age before one is a person's age and an age before any other noun is
/// a thing's ("the 20-year-old dispute").
static PERSON_NOUNS: WordSet = WordSet::new(&[
    "accountant",
    "activist",
    "actor",
    "actress",
    "adult",
    "artist",
    "athlete",
    "attendee",
    "aunt",
    "baby",
    "banker",
    "boy",
    "boyfriend",
    "brother",
    "bystander",
    "carpenter",
    "child",
    "churchgoer",
    "citizen",
    "climber",
    "colleague",
    "commuter",
    "cousin",
    "crewman",
    "customer",
    "cyclist",
    "dad",
    "daughter",
    "deckhand",
    "demonstrator",
    "dockworker",
    "donor",
    "driver",
    "electrician",
    "employee",
    "entrepreneur",
    "evacuee",
    "eyewitness",
    "farmer",
    "farmhand",
    "father",
    "fiance",
    "fiancee",
    "fighter",
    "fisherman",
    "girl",
    "girlfriend",
    "gran",
    "grandchild",
    "granddaughter",
    "grandfather",
    "grandma",
    "grandmother",
    "grandpa",
    "grandson",
    "hiker",
    "homemaker",
    "homeowner",
    "husband",
    "immigrant",
    "infant",
    "inmate",
    "investor",
    "journalist",
    "laborer",
    "labourer",
    "landlord",
    "librarian",
    "lifeguard",
    "longshoreman",
    "man",
    "mechanic",
    "medic",
    "migrant",
    "miner",
    "mom",
    "monk",
    "mother",
    "motorist",
    "mourner",
    "mum",
    "musician",
    "neighbor",
    "neighbour",
    "nephew",
    "niece",
    "novelist",
    "nun",
    "nurse",
    "onlooker",
    "paramedic",
    "parent",
    "parishioner",
    "passenger",
    "patient",
    "pedestrian",
    "pensioner",
    "person",
    "picketer",
    "player",
    "plumber",
    "politician",
    "prisoner",
    "protester",
    "pupil",
    "refugee",
    "rescuer",
    "resident",
    "retiree",
    "sailor",
    "schoolboy",
    "schoolgirl",
    "shopkeeper",
    "shopper",
    "singer",
    "sister",
    "soldier",
    "son",
    "spouse",
    "striker",
    "student",
    "survivor",
    "suspect",
    "swimmer",
    "taxpayer",
    "teacher",
    "technician",
    "teen",
    "teenager",
    "tenant",
    "toddler",
    "tourist",
    "uncle",
    "veteran",
    "victim",
    "villager",
    "visitor",
    "volunteer",
    "voter",
    "widow",
    "widower",
    "wife",
    "witness",
    "woman",
    "worker",
    "worshipper",
    "writer",
    "youngster",
]);

/// True for a noun naming a person or people: a role or title, or a common
/// noun for people (`resident`, `woman`), singular or plural (`officials`).
pub fn is_person_noun(word: &str) -> bool {
    is_role_word(word)
        || is_role_word(word.trim_end_matches('s'))
        || PERSON_NOUNS.contains(word.trim_end_matches('s'))
        || PERSON_NOUNS.contains(word)
}

/// True for a loose descriptor of whoever is commenting ("expert", "analyst").
pub fn is_generic_role(word: &str) -> bool {
    GENERIC_ROLES.contains(word)
}
