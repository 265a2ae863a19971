//! Key remapping: `[keys]` entries read from the config text, and the merge of
//! overrides over the built-in table.

use parallax::app::Action;
use parallax::app::keymap::{BINDINGS, Context, Key, KeyCode, resolve};
use parallax::config::bindings::MergeNote;
use parallax::config::{Config, KeyOverride, KeyTable};

fn over(context: Option<Context>, action: Action, keys: &[Key]) -> KeyOverride {
    KeyOverride {
        context,
        action,
        keys: keys.to_vec(),
    }
}

const CONTEXTS: [Context; 4] = [
    Context::Reader,
    Context::Panel,
    Context::Picker,
    Context::Help,
];

fn every_key() -> Vec<Key> {
    let mut keys: Vec<Key> = BINDINGS
        .iter()
        .flat_map(|b| b.keys.iter().copied())
        .collect();
    keys.extend([Key::char('z'), Key::ctrl('z'), Key::char('J')]);
    keys
}

#[test]
fn without_overrides_the_table_answers_like_the_built_in_one() {
    let table = KeyTable::default();
    for context in CONTEXTS {
        for key in every_key() {
            assert_eq!(
                table.resolve(context, key),
                resolve(context, key),
                "{context:?} {key:?}"
            );
        }
        assert_eq!(
            table.help_rows(context),
            parallax::app::keymap::help_rows(context)
        );
    }
}

#[test]
fn an_override_replaces_the_keys_of_its_action() {
    let (table, notes) = KeyTable::merge(
        BINDINGS,
        &[over(
            None,
            Action::HalfPageDown,
            &[Key::ctrl('n'), Key::char('J')],
        )],
    );
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(
        table.resolve(Context::Reader, Key::ctrl('n')),
        Some(Action::HalfPageDown)
    );
    assert_eq!(
        table.resolve(Context::Reader, Key::char('J')),
        Some(Action::HalfPageDown)
    );
    assert_eq!(
        table.resolve(Context::Reader, Key::ctrl('d')),
        None,
        "the old key is free"
    );
    assert!(
        table
            .help_rows(Context::Reader)
            .contains(&("Ctrl-n J".to_string(), "half page down"))
    );
}

#[test]
fn a_key_moves_from_the_action_that_had_it() {
    let (table, notes) = KeyTable::merge(
        BINDINGS,
        &[over(None, Action::SwapPanes, &[Key::char('j')])],
    );
    assert!(notes.is_empty(), "next_sentence keeps ↓: {notes:?}");
    assert_eq!(
        table.resolve(Context::Reader, Key::char('j')),
        Some(Action::SwapPanes)
    );
    assert_eq!(
        table.resolve(Context::Reader, Key::plain(KeyCode::Down)),
        Some(Action::NextSentence)
    );
    assert_eq!(table.resolve(Context::Reader, Key::char('x')), None);
    // Only in the contexts of the action moved: lists still move down with j.
    assert_eq!(
        table.resolve(Context::Panel, Key::char('j')),
        Some(Action::ListDown)
    );
}

#[test]
fn taking_the_last_key_of_an_action_is_reported() {
    let (table, notes) = KeyTable::merge(
        BINDINGS,
        &[over(None, Action::SwapPanes, &[Key::char('s')])],
    );
    assert_eq!(
        table.resolve(Context::Reader, Key::char('s')),
        Some(Action::SwapPanes)
    );
    assert_eq!(
        notes,
        vec![MergeNote::LeftWithoutKey {
            action: Action::ToggleSync,
            context: Context::Reader,
            taken_by: Action::SwapPanes,
        }]
    );
    assert!(
        !table
            .help_rows(Context::Reader)
            .iter()
            .any(|(_, d)| *d == "synchronized scrolling on/off"),
        "an action without keys leaves the help"
    );
}

