//! Speaker attribution on quote-heavy text: generated political copy, every
//! paragraph quoting someone, at two sizes. Attribution must grow linearly: the
//! larger text takes about four times as long as the smaller. Each size is timed
//! beside a baseline of the same text in the same run (sentence segmentation,
//! which is linear), so results read as ratios.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::analysis::quotes::extract_quotes;
use parallax::analysis::sentences::article_sentences;
use parallax::model::{Article, ArticleMeta};

/// Sizes of the generated articles, in bytes.
const SIZES: [usize; 2] = [256 * 1024, 1024 * 1024];

/// Given names the generator combines with surnames into many people.
const GIVEN: &[&str] = &[
    "Ann", "Tom", "Maria", "Luis", "Grace", "Omar", "Helen", "Victor", "Irene", "Paul",
];
/// Surnames of the generated people.
const SURNAMES: &[&str] = &[
    "Mills", "Hale", "Ortiz", "Brandt", "Sokol", "Reyes", "Park", "Lindgren", "Okafor", "Varga",
    "Castillo", "Nakamura",
];
/// Home places written after names and in party codes.
const PLACES: &[&str] = &["Ohio", "Ore.", "Mass.", "Tulsa", "Fresno", "Boise"];

/// Paragraph templates: `{G}` a given name, `{S}` a surname, `{I}` an initial,
/// `{P}` a place, `{N}` a number.
const TEMPLATES: &[&str] = &[
    "“We will not back down on this bill {N},” said Sen. {G} {I}. {S} ({P0}-{P}). “The votes are there.”",
    "Rep. {G} {S} of {P} told reporters the plan was “a fantasy” and accused the agency of “hiding the costs.”",
    "“Nobody asked us,” {S} said. “Not once in {N} years.”",
    "The {P} Republican, the minority whip, said the amendment was “dead on arrival.”",
    "{G} {I}. {S} Jr., {N}, a retired teacher, put it plainly: “We cannot pay this.”",
    "In a statement, the ministry said the exercise was “purely defensive.”",
    "“It is far too early to say,” she said, “but we will look at everything.”",
    "According to the filing, the companies “do not anticipate layoffs.”",
    "Ms. {S} lamented the delay. “We waited {N} months for nothing,” she said.",
    "A spokesman for the Lakeshore Valley Railroad said it was “deeply sorry.”",
];

/// A small xorshift generator: the same seed gives the same text.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// A quote-heavy article of about `size` bytes.
fn article(size: usize) -> Article {
    let mut rng = Rng(0x5eed_cafe);
    let mut text = String::with_capacity(size + 512);
    while text.len() < size {
        let template = TEMPLATES[rng.below(TEMPLATES.len())];
        let paragraph = template
            .replace("{G}", GIVEN[rng.below(GIVEN.len())])
            .replace("{S}", SURNAMES[rng.below(SURNAMES.len())])
            .replace("{I}", &((b'A' + rng.below(26) as u8) as char).to_string())
            .replace("{P0}", if rng.below(2) == 0 { "D" } else { "R" })
            .replace("{P}", PLACES[rng.below(PLACES.len())])
            .replace("{N}", &rng.below(100).to_string());
        text.push_str(&paragraph);
        text.push_str("\n\n");
    }
    Article::from_text(ArticleMeta::default(), text, false)
}

fn attribution(c: &mut Criterion) {
    let mut group = c.benchmark_group("speakers");
    group.sample_size(10);
    for size in SIZES {
        let article = article(size);
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
