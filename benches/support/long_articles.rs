//! Single long articles for the cost benchmarks: political copy quoting
//! someone in every paragraph, a run of words with facts but no sentence end,
//! and sentences each introducing a new person with a role. Each shape once
//! cost more than linear time in the article's length.

use parallax::model::{Article, ArticleMeta};

use super::rng::Rng;

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

/// A quote-heavy article of about `size` bytes: every paragraph quotes
/// someone, named in one of the ways political copy names people.
pub fn quoted(size: usize) -> Article {
    let mut rng = Rng::new(0x5eed_cafe);
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

/// Words of the unpunctuated run: facts (an amount, a weekday, a speech verb)
/// among plain words, as in a transcript pasted without punctuation.
const RUN_WORDS: &[&str] = &[
    "the", "council", "voted", "to", "approve", "a", "budget", "of", "$4", "million", "on",
    "Monday", "said",
];

/// An article of about `size` bytes holding one paragraph with no sentence end.
pub fn unpunctuated(size: usize) -> Article {
    let mut rng = Rng::new(0x0dd_5eed);
    let mut text = String::with_capacity(size + 16);
    while text.len() < size {
        text.push_str(RUN_WORDS[rng.below(RUN_WORDS.len())]);
        text.push(' ');
    }
    Article::from_text(ArticleMeta::default(), text, false)
}

/// An article of about `size` bytes in which every paragraph introduces a
/// different senator with a role: many distinct people, each named once.
pub fn new_people(size: usize) -> Article {
    let mut rng = Rng::new(0xfeed_f00d);
    let name = |rng: &mut Rng| -> String {
        let first = (b'A' + rng.below(26) as u8) as char;
        let rest: String = (0..6)
            .map(|_| b"aeioulnrst"[rng.below(10)] as char)
            .collect();
        format!("{first}{rest}")
    };
    let mut text = String::with_capacity(size + 128);
    while text.len() < size {
        let (given, surname) = (name(&mut rng), name(&mut rng));
        text.push_str(&format!(
            "Sen. {given} {surname}, a Republican, voted against the bill on Monday.\n\n"
        ));
    }
    Article::from_text(ArticleMeta::default(), text, false)
}
