//! Repairing UTF-8 text that was decoded as Latin-1 or Windows-1252 on the way
//! into a scraper: `”` (bytes E2 80 9D) arrives as `â` U+0080 U+009D or `â€`
//! U+009D. Those C1 characters are not escapes; the cleaner repairs them so the
//! text survives instead of being taken for an escape string.

/// Windows-1252 bytes 0x80 to 0x9F as characters; the five bytes it leaves
/// undefined decode to their C1 code points, as most decoders do.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The character a mis-decoded UTF-8 sequence at the start of `s` stands for, with
/// the number of bytes of `s` it replaces.
///
/// Only repaired where the evidence is certain: the characters, read back as the
/// bytes they came from, form one valid UTF-8 character, and they include a C1
/// control (which no real text holds) or, for three- and four-byte sequences, a
/// Windows-1252 punctuation mark (`â€™`). A lone `Ã©` is left as it is.
pub fn repair(s: &str) -> Option<(char, usize)> {
    let mut chars = s.char_indices();
    let (_, lead) = chars.next()?;
    let lead = u8::try_from(u32::from(lead)).ok()?;
    let need = match lead {
        0xc2..=0xdf => 1,
        0xe0..=0xef => 2,
        0xf0..=0xf4 => 3,
        _ => return None,
    };
    let mut bytes = [lead, 0, 0, 0];
    let (mut c1, mut cp1252) = (false, false);
    for slot in bytes.iter_mut().skip(1).take(need) {
        let (_, c) = chars.next()?;
        *slot = continuation_byte(c)?;
        if ('\u{80}'..='\u{9f}').contains(&c) {
            c1 = true;
        } else if u32::from(c) > 0xff {
            cp1252 = true;
        }
    }
    if !(c1 || (need >= 2 && cp1252)) {
        return None;
    }
    let fixed = std::str::from_utf8(&bytes[..=need]).ok()?.chars().next()?;
    if fixed.is_control() {
        return None;
    }
    let len = chars.next().map_or(s.len(), |(i, _)| i);
    Some((fixed, len))
}

/// The UTF-8 continuation byte (0x80 to 0xBF) that `c` stands for when it was
/// decoded as Latin-1 or Windows-1252.
fn continuation_byte(c: char) -> Option<u8> {
    if ('\u{80}'..='\u{bf}').contains(&c) {
        return u8::try_from(u32::from(c)).ok();
    }
    let index = CP1252_HIGH.iter().position(|&x| x == c)?;
    u8::try_from(0x80 + index).ok()
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn latin1_and_cp1252_readings_of_curly_quotes_are_repaired() {
        assert_eq!(repair("â\u{80}\u{9d} x"), Some(('”', 6)));
        assert_eq!(repair("â€\u{9d}"), Some(('”', 7)));
        assert_eq!(repair("â€™s"), Some(('’', 8)));
        assert_eq!(repair("â€œ"), Some(('“', 7)));
        assert_eq!(repair("Ã\u{89}tat"), Some(('É', 4)));
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        assert_eq!(
            repair("Ã©"),
            None,
            "no C1 and only two bytes: could be real"
        );
        assert_eq!(repair("é"), None);
        assert_eq!(repair("â"), None);
        assert_eq!(repair("âge"), None);
        assert_eq!(repair("Â\u{85}"), None, "would decode to a control");
        assert_eq!(repair("à\u{80}\u{80}"), None, "overlong, not UTF-8");
    }
}
