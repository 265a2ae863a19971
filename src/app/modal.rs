//! The one modal state of the reader: at most one popup or text field has the
//! keyboard at a time, so "which keys are live" has a single answer.

use crate::session::{Anchor, Target};

use super::editor::TextEditor;
use super::marks::MarkEditor;
use super::picker::PickerState;

/// What has the keyboard above the panes and panel.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Modal {
    /// Nothing: the panes or the side panel have the keyboard.
    #[default]
    None,
    /// The key help, scrolled and perhaps filtered.
    Help(HelpState),
    /// The pair picker.
    Picker(PickerState),
    /// The list of search matches across every article.
    Results(ResultsState),
    /// A one-line prompt.
    Prompt(Prompt),
    /// The note or verdict editor.
    Editor(MarkEditor),
    /// A notice that swallows keys until closed, so text typed for a prompt that
    /// could not open never runs as commands.
    Notice(String),
    /// Quitting was refused: the session is not saved (the reason).
    ConfirmQuit(String),
}

/// The help screen's scroll position and filter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HelpState {
    /// First help row shown.
    pub scroll: usize,
    /// Only rows containing this (case-insensitive) are shown.
    pub filter: TextEditor,
    /// True while the filter is being typed.
    pub typing: bool,
}

/// The search results list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ResultsState {
    /// The selected match (index into the search's matches).
    pub selected: usize,
}

/// An open one-line prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    /// What the line is for.
    pub purpose: PromptPurpose,
    /// What has been typed.
    pub input: TextEditor,
}

/// What a prompt asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptPurpose {
    /// A phrase to search every article for.
    Search,
    /// A tag of the analyst's own for `target` (shown as `label`).
    Tag {
        /// What the flag attaches to.
        target: Target,
        /// Where it attaches, as shown to the analyst.
        label: String,
    },
    /// The folder to write the review report into.
    ReportFolder,
    /// The speaker of the quote at `quote` (shown as `label`).
    Speaker {
        /// The quote.
        quote: Anchor,
        /// The quote, as shown to the analyst.
        label: String,
    },
}

impl Prompt {
    /// A prompt for `purpose` holding `text`.
    pub fn new(purpose: PromptPurpose, text: &str) -> Self {
        Self {
            purpose,
            input: TextEditor::new(text),
        }
    }

    /// The prompt's label, before what is typed.
    pub fn label(&self) -> String {
        match &self.purpose {
            PromptPurpose::Search => "search every article: ".into(),
            PromptPurpose::Tag { label, .. } => format!("tag for {label}: "),
            PromptPurpose::ReportFolder => "write the report into folder: ".into(),
            PromptPurpose::Speaker { label, .. } => format!("speaker of the {label}: "),
        }
    }
}
