//! The reader's whole state, and the operations on it that several actions share.

use std::path::PathBuf;

use ratatui::layout::Rect;

use crate::analysis::Analysis;
use crate::analysis::corrections::{Applied, Corrections};
use crate::analysis::facts::FactTable;
use crate::config::KeyTable;
use crate::model::{Corpus, Span};
use crate::session::{Position, Session};

use super::corrected::MachineGroups;
use super::correction_actions::PendingJoin;
use super::counterpart::Counterparts;
use super::editor::TextEditor;
use super::fact_view::FactView;
use super::geometry::Geometry;
use super::highlights::Highlights;
use super::keymap::Context;
use super::modal::Modal;
use super::pane::{PaneState, Side};
use super::panel::{PanelState, Tab};
use super::picker::PickerState;
use super::rows::ListRows;
use super::search::SearchState;

/// Where `E` writes the review report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportDir {
    /// Into this folder (the session's) without asking.
    Folder(PathBuf),
    /// Ask, offering this folder.
    Ask(PathBuf),
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
    /// The rows of every list, built once (the Claims rows when the pair or filter change).
    pub rows: ListRows,
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
    /// The popup or text field that has the keyboard, if any.
    pub modal: Modal,
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
    /// Why the last save failed; shown until a save succeeds, and quitting asks.
    pub save_error: Option<String>,
    /// Where the review report goes.
    pub report_dir: ReportDir,
    /// A mark the analyst asked to delete, waiting for the second key press.
    pub pending_delete: Option<u64>,
    /// The keys in force: the built-in table with the config's remaps.
    pub keys: KeyTable,
    /// Wrap article text at most this many columns wide; `None` fills the pane.
    pub wrap_width: Option<u16>,
    /// The groups as the machine made them, to apply corrections to afresh.
    pub machine: MachineGroups,
    /// The session's corrections, resolved against the analysis.
    pub corrections: Corrections,
    /// What the corrections changed, so every view can show the analyst's hand.
    pub applied: Applied,
    /// Ids of corrections that change nothing (their text or item is gone).
    pub idle_corrections: Vec<u64>,
    /// A group chosen with `=`, waiting for the one to join it with.
    pub pending_join: Option<PendingJoin>,
    /// The fact table, built once per (corrected) analysis.
    pub facts: FactTable,
    /// What the fact table tab shows.
    pub fact_view: FactView,
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
        let rows = ListRows::new(&corpus, &analysis);
        let machine = MachineGroups::of(&analysis);
        let facts = FactTable::build(&corpus, &analysis);
        let mut fact_view = FactView::default();
        fact_view.refresh(&facts);
        let session = Session::new(&corpus);
        let modal = if pair.is_none() && corpus.articles.len() > 2 {
            Modal::Picker(PickerState::new(0, Side::Left, true))
        } else {
            Modal::None
        };
        let mut app = Self {
            corpus,
            analysis,
            highlights,
            rows,
            panes: [
                PaneState::new(left.min(last)),
                PaneState::new(right.min(last)),
            ],
            focus: Side::Left,
            sync: true,
            counterparts: Counterparts::default(),
            panel: PanelState::default(),
            modal,
            search: SearchState::default(),
            message: None,
            area,
            session,
            read_only: None,
            save_error: None,
            report_dir: ReportDir::Ask(PathBuf::from(".")),
            pending_delete: None,
            keys: KeyTable::default(),
            wrap_width: None,
            machine,
            corrections: Corrections::default(),
            applied: Applied::default(),
            idle_corrections: Vec::new(),
            pending_join: None,
            facts,
            fact_view,
        };
        app.panel.visible = area.width >= super::geometry::WIDE_ENOUGH_FOR_PANEL;
        app.pair_changed();
        app.say_if_same_article();
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
            self.modal = Modal::None;
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
        if !self.session.corrections.is_empty() {
            self.apply_corrections();
        }
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

    /// Where the keyboard is now: the one answer to "which keys are live".
    pub fn context(&self) -> Context {
        match &self.modal {
            Modal::None
                if self.panel.visible && self.panel.focused && self.panel.tab == Tab::Facts =>
            {
                Context::Facts
            }
            Modal::None if self.panel.visible && self.panel.focused => Context::Panel,
            Modal::None => Context::Reader,
            Modal::Help(help) if help.typing => Context::HelpFilter,
            Modal::Help(_) => Context::Help,
            Modal::Picker(picker) if picker.typing => Context::PickerFilter,
            Modal::Picker(_) => Context::Picker,
            Modal::Results(_) => Context::Results,
            Modal::Prompt(_) => Context::Prompt,
            Modal::Editor(_) => Context::Editor,
            Modal::Notice(_) => Context::Notice,
            Modal::ConfirmQuit(_) => Context::Confirm,
        }
    }

    /// The text field that has the keyboard, if any: a prompt, the note editor,
    /// or the help or picker filter being typed.
    pub fn text_field(&mut self) -> Option<&mut TextEditor> {
        match &mut self.modal {
            Modal::Prompt(prompt) => Some(&mut prompt.input),
            Modal::Editor(open) => Some(&mut open.editor),
            Modal::Help(help) if help.typing => Some(&mut help.filter),
            Modal::Picker(picker) if picker.typing => Some(&mut picker.filter),
            _ => None,
        }
    }

    /// The screen layout for the current size and panel state: the fact table,
    /// while it has the keyboard, takes most of the width.
    pub fn geometry(&self) -> Geometry {
        if self.panel.visible && self.panel.focused && self.panel.tab == Tab::Facts {
            Geometry::wide_panel(self.area)
        } else {
            Geometry::new(self.area, self.panel.visible)
        }
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

    /// After both panes got new articles: both start at the top.
    pub fn pair_changed(&mut self) {
        for pane in &mut self.panes {
            pane.cursor = 0;
            pane.top = 0;
        }
        self.realign();
    }

    /// Recomputes what depends on the pair (alignment, layouts, the Claims rows,
    /// the matches in the panes), keeping each pane's position.
    pub fn realign(&mut self) {
        let (left, right) = self.pair();
        let alignment =
            crate::analysis::corrections::align(&self.analysis, &self.corrections, left, right);
        self.counterparts = Counterparts::new(
            &alignment,
            self.analysis.articles[left].sentences.len(),
            self.analysis.articles[right].sentences.len(),
        );
        self.rows
            .refilter(&self.analysis, self.panel.filter, (left, right));
        self.relayout();
        self.refresh_pane_matches();
    }

    /// Re-wraps both panes for the current terminal size (no wider than the
    /// wrap width, when one is set), keeping each cursor sentence on screen.
    pub fn relayout(&mut self) {
        let geometry = self.geometry();
        let most = self.wrap_width.unwrap_or(u16::MAX);
        for side in [Side::Left, Side::Right] {
            let text = Geometry::text_area(geometry.panes[side.index()]);
            let pane = &mut self.panes[side.index()];
            let article = &self.corpus.articles[pane.article];
            let analysis = &self.analysis.articles[pane.article];
            pane.relayout(article, analysis, text.width.min(most), text.height);
        }
    }

    /// Moves the cursor of pane `side` to the sentence containing byte `offset`,
    /// focuses that pane and lets the other follow, with both matching sentences
    /// wholly on screen.
    pub fn jump_to(&mut self, side: Side, offset: usize) {
        let sentences = &self.analysis.articles[self.pane(side).article].sentences;
        let index = sentences
            .partition_point(|s| s.span.end <= offset)
            .min(sentences.len().saturating_sub(1));
        self.focus = side;
        self.pane_mut(side).set_cursor(index);
        self.follow();
        self.reveal_pair();
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

    /// Shows corpus article `article` in pane `side` from its start; the other
    /// pane keeps its place and this one follows it where sync allows.
    pub fn show_article(&mut self, side: Side, article: usize) {
        if self.pane(side).article == article {
            return;
        }
        let pane = self.pane_mut(side);
        pane.article = article;
        pane.cursor = 0;
        pane.top = 0;
        self.realign();
        self.follow_from(side.other());
        self.say_if_same_article();
    }

    /// Says so when both panes show the same article, which otherwise looks like
    /// two outlets agreeing word for word.
    fn say_if_same_article(&mut self) {
        let (left, right) = self.pair();
        if left == right {
            let outlet = &self.corpus.articles[left].meta.outlet;
            self.message = Some(if self.corpus.articles.len() == 1 {
                format!(
                    "only one article is loaded: both panes show {outlet} (give two files to compare)"
                )
            } else {
                format!("both panes show {outlet}: o picks another article")
            });
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
}
