//! Splits text into paragraphs, telling hard line wraps from real breaks.
//!
//! Articles arrive in three shapes: blank lines between paragraphs, one paragraph
//! per line, or prose hard-wrapped at a fixed width. A blank line always ends a
//! paragraph; a single line break ends one unless the text is hard-wrapped and the
//! line reads as a wrapped continuation. List items and short heading-like lines
//! always stand alone.

use super::Span;

/// A physical line of the text.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
    chars: usize,
}

/// Returns the paragraphs of `text`, trimmed, in order, none empty.
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    let lines = physical_lines(text);
    let widest = lines.iter().map(|l| l.chars).max().unwrap_or(0);
    let blank_separated = lines.iter().any(|l| l.chars == 0);
    let hard_wrapped = looks_hard_wrapped(&lines, widest);

    let mut paragraphs = Vec::new();
    let mut current: Option<Span> = None;
    let mut prev: Option<Line> = None;
    for line in lines {
        if line.chars == 0 {
            paragraphs.extend(current.take());
            prev = None;
            continue;
        }
        let joins = match (prev, current) {
            (Some(p), Some(_)) => {
                is_soft_wrap(text, p, line, widest, blank_separated, hard_wrapped)
            }
            _ => false,
        };
        current = match current {
            Some(span) if joins => Some(Span::new(span.start, line.span.end)),
            Some(span) => {
                paragraphs.push(span);
                Some(line.span)
            }
            None => Some(line.span),
        };
        prev = Some(line);
    }
    paragraphs.extend(current);
    rejoin_open_brackets(text, paragraphs)
}

/// Most paragraphs after one that leaves a bracket open that may close it.
const MAX_BRACKET_PIECES: usize = 2;

/// Longest paragraph, in characters, taken as a piece of a bracket left open.
const MAX_BRACKET_PIECE_CHARS: usize = 40;

/// Joins a paragraph that leaves a round bracket open with the short
/// paragraphs after it that close it. A blank line inside a bracket is a
/// scraping artefact (an editor's insertion such as `(South Korea. - RT)` set
/// on lines of its own), not the end of a paragraph; a bracket left open with
/// no short closing piece after it is left alone.
fn rejoin_open_brackets(text: &str, paragraphs: Vec<Span>) -> Vec<Span> {
    // Brackets are ASCII, so counting bytes needs no decoding of characters.
    let depth = |span: &Span| -> i64 {
        span.slice(text).bytes().fold(0, |d, b| match b {
            b'(' => d + 1,
            b')' => d - 1,
            _ => d,
        })
    };
    let short = |span: &Span| span.slice(text).chars().count() <= MAX_BRACKET_PIECE_CHARS;
    let mut out: Vec<Span> = Vec::with_capacity(paragraphs.len());
    let mut i = 0;
    while i < paragraphs.len() {
        let mut span = paragraphs[i];
        let mut next = i + 1;
        let mut open = depth(&span);
        let mut probe = next;
        while open > 0
            && probe < paragraphs.len()
            && probe - i <= MAX_BRACKET_PIECES
            && short(&paragraphs[probe])
        {
            open += depth(&paragraphs[probe]);
            probe += 1;
            if open <= 0 {
                span = Span::new(span.start, paragraphs[probe - 1].end);
                next = probe;
            }
        }
        out.push(span);
        i = next;
    }
    out
}

/// Lines of `text` with their spans trimmed; blank lines have zero chars.
fn physical_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let span = Span::new(start, start + piece.len()).trim(text);
        start += piece.len();
        lines.push(Line {
            span,
            chars: span.slice(text).chars().count(),
        });
    }
    lines
}

/// True when most non-blank lines fill one fixed width between 40 and 100 columns.
fn looks_hard_wrapped(lines: &[Line], widest: usize) -> bool {
    if !(40..=100).contains(&widest) {
        return false;
    }
    let filled: Vec<&Line> = lines.iter().filter(|l| l.chars > 0).collect();
    let near_width = filled.iter().filter(|l| l.chars * 4 >= widest * 3).count();
    filled.len() >= 3 && near_width * 2 >= filled.len()
}

/// Decides whether the break between `prev` and `next` continues one paragraph.
fn is_soft_wrap(
    text: &str,
    prev: Line,
    next: Line,
    widest: usize,
    blank_separated: bool,
    hard_wrapped: bool,
) -> bool {
    let next_text = next.span.slice(text);
    let prev_text = prev.span.slice(text);
    if starts_list_item(next_text) || starts_list_item(prev_text) {
        return false;
    }
    if next_text.starts_with(char::is_lowercase) && !ends_sentence(prev_text) {
        // A line that continues in lower case is the same sentence, wrapped.
        return true;
    }
    let prev_is_short = prev.chars * 2 < widest;
    if blank_separated && !hard_wrapped {
        // Paragraphs are marked by blank lines; a line break inside one is a wrap
        // unless the previous line is a short, unpunctuated heading.
        return !prev_is_short || ends_sentence(prev_text);
    }
    hard_wrapped && prev.chars * 10 >= widest * 6 && (blank_separated || !ends_sentence(prev_text))
}

