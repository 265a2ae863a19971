//! Wraps an article into screen lines for one pane width, keeping byte offsets so
//! every line, sentence and highlight still points into the article text.

use textwrap::core::{Fragment, Word};
use textwrap::wrap_algorithms::wrap_first_fit;

use crate::model::{Article, Span};

/// One screen line of a wrapped article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenLine {
    /// The article bytes shown on this line (empty for the blank line between paragraphs).
    pub span: Span,
    /// The paragraph the line belongs to.
    pub paragraph: usize,
}

/// An article wrapped to a width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WrappedText {
    /// The width the text was wrapped to.
    pub width: u16,
    /// Every screen line in order, with one blank line between paragraphs.
    pub lines: Vec<ScreenLine>,
}

impl WrappedText {
    /// Wraps every paragraph of `article` to `width` columns.
    pub fn new(article: &Article, width: u16) -> Self {
        let mut lines = Vec::new();
        for (index, paragraph) in article.paragraphs.iter().enumerate() {
            if index > 0 {
                lines.push(ScreenLine {
                    span: Span::new(paragraph.span.start, paragraph.span.start),
                    paragraph: index,
                });
            }
            for span in wrap_span(&article.text, paragraph.span, width.max(1)) {
                lines.push(ScreenLine {
                    span,
                    paragraph: index,
                });
            }
        }
        Self { width, lines }
    }

    /// The first screen line showing byte `offset` (the last line when past the end).
    pub fn line_of(&self, offset: usize) -> usize {
        let after = self.lines.partition_point(|l| {
            l.span.end < offset || (l.span.is_empty() && l.span.start <= offset)
        });
        after.min(self.lines.len().saturating_sub(1))
    }
}

/// Wraps the text at `span` into line spans of at most `width` columns.
pub fn wrap_span(text: &str, span: Span, width: u16) -> Vec<Span> {
    let slice = span.slice(text);
    let base = slice.as_ptr() as usize;
    let width = usize::from(width);
    let mut words: Vec<Word<'_>> = Vec::new();
    for word in slice.split_whitespace() {
        let mut fragment = Word::from(word);
        fragment.whitespace = " ";
        if fragment.width() > width as f64 {
            words.extend(fragment.break_apart(width));
        } else {
            words.push(fragment);
        }
    }
    wrap_first_fit(&words, &[width as f64])
        .into_iter()
        .filter_map(|line| {
            let first = line.first()?;
            let last = line.last()?;
            let start = first.word.as_ptr() as usize - base;
            let end = last.word.as_ptr() as usize - base + last.word.len();
            Some(Span::new(span.start + start, span.start + end))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ArticleMeta;

    fn text_width(text: &str) -> usize {
        textwrap::core::display_width(text)
    }

    fn article(text: &str) -> Article {
        Article::from_text(ArticleMeta::default(), text.to_string(), true)
    }

    #[test]
    fn lines_fit_and_cover_every_word() {
        let a = article(
            "Title here\n\nThe quick brown fox jumps over the lazy dog near the river bank.",
        );
        let wrapped = WrappedText::new(&a, 12);
        let texts: Vec<&str> = wrapped.lines.iter().map(|l| a.slice(l.span)).collect();
        assert_eq!(
            texts,
            [
                "Title here",
                "",
                "The quick",
                "brown fox",
                "jumps over",
                "the lazy dog",
                "near the",
                "river bank."
            ]
        );
        assert!(texts.iter().all(|t| text_width(t) <= 12));
        assert_eq!(wrapped.lines[2].paragraph, 1);
    }

    #[test]
    fn wide_characters_and_long_words_break() {
        let a = article("日本語の文章はとても長いです。\n\nsupercalifragilistic");
        let wrapped = WrappedText::new(&a, 8);
        for line in &wrapped.lines {
            assert!(
                text_width(a.slice(line.span)) <= 8,
                "{:?}",
                a.slice(line.span)
            );
        }
        let joined: String = wrapped.lines.iter().map(|l| a.slice(l.span)).collect();
        assert_eq!(joined, "日本語の文章はとても長いです。supercalifragilistic");
    }

    #[test]
    fn line_of_finds_offsets() {
        let a = article("Title\n\nOne two three four five six.");
        let wrapped = WrappedText::new(&a, 10);
        let six = a.text.find("six").unwrap();
        assert_eq!(
            a.slice(wrapped.lines[wrapped.line_of(six)].span),
            "five six."
        );
        assert_eq!(wrapped.line_of(0), 0);
        assert_eq!(wrapped.line_of(a.text.len() + 5), wrapped.lines.len() - 1);
    }

    #[test]
    fn zero_width_does_not_panic() {
        let a = article("Some words here.");
        assert!(!WrappedText::new(&a, 0).lines.is_empty());
    }
}
