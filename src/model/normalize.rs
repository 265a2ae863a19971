//! A normalised view of text for comparison, mapped back to the original bytes.
//!
//! Outlets differ in typography: curly or straight quotes, en or em dashes,
//! non-breaking spaces, `…` or `...`. Analysis compares the normalised form but
//! reports spans in the original text through [`NormText::to_original`].

use super::Span;

/// The typographic class of a character after normalisation, if it changes.
pub fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => {
            "\""
        }
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{2039}'
        | '\u{203a}' => "'",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => "-",
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\t' => " ",
        '\u{2026}' => "...",
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{ad}' => "",
        _ => return None,
    })
}

/// Text in normalised form with a map back to byte offsets of the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormText {
    /// The normalised text.
    pub text: String,
    /// For every byte of `text` (and one past the end), the original byte offset.
    map: Vec<usize>,
}

impl NormText {
    /// Normalises `original`: curly quotes to straight, dashes to `-`, odd spaces to
    /// a plain space, `…` to `...`, invisible characters removed.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        for (pos, c) in original.char_indices() {
            let before = text.len();
            match fold_char(c) {
                Some(rep) => text.push_str(rep),
                None => text.push(c),
            }
            map.extend(std::iter::repeat_n(pos, text.len() - before));
        }
        map.push(original.len());
        Self { text, map }
    }

    /// Maps a byte offset of the normalised text to the original text.
    pub fn to_original(&self, offset: usize) -> usize {
        self.map[offset]
    }

    /// Maps a span of the normalised text to the original text.
    pub fn span_to_original(&self, span: Span) -> Span {
        Span::new(self.to_original(span.start), self.to_original(span.end))
    }
}

/// Normalised, lower-cased copy of `s` for equality tests between renderings.
pub fn fold_for_compare(s: &str) -> String {
    NormText::new(s).text.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_typography_and_maps_back() {
        let original = "“Step up” — now…\u{a0}ok";
        let norm = NormText::new(original);
        assert_eq!(norm.text, "\"Step up\" - now... ok");
        let start = norm.text.find("now").unwrap();
        let span = norm.span_to_original(Span::new(start, start + 3));
        assert_eq!(span.slice(original), "now");
        assert_eq!(norm.to_original(norm.text.len()), original.len());
        let ok = norm.text.find("ok").unwrap();
        assert_eq!(&original[norm.to_original(ok)..], "ok");
    }

    #[test]
    fn compare_form_is_case_and_typography_blind() {
        assert_eq!(fold_for_compare("Don’t"), fold_for_compare("don't"));
    }
}
