//! The side panel: quote groups, claim groups, the coverage matrix, the notes and
//! the fact table.

use crate::analysis::Analysis;
use crate::analysis::claims::{ClaimGroup, ClaimStatus};

/// How a quote without a known speaker is named, everywhere.
pub const UNKNOWN_SPEAKER: &str = "unknown speaker";

/// The panel's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// Quote groups, the jump list across outlets.
    #[default]
    Quotes,
    /// Claim groups with a filter.
    Claims,
    /// Claim groups × outlets.
    Coverage,
    /// The analyst's notes, flags and verdicts.
    Notes,
    /// Facts × outlets: every outlet's value of every fact.
    Facts,
}

impl Tab {
    /// Every tab in order.
    pub const ALL: [Tab; 5] = [
        Tab::Quotes,
        Tab::Claims,
        Tab::Coverage,
        Tab::Notes,
        Tab::Facts,
    ];

    /// Position of the tab in [`Tab::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tab's title.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Quotes => "Quotes",
            Tab::Claims => "Claims",
            Tab::Coverage => "Coverage",
            Tab::Notes => "Notes",
            Tab::Facts => "Facts",
        }
    }

    /// The tab's title where the panel is narrow.
    pub fn short_title(self) -> &'static str {
        match self {
            Tab::Coverage => "Cover",
            other => other.title(),
        }
    }
}

/// Which claim groups the Claims tab lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClaimFilter {
    /// Every group.
    #[default]
    All,
    /// Groups whose outlets disagree.
    Conflicts,
    /// Groups only the left article carries.
    UniqueLeft,
    /// Groups only the right article carries.
    UniqueRight,
}

impl ClaimFilter {
    /// The next filter in the cycle.
    pub fn next(self) -> Self {
        match self {
            ClaimFilter::All => ClaimFilter::Conflicts,
            ClaimFilter::Conflicts => ClaimFilter::UniqueLeft,
            ClaimFilter::UniqueLeft => ClaimFilter::UniqueRight,
            ClaimFilter::UniqueRight => ClaimFilter::All,
        }
    }

    /// How the filter is named on screen.
    pub fn label(self) -> &'static str {
        match self {
            ClaimFilter::All => "all",
            ClaimFilter::Conflicts => "conflicts",
            ClaimFilter::UniqueLeft => "unique to left",
            ClaimFilter::UniqueRight => "unique to right",
        }
    }

    /// True when `group` passes the filter for the pair (`left`, `right`).
    pub fn admits(self, group: &ClaimGroup, left: usize, right: usize) -> bool {
        let carries = |article| group.members.iter().any(|m| m.article == article);
        match self {
            ClaimFilter::All => true,
            ClaimFilter::Conflicts => group.status == ClaimStatus::Conflict,
            ClaimFilter::UniqueLeft => carries(left) && !carries(right),
            ClaimFilter::UniqueRight => carries(right) && !carries(left),
        }
    }
}

/// State of the side panel.
#[derive(Debug, Clone, Default)]
pub struct PanelState {
    /// Whether it is shown.
    pub visible: bool,
    /// Whether it has the keyboard.
    pub focused: bool,
    /// The tab shown.
    pub tab: Tab,
    /// Selected row per tab.
    pub selected: [usize; Tab::ALL.len()],
    /// The quote group opened to show its variants, if any.
    pub open_group: Option<usize>,
    /// Selected variant in the open quote group.
    pub variant: usize,
    /// Filter of the Claims tab.
    pub filter: ClaimFilter,
    /// The claim group whose members the Claims or Coverage tab shows, if any.
    pub claim_detail: Option<usize>,
    /// Selected member of that group.
    pub member: usize,
}

impl PanelState {
    /// Shows and focuses the panel on `tab`.
    pub fn open(&mut self, tab: Tab) {
        if self.tab != tab {
            self.claim_detail = None;
        }
        self.tab = tab;
        self.visible = true;
        self.focused = true;
    }

    /// The selected row of the shown tab.
    pub fn selected(&self) -> usize {
        self.selected[self.tab.index()]
    }

    /// Moves the selection of the shown list by `delta` within `len` rows.
    pub fn move_selection(&mut self, delta: isize, len: usize) {
        if self.tab == Tab::Quotes && self.open_group.is_some() {
            self.variant = step(self.variant, delta, len);
        } else if self.claim_detail.is_some() {
            self.member = step(self.member, delta, len);
        } else {
            let slot = &mut self.selected[self.tab.index()];
            *slot = step(*slot, delta, len);
        }
    }
}

/// `value + delta`, kept within `0..len`.
pub fn step(value: usize, delta: isize, len: usize) -> usize {
    value
        .saturating_add_signed(delta)
        .min(len.saturating_sub(1))
}

/// The claim groups the Claims tab lists for the pair on screen, in order.
pub fn listed_claim_groups(
    analysis: &Analysis,
    filter: ClaimFilter,
    left: usize,
    right: usize,
) -> Vec<usize> {
    analysis
        .claim_groups
        .iter()
        .filter(|g| filter.admits(g, left, right))
        .map(|g| g.id)
        .collect()
}

/// The quote groups in jump-list order: those quoted by more outlets first, then
/// in order of appearance.
pub fn quote_rows(analysis: &Analysis) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..analysis.quote_groups.len()).collect();
    rows.sort_by_key(|&g| std::cmp::Reverse(analysis.quote_groups[g].article_count()));
    rows
}

/// The claim groups as coverage rows: conflicts first, then by how many outlets
/// carry them, most first.
pub fn coverage_rows(analysis: &Analysis) -> Vec<usize> {
    let mut rows: Vec<&ClaimGroup> = analysis.claim_groups.iter().collect();
    rows.sort_by_key(|g| {
        let outlets = g.article_count();
        (
            g.status != ClaimStatus::Conflict,
            std::cmp::Reverse(outlets),
            g.id,
        )
    });
    rows.into_iter().map(|g| g.id).collect()
}
