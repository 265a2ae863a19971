//! The analyst's corrections applied to the analysis: regrouping claims and
//! quotes, verdicts, speakers and sentence links, on corpora built here.

mod common;

use parallax::analysis::claims::{ClaimRef, ClaimStatus};
use parallax::analysis::corrections::{Correction, Corrections, SentenceRef, align, apply};
use parallax::analysis::quotes::{QuoteRef, WordDiff};
use parallax::analysis::{Analysis, analyze};
use parallax::model::Corpus;

fn harbour() -> (Corpus, Analysis) {
    let corpus = common::corpus(&common::HARBOUR);
    let analysis = analyze(&corpus);
    (corpus, analysis)
}

/// The claim of `article` whose anchor is written `anchor`.
fn claim(corpus: &Corpus, analysis: &Analysis, article: usize, anchor: &str) -> ClaimRef {
    let text = &corpus.articles[article].text;
    let claim = analysis.articles[article]
        .claims
        .iter()
        .position(|c| c.anchor.slice(text) == anchor)
        .unwrap_or_else(|| panic!("no claim anchored at {anchor:?} in article {article}"));
    ClaimRef { article, claim }
}

/// The group holding `member`.
fn group_of(analysis: &Analysis, member: ClaimRef) -> &parallax::analysis::claims::ClaimGroup {
    analysis
        .claim_groups
        .iter()
        .find(|g| g.members.contains(&member))
        .expect("every claim is in a group")
}

fn corrections(items: Vec<Correction>) -> Corrections {
    Corrections { items }
}

#[test]
fn not_a_conflict_makes_the_group_shared_and_clears_its_conflicts() {
    let (corpus, mut analysis) = harbour();
    let price = claim(&corpus, &analysis, 0, "$3.5 billion");
    assert_eq!(group_of(&analysis, price).status, ClaimStatus::Conflict);
    let applied = apply(
        &mut analysis,
        &corrections(vec![Correction::ClaimVerdict {
            claims: vec![price],
            conflict: false,
        }]),
    );
    let group = group_of(&analysis, price);
    assert_eq!(group.status, ClaimStatus::Shared);
    assert!(group.conflicts.is_empty() && group.differences.is_empty());
    assert_eq!(applied.verdict(group.id), Some(false));
    assert!(applied.claim_group_corrected(group.id));
    assert!(applied.skipped.is_empty());
}

#[test]
fn taking_a_claim_out_recomputes_both_groups() {
    let (corpus, mut analysis) = harbour();
    let groups_before = analysis.claim_groups.len();
    let outlier = claim(&corpus, &analysis, 0, "$3.5 billion");
    let applied = apply(
        &mut analysis,
        &corrections(vec![Correction::DetachClaim(outlier)]),
    );
    assert_eq!(analysis.claim_groups.len(), groups_before + 1);
    let alone = group_of(&analysis, outlier);
    assert_eq!(alone.members, vec![outlier]);
    assert_eq!(alone.status, ClaimStatus::Unique);
    let rest = group_of(&analysis, claim(&corpus, &analysis, 1, "$3.6 billion"));
    assert_eq!(rest.members.len(), 2);
    assert_eq!(rest.status, ClaimStatus::Shared, "3.6 and 3.6 agree");
    assert!(applied.claim_group_corrected(alone.id) && applied.claim_group_corrected(rest.id));
    for (id, group) in analysis.claim_groups.iter().enumerate() {
        assert_eq!(group.id, id, "groups are renumbered");
    }
}

#[test]
fn joining_two_groups_compares_their_members_afresh() {
    let (corpus, mut analysis) = harbour();
    let outlier = claim(&corpus, &analysis, 0, "$3.5 billion");
    let other = claim(&corpus, &analysis, 1, "$3.6 billion");
    apply(
        &mut analysis,
        &corrections(vec![
            Correction::DetachClaim(outlier),
            Correction::JoinClaims(other, outlier),
        ]),
    );
    let group = group_of(&analysis, outlier);
    assert_eq!(group.members.len(), 3);
    assert_eq!(group.status, ClaimStatus::Conflict);
    assert!(
        group.conflicts[0]
            .values
            .iter()
            .any(|v| v.text == "$3.5 billion")
    );
}

#[test]
fn a_conflict_verdict_needs_two_outlets() {
    let (corpus, mut analysis) = harbour();
    let workers = claim(&corpus, &analysis, 0, "120 workers");
    let march = claim(&corpus, &analysis, 2, "March");
    let applied = apply(
        &mut analysis,
        &corrections(vec![
            Correction::ClaimVerdict {
                claims: vec![workers],
                conflict: true,
            },
            Correction::ClaimVerdict {
                claims: vec![march],
                conflict: true,
            },
        ]),
    );
    assert_eq!(group_of(&analysis, workers).status, ClaimStatus::Conflict);
    assert_eq!(group_of(&analysis, march).status, ClaimStatus::Unique);
    assert_eq!(applied.skipped, vec![1]);
}

