//! Direct quotes: extraction by quote marks, speaker attribution, and cross-outlet groups.
//!
//! Extraction works on the raw text and its paragraphs (`scan`: marks in `marks`),
//! cuts editorial insertions (`insertions`), and attributes speakers from the
//! writer's own words (`words`, `names`, `events`, `speaker`, with names compared
//! in `people` and word lists in `lexicon`). Sentences are used only to number
//! quotes and to look at the sentences around one. Grouping (`group`, comparing
//! `wording`), the reference rendering of a group (`reference`) and word diffs
//! (`diff`) compare quotes across the corpus, where a speaker named by surname
//! alone takes the full name another article gives (`full_names`).

mod diff;
mod full_names;
mod group;
mod insertions;
mod marks;
mod pieces;
mod reference;
mod reworded;
mod scan;
mod speaker;
mod wording;

use serde::Serialize;

use crate::model::{Article, Span};

use super::language::ArticleLanguage;
use super::language::people::PersonId;
use super::language::words::Region;
use super::sentences::Sentence;
pub use scan::Found;
use speaker::Attribution;

/// One direct quote in an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Index of the quote within its article.
    pub id: usize,
    /// From the first quoted character to the last (marks excluded), across all parts.
    #[serde(flatten)]
    pub span: Span,
    /// The quoted stretches, marks excluded: several when an attribution or an
    /// editorial insertion interrupts the quote.
    pub parts: Vec<Span>,
    /// The quoted words: parts joined by a space, editorial insertions removed,
    /// whitespace collapsed, dangling clause punctuation at the end dropped. Marks
    /// of a quotation nested inside this one are kept.
    pub text: String,
    /// Canonical name of the speaker (the fullest form the article gives), or
    /// `None` when nobody can be named safely.
    pub speaker: Option<String>,
    /// The speaker as a person of the article's language pass (see
    /// [`crate::analysis::ArticleAnalysis::people`]).
    #[serde(skip)]
    pub person: Option<PersonId>,
    /// A lone surname the quotation is attributed to that the article says
    /// nothing else of ("Haddad insisted"): no speaker on its own, but the
    /// full name another article of the story gives (see
    /// [`complete_speaker_names`]).
    #[serde(skip)]
    pub bare_speaker: Option<String>,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
    /// True for a few words quoted inside the writer's own sentence ("self-made rumor").
    pub partial: bool,
}

/// A reference to one quote of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct QuoteRef {
    /// Article index in the corpus.
    pub article: usize,
    /// Quote index in the article.
    pub quote: usize,
}

/// A change between a variant and its group's reference rendering, word by word.
/// Each entry's text is the rendering's own characters (punctuation, brackets,
/// ampersands, dashes and slashes included), so the shared and added entries of a
/// variant read back as its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "snake_case")]
pub enum WordDiff {
    /// Words both renderings share.
    Same(String),
    /// Words only this variant has.
    Added(String),
    /// Words of the reference rendering this variant leaves out.
    Removed(String),
}

/// The same remark as rendered by different outlets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteGroup {
    /// Index of the group.
    pub id: usize,
    /// The speaker most members agree on.
    pub speaker: Option<String>,
    /// True when members name different speakers: a near-verbatim rendering that
    /// an outlet attributes to someone else (each member's own speaker is its
    /// quote's `speaker`), shown rather than split into two groups.
    pub speakers_differ: bool,
    /// The renderings, one or more per article.
    pub members: Vec<QuoteRef>,
    /// Index into `members` of the reference rendering: the one most outlets agree
    /// with (sharing the most words with the others, the fullest on ties).
    pub canonical: usize,
    /// For each member, its word-level differences against the reference rendering.
    pub diffs: Vec<Vec<WordDiff>>,
}

impl QuoteGroup {
    /// How many different articles render this remark.
    pub fn article_count(&self) -> usize {
        super::count_distinct(self.members.iter().map(|m| m.article))
    }

    /// True when at least one rendering differs in wording from the reference
    /// one and the remark is rendered by two outlets or more: one outlet's
    /// pieces of a remark are not renderings that differ.
    pub fn renderings_differ(&self) -> bool {
        self.article_count() > 1
            && self
                .diffs
                .iter()
                .any(|d| d.iter().any(|w| !matches!(w, WordDiff::Same(_))))
    }
}

/// Extracts every direct quote of an article, with speakers where they can be named.
///
/// Convenience for callers without a language pass: finds the quotation marks,
/// reads the article once, then extracts.
pub fn extract_quotes(article: &Article, sentences: &[Sentence]) -> Vec<Quote> {
    let found = find(article);
    let lang = ArticleLanguage::read(article, sentences, &speaker::regions(&article.text, &found));
    quotes_from(&lang, found)
}

/// The quotations of an article found by their marks, before speakers are known.
pub fn find(article: &Article) -> Vec<Found> {
    scan::find(article)
}

/// The quotation regions of `found` as the language layer needs them.
pub fn regions(text: &str, found: &[Found]) -> Vec<Region> {
    speaker::regions(text, found)
}

