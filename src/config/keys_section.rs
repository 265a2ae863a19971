//! The `[keys]` table of the config file: read into overrides, and written out
//! (commented) from the built-in table for the default config.

use std::fmt::Write;

use crate::app::keymap::{BINDINGS, Context, Key};

use super::Warning;
use super::bindings::{
    KeyOverride, KeyTable, action_named, bindable_contexts, context_name, context_named,
};
use super::keys::{key_string, parse_key};

/// Reads a `[keys]` table. Entries directly in it apply wherever the action is
/// bound; entries in `[keys.CONTEXT]` only there and after the others. Each
/// entry that cannot be used warns and leaves that action's default keys.
pub fn parse_keys(
    table: &toml::Table,
    file: &str,
    warnings: &mut Vec<Warning>,
) -> Vec<KeyOverride> {
    let mut overrides = Vec::new();
    let mut scoped = Vec::new();
    for (name, value) in table {
        match value {
            toml::Value::Table(section) => match context_named(name) {
                Some(context) => {
                    for (action, keys) in section {
                        let path = format!("keys.{name}.{action}");
                        scoped.extend(entry(Some(context), action, keys, file, &path, warnings));
                    }
                }
                None => warnings.push(Warning::new(
                    file,
                    &format!("keys.{name}"),
                    format!(
                        "unknown context '{name}' (known: {}); ignored",
                        known_contexts()
                    ),
                )),
            },
            keys => {
                let path = format!("keys.{name}");
                overrides.extend(entry(None, name, keys, file, &path, warnings));
            }
        }
    }
    overrides.extend(scoped);
    let (_, notes) = KeyTable::merge(BINDINGS, &overrides);
    warnings.extend(
        notes
            .iter()
            .map(|note| Warning::new(file, "keys", note.to_string())),
    );
    overrides
}

/// One `action = "key"` or `action = ["key", …]` entry.
fn entry(
    context: Option<Context>,
    action: &str,
    value: &toml::Value,
    file: &str,
    path: &str,
    warnings: &mut Vec<Warning>,
) -> Option<KeyOverride> {
    let Some(action) = action_named(action) else {
        warnings.push(Warning::new(
            file,
            path,
            format!("unknown action '{action}' (the names are listed by `parallax config --print-default`); ignored"),
        ));
        return None;
    };
    let texts: Vec<&str> = match value {
        toml::Value::String(text) => vec![text.as_str()],
        toml::Value::Array(items) => match items.iter().map(toml::Value::as_str).collect() {
            Some(texts) => texts,
            None => {
                warnings.push(Warning::new(
                    file,
                    path,
                    "expected a key or a list of keys as strings; keeping the default keys",
                ));
                return None;
            }
        },
        _ => {
            warnings.push(Warning::new(
                file,
                path,
                "expected a key or a list of keys as strings; keeping the default keys",
            ));
            return None;
        }
    };
    let mut keys = Vec::new();
    for text in texts {
        match parse_key(text) {
            Ok(key) => keys.push(key),
            Err(problem) => {
                warnings.push(Warning::new(
                    file,
                    path,
                    format!("{problem}; keeping the default keys"),
                ));
                return None;
            }
        }
    }
    Some(KeyOverride {
        context,
        action,
        keys,
    })
}

/// The context names `[keys.NAME]` accepts, for messages.
fn known_contexts() -> String {
    bindable_contexts()
        .into_iter()
        .map(context_name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `[keys]` section of the default config: every binding, commented out, per
/// context, so uncommenting a line changes nothing until it is edited.
pub fn default_keys_section() -> String {
    let table = KeyTable::default();
    let mut out = String::from(
        "[keys]\n\
         # Rebind an action everywhere it is bound, e.g.\n\
         #   half_page_down = [\"ctrl-d\", \"J\"]\n\
         # or only in one context, in [keys.reader], [keys.panel], [keys.picker] or\n\
         # [keys.help]. Keys: a character as typed (\"J\" is shift-j), ctrl-x, enter, esc,\n\
         # tab, backtab, backspace, del, up, down, left, right, pgup, pgdn, home, end,\n\
         # space. A key given to an action is taken from any other action there.\n\
         # The built-in bindings:\n",
    );
    for context in bindable_contexts() {
        let _ = writeln!(out, "\n# [keys.{}]", context_name(context));
        let mut seen = Vec::new();
        for row in table.rows().iter().filter(|row| row.context == context) {
            if seen.contains(&row.action) {
                continue;
            }
            seen.push(row.action);
            let keys: Vec<Key> = table
                .rows()
                .iter()
                .filter(|r| r.context == context && r.action == row.action)
                .flat_map(|r| r.keys.iter().copied())
                .collect();
            let keys: Vec<String> = keys
                .iter()
                .map(|k| toml::Value::String(key_string(*k)).to_string())
                .collect();
            let _ = writeln!(
                out,
                "# {} = [{}]   # {}",
                row.action.name(),
                keys.join(", "),
                row.description
            );
        }
    }
    out
}
