//! Quote scanning and sentence segmentation on pathological inputs, each at two
//! sizes a quarter apart so the figures show whether time grows linearly. Each
//! group also times a baseline over the same text in the same run (counting its
//! whitespace-separated words), so results read as ratios.
//!
//! Inputs: one paragraph made only of straight double marks; one line of news
//! text with quotations and no paragraph break; one paragraph of single marks
//! that open and never close; one paragraph of spaced full stops.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use parallax::analysis::quotes;
use parallax::analysis::sentences::article_sentences;
use parallax::model::{Article, ArticleMeta};

/// The two input sizes, in bytes.
const SIZES: [usize; 2] = [256 * 1024, 1024 * 1024];

/// One line of news text with quotations, repeated without a line break.
const LINE: &str = "\"We will rebuild,\" Mayor Ana Ruiz said at 9 a.m. Tuesday. \
                    \"The bridge (closed since Jan. 5) reopens soon.\" ";

/// `unit` repeated to about `size` bytes, as an article without a headline.
fn article(unit: &str, size: usize) -> Article {
    let text = unit.repeat(size / unit.len());
    Article::from_text(ArticleMeta::default(), text, false)
}

/// Times `work` and the word-count baseline over `unit` repeated at each size.
fn bench(c: &mut Criterion, group: &str, unit: &str, work: fn(&Article) -> usize) {
    let mut g = c.benchmark_group(group);
    g.sample_size(10);
    for size in SIZES {
        let a = article(unit, size);
        g.throughput(Throughput::Bytes(a.text.len() as u64));
        let kib = size / 1024;
        g.bench_with_input(BenchmarkId::new("analysis", kib), &a, |b, a| {
            b.iter(|| black_box(work(black_box(a))))
        });
        g.bench_with_input(BenchmarkId::new("baseline_word_count", kib), &a, |b, a| {
            b.iter(|| black_box(black_box(a).text.split_whitespace().count()))
        });
    }
    g.finish();
}

/// Quotations found by their marks.
fn scan(a: &Article) -> usize {
    quotes::find(a).len()
}

/// Sentences of the article.
fn segment(a: &Article) -> usize {
    article_sentences(a).len()
}

fn pathological(c: &mut Criterion) {
    bench(c, "scan_double_marks", "\"", scan);
    bench(c, "scan_single_line", LINE, scan);
    bench(c, "scan_unclosed_single_marks", " 'a", scan);
    bench(c, "segment_single_line", LINE, segment);
    bench(c, "segment_spaced_full_stops", ". ", segment);
}

criterion_group!(benches, pathological);
criterion_main!(benches);
