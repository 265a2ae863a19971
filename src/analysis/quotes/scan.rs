//! Finds quotations in an article's raw text by their marks, paragraph by paragraph.
//!
//! Double marks are matched with a stack, so nested quotations stay inside their
//! outer one. A quotation still open at a paragraph break continues into the next
//! paragraph when that paragraph re-opens with a mark (the classic convention) or
//! when a closing mark for it follows within a few paragraphs; otherwise it stops at
//! the paragraph end, so a stray mark never swallows the rest of the article.
//! Single marks count only where they clearly quote (see [`super::marks`]).
//! Quotations interrupted by a short attribution ("…,” said X, “…”) are merged
//! (unless the first is embedded in the writer's sentence or the second has an
//! attribution of its own), and a heading or headline that is nothing but a quoted phrase is not a quotation.

use crate::analysis::language::tokens::{Token, tokenize, tokens};
use crate::analysis::segment::split_sentences;
use crate::model::{Article, BlockKind, Paragraph, Span, floor_char_boundary};

use super::marks::{Role, classify, marks_in, single_closes, single_opens};
use crate::analysis::language::lexicon::{
    is_base_verb_marker, is_role_word, is_speech_participle, is_speech_phrase, is_speech_verb,
    is_stop_word, reads_as_past_tense,
};
use crate::analysis::language::quote_marks::{Glyph, double_glyph};

/// Paragraphs an unclosed quotation may run through while waiting for its closing mark.
const MAX_CONTINUATION: usize = 4;

/// Longest quotation, in words, that still counts as a partial quote.
const PARTIAL_MAX_WORDS: usize = 12;

/// Longest attribution, in words, that may interrupt one quotation: room for a
/// name and an appositive about the speaker (age, job, where they live).
const MAX_ATTRIBUTION_WORDS: usize = 24;

/// Words of the subject before a past-tense verb of manner that may interrupt
/// a quotation (`the Harlow coach fumed`).
const MAX_MANNER_SUBJECT: usize = 4;

/// Words after a quotation within which a speech verb is its own attribution.
const ATTRIBUTION_REACH: usize = 4;

/// Bytes after a quotation read for those words, so that a long paragraph is not
/// read again after each of its quotations.
const ATTRIBUTION_REACH_BYTES: usize = 160;

/// The text between an opening mark and its closing mark (or a paragraph end).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark, or the end of the last paragraph reached.
    pub end: usize,
    /// The quoted text, one stretch per paragraph, marks excluded.
    pub stretches: Vec<Span>,
    /// True when a closing mark ended the piece.
    pub closed: bool,
}

/// A quotation found by its marks, before insertions and speakers are handled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Pieces in reading order; several when an attribution interrupts the quotation.
    pub pieces: Vec<Piece>,
    /// True for a few words quoted inside the writer's own sentence.
    pub partial: bool,
}

impl Found {
    /// Byte offset of the first opening mark.
    pub fn open(&self) -> usize {
        self.pieces.first().map_or(0, |p| p.open)
    }

    /// Byte offset just after the last closing mark.
    pub fn end(&self) -> usize {
        self.pieces.last().map_or(0, |p| p.end)
    }

    /// Every quoted stretch, in order.
    pub fn stretches(&self) -> impl Iterator<Item = Span> + Clone + '_ {
        self.pieces.iter().flat_map(|p| p.stretches.iter().copied())
    }

    /// The attributions between consecutive pieces.
    pub fn gaps(&self) -> impl Iterator<Item = Span> + '_ {
        self.pieces
            .windows(2)
            .map(|w| Span::new(w[0].end, w[1].open))
    }

    /// Byte offsets where each remark of the quotation but the last ends: the
    /// end of the quoted text of a piece followed by an attribution that
    /// closes its own sentence (`“A,” she said. “B.”` holds two remarks, the
    /// second a sentence of its own; `“A,” she said, “but b.”` is one
    /// sentence, one remark), and the end of each paragraph of a quotation
    /// that runs on into the next (a paragraph of a long statement is one
    /// remark, which another outlet may print alone).
    pub fn remark_ends(&self, text: &str) -> Vec<usize> {
        let mut ends = Vec::new();
        for (k, piece) in self.pieces.iter().enumerate() {
            let count = piece.stretches.len();
            ends.extend(
                piece.stretches[..count.saturating_sub(1)]
                    .iter()
                    .map(|s| s.end),
            );
            if let (Some(next), Some(last)) = (self.pieces.get(k + 1), piece.stretches.last())
                && ends_sentence(Span::new(piece.end, next.open).slice(text))
            {
                ends.push(last.end);
            }
        }
        ends
    }
}

