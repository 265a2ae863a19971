//! The reader's whole state, and the operations on it that several actions share.

use ratatui::layout::Rect;

use crate::analysis::Analysis;
use crate::model::{Corpus, Span};
use crate::session::{Position, Session};

use super::counterpart::Counterparts;
use super::geometry::Geometry;
use super::highlights::Highlights;
use super::keymap::Context;
use super::marks::MarkEditor;
use super::pane::{PaneState, Side};
use super::panel::PanelState;
use super::picker::PickerState;
use super::search::SearchState;

/// A popup over the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing: the panes and panel have the keyboard.
    None,
    /// The key help.
    Help,
    /// The pair picker.
    Picker(PickerState),
}

/// Everything the reader knows.
#[derive(Debug)]
pub struct App {
    /// The loaded articles.
    pub corpus: Corpus,
    /// Their analysis.
    pub analysis: Analysis,
    /// What to colour in each article.
    pub highlights: Highlights,
    /// Left and right panes.
    pub panes: [PaneState; 2],
    /// The pane with the keyboard.
    pub focus: Side,
    /// Whether moving in one pane moves the other to the matching passage.
    pub sync: bool,
    /// Sentence matches of the pair on screen.
    pub counterparts: Counterparts,
    /// The side panel.
    pub panel: PanelState,
    /// The popup shown, if any.
    pub overlay: Overlay,
    /// The search.
    pub search: SearchState,
    /// A one-off message for the status line.
    pub message: Option<String>,
    /// The terminal area.
    pub area: Rect,
    /// The analyst's review session: notes, flags, verdicts, positions.
    pub session: Session,
    /// Why the session cannot be saved, when it was opened read-only.
    pub read_only: Option<String>,
    /// The open note, tag or verdict editor.
    pub editor: Option<MarkEditor>,
    /// A mark the analyst asked to delete, waiting for the second key press.
    pub pending_delete: Option<u64>,
}

impl App {
    /// A reader over `corpus`, showing `pair` (corpus indices). Without a pair it
    /// shows the first two articles, and with more than two articles it opens the
    /// picker first.
    pub fn new(
        corpus: Corpus,
        analysis: Analysis,
        pair: Option<(usize, usize)>,
        area: Rect,
    ) -> Self {
        let last = corpus.articles.len().saturating_sub(1);
        let (left, right) = pair.unwrap_or((0, 1.min(last)));
        let highlights = Highlights::new(&corpus, &analysis);
        let session = Session::new(&corpus);
        let overlay = if pair.is_none() && corpus.articles.len() > 2 {
            Overlay::Picker(PickerState {
                selected: 0,
                slot: Side::Left,
                choosing_both: true,
            })
        } else {
            Overlay::None
        };
        let mut app = Self {
            corpus,
            analysis,
            highlights,
            panes: [
                PaneState::new(left.min(last)),
                PaneState::new(right.min(last)),
            ],
            focus: Side::Left,
            sync: true,
            counterparts: Counterparts::default(),
            panel: PanelState::default(),
            overlay,
            search: SearchState::default(),
            message: None,
            area,
            session,
            read_only: None,
            editor: None,
            pending_delete: None,
        };
        app.panel.visible = area.width >= super::geometry::WIDE_ENOUGH_FOR_PANEL;
        app.pair_changed();
        app
    }

    /// Takes over a loaded review session: its marks, and, when the corpus still
    /// holds them, its pair of articles and reading positions. `read_only` says why
    /// the session cannot be saved, if it cannot.
    pub fn attach_session(&mut self, session: Session, read_only: Option<String>) {
        let index = |id: &str| self.corpus.index_of(id);
        if let Some((left, right)) = session
            .pair
            .as_ref()
            .and_then(|(l, r)| Some((index(l)?, index(r)?)))
        {
            self.panes[0].article = left;
            self.panes[1].article = right;
            self.overlay = Overlay::None;
            self.pair_changed();
        }
        for position in &session.positions {
            for side in [Side::Left, Side::Right] {
                if self.corpus.articles[self.pane(side).article].meta.id == position.article_id {
                    self.restore_position(side, position);
                }
            }
        }
        self.session = session;
        self.read_only = read_only;
    }

    /// Puts pane `side` back at a saved position.
    fn restore_position(&mut self, side: Side, position: &Position) {
        let pane = self.pane(side);
        let sentences = &self.analysis.articles[pane.article].sentences;
        let cursor = sentences.partition_point(|s| s.span.end <= position.cursor_offset);
        let top = pane.wrapped.line_of(position.top_offset);
        let pane = self.pane_mut(side);
        pane.cursor = cursor.min(pane.sentence_count().saturating_sub(1));
        pane.top = top;
        pane.clamp_top();
    }

