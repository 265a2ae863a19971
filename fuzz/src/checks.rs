//! The invariants every fuzz target asserts: spans inside their text and on
//! character boundaries, indices inside their lists, and no character a terminal
//! could act on in anything meant for display.

use parallax::analysis::Analysis;
use parallax::model::{Article, Corpus, Span};

/// Panics unless `span` lies inside `text`, on character boundaries.
pub fn span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a character"
    );
}

/// Panics unless the spans are valid, in order and do not overlap.
pub fn ordered_spans(text: &str, spans: impl IntoIterator<Item = Span>, what: &str) {
    let mut last_end = 0;
    for s in spans {
        span(text, s, what);
        assert!(s.start >= last_end, "{what} {s:?} overlaps the one before");
        last_end = s.end;
    }
}

/// Panics when `text` holds a character a terminal could act on: a control
/// character other than `\n` and `\t`, or a bidi override.
pub fn inert(text: &str, what: &str) {
    if let Some(c) = text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }) {
        panic!("{what} holds {c:?}");
    }
}

/// Panics unless a one-line field is inert and has no line break.
pub fn one_line(text: &str, what: &str) {
    inert(text, what);
    assert!(!text.contains(['\n', '\t']), "{what} spans lines");
}

/// Panics unless a loaded article is clean and its paragraphs are valid.
pub fn article(article: &Article) {
    let meta = &article.meta;
    inert(&article.text, "article text");
    for (value, what) in [
        (&meta.id, "id"),
        (&meta.outlet, "outlet"),
        (&meta.title, "title"),
    ] {
        inert(value, what);
    }
    for value in meta.date.iter().chain(&meta.url) {
        one_line(value, "date or url");
    }
    ordered_spans(
        &article.text,
        article.paragraphs.iter().map(|p| p.span),
        "paragraph",
    );
}

/// Panics unless every span of the analysis lies in its article and every
/// index points at something.
pub fn analysis(corpus: &Corpus, analysis: &Analysis) {
    assert_eq!(corpus.articles.len(), analysis.articles.len());
    for (article, found) in corpus.articles.iter().zip(&analysis.articles) {
        let text = &article.text;
        ordered_spans(text, found.sentences.iter().map(|s| s.span), "sentence");
        for quote in &found.quotes {
            span(text, quote.span, "quote");
            quote
                .parts
                .iter()
                .for_each(|p| span(text, *p, "quote part"));
            assert!(quote.sentence < found.sentences.len().max(1));
        }
        for claim in &found.claims {
            span(text, claim.span, "claim");
            assert!(claim.sentence < found.sentences.len());
        }
    }
    for group in &analysis.quote_groups {
        assert_eq!(group.members.len(), group.diffs.len());
        assert!(group.canonical < group.members.len());
        for m in &group.members {
            assert!(m.quote < analysis.articles[m.article].quotes.len());
        }
    }
    for group in &analysis.claim_groups {
        for m in &group.members {
            assert!(m.claim < analysis.articles[m.article].claims.len());
        }
    }
    let n = corpus.articles.len();
    for left in 0..n {
        let right = (left + 1) % n;
        let alignment = analysis.align(left, right);
        let (ls, rs) = (
            analysis.articles[left].sentences.len(),
            analysis.articles[right].sentences.len(),
        );
        for pair in alignment.monotone.iter().chain(&alignment.moved) {
            assert!(
                pair.left < ls && pair.right < rs,
                "aligned pair out of range"
            );
        }
        // In reading order on both sides; a sentence may match several
        // neighbours (an outlet split it), but no pair twice.
        assert!(
            alignment.monotone.windows(2).all(|w| {
                w[0].left <= w[1].left
                    && w[0].right <= w[1].right
                    && (w[0].left, w[0].right) != (w[1].left, w[1].right)
            }),
            "monotone pairs out of order: {:?}",
            alignment.monotone
        );
    }
}
