//! Deterministic synthetic corpora for the benchmarks: sentences of the seeds and
//! of a few short stories written here, recombined by a seeded generator.

use parallax::analysis::sentences::article_sentences;
use parallax::model::load::load_seeds;
use parallax::model::{Article, ArticleMeta, Corpus};

#[path = "rng.rs"]
mod rng;

pub use rng::Rng;

/// Stories on other subjects, so the corpus is not one story repeated.
const OTHER_STORIES: &[&str] = &[
    "A federal appeals court on Thursday upheld an order halting construction of the Harlow River dam. The three-judge panel ruled 2-1 that the water agency ignored its own scientists. The project, estimated at $2.4 billion, was approved in March 2021. The agency said it was considering an appeal to the Supreme Court.",
    "Voters in the northern district elected a new mayor on Sunday after a campaign dominated by housing costs. Turnout reached 61 percent, the highest since 2008. The winner promised to build 5,000 affordable homes within four years. Her opponent conceded late on Sunday night.",
    "Shares of the carmaker fell 7 percent on Monday after it cut its annual sales forecast. The company said supply problems had delayed deliveries of about 40,000 vehicles. Analysts said the warning was worse than expected. The chief executive told investors the shortage would ease by the autumn.",
    "At least 14 people were injured when a commuter train derailed outside the city on Friday morning, officials said. Rescue crews worked for hours to free passengers from two overturned carriages. The rail operator said it had suspended services on the line. Investigators will examine the track and the signalling system.",
];

/// Every sentence of the seeds and of the other stories.
pub fn sentence_pool() -> Vec<String> {
    let corpus = load_seeds();
    let mut pool: Vec<String> = corpus
        .articles
        .iter()
        .flat_map(|a| {
            article_sentences(a)
                .into_iter()
                .map(move |s| a.slice(s.span).to_string())
        })
        .collect();
    for story in OTHER_STORIES {
        pool.extend(
            parallax::analysis::sentences::text_sentences(story)
                .into_iter()
                .map(|s| s.slice(story).to_string()),
        );
    }
    pool
}

/// An article of about `bytes` bytes: runs of consecutive pool sentences, shuffled
/// in blocks, in paragraphs of two or three sentences.
pub fn article(pool: &[String], rng: &mut Rng, id: usize, bytes: usize) -> Article {
    let mut text = format!("Synthetic report {id}\n\n");
    while text.len() < bytes {
        let start = rng.below(pool.len());
        let run = 1 + rng.below(4);
        for k in 0..run {
            text.push_str(&pool[(start + k) % pool.len()]);
            text.push(' ');
        }
        text.push_str("\n\n");
    }
    let meta = ArticleMeta {
        id: format!("syn{id}"),
        outlet: format!("Outlet {}", id % 37),
        ..ArticleMeta::default()
    };
    Article::from_text(meta, text, true)
}

/// A corpus of `count` articles of about `bytes` bytes each.
pub fn corpus(count: usize, bytes: usize, seed: u64) -> Corpus {
    let pool = sentence_pool();
    let mut rng = Rng::new(seed);
    let mut corpus = Corpus::default();
    for id in 0..count {
        corpus.push(article(&pool, &mut rng, id, bytes));
    }
    corpus
}
