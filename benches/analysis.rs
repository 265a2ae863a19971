//! Analysis hot paths: the whole analysis of the seeds, aligning a pair of
//! ~100 KB articles, and analysing a 1,000-article corpus. Each group times a
//! baseline in the same process so results read as ratios.

#[path = "support/corpus_gen.rs"]
mod corpus_gen;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::analysis::analyze;
use parallax::analysis::sentences::article_sentences;
use parallax::model::load::load_seeds;

fn seeds(c: &mut Criterion) {
    let corpus = load_seeds();
    let mut group = c.benchmark_group("seeds");
    group.bench_function("analyze", |b| {
        b.iter(|| black_box(analyze(black_box(&corpus))))
    });
    group.bench_function("baseline_segment_only", |b| {
        b.iter(|| {
            black_box(
                corpus
                    .articles
                    .iter()
                    .map(|a| article_sentences(a).len())
                    .sum::<usize>(),
            )
        })
    });
    group.bench_function("align_all_ten_pairs", |b| {
        let analysis = analyze(&corpus);
        b.iter(|| {
            for left in 0..5 {
                for right in left + 1..5 {
                    black_box(analysis.align(left, right));
                }
            }
        })
    });
    group.finish();
}

fn large_pair(c: &mut Criterion) {
    let corpus = corpus_gen::corpus(2, 100 * 1024, 7);
    let analysis = analyze(&corpus);
    let (left, right) = (
        analysis.articles[0].sentences.len(),
        analysis.articles[1].sentences.len(),
    );
    let mut group = c.benchmark_group("pair_100kb");
    group.sample_size(20);
    group.bench_function(format!("align_{left}x{right}_sentences"), |b| {
        b.iter(|| black_box(analysis.align(0, 1)))
    });
    let index = analysis.index.as_ref().expect("analysed with alignment");
    group.bench_function("baseline_all_pairs_similarity", |b| {
        b.iter(|| {
            let mut best = 0.0f32;
            for i in 0..left {
                for j in 0..right {
                    best = best.max(index.similarity(0, i, 1, j));
                }
            }
            black_box(best)
        })
    });
    group.finish();
}

fn thousand_articles(c: &mut Criterion) {
    let corpus = corpus_gen::corpus(1000, 4 * 1024, 42);
    let mut group = c.benchmark_group("corpus_1000");
    group.sample_size(10);
    group.bench_function("analyze", |b| {
        b.iter(|| black_box(analyze(black_box(&corpus))))
    });
    group.bench_function("baseline_segment_only", |b| {
        b.iter(|| {
            black_box(
                corpus
                    .articles
                    .iter()
                    .map(|a| article_sentences(a).len())
                    .sum::<usize>(),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, seeds, large_pair, thousand_articles);
criterion_main!(benches);
