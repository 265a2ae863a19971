//! Moving in lists (side panel tabs, picker, search results, help) and acting on
//! the selected row: open a group, jump to a quote or claim, pick an article.

use super::geometry::{help_rows_visible, help_text_width, list_popup_rows, picker_rows};
use super::help::help_lines;
use super::keymap::Context;
use super::modal::Modal;
use super::panel::{Tab, step};
use super::state::App;
use super::{Side, mark_actions};

/// Number of rows in the panel list that has the keyboard.
fn panel_len(app: &App) -> usize {
    match (app.panel.tab, app.panel.open_group) {
        (Tab::Quotes, Some(group)) => app
            .analysis
            .quote_groups
            .get(group)
            .map_or(0, |g| g.members.len()),
        (Tab::Quotes, None) => app.rows.quotes.len(),
        (Tab::Claims | Tab::Coverage, _) if app.panel.claim_detail.is_some() => app
            .panel
            .claim_detail
            .and_then(|g| app.analysis.claim_groups.get(g))
            .map_or(0, |g| g.members.len()),
        (Tab::Claims, _) => app.rows.claims.len(),
        (Tab::Coverage, _) => app.rows.coverage.len(),
        (Tab::Notes, _) => app.session.marks.len(),
        (Tab::Facts, _) => app.fact_view.rows.len(),
    }
}

/// Moves the selection of the list with the keyboard (or scrolls help) by `delta`.
pub fn move_selection(app: &mut App, delta: isize) {
    let articles = app.corpus.articles.len();
    let found = app.search.found.len();
    let help_max = help_scroll_max(app);
    match &mut app.modal {
        Modal::Picker(picker) => {
            picker.selected = step(picker.selected, delta, picker.len(articles));
        }
        Modal::Results(results) => results.selected = step(results.selected, delta, found),
        Modal::Help(help) => help.scroll = step(help.scroll, delta, help_max + 1),
        _ => {
            let len = panel_len(app);
            app.panel.move_selection(delta, len);
        }
    }
}

/// Moves the selection (or help) a page down or up.
pub fn page_selection(app: &mut App, down: bool) {
    let rows = match &app.modal {
        Modal::Help(_) => help_rows_visible(app.area),
        Modal::Picker(_) => picker_rows(app.area, app.corpus.articles.len()),
        Modal::Results(_) => list_popup_rows(app.area, app.search.found.len()),
        _ => usize::from(app.geometry().panel.map_or(4, |p| p.height) / 2),
    };
    let rows = rows.max(1) as isize;
    move_selection(app, if down { rows } else { -rows });
}

/// The largest useful help scroll: the last line at the bottom of the popup.
fn help_scroll_max(app: &App) -> usize {
    let Modal::Help(help) = &app.modal else {
        return 0;
    };
    help_lines(&app.keys, help.filter.text(), help_text_width(app.area))
        .len()
        .saturating_sub(help_rows_visible(app.area))
}

/// `Enter` on the selected row.
pub fn select(app: &mut App) {
    match app.modal {
        Modal::Picker(_) => return pick(app, None),
        Modal::Results(results) => return open_result(app, results.selected),
        _ => {}
    }
    match app.panel.tab {
        Tab::Quotes => match app.panel.open_group {
            None => {
                if let Some(&group) = app.rows.quotes.get(app.panel.selected()) {
                    app.panel.open_group = Some(group);
                    app.panel.variant = 0;
                }
            }
            Some(group) => jump_to_quote_variant(app, group, app.panel.variant),
        },
        Tab::Claims | Tab::Coverage if app.panel.claim_detail.is_some() => {
            super::claim_detail::jump_to_member(app)
        }
        Tab::Claims => {
            if let Some(&group) = app.rows.claims.get(app.panel.selected()) {
                jump_to_claim_group(app, group);
            }
        }
        Tab::Coverage => {
            if let Some(&group) = app.rows.coverage.get(app.panel.selected()) {
                open_best_pair(app, group);
            }
        }
        Tab::Notes => mark_actions::jump_to_mark(app),
        Tab::Facts => super::fact_actions::open_cell(app),
    }
}

