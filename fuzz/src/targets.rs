//! What each fuzz target does with its input. Every target asserts invariants
//! (see `checks`), not only that nothing panics.

use std::path::Path;
use std::sync::OnceLock;

use parallax::analysis::{Analysis, analyze, segment::split_sentences};
use parallax::app::keymap::{Key, KeyCode};
use parallax::app::{App, Event, handle};
use parallax::model::load::{Manifest, load_bytes, load_seeds};
use parallax::model::sanitize::sanitize;
use parallax::model::{Article, ArticleMeta, Corpus, Span};
use parallax::session::Session;
use parallax::session::export::{Format, export};
use parallax::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use crate::checks;

/// What a fuzz target runs on one input.
pub type Target = fn(&[u8]);

/// Every target by name, as `fuzz/regressions/<name>/` replays them.
pub const TARGETS: &[(&str, Target)] = &[
    ("load_text", load_text),
    ("load_json", load_json),
    ("load_jsonl", load_jsonl),
    ("load_manifest", load_manifest),
    ("segment", segment),
    ("analyze", analyze_corpus),
    ("session", session),
    ("ui", ui),
];

/// Loads `data` as the file `name`; a load error is fine, a bad article is not.
fn load_as(name: &str, data: &[u8], manifest: Option<&Manifest>) {
    if let Ok(corpus) = load_bytes(Path::new(name), data, manifest) {
        assert!(!corpus.articles.is_empty());
        corpus.articles.iter().for_each(checks::article);
        corpus
            .warnings
            .iter()
            .for_each(|w| checks::one_line(&parallax::model::sanitize::display(w), "warning"));
    }
}

/// A plain-text article file.
pub fn load_text(data: &[u8]) {
    load_as("a.txt", data, None);
}

/// A crawler JSON file (object or array).
pub fn load_json(data: &[u8]) {
    load_as("a.json", data, None);
}

/// A crawler JSON Lines file.
pub fn load_jsonl(data: &[u8]) {
    load_as("a.jsonl", data, None);
}

/// A manifest (before the first NUL byte) applied to a text file (after it).
pub fn load_manifest(data: &[u8]) {
    let split = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let text = String::from_utf8_lossy(&data[..split]);
    let Ok(manifest) = Manifest::parse(Path::new("manifest.toml"), &text) else {
        return;
    };
    let article = data.get(split + 1..).unwrap_or_default();
    load_as("a.txt", article, Some(&manifest));
    load_as("a.json", article, Some(&manifest));
}

/// The segmenter on raw (uncleaned) text: sentences in order, inside the text,
/// on character boundaries, trimmed and non-empty.
pub fn segment(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let sentences = split_sentences(&text, Span::new(0, text.len()));
    checks::ordered_spans(&text, sentences.iter().copied(), "sentence");
    for s in &sentences {
        let slice = s.slice(&text);
        assert!(
            !slice.is_empty() && slice.trim() == slice,
            "untrimmed {s:?}"
        );
    }
}

/// Up to four articles (split at NUL bytes) through the whole analysis.
pub fn analyze_corpus(data: &[u8]) {
    let mut corpus = Corpus::default();
    for (i, part) in data.split(|&b| b == 0).take(4).enumerate() {
        let (text, _) = sanitize(&String::from_utf8_lossy(part));
        if text.trim().is_empty() {
            continue;
        }
        let meta = ArticleMeta {
            id: format!("a{i}"),
            outlet: format!("Outlet {i}"),
            ..ArticleMeta::default()
        };
        corpus.push(Article::from_text(meta, text, i % 2 == 0));
    }
    if corpus.articles.is_empty() {
        return;
    }
    let found = analyze(&corpus);
    checks::analysis(&corpus, &found);
}

/// A small fixed corpus with short ids the fuzzer can guess, and its analysis.
fn small_corpus() -> &'static (Corpus, Analysis) {
    static CORPUS: OnceLock<(Corpus, Analysis)> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut corpus = Corpus::default();
        for (id, text) in [
            ("a", "Port strike ends\n\nThe union said \"we won a fair deal\" after talks. It cost 300 jobs."),
            ("b", "Strike over\n\nUnion leaders said \"we won a fair deal\" on Friday. It cost 400 jobs."),
        ] {
            let meta = ArticleMeta {
                id: id.into(),
                path: format!("{id}.txt"),
                outlet: id.to_uppercase(),
                ..ArticleMeta::default()
            };
            corpus.push(Article::from_text(meta, text.into(), true));
        }
        let analysis = analyze(&corpus);
        (corpus, analysis)
    })
}

