//! Sentence segmentation on news text written for these tests, plus invariants
//! over generated text and the seed articles.

mod common;

use parallax::analysis::analyze;
use parallax::analysis::sentences::{article_sentences, text_sentences};
use parallax::model::load::load_seeds;

fn split(text: &str) -> Vec<&str> {
    text_sentences(text)
        .into_iter()
        .map(|s| s.slice(text))
        .collect()
}

/// (input, expected sentences)
const CASES: &[(&str, &[&str])] = &[
    // Plain endings.
    (
        "The vote passed. The bill goes to the Senate.",
        &["The vote passed.", "The bill goes to the Senate."],
    ),
    (
        "Is it over? Nobody knows! We wait.",
        &["Is it over?", "Nobody knows!", "We wait."],
    ),
    (
        "What?! He resigned?! Yes.",
        &["What?!", "He resigned?!", "Yes."],
    ),
    ("No punctuation at the end", &["No punctuation at the end"]),
    ("One sentence only.", &["One sentence only."]),
    // Abbreviations and titles.
    (
        "Mr. Smith went to Washington. He stayed.",
        &["Mr. Smith went to Washington.", "He stayed."],
    ),
    (
        "Dr. Amina Bello and Prof. Lee spoke.",
        &["Dr. Amina Bello and Prof. Lee spoke."],
    ),
    (
        "Gen. Mark Milley testified. Sen. Warren asked questions.",
        &[
            "Gen. Mark Milley testified.",
            "Sen. Warren asked questions.",
        ],
    ),
    (
        "Lt. Col. Ortiz led the unit.",
        &["Lt. Col. Ortiz led the unit."],
    ),
    (
        "Rep. Jane Doe, D-Calif., voted no.",
        &["Rep. Jane Doe, D-Calif., voted no."],
    ),
    (
        "Mrs. Park and Ms. Diaz met St. Louis officials.",
        &["Mrs. Park and Ms. Diaz met St. Louis officials."],
    ),
    (
        "I live in the U.S. How about you?",
        &["I live in the U.S.", "How about you?"],
    ),
    (
        "The U.S. Navy confirmed the report.",
        &["The U.S. Navy confirmed the report."],
    ),
    (
        "Talks with the U.K. and the U.N. resumed.",
        &["Talks with the U.K. and the U.N. resumed."],
    ),
    (
        "Prices rose in the U.S. The Fed did not act.",
        &["Prices rose in the U.S.", "The Fed did not act."],
    ),
    (
        "He moved to Washington, D.C. He now works there.",
        &["He moved to Washington, D.C.", "He now works there."],
    ),
    (
        "Acme Inc. reported a loss. Shares fell.",
        &["Acme Inc. reported a loss.", "Shares fell."],
    ),
    (
        "She sued Acme Inc. The case is pending.",
        &["She sued Acme Inc.", "The case is pending."],
    ),
    (
        "Martin Luther King Jr. Day is a holiday.",
        &["Martin Luther King Jr. Day is a holiday."],
    ),
    (
        "Fruit, nuts, etc. were sold. Then it rained.",
        &["Fruit, nuts, etc. were sold.", "Then it rained."],
    ),
    (
        "Smith vs. Jones was decided.",
        &["Smith vs. Jones was decided."],
    ),
    (
        "Some states (e.g. Ohio) agreed.",
        &["Some states (e.g. Ohio) agreed."],
    ),
    (
        "Few states, i.e. three, agreed.",
        &["Few states, i.e. three, agreed."],
    ),
    // Dates, times and numbers.
    (
        "The hearing is on Jan. 20 in court.",
        &["The hearing is on Jan. 20 in court."],
    ),
    (
        "It began in Sept. 2021 and ended in Dec. 2022.",
        &["It began in Sept. 2021 and ended in Dec. 2022."],
    ),
    (
        "The meeting starts at 9 a.m. Tuesday in Room 4.",
        &["The meeting starts at 9 a.m. Tuesday in Room 4."],
    ),
    (
        "The meeting ended at 5 p.m. The mayor left.",
        &["The meeting ended at 5 p.m.", "The mayor left."],
    ),
    (
        "He lives at No. 10 Downing Street.",
        &["He lives at No. 10 Downing Street."],
    ),
    (
        "Inflation hit 3.5 percent in May.",
        &["Inflation hit 3.5 percent in May."],
    ),
    (
        "The army has 100,000 troops. It wants more.",
        &["The army has 100,000 troops.", "It wants more."],
    ),
    (
        "The deal is worth $1.2 billion. Critics object.",
        &["The deal is worth $1.2 billion.", "Critics object."],
    ),
    (
        "Version 2.0.1 shipped. Users cheered.",
        &["Version 2.0.1 shipped.", "Users cheered."],
    ),
    (
        "The score was 2-1. Fans left early.",
        &["The score was 2-1.", "Fans left early."],
    ),
    (
        "Turnout fell in 2020. 2024 was different.",
        &["Turnout fell in 2020.", "2024 was different."],
    ),
    // Initials.
    (
        "George W. Bush spoke first.",
        &["George W. Bush spoke first."],
    ),
    (
        "The novel by J. R. R. Tolkien sold well.",
        &["The novel by J. R. R. Tolkien sold well."],
    ),
    (
        "Judge Ann B. Carter ruled. The firm appealed.",
        &["Judge Ann B. Carter ruled.", "The firm appealed."],
    ),
    // Quotes.
    (
        "He said \"hello there.\" Then he left.",
        &["He said \"hello there.\"", "Then he left."],
    ),
    (
        "\"We will win,\" she said.",
        &["\"We will win,\" she said."],
    ),
    (
        "“This is the reality,” the minister said.",
        &["“This is the reality,” the minister said."],
    ),
    (
        "\"Go!\" she shouted. They ran.",
        &["\"Go!\" she shouted.", "They ran."],
    ),
    (
        "She asked \"why?\" Nobody answered.",
        &["She asked \"why?\"", "Nobody answered."],
    ),
    (
        "“It is over.” The crowd went quiet.",
        &["“It is over.”", "The crowd went quiet."],
    ),
    (
        "He called it ‘a farce.’ Others agreed.",
        &["He called it ‘a farce.’", "Others agreed."],
    ),
    (
        "« Nous gagnerons. » Il est parti.",
        &["« Nous gagnerons. »", "Il est parti."],
    ),
    (
        "“We have no choice. We must act,” he said.",
        &["“We have no choice.", "We must act,” he said."],
    ),
    (
        "They cannot ignore this, ”the expert believes.",
        &["They cannot ignore this, ”the expert believes."],
    ),
    (
        "The reality is clear. ” He then left the stage.",
        &["The reality is clear. ”", "He then left the stage."],
    ),
    (
        "She said: \"The vote is final.\"",
        &["She said: \"The vote is final.\""],
    ),
    // Ellipses.
    (
        "Because they understood ... if you believe in it, act.",
        &["Because they understood ... if you believe in it, act."],
    ),
    (
        "We waited… and waited. Nothing came.",
        &["We waited… and waited.", "Nothing came."],
    ),
    (
        "He paused... Then he spoke again.",
        &["He paused...", "Then he spoke again."],
    ),
    // Brackets.
    (
        "The decision is yours (South Korea). We respect it.",
        &["The decision is yours (South Korea).", "We respect it."],
    ),
    (
        "He agreed. (The talks ended at noon.) Both left.",
        &["He agreed.", "(The talks ended at noon.)", "Both left."],
    ),
    (
        "The agency (which is not a party.) said nothing.",
        &["The agency (which is not a party.) said nothing."],
    ),
    // Parentheses opened mid-sentence, and sources after a sentence.
    (
        "Sen. Ron Vale (D-Ore.) Tuesday called the bill a mistake.",
        &["Sen. Ron Vale (D-Ore.) Tuesday called the bill a mistake."],
    ),
    (
        "Rep. Dana Holt (R-Ohio) and Sen. Ron Vale (D-Ore.) Monday wrote to the agency.",
        &["Rep. Dana Holt (R-Ohio) and Sen. Ron Vale (D-Ore.) Monday wrote to the agency."],
    ),
    (
        "The choice is theirs (the island. - Wire). Talks resume Monday.",
        &[
            "The choice is theirs (the island. - Wire).",
            "Talks resume Monday.",
        ],
    ),
    (
        "Portland (Ore.) Police Chief Ann Ruiz spoke. Reporters left.",
        &[
            "Portland (Ore.) Police Chief Ann Ruiz spoke.",
            "Reporters left.",
        ],
    ),
    (
        "The plan (or was it?) Monday collapsed. Nobody objected.",
        &[
            "The plan (or was it?) Monday collapsed.",
            "Nobody objected.",
        ],
    ),
    (
        "He teaches history (He was a miner for ten years.) at the college.",
        &["He teaches history (He was a miner for ten years.) at the college."],
    ),
    (
        "She called the ruling \"a disgrace.\" (Reuters) Lawyers for the city will appeal.",
        &[
            "She called the ruling \"a disgrace.\" (Reuters)",
            "Lawyers for the city will appeal.",
        ],
    ),
    (
        "Crime fell by a third. (Source: state police, 2024) Arrests rose.",
        &[
            "Crime fell by a third. (Source: state police, 2024)",
            "Arrests rose.",
        ],
    ),
    // Datelines and places.
    (
        "DULUTH, Minn. (KDLH) — The council voted late Monday.",
        &["DULUTH, Minn. (KDLH) — The council voted late Monday."],
    ),
    (
        "Officials in Salem, Ore. Tuesday said the bridge was safe.",
        &["Officials in Salem, Ore. Tuesday said the bridge was safe."],
    ),
    (
        "She moved to Erie, Pa. She still lives there.",
        &["She moved to Erie, Pa.", "She still lives there."],
    ),
    (
        "He was ill. Doctors kept him overnight.",
        &["He was ill.", "Doctors kept him overnight."],
    ),
    // Attributions after quoted questions and exclamations.
    (
        "\"Did you sign it?\" Judge Mara Iles asked. The defendant nodded.",
        &[
            "\"Did you sign it?\" Judge Mara Iles asked.",
            "The defendant nodded.",
        ],
    ),
    (
        "“Get out of the water!” Officer Ray Cole warned the swimmers.",
        &["“Get out of the water!” Officer Ray Cole warned the swimmers."],
    ),
    (
        "‚Did you sign it?‘ Judge Mara Iles asked. The defendant nodded.",
        &[
            "‚Did you sign it?‘ Judge Mara Iles asked.",
            "The defendant nodded.",
        ],
    ),
    (
        "\"Why now?\" He asked twice.",
        &["\"Why now?\" He asked twice."],
    ),
    (
        "\"Why now?\" Nobody could say.",
        &["\"Why now?\"", "Nobody could say."],
    ),
    // Times of day before a capital.
    (
        "The hearing ended at 9 a.m. Smith will appeal.",
        &["The hearing ended at 9 a.m.", "Smith will appeal."],
    ),
    (
        "At 5 a.m. Mr. Ortiz opened the gates. He left at 6 P.M. Mr. Ortiz then went home.",
        &[
            "At 5 a.m. Mr. Ortiz opened the gates.",
            "He left at 6 P.M.",
            "Mr. Ortiz then went home.",
        ],
    ),
    (
        "By 6 p.m. Monday, most roads had reopened.",
        &["By 6 p.m. Monday, most roads had reopened."],
    ),
    (
        "Polls close at 8 p.m. ET in most states.",
        &["Polls close at 8 p.m. ET in most states."],
    ),
    // The pronoun I.
    (
        "He was taller than I. She was not.",
        &["He was taller than I.", "She was not."],
    ),
    (
        "Maria and I. Then the rain came.",
        &["Maria and I.", "Then the rain came."],
    ),
    (
        "Author Lucy I. Grant signed copies.",
        &["Author Lucy I. Grant signed copies."],
    ),
    // A capital I opening a sentence is an initial, even after a lower-case
    // word that ended the sentence before.
    (
        "The vote was close. I. M. Tran chaired it.",
        &["The vote was close.", "I. M. Tran chaired it."],
    ),
    (
        "Nobody expected the win. I. Okafor, the captain, scored twice.",
        &[
            "Nobody expected the win.",
            "I. Okafor, the captain, scored twice.",
        ],
    ),
    // Inline lists.
    (
        "1) The roads are closed 2) The schools are open",
        &["1) The roads are closed", "2) The schools are open"],
    ),
    (
        "1. Pack the car. 2. Drive north. 3. Call home.",
        &["1. Pack the car.", "2. Drive north.", "3. Call home."],
    ),
    (
        "a. The first option b. The second option c. The third option",
        &[
            "a. The first option",
            "b. The second option",
            "c. The third option",
        ],
    ),
    (
        "The plan has three parts: 1) raise taxes, 2) cut spending and 3) borrow.",
        &["The plan has three parts: 1) raise taxes, 2) cut spending and 3) borrow."],
    ),
    (
        "Voters chose: a. Taxes, b. Schools or c. Roads.",
        &["Voters chose: a. Taxes, b. Schools or c. Roads."],
    ),
    (
        "We chose option a. Then option b. failed.",
        &["We chose option a.", "Then option b. failed."],
    ),
    // Spaced ellipses.
    (
        "Nobody . . . nobody on that board has loaded a truck.",
        &["Nobody . . . nobody on that board has loaded a truck."],
    ),
    (
        "We waited . . . Then the doors opened.",
        &["We waited . . .", "Then the doors opened."],
    ),
    (
        "It ended there. . . . The next day, talks resumed.",
        &["It ended there. . . .", "The next day, talks resumed."],
    ),
    (
        "The rule says . . . that no fee applies. Critics disagree.",
        &[
            "The rule says . . . that no fee applies.",
            "Critics disagree.",
        ],
    ),
    (
        "He said, “We will . . . win.” Then he left.",
        &["He said, “We will . . . win.”", "Then he left."],
    ),
    // Line breaks inside a paragraph.
    (
        "The minister said the budget would\nbe cut by 3.5 percent. Critics\nwere quick to respond.",
        &[
            "The minister said the budget would\nbe cut by 3.5 percent.",
            "Critics\nwere quick to respond.",
        ],
    ),
    // Headings, bullets, paragraphs.
    (
        "Court rules on dam\n\nThe court ruled. It was final.",
        &["Court rules on dam", "The court ruled.", "It was final."],
    ),
    (
        "Key points:\n- Taxes rise. Again.\n- Spending falls",
        &["Key points:", "- Taxes rise.", "Again.", "- Spending falls"],
    ),
    ("• AP", &["• AP"]),
    ("- RT", &["- RT"]),
    (
        "First paragraph.\n\nSecond paragraph without end",
        &["First paragraph.", "Second paragraph without end"],
    ),
    // Web text.
    (
        "Visit example.com for details. Or call us.",
        &["Visit example.com for details.", "Or call us."],
    ),
    (
        "See pic.twitter.com/abc123 now.",
        &["See pic.twitter.com/abc123 now."],
    ),
    (
        "Email press@court.gov.uk today.",
        &["Email press@court.gov.uk today."],
    ),
    // Stray punctuation.
    (
        "It supports Ukraine. . The talks continue.",
        &["It supports Ukraine. .", "The talks continue."],
    ),
    (
        "It did not confirm, however. even if it will.",
        &["It did not confirm, however. even if it will."],
    ),
    // Other scripts.
    (
        "今日は晴れです。明日は雨です。",
        &["今日は晴れです。", "明日は雨です。"],
    ),
    ("Он ушёл. Она осталась.", &["Он ушёл.", "Она осталась."]),
    (
        "Yoon met Stoltenberg 🎉. Talks followed.",
        &["Yoon met Stoltenberg 🎉.", "Talks followed."],
    ),
    // Dashes and datelines.
    (
        "WASHINGTON (AP) — The Senate voted. It was close.",
        &["WASHINGTON (AP) — The Senate voted.", "It was close."],
    ),
    (
        "The vote passed. — Reporting by Jane Roe.",
        &["The vote passed.", "— Reporting by Jane Roe."],
    ),
    (
        "He left at 10.30 yesterday. She stayed.",
        &["He left at 10.30 yesterday.", "She stayed."],
    ),
];