/// True when the writer's words `between` two pieces end with a sentence's
/// closing punctuation.
fn ends_sentence(between: &str) -> bool {
    between.trim_end().ends_with(['.', '!', '?'])
}

/// A quotation whose closing mark has not been seen yet.
struct OpenPiece {
    open: usize,
    stack: Vec<Glyph>,
    stretches: Vec<Span>,
    /// Paragraph (position among article paragraphs) where the opening mark stands.
    opened_in: usize,
}

/// What happens to a quotation still open at the end of a paragraph.
enum Next {
    /// The next paragraph re-opens it with a mark, which is skipped.
    Reopen,
    /// It runs on into the next paragraph.
    Carry,
    /// It ends at the paragraph end.
    Stop,
}

/// Finds every quotation of the article in reading order, skipping blocks that are
/// not part of the story.
pub fn find(article: &Article) -> Vec<Found> {
    let mut scanner = Scanner {
        text: article.text.as_str(),
        paras: article
            .paragraphs
            .iter()
            .copied()
            .filter(|p| !p.kind.is_non_article())
            .collect(),
        open: None,
        skip_reopen: false,
    };
    let mut pieces: Vec<Piece> = Vec::new();
    for k in 0..scanner.paras.len() {
        scanner.paragraph(k, &mut pieces);
    }
    pieces.sort_by_key(|p| p.open);
    merge(article, pieces)
}

/// The double marks of the paragraph at `span`: position, glyph, and the offset
/// just after the mark.
fn double_marks(text: &str, span: Span) -> impl Iterator<Item = (usize, Glyph, usize)> + '_ {
    marks_in(span.slice(text)).filter_map(move |(offset, c)| {
        let pos = span.start + offset;
        double_glyph(c).map(|glyph| (pos, glyph, pos + c.len_utf8()))
    })
}

/// The state of a scan through an article's story paragraphs.
struct Scanner<'a> {
    text: &'a str,
    paras: Vec<Paragraph>,
    /// The quotation whose closing mark is awaited, if any.
    open: Option<OpenPiece>,
    /// True when the next paragraph's first mark re-opens the open quotation.
    skip_reopen: bool,
}

impl Scanner<'_> {
    /// How many quotations are open (nested ones included).
    fn depth(&self) -> usize {
        self.open.as_ref().map_or(0, |o| o.stack.len())
    }

    /// Scans paragraph `k` in one pass over its marks; appends the pieces that
    /// end in it to `out`.
    fn paragraph(&mut self, k: usize, out: &mut Vec<Piece>) {
        let para = self.paras[k];
        let span = para.span;
        let mut cursor = span.start;
        let first = out.len();
        let mut single = SingleQuotes::default();
        for (offset, c) in marks_in(span.slice(self.text)) {
            let pos = span.start + offset;
            let Some(glyph) = double_glyph(c) else {
                out.extend(single.mark(self.text, span, pos, c, self.depth()));
                continue;
            };
            let after = pos + c.len_utf8();
            if std::mem::take(&mut self.skip_reopen) && self.open.is_some() {
                cursor = after;
                continue;
            }
            let top = self.open.as_ref().and_then(|o| o.stack.last().copied());
            match classify(self.text, span.start, span.end, pos, glyph, top) {
                Role::Open => self.open_mark(k, pos, glyph, after, &mut cursor),
                Role::Close => out.extend(self.close_mark(pos, after, cursor)),
                Role::Ignore => continue,
            }
            single.crossed();
        }
        out.extend(self.paragraph_end(k, cursor));
        if matches!(para.kind, BlockKind::Heading | BlockKind::Headline) {
            let mine = out.split_off(first);
            out.extend(mine.into_iter().filter(|p| !covers(self.text, span, p)));
        }
    }

    /// An opening mark: starts a quotation, or nests one inside the open one.
    fn open_mark(&mut self, k: usize, pos: usize, glyph: Glyph, after: usize, cursor: &mut usize) {
        match self.open.as_mut() {
            Some(o) => o.stack.push(glyph),
            None => {
                self.open = Some(OpenPiece {
                    open: pos,
                    stack: vec![glyph],
                    stretches: Vec::new(),
                    opened_in: k,
                });
                *cursor = after;
            }
        }
    }

    /// A closing mark: ends the innermost quotation, and the piece when that was
    /// the outermost one (its last stretch runs from `cursor` to the mark).
    fn close_mark(&mut self, pos: usize, after: usize, cursor: usize) -> Option<Piece> {
        let o = self.open.as_mut()?;
        o.stack.pop();
        if !o.stack.is_empty() {
            return None;
        }
        o.stretches.push(Span::new(cursor, pos));
        let done = self.open.take()?;
        has_words(self.text, &done.stretches).then_some(Piece {
            open: done.open,
            end: after,
            stretches: done.stretches,
            closed: true,
        })
    }

    /// The end of paragraph `k` with a quotation still open: it re-opens in the
    /// next paragraph, carries on into it, or stops here (and is returned).
    fn paragraph_end(&mut self, k: usize, cursor: usize) -> Option<Piece> {
        let span = self.paras[k].span;
        let o = self.open.as_mut()?;
        o.stretches.push(Span::new(cursor, span.end));
        match continuation(self.text, &self.paras, k, o) {
            Next::Reopen => {
                self.skip_reopen = true;
                None
            }
            Next::Carry => None,
            Next::Stop => {
                let done = self.open.take()?;
                has_words(self.text, &done.stretches).then_some(Piece {
                    open: done.open,
                    end: span.end,
                    stretches: done.stretches,
                    closed: false,
                })
            }
        }
    }
}

