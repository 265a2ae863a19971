//! Word-level differences between two renderings of one remark.
//!
//! Words are compared in their normalised form (case and typography folded, see
//! [`crate::analysis::language::tokens`], British spellings read as American,
//! see [`crate::analysis::language::spelling`]) by a shortest edit script (Myers'
//! algorithm, from the `similar` crate: linear memory, fast when renderings are
//! close, as they are), and reported in their original spelling, consecutive
//! words of one kind merged into one entry. Each word carries the characters
//! around it up to the next word, so an entry is a verbatim stretch of its
//! rendering: punctuation stays on its word (`people.`, `(Ukraine`), and marks
//! standing between words (`&`, `--`, `. . .`, the slash of `24/7`) are kept.

use std::borrow::Cow;
use std::hash::Hash;

use similar::{Algorithm, DiffTag, capture_diff_slices};

use crate::analysis::language::spelling::american;
use crate::analysis::language::tokens::Token;
#[cfg(doc)]
use crate::analysis::language::tokens::tokenize;

use super::WordDiff;

/// Largest differing middle (words of one times words of the other) compared word
/// by word; beyond it the middle of two very long, very different renderings is
/// reported as one removal and one addition, keeping the cost bounded.
const MAX_WORK: usize = 4_000_000;

/// One step of an alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Same,
    Added,
    Removed,
}

/// A text with its tokens (as [`tokenize`] gives them for the whole text).
#[derive(Debug, Clone, Copy)]
pub struct Rendering<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
}

/// The differences of `variant` against `canonical`, in reading order. Shared and
/// added words are spelled as in `variant`, removed words as in `canonical`.
pub fn word_diff(variant: Rendering<'_>, canonical: Rendering<'_>) -> Vec<WordDiff> {
    let v: Vec<Cow<'_, str>> = variant.tokens.iter().map(|t| american(&t.norm)).collect();
    let c: Vec<Cow<'_, str>> = canonical.tokens.iter().map(|t| american(&t.norm)).collect();
    let variant_pieces = pieces(variant);
    let canonical_pieces = pieces(canonical);
    let mut out: Vec<WordDiff> = Vec::new();
    let (mut vi, mut ci) = (0, 0);
    for op in align(&v, &c) {
        let piece = match op {
            Op::Same | Op::Added => variant_pieces[vi],
            Op::Removed => canonical_pieces[ci],
        };
        match op {
            Op::Same => {
                vi += 1;
                ci += 1;
            }
            Op::Added => vi += 1,
            Op::Removed => ci += 1,
        }
        push(&mut out, op, piece);
    }
    for entry in &mut out {
        let (WordDiff::Same(s) | WordDiff::Added(s) | WordDiff::Removed(s)) = entry;
        let trimmed = s.trim();
        if trimmed.len() != s.len() {
            *s = trimmed.to_string();
        }
    }
    out
}

/// The differences of `rendering` against itself: one shared entry holding its
/// whole text, trimmed, or nothing when it has no words. This is what
/// [`word_diff`] gives for a rendering and itself (its pieces tile its text), at
/// the cost of one copy, so a group's reference rendering is not aligned word by
/// word with itself.
pub fn unchanged(rendering: Rendering<'_>) -> Vec<WordDiff> {
    if rendering.tokens.is_empty() {
        return Vec::new();
    }
    vec![WordDiff::Same(rendering.text.trim().to_string())]
}

/// How many words `a` and `b` share in order (the length of their longest common
/// subsequence, or of their common ends alone when both are very long and
/// differ in the middle).
pub fn common_words<T: Eq + Hash + Ord>(a: &[T], b: &[T]) -> usize {
    align(a, b).iter().filter(|&&op| op == Op::Same).count()
}

/// The stretch of the rendering's text that goes with each token: from the first
/// space after the previous token's word (or the text start) to the first space
/// after this token's word (or the next token, or the text end). Together they
/// tile the text.
fn pieces(rendering: Rendering<'_>) -> Vec<&str> {
    let (text, tokens) = (rendering.text, rendering.tokens);
    let mut bounds = Vec::with_capacity(tokens.len() + 1);
    bounds.push(0);
    for pair in tokens.windows(2) {
        let (end, next) = (pair[0].span.end, pair[1].span.start);
        let gap = &text[end..next];
        bounds.push(gap.find(char::is_whitespace).map_or(end, |at| end + at));
    }
    bounds.push(text.len());
    if tokens.is_empty() {
        return Vec::new();
    }
    bounds.windows(2).map(|b| &text[b[0]..b[1]]).collect()
}

