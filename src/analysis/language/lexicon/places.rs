//! Words that make a capitalised sequence a place or an institution rather than a person.

use super::WordSet;

/// Words that, opening a capitalised sequence, make it a place or institution
/// ("South Korea", "National Assembly", "White House").
pub(super) static PLACE_MODIFIERS: WordSet = WordSet::new(&[
    "central", "east", "eastern", "federal", "great", "lower", "national", "new", "north",
    "northern", "royal", "south", "southern", "supreme", "united", "upper", "west", "western",
    "white",
]);

/// Head nouns that, closing a capitalised sequence, make it an organisation, place
/// or event ("Central News Agency", "Supreme Court", "Korean War"), among them
/// the trades that close a business's name ("Aldgate Fine Art Underwriters",
/// "Norland Motors"). Words that are
/// also common surnames (Park, Hall, House) are left out. So do the words that
/// close the name of a campaign or advocacy group ("Taxpayers First", "Ohio
/// Forward"): no surname is one of them. ("United" is not among them: it opens
/// more names than it closes, "United Auto Workers".)
pub(super) static ORG_HEADS: WordSet = WordSet::new(&[
    "academy",
    "act",
    "administration",
    "agency",
    "agreement",
    "airline",
    "airlines",
    "airport",
    "airways",
    "alliance",
    "army",
    "assembly",
    "associates",
    "association",
    "assurance",
    "authority",
    "avenue",
    "bancorp",
    "bank",
    "base",
    "board",
    "brewery",
    "bureau",
    "cabinet",
    "capital",
    "cathedral",
    "caucus",
    "cemetery",
    "center",
    "centre",
    "channel",
    "chemicals",
    "chronicle",
    "church",
    "city",
    "club",
    "co",
    "coast",
    "college",
    "command",
    "commission",
    "committee",
    "communications",
    "company",
    "congress",
    "construction",
    "convention",
    "corp",
    "corporation",
    "corps",
    "council",
    "county",
    "courier",
    "court",
    "creek",
    "cup",
    "department",
    "dispatch",
    "district",
    "electric",
    "elementary",
    "embassy",
    "energy",
    "express",
    "falls",
    "fc",
    "federation",
    "first",
    "foods",
    "force",
    "forces",
    "forum",
    "forward",
    "foundation",
    "fund",
    "gallery",
    "games",
    "gazette",
    "government",
    "group",
    "gulf",
    "herald",
    "holdings",
    "hospital",
    "hotels",
    "inc",
    "industries",
    "institute",
    "insurance",
    "investments",
    "island",
    "islands",
    "journal",
    "kingdom",
    "league",
    "ledger",
    "library",
    "llc",
    "logistics",
    "ltd",
    "media",
    "mining",
    "ministry",
    "motors",
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
    "partners",
    "party",
    "peninsula",
    "petroleum",
    "pharmaceuticals",
    "plc",
    "police",
    "properties",
    "province",
    "radio",
    "railroad",
    "railway",
    "railways",
    "region",
    "republic",
    "river",
    "road",
    "route",
    "school",
    "sea",
    "securities",
    "senate",
    "sentinel",
    "service",
    "shipping",
    "society",
    "solutions",
    "stadium",
    "state",
    "states",
    "station",
    "street",
    "systems",
    "technologies",
    "telecom",
    "times",
    "township",
    "treaty",
    "tribunal",
    "tribune",
    "underwriters",
    "union",
    "university",
    "utility",
    "valley",
    "war",
    "world",
]);

/// True for a word that, first in a capitalised sequence, makes it a place.
pub fn is_place_modifier(word: &str) -> bool {
    PLACE_MODIFIERS.contains(word)
}

/// True for a word that, last in a capitalised sequence, makes it an organisation.
pub fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(word)
}

/// Institution nouns named after the person who leads them (`the Biden
/// administration`, `the Starmer government`, `the Haley campaign`): the name
/// before them is that person's, not the institution's.
pub(super) static LED_BODIES: WordSet = WordSet::new(&[
    "administration",
    "cabinet",
    "camp",
    "campaign",
    "government",
    "team",
]);

/// True for an institution named after its leader (see [`LED_BODIES`]).
pub fn is_led_body(word: &str) -> bool {
    LED_BODIES.contains(word)
}

