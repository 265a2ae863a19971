//! Recognising terminal escape sequences by their grammar (ECMA-48), so the cleaner
//! removes exactly the bytes a terminal would read as one, and no more.

/// The longest CSI parameter and intermediate run taken as one sequence.
const MAX_CSI_BYTES: usize = 256;

/// The longest body of a control string (OSC, DCS, SOS, PM, APC) taken as one.
/// Longer runs are not proven to be a sequence, so their text is kept.
const MAX_STRING_BYTES: usize = 64 * 1024;

/// What starts at an escape introducer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// A complete sequence of this many bytes: the terminal would read all of it.
    Sequence(usize),
    /// An introducer of this many bytes whose sequence is unterminated or malformed:
    /// only the introducer is removed, the text after it is kept.
    Stray(usize),
}

/// The escape sequence at the start of `s`, or `None` when `s` does not start with
/// an introducer (ESC, or the C1 forms of CSI, DCS, OSC, SOS, PM and APC).
pub fn at(s: &str) -> Option<Escape> {
    let first = s.chars().next()?;
    let intro = first.len_utf8();
    Some(match first {
        '\u{1b}' => after_esc(s.as_bytes()),
        '\u{9b}' => csi(s.as_bytes(), intro),
        '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => string(s.as_bytes(), intro),
        _ => return None,
    })
}

/// The sequence after an ESC at `b[0]`.
fn after_esc(b: &[u8]) -> Escape {
    match b.get(1) {
        Some(b'[') => csi(b, 2),
        Some(b']' | b'P' | b'X' | b'^' | b'_') => string(b, 2),
        Some(0x20..=0x2f) => {
            // nF: intermediates, then one final byte.
            let end = 1 + b[1..]
                .iter()
                .take_while(|x| (0x20..=0x2f).contains(*x))
                .count();
            match b.get(end) {
                Some(0x30..=0x7e) => Escape::Sequence(end + 1),
                _ => Escape::Stray(1),
            }
        }
        Some(0x30..=0x7e) => Escape::Sequence(2),
        _ => Escape::Stray(1),
    }
}

/// A control sequence whose introducer is `intro` bytes long: parameter bytes,
/// intermediate bytes, then one final byte.
fn csi(b: &[u8], intro: usize) -> Escape {
    let mut i = intro;
    while i < b.len() && i - intro < MAX_CSI_BYTES && (0x30..=0x3f).contains(&b[i]) {
        i += 1;
    }
    while i < b.len() && i - intro < MAX_CSI_BYTES && (0x20..=0x2f).contains(&b[i]) {
        i += 1;
    }
    match b.get(i) {
        Some(0x40..=0x7e) => Escape::Sequence(i + 1),
        _ => Escape::Stray(intro),
    }
}

/// A control string whose introducer is `intro` bytes long, ended by BEL or ST
/// (`ESC \` or U+009C) on the same line.
fn string(b: &[u8], intro: usize) -> Escape {
    let limit = b.len().min(intro + MAX_STRING_BYTES);
    let mut i = intro;
    while i < limit {
        match b[i] {
            0x07 => return Escape::Sequence(i + 1),
            0x1b if b.get(i + 1) == Some(&b'\\') => return Escape::Sequence(i + 2),
            0xc2 if b.get(i + 1) == Some(&0x9c) => return Escape::Sequence(i + 2),
            b'\n' | b'\r' | 0x1b => return Escape::Stray(intro),
            _ => i += 1,
        }
    }
    Escape::Stray(intro)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complete_sequences_are_measured_exactly() {
        assert_eq!(at("\u{1b}[31mx"), Some(Escape::Sequence(5)));
        assert_eq!(at("\u{1b}[?25lx"), Some(Escape::Sequence(6)));
        assert_eq!(at("\u{1b}]0;t\u{7}x"), Some(Escape::Sequence(6)));
        assert_eq!(at("\u{1b}]8;;u\u{1b}\\x"), Some(Escape::Sequence(8)));
        assert_eq!(at("\u{1b}Pq#0\u{1b}\\x"), Some(Escape::Sequence(7)));
        assert_eq!(at("\u{1b}cx"), Some(Escape::Sequence(2)));
        assert_eq!(at("\u{1b}(Bx"), Some(Escape::Sequence(3)));
        assert_eq!(at("\u{9b}2Jx"), Some(Escape::Sequence(4)));
        assert_eq!(at("\u{9d}0;t\u{9c}x"), Some(Escape::Sequence(7)));
    }

    #[test]
    fn unterminated_or_malformed_keep_all_but_the_introducer() {
        assert_eq!(at("\u{1b}]0;title and the rest"), Some(Escape::Stray(2)));
        assert_eq!(at("\u{1b}]0;title\nnext line\u{7}"), Some(Escape::Stray(2)));
        assert_eq!(at("\u{1b}[31"), Some(Escape::Stray(2)));
        assert_eq!(at("\u{1b}[3日"), Some(Escape::Stray(2)));
        assert_eq!(at("\u{9d}” he said."), Some(Escape::Stray(2)));
        assert_eq!(at("\u{1b}"), Some(Escape::Stray(1)));
        assert_eq!(at("\u{1b}\u{1b}[m"), Some(Escape::Stray(1)));
        assert_eq!(at("\u{1b}(日"), Some(Escape::Stray(1)));
        assert_eq!(at("plain"), None);
    }

    #[test]
    fn overlong_strings_are_not_proven() {
        let long = format!("\u{1b}]52;c;{}\u{7}", "A".repeat(MAX_STRING_BYTES + 1));
        assert_eq!(at(&long), Some(Escape::Stray(2)));
    }
}
