//! Anchors: sentence pairs that the rest of the analysis already found to say
//! the same thing, because they hold a claim of one claim group or a rendering
//! of one quote group. Wording alone misses them when an outlet rewrites a
//! sentence around the same fact ("would appropriate $14.5 million" against
//! "would send $14.5 million") or attributes the same remark another way
//! ("Baca said" against "he said").

use std::collections::HashMap;

use super::SentencePair;
use crate::analysis::ArticleAnalysis;
use crate::analysis::claims::ClaimGroup;
use crate::analysis::language::tokens::tokenize;
use crate::analysis::quotes::QuoteGroup;
use crate::analysis::sorted::count_shared;
use crate::model::Span;

/// Similarity an anchored pair counts as at least: above the in-order and the
/// moved thresholds, so an anchor aligns on its own, but below a close
/// rewording, so a sentence whose wording matches better still wins.
pub const ANCHOR_SCORE: f32 = 0.45;

/// A group's member as anchoring reads it: its sentence index, and its quote's
/// text for a quote group's member.
type Member<'a> = (usize, Option<&'a str>);

/// Members of one group in the two articles.
#[derive(Default)]
struct Sides<'a> {
    left: Vec<Member<'a>>,
    right: Vec<Member<'a>>,
}

/// Content words two renderings in a quote group spanning several sentences
/// of an article must share for their sentences to be anchored: pieces of one
/// remark ("We will rebuild," she said. "Every house.") each meet only the
/// part of another outlet's rendering that says the same.
const SHARED_QUOTE_WORDS: usize = 1;

/// The distinct content-word stems of a quote's text, sorted.
fn quote_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = tokenize(text, Span::new(0, text.len()))
        .iter()
        .filter(|t| t.is_content())
        .map(|t| t.stem().to_string())
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The anchored sentence pairs of articles `left` and `right`: every pair of
/// their sentences holding members of one claim group or one quote group.
/// Sorted by (left, right), each pair once.
pub fn anchor_pairs(
    articles: &[ArticleAnalysis],
    claim_groups: &[ClaimGroup],
    quote_groups: &[QuoteGroup],
    left: usize,
    right: usize,
) -> Vec<SentencePair> {
    let mut sides: HashMap<(bool, usize), Sides> = HashMap::new();
    let sentence_of_claim = |article: usize, claim: usize| {
        articles
            .get(article)
            .and_then(|a| a.claims.get(claim))
            .map(|c| c.sentence)
    };
    let quote =
        |article: usize, quote: usize| articles.get(article).and_then(|a| a.quotes.get(quote));
    let claim_members = claim_groups.iter().flat_map(|g| {
        g.members.iter().map(move |m| {
            (
                (false, g.id),
                m.article,
                sentence_of_claim(m.article, m.claim).map(|s| (s, None)),
            )
        })
    });
    let quote_members = quote_groups.iter().flat_map(|g| {
        g.members.iter().map(move |m| {
            (
                (true, g.id),
                m.article,
                quote(m.article, m.quote).map(|q| (q.sentence, Some(q.text.as_str()))),
            )
        })
    });
    for (key, article, sentence) in claim_members.chain(quote_members) {
        let Some(sentence) = sentence else { continue };
        if article == left {
            sides.entry(key).or_default().left.push(sentence);
        } else if article == right {
            sides.entry(key).or_default().right.push(sentence);
        }
    }
    let mut pairs: Vec<SentencePair> = sides
        .values()
        .flat_map(|side| {
            let pieces = several_sentences(&side.left) || several_sentences(&side.right);
            side.left.iter().flat_map(move |(l, lw)| {
                side.right
                    .iter()
                    .filter(move |(_, rw)| !pieces || renderings_meet(*lw, *rw))
                    .map(move |(r, _)| SentencePair {
                        left: *l,
                        right: *r,
                        score: ANCHOR_SCORE,
                    })
            })
        })
        .collect();
    pairs.sort_by_key(|p| (p.left, p.right));
    pairs.dedup_by_key(|p| (p.left, p.right));
    pairs
}

/// True when a group's members in one article lie in more than one sentence.
fn several_sentences(members: &[Member<'_>]) -> bool {
    members.windows(2).any(|w| w[0].0 != w[1].0)
}

/// True when two quote renderings share [`SHARED_QUOTE_WORDS`] content words
/// (claims carry no words here: they always meet). Read only for the rare
/// group spread over several sentences, not for every anchor.
fn renderings_meet(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => count_shared(&quote_words(a), &quote_words(b)) >= SHARED_QUOTE_WORDS,
        _ => true,
    }
}
