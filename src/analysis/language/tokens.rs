//! Word tokens for comparison: normalised, lower-cased, with their byte spans.
//!
//! Every similarity in Parallax (quote grouping, claim grouping, sentence alignment)
//! compares the same kind of token, so it is defined once here.

use std::borrow::Cow;

use crate::model::Span;
use crate::model::normalize::fold_char;

pub use super::lexicon::is_stop_word;

/// One word of a text, as it is compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where the word lies in the original text.
    pub span: Span,
    /// Lower-cased, typography-folded form (`don’t` → `don't`).
    pub norm: String,
}

impl Token {
    /// True for a word that carries content (not a stop word, not punctuation).
    pub fn is_content(&self) -> bool {
        !is_stop_word(&self.norm) && self.norm.chars().any(char::is_alphanumeric)
    }

    /// The token stemmed for loose matching (`weapons` → `weapon`).
    pub fn stem(&self) -> &str {
        stem(&self.norm)
    }
}

/// Splits `range` of `text` into word tokens. A word is a run of letters and digits,
/// with inner apostrophes, hyphens, dots and commas kept when a letter or digit
/// follows (`don't`, `Suk-yeol`, `U.S`, `100,000`, `3.5`).
pub fn tokenize(text: &str, range: Span) -> Vec<Token> {
    tokens(text, range).collect()
}

/// [`tokenize`] appending to `tokens`: one growing list for a whole article
/// instead of a list per sentence copied into it.
pub fn tokenize_into(text: &str, range: Span, tokens_out: &mut Vec<Token>) {
    tokens_out.extend(tokens(text, range));
}

/// The tokens of [`tokenize`] one at a time, for a caller that needs only the
/// first few (a look for a speech verb just after a quotation).
pub fn tokens(text: &str, range: Span) -> Tokens<'_> {
    let slice = range.slice(text);
    Tokens {
        text,
        slice,
        offset: range.start,
        chars: slice.char_indices().peekable(),
    }
}

/// The iterator of [`tokens`].
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    /// The whole text, for the spans' slices.
    text: &'a str,
    /// The range being split.
    slice: &'a str,
    /// Where the range being split starts in `text`.
    offset: usize,
    /// The characters of the range not yet read, by offset in the range.
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let slice = self.slice;
        let (start, first) = self.chars.find(|(_, c)| c.is_alphanumeric())?;
        let mut end = start + first.len_utf8();
        while let Some(&(pos, next)) = self.chars.peek() {
            if next.is_alphanumeric() {
                end = pos + next.len_utf8();
                self.chars.next();
            } else if is_joiner(next)
                && slice[pos + next.len_utf8()..].starts_with(char::is_alphanumeric)
            {
                self.chars.next();
            } else {
                break;
            }
        }
        let span = Span::new(self.offset + start, self.offset + end);
        Some(Token {
            span,
            norm: normalise_word(span.slice(self.text)),
        })
    }
}

/// Characters that may join two parts of one word.
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '‑' | '.' | ',')
}

/// Marks between two tokens that end a clause for a search back through it.
const CLAUSE_BREAKS: [char; 6] = [',', ';', ':', '(', ')', '.'];

/// Indices of the tokens before token `i`, nearest first, at most `reach` of
/// them, stopping where a comma, semicolon, colon, bracket or full stop stands
/// between two tokens: the words of its own clause that may bear on the token
/// (a modal before a verb, the figure before its value).
pub fn back_in_clause<'a>(
    text: &'a str,
    tokens: &'a [Token],
    i: usize,
    reach: usize,
) -> impl Iterator<Item = usize> + 'a {
    (i.saturating_sub(reach)..i)
        .rev()
        .take_while(move |&k| !clause_break_after(text, tokens, k))
}

/// Indices of the tokens after token `i`, nearest first, at most `reach` of
/// them, stopping at the same marks as [`back_in_clause`]: the words of its
/// own clause that follow it (the date after a verb).
pub fn on_in_clause<'a>(
    text: &'a str,
    tokens: &'a [Token],
    i: usize,
    reach: usize,
) -> impl Iterator<Item = usize> + 'a {
    (i + 1..tokens.len().min(i + 1 + reach))
        .take_while(move |&k| !clause_break_after(text, tokens, k - 1))
}

