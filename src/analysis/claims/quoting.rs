//! The verb that attributes a quotation, which reports the speaking, not an
//! event of the story.
//!
//! Many speech verbs also name events ("declared a state of emergency",
//! "announced the closure", "promised an inquiry"). Next to a quotation they
//! only say who spoke: in '"…," declared Mr. Metz' or 'the mayor warned: "…"'
//! the quotation holds what was said, and the verb is no declaring or warning
//! of anything another outlet reports. A speech verb attributes a quotation
//! when it follows the quotation's close with at most its subject between
//! (capitalised words of a name, titles, "the" and role words: '"…," the
//! minister declared'), or when only a colon or comma stands between it and the
//! quotation that follows ('Metz declared: "…"').

use crate::analysis::language::lexicon::{is_role_word, is_speech_verb, is_stop_word};
use crate::analysis::language::quote_marks::is_quote_mark;
use crate::analysis::language::tokens::Token;
use crate::model::Span;

/// Most words of a subject between a quotation's close and its verb
/// ('"…," Transport Minister Jonas Metz declared').
const MAX_SUBJECT_WORDS: usize = 5;

/// True when token `i` of `tokens` is a speech verb attributing a quotation of
/// `quoted` (the quoted parts, marks excluded, sorted) next to it.
pub fn attributes_a_quotation(text: &str, tokens: &[Token], i: usize, quoted: &[Span]) -> bool {
    let verb = &tokens[i];
    if !is_speech_verb(&verb.norm) {
        return false;
    }
    let before = quoted.iter().rev().find(|q| q.end <= verb.span.start);
    let after = quoted.iter().find(|q| q.start >= verb.span.end);
    before.is_some_and(|q| subject_only(text, tokens, q.end, i))
        || after.is_some_and(|q| marks_only(&text[verb.span.end..q.start]))
}

/// True when between byte `from` (a quotation's end) and token `verb` stand
/// only closing marks, punctuation and at most a short subject.
fn subject_only(text: &str, tokens: &[Token], from: usize, verb: usize) -> bool {
    let between = &tokens[tokens[..verb].partition_point(|t| t.span.start < from)..verb];
    let first_start = between
        .first()
        .map_or(tokens[verb].span.start, |t| t.span.start);
    if !marks_only(&text[from..first_start]) || between.len() > MAX_SUBJECT_WORDS {
        return false;
    }
    between.iter().all(|t| {
        let written = t.span.slice(text);
        written.starts_with(char::is_uppercase)
            || is_role_word(&t.norm)
            || (is_stop_word(&t.norm) && !written.chars().any(|c| c.is_ascii_digit()))
    })
}

/// True for text of nothing but whitespace, quotation marks and clause
/// punctuation.
fn marks_only(between: &str) -> bool {
    between
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | ':') || is_quote_mark(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::tokens::tokenize;

    /// Whether `verb` attributes the quotation between the first two
    /// quotation marks of `text`.
    fn attributes(text: &str, verb: &str) -> bool {
        let open = text.find(is_quote_mark).unwrap();
        let open = open + text[open..].chars().next().unwrap().len_utf8();
        let close = open + text[open..].find(is_quote_mark).unwrap();
        let tokens = tokenize(text, Span::new(0, text.len()));
        let i = tokens.iter().position(|t| t.norm == verb).unwrap();
        attributes_a_quotation(text, &tokens, i, &[Span::new(open, close)])
    }

    #[test]
    fn a_speech_verb_beside_its_quotation_attributes_it() {
        assert!(attributes(
            r#""There will be an inquiry," declared Mr. Metz."#,
            "declared"
        ));
        assert!(attributes(
            r#""We will rebuild," the mayor promised on Friday."#,
            "promised"
        ));
        assert!(attributes(
            r#""It is over," Transport Minister Jonas Metz announced."#,
            "announced"
        ));
        assert!(attributes(
            r#"The governor declared: "Help is on the way.""#,
            "declared"
        ));
    }

    #[test]
    fn a_quotation_in_any_typography_is_attributed_past_its_marks() {
        assert!(attributes(
            "‹There will be an inquiry›, declared Mr. Metz.",
            "declared"
        ));
        assert!(attributes(
            "„There will be an inquiry‟, declared Mr. Metz.",
            "declared"
        ));
    }

    #[test]
    fn a_speech_verb_with_an_object_of_its_own_states_an_event() {
        assert!(!attributes(
            r#""It was chaos," he said, and the government declared Thursday a day of mourning."#,
            "declared"
        ));
        assert!(!attributes(
            r#"The council announced the closure after residents called it "a disgrace.""#,
            "announced"
        ));
    }
}
