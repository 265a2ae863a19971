//! The analyst's corrections in the reader: the analysis as the machine made it
//! is kept, and the session's corrections are applied to it afresh whenever
//! they change, so the panes, the side panel, the fact table and the coverage
//! matrix all show the corrected analysis.

use crate::analysis::Analysis;
use crate::analysis::claims::ClaimGroup;
use crate::analysis::corrections::apply;
use crate::analysis::facts::FactTable;
use crate::analysis::quotes::{Quote, QuoteGroup};

use super::highlights::Highlights;
use super::rows::ListRows;
use super::state::App;

/// What corrections change in the analysis, as the machine made it: the claim
/// and quote groups and every quote (speakers).
#[derive(Debug, Clone, Default)]
pub struct MachineGroups {
    claim_groups: Vec<ClaimGroup>,
    quote_groups: Vec<QuoteGroup>,
    quotes: Vec<Vec<Quote>>,
}

impl MachineGroups {
    /// Keeps what corrections would change in `analysis`.
    pub fn of(analysis: &Analysis) -> Self {
        Self {
            claim_groups: analysis.claim_groups.clone(),
            quote_groups: analysis.quote_groups.clone(),
            quotes: analysis.articles.iter().map(|a| a.quotes.clone()).collect(),
        }
    }

    /// Puts the machine's groups and quotes back into `analysis`.
    fn restore(&self, analysis: &mut Analysis) {
        analysis.claim_groups.clone_from(&self.claim_groups);
        analysis.quote_groups.clone_from(&self.quote_groups);
        for (article, quotes) in analysis.articles.iter_mut().zip(&self.quotes) {
            article.quotes.clone_from(quotes);
        }
    }
}

impl App {
    /// Applies the session's corrections to the machine's analysis afresh, and
    /// rebuilds everything drawn from the analysis (highlights, list rows, the
    /// fact table, the pair's alignment), keeping each pane's place.
    pub fn apply_corrections(&mut self) {
        self.machine.restore(&mut self.analysis);
        let resolved = self
            .session
            .resolve_corrections(&self.corpus, &self.analysis);
        self.applied = apply(&mut self.analysis, &resolved.corrections);
        self.idle_corrections = resolved.unresolved;
        self.idle_corrections
            .extend(self.applied.skipped.iter().map(|&i| resolved.ids[i]));
        self.corrections = resolved.corrections;
        self.analysis_changed();
    }

    /// The analysis as the machine made it, before any correction: what a
    /// report starts from (it applies the session's corrections itself).
    pub fn machine_analysis(&self) -> Analysis {
        let mut analysis = self.analysis.clone();
        self.machine.restore(&mut analysis);
        analysis
    }

    /// Rebuilds what is drawn from the analysis after it changed.
    pub fn analysis_changed(&mut self) {
        self.highlights = Highlights::new(&self.corpus, &self.analysis);
        self.rows = ListRows::new(&self.corpus, &self.analysis);
        self.facts = FactTable::build(&self.corpus, &self.analysis);
        self.fact_view.refresh(&self.facts);
        if self
            .panel
            .claim_detail
            .is_some_and(|g| g >= self.analysis.claim_groups.len())
        {
            self.panel.claim_detail = None;
        }
        self.realign();
    }
}