#[test]
fn segmentation_cases() {
    let mut failures = Vec::new();
    for (input, expected) in CASES {
        let got = split(input);
        if got != *expected {
            failures.push(format!("{input:?}\n   got {got:?}\nwanted {expected:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
    assert!(CASES.len() >= 60);
}

/// Spans are in order, trimmed, non-overlapping, on char boundaries, and cover every
/// non-whitespace character.
fn check_invariants(text: &str) {
    let spans = text_sentences(text);
    let mut covered = 0;
    let mut last_end = 0;
    for span in &spans {
        assert!(
            span.start >= last_end && span.start < span.end,
            "{span:?} in {text:?}"
        );
        let slice = span.slice(text);
        assert_eq!(slice, slice.trim(), "untrimmed {slice:?}");
        covered += slice.chars().filter(|c| !c.is_whitespace()).count();
        last_end = span.end;
    }
    assert_eq!(
        covered,
        text.chars().filter(|c| !c.is_whitespace()).count(),
        "{text:?}"
    );
}

#[test]
fn invariants_hold_on_generated_text() {
    const PIECES: &[&str] = &[
        "U.S.",
        "Mr.",
        " ",
        "\n",
        "\n\n",
        "word",
        "Word",
        ".",
        "?",
        "!",
        "…",
        "...",
        "\"",
        "“",
        "”",
        "'",
        "’",
        "(",
        ")",
        "3.5",
        "100,000",
        "é",
        "日本。",
        "🎉",
        "—",
        "- ",
        "• ",
        "a.m.",
        "\t",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..(state % 24) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
        }
        check_invariants(&text);
    }
}

#[test]
fn seeds_segment_cleanly() {
    let corpus = load_seeds();
    for article in &corpus.articles {
        check_invariants(&article.text);
        let sentences = article_sentences(article);
        assert!(
            sentences
                .iter()
                .all(|s| article.paragraphs[s.paragraph].span.contains(s.span))
        );
    }
    let texts = |i: usize| -> Vec<String> {
        let a = &corpus.articles[i];
        article_sentences(a)
            .iter()
            .map(|s| a.slice(s.span).to_string())
            .collect()
    };
    let wire = texts(2);
    assert!(wire.iter().any(|s| {
        s.starts_with("Further, the U.S. has agreed to buy some 100,000 artillery rounds")
            && s.ends_with("depleted U.S. stocks.")
    }));
    assert!(wire.iter().any(|s| s == "“The situation is very tough."));
    let rt = texts(0);
    assert!(rt.iter().any(|s| s.starts_with("“Because they understood ... if you really believe in freedom")));
    assert!(
        rt.iter()
            .any(|s| s == "This is the reality,” Stoltenberg said.")
    );
    assert!(
        rt.iter()
            .all(|s| !s.starts_with("- RT") && !s.starts_with(')')),
        "an editor's insertion on lines of its own stays in its sentence: {rt:#?}"
    );
    let kcna = texts(3);
    assert!(
        kcna.iter()
            .any(|s| s.starts_with("NATO chief urges S. Korea"))
    );
}

#[test]
fn a_dateline_belongs_to_no_sentence_and_gives_no_claim() {
    let corpus = common::corpus(&[
        "Court jails mayor\n\nLYON, March 14 (Agency) - A court on Tuesday sentenced the former mayor to six years in prison. He will appeal.",
        "Mayor jailed\n\nA court sentenced the former mayor to six years in prison on Tuesday.",
    ]);
    let article = &corpus.articles[0];
    let sentences: Vec<&str> = article_sentences(article)
        .iter()
        .map(|s| s.span.slice(&article.text))
        .collect();
    assert_eq!(
        sentences,
        [
            "Court jails mayor",
            "A court on Tuesday sentenced the former mayor to six years in prison.",
            "He will appeal."
        ]
    );
    let analysis = analyze(&corpus);
    for claim in &analysis.articles[0].claims {
        let text = claim.span.slice(&article.text);
        assert!(
            !text.contains("LYON") && !text.contains("March 14"),
            "claim from the dateline: {text:?}"
        );
    }
}
