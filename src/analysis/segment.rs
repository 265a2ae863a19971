//! Sentence segmentation for news text.
//!
//! A sentence ends at `.`, `!`, `?`, an ellipsis, or a CJK full stop, together with
//! any closing quotes and brackets that follow, when the next word starts a new
//! sentence. What "starts a new sentence" depends on what ended the last one:
//!
//! - a lower-case next word never does (`"Go!" she shouted`, `… if you believe`);
//! - after a title (`Mr.`, `Gen.`) or an initial (`George W. Bush`) nothing does;
//! - after an abbreviation that may also end a sentence (`U.S.`, `Inc.`, `Jan.`,
//!   `a.m.`) only a typical sentence opener does (`the U.S. How about you?` splits,
//!   `the U.S. Navy` does not), and a number never does (`Jan. 20`, `No. 5`);
//! - after any other word, a capital, digit, quote or bracket does.
//!
//! Full stops need whitespace after them, so decimals, thousands, versions, domains
//! and dotted acronyms inside a word never split. Line breaks inside a paragraph are
//! plain whitespace, so a sentence runs across a hard wrap.

use crate::analysis::language::lexicon::{
    is_final_abbreviation, is_sentence_opener, is_title_abbreviation,
};
use crate::model::Span;

/// Splits the paragraph at `range` of `text` into sentence spans (trimmed, non-empty).
pub fn split_sentences(text: &str, range: Span) -> Vec<Span> {
    let para = range.slice(text);
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    while let Some(found) = next_terminator(para, pos) {
        let end = absorb_closers(para, found.end);
        pos = end;
        let next = skip_space(para, end);
        if next >= para.len() {
            break;
        }
        if found.cjk || starts_new_sentence(para, &found, next) {
            push_trimmed(text, range.start + start, range.start + end, &mut sentences);
            start = end;
            pos = next;
        }
    }
    push_trimmed(text, range.start + start, range.end, &mut sentences);
    sentences
}

/// A run of sentence-final punctuation.
#[derive(Debug, Clone, Copy)]
struct Terminator {
    /// Byte offset of the first punctuation character.
    start: usize,
    /// Byte offset just after the run.
    end: usize,
    /// True when the run is or contains a full stop alone (not `!`/`?`/ellipsis).
    full_stop: bool,
    /// True for CJK sentence punctuation, which needs no following space.
    cjk: bool,
}

/// Finds the next run of terminal punctuation at or after `from`.
fn next_terminator(para: &str, from: usize) -> Option<Terminator> {
    let rest = &para[from..];
    let (offset, c) = rest.char_indices().find(|&(_, c)| is_terminal(c))?;
    let start = from + offset;
    let mut end = start + c.len_utf8();
    let mut dots = usize::from(c == '.');
    let mut other = c != '.';
    for next in para[end..].chars() {
        if !is_terminal(next) {
            break;
        }
        dots += usize::from(next == '.');
        other |= next != '.';
        end += next.len_utf8();
    }
    Some(Terminator {
        start,
        end,
        full_stop: dots == 1 && !other,
        cjk: matches!(c, '。' | '！' | '？'),
    })
}

/// Sentence-final punctuation.
fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '‼' | '⁇' | '⁈' | '⁉'
    )
}

/// Closing quotes and brackets that belong to the sentence they follow.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）'
    )
}

/// Moves past closing marks after a terminator, including a closing quote that
/// was misplaced after a space (`… ignore. ”He`) and stray repeated punctuation
/// (`Ukraine. .`).
fn absorb_closers(para: &str, mut end: usize) -> usize {
    loop {
        let run: usize = para[end..]
            .chars()
            .take_while(|&c| is_closer(c) || is_terminal(c))
            .map(char::len_utf8)
            .sum();
        end += run;
        let after_space = skip_inline_space(para, end);
        if after_space == end {
            return end;
        }
        let mut chars = para[after_space..].chars();
        let stray = match chars.next() {
            Some('”' | '»') => true,
            Some('"') | Some('.') => chars.next().is_none_or(char::is_whitespace),
            _ => false,
        };
        if !stray {
            return end;
        }
        end = after_space;
    }
}

