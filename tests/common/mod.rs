//! Helpers shared by the integration tests: the corpora they build from text, the
//! span-marker helper for expected spans, readers over them, claims found by
//! their anchor words (in `claims`), sessions over a small corpus (in
//! `sessions`), and (in `tmux`) a real terminal for end-to-end tests.
//!
//! Each test binary includes this module with `mod common;` and uses a part of it,
//! so unused-item warnings are silenced here rather than in every binary.
#![allow(dead_code)]

pub mod claims;
pub mod sessions;
pub mod tmux;

use parallax::analysis::analyze;
use parallax::app::App;
use parallax::model::load::load_seeds;
use parallax::model::{Article, ArticleMeta, Corpus, Span};
use ratatui::layout::Rect;

/// Three outlets on one sale: two say the city "agreed" to buy, one that it
/// "was considering" it; the price is $3.5 billion in one and $3.6 billion in
/// two; one quote in the first two.
pub const HARBOUR: [&str; 3] = [
    "Harbour deal signed\n\nThe city agreed to buy the harbour for $3.5 billion on Monday. The mayor said 120 workers would keep their jobs. \"We have secured the future of this port,\" said Mayor Ana Lopez. Shipping firms welcomed the news.",
    "City buys harbour\n\nThe city agreed to buy the harbour for $3.6 billion on Monday. The mayor said 120 workers would keep their jobs. \"We secured the future of the port,\" Lopez said. The sale still needs approval from the regional board.",
    "Harbour sold\n\nThe city was considering buying the harbour for $3.6 billion, officials said on Monday. Some 120 workers would keep their jobs, the mayor said. The council meets again in March.",
];

/// A corpus of `texts`, article `i` with id `a{i}` and outlet `Outlet {i}`; a
/// short first line is the headline.
pub fn corpus(texts: &[&str]) -> Corpus {
    corpus_dated(&texts.iter().map(|t| (*t, None)).collect::<Vec<_>>())
}

/// [`corpus`] with a publication date for each article that has one.
pub fn corpus_dated(texts: &[(&str, Option<&str>)]) -> Corpus {
    let mut corpus = Corpus::default();
    for (i, (text, date)) in texts.iter().enumerate() {
        let meta = ArticleMeta {
            id: format!("a{i}"),
            outlet: format!("Outlet {i}"),
            date: date.map(str::to_string),
            ..ArticleMeta::default()
        };
        corpus.push(Article::from_text(meta, text.to_string(), true));
    }
    corpus
}

/// Strips `open`/`close` markers from `marked`; returns the clean text and the
/// spans the markers enclosed, in order.
pub fn marked_with(marked: &str, open: char, close: char) -> (String, Vec<Span>) {
    let mut text = String::with_capacity(marked.len());
    let mut spans = Vec::new();
    let mut start = None;
    for c in marked.chars() {
        if c == open {
            assert!(start.is_none(), "nested marker in {marked:?}");
            start = Some(text.len());
        } else if c == close {
            let s = start.take().expect("closing marker without opening one");
            spans.push(Span::new(s, text.len()));
        } else {
            text.push(c);
        }
    }
    assert!(start.is_none(), "unclosed marker in {marked:?}");
    (text, spans)
}

/// [`marked_with`] using `[` and `]`.
pub fn marked(marked: &str) -> (String, Vec<Span>) {
    marked_with(marked, '[', ']')
}

/// A reader over the five seeds showing `pair` on a `width`×`height` terminal.
pub fn seeds_app(width: u16, height: u16, pair: (usize, usize)) -> App {
    let corpus = load_seeds();
    let analysis = analyze(&corpus);
    App::new(corpus, analysis, Some(pair), Rect::new(0, 0, width, height))
}

/// A reader over [`corpus`] of `texts`, showing the first two on a 120×30 terminal.
pub fn app_on(texts: &[&str]) -> App {
    let corpus = corpus(texts);
    let analysis = analyze(&corpus);
    App::new(corpus, analysis, Some((0, 1)), Rect::new(0, 0, 120, 30))
}

/// Events for the reader's loop, scripted by a test: the loop runs them in order
/// and ends when they run out.
pub struct Script(pub std::collections::VecDeque<parallax::app::Event>);

impl Script {
    /// A script of `events`.
    pub fn new(events: impl IntoIterator<Item = parallax::app::Event>) -> Self {
        Self(events.into_iter().collect())
    }
}

impl parallax::tui::EventSource for Script {
    fn next(&mut self) -> anyhow::Result<Option<parallax::app::Event>> {
        Ok(self.0.pop_front())
    }

    fn try_next(&mut self) -> anyhow::Result<Option<parallax::app::Event>> {
        Ok(None)
    }
}

/// Key events for the characters of `keys`.
pub fn keys(keys: &str) -> Vec<parallax::app::Event> {
    keys.chars()
        .map(|c| parallax::app::Event::Key(parallax::app::keymap::Key::char(c)))
        .collect()
}

/// The event of pressing a non-character key.
pub fn press(code: parallax::app::keymap::KeyCode) -> parallax::app::Event {
    parallax::app::Event::Key(parallax::app::keymap::Key::plain(code))
}

/// The symbols of a buffer, one line per row.
pub fn screen(buffer: &ratatui::buffer::Buffer) -> String {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
