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
/// or event ("Central News Agency", "Supreme Court", "Korean War"). Words that are
/// also common surnames (Park, Hall, House) are left out.
pub(super) static ORG_HEADS: WordSet = WordSet::new(&[
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

/// True for a word that, first in a capitalised sequence, makes it a place.
pub fn is_place_modifier(word: &str) -> bool {
    PLACE_MODIFIERS.contains(word)
}

/// True for a word that, last in a capitalised sequence, makes it an organisation.
pub fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(word)
}