    /// Records the pair and reading positions in the session, for the next start.
    pub fn record_positions(&mut self) {
        let (left, right) = self.pair();
        let id = |i: usize| self.corpus.articles[i].meta.id.clone();
        self.session.pair = Some((id(left), id(right)));
        for side in [Side::Left, Side::Right] {
            let pane = self.pane(side);
            let article_id = id(pane.article);
            let cursor_offset = self.cursor_span(side).map_or(0, |s| s.start);
            let top_offset = pane.wrapped.lines.get(pane.top).map_or(0, |l| l.span.start);
            self.session
                .positions
                .retain(|p| p.article_id != article_id);
            self.session.positions.push(Position {
                article_id,
                cursor_offset,
                top_offset,
            });
        }
    }

    /// Where the keyboard is now.
    pub fn context(&self) -> Context {
        if self.editor.is_some() {
            return Context::Editor;
        }
        match self.overlay {
            Overlay::Help => Context::Help,
            Overlay::Picker(_) => Context::Picker,
            Overlay::None if self.panel.visible && self.panel.focused => Context::Panel,
            Overlay::None => Context::Reader,
        }
    }

    /// The screen layout for the current size and panel state.
    pub fn geometry(&self) -> Geometry {
        Geometry::new(self.area, self.panel.visible)
    }

    /// The pane on `side`.
    pub fn pane(&self, side: Side) -> &PaneState {
        &self.panes[side.index()]
    }

    /// The pane on `side`, mutably.
    pub fn pane_mut(&mut self, side: Side) -> &mut PaneState {
        &mut self.panes[side.index()]
    }

    /// Corpus indices of the (left, right) articles.
    pub fn pair(&self) -> (usize, usize) {
        (self.panes[0].article, self.panes[1].article)
    }

    /// Recomputes the alignment and layouts after the pair changed.
    pub fn pair_changed(&mut self) {
        let (left, right) = self.pair();
        let alignment = self.analysis.index.align(left, right);
        self.counterparts = Counterparts::new(
            &alignment,
            self.analysis.articles[left].sentences.len(),
            self.analysis.articles[right].sentences.len(),
        );
        for pane in &mut self.panes {
            pane.cursor = 0;
            pane.top = 0;
        }
        self.relayout();
        self.rerun_search();
    }

    /// Re-wraps both panes for the current terminal size.
    pub fn relayout(&mut self) {
        let geometry = self.geometry();
        for side in [Side::Left, Side::Right] {
            let text = Geometry::text_area(geometry.panes[side.index()]);
            let pane = &mut self.panes[side.index()];
            let article = &self.corpus.articles[pane.article];
            let analysis = &self.analysis.articles[pane.article];
            pane.relayout(article, analysis, text.width, text.height);
        }
    }

    /// After the focused pane moved: bring the other pane's matching sentence to
    /// the same screen row. Where the cursor sentence matches nothing, the other
    /// pane holds still.
    pub fn follow(&mut self) {
        if !self.sync {
            return;
        }
        let focus = self.pane(self.focus);
        let row = focus.cursor_row();
        if let Some(target) = self.counterparts.of(self.focus, focus.cursor) {
            self.pane_mut(self.focus.other())
                .place_sentence_at_row(target, row);
        }
    }

    /// Moves the cursor of pane `side` to the sentence containing byte `offset`,
    /// focuses that pane and lets the other follow.
    pub fn jump_to(&mut self, side: Side, offset: usize) {
        let sentences = &self.analysis.articles[self.pane(side).article].sentences;
        let index = sentences
            .partition_point(|s| s.span.end <= offset)
            .min(sentences.len().saturating_sub(1));
        self.focus = side;
        self.pane_mut(side).set_cursor(index);
        self.follow();
    }

    /// The side whose pane shows corpus article `article`, if any (left first).
    pub fn side_showing(&self, article: usize) -> Option<Side> {
        [Side::Left, Side::Right]
            .into_iter()
            .find(|side| self.pane(*side).article == article && self.pane_visible(*side))
    }

    /// False for the right pane while the side panel takes its place on a narrow screen.
    pub fn pane_visible(&self, side: Side) -> bool {
        self.geometry().panes[side.index()].width > 0
    }

    /// Shows corpus article `article` in pane `side`.
    pub fn show_article(&mut self, side: Side, article: usize) {
        if self.pane(side).article != article {
            self.pane_mut(side).article = article;
            self.pair_changed();
        }
    }

    /// The span of the cursor sentence of pane `side`.
    pub fn cursor_span(&self, side: Side) -> Option<Span> {
        let pane = self.pane(side);
        self.analysis.articles[pane.article]
            .sentences
            .get(pane.cursor)
            .map(|s| s.span)
    }

    /// Searches both panes again for the current query.
    pub fn rerun_search(&mut self) {
        let query = self.search.query.clone();
        self.search.matches = [Side::Left, Side::Right]
            .into_iter()
            .flat_map(|side| {
                let text = &self.corpus.articles[self.pane(side).article].text;
                super::search::find_all(text, &query)
                    .into_iter()
                    .map(move |span| super::search::Match { side, span })
            })
            .collect();
        self.search.current = None;
    }
}
