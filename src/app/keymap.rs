//! The one key table: dispatch, the help screen, the hint line, popup footers and
//! the README's key list all come from [`BINDINGS`], queried per [`Context`].

use super::Action;
pub use super::keys::{Key, KeyCode};

/// Where the keyboard is: each mode has its own bindings, so "which keys are
/// live" has one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Reading in the two panes.
    Reader,
    /// The side panel has the focus.
    Panel,
    /// The side panel has the focus on the fact table.
    Facts,
    /// The pair picker is open.
    Picker,
    /// Typing a filter in the picker.
    PickerFilter,
    /// The search results list is open.
    Results,
    /// The help screen is open.
    Help,
    /// Typing a filter in the help screen.
    HelpFilter,
    /// A one-line prompt is open (search, tag, report folder).
    Prompt,
    /// A note or verdict is being written.
    Editor,
    /// A notice waits to be read and closed.
    Notice,
    /// Quitting was refused because the session is not saved.
    Confirm,
}

impl Context {
    /// Heading used for this context in the help screen and the README.
    pub fn title(self) -> &'static str {
        match self {
            Context::Reader => "Reading",
            Context::Panel => "Side panel",
            Context::Facts => "Fact table",
            Context::Picker => "Picker",
            Context::PickerFilter => "Filtering the picker",
            Context::Results => "Search results",
            Context::Help => "Help",
            Context::HelpFilter => "Filtering help",
            Context::Prompt => "Typing a line (search, tag, folder)",
            Context::Editor => "Writing a note or verdict",
            Context::Notice => "A notice",
            Context::Confirm => "Quitting without saving",
        }
    }

    /// Where a key of this context works, said to someone pressing it elsewhere.
    pub fn whereabouts(self) -> &'static str {
        match self {
            Context::Reader => "in the panes (Esc or Tab leaves the side panel)",
            Context::Panel => {
                "in the side panel (1 quotes, 2 claims, 3 coverage, 4 notes, 5 facts)"
            }
            Context::Facts => "in the fact table (5)",
            Context::Picker => "in the picker (o)",
            Context::PickerFilter => "while filtering the picker",
            Context::Results => "in the search results (/ then Enter)",
            Context::Help => "in help (?)",
            Context::HelpFilter => "while filtering help",
            Context::Prompt => "while typing a line",
            Context::Editor => "in the note editor (a)",
            Context::Notice => "on a notice",
            Context::Confirm => "when quitting unsaved",
        }
    }

    /// True when typed characters are text here rather than commands.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::HelpFilter | Context::PickerFilter | Context::Prompt | Context::Editor
        )
    }

    /// The short mode name on the status line.
    pub fn mode(self) -> &'static str {
        match self {
            Context::Reader => "READ",
            Context::Panel => "PANEL",
            Context::Facts => "FACTS",
            Context::Picker | Context::PickerFilter => "PICK",
            Context::Results => "FOUND",
            Context::Help | Context::HelpFilter => "HELP",
            Context::Prompt => "INPUT",
            Context::Editor => "NOTE",
            Context::Notice => "NOTICE",
            Context::Confirm => "QUIT?",
        }
    }
}

/// How a binding shows in the hint line and popup footers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    /// Importance: lower comes first and is dropped last; 0 is never dropped.
    pub rank: u8,
    /// The short word shown after the keys.
    pub label: &'static str,
    /// Which keys the hint shows.
    pub keys: HintKeys,
}

/// The keys a hint shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HintKeys {
    /// The binding's first key.
    First,
    /// The binding's first key and that of another action's binding: `j/k`.
    With(Action),
    /// Written out, for a run of bindings: `1-4`.
    Literal(&'static str),
}

/// One row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Where the binding applies.
    pub contexts: &'static [Context],
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// What it does.
    pub action: Action,
    /// What the help screen says.
    pub description: &'static str,
    /// How the hint line shows it, if it does.
    pub hint: Option<Hint>,
}

impl Binding {
    /// A binding without a hint.
    const fn new(
        contexts: &'static [Context],
        keys: &'static [Key],
        action: Action,
        description: &'static str,
    ) -> Self {
        Self {
            contexts,
            keys,
            action,
            description,
            hint: None,
        }
    }

