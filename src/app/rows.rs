//! List rows kept in app state, so drawing a frame never rebuilds or re-sorts a
//! list of every group or article (the coverage matrix and the picker of a
//! 10,000-article corpus would otherwise take hundreds of milliseconds a frame),
//! nor counts the outlets of a group that thousands of articles share.

use crate::analysis::Analysis;
use crate::model::Corpus;

use super::panel::{ClaimFilter, coverage_rows, listed_claim_groups, quote_rows};

/// The rows of every list the reader shows.
#[derive(Debug, Clone, Default)]
pub struct ListRows {
    /// Quote groups in jump-list order.
    pub quotes: Vec<usize>,
    /// Claim groups in coverage order.
    pub coverage: Vec<usize>,
    /// Claim groups the Claims tab lists for the pair and filter on screen.
    pub claims: Vec<usize>,
    /// For each quote group, how many outlets carry it.
    pub quote_outlets: Vec<usize>,
    /// For each quote group, whether its renderings differ (its `≠`).
    pub quote_differ: Vec<bool>,
    /// For each claim group, the articles carrying it, in corpus order, once each.
    pub claim_articles: Vec<Vec<usize>>,
    /// Word count of each article, for the picker.
    pub words: Vec<usize>,
    /// Width of the widest outlet name (capped), for the picker's column.
    pub outlet_width: usize,
}

/// Widest outlet column the picker gives.
const MAX_OUTLET_WIDTH: usize = 24;

impl ListRows {
    /// Builds every list for `corpus` and its analysis.
    pub fn new(corpus: &Corpus, analysis: &Analysis) -> Self {
        Self {
            quotes: quote_rows(analysis),
            coverage: coverage_rows(analysis),
            claims: Vec::new(),
            quote_outlets: analysis
                .quote_groups
                .iter()
                .map(|g| g.article_count())
                .collect(),
            quote_differ: analysis
                .quote_groups
                .iter()
                .map(|g| g.renderings_differ())
                .collect(),
            claim_articles: analysis
                .claim_groups
                .iter()
                .map(|g| {
                    let mut articles: Vec<usize> = g.members.iter().map(|m| m.article).collect();
                    articles.sort_unstable();
                    articles.dedup();
                    articles
                })
                .collect(),
            words: corpus.articles.iter().map(|a| a.word_count()).collect(),
            outlet_width: corpus
                .articles
                .iter()
                .map(|a| a.meta.outlet.chars().count())
                .max()
                .unwrap_or(0)
                .min(MAX_OUTLET_WIDTH),
        }
    }

    /// Rebuilds the Claims tab's rows after the pair or the filter changed.
    pub fn refilter(&mut self, analysis: &Analysis, filter: ClaimFilter, pair: (usize, usize)) {
        self.claims = listed_claim_groups(analysis, filter, pair.0, pair.1);
    }
}