/// Decides whether the quotation open at the end of paragraph `k` goes on.
fn continuation(text: &str, paras: &[Paragraph], k: usize, open: &OpenPiece) -> Next {
    let opened_in_heading =
        open.opened_in == k && matches!(paras[k].kind, BlockKind::Heading | BlockKind::Headline);
    let Some(next) = paras.get(k + 1) else {
        return Next::Stop;
    };
    if opened_in_heading {
        return Next::Stop;
    }
    let body = matches!(next.kind, BlockKind::Body | BlockKind::ListItem);
    if body && starts_with_open(text, next.span, &open.stack) {
        return Next::Reopen;
    }
    if closes_within(text, &paras[k + 1..], &open.stack) {
        Next::Carry
    } else {
        Next::Stop
    }
}

/// True when the paragraph at `span` begins with a mark that opens a quotation.
fn starts_with_open(text: &str, span: Span, stack: &[Glyph]) -> bool {
    let Some(c) = span.slice(text).chars().next() else {
        return false;
    };
    double_glyph(c).is_some_and(|glyph| {
        classify(
            text,
            span.start,
            span.end,
            span.start,
            glyph,
            stack.last().copied(),
        ) == Role::Open
    })
}

/// True when a mark closing the open quotation (with `stack` open) follows within
/// the next few paragraphs, before any paragraph that starts a fresh quotation.
fn closes_within(text: &str, rest: &[Paragraph], stack: &[Glyph]) -> bool {
    let mut stack = stack.to_vec();
    for (i, para) in rest.iter().take(MAX_CONTINUATION).enumerate() {
        let span = para.span;
        if i > 0 && starts_with_open(text, span, &stack) {
            return false;
        }
        for (pos, glyph, _) in double_marks(text, span) {
            match classify(
                text,
                span.start,
                span.end,
                pos,
                glyph,
                stack.last().copied(),
            ) {
                Role::Open => stack.push(glyph),
                Role::Close => {
                    stack.pop();
                    if stack.is_empty() {
                        return true;
                    }
                }
                Role::Ignore => {}
            }
        }
    }
    false
}

/// True when some stretch holds a letter or digit: marks around nothing but
/// spaces and punctuation quote nobody, and are not kept.
fn has_words(text: &str, stretches: &[Span]) -> bool {
    stretches
        .iter()
        .any(|s| s.slice(text).chars().any(char::is_alphanumeric))
}

/// Top-level single-quoted pieces, found while a paragraph is read: a single mark
/// that opens (outside any double quotation) waits for the next mark that could
/// close it, unless a double mark that opens or closes a quotation comes first.
#[derive(Default)]
struct SingleQuotes {
    /// The waiting opening mark: position, character, and whether it stands
    /// outside every double quotation.
    pending: Option<(usize, char, bool)>,
}

