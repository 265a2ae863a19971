//! Key strings of the config file (`"ctrl-d"`, `"J"`, `"pgdn"`, `"enter"`): read
//! into the reader's [`Key`] and written back, so the printed default config
//! round-trips.

use crate::app::keymap::{Key, KeyCode};

/// Named keys, lower case: the first name of each is the one written out.
const NAMED: &[(&[&str], KeyCode)] = &[
    (&["enter", "return"], KeyCode::Enter),
    (&["esc", "escape"], KeyCode::Esc),
    (&["tab"], KeyCode::Tab),
    (&["backtab", "s-tab", "shift-tab"], KeyCode::BackTab),
    (&["backspace", "bksp"], KeyCode::Backspace),
    (&["del", "delete"], KeyCode::Delete),
    (&["up"], KeyCode::Up),
    (&["down"], KeyCode::Down),
    (&["left"], KeyCode::Left),
    (&["right"], KeyCode::Right),
    (&["pgup", "pageup"], KeyCode::PageUp),
    (&["pgdn", "pagedown"], KeyCode::PageDown),
    (&["home"], KeyCode::Home),
    (&["end"], KeyCode::End),
    (&["space"], KeyCode::Char(' ')),
];

/// Reads one key string. Names are case-insensitive (`PgDn`, `ENTER`); a single
/// character is taken as written (`J` is shift-j); `ctrl-` (or `c-`) holds Ctrl
/// with a letter, digit or sign, and `shift-` with a letter gives its capital.
pub fn parse_key(text: &str) -> Result<Key, String> {
    let lower = text.to_lowercase();
    if let Some(rest) = strip_prefix_any(text, &lower, &["ctrl-", "ctrl+", "c-"]) {
        return match single_char(rest) {
            Some(c) if c.is_ascii_graphic() => Ok(Key::ctrl(c.to_ascii_lowercase())),
            _ => Err(format!(
                "'{text}': Ctrl goes with one letter, digit or sign"
            )),
        };
    }
    if let Some(rest) = strip_prefix_any(text, &lower, &["shift-", "shift+"])
        && let Some(c) = single_char(rest).filter(char::is_ascii_alphabetic)
    {
        return Ok(Key::char(c.to_ascii_uppercase()));
    }
    if let Some((_, code)) = NAMED
        .iter()
        .find(|(names, _)| names.contains(&lower.as_str()))
    {
        return Ok(Key::plain(*code));
    }
    match single_char(text) {
        Some(c) if !c.is_control() && !c.is_whitespace() => Ok(Key::char(c)),
        _ => Err(format!(
            "'{text}' is not a key (a character, ctrl-x, or one of enter, esc, tab, \
             backtab, backspace, del, up, down, left, right, pgup, pgdn, home, end, space)"
        )),
    }
}

/// Writes a key the way [`parse_key`] reads it.
pub fn key_string(key: Key) -> String {
    let base = match NAMED.iter().find(|(_, code)| *code == key.code) {
        Some((names, _)) => names[0].to_string(),
        None => match key.code {
            KeyCode::Char(c) => c.to_string(),
            other => unreachable!("{other:?} has a name in NAMED"),
        },
    };
    if key.ctrl {
        format!("ctrl-{base}")
    } else {
        base
    }
}

/// `text` after the first of `prefixes` that `lower` (its lower-case form) starts with.
fn strip_prefix_any<'a>(text: &'a str, lower: &str, prefixes: &[&str]) -> Option<&'a str> {
    prefixes
        .iter()
        .find(|p| lower.starts_with(*p) && text.is_char_boundary(p.len()))
        .map(|p| &text[p.len()..])
}

/// The only character of `text`, if it has exactly one.
fn single_char(text: &str) -> Option<char> {
    let mut chars = text.chars();
    chars.next().filter(|_| chars.next().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::BINDINGS;

    #[test]
    fn reads_the_usual_spellings() {
        assert_eq!(parse_key("ctrl-d"), Ok(Key::ctrl('d')));
        assert_eq!(parse_key("Ctrl-D"), Ok(Key::ctrl('d')));
        assert_eq!(parse_key("c-u"), Ok(Key::ctrl('u')));
        assert_eq!(parse_key("J"), Ok(Key::char('J')));
        assert_eq!(parse_key("j"), Ok(Key::char('j')));
        assert_eq!(parse_key("shift-j"), Ok(Key::char('J')));
        assert_eq!(parse_key("pgdn"), Ok(Key::plain(KeyCode::PageDown)));
        assert_eq!(parse_key("PageDown"), Ok(Key::plain(KeyCode::PageDown)));
        assert_eq!(parse_key("enter"), Ok(Key::plain(KeyCode::Enter)));
        assert_eq!(parse_key("space"), Ok(Key::char(' ')));
        assert_eq!(parse_key("s-tab"), Ok(Key::plain(KeyCode::BackTab)));
        assert_eq!(parse_key("?"), Ok(Key::char('?')));
        assert_eq!(parse_key("-"), Ok(Key::char('-')));
        assert_eq!(parse_key("é"), Ok(Key::char('é')));
    }

    #[test]
    fn refuses_what_is_not_one_key() {
        for bad in [
            "",
            "ctrl-",
            "ctrl-pgdn",
            "jj",
            "F13",
            "\u{1b}",
            " ",
            "shift-",
        ] {
            assert!(parse_key(bad).is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn every_default_key_round_trips() {
        for binding in BINDINGS {
            for key in binding.keys {
                assert_eq!(parse_key(&key_string(*key)), Ok(*key), "{key:?}");
            }
        }
    }
}
