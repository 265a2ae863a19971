//! Text as it may reach the screen: no control character, no escape sequence.
//!
//! Loading already strips them; drawing checks again, so nothing an article
//! holds can ever drive the terminal.

/// `text` with every control character (tabs included) replaced by a space.
pub fn screen_text(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// `text` cut to at most `width` columns, with `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return screen_text(text);
    }
    for c in text.chars() {
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
    screen_text(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_pass() {
        assert_eq!(screen_text("a\u{1b}[31mb\tc\u{7}"), "a [31mb c ");
    }

    #[test]
    fn truncates_by_columns() {
        assert_eq!(truncate("hello world", 8), "hello w…");
        assert_eq!(truncate("日本語です", 5), "日本…");
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("abc", 0), "");
    }
}
