//! The one key table: dispatch, the help screen and the README's key list all
//! come from [`BINDINGS`].

use super::Action;

/// A key press, independent of the terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    /// Which key.
    pub code: KeyCode,
    /// Whether Ctrl was held.
    pub ctrl: bool,
}

/// The keys the reader knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    /// A printable character (already shifted: `G`, `?`).
    Char(char),
    /// Enter.
    Enter,
    /// Escape.
    Esc,
    /// Tab.
    Tab,
    /// Shift-Tab.
    BackTab,
    /// Backspace.
    Backspace,
    /// Delete.
    Delete,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Page Up.
    PageUp,
    /// Page Down.
    PageDown,
    /// Home.
    Home,
    /// End.
    End,
}

impl Key {
    /// A key without modifiers.
    pub const fn plain(code: KeyCode) -> Self {
        Self { code, ctrl: false }
    }

    /// A character key without modifiers.
    pub const fn char(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    /// A character key with Ctrl.
    pub const fn ctrl(c: char) -> Self {
        Self {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    /// How the key is written in help: `j`, `Ctrl-d`, `PgDn`, `↓`.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Backspace => "Bksp".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
        };
        if self.ctrl {
            format!("Ctrl-{name}")
        } else {
            name
        }
    }
}

/// Where the keyboard is: each has its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Reading in the two panes.
    Reader,
    /// The side panel has the focus.
    Panel,
    /// The pair picker is open.
    Picker,
    /// The help screen is open.
    Help,
    /// A note, tag or verdict is being written.
    Editor,
}

impl Context {
    /// Heading used for this context in the help screen.
    pub fn title(self) -> &'static str {
        match self {
            Context::Reader => "Reading",
            Context::Panel => "Side panel",
            Context::Picker => "Picker",
            Context::Help => "Help",
            Context::Editor => "Writing a note",
        }
    }
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
}

use Context::{Help, Panel, Picker, Reader};
use KeyCode as K;

const READ: &[Context] = &[Reader];
const LISTS: &[Context] = &[Panel, Picker];
const EVERYWHERE: &[Context] = &[Reader, Panel];

