//! The effective key table: the built-in bindings with the user's `[keys]`
//! overrides merged over them, as a pure function of the two.
//!
//! The reader keeps one [`KeyTable`] in its state: it resolves keys with
//! [`KeyTable::resolve`], lists them in help with [`KeyTable::help_rows`], and
//! builds its hint line and popup footers from [`KeyTable::hint_keys`], so a
//! remapped key shows wherever keys are shown. Without overrides these answer
//! like `app::keymap::resolve` and `app::keymap::help_rows` do for the built-in
//! table.

use std::fmt;

use crate::app::Action;
use crate::app::keymap::{BINDINGS, Binding, Context, HELP_CONTEXTS, Hint, HintKeys, Key};

use super::keys::key_string;

/// One parsed `[keys]` entry: these keys now trigger this action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyOverride {
    /// Only this context (`[keys.panel]`), or every context the action is bound
    /// in (`[keys]`).
    pub context: Option<Context>,
    /// The action rebound.
    pub action: Action,
    /// Its new keys, replacing the old ones (empty: the action has no key).
    pub keys: Vec<Key>,
}

/// One row of the effective table, for one context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoundKeys {
    /// Where the row applies.
    pub context: Context,
    /// The keys that trigger it.
    pub keys: Vec<Key>,
    /// What it does.
    pub action: Action,
    /// What the help screen says.
    pub description: &'static str,
    /// How the hint line shows the row, if it does.
    pub hint: Option<Hint>,
    /// Whether a user override set these keys (they are not taken away by a
    /// later override).
    overridden: bool,
}

/// The key table the reader should use: defaults with overrides on top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyTable {
    /// Rows in help-screen order, one per (binding, context).
    rows: Vec<BoundKeys>,
}

/// Something in the overrides that could not be applied as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeNote {
    /// The action has no binding in the context named.
    NotBound {
        /// The action.
        action: Action,
        /// The context it was rebound in.
        context: Context,
    },
    /// Two overrides give the same key in one context; the first keeps it.
    Conflict {
        /// The key.
        key: Key,
        /// The context.
        context: Context,
        /// The action that keeps the key.
        kept_by: Action,
        /// The action that does not get it.
        refused: Action,
    },
    /// An override took the last key of another action in a context.
    LeftWithoutKey {
        /// The action now without a key.
        action: Action,
        /// Where.
        context: Context,
        /// The action that took its key.
        taken_by: Action,
    },
}

impl KeyTable {
    /// Merges `overrides`, in order, over `defaults`. An override replaces the
    /// action's keys in each of its contexts and takes those keys away from any
    /// other action there; a key an earlier override gave away stays where it went.
    pub fn merge(defaults: &[Binding], overrides: &[KeyOverride]) -> (Self, Vec<MergeNote>) {
        let mut table = KeyTable {
            rows: defaults
                .iter()
                .flat_map(|b| {
                    b.contexts.iter().map(|&context| BoundKeys {
                        context,
                        keys: b.keys.to_vec(),
                        action: b.action,
                        description: b.description,
                        hint: b.hint,
                        overridden: false,
                    })
                })
                .collect(),
        };
        let mut notes = Vec::new();
        for over in overrides {
            let contexts: Vec<Context> = match over.context {
                Some(context) => vec![context],
                // A `[keys.CONTEXT]` entry for the same action decides that context.
                None => table
                    .contexts_of(over.action)
                    .into_iter()
                    .filter(|&c| {
                        !overrides
                            .iter()
                            .any(|o| o.action == over.action && o.context == Some(c))
                    })
                    .collect(),
            };
            for context in contexts {
                table.apply(context, over, overrides, &mut notes);
            }
        }
        (table, notes)
    }

    /// The action bound to `key` in `context`, if any.
    pub fn resolve(&self, context: Context, key: Key) -> Option<Action> {
        self.rows
            .iter()
            .find(|row| row.context == context && row.keys.contains(&key))
            .map(|row| row.action)
    }

    /// Help rows for one context: (keys, description), leaving out actions
    /// without a key.
    pub fn help_rows(&self, context: Context) -> Vec<(String, &'static str)> {
        self.rows
            .iter()
            .filter(|row| row.context == context && !row.keys.is_empty())
            .map(|row| {
                let keys: Vec<String> = row.keys.iter().map(Key::label).collect();
                (keys.join(" "), row.description)
            })
            .collect()
    }

