//! Wraps a run of styled words into lines, for list items that span several rows.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::safe::screen_text;

/// Lays `pieces` (text, style) out word by word into lines of at most `width`
/// columns, each line starting with `indent`.
pub fn wrap_words(pieces: &[(String, Style)], width: usize, indent: &str) -> Vec<Line<'static>> {
    let width = width.max(indent.width() + 1);
    let mut lines = Vec::new();
    let mut current: Vec<Span<'static>> = vec![Span::raw(indent.to_string())];
    let mut used = indent.width();
    for (text, style) in pieces {
        for word in text.split_whitespace() {
            let word = screen_text(word);
            let w = word.width();
            if used > indent.width() && used + 1 + w > width {
                lines.push(Line::from(std::mem::replace(
                    &mut current,
                    vec![Span::raw(indent.to_string())],
                )));
                used = indent.width();
            }
            if used > indent.width() {
                current.push(Span::raw(" "));
                used += 1;
            }
            used += w;
            current.push(Span::styled(word, *style));
        }
    }
    if used > indent.width() {
        lines.push(Line::from(current));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_keeps_styles() {
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let lines = wrap_words(
            &[
                ("one two".into(), Style::new()),
                ("three four".into(), bold),
            ],
            12,
            "  ",
        );
        let texts: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(texts, ["  one two", "  three four"]);
        assert_eq!(lines[1].spans.last().unwrap().style, bold);
    }
}
