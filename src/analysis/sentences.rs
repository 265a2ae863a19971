//! Sentences of an article: the segmenter run over each paragraph.

use serde::Serialize;

use super::segment::split_sentences;
use crate::model::{Article, Span};

/// One sentence of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Where the sentence lies in the article text.
    #[serde(flatten)]
    pub span: Span,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
}

/// Splits every paragraph of `article` into sentences, in reading order.
pub fn article_sentences(article: &Article) -> Vec<Sentence> {
    article
        .paragraphs
        .iter()
        .enumerate()
        .flat_map(|(paragraph, p)| {
            split_sentences(&article.text, p.span)
                .into_iter()
                .map(move |span| Sentence { span, paragraph })
        })
        .collect()
}

/// Splits plain text (no headline detection) into sentence spans.
pub fn text_sentences(text: &str) -> Vec<Span> {
    crate::model::paragraphs::split_paragraphs(text)
        .into_iter()
        .flat_map(|p| split_sentences(text, p))
        .collect()
}