impl SingleQuotes {
    /// The single mark candidate `c` at `pos` of the paragraph at `span`, read at
    /// quotation `depth`: returns the piece it closes, if any.
    fn mark(&mut self, text: &str, span: Span, pos: usize, c: char, depth: usize) -> Option<Piece> {
        let Some((open, open_char, top_level)) = self.pending else {
            if single_opens(text, span.start, span.end, pos, c) {
                self.pending = Some((pos, c, depth == 0));
            }
            return None;
        };
        if !single_closes(text, span.start, span.end, pos, c) {
            return None;
        }
        self.pending = None;
        let stretches = vec![Span::new(open + open_char.len_utf8(), pos)];
        (top_level && has_words(text, &stretches)).then_some(Piece {
            open,
            end: pos + c.len_utf8(),
            stretches,
            closed: true,
        })
    }

    /// A double mark changed the nesting: the waiting mark quotes nothing.
    fn crossed(&mut self) {
        self.pending = None;
    }
}

/// True when `piece` is the whole paragraph at `span`, give or take final punctuation.
fn covers(text: &str, span: Span, piece: &Piece) -> bool {
    piece.open == span.start
        && text[piece.end.min(span.end)..span.end]
            .trim()
            .chars()
            .all(|c| matches!(c, '.' | '!' | '?' | ':' | ';' | ','))
}

/// Merges pieces separated by a short attribution into one quotation each, and
/// marks partial quotes.
fn merge(article: &Article, pieces: Vec<Piece>) -> Vec<Found> {
    let text = article.text.as_str();
    let mut found: Vec<Found> = Vec::new();
    for piece in pieces {
        let joins = found.last().is_some_and(|f| {
            let (Some(first), Some(last)) = (f.pieces.first(), f.pieces.last()) else {
                return false;
            };
            last.closed
                && last.end <= piece.open
                && article.paragraph_at(last.end.saturating_sub(1))
                    == article.paragraph_at(piece.open)
                && !follows_word(article, first)
                && is_attribution_gap(text, Span::new(last.end, piece.open))
                && !attributed_after(article, &piece)
        });
        match found.last_mut() {
            Some(f) if joins => f.pieces.push(piece),
            _ => found.push(Found {
                pieces: vec![piece],
                partial: false,
            }),
        }
    }
    for f in &mut found {
        f.partial = is_partial(article, &f.pieces);
    }
    found.retain(|f| !is_scare_quote(text, f));
    found
}

/// Most words of a quoted modifier (see [`is_scare_quote`]).
const SCARE_QUOTE_WORDS: usize = 2;

/// True for a word or two in marks that modify the noun right after them
/// ("their bloated “farm” bill", "the “nuclear option” rule"): the writer's
/// distance from a term, or a label, not anyone's remark. A quoted word
/// followed by a function word ("a “compromise” that farmers…") may still be
/// someone's, and stays.
fn is_scare_quote(text: &str, found: &Found) -> bool {
    let Some((piece, quoted)) = short_lone_piece(text, &found.pieces, SCARE_QUOTE_WORDS) else {
        return false;
    };
    if quoted.contains(['.', ',', '!', '?', ';', ':']) {
        return false;
    }
    let after = &text[piece.end.min(text.len())..];
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let next: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-' || *c == '\'')
        .collect();
    if !next.starts_with(char::is_lowercase) || is_stop_word(&next.to_lowercase()) {
        return false;
    }
    // After "to" or a modal the words are a verb's ("to “step up” military
    // support"): someone's words, not a label.
    let before = text[..piece.open]
        .split_whitespace()
        .next_back()
        .map(str::to_lowercase)
        .unwrap_or_default();
    if is_base_verb_marker(&before) {
        return false;
    }
    // A sentence that names a source ("according to the ruling", "she
    // said") may be quoting that source's word ("a “cursory” look").
    let start = text[..piece.open]
        .rfind(['.', '?', '!', '\n'])
        .map_or(0, |k| k + 1);
    let end = text[piece.end..]
        .find(['.', '?', '!', '\n'])
        .map_or(text.len(), |k| piece.end + k);
    !tokens(text, Span::new(start, end))
        .any(|t| t.norm == "according" || is_speech_verb(&t.norm) || is_speech_participle(&t.norm))
}

