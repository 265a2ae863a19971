//! The actions by which the analyst corrects the analysis from the reader: link
//! or unlink two sentences, join or split claim and quote groups, call a claim
//! group a conflict or not, name a quote's speaker, and undo. Each correction is
//! saved in the session, anchored to the text, and applied at once everywhere.

use crate::analysis::claims::{ClaimRef, ClaimStatus};
use crate::analysis::quotes::QuoteRef;
use crate::model::Span;
use crate::session::{Anchor, CORRECTION_SIGN, CorrectionKind};

use super::Effect;
use super::modal::{Modal, Prompt, PromptPurpose};
use super::panel::Tab;
use super::state::App;
use super::{Side, mark_actions};

/// A group chosen with the first `=`, waiting for the group to join it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingJoin {
    /// Claim or quote groups.
    pub quotes: bool,
    /// A member of the chosen group.
    pub member: Anchor,
    /// The group as named to the analyst.
    pub label: String,
}

/// `L`: links the two cursor sentences, or unlinks them when they are matched.
pub fn link_sentences(app: &mut App) -> Vec<Effect> {
    let (Some(left), Some(right)) = (app.cursor_span(Side::Left), app.cursor_span(Side::Right))
    else {
        return Vec::new();
    };
    let (a, b) = app.pair();
    if a == b {
        app.message = Some("both panes show one article: o picks another".into());
        return Vec::new();
    }
    let sentences = [anchor(app, a, left), anchor(app, b, right)];
    let matched = app.counterparts.of(Side::Left, app.pane(Side::Left).cursor)
        == Some(app.pane(Side::Right).cursor);
    let kind = if matched {
        CorrectionKind::UnlinkSentences { sentences }
    } else {
        CorrectionKind::LinkSentences { sentences }
    };
    correct(app, kind)
}

/// `=`: in the panes, joins the groups of the claims under the two cursors; in
/// the side panel, the first press chooses the selected group and the second
/// joins the group then selected with it.
pub fn join_groups(app: &mut App) -> Vec<Effect> {
    if !app.panel.focused || !app.panel.visible {
        let claims = [Side::Left, Side::Right].map(|side| cursor_claim(app, side));
        let [Some(a), Some(b)] = claims else {
            app.message = Some("= joins the claims under both cursors: each needs a claim".into());
            return Vec::new();
        };
        let claims = [claim_anchor(app, a), claim_anchor(app, b)];
        return correct(app, CorrectionKind::JoinClaims { claims });
    }
    let Some(chosen) = selected_group(app) else {
        app.message = Some("select a claim or quote group to join".into());
        return Vec::new();
    };
    match app.pending_join.take() {
        Some(first) if first.quotes == chosen.quotes && first.member != chosen.member => {
            let pair = [first.member, chosen.member];
            let kind = if chosen.quotes {
                CorrectionKind::JoinQuotes { quotes: pair }
            } else {
                CorrectionKind::JoinClaims { claims: pair }
            };
            correct(app, kind)
        }
        _ => {
            app.message = Some(format!(
                "joining {}: select the other group and press = again (Esc cancels)",
                chosen.label
            ));
            app.pending_join = Some(chosen);
            Vec::new()
        }
    }
}

/// `X`: takes the claim under the cursor, the selected member, rendering or
/// fact-table cell out of its group.
pub fn detach(app: &mut App) -> Vec<Effect> {
    if app.panel.focused && app.panel.visible && app.panel.tab == Tab::Quotes {
        let Some(quote) = selected_variant(app) else {
            app.message = Some("open a quote group (Enter) and select a rendering".into());
            return Vec::new();
        };
        let quote = quote_anchor(app, quote);
        return correct(app, CorrectionKind::DetachQuote { quote });
    }
    let Some(claim) = selected_claim(app) else {
        app.message = Some("select a claim: a member (l in Claims), a cell, or a sentence".into());
        return Vec::new();
    };
    let claim = claim_anchor(app, claim);
    correct(app, CorrectionKind::DetachClaim { claim })
}

/// `C`: calls the selected claim group (or the cursor claim's) a conflict when
/// it is not one, and "not a conflict" when it is.
pub fn toggle_conflict(app: &mut App) -> Vec<Effect> {
    let Some(group) = claim_group_in_view(app) else {
        app.message = Some("select a claim group, or put the cursor on a claim".into());
        return Vec::new();
    };
    let group = &app.analysis.claim_groups[group];
    let conflict = group.status != ClaimStatus::Conflict;
    if conflict && group.article_count() < 2 {
        app.message = Some("one outlet cannot conflict with itself: a conflict needs two".into());
        return Vec::new();
    }
    let members = group.members.clone();
    let claims = members.into_iter().map(|m| claim_anchor(app, m)).collect();
    correct(app, CorrectionKind::ClaimVerdict { claims, conflict })
}

