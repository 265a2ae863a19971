//! Sentences of an article: the segmenter run over each paragraph.

use serde::Serialize;

use super::segment::{dateline_end, split_sentences};
use crate::model::{Article, BlockKind, Span};

/// One sentence of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Where the sentence lies in the article text.
    #[serde(flatten)]
    pub span: Span,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
}

/// Splits every paragraph of `article` into sentences, in reading order. The
/// dateline that may open the first story paragraph (`LYON, March 14 (Reuters)
/// -`) belongs to no sentence: it says where and when the story was filed, so
/// its date and place are no claims and no alignment evidence.
pub fn article_sentences(article: &Article) -> Vec<Sentence> {
    let first_body = article
        .paragraphs
        .iter()
        .position(|p| p.kind == BlockKind::Body);
    article
        .paragraphs
        .iter()
        .enumerate()
        .flat_map(|(paragraph, p)| {
            let mut range = p.span;
            if Some(paragraph) == first_body
                && let Some(start) = dateline_end(&article.text, range)
            {
                range = Span::new(start, range.end);
            }
            split_sentences(&article.text, range)
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