#[test]
fn an_action_bound_in_several_contexts_is_rebound_in_all() {
    let (table, _) = KeyTable::merge(BINDINGS, &[over(None, Action::Quit, &[Key::char('Q')])]);
    for context in [Context::Reader, Context::Panel, Context::Picker] {
        assert_eq!(table.resolve(context, Key::char('Q')), Some(Action::Quit));
        assert_eq!(table.resolve(context, Key::ctrl('c')), None);
    }
    // q still closes the help, where quit is not bound.
    assert_eq!(
        table.resolve(Context::Help, Key::char('q')),
        Some(Action::Cancel)
    );
}

#[test]
fn a_context_override_changes_only_that_context() {
    let (table, notes) = KeyTable::merge(
        BINDINGS,
        &[over(
            Some(Context::Panel),
            Action::TogglePanel,
            &[Key::char('p')],
        )],
    );
    assert!(notes.is_empty());
    assert_eq!(
        table.resolve(Context::Panel, Key::char('p')),
        Some(Action::TogglePanel)
    );
    assert_eq!(table.resolve(Context::Panel, Key::char('\\')), None);
    assert_eq!(
        table.resolve(Context::Reader, Key::char('\\')),
        Some(Action::TogglePanel)
    );
    assert_eq!(table.resolve(Context::Reader, Key::char('p')), None);
}

#[test]
fn one_action_with_several_rows_in_a_context_gets_one_set_of_keys() {
    // In the side panel both Tab and Esc cancel (two rows).
    let (table, _) = KeyTable::merge(
        BINDINGS,
        &[over(
            Some(Context::Panel),
            Action::Cancel,
            &[Key::ctrl('g')],
        )],
    );
    assert_eq!(
        table.resolve(Context::Panel, Key::ctrl('g')),
        Some(Action::Cancel)
    );
    assert_eq!(
        table.resolve(Context::Panel, Key::plain(KeyCode::Tab)),
        None
    );
    assert_eq!(
        table.resolve(Context::Panel, Key::plain(KeyCode::Esc)),
        None
    );
    assert_eq!(
        table.resolve(Context::Picker, Key::plain(KeyCode::Esc)),
        Some(Action::Cancel)
    );
    let cancels = table
        .rows()
        .iter()
        .filter(|r| r.context == Context::Panel && r.action == Action::Cancel)
        .count();
    assert_eq!(cancels, 1);
}

#[test]
fn the_first_of_two_overrides_keeps_a_contested_key() {
    let (table, notes) = KeyTable::merge(
        BINDINGS,
        &[
            over(None, Action::NextClaim, &[Key::char('n')]),
            over(None, Action::SearchNext, &[Key::char('n'), Key::char('m')]),
        ],
    );
    assert_eq!(
        table.resolve(Context::Reader, Key::char('n')),
        Some(Action::NextClaim)
    );
    assert_eq!(
        table.resolve(Context::Reader, Key::char('m')),
        Some(Action::SearchNext)
    );
    assert_eq!(
        notes,
        vec![MergeNote::Conflict {
            key: Key::char('n'),
            context: Context::Reader,
            kept_by: Action::NextClaim,
            refused: Action::SearchNext,
        }]
    );
}

#[test]
fn a_later_override_of_the_same_action_wins() {
    let (table, notes) = KeyTable::merge(
        BINDINGS,
        &[
            over(None, Action::ShowHelp, &[Key::char('h')]),
            over(Some(Context::Picker), Action::ShowHelp, &[Key::char('H')]),
        ],
    );
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(
        table.resolve(Context::Reader, Key::char('h')),
        Some(Action::ShowHelp)
    );
    assert_eq!(
        table.resolve(Context::Picker, Key::char('H')),
        Some(Action::ShowHelp)
    );
    assert_eq!(
        table.resolve(Context::Picker, Key::char('h')),
        Some(Action::PickLeft)
    );
}

