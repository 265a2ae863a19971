//! Clause units: a sentence cut where one statement ends and another begins, so
//! that a sentence carrying several facts gives several claims.
//!
//! A sentence is first cut into pieces at clause punctuation (semicolons,
//! colons, dashes, brackets, commas) and before a coordinating conjunction
//! (`and`, `but`, `while`). A piece with no fact of its own ("Pruitt,", "officials
//! said") joins the piece after it, or the one before when it is the last; a
//! conjunction only separates two pieces that both carry a fact.

use crate::analysis::language::lexicon::{opens_fronted_adverbial, opens_gerund_clause};
use crate::analysis::language::tokens::Token;
use crate::model::Span;

/// One clause unit of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    /// Where the unit lies.
    pub span: Span,
    /// Index of its first token in the sentence.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
}

/// Most words of an adverbial put before its clause (see [`units`]).
const MAX_FRONTED_WORDS: usize = 8;

/// How firmly two pieces are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    /// Before `and`, `but`, `or`, `while`: only between two facts.
    Conjunction,
    /// A comma.
    Comma,
    /// A semicolon, colon, dash or bracket.
    Strong,
}

/// Marks that end a clause more firmly than a comma: semicolon, colon,
/// brackets and the em dash (the spaced dashes `--` and ` – ` are strings, see
/// [`break_before`]).
pub(super) const CLAUSE_MARKS: [char; 7] = [';', ':', '(', ')', '[', ']', '—'];

/// Conjunctions that may join two clauses.
fn is_conjunction(word: &str) -> bool {
    matches!(
        word,
        "and" | "but" | "or" | "while" | "whereas" | "although" | "though" | "plus"
    )
}

/// The break before token `k` (if any), from the text between it and the token
/// before; a gap inside one of the `whole` spans never breaks.
fn break_before(text: &str, tokens: &[Token], k: usize, whole: &[Span]) -> Option<Break> {
    let gap_span = Span::new(tokens[k - 1].span.end, tokens[k].span.start);
    let inside_whole = whole.iter().any(|q| q.contains(gap_span));
    let gap = gap_span.slice(text);
    // A mark between two digits inside one word ("4:12 a.m.", a score of
    // "3:1") joins them.
    let within_a_number = !gap.is_empty()
        && !gap.contains(char::is_whitespace)
        && tokens[k - 1].norm.ends_with(|c: char| c.is_ascii_digit())
        && tokens[k].norm.starts_with(|c: char| c.is_ascii_digit());
    if !inside_whole && !within_a_number {
        if gap.contains(CLAUSE_MARKS) || gap.contains("--") || gap.contains(" – ") {
            return Some(Break::Strong);
        }
        if gap.contains(',') {
            return Some(Break::Comma);
        }
    }
    (is_conjunction(&tokens[k].norm) || starts_gerund_clause(text, tokens, k))
        .then_some(Break::Conjunction)
}

/// True when token `k` is a preposition opening a gerund clause
/// ("sentenced to four years | for embezzling $1.2 million over six years",
/// "fined $500 | after admitting two counts"): a statement of its own, cut
/// like a conjunction's, only between two facts.
fn starts_gerund_clause(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(word) = tokens.get(k + 1) else {
        return false;
    };
    let gerund = word.norm.len() > 5
        && word.norm.ends_with("ing")
        && word.span.slice(text).starts_with(char::is_lowercase);
    gerund
        && opens_gerund_clause(&tokens[k].norm)
        && text[tokens[k].span.end..word.span.start] == *" "
}

/// Cuts a sentence of `tokens` into clause units, given how many anchoring facts
/// start at each token (`anchors[k]`).
pub fn units(text: &str, tokens: &[Token], anchors: &[usize], whole: &[Span]) -> Vec<Unit> {
    if tokens.is_empty() {
        return Vec::new();
    }
    // Pieces: (first, end, break before the piece, anchors in it).
    let mut pieces: Vec<(usize, usize, Option<Break>, usize)> = Vec::new();
    let mut start = 0;
    let mut before = None;
    for k in 1..=tokens.len() {
        let cut = if k == tokens.len() {
            Some(Break::Strong)
        } else {
            break_before(text, tokens, k, whole)
        };
        if let Some(kind) = cut {
            let count = anchors[start..k].iter().sum();
            pieces.push((start, k, before, count));
            start = k;
            before = (k < tokens.len()).then_some(kind);
        }
    }
    // A short adverbial of time or extent put first ("For more than five
    // years, the checks went out") belongs to the clause after it.
    if pieces.len() > 1
        && pieces[1].2 == Some(Break::Comma)
        && pieces[0].1 <= MAX_FRONTED_WORDS
        && opens_fronted_adverbial(&tokens[0].norm)
    {
        let next = pieces.remove(1);
        pieces[0].1 = next.1;
        pieces[0].3 += next.3;
    }
    // A conjunction separates only two pieces that both carry a fact.
    let mut merged: Vec<(usize, usize, Option<Break>, usize)> = Vec::new();
    for piece in pieces {
        match merged.last_mut() {
            Some(last) if piece.2 == Some(Break::Conjunction) && (last.3 == 0 || piece.3 == 0) => {
                last.1 = piece.1;
                last.3 += piece.3;
            }
            _ => merged.push(piece),
        }
    }
    // Pieces without a fact join the next piece, or the previous when last or
    // when they are a bracketed aside ("1.2 billion euros ($1.3 billion)").
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    let mut pending: Option<usize> = None;
    for (first, end, _, count) in merged {
        if count == 0
            && pending.is_none()
            && is_aside(text, tokens, first, end)
            && let Some(last) = out.last_mut()
        {
            last.1 = end;
            continue;
        }
        let first = pending.take().unwrap_or(first);
        if count == 0 {
            pending = Some(first);
            continue;
        }
        out.push((first, end, count));
    }
    if let Some(first) = pending {
        match out.last_mut() {
            Some(last) => last.1 = tokens.len(),
            None => out.push((first, tokens.len(), 0)),
        }
    }
    out.into_iter()
        .map(|(first, end, _)| Unit {
            span: Span::new(tokens[first].span.start, unit_end(text, tokens, end)),
            first,
            end,
        })
        .collect()
}

