//! `update`: applies one [`Action`] to the [`App`] and says what the outside must do.

use super::correction_actions;
use super::lists::{move_selection, page_selection, select};
use super::modal::{HelpState, Modal, Prompt, PromptPurpose};
use super::panel::Tab;
use super::picker::PickerState;
use super::state::{App, ReportDir};
use super::text_input::{cancel, edit_text, submit};
use super::{Action, Effect};

/// Applies `action` to `app`; returns what the caller must carry out (such as quitting).
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    app.message = None;
    if action != Action::DeleteMark {
        app.pending_delete = None;
    }
    let laid_out = app.geometry();
    let effects = apply(app, action);
    if app.geometry() != laid_out {
        app.relayout();
    }
    effects
}

/// Carries out `action`.
fn apply(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => {
            app.record_positions();
            return vec![Effect::Save, Effect::Quit];
        }
        Action::ForceQuit => return vec![Effect::ForceQuit],
        Action::ShowNotes => open_tab(app, Tab::Notes),
        Action::EditNote => return super::mark_actions::edit_note(app),
        Action::CycleFlag => return super::mark_actions::cycle_flag(app),
        Action::AddTag => return super::mark_actions::add_tag(app),
        Action::EditVerdict => return super::mark_actions::edit_verdict(app),
        Action::DeleteMark => return super::mark_actions::delete_mark(app),
        Action::ExportReport => return export(app),
        Action::CopyText => return super::copy::copy_text(app),
        Action::OpenUrl => return super::links::open_url(app),
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
        Action::SwitchFocus => app.focus = app.focus.other(),
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
            panel_shown(app);
        }
        Action::ShowQuotes => open_tab(app, Tab::Quotes),
        Action::ShowClaims => open_tab(app, Tab::Claims),
        Action::ShowCoverage => open_tab(app, Tab::Coverage),
        Action::CycleFilter if app.panel.tab == Tab::Facts => {
            super::fact_actions::cycle_status(app)
        }
        Action::CycleFilter => {
            app.panel.filter = app.panel.filter.next();
            app.panel.selected[Tab::Claims.index()] = 0;
            let pair = app.pair();
            app.rows.refilter(&app.analysis, app.panel.filter, pair);
        }
        Action::OpenPicker => {
            let article = app.pane(app.focus).article;
            app.modal = Modal::Picker(PickerState::new(article, app.focus, false));
        }
        Action::SwapPanes => {
            app.panes.swap(0, 1);
            app.focus = app.focus.other();
            app.realign();
        }
        Action::StartSearch => app.modal = Modal::Prompt(Prompt::new(PromptPurpose::Search, "")),
        Action::SearchNext => next_match(app, true),
        Action::SearchPrev => next_match(app, false),
        Action::ShowHelp => app.modal = Modal::Help(HelpState::default()),
        Action::StartFilter => match &mut app.modal {
            Modal::Help(help) => help.typing = true,
            Modal::Picker(picker) => picker.typing = true,
            _ => {}
        },
        Action::ListDown => move_selection(app, 1),
        Action::ListUp => move_selection(app, -1),
        Action::ListPageDown => page_selection(app, true),
        Action::ListPageUp => page_selection(app, false),
        Action::Select => select(app),
        Action::Back => {
            app.panel.open_group = None;
            app.panel.claim_detail = None;
        }
        Action::PickLeft => super::lists::pick(app, Some(super::Side::Left)),
        Action::PickRight => super::lists::pick(app, Some(super::Side::Right)),
        Action::Cancel => {
            app.pending_join = None;
            cancel(app);
        }
        Action::ShowFacts => open_tab(app, Tab::Facts),
        Action::ColumnLeft => super::fact_actions::move_column(app, -1),
        Action::ColumnRight => super::fact_actions::move_column(app, 1),
        Action::FilterOutlet => super::fact_actions::toggle_outlet(app),
        Action::ShowOmissions => super::fact_actions::toggle_omissions(app),
        Action::OpenDetail => super::claim_detail::open(app),
        Action::LinkSentences => return correction_actions::link_sentences(app),
        Action::JoinGroups => return correction_actions::join_groups(app),
        Action::DetachFromGroup => return correction_actions::detach(app),
        Action::ToggleConflict => return correction_actions::toggle_conflict(app),
        Action::SetSpeaker => return correction_actions::set_speaker(app),
        Action::UndoCorrection => return correction_actions::undo(app),
        Action::Submit => return submit(app),
        Action::SaveEdit => return super::mark_actions::finish_editor(app),
        Action::NextVerdict => super::mark_actions::next_verdict(app),
        Action::NewLine
        | Action::DeleteBack
        | Action::DeleteForward
        | Action::CursorLeft
        | Action::CursorRight
        | Action::CursorUp
        | Action::CursorDown
        | Action::LineStart
        | Action::LineEnd => edit_text(app, action),
    }
    Vec::new()
}

/// `E`: the report goes to the session's folder, or a prompt asks where.
fn export(app: &mut App) -> Vec<Effect> {
    match &app.report_dir {
        ReportDir::Folder(dir) => vec![Effect::Export(dir.clone())],
        ReportDir::Ask(offer) => {
            let offer = offer.display().to_string();
            app.modal = Modal::Prompt(Prompt::new(PromptPurpose::ReportFolder, &offer));
            Vec::new()
        }
    }
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

fn open_tab(app: &mut App, tab: Tab) {
    let was_visible = app.panel.visible;
    app.panel.open(tab);
    if !was_visible {
        panel_shown(app);
    }
}

/// After the panel was shown or hidden: lay out again and, where the panel takes
/// the right pane's place on a narrow screen, say so.
fn panel_shown(app: &mut App) {
    app.relayout();
    if let Some(message) = panel_cover_message(app) {
        app.message = Some(message);
        if app.focus == super::Side::Right {
            app.focus = super::Side::Left;
        }
    }
}

/// What the status line says while the side panel takes the right pane's place
/// (a narrow screen), or `None` when both panes show. A resize asks again, so
/// the line never describes a layout that is gone.
pub(super) fn panel_cover_message(app: &App) -> Option<String> {
    if !app.panel.visible || app.pane_visible(super::Side::Right) {
        return None;
    }
    let outlet = &app.corpus.articles[app.pane(super::Side::Right).article]
        .meta
        .outlet;
    Some(format!(
        "the side panel covers the right pane ({outlet}) at this width: \\ hides it"
    ))
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

/// `n` / `N`: the next or previous match in the panes.
fn next_match(app: &mut App, forward: bool) {
    let count = app.search.matches.len();
    if count == 0 {
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
    app.message = Some(format!("match {} of {count} in the panes", next + 1));
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

impl App {
    /// Whether quitting may go ahead. While the session is not saved it may not:
    /// a popup says so and offers `Q` to quit anyway.
    pub fn may_quit(&mut self) -> bool {
        match &self.save_error {
            Some(error) => {
                self.modal = Modal::ConfirmQuit(error.clone());
                false
            }
            None => true,
        }
    }
}
