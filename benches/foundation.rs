//! Foundation hot paths: loading and segmenting the seeds, and a ~5 MB input.
//!
//! Each group also times a baseline in the same process (a plain whitespace word
//! count over the same text), so figures can be reported as ratios that hold
//! across machines.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::analysis::sentences::{article_sentences, text_sentences};
use parallax::model::Article;
use parallax::model::load::load_seeds;

/// Target size of the large input.
const LARGE_BYTES: usize = 5 * 1024 * 1024;

fn seeds_text() -> String {
    load_seeds()
        .articles
        .iter()
        .map(|a| a.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn bench_seeds(c: &mut Criterion) {
    let mut group = c.benchmark_group("seeds");
    group.bench_function("load_and_segment", |b| {
        b.iter(|| {
            let corpus = load_seeds();
            let sentences: usize = corpus
                .articles
                .iter()
                .map(|a| article_sentences(a).len())
                .sum();
            black_box(sentences)
        })
    });
    let text = seeds_text();
    group.bench_function("baseline_word_count", |b| {
        b.iter(|| black_box(black_box(&text).split_whitespace().count()))
    });
    group.finish();
}

fn bench_large(c: &mut Criterion) {
    let seeds = seeds_text();
    let mut text = String::with_capacity(LARGE_BYTES + seeds.len());
    while text.len() < LARGE_BYTES {
        text.push_str(&seeds);
        text.push_str("\n\n");
    }
    let mut group = c.benchmark_group("large_5mb");
    group.sample_size(20);
    group.throughput(criterion::Throughput::Bytes(text.len() as u64));
    group.bench_function("build_article_and_segment", |b| {
        b.iter(|| {
            let article = Article::from_text(Default::default(), text.clone(), true);
            black_box(article_sentences(&article).len())
        })
    });
    group.bench_function("segment_plain_text", |b| {
        b.iter(|| black_box(text_sentences(black_box(&text)).len()))
    });
    group.bench_function("baseline_word_count", |b| {
        b.iter(|| black_box(black_box(&text).split_whitespace().count()))
    });
    group.finish();
}

criterion_group!(benches, bench_seeds, bench_large);
criterion_main!(benches);
