//! Editors' notes inside quotations, and the quoted text without them.
//!
//! Some outlets interrupt a quotation with a parenthesised note of their own,
//! signed (`(Ukraine. - RT)`) or marked as the editor's (`(Ed.: …)`), which a
//! broken page layout may even spread over several paragraphs. Those notes are
//! cut out of a quotation's parts. Bracketed changes (`[was]`, `[sic]`, `[the
//! president]`, `[…]`) and omission marks (`(...)`) are how the outlet renders
//! the quote, so they stay, character for character.

use crate::model::Span;

/// Longest parenthesised editor's note, in bytes.
const MAX_NOTE: usize = 160;

/// Longest outlet signature after the dash of a note (`- RT`, `— Ed.`), in bytes.
const MAX_SIGNATURE: usize = 32;

/// Cuts editors' notes out of the quoted `stretches` of `text` and returns the
/// remaining parts, trimmed and non-empty. A note may span stretches that only
/// whitespace separates (paragraph breaks inside a quotation).
pub fn cut(text: &str, stretches: impl Iterator<Item = Span> + Clone) -> Vec<Span> {
    let insertions = find(text, stretches.clone());
    let mut parts = Vec::new();
    for stretch in stretches {
        let mut start = stretch.start;
        for ins in insertions.iter().filter(|i| i.overlaps(stretch)) {
            if ins.start > start {
                parts.push(Span::new(start, ins.start));
            }
            start = start.max(ins.end);
        }
        if start < stretch.end {
            parts.push(Span::new(start, stretch.end));
        }
    }
    parts
        .into_iter()
        .map(|p| p.trim(text))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Joins `parts` of `text` with single spaces, collapsing whitespace, attaching
/// punctuation that a cut left at the start of a part to the word before it
/// (`yours (South Korea. - RT).` → `yours.`), and dropping dangling
/// clause punctuation at the end (`reality,` → `reality`).
pub fn join(text: &str, parts: &[Span]) -> String {
    // Never longer than the parts with a space between each two.
    let mut out = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for part in parts {
        for (k, word) in part.slice(text).split_whitespace().enumerate() {
            let left_by_cut = k == 0
                && !word.chars().any(char::is_alphanumeric)
                && word.starts_with(is_trailing_punct);
            if !out.is_empty() && !left_by_cut {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    let kept = out
        .trim_end_matches([',', ';', ':', '—', '–', '-', ' '])
        .len();
    out.truncate(kept);
    out
}

/// Punctuation that attaches to the preceding word.
fn is_trailing_punct(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '…')
}

/// The editors' notes inside the runs of stretches that only whitespace separates.
fn find(text: &str, stretches: impl Iterator<Item = Span>) -> Vec<Span> {
    let mut runs: Vec<Span> = Vec::new();
    for s in stretches {
        match runs.last_mut() {
            Some(run) if run.end <= s.start && text[run.end..s.start].trim().is_empty() => {
                run.end = s.end;
            }
            _ => runs.push(s),
        }
    }
    let mut out = Vec::new();
    for run in runs {
        let slice = run.slice(text);
        for (offset, _) in slice.match_indices('(') {
            let inner = &slice[offset + 1..];
            let Some((len, ')')) = inner
                .char_indices()
                .take_while(|&(at, _)| at <= MAX_NOTE)
                .find(|&(_, c)| matches!(c, '(' | ')'))
            else {
                continue;
            };
            if !is_editor_note(&inner[..len]) {
                continue;
            }
            let start = run.start + offset;
            let end = start + 1 + len + 1;
            if out.last().is_none_or(|prev: &Span| prev.end <= start) {
                out.push(Span::new(start, end));
            }
        }
    }
    out
}

/// True when parenthesised `content` is the writer's note, not the speaker's
/// words: an editor's note (`ed.`) or a gloss signed with a dash and the outlet's
/// name (`Ukraine. - RT`).
fn is_editor_note(content: &str) -> bool {
    let collapsed: String = content.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = collapsed.to_lowercase();
    if lower.starts_with("ed.") || lower.starts_with("editor") || lower.starts_with("translator") {
        return true;
    }
    let Some((dash, dash_char)) = collapsed
        .char_indices()
        .rev()
        .find(|&(_, ch)| matches!(ch, '-' | '–' | '—'))
    else {
        return false;
    };
    let spaced_before = dash == 0 || collapsed[..dash].ends_with(' ');
    let signature = collapsed[dash + dash_char.len_utf8()..].trim();
    spaced_before
        && !signature.is_empty()
        && signature.len() <= MAX_SIGNATURE
        && signature.split(' ').count() <= 4
        && signature.split(' ').all(|w| {
            w.starts_with(|ch: char| ch.is_uppercase())
                && w.chars().all(|ch| ch.is_alphanumeric() || ch == '.')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> Vec<Span> {
        vec![Span::new(0, text.len())]
    }

    fn cut_text(text: &str) -> String {
        join(text, &cut(text, whole(text).into_iter()))
    }

    #[test]
    fn outlet_note_is_cut() {
        assert_eq!(
            cut_text("then they (Ukraine. - RT) need weapons."),
            "then they need weapons."
        );
    }

    #[test]
    fn note_spread_over_paragraphs_is_cut() {
        let text = "the decision is yours (South Korea.\n\n- RT\n\n).\n\nHowever, we act,";
        let paras: Vec<Span> = [
            "the decision is yours (South Korea.",
            "- RT",
            ").",
            "However, we act,",
        ]
        .iter()
        .map(|p| {
            let start = text.find(p).unwrap_or(0);
            Span::new(start, start + p.len())
        })
        .collect();
        let parts = cut(text, paras.into_iter());
        assert_eq!(join(text, &parts), "the decision is yours. However, we act");
    }

    #[test]
    fn brackets_omissions_and_plain_parentheses_are_kept() {
        for text in [
            "the defendent [sic] said [the president] would sign",
            "it [was] late",
            "the image of (our country) is at stake",
            "we will (...) win",
            "an unclosed (note - RT",
        ] {
            assert_eq!(cut_text(text), text);
        }
    }

    #[test]
    fn hyphenated_words_are_not_signatures() {
        assert!(!is_editor_note("a US-Led effort"));
        assert!(is_editor_note("Kyiv — Ed."));
    }
}