/// True when the opening mark of `piece` follows a word of the writer's sentence
/// (`called it “…”`), as partial quotes do.
fn follows_word(article: &Article, piece: &Piece) -> bool {
    let Some(para) = article
        .paragraph_at(piece.open)
        .map(|i| article.paragraphs[i])
    else {
        return false;
    };
    article.text[para.span.start..piece.open]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// True when a speech verb follows `piece` closely in its paragraph (`“…,” Jose
/// added`): the piece has an attribution of its own and starts a new quotation.
fn attributed_after(article: &Article, piece: &Piece) -> bool {
    let Some(para) = article
        .paragraph_at(piece.open)
        .map(|i| article.paragraphs[i])
    else {
        return false;
    };
    let start = piece.end.min(para.span.end);
    let end = floor_char_boundary(
        &article.text,
        para.span.end.min(start + ATTRIBUTION_REACH_BYTES),
    );
    // One word more, for the particle of a phrase whose verb is in reach.
    let read: Vec<Token> = tokens(&article.text, Span::new(start, end))
        .take(ATTRIBUTION_REACH + 1)
        .collect();
    let after = &read[..read.len().min(ATTRIBUTION_REACH)];
    after.iter().any(|w| is_speech_verb(&w.norm))
        || speech_phrase_in(&read)
        || manner_attribution(&article.text, after)
}

/// True when `words` hold a two-word reporting phrase ("shot back", "hit
/// back", "chimed in"), whose verb alone reports no speech.
fn speech_phrase_in(words: &[Token]) -> bool {
    words
        .windows(2)
        .any(|pair| is_speech_phrase(&pair[0].norm, &pair[1].norm))
}

/// True when `gap` is only an attribution that interrupts a quotation:
/// `, said the head of the alliance,` or ` Mr. Lee said after the vote.` — a
/// speech verb in one sentence (titles, initials and other abbreviations do not
/// end it, as the segmenter decides) of at most [`MAX_ATTRIBUTION_WORDS`].
fn is_attribution_gap(text: &str, gap: Span) -> bool {
    let trimmed = gap.slice(text).trim();
    let Some(last) = trimmed.chars().next_back() else {
        return false;
    };
    if !matches!(last, ',' | ':' | '.' | '—' | '–' | '-') {
        return false;
    }
    let words = tokenize(text, gap);
    if words.is_empty() || words.len() > MAX_ATTRIBUTION_WORDS {
        return false;
    }
    let speaks = words
        .iter()
        .any(|w| is_speech_verb(&w.norm) || is_speech_participle(&w.norm))
        || speech_phrase_in(&words)
        || manner_attribution(text, &words);
    speaks && split_sentences(trimmed, Span::new(0, trimmed.len())).len() == 1
}

/// True when `words` open with a short subject (`he`, `she`, a capitalised name,
/// `the` and a role) followed by a past-tense verb outside the reporting
/// vocabulary (`he fumed`, `Petrakis raged after the match`): between two pieces
/// of a quotation, that slot reports the words whatever the verb.
fn manner_attribution(text: &str, words: &[Token]) -> bool {
    words
        .iter()
        .take(MAX_MANNER_SUBJECT + 1)
        .position(|w| {
            w.span.slice(text).starts_with(char::is_lowercase) && reads_as_past_tense(&w.norm)
        })
        .is_some_and(|verb| {
            verb > 0
                && words[..verb].iter().enumerate().all(|(i, w)| {
                    let written = w.span.slice(text);
                    written.starts_with(char::is_uppercase)
                        || (i == 0 && matches!(w.norm.as_str(), "he" | "she" | "the"))
                        || (i > 0 && words[0].norm == "the" && is_role_word(&w.norm))
                })
        })
}

/// The one closed piece of a quotation in one stretch, with its quoted
/// words trimmed, when they are one to `max_words` words: the shape of a
/// partial quote and of a quoted label.
fn short_lone_piece<'a>(
    text: &'a str,
    pieces: &'a [Piece],
    max_words: usize,
) -> Option<(&'a Piece, &'a str)> {
    let [piece] = pieces else {
        return None;
    };
    let [stretch] = piece.stretches.as_slice() else {
        return None;
    };
    let content = stretch.slice(text).trim();
    let words = content.split_whitespace().count();
    (piece.closed && words > 0 && words <= max_words).then_some((piece, content))
}

