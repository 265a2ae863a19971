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
use crate::analysis::quotes::QuoteGroup;

/// Similarity an anchored pair counts as at least: above the in-order and the
/// moved thresholds, so an anchor aligns on its own, but below a close
/// rewording, so a sentence whose wording matches better still wins.
pub const ANCHOR_SCORE: f32 = 0.45;

/// Members of one group in the two articles, as sentence indices.
#[derive(Default)]
struct Sides {
    left: Vec<usize>,
    right: Vec<usize>,
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
    let sentence_of_quote = |article: usize, quote: usize| {
        articles
            .get(article)
            .and_then(|a| a.quotes.get(quote))
            .map(|q| q.sentence)
    };
    let claim_members = claim_groups.iter().flat_map(|g| {
        g.members.iter().map(move |m| {
            (
                (false, g.id),
                m.article,
                sentence_of_claim(m.article, m.claim),
            )
        })
    });
    let quote_members = quote_groups.iter().flat_map(|g| {
        g.members.iter().map(move |m| {
            (
                (true, g.id),
                m.article,
                sentence_of_quote(m.article, m.quote),
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
            side.left.iter().flat_map(|&l| {
                side.right.iter().map(move |&r| SentencePair {
                    left: l,
                    right: r,
                    score: ANCHOR_SCORE,
                })
            })
        })
        .collect();
    pairs.sort_by_key(|p| (p.left, p.right));
    pairs.dedup_by_key(|p| (p.left, p.right));
    pairs
}
