//! A claim group opened in the Claims or Coverage tab: every member, with the
//! outlets not on screen too, and how each states the fact.

use crate::analysis::claims::ClaimRef;
use crate::analysis::facts::value::claim_value;
use crate::analysis::facts::{DIFFERS, OUTLIER, disputed_values, is_outlier};

use super::lists::ensure_shown;
use super::panel::Tab;
use super::state::App;

/// One member of an open claim group, as the detail lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberLine {
    /// The member claim.
    pub member: ClaimRef,
    /// Its value of the disputed fact, marked `≠` (and `!` for the outlier), or
    /// its own value when the group is no conflict.
    pub value: String,
}

/// `l` in the Claims or Coverage tab: the selected group's members.
pub fn open(app: &mut App) {
    let rows = match app.panel.tab {
        Tab::Claims => &app.rows.claims,
        Tab::Coverage => &app.rows.coverage,
        _ => return,
    };
    if let Some(&group) = rows.get(app.panel.selected()) {
        app.panel.claim_detail = Some(group);
        app.panel.member = 0;
    }
}

/// `Enter` on a member: its article in a pane (the other pane when neither shows
/// it), the cursor on the claim.
pub fn jump_to_member(app: &mut App) {
    let Some(member) = app
        .panel
        .claim_detail
        .and_then(|g| app.analysis.claim_groups.get(g))
        .and_then(|g| g.members.get(app.panel.member))
        .copied()
    else {
        return;
    };
    let side = ensure_shown(app, member.article);
    let start = app.analysis.articles[member.article].claims[member.claim]
        .span
        .start;
    app.jump_to(side, start);
}

/// Every member of claim group `group` with its value, in group order.
pub fn member_lines(app: &App, group: usize) -> Vec<MemberLine> {
    let Some(group) = app.analysis.claim_groups.get(group) else {
        return Vec::new();
    };
    let clusters = disputed_values(&app.analysis, group);
    group
        .members
        .iter()
        .map(|&member| {
            let own = || claim_value(&app.analysis.articles[member.article].claims[member.claim]);
            let value = match clusters.iter().position(|c| c.members.contains(&member)) {
                Some(i) if clusters.len() > 1 => {
                    let outlier = if is_outlier(&clusters, i) {
                        OUTLIER
                    } else {
                        ""
                    };
                    let marks = format!("{DIFFERS}{outlier}");
                    let text = clusters[i].text_of(member).unwrap_or_else(own);
                    format!("{marks} {text}")
                }
                _ => own(),
            };
            MemberLine { member, value }
        })
        .collect()
}
