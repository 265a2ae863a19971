//! Searching every loaded article for a phrase, in time linear in the text: the
//! text is case-folded once per search and scanned with the standard library's
//! substring search (two-way), so a long pasted query cannot stall the reader.

use crate::model::Span;

use super::pane::Side;
use super::state::App;

/// Most matches kept for the results list; past it the list says it stopped.
pub const MAX_RESULTS: usize = 10_000;

/// One match in an article on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// The pane it is in.
    pub side: Side,
    /// Where it is in that pane's article.
    pub span: Span,
}

/// One match anywhere in the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Corpus index of the article.
    pub article: usize,
    /// Where it is in the article.
    pub span: Span,
}

/// Search state: the last phrase searched and its matches.
#[derive(Debug, Clone, Default)]
pub struct SearchState {
    /// The phrase last searched.
    pub query: String,
    /// Its matches in every article, in corpus and text order.
    pub found: Vec<Found>,
    /// True when the search stopped at [`MAX_RESULTS`].
    pub truncated: bool,
    /// Its matches in the two panes, left pane first, each in text order.
    pub matches: Vec<Match>,
    /// The pane match last jumped to.
    pub current: Option<usize>,
}

/// `text` lower-cased, with the byte offset in `text` of each lower-cased char,
/// so a match in the folded text maps back to whole characters of the original.
struct Folded {
    text: String,
    /// (offset in the folded text, offset in the original), one per original char.
    starts: Vec<(usize, usize)>,
}

impl Folded {
    fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut starts = Vec::with_capacity(original.len());
        for (at, c) in original.char_indices() {
            starts.push((text.len(), at));
            text.extend(c.to_lowercase());
        }
        Self { text, starts }
    }

    /// The original span of folded bytes `start..end`, widened to whole characters.
    fn original(&self, start: usize, end: usize, original_len: usize) -> Span {
        let first = self.starts.partition_point(|&(f, _)| f <= start) - 1;
        let after = self.starts.partition_point(|&(f, _)| f < end);
        let stop = self.starts.get(after).map_or(original_len, |&(_, o)| o);
        Span::new(self.starts[first].1, stop)
    }
}

/// Every case-insensitive, non-overlapping occurrence of `query` in `text`, in
/// time linear in `text` and `query`.
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    let needle: String = query.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let folded = Folded::new(text);
    folded
        .text
        .match_indices(&needle)
        .map(|(at, _)| folded.original(at, at + needle.len(), text.len()))
        .collect()
}

impl App {
    /// Searches every article for `query`: the results list and the matches
    /// highlighted in the panes.
    pub fn run_search(&mut self, query: String) {
        let mut found = Vec::new();
        let mut truncated = false;
        for (article, a) in self.corpus.articles.iter().enumerate() {
            for span in find_all(&a.text, &query) {
                if found.len() == MAX_RESULTS {
                    truncated = true;
                    break;
                }
                found.push(Found { article, span });
            }
            if truncated {
                break;
            }
        }
        self.search.query = query;
        self.search.found = found;
        self.search.truncated = truncated;
        self.refresh_pane_matches();
    }

    /// Recomputes the matches in the two panes (after a search or a pair change).
    pub fn refresh_pane_matches(&mut self) {
        let query = self.search.query.clone();
        self.search.matches = [Side::Left, Side::Right]
            .into_iter()
            .flat_map(|side| {
                let text = &self.corpus.articles[self.pane(side).article].text;
                find_all(text, &query)
                    .into_iter()
                    .map(move |span| Match { side, span })
            })
            .collect();
        self.search.current = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_case_insensitive_matches() {
        let text = "Seoul said. SEOUL agreed; seoulful Über über";
        let spans = find_all(text, "seoul");
        assert_eq!(spans.len(), 3);
        assert_eq!(spans[1].slice(text), "SEOUL");
        assert_eq!(find_all(text, "über").len(), 2);
        assert_eq!(find_all(text, "ÜBER")[0].slice(text), "Über");
        assert!(find_all(text, "").is_empty());
    }

    #[test]
    fn characters_that_grow_when_folded_map_back_whole() {
        let text = "İstanbul and istanbul";
        let spans = find_all(text, "stanbul");
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[0].slice(text), "stanbul");
        assert_eq!(find_all(text, "i̇stanbul")[0].slice(text), "İstanbul");
    }

    #[test]
    fn a_long_query_on_a_long_text_finds_nothing_without_hanging() {
        // The speed is measured by `cargo bench --bench ui`; the bound here only
        // guards against the quadratic search coming back (seconds, not minutes).
        let text = "a".repeat(1_000_000);
        let query = format!("{}b", "a".repeat(100_000));
        let start = std::time::Instant::now();
        assert!(find_all(&text, &query).is_empty());
        assert!(start.elapsed() < std::time::Duration::from_secs(10));
    }
}
