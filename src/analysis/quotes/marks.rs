//! Quotation marks in context: whether a mark opens or closes (which characters
//! are marks is `language::quote_marks`).
//!
//! Double marks come in many typographies (`"…"`, `“…”`, `„…“`, `«…»`, Swedish
//! `”…”`); straight marks and misplaced curly ones are told apart by what
//! surrounds them. Single marks double as apostrophes, so they count only where
//! they clearly open or close a quotation: `don't`, `Korea’s`, `'90s`,
//! `rock 'n' roll` and `the Smiths' album` are not quotations.

use crate::analysis::language::lexicon::is_elision;
use crate::analysis::language::quote_marks::{Glyph, is_quote_mark};

/// What a mark does where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Starts a quotation (or a nested one).
    Open,
    /// Ends the innermost open quotation.
    Close,
    /// A stray mark that does neither.
    Ignore,
}

/// The quotation marks of `s` (double or single, apostrophes included), with
/// their byte offsets. Every mark is `"`, `'`, or a character whose UTF-8 form
/// starts with byte `0xC2` or `0xE2`, so other bytes are passed over without
/// decoding: a long paragraph is mostly letters.
pub fn marks_in(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    s.bytes()
        .enumerate()
        .filter(|&(_, b)| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
        .filter_map(|(at, _)| {
            let c = s[at..].chars().next()?;
            is_quote_mark(c).then_some((at, c))
        })
}

/// The character just before byte `pos` of `text`, not looking before `floor`.
fn char_before(text: &str, floor: usize, pos: usize) -> Option<char> {
    text[floor..pos].chars().next_back()
}

/// The character just after the mark at `pos`, not looking past `ceil`.
fn char_after(text: &str, pos: usize, ceil: usize) -> Option<char> {
    let mark_len = text[pos..].chars().next().map_or(0, char::len_utf8);
    text[(pos + mark_len).min(ceil)..ceil].chars().next()
}

/// True for characters after which a mark reads as opening.
fn opens_after(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/') || is_quote_mark(c)
}

/// True for characters before which a mark reads as closing.
fn closes_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…'
        )
        || is_quote_mark(c)
}

/// True when the mark at `pos` stands where quotations open: after a space, bracket
/// or the start of the paragraph `floor..ceil`, and before a non-space.
pub fn opening_like(text: &str, floor: usize, ceil: usize, pos: usize) -> bool {
    char_before(text, floor, pos).is_none_or(opens_after)
        && char_after(text, pos, ceil).is_some_and(|c| !c.is_whitespace())
}

/// True when the mark at `pos` stands where quotations close: after a non-space and
/// before a space, punctuation or the end of the paragraph `floor..ceil`.
pub fn closing_like(text: &str, floor: usize, ceil: usize, pos: usize) -> bool {
    char_before(text, floor, pos).is_some_and(|c| !c.is_whitespace())
        && char_after(text, pos, ceil).is_none_or(closes_before)
}

/// True for a closing mark misplaced after a space: `ignore, ”the expert said`.
/// The mark follows clause punctuation and a space, and a lower-case word follows it.
pub fn misplaced_close(text: &str, floor: usize, ceil: usize, pos: usize) -> bool {
    let before = text[floor..pos].trim_end();
    let spaced = before.len() < pos - floor;
    spaced
        && before.ends_with([',', '.', '!', '?', ';', '…'])
        && char_after(text, pos, ceil).is_some_and(char::is_lowercase)
}

/// What the double mark `glyph` at `pos` does, given the glyph on top of the stack
/// of open quotations (`None` when nothing is open).
pub fn classify(
    text: &str,
    floor: usize,
    ceil: usize,
    pos: usize,
    glyph: Glyph,
    top: Option<Glyph>,
) -> Role {
    // Position is read only where the glyph and the open quotations leave the
    // role undecided.
    let opening = || opening_like(text, floor, ceil, pos);
    let closing = || closing_like(text, floor, ceil, pos);
    match glyph {
        Glyph::LowNine | Glyph::LeftGuillemet => Role::Open,
        Glyph::Left if top == Some(Glyph::LowNine) => Role::Close,
        Glyph::Left => Role::Open,
        Glyph::Right | Glyph::RightGuillemet if top.is_some() => Role::Close,
        Glyph::Right | Glyph::RightGuillemet if opening() => Role::Open,
        Glyph::Right | Glyph::RightGuillemet => Role::Ignore,
        Glyph::Straight => match top {
            None if opening() => Role::Open,
            None => Role::Ignore,
            Some(Glyph::Straight) if misplaced_close(text, floor, ceil, pos) => Role::Close,
            Some(Glyph::Straight) if opening() && !closing() => Role::Open,
            Some(Glyph::Straight) => Role::Close,
            Some(_) if closing() && !opening() => Role::Close,
            Some(_) if opening() => Role::Open,
            Some(_) => Role::Ignore,
        },
    }
}

