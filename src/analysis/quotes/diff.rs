//! Word-level differences between two renderings of one remark.
//!
//! Words are compared in their normalised form (case and typography folded, see
//! [`crate::analysis::language::tokens`]) by a longest common subsequence, and reported in
//! their original spelling with their punctuation, consecutive words of one kind
//! merged into one entry.

use crate::analysis::language::tokens::Token;
#[cfg(doc)]
use crate::analysis::language::tokens::tokenize;

use super::WordDiff;

/// Largest comparison table (in cells) computed exactly; beyond it the differing
/// middle of two very long renderings is reported as one removal and one addition.
const MAX_TABLE: usize = 4_000_000;

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
    let (v, c) = (variant.tokens, canonical.tokens);
    let (variant, canonical) = (variant.text, canonical.text);
    let ops = align(v, c);
    let mut out: Vec<WordDiff> = Vec::new();
    let (mut vi, mut ci) = (0, 0);
    for op in ops {
        let word = match op {
            Op::Same | Op::Added => with_punctuation(variant, v, vi),
            Op::Removed => with_punctuation(canonical, c, ci),
        };
        match op {
            Op::Same => {
                vi += 1;
                ci += 1;
            }
            Op::Added => vi += 1,
            Op::Removed => ci += 1,
        }
        push(&mut out, op, word);
    }
    out
}

/// Token `i` of `text` as written with the punctuation attached to it ("people.",
/// "(Ukraine", "U.S."), so a diff reads like the quote; the comparison itself
/// stays on the words.
fn with_punctuation<'a>(text: &'a str, tokens: &[Token], i: usize) -> &'a str {
    let span = tokens[i].span;
    let floor = if i > 0 { tokens[i - 1].span.end } else { 0 };
    let ceiling = tokens.get(i + 1).map_or(text.len(), |t| t.span.start);
    let start = text[floor..span.start]
        .rfind(char::is_whitespace)
        .map_or(floor, |at| {
            floor + at + text[floor + at..].chars().next().map_or(1, char::len_utf8)
        });
    let end = text[span.end..ceiling]
        .find(char::is_whitespace)
        .map_or(ceiling, |at| span.end + at);
    &text[start..end]
}

/// Appends `word` to the last entry when it has the same kind, else starts one.
fn push(out: &mut Vec<WordDiff>, op: Op, word: &str) {
    let last = out.last_mut().and_then(|last| match (last, op) {
        (WordDiff::Same(s), Op::Same)
        | (WordDiff::Added(s), Op::Added)
        | (WordDiff::Removed(s), Op::Removed) => Some(s),
        _ => None,
    });
    match last {
        Some(s) => {
            s.push(' ');
            s.push_str(word);
        }
        None => out.push(match op {
            Op::Same => WordDiff::Same(word.to_string()),
            Op::Added => WordDiff::Added(word.to_string()),
            Op::Removed => WordDiff::Removed(word.to_string()),
        }),
    }
}

/// An alignment of `v` against `c`: common prefix and suffix, and a longest common
/// subsequence of the middle. Where both differ, removals come before additions.
fn align(v: &[Token], c: &[Token]) -> Vec<Op> {
    let prefix = v
        .iter()
        .zip(c)
        .take_while(|(a, b)| a.norm == b.norm)
        .count();
    let suffix = v[prefix..]
        .iter()
        .rev()
        .zip(c[prefix..].iter().rev())
        .take_while(|(a, b)| a.norm == b.norm)
        .count();
    let vm = &v[prefix..v.len() - suffix];
    let cm = &c[prefix..c.len() - suffix];
    let mut ops = vec![Op::Same; prefix];
    if (vm.len() + 1).saturating_mul(cm.len() + 1) > MAX_TABLE {
        ops.extend(std::iter::repeat_n(Op::Removed, cm.len()));
        ops.extend(std::iter::repeat_n(Op::Added, vm.len()));
    } else {
        ops.extend(lcs(vm, cm));
    }
    ops.extend(std::iter::repeat_n(Op::Same, suffix));
    ops
}

/// The alignment of `v` against `c` by a longest common subsequence.
fn lcs(v: &[Token], c: &[Token]) -> Vec<Op> {
    let width = c.len() + 1;
    let mut table = vec![0u32; (v.len() + 1) * width];
    for i in (0..v.len()).rev() {
        for j in (0..c.len()).rev() {
            table[i * width + j] = if v[i].norm == c[j].norm {
                table[(i + 1) * width + j + 1] + 1
            } else {
                table[(i + 1) * width + j].max(table[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::with_capacity(v.len() + c.len());
    while i < v.len() || j < c.len() {
        if i < v.len() && j < c.len() && v[i].norm == c[j].norm {
            ops.push(Op::Same);
            i += 1;
            j += 1;
        } else if j < c.len()
            && (i == v.len() || table[i * width + j + 1] >= table[(i + 1) * width + j])
        {
            ops.push(Op::Removed);
            j += 1;
        } else {
            ops.push(Op::Added);
            i += 1;
        }
    }
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
    fn case_and_typography_do_not_differ() {
        assert_eq!(word_diff("Don't", "don’t"), [same("Don't")]);
        assert!(word_diff("", "").is_empty());
        assert_eq!(
            word_diff("", "new words"),
            [WordDiff::Removed("new words".into())]
        );
    }
}
