//! Sentence segmentation for news text.

use crate::model::Span;

/// Splits the paragraph at `range` of `text` into sentence spans (trimmed, non-empty).
pub fn split_sentences(text: &str, range: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = range.start;
    let bytes = text.as_bytes();
    for i in range.start..range.end {
        if matches!(bytes[i], b'.' | b'!' | b'?') && (i + 1 == range.end || bytes[i + 1] == b' ') {
            out.push(Span::new(start, i + 1).trim(text));
            start = i + 1;
        }
    }
    out.push(Span::new(start, range.end).trim(text));
    out.retain(|s| !s.is_empty());
    out
}
