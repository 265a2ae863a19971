//! Claims and claim groups, each rule on text written for it, and on the seeds.

use parallax::analysis::analyze;
use parallax::analysis::claims::{ClaimStatus, FactValue, Modality};
use parallax::model::load::load_seeds;

mod common;
use common::claims::{conflict_values, group_on, linked, no_conflict_of};
use common::{corpus, corpus_dated};

fn facts_of(text: &str) -> Vec<FactValue> {
    let analysis = analyze(&corpus(&[text]));
    analysis.articles[0]
        .claims
        .iter()
        .flat_map(|c| c.facts.iter().map(|f| f.value.clone()))
        .collect()
}

/// Where each claim of `text` is anchored, as written.
fn anchors_of(text: &str) -> Vec<&str> {
    let analysis = analyze(&corpus(&[text]));
    analysis.articles[0]
        .claims
        .iter()
        .map(|c| c.anchor.slice(text))
        .collect()
}

#[test]
fn typed_facts_of_a_sentence_keep_their_spans() {
    let text = "Title\n\nThe city council approved a $12 million budget on March 4, 2024, according to the mayor's office.";
    let corpus = corpus(&[text]);
    let analysis = analyze(&corpus);
    let facts: Vec<_> = analysis.articles[0]
        .claims
        .iter()
        .flat_map(|c| c.facts.iter())
        .collect();
    let money = facts
        .iter()
        .find(|f| matches!(f.value, FactValue::Money { .. }))
        .expect("money");
    assert_eq!(money.span.slice(text), "$12 million");
    let date = facts
        .iter()
        .find(|f| matches!(&f.value, FactValue::Date { resolved, .. } if resolved.as_deref() == Some("2024-03-04")))
        .expect("date");
    assert_eq!(date.span.slice(text), "March 4, 2024");
    assert!(facts.iter().any(|f| matches!(
        &f.value,
        FactValue::Event { predicate, .. } if predicate == "approve"
    )));
    assert!(facts.iter().any(|f| matches!(
        &f.value,
        FactValue::Modality {
            value: Modality::Done,
            ..
        }
    )));
}

#[test]
fn quantities_carry_their_unit_and_precision() {
    let facts = facts_of(
        "Title\n\nRescuers pulled 14 survivors from the rubble and counted 3.5 percent more damage.",
    );
    assert!(facts.iter().any(|f| matches!(f, FactValue::Quantity { value, unit, .. } if *value == 14.0 && unit == "survivors")), "{facts:?}");
    assert!(
        facts
            .iter()
            .any(|f| matches!(f, FactValue::Percent { value, .. } if *value == 3.5)),
        "{facts:?}"
    );
}

#[test]
fn numbers_that_name_rank_or_time_are_not_amounts() {
    let facts = facts_of(
        "Title\n\nThe No. 3 official closed Route 66 at 9 a.m. after the third crash near Ward 7.",
    );
    assert!(
        !facts.iter().any(|f| matches!(
            f,
            FactValue::Quantity { .. } | FactValue::Money { .. } | FactValue::Percent { .. }
        )),
        "{facts:?}"
    );
}

#[test]
fn plain_opinion_is_not_a_claim() {
    let corpus = corpus(&[
        "Title\n\nThis is a sad day for everyone who cares.\n\nIt was, he felt, a mistake.",
    ]);
    assert!(analyze(&corpus).articles[0].claims.is_empty());
}

#[test]
fn facts_inside_a_full_quotation_are_the_speakers_not_the_outlets() {
    let facts =
        facts_of("Title\n\n\"We lost 12 homes on that street,\" said Ann Price, a resident.");
    assert!(
        !facts
            .iter()
            .any(|f| matches!(f, FactValue::Quantity { value, .. } if *value == 12.0)),
        "{facts:?}"
    );
}

#[test]
fn a_sentence_with_several_facts_gives_several_claims() {
    let text =
        "Title\n\nPruitt, 58, bought a $34,150 boat, $9,875 in jewelry and a $6,218.40 trip.";
    let corpus = corpus(&[text]);
    let analysis = analyze(&corpus);
    let units: Vec<&str> = analysis.articles[0]
        .claims
        .iter()
        .map(|c| c.span.slice(text))
        .collect();
    assert!(units.contains(&"Pruitt, 58"), "{units:?}");
    assert!(
        units
            .iter()
            .any(|u| u.contains("$9,875") && !u.contains("$34,150")),
        "{units:?}"
    );
}

