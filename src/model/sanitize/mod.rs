//! The one cleaner for text that may reach a terminal.
//!
//! [`sanitize`] runs once at load time on article bodies (and on notes read from a
//! session), before any span exists, so every later offset refers to clean text:
//! no escape sequences, no C0/C1 control characters (other than `\n` and `\t`),
//! CRLF and lone CR turned into `\n`, no bidirectional overrides, no byte-order
//! mark, no zero-width space or word joiner (they only hide or spoof).
//! [`clean_line`] does the same for one-line fields (titles, outlets, tags), also
//! turning line breaks into spaces and keeping zero-width joiners and direction
//! marks only where they join two non-ASCII characters (emoji, scripts). [`display`] is the last step before any terminal: standard
//! output, standard error and the reader all pass their text through it.
//!
//! The cleaner never deletes text it cannot prove to be an escape sequence: an
//! unterminated or malformed sequence loses only its introducer, and C1
//! characters that are really mis-decoded UTF-8 (`â€\u{9d}` for `”`) are repaired.

mod escape;
pub mod json;
mod mojibake;
mod report;

use std::borrow::Cow;

pub use report::SanitizeReport;

use escape::Escape;

/// How line breaks and invisible characters are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Running text: line breaks and tabs are kept.
    Text,
    /// A one-line field: line breaks and tabs become spaces, invisible characters
    /// that only hide or spoof are removed, and the ends are trimmed.
    Line,
}

/// Returns `input` with terminal escape sequences and control characters removed
/// and mis-decoded characters repaired, keeping line breaks and tabs.
pub fn sanitize(input: &str) -> (String, SanitizeReport) {
    clean(input, Mode::Text)
}

/// Returns a one-line field (title, outlet, tag) cleaned like [`sanitize`], with
/// line breaks and tabs turned into spaces, zero-width characters that only hide
/// or spoof removed, and the ends trimmed.
pub fn clean_line(input: &str) -> (String, SanitizeReport) {
    let (text, report) = clean(input, Mode::Line);
    let trimmed = text.trim();
    if trimmed.len() == text.len() {
        (text, report)
    } else {
        (trimmed.to_string(), report)
    }
}

/// `text` as it may be shown on a terminal: cleaned like [`sanitize`] (escape
/// sequences and control characters other than `\n` and `\t` removed, bidi
/// overrides removed, mojibake repaired). Borrows when nothing needs changing.
pub fn display(text: &str) -> Cow<'_, str> {
    let changes = text.char_indices().any(|(at, c)| {
        might_change(c) || (is_mojibake_lead(c) && mojibake::repair(&text[at..]).is_some())
    });
    if !changes {
        return Cow::Borrowed(text);
    }
    let (clean, report) = clean(text, Mode::Text);
    if report.is_clean() && clean.len() == text.len() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(clean)
    }
}

/// True for characters [`sanitize`] removes or changes wherever they are
/// (mojibake aside).
fn might_change(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c) || is_hider(c)
}

/// True for the Latin-1 letters that can start a mis-decoded UTF-8 sequence.
fn is_mojibake_lead(c: char) -> bool {
    ('\u{c2}'..='\u{f4}').contains(&c)
}

/// Cleans `input` in `mode`.
fn clean(input: &str, mode: Mode) -> (String, SanitizeReport) {
    let mut out = String::with_capacity(input.len());
    let mut report = SanitizeReport::default();
    let mut pos = 0;
    while pos < input.len() {
        let rest = &input[pos..];
        let plain = plain_len(rest, mode);
        out.push_str(&rest[..plain]);
        pos += plain;
        let rest = &input[pos..];
        let Some(c) = rest.chars().next() else { break };
        if let Some((fixed, len)) = mojibake::repair(rest) {
            report.mojibake += 1;
            pos += len;
            let next = input[pos..].chars().next();
            if is_invisible(fixed, mode, out.chars().last(), next) {
                report.invisible += 1;
            } else {
                out.push(fixed);
            }
            continue;
        }
        match escape::at(rest) {
            Some(Escape::Sequence(len)) => {
                report.escapes += 1;
                report.escape_bytes += len;
                pos += len;
                continue;
            }
            Some(Escape::Stray(len)) => {
                report.stray += 1;
                report.stray_bytes += len;
                pos += len;
                continue;
            }
            None => {}
        }
        pos += c.len_utf8();
        let next = input[pos..].chars().next();
        match c {
            '\n' | '\t' if mode == Mode::Text => out.push(c),
            '\r' if next == Some('\n') => {}
            '\r' if mode == Mode::Text => out.push('\n'),
            '\n' | '\t' | '\r' => out.push(' '),
            '\u{feff}' if pos == c.len_utf8() => {}
            c if c.is_control() => report.controls += 1,
            c if is_invisible(c, mode, out.chars().last(), next) => report.invisible += 1,
            c => out.push(c),
        }
    }
    (out, report)
}

/// Length of the run at the start of `s` that [`clean`] copies as it is: up to
/// the first character that [`needs_attention`]. Printable ASCII, nearly all of
/// an article, is passed over a byte at a time without decoding characters.
fn plain_len(s: &str, mode: Mode) -> usize {
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii() {
            // No ASCII character needs attention but the controls.
            if b.is_ascii_control() {
                return at;
            }
            at += 1;
            continue;
        }
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        if needs_attention(c, mode) {
            return at;
        }
        at += c.len_utf8();
    }
    bytes.len()
}

/// True for characters the fast path of [`clean`] must not copy as they are.
fn needs_attention(c: char, mode: Mode) -> bool {
    c.is_control()
        || is_bidi_control(c)
        || c == '\u{feff}'
        || is_mojibake_lead(c)
        || is_hider(c)
        || (mode == Mode::Line && is_joiner(c))
}

