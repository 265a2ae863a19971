//! The writer's own words: the article's tokens outside quotations, each with the
//! punctuation before it and a sentence number, for names and attributions.
//!
//! Sentences are counted here from the writer's punctuation alone, so a full stop
//! inside a quotation never splits the sentence that attributes it.

use super::article::BYTES_PER_WORD;
use super::lexicon::{is_final_abbreviation, is_sentence_opener, is_title_abbreviation};
use super::tokens::tokens;
use crate::model::{Article, Span};

/// What separates a word from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// The word opens a paragraph.
    Start,
    /// Only spaces (or an initial's full stop: `John F. Kennedy`).
    Space,
    /// A comma.
    Comma,
    /// A colon.
    Colon,
    /// A sentence end.
    Stop,
    /// A quotation.
    Quote,
    /// Other punctuation: brackets, dashes, semicolons.
    Other,
}

/// One word of the writer's text.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// Where the word lies in the article text.
    pub span: Span,
    /// The word as written.
    pub text: &'a str,
    /// Lower-cased, typography-folded form.
    pub lower: String,
    /// What separates it from the previous word.
    pub gap: Gap,
    /// Sentence number, counted over the whole article.
    pub sentence: usize,
    /// True when a full stop follows the word directly (`T.` in `Maria T. Lopez`).
    pub dotted: bool,
    /// True inside round brackets (`(D-Ohio)`), which the writer sets aside.
    pub bracketed: bool,
}

impl Word<'_> {
    /// True when the word starts with a capital letter.
    pub fn capitalised(&self) -> bool {
        self.text.starts_with(char::is_uppercase)
    }

    /// True for an all-capitals word of two letters or more (`NATO`, `KCNA`).
    pub fn acronym(&self) -> bool {
        self.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !self.text.chars().any(char::is_lowercase)
    }
}

/// The index just past the writer's sentence that `words[start]` belongs to
/// (from `start` on). A scan, not a binary search: sentences are short, and a
/// search over a long article's words misses the cache at almost every step.
pub fn sentence_end(words: &[Word<'_>], start: usize) -> usize {
    let Some(sentence) = words.get(start).map(|w| w.sentence) else {
        return words.len();
    };
    words[start..]
        .iter()
        .position(|w| w.sentence != sentence)
        .map_or(words.len(), |n| start + n)
}

/// A quotation's extent as the word stream sees it.
#[derive(Debug, Clone, Copy)]
pub struct Region {
    /// From the opening mark to just after the closing mark.
    pub span: Span,
    /// True when the quoted words end a sentence (`…weapons.”`).
    pub ends_sentence: bool,
}

/// The words of the article's story paragraphs that lie outside every quotation
/// `region` (sorted, non-overlapping).
pub fn writer_words<'a>(article: &'a Article, regions: &[Region]) -> Vec<Word<'a>> {
    let text = article.text.as_str();
    let mut words: Vec<Word<'a>> = Vec::with_capacity(text.len() / BYTES_PER_WORD);
    let mut sentence = 0;
    let mut next = 0;
    for para in article
        .paragraphs
        .iter()
        .filter(|p| !p.kind.is_non_article())
    {
        while next < regions.len() && regions[next].span.end <= para.span.start {
            next += 1;
        }
        let mut prev_end = para.span.start;
        let mut first = true;
        let mut depth = 0usize;
        let mut passed: Option<Region> = None;
        for (segment, after) in outside(para.span, regions, &mut next) {
            if after.is_some() {
                passed = after;
            }
            for token in tokens(text, segment) {
                let word_text = token.span.slice(text);
                let capital =
                    word_text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
                let passed_region = passed.take();
                let between = text.get(prev_end..token.span.start).unwrap_or("");
                if passed_region.is_none() {
                    depth = bracket_depth(depth, between);
                }
                let gap = match passed_region {
                    Some(_) => Gap::Quote,
                    None if first => Gap::Start,
                    None => punctuation_gap(between, words.last(), &token.norm, capital),
                };
                let quote_ended_sentence =
                    capital && passed_region.is_some_and(|r| r.ends_sentence);
                let quote_began_sentence = passed_region.is_some_and(|r| {
                    r.span.start >= prev_end
                        && text[prev_end..r.span.start].contains(['.', '!', '?'])
                });
                if first || gap == Gap::Stop || quote_ended_sentence || quote_began_sentence {
                    sentence += 1;
                }
                words.push(Word {
                    span: token.span,
                    text: word_text,
                    lower: token.norm,
                    gap,
                    sentence,
                    dotted: text[token.span.end..].starts_with('.'),
                    bracketed: depth > 0,
                });
                prev_end = token.span.end;
                first = false;
            }
        }
    }
    words
}