/// Appends `piece` to the last entry when it has the same kind, else starts one.
fn push(out: &mut Vec<WordDiff>, op: Op, piece: &str) {
    let last = out.last_mut().and_then(|last| match (last, op) {
        (WordDiff::Same(s), Op::Same)
        | (WordDiff::Added(s), Op::Added)
        | (WordDiff::Removed(s), Op::Removed) => Some(s),
        _ => None,
    });
    match last {
        Some(s) => s.push_str(piece),
        None => out.push(match op {
            Op::Same => WordDiff::Same(piece.to_string()),
            Op::Added => WordDiff::Added(piece.to_string()),
            Op::Removed => WordDiff::Removed(piece.to_string()),
        }),
    }
}

/// An alignment of `v` against `c`: common prefix and suffix, and a shortest edit
/// script of the middle. Where both differ, removals come before additions.
fn align<T: Eq + Hash + Ord>(v: &[T], c: &[T]) -> Vec<Op> {
    let prefix = v.iter().zip(c).take_while(|(a, b)| a == b).count();
    let suffix = v[prefix..]
        .iter()
        .rev()
        .zip(c[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let vm = &v[prefix..v.len() - suffix];
    let cm = &c[prefix..c.len() - suffix];
    let mut ops = vec![Op::Same; prefix];
    if vm.len().saturating_mul(cm.len()) > MAX_WORK {
        ops.extend(std::iter::repeat_n(Op::Removed, cm.len()));
        ops.extend(std::iter::repeat_n(Op::Added, vm.len()));
    } else {
        for step in capture_diff_slices(Algorithm::Myers, cm, vm) {
            let (tag, old, new) = step.as_tag_tuple();
            let (removed, added, same) = match tag {
                DiffTag::Equal => (0, 0, old.len()),
                DiffTag::Delete => (old.len(), 0, 0),
                DiffTag::Insert => (0, new.len(), 0),
                DiffTag::Replace => (old.len(), new.len(), 0),
            };
            ops.extend(std::iter::repeat_n(Op::Same, same));
            ops.extend(std::iter::repeat_n(Op::Removed, removed));
            ops.extend(std::iter::repeat_n(Op::Added, added));
        }
    }
    ops.extend(std::iter::repeat_n(Op::Same, suffix));
    ops
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::tokens::tokenize;
    use crate::model::Span;

    fn word_diff(variant: &str, canonical: &str) -> Vec<WordDiff> {
        let v = tokenize(variant, Span::new(0, variant.len()));
        let c = tokenize(canonical, Span::new(0, canonical.len()));
        super::word_diff(
            Rendering {
                text: variant,
                tokens: &v,
            },
            Rendering {
                text: canonical,
                tokens: &c,
            },
        )
    }

    fn same(s: &str) -> WordDiff {
        WordDiff::Same(s.into())
    }

    #[test]
    fn identical_renderings_are_one_same_entry() {
        let text = "If we don’t want tyranny to win, they need weapons";
        assert_eq!(word_diff(text, text), [same(text)]);
    }

    #[test]
    fn reworded_and_trimmed() {
        let diff = word_diff(
            "then we need weapons for the Ukrainians, that's the reality",
            "then they need weapons, that’s the reality",
        );
        assert_eq!(
            diff,
            [
                same("then"),
                WordDiff::Removed("they".into()),
                WordDiff::Added("we".into()),
                same("need weapons"),
                WordDiff::Added("for the Ukrainians,".into()),
                same("that's the reality"),
            ]
        );
    }

    #[test]
    fn entries_keep_the_rendering_characters() {
        let text = "We work 24/7 at 95th & Renner -- nobody . . . nobody [was] there.";
        assert_eq!(word_diff(text, text), [same(text)]);
        let diff = word_diff("Crews work 24/7 -- always.", "Crews work 24/7, always.");
        assert_eq!(diff, [same("Crews work 24/7 -- always.")]);
        let diff = word_diff("at 95th & Renner", "at Renner");
        assert_eq!(
            diff,
            [same("at"), WordDiff::Added("95th".into()), same("& Renner")]
        );
    }

    #[test]
    fn unchanged_is_the_diff_against_itself() {
        for text in [
            " We work 24/7 at 95th & Renner -- nobody. ",
            "",
            "--",
            "Yes",
        ] {
            let tokens = tokenize(text, Span::new(0, text.len()));
            let rendering = Rendering {
                text,
                tokens: &tokens,
            };
            assert_eq!(unchanged(rendering), word_diff(text, text), "{text:?}");
        }
    }

    #[test]
    fn common_words_in_order() {
        assert_eq!(common_words(&[1, 2, 3, 4], &[1, 3, 9, 4]), 3);
        assert_eq!(common_words::<u32>(&[], &[1]), 0);
    }

    #[test]
    fn case_and_typography_do_not_differ() {
        assert_eq!(word_diff("Don't", "don’t"), [same("Don't")]);
        assert!(word_diff("", "").is_empty());
        assert_eq!(
            word_diff("", "new words"),
            [WordDiff::Removed("new words".into())]
        );
    }
}
