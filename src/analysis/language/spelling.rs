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

/// British spellings that no ending rule gives, with their American form;
/// sorted by the British word. Words whose American form is another English
/// word ("cheque" / "check", "storey" / "story", "draught" / "draft") are
/// left out: folding them would make two words one.
const WORDS: &[(&str, &str)] = &[
    ("ageing", "aging"),
    ("aluminium", "aluminum"),
    ("analogue", "analog"),
    ("catalogue", "catalog"),
    ("catalogues", "catalogs"),
    ("defence", "defense"),
    ("defences", "defenses"),
    ("enquiries", "inquiries"),
    ("enquiry", "inquiry"),
    ("grey", "gray"),
    ("jewellery", "jewelry"),
    ("judgement", "judgment"),
    ("judgements", "judgments"),
    ("licence", "license"),
    ("licences", "licenses"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("offence", "offense"),
    ("offences", "offenses"),
    ("practise", "practice"),
    ("practised", "practiced"),
    ("practising", "practicing"),
    ("pretence", "pretense"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("sceptic", "skeptic"),
    ("sceptical", "skeptical"),
    ("sceptics", "skeptics"),
    ("tyre", "tire"),
    ("tyres", "tires"),
];

/// The American spelling of a lower-case `word` when it is a British one: a
/// word of [`WORDS`], or a British ending (see [`ENDINGS`]); the word itself
/// otherwise.
pub fn american(word: &str) -> Cow<'_, str> {
    if let Ok(i) = WORDS.binary_search_by(|(british, _)| british.cmp(&word)) {
        return Cow::Borrowed(WORDS[i].1);
    }
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
            ("defence", "defense"),
            ("programmes", "programs"),
            ("grey", "gray"),
            ("practised", "practiced"),
        ] {
            assert_eq!(american(british), us, "{british}");
            assert_eq!(american(british), american(us), "{british} / {us}");
        }
    }

    #[test]
    fn the_word_table_is_sorted_and_every_british_form_is_folded() {
        assert!(super::WORDS.windows(2).all(|w| w[0].0 < w[1].0));
        for (british, us) in super::WORDS {
            assert_eq!(american(british), *us, "{british}");
        }
        for (british, _) in super::ENDINGS {
            let word = format!("abcdef{british}");
            assert_ne!(american(&word), word, "{british}");
        }
    }

    #[test]
    fn short_words_and_american_spellings_stay() {
        for word in [
            "four", "hour", "your", "tour", "rumors", "center", "labor", "said", "defense",
            "check", "story", "draft",
        ] {
            assert_eq!(american(word), word);
        }
    }
}