    /// Every row, in help-screen order.
    pub fn rows(&self) -> &[BoundKeys] {
        &self.rows
    }

    /// The rows of one context, in help-screen order.
    pub fn rows_in(&self, context: Context) -> impl Iterator<Item = &BoundKeys> {
        self.rows.iter().filter(move |row| row.context == context)
    }

    /// The first row binding `key` in a context other than `context`, for
    /// saying where a key that does nothing here works.
    pub fn elsewhere(&self, context: Context, key: Key) -> Option<&BoundKeys> {
        HELP_CONTEXTS
            .iter()
            .filter(|c| **c != context)
            .find_map(|c| self.rows_in(*c).find(|row| row.keys.contains(&key)))
    }

    /// The keys a row's hint shows, as text (`j/k`, `Enter`, `1-4`); `None` for
    /// a row without a hint or, unless its hint is written out, without a key.
    pub fn hint_keys(&self, row: &BoundKeys) -> Option<String> {
        let hint = row.hint?;
        let first = |r: &BoundKeys| r.keys.first().map(Key::label);
        match hint.keys {
            HintKeys::First => first(row),
            HintKeys::With(other) => {
                let own = first(row)?;
                let pair = self
                    .rows_in(row.context)
                    .find(|r| r.action == other)
                    .and_then(first);
                Some(match pair {
                    Some(pair) => format!("{own}/{pair}"),
                    None => own,
                })
            }
            HintKeys::Literal(text) => Some(text.to_string()),
        }
    }

    /// The keys bound to `action` in `context`, as help writes them (`j ↓`);
    /// `None` when it has none there. Messages that name a key use it, so they
    /// stay true after a remap.
    pub fn keys_for(&self, context: Context, action: Action) -> Option<String> {
        let keys: Vec<String> = self
            .rows_in(context)
            .filter(|row| row.action == action)
            .flat_map(|row| row.keys.iter().map(Key::label))
            .collect();
        (!keys.is_empty()).then(|| keys.join(" "))
    }

    /// The contexts where `action` is bound, in table order, without repeats.
    fn contexts_of(&self, action: Action) -> Vec<Context> {
        let mut contexts = Vec::new();
        for row in self.rows.iter().filter(|row| row.action == action) {
            if !contexts.contains(&row.context) {
                contexts.push(row.context);
            }
        }
        contexts
    }

    /// Applies one override in one context; `all` are every override, so that an
    /// action losing its keys is only reported when no override rebinds it.
    fn apply(
        &mut self,
        context: Context,
        over: &KeyOverride,
        all: &[KeyOverride],
        notes: &mut Vec<MergeNote>,
    ) {
        let in_context = |row: &BoundKeys| row.context == context;
        let Some(first) = self
            .rows
            .iter()
            .position(|row| in_context(row) && row.action == over.action)
        else {
            notes.push(MergeNote::NotBound {
                action: over.action,
                context,
            });
            return;
        };
        let mut keys = Vec::new();
        for &key in &over.keys {
            let holder = self.rows.iter().find(|row| {
                in_context(row)
                    && row.action != over.action
                    && row.overridden
                    && row.keys.contains(&key)
            });
            match holder {
                Some(row) => notes.push(MergeNote::Conflict {
                    key,
                    context,
                    kept_by: row.action,
                    refused: over.action,
                }),
                None if !keys.contains(&key) => keys.push(key),
                None => {}
            }
        }
        for row in self.rows.iter_mut().filter(|row| in_context(row)) {
            if row.action == over.action {
                continue;
            }
            let had_keys = !row.keys.is_empty();
            row.keys.retain(|key| !keys.contains(key));
            let rebound = all
                .iter()
                .any(|o| o.action == row.action && o.context.is_none_or(|c| c == context));
            if had_keys && row.keys.is_empty() && !rebound {
                notes.push(MergeNote::LeftWithoutKey {
                    action: row.action,
                    context,
                    taken_by: over.action,
                });
            }
        }
        self.rows[first].keys = keys;
        self.rows[first].overridden = true;
        let mut index = 0;
        self.rows.retain(|row| {
            let keep = index <= first || !(in_context(row) && row.action == over.action);
            index += 1;
            keep
        });
    }
}

