//! Conflicts: when two outlets state one fact differently, and when two
//! figures that look alike are compatible or are two facts. Each rule on
//! sentences written for it.

use parallax::analysis::analyze;
use parallax::analysis::claims::{ClaimGroup, ClaimStatus, FactValue, Modality};

mod common;
use common::claims::{
    conflict_values as shown, group_on, linked, linked_in, no_conflict_of, status_on,
};
use common::corpus;

/// Two one-paragraph articles stating `x` and `y` in the same sentence frame.
fn pair(frame: &str, x: &str, y: &str) -> (String, String) {
    (
        format!("A\n\n{}", frame.replace("{}", x)),
        format!("B\n\n{}", frame.replace("{}", y)),
    )
}

/// Asserts that the group of the claim of `article` anchored on `anchor` in
/// the analysis of `texts` is a conflict showing `values`, as each article
/// writes them.
fn conflict_shows(texts: &[&str], article: usize, anchor: &str, values: &[&str]) {
    let corpus = corpus(texts);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, article, anchor);
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    assert_eq!(shown(&corpus, group), values);
}

#[test]
fn a_hedged_figure_against_another_written_to_the_same_step_is_a_conflict() {
    let frame =
        "The company said the plan would cut {} at the Brennick plant by the end of next year.";
    for (x, y) in [
        ("about 2,300 jobs", "2,500 jobs"),
        ("about 150 jobs", "around 200 jobs"),
        ("roughly $3.5 billion", "$3.6 billion"),
    ] {
        let (a, b) = pair(frame, x, y);
        let corpus = corpus(&[&a, &b]);
        let analysis = analyze(&corpus);
        let group = group_on(&corpus, &analysis, 1, &y[y.len() - 5..]);
        assert_eq!(group.status, ClaimStatus::Conflict, "{x} / {y}: {group:?}");
        let values = shown(&corpus, group);
        let number = |s: &str| {
            s.split(' ')
                .find(|w| w.contains(|c: char| c.is_ascii_digit()))
                .unwrap()
                .to_string()
        };
        assert!(
            values[0].contains(&number(x)) && values[1].contains(&number(y)),
            "{values:?}"
        );
    }
}

#[test]
fn lengths_of_time_in_other_units_conflict_only_beyond_a_quarter_unit() {
    let frame = "Two developers, Olivier Brun and Sylvie Caron, received suspended sentences of {} from the Lyon court.";
    for (x, y, conflict) in [
        ("18 months", "two years", true),
        ("23 months", "two years", false),
        ("12 months", "one year", false),
        ("14 days", "two weeks", false),
        ("six weeks", "two months", true),
    ] {
        let (a, b) = pair(frame, x, y);
        let corpus = corpus(&[&a, &b]);
        let analysis = analyze(&corpus);
        let group = group_on(&corpus, &analysis, 1, y);
        assert_eq!(group.article_count(), 2, "{x} / {y}: not linked");
        assert_eq!(
            group.status == ClaimStatus::Conflict,
            conflict,
            "{x} / {y}: {group:?}"
        );
    }
}

#[test]
fn a_length_of_time_stated_elsewhere_of_another_thing_does_not_hide_a_conflict() {
    conflict_shows(
        &[
            "A\n\nA court on Tuesday sentenced the former mayor to six years in prison for taking bribes from developers.",
            "B\n\nThe former mayor was sentenced on Tuesday to five years in prison for taking bribes from developers. The scheme ran over six years, prosecutors said.",
        ],
        1,
        "five years",
        &["six years", "five years"],
    );
}

#[test]
fn a_hedged_round_figure_allows_a_finer_figure_near_it() {
    let frame =
        "The company said the plan would cut {} at the Brennick plant by the end of next year.";
    for (x, y) in [
        ("about 60,000 jobs", "61,200 jobs"),
        ("about 2,000 jobs", "2,140 jobs"),
        ("about $3.5 billion", "$3.52 billion"),
    ] {
        let (a, b) = pair(frame, x, y);
        let corpus = corpus(&[&a, &b]);
        let analysis = analyze(&corpus);
        let group = group_on(&corpus, &analysis, 1, &y[y.len() - 5..]);
        assert_eq!(group.article_count(), 2, "{x} / {y}: not linked");
        assert_ne!(group.status, ClaimStatus::Conflict, "{x} / {y}: {group:?}");
    }
}