#[test]
fn a_later_verdict_wins() {
    let (corpus, mut analysis) = harbour();
    let price = claim(&corpus, &analysis, 2, "$3.6 billion");
    let applied = apply(
        &mut analysis,
        &corrections(vec![
            Correction::ClaimVerdict {
                claims: vec![price],
                conflict: false,
            },
            Correction::ClaimVerdict {
                claims: vec![price],
                conflict: true,
            },
        ]),
    );
    let group = group_of(&analysis, price);
    assert_eq!(group.status, ClaimStatus::Conflict);
    assert_eq!(applied.verdicts.len(), 1);
    assert_eq!(applied.verdict(group.id), Some(true));
}

#[test]
fn a_verdict_follows_most_of_the_members_it_was_given_on() {
    let (corpus, mut analysis) = harbour();
    let members: Vec<ClaimRef> = (0..3)
        .map(|a| {
            let anchor = if a == 0 {
                "$3.5 billion"
            } else {
                "$3.6 billion"
            };
            claim(&corpus, &analysis, a, anchor)
        })
        .collect();
    apply(
        &mut analysis,
        &corrections(vec![
            Correction::ClaimVerdict {
                claims: members.clone(),
                conflict: false,
            },
            Correction::DetachClaim(members[0]),
        ]),
    );
    assert_eq!(group_of(&analysis, members[0]).status, ClaimStatus::Unique);
    let rest = group_of(&analysis, members[1]);
    assert_eq!(rest.members.len(), 2);
    assert_eq!(rest.status, ClaimStatus::Shared);
}

#[test]
fn unknown_claims_are_skipped_and_change_nothing() {
    let (_, mut analysis) = harbour();
    let before = analysis.claim_groups.clone();
    let applied = apply(
        &mut analysis,
        &corrections(vec![Correction::DetachClaim(ClaimRef {
            article: 9,
            claim: 0,
        })]),
    );
    assert_eq!(applied.skipped, vec![0]);
    assert_eq!(analysis.claim_groups, before);
}

#[test]
fn quotes_split_rejoin_and_take_the_analysts_speaker() {
    let (_, mut analysis) = harbour();
    let b = QuoteRef {
        article: 1,
        quote: 0,
    };
    assert_eq!(analysis.quote_groups.len(), 1);
    let mut split = analysis.clone();
    let applied = apply(
        &mut split,
        &corrections(vec![
            Correction::DetachQuote(b),
            Correction::Speaker {
                quote: b,
                speaker: "Port spokesman".into(),
            },
        ]),
    );
    assert_eq!(split.quote_groups.len(), 2);
    let alone = split
        .quote_groups
        .iter()
        .find(|g| g.members == vec![b])
        .unwrap();
    assert_eq!(alone.speaker.as_deref(), Some("Port spokesman"));
    assert_eq!(applied.quote_groups, vec![0, 1]);
    assert_eq!(applied.speakers, vec![b]);

    let a = QuoteRef {
        article: 0,
        quote: 0,
    };
    apply(
        &mut analysis,
        &corrections(vec![
            Correction::DetachQuote(b),
            Correction::JoinQuotes(a, b),
        ]),
    );
    let group = &analysis.quote_groups[0];
    assert_eq!(group.members, vec![a, b]);
    assert_eq!(group.canonical, 0, "the fuller rendering");
    assert!(group.diffs[1].contains(&WordDiff::Removed("have".into())));
}

#[test]
fn links_and_unlinks_change_the_pair_alignment() {
    let (_, analysis) = harbour();
    let plain = align(&analysis, &Corrections::default(), 0, 2);
    assert_eq!(plain, analysis.align(0, 2));
    let (l, r) = (
        SentenceRef {
            article: 0,
            sentence: 4,
        },
        SentenceRef {
            article: 2,
            sentence: 3,
        },
    );
    let linked = align(&analysis, &corrections(vec![Correction::Link(l, r)]), 0, 2);
    let all = |a: &parallax::analysis::align::Alignment| {
        a.monotone
            .iter()
            .chain(&a.moved)
            .map(|p| (p.left, p.right))
            .collect::<Vec<_>>()
    };
    assert!(all(&linked).contains(&(4, 3)));
    assert!(
        all(&linked).iter().all(|&(x, y)| (x == 4) == (y == 3)),
        "each sentence has one match"
    );
    let reversed = align(&analysis, &corrections(vec![Correction::Link(r, l)]), 0, 2);
    assert_eq!(linked, reversed, "a link reads either way round");
    let first = plain.monotone[0];
    let unlinked = align(
        &analysis,
        &corrections(vec![Correction::Unlink(
            SentenceRef {
                article: 0,
                sentence: first.left,
            },
            SentenceRef {
                article: 2,
                sentence: first.right,
            },
        )]),
        0,
        2,
    );
    assert!(!all(&unlinked).contains(&(first.left, first.right)));
    let other_pair = align(&analysis, &corrections(vec![Correction::Link(l, r)]), 0, 1);
    assert_eq!(other_pair, analysis.align(0, 1), "other pairs unchanged");
}
