//! What a config or theme file got wrong: each problem becomes one warning that
//! names the file and the key, and the setting keeps its default.

use std::fmt;

/// One problem Parallax worked around. `main` prints each on one line; nothing in
/// a warning can drive the terminal, since control characters are replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file, as the user would write it.
    pub file: String,
    /// The dotted key (`keys.next_sentence`), or empty for the whole file.
    pub key: String,
    /// What is wrong and what Parallax does instead.
    pub message: String,
}

impl Warning {
    /// A warning about `key` in `file`.
    pub fn new(file: &str, key: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_string(),
            key: key.to_string(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = if self.key.is_empty() {
            format!("{}: {}", self.file, self.message)
        } else {
            format!("{}: {}: {}", self.file, self.key, self.message)
        };
        f.write_str(&one_clean_line(&line))
    }
}

/// `text` with every control character (escape, newline, tab…) replaced by a
/// space, so it prints as one harmless line.
pub fn one_clean_line(text: &str) -> String {
    crate::model::sanitize::display(text)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_one_line_without_control_characters() {
        let warning = Warning::new("a\u{1b}[31m.toml", "keys.x\ny", "bad\u{7}value");
        let line = warning.to_string();
        assert_eq!(line, "a.toml: keys.x y: badvalue");
        assert!(!line.chars().any(char::is_control));
        assert_eq!(Warning::new("f", "", "m").to_string(), "f: m");
    }
}