/// True when the single mark `c` at `pos` clearly opens a quotation: it follows a
/// space, bracket or mark and precedes a letter that does not start an elision.
pub fn single_opens(text: &str, floor: usize, ceil: usize, pos: usize, c: char) -> bool {
    if !matches!(c, '\'' | '\u{2018}' | '\u{201a}' | '\u{2039}') {
        return false;
    }
    if !char_before(text, floor, pos).is_none_or(opens_after) {
        return false;
    }
    let rest = &text[pos + c.len_utf8()..ceil];
    if !rest.starts_with(char::is_alphabetic) {
        return false;
    }
    let word_len = rest
        .find(|ch: char| !ch.is_alphabetic())
        .unwrap_or(rest.len());
    let word = rest[..word_len].to_lowercase();
    let after_word = rest[word_len..].chars().next();
    let elided = is_elision(&word) && !after_word.is_some_and(char::is_alphabetic);
    !elided
}

/// True when the single mark `c` at `pos` could close a quotation: it follows a
/// non-space and precedes a space, punctuation or the end (`don’t` never qualifies).
pub fn single_closes(text: &str, floor: usize, ceil: usize, pos: usize, c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{203a}')
        && char_before(text, floor, pos).is_some_and(|ch| !ch.is_whitespace())
        && char_after(text, pos, ceil).is_none_or(|ch| closes_before(ch) && ch != '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, needle: &str) -> usize {
        text.find(needle).unwrap_or(usize::MAX)
    }

    #[test]
    fn straight_marks_by_position() {
        let t = r#"He said "yes" today."#;
        let open = at(t, "\"yes");
        let close = open + 4;
        assert!(opening_like(t, 0, t.len(), open) && !closing_like(t, 0, t.len(), open));
        assert!(closing_like(t, 0, t.len(), close) && !opening_like(t, 0, t.len(), close));
        assert_eq!(
            classify(t, 0, t.len(), open, Glyph::Straight, None),
            Role::Open
        );
        assert_eq!(
            classify(t, 0, t.len(), close, Glyph::Straight, Some(Glyph::Straight)),
            Role::Close
        );
    }

    #[test]
    fn misplaced_curly_close_still_closes() {
        let t = "cannot ignore, ”the expert believes.";
        let pos = at(t, "”");
        assert!(misplaced_close(t, 0, t.len(), pos));
        assert_eq!(
            classify(t, 0, t.len(), pos, Glyph::Right, Some(Glyph::Left)),
            Role::Close
        );
    }

    #[test]
    fn swedish_right_mark_opens_when_nothing_is_open() {
        let t = "kallade det ”fel” i går";
        let pos = at(t, "”fel");
        assert_eq!(classify(t, 0, t.len(), pos, Glyph::Right, None), Role::Open);
    }

    #[test]
    fn low_nine_closes_with_left_mark() {
        let t = "„Wir schaffen das“";
        let pos = at(t, "“");
        assert_eq!(
            classify(t, 0, t.len(), pos, Glyph::Left, Some(Glyph::LowNine)),
            Role::Close
        );
    }

    #[test]
    fn apostrophes_are_not_single_quotes() {
        for (t, needle) in [
            ("they don't", "'"),
            ("Korea’s army", "’"),
            ("the '90s boom", "'"),
            ("rock 'n' roll", "'n"),
            ("cheer 'em on", "'em"),
        ] {
            let pos = at(t, needle);
            let c = t[pos..].chars().next().unwrap_or(' ');
            assert!(!single_opens(t, 0, t.len(), pos, c), "{t}");
        }
        let t = "they don't";
        assert!(!single_closes(t, 0, t.len(), at(t, "'"), '\''));
    }

    #[test]
    fn marks_in_finds_every_mark() {
        let t = "«Ça» „Wir“ ‹x› ‘a’ \"b\" it's — “c” ‚d‛ ”e”";
        let slow: Vec<(usize, char)> = t
            .char_indices()
            .filter(|&(_, c)| is_quote_mark(c))
            .collect();
        assert_eq!(marks_in(t).collect::<Vec<_>>(), slow);
        assert_eq!(slow.len(), 16);
    }

    #[test]
    fn clear_single_quotes() {
        let t = "urged Seoul to 'step up' aid";
        let open = at(t, "'step");
        let close = at(t, "' aid");
        assert!(single_opens(t, 0, t.len(), open, '\''));
        assert!(single_closes(t, 0, t.len(), close, '\''));
    }
}
