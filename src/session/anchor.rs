//! Anchors: where a mark points in an article, saved with enough of the text
//! around it to find the place again after the article is edited.

use std::cell::OnceCell;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::normalize::NormText;
use crate::model::{Article, Corpus, Span, floor_char_boundary};

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
    /// Fields this build does not know, kept for the next save.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
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
        Anchor::with_fingerprint(article, span, fingerprint(&article.text))
    }

    /// [`Anchor::new`] with the article's fingerprint already known.
    fn with_fingerprint(article: &Article, span: Span, print: String) -> Anchor {
        let text = article.text.as_str();
        let end = floor_char_boundary(text, span.end);
        let start = floor_char_boundary(text, span.start.min(end));
        Anchor {
            article_id: article.meta.id.clone(),
            fingerprint: print,
            start,
            end,
            quoted: text[start..end].to_string(),
            before: last_chars(&text[..start], CONTEXT_CHARS).to_string(),
            after: first_chars(&text[end..], CONTEXT_CHARS).to_string(),
            extra: Map::new(),
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
///
/// To place many anchors, use one [`Reattacher`]: it hashes and folds each article
/// once instead of once per anchor.
pub fn reattach(anchor: &Anchor, corpus: &Corpus) -> Reattach {
    Reattacher::new(corpus).reattach(anchor)
}

/// A corpus made ready for placing many anchors: each article is found by id in
/// constant time, hashed at most once and folded at most once, when first needed.
/// Placing 1,000 orphaned marks on a 1 MB article hashed and folded it 1,000 times.
pub struct Reattacher<'a> {
    /// The articles.
    corpus: &'a Corpus,
    /// Article index by id.
    by_id: HashMap<&'a str, usize>,
    /// Each article's fingerprint, once computed.
    prints: Vec<OnceCell<String>>,
    /// Each article's folded text, once computed.
    folded: Vec<OnceCell<Folded>>,
}

impl<'a> Reattacher<'a> {
    /// Prepares `corpus`; nothing is hashed or folded yet.
    pub fn new(corpus: &'a Corpus) -> Self {
        let n = corpus.articles.len();
        Reattacher {
            corpus,
            by_id: corpus
                .articles
                .iter()
                .enumerate()
                .rev()
                .map(|(i, a)| (a.meta.id.as_str(), i))
                .collect(),
            prints: std::iter::repeat_with(OnceCell::new).take(n).collect(),
            folded: std::iter::repeat_with(OnceCell::new).take(n).collect(),
        }
    }

    /// The fingerprint of the article at `index`, hashed on first use.
    pub fn fingerprint(&self, index: usize) -> &str {
        self.prints[index].get_or_init(|| fingerprint(&self.corpus.articles[index].text))
    }

    /// Where `anchor` lies now (see [`reattach`]).
    pub fn reattach(&self, anchor: &Anchor) -> Reattach {
        let Some(&index) = self.by_id.get(anchor.article_id.as_str()) else {
            return Reattach::Orphaned;
        };
        let text = self.corpus.articles[index].text.as_str();
        let old = anchor.span();
        if text.get(old.start..old.end) == Some(anchor.quoted.as_str())
            && self.fingerprint(index) == anchor.fingerprint
        {
            return Reattach::Unchanged(old);
        }
        if anchor.quoted.trim().is_empty() {
            return Reattach::Orphaned;
        }
        let found = exact(anchor, text).or_else(|| {
            let hay = self.folded[index].get_or_init(|| Folded::new(text));
            folded(anchor, text, hay)
        });
        match found {
            Some(span) if span == old => Reattach::Unchanged(span),
            Some(span) => Reattach::Moved(span),
            None => Reattach::Orphaned,
        }
    }

    /// A fresh anchor on `span` of the article with `id`, keeping `extra` fields.
    pub fn anchor_at(&self, id: &str, span: Span) -> Option<Anchor> {
        let &index = self.by_id.get(id)?;
        let article = &self.corpus.articles[index];
        Some(Anchor::with_fingerprint(
            article,
            span,
            self.fingerprint(index).to_string(),
        ))
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

/// The best occurrence of the quoted text in `text` (folded as `hay`),
/// typography and whitespace folded away.
fn folded(anchor: &Anchor, text: &str, hay: &Folded) -> Option<Span> {
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
/// Searched with memchr's SIMD substring finder: an orphaned anchor costs two
/// scans of its article, so their speed sets the cost of re-anchoring.
fn occurrences<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let finder = memchr::memmem::Finder::new(needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() {
            return None;
        }
        let at = from + finder.find(hay.as_bytes().get(from..)?)?;
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