/// True when the line ends like a finished sentence (after closing quotes or brackets).
fn ends_sentence(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', ' ']);
    core.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// True when the line begins with a bullet or an enumeration marker.
pub fn starts_list_item(line: &str) -> bool {
    let line = line.trim_start();
    let mut chars = line.chars();
    match chars.next() {
        Some('•' | '·' | '●' | '▪' | '◦' | '‣' | '■' | '□' | '➤' | '►') => true,
        Some('-' | '*' | '–' | '+') => chars.next() == Some(' '),
        Some(c) if c.is_ascii_digit() || c.is_ascii_lowercase() => {
            let marker_len = line
                .find(|ch: char| !ch.is_ascii_alphanumeric())
                .unwrap_or(line.len());
            let rest = &line[marker_len..];
            let short_marker = marker_len <= 2
                && (line[..marker_len].chars().all(|ch| ch.is_ascii_digit()) || marker_len == 1);
            short_marker && (rest.starts_with(". ") || rest.starts_with(") "))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<&str> {
        split_paragraphs(text)
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn short_pieces_closing_an_open_bracket_join_its_paragraph() {
        let text =
            "The talks went on (the ministry said.\n\n- Wire\n\n). Then they ended.\n\nNext one.";
        assert_eq!(
            paragraphs(text),
            [
                "The talks went on (the ministry said.\n\n- Wire\n\n). Then they ended.",
                "Next one."
            ]
        );
    }

    #[test]
    fn a_bracket_left_open_without_a_short_closing_piece_stays_apart() {
        let text = "A list follows (see below\n\nThe next paragraph is a whole paragraph of its own, long.\n\n)";
        assert_eq!(paragraphs(text).len(), 3);
        let text = "Open (one\n\nshort\n\nshort\n\n)";
        assert_eq!(
            paragraphs(text).len(),
            4,
            "more pieces than a bracket insertion has"
        );
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "Headline here\n\nFirst para.\n\n\nSecond para.\n";
        assert_eq!(
            paragraphs(text),
            ["Headline here", "First para.", "Second para."]
        );
    }

    #[test]
    fn one_paragraph_per_line() {
        let text = "Title\nOne sentence. Two.\nThree.\nThe big picture\nFour.";
        assert_eq!(
            paragraphs(text),
            [
                "Title",
                "One sentence. Two.",
                "Three.",
                "The big picture",
                "Four."
            ]
        );
    }

    #[test]
    fn hard_wrapped_prose_is_joined() {
        let text = "The minister said on Tuesday that the budget would be\n\
                    cut by 3.5 percent next year, a figure that opposition\n\
                    lawmakers called reckless and dangerous for the economy.\n\
                    \n\
                    A second paragraph follows here with more words to read\n\
                    and it also wraps across lines at the same width.\n";
        let got = paragraphs(text);
        assert_eq!(got.len(), 2);
        assert!(got[0].starts_with("The minister") && got[0].ends_with("economy."));
    }

    #[test]
    fn wrapped_lines_without_blank_lines_break_at_sentence_end() {
        let text = "Police said the driver, a 42-year-old man from the city,\n\
                    was arrested at the scene and taken into custody.\n\
                    Witnesses described a loud bang shortly before midnight\n\
                    and said several cars were damaged in the crash.\n";
        assert_eq!(paragraphs(text).len(), 2);
    }

    #[test]
    fn list_items_stand_alone() {
        let text = "Key points:\n\n- first item\n- second item\n1. numbered\n• bullet";
        assert_eq!(
            paragraphs(text),
            [
                "Key points:",
                "- first item",
                "- second item",
                "1. numbered",
                "• bullet"
            ]
        );
    }

    #[test]
    fn heading_inside_blank_separated_block_stands_alone() {
        let text = "Intro paragraph that is fairly long and ends properly here.\n\nBackground\nThe court heard the case in a long session that lasted all day.";
        assert_eq!(paragraphs(text).len(), 3);
    }

    #[test]
    fn list_markers() {
        assert!(starts_list_item("  • AP"));
        assert!(starts_list_item("- RT"));
        assert!(starts_list_item("12. Twelfth"));
        assert!(starts_list_item("a) first"));
        assert!(!starts_list_item("-5 degrees"));
        assert!(!starts_list_item("I. M. Pei designed it"));
        assert!(!starts_list_item("2023. was a year"));
    }
}