/// True for a few words quoted inside the writer's own sentence: the quotation is
/// short and either follows a word ("warned against this “self-made rumor”") or
/// runs on into the writer's words ("“Step up” was the message").
fn is_partial(article: &Article, pieces: &[Piece]) -> bool {
    let text = article.text.as_str();
    let Some((piece, content)) = short_lone_piece(text, pieces, PARTIAL_MAX_WORDS) else {
        return false;
    };
    let Some(para) = article
        .paragraph_at(piece.open)
        .map(|i| article.paragraphs[i])
    else {
        return false;
    };
    let after = text[piece.end.min(para.span.end)..para.span.end].trim_start();
    let next_word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>();
    let runs_on = !content.ends_with(['.', ',', '!', '?', ';', ':', '…'])
        && next_word.starts_with(char::is_lowercase)
        && !is_speech_verb(&next_word)
        && !is_speech_participle(&next_word)
        && !matches!(next_word.as_str(), "he" | "she" | "they" | "we" | "i");
    follows_word(article, piece) || runs_on
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ArticleMeta;

    fn article(text: &str) -> Article {
        Article::from_text(ArticleMeta::default(), text.to_string(), false)
    }

    fn quoted(text: &str) -> Vec<Vec<String>> {
        let a = article(text);
        find(&a)
            .iter()
            .map(|f| {
                f.stretches()
                    .map(|s| s.slice(&a.text).trim().to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn nested_quotes_stay_inside() {
        let got = quoted("“We reject the ‘so-called’ deal and the “final” offer,” she said.");
        assert_eq!(
            got,
            [["We reject the ‘so-called’ deal and the “final” offer,"]]
        );
    }

    #[test]
    fn stray_mark_stops_at_paragraph_end() {
        let got =
            quoted("He called it “a sham.\n\nThe court adjourned.\n\n“We will appeal,” she said.");
        assert_eq!(got, [vec!["a sham."], vec!["We will appeal,"]]);
    }

    #[test]
    fn reopened_paragraph_continues() {
        let got = quoted("“We played well.\n\n“We lost anyway,” the coach said.");
        assert_eq!(got, [["We played well.", "We lost anyway,"]]);
    }

    #[test]
    fn attribution_gap_merges_and_sentence_break_does_not() {
        assert_eq!(
            quoted("“Yes,” said the judge, “but not today.”"),
            [["Yes,", "but not today."]]
        );
        assert_eq!(
            quoted("“Yes,” he said. She replied: “No.”"),
            [vec!["Yes,"], vec!["No."]]
        );
    }

    #[test]
    fn a_verb_of_manner_interrupts_a_quotation_as_said_does() {
        assert_eq!(
            quoted("“Yes,” the Eastfield coach fumed after the game. “Never again.”"),
            [["Yes,", "Never again."]]
        );
        assert_eq!(
            quoted("“Yes,” he said. “Never,” Ada Frey sniffed."),
            [vec!["Yes,"], vec!["Never,"]],
            "the second piece has an attribution of its own"
        );
        assert_eq!(
            quoted("“Yes,” he said. The crowd cheered. “Never again.”"),
            [vec!["Yes,"], vec!["Never again."]]
        );
    }

    #[test]
    fn headline_quote_phrase_is_not_a_quote() {
        let a = Article::from_text(
            ArticleMeta::default(),
            "\"Not Guilty\"\n\nThe jury returned its verdict on Friday.".into(),
            true,
        );
        assert!(find(&a).is_empty());
    }

    #[test]
    fn a_quoted_modifier_of_the_next_noun_is_no_quotation() {
        assert!(quoted("Democrats passed their bloated “farm” bill on Wednesday.").is_empty());
        assert!(quoted("It invoked the \"nuclear option\" rule again.").is_empty());
        // Someone's word, where the sentence names its source, stays.
        assert_eq!(
            quoted("According to the ruling, the Corps gave it only a \"cursory\" look."),
            [["cursory"]]
        );
        // A quoted word before a function word may be someone's.
        assert_eq!(
            quoted("Okafor called it a “compromise” that farmers can live with."),
            [["compromise"]]
        );
        assert_eq!(
            quoted("The mayor called the plan “reckless.”"),
            [["reckless."]]
        );
        // After "to" the quoted words are a verb's, someone's words.
        assert_eq!(
            quoted("Stoltenberg urged Seoul to \"step up\" military support."),
            [["step up"]]
        );
    }

    #[test]
    fn partial_detection() {
        let a = article("Officials dismissed the “self-made rumor.” “We won,” he said.");
        let found = find(&a);
        assert_eq!(found.len(), 2);
        assert!(found[0].partial && !found[1].partial);
    }
}