/// True for an invisible character that goes in `mode` between `before` and
/// `after`: a bidi control, a hider, or in a one-line field a joiner that joins
/// nothing.
fn is_invisible(c: char, mode: Mode, before: Option<char>, after: Option<char>) -> bool {
    is_bidi_control(c)
        || is_hider(c)
        || (mode == Mode::Line && is_joiner(c) && !joins(before, after))
}

/// Bidirectional embeddings, overrides and isolates: they reorder what follows
/// on screen, so a name can show as something it is not.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Zero-width characters with no use in news text or a note but to hide text or
/// to make two different names look the same (the byte-order mark is one of them
/// anywhere but at the start).
fn is_hider(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{180e}'
    )
}

/// Zero-width joiners and direction marks: needed inside emoji sequences and
/// some scripts, invisible spoofing anywhere else.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200c}'..='\u{200f}' | '\u{061c}')
}

/// True when a joiner between `before` and `after` can join something: both are
/// non-ASCII and visible.
fn joins(before: Option<char>, after: Option<char>) -> bool {
    let visible = |c: Option<char>| c.is_some_and(|c| !c.is_ascii() && !c.is_whitespace());
    visible(before) && visible(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_csi_osc_and_controls() {
        let (clean, report) =
            sanitize("a\u{1b}[31mred\u{1b}[0m b\u{1b}]0;title\u{7} c\u{0}d\u{9b}2Je");
        assert_eq!(clean, "ared b cde");
        assert_eq!(report.escapes, 4);
        assert_eq!(report.escape_bytes, 5 + 4 + 10 + 4);
        assert_eq!(report.controls, 1);
    }

    #[test]
    fn the_fast_path_stops_where_each_character_would_be_checked() {
        let text =
            "plain, “quoted” é\u{7f}x\u{85}y\u{200b}z\tw\nv\u{200d}\u{202e}\u{c3}\u{feff}end";
        for mode in [Mode::Text, Mode::Line] {
            for (at, _) in text.char_indices() {
                let rest = &text[at..];
                let checked = rest
                    .find(|c| needs_attention(c, mode))
                    .unwrap_or(rest.len());
                assert_eq!(plain_len(rest, mode), checked, "{rest:?}");
            }
        }
    }

    #[test]
    fn normalises_line_endings_and_bom() {
        let (clean, _) = sanitize("\u{feff}one\r\ntwo\rthree\n");
        assert_eq!(clean, "one\ntwo\nthree\n");
    }

    #[test]
    fn keeps_unicode_and_tabs() {
        let (clean, report) = sanitize("Yoon Suk-yeol “said” — 윤석열 🎉\tok 👩\u{200d}💻");
        assert_eq!(clean, "Yoon Suk-yeol “said” — 윤석열 🎉\tok 👩\u{200d}💻");
        assert!(report.is_clean());
        let (clean, report) = sanitize("no\u{200b}te\u{2060}s");
        assert_eq!(clean, "notes");
        assert_eq!(report.invisible, 2);
    }

    #[test]
    fn drops_bidi_overrides_and_lone_introducers() {
        let (clean, _) = sanitize("x\u{202e}y\u{1b}]8;;http://e\u{1b}\\link");
        assert_eq!(clean, "xylink");
        let (clean, report) = sanitize("tail\u{1b}");
        assert_eq!(clean, "tail");
        assert_eq!((report.stray, report.stray_bytes), (1, 1));
    }

    #[test]
    fn mojibake_is_repaired_not_taken_for_an_escape() {
        let (clean, report) =
            sanitize("He said \u{e2}\u{80}\u{9c}no\u{e2}\u{80}\u{9d} and left. More text.");
        assert_eq!(clean, "He said “no” and left. More text.");
        assert_eq!(report.mojibake, 2);
        assert_eq!(report.escapes + report.stray + report.controls, 0);
    }

    #[test]
    fn a_repair_that_yields_an_invisible_character_removes_it() {
        let (clean, report) = sanitize("a\u{e2}\u{80}\u{aa}b");
        assert_eq!(clean, "ab", "the bytes of U+202A, read as Latin-1");
        assert_eq!((report.mojibake, report.invisible), (1, 1));
    }

    #[test]
    fn an_unterminated_string_loses_only_its_introducer() {
        let (clean, report) = sanitize("Start \u{1b}]0;not closed\nSecond paragraph stays.");
        assert_eq!(clean, "Start 0;not closed\nSecond paragraph stays.");
        assert_eq!((report.stray, report.stray_bytes), (1, 2));
        let (clean, report) = sanitize("A lone \u{9d} C1 and the rest \u{7} of it");
        assert_eq!(clean, "A lone  of it");
        assert_eq!(report.escapes, 1, "terminated on its line: a real OSC");
        let (clean, report) = sanitize("A lone \u{9d} C1\nand the rest");
        assert_eq!(clean, "A lone  C1\nand the rest");
        assert_eq!((report.stray, report.stray_bytes), (1, 2));
    }

    #[test]
    fn one_line_fields_lose_breaks_and_hiders_but_keep_emoji_joiners() {
        let (clean, report) = clean_line("  R\u{200b}T\u{200d}\n\u{202e}News\t👩\u{200d}💻 ");
        assert_eq!(clean, "RT News 👩\u{200d}💻");
        assert_eq!(report.invisible, 3);
    }

    #[test]
    fn display_borrows_clean_text_and_cleans_the_rest() {
        assert!(matches!(display("plain “text” é"), Cow::Borrowed(_)));
        assert_eq!(display("a\u{1b}]52;c;aGk=\u{7}b\u{9b}31mc"), "abc");
        assert_eq!(display("two\nlines\tok"), "two\nlines\tok");
    }
}