/// Turns the quotations `found` in the article `lang` read into quotes, with
/// speakers attributed from the writer's words. A quotation of several remarks
/// (see [`Found::remark_ends`]) gives one quote per remark, each with the
/// quotation's speaker: outlets print the remarks of one statement apart, in
/// another order or one without the other, and each remark is grouped with its
/// own renderings.
pub fn quotes_from(lang: &ArticleLanguage<'_>, found: Vec<Found>) -> Vec<Quote> {
    let text = lang.text();
    let mut kept = Vec::new();
    let mut remarks = Vec::new();
    for f in found {
        let parts = insertions::cut(text, f.stretches());
        // A paragraph break inside an outlet's note ("(Ukraine. -\n\nRT\n\n)")
        // ends no remark: only an end the quoted words reach does.
        let ends: Vec<usize> = f
            .remark_ends(text)
            .into_iter()
            .filter(|&end| parts.iter().any(|p| p.end == end))
            .collect();
        // Each remark's parts; a stretch of no words (the full stop left after
        // an outlet's note) stays with the remark before it.
        let mut split: Vec<Vec<Span>> = Vec::new();
        let mut from = 0;
        for end in ends.iter().copied().chain([usize::MAX]) {
            let to = from + parts[from..].partition_point(|p| p.end <= end);
            let chunk = &parts[from..to];
            let wordless = !chunk
                .iter()
                .any(|p| p.slice(text).chars().any(char::is_alphanumeric));
            match split.last_mut() {
                Some(last) if wordless => last.extend_from_slice(chunk),
                _ if chunk.is_empty() => {}
                _ => split.push(chunk.to_vec()),
            }
            from = to;
        }
        let split: Vec<(Vec<Span>, String)> = split
            .into_iter()
            .map(|parts| {
                let words = insertions::join(text, &parts);
                (parts, words)
            })
            .filter(|(_, words)| words.chars().any(char::is_alphanumeric))
            .collect();
        if !split.is_empty() {
            kept.push(f);
            remarks.push(split);
        }
    }
    let speakers = speaker::attribute(lang, &kept);
    kept.iter()
        .zip(remarks)
        .zip(speakers)
        .flat_map(|((f, remarks), person)| {
            remarks.into_iter().map(move |(parts, text)| {
                let span = match (parts.first(), parts.last()) {
                    (Some(first), Some(last)) => Span::new(first.start, last.end),
                    _ => Span::new(f.open(), f.open()),
                };
                (span, parts, text, person.clone(), f.partial)
            })
        })
        .enumerate()
        .map(|(id, (span, parts, text, who, partial))| {
            let person = match &who {
                Attribution::Speaker(p) => Some(*p),
                _ => None,
            };
            Quote {
                id,
                span,
                parts,
                text,
                speaker: person.map(|p| lang.people.person(p).canonical().to_string()),
                person,
                bare_speaker: match who {
                    Attribution::Bare(form) => Some(form),
                    _ => None,
                },
                sentence: sentence_of(lang.sentences, span.start),
                partial,
            }
        })
        .collect()
}

/// Index of the sentence holding byte `pos` (the last one starting at or before it).
fn sentence_of(sentences: &[Sentence], pos: usize) -> usize {
    sentences
        .partition_point(|s| s.span.start <= pos)
        .saturating_sub(1)
}

/// Groups quotes of all articles that render the same remark. Every quote belongs to
/// exactly one group; groups are ordered by first appearance. Only the quotes are
/// compared, so the articles themselves are not consulted.
pub fn group_quotes<Q: AsRef<[Quote]>>(articles: &[Article], quotes: &[Q]) -> Vec<QuoteGroup> {
    let lists: Vec<&[Quote]> = quotes.iter().map(AsRef::as_ref).collect();
    let pieces: Vec<Vec<(usize, usize)>> = articles
        .iter()
        .zip(&lists)
        .map(|(article, list)| pieces::remark_pieces(&article.text, list))
        .collect();
    group::group(&lists, &pieces)
}

/// Gives quotations and quote groups attributed to a lone surname the full
/// name another article of the corpus gives that person, as a speaker or in
/// `named` (per article, the full names it mentions; see [`full_names`]).
pub fn complete_speaker_names(
    lists: &mut [Vec<Quote>],
    groups: &mut [QuoteGroup],
    named: &[Vec<String>],
) {
    full_names::complete(lists, groups, named);
}

/// The word differences of the quoted words `variant` against `canonical`, as
/// grouping computes them; for groups an analyst changed.
pub fn diff_texts(variant: &str, canonical: &str) -> Vec<WordDiff> {
    let tokens =
        |text: &str| crate::analysis::language::tokens::tokenize(text, Span::new(0, text.len()));
    let (v, c) = (tokens(variant), tokens(canonical));
    diff::word_diff(
        diff::Rendering {
            text: variant,
            tokens: &v,
        },
        diff::Rendering {
            text: canonical,
            tokens: &c,
        },
    )
}
