//! What a key or the mouse can ask the reader to do.

/// A request from the user. Only what a key or the mouse can ask for lives here;
/// terminal happenings such as a resize are [`super::Event`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Move the cursor to the next sentence.
    NextSentence,
    /// Move the cursor to the previous sentence.
    PrevSentence,
    /// Scroll the focused pane down one line.
    ScrollDown,
    /// Scroll the focused pane up one line.
    ScrollUp,
    /// Scroll down a screen.
    PageDown,
    /// Scroll up a screen.
    PageUp,
    /// Scroll down half a screen.
    HalfPageDown,
    /// Scroll up half a screen.
    HalfPageUp,
    /// Go to the first sentence.
    Top,
    /// Go to the last sentence.
    Bottom,
    /// Move focus to the other pane.
    SwitchFocus,
    /// Turn synchronized scrolling on or off.
    ToggleSync,
    /// Jump to the next claim in the focused pane.
    NextClaim,
    /// Jump to the previous claim in the focused pane.
    PrevClaim,
    /// Show or hide the side panel.
    TogglePanel,
    /// Open the side panel on the quote groups.
    ShowQuotes,
    /// Open the side panel on the claim groups.
    ShowClaims,
    /// Open the side panel on the coverage matrix.
    ShowCoverage,
    /// Cycle the claim list filter (all, conflicts, unique left, unique right).
    CycleFilter,
    /// Open the picker to choose the pair.
    OpenPicker,
    /// Swap the left and right articles.
    SwapPanes,
    /// Start typing a search.
    StartSearch,
    /// Go to the next search match.
    SearchNext,
    /// Go to the previous search match.
    SearchPrev,
    /// Show the key help.
    ShowHelp,
    /// Move the selection down in a list.
    ListDown,
    /// Move the selection up in a list.
    ListUp,
    /// Open or jump to the selected item.
    Select,
    /// Go back one level in a list, or close a popup.
    Back,
    /// In the picker: put the selected article in the left pane.
    PickLeft,
    /// In the picker: put the selected article in the right pane.
    PickRight,
    /// Open the Notes tab: every note, flag and verdict.
    ShowNotes,
    /// Write or edit a note on the cursor sentence or the selected group.
    EditNote,
    /// Cycle the built-in flag (check, misquote, missing-context, none).
    CycleFlag,
    /// Add a flag with a tag of the analyst's own.
    AddTag,
    /// Give a verdict on the selected quote or claim group.
    EditVerdict,
    /// Delete the selected mark (asks to press again).
    DeleteMark,
    /// Write the review report (Markdown) to a file.
    ExportReport,
    /// Copy the cursor sentence, or the selected quote, with its outlet and
    /// address to the clipboard.
    CopyText,
    /// Open the article's web address in the browser.
    OpenUrl,
    /// Leave the reader; refused while the session is not saved.
    Quit,
    /// Leave the reader even though the session is not saved.
    ForceQuit,
    /// Close the popup, or leave the side panel.
    Cancel,
    /// Scroll a popup (help) or list down a page.
    ListPageDown,
    /// Scroll a popup (help) or list up a page.
    ListPageUp,
    /// In help: start typing a filter.
    StartFilter,
    /// In a one-line prompt: accept what was typed.
    Submit,
    /// In the note editor: save the note and close the editor.
    SaveEdit,
    /// In the note editor: start a new line.
    NewLine,
    /// In the verdict editor: the next verdict.
    NextVerdict,
    /// In a text field: delete the character before the cursor.
    DeleteBack,
    /// In a text field: delete the character under the cursor.
    DeleteForward,
    /// In a text field: cursor one character left.
    CursorLeft,
    /// In a text field: cursor one character right.
    CursorRight,
    /// In the note editor: cursor one screen line up.
    CursorUp,
    /// In the note editor: cursor one screen line down.
    CursorDown,
    /// In a text field: cursor to the start of the line.
    LineStart,
    /// In a text field: cursor to the end of the line.
    LineEnd,
    /// Open the side panel on the fact table (facts × outlets).
    ShowFacts,
    /// In the fact table: select the outlet column to the left.
    ColumnLeft,
    /// In the fact table: select the outlet column to the right.
    ColumnRight,
    /// In the fact table: show only the facts the selected outlet reports (again: all).
    FilterOutlet,
    /// In the fact table: what the selected outlet left out (again: back to the table).
    ShowOmissions,
    /// In the Claims or Coverage tab: every member of the selected claim group.
    OpenDetail,
    /// Link the two cursor sentences as saying the same thing, or unlink them.
    LinkSentences,
    /// Join two claim or quote groups (press on one, then on the other; in the
    /// panes, the groups of the two cursor claims).
    JoinGroups,
    /// Take a claim or quote out of its group.
    DetachFromGroup,
    /// Mark a claim group "conflict" or "not a conflict", against its status now.
    ToggleConflict,
    /// Name the speaker of a quote.
    SetSpeaker,
    /// Take back the newest correction.
    UndoCorrection,
}
