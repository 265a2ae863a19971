//! Removes everything from loaded text that could drive a terminal or confuse spans.
//!
//! Runs once at load time, before any span exists, so every later offset refers to
//! clean text: no escape sequences, no C0/C1 control characters (other than `\n` and
//! `\t`), CRLF and lone CR turned into `\n`, and no byte-order mark.

/// What sanitising removed, for a warning naming the file.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SanitizeReport {
    /// Number of escape sequences removed (CSI, OSC, DCS and friends).
    pub escapes: usize,
    /// Number of other control characters removed.
    pub controls: usize,
}

/// Returns `input` with terminal escape sequences and control characters removed.
pub fn sanitize(input: &str) -> (String, SanitizeReport) {
    let mut out = String::with_capacity(input.len());
    let mut report = SanitizeReport::default();
    let mut chars = input.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' => {
                if chars.peek().map(|&(_, n)| n) != Some('\n') {
                    out.push('\n');
                }
            }
            '\u{feff}' if out.is_empty() => {}
            '\u{1b}' => {
                report.escapes += 1;
                skip_escape(&mut chars);
            }
            '\u{9b}' => {
                report.escapes += 1;
                skip_csi_body(&mut chars);
            }
            '\u{90}' | '\u{9d}' | '\u{9e}' | '\u{9f}' | '\u{98}' => {
                report.escapes += 1;
                skip_string_body(&mut chars);
            }
            c if c.is_control() => report.controls += 1,
            // Bidirectional overrides can visually reorder text on screen; drop them too.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => report.controls += 1,
            c => out.push(c),
        }
    }
    (out, report)
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// Skips the rest of an ESC-introduced sequence.
fn skip_escape(chars: &mut Chars<'_>) {
    match chars.peek().map(|&(_, c)| c) {
        Some('[') => {
            chars.next();
            skip_csi_body(chars);
        }
        Some(']') | Some('P') | Some('X') | Some('^') | Some('_') => {
            chars.next();
            skip_string_body(chars);
        }
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            // nF sequences: intermediates then one final byte.
            while let Some(&(_, c)) = chars.peek() {
                chars.next();
                if !('\u{20}'..='\u{2f}').contains(&c) {
                    break;
                }
            }
        }
        Some(c) if ('\u{30}'..='\u{7e}').contains(&c) => {
            chars.next();
        }
        _ => {}
    }
}

/// Skips CSI parameters and intermediates up to and including the final byte.
fn skip_csi_body(chars: &mut Chars<'_>) {
    while let Some(&(_, c)) = chars.peek() {
        chars.next();
        if ('\u{40}'..='\u{7e}').contains(&c) || !(('\u{20}'..='\u{3f}').contains(&c)) {
            break;
        }
    }
}

/// Skips an OSC/DCS/APC/PM/SOS body up to BEL or ST (`ESC \` or U+009C).
fn skip_string_body(chars: &mut Chars<'_>) {
    while let Some((_, c)) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek().map(|&(_, n)| n) == Some('\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
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
        assert_eq!(report.controls, 1);
    }

    #[test]
    fn normalises_line_endings_and_bom() {
        let (clean, _) = sanitize("\u{feff}one\r\ntwo\rthree\n");
        assert_eq!(clean, "one\ntwo\nthree\n");
    }

    #[test]
    fn keeps_unicode_and_tabs() {
        let (clean, report) = sanitize("Yoon Suk-yeol “said” — 윤석열 🎉\tok");
        assert_eq!(clean, "Yoon Suk-yeol “said” — 윤석열 🎉\tok");
        assert_eq!(report, SanitizeReport::default());
    }

    #[test]
    fn drops_bidi_overrides_and_unterminated_escapes() {
        let (clean, _) = sanitize("x\u{202e}y\u{1b}]8;;http://e\u{1b}\\link");
        assert_eq!(clean, "xylink");
        let (clean, _) = sanitize("tail\u{1b}");
        assert_eq!(clean, "tail");
    }
}
