//! Text as it may reach the screen: no control character, no escape sequence.
//!
//! Loading already cleans every article and field; drawing passes everything
//! through [`crate::model::sanitize::display`] again, the one cleaner shared with
//! the headless commands, so nothing an article or a session holds can ever drive
//! the terminal.

use crate::model::sanitize::display;

/// `text` cleaned for the screen, with line breaks and tabs as spaces so that it
/// stays on one row.
pub fn screen_text(text: &str) -> String {
    display(text)
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

/// `text` cleaned for the screen and cut to at most `width` columns, with `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let clean = screen_text(text);
    let total: usize = clean.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return clean;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in clean.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_pass() {
        assert_eq!(screen_text("a\u{1b}[31mb\tc\u{7}"), "ab c");
        assert_eq!(screen_text("x\u{9b}2Jy\u{202e}z\nw"), "xyz w");
    }

    #[test]
    fn truncates_by_columns() {
        assert_eq!(truncate("hello world", 8), "hello w…");
        assert_eq!(truncate("日本語です", 5), "日本…");
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(truncate("\u{1b}]0;pwned\u{7}title", 5), "title");
    }
}
