//! The whole analysis of one long article, in the three shapes that once cost
//! more than linear time in its length (see `support/long_articles.rs`):
//! quoted political copy, a run of words with no sentence end, and a new
//! person introduced in every sentence. Each is analysed at two sizes; the
//! larger is four times the smaller, so linear cost takes about four times as
//! long, and each size is timed beside a baseline of the same text in the same
//! run (sentence segmentation, which is linear), so results read as ratios.
//! `report_*` is the same analysis as the headless reports run it, without
//! the sentence-alignment index.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::analysis::analyze;
use parallax::analysis::progress::{Scope, analyze_with_progress};
use parallax::analysis::sentences::article_sentences;
use parallax::model::{Article, Corpus};

#[path = "support/long_articles.rs"]
mod long_articles;
#[path = "support/rng.rs"]
mod rng;

/// Sizes of the generated articles, in bytes.
const SIZES: [usize; 2] = [128 * 1024, 512 * 1024];

/// Makes an article of about the given size in bytes.
type Generator = fn(usize) -> Article;

/// The article shapes, by name.
const SHAPES: [(&str, Generator); 3] = [
    ("quoted", long_articles::quoted),
    ("unpunctuated", long_articles::unpunctuated),
    ("new_people", long_articles::new_people),
];

fn long_article(c: &mut Criterion) {
    let mut group = c.benchmark_group("long_article");
    group.sample_size(10);
    for (shape, make) in SHAPES {
        for size in SIZES {
            let mut corpus = Corpus::default();
            corpus.push(make(size));
            let kib = size / 1024;
            group.bench_function(format!("analyze_{shape}_{kib}kib"), |b| {
                b.iter(|| black_box(analyze(black_box(&corpus))))
            });
            // What the reports (`parallax analyze`, `quotes`, `claims`) run:
            // the same, without the sentence-alignment index.
            group.bench_function(format!("report_{shape}_{kib}kib"), |b| {
                b.iter(|| {
                    black_box(analyze_with_progress(
                        black_box(&corpus),
                        &|_, _| {},
                        Scope::WithoutAlignment,
                    ))
                })
            });
            group.bench_function(format!("baseline_segment_{shape}_{kib}kib"), |b| {
                b.iter(|| black_box(article_sentences(black_box(&corpus.articles[0])).len()))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, long_article);
criterion_main!(benches);
