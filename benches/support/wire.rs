//! Short generated articles for the scale benchmarks, seeded (the same
//! arguments give the same corpus):
//!
//! - [`syndicated`]: one short wire story run by many outlets, each copy with
//!   the small edits outlets make: a changed number, a dropped sentence, a
//!   reworded clause.
//! - [`unrelated`]: as many distinct short stories, each about its own made-up
//!   place, person and organisation, with its own numbers.

use parallax::model::{Article, ArticleMeta, Corpus};

use super::rng::Rng;

/// The wire story's headline.
const HEADLINE: &str = "Storm forces evacuation of 12,000 residents in Carden County";

/// The wire story, sentence by sentence, each as written and as an outlet
/// may reword one of its clauses.
const WIRE: &[(&str, &str)] = &[
    (
        "Officials in Carden County ordered the evacuation of 12,000 residents on Tuesday as Storm Elsa brought winds of up to 140 kilometres per hour.",
        "Officials in Carden County ordered the evacuation of 12,000 residents on Tuesday, with Storm Elsa bringing winds as strong as 140 kilometres per hour.",
    ),
    (
        "Governor Maria Alvarez declared a state of emergency and said 300 National Guard troops would help with the rescue effort.",
        "Governor Maria Alvarez declared a state of emergency, adding that 300 National Guard troops would join the rescue effort.",
    ),
    (
        "\"We are asking everyone in the low-lying areas to leave now,\" Alvarez told reporters in Millbrook.",
        "\"We are asking everyone in the low-lying areas to leave now,\" Alvarez said at a briefing in Millbrook.",
    ),
    (
        "The storm has already cut power to about 45,000 homes, according to Northern Grid, the regional utility.",
        "About 45,000 homes have already lost power, according to Northern Grid, the regional utility.",
    ),
    (
        "Schools in 14 districts will remain closed until Thursday.",
        "Schools in 14 districts will stay shut until Thursday.",
    ),
    (
        "Forecasters expect up to 200 millimetres of rain by Wednesday evening.",
        "Forecasters said up to 200 millimetres of rain could fall by Wednesday evening.",
    ),
    (
        "The last storm of this strength hit the county in 2011, killing 9 people.",
        "The county was last hit by a storm this strong in 2011, when 9 people died.",
    ),
];

/// Each edit is made to one copy in this many.
const EDIT_ONE_IN: usize = 3;

/// `count` copies of the wire story, from distinct outlets; each copy may
/// change one number, drop one sentence after the first and reword one clause.
pub fn syndicated(count: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let mut corpus = Corpus::default();
    for copy in 0..count {
        let dropped = (rng.below(EDIT_ONE_IN) == 0).then(|| 1 + rng.below(WIRE.len() - 1));
        let reworded = (rng.below(EDIT_ONE_IN) == 0).then(|| rng.below(WIRE.len()));
        let mut sentences: Vec<&str> = WIRE
            .iter()
            .enumerate()
            .filter(|&(i, _)| Some(i) != dropped)
            .map(|(i, &(plain, other))| if Some(i) == reworded { other } else { plain })
            .collect();
        let changed;
        if rng.below(EDIT_ONE_IN) == 0 {
            let at = rng.below(sentences.len());
            changed = change_a_number(sentences[at], &mut rng);
            sentences[at] = &changed;
        }
        corpus.push(article(copy, HEADLINE, &sentences));
    }
    corpus
}

/// `sentence` with its first number moved by up to a tenth (one at
/// least), or as it was when it has none.
fn change_a_number(sentence: &str, rng: &mut Rng) -> String {
    let Some(start) = sentence.find(|c: char| c.is_ascii_digit()) else {
        return sentence.to_string();
    };
    let len = sentence[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == ','))
        .unwrap_or(sentence.len() - start);
    let digits = sentence[start..start + len].trim_end_matches(',');
    let Ok(value) = digits.replace(',', "").parse::<u64>() else {
        return sentence.to_string();
    };
    let step = 1 + rng.below((value / 10).max(1) as usize) as u64;
    let changed = if value > step && rng.below(2) == 0 {
        value - step
    } else {
        value + step
    };
    format!(
        "{}{changed}{}",
        &sentence[..start],
        &sentence[start + digits.len()..]
    )
}