/// `S`: asks for the speaker of the quote in the cursor sentence or the
/// selected rendering.
pub fn set_speaker(app: &mut App) -> Vec<Effect> {
    if !mark_actions::writable(app) {
        return Vec::new();
    }
    let quote = if app.panel.focused && app.panel.visible {
        selected_variant(app)
    } else {
        cursor_quote(app)
    };
    let Some(quote) = quote else {
        app.message = Some("no quote here: put the cursor on one, or open a quote group".into());
        return Vec::new();
    };
    let found = &app.analysis.articles[quote.article].quotes[quote.quote];
    let current = found.speaker.clone().unwrap_or_default();
    let label = format!(
        "quote in {}",
        app.corpus.articles[quote.article].meta.outlet
    );
    let quote = quote_anchor(app, quote);
    app.modal = Modal::Prompt(Prompt::new(
        PromptPurpose::Speaker { quote, label },
        &current,
    ));
    Vec::new()
}

/// Saves the speaker typed in the speaker prompt (nothing for an empty name).
pub fn finish_speaker(app: &mut App, quote: Anchor, text: &str) -> Vec<Effect> {
    let speaker = text.trim().to_string();
    if speaker.is_empty() {
        app.message = Some("no name given: the speaker is unchanged".into());
        return Vec::new();
    }
    correct(app, CorrectionKind::Speaker { quote, speaker })
}

/// `u`: takes back the newest correction.
pub fn undo(app: &mut App) -> Vec<Effect> {
    if !mark_actions::writable(app) {
        return Vec::new();
    }
    app.pending_join = None;
    match app.session.undo_correction() {
        Some(undone) => {
            app.reapply_following_selection();
            app.message = Some(format!("undone: {}", undone.kind.describe()));
            vec![Effect::Save]
        }
        None => {
            app.message = Some("no correction to undo".into());
            Vec::new()
        }
    }
}

/// Records `kind` in the session, applies the corrections afresh and says what
/// changed.
fn correct(app: &mut App, kind: CorrectionKind) -> Vec<Effect> {
    if !mark_actions::writable(app) {
        return Vec::new();
    }
    let said = kind.describe();
    app.pending_join = None;
    let id = app.session.add_correction(kind);
    app.reapply_following_selection();
    app.message = Some(if app.idle_corrections.contains(&id) {
        format!("{CORRECTION_SIGN} {said}: saved, but it does not fit the analysis (u undoes it)")
    } else {
        format!("{CORRECTION_SIGN} {said} (u undoes it)")
    });
    vec![Effect::Save]
}

impl App {
    /// Applies the corrections afresh, keeping the selection of the side panel
    /// on the same claim group where the group's order changed.
    fn reapply_following_selection(&mut self) {
        let followed = self.panel_group_member();
        self.apply_corrections();
        if let Some(member) = followed {
            self.select_group_holding(member);
        }
    }

    /// A member of the claim group selected in the side panel: one other than
    /// the selected member of an open group, so the view stays on what is left.
    fn panel_group_member(&self) -> Option<ClaimRef> {
        let group = &self.analysis.claim_groups[claim_group_in_view(self)?];
        let selected = self
            .panel
            .claim_detail
            .and(group.members.get(self.panel.member));
        group
            .members
            .iter()
            .find(|m| Some(*m) != selected)
            .or(selected)
            .copied()
    }

    /// Selects, in the shown tab, the claim group holding `member`.
    fn select_group_holding(&mut self, member: ClaimRef) {
        let Some(group) = self
            .analysis
            .claim_groups
            .iter()
            .position(|g| g.members.contains(&member))
        else {
            return;
        };
        if self.panel.claim_detail.is_some() {
            self.panel.claim_detail = Some(group);
            let len = self.analysis.claim_groups[group].members.len();
            self.panel.member = self.panel.member.min(len.saturating_sub(1));
        }
        let row = match self.panel.tab {
            Tab::Claims => self.rows.claims.iter().position(|&g| g == group),
            Tab::Coverage => self.rows.coverage.iter().position(|&g| g == group),
            Tab::Facts => self
                .fact_view
                .rows
                .iter()
                .position(|&r| self.facts.rows[r].group == group),
            Tab::Quotes | Tab::Notes => None,
        };
        if let Some(row) = row {
            self.panel.selected[self.panel.tab.index()] = row;
        }
    }
}

