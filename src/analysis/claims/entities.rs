//! Named entities and attributions, by capitalisation and a few cue words.
//!
//! Coarse on purpose: a run of capitalised words is a name; it is an
//! organisation when it is an acronym or holds an organisation word, a place
//! after a place preposition, a person after a title or role word, otherwise a
//! person when it has two or more words. Titles and role words split a run:
//! "NATO Secretary General Jens Stoltenberg" gives NATO and Jens Stoltenberg.

use crate::analysis::language::tokens::{Token, is_stop_word};

use super::dates::{MONTHS, WEEKDAYS};

/// A named entity in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    /// `person`, `place`, `organisation` or `name`.
    pub kind: &'static str,
    /// The name as written.
    pub name: String,
}

/// Words that make a name an organisation.
const ORGANISATION_WORDS: &[&str] = &[
    "agency",
    "alliance",
    "army",
    "assembly",
    "association",
    "bank",
    "bureau",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "council",
    "court",
    "department",
    "ministry",
    "navy",
    "office",
    "organization",
    "organisation",
    "parliament",
    "party",
    "pentagon",
    "police",
    "senate",
    "service",
    "society",
    "treaty",
    "union",
    "university",
    "institute",
    "group",
    "inc",
    "ltd",
];

/// Titles and role words: they introduce a name but are not part of it.
const TITLES: &[&str] = &[
    "president",
    "secretary",
    "general",
    "minister",
    "chief",
    "head",
    "director",
    "mr",
    "mrs",
    "ms",
    "dr",
];

/// True for capitalised words that do not start a name: titles, months, weekdays.
fn is_not_a_name(word: &str) -> bool {
    TITLES.contains(&word) || MONTHS.contains(&word) || WEEKDAYS.contains(&word)
}

/// Finds the named entities among a sentence's tokens.
pub fn find_entities(text: &str, tokens: &[Token]) -> Vec<EntityMention> {
    let mut found: Vec<EntityMention> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_word(text, &tokens[i]) || (i == 0 && is_stop_word(&tokens[i].norm)) {
            i += 1;
            continue;
        }
        let start = i;
        while i < tokens.len() && is_name_word(text, &tokens[i]) {
            i += 1;
        }
        let mut after_title = false;
        let mut segment_start = start;
        for k in start..=i {
            let is_title = k < i && is_not_a_name(&tokens[k].norm);
            if k == i || is_title {
                if segment_start < k {
                    let words: Vec<&Token> = tokens[segment_start..k].iter().collect();
                    let name =
                        text[words[0].span.start..words[words.len() - 1].span.end].to_string();
                    let kind = if after_title {
                        "person"
                    } else {
                        classify(text, tokens, segment_start, &words)
                    };
                    if !found.iter().any(|e| e.name == name) {
                        found.push(EntityMention { kind, name });
                    }
                }
                after_title = is_title;
                segment_start = k + 1;
            }
        }
    }
    found
}

/// True for a capitalised word that can be part of a name.
fn is_name_word(text: &str, token: &Token) -> bool {
    let written = token.span.slice(text);
    written.starts_with(char::is_uppercase) && written.chars().any(char::is_alphabetic)
}

/// Decides the kind of the name made of `words`, starting at token `start`.
fn classify(text: &str, tokens: &[Token], start: usize, words: &[&Token]) -> &'static str {
    let acronym = words.len() == 1 && {
        let written = words[0].span.slice(text);
        written.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && written == written.to_uppercase()
    };
    if acronym
        || words
            .iter()
            .any(|w| ORGANISATION_WORDS.contains(&w.norm.as_str()))
    {
        return "organisation";
    }
    let after_place_word = start > 0
        && matches!(
            tokens[start - 1].norm.as_str(),
            "in" | "to" | "from" | "at" | "near" | "across"
        );
    if after_place_word {
        "place"
    } else if words.len() >= 2 {
        "person"
    } else {
        "name"
    }
}

/// Verbs that attribute a statement to its source.
const ATTRIBUTION_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "reported",
    "stated",
    "announced",
    "wrote",
    "added",
    "noted",
    "warned",
    "argued",
    "testified",
    "claimed",
    "insisted",
    "confirmed",
];

/// The source of "according to X" or "X said/told/reported" in a sentence, if any.
pub fn find_attribution(text: &str, tokens: &[Token]) -> Option<String> {
    if let Some(i) = tokens
        .windows(2)
        .position(|w| w[0].norm == "according" && w[1].norm == "to")
    {
        let source: Vec<&Token> = tokens[i + 2..]
            .iter()
            .take(6)
            .take_while(|t| {
                !matches!(
                    t.norm.as_str(),
                    "who" | "which" | "that" | "although" | "but"
                )
            })
            .collect();
        return phrase(text, &source);
    }
    let verb = tokens
        .iter()
        .position(|t| ATTRIBUTION_VERBS.contains(&t.norm.as_str()))?;
    let before: Vec<&Token> = tokens[..verb]
        .iter()
        .rev()
        .take_while(|t| is_name_word(text, t))
        .collect();
    let before: Vec<&Token> = before.into_iter().rev().collect();
    if !before.is_empty() {
        return phrase(text, &before);
    }
    let after: Vec<&Token> = tokens[verb + 1..]
        .iter()
        .take_while(|t| is_name_word(text, t))
        .collect();
    phrase(text, &after)
}

/// The text from the first to the last token, trimmed of trailing punctuation.
fn phrase(text: &str, tokens: &[&Token]) -> Option<String> {
    let (first, last) = (tokens.first()?, tokens.last()?);
    Some(
        text[first.span.start..last.span.end]
            .trim_end_matches(['.', ','])
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::tokens::tokenize;
    use crate::model::Span;

    fn tokens(text: &str) -> Vec<Token> {
        tokenize(text, Span::new(0, text.len()))
    }

    #[test]
    fn names_and_kinds() {
        let text = "NATO Secretary General Jens Stoltenberg met officials in Seoul on Monday with the Korean Central News Agency.";
        let found = find_entities(text, &tokens(text));
        let pairs: Vec<(&str, &str)> = found.iter().map(|e| (e.kind, e.name.as_str())).collect();
        assert!(pairs.contains(&("person", "Jens Stoltenberg")), "{pairs:?}");
        assert!(pairs.contains(&("place", "Seoul")), "{pairs:?}");
        assert!(
            pairs.contains(&("organisation", "Korean Central News Agency")),
            "{pairs:?}"
        );
        assert!(!pairs.iter().any(|(_, n)| *n == "Monday"));
    }

    #[test]
    fn attributions() {
        let text = "The U.S. will buy rounds, according to a U.S. official who spoke anonymously.";
        assert_eq!(
            find_attribution(text, &tokens(text)).as_deref(),
            Some("a U.S. official")
        );
        let text = "The budget will shrink, Finance Minister Ana Ruiz said on Friday.";
        assert_eq!(
            find_attribution(text, &tokens(text)).as_deref(),
            Some("Finance Minister Ana Ruiz")
        );
        let text = "“The agency ignored its scientists,” wrote Judge Maria Ortega.";
        assert_eq!(
            find_attribution(text, &tokens(text)).as_deref(),
            Some("Judge Maria Ortega")
        );
        let text = "The tanks arrived in March.";
        assert_eq!(find_attribution(text, &tokens(text)), None);
    }
}