/// Opens search result `index`: its article in a pane (the other pane when
/// neither shows it), the cursor on the matching sentence.
fn open_result(app: &mut App, index: usize) {
    let Some(found) = app.search.found.get(index).copied() else {
        return;
    };
    app.modal = Modal::None;
    let side = ensure_shown(app, found.article);
    app.jump_to(side, found.span.start);
    app.search.current = app
        .search
        .matches
        .iter()
        .position(|m| m.side == side && m.span == found.span);
    app.message = Some(format!(
        "match {} of {} in {}",
        index + 1,
        app.search.found.len(),
        app.corpus.articles[found.article].meta.outlet
    ));
}

/// Jumps the panes to one rendering of a quote, opening its article if needed.
fn jump_to_quote_variant(app: &mut App, group: usize, variant: usize) {
    let Some(member) = app
        .analysis
        .quote_groups
        .get(group)
        .and_then(|g| g.members.get(variant))
        .copied()
    else {
        return;
    };
    let side = ensure_shown(app, member.article);
    let offset = app.analysis.articles[member.article].quotes[member.quote]
        .span
        .start;
    app.jump_to(side, offset);
}

/// The side showing `article`, opening it in the unfocused pane when neither does.
pub fn ensure_shown(app: &mut App, article: usize) -> Side {
    if let Some(side) = app.side_showing(article) {
        return side;
    }
    let target = if app.pane_visible(app.focus.other()) {
        app.focus.other()
    } else {
        app.focus
    };
    app.show_article(target, article);
    target
}

/// Jumps to a claim group's member in a pane on screen, else opens its best pair.
fn jump_to_claim_group(app: &mut App, group: usize) {
    let members = app.analysis.claim_groups[group].members.clone();
    let shown = members
        .iter()
        .find_map(|m| app.side_showing(m.article).map(|side| (side, *m)));
    match shown {
        Some((side, member)) => {
            let offset = app.analysis.articles[member.article].claims[member.claim]
                .span
                .start;
            app.jump_to(side, offset);
        }
        None => open_best_pair(app, group),
    }
}

/// Opens the pair that best shows a claim group: two outlets carrying it (for a
/// conflict, two that disagree), or the one outlet carrying it beside the current
/// other pane. Both claims end up wholly on screen.
fn open_best_pair(app: &mut App, group: usize) {
    let members = app.analysis.claim_groups[group].members.clone();
    let Some(first) = members.first().copied() else {
        return;
    };
    let second = members.iter().find(|m| m.article != first.article).copied();
    let (left, right) = app.pair();
    let keep = if right == first.article { left } else { right };
    let wanted = (first.article, second.map_or(keep, |s| s.article));
    if (left, right) != wanted {
        app.panes[0].article = wanted.0;
        app.panes[1].article = wanted.1;
        app.pair_changed();
    }
    let start = |m: crate::analysis::claims::ClaimRef| {
        app.analysis.articles[m.article].claims[m.claim].span.start
    };
    let left_offset = start(first);
    let right_offset = second.map(start);
    let sync = std::mem::replace(&mut app.sync, false);
    if let Some(offset) = right_offset {
        app.jump_to(Side::Right, offset);
    }
    app.jump_to(Side::Left, left_offset);
    app.sync = sync;
    if right_offset.is_some() {
        app.reveal_both_cursors();
    }
}

/// Puts the picker's article in a pane: `side`, or the picker's slot. When the
/// filter left no article, the picker stays open and says so.
pub fn pick(app: &mut App, side: Option<Side>) {
    let Modal::Picker(mut picker) = std::mem::take(&mut app.modal) else {
        return;
    };
    let articles = app.corpus.articles.len();
    let Some(article) = picker.article(articles) else {
        let clear = app
            .keys
            .keys_for(Context::PickerFilter, crate::app::Action::Cancel)
            .map_or(String::new(), |keys| format!(": {keys} clears the filter"));
        app.message = Some(format!(
            "no article matches \"{}\"{clear}",
            picker.filter.text()
        ));
        app.modal = Modal::Picker(picker);
        return;
    };
    let side = side.unwrap_or(picker.slot);
    app.show_article(side, article);
    if picker.choosing_both && side == Side::Left {
        picker.slot = Side::Right;
        picker.choosing_both = false;
        picker.typing = false;
        picker.selected = (picker.selected + 1) % picker.len(articles).max(1);
        app.modal = Modal::Picker(picker);
    }
}
