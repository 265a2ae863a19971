//! British and American spellings of one word, so that a remark quoted by a
//! London wire and by a New York paper reads as the same words ("rumours" /
//! "rumors", "organised" / "organized", "centre" / "center", "travelled" /
//! "traveled").
//!
//! Each word is mapped to one spelling by its ending alone, the same way on both
//! sides, so a word that merely looks British ("devour") maps to a form no
//! other word has and still equals itself. Short words are left alone: "four",
//! "hour", "your" and "tour" end in `our` without being British.

use std::borrow::Cow;

/// Shortest word whose ending is read as a British spelling.
const MIN_LEN: usize = 6;

/// Endings written one way in Britain and another in America, British first;
/// longer endings first, so `ours` is tried before `our`.
const ENDINGS: &[(&str, &str)] = &[
    ("isations", "izations"),
    ("isation", "ization"),
    ("ourable", "orable"),
    ("ouring", "oring"),
    ("elling", "eling"),
    ("ourite", "orite"),
    ("ourer", "orer"),
    ("oured", "ored"),
    ("illed", "iled"),
    ("elled", "eled"),
    ("ising", "izing"),
    ("ysing", "yzing"),
    ("ours", "ors"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ysed", "yzed"),
    ("yses", "yzes"),
    ("tres", "ters"),
    ("our", "or"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("tre", "ter"),
];

/// The American spelling of a lower-case `word` when its ending is a British
/// one (see [`ENDINGS`]); the word itself otherwise.
pub fn american(word: &str) -> Cow<'_, str> {
    if word.len() < MIN_LEN || !word.is_ascii() {
        return Cow::Borrowed(word);
    }
    for (british, us) in ENDINGS {
        if let Some(stem) = word.strip_suffix(british) {
            return Cow::Owned(format!("{stem}{us}"));
        }
    }
    Cow::Borrowed(word)
}

#[cfg(test)]
mod tests {
    use super::american;

    #[test]
    fn british_endings_take_the_american_spelling() {
        for (british, us) in [
            ("rumours", "rumors"),
            ("labour", "labor"),
            ("favourite", "favorite"),
            ("organised", "organized"),
            ("organisation", "organization"),
            ("analyse", "analyze"),
            ("centre", "center"),
            ("theatres", "theaters"),
            ("travelled", "traveled"),
            ("cancelling", "canceling"),
        ] {
            assert_eq!(american(british), us, "{british}");
            assert_eq!(american(british), american(us), "{british} / {us}");
        }
    }

    #[test]
    fn short_words_and_american_spellings_stay() {
        for word in [
            "four", "hour", "your", "tour", "rumors", "center", "labor", "said",
        ] {
            assert_eq!(american(word), word);
        }
    }
}
