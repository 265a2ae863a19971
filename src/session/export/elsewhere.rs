//! What the other outlets say where a note is: the sentences the alignment of
//! each pair (the analyst's links included) matches with the noted sentence.

use crate::analysis::Analysis;
use crate::analysis::align::Alignment;
use crate::analysis::facts::value::one_line;
use crate::model::Corpus;

use super::super::Anchor;
use super::ReportPlace;

/// For the sentence holding `anchor`, the matching sentence of every other
/// article that has one, in corpus order; `align` gives the alignment of two
/// articles (corpus indices), the analyst's links included.
pub fn elsewhere(
    corpus: &Corpus,
    analysis: &Analysis,
    align: &dyn Fn(usize, usize) -> Alignment,
    anchor: &Anchor,
) -> Vec<ReportPlace> {
    let Some(article) = corpus.index_of(&anchor.article_id) else {
        return Vec::new();
    };
    let Some(sentences) = analysis.articles.get(article).map(|a| &a.sentences) else {
        return Vec::new();
    };
    let sentence = sentences.partition_point(|s| s.span.end <= anchor.start);
    if sentence >= sentences.len() {
        return Vec::new();
    }
    (0..corpus.articles.len())
        .filter(|&other| other != article)
        .filter_map(|other| {
            let alignment = align(article, other);
            let matched = alignment
                .monotone
                .iter()
                .chain(&alignment.moved)
                .find(|p| p.left == sentence)?;
            let span = analysis.articles[other].sentences.get(matched.right)?.span;
            let text = &corpus.articles[other].text;
            Some(ReportPlace {
                outlet: corpus.articles[other].meta.outlet.clone(),
                quoted: one_line(span.slice(text)),
            })
        })
        .collect()
}
