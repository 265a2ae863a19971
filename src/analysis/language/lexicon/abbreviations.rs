//! Abbreviations written with a full stop, by whether they can end a sentence.

use super::WordSet;

/// Abbreviations always followed by a name or number in the same sentence
/// (titles, ranks, plural titles: `Sen.`, `Sens.`, `Gen.`, `St.`).
pub(super) static TITLE_ABBREVIATIONS: WordSet = WordSet::new(&[
    "adm", "amb", "atty", "brig", "capt", "cdr", "cmdr", "col", "cpl", "dep", "det", "dr", "fr",
    "ft", "gen", "gov", "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms",
    "mssrs", "mt", "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "sr", "st",
    "supt",
]);

/// Abbreviations that may also close a sentence (`Inc.`, `Jan.`, `No.`, `Jr.`).
pub(super) static FINAL_ABBREVIATIONS: WordSet = WordSet::new(&[
    "al", "approx", "apr", "art", "aug", "ave", "blvd", "bros", "ch", "co", "corp", "dec", "dept",
    "est", "etc", "feb", "fig", "govt", "inc", "jan", "jr", "jul", "jun", "ltd", "mar", "no",
    "nos", "nov", "oct", "p", "para", "pp", "rd", "sec", "sep", "sept", "vol", "vs",
]);

/// Abbreviated place names in datelines and addresses (`Salem, Ore.`, `Erie,
/// Pa.`): U.S. states in news style and Canadian provinces. Many are also
/// ordinary words in lower case (`ill`, `wash`, `ore`), so they count only
/// capitalised; they may end a sentence.
pub(super) static PLACE_ABBREVIATIONS: WordSet = WordSet::new(&[
    "ala", "alta", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "mass", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ont",
    "ore", "pa", "que", "sask", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
]);

/// True for a capitalised place abbreviation (`Ore`, `Pa`; without its full stop).
pub fn is_place_abbreviation(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
        && PLACE_ABBREVIATIONS.contains(&word.to_lowercase())
}

/// Times of day written with full stops (`9 a.m.`, `6 p.m.`), inner dots kept.
pub(super) static TIME_ABBREVIATIONS: WordSet = WordSet::new(&["a.m", "p.m"]);

/// True for a time-of-day abbreviation (lower-case, without its final full stop).
pub fn is_time_abbreviation(word: &str) -> bool {
    TIME_ABBREVIATIONS.contains(word)
}

/// True for a title abbreviation (lower-case, without its full stop).
pub fn is_title_abbreviation(word: &str) -> bool {
    TITLE_ABBREVIATIONS.contains(word)
}

/// True for an abbreviation that may end a sentence (lower-case, without its full stop).
pub fn is_final_abbreviation(word: &str) -> bool {
    FINAL_ABBREVIATIONS.contains(word)
}