/// Every key binding of the reader, in help-screen order.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    Binding { contexts: READ, keys: &[Key::char('j'), Key::plain(K::Down)], action: Action::NextSentence, description: "next sentence" },
    Binding { contexts: READ, keys: &[Key::char('k'), Key::plain(K::Up)], action: Action::PrevSentence, description: "previous sentence" },
    Binding { contexts: READ, keys: &[Key::ctrl('e')], action: Action::ScrollDown, description: "scroll down one line" },
    Binding { contexts: READ, keys: &[Key::ctrl('y')], action: Action::ScrollUp, description: "scroll up one line" },
    Binding { contexts: READ, keys: &[Key::plain(K::PageDown), Key::char(' '), Key::ctrl('f')], action: Action::PageDown, description: "page down" },
    Binding { contexts: READ, keys: &[Key::plain(K::PageUp), Key::ctrl('b')], action: Action::PageUp, description: "page up" },
    Binding { contexts: READ, keys: &[Key::ctrl('d')], action: Action::HalfPageDown, description: "half page down" },
    Binding { contexts: READ, keys: &[Key::ctrl('u')], action: Action::HalfPageUp, description: "half page up" },
    Binding { contexts: READ, keys: &[Key::char('g'), Key::plain(K::Home)], action: Action::Top, description: "first sentence" },
    Binding { contexts: READ, keys: &[Key::char('G'), Key::plain(K::End)], action: Action::Bottom, description: "last sentence" },
    Binding { contexts: READ, keys: &[Key::plain(K::Tab), Key::plain(K::BackTab), Key::char('h'), Key::char('l'), Key::plain(K::Left), Key::plain(K::Right)], action: Action::SwitchFocus, description: "switch pane" },
    Binding { contexts: READ, keys: &[Key::char('s')], action: Action::ToggleSync, description: "synchronized scrolling on/off" },
    Binding { contexts: READ, keys: &[Key::char(']')], action: Action::NextClaim, description: "next claim" },
    Binding { contexts: READ, keys: &[Key::char('[')], action: Action::PrevClaim, description: "previous claim" },
    Binding { contexts: READ, keys: &[Key::char('/')], action: Action::StartSearch, description: "search both panes" },
    Binding { contexts: READ, keys: &[Key::char('n')], action: Action::SearchNext, description: "next match" },
    Binding { contexts: READ, keys: &[Key::char('N')], action: Action::SearchPrev, description: "previous match" },
    Binding { contexts: READ, keys: &[Key::char('x')], action: Action::SwapPanes, description: "swap left and right" },
    Binding { contexts: EVERYWHERE, keys: &[Key::char('o')], action: Action::OpenPicker, description: "choose the pair of articles" },
    Binding { contexts: EVERYWHERE, keys: &[Key::char('1')], action: Action::ShowQuotes, description: "quote groups (jump list)" },
    Binding { contexts: EVERYWHERE, keys: &[Key::char('2')], action: Action::ShowClaims, description: "claim groups" },
    Binding { contexts: EVERYWHERE, keys: &[Key::char('3')], action: Action::ShowCoverage, description: "coverage matrix" },
    Binding { contexts: EVERYWHERE, keys: &[Key::char('4')], action: Action::ShowNotes, description: "notes, flags and verdicts" },
    Binding { contexts: EVERYWHERE, keys: &[Key::char('\\')], action: Action::TogglePanel, description: "show/hide side panel" },
    Binding { contexts: EVERYWHERE, keys: &[Key::char('a')], action: Action::EditNote, description: "note on the sentence / selected group" },
    Binding { contexts: EVERYWHERE, keys: &[Key::char('!')], action: Action::CycleFlag, description: "flag: check, misquote, missing-context, none" },
    Binding { contexts: EVERYWHERE, keys: &[Key::char('t')], action: Action::AddTag, description: "flag with a tag of your own" },
    Binding { contexts: &[Panel], keys: &[Key::char('v')], action: Action::EditVerdict, description: "verdict on the selected group" },
    Binding { contexts: &[Panel], keys: &[Key::char('d')], action: Action::DeleteMark, description: "delete the selected mark (press twice)" },
    Binding { contexts: EVERYWHERE, keys: &[Key::char('E')], action: Action::ExportReport, description: "write the review report (Markdown)" },
    Binding { contexts: &[Panel], keys: &[Key::char('f')], action: Action::CycleFilter, description: "claim filter: all/conflicts/unique" },
    Binding { contexts: LISTS, keys: &[Key::char('j'), Key::plain(K::Down)], action: Action::ListDown, description: "move down" },
    Binding { contexts: LISTS, keys: &[Key::char('k'), Key::plain(K::Up)], action: Action::ListUp, description: "move up" },
    Binding { contexts: LISTS, keys: &[Key::plain(K::Enter)], action: Action::Select, description: "open / jump to it" },
    Binding { contexts: &[Panel], keys: &[Key::char('h'), Key::plain(K::Left), Key::plain(K::Backspace)], action: Action::Back, description: "back to the group list" },
    Binding { contexts: &[Panel], keys: &[Key::plain(K::Tab)], action: Action::Cancel, description: "back to the panes" },
    Binding { contexts: &[Picker], keys: &[Key::char('h'), Key::plain(K::Left)], action: Action::PickLeft, description: "put in the left pane" },
    Binding { contexts: &[Picker], keys: &[Key::char('l'), Key::plain(K::Right)], action: Action::PickRight, description: "put in the right pane" },
    Binding { contexts: &[Reader, Panel, Picker], keys: &[Key::char('?')], action: Action::ShowHelp, description: "this help" },
    Binding { contexts: &[Panel, Picker, Help], keys: &[Key::plain(K::Esc)], action: Action::Cancel, description: "close / back" },
    Binding { contexts: &[Help], keys: &[Key::char('?'), Key::char('q')], action: Action::Cancel, description: "close help" },
    Binding { contexts: &[Reader, Panel, Picker], keys: &[Key::char('q'), Key::ctrl('c')], action: Action::Quit, description: "quit" },
    Binding { contexts: READ, keys: &[Key::plain(K::Esc)], action: Action::Cancel, description: "clear search and messages" },
];

/// The action bound to `key` in `context`, if any.
pub fn resolve(context: Context, key: Key) -> Option<Action> {
    BINDINGS
        .iter()
        .find(|b| b.contexts.contains(&context) && b.keys.contains(&key))
        .map(|b| b.action)
}

/// Help rows for one context: (keys, description).
pub fn help_rows(context: Context) -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| b.contexts.contains(&context))
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(Key::label).collect();
            (keys.join(" "), b.description)
        })
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
        for (keys, description) in help_rows(*context) {
            let keys: Vec<String> = keys
                .split(' ')
                .map(|k| format!("`{}`", k.replace('|', "\\|")))
                .collect();
            out.push_str(&format!("| {} | {description} |\n", keys.join(" ")));
        }
    }
    out
}

/// The contexts shown in the help screen, in order.
pub const HELP_CONTEXTS: &[Context] = &[Reader, Panel, Picker];

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
            Action::Quit => "quit",
            Action::Cancel => "cancel",
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
        assert_eq!(resolve(Help, Key::char('j')), None);
        assert_eq!(resolve(Reader, Key::char('z')), None);
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for context in [Reader, Panel, Picker, Help] {
            let mut seen = std::collections::HashSet::new();
            for binding in BINDINGS.iter().filter(|b| b.contexts.contains(&context)) {
                for key in binding.keys {
                    assert!(seen.insert(*key), "{context:?}: {key:?} bound twice");
                }
            }
        }
    }

    #[test]
    fn help_is_generated_from_the_table() {
        let rows = help_rows(Reader);
        assert!(rows.contains(&("j ↓".to_string(), "next sentence")));
        assert!(rows.iter().any(|(k, d)| k == "q Ctrl-c" && *d == "quit"));
    }
}
