//! `update`: applies one [`Action`] to the [`App`] and says what the outside must do.

use super::panel::{Tab, coverage_rows, listed_claim_groups, quote_rows};
use super::picker::PickerState;
use super::state::{App, Overlay};
use super::{Action, Effect, Side};

/// Applies `action` to `app`; returns what the caller must carry out (such as quitting).
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    app.message = None;
    if action != Action::DeleteMark {
        app.pending_delete = None;
    }
    match action {
        Action::Quit => {
            app.record_positions();
            return vec![Effect::Save, Effect::Quit];
        }
        Action::ShowNotes => open_tab(app, Tab::Notes),
        Action::EditNote => return super::mark_actions::edit_note(app),
        Action::CycleFlag => return super::mark_actions::cycle_flag(app),
        Action::AddTag => return super::mark_actions::add_tag(app),
        Action::EditVerdict => return super::mark_actions::edit_verdict(app),
        Action::DeleteMark => return super::mark_actions::delete_mark(app),
        Action::ExportReport => return vec![Effect::Export],
        Action::NextSentence => move_cursor(app, 1),
        Action::PrevSentence => move_cursor(app, -1),
        Action::ScrollDown => scroll(app, 1),
        Action::ScrollUp => scroll(app, -1),
        Action::PageDown => scroll(app, page(app) as isize),
        Action::PageUp => scroll(app, -(page(app) as isize)),
        Action::HalfPageDown => scroll(app, (page(app) / 2).max(1) as isize),
        Action::HalfPageUp => scroll(app, -((page(app) / 2).max(1) as isize)),
        Action::Top => set_cursor(app, 0),
        Action::Bottom => set_cursor(app, usize::MAX),
        Action::SwitchFocus => switch_focus(app),
        Action::ToggleSync => {
            app.sync = !app.sync;
            app.message = Some(format!("sync {}", if app.sync { "on" } else { "off" }));
            app.follow();
        }
        Action::NextClaim => jump_claim(app, true),
        Action::PrevClaim => jump_claim(app, false),
        Action::TogglePanel => {
            app.panel.visible = !app.panel.visible;
            app.panel.focused = app.panel.visible;
            app.relayout();
        }
        Action::ShowQuotes => open_tab(app, Tab::Quotes),
        Action::ShowClaims => open_tab(app, Tab::Claims),
        Action::ShowCoverage => open_tab(app, Tab::Coverage),
        Action::CycleFilter => {
            app.panel.filter = app.panel.filter.next();
            app.panel.selected[Tab::Claims.index()] = 0;
        }
        Action::OpenPicker => {
            app.overlay = Overlay::Picker(PickerState {
                selected: app.pane(app.focus).article,
                slot: app.focus,
                choosing_both: false,
            });
        }
        Action::SwapPanes => {
            app.panes.swap(0, 1);
            app.pair_changed();
        }
        Action::StartSearch => app.search.input = Some(String::new()),
        Action::SearchNext => next_match(app, true),
        Action::SearchPrev => next_match(app, false),
        Action::ShowHelp => app.overlay = Overlay::Help,
        Action::ListDown => move_selection(app, 1),
        Action::ListUp => move_selection(app, -1),
        Action::Select => select(app),
        Action::Back => {
            if app.panel.open_group.take().is_none() {
                app.panel.focused = false;
            }
        }
        Action::PickLeft => pick(app, Some(Side::Left)),
        Action::PickRight => pick(app, Some(Side::Right)),
        Action::Cancel => cancel(app),
    }
    Vec::new()
}

/// Rows a page scroll moves: the pane height less one line of overlap.
fn page(app: &App) -> usize {
    app.pane(app.focus).height.saturating_sub(1).max(1)
}

fn move_cursor(app: &mut App, delta: isize) {
    let cursor = app.pane(app.focus).cursor;
    set_cursor(app, cursor.saturating_add_signed(delta));
}

fn set_cursor(app: &mut App, sentence: usize) {
    let focus = app.focus;
    app.pane_mut(focus).set_cursor(sentence);
    app.follow();
}

fn scroll(app: &mut App, delta: isize) {
    let focus = app.focus;
    app.pane_mut(focus).scroll_by(delta);
    app.follow();
}

fn switch_focus(app: &mut App) {
    let other = app.focus.other();
    if app.pane_visible(other) {
        app.focus = other;
    } else {
        app.message = Some("the side panel covers the other pane: press \\ to hide it".into());
    }
}

fn open_tab(app: &mut App, tab: Tab) {
    let was_visible = app.panel.visible;
    app.panel.open(tab);
    if !was_visible {
        app.relayout();
    }
}

/// Jumps to the next (or previous) claim after (or before) the cursor sentence.
fn jump_claim(app: &mut App, forward: bool) {
    let side = app.focus;
    let Some(cursor) = app.cursor_span(side) else {
        return;
    };
    let claims = &app.analysis.articles[app.pane(side).article].claims;
    let target = if forward {
        claims.iter().find(|c| c.span.start >= cursor.end)
    } else {
        claims.iter().rev().find(|c| c.span.end <= cursor.start)
    };
    match target.map(|c| c.span.start) {
        Some(offset) => app.jump_to(side, offset),
        None => {
            app.message = Some(format!(
                "no {} claim",
                if forward { "later" } else { "earlier" }
            ))
        }
    }
}

