//! The actions that make, change and follow analyst marks. Each change asks for
//! the session to be saved at once.

use crate::session::{MarkKind, Target};

use super::Effect;
use super::editor::TextEditor;
use super::lists::ensure_shown;
use super::marks::{EditorPurpose, MarkEditor, VERDICTS, mark_summary};
use super::modal::{Modal, Prompt, PromptPurpose};
use super::state::App;

/// Refuses changes to a read-only session, saying why.
pub fn writable(app: &mut App) -> bool {
    if let Some(reason) = &app.read_only {
        app.message = Some(format!("session is read-only: {reason}"));
        return false;
    }
    true
}

/// The target of a new mark, or a message saying there is none.
fn target(app: &mut App) -> Option<(Target, String)> {
    let target = app.mark_target();
    if target.is_none() {
        app.message = Some("select a sentence, quote or group to mark".into());
    }
    target
}

/// Opens the note editor on the target, with its note if it has one.
pub fn edit_note(app: &mut App) -> Vec<Effect> {
    if !writable(app) {
        return Vec::new();
    }
    let Some((target, label)) = target(app) else {
        return Vec::new();
    };
    let (id, text) = match app.note_on(&target) {
        Some(mark) => match &mark.kind {
            MarkKind::Note { text } => (Some(mark.id), text.clone()),
            _ => (None, String::new()),
        },
        None => (None, String::new()),
    };
    app.modal = Modal::Editor(MarkEditor {
        target,
        label,
        purpose: EditorPurpose::Note(id),
        editor: TextEditor::new(&text),
    });
    Vec::new()
}

/// Moves the target's built-in flag one step along the cycle.
pub fn cycle_flag(app: &mut App) -> Vec<Effect> {
    if !writable(app) {
        return Vec::new();
    }
    let Some((target, label)) = target(app) else {
        return Vec::new();
    };
    let (remove, add) = app.next_flag(&target);
    if let Some(flag) = remove {
        app.session.set_flag(target.clone(), flag);
    }
    app.message = Some(match add {
        Some(flag) => {
            app.session.set_flag(target, flag.clone());
            format!("flagged {label}: {flag}")
        }
        None => format!("flag removed from {label}"),
    });
    vec![Effect::Save]
}

/// Opens a one-line prompt for a tag of the analyst's own.
pub fn add_tag(app: &mut App) -> Vec<Effect> {
    if !writable(app) {
        return Vec::new();
    }
    let Some((target, label)) = target(app) else {
        return Vec::new();
    };
    app.modal = Modal::Prompt(Prompt::new(PromptPurpose::Tag { target, label }, ""));
    Vec::new()
}

/// Opens the verdict editor on the selected group.
pub fn edit_verdict(app: &mut App) -> Vec<Effect> {
    if !writable(app) {
        return Vec::new();
    }
    let Some((target, label)) = target(app) else {
        return Vec::new();
    };
    if !target.is_group() {
        app.message = Some("verdicts are given on quote and claim groups: select a group".into());
        return Vec::new();
    }
    let (verdict, reason) = app
        .verdict_on(&target)
        .unwrap_or((VERDICTS[0], String::new()));
    app.modal = Modal::Editor(MarkEditor {
        target,
        label,
        purpose: EditorPurpose::Verdict(verdict),
        editor: TextEditor::new(&reason),
    });
    Vec::new()
}

/// Deletes the mark selected in the Notes tab on the second press.
pub fn delete_mark(app: &mut App) -> Vec<Effect> {
    if !writable(app) {
        return Vec::new();
    }
    let Some(mark) = app
        .listed_marks()
        .get(app.panel.selected())
        .map(|m| (m.id, mark_summary(m)))
    else {
        app.pending_delete = None;
        return Vec::new();
    };
    if app.pending_delete != Some(mark.0) {
        app.pending_delete = Some(mark.0);
        app.message = Some(format!("press d again to delete \"{}\"", mark.1));
        return Vec::new();
    }
    app.pending_delete = None;
    app.session.remove_mark(mark.0);
    app.message = Some(format!("deleted \"{}\"", mark.1));
    vec![Effect::Save]
}

/// Jumps the panes to the mark selected in the Notes tab.
pub fn jump_to_mark(app: &mut App) {
    let Some(mark) = app
        .listed_marks()
        .get(app.panel.selected())
        .map(|m| (*m).clone())
    else {
        return;
    };
    if mark.orphaned {
        app.message = Some("this mark's text is no longer in the article (orphaned)".into());
        return;
    }
    let Some((article, start)) = mark
        .target
        .anchors()
        .iter()
        .find_map(|a| app.corpus.index_of(&a.article_id).map(|i| (i, a.start)))
    else {
        return;
    };
    let side = ensure_shown(app, article);
    app.jump_to(side, start);
}

/// Saves what the editor holds as a mark and closes it. An emptied note is removed.
pub fn finish_editor(app: &mut App) -> Vec<Effect> {
    let Modal::Editor(open) = std::mem::take(&mut app.modal) else {
        return Vec::new();
    };
    let text = open.editor.text().trim_end().to_string();
    match open.purpose {
        EditorPurpose::Note(Some(id)) if text.trim().is_empty() => {
            app.session.remove_mark(id);
            app.message = Some("note removed".into());
        }
        EditorPurpose::Note(Some(id)) => {
            app.session.edit_note(id, text);
            app.message = Some(format!("note saved on {}", open.label));
        }
        EditorPurpose::Note(None) if text.trim().is_empty() => return Vec::new(),
        EditorPurpose::Note(None) => {
            app.session.add_note(open.target, text);
            app.message = Some(format!("note saved on {}", open.label));
        }
        EditorPurpose::Verdict(verdict) => {
            app.session.set_verdict(open.target, verdict, text);
            app.message = Some(format!("verdict on {}: {}", open.label, verdict.label()));
        }
    }
    vec![Effect::Save]
}

/// Flags `target` with the tag typed in the tag prompt (nothing for an empty tag).
pub fn finish_tag(app: &mut App, target: Target, label: &str, text: &str) -> Vec<Effect> {
    let tag = text.trim().to_string();
    if tag.is_empty() {
        return Vec::new();
    }
    app.session.set_flag(target, tag.clone());
    app.message = Some(format!("flagged {label}: {tag}"));
    vec![Effect::Save]
}

/// In the verdict editor, moves to the next verdict.
pub fn next_verdict(app: &mut App) {
    if let Modal::Editor(MarkEditor {
        purpose: EditorPurpose::Verdict(verdict),
        ..
    }) = &mut app.modal
    {
        let index = VERDICTS.iter().position(|v| v == verdict).unwrap_or(0);
        *verdict = VERDICTS[(index + 1) % VERDICTS.len()];
    }
}
