//! Sentence segmentation for news text.
//!
//! A sentence ends at `.`, `!`, `?`, an ellipsis (`…`, `...`, `. . .`), or a CJK
//! full stop, together with any closing quotes and brackets that follow, when the
//! next word starts a new sentence. What "starts a new sentence" depends on what
//! ended the last one:
//!
//! - a lower-case next word never does (`"Go!" she shouted`, `… if you believe`);
//! - after a title (`Mr.`, `Gen.`) or an initial (`George W. Bush`) nothing does;
//!   a lone `I` after a lower-case word is the pronoun, not an initial;
//! - after an abbreviation that may also end a sentence (`U.S.`, `Inc.`, `Jan.`,
//!   a capitalised state or province: `Salem, Ore.`)
//!   only a typical sentence opener does (`the U.S. How about you?` splits,
//!   `the U.S. Navy` does not), and a number never does (`Jan. 20`, `No. 5`);
//! - after `a.m.`/`p.m.` any capital does (`at 9 a.m. Smith will…`) except a
//!   weekday, month or time zone (`9 a.m. Tuesday`), or when the time opens the
//!   sentence (`At 5 a.m. Mr. Smith left`);
//! - a full stop, `?` or `!` inside a parenthesis opened mid-sentence is treated
//!   like such an abbreviation (`Sen. Ron Vale (D-Ore.) Tuesday said…`);
//! - a quoted question or exclamation followed by its attribution stays one
//!   sentence (`"Why?" Judge Mara Iles asked.`);
//! - after any other word, a capital, digit, quote or bracket does.
//!
//! A short parenthesis without sentence punctuation of its own right after a
//! sentence end (a source or citation: `… "a disgrace." (Reuters)`) belongs to
//! the sentence before. The dateline that opens a story (`LYON, March 14
//! (Reuters) -`) is found by [`dateline_end`] and left out of the first sentence
//! by the article's segmentation. Inline enumerations are read by [`lists`]; a run of
//! more words than any prose sentence has is cut by [`overlong`]. Full stops
//! need whitespace after them, so decimals, thousands, versions, domains and
//! dotted acronyms inside a word never split. Line breaks inside a paragraph are
//! plain whitespace, so a sentence runs across a hard wrap.
//!
//! Every rule looks a bounded distance around a terminator, so segmentation runs
//! in time linear in the paragraph.

mod dateline;
mod lists;
mod overlong;

use crate::analysis::language::lexicon::{
    is_calendar_word, is_final_abbreviation, is_place_abbreviation, is_sentence_opener,
    is_speech_verb, is_stop_word, is_time_abbreviation, is_title_abbreviation,
};
use crate::analysis::language::quote_marks::is_quote_mark;
use crate::model::Span;

pub use dateline::dateline_end;
use lists::Lists;

/// Longest parenthesis, in bytes, read as opened in the middle of a sentence or
/// as a citation after one.
const MAX_PARENTHESIS: usize = 120;

/// Most words between a quoted question and the speech verb of its attribution
/// (`Judge Mara Iles asked`).
const MAX_ATTRIBUTION_NAME_WORDS: usize = 4;

/// Most words before a time of day for it to open the sentence (`Shortly after 5
/// a.m.`).
const MAX_INTRO_WORDS: usize = 3;

/// Longest time zone abbreviation (`ET`, `GMT`, `AEST`).
const MAX_TIME_ZONE_LEN: usize = 4;

/// Splits the paragraph at `range` of `text` into sentence spans (trimmed, non-empty).
pub fn split_sentences(text: &str, range: Span) -> Vec<Span> {
    let para = range.slice(text);
    let lists = Lists::find(para);
    let mut ends: Vec<usize> = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    while let Some(found) = next_terminator(para, pos) {
        let mut end = absorb_closers(para, found.end);
        pos = end;
        if found.full_stop && lists.is_marker_stop(found.start) {
            continue;
        }
        let mut next = skip_space(para, end);
        if next >= para.len() {
            break;
        }
        if found.cjk || starts_new_sentence(para, &found, start, next) {
            if let Some(after) = citation_end(para, next) {
                end = after;
                next = skip_space(para, end);
                if next >= para.len() || para[next..].starts_with(char::is_lowercase) {
                    pos = end;
                    continue;
                }
            }
            ends.push(end);
            start = end;
            pos = next;
        }
    }
    ends.extend(lists.item_breaks(para));
    ends.sort_unstable();
    ends.dedup();
    let mut sentences = Vec::with_capacity(ends.len() + 1);
    let mut from = 0;
    for end in ends {
        push_trimmed(text, range.start + from, range.start + end, &mut sentences);
        from = end;
    }
    push_trimmed(text, range.start + from, range.end, &mut sentences);
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
    /// True when the run holds a question or exclamation mark.
    exclaims: bool,
    /// True for CJK sentence punctuation, which needs no following space.
    cjk: bool,
}