impl Default for KeyTable {
    /// The built-in bindings, unchanged.
    fn default() -> Self {
        Self::merge(BINDINGS, &[]).0
    }
}

/// The name of a context in the config file: `[keys.reader]`, `[keys.panel]`…
pub fn context_name(context: Context) -> &'static str {
    match context {
        Context::Reader => "reader",
        Context::Panel => "panel",
        Context::Facts => "facts",
        Context::Picker => "picker",
        Context::PickerFilter => "picker_filter",
        Context::Help => "help",
        Context::HelpFilter => "help_filter",
        Context::Results => "results",
        Context::Prompt => "prompt",
        Context::Editor => "editor",
        Context::Notice => "notice",
        Context::Confirm => "confirm",
    }
}

/// The context with this config-file name, if keys can be bound in it.
pub fn context_named(name: &str) -> Option<Context> {
    bindable_contexts()
        .into_iter()
        .find(|&context| context_name(context) == name)
}

/// The contexts that have bindings in the built-in table, in table order.
pub fn bindable_contexts() -> Vec<Context> {
    let mut contexts = Vec::new();
    for context in BINDINGS.iter().flat_map(|b| b.contexts) {
        if !contexts.contains(context) {
            contexts.push(*context);
        }
    }
    contexts
}

/// The bound action with this config-file name.
pub fn action_named(name: &str) -> Option<Action> {
    BINDINGS
        .iter()
        .map(|b| b.action)
        .find(|action| action.name() == name)
}

impl fmt::Display for MergeNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MergeNote::NotBound { action, context } => write!(
                f,
                "'{}' has no key in the {} to change",
                action.name(),
                context_name(*context)
            ),
            MergeNote::Conflict {
                key,
                context,
                kept_by,
                refused,
            } => write!(
                f,
                "'{}' is given to both '{}' and '{}' in the {}; it stays with '{}'",
                key_string(*key),
                kept_by.name(),
                refused.name(),
                context_name(*context),
                kept_by.name()
            ),
            MergeNote::LeftWithoutKey {
                action,
                context,
                taken_by,
            } => write!(
                f,
                "'{}' took the last key of '{}' in the {}",
                taken_by.name(),
                action.name(),
                context_name(*context)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(table: &KeyTable, context: Context, action: Action) -> &BoundKeys {
        table
            .rows_in(context)
            .find(|row| row.action == action && row.hint.is_some())
            .unwrap()
    }

    #[test]
    fn hints_show_the_keys_in_force() {
        let table = KeyTable::default();
        let next = row(&table, Context::Reader, Action::NextSentence);
        assert_eq!(table.hint_keys(next).as_deref(), Some("j/k"));
        let over = KeyOverride {
            context: None,
            action: Action::PrevSentence,
            keys: vec![Key::char('K')],
        };
        let (table, _) = KeyTable::merge(BINDINGS, &[over]);
        let next = row(&table, Context::Reader, Action::NextSentence);
        assert_eq!(table.hint_keys(next).as_deref(), Some("j/K"));
        let panel = row(&table, Context::Reader, Action::ShowQuotes);
        assert_eq!(table.hint_keys(panel).as_deref(), Some("1-5"));
    }

    #[test]
    fn elsewhere_and_keys_for_follow_the_table() {
        let table = KeyTable::default();
        let there = table.elsewhere(Context::Reader, Key::char('v')).unwrap();
        assert_eq!(
            (there.context, there.action),
            (Context::Panel, Action::EditVerdict)
        );
        assert_eq!(
            table.keys_for(Context::Reader, Action::Quit).as_deref(),
            Some("q Ctrl-c")
        );
        let over = KeyOverride {
            context: Some(Context::Panel),
            action: Action::EditVerdict,
            keys: vec![Key::char('V')],
        };
        let (table, _) = KeyTable::merge(BINDINGS, &[over]);
        // Remapped in the panel only: the fact table keeps `v`.
        let there = table.elsewhere(Context::Reader, Key::char('v')).unwrap();
        assert_eq!(there.context, Context::Facts);
        assert_eq!(
            table
                .keys_for(Context::Panel, Action::EditVerdict)
                .as_deref(),
            Some("V")
        );
    }
}