/// True when tokens `first..end` are set in brackets: an aside to what comes
/// before them.
fn is_aside(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    let opened =
        first > 0 && text[tokens[first - 1].span.end..tokens[first].span.start].contains('(');
    let limit = tokens.get(end).map_or(text.len(), |t| t.span.start);
    opened && text[tokens[end - 1].span.end..limit].contains(')')
}

/// The end of a unit ending before token `end`: after its last word, with a
/// closing bracket, quote or sentence punctuation that follows it directly.
fn unit_end(text: &str, tokens: &[Token], end: usize) -> usize {
    let last = tokens[end - 1].span.end;
    let limit = tokens.get(end).map_or(text.len(), |t| t.span.start);
    let tail = &text[last..limit];
    let keep: usize = tail
        .char_indices()
        .take_while(|(_, c)| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | '%'))
        .map(|(i, c)| i + c.len_utf8())
        .last()
        .unwrap_or(0);
    last + keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::tokens::tokenize;

    /// Units of `text` where the words listed in `facts` anchor a fact.
    fn cut(text: &str, facts: &[&str]) -> Vec<String> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        let anchors: Vec<usize> = tokens
            .iter()
            .map(|t| usize::from(facts.contains(&t.span.slice(text))))
            .collect();
        units(text, &tokens, &anchors, &[])
            .into_iter()
            .map(|u| u.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn a_name_and_its_age_form_one_unit() {
        assert_eq!(
            cut("Pruitt, 58, pleaded guilty on Tuesday.", &["58", "pleaded"]),
            ["Pruitt, 58", "pleaded guilty on Tuesday."]
        );
    }

    #[test]
    fn a_clock_time_is_one_word() {
        assert_eq!(
            cut(
                "The quake hit at 4:12 a.m. near the coast: 37 homes fell.",
                &["hit", "37"]
            ),
            [
                "The quake hit at 4:12 a.m. near the coast",
                "37 homes fell."
            ]
        );
    }

    #[test]
    fn a_gerund_clause_with_a_fact_of_its_own_is_a_unit() {
        assert_eq!(
            cut(
                "He was sentenced to four years for embezzling $1.2 million over six years.",
                &["sentenced", "four", "$1.2", "six"]
            ),
            [
                "He was sentenced to four years",
                "for embezzling $1.2 million over six years."
            ]
        );
        // Without a fact of its own it stays with its clause.
        assert_eq!(
            cut(
                "He was fined $500 after admitting guilt.",
                &["fined", "$500"]
            ),
            ["He was fined $500 after admitting guilt."]
        );
    }

    #[test]
    fn an_attribution_joins_the_clause_before() {
        assert_eq!(
            cut("The bill passed 97 to 51, officials said.", &["passed"]),
            ["The bill passed 97 to 51, officials said."]
        );
    }

    #[test]
    fn lists_of_amounts_split_at_commas_and_conjunctions() {
        assert_eq!(
            cut(
                "She bought a $34,150 boat, $9,875 in jewelry and a $6,218 trip.",
                &["34,150", "9,875", "6,218"]
            ),
            [
                "She bought a $34,150 boat",
                "9,875 in jewelry",
                "and a $6,218 trip."
            ]
        );
    }

    #[test]
    fn a_bracketed_aside_without_a_fact_joins_the_clause_before() {
        assert_eq!(
            cut(
                "It could fetch 1.2 billion euros ($1.3 billion), three people said.",
                &["1.2", "three"]
            ),
            [
                "It could fetch 1.2 billion euros ($1.3 billion)",
                "three people said."
            ]
        );
        assert_eq!(
            cut(
                "The bill (SB 212) passed, and the governor (a Democrat) signed it.",
                &["passed", "signed"]
            ),
            [
                "The bill (SB 212) passed",
                "and the governor (a Democrat) signed it."
            ]
        );
    }

    #[test]
    fn a_conjunction_without_a_second_fact_does_not_split() {
        assert_eq!(
            cut(
                "The mayor ordered flags lowered and asked residents to stay home.",
                &["ordered"]
            ),
            ["The mayor ordered flags lowered and asked residents to stay home."]
        );
        assert_eq!(
            cut(
                "The senate passed the bill and the governor signed it.",
                &["passed", "signed"]
            ),
            ["The senate passed the bill", "and the governor signed it."]
        );
    }

    #[test]
    fn a_short_adverbial_put_first_belongs_to_its_clause() {
        assert_eq!(
            cut(
                "Over six years, the payments went out, a few hundred dollars at a time.",
                &["six", "went", "hundred"]
            ),
            [
                "Over six years, the payments went out",
                "a few hundred dollars at a time."
            ]
        );
        // Only a preposition of time or extent opens one, and only a short one.
        assert_eq!(
            cut("Pruitt, 58, wrote 143 checks.", &["58", "143"]),
            ["Pruitt, 58", "wrote 143 checks."]
        );
        assert_eq!(
            cut(
                "For the nine members of the county board who voted on the plan in May, the cost rose.",
                &["nine", "rose"]
            ),
            [
                "For the nine members of the county board who voted on the plan in May",
                "the cost rose."
            ]
        );
    }
}
