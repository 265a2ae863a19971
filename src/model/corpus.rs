//! A corpus: every article loaded for one comparison, plus what loading warned about.

use serde::Serialize;

use super::Article;

/// All loaded articles, in load order, with unique ids.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Corpus {
    /// The articles.
    pub articles: Vec<Article>,
    /// Non-fatal problems found while loading, each naming its file.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

impl Corpus {
    /// Adds an article, making its id unique within the corpus by suffixing `-2`, `-3`, ….
    pub fn push(&mut self, mut article: Article) {
        let base = article.meta.id.clone();
        let mut n = 1;
        while self.articles.iter().any(|a| a.meta.id == article.meta.id) {
            n += 1;
            article.meta.id = format!("{base}-{n}");
        }
        self.articles.push(article);
    }

    /// The index of the article with `id`.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.meta.id == id)
    }
}
