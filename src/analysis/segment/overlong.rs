//! Overlong runs: text with no sentence end for hundreds of words (a transcript
//! without punctuation, a pasted table, machine output) is cut into
//! sentence-sized pieces.
//!
//! No prose sentence is that long (the longest in the gold stories has 79
//! words), and everything after segmentation costs per sentence: claims compare
//! each clause with its whole sentence, so one sentence of a hundred thousand
//! words would cost as much as the square of that. A run longer than
//! [`MAX_SENTENCE_WORDS`] is cut after the last clause punctuation (comma,
//! semicolon, colon, dash) in the second half of the limit, else at the limit.

use crate::model::Span;

/// Most words in one sentence; longer runs are cut.
pub const MAX_SENTENCE_WORDS: usize = 120;

/// Pushes `span` of `text` to `out`, cut into pieces of at most
/// [`MAX_SENTENCE_WORDS`] words. Time is linear in the span.
pub fn push_cut(text: &str, span: Span, out: &mut Vec<Span>) {
    if !may_be_overlong(text, span) {
        push_piece(text, span.start, span.end, out);
        return;
    }
    let mut piece_start = span.start;
    // Start offsets of the current piece's words, and for each whether the word
    // before it ends a clause.
    let mut words: Vec<(usize, bool)> = Vec::with_capacity(MAX_SENTENCE_WORDS + 1);
    let mut previous_end: Option<usize> = None;
    for (start, end) in word_bounds(text, span) {
        let after_clause = previous_end.is_some_and(|e| ends_clause(&text[..e]));
        previous_end = Some(end);
        words.push((start, after_clause));
        if words.len() <= MAX_SENTENCE_WORDS {
            continue;
        }
        let half = MAX_SENTENCE_WORDS / 2;
        let cut = (half..words.len())
            .rev()
            .find(|&k| words[k].1)
            .unwrap_or(MAX_SENTENCE_WORDS);
        let cut_at = words[cut].0;
        push_piece(text, piece_start, cut_at, out);
        piece_start = cut_at;
        words.drain(..cut);
    }
    push_piece(text, piece_start, span.end, out);
}

/// Pushes the trimmed piece `start..end` when it is not empty.
/// False when `span` holds at most [`MAX_SENTENCE_WORDS`] words, as nearly
/// every sentence does: told from its length alone when it is too short for
/// more (every word but the last takes a separator), else by counting no
/// further than one word past the limit.
fn may_be_overlong(text: &str, span: Span) -> bool {
    span.end - span.start > 2 * MAX_SENTENCE_WORDS
        && span
            .slice(text)
            .split_whitespace()
            .nth(MAX_SENTENCE_WORDS)
            .is_some()
}

fn push_piece(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = Span::new(start, end).trim(text);
    if !piece.is_empty() {
        out.push(piece);
    }
}

/// True when `before` ends with clause punctuation, possibly followed by a
/// closing quote or bracket.
fn ends_clause(before: &str) -> bool {
    before
        .trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .ends_with([',', ';', ':', '—', '–'])
        || before.ends_with("--")
}

/// The (start, end) byte offsets of the whitespace-separated words of `span`.
fn word_bounds(text: &str, span: Span) -> impl Iterator<Item = (usize, usize)> + '_ {
    let slice = span.slice(text);
    let base = span.start;
    slice.split_whitespace().map(move |w| {
        let start = base + (w.as_ptr() as usize - slice.as_ptr() as usize);
        (start, start + w.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        push_cut(text, Span::new(0, text.len()), &mut out);
        out.into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn a_sentence_within_the_limit_is_kept_whole() {
        let text = vec!["word"; MAX_SENTENCE_WORDS].join(" ");
        assert_eq!(cut(&text), [text.as_str()]);
    }

    #[test]
    fn a_run_without_punctuation_is_cut_at_the_limit() {
        let text = vec!["word"; MAX_SENTENCE_WORDS * 2 + 5].join(" ");
        let pieces = cut(&text);
        let counts: Vec<usize> = pieces.iter().map(|p| p.split(' ').count()).collect();
        assert_eq!(counts, [MAX_SENTENCE_WORDS, MAX_SENTENCE_WORDS, 5]);
    }

    #[test]
    fn a_long_run_is_cut_after_its_last_clause_punctuation() {
        let mut words = vec!["word".to_string(); MAX_SENTENCE_WORDS + 10];
        words[89] = "comma,".into();
        words[99] = "semicolon;".into();
        let text = words.join(" ");
        let pieces = cut(&text);
        assert_eq!(pieces.len(), 2);
        assert!(pieces[0].ends_with("semicolon;"), "{}", pieces[0]);
        assert_eq!(pieces[0].split(' ').count(), 100);
    }

    #[test]
    fn punctuation_early_in_the_window_is_not_used() {
        let mut words = vec!["word".to_string(); MAX_SENTENCE_WORDS + 10];
        words[9] = "early,".into();
        let text = words.join(" ");
        assert_eq!(cut(&text)[0].split(' ').count(), MAX_SENTENCE_WORDS);
    }

    #[test]
    fn pieces_keep_their_place_in_the_text() {
        let text = format!("  {}  ", vec!["ünï"; MAX_SENTENCE_WORDS + 1].join("\n"));
        let mut out = Vec::new();
        push_cut(&text, Span::new(0, text.len()), &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].start, 2);
        assert_eq!(out[1].end, text.len() - 2);
        assert!(
            out.iter()
                .all(|s| s.slice(&text).split('\n').all(|w| w == "ünï"))
        );
    }
}
