//! Pure analysis over the document model: segmentation, quotes, claims, alignment.
//!
//! Nothing here knows about terminals. [`analyze`] runs the whole pipeline once per corpus.

pub mod align;
mod board;
pub mod claims;
pub mod corrections;
pub mod disjoint;
pub mod facts;
pub mod language;
pub mod progress;
pub mod quotes;
pub mod segment;
pub mod sentences;
pub mod sorted;
mod threads;

use crate::model::Corpus;

pub(crate) use threads::{LONG_ARTICLE_BYTES, joined, parallel_map, side_by_side};

use align::SimilarityIndex;
use claims::{Claim, ClaimGroup};
use quotes::{Quote, QuoteGroup};
use sentences::Sentence;

/// Number of distinct values: how many articles a group's members come from.
pub(crate) fn count_distinct(values: impl Iterator<Item = usize>) -> usize {
    let mut values: Vec<usize> = values.collect();
    values.sort_unstable();
    values.dedup();
    values.len()
}

/// What analysis found in one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleAnalysis {
    /// Sentences in reading order.
    pub sentences: Vec<Sentence>,
    /// Direct quotes in reading order.
    pub quotes: Vec<Quote>,
    /// Checkable claims in reading order.
    pub claims: Vec<Claim>,
}

/// Everything analysis knows about a corpus.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Per article, in corpus order.
    pub articles: Vec<ArticleAnalysis>,
    /// Groups of renderings of the same remark.
    pub quote_groups: Vec<QuoteGroup>,
    /// Groups of the same claim across outlets.
    pub claim_groups: Vec<ClaimGroup>,
    /// Similarity statistics, for aligning any pair on demand; `None` when
    /// analysed without alignment ([`progress::Scope::WithoutAlignment`]).
    pub index: Option<SimilarityIndex>,
}

impl Analysis {
    /// The sentence alignment of articles `left` and `right`: by wording, by
    /// the claims and quotes the two articles share (their groups' members),
    /// and by bridges through a few third articles ([`align::bridges`]) that
    /// match one sentence on each side. An analysis made without alignment
    /// finds no pairs.
    pub fn align(&self, left: usize, right: usize) -> align::Alignment {
        debug_assert!(self.index.is_some(), "analysed without alignment");
        let Some(index) = &self.index else {
            return align::Alignment::default();
        };
        let anchors_of = |l: usize, r: usize| {
            align::anchors::anchor_pairs(
                &self.articles,
                &self.claim_groups,
                &self.quote_groups,
                l,
                r,
            )
        };
        let direct = |l: usize, r: usize| index.align_anchored(l, r, &anchors_of(l, r));
        let mut anchors = anchors_of(left, right);
        let thirds =
            align::bridges::bridging_articles(&self.claim_groups, self.articles.len(), left, right);
        for third in thirds {
            let bridges =
                align::bridges::bridged_pairs(&direct(left, third), &direct(third, right));
            align::bridges::add_bridges(&mut anchors, &bridges);
        }
        index.align_anchored(left, right, &anchors)
    }
}

/// Runs the whole analysis over a corpus (as
/// [`progress::analyze_with_progress`], telling no one).
pub fn analyze(corpus: &Corpus) -> Analysis {
    progress::analyze_with_progress(corpus, &|_, _| {}, progress::Scope::WithAlignment)
}