#[test]
fn a_bound_stated_elsewhere_does_not_excuse_another_figure() {
    // Article A also states a threshold ("more than 9,000 troops"), which the
    // other outlet's 8,500 lies inside: a limit is not a figure A gives for
    // the exercise, so 12,000 against 8,500 stays a conflict.
    let corpus = corpus(&[
        "A\n\nThe exercise will involve about 12,000 troops near the border, the ministry said.\n\nThe accord requires notice of any exercise involving more than 9,000 troops.",
        "B\n\nThe exercise will involve 8,500 troops near the border, the ministry said.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "12,000");
    assert!(linked(&corpus, &analysis, "12,000", "8,500"), "{group:?}");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
}

#[test]
fn the_figure_itself_stated_elsewhere_excuses_it() {
    // Both outlets give both figures; each sentence picks another one, which
    // is two facts of one story, not a discrepancy.
    let corpus = corpus(&[
        "A\n\nThe exercise will involve about 12,000 troops near the border, the ministry said.\n\nA smaller drill last spring drew 8,500 troops.",
        "B\n\nThe exercise will involve 8,500 troops near the border, the ministry said.\n\nOfficials had first spoken of 12,000 troops.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "12,000");
    assert_ne!(group.status, ClaimStatus::Conflict, "{group:?}");
}

#[test]
fn a_present_tense_verb_after_a_pending_conjunction_is_not_done() {
    let analysis = analyze(&corpus(&[
        "A\n\nThe deal would be announced after the minister meets her counterpart in Vienna.",
    ]));
    let modalities: Vec<(String, Modality)> = analysis.articles[0]
        .claims
        .iter()
        .flat_map(|c| &c.facts)
        .filter_map(|f| match &f.value {
            FactValue::Modality { value, text } => Some((text.clone(), *value)),
            _ => None,
        })
        .collect();
    assert!(
        !modalities
            .iter()
            .any(|(text, m)| text.contains("meets") && *m == Modality::Done),
        "{modalities:?}"
    );
    // The same verb as the sentence's own statement is done.
    let analysis = analyze(&corpus(&[
        "A\n\nMinister Velesz meets her counterpart in Vienna every spring.",
    ]));
    assert!(
        analysis.articles[0]
            .claims
            .iter()
            .flat_map(|c| &c.facts)
            .any(|f| matches!(
                f.value,
                FactValue::Modality {
                    value: Modality::Done,
                    ..
                }
            ))
    );
}

/// The modality facts of every claim of a one-article corpus of `text`.
fn modalities(text: &str) -> Vec<(String, Modality)> {
    modalities_of(&analyze(&corpus(&[text])))
}

/// The modality facts of every claim of a one-article corpus of `text`
/// published on `date`.
fn modalities_on(text: &str, date: &str) -> Vec<(String, Modality)> {
    modalities_of(&analyze(&common::corpus_dated(&[(text, Some(date))])))
}

/// The modality facts of every claim of the first article of `analysis`.
fn modalities_of(analysis: &parallax::analysis::Analysis) -> Vec<(String, Modality)> {
    analysis.articles[0]
        .claims
        .iter()
        .flat_map(|c| &c.facts)
        .filter_map(|f| match &f.value {
            FactValue::Modality { value, text } => Some((text.clone(), *value)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_present_tense_dated_after_publication_is_a_schedule() {
    for text in [
        "A\n\nConstruction begins in March and the arena opens in 2028.",
        "A\n\nOn Jan. 9 Judge Karen Ames begins the trial in Dunmore.",
    ] {
        let found = modalities_on(text, "2025-11-20");
        assert!(
            !found.is_empty() && found.iter().all(|(_, m)| *m == Modality::Expected),
            "{text}: {found:?}"
        );
    }
    // A habit, a year gone by, or a date of another clause makes none.
    for text in [
        "A\n\nMayor Ann Lee approves the budget every March.",
        "A\n\nIn 2019 Mayor Ann Lee approves the budget.",
        "A\n\nMayor Ann Lee approves the budget, and the council votes in March.",
    ] {
        let found = modalities_on(text, "2025-11-20");
        assert!(
            found.iter().any(|(_, m)| *m == Modality::Done),
            "{text}: {found:?}"
        );
    }
    // So a schedule and a schedule in other words are no conflict of modality.
    let corpus = common::corpus_dated(&[
        (
            "A\n\nConstruction begins in March on the Harbor Point arena.",
            Some("2025-11-20"),
        ),
        (
            "B\n\nConstruction on the Harbor Point arena is scheduled to begin in March.",
            Some("2025-11-21"),
        ),
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "begins", "begin"));
    no_conflict_of(&analysis, "modality");
}

#[test]
fn what_should_have_happened_and_what_is_under_way_are_not_done() {
    for (text, verb) in [
        (
            "A\n\nThe attorney general said the bank should have notified her office within 10 days.",
            "notified",
        ),
        (
            "A\n\nThe senator said the rule would have required audits of every lender.",
            "required",
        ),
        (
            "A\n\nInspectors said the city ought to have closed the bridge in May.",
            "closed",
        ),
        (
            "A\n\nCustomers are being offered one year of credit monitoring.",
            "offered",
        ),
    ] {
        let found = modalities(text);
        assert!(
            !found
                .iter()
                .any(|(t, m)| t.contains(verb) && *m == Modality::Done),
            "{text}: {found:?}"
        );
    }
    // What was done stays done, however it is introduced.
    for text in [
        "A\n\nThe bank said it has notified her office.",
        "A\n\nThe bank had notified her office within 10 days.",
    ] {
        let found = modalities(text);
        assert!(
            found
                .iter()
                .any(|(t, m)| t.contains("notified") && *m == Modality::Done),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_meeting_due_and_a_meeting_awaited_are_no_conflict_of_modality() {
    let corpus = corpus(&[
        "A\n\nForeign Minister Katarina Velesz is due to meet her counterpart in Vienna on Friday.",
        "B\n\nA decision will be announced after Foreign Minister Katarina Velesz meets her counterpart in Vienna.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "meet", "meets"));
    no_conflict_of(&analysis, "modality");
}

#[test]
fn the_tenures_of_two_named_people_are_two_facts() {
    let corpus = corpus(&[
        "A\n\nMarcus Reyes, a steward who has worked at the depot for 19 years, said the drivers were angry.",
        "B\n\nTony Marchetti, a mechanic who has worked at the depot for 16 years, said the drivers were angry.",
    ]);
    let analysis = analyze(&corpus);
    // Linked or not (each is introduced by a role of their own), never a conflict.
    let group = group_on(&corpus, &analysis, 0, "19 years");
    assert_ne!(group.status, ClaimStatus::Conflict, "{group:?}");
}

#[test]
fn one_persons_tenure_given_two_ways_is_a_conflict() {
    conflict_shows(
        &[
            "A\n\nMarcus Reyes, a steward who has worked at the depot for 19 years, said the drivers were angry.",
            "B\n\nMarcus Reyes, a steward who has worked at the depot for 16 years, said the drivers were angry.",
        ],
        0,
        "19 years",
        &["19 years", "16 years"],
    );
}

#[test]
fn the_only_near_counts_of_one_thing_are_one_figure() {
    // The wire counts the train's cars and the derailed ones; the other
    // outlet gives one count of cars, near only the derailed ones: one figure
    // given two ways, though the clauses around it share a word at most.
    conflict_shows(
        &[
            "A\n\nThe eastbound train, hauling 112 cars, derailed on Thursday, spilling 23 cars across the tracks.",
            "B\n\nTwenty-eight cars came off the rails, according to the county emergency agency.",
        ],
        0,
        "23 cars",
        &["23 cars", "Twenty-eight cars"],
    );
}

#[test]
fn a_count_near_two_of_the_others_counts_is_no_conflict() {
    // Two counts of cars near the other's one: which of them it gives is
    // not known, so it is set against neither.
    no_conflict(&[
        "A\n\nThe train derailed on Thursday, spilling 18 cars across the tracks; 24 cars stayed upright.",
        "B\n\nTwenty-seven cars came off the rails, according to the county emergency agency.",
    ]);
}

/// No group of the analysis of `texts` is a conflict.
fn no_conflict(texts: &[&str]) {
    let corpus = corpus(texts);
    let analysis = analyze(&corpus);
    let conflicts: Vec<&ClaimGroup> = analysis
        .claim_groups
        .iter()
        .filter(|g| g.status == ClaimStatus::Conflict)
        .collect();
    assert!(conflicts.is_empty(), "{conflicts:?}");
}

#[test]
fn a_number_inside_a_name_route_or_rank_is_no_count_to_contradict() {
    no_conflict(&[
        "A\n\nThe truck overturned on Route 9 near the county line, the state police said on Monday.",
        "B\n\nThe truck overturned on Route 12 near the county line, the state police said on Monday.",
    ]);
    no_conflict(&[
        "A\n\nGarza, the No. 2 official at the agency, resigned on Friday, the department said.",
        "B\n\nGarza, the agency's No. 3 official, resigned on Friday, the department said.",
    ]);
}

#[test]
fn an_age_band_is_not_a_count_of_people() {
    no_conflict(&[
        "A\n\nPolice said 64 residents were evacuated from the building on Elm Street on Sunday.",
        "B\n\nPolice said the residents evacuated from the building on Elm Street on Sunday were mostly in their 60s.",
    ]);
}

#[test]
fn the_dates_of_two_different_filings_are_two_facts() {
    no_conflict(&[
        "A\n\nThe company filed its first complaint on March 3 and an amended complaint on April 18, court records show.",
        "B\n\nCourt records show the amended complaint was filed on April 18, weeks after the first one.",
    ]);
}

#[test]
fn the_dates_of_two_filings_of_one_kind_are_two_facts() {
    // Each outlet dates one filing, and both are complaints; but the words
    // before the head say which: the first one and the amended one.
    no_conflict(&[
        "A\n\nThe tenants filed the first complaint on March 3, court records show.",
        "B\n\nThe tenants filed an amended complaint on April 18, according to court records.",
    ]);
}

#[test]
fn the_start_of_one_project_dated_in_other_words_is_a_conflict() {
    // "begin" and "start" name one event; each outlet dates it once.
    conflict_shows(
        &[
            "A\n\nConstruction of the stadium is scheduled to begin in March, the city said.",
            "B\n\nConstruction on the stadium is set to start in April, the team said on its website.",
        ],
        0,
        "March",
        &["March", "April"],
    );
}

#[test]
fn the_starts_of_two_things_are_two_dates() {
    no_conflict(&[
        "A\n\nThe trial of the two former officers began in March, court records show.",
        "B\n\nHearings on the county's appeal will start in April, the clerk said.",
    ]);
}

/// A value as a story's gold gives it: the article's index and an exact
/// stretch of its text (the first occurrence).
type Value = (usize, &'static str);

/// The story `name` of tests/fixtures/conflict_stories, analysed.
fn story(name: &str) -> (parallax::model::Corpus, parallax::analysis::Analysis) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/conflict_stories")
        .join(name);
    let corpus = parallax::model::load::load_paths(&[dir]).expect("story loads");
    let analysis = analyze(&corpus);
    (corpus, analysis)
}

/// Where `value` is written.
fn locate(corpus: &parallax::model::Corpus, (article, text): Value) -> parallax::model::Span {
    let start = corpus.articles[article]
        .text
        .find(text)
        .unwrap_or_else(|| panic!("{text:?} not in article {article}"));
    parallax::model::Span::new(start, start + text.len())
}

/// True when the conflict of `group` shows two of `values` that differ, each
/// with a span on it in its own article.
fn shows(corpus: &parallax::model::Corpus, group: &ClaimGroup, values: &[Value]) -> bool {
    let on = |value: Value| {
        let span = locate(corpus, value);
        group.conflicts.iter().any(|c| {
            c.values
                .iter()
                .any(|v| v.member.article == value.0 && v.span.overlaps(span))
        })
    };
    values.iter().enumerate().any(|(i, a)| {
        values[i + 1..]
            .iter()
            .any(|b| a.0 != b.0 && a.1 != b.1 && on(*a) && on(*b))
    })
}

/// Checks the conflicts found in story `name`: each of `found` is shown by a
/// conflict group, with its values' spans; every conflict group shows one of
/// `found` or of `unlinked` (real conflicts whose claims linking does not yet
/// put in one group).
fn check_story(name: &str, found: &[&[Value]], unlinked: &[&[Value]]) {
    let (corpus, analysis) = story(name);
    let conflicts: Vec<&ClaimGroup> = analysis
        .claim_groups
        .iter()
        .filter(|g| g.status == ClaimStatus::Conflict)
        .collect();
    let texts = |g: &ClaimGroup| -> Vec<String> {
        g.conflicts
            .iter()
            .flat_map(|c| &c.values)
            .map(|v| {
                v.span
                    .slice(&corpus.articles[v.member.article].text)
                    .to_string()
            })
            .collect()
    };
    for values in found {
        assert!(
            conflicts.iter().any(|g| shows(&corpus, g, values)),
            "{name}: conflict {values:?} not shown; conflicts: {:?}",
            conflicts.iter().map(|g| texts(g)).collect::<Vec<_>>()
        );
    }
    for group in &conflicts {
        assert!(
            found
                .iter()
                .chain(unlinked)
                .any(|values| shows(&corpus, group, values)),
            "{name}: false conflict {:?}",
            texts(group)
        );
    }
}

#[test]
fn a_plea_hearing_told_three_ways() {
    check_story(
        "court",
        &[
            &[(0, "pleaded guilty"), (2, "expected to plead")],
            &[(0, "52"), (1, "52"), (2, "53")],
            &[
                (0, "Judge Warren Pike"),
                (1, "Judge Warren Pike"),
                (2, "Judge Walter Pike"),
            ],
        ],
        &[
            // "admitted taking $4,412.50" is not linked to "embezzling $4,312.50".
            &[(0, "$4,312.50"), (1, "$4,412.50")],
            &[(0, "Tuesday"), (1, "Wednesday")],
        ],
    );
}

#[test]
fn a_council_vote_told_three_ways() {
    check_story(
        "vote",
        &[
            &[(0, "7 to 4"), (1, "7-4"), (2, "8-3")],
            &[(0, "36-page"), (1, "35-page")],
        ],
        &[
            // "chose Rebecca Amsel" is not linked to "elected Ruth Amsel".
            &[(0, "Ruth Amsel"), (1, "Rebecca Amsel"), (2, "Ruth Amsel")],
            &[(0, "Monday"), (1, "Tuesday"), (2, "Monday")],
            &[
                (0, "$2.3 million"),
                (1, "$2.4 million"),
                (2, "$2.3 million"),
            ],
        ],
    );
}

#[test]
fn a_takeover_told_three_ways() {
    check_story(
        "deal",
        &[
            &[(0, "agreed to buy"), (1, "considering buying")],
            &[(0, "$48 a share"), (1, "$46 a share"), (2, "$48 in cash")],
        ],
        &[&[
            (0, "3,100 people"),
            (1, "3,400 employees"),
            (2, "3,100 workers"),
        ]],
    );
}

#[test]
fn a_tornado_told_three_ways() {
    check_story(
        "storm",
        &[
            &[(0, "six people"), (1, "Seven people"), (2, "six people")],
            &[(0, "Saturday evening"), (1, "Saturday"), (2, "Friday")],
            &[
                (0, "declared a state"),
                (1, "considering declaring"),
                (2, "declared an emergency"),
            ],
            &[(0, "$25 million"), (1, "$25 million"), (2, "$20 million")],
            &[(1, "150 mph"), (2, "165 mph")],
        ],
        &[&[(1, "58"), (2, "56")]],
    );
}

#[test]
fn a_robbery_arrest_told_three_ways() {
    check_story(
        "police",
        &[
            &[(1, "43"), (2, "34")],
            &[
                (0, "Chief Laura Voss"),
                (1, "Chief Laura Voss"),
                (2, "Chief Linda Voss"),
            ],
        ],
        &[
            &[(0, "Thursday"), (1, "Wednesday"), (2, "Thursday")],
            &[(0, "34-year-old"), (1, "43")],
            // Held on $250,000 or $25,000 bail: ten times apart, so no conflict of
            // near values, though one outlet has surely dropped a zero.
            &[(0, "$250,000"), (2, "$25,000")],
        ],
    );
}

#[test]
fn a_bill_with_two_votes_two_sums_and_two_namesakes_has_no_conflict() {
    check_story("lookalike", &[], &[]);
}

#[test]
fn the_date_of_a_saying_is_not_the_date_of_the_event() {
    no_conflict(&[
        "A\n\nFirefighters contained the warehouse fire on Saturday, the fire chief said.",
        "B\n\nThe fire chief said on Monday that firefighters had contained the warehouse fire near the docks.",
    ]);
    no_conflict(&[
        "A\n\nThe ferry ran aground on Thursday near Kell Point, the coast guard said.",
        "B\n\nThe coast guard on Friday said the ferry had run aground near Kell Point.",
    ]);
    // The event's own date still conflicts, wherever the saying is dated.
    conflict_shows(
        &[
            "A\n\nFirefighters contained the warehouse fire on Saturday, the fire chief said.",
            "B\n\nThe fire chief said that firefighters had contained the warehouse fire on Sunday.",
        ],
        0,
        "contained",
        &["Saturday", "Sunday"],
    );
}

#[test]
fn two_people_of_one_family_are_not_one_person_given_two_names() {
    no_conflict(&[
        "A\n\nMaria Lopez and her husband, Carlos Lopez, were rescued from the roof of their home by a fire crew on Sunday.",
        "B\n\nCarlos Lopez was rescued from the roof of the family home by a fire crew on Sunday, neighbours said.",
    ]);
    // One person given another first name, by an outlet that names no one else
    // of that family, still conflicts.
    conflict_shows(
        &[
            "A\n\nMaria Lopez was rescued from the roof of her home by a fire crew on Sunday.",
            "B\n\nMarta Lopez was rescued from the roof of her home by a fire crew on Sunday, neighbours said.",
        ],
        0,
        "rescued",
        &["Maria Lopez", "Marta Lopez"],
    );
}

#[test]
fn an_outlet_giving_both_tallies_reports_two_votes() {
    // A's House vote and B's Senate vote link; A gives the Senate's too.
    no_conflict(&[
        "A\n\nThe House passed the budget bill 220-210 on Thursday.\n\nThe Senate followed hours later, voting 51-49 to send it to the governor.",
        "B\n\nThe budget bill passed 51-49 on Thursday and now goes to the governor.",
    ]);
    // Without the other vote stated, the tallies conflict.
    let corpus = corpus(&[
        "A\n\nThe House passed the budget bill 220-210 on Thursday.",
        "B\n\nThe House passed the budget bill 221-209 on Thursday.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "220-210");
    assert_eq!(shown(&corpus, group), ["220-210", "221-209"]);
}

#[test]
fn a_denial_and_a_deed_of_two_different_things_are_no_conflict_of_modality() {
    no_conflict(&[
        "A\n\nPolice did not release the name of the suspect in the robbery on Friday.",
        "B\n\nPolice released a video of the suspect in the robbery on Friday.",
    ]);
    // Denied and done of one thing conflict.
    modality_conflict_on(
        &[
            "A\n\nPolice did not release the name of the suspect in the robbery on Friday.",
            "B\n\nPolice released the name of the suspect in the robbery on Friday.",
        ],
        "release",
    );
}

/// Asserts that the claim group holding the first article's claim at
/// `anchor` is a conflict of modality.
fn modality_conflict_on(texts: &[&str], anchor: &str) {
    let corpus = corpus(texts);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, anchor);
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    assert_eq!(group.conflicts[0].kind, "modality");
}

#[test]
fn an_amount_asked_for_and_an_amount_granted_are_two_facts() {
    no_conflict(&[
        "A\n\nThe school district had asked the state for $6 million to repair the roofs of its schools.",
        "B\n\nThe state gave the school district $4.5 million to repair the roofs of its schools.",
    ]);
}

#[test]
fn a_hedged_round_share_allows_a_figure_near_it() {
    let (a, b) = pair(
        "Brisco will pay a premium of {} over the closing price of Tallow shares on Wednesday.",
        "roughly 20 percent",
        "22 percent",
    );
    no_conflict(&[&a, &b]);
    // An exact round share does not.
    let (a, b) = pair(
        "Brisco will pay a premium of {} over the closing price of Tallow shares on Wednesday.",
        "20 percent",
        "22 percent",
    );
    let corpus = corpus(&[&a, &b]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "20 percent");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
}

#[test]
fn a_things_age_is_not_a_length_of_time() {
    no_conflict(&[
        "A\n\nBrisco said the purchase of the snack maker was its largest acquisition in two decades.",
        "B\n\nBrisco said the purchase of the 38-year-old snack maker was its largest acquisition.",
    ]);
}

#[test]
fn figures_of_two_periods_are_two_facts() {
    no_conflict(&[
        "A\n\nRevenue at the grocer rose 12 percent in the third quarter, the company said.",
        "B\n\nRevenue at the grocer rose 9 percent in the second quarter, the company said.",
    ]);
    no_conflict(&[
        "A\n\nThe airport handled 4.1 million passengers in 2023, the authority said.",
        "B\n\nThe airport handled 3.2 million passengers in 2019, the authority said.",
    ]);
    // One period given two figures conflicts.
    let corpus = corpus(&[
        "A\n\nRevenue at the grocer rose 12 percent in the third quarter, the company said.",
        "B\n\nRevenue at the grocer rose 9 percent in the 3rd quarter, the company said.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "12 percent");
    assert_eq!(shown(&corpus, group), ["12 percent", "9 percent"]);
}

#[test]
fn what_a_measure_would_do_and_a_vote_for_it_are_no_conflict_of_modality() {
    // "The bill would require" states the bill's content, not a forecast, so
    // it does not contradict "the Senate voted to require"; a forecast does.
    let provision = corpus(&[
        "A\n\nThe bill would require meters on farm wells in the Pecos basin.",
        "B\n\nThe Senate voted on Thursday to require meters on farm wells in the Pecos basin.",
    ]);
    let analysis = analyze(&provision);
    assert!(linked(&provision, &analysis, "require", "require"));
    assert_ne!(
        group_on(&provision, &analysis, 0, "require").status,
        ClaimStatus::Conflict
    );
    // conflict_values asserts that the group is a conflict.
    conflict_values(
        &[
            "A\n\nThe Senate was expected to require meters on farm wells in the Pecos basin.",
            "B\n\nThe Senate voted on Thursday to require meters on farm wells in the Pecos basin.",
        ],
        "require",
    );
}

/// The values the conflict of the group of the claim anchored on `anchor`
/// (first article) shows; panics unless that group is a conflict.
fn conflict_values(texts: &[&str], anchor: &str) -> Vec<String> {
    let corpus = corpus(texts);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, anchor);
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    shown(&corpus, group)
}

/// True when the claims anchored on `a` (first article) and `b` (second) of
/// `texts` share a group.
fn links(texts: &[&str], a: &str, b: &str) -> bool {
    let corpus = corpus(texts);
    linked(&corpus, &analyze(&corpus), a, b)
}

#[test]
fn two_shares_of_one_whole_close_together_are_one_share_in_conflict() {
    const WON: &str = "A\n\nOkafor won 64 percent of the delegates at the party convention in Dayton on Saturday.";
    let close = [
        WON,
        "B\n\nShe is the nominee after collecting barely 56 percent of the delegates, her critics noted.",
    ];
    assert_eq!(
        conflict_values(&close, "64 percent"),
        ["64 percent", "56 percent"]
    );
    // Far apart, they are two shares (a first ballot, a runoff), not one.
    let apart = [
        WON,
        "B\n\nShe is the nominee after collecting barely 31 percent of the delegates, her critics noted.",
    ];
    assert!(!links(&apart, "64 percent", "31 percent"));
}

#[test]
fn two_close_sums_for_one_thing_in_other_words_are_one_sum_in_conflict() {
    const BUY: &str = "A\n\nMeridian Freight agreed on Monday to buy its rival Castell Express for $3.5 billion in cash and stock.";
    let close = [
        BUY,
        "B\n\nMeridian Freight is buying Castell Express. The price tag: $3.6 billion.",
    ];
    assert_eq!(
        conflict_values(&close, "$3.5 billion"),
        ["$3.5 billion", "$3.6 billion"]
    );
    // A close sum of another thing stays apart.
    let other = [
        BUY,
        "B\n\nCastell Express reported revenue of $3.6 billion last year, up from a year earlier.",
    ];
    assert!(!links(&other, "$3.5 billion", "$3.6 billion"));
}

#[test]
fn a_date_set_before_an_apposition_dates_the_event_after_it() {
    // "On Monday, Judge X, an appointee of …, tore up the permit": the
    // apposition cuts "On Monday" from its clause, and it still dates the
    // event, against another outlet's Tuesday; "tore up" revokes.
    let texts = [
        "A\n\nA federal judge on Tuesday revoked the water permit for the Alder Ridge pipeline.",
        "B\n\nOn Monday, U.S. District Judge Mara Quist, an appointee of the last administration, tore up the water permit for the Alder Ridge pipeline.",
    ];
    assert_eq!(conflict_values(&texts, "revoked"), ["Tuesday", "Monday"]);
}

#[test]
fn a_measure_written_before_or_after_its_value_is_one_slot() {
    // "magnitude 6.8" and "6.8-magnitude" state one measure; 6.9 is another
    // value of it, though small: a value with a fraction counts nothing.
    let corpus = corpus(&[
        "Quake\n\nA magnitude 6.8 earthquake struck southern Peru early Tuesday, officials said.",
        "Quake\n\nA powerful 6.8-magnitude earthquake shook southern Peru before dawn on Tuesday.",
        "Quake\n\nA 6.9-magnitude earthquake hit southern Peru on Tuesday morning.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "6.8", "6.8-magnitude"));
    let group = group_on(&corpus, &analysis, 0, "6.8");
    assert_eq!(group.status, ClaimStatus::Conflict);
    assert_eq!(
        shown(&corpus, group).last().map(String::as_str),
        Some("6.9-magnitude")
    );
}

#[test]
fn one_distance_in_written_and_abbreviated_units_links() {
    let corpus = corpus(&[
        "Quake\n\nThe quake hit at 4:12 a.m. near Acarí, about 80 kilometers from the coast.",
        "Quake\n\nThe tremor struck at 4:12 a.m. local time about 80 km offshore, near Acarí.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "80 kilometers", "80 km"));
}

#[test]
fn one_persons_age_given_two_ways_is_a_conflict_whatever_the_sentences() {
    let corpus = corpus(&[
        "Sentenced\n\nJudge Walter Rice also ordered Carl D. Brenner, 61, to repay $1,214,880 in restitution.",
        "Sentenced\n\nBrenner, 62, admitted in March that he diverted county money into his own accounts.",
        "Sentenced\n\nHis lawyer, Nicole Varga, 60, asked for probation on Friday.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "61", "62"));
    let group = group_on(&corpus, &analysis, 0, "61");
    assert_eq!(group.status, ClaimStatus::Conflict);
    // Another person's age is another fact.
    assert!(group.members.iter().all(|m| m.article != 2));
}

#[test]
fn a_denied_harm_against_a_reported_one_is_a_conflict() {
    let corpus = corpus(&[
        "Derailment\n\nA freight train derailed near Dunmore Falls on Saturday. No injuries were reported.",
        "Derailment\n\nA freight train derailed near Dunmore Falls on Saturday. Two workers were injured, officials said.",
        "Derailment\n\nA freight train derailed near Dunmore Falls on Saturday. Nobody was injured.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "injuries");
    assert_eq!(group.status, ClaimStatus::Conflict);
    assert_eq!(group.conflicts[0].kind, "modality");
    // Two denials of it agree.
    no_conflict(&[
        "Derailment\n\nA freight train derailed near Dunmore Falls on Saturday. No injuries were reported.",
        "Derailment\n\nA freight train derailed near Dunmore Falls on Saturday. Nobody was injured.",
    ]);
}

#[test]
fn two_dates_of_one_event_each_outlet_dates_once_are_a_conflict() {
    let corpus = corpus(&[
        "A\n\nHackers stole data on 4.2 million customers in a breach the bank discovered on Oct. 3, the largest ever disclosed by a lender in the state.",
        "B\n\nThe bank said on Tuesday that the breach, which exposed data on 4.2 million customers, was discovered on Oct. 4.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "Oct. 3", "Oct. 4"));
    let group = group_on(&corpus, &analysis, 0, "Oct. 3");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
}

#[test]
fn the_dates_of_two_acts_of_one_verb_are_two_facts() {
    // Two filings: what each verb acts on differs.
    let corpus = corpus(&[
        "A\n\nThe city filed the lawsuit against the county on March 3, the mayor said.",
        "B\n\nThe city filed an appeal against the county on March 10, the mayor said.",
    ]);
    let analysis = analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "March 3", "March 10"));
    // An outlet that dates the event twice tells of two of them.
    let corpus = corpus_twice();
    let analysis = analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "Oct. 3", "Oct. 4"));
}

/// One outlet dating one discovery, another dating two.
fn corpus_twice() -> parallax::model::Corpus {
    corpus(&[
        "A\n\nThe bank discovered the breach on Oct. 3, a spokeswoman said.",
        "B\n\nThe bank discovered the breach on Oct. 4, a spokeswoman said. A second breach was discovered on Oct. 9 at a branch in Duluth.",
    ])
}

#[test]
fn a_figure_stated_elsewhere_of_another_thing_excuses_nothing() {
    // A's 14 counts people killed, not districts: B's 14 districts are still
    // another figure for A's 12.
    let texts = [
        "A\n\nThe quake killed at least 14 people. President Elena Vargas declared a 60-day state of emergency in 12 districts on Sunday.",
        "B\n\nPresident Elena Vargas declared a state of emergency for 60 days in 14 districts of the region on Sunday.",
    ];
    assert_eq!(status_on(&texts, "12 districts"), ClaimStatus::Conflict);
}

#[test]
fn a_toll_given_as_the_number_it_rose_to_is_the_toll() {
    let corpus = corpus(&[
        "A\n\nThe earthquake struck early on Sunday, killing at least 14 people in the province, the civil defense agency said.",
        "B\n\nThe number of people killed by Sunday's earthquake in the province rose to 17 on Monday, the civil defense agency said.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "14 people", "17"));
    // "At least 14" allows 17: no conflict.
    let group = group_on(&corpus, &analysis, 0, "14 people");
    assert_eq!(group.status, ClaimStatus::Shared, "{group:?}");
    // A death toll given to another exact figure is a conflict.
    let tolls = [
        "A\n\nThe storm killed 12 people in the county on Saturday, the sheriff said.",
        "B\n\nThe death toll from Saturday's storm in the county climbed to 19, the sheriff said.",
    ];
    assert_eq!(status_on(&tolls, "12 people"), ClaimStatus::Conflict);
}

#[test]
fn counts_describing_the_holders_of_two_roles_are_two_facts() {
    let texts = [
        "A\n\nCouncil member Lucia Ortega defeated two-term Mayor Frank Halloran on Tuesday in the city election.",
        "B\n\nThe three-term council member defeated Mayor Frank Halloran on Tuesday in the city election.",
    ];
    assert_ne!(status_on(&texts, "two-term"), ClaimStatus::Conflict);
    // One role's holder counted two ways is a conflict.
    let texts = [
        "A\n\nCouncil member Lucia Ortega defeated two-term Mayor Frank Halloran on Tuesday in the city election.",
        "B\n\nCouncil member Lucia Ortega defeated three-term Mayor Frank Halloran on Tuesday in the city election.",
    ];
    assert_eq!(status_on(&texts, "two-term"), ClaimStatus::Conflict);
}

#[test]
fn close_tallies_of_two_outlets_giving_one_tally_each_are_one_vote() {
    let texts = [
        "A\n\nWith 98% of ballots counted, Ortega had 52% of the vote to Halloran's 48%, unofficial results showed.",
        "B\n\nThe council member beat Mayor Frank Halloran 53% to 47% in Tuesday's election.",
    ];
    assert_eq!(status_on(&texts, "52%"), ClaimStatus::Conflict);
    // An outlet giving two tallies tells of two votes: closeness alone joins nothing.
    let texts = [
        "A\n\nThe Senate passed the water bill 52-48 on Tuesday.",
        "B\n\nLawmakers approved a road measure 53-47 after a long debate. A second measure on tolls cleared the chamber 61-39.",
    ];
    assert_eq!(status_on(&texts, "52-48"), ClaimStatus::Unique);
}

#[test]
fn small_counts_one_apart_of_a_thing_each_outlet_counts_once_are_a_conflict() {
    let a = "A\n\nTwo crew members were aboard when the eastbound freight train left the tracks near Oakdale on Monday.";
    let three = "B\n\nThe railroad said its three-person crew, based in Harlow, had been on duty since dawn.";
    assert_eq!(status_on(&[a, three], "Two crew"), ClaimStatus::Conflict);
    // Further apart, a small count may count something else.
    let five = "B\n\nThe railroad said its five-person crew, based in Harlow, had been on duty since dawn.";
    assert_eq!(status_on(&[a, five], "Two crew"), ClaimStatus::Unique);
}

#[test]
fn two_lengths_of_one_run_are_a_conflict_however_the_run_is_written() {
    conflict_shows(
        &[
            "A\n\nThe central bank raised its main rate on Thursday, its fourth consecutive increase, citing stubborn prices.",
            "B\n\nThe central bank lifted its main rate on Thursday, the third hike in a row, citing stubborn prices.",
        ],
        1,
        "third hike in a row",
        &["fourth consecutive increase", "third hike in a row"],
    );
}

#[test]
fn one_length_of_a_run_written_two_ways_links_without_conflict() {
    let corpus = corpus(&[
        "A\n\nThe striker scored again on Saturday, his sixth straight game with a goal, the club said.",
        "B\n\nThe striker found the net on Saturday, the sixth game running in which he scored, the club said.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "sixth straight game");
    assert_eq!(group.status, ClaimStatus::Shared, "{group:?}");
}

#[test]
fn an_age_given_for_a_person_another_outlet_names_otherwise_is_a_name_conflict() {
    conflict_shows(
        &[
            "A\n\nLena Quill, 41, of Dunmore, was arrested at her home on Sunday, police said.",
            "B\n\nNina Quill, 41, was arrested on Sunday, a police spokesman said.",
        ],
        1,
        "41",
        &["Lena Quill", "Nina Quill"],
    );
}

#[test]
fn a_day_after_the_verb_is_not_what_the_event_acts_on() {
    // "charged Friday with fraud" acts on fraud, as "charged with fraud on
    // Friday" does: an expected charge against a done one is a conflict.
    let corpus = corpus(&[
        "A\n\nLena Voss, 38, of Elmhurst, and Tom Greer, 29, of Dale Park, are expected to be charged Friday with fraud, forgery and theft, the county police said.",
        "B\n\nLena Voss and Tom Greer appeared before Judge Ann Patel, where each was charged with second-degree fraud and ordered held on bail.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 1, "charged");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    assert_eq!(group.conflicts[0].kind, "modality");
}

#[test]
fn two_sizes_of_one_measured_area_are_a_conflict_however_small() {
    // A measure is no count of things: half a mile against a mile is not
    // chance, as two against three people may be.
    conflict_shows(
        &[
            "A\n\nAfter the spill, police ordered everyone within a one-mile radius of the plant to leave.",
            "B\n\nA half-mile radius was cordoned off around the plant after the spill, police said.",
        ],
        1,
        "half-mile",
        &["one-mile", "half-mile"],
    );
}

#[test]
fn two_ranks_of_one_thing_are_a_conflict_whatever_they_rank_by() {
    conflict_shows(
        &[
            "A\n\nMarlow is the nation's second-busiest airport, handling 40 million travellers a year.",
            "B\n\nMarlow, the third-largest airport in the country, handles 40 million travellers a year.",
        ],
        1,
        "third-largest",
        &["second-busiest", "third-largest"],
    );
}

#[test]
fn a_discovery_in_other_words_on_another_day_is_a_date_conflict() {
    // "detected", "noticed", "spotted" and "discovered" report one finding.
    for verb in ["detected", "noticed", "spotted"] {
        let a = format!(
            "Leak\n\nThe water authority {verb} the leak in the reservoir wall on March 4 and closed the dam road."
        );
        let b = "Leak\n\nThe water authority discovered the leak in the reservoir wall on 6 March, according to the inspectors.";
        conflict_shows(&[&a, b], 1, "6 March", &["March 4", "6 March"]);
    }
}

#[test]
fn a_start_or_a_collapse_in_a_phrasal_verb_is_dated_as_one_event() {
    conflict_shows(
        &[
            "Blaze\n\nThe warehouse fire broke out on Monday near the rail yard, the fire department said.",
            "Blaze\n\nThe warehouse fire started on Tuesday near the rail yard, the fire department said.",
        ],
        1,
        "started",
        &["Monday", "Tuesday"],
    );
    conflict_shows(
        &[
            "Strike\n\nContract talks between the nurses and the hospital broke down on Thursday.",
            "Strike\n\nContract talks between the nurses and the hospital collapsed on Friday.",
        ],
        1,
        "collapsed",
        &["Thursday", "Friday"],
    );
}

#[test]
fn a_date_after_a_later_verb_dates_that_verb() {
    // "Monday" dates the breakdown of the talks, not the shutdown.
    let corpus = corpus(&[
        "Port\n\nThe union shut all four container terminals after contract talks broke down on Monday night.",
        "Port\n\nThe union shut all four container terminals on Tuesday, the port authority said.",
    ]);
    no_conflict_of(&analyze(&corpus), "date");
}

#[test]
fn a_date_right_after_an_earlier_verb_dates_that_verb() {
    // "2024" dates the discovery; the retirement is dated only by the other
    // outlet ...
    let corpus = corpus(&[
        "Audit\n\nThe shortfall was found in 2024 by a consultant brought in after the director retired.",
        "Audit\n\nIt came out only because a consultant went through the books after the director retired in 2023.",
    ]);
    no_conflict_of(&analyze(&corpus), "date");
    // ... while a date opening the clause still dates its event.
    conflict_shows(
        &[
            "Board\n\nOn Monday, the school board voted to close Lincoln Elementary.",
            "Board\n\nOn Tuesday, the school board voted to close Lincoln Elementary.",
        ],
        0,
        "voted",
        &["Monday", "Tuesday"],
    );
}

#[test]
fn talks_as_a_subject_put_no_doubt_on_their_verb() {
    let modalities = |text: &str| -> Vec<Modality> {
        let corpus = corpus(&[text]);
        analyze(&corpus).articles[0]
            .claims
            .iter()
            .flat_map(|c| &c.facts)
            .filter_map(|f| match f.value {
                FactValue::Modality { value, .. } => Some(value),
                _ => None,
            })
            .collect()
    };
    // "talks broke down" states the breakdown ...
    let stated = modalities("Port\n\nContract talks with the employers broke down on Monday.");
    assert!(!stated.contains(&Modality::Considered), "{stated:?}");
    // ... "in talks to" puts the purchase in doubt.
    let doubted = modalities("Port\n\nHarbor Freight is in talks to buy the port operator.");
    assert!(doubted.contains(&Modality::Considered), "{doubted:?}");
}

#[test]
fn a_hedged_round_figure_allows_the_step_of_its_last_digit() {
    let frame = "The transit board said it must close a budget gap of {} before July.";
    for (x, y, conflict) in [
        // "about 40 million" is given to the ten million.
        ("about $40 million", "$41 million", false),
        ("about $40 million", "$41.2 million", false),
        ("about $40 million", "$45 million", true),
        // "about 2,300" is given to the hundred: 2,500 is another figure.
        ("about $2,300", "$2,500", true),
    ] {
        let (a, b) = pair(frame, x, y);
        let status = status_on(&[&a, &b], &x[x.find('$').unwrap()..]);
        assert_eq!(
            status == ClaimStatus::Conflict,
            conflict,
            "{x} / {y}: {status:?}"
        );
    }
}

#[test]
fn one_vote_on_the_other_side_of_a_tally_is_a_conflict() {
    // The outlet with one tally tells of the vote whose sentence shares its
    // figures: the fare vote, not the amendment.
    conflict_shows(
        &[
            "Fares\n\nThe transit board voted 7-4 on Thursday to raise the base bus fare from $2.75 to $3.25 \
             and to eliminate six routes. Earlier, the board rejected an amendment 6-5.",
            "Fares\n\nBy a lopsided 8-3 vote, the unelected board rammed through a hike to $3.25 -- a \
             staggering 18 percent jump -- and axed six routes that families depend on.",
        ],
        1,
        "8-3",
        &["7-4", "8-3"],
    );
}

#[test]
fn what_is_hoped_for_or_tried_is_not_done() {
    for (text, verb) in [
        (
            "A\n\nThe charity is hoping to recover the money from its insurer.",
            "recover",
        ),
        ("A\n\nThe city is trying to sell the bridge.", "sell"),
        ("A\n\nThe board hopes to close the deal.", "close"),
    ] {
        let found = modalities(text);
        assert!(
            found
                .iter()
                .any(|(t, m)| t.contains(verb) && *m == Modality::Considered),
            "{text}: {found:?}"
        );
    }
    // The past reports the attempt made.
    let found = modalities("A\n\nThe delegates tried once more to make the case on Saturday.");
    assert!(
        !found.iter().any(|(_, m)| *m == Modality::Considered),
        "{found:?}"
    );
}

#[test]
fn two_outlets_giving_other_maximum_prison_terms_conflict() {
    // Each outlet states one prison term: the one term of the story, whose
    // bound ("up to") is the law's figure, not a hedge.
    let texts = [
        "Verdict\n\nThe most serious charge, theft by deception, carries up to 20 years in prison.",
        "Verdict\n\nShe was convicted on Thursday. She now faces up to 25 years behind bars.",
    ];
    let terms = corpus(&texts);
    let analysis = analyze(&terms);
    assert!(linked(&terms, &analysis, "20 years", "25 years"));
    assert_eq!(status_on(&texts, "20 years"), ClaimStatus::Conflict);
    // The same term bounded or not is no conflict; a length of time served
    // nowhere is no prison term.
    let texts = [
        "Verdict\n\nThe most serious charge, theft by deception, carries up to 20 years in prison.",
        "Verdict\n\nShe ran the scheme for six years. She faces 20 years in prison.",
    ];
    let terms = corpus(&texts);
    let analysis = analyze(&terms);
    assert!(!linked(&terms, &analysis, "20 years", "six years"));
    assert_eq!(status_on(&texts, "20 years"), ClaimStatus::Shared);
}

#[test]
fn an_amount_ending_a_requests_infinitive_is_the_amount_asked_for() {
    // The bail prosecutors asked for and the bail the judge kept are two
    // figures, however far the request stands from the amount.
    let analysis = analyze(&corpus(&[
        "Bail\n\nJudge Helen Castellano kept Ms. Whitcombe's bail at $100,000 on Friday.",
        "Bail\n\nJudge Helen Castellano denied a prosecution request to raise Ms. Whitcombe's bail to $250,000 on Friday.",
    ]));
    no_conflict_of(&analysis, "money");
}

#[test]
fn an_amount_asked_for_is_not_the_amount_whose_role_is_unsaid() {
    // What the union sought and what it was awarded are two figures: no
    // link, so no conflict. The same sum written by both is one fact.
    assert!(!linked_in(
        &[
            "Back pay\n\nThe arbitrator ruled on Monday that the Harbor Workers Union is owed $1.4 million in back pay for the 2022 lockout.",
            "Back pay\n\nThe Harbor Workers Union had sought $2.2 million in back pay for the 2022 lockout, the arbitrator noted on Monday.",
        ],
        "$1.4 million",
        "$2.2 million"
    ));
    assert!(linked_in(
        &[
            "Back pay\n\nThe Harbor Workers Union is owed $2.2 million in back pay for the 2022 lockout, the arbitrator ruled on Monday.",
            "Back pay\n\nThe Harbor Workers Union had sought $2.2 million in back pay for the 2022 lockout, the arbitrator noted on Monday.",
        ],
        "$2.2 million",
        "$2.2 million"
    ));
}

#[test]
fn a_negation_contracted_with_its_auxiliary_denies_the_event() {
    // "didn't", "won't", "isn't" are one token each; they deny as "did not" does.
    let found =
        modalities("A\n\nThe county didn't pay the contractor. The mayor won't sign the order.");
    assert_eq!(
        found,
        [
            ("didn't pay".to_string(), Modality::Denied),
            ("won't sign".to_string(), Modality::Denied)
        ]
    );
    // So one outlet's "didn't release" against another's "released" is a
    // conflict of modality.
    modality_conflict_on(
        &[
            "A\n\nPolice didn't release the name of the suspect in the robbery on Friday.",
            "B\n\nPolice released the name of the suspect in the robbery on Friday.",
        ],
        "release",
    );
}

#[test]
fn an_event_noun_scheduled_states_an_expected_event() {
    assert_eq!(
        modalities("A\n\nA vote is expected next week."),
        [("vote is expected".to_string(), Modality::Expected)]
    );
    // The event's claim and its date's both carry it.
    let mut found = modalities("A\n\nThe final vote was set for June 13.");
    found.dedup();
    assert_eq!(found, [("vote was set".to_string(), Modality::Expected)]);
    // A noun not scheduled states no event of its own.
    assert_eq!(modalities("A\n\nThe vote was a landslide."), []);
}

#[test]
fn a_conflict_shows_only_the_values_that_differ_not_a_vague_one_beside_them() {
    let frame =
        "Rally\n\n{} rallied outside the Capitol on Friday to urge passage of the school budget.";
    let texts: Vec<String> = [
        "About 200 teachers",
        "Roughly 250 teachers",
        "Hundreds of teachers",
    ]
    .iter()
    .map(|x| frame.replace("{}", x))
    .collect();
    conflict_shows(
        &[&texts[0], &texts[1], &texts[2]],
        0,
        "200",
        &["200 teachers", "250 teachers"],
    );
}

#[test]
fn one_fraction_written_in_words_is_no_conflict_with_itself() {
    let frame = "Shares\n\nThe stock has lost {} of its value this year, traders said.";
    for (x, y) in [
        ("about a third", "a third"),
        ("two-thirds", "nearly two-thirds"),
    ] {
        let (a, b) = pair(frame, x, y);
        let corpus = corpus(&[&a, &b]);
        no_conflict_of(&analyze(&corpus), "percent");
    }
    // Two different fractions still are.
    let (a, b) = pair(frame, "a third", "a quarter");
    conflict_shows(&[&a, &b], 0, "third", &["a third", "a quarter"]);
}

#[test]
fn a_phrase_before_the_clause_with_only_a_light_verb_dates_the_clause() {
    // "In a vote held late on Tuesday," names no event of its own: Tuesday is
    // when the council approved the deal, against another outlet's Wednesday.
    conflict_shows(
        &[
            "A\n\nThe Harlow council approved the stadium lease early on Wednesday after a long debate.",
            "B\n\nIn a vote held late on Tuesday, the Harlow council approved the stadium lease after a long debate.",
        ],
        0,
        "approved",
        &["Wednesday", "Tuesday"],
    );
}

#[test]
fn one_event_dated_twice_is_a_conflict_though_its_figure_differs_too() {
    // The same vote, with the budget misreported by one outlet and another
    // weekday: a figure within a few percent is the same figure, so the
    // clauses tell of one occurrence and the weekday is disputed.
    conflict_shows(
        &[
            "A\n\nThe Harlow council approved a $412 million stadium budget on Wednesday.",
            "B\n\nThe Harlow council approved a $421 million stadium budget on Tuesday.",
        ],
        0,
        "approved",
        &["Wednesday", "Tuesday"],
    );
}

#[test]
fn an_event_weighed_in_a_verbs_object_is_considered_not_done() {
    // "was considering a lawsuit" weighs the suit; "has filed a lawsuit"
    // reports it: a conflict of modality.
    assert_eq!(
        modalities("A\n\nThe tenants' group was considering a lawsuit over the rent rules."),
        [("considering a lawsuit".to_string(), Modality::Considered)]
    );
    assert_eq!(
        modalities("A\n\nThe union is planning an appeal of the ruling."),
        [("planning an appeal".to_string(), Modality::Expected)]
    );
    modality_conflict_on(
        &[
            "A\n\nThe tenants' group has filed a lawsuit challenging the new rent rules.",
            "B\n\nThe tenants' group was considering a lawsuit over the new rent rules.",
        ],
        "filed",
    );
}

#[test]
fn a_decision_against_an_option_weighed_is_a_conflict() {
    // "will appeal" and "said it would appeal" commit to the appeal;
    // "is considering an appeal" only weighs it.
    for decided in [
        "A\n\nThe mining company will appeal the penalty in federal court.",
        "A\n\nThe mining company said it would appeal the penalty in federal court.",
    ] {
        modality_conflict_on(
            &[
                decided,
                "B\n\nThe mining company is considering an appeal of the penalty in federal court.",
            ],
            "appeal",
        );
    }
    // A speaker's projection of another thing commits nobody: no conflict
    // with a plan hoped for.
    no_conflict(&[
        "A\n\nThe company hopes to open the plant in May and to employ about 1,800 workers there.",
        "B\n\nThe company says the plant would employ about 1,800 workers when it opens in May.",
    ]);
}

#[test]
fn two_bounds_written_to_one_step_cite_one_figure() {
    // "at least 11" and "at least 12" give the source's one figure two ways.
    conflict_shows(
        &[
            "A\n\nThe report found the company ignored at least 11 warnings about cracked roof supports.",
            "B\n\nThe report found the company ignored at least 12 warnings about cracked roof supports.",
        ],
        0,
        "11 warnings",
        &["11 warnings", "12 warnings"],
    );
    // A rounder bound allows the finer one.
    no_conflict(&[
        "A\n\nMore than 100 residents signed up to speak against the arena plan.",
        "B\n\nMore than 140 residents signed up to speak against the arena plan.",
    ]);
}

#[test]
fn a_things_size_and_what_another_holds_of_it_are_two_figures() {
    // The assembly's size is not the opposition's share of its seats, and
    // one party's seats are not another's.
    no_conflict(&[
        "Vote\n\nThe motion needs 121 votes in the 240-seat assembly to pass. The Democrats' 52 seats \
         give them the largest bloc.",
        "Vote\n\nThe opposition's 112 seats leave it nine short of the 121 votes needed. The Republicans' \
         48 seats make them the second bloc.",
    ]);
}

#[test]
fn a_things_size_given_two_ways_is_still_one_figure() {
    // "a 36-page report" and "the report's 35 pages" measure one report.
    conflict_shows(
        &[
            "Audit\n\nThe auditors released a 36-page report on Monday about the contract.",
            "Audit\n\nThe report's 35 pages, released on Monday, cover the contract.",
        ],
        0,
        "36-page",
        &["36-page", "35 pages"],
    );
}

#[test]
fn not_yet_is_pending_not_denied() {
    for text in [
        "A\n\nThe House has not yet voted on the bill.",
        "A\n\nThe House hasn't yet voted on the bill.",
        "A\n\nThe House has yet to vote on the bill.",
        "A\n\nThe House has not voted on the bill yet.",
    ] {
        let found = modalities(text);
        assert!(
            found.iter().any(|(_, m)| *m == Modality::Pending),
            "{text}: {found:?}"
        );
    }
    // "yet" as "but" denies as "not" alone does.
    let found = modalities("A\n\nThe council backed the plan, yet the mayor did not sign it.");
    assert!(
        found.iter().any(|(_, m)| *m == Modality::Denied),
        "{found:?}"
    );
}

#[test]
fn a_vote_expected_and_a_vote_not_yet_held_agree_but_one_held_does_not() {
    let expected = "A\n\nThe House is expected to vote on the water bill on June 12.";
    let pending = "B\n\nThe House of Representatives has not yet voted on the water bill.";
    let corpus = corpus(&[expected, pending]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "vote", "voted"));
    no_conflict_of(&analysis, "modality");
    conflict_shows(
        &[
            pending,
            "C\n\nThe House of Representatives voted on the water bill on Tuesday.",
        ],
        0,
        "voted",
        &["not yet voted", "voted"],
    );
}

#[test]
fn a_bound_is_excused_only_by_its_own_figure_stated_elsewhere() {
    // A also states a smaller sum (the ransom), which lies under B's bound:
    // that is no figure A gives for the policy, so $25 million against "up to
    // $10 million" stays a conflict.
    let a = "A\n\nThe hackers demanded a ransom of $4.5 million. The system carries a $25 million cyber insurance policy, according to its annual report.";
    let b = "B\n\nIts cyber insurance policy covers up to $10 million, according to a person briefed on the policy.";
    conflict_shows(&[a, b], 0, "$25 million", &["$25 million", "$10 million"]);
    // B stating A's figure itself elsewhere still excuses it.
    let corpus = corpus(&[
        a,
        "B\n\nIts cyber insurance policy covers up to $10 million, according to a person briefed on the policy. The hackers had asked for $25 million at first.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "$25 million");
    assert_ne!(group.status, ClaimStatus::Conflict, "{group:?}");
}

#[test]
fn a_round_bound_meets_a_finer_bound_the_same_way() {
    // "More than 40" is the rounder of the two: "at least 43" agrees with it.
    let (a, b) = pair(
        "The earthquake killed {} people in the mountain villages, officials said on Sunday.",
        "at least 43",
        "more than 40",
    );
    let corpus = corpus(&[&a, &b]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "43 people", "40 people"));
    no_conflict_of(&analysis, "quantity");
    // Two bounds as round as each other cite one figure two ways.
    let (a, b) = pair(
        "The earthquake killed {} people in the mountain villages, officials said on Sunday.",
        "at least 43",
        "at least 41",
    );
    conflict_shows(&[&a, &b], 0, "43 people", &["43 people", "41 people"]);
}
