//! How the whole analysis scales with the number of articles: 1,000, 4,000
//! and 16,000 copies of one short wire story with small per-outlet edits, and
//! as many distinct short stories (see `support/wire.rs`). Each kind times
//! `analyze` at every size; after the last size, the time per article at each
//! size is printed as a ratio to the time per article at 1,000 measured in the
//! same run (1 is linear; quadratic work would give 4 at 4,000 and 16 at
//! 16,000), with the growth exponent between sizes.

#[path = "support/rng.rs"]
mod rng;
#[path = "support/wire.rs"]
mod wire;

use std::cell::RefCell;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::analysis::analyze;
use parallax::model::Corpus;

/// Corpus sizes; the first is the baseline of the ratios.
const SIZES: [usize; 3] = [1_000, 4_000, 16_000];

/// Seconds spent measuring each size; criterion takes ten samples at least,
/// however long that takes.
const MEASUREMENT: Duration = Duration::from_secs(5);

/// Times `analyze` on `corpus` in the group `name` and returns the median time
/// of one analysis.
fn bench_size(c: &mut Criterion, name: &str, corpus: &Corpus) -> f64 {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .measurement_time(MEASUREMENT)
        .warm_up_time(Duration::from_millis(100));
    let times = RefCell::new(Vec::new());
    group.bench_function("analyze", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                black_box(analyze(black_box(corpus)));
            }
            let elapsed = start.elapsed();
            times
                .borrow_mut()
                .push(elapsed.as_secs_f64() / iters.max(1) as f64);
            elapsed
        })
    });
    group.finish();
    median(&mut times.take())
}

/// The median of `values` (zero for none).
fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

/// Benchmarks every size of one kind of corpus and prints the ratios.
fn bench_kind(c: &mut Criterion, kind: &str, generate: fn(usize, u64) -> Corpus) {
    let medians: Vec<(usize, f64)> = SIZES
        .iter()
        .map(|&size| {
            (
                size,
                bench_size(c, &format!("{kind}_{size}"), &generate(size, 7)),
            )
        })
        .collect();
    let (base_size, base) = medians[0];
    let per_article = base / base_size as f64;
    for (pair, &(size, time)) in medians.windows(2).zip(&medians[1..]) {
        let ((n1, t1), (n2, t2)) = (pair[0], pair[1]);
        let exponent = (t2 / t1).ln() / (n2 as f64 / n1 as f64).ln();
        println!(
            "{kind}: {size} articles in {time:.2} s; per article {:.2}x the {base_size}-article run; exponent {n1} -> {n2}: {exponent:.2}",
            time / size as f64 / per_article
        );
    }
}

fn syndicated(c: &mut Criterion) {
    bench_kind(c, "syndicated", wire::syndicated);
}

fn unrelated(c: &mut Criterion) {
    bench_kind(c, "unrelated", wire::unrelated);
}

criterion_group!(benches, syndicated, unrelated);
criterion_main!(benches);