/// Words that close a company's name (`Acme Corp.`, `Kessler & Sons Inc.`), so
/// that "the company" or "the firm" can mean it.
pub(super) static CORPORATE_SUFFIXES: WordSet = WordSet::new(&[
    "co",
    "company",
    "corp",
    "corporation",
    "gmbh",
    "group",
    "holdings",
    "inc",
    "industries",
    "llc",
    "ltd",
    "partners",
    "plc",
]);

/// Nouns that describe a business right before its name ("chipmaker Nvidia",
/// "harbor operator Nordport", "the insurer Allianz"): the name is a
/// company's, and "the company" may refer back to it.
pub(super) static COMPANY_DESCRIPTORS: WordSet = WordSet::new(&[
    "airline",
    "automaker",
    "bank",
    "broadcaster",
    "carmaker",
    "carrier",
    "chipmaker",
    "company",
    "conglomerate",
    "developer",
    "drugmaker",
    "firm",
    "insurer",
    "lender",
    "manufacturer",
    "miner",
    "operator",
    "producer",
    "publisher",
    "retailer",
    "startup",
    "supplier",
    "utility",
]);

/// True for a noun that describes a business before its name (see
/// [`COMPANY_DESCRIPTORS`]).
pub fn is_company_descriptor(word: &str) -> bool {
    COMPANY_DESCRIPTORS.contains(word)
}

/// True for a noun that, right before a capitalised name, says the name is an
/// organisation's: a business ([`COMPANY_DESCRIPTORS`]) or any organisation
/// ([`GENERIC_ORG_NOUNS`]: "the group Human Rights Watch").
pub fn is_org_descriptor(word: &str) -> bool {
    COMPANY_DESCRIPTORS.contains(word) || GENERIC_ORG_NOUNS.contains(word)
}

/// The nouns by which a writer refers back to a business whose name ends in
/// the trade `head` ("Aldgate Fine Art Underwriters … the insurer said",
/// "Norland Motors … the carmaker"); empty for a head that names no trade.
pub fn trade_nouns(head: &str) -> &'static [&'static str] {
    match head {
        "insurance" | "assurance" | "underwriters" => &["insurer"],
        "airline" | "airlines" | "airways" => &["airline", "carrier"],
        "motors" => &["automaker", "carmaker", "manufacturer"],
        "bank" | "bancorp" => &["bank", "lender"],
        "mining" => &["miner"],
        "pharmaceuticals" => &["drugmaker", "manufacturer"],
        "energy" | "electric" => &["utility", "producer"],
        "shipping" | "logistics" => &["carrier", "operator"],
        "construction" | "properties" => &["developer"],
        "petroleum" | "chemicals" | "foods" | "brewery" => &["producer", "manufacturer"],
        "telecom" | "communications" => &["operator", "carrier"],
        _ => &[],
    }
}

/// Nouns by which a writer refers back to a company named earlier.
pub(super) static COMPANY_NOUNS: WordSet = WordSet::new(&["company", "corporation", "firm"]);

/// Prepositions that put a place after them ("in Drelsk", "from Varnesia"):
/// a capitalised word seen after one is a place more likely than a surname.
pub(super) static PLACE_PREPOSITIONS: WordSet = WordSet::new(&[
    "across",
    "from",
    "in",
    "inside",
    "into",
    "near",
    "outside",
    "throughout",
    "to",
    "toward",
    "towards",
]);

/// True for a preposition that puts a place after it.
pub fn is_place_preposition(word: &str) -> bool {
    PLACE_PREPOSITIONS.contains(word)
}

/// True for a preposition of place that takes places only ("in", "near",
/// "across"): "to" and "from" also take people ("a letter to Smith").
pub fn is_locative_preposition(word: &str) -> bool {
    is_place_preposition(word) && !matches!(word, "to" | "from" | "toward" | "towards")
}

/// Nouns by which a writer refers back to any organisation named earlier,
/// whatever its name ("the Salvation Army … the organization said").
pub(super) static GENERIC_ORG_NOUNS: WordSet =
    WordSet::new(&["body", "group", "organisation", "organization"]);

/// True for a word that closes a company's name.
pub fn is_corporate_suffix(word: &str) -> bool {
    CORPORATE_SUFFIXES.contains(word.trim_end_matches('.'))
}

/// The company nouns ("company", "firm") that may refer back to a company.
pub fn company_nouns() -> &'static [&'static str] {
    COMPANY_NOUNS.words
}

/// The generic nouns ("organization", "group") that may refer back to any
/// organisation.
pub fn generic_org_nouns() -> &'static [&'static str] {
    GENERIC_ORG_NOUNS.words
}
