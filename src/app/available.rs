//! Whether an action can do something now, and if not, why: the status line says
//! so instead of the key doing nothing, and the hint line shows only keys that
//! work.

use crate::config::KeyTable;

use super::Action;
use super::Side;
use super::keymap::{Context, Key};
use super::modal::Modal;
use super::panel::Tab;
use super::state::App;

/// `Ok` when `action` does something in the app's current state, else the reason.
pub fn check(app: &App, action: Action) -> Result<(), String> {
    let panel_focused = matches!(app.context(), Context::Panel | Context::Facts);
    let group_list = panel_focused
        && matches!(
            app.panel.tab,
            Tab::Quotes | Tab::Claims | Tab::Coverage | Tab::Facts
        )
        && !(app.panel.tab == Tab::Quotes && app.panel.open_group.is_some());
    let claim_detail =
        app.panel.claim_detail.is_some() && matches!(app.panel.tab, Tab::Claims | Tab::Coverage);
    match action {
        Action::SearchNext | Action::SearchPrev if app.search.matches.is_empty() => {
            Err(if app.search.query.is_empty() {
                "no search yet: press / to search".into()
            } else {
                format!("no match for \"{}\" in the panes", app.search.query)
            })
        }
        Action::SwitchFocus if !app.pane_visible(app.focus.other()) => {
            Err("the side panel covers the other pane: press \\ to hide it".into())
        }
        Action::EditVerdict if !group_list => Err(
            "verdicts are given on a quote or claim group: select one in the Quotes (1), Claims (2) or Coverage (3) tab, then press v"
                .into(),
        ),
        Action::DeleteMark if app.panel.tab != Tab::Notes => {
            Err("d deletes a mark in the Notes tab (4)".into())
        }
        Action::CycleFilter if !matches!(app.panel.tab, Tab::Claims | Tab::Facts) => {
            Err("f filters the Claims tab (2) and the fact table (5)".into())
        }
        Action::Back if app.panel.tab == Tab::Quotes && app.panel.open_group.is_none() => {
            Err("already at the group list: Tab or Esc goes back to the panes".into())
        }
        Action::Back if app.panel.tab != Tab::Quotes && !claim_detail => {
            Err("this tab has no group open: Tab or Esc goes back to the panes".into())
        }
        Action::OpenUrl => super::links::available(app),
        Action::UndoCorrection if app.session.corrections.is_empty() => {
            Err("no correction to undo".into())
        }
        Action::OpenDetail if claim_detail => Err("the group is open: h goes back".into()),
        Action::OpenDetail if !matches!(app.panel.tab, Tab::Claims | Tab::Coverage) => {
            Err("l lists a claim group's members in the Claims (2) or Coverage (3) tab".into())
        }
        Action::ColumnLeft | Action::ColumnRight | Action::FilterOutlet | Action::ShowOmissions
            if app.facts.outlets.is_empty() =>
        {
            Err("no outlets".into())
        }
        Action::LinkSentences if !app.pane_visible(Side::Right) => {
            Err("linking needs both panes: press \\ to hide the side panel".into())
        }
        Action::SetSpeaker if panel_focused && app.panel.tab != Tab::Quotes => {
            Err("S names a speaker in the panes or in an open quote group (1, Enter)".into())
        }
        Action::DetachFromGroup
            if panel_focused
                && !claim_detail
                && app.panel.tab != Tab::Facts
                && !(app.panel.tab == Tab::Quotes && app.panel.open_group.is_some()) =>
        {
            Err("X takes out a member: open a group first (Enter in Quotes, l in Claims)".into())
        }
        Action::JoinGroups | Action::ToggleConflict
            if panel_focused && app.panel.tab == Tab::Notes =>
        {
            Err("= and C act on claim groups: Claims (2), Coverage (3) or facts (5)".into())
        }
        Action::ToggleConflict if panel_focused && app.panel.tab == Tab::Quotes => {
            Err("C judges claim groups: Claims (2), Coverage (3) or facts (5)".into())
        }
        Action::NextVerdict if !is_verdict_editor(&app.modal) => {
            Err("Tab changes the verdict in the verdict editor (v)".into())
        }
        Action::EditNote
        | Action::CycleFlag
        | Action::AddTag
        | Action::EditVerdict
        | Action::LinkSentences
        | Action::JoinGroups
        | Action::DetachFromGroup
        | Action::ToggleConflict
        | Action::SetSpeaker
        | Action::UndoCorrection
            if app.read_only.is_some() =>
        {
            Err(format!(
                "the session is read-only: {}",
                app.read_only.as_deref().unwrap_or_default()
            ))
        }
        _ => Ok(()),
    }
}

/// True for actions that open a text field: when one is refused, what the analyst
/// types next was meant for the field and must not run as commands.
pub fn opens_text_field(action: Action) -> bool {
    matches!(
        action,
        Action::EditNote
            | Action::AddTag
            | Action::EditVerdict
            | Action::StartSearch
            | Action::SetSpeaker
    )
}

/// What to tell someone who pressed `key` where it does nothing, after the
/// keys in force.
pub fn not_here(keys: &KeyTable, context: Context, key: Key) -> (String, bool) {
    match keys.elsewhere(context, key) {
        Some(row) => (
            format!(
                "{}: {} works {}",
                key.label(),
                row.description,
                row.context.whereabouts()
            ),
            opens_text_field(row.action),
        ),
        None => (
            format!("{} does nothing here: ? lists the keys", key.label()),
            false,
        ),
    }
}

fn is_verdict_editor(modal: &Modal) -> bool {
    matches!(
        modal,
        Modal::Editor(open) if matches!(open.purpose, super::marks::EditorPurpose::Verdict(_))
    )
}
