//! Quotation marks: which characters are marks, and the shape of each double
//! mark. Sentence splitting, quote finding and claims all ask this one list,
//! so a mark one of them knows (`„`, `‹`, `‚`) is a mark to all.

/// The shape of a double quotation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    /// `"`: direction only from context.
    Straight,
    /// `“`: opens in English, closes after `„`.
    Left,
    /// `”` or `‟`: closes, or opens and closes Swedish-style quotes.
    Right,
    /// `„`: opens German- and Slavic-style quotes.
    LowNine,
    /// `«`: opens.
    LeftGuillemet,
    /// `»`: closes, or opens Danish-style quotes.
    RightGuillemet,
}

/// The double-mark glyph of `c`, if it is one.
pub fn double_glyph(c: char) -> Option<Glyph> {
    Some(match c {
        '"' => Glyph::Straight,
        '\u{201c}' => Glyph::Left,
        '\u{201d}' | '\u{201f}' => Glyph::Right,
        '\u{201e}' => Glyph::LowNine,
        '\u{ab}' => Glyph::LeftGuillemet,
        '\u{bb}' => Glyph::RightGuillemet,
        _ => return None,
    })
}

/// True for characters used as single quotation marks (and apostrophes):
/// `'`, `‘`, `’`, `‚`, `‹`, `›`.
pub fn is_single_mark(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2039}' | '\u{203a}'
    )
}

/// True for any quotation mark character, double or single.
pub fn is_quote_mark(c: char) -> bool {
    double_glyph(c).is_some() || is_single_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_typography_of_quotation_marks_is_a_mark() {
        for c in "\"“”„‟«»'‘’‚‹›".chars() {
            assert!(is_quote_mark(c), "{c:?}");
        }
        for c in "-—()[],.:;`´".chars() {
            assert!(!is_quote_mark(c), "{c:?}");
        }
    }
}
