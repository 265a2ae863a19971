//! Text fields (prompts, the note editor, the help filter): editing keys,
//! accepting what was typed, and `Esc` in every mode.

use super::geometry::editor_text_width;
use super::mark_actions::finish_tag;
use super::modal::{Modal, PromptPurpose, ResultsState};
use super::state::App;
use super::{Action, Effect};

/// Applies an editing action to the text field that has the keyboard.
pub fn edit_text(app: &mut App, action: Action) {
    let width = editor_text_width(app.area);
    let Some(field) = app.text_field() else {
        return;
    };
    match action {
        Action::NewLine => field.insert('\n'),
        Action::DeleteBack => field.backspace(),
        Action::DeleteForward => field.delete(),
        Action::CursorLeft => field.left(),
        Action::CursorRight => field.right(),
        Action::CursorUp => field.up(width),
        Action::CursorDown => field.down(width),
        Action::LineStart => field.home(),
        Action::LineEnd => field.end(),
        _ => {}
    }
    filter_changed(app);
}

/// Types `c` into the text field that has the keyboard; in help and in the
/// picker, a character that is not one of their keys starts the filter.
pub fn type_char(app: &mut App, c: char) {
    match &mut app.modal {
        Modal::Help(help) => help.typing = true,
        Modal::Picker(picker) => picker.typing = true,
        _ => {}
    }
    if let Some(field) = app.text_field() {
        field.insert(c);
    }
    filter_changed(app);
}

/// Pastes `text` into the text field that has the keyboard; elsewhere a paste is
/// ignored, never read as keys.
pub fn paste(app: &mut App, text: &str) {
    let multi_line = matches!(app.modal, Modal::Editor(_));
    if let Some(field) = app.text_field() {
        if multi_line {
            field.paste(text);
        } else {
            field.paste_line(text);
        }
    }
    filter_changed(app);
}

/// After a filter may have changed: help shows its first matching line, and
/// the picker lists the articles that match, best first.
fn filter_changed(app: &mut App) {
    match &mut app.modal {
        Modal::Help(help) => help.scroll = 0,
        Modal::Picker(picker) => picker.refilter(&app.corpus),
        _ => {}
    }
}

/// `Enter` in a prompt or the help filter.
pub fn submit(app: &mut App) -> Vec<Effect> {
    match &mut app.modal {
        Modal::Help(help) => {
            help.typing = false;
            return Vec::new();
        }
        Modal::Picker(picker) => {
            picker.typing = false;
            return Vec::new();
        }
        _ => {}
    }
    let Modal::Prompt(prompt) = std::mem::take(&mut app.modal) else {
        return Vec::new();
    };
    let text = prompt.input.text().to_string();
    match prompt.purpose {
        PromptPurpose::Search => search(app, text),
        PromptPurpose::Tag { target, label } => return finish_tag(app, target, &label, &text),
        PromptPurpose::ReportFolder if text.trim().is_empty() => {
            app.message = Some("no folder given: report not written".into());
        }
        PromptPurpose::ReportFolder => {
            return vec![Effect::Export(std::path::PathBuf::from(text.trim()))];
        }
        PromptPurpose::Speaker { quote, .. } => {
            return super::correction_actions::finish_speaker(app, quote, &text);
        }
    }
    Vec::new()
}

/// Searches every article and lists the matches; an empty line repeats the last
/// search.
fn search(app: &mut App, text: String) {
    let query = if text.is_empty() {
        app.search.query.clone()
    } else {
        text
    };
    if query.is_empty() {
        return;
    }
    app.run_search(query);
    if app.search.found.is_empty() {
        app.message = Some(format!("no match for \"{}\"", app.search.query));
        return;
    }
    let focused = app.pane(app.focus).article;
    let cursor = app.cursor_span(app.focus).map_or(0, |s| s.start);
    let selected = app
        .search
        .found
        .iter()
        .position(|f| f.article == focused && f.span.start >= cursor)
        .unwrap_or(0);
    app.modal = Modal::Results(ResultsState { selected });
}

/// `Esc`: clear a filter, else close what is open, else leave the side panel,
/// else clear the search.
pub fn cancel(app: &mut App) {
    match &mut app.modal {
        Modal::Picker(picker) if picker.typing || !picker.filter.is_empty() => {
            picker.clear_filter(&app.corpus);
        }
        Modal::Help(help) if help.typing || !help.filter.is_empty() => {
            help.typing = false;
            help.filter = Default::default();
            help.scroll = 0;
        }
        Modal::None if app.panel.focused => {
            app.panel.focused = false;
            app.panel.open_group = None;
        }
        Modal::None => {
            app.search = Default::default();
        }
        _ => app.modal = Modal::None,
    }
}