fn next_match(app: &mut App, forward: bool) {
    let count = app.search.matches.len();
    if count == 0 {
        app.message = Some(if app.search.query.is_empty() {
            "no search: press / to search".into()
        } else {
            format!("no match for \"{}\"", app.search.query)
        });
        return;
    }
    let next = match (app.search.current, forward) {
        (None, true) => first_match_after_cursor(app),
        (None, false) => count - 1,
        (Some(i), true) => (i + 1) % count,
        (Some(i), false) => (i + count - 1) % count,
    };
    app.search.current = Some(next);
    let found = app.search.matches[next];
    app.jump_to(found.side, found.span.start);
    app.message = Some(format!("match {} of {count}", next + 1));
}

/// The first match in the focused pane at or after the cursor, else the first match.
fn first_match_after_cursor(app: &App) -> usize {
    let start = app.cursor_span(app.focus).map_or(0, |s| s.start);
    app.search
        .matches
        .iter()
        .position(|m| m.side == app.focus && m.span.start >= start)
        .unwrap_or(0)
}

/// Number of rows in the list that has the keyboard.
fn list_len(app: &App) -> usize {
    if let Overlay::Picker(_) = app.overlay {
        return app.corpus.articles.len();
    }
    let (left, right) = app.pair();
    match (app.panel.tab, app.panel.open_group) {
        (Tab::Quotes, Some(group)) => app
            .analysis
            .quote_groups
            .get(group)
            .map_or(0, |g| g.members.len()),
        (Tab::Quotes, None) => app.analysis.quote_groups.len(),
        (Tab::Claims, _) => listed_claim_groups(&app.analysis, app.panel.filter, left, right).len(),
        (Tab::Coverage, _) => app.analysis.claim_groups.len(),
        (Tab::Notes, _) => app.session.marks.len(),
    }
}

fn move_selection(app: &mut App, delta: isize) {
    let len = list_len(app);
    if let Overlay::Picker(picker) = &mut app.overlay {
        picker.selected = picker
            .selected
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
    } else {
        app.panel.move_selection(delta, len);
    }
}

fn select(app: &mut App) {
    if let Overlay::Picker(_) = app.overlay {
        return pick(app, None);
    }
    let (left, right) = app.pair();
    match app.panel.tab {
        Tab::Quotes => match app.panel.open_group {
            None => {
                if let Some(&group) = quote_rows(&app.analysis).get(app.panel.selected()) {
                    app.panel.open_group = Some(group);
                    app.panel.variant = 0;
                }
            }
            Some(group) => jump_to_quote_variant(app, group, app.panel.variant),
        },
        Tab::Claims => {
            let listed = listed_claim_groups(&app.analysis, app.panel.filter, left, right);
            if let Some(&group) = listed.get(app.panel.selected()) {
                jump_to_claim_group(app, group);
            }
        }
        Tab::Coverage => {
            let rows = coverage_rows(&app.analysis);
            if let Some(&group) = rows.get(app.panel.selected()) {
                open_best_pair(app, group);
            }
        }
        Tab::Notes => super::mark_actions::jump_to_mark(app),
    }
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
pub(super) fn ensure_shown(app: &mut App, article: usize) -> Side {
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
/// other pane.
fn open_best_pair(app: &mut App, group: usize) {
    let members = app.analysis.claim_groups[group].members.clone();
    let Some(first) = members.first().copied() else {
        return;
    };
    let second = members.iter().find(|m| m.article != first.article).copied();
    let (left, right) = app.pair();
    match second {
        Some(second) => {
            if (left, right) != (first.article, second.article) {
                app.panes[0].article = first.article;
                app.panes[1].article = second.article;
                app.pair_changed();
            }
            let right_offset = app.analysis.articles[second.article].claims[second.claim]
                .span
                .start;
            app.jump_to(Side::Right, right_offset);
        }
        None => {
            let keep = if right == first.article { left } else { right };
            if (left, right) != (first.article, keep) {
                app.panes[0].article = first.article;
                app.panes[1].article = keep;
                app.pair_changed();
            }
        }
    }
    let left_offset = app.analysis.articles[first.article].claims[first.claim]
        .span
        .start;
    let sync = std::mem::replace(&mut app.sync, false);
    app.jump_to(Side::Left, left_offset);
    app.sync = sync;
}

/// Puts the picker's article in a pane: `side`, or the picker's slot.
fn pick(app: &mut App, side: Option<Side>) {
    let Overlay::Picker(mut picker) = app.overlay else {
        return;
    };
    let side = side.unwrap_or(picker.slot);
    app.show_article(side, picker.selected);
    if picker.choosing_both && side == Side::Left {
        picker.slot = Side::Right;
        picker.choosing_both = false;
        picker.selected = (picker.selected + 1) % app.corpus.articles.len().max(1);
        app.overlay = Overlay::Picker(picker);
    } else {
        app.overlay = Overlay::None;
    }
}

fn cancel(app: &mut App) {
    match app.overlay {
        Overlay::Help | Overlay::Picker(_) => app.overlay = Overlay::None,
        Overlay::None if app.panel.focused => {
            app.panel.focused = false;
            app.panel.open_group = None;
        }
        Overlay::None => {
            app.search = Default::default();
        }
    }
}
