//! Anchors: where a mark points in an article, saved with enough of the text
//! around it to find the place again after the article is edited.

use serde::{Deserialize, Serialize};

use crate::model::normalize::NormText;
use crate::model::{Article, Corpus, Span};

use super::fingerprint::fingerprint;

/// Characters of context saved on each side of the anchored text.
const CONTEXT_CHARS: usize = 40;

/// A stretch of one article's text, with its surroundings as they were when saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// Id of the article.
    pub article_id: String,
    /// Fingerprint of the article text the offsets refer to.
    pub fingerprint: String,
    /// First byte of the anchored text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The anchored text itself.
    pub quoted: String,
    /// Up to 40 characters of text just before it.
    pub before: String,
    /// Up to 40 characters of text just after it.
    pub after: String,
}

/// Where an anchor lies in the current text of its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reattach {
    /// At the same place: the text did not change there.
    Unchanged(Span),
    /// Found again, at a new place or in a new spelling.
    Moved(Span),
    /// The article or the text is gone.
    Orphaned,
}

impl Anchor {
    /// Anchors `span` of `article`. A span outside the text or off character
    /// boundaries is narrowed to the nearest valid one.
    pub fn new(article: &Article, span: Span) -> Anchor {
        let text = article.text.as_str();
        let end = floor_boundary(text, span.end);
        let start = floor_boundary(text, span.start.min(end));
        Anchor {
            article_id: article.meta.id.clone(),
            fingerprint: fingerprint(text),
            start,
            end,
            quoted: text[start..end].to_string(),
            before: last_chars(&text[..start], CONTEXT_CHARS).to_string(),
            after: first_chars(&text[end..], CONTEXT_CHARS).to_string(),
        }
    }

    /// The anchored span as saved.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end.max(self.start))
    }

    /// True when both anchors point at the same text of the same article.
    pub fn same_place(&self, other: &Anchor) -> bool {
        self.article_id == other.article_id
            && self.start == other.start
            && self.end == other.end
            && self.quoted == other.quoted
    }
}

/// Finds `anchor` in the current corpus. Same fingerprint: the saved span, checked
/// against the saved text. Otherwise the saved text is searched for, exactly and then
/// ignoring typography and whitespace, preferring the occurrence whose surroundings
/// match best and, among equals, the one nearest the old place.
pub fn reattach(anchor: &Anchor, corpus: &Corpus) -> Reattach {
    let Some(article) = corpus
        .articles
        .iter()
        .find(|a| a.meta.id == anchor.article_id)
    else {
        return Reattach::Orphaned;
    };
    let text = article.text.as_str();
    let old = anchor.span();
    if text.get(old.start..old.end) == Some(anchor.quoted.as_str())
        && fingerprint(text) == anchor.fingerprint
    {
        return Reattach::Unchanged(old);
    }
    if anchor.quoted.trim().is_empty() {
        return Reattach::Orphaned;
    }
    let found = exact(anchor, text).or_else(|| folded(anchor, text));
    match found {
        Some(span) if span == old => Reattach::Unchanged(span),
        Some(span) => Reattach::Moved(span),
        None => Reattach::Orphaned,
    }
}

/// The best exact occurrence of the quoted text.
fn exact(anchor: &Anchor, text: &str) -> Option<Span> {
    let len = anchor.quoted.len();
    let candidates = occurrences(text, &anchor.quoted).map(|start| Span::new(start, start + len));
    best(
        candidates,
        text,
        &anchor.before,
        &anchor.after,
        anchor.start,
    )
}

/// The best occurrence of the quoted text, typography and whitespace folded away.
fn folded(anchor: &Anchor, text: &str) -> Option<Span> {
    let hay = Folded::new(text);
    let needle = Folded::new(anchor.quoted.trim()).text;
    if needle.is_empty() {
        return None;
    }
    let before = Folded::new(&anchor.before).text;
    let after = Folded::new(&anchor.after).text;
    let candidates: Vec<Span> = occurrences(&hay.text, &needle)
        .map(|start| Span::new(start, start + needle.len()))
        .collect();
    let old = hay.folded_offset(anchor.start);
    let found = best(candidates.into_iter(), &hay.text, &before, &after, old)?;
    Some(hay.span_to_original(found).trim(text))
}

/// Start offsets of every (possibly overlapping) occurrence of `needle` in `hay`.
fn occurrences<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() {
            return None;
        }
        let at = from + hay.get(from..)?.find(needle)?;
        from = at + hay[at..].chars().next().map_or(1, char::len_utf8);
        Some(at)
    })
}

/// The candidate whose surroundings share the most characters with `before` and
/// `after`; ties go to the one starting nearest `old_start`.
fn best(
    candidates: impl Iterator<Item = Span>,
    text: &str,
    before: &str,
    after: &str,
    old_start: usize,
) -> Option<Span> {
    candidates.max_by_key(|span| {
        let score =
            common_suffix(&text[..span.start], before) + common_prefix(&text[span.end..], after);
        (score, std::cmp::Reverse(span.start.abs_diff(old_start)))
    })
}

/// Number of leading characters `a` and `b` share.
fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Number of trailing characters `a` and `b` share.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// The largest character boundary of `text` at or below `offset`.
fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The last `n` characters of `s`.
fn last_chars(s: &str, n: usize) -> &str {
    let cut = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    if n == 0 { "" } else { &s[cut..] }
}

/// The first `n` characters of `s`.
fn first_chars(s: &str, n: usize) -> &str {
    let cut = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    &s[..cut]
}

/// Text with typography folded by [`NormText`] and every whitespace run collapsed
/// to one space, mapped back to the original bytes.
struct Folded {
    /// The folded text.
    text: String,
    /// For every byte of `text` and one past its end, the original byte offset.
    map: Vec<usize>,
}

impl Folded {
    /// Folds `original`.
    fn new(original: &str) -> Folded {
        let norm = NormText::new(original);
        let mut text = String::with_capacity(norm.text.len());
        let mut map = Vec::with_capacity(norm.text.len() + 1);
        for (pos, c) in norm.text.char_indices() {
            if c.is_whitespace() {
                if text.ends_with(' ') {
                    continue;
                }
                text.push(' ');
            } else {
                text.push(c);
            }
            let added = if c.is_whitespace() { 1 } else { c.len_utf8() };
            map.extend(std::iter::repeat_n(norm.to_original(pos), added));
        }
        map.push(original.len());
        Folded { text, map }
    }

    /// Maps a folded span back to the original text.
    fn span_to_original(&self, span: Span) -> Span {
        Span::new(self.map[span.start], self.map[span.end])
    }

    /// The folded offset nearest to original byte `offset`.
    fn folded_offset(&self, offset: usize) -> usize {
        self.map
            .partition_point(|&o| o < offset)
            .min(self.text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_cut_on_characters() {
        assert_eq!(last_chars("“abc”", 2), "c”");
        assert_eq!(first_chars("“abc”", 2), "“a");
        assert_eq!(last_chars("ab", 5), "ab");
        assert_eq!(floor_boundary("é", 1), 0);
    }

    #[test]
    fn folding_maps_back() {
        let original = "He said \u{201c}no\u{201d}  \n to it";
        let folded = Folded::new(original);
        assert_eq!(folded.text, "He said \"no\" to it");
        let start = folded.text.find("\"no\"").unwrap_or_default();
        let span = folded.span_to_original(Span::new(start, start + 4));
        assert_eq!(span.slice(original), "\u{201c}no\u{201d}");
    }
}