/// Offset of the first non-whitespace character at or after `pos`.
fn skip_space(para: &str, pos: usize) -> usize {
    pos + para[pos..]
        .char_indices()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(para.len() - pos, |(i, _)| i)
}

/// Like [`skip_space`] but stops at a line break.
fn skip_inline_space(para: &str, pos: usize) -> usize {
    pos + para[pos..]
        .char_indices()
        .find(|&(_, c)| !c.is_whitespace() || c == '\n')
        .map_or(para.len() - pos, |(i, _)| i)
}

/// Decides whether the word at `next` opens a new sentence after `found`.
fn starts_new_sentence(para: &str, found: &Terminator, next: usize) -> bool {
    if next == found.end && !found.cjk {
        // No whitespace after the punctuation: `3.5`, `U.S.A`, `example.com`.
        return false;
    }
    let word_start = para[next..]
        .char_indices()
        .find(|&(_, c)| !is_opener(c))
        .map_or(para.len(), |(i, _)| next + i);
    let Some(first) = para[word_start..].chars().next() else {
        return true;
    };
    if first.is_lowercase() {
        return false;
    }
    if !found.full_stop {
        return true;
    }
    let before = word_before(para, found.start);
    match abbreviation_kind(before) {
        Abbreviation::None => true,
        Abbreviation::Title => false,
        Abbreviation::MaybeFinal => {
            !first.is_numeric() && is_sentence_opener(&next_word(para, word_start).to_lowercase())
        }
    }
}

/// Opening quotes and brackets that may precede a sentence's first word.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '„' | '¿' | '¡' | '—' | '–' | '-'
    )
}

/// The word (letters, digits and inner dots) right before byte `end`.
fn word_before(para: &str, end: usize) -> &str {
    let start = para[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '’'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &para[start..end]
}

/// The word starting at byte `start`.
fn next_word(para: &str, start: usize) -> &str {
    let len = para[start..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map_or(para.len() - start, |(i, _)| i);
    &para[start..start + len]
}

/// How an abbreviation before a full stop behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbreviation {
    /// Not an abbreviation: the full stop ends the sentence.
    None,
    /// A title or initial, always followed by more of the same sentence.
    Title,
    /// An abbreviation that may also end a sentence.
    MaybeFinal,
}

/// Classifies the word before a full stop.
fn abbreviation_kind(word: &str) -> Abbreviation {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return if c.is_uppercase() {
            Abbreviation::Title
        } else if c.is_alphabetic() {
            Abbreviation::MaybeFinal
        } else {
            Abbreviation::None
        };
    }
    if is_dotted_acronym(word) {
        return Abbreviation::MaybeFinal;
    }
    let lower = word.to_ascii_lowercase();
    if is_title_abbreviation(&lower) {
        Abbreviation::Title
    } else if is_final_abbreviation(&lower) {
        Abbreviation::MaybeFinal
    } else {
        Abbreviation::None
    }
}

/// `U.S`, `a.m`, `e.g`, `D.C`: one- or two-letter pieces joined by dots.
fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|piece| {
            (1..=2).contains(&piece.chars().count()) && piece.chars().all(char::is_alphabetic)
        })
}

/// Pushes the trimmed span `start..end` of `text` if it is not empty.
fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let span = Span::new(start, end).trim(text);
    if !span.is_empty() {
        out.push(span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn abbreviation_classes() {
        assert_eq!(abbreviation_kind("Mr"), Abbreviation::Title);
        assert_eq!(abbreviation_kind("W"), Abbreviation::Title);
        assert_eq!(abbreviation_kind("U.S"), Abbreviation::MaybeFinal);
        assert_eq!(abbreviation_kind("Jan"), Abbreviation::MaybeFinal);
        assert_eq!(abbreviation_kind("Ukraine"), Abbreviation::None);
    }

    #[test]
    fn basic_cases() {
        assert_eq!(
            split("I live in the U.S. How about you?"),
            ["I live in the U.S.", "How about you?"]
        );
        assert_eq!(
            split("He said \"hello there.\" Then he left."),
            ["He said \"hello there.\"", "Then he left."]
        );
        assert_eq!(
            split("The U.S. Navy sailed. It docked."),
            ["The U.S. Navy sailed.", "It docked."]
        );
    }
}