    /// The binding with a hint showing its first key.
    const fn hint(self, rank: u8, label: &'static str) -> Self {
        self.hint_keys(rank, label, HintKeys::First)
    }

    /// The binding with a hint showing `keys`.
    const fn hint_keys(mut self, rank: u8, label: &'static str, keys: HintKeys) -> Self {
        self.hint = Some(Hint { rank, label, keys });
        self
    }
}

use Action as A;
use Context::{
    Confirm, Editor, Facts, Help, HelpFilter, Notice, Panel, Picker, PickerFilter, Prompt, Reader,
    Results,
};
use KeyCode as K;

const READ: &[Context] = &[Reader];
const PANEL: &[Context] = &[Panel];
const PANELS: &[Context] = &[Panel, Facts];
const LISTS: &[Context] = &[Panel, Facts, Picker, Results];
const READ_PANEL: &[Context] = &[Reader, Panel, Facts];
const MAIN: &[Context] = &[Reader, Panel, Facts, Picker, Results];
const LINE: &[Context] = &[Prompt, HelpFilter, PickerFilter, Editor];
const READ_PANEL_PICK: &[Context] = &[Reader, Panel, Facts, Picker];
const HELP: &[Context] = &[Help, HelpFilter];

/// Every key binding of the reader, in help-screen order.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    Binding::new(READ, &[Key::char('j'), Key::plain(K::Down)], A::NextSentence, "next sentence").hint_keys(1, "sentence", HintKeys::With(A::PrevSentence)),
    Binding::new(READ, &[Key::char('k'), Key::plain(K::Up)], A::PrevSentence, "previous sentence"),
    Binding::new(READ, &[Key::ctrl('e')], A::ScrollDown, "scroll down one line"),
    Binding::new(READ, &[Key::ctrl('y')], A::ScrollUp, "scroll up one line"),
    Binding::new(READ, &[Key::plain(K::PageDown), Key::char(' '), Key::ctrl('f')], A::PageDown, "page down"),
    Binding::new(READ, &[Key::plain(K::PageUp), Key::ctrl('b')], A::PageUp, "page up"),
    Binding::new(READ, &[Key::ctrl('d')], A::HalfPageDown, "half page down"),
    Binding::new(READ, &[Key::ctrl('u')], A::HalfPageUp, "half page up"),
    Binding::new(READ, &[Key::char('g'), Key::plain(K::Home)], A::Top, "first sentence"),
    Binding::new(READ, &[Key::char('G'), Key::plain(K::End)], A::Bottom, "last sentence"),
    Binding::new(READ, &[Key::plain(K::Tab), Key::plain(K::BackTab), Key::char('h'), Key::char('l'), Key::plain(K::Left), Key::plain(K::Right)], A::SwitchFocus, "switch pane").hint(2, "pane"),
    Binding::new(READ, &[Key::char('s')], A::ToggleSync, "synchronized scrolling on/off").hint(13, "sync"),
    Binding::new(READ, &[Key::char(']')], A::NextClaim, "next claim").hint_keys(3, "claim", HintKeys::With(A::PrevClaim)),
    Binding::new(READ, &[Key::char('[')], A::PrevClaim, "previous claim"),
    Binding::new(READ, &[Key::char('/')], A::StartSearch, "search every article").hint(4, "search"),
    Binding::new(READ, &[Key::char('n')], A::SearchNext, "next match in the panes").hint_keys(5, "match", HintKeys::With(A::SearchPrev)),
    Binding::new(READ, &[Key::char('N')], A::SearchPrev, "previous match in the panes"),
    Binding::new(READ, &[Key::char('x')], A::SwapPanes, "swap left and right").hint(14, "swap"),
    Binding::new(READ_PANEL, &[Key::char('o')], A::OpenPicker, "choose the pair of articles").hint(9, "pair"),
    Binding::new(READ_PANEL, &[Key::char('1')], A::ShowQuotes, "quote groups (jump list)").hint_keys(6, "panel", HintKeys::Literal("1-5")),
    Binding::new(READ_PANEL, &[Key::char('2')], A::ShowClaims, "claim groups"),
    Binding::new(READ_PANEL, &[Key::char('3')], A::ShowCoverage, "coverage matrix"),
    Binding::new(READ_PANEL, &[Key::char('4')], A::ShowNotes, "notes, flags and verdicts"),
    Binding::new(READ_PANEL, &[Key::char('5')], A::ShowFacts, "fact table: each outlet's value of each fact"),
    Binding::new(READ_PANEL, &[Key::char('\\')], A::TogglePanel, "show/hide side panel").hint(12, "panel on/off"),
    Binding::new(READ_PANEL, &[Key::char('a')], A::EditNote, "note on the sentence / selected group").hint(7, "note"),
    Binding::new(READ_PANEL, &[Key::char('!')], A::CycleFlag, "flag: check, misquote, missing-context, none").hint(8, "flag"),
    Binding::new(READ_PANEL, &[Key::char('t')], A::AddTag, "flag with a tag of your own"),
    Binding::new(PANELS, &[Key::char('v')], A::EditVerdict, "verdict on the selected group").hint(5, "verdict"),
    Binding::new(PANEL, &[Key::char('d')], A::DeleteMark, "delete the selected mark (press twice)").hint(5, "delete"),
    Binding::new(READ_PANEL, &[Key::char('E')], A::ExportReport, "write the review report (Markdown)").hint(15, "report"),
    Binding::new(READ_PANEL, &[Key::char('y')], A::CopyText, "copy sentence or selected quote (outlet, address)").hint(16, "copy"),
    Binding::new(READ_PANEL_PICK, &[Key::char('O')], A::OpenUrl, "open the article's web address in the browser").hint(17, "open web"),
    Binding::new(PANEL, &[Key::char('f')], A::CycleFilter, "claim filter: all/conflicts/unique").hint(4, "filter"),
    Binding::new(&[Facts], &[Key::char('f')], A::CycleFilter, "fact filter: all/conflict/shared/unique").hint(4, "filter"),
    Binding::new(&[Facts], &[Key::char('h'), Key::plain(K::Left)], A::ColumnLeft, "outlet column to the left").hint_keys(3, "outlet", HintKeys::With(A::ColumnRight)),
    Binding::new(&[Facts], &[Key::char('l'), Key::plain(K::Right)], A::ColumnRight, "outlet column to the right"),
    Binding::new(&[Facts], &[Key::char('F')], A::FilterOutlet, "only facts the selected outlet reports").hint(7, "outlet filter"),
    Binding::new(&[Facts], &[Key::char('m')], A::ShowOmissions, "what the selected outlet left out").hint(6, "omissions"),
    Binding::new(PANEL, &[Key::char('l'), Key::plain(K::Right)], A::OpenDetail, "every member of the claim group").hint(7, "members"),
    Binding::new(READ, &[Key::char('L')], A::LinkSentences, "link/unlink the two cursor sentences").hint(16, "link"),
    Binding::new(&[Reader, Panel, Facts], &[Key::char('=')], A::JoinGroups, "join two groups (press on each in turn)").hint(17, "join"),
    Binding::new(&[Reader, Panel, Facts], &[Key::char('X')], A::DetachFromGroup, "take the claim or quote out of its group").hint(18, "take out"),
    Binding::new(&[Reader, Panel, Facts], &[Key::char('C')], A::ToggleConflict, "claim group: conflict / not a conflict").hint(8, "conflict?"),
    Binding::new(&[Reader, Panel], &[Key::char('S')], A::SetSpeaker, "name the speaker of the quote").hint(19, "speaker"),
    Binding::new(&[Reader, Panel, Facts], &[Key::char('u')], A::UndoCorrection, "undo the newest correction").hint(11, "undo"),
    Binding::new(LISTS, &[Key::char('j'), Key::plain(K::Down)], A::ListDown, "move down").hint_keys(1, "move", HintKeys::With(A::ListUp)),
    Binding::new(LISTS, &[Key::char('k'), Key::plain(K::Up)], A::ListUp, "move up"),
    Binding::new(LISTS, &[Key::plain(K::PageDown)], A::ListPageDown, "page down"),
    Binding::new(LISTS, &[Key::plain(K::PageUp)], A::ListPageUp, "page up"),
    Binding::new(LISTS, &[Key::plain(K::Enter)], A::Select, "open / jump to it").hint(2, "open"),
    Binding::new(PANEL, &[Key::char('h'), Key::plain(K::Left), Key::plain(K::Backspace)], A::Back, "back to the group list").hint(3, "back"),
    Binding::new(PANELS, &[Key::plain(K::Tab)], A::Cancel, "back to the panes").hint(6, "panes"),
    Binding::new(&[Picker], &[Key::char('h'), Key::plain(K::Left)], A::PickLeft, "put in the left pane").hint_keys(3, "left/right", HintKeys::With(A::PickRight)),
    Binding::new(&[Picker], &[Key::char('l'), Key::plain(K::Right)], A::PickRight, "put in the right pane"),
    Binding::new(&[Picker], &[Key::char('/')], A::StartFilter, "filter by outlet and title (or just type)").hint(4, "filter"),
    Binding::new(&[PickerFilter], &[Key::plain(K::Down)], A::ListDown, "move down").hint_keys(1, "move", HintKeys::With(A::ListUp)),
    Binding::new(&[PickerFilter], &[Key::plain(K::Up)], A::ListUp, "move up"),
    Binding::new(&[PickerFilter], &[Key::plain(K::PageDown)], A::ListPageDown, "page down"),
    Binding::new(&[PickerFilter], &[Key::plain(K::PageUp)], A::ListPageUp, "page up"),
    Binding::new(&[PickerFilter], &[Key::plain(K::Enter)], A::Select, "open the selected article").hint(0, "open"),
    Binding::new(&[PickerFilter], &[Key::plain(K::Tab)], A::Submit, "keep the filter, back to the list keys").hint(2, "keep"),
    Binding::new(&[PickerFilter], &[Key::plain(K::Esc)], A::Cancel, "clear the filter").hint(0, "clear"),
    Binding::new(MAIN, &[Key::char('?')], A::ShowHelp, "this help").hint(0, "help"),
    Binding::new(&[Panel, Facts, Picker, Results], &[Key::plain(K::Esc)], A::Cancel, "close / back").hint(10, "close"),
    Binding::new(MAIN, &[Key::char('q'), Key::ctrl('c')], A::Quit, "quit").hint(0, "quit"),
    Binding::new(READ, &[Key::plain(K::Esc)], A::Cancel, "clear search and messages"),
    Binding::new(&[Help], &[Key::char('j'), Key::plain(K::Down)], A::ListDown, "scroll down").hint_keys(1, "scroll", HintKeys::With(A::ListUp)),
    Binding::new(&[Help], &[Key::char('k'), Key::plain(K::Up)], A::ListUp, "scroll up"),
    Binding::new(&[HelpFilter], &[Key::plain(K::Down)], A::ListDown, "scroll down").hint_keys(1, "scroll", HintKeys::With(A::ListUp)),
    Binding::new(&[HelpFilter], &[Key::plain(K::Up)], A::ListUp, "scroll up"),
    Binding::new(HELP, &[Key::plain(K::PageDown)], A::ListPageDown, "page down").hint_keys(2, "page", HintKeys::With(A::ListPageUp)),
    Binding::new(HELP, &[Key::plain(K::PageUp)], A::ListPageUp, "page up"),
    Binding::new(&[Help], &[Key::char('/')], A::StartFilter, "filter (or just type)").hint(3, "filter"),
    Binding::new(&[Help], &[Key::plain(K::Esc), Key::char('?'), Key::char('q')], A::Cancel, "close help").hint(0, "close"),
    Binding::new(&[Prompt, HelpFilter], &[Key::plain(K::Enter)], A::Submit, "accept").hint(0, "ok"),
    Binding::new(&[Prompt, HelpFilter], &[Key::plain(K::Esc)], A::Cancel, "cancel").hint(0, "cancel"),
    Binding::new(&[Editor], &[Key::plain(K::Esc), Key::ctrl('s')], A::SaveEdit, "save and close (an emptied note is removed)").hint(0, "save"),
    Binding::new(&[Editor], &[Key::plain(K::Enter)], A::NewLine, "new line").hint(1, "new line"),
    Binding::new(&[Editor], &[Key::plain(K::Tab)], A::NextVerdict, "next verdict (verdict editor)").hint(2, "verdict"),
    Binding::new(LINE, &[Key::plain(K::Backspace)], A::DeleteBack, "delete back").hint(5, "delete"),
    Binding::new(LINE, &[Key::plain(K::Delete)], A::DeleteForward, "delete forward"),
    Binding::new(LINE, &[Key::plain(K::Left)], A::CursorLeft, "cursor left"),
    Binding::new(LINE, &[Key::plain(K::Right)], A::CursorRight, "cursor right"),
    Binding::new(&[Editor], &[Key::plain(K::Up)], A::CursorUp, "cursor up a screen line"),
    Binding::new(&[Editor], &[Key::plain(K::Down)], A::CursorDown, "cursor down a screen line"),
    Binding::new(LINE, &[Key::plain(K::Home)], A::LineStart, "start of the line"),
    Binding::new(LINE, &[Key::plain(K::End)], A::LineEnd, "end of the line"),
    Binding::new(&[Notice], &[Key::plain(K::Esc), Key::plain(K::Enter)], A::Cancel, "close the notice").hint(0, "close"),
    Binding::new(&[Confirm], &[Key::char('Q')], A::ForceQuit, "quit without saving").hint(0, "quit unsaved"),
    Binding::new(&[Confirm], &[Key::plain(K::Esc)], A::Cancel, "stay in the reader").hint(0, "stay"),
];

