//! The effective key table: the built-in bindings with the user's `[keys]`
//! overrides merged over them, as a pure function of the two.
//!
//! The reader resolves keys with [`KeyTable::resolve`] and lists them with
//! [`KeyTable::help_rows`], which answer like `app::keymap::resolve` and
//! `app::keymap::help_rows` do for the built-in table.

use std::fmt;

use crate::app::Action;
use crate::app::keymap::{BINDINGS, Binding, Context, Key};

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
