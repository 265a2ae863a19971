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

use crate::model::Corpus;

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
    /// The sentence alignment of articles `left` and `right`: by wording, and by
    /// the claims and quotes the two articles share (their groups' members).
    /// An analysis made without alignment finds no pairs.
    pub fn align(&self, left: usize, right: usize) -> align::Alignment {
        debug_assert!(self.index.is_some(), "analysed without alignment");
        let Some(index) = &self.index else {
            return align::Alignment::default();
        };
        let anchors = align::anchors::anchor_pairs(
            &self.articles,
            &self.claim_groups,
            &self.quote_groups,
            left,
            right,
        );
        index.align_anchored(left, right, &anchors)
    }
}

/// Runs the whole analysis over a corpus (as
/// [`progress::analyze_with_progress`], telling no one).
pub fn analyze(corpus: &Corpus) -> Analysis {
    progress::analyze_with_progress(corpus, &|_, _| {}, progress::Scope::WithAlignment)
}

/// An article at least this long has the independent passes of its reading
/// run side by side (see [`side_by_side`]): for one very long article nothing
/// else would use the other cores, while shorter articles are read in parallel
/// with each other.
pub(crate) const LONG_ARTICLE_BYTES: usize = 256 * 1024;

/// `apart` and `here` run at once, `apart` on a thread of its own, when `long`
/// (see [`LONG_ARTICLE_BYTES`]); one after the other otherwise. A panic in
/// either is passed on.
pub(crate) fn side_by_side<A: Send, B>(
    long: bool,
    apart: impl FnOnce() -> A + Send,
    here: impl FnOnce() -> B,
) -> (A, B) {
    if !long {
        return (apart(), here());
    }
    std::thread::scope(|threads| {
        let apart = threads.spawn(apart);
        let here = here();
        (joined(apart), here)
    })
}

/// The result of a scoped thread, its panic passed on.
pub(crate) fn joined<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Fewest items worth spreading over threads; below it, start-up costs more
/// than it saves.
const PARALLEL_MIN_ITEMS: usize = 32;

/// `f` over every item (an article, a pair of claims), on all cores for many
/// items, results in order.
pub(crate) fn parallel_map<I: Sync, T: Send>(items: &[I], f: impl Fn(&I) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if threads < 2 || items.len() < PARALLEL_MIN_ITEMS {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let f = &f;
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<T>>()))
            .collect();
        handles.into_iter().flat_map(joined).collect()
    })
}