/// A session file read, re-anchored to a corpus and exported in every format:
/// ids unique, placed anchors valid and matching their text, reports inert.
pub fn session(data: &[u8]) {
    let Ok(mut session) = Session::from_json(data) else {
        return;
    };
    let (corpus, analysis) = small_corpus();
    session.reattach_all(corpus);
    let mut ids: Vec<u64> = session.marks.iter().map(|m| m.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), session.marks.len(), "duplicate mark ids");
    assert!(
        ids.iter().all(|&id| id < session.next_id),
        "next id is taken"
    );
    for mark in session.marks.iter().filter(|m| !m.orphaned) {
        for anchor in mark.target.anchors() {
            let article = corpus
                .articles
                .iter()
                .find(|a| a.meta.id == anchor.article_id)
                .expect("a placed anchor names an article");
            checks::span(&article.text, anchor.span(), "anchor");
            assert_eq!(anchor.span().slice(&article.text), anchor.quoted);
        }
    }
    for format in [Format::Markdown, Format::Html] {
        checks::inert(&export(format, &session, corpus, analysis), "report");
    }
    let json = export(Format::Json, &session, corpus, analysis);
    checks::inert(&json, "JSON report");
    serde_json::from_str::<serde_json::Value>(&json).expect("the JSON report parses");
}

/// The seeds and their analysis, built once.
fn seeds() -> &'static (Corpus, Analysis) {
    static SEEDS: OnceLock<(Corpus, Analysis)> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let corpus = load_seeds();
        let analysis = analyze(&corpus);
        (corpus, analysis)
    })
}

/// The keys the reader knows, for turning bytes into key presses.
const KEYS: &[KeyCode] = &[
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::Backspace,
    KeyCode::Delete,
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Home,
    KeyCode::End,
];

/// The characters the key table binds, plus a few it does not.
const CHARS: &str = "jkgGsx][/nNo1234\\a!tvdEf?hlq eé\u{1b}";

/// Turns the next bytes of `bytes` into one event.
fn next_event<'a>(bytes: &mut impl Iterator<Item = &'a u8>) -> Option<Event> {
    let &b = bytes.next()?;
    let mut arg = || u16::from(*bytes.next().unwrap_or(&0));
    Some(match b {
        0..=0x7f => {
            let c = CHARS
                .chars()
                .nth(usize::from(b) % CHARS.chars().count())
                .unwrap_or('j');
            Event::Key(Key {
                code: KeyCode::Char(c),
                ctrl: b >= 0x60,
            })
        }
        0x80..=0xcf => Event::Key(Key {
            code: KEYS[usize::from(b - 0x80) % KEYS.len()],
            ctrl: false,
        }),
        0xd0..=0xdf => {
            let len = usize::from(arg() % 32);
            let text: Vec<u8> = bytes.by_ref().take(len).copied().collect();
            Event::Paste(String::from_utf8_lossy(&text).into_owned())
        }
        0xe0..=0xef => Event::Wheel {
            column: arg(),
            row: arg(),
            down: b % 2 == 0,
        },
        0xf0..=0xf7 => Event::Click {
            column: arg(),
            row: arg(),
        },
        _ => Event::Resize {
            width: arg() % 240 + 1,
            height: arg() % 80 + 1,
        },
    })
}

/// Random key, paste, mouse and resize events through the reader, drawing after
/// each into a test terminal: cursors stay inside their text and on character
/// boundaries, and no cell holds anything a terminal could act on.
pub fn ui(data: &[u8]) {
    let (corpus, analysis) = seeds();
    let mut area = Rect::new(0, 0, 100, 30);
    let mut app = App::new(corpus.clone(), analysis.clone(), Some((0, 1)), area);
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).expect("terminal");
    let theme = Theme::colour();
    let mut bytes = data.iter().take(256);
    while let Some(event) = next_event(&mut bytes) {
        if let Event::Resize { width, height } = event {
            area = Rect::new(0, 0, width, height);
            terminal.backend_mut().resize(width, height);
        }
        handle(&mut app, event);
        terminal.draw(|f| ui::draw(f, &app, &theme)).expect("draw");
        for cell in terminal.backend().buffer().content() {
            checks::inert(cell.symbol(), "screen cell");
        }
        for side in [parallax::app::Side::Left, parallax::app::Side::Right] {
            let pane = app.pane(side);
            let text = &app.corpus.articles[pane.article].text;
            if let Some(span) = app.cursor_span(side) {
                checks::span(text, span, "cursor sentence");
            }
        }
    }
    assert!(area.width > 0 && area.height > 0);
}