#[test]
fn an_empty_list_unbinds_and_an_unbound_context_is_reported() {
    let (table, notes) = KeyTable::merge(
        BINDINGS,
        &[
            over(None, Action::ExportReport, &[]),
            over(
                Some(Context::Picker),
                Action::NextSentence,
                &[Key::char('j')],
            ),
        ],
    );
    assert_eq!(table.resolve(Context::Reader, Key::char('E')), None);
    assert_eq!(
        notes,
        vec![MergeNote::NotBound {
            action: Action::NextSentence,
            context: Context::Picker,
        }]
    );
}

#[test]
fn no_key_is_ambiguous_after_any_single_override() {
    for binding in BINDINGS {
        for key in every_key() {
            let (table, _) = KeyTable::merge(BINDINGS, &[over(None, binding.action, &[key])]);
            for context in CONTEXTS {
                let rows: Vec<_> = table
                    .rows()
                    .iter()
                    .filter(|r| r.context == context && r.keys.contains(&key))
                    .collect();
                assert!(rows.len() <= 1, "{key:?} twice in {context:?}: {rows:?}");
            }
        }
    }
}

#[test]
fn action_names_are_unique_snake_case() {
    let mut seen = std::collections::HashSet::new();
    for binding in BINDINGS {
        let name = binding.action.name();
        assert!(
            name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "{name}"
        );
        seen.insert((name, binding.action));
    }
    let names: std::collections::HashSet<_> = seen.iter().map(|(n, _)| n).collect();
    assert_eq!(names.len(), seen.len(), "two actions share a name");
}

fn keys_of(text: &str) -> (Vec<KeyOverride>, Vec<String>) {
    let (config, warnings) = Config::parse(text, "k.toml");
    (
        config.keys,
        warnings.iter().map(ToString::to_string).collect(),
    )
}

#[test]
fn keys_section_reads_strings_lists_and_contexts() {
    let (keys, warnings) = keys_of(
        "[keys]\nhalf_page_down = \"ctrl-n\"\nnext_sentence = [\"j\", \"down\", \"J\"]\n\
         [keys.picker]\npick_left = \"<\"\n",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        keys,
        vec![
            over(None, Action::HalfPageDown, &[Key::ctrl('n')]),
            over(
                None,
                Action::NextSentence,
                &[Key::char('j'), Key::plain(KeyCode::Down), Key::char('J')]
            ),
            over(Some(Context::Picker), Action::PickLeft, &[Key::char('<')]),
        ]
    );
    let (config, _) = Config::parse("[keys]\nhalf_page_down = \"ctrl-n\"\n", "k.toml");
    assert_eq!(
        config.key_table().resolve(Context::Reader, Key::ctrl('n')),
        Some(Action::HalfPageDown)
    );
}

#[test]
fn bad_keys_entries_warn_and_keep_the_defaults() {
    let (keys, warnings) = keys_of(
        "[keys]\njump_around = \"j\"\nnext_sentence = \"ctrl-\"\nprev_sentence = 5\n\
         quit = [\"q\", 7]\n[keys.nowhere]\nquit = \"q\"\n[keys.reader]\ntop = \"gg\"\n",
    );
    assert!(keys.is_empty(), "{keys:?}");
    let expect = [
        "k.toml: keys.jump_around: unknown action 'jump_around'",
        "k.toml: keys.next_sentence: 'ctrl-': Ctrl goes with one letter",
        "k.toml: keys.prev_sentence: expected a key or a list of keys",
        "k.toml: keys.quit: expected a key or a list of keys",
        "k.toml: keys.nowhere: unknown context 'nowhere'",
        "k.toml: keys.reader.top: 'gg' is not a key",
    ];
    assert_eq!(warnings.len(), expect.len(), "{warnings:#?}");
    for start in expect {
        assert!(
            warnings.iter().any(|w| w.starts_with(start)),
            "no {start:?} in {warnings:#?}"
        );
    }
}

#[test]
fn merge_problems_in_the_file_are_warnings() {
    let (_, warnings) = keys_of("[keys]\nswap_panes = \"s\"\n");
    assert_eq!(
        warnings,
        vec!["k.toml: keys: 'swap_panes' took the last key of 'toggle_sync' in the reader"]
    );
}
