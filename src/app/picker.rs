//! The pair picker: choose which articles the two panes show, from every
//! article or from those matching a filter typed over outlet and title.

use crate::model::Corpus;

use super::editor::TextEditor;
use super::fuzzy::ArticleFilter;
use super::pane::Side;

/// State of the open picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerState {
    /// Highlighted row of the list shown.
    pub selected: usize,
    /// Which pane `Enter` fills.
    pub slot: Side,
    /// True when the picker was shown at start: after the left pane is chosen it
    /// goes on to the right one.
    pub choosing_both: bool,
    /// The filter over outlet and title.
    pub filter: TextEditor,
    /// True while the filter is being typed.
    pub typing: bool,
    /// The articles the filter keeps, best match first; `None` lists every
    /// article in corpus order.
    pub shown: Option<Vec<usize>>,
}

impl PickerState {
    /// A picker over every article with `article` highlighted, filling `slot`.
    pub fn new(article: usize, slot: Side, choosing_both: bool) -> Self {
        Self {
            selected: article,
            slot,
            choosing_both,
            filter: TextEditor::default(),
            typing: false,
            shown: None,
        }
    }

    /// Rows in the list, of a corpus of `articles`.
    pub fn len(&self, articles: usize) -> usize {
        self.shown.as_ref().map_or(articles, Vec::len)
    }

    /// The corpus index of the article on `row`, if there is such a row.
    pub fn article_at(&self, row: usize, articles: usize) -> Option<usize> {
        match &self.shown {
            Some(shown) => shown.get(row).copied(),
            None => (row < articles).then_some(row),
        }
    }

    /// The highlighted article, if the list is not empty.
    pub fn article(&self, articles: usize) -> Option<usize> {
        self.article_at(self.selected, articles)
    }

    /// Lists the articles matching the filter as it is now, the best first with
    /// the selection on it; an emptied filter lists every article again, with
    /// the article that was highlighted still highlighted.
    pub fn refilter(&mut self, corpus: &Corpus) {
        let articles = corpus.articles.len();
        if self.filter.text().trim().is_empty() {
            self.selected = self.article(articles).unwrap_or(0);
            self.shown = None;
            return;
        }
        self.shown = Some(ArticleFilter::new(self.filter.text()).rank(corpus));
        self.selected = 0;
    }

    /// Empties the filter and lists every article again.
    pub fn clear_filter(&mut self, corpus: &Corpus) {
        self.filter = TextEditor::default();
        self.typing = false;
        self.refilter(corpus);
    }
}
