//! One article pane: which article, how it wraps, where it is scrolled, and the
//! sentence under the cursor.

use crate::analysis::ArticleAnalysis;
use crate::model::Article;

use super::wrap::WrappedText;

/// Lines kept visible above and below the cursor sentence when scrolling to it.
const SCROLL_OFF: usize = 2;

/// Which pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The left pane.
    Left,
    /// The right pane.
    Right,
}

impl Side {
    /// The other pane.
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }

    /// Index into per-pane arrays.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The state of one pane.
#[derive(Debug, Clone, Default)]
pub struct PaneState {
    /// Corpus index of the article shown.
    pub article: usize,
    /// The article wrapped to the pane's text width.
    pub wrapped: WrappedText,
    /// For each sentence, its first screen line.
    pub sentence_lines: Vec<usize>,
    /// For each sentence, its last screen line.
    pub sentence_ends: Vec<usize>,
    /// First screen line shown.
    pub top: usize,
    /// Index of the sentence under the cursor.
    pub cursor: usize,
    /// Number of text rows the pane shows.
    pub height: usize,
}

impl PaneState {
    /// A pane showing `article` at its start.
    pub fn new(article: usize) -> Self {
        Self {
            article,
            ..Self::default()
        }
    }

    /// Re-wraps the article for a new text size, keeping the cursor sentence at
    /// its row where it still fits, else scrolling just enough to show it.
    pub fn relayout(
        &mut self,
        article: &Article,
        analysis: &ArticleAnalysis,
        width: u16,
        height: u16,
    ) {
        let cursor_row = self.cursor_line().saturating_sub(self.top);
        self.wrapped = WrappedText::new(article, width);
        self.sentence_lines = analysis
            .sentences
            .iter()
            .map(|s| self.wrapped.line_of(s.span.start))
            .collect();
        self.sentence_ends = analysis
            .sentences
            .iter()
            .map(|s| {
                self.wrapped
                    .line_of(s.span.end.saturating_sub(1).max(s.span.start))
            })
            .collect();
        self.height = usize::from(height);
        self.cursor = self.cursor.min(self.sentence_lines.len().saturating_sub(1));
        self.top = self.cursor_line().saturating_sub(cursor_row);
        self.clamp_top();
        self.set_cursor(self.cursor);
    }

    /// Number of screen lines sentence `sentence` takes.
    pub fn sentence_height(&self, sentence: usize) -> usize {
        match (
            self.sentence_lines.get(sentence),
            self.sentence_ends.get(sentence),
        ) {
            (Some(first), Some(last)) => last.saturating_sub(*first) + 1,
            _ => 1,
        }
    }

    /// Number of screen lines of the wrapped article.
    pub fn line_count(&self) -> usize {
        self.wrapped.lines.len()
    }

    /// Number of sentences.
    pub fn sentence_count(&self) -> usize {
        self.sentence_lines.len()
    }

    /// First screen line of the cursor sentence.
    pub fn cursor_line(&self) -> usize {
        self.sentence_lines.get(self.cursor).copied().unwrap_or(0)
    }

    /// Largest useful `top`: the last line can sit at the bottom of the pane.
    pub fn max_top(&self) -> usize {
        self.wrapped.lines.len().saturating_sub(self.height.max(1))
    }

    /// Keeps `top` in range.
    pub fn clamp_top(&mut self) {
        self.top = self.top.min(self.max_top());
    }

    /// Moves the cursor to `sentence` and scrolls just enough to show it.
    pub fn set_cursor(&mut self, sentence: usize) {
        if self.sentence_lines.is_empty() {
            return;
        }
        self.cursor = sentence.min(self.sentence_lines.len() - 1);
        let line = self.cursor_line();
        let off = SCROLL_OFF.min(self.height.saturating_sub(1) / 2);
        if line < self.top + off {
            self.top = line.saturating_sub(off);
        } else if line + off >= self.top + self.height {
            self.top = (line + off + 1).saturating_sub(self.height);
        }
        self.clamp_top();
    }

    /// Scrolls by `delta` lines and moves the cursor onto a visible sentence.
    pub fn scroll_by(&mut self, delta: isize) {
        self.top = self.top.saturating_add_signed(delta);
        self.clamp_top();
        self.keep_cursor_visible();
    }

    /// Puts sentence `sentence` at screen row `row`. To line a match up with the
    /// other pane, this may scroll past the end, leaving blank rows below the text.
    pub fn place_sentence_at_row(&mut self, sentence: usize, row: usize) {
        if sentence >= self.sentence_lines.len() {
            return;
        }
        self.cursor = sentence;
        self.top = self.sentence_lines[sentence].saturating_sub(row);
    }

    /// Puts screen line `line` at screen row `row`, with the cursor on the
    /// sentence showing it: how a pane follows the other between matches.
    pub fn place_line_at_row(&mut self, line: usize, row: usize) {
        if self.sentence_lines.is_empty() {
            return;
        }
        self.top = line.saturating_sub(row);
        self.clamp_top();
        self.cursor = self.sentence_at_line(line).unwrap_or(0);
    }

    /// Screen row (0 = top of the pane) of the cursor sentence's first line.
    pub fn cursor_row(&self) -> usize {
        self.cursor_line().saturating_sub(self.top)
    }

    /// The sentence whose lines include screen line `line`.
    pub fn sentence_at_line(&self, line: usize) -> Option<usize> {
        let after = self.sentence_lines.partition_point(|&l| l <= line);
        after.checked_sub(1)
    }

    /// Moves the cursor onto the screen if scrolling left it outside.
    fn keep_cursor_visible(&mut self) {
        let line = self.cursor_line();
        let bottom = self.top + self.height.max(1);
        if line < self.top {
            let first = self.sentence_lines.partition_point(|&l| l < self.top);
            self.cursor = first.min(self.sentence_lines.len().saturating_sub(1));
        } else if line >= bottom {
            self.cursor = self
                .sentence_lines
                .partition_point(|&l| l < bottom)
                .saturating_sub(1);
        }
    }
}