#[test]
fn events_without_numbers_are_claims_and_link() {
    let corpus = corpus(&[
        "Storm\n\nGov. Ellen Marsh declared a state of emergency for six counties.",
        "Emergency\n\nA state of emergency was declared by Gov. Ellen Marsh as the storm moved in.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "declared", "declared"));
}

#[test]
fn same_fact_reworded_is_shared() {
    let corpus = corpus(&[
        "Dam ruling\n\nA federal appeals court on Thursday upheld the order halting the $2.4 billion Harlow River dam.",
        "Dam loses\n\nThe Harlow River dam, a $2.4 billion project, was halted again on Thursday after a federal appeals court upheld the order.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "$2.4 billion");
    assert_eq!(group.status, ClaimStatus::Shared, "{group:?}");
    assert_eq!(group.members.len(), 2);
}

#[test]
fn a_tally_written_three_ways_is_one_fact() {
    let corpus = corpus(&[
        "A\n\nThe Senate passed the water bill by a vote of 97 to 51 on Thursday.",
        "B\n\nThe water bill won by a 97-to-51 vote in the Senate.",
        "C\n\nThe Senate approved the water bill, 97 to 51.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "97 to 51");
    assert_eq!(group.article_count(), 3, "{group:?}");
    assert_eq!(group.status, ClaimStatus::Shared);
}

#[test]
fn different_number_for_the_same_fact_is_a_conflict_with_spans() {
    let a = "Quake\n\nOfficials said 40 people died in the earthquake that struck the northern province on Monday.";
    let b = "Quake toll\n\nOfficials said 52 people died in the earthquake that struck the northern province on Monday.";
    let corpus = corpus(&[a, b]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "40 people");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    let conflict = &group.conflicts[0];
    assert_eq!(conflict.kind, "quantity");
    assert_eq!(conflict_values(&corpus, group), ["40 people", "52 people"]);
}

#[test]
fn close_but_distinct_precise_values_conflict() {
    for (x, y) in [
        ("$4,312.50 per student", "$4,412.50 per student"),
        ("2.3 million members", "2.4 million members"),
        ("a 36-page report", "a 35-page report"),
        ("a half-mile buffer", "a one-mile buffer"),
        ("a three-person crew", "two crew members"),
    ] {
        let a = format!("A\n\nThe district set {x} in the plan filed with the state board.");
        let b = format!("B\n\nThe district set {y} in the plan filed with the state board.");
        let corpus = corpus(&[&a, &b]);
        let analysis = analyze(&corpus);
        let conflicts = analysis
            .claim_groups
            .iter()
            .filter(|g| g.status == ClaimStatus::Conflict)
            .count();
        assert_eq!(conflicts, 1, "{x} / {y}");
    }
}

#[test]
fn roundings_of_one_figure_are_no_conflict() {
    for (x, y) in [
        ("about 60,000 customers", "61,208 customers"),
        ("more than $10,000", "$10,977.74"),
        ("about $3.5 billion", "$3.5 billion"),
        ("nearly 20 percent", "19.6 percent"),
    ] {
        let a = format!("A\n\nThe utility said {x} lost power after the ice storm on Sunday.");
        let b = format!("B\n\nThe utility said {y} lost power after the ice storm on Sunday.");
        let corpus = corpus(&[&a, &b]);
        let analysis = analyze(&corpus);
        assert!(
            analysis
                .claim_groups
                .iter()
                .all(|g| g.status != ClaimStatus::Conflict),
            "{x} / {y}: {:?}",
            analysis.claim_groups
        );
    }
}

#[test]
fn a_total_and_one_item_of_it_are_no_conflict() {
    let corpus = corpus(&[
        "A\n\nProsecutors said the clerk stole $2.1 million in all from the county.",
        "B\n\nProsecutors said the clerk used $38,000 stolen from the county to buy a car.",
    ]);
    let analysis = analyze(&corpus);
    assert!(
        analysis
            .claim_groups
            .iter()
            .all(|g| g.status != ClaimStatus::Conflict)
    );
}

#[test]
fn an_amount_requested_and_an_amount_approved_are_different_facts() {
    let corpus = corpus(&[
        "A\n\nThe superintendent requested $4.1 million for new buses this year.",
        "B\n\nThe board approved $3.2 million for new buses this year.",
    ]);
    let analysis = analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "$4.1 million", "$3.2 million"));
}

#[test]
fn modality_difference_is_a_conflict() {
    let corpus = corpus(&[
        "Plea\n\nFormer treasurer Glenda Pruitt pleaded guilty to wire fraud in federal court.",
        "Plea due\n\nFormer treasurer Glenda Pruitt was expected to plead guilty to wire fraud in federal court.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "pleaded");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    assert!(group.conflicts.iter().any(|c| c.kind == "modality"));
}

#[test]
fn agreed_against_considering_is_a_conflict() {
    let corpus = corpus(&[
        "Deal\n\nThe airline has agreed to buy 40 jets from the planemaker, a company official said.",
        "Deal talks\n\nThe airline was considering buying 40 jets from the planemaker, a company official said.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "buy");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
}

#[test]
fn another_weekday_for_one_event_is_a_conflict() {
    let corpus = corpus(&[
        "A\n\nThe school board approved the budget on Tuesday after a long debate.",
        "B\n\nThe school board approved the budget on Wednesday after a long debate.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "approved");
    assert!(
        group.conflicts.iter().any(|c| c.kind == "date"),
        "{group:?}"
    );
}

#[test]
fn another_first_name_in_the_same_role_is_a_conflict() {
    let corpus = corpus(&[
        "A\n\nU.S. District Judge Kathleen Whitcomb accepted the plea on Monday.",
        "B\n\nU.S. District Judge Karen L. Whitcomb accepted the plea on Monday.",
    ]);
    let analysis = analyze(&corpus);
    assert!(
        analysis
            .claim_groups
            .iter()
            .any(|g| g.conflicts.iter().any(|c| c.kind == "name")),
        "{:?}",
        analysis.claim_groups
    );
}

#[test]
fn a_different_vote_tally_is_a_conflict() {
    let corpus = corpus(&[
        "Senate vote\n\nThe Senate passed the $1.2 trillion spending package by a vote of 74-24 early on Saturday.",
        "Shutdown averted\n\nThe Senate voted 74 to 25 early on Saturday to pass the $1.2 trillion spending package.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "74-24");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    assert!(group.conflicts.iter().any(|c| c.kind == "tally"));
}

#[test]
fn a_tally_of_votes_for_and_against_links_to_a_tally_of_winner_to_loser() {
    // Counts marked for and against are one tally: set against "131 to 104"
    // elsewhere, the one vote apart is a conflict.
    let texts = [
        "Quota vote\n\nThe regional assembly voted 131 to 104 on Wednesday to scrap the herring quota.",
        "Quota scrapped\n\nThe herring quota was scrapped on Wednesday with 131 votes for and 105 against in the regional assembly.",
    ];
    let corpus = corpus(&texts);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "131 to 104", "131 votes for"));
    let group = group_on(&corpus, &analysis, 0, "131 to 104");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    assert_eq!(group.conflicts[0].kind, "tally");
    assert_eq!(
        conflict_values(&corpus, group),
        ["131 to 104", "131 votes for and 105 against"]
    );
    // A result noun after the pair makes it the same tally, adjectives and all.
    let corpus = common::corpus(&[
        texts[0],
        "Quota scrapped\n\nThe herring quota suffered a humiliating 131 to 104 defeat in the regional assembly on Wednesday.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "131 to 104", "131 to 104"));
    let group = group_on(&corpus, &analysis, 1, "131 to 104");
    assert_eq!(group.article_count(), 2, "{group:?}");
    assert_eq!(group.status, ClaimStatus::Shared, "{group:?}");
}

#[test]
fn unrelated_sentences_sharing_a_number_are_not_grouped() {
    let corpus = corpus(&[
        "Fire\n\nThree people died in a warehouse fire in Leeds on Friday.",
        "Football\n\nLeeds United won three games in a row before Friday's final.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "Three people");
    assert_eq!(group.members.len(), 1);
    assert_eq!(group.status, ClaimStatus::Unique);
}

#[test]
fn sentences_sharing_only_a_name_are_not_one_claim() {
    let corpus = corpus(&[
        "A\n\nJudge Amy Chen sentenced the former mayor to 12 years in prison.",
        "B\n\nJudge Amy Chen was appointed to the federal bench in 2014.",
    ]);
    let analysis = analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "sentenced", "appointed"));
    assert!(!linked(&corpus, &analysis, "12 years", "appointed"));
    // Both outlets do say who the judge is.
    assert!(linked(
        &corpus,
        &analysis,
        "Judge Amy Chen",
        "Judge Amy Chen"
    ));
}

#[test]
fn a_number_in_two_unrelated_claims_is_no_conflict() {
    let corpus = corpus(&[
        "Budget\n\nThe council approved 200 new teaching posts for next year.",
        "Transit\n\nThe transit agency will add 300 buses to its fleet by next year.",
    ]);
    let analysis = analyze(&corpus);
    assert!(
        analysis
            .claim_groups
            .iter()
            .all(|g| g.status != ClaimStatus::Conflict)
    );
}

#[test]
fn one_outlet_only_is_unique() {
    let corpus = corpus(&[
        "A\n\nThe minister resigned on Tuesday after 11 years in office.",
        "B\n\nShares of the carmaker rose 4 percent in early trading.",
    ]);
    let analysis = analyze(&corpus);
    assert!(
        analysis
            .claim_groups
            .iter()
            .all(|g| g.status == ClaimStatus::Unique && g.members.len() == 1)
    );
}

#[test]
fn a_future_weekday_resolves_forward() {
    let corpus = corpus_dated(&[(
        "A\n\nThe council will vote on the plan on Thursday.",
        Some("2026-02-02"),
    )]);
    let analysis = analyze(&corpus);
    let resolved: Vec<String> = analysis.articles[0]
        .claims
        .iter()
        .flat_map(|c| &c.facts)
        .filter_map(|f| match &f.value {
            FactValue::Date { resolved, .. } => resolved.clone(),
            _ => None,
        })
        .collect();
    assert!(resolved.contains(&"2026-02-05".to_string()), "{resolved:?}");
}

#[test]
fn a_date_written_with_its_weekday_stays_in_its_clause() {
    let text = "A\n\nThe two men were arrested on Thursday, March 19, at a rented house.";
    let analysis = analyze(&corpus(&[text]));
    let claims = &analysis.articles[0].claims;
    assert!(
        claims.iter().all(|c| c.span.slice(text)
            == "The two men were arrested on Thursday, March 19, at a rented house."),
        "{:?}",
        claims
            .iter()
            .map(|c| c.span.slice(text))
            .collect::<Vec<_>>()
    );
    let dates: Vec<&str> = claims
        .iter()
        .flat_map(|c| &c.facts)
        .filter(|f| matches!(f.value, FactValue::Date { .. }))
        .map(|f| f.span.slice(text))
        .collect();
    assert!(
        dates.iter().all(|d| *d == "Thursday, March 19"),
        "{dates:?}"
    );
}

#[test]
fn seeds_artillery_claim_links_two_outlets_with_a_modality_difference() {
    let corpus = load_seeds();
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 2, "100,000 artillery rounds");
    let articles: Vec<usize> = group.members.iter().map(|m| m.article).collect();
    assert!(articles.contains(&2) && articles.contains(&4), "{group:?}");
}

#[test]
fn claim_groups_never_hold_two_claims_of_one_article_and_cover_every_claim() {
    let corpus = load_seeds();
    let analysis = analyze(&corpus);
    let total: usize = analysis.articles.iter().map(|a| a.claims.len()).sum();
    let grouped: usize = analysis.claim_groups.iter().map(|g| g.members.len()).sum();
    assert_eq!(total, grouped);
    for group in &analysis.claim_groups {
        let mut articles: Vec<usize> = group.members.iter().map(|m| m.article).collect();
        articles.sort_unstable();
        articles.dedup();
        assert_eq!(articles.len(), group.members.len());
    }
}

#[test]
fn a_different_prison_term_is_a_conflict() {
    let corpus = corpus(&[
        "A\n\nThe former mayor was sentenced on Tuesday to 12 years in prison for bribery.",
        "B\n\nThe former mayor was sentenced to 10 years in prison on Tuesday for bribery.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "12 years");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    assert!(group.conflicts.iter().any(|c| c.kind == "duration"));
}

#[test]
fn one_persons_age_links_however_the_clauses_differ() {
    let corpus = corpus(&[
        "A\n\nHarlan Voss, 58, succeeds the retiring director after a long search.",
        "B\n\nThe board chose Harlan Voss, a 58-year-old engineer from Tulsa who ran the water utility.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "58", "58-year-old"));
}

#[test]
fn a_things_age_is_a_length_of_time() {
    assert_length_and_age(
        "The 20-year-old dispute over the river ended when a 64-year-old resident sold the land.",
        20.0,
        64.0,
    );
}

#[test]
fn an_age_before_a_noun_for_a_working_person_is_a_persons_age() {
    // Farmers, politicians and journalists are people, as residents are.
    for noun in ["politician", "farmer", "journalist", "plumber"] {
        assert_length_and_age(
            &format!("The 12-year-old feud ended when the 47-year-old {noun} sold the mill."),
            12.0,
            47.0,
        );
    }
}

/// Asserts that the facts of `text` hold a length of time of `length` and an
/// age of `age`.
fn assert_length_and_age(text: &str, length: f64, age: f64) {
    let facts = facts_of(text);
    assert!(
        facts
            .iter()
            .any(|f| matches!(f, FactValue::Duration { value, .. } if *value == length)),
        "{facts:?}"
    );
    assert!(
        facts
            .iter()
            .any(|f| matches!(f, FactValue::Age { value, .. } if *value == age)),
        "{facts:?}"
    );
}

#[test]
fn two_schedules_from_the_same_day_link_and_their_ends_conflict() {
    let corpus = corpus_dated(&[
        (
            "A\n\nThe navy will hold exercises off the coast from March 9 to 20, the ministry said.",
            Some("2026-03-01"),
        ),
        (
            "B\n\nThe exercises off the coast will run from 9 to 21 March, according to the ministry.",
            Some("2026-03-01"),
        ),
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "March 9 to 20");
    assert_eq!(group.article_count(), 2, "{group:?}");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
}

#[test]
fn an_undated_article_reads_dates_in_its_storys_year() {
    let corpus = corpus_dated(&[
        (
            "A\n\nThe union wrote to the company's board on Jan. 9 asking to join the sale talks.",
            Some("2026-01-12"),
        ),
        (
            "B\n\nSince 2019 the union has fought the company. It wrote to the board on Jan. 9 demanding a seat in the sale talks.",
            None,
        ),
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "Jan. 9");
    assert_eq!(group.article_count(), 2, "{group:?}");
    assert_eq!(group.status, ClaimStatus::Shared, "{group:?}");
}

#[test]
fn a_phrasal_verb_states_another_event_than_its_verb() {
    let corpus = corpus(&[
        "A\n\nThe Senate voted down three amendments from the opposition on Thursday.",
        "B\n\nThe Senate voted on Thursday to require meters on the wells.",
    ]);
    let analysis = analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "voted", "voted"));
}

#[test]
fn a_phrasal_verb_keeps_its_particle_across_an_object_pronoun() {
    let refused = "A\n\nThe county offered Harwick Homes a tax break in May, but the developer turned it down.";
    let corpus_ = corpus(&[
        refused,
        "B\n\nHarwick Homes turned down a county tax break in May, officials said.",
    ]);
    let analysis = analyze(&corpus_);
    assert!(linked(&corpus_, &analysis, "turned", "turned"));
    let corpus_ = corpus(&[
        refused,
        "B\n\nThe developer turned it over to the county in May, officials said.",
    ]);
    let analysis = analyze(&corpus_);
    assert!(!linked(&corpus_, &analysis, "turned", "turned"));
}

#[test]
fn a_past_form_after_a_preposition_describes_a_noun_and_states_no_event() {
    let corpus_ = corpus(&[
        "A\n\nThe plant turned down an offer of subsidized electricity last year, and it sold the site at reduced prices.",
    ]);
    let analysis = analyze(&corpus_);
    let text = &corpus_.articles[0].text;
    let anchors: Vec<&str> = analysis.articles[0]
        .claims
        .iter()
        .map(|c| c.anchor.slice(text))
        .collect();
    assert!(anchors.contains(&"turned"), "{anchors:?}");
    assert!(anchors.contains(&"sold"), "{anchors:?}");
    assert!(!anchors.contains(&"subsidized"), "{anchors:?}");
    assert!(!anchors.contains(&"reduced"), "{anchors:?}");
}

#[test]
fn a_small_count_of_another_thing_is_no_sign_of_another_fact() {
    // The first outlet states "three" of people; its count of investigators
    // is still the other outlet's count, told another way.
    let corpus_ = corpus(&[
        "A\n\nThree people were treated for minor scrapes. The safety board said it was sending a team of four investigators to Denver.",
        "B\n\nThe safety board is sending a team of three investigators, who are expected in Denver.",
    ]);
    let analysis = analyze(&corpus_);
    assert!(linked(
        &corpus_,
        &analysis,
        "four investigators",
        "three investigators"
    ));
    let group = group_on(&corpus_, &analysis, 0, "four investigators");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    // A count of the same thing stated apart is another fact.
    let corpus_ = corpus(&[
        "A\n\nThe board sent a team of three investigators in May. It is sending a team of four investigators to Denver.",
        "B\n\nThe board is sending a team of three investigators to Denver.",
    ]);
    let analysis = analyze(&corpus_);
    assert!(!linked(
        &corpus_,
        &analysis,
        "four investigators",
        "three investigators"
    ));
}

#[test]
fn a_count_is_of_the_event_named_after_it() {
    // "37 homes destroyed": the count's event is the destruction, not the
    // confirming, so it is the other outlet's count of destroyed homes.
    let corpus_ = corpus(&[
        "A\n\nThe wildfire tore through foothill towns on Saturday, destroying at least 43 homes, officials said.",
        "B\n\nState inspectors have confirmed 37 homes destroyed by the wildfire in the foothill towns.",
    ]);
    let analysis = analyze(&corpus_);
    assert!(linked(&corpus_, &analysis, "43 homes", "37 homes"));
    let group = group_on(&corpus_, &analysis, 0, "43 homes");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    // "found dead" counts deaths, which "who died" counts too.
    let corpus_ = corpus(&[
        "A\n\nThe two people who died were found in a burned car on Ridgeback Road, the sheriff said.",
        "B\n\nTwo people were found dead in a car on Ridgeback Road, according to the sheriff.",
    ]);
    let analysis = analyze(&corpus_);
    assert!(linked(&corpus_, &analysis, "two people", "Two people"));
}

#[test]
fn two_death_tolls_of_one_story_conflict_however_the_dead_are_named() {
    // The count's event stops at the comma ("fire" in "fire officials" is no
    // dismissal), and "people" and "persons" count the same.
    let corpus_ = corpus(&[
        "A\n\nThe wildfire destroyed at least 43 homes near Redding on Saturday, killing two people, fire officials said.",
        "B\n\nA fire near Redding destroyed at least 43 homes and caused the death of three persons, the authorities said.",
    ]);
    let analysis = analyze(&corpus_);
    assert!(linked(&corpus_, &analysis, "two people", "three persons"));
    let group = group_on(&corpus_, &analysis, 0, "two people");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
}

#[test]
fn a_list_label_states_nothing_but_what_follows_it_does() {
    let corpus_ = corpus(&[
        "A\n\nHomes lost: Inspectors have confirmed 37 homes destroyed.\n\nThe price tag: $3.6 billion.\n\nShe said: \"We lost everything.\"",
    ]);
    let analysis = analyze(&corpus_);
    let text = &corpus_.articles[0].text;
    let anchors: Vec<&str> = analysis.articles[0]
        .claims
        .iter()
        .map(|c| c.anchor.slice(text))
        .collect();
    assert!(!anchors.contains(&"lost"), "{anchors:?}");
    assert!(anchors.contains(&"37 homes"), "{anchors:?}");
    assert!(anchors.contains(&"$3.6 billion"), "{anchors:?}");
}

#[test]
fn an_outlets_unanswered_request_for_comment_is_its_own_claim() {
    let corpus_ = corpus(&[
        "A\n\nHarwick Homes did not respond to a request for comment on Monday. Its lawyer declined to comment.",
        "B\n\nHarwick Homes did not immediately respond to requests for comment. The mayor did not respond to the charges.",
    ]);
    let analysis = analyze(&corpus_);
    let predicates = |article: usize| -> Vec<(String, String)> {
        let text = &corpus_.articles[article].text;
        analysis.articles[article]
            .claims
            .iter()
            .filter_map(|c| match &c.facts[0].value {
                FactValue::Event { predicate, .. } => {
                    Some((c.anchor.slice(text).to_string(), predicate.clone()))
                }
                _ => None,
            })
            .collect()
    };
    let a = predicates(0);
    assert!(
        a.contains(&("respond".into(), "no comment".into())),
        "{a:?}"
    );
    assert!(
        a.contains(&("comment".into(), "no comment".into())),
        "{a:?}"
    );
    let b = predicates(1);
    assert!(
        b.contains(&("respond".into(), "no comment".into())),
        "{b:?}"
    );
    // Not answering the charges is the story's fact, not the outlet's note.
    assert_eq!(
        b.iter().filter(|(_, p)| p == "no comment").count(),
        1,
        "{b:?}"
    );
    // Each outlet asked for itself: the two notes stay apart.
    assert!(!linked(&corpus_, &analysis, "respond", "respond"));
    let group = group_on(&corpus_, &analysis, 0, "respond");
    assert_eq!(group.status, ClaimStatus::Unique, "{group:?}");
}

#[test]
fn a_count_without_a_noun_counts_what_the_sentence_last_counted() {
    let corpus_ = corpus(&[
        "A\n\nTwelve tank cars left the rails near the river, and three held propane, the railroad said.",
        "B\n\nOfficials said three propane tank cars were among those that left the rails.",
    ]);
    let analysis = analyze(&corpus_);
    assert!(linked(
        &corpus_,
        &analysis,
        "three",
        "three propane tank cars"
    ));
    // A count with a noun of its own keeps it.
    let corpus_ = corpus(&[
        "A\n\nTwelve tank cars left the rails near the river, and three workers were hurt, the railroad said.",
        "B\n\nOfficials said three propane tank cars were among those that left the rails.",
    ]);
    let analysis = analyze(&corpus_);
    assert!(!linked(
        &corpus_,
        &analysis,
        "three workers",
        "three propane tank cars"
    ));
}

#[test]
fn the_same_count_of_the_same_thing_links_however_the_clauses_differ() {
    let corpus = corpus(&[
        "A\n\nParty officials said about 1,100 delegates attended the convention in the capital.",
        "B\n\nThe chair was re-elected without opposition. He said about 1,100 delegates had registered, a record.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(
        &corpus,
        &analysis,
        "1,100 delegates",
        "1,100 delegates"
    ));
}

#[test]
fn a_day_written_with_its_year_links_on_its_own() {
    let corpus = corpus(&[
        "A\n\nThe metering rules take effect on July 1, 2027, for wells in the basin.",
        "B\n\nFarmers will have until July 1, 2027, the bill says.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "July 1, 2027", "July 1, 2027"));
}

#[test]
fn a_place_or_office_before_a_title_is_no_first_name() {
    let corpus = corpus(&[
        "A\n\nFormer Tessaway County Auditor Glenda M. Pruitt pleaded guilty on Tuesday to stealing county money.",
        "B\n\nformer county auditor Glenda M. Pruitt pleaded guilty on Tuesday to stealing county money.",
    ]);
    let analysis = analyze(&corpus);
    no_conflict_of(&analysis, "name");
}

#[test]
fn organisations_are_not_people_in_claim_facts() {
    let people = |text: &str| -> Vec<String> {
        facts_of(text)
            .into_iter()
            .filter_map(|f| match f {
                FactValue::Entity { name, .. } => Some(name),
                _ => None,
            })
            .collect()
    };
    for text in [
        "Derailment\n\nThe NTSB said the freight train derailed at 40 mph on Tuesday. Ana Ortiz said 12 cars left the track.",
        "Merger\n\nHalvorsen Maritime Group agreed to buy the rival for $2 billion on Monday. Ana Ortiz said 300 jobs would go.",
    ] {
        let mut names = people(text);
        names.dedup();
        assert_eq!(names, ["Ana Ortiz"], "{text}");
    }
}

#[test]
fn a_vague_amount_elsewhere_does_not_excuse_a_discrepancy() {
    let corpus = corpus(&[
        "Audit\n\nThe auditor spent the money on a Disney World vacation for her family, which cost $6,218.40.",
        "Audit finds theft\n\nFor five years, the checks went out like clockwork: a few thousand dollars at a time, drawn on a county account. The auditor spent the money on a Disney World vacation for her family that cost $6,281.40.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "$6,218.40");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
}

#[test]
fn a_person_described_after_a_comma_gives_a_role_claim_of_its_own() {
    let text = "Title\n\nTomasz Weller, an engineer at Corvane Dynamics, said the bridge had failed twice.";
    let analysis = analyze(&corpus(&[text]));
    let claims = &analysis.articles[0].claims;
    let role = claims
        .iter()
        .find(|c| matches!(&c.facts[0].value, FactValue::Role { .. }))
        .expect("a role claim");
    assert_eq!(
        role.anchor.slice(text),
        "Tomasz Weller, an engineer at Corvane Dynamics"
    );
    assert!(
        matches!(&role.facts[0].value, FactValue::Role { role, holder, .. } if role == "engineer" && holder == "Tomasz Weller"),
        "{:?}",
        role.facts[0]
    );
    let event = claims
        .iter()
        .find(|c| matches!(&c.facts[0].value, FactValue::Event { .. }))
        .expect("an event claim");
    assert!(
        !event.span.slice(text).contains("engineer"),
        "{}",
        event.span.slice(text)
    );
}

#[test]
fn a_description_ends_before_a_relative_clause() {
    let text = "Title\n\nAna Kovic, a city councilor who has served two terms, won the race.";
    let analysis = analyze(&corpus(&[text]));
    let role = analysis.articles[0]
        .claims
        .iter()
        .find(|c| matches!(&c.facts[0].value, FactValue::Role { .. }))
        .expect("a role claim");
    assert_eq!(role.anchor.slice(text), "Ana Kovic, a city councilor");
    assert!(
        matches!(&role.facts[0].value, FactValue::Role { role, .. } if role == "councilor"),
        "{:?}",
        role.facts[0]
    );
}

#[test]
fn a_capitalised_word_inside_a_sentence_is_a_name_not_an_event() {
    // "Falls" and "Rapids" name places; "CLOSED" in capitals is still a verb.
    let facts = facts_of(
        "Title\n\nThe freight train derailed outside Cedar Falls on Sunday. Route 4 is CLOSED.",
    );
    let predicates: Vec<&str> = facts
        .iter()
        .filter_map(|f| match f {
            FactValue::Event { predicate, .. } => Some(predicate.as_str()),
            _ => None,
        })
        .collect();
    assert!(predicates.contains(&"derail"), "{predicates:?}");
    assert!(predicates.contains(&"close"), "{predicates:?}");
    assert!(!predicates.contains(&"fall"), "{predicates:?}");
}

#[test]
fn a_title_written_with_of_is_part_of_the_role() {
    let text = "Title\n\nSecretary of State Ana Blake arrived on Monday. Minister of Foreign Affairs Tomas Ruiz met her.";
    let analysis = analyze(&corpus(&[text]));
    let roles: Vec<&str> = analysis.articles[0]
        .claims
        .iter()
        .filter(|c| matches!(&c.facts[0].value, FactValue::Role { .. }))
        .map(|c| c.anchor.slice(text))
        .collect();
    assert_eq!(
        roles,
        [
            "Secretary of State Ana Blake",
            "Minister of Foreign Affairs Tomas Ruiz"
        ]
    );
}

#[test]
fn a_verb_sharing_an_auxiliary_is_its_own_claim() {
    // "will ... and move" states two plans: "move" shares "will" with "close".
    let text = "Title\n\nHarwick Mills will close its paper plant in Oxley by the end of 2027 and move production to a new site in Ohio.";
    let corpus = corpus(&[text]);
    let analysis = analyze(&corpus);
    let claims = &analysis.articles[0].claims;
    let moved = claims
        .iter()
        .find(|c| c.anchor.slice(text) == "move")
        .unwrap_or_else(|| panic!("no claim on 'move': {claims:?}"));
    assert!(!moved.span.slice(text).contains("close"));
}

#[test]
fn a_noun_closing_a_list_after_a_verb_is_no_verb() {
    // "tree" after "and" ends a list of things the grant pays for.
    let anchors = anchors_of(
        "Title\n\nThe city will spend the grant on new roofs, school repairs and tree planting, the council says.",
    );
    assert!(!anchors.contains(&"tree"), "{anchors:?}");
}

#[test]
fn an_ing_form_after_to_is_no_event_of_its_own() {
    // "pleaded guilty to stealing": the plea is the event, the theft its charge.
    let anchors = anchors_of(
        "Title\n\nPruitt pleaded guilty to stealing money from the club. The tank was leaking fuel.",
    );
    assert!(!anchors.contains(&"stealing"), "{anchors:?}");
    assert!(anchors.contains(&"leaking"), "{anchors:?}");
}

#[test]
fn a_things_length_of_years_set_off_by_commas_is_no_age() {
    assert_length_and_age(
        "Title\n\nThe lease, of 30 years, ends in 2040. Ortega, of 47 years, signed it.",
        30.0,
        47.0,
    );
}

#[test]
fn a_word_after_a_prepositional_to_is_no_verb() {
    // "according to county officials": `to` is a preposition there, so
    // "county" is no base verb; after an infinitive's `to` a verb still is.
    let anchors = anchors_of("T\n\nFive cars derailed, according to county officials.");
    assert!(!anchors.contains(&"county"), "{anchors:?}");
    let anchors = anchors_of("T\n\nThe railroad agreed to reimburse the residents.");
    assert!(anchors.contains(&"reimburse"), "{anchors:?}");
}

#[test]
fn a_capitalised_compound_number_word_is_a_count_not_a_name() {
    // A hyphen compound with a capitalised name is an identifier ("Bastion-26");
    // a number word opening the sentence is a count.
    let anchors = anchors_of("T\n\nTwenty-three cars derailed near the Bastion-26 depot.");
    assert!(anchors.contains(&"Twenty-three cars"), "{anchors:?}");
    assert!(!anchors.iter().any(|a| a.contains("26")), "{anchors:?}");
}

#[test]
fn a_season_written_as_two_years_is_no_tally() {
    // "the 2026-27 school year" reads like "voted 5-2" (larger first, digits),
    // but two years in a row are a season or a school or fiscal year.
    let tallies = |text: &str| -> usize {
        facts_of(text)
            .iter()
            .filter(|f| matches!(f, FactValue::Tally { .. }))
            .count()
    };
    assert_eq!(
        tallies("T\n\nThe board voted 5-2 to adopt its budget for the 2026-27 school year."),
        1
    );
    assert_eq!(
        tallies("T\n\nThe board adopted its 2026-27 budget on Tuesday after the 1999-2000 audit."),
        0
    );
}

#[test]
fn a_plural_noun_after_to_is_no_verb() {
    // "to" before a base form marks a verb ("to forfeit"), but a word ending
    // in a single s after it is a plural noun.
    let text = "Storm\n\nSpeaking to reporters on Monday, Gov. Ana Ruiz said the roads would reopen. She wants to discuss repairs.";
    let anchors = anchors_of(text);
    assert!(!anchors.contains(&"reporters"), "{anchors:?}");
    assert!(anchors.contains(&"discuss"), "{anchors:?}");
}

#[test]
fn a_lone_name_after_in_is_a_place_not_a_described_person() {
    // "in Hartford, the governor urged": the role opens the next clause; it
    // does not describe Hartford.
    let text = "Storm\n\nSpeaking at the operations center in Hartford, the governor urged people to stay home.";
    let people: Vec<FactValue> = facts_of(text)
        .into_iter()
        .filter(|f| matches!(f, FactValue::Entity { .. }))
        .collect();
    assert!(people.is_empty(), "{people:?}");
}

#[test]
fn an_acronym_after_a_capitalised_opener_is_no_event() {
    // "RISS" is no form of "rise", and "As" opening the sentence is no name
    // for a present-tense verb to follow.
    let text = "Trip\n\nAs RISS expert Sergey Ermakov noted in an interview, the alliance keeps pressing Seoul.";
    let events: Vec<FactValue> = facts_of(text)
        .into_iter()
        .filter(|f| matches!(f, FactValue::Event { .. }))
        .collect();
    assert!(
        events
            .iter()
            .all(|e| !matches!(e, FactValue::Event { text, .. } if text == "RISS")),
        "{events:?}"
    );
}

#[test]
fn no_before_a_harm_noun_denies_the_event() {
    let corpus = corpus(&[
        "Derailment\n\nA freight train derailed near Dunmore Falls on Saturday. No injuries were reported.",
        "Derailment\n\nTwenty-three cars derailed near Dunmore Falls on Saturday. Nobody was injured, officials said.",
    ]);
    let analysis = analyze(&corpus);
    let denied = |article: usize| {
        analysis.articles[article].claims.iter().any(|c| {
            let event = c.facts.iter().any(
                |f| matches!(&f.value, FactValue::Event { predicate, .. } if predicate == "injure"),
            );
            let denied = c.facts.iter().any(|f| {
                matches!(
                    f.value,
                    FactValue::Modality {
                        value: Modality::Denied,
                        ..
                    }
                )
            });
            event && denied
        })
    };
    assert!(denied(0) && denied(1));
    assert!(linked(&corpus, &analysis, "injuries", "injured"));
    // "no cases" names no harm.
    let facts = facts_of("Court\n\nThe judge said there were no cases like it.");
    assert!(
        facts.iter().all(|f| !matches!(f, FactValue::Event { .. })),
        "{facts:?}"
    );
}

#[test]
fn a_role_is_named_by_its_role_word_not_a_place_beside_it() {
    let roles: Vec<String> = facts_of(
        "Fed\n\n\"It's a hawkish hold,\" said Ellen Zentner, chief U.S. economist at Morgan Stanley.",
    )
    .into_iter()
    .filter_map(|f| match f {
        FactValue::Role { role, .. } => Some(role),
        _ => None,
    })
    .collect();
    assert_eq!(roles, ["economist"]);
}

#[test]
fn hurt_in_the_passive_of_people_is_an_injury() {
    let corpus = corpus(&[
        "Derailment\n\nA freight train derailed near Dunmore Falls on Saturday. No injuries were reported.",
        "Derailment\n\nA freight train derailed near Dunmore Falls on Saturday. No one was hurt.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "injuries", "hurt"));
    // Said of anything but people, "hurt" is no event.
    let facts = facts_of("Shops\n\nSales were hurt by the storm, the chain said.");
    assert!(
        facts
            .iter()
            .all(|f| !matches!(f, FactValue::Event { predicate, .. } if predicate == "injure")),
        "{facts:?}"
    );
    let facts = facts_of("Crash\n\nTwo workers were seriously hurt on Monday.");
    assert!(
        facts
            .iter()
            .any(|f| matches!(f, FactValue::Event { predicate, .. } if predicate == "injure")),
        "{facts:?}"
    );
}

#[test]
fn a_support_verb_states_the_event_its_object_names() {
    let predicates = |text: &str| -> Vec<String> {
        facts_of(&format!("Title\n\n{text}"))
            .iter()
            .filter_map(|f| match f {
                FactValue::Event { predicate, .. } => Some(predicate.clone()),
                _ => None,
            })
            .collect()
    };
    for (text, class) in [
        (
            "The ministry lodged a sharp protest with the embassy.",
            "protest",
        ),
        (
            "The ministry expressed a decisive protest over the drills.",
            "protest",
        ),
        (
            "The treasurer tendered his resignation to the board.",
            "resign",
        ),
        ("Her lawyers filed an appeal the next morning.", "appeal"),
        // As translated copy writes it.
        (
            "The company will present an appeal against the fine.",
            "appeal",
        ),
        (
            "The minister presented her resignation on Friday.",
            "resign",
        ),
        // Filing a lawsuit is suing, however each outlet words it.
        ("Two residents filed a lawsuit against the utility.", "sue"),
    ] {
        assert_eq!(
            predicates(text).first().map(String::as_str),
            Some(class),
            "{text}"
        );
    }
    // An object denied, or naming no event, leaves the verb as it is.
    assert!(!predicates("The judge issued no ruling on the motion.").contains(&"rule".to_string()));
    assert_eq!(
        predicates("Her lawyers filed the paperwork in federal court.")
            .first()
            .map(String::as_str),
        Some("file")
    );
}