/// The spaced ellipsis of typeset text.
const SPACED_ELLIPSIS: &str = ". . .";

/// Finds the next run of terminal punctuation at or after `from`. A spaced
/// ellipsis (`. . .`, or `. . . .` closing a sentence) is one run.
fn next_terminator(para: &str, from: usize) -> Option<Terminator> {
    let (start, c) = find_terminal(para, from)?;
    if para[start..].starts_with(SPACED_ELLIPSIS) {
        let mut end = start + SPACED_ELLIPSIS.len();
        if para[end..].starts_with(" .") {
            end += 2;
        }
        return Some(Terminator {
            start,
            end,
            full_stop: false,
            exclaims: false,
            cjk: false,
        });
    }
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
        exclaims: para[start..end].contains(['!', '?', '！', '？', '‼', '⁇', '⁈', '⁉']),
        cjk: matches!(c, '。' | '！' | '？'),
    })
}

/// The first sentence-final punctuation mark at or after byte `from`, with its
/// offset. Only bytes that can start one (`.`, `!`, `?` and the lead bytes of
/// the others) are decoded, so the prose between marks is passed over a byte
/// at a time.
fn find_terminal(para: &str, from: usize) -> Option<(usize, char)> {
    let bytes = para.as_bytes();
    let mut at = from;
    loop {
        let start = at
            + bytes[at..]
                .iter()
                .position(|b| matches!(b, b'.' | b'!' | b'?' | 0xe2 | 0xe3 | 0xef))?;
        let c = para[start..].chars().next()?;
        if is_terminal(c) {
            return Some((start, c));
        }
        at = start + c.len_utf8();
    }
}

/// Offset of the first `(` or `)` within [`MAX_PARENTHESIS`] bytes after byte
/// `from`, with the bracket.
fn next_bracket(para: &str, from: usize) -> Option<(usize, u8)> {
    let bytes = para.as_bytes();
    let window = &bytes[from..bytes.len().min(from + MAX_PARENTHESIS + 1)];
    let at = memchr::memchr2(b'(', b')', window)?;
    Some((at, window[at]))
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

/// Decides whether the word at `next` opens a new sentence after `found`, in the
/// sentence that began at byte `start`.
fn starts_new_sentence(para: &str, found: &Terminator, start: usize, next: usize) -> bool {
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
    let word = next_word(para, word_start);
    let opener = || !first.is_numeric() && is_sentence_opener(&word.to_lowercase());
    if found.exclaims
        && closes_quote(&para[found.end..next])
        && para[start..].trim_start().starts_with(is_quote_mark)
        && is_attribution(&para[word_start..])
    {
        return false;
    }
    if inside_parenthesis(para, found, start) {
        return opener();
    }
    if !found.full_stop {
        return true;
    }
    let before = word_before(para, found.start);
    if before == "I" && follows_lower_case(para, found.start - before.len()) {
        return true;
    }
    match abbreviation_kind(before) {
        Abbreviation::None => true,
        Abbreviation::Title => false,
        Abbreviation::Time => {
            !continues_time(word, first)
                && !opens_sentence(&para[start..found.start - before.len()])
        }
        Abbreviation::MaybeFinal => opener(),
    }
}

/// True when the closing marks after a terminator include a quotation mark.
fn closes_quote(closers: &str) -> bool {
    closers.contains(is_quote_mark)
}

/// True when `rest` begins with an attribution: a few capitalised words naming
/// someone (names, titles with their full stop, a pronoun) and then a speech
/// verb (`Judge Mara Iles asked`, `He said`).
fn is_attribution(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    for i in 0..=MAX_ATTRIBUTION_NAME_WORDS {
        let Some(word) = words.next() else {
            return false;
        };
        let bare = word.trim_end_matches(['.', ',', ';', ':', '!', '?']);
        if i > 0 && is_speech_verb(&bare.to_lowercase()) {
            return true;
        }
        let title = word.len() == bare.len() + 1
            && word.ends_with('.')
            && abbreviation_kind(bare) == Abbreviation::Title;
        if !bare.starts_with(char::is_uppercase) || (bare.len() != word.len() && !title) {
            return false;
        }
    }
    false
}

/// True when the terminator `found` stands inside a parenthesis opened in the
/// middle of the sentence that began at `start` and closed within
/// [`MAX_PARENTHESIS`] bytes after it (`Vale (D-Ore.) said`, `the plan (or was
/// it?) failed`, an editor's insertion `is yours (South Korea. - RT).`).
fn inside_parenthesis(para: &str, found: &Terminator, start: usize) -> bool {
    let closes = next_bracket(para, found.end).is_some_and(|(_, b)| b == b')');
    if !closes {
        return false;
    }
    let mut floor = found.start.saturating_sub(MAX_PARENTHESIS).max(start);
    while !para.is_char_boundary(floor) {
        floor += 1;
    }
    let Some(open) = para[floor..found.start]
        .rfind(['(', ')'])
        .map(|i| floor + i)
    else {
        return false;
    };
    let before = para[start..open].trim_end();
    para[open..].starts_with('(') && !before.is_empty() && !before.ends_with(is_terminal)
}

/// When a short parenthesis without sentence punctuation of its own opens at
/// `next`, right after a sentence end (a source or citation: `(Reuters)`, `(Smith,
/// 2004)`), the offset just after it: it belongs to the sentence before.
fn citation_end(para: &str, next: usize) -> Option<usize> {
    let inner = para[next..].strip_prefix('(')?;
    let close = next_bracket(para, next + 1).filter(|&(_, b)| b == b')')?.0;
    let content = inner[..close].trim_end();
    let full_sentence = content.ends_with(is_terminal) || content.ends_with(is_closer);
    (!content.is_empty() && !full_sentence).then_some(next + 1 + close + 1)
}

/// True when the word before byte `pos` (skipping spaces) starts with a
/// lower-case letter and does not end its sentence: `than I.` is the pronoun,
/// `George I. Smith` an initial, and so is the `I.` of `…was close. I. M. Tran`.
fn follows_lower_case(para: &str, pos: usize) -> bool {
    para[..pos]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && !w.trim_end_matches(is_closer).ends_with(is_terminal)
        })
}