/// True when a clause break (see [`CLAUSE_BREAKS`]) stands between token `k`
/// and the token after it.
fn clause_break_after(text: &str, tokens: &[Token], k: usize) -> bool {
    text[tokens[k].span.end..tokens[k + 1].span.start].contains(CLAUSE_BREAKS)
}

/// Lower-cases and folds typography in one word.
pub fn normalise_word(word: &str) -> String {
    // Nearly every word is ASCII, where folding changes nothing but case.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match fold_char(c) {
            Some(rep) => out.push_str(rep),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The [`stem`] of `word` as its American spelling gives it (see
/// [`super::spelling::american`]): sentence alignment and quote grouping
/// compare words by it, so "centre" and "center", "defence" and "defense" are
/// one word there.
pub fn comparison_stem(word: &str) -> Cow<'_, str> {
    match super::spelling::american(word) {
        Cow::Borrowed(word) => Cow::Borrowed(stem(word)),
        Cow::Owned(word) => Cow::Owned(stem(&word).to_string()),
    }
}

/// A light English suffix stripper: enough to match `weapons`/`weapon`,
/// `urged`/`urges`/`urge`, `supplies`/`supply` without a dictionary. A final
/// `e` goes too, so that every form of a word ending in `e` compares alike:
/// `-es`, `-ed` and `-ing` come off `votes`, `voted`, `voting`, and `vote`
/// loses its `e` (all `vot`), as `delegate` and `delegates` are both `delegat`.
pub fn stem(word: &str) -> &str {
    let word = word.strip_suffix("'s").unwrap_or(word);
    let n = word.len();
    if n <= 3 || !word.is_ascii() {
        return word;
    }
    let mut base = word;
    for suffix in ["ing", "ies", "ied", "ed", "es", "s", "y"] {
        if let Some(stripped) = word.strip_suffix(suffix) {
            let min = if suffix == "y" { 4 } else { 3 };
            if stripped.len() >= min && !(suffix == "s" && stripped.ends_with('s')) {
                base = stripped;
                break;
            }
        }
    }
    match base.strip_suffix('e') {
        Some(shorter) if shorter.len() >= 3 => shorter,
        _ => base,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.norm)
            .collect()
    }

    #[test]
    fn a_range_is_split_on_its_own_and_lazily() {
        let text = "U.S. aid to Kyiv, 100,000 shells";
        // A joiner at the range's end joins nothing beyond it.
        let cut: Vec<_> = tokens(text, Span::new(0, 2)).map(|t| t.norm).collect();
        assert_eq!(cut, ["u"]);
        let lazy: Vec<Token> = tokens(text, Span::new(5, text.len())).take(2).collect();
        assert_eq!(lazy, tokenize(text, Span::new(5, text.len()))[..2]);
        assert_eq!(lazy[1].span.slice(text), "to");
    }

    #[test]
    fn keeps_inner_joiners() {
        assert_eq!(
            words("“We don’t,” said Yoon Suk-yeol of the U.S. about 100,000 rounds (3.5%)."),
            [
                "we", "don't", "said", "yoon", "suk-yeol", "of", "the", "u.s", "about", "100,000",
                "rounds", "3.5"
            ]
        );
    }

    #[test]
    fn spans_point_into_original() {
        let text = "Ünïcode — “quoted” words";
        for token in tokenize(text, Span::new(0, text.len())) {
            assert_eq!(normalise_word(token.span.slice(text)), token.norm);
        }
    }

    #[test]
    fn stop_words_sorted_and_content_detected() {
        let toks = tokenize("the weapons of it", Span::new(0, 17));
        let content: Vec<&str> = toks
            .iter()
            .filter(|t| t.is_content())
            .map(|t| t.stem())
            .collect();
        assert_eq!(content, ["weapon"]);
    }

    #[test]
    fn stems() {
        assert_eq!(stem("weapons"), "weapon");
        assert_eq!(stem("supplies"), "suppl");
        assert_eq!(stem("supply"), "suppl");
        assert_eq!(stem("army"), "army");
        assert_eq!(stem("urged"), "urg");
        assert_eq!(stem("urge"), "urg");
        assert_eq!(stem("delegates"), stem("delegate"));
        assert_eq!(stem("closing"), stem("closed"));
        assert_eq!(stem("close"), stem("closes"));
        assert_eq!(stem("use"), "use");
        assert_eq!(stem("class"), "class");
        assert_eq!(stem("bus"), "bus");
        assert_eq!(stem("korea's"), "korea");
    }
}
