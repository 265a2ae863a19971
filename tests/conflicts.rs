//! Conflicts: when two outlets state one fact differently, and when two
//! figures that look alike are compatible or are two facts. Each rule on
//! sentences written for it.

use parallax::analysis::analyze;
use parallax::analysis::claims::{ClaimGroup, ClaimStatus, FactValue, Modality};

mod common;
use common::claims::{group_on, linked};
use common::corpus;

/// Two one-paragraph articles stating `x` and `y` in the same sentence frame.
fn pair(frame: &str, x: &str, y: &str) -> (String, String) {
    (
        format!("A\n\n{}", frame.replace("{}", x)),
        format!("B\n\n{}", frame.replace("{}", y)),
    )
}

/// The values a conflict of `group` shows, as written in each article.
fn shown(corpus: &parallax::model::Corpus, group: &ClaimGroup) -> Vec<String> {
    group.conflicts[0]
        .values
        .iter()
        .map(|v| {
            v.span
                .slice(&corpus.articles[v.member.article].text)
                .to_string()
        })
        .collect()
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

#[test]
fn a_meeting_due_and_a_meeting_awaited_are_no_conflict_of_modality() {
    let corpus = corpus(&[
        "A\n\nForeign Minister Katarina Velesz is due to meet her counterpart in Vienna on Friday.",
        "B\n\nA decision will be announced after Foreign Minister Katarina Velesz meets her counterpart in Vienna.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "meet", "meets"));
    assert!(
        analysis
            .claim_groups
            .iter()
            .all(|g| g.conflicts.iter().all(|c| c.kind != "modality")),
        "{:?}",
        analysis.claim_groups
    );
}

#[test]
fn the_tenures_of_two_named_people_are_two_facts() {
    let corpus = corpus(&[
        "A\n\nMarcus Reyes, a steward who has worked at the depot for 19 years, said the drivers were angry.",
        "B\n\nTony Marchetti, a mechanic who has worked at the depot for 16 years, said the drivers were angry.",
    ]);
    let analysis = analyze(&corpus);
    assert!(linked(&corpus, &analysis, "19 years", "16 years"));
    let group = group_on(&corpus, &analysis, 0, "19 years");
    assert_ne!(group.status, ClaimStatus::Conflict, "{group:?}");
}

#[test]
fn one_persons_tenure_given_two_ways_is_a_conflict() {
    let corpus = corpus(&[
        "A\n\nMarcus Reyes, a steward who has worked at the depot for 19 years, said the drivers were angry.",
        "B\n\nMarcus Reyes, a steward who has worked at the depot for 16 years, said the drivers were angry.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "19 years");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    assert_eq!(shown(&corpus, group), ["19 years", "16 years"]);
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
