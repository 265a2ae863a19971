//! One loaded article: its metadata, its (sanitised) text and its paragraphs.

use serde::Serialize;

use super::Span;

/// What a paragraph is, so later layers know what to read and what to skip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The article's headline (the first short line of a plain-text file).
    Headline,
    /// A section heading inside the body: a short line without a full stop.
    Heading,
    /// Ordinary article prose.
    Body,
    /// A bulleted or numbered list item.
    ListItem,
    /// A photo caption or photo credit line.
    PhotoCredit,
    /// A "Read more:" / "Related:" link line.
    ReadMore,
    /// An embedded social-media post (tweet text, `pic.twitter.com` lines, "— Name (@handle) date").
    Embed,
    /// Comment-box, copyright, newsletter or other site boilerplate.
    Boilerplate,
}

impl BlockKind {
    /// True for blocks that are not part of the reported story and that analysis skips.
    pub fn is_non_article(self) -> bool {
        matches!(
            self,
            BlockKind::PhotoCredit
                | BlockKind::ReadMore
                | BlockKind::Embed
                | BlockKind::Boilerplate
        )
    }
}

/// A paragraph: a block of text separated from its neighbours by a line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// Where the paragraph lies in the article's text (trimmed of surrounding whitespace).
    #[serde(flatten)]
    pub span: Span,
    /// What kind of block this is.
    pub kind: BlockKind,
}

/// Descriptive information about an article, as given by its source or manifest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ArticleMeta {
    /// Stable identifier, unique within a corpus (usually the file stem).
    pub id: String,
    /// Where the article came from: a file path, `-` for standard input, or `seeds/NAME`.
    pub path: String,
    /// Label of the outlet that published it.
    pub outlet: String,
    /// Headline.
    pub title: String,
    /// Publication date as given by the source, if any.
    pub date: Option<String>,
    /// Original address, if any.
    pub url: Option<String>,
}

/// A loaded article. All spans in the program index into [`Article::text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    /// Metadata.
    #[serde(flatten)]
    pub meta: ArticleMeta,
    /// The article text, with control characters and escape sequences removed.
    pub text: String,
    /// Paragraphs in reading order, each classified.
    pub paragraphs: Vec<Paragraph>,
}

impl Article {
    /// Text of a span of this article.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// The paragraph containing byte `offset`, if any.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let idx = self.paragraphs.partition_point(|p| p.span.end <= offset);
        (idx < self.paragraphs.len() && self.paragraphs[idx].span.start <= offset).then_some(idx)
    }

    /// Number of words in the article body (whitespace-separated, non-article blocks excluded).
    pub fn word_count(&self) -> usize {
        self.paragraphs
            .iter()
            .filter(|p| !p.kind.is_non_article())
            .map(|p| self.slice(p.span).split_whitespace().count())
            .sum()
    }
}

/// The longest first line (in characters) still taken as a plain-text headline.
const MAX_HEADLINE_CHARS: usize = 160;

/// Words used for a title made from the text when none is given.
const DERIVED_TITLE_WORDS: usize = 12;

impl Article {
    /// Builds an article from clean text: splits paragraphs, classifies them, and,
    /// when `detect_headline` is set and the first paragraph is one short line,
    /// takes it as the headline. Without a title, one is derived from the text.
    pub fn from_text(mut meta: ArticleMeta, text: String, detect_headline: bool) -> Article {
        let spans = super::paragraphs::split_paragraphs(&text);
        let headline = detect_headline
            && spans.first().is_some_and(|s| {
                let first = s.slice(&text);
                !first.contains('\n') && first.chars().count() <= MAX_HEADLINE_CHARS
            })
            && spans.len() > 1;
        let kinds = super::boilerplate::classify(&text, &spans, headline);
        let paragraphs: Vec<Paragraph> = spans
            .into_iter()
            .zip(kinds)
            .map(|(span, kind)| Paragraph { span, kind })
            .collect();
        if meta.title.trim().is_empty() {
            meta.title = match paragraphs.first() {
                Some(p) if headline => p.span.slice(&text).to_string(),
                _ => derive_title(&text, &paragraphs),
            };
        }
        Article {
            meta,
            text,
            paragraphs,
        }
    }
}

/// The first words of the first body paragraph, with an ellipsis if cut.
fn derive_title(text: &str, paragraphs: &[Paragraph]) -> String {
    let Some(first) = paragraphs.iter().find(|p| !p.kind.is_non_article()) else {
        return String::new();
    };
    let words: Vec<&str> = first.span.slice(text).split_whitespace().collect();
    let mut title = words[..words.len().min(DERIVED_TITLE_WORDS)].join(" ");
    if words.len() > DERIVED_TITLE_WORDS {
        title.push('…');
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> ArticleMeta {
        ArticleMeta {
            id: "a".into(),
            path: "a.txt".into(),
            outlet: "Test".into(),
            ..ArticleMeta::default()
        }
    }

    #[test]
    fn first_short_line_is_headline() {
        let text =
            "Court blocks the merger\n\nA federal judge on Friday blocked the deal.".to_string();
        let article = Article::from_text(meta(), text, true);
        assert_eq!(article.meta.title, "Court blocks the merger");
        assert_eq!(article.paragraphs[0].kind, BlockKind::Headline);
        assert_eq!(article.paragraphs[1].kind, BlockKind::Body);
        assert_eq!(article.word_count(), 12);
        let offset = article.text.find("judge").unwrap();
        assert_eq!(article.paragraph_at(offset), Some(1));
        assert_eq!(
            article.paragraph_at(article.text.find("\n\n").unwrap() + 1),
            None
        );
    }

    #[test]
    fn long_first_paragraph_gives_derived_title() {
        let body = "word ".repeat(50);
        let article = Article::from_text(meta(), format!("{body}\n\nSecond."), true);
        assert_eq!(article.paragraphs[0].kind, BlockKind::Body);
        assert!(article.meta.title.ends_with('…'));
        assert_eq!(
            article.meta.title.split_whitespace().count(),
            DERIVED_TITLE_WORDS
        );
    }

    #[test]
    fn no_headline_when_detection_is_off() {
        let article = Article::from_text(meta(), "Short line\nand more text.".into(), false);
        assert!(
            article
                .paragraphs
                .iter()
                .all(|p| p.kind != BlockKind::Headline)
        );
    }
}