/// True when `word` (starting with `first`) carries a time of day on: a weekday,
/// a month, a time zone (`ET`, `GMT`) or a number.
fn continues_time(word: &str, first: char) -> bool {
    first.is_numeric()
        || is_calendar_word(&word.to_lowercase())
        || (word.len() <= MAX_TIME_ZONE_LEN && word.chars().all(|c| c.is_ascii_uppercase()))
}

/// True when `lead`, the start of a sentence up to a time of day, is only an
/// introductory phrase (`At 5`, `Shortly after 9`): a few words, the first a
/// function word or an adverb.
fn opens_sentence(lead: &str) -> bool {
    let mut words = lead.split_whitespace();
    let Some(first) = words.next() else {
        return true;
    };
    let first = first
        .trim_start_matches(is_opener)
        .trim_end_matches(',')
        .to_lowercase();
    words.take(MAX_INTRO_WORDS).count() < MAX_INTRO_WORDS
        && (is_stop_word(&first) || first.ends_with("ly"))
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
    /// `a.m.` or `p.m.`: a time of day, which ends a sentence before any capital
    /// that does not carry the time on.
    Time,
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
    let lower = word.to_ascii_lowercase();
    if is_time_abbreviation(&lower) {
        return Abbreviation::Time;
    }
    if is_dotted_acronym(word) {
        return Abbreviation::MaybeFinal;
    }
    if is_title_abbreviation(&lower) {
        Abbreviation::Title
    } else if is_final_abbreviation(&lower) || is_place_abbreviation(word) {
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

/// Pushes the trimmed span `start..end` of `text` if it is not empty, cut when
/// overlong.
fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let span = Span::new(start, end).trim(text);
    if !span.is_empty() {
        overlong::push_cut(text, span, out);
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
        assert_eq!(abbreviation_kind("p.m"), Abbreviation::Time);
        assert_eq!(abbreviation_kind("A.M"), Abbreviation::Time);
        assert_eq!(abbreviation_kind("Ukraine"), Abbreviation::None);
        assert_eq!(abbreviation_kind("Ore"), Abbreviation::MaybeFinal);
        assert_eq!(abbreviation_kind("ill"), Abbreviation::None);
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
