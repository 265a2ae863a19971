//! The loading screen and the wait for the worker, over a TestBackend: what is
//! drawn while loading, the worker's result or error, and quitting before it
//! is done.

use std::sync::mpsc::{Receiver, channel};

use parallax::analysis::analyze;
use parallax::app::Event;
use parallax::app::keymap::Key;
use parallax::app::loading::{LoadProgress, LoadStep};
use parallax::config::{Config, KeyTable};
use parallax::model::load::load_seeds;
use parallax::progress::Progress;
use parallax::session::{OpenSession, Session};
use parallax::tui::{EventSource, Loaded, Waited, spawn_loader, wait_for_load};
use parallax::ui::{Theme, draw_loading};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod common;
use common::screen;

/// Events from a channel, as the real terminal's arrive.
struct Channel(Receiver<Event>);

impl EventSource for Channel {
    fn next(&mut self) -> anyhow::Result<Option<Event>> {
        Ok(self.0.recv().ok())
    }

    fn try_next(&mut self) -> anyhow::Result<Option<Event>> {
        Ok(self.0.try_recv().ok())
    }
}

fn seeds_loaded() -> Loaded {
    let corpus = load_seeds();
    let analysis = analyze(&corpus);
    let session = Session::new(&corpus);
    Loaded {
        corpus,
        analysis,
        pair: Some((0, 1)),
        open: OpenSession {
            store: None,
            session,
            notices: Vec::new(),
        },
    }
}

#[test]
fn the_screen_says_how_far_analysis_has_got_and_how_to_quit() {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let progress = LoadProgress {
        step: LoadStep::Analysing,
        done: 3200,
        total: 5000,
    };
    let (config, _) = Config::parse("[keys]\nquit = [\"Q\"]\n", "c.toml");
    terminal
        .draw(|frame| draw_loading(frame, &progress, &config.key_table(), &Theme::colour()))
        .unwrap();
    let text = screen(terminal.backend().buffer());
    assert!(text.contains("analysing 3,200 / 5,000 articles"), "{text}");
    assert!(text.contains("64%"), "{text}");
    assert!(text.contains("Q quit"), "the quit key in force: {text}");
}

#[test]
fn the_worker_result_arrives_after_its_progress() {
    let (sender, events) = channel();
    let worker = spawn_loader(sender, |report| {
        report.step(LoadStep::Analysing);
        for done in 0..=5000 {
            report.report(done, 5000);
        }
        Ok(seeds_loaded())
    });
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let waited = wait_for_load(
        &mut terminal,
        &Theme::colour(),
        &KeyTable::default(),
        &mut Channel(events),
        worker,
    )
    .unwrap();
    let Waited::Ready(loaded) = waited else {
        panic!("not loaded");
    };
    assert_eq!(loaded.corpus.articles.len(), 5);
    assert!(screen(terminal.backend().buffer()).contains("Parallax"));
}

#[test]
fn a_failed_load_is_the_error() {
    let (sender, events) = channel();
    let worker = spawn_loader(sender, |_| Err(anyhow::anyhow!("a.txt: empty file")));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let err = wait_for_load(
        &mut terminal,
        &Theme::colour(),
        &KeyTable::default(),
        &mut Channel(events),
        worker,
    )
    .err()
    .expect("the error");
    assert_eq!(err.to_string(), "a.txt: empty file");
}

#[test]
fn q_quits_before_the_articles_are_ready() {
    let (sender, events) = channel();
    let (release, wait) = channel::<()>();
    let keys = sender.clone();
    let worker = spawn_loader(sender, move |report| {
        report.step(LoadStep::Loading);
        let _ = wait.recv();
        Ok(seeds_loaded())
    });
    keys.send(Event::Key(Key::char('j'))).unwrap();
    keys.send(Event::Key(Key::char('q'))).unwrap();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let waited = wait_for_load(
        &mut terminal,
        &Theme::colour(),
        &KeyTable::default(),
        &mut Channel(events),
        worker,
    )
    .unwrap();
    assert!(matches!(waited, Waited::Quit));
    drop(release);
}
