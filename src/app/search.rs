//! Searching both panes for a phrase.

use crate::model::Span;

use super::pane::Side;

/// One match of the search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// The pane it is in.
    pub side: Side,
    /// Where it is in that pane's article.
    pub span: Span,
}

/// Search state: the phrase being typed, the last phrase searched, and its matches.
#[derive(Debug, Clone, Default)]
pub struct SearchState {
    /// The phrase being typed, while the search prompt is open.
    pub input: Option<String>,
    /// The phrase last searched.
    pub query: String,
    /// Its matches, left pane first, each in text order.
    pub matches: Vec<Match>,
    /// The match last jumped to.
    pub current: Option<usize>,
}

/// Every case-insensitive occurrence of `query` in `text`.
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    if query.is_empty() {
        return Vec::new();
    }
    let needle: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut j = 0;
        let mut k = i;
        while j < needle.len() && k < chars.len() {
            let mut lower = chars[k].1.to_lowercase();
            if lower.next() != Some(needle[j]) || lower.next().is_some() {
                break;
            }
            j += 1;
            k += 1;
        }
        if j == needle.len() {
            let end = chars.get(k).map_or(text.len(), |&(pos, _)| pos);
            found.push(Span::new(chars[i].0, end));
            i = k;
        } else {
            i += 1;
        }
    }
    found
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
        assert!(find_all(text, "").is_empty());
    }
}
