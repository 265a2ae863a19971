//! Re-anchoring a session's marks after its article changed: 1,000 marks on a
//! 1 MB article, all orphaned (their text is gone) and all unchanged, beside a
//! baseline of hashing the article once.
//!
//! Before each article was hashed and folded once per anchor, the orphaned case
//! took about 9 s.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::model::{Article, ArticleMeta, Corpus, Span};
use parallax::session::fingerprint::fingerprint;
use parallax::session::{Anchor, Session, Target};

/// Size of the article.
const ARTICLE_BYTES: usize = 1024 * 1024;

/// Number of marks.
const MARKS: usize = 1000;

/// A corpus of one article of about [`ARTICLE_BYTES`] of varied sentences.
fn big_corpus() -> Corpus {
    let mut text = String::with_capacity(ARTICLE_BYTES + 200);
    let mut n = 0u64;
    while text.len() < ARTICLE_BYTES {
        n += 1;
        text.push_str(&format!(
            "Sentence {n} says the council voted {} to {} on “item {n}”.\n\n",
            n % 97,
            n % 89
        ));
    }
    let meta = ArticleMeta {
        id: "big".into(),
        path: "big.txt".into(),
        outlet: "Big".into(),
        ..ArticleMeta::default()
    };
    let mut corpus = Corpus::default();
    corpus.push(Article::from_text(meta, text, false));
    corpus
}

/// A session with [`MARKS`] notes spread over the article; `orphaned` replaces
/// each note's text with words the article does not hold.
fn session(corpus: &Corpus, orphaned: bool) -> Session {
    let article = &corpus.articles[0];
    let mut session = Session::new(corpus);
    let step = article.text.len() / MARKS;
    for i in 0..MARKS {
        let start = boundary(&article.text, i * step);
        let end = boundary(&article.text, start + 30);
        let mut anchor = Anchor::new(article, Span::new(start, end));
        if orphaned {
            anchor.quoted = format!("words no article holds {i}");
            anchor.fingerprint = "changed".into();
        }
        session.add_note(Target::Text(anchor), format!("note {i}"));
    }
    session
}

/// The largest character boundary of `text` at or below `at`.
fn boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len()))
        .rev()
        .find(|&b| text.is_char_boundary(b))
        .unwrap_or(0)
}

fn bench_reanchor(c: &mut Criterion) {
    let corpus = big_corpus();
    let mut group = c.benchmark_group("reanchor_1000_marks_1mb");
    group.sample_size(10);
    for (name, orphaned) in [("orphaned", true), ("unchanged", false)] {
        let base = session(&corpus, orphaned);
        group.bench_function(name, |b| {
            b.iter_batched(
                || base.clone(),
                |mut s| black_box(s.reattach_all(&corpus)),
                criterion::BatchSize::LargeInput,
            )
        });
    }
    let text = &corpus.articles[0].text;
    group.bench_function("baseline_hash_once", |b| {
        b.iter(|| black_box(fingerprint(black_box(text))))
    });
    group.finish();
}

criterion_group!(benches, bench_reanchor);
criterion_main!(benches);