/// The claim group the analyst is looking at: the one selected in the side
/// panel (list, members, fact-table row), else the cursor claim's.
fn claim_group_in_view(app: &App) -> Option<usize> {
    if app.panel.focused && app.panel.visible {
        let selected = app.panel.selected();
        return match app.panel.tab {
            _ if app.panel.claim_detail.is_some() => app.panel.claim_detail,
            Tab::Claims => app.rows.claims.get(selected).copied(),
            Tab::Coverage => app.rows.coverage.get(selected).copied(),
            Tab::Facts => app
                .fact_view
                .rows
                .get(selected)
                .map(|&r| app.facts.rows[r].group),
            Tab::Quotes | Tab::Notes => None,
        };
    }
    let claim = cursor_claim(app, app.focus)?;
    app.analysis
        .claim_groups
        .iter()
        .position(|g| g.members.contains(&claim))
}

/// The claim the analyst has selected: a member of an open group, a fact-table
/// cell, or the focused cursor's claim.
fn selected_claim(app: &App) -> Option<ClaimRef> {
    if !(app.panel.focused && app.panel.visible) {
        return cursor_claim(app, app.focus);
    }
    if let Some(group) = app.panel.claim_detail {
        return app
            .analysis
            .claim_groups
            .get(group)?
            .members
            .get(app.panel.member)
            .copied();
    }
    if app.panel.tab == Tab::Facts {
        let row = *app.fact_view.rows.get(app.panel.selected())?;
        return app.facts.rows[row]
            .cell(app.fact_view.column)
            .map(|c| c.claim);
    }
    None
}

/// The group selected in the side panel, for joining.
fn selected_group(app: &App) -> Option<PendingJoin> {
    if app.panel.tab == Tab::Quotes {
        let group = match app.panel.open_group {
            Some(group) => group,
            None => *app.rows.quotes.get(app.panel.selected())?,
        };
        let first = *app.analysis.quote_groups.get(group)?.members.first()?;
        return Some(PendingJoin {
            quotes: true,
            member: quote_anchor(app, first),
            label: format!("quote group #{group}"),
        });
    }
    let group = claim_group_in_view(app)?;
    let first = *app.analysis.claim_groups[group].members.first()?;
    Some(PendingJoin {
        quotes: false,
        member: claim_anchor(app, first),
        label: format!("claim group #{group}"),
    })
}

/// The rendering selected in an open quote group.
fn selected_variant(app: &App) -> Option<QuoteRef> {
    let group = app
        .panel
        .open_group
        .filter(|_| app.panel.tab == Tab::Quotes)?;
    app.analysis
        .quote_groups
        .get(group)?
        .members
        .get(app.panel.variant)
        .copied()
}

/// The claim of the cursor sentence in pane `side`: one in a conflict first.
pub fn cursor_claim(app: &App, side: Side) -> Option<ClaimRef> {
    let cursor = app.cursor_span(side)?;
    let article = app.pane(side).article;
    let claims = &app.analysis.articles[article].claims;
    let overlapping = || {
        claims
            .iter()
            .enumerate()
            .filter(move |(_, c)| c.span.overlaps(cursor))
            .map(|(i, _)| i)
    };
    let in_conflict = |&i: &usize| {
        app.highlights.claim_group[article][i]
            .and_then(|g| app.analysis.claim_groups.get(g))
            .is_some_and(|g| g.status == ClaimStatus::Conflict)
    };
    let claim = overlapping()
        .find(in_conflict)
        .or_else(|| overlapping().next())?;
    Some(ClaimRef { article, claim })
}

/// The first quote starting in the focused cursor sentence, else one overlapping it.
fn cursor_quote(app: &App) -> Option<QuoteRef> {
    let cursor = app.cursor_span(app.focus)?;
    let article = app.pane(app.focus).article;
    let quotes = &app.analysis.articles[article].quotes;
    let quote = quotes
        .iter()
        .position(|q| cursor.contains_offset(q.span.start))
        .or_else(|| quotes.iter().position(|q| q.span.overlaps(cursor)))?;
    Some(QuoteRef { article, quote })
}

/// An anchor on `span` of article `article`.
fn anchor(app: &App, article: usize, span: Span) -> Anchor {
    Anchor::new(&app.corpus.articles[article], span)
}

/// An anchor on a claim's anchor fact (claims of one clause share the clause,
/// never the fact they are about).
fn claim_anchor(app: &App, claim: ClaimRef) -> Anchor {
    let span = app.analysis.articles[claim.article].claims[claim.claim].anchor;
    anchor(app, claim.article, span)
}

/// An anchor on a quote.
fn quote_anchor(app: &App, quote: QuoteRef) -> Anchor {
    let span = app.analysis.articles[quote.article].quotes[quote.quote].span;
    anchor(app, quote.article, span)
}
