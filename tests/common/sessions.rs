//! Sessions over a small two-outlet corpus, shared by the session test files.

use std::path::{Path, PathBuf};

use parallax::model::{Article, ArticleMeta, Corpus, Span};
use parallax::session::Anchor;

/// A corpus of `(id, outlet, text)` articles, each at path `{folder}{id}.txt`
/// (`folder` empty or ending in `/`), a short first line the headline.
pub fn outlet_corpus(articles: &[(&str, &str, &str)], folder: &str) -> Corpus {
    let mut corpus = Corpus::default();
    for (id, outlet, text) in articles {
        let meta = ArticleMeta {
            id: (*id).into(),
            path: format!("{folder}{id}.txt"),
            outlet: (*outlet).into(),
            ..ArticleMeta::default()
        };
        corpus.push(Article::from_text(meta, (*text).into(), true));
    }
    corpus
}

/// Two short articles on one strike (ids `a` and `b`, outlets "Daily A" and
/// "Weekly B"), each with a quote, and paths relative to no folder.
pub fn strike_corpus() -> Corpus {
    outlet_corpus(
        &[
            (
                "a",
                "Daily A",
                "Port strike ends\n\nThe union said \"we won\" after talks.",
            ),
            (
                "b",
                "Weekly B",
                "Strike over\n\nUnion leaders said \"we won a fair deal\" late on Friday.",
            ),
        ],
        "",
    )
}

/// An anchor on the first occurrence of `needle` in article `index`.
pub fn anchor(corpus: &Corpus, index: usize, needle: &str) -> Anchor {
    let article = &corpus.articles[index];
    let start = article.text.find(needle).expect("needle");
    Anchor::new(article, Span::new(start, start + needle.len()))
}

/// The session file `sessions/s.json` under `dir`.
pub fn session_path(dir: &Path) -> PathBuf {
    dir.join("sessions").join("s.json")
}
