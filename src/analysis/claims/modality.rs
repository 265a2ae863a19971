//! How certain a reported action is: agreed, considering, denied, …
//!
//! A small, documented vocabulary; the first cue in the sentence wins, and a
//! negation right before it ("did not confirm") is kept.

use crate::analysis::language::tokens::Token;
use crate::model::Span;

/// A modality cue in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModalityMention {
    /// Where the cue lies.
    pub span: Span,
    /// Normalised value (`agreed`, `considering`, `denied`, `not confirmed`, …).
    pub value: String,
}

/// Cue words (lower-case, as tokenized) and the modality they signal.
const CUES: &[(&str, &str)] = &[
    ("agreed", "agreed"),
    ("agree", "agreed"),
    ("agrees", "agreed"),
    ("signed", "agreed"),
    ("approved", "agreed"),
    ("committed", "agreed"),
    ("pledged", "agreed"),
    ("promised", "agreed"),
    ("decided", "agreed"),
    ("considering", "considering"),
    ("considered", "considering"),
    ("weighing", "considering"),
    ("mulling", "considering"),
    ("exploring", "considering"),
    ("plans", "considering"),
    ("expected", "expected"),
    ("planning", "considering"),
    ("may", "considering"),
    ("might", "considering"),
    ("could", "considering"),
    ("reportedly", "considering"),
    ("denied", "denied"),
    ("deny", "denied"),
    ("denies", "denied"),
    ("rejected", "denied"),
    ("refused", "refused"),
    ("declined", "refused"),
    ("confirmed", "confirmed"),
    ("confirm", "confirmed"),
    ("confirms", "confirmed"),
    ("acknowledged", "confirmed"),
    ("urged", "urged"),
    ("urges", "urged"),
    ("called", "urged"),
];

/// Words that negate the cue after them.
const NEGATIONS: &[&str] = &[
    "not", "never", "didn't", "did", "won't", "hasn't", "haven't", "no",
];

/// The first modality cue among `tokens`.
pub fn find_modality(tokens: &[Token]) -> Option<ModalityMention> {
    tokens.iter().enumerate().find_map(|(i, token)| {
        let (_, value) = CUES.iter().find(|(cue, _)| *cue == token.norm)?;
        if token.norm == "called" && tokens.get(i + 1).is_none_or(|t| t.norm != "on") {
            return None;
        }
        let negated = tokens[i.saturating_sub(2)..i]
            .iter()
            .any(|t| NEGATIONS.contains(&t.norm.as_str()) && t.norm != "did")
            || (i >= 2 && tokens[i - 2].norm == "did" && tokens[i - 1].norm == "not");
        let value = if negated {
            format!("not {value}")
        } else {
            (*value).to_string()
        };
        Some(ModalityMention {
            span: token.span,
            value,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::tokens::tokenize;

    fn modality(text: &str) -> Option<String> {
        find_modality(&tokenize(text, Span::new(0, text.len()))).map(|m| m.value)
    }

    #[test]
    fn normalises_cues() {
        assert_eq!(
            modality("the U.S. has agreed to buy some rounds").as_deref(),
            Some("agreed")
        );
        assert_eq!(
            modality("Washington was considering buying rounds").as_deref(),
            Some("considering")
        );
        assert_eq!(
            modality("Pyongyang has firmly denied sending weapons").as_deref(),
            Some("denied")
        );
        assert_eq!(
            modality("Officials did not confirm the talks").as_deref(),
            Some("not confirmed")
        );
        assert_eq!(
            modality("He called on Seoul to act").as_deref(),
            Some("urged")
        );
        assert_eq!(modality("He called it a mistake"), None);
        assert_eq!(modality("The vote passed"), None);
    }
}
