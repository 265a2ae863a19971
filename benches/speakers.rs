//! Speaker attribution on quote-heavy text: generated political copy, every
//! paragraph quoting someone, at two sizes. Attribution must grow linearly: the
//! larger text takes about four times as long as the smaller. Each size is timed
//! beside a baseline of the same text in the same run (sentence segmentation,
//! which is linear), so results read as ratios.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::analysis::quotes::extract_quotes;
use parallax::analysis::sentences::article_sentences;

/// Shared with `long_article.rs`, which uses its other shapes too.
#[allow(dead_code)]
#[path = "support/long_articles.rs"]
mod long_articles;
#[path = "support/rng.rs"]
mod rng;

/// Sizes of the generated articles, in bytes.
const SIZES: [usize; 2] = [256 * 1024, 1024 * 1024];

fn attribution(c: &mut Criterion) {
    let mut group = c.benchmark_group("speakers");
    group.sample_size(10);
    for size in SIZES {
        let article = long_articles::quoted(size);
        let sentences = article_sentences(&article);
        let kib = size / 1024;
        group.bench_function(format!("quotes_and_speakers_{kib}kib"), |b| {
            b.iter(|| black_box(extract_quotes(black_box(&article), &sentences)))
        });
        group.bench_function(format!("baseline_segment_{kib}kib"), |b| {
            b.iter(|| black_box(article_sentences(black_box(&article)).len()))
        });
    }
    group.finish();
}

criterion_group!(benches, attribution);
criterion_main!(benches);