/// Made-up name syllables: distinct stories get distinct places, people and
/// organisations.
const SYLLABLES: &[&str] = &[
    "kar", "vel", "mon", "tis", "bra", "lun", "dor", "fen", "gal", "hes", "jor", "kel", "mir",
    "nav", "pol", "quen", "ros", "sar", "tov", "ulm", "var", "wen", "yst", "zor",
];

/// Kinds of short story, each a headline and sentences with `{place}`,
/// `{person}`, `{org}`, `{a}`, `{b}` and `{day}` to fill.
const STORIES: &[(&str, &[&str])] = &[
    (
        "Fire destroys warehouse in {place}",
        &[
            "A fire destroyed a warehouse in {place} on {day}, injuring {a} workers, officials said.",
            "Fire chief {person} said {b} firefighters fought the blaze for six hours.",
            "The building was owned by {org}, which said it would rebuild.",
        ],
    ),
    (
        "{org} cuts {a} jobs",
        &[
            "{org} said on {day} it would cut {a} jobs at its plant in {place}.",
            "Chief executive {person} blamed a fall of {b} percent in orders.",
            "Unions said they would fight the cuts.",
        ],
    ),
    (
        "{place} elects {person} as mayor",
        &[
            "Voters in {place} elected {person} as mayor on {day} with {b} percent of the vote.",
            "Turnout was about {a} voters, the election office said.",
            "{person} promised to build new homes with money from {org}.",
        ],
    ),
    (
        "Court fines {org} over river spill",
        &[
            "A court in {place} fined {org} ${a},000 on {day} for polluting the river.",
            "Judge {person} said the company had ignored {b} warnings.",
            "{org} said it would appeal the ruling.",
        ],
    ),
];

/// Days a story may fall on.
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// A made-up capitalised name of two or three syllables.
fn name(rng: &mut Rng) -> String {
    let parts = 2 + rng.below(2);
    let word: String = (0..parts)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect();
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// `count` distinct short stories, each of a kind of [`STORIES`] filled with
/// its own made-up names and numbers, from distinct outlets.
pub fn unrelated(count: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let mut corpus = Corpus::default();
    for id in 0..count {
        let (headline, sentences) = STORIES[rng.below(STORIES.len())];
        let place = name(&mut rng);
        let person = format!("{} {}", name(&mut rng), name(&mut rng));
        let org = format!("{} Group", name(&mut rng));
        let a = (10 + rng.below(5_000)).to_string();
        let b = (2 + rng.below(90)).to_string();
        let day = DAYS[rng.below(DAYS.len())];
        let fill = |text: &str| {
            text.replace("{place}", &place)
                .replace("{person}", &person)
                .replace("{org}", &org)
                .replace("{a}", &a)
                .replace("{b}", &b)
                .replace("{day}", day)
        };
        let filled: Vec<String> = sentences.iter().map(|s| fill(s)).collect();
        let filled: Vec<&str> = filled.iter().map(String::as_str).collect();
        corpus.push(article(id, &fill(headline), &filled));
    }
    corpus
}

/// Article `id` of outlet `id`: the headline, then the sentences two to a paragraph.
fn article(id: usize, headline: &str, sentences: &[&str]) -> Article {
    let mut text = headline.to_string();
    for paragraph in sentences.chunks(2) {
        text.push_str("\n\n");
        text.push_str(&paragraph.join(" "));
    }
    text.push('\n');
    let meta = ArticleMeta {
        id: format!("story{id}"),
        path: format!("outlets/{id}.txt"),
        outlet: format!("Outlet {id}"),
        ..ArticleMeta::default()
    };
    Article::from_text(meta, text, true)
}