/// The contexts shown in the help screen and the README, in order.
pub const HELP_CONTEXTS: &[Context] = &[
    Reader,
    Panel,
    Facts,
    Picker,
    PickerFilter,
    Results,
    Help,
    HelpFilter,
    Prompt,
    Editor,
    Notice,
    Confirm,
];

/// The bindings live in `context`, in table order.
pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    BINDINGS
        .iter()
        .filter(move |b| b.contexts.contains(&context))
}

/// The action bound to `key` in `context`, if any.
pub fn resolve(context: Context, key: Key) -> Option<Action> {
    bindings(context)
        .find(|b| b.keys.contains(&key))
        .map(|b| b.action)
}

/// The keys of a binding as help writes them: `j ↓`.
pub fn key_labels(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(Key::label)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Help rows for one context: (keys, description).
pub fn help_rows(context: Context) -> Vec<(String, &'static str)> {
    bindings(context)
        .map(|b| (key_labels(b), b.description))
        .collect()
}

/// The key table as Markdown, one section per context, for the README (a test
/// keeps the README in step with the table).
pub fn markdown_table() -> String {
    let mut out = String::new();
    for context in HELP_CONTEXTS {
        out.push_str(&format!(
            "\n**{}**\n\n| keys | action |\n|---|---|\n",
            context.title()
        ));
        for binding in bindings(*context) {
            let keys: Vec<String> = binding
                .keys
                .iter()
                .map(|k| format!("`{}`", k.label().replace('|', "\\|")))
                .collect();
            out.push_str(&format!(
                "| {} | {} |\n",
                keys.join(" "),
                binding.description
            ));
        }
    }
    out
}

impl Action {
    /// The action's stable snake_case name, used for it in the config file's
    /// `[keys]` table; never change one, or users' key overrides stop applying.
    pub const fn name(self) -> &'static str {
        match self {
            Action::NextSentence => "next_sentence",
            Action::PrevSentence => "prev_sentence",
            Action::ScrollDown => "scroll_down",
            Action::ScrollUp => "scroll_up",
            Action::PageDown => "page_down",
            Action::PageUp => "page_up",
            Action::HalfPageDown => "half_page_down",
            Action::HalfPageUp => "half_page_up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::SwitchFocus => "switch_focus",
            Action::ToggleSync => "toggle_sync",
            Action::NextClaim => "next_claim",
            Action::PrevClaim => "prev_claim",
            Action::TogglePanel => "toggle_panel",
            Action::ShowQuotes => "show_quotes",
            Action::ShowClaims => "show_claims",
            Action::ShowCoverage => "show_coverage",
            Action::CycleFilter => "cycle_filter",
            Action::OpenPicker => "open_picker",
            Action::SwapPanes => "swap_panes",
            Action::StartSearch => "start_search",
            Action::SearchNext => "search_next",
            Action::SearchPrev => "search_prev",
            Action::ShowHelp => "show_help",
            Action::ListDown => "list_down",
            Action::ListUp => "list_up",
            Action::Select => "select",
            Action::Back => "back",
            Action::PickLeft => "pick_left",
            Action::PickRight => "pick_right",
            Action::ShowNotes => "show_notes",
            Action::EditNote => "edit_note",
            Action::CycleFlag => "cycle_flag",
            Action::AddTag => "add_tag",
            Action::EditVerdict => "edit_verdict",
            Action::DeleteMark => "delete_mark",
            Action::ExportReport => "export_report",
            Action::CopyText => "copy_text",
            Action::OpenUrl => "open_url",
            Action::Quit => "quit",
            Action::ForceQuit => "force_quit",
            Action::Cancel => "cancel",
            Action::ListPageDown => "list_page_down",
            Action::ListPageUp => "list_page_up",
            Action::StartFilter => "start_filter",
            Action::Submit => "submit",
            Action::SaveEdit => "save_edit",
            Action::NewLine => "new_line",
            Action::NextVerdict => "next_verdict",
            Action::DeleteBack => "delete_back",
            Action::DeleteForward => "delete_forward",
            Action::CursorLeft => "cursor_left",
            Action::CursorRight => "cursor_right",
            Action::CursorUp => "cursor_up",
            Action::CursorDown => "cursor_down",
            Action::LineStart => "line_start",
            Action::LineEnd => "line_end",
            Action::ShowFacts => "show_facts",
            Action::ColumnLeft => "column_left",
            Action::ColumnRight => "column_right",
            Action::FilterOutlet => "filter_outlet",
            Action::ShowOmissions => "show_omissions",
            Action::OpenDetail => "open_detail",
            Action::LinkSentences => "link_sentences",
            Action::JoinGroups => "join_groups",
            Action::DetachFromGroup => "detach_from_group",
            Action::ToggleConflict => "toggle_conflict",
            Action::SetSpeaker => "set_speaker",
            Action::UndoCorrection => "undo_correction",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_per_context() {
        assert_eq!(resolve(Reader, Key::char('j')), Some(Action::NextSentence));
        assert_eq!(resolve(Panel, Key::char('j')), Some(Action::ListDown));
        assert_eq!(resolve(Picker, Key::char('l')), Some(Action::PickRight));
        assert_eq!(resolve(Reader, Key::ctrl('d')), Some(Action::HalfPageDown));
        assert_eq!(resolve(Help, Key::char('j')), Some(Action::ListDown));
        assert_eq!(resolve(HelpFilter, Key::char('j')), None);
        assert_eq!(resolve(Editor, Key::char('q')), None);
        assert_eq!(resolve(Reader, Key::char('z')), None);
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for context in HELP_CONTEXTS {
            let mut seen = std::collections::HashSet::new();
            for binding in bindings(*context) {
                for key in binding.keys {
                    assert!(seen.insert(*key), "{context:?}: {key:?} bound twice");
                }
            }
        }
    }

    #[test]
    fn text_contexts_bind_no_plain_character() {
        for context in HELP_CONTEXTS.iter().filter(|c| c.takes_text()) {
            for binding in bindings(*context) {
                for key in binding.keys {
                    assert!(
                        key.ctrl || !matches!(key.code, KeyCode::Char(_)),
                        "{context:?}: {key:?} would eat typed text"
                    );
                }
            }
        }
    }

    #[test]
    fn help_rows_come_from_the_table() {
        let rows = help_rows(Reader);
        assert!(rows.contains(&("j ↓".to_string(), "next sentence")));
        assert!(rows.iter().any(|(k, d)| k == "q Ctrl-c" && *d == "quit"));
    }
}
