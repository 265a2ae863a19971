//! Reader hot paths: drawing one 200×60 frame of the main view on the seeds, on
//! 20 outlets (with the coverage matrix and with the fact table scrolled
//! sideways), and on 10,000 articles (with the coverage matrix and with the
//! picker), and start-up (load the seeds, analyse,
//! build the app, draw the first frame). Each group clears the same frame as a
//! baseline in the same run, so the figures read as ratios.

#[path = "support/corpus_gen.rs"]
mod corpus_gen;

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, criterion_group, criterion_main};
use parallax::analysis::analyze;
use parallax::app::keymap::Key;
use parallax::app::{App, Event, handle};
use parallax::model::Corpus;
use parallax::model::load::load_seeds;
use parallax::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

/// A 200×60 reader over `corpus` showing `pair`, after pressing `keys`.
fn reader(corpus: Corpus, pair: (usize, usize), keys: &str) -> App {
    let analysis = analyze(&corpus);
    let mut app = App::new(corpus, analysis, Some(pair), Rect::new(0, 0, 200, 60));
    for c in keys.chars() {
        handle(&mut app, Event::Key(Key::char(c)));
    }
    app
}

/// Times drawing `app` as `name`, and clearing the same frame as the baseline.
fn draw(group: &mut BenchmarkGroup<'_, WallTime>, name: &str, app: &App) {
    let theme = Theme::colour();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    group.bench_function(name, |b| {
        b.iter(|| {
            terminal
                .draw(|f| ui::draw(f, black_box(app), &theme))
                .unwrap();
        })
    });
}

/// The baseline: clearing a 200×60 frame.
fn clear(group: &mut BenchmarkGroup<'_, WallTime>) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    group.bench_function("baseline_clear_200x60", |b| {
        b.iter(|| {
            terminal
                .draw(|f| f.render_widget(ratatui::widgets::Clear, f.area()))
                .unwrap();
        })
    });
}

fn seeds(c: &mut Criterion) {
    let mut group = c.benchmark_group("ui");
    draw(
        &mut group,
        "draw_main_view_200x60",
        &reader(load_seeds(), (2, 4), ""),
    );
    clear(&mut group);
    let theme = Theme::colour();
    group.bench_function("startup_to_first_frame", |b| {
        b.iter(|| {
            let app = reader(load_seeds(), (0, 1), "");
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
            terminal.draw(|f| ui::draw(f, &app, &theme)).unwrap();
            black_box(terminal.backend().buffer().area)
        })
    });
    group.finish();
}

fn twenty_outlets(c: &mut Criterion) {
    let corpus = corpus_gen::corpus(20, 4_000, 7);
    let mut group = c.benchmark_group("ui_20_outlets");
    draw(
        &mut group,
        "draw_main_view",
        &reader(corpus.clone(), (0, 1), ""),
    );
    draw(
        &mut group,
        "draw_coverage",
        &reader(corpus.clone(), (0, 1), "3"),
    );
    draw(
        &mut group,
        "draw_fact_table",
        &reader(corpus, (0, 1), "5jjjllllll"),
    );
    clear(&mut group);
    group.finish();
}

fn ten_thousand_articles(c: &mut Criterion) {
    let corpus = corpus_gen::corpus(10_000, 2_000, 11);
    let mut group = c.benchmark_group("ui_10000_articles");
    group.sample_size(30);
    draw(
        &mut group,
        "draw_coverage",
        &reader(corpus.clone(), (0, 1), "3jjjjj"),
    );
    draw(&mut group, "draw_picker", &reader(corpus, (0, 1), "ojjjjj"));
    clear(&mut group);
    group.finish();
}

/// The picker's filter over 5,000 articles (one keystroke ranks them all), and
/// a long pasted search query over a long text, each beside a plain scan of the
/// same text as the baseline.
fn filter_and_search(c: &mut Criterion) {
    let corpus = corpus_gen::corpus(5_000, 1_000, 13);
    let mut group = c.benchmark_group("filter_and_search");
    group.sample_size(30);
    group.bench_function("picker_filter_5000_articles", |b| {
        b.iter(|| {
            parallax::app::fuzzy::ArticleFilter::new(black_box("outlet 17 nato"))
                .rank(black_box(&corpus))
                .len()
        })
    });
    group.bench_function("baseline_scan_5000_titles", |b| {
        b.iter(|| {
            corpus
                .articles
                .iter()
                .filter(|a| black_box(&a.meta.title).contains("nato"))
                .count()
        })
    });
    let text = "a".repeat(1_000_000);
    let query = format!("{}b", "a".repeat(100_000));
    group.bench_function("search_100k_query_in_1mb", |b| {
        b.iter(|| parallax::app::search::find_all(black_box(&text), black_box(&query)).len())
    });
    group.bench_function("baseline_count_bytes_1mb", |b| {
        b.iter(|| black_box(&text).bytes().filter(|&c| c == b'b').count())
    });
    group.finish();
}

criterion_group!(
    benches,
    seeds,
    twenty_outlets,
    ten_thousand_articles,
    filter_and_search
);
criterion_main!(benches);
