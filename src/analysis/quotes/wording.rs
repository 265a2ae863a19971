//! The wording of a rendering: its words in order, as renderings are compared.
//!
//! Two outlets quoting the same remark differ in typography and in contractions
//! (`isn’t` / `is not`, `we'll` / `we will`), so words are compared normalised
//! (see [`crate::analysis::language::tokens`]) with regular English contractions
//! spelled out. Possessive and ambiguous `'s` / `'d` stay as they are.

use crate::analysis::language::tokens::Token;

/// How much longer than the shorter wording the stretch of the longer one that
/// holds it in order may be, as a multiple of the shorter's length: room for an
/// outlet's own insertions without matching words scattered across a long quote.
const WINDOW_FACTOR: usize = 2;

/// The words of `tokens`, normalised, with contractions spelled out; borrowed
/// from the tokens (or static), as they are only compared.
pub fn words(tokens: &[Token]) -> Vec<&str> {
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        match spell_out(&t.norm) {
            Some((first, second)) => {
                out.push(first);
                out.push(second);
            }
            None => out.push(t.norm.as_str()),
        }
    }
    out
}

/// A regular contraction as its two words: `isn't` → `is not`, `won't` → `will
/// not`, `can't` → `can not`, `we're` → `we are`, `they'll` → `they will`,
/// `I've` → `I have`, `I'm` → `I am`; `cannot` → `can not`. Other words: `None`.
fn spell_out(word: &str) -> Option<(&str, &'static str)> {
    if word == "cannot" {
        return Some(("can", "not"));
    }
    if let Some(base) = word.strip_suffix("n't") {
        let base = match base {
            "wo" => "will",
            "ca" => "can",
            "sha" => "shall",
            other => other,
        };
        return (!base.is_empty()).then_some((base, "not"));
    }
    let (base, full) = [
        ("'re", "are"),
        ("'ll", "will"),
        ("'ve", "have"),
        ("'m", "am"),
    ]
    .into_iter()
    .find_map(|(suffix, full)| word.strip_suffix(suffix).map(|base| (base, full)))?;
    (!base.is_empty()).then_some((base, full))
}

/// True when every word of `needle` occurs in `haystack` in the same order, within
/// a stretch at most [`WINDOW_FACTOR`] times the needle's length ("nobody got
/// everything they wanted" inside "nobody on this board got everything they
/// wanted"). An empty needle is never contained.
pub fn contains_in_order<T: PartialEq>(haystack: &[T], needle: &[T]) -> bool {
    let Some(first) = needle.first() else {
        return false;
    };
    let window = needle.len() * WINDOW_FACTOR;
    haystack.iter().enumerate().any(|(start, word)| {
        if word != first {
            return false;
        }
        let end = (start + window).min(haystack.len());
        let mut wanted = needle[1..].iter().peekable();
        for w in &haystack[start + 1..end] {
            if wanted.peek() == Some(&w) {
                wanted.next();
            }
        }
        wanted.peek().is_none()
    })
}

/// Length of the longest common subsequence of `a` and `b`: how many words
/// of one occur in order in the other, a changed, dropped or added word
/// aside. Quadratic in the lengths, so callers bound them.
pub fn common_in_order<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::tokens::tokenize;
    use crate::model::Span;

    fn wording(text: &str) -> Vec<String> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        words(&tokens).into_iter().map(str::to_string).collect()
    }

    #[test]
    fn contractions_are_spelled_out() {
        assert_eq!(
            wording("This storm isn’t done"),
            wording("This storm is not done")
        );
        assert_eq!(
            wording("We won't, we can't, we cannot"),
            wording("we will not we can not we can not")
        );
        assert_eq!(
            wording("They're here, I've seen it, I'm sure, we'll go"),
            wording("they are here I have seen it I am sure we will go")
        );
        assert_eq!(wording("Korea's army"), ["korea's", "army"]);
        assert_eq!(wording("n't"), ["n't"]);
    }

    #[test]
    fn in_order_within_a_window() {
        let long = wording("Nobody on this board got everything they wanted, and that is fine");
        assert!(contains_in_order(
            &long,
            &wording("Nobody got everything they wanted")
        ));
        assert!(!contains_in_order(
            &long,
            &wording("everything nobody wanted")
        ));
        assert!(
            !contains_in_order(&long, &wording("nobody fine")),
            "too far apart"
        );
        assert!(!contains_in_order(&long, &[] as &[String]));
    }

    #[test]
    fn words_in_common_in_order() {
        let a = wording("We will see them all at the ballot box in November");
        let b = wording("We'll meet them at the ballot box in November");
        assert_eq!(
            common_in_order(&a, &b),
            9,
            "we will them at the ballot box in november"
        );
        assert_eq!(common_in_order(&b, &a), 9);
        assert_eq!(common_in_order(&a, &wording("box ballot the at")), 1);
        assert_eq!(common_in_order(&a, &[] as &[String]), 0);
    }
}
