//! Fuzzy matching of the picker's filter over each article's outlet and title,
//! with nucleo's matcher (the one helix and other pickers use): typing `rtnato`
//! finds "RT — NATO …", case is ignored unless the filter has a capital,
//! accents are ignored, and words may come in any order (fzf syntax: `'exact`,
//! `^start`, `end$`, `!not`).

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use crate::model::{ArticleMeta, Corpus};

/// A filter ready to match articles.
pub struct ArticleFilter {
    /// The parsed filter.
    pattern: Pattern,
    /// The matcher and its scratch memory, reused from one article to the next.
    matcher: Matcher,
    /// Scratch text: outlet and title of the article being matched.
    haystack: String,
    /// Scratch characters for non-ASCII text.
    chars: Vec<char>,
}

/// Where the filter matched in one article: character positions in the outlet
/// and in the title, in order, for highlighting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchedChars {
    /// Positions (in characters) in the outlet.
    pub outlet: Vec<usize>,
    /// Positions (in characters) in the title.
    pub title: Vec<usize>,
}

impl ArticleFilter {
    /// A filter for what was typed.
    pub fn new(filter: &str) -> Self {
        Self {
            pattern: Pattern::parse(filter, CaseMatching::Smart, Normalization::Smart),
            matcher: Matcher::new(Config::DEFAULT),
            haystack: String::new(),
            chars: Vec::new(),
        }
    }

    /// The articles that match, best first (equal scores in corpus order).
    pub fn rank(&mut self, corpus: &Corpus) -> Vec<usize> {
        let mut scored: Vec<(u32, usize)> = corpus
            .articles
            .iter()
            .enumerate()
            .filter_map(|(i, article)| self.score(&article.meta).map(|score| (score, i)))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().map(|(_, i)| i).collect()
    }

    /// The article's score, or `None` when it does not match.
    pub fn score(&mut self, meta: &ArticleMeta) -> Option<u32> {
        self.fill(meta);
        let haystack = Utf32Str::new(&self.haystack, &mut self.chars);
        self.pattern.score(haystack, &mut self.matcher)
    }

    /// Where the filter matches the article, split into outlet and title.
    pub fn matched_chars(&mut self, meta: &ArticleMeta) -> MatchedChars {
        self.fill(meta);
        let haystack = Utf32Str::new(&self.haystack, &mut self.chars);
        let mut indices = Vec::new();
        if self
            .pattern
            .indices(haystack, &mut self.matcher, &mut indices)
            .is_none()
        {
            return MatchedChars::default();
        }
        indices.sort_unstable();
        indices.dedup();
        let outlet_len = meta.outlet.chars().count();
        let mut found = MatchedChars::default();
        for index in indices.into_iter().map(|i| i as usize) {
            if index < outlet_len {
                found.outlet.push(index);
            } else if index > outlet_len {
                found.title.push(index - outlet_len - 1);
            }
        }
        found
    }

    /// Puts "outlet title" in the scratch text.
    fn fill(&mut self, meta: &ArticleMeta) {
        self.haystack.clear();
        self.haystack.push_str(&meta.outlet);
        self.haystack.push(' ');
        self.haystack.push_str(&meta.title);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn corpus(items: &[(&str, &str)]) -> Corpus {
        let mut corpus = Corpus::default();
        for (i, (outlet, title)) in items.iter().enumerate() {
            let meta = ArticleMeta {
                id: format!("a{i}"),
                outlet: outlet.to_string(),
                title: title.to_string(),
                ..ArticleMeta::default()
            };
            corpus.push(Article::from_text(meta, "Body text.".into(), false));
        }
        corpus
    }

    #[test]
    fn matches_outlet_and_title_fuzzily_best_first() {
        let corpus = corpus(&[
            ("Valley Times", "Council approves budget"),
            ("RT", "NATO chief urges Seoul to arm Ukraine"),
            ("Le Monde", "Séoul et l'OTAN"),
        ]);
        assert_eq!(ArticleFilter::new("rtnato").rank(&corpus), [1]);
        assert_eq!(ArticleFilter::new("budget valley").rank(&corpus), [0]);
        let mut accents = ArticleFilter::new("seoul").rank(&corpus);
        accents.sort_unstable();
        assert_eq!(accents, [1, 2], "é matches e");
        assert!(ArticleFilter::new("zzz").rank(&corpus).is_empty());
    }

    #[test]
    fn matched_characters_split_into_outlet_and_title() {
        let corpus = corpus(&[("RT", "NATO chief")]);
        let found = ArticleFilter::new("rtchief").matched_chars(&corpus.articles[0].meta);
        assert_eq!(found.outlet, [0, 1]);
        assert_eq!(found.title, [5, 6, 7, 8, 9]);
        let none = ArticleFilter::new("zzz").matched_chars(&corpus.articles[0].meta);
        assert_eq!(none, MatchedChars::default());
    }
}
