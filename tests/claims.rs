//! Claims and claim groups on stories written for these tests and on the seeds.

use parallax::analysis::claims::{ClaimGroup, ClaimStatus, Fact};
use parallax::analysis::{Analysis, analyze};
use parallax::model::Corpus;
use parallax::model::load::load_seeds;

mod common;
use common::corpus;

/// The group holding the claim of `article` whose text contains `needle`.
fn group_with<'a>(
    corpus: &Corpus,
    analysis: &'a Analysis,
    article: usize,
    needle: &str,
) -> &'a ClaimGroup {
    let claim = analysis.articles[article]
        .claims
        .iter()
        .position(|c| {
            c.span
                .slice(&corpus.articles[article].text)
                .contains(needle)
        })
        .unwrap_or_else(|| panic!("no claim with {needle:?} in article {article}"));
    analysis
        .claim_groups
        .iter()
        .find(|g| {
            g.members
                .iter()
                .any(|m| m.article == article && m.claim == claim)
        })
        .expect("every claim is in a group")
}

fn facts_of(text: &str) -> Vec<Fact> {
    let analysis = analyze(&corpus(&[text]));
    analysis.articles[0]
        .claims
        .iter()
        .flat_map(|c| c.facts.clone())
        .collect()
}

#[test]
fn typed_facts_of_a_sentence() {
    let facts = facts_of(
        "Title\n\nThe city council approved a $12 million budget on March 4, 2024, according to the mayor's office.",
    );
    assert!(
        facts.contains(&Fact::Money {
            value: 12e6,
            currency: "USD".into(),
            text: "$12 million".into()
        }),
        "{facts:?}"
    );
    assert!(
        facts.contains(&Fact::Date {
            text: "March 4, 2024".into(),
            resolved: Some("2024-03-04".into())
        }),
        "{facts:?}"
    );
    assert!(
        facts
            .iter()
            .any(|f| matches!(f, Fact::Attribution { source } if source == "the mayor's office")),
        "{facts:?}"
    );
    assert!(
        facts
            .iter()
            .any(|f| matches!(f, Fact::Modality { value, .. } if value == "agreed")),
        "{facts:?}"
    );
}

#[test]
fn quantities_carry_their_unit() {
    let facts = facts_of(
        "Title\n\nRescuers pulled 14 survivors from the rubble and counted 3.5 percent more damage.",
    );
    assert!(facts.iter().any(|f| matches!(f, Fact::Quantity { value, unit, .. } if *value == 14.0 && unit == "survivors")), "{facts:?}");
    assert!(
        facts
            .iter()
            .any(|f| matches!(f, Fact::Percent { value, .. } if *value == 3.5)),
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
fn same_fact_reworded_is_shared() {
    let corpus = corpus(&[
        "Dam ruling\n\nA federal appeals court on Thursday upheld the order halting the $2.4 billion Harlow River dam.",
        "Dam loses\n\nThe Harlow River dam, a $2.4 billion project, was halted again on Thursday after a federal appeals court upheld the order.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_with(&corpus, &analysis, 0, "Harlow");
    assert_eq!(group.status, ClaimStatus::Shared, "{group:?}");
    assert_eq!(group.members.len(), 2);
}

#[test]
fn different_number_for_the_same_fact_is_a_conflict() {
    let corpus = corpus(&[
        "Quake\n\nOfficials said at least 40 people died in the earthquake that struck the northern province on Monday.",
        "Quake toll\n\nOfficials said 52 people died in the earthquake that struck the northern province on Monday.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_with(&corpus, &analysis, 0, "earthquake");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    assert!(group.differences.iter().any(|d| d.kind == "quantity"));
}

#[test]
fn modality_difference_is_a_conflict() {
    let corpus = corpus(&[
        "Deal\n\nThe airline has agreed to buy 40 jets from the planemaker, a company official said.",
        "Deal talks\n\nThe airline was considering buying 40 jets from the planemaker, a company official said.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_with(&corpus, &analysis, 0, "jets");
    assert_eq!(group.status, ClaimStatus::Conflict);
    let modality = group
        .differences
        .iter()
        .find(|d| d.kind == "modality")
        .expect("a modality difference");
    assert_eq!(
        modality.values,
        [Some("agreed".to_string()), Some("considering".to_string())]
    );
}

#[test]
fn a_different_vote_tally_is_a_conflict() {
    let corpus = corpus(&[
        "Senate vote\n\nThe Senate passed the $1.2 trillion spending package by a vote of 74-24 early on Saturday.",
        "Shutdown averted\n\nThe Senate voted 74 to 25 early on Saturday to pass the $1.2 trillion spending package.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_with(&corpus, &analysis, 0, "74-24");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    let tally = group
        .differences
        .iter()
        .find(|d| d.kind == "tally")
        .expect("a tally difference");
    assert_eq!(
        tally.values,
        [Some("74-24".to_string()), Some("74-25".to_string())]
    );
}

#[test]
fn unrelated_sentences_sharing_a_number_are_not_grouped() {
    let corpus = corpus(&[
        "Fire\n\nThree people died in a warehouse fire in Leeds on Friday.",
        "Football\n\nLeeds United won three games in a row before Friday's final.",
    ]);
    let analysis = analyze(&corpus);
    let group = group_with(&corpus, &analysis, 0, "warehouse");
    assert_eq!(group.members.len(), 1);
    assert_eq!(group.status, ClaimStatus::Unique);
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
fn seeds_artillery_claim_links_two_outlets_with_a_modality_difference() {
    let corpus = load_seeds();
    let analysis = analyze(&corpus);
    let group = group_with(&corpus, &analysis, 2, "100,000 artillery rounds");
    let articles: Vec<usize> = group.members.iter().map(|m| m.article).collect();
    assert_eq!(articles, [2, 4]);
    assert_eq!(group.status, ClaimStatus::Conflict);
    let modality = group
        .differences
        .iter()
        .find(|d| d.kind == "modality")
        .expect("modality differs");
    assert_eq!(
        modality.values,
        [Some("agreed".to_string()), Some("considering".to_string())]
    );
}

#[test]
fn seeds_self_made_rumor_denial_is_shared_by_three_outlets() {
    let corpus = load_seeds();
    let analysis = analyze(&corpus);
    let group = group_with(&corpus, &analysis, 2, "self-made rumor");
    let mut articles: Vec<usize> = group.members.iter().map(|m| m.article).collect();
    articles.sort_unstable();
    assert_eq!(articles, [2, 3, 4]);
    assert_ne!(group.status, ClaimStatus::Unique);
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