/// The stretches of paragraph `para` outside the quotation `regions` (from index
/// `*next` on), each with the region just before it. Advances `*next` past the
/// regions that end inside the paragraph.
fn outside(para: Span, regions: &[Region], next: &mut usize) -> Vec<(Span, Option<Region>)> {
    let mut segments = Vec::new();
    let mut cursor = para.start;
    let mut before = None;
    while let Some(&region) = regions.get(*next).filter(|r| r.span.start < para.end) {
        if region.span.start > cursor {
            segments.push((Span::new(cursor, region.span.start), before));
        }
        before = Some(region);
        cursor = cursor.max(region.span.end);
        if region.span.end > para.end {
            break;
        }
        *next += 1;
    }
    if cursor < para.end {
        segments.push((Span::new(cursor, para.end), before));
    }
    segments
}

/// The round-bracket depth after the text `between` two words.
fn bracket_depth(depth: usize, between: &str) -> usize {
    between.chars().fold(depth, |d, c| match c {
        '(' => d + 1,
        ')' => d.saturating_sub(1),
        _ => d,
    })
}

/// Classifies the text between two words; `next` is the lower-cased word after
/// it. A full stop after an initial, a dotted word (`U.S`) or a title never ends a
/// sentence; after an abbreviation that may close one (`Inc.`, `Jr.`), only when
/// a sentence opener follows (`… Corp. The deal …`). The apostrophe of a plural
/// possessive (`the Metalworkers' Union`) is part of its word, so only a space.
fn punctuation_gap(between: &str, prev: Option<&Word<'_>>, next: &str, capital: bool) -> Gap {
    let between = between.trim();
    if between.is_empty() || is_plural_possessive(between, prev) {
        return Gap::Space;
    }
    let abbreviation = prev.is_some_and(|w| {
        let single_letter = w.text.chars().count() == 1 && w.capitalised();
        let dotted = w.text.contains('.');
        single_letter
            || dotted
            || is_title_abbreviation(&w.lower)
            || (is_final_abbreviation(&w.lower) && !is_sentence_opener(next))
    });
    if between == "." && (abbreviation || !capital) {
        return Gap::Space;
    }
    if between.contains(['.', '!', '?', '…']) && capital && !abbreviation {
        Gap::Stop
    } else if between.contains(':') {
        Gap::Colon
    } else if between.contains(',') {
        Gap::Comma
    } else {
        Gap::Other
    }
}

/// True when `between` is the lone apostrophe a plural possessive leaves
/// after its word (`workers' pay`, `the Metalworkers’ Union`).
fn is_plural_possessive(between: &str, prev: Option<&Word<'_>>) -> bool {
    matches!(between, "'" | "’") && prev.is_some_and(|w| w.lower.ends_with('s'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ArticleMeta;

    #[test]
    fn words_outside_quotes_with_gaps() {
        let text = "“We won.” Smith said, and Dr. Jones left. U.S. officials agreed.";
        let article = Article::from_text(ArticleMeta::default(), text.into(), false);
        let close = text.find("Smith").unwrap_or(0) - 1;
        let regions = [Region {
            span: Span::new(0, close),
            ends_sentence: true,
        }];
        let words = writer_words(&article, &regions);
        let shown: Vec<(&str, Gap, usize)> =
            words.iter().map(|w| (w.text, w.gap, w.sentence)).collect();
        assert_eq!(
            shown,
            [
                ("Smith", Gap::Quote, 1),
                ("said", Gap::Space, 1),
                ("and", Gap::Comma, 1),
                ("Dr", Gap::Space, 1),
                ("Jones", Gap::Space, 1),
                ("left", Gap::Space, 1),
                ("U.S", Gap::Stop, 2),
                ("officials", Gap::Space, 2),
                ("agreed", Gap::Space, 2),
            ]
        );
    }

    #[test]
    fn a_plural_possessive_apostrophe_is_part_of_its_word() {
        let text = "Vos, the head of the Metalworkers' Union, and the 'workers’ pay' talks.";
        let article = Article::from_text(ArticleMeta::default(), text.into(), false);
        let words = writer_words(&article, &[]);
        let gap_before = |word: &str| words.iter().find(|w| w.text == word).map(|w| w.gap);
        assert_eq!(gap_before("Union"), Some(Gap::Space));
        assert_eq!(gap_before("pay"), Some(Gap::Space));
        // An opening mark is not a possessive: the word before ends in no `s`.
        assert_eq!(gap_before("workers"), Some(Gap::Other));
    }
}
