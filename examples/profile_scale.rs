//! Prints where the analysis of a large realistic corpus spends its time.
//!
//! `cargo run --release --example profile_scale -- [edited|near|wire|unrelated] N [--steps] [--digest]`
//! (or `-- --load PATH… [--steps]` to time articles and folders on disk)
//! generates N edited copies of the gold stories (`edited`, the default), N
//! near-identical copies of a gold article (`near`; see
//! `benches/support/edited_copies.rs`), N copies of a short wire story with
//! small edits (`wire`) or N distinct short stories (`unrelated`; see
//! `benches/support/wire.rs`), then times `analyze` as a whole on all cores. `--steps` first runs the same steps one after another on one thread
//! and prints each step's time, so a bottleneck shows by name; `--digest`
//! prints a checksum of the whole result, which must not change when an
//! optimisation keeps results identical. Under `/usr/bin/time -v` without
//! `--steps`, the peak memory is the analysis's own.

#[path = "../benches/support/edited_copies.rs"]
mod edited_copies;
#[path = "../benches/support/rng.rs"]
mod rng;
#[path = "../benches/support/wire.rs"]
mod wire;

use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::{Duration, Instant};

use parallax::analysis::align::{ArticleTerms, SimilarityIndex, read_article};
use parallax::analysis::claims::{extract_claims, group_claims};
use parallax::analysis::language::ArticleLanguage;
use parallax::analysis::sentences::article_sentences;
use parallax::analysis::{Analysis, analyze, quotes};
use parallax::model::Corpus;

/// The allocator the `parallax` binary runs with, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    parallax::commands::startup::decline_transparent_huge_pages();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kind = ["near", "wire", "unrelated"]
        .into_iter()
        .find(|k| args.iter().any(|a| a == k))
        .unwrap_or("edited");
    let count = args
        .iter()
        .find_map(|a| a.parse::<usize>().ok())
        .unwrap_or(1_000);
    let started = Instant::now();
    let loaded: Vec<std::path::PathBuf> = args
        .iter()
        .skip_while(|a| *a != "--load")
        .skip(1)
        .take_while(|a| !a.starts_with("--"))
        .map(Into::into)
        .collect();
    let (kind, corpus) = if loaded.is_empty() {
        (kind, generated(kind, count))
    } else {
        let corpus = parallax::model::load::load_paths(&loaded).unwrap_or_else(|e| {
            eprintln!("{e}");
            std::process::exit(1)
        });
        ("loaded", corpus)
    };
    let count = corpus.articles.len();
    let bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    println!(
        "{kind} corpus: {count} articles, {:.1} MB, ready in {}",
        bytes as f64 / 1e6,
        ms(started.elapsed())
    );
    if args.iter().any(|a| a == "--steps") {
        steps(&corpus);
    }
    let started = Instant::now();
    let analysis = analyze(&corpus);
    println!("analyze (all cores): {}", ms(started.elapsed()));
    summary(&analysis);
    if args.iter().any(|a| a == "--digest") {
        println!("digest: {:016x}", digest(&analysis));
    }
}

/// The generated corpus of `kind` with `count` articles.
fn generated(kind: &str, count: usize) -> Corpus {
    match kind {
        "near" => edited_copies::near_identical(count, 7),
        "wire" => wire::syndicated(count, 7),
        "unrelated" => wire::unrelated(count, 7),
        _ => edited_copies::edited_copies(count, 42),
    }
}

/// Runs analyze's steps in its order on one thread, printing each one's time.
fn steps(corpus: &Corpus) {
    let mut per_article = [Duration::ZERO; 6];
    let mut timed = |step: usize, started: Instant| {
        per_article[step] += started.elapsed();
        Instant::now()
    };
    let mut quote_lists = Vec::new();
    let mut claim_lists = Vec::new();
    let mut terms = Vec::new();
    for article in &corpus.articles {
        let t = Instant::now();
        let split = article_sentences(article);
        let t = timed(0, t);
        let marks = quotes::find(article);
        let regions = quotes::regions(&article.text, &marks);
        let t = timed(1, t);
        let lang = ArticleLanguage::read(article, &split, &regions);
        let t = timed(2, t);
        let found = quotes::quotes_from(&lang, marks);
        let t = timed(3, t);
        claim_lists.push(extract_claims(&lang, &found, None));
        let t = timed(4, t);
        terms.push(read_article(
            article,
            &split,
            &lang.tokens,
            &lang.sentence_tokens,
            &lang.figures,
        ));
        timed(5, t);
        quote_lists.push(found);
        drop(lang);
    }
    let names = [
        "sentences",
        "quote marks",
        "language pass",
        "quotes",
        "claims",
        "alignment terms",
    ];
    println!("per article, one thread, summed:");
    for (name, time) in names.iter().zip(per_article) {
        println!("  {name:<22}{}", ms(time));
    }
    println!("corpus-wide:");
    let t = Instant::now();
    let quote_groups = quotes::group_quotes(&corpus.articles, &quote_lists);
    println!("  {:<22}{}", "quote groups", ms(t.elapsed()));
    let t = Instant::now();
    let terms: Vec<&ArticleTerms> = terms.iter().collect();
    let index = SimilarityIndex::from_terms(&terms);
    println!("  {:<22}{}", "similarity index", ms(t.elapsed()));
    let t = Instant::now();
    let claim_groups = group_claims(&corpus.articles, &claim_lists);
    println!("  {:<22}{}", "claim groups", ms(t.elapsed()));
    drop((quote_groups, index, claim_groups));
}

/// Counts that say what the corpus made the analysis do.
fn summary(analysis: &Analysis) {
    let quotes: usize = analysis.articles.iter().map(|a| a.quotes.len()).sum();
    let claims: usize = analysis.articles.iter().map(|a| a.claims.len()).sum();
    let largest = |sizes: &mut dyn Iterator<Item = usize>| sizes.max().unwrap_or(0);
    println!(
        "{quotes} quotes in {} groups (largest {}), {claims} claims in {} groups (largest {})",
        analysis.quote_groups.len(),
        largest(&mut analysis.quote_groups.iter().map(|g| g.members.len())),
        analysis.claim_groups.len(),
        largest(&mut analysis.claim_groups.iter().map(|g| g.members.len())),
    );
}

/// A checksum of everything analysis found, alignment of neighbouring articles included.
fn digest(analysis: &Analysis) -> u64 {
    let mut hasher = DefaultHasher::new();
    format!("{:?}", analysis.articles).hash(&mut hasher);
    format!("{:?}", analysis.quote_groups).hash(&mut hasher);
    format!("{:?}", analysis.claim_groups).hash(&mut hasher);
    for left in 1..analysis.articles.len().min(200) {
        format!("{:?}", analysis.align(left - 1, left)).hash(&mut hasher);
    }
    hasher.finish()
}

/// A duration in milliseconds, for reading.
fn ms(time: Duration) -> String {
    format!("{:>9.1} ms", time.as_secs_f64() * 1e3)
}
