//! Byte spans into an article's text: the one coordinate system every layer shares.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into an article's `text`.
///
/// Every sentence, quote, claim, highlight and note points into the same text
/// through a `Span`, so layers never disagree about where something is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Builds a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Self { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// True when `other` lies entirely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when byte offset `pos` lies inside the span.
    pub fn contains_offset(&self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }

    /// This span narrowed so it starts and ends on non-whitespace in `text`.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }
}

/// The largest character boundary of `text` at or below `offset`, for cutting
/// a byte reach (a window, a search limit) without splitting a character. The
/// standard library's `str::floor_char_boundary` is newer than this crate's
/// minimum Rust version.
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_char_boundary_never_splits_a_character() {
        assert_eq!(floor_char_boundary("é", 1), 0);
        assert_eq!(floor_char_boundary("aé", 3), 3);
        assert_eq!(floor_char_boundary("ab", 9), 2);
    }

    #[test]
    fn trim_narrows_to_content() {
        let text = "  hello world \n";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(span.slice(text), "hello world");
        assert_eq!(span, Span::new(2, 13));
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 5)));
        assert!(!a.contains(Span::new(5, 11)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
        assert!(a.contains_offset(9) && !a.contains_offset(10));
    }
}
