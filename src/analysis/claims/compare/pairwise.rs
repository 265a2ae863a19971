//! The conflict checks as first written, comparing every pair of members: the
//! reference the bucketed checks must agree with, on every group of the gold
//! stories and the seeds and on larger made-up groups (every claim of one kind
//! in a story, several per article).

use std::path::Path;

use super::*;
use crate::analysis::analyze;
use crate::model::Corpus;
use crate::model::load::{load_paths, load_seeds};

/// A conflict of the anchors' values: amounts whose intervals do not meet,
/// tallies or dates that differ.
fn anchor_conflict_pairwise(
    members: &[(ClaimRef, &Claim)],
    anchors: &[Option<(&Fact, Slot)>],
    stated: &[Stated],
) -> Option<Conflict> {
    let mut clash = false;
    let mut kind = "";
    // Members whose value differs from another member's, stated elsewhere
    // or not: the values a conflict shows.
    let mut shown = vec![false; members.len()];
    for (i, a) in anchors.iter().enumerate() {
        for (j, b) in anchors.iter().enumerate().skip(i + 1) {
            let (Some((fa, sa)), Some((_, sb))) = (a, b) else {
                continue;
            };
            if !Qualifiers::of(members[i].1).compatible(&Qualifiers::of(members[j].1)) {
                continue;
            }
            let differ = match (sa, sb) {
                (
                    Slot::Amount {
                        kind: ka,
                        unit: ua,
                        interval: ia,
                    },
                    Slot::Amount {
                        kind: kb,
                        unit: ub,
                        interval: ib,
                    },
                ) => ka == kb && units_match(ua, ub) && !ia.meets(ib) && ia.near(ib),
                (Slot::Tally(a1, a2), Slot::Tally(b1, b2)) => a1 != b1 || a2 != b2,
                (Slot::Date(x, gx), Slot::Date(y, gy)) => gx == gy && x != y,
                _ => false,
            };
            if !differ {
                continue;
            }
            shown[i] = true;
            shown[j] = true;
            let (ra, rb) = (members[i].0.article, members[j].0.article);
            if stated[ra].has(sb) || stated[rb].has(sa) {
                continue;
            }
            clash = true;
            kind = fa.value.kind();
        }
    }
    clash.then(|| Conflict {
        kind: kind.to_string(),
        values: members
            .iter()
            .zip(anchors)
            .zip(&shown)
            .filter(|(_, shown)| **shown)
            .filter_map(|(((r, c), a), _)| {
                a.as_ref().map(|(f, _)| ConflictValue {
                    member: *r,
                    text: f.value.written().to_string(),
                    span: c.anchor,
                })
            })
            .collect(),
    })
}

/// One outlet reports the event as done, another as expected, considered or
/// denied; or one denies what another reports as expected or considered.
fn modality_conflict_pairwise(members: &[(ClaimRef, &Claim)]) -> Option<Conflict> {
    let stated: Vec<(ClaimRef, &Fact, Modality)> = members
        .iter()
        .filter(|(_, c)| c.features.kind == "event")
        .filter_map(|(r, c)| anchor_certainty(c).map(|(f, m)| (*r, f, m)))
        .collect();
    let clash = |a: Modality, b: Modality| a.clashes_with(b);
    let claim = |r: &ClaimRef| members.iter().find(|(m, _)| m == r).map(|(_, c)| *c);
    let same_event = |a: &ClaimRef, b: &ClaimRef| match (claim(a), claim(b)) {
        (Some(x), Some(y)) => {
            x.features.predicate == y.features.predicate
                && same_event(
                    &(&x.features.words, object_of(x), subject_of(x)),
                    &(&y.features.words, object_of(y), subject_of(y)),
                )
        }
        _ => false,
    };
    let commits =
        |(r, f, m): &(ClaimRef, &Fact, Modality)| claim(r).is_some_and(|c| commits(f, *m, c));
    let any = stated.iter().enumerate().any(|(i, a)| {
        stated[i + 1..].iter().any(|b| {
            let (ca, cb) = (commits(a), commits(b));
            (clash(a.2, b.2) || weighs_a_commitment((a.2, ca), (b.2, cb)))
                && !(ca && cb)
                && same_event(&a.0, &b.0)
        })
    });
    any.then(|| Conflict {
        kind: "modality".into(),
        values: stated
            .iter()
            .map(|(r, f, m)| ConflictValue {
                member: *r,
                text: format!("{} ({})", f.value.written(), m.label()),
                span: f.span,
            })
            .collect(),
    })
}

/// A member's dated event: the member, its date, the date's slot and the
/// clause's figures.
type Dated<'a> = (ClaimRef, &'a Fact, Slot, Vec<u64>, Option<&'static str>);

/// Two outlets give the same event another date or weekday (and neither states
/// the other's date elsewhere).
fn event_date_conflict_pairwise(
    members: &[(ClaimRef, &Claim)],
    stated: &[Stated],
) -> Option<Conflict> {
    let dated: Vec<Dated> = members
        .iter()
        .filter(|(_, c)| c.features.kind == "event")
        .filter_map(|(r, c)| match event_dates(c).as_slice() {
            [one] => Some((*r, *one, slot(one), figures(c), known_event(c))),
            _ => None,
        })
        .collect();
    let differ = |a: &Dated, b: &Dated| match (&a.2, &b.2) {
        _ if a.4.is_some() && b.4.is_some() && a.4 != b.4 => false,
        (Slot::Date(x, gx), Slot::Date(y, gy)) => {
            gx == gy
                && gx != &"text"
                && x != y
                && !two_occurrences(&a.3, &b.3)
                && !stated[a.0.article].has(&b.2)
                && !stated[b.0.article].has(&a.2)
        }
        _ => false,
    };
    let any = dated
        .iter()
        .enumerate()
        .any(|(i, a)| dated[i + 1..].iter().any(|b| differ(a, b)));
    any.then(|| Conflict {
        kind: "date".into(),
        values: dated
            .iter()
            .map(|(r, f, _, _, _)| ConflictValue {
                member: *r,
                text: f.value.written().to_string(),
                span: f.span,
            })
            .collect(),
    })
}

/// Two outlets give a person in the same place of the claim (the same surname)
/// another first name.
fn name_conflict_pairwise(members: &[(ClaimRef, &Claim)], stated: &[Stated]) -> Option<Conflict> {
    let named = super::super::name_clash::named(members);
    // The rule for two first names is shared; the pass over every pair is what
    // this oracle checks the buckets against.
    let clash = |a: &[String], b: &[String]| {
        a.last() == b.last()
            && a.first()
                .zip(b.first())
                .is_some_and(|(x, y)| super::super::name_clash::other_first_name(x, y))
    };
    let mut values: Vec<ConflictValue> = Vec::new();
    for (i, a) in named.iter().enumerate() {
        for b in &named[i + 1..] {
            if super::super::name_clash::may_clash(a, b, stated) && clash(&a.3, &b.3) {
                for side in [a, b] {
                    if !values.iter().any(|v| v.member == side.0) {
                        values.push(ConflictValue {
                            member: side.0,
                            text: side.2.clone(),
                            span: side.1,
                        });
                    }
                }
            }
        }
    }
    (!values.is_empty()).then(|| Conflict {
        kind: "name".into(),
        values,
    })
}

/// Every conflict of `members` by the pairwise checks, in the order `conflicts` gives them.
fn pairwise(members: &[(ClaimRef, &Claim)], stated: &[Stated]) -> Vec<Conflict> {
    let mut found = Vec::new();
    if members.len() < 2 {
        return found;
    }
    let anchors: Vec<Option<(&Fact, Slot)>> = members
        .iter()
        .map(|(_, c)| c.anchor_fact().map(|f| (f, claim_slot(c, f))))
        .collect();
    found.extend(anchor_conflict_pairwise(members, &anchors, stated));
    let is_event_or_role = members
        .iter()
        .all(|(_, c)| matches!(c.features.kind, "event" | "role"));
    if is_event_or_role {
        found.extend(modality_conflict_pairwise(members));
        found.extend(event_date_conflict_pairwise(members, stated));
    }
    if is_event_or_role || members.iter().all(|(_, c)| c.features.kind == "age") {
        found.extend(name_conflict_pairwise(members, stated));
    }
    found
}

/// The seeds and every gold story.
fn corpora() -> Vec<Corpus> {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    let mut stories: Vec<_> = std::fs::read_dir(&gold)
        .expect("tests/gold")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    stories.sort();
    let mut corpora = vec![load_seeds()];
    corpora.extend(
        stories
            .iter()
            .map(|s| load_paths(std::slice::from_ref(s)).expect("gold story")),
    );
    corpora
}

/// Checks one group both ways; returns how many conflicts it has.
fn check(members: &[(ClaimRef, &Claim)], stated: &[Stated]) -> usize {
    let (fast, differences) = conflicts(members, stated);
    assert_eq!(fast, pairwise(members, stated), "{members:?}");
    for (conflict, difference) in fast.iter().zip(&differences) {
        for ((r, _), value) in members.iter().zip(&difference.values) {
            let first = conflict.values.iter().find(|v| v.member == *r);
            assert_eq!(value.as_deref(), first.map(|v| v.text.as_str()));
        }
    }
    fast.len()
}

#[test]
fn bucketed_checks_report_what_the_pairwise_checks_report() {
    let (mut groups, mut found) = (0, 0);
    for corpus in corpora() {
        let analysis = analyze(&corpus);
        let claims: Vec<Vec<Claim>> = analysis.articles.iter().map(|a| a.claims.clone()).collect();
        let stated: Vec<Stated> = claims.iter().map(|list| Stated::of(list)).collect();
        let claim = |r: &ClaimRef| &claims[r.article][r.claim];
        for group in &analysis.claim_groups {
            let members: Vec<(ClaimRef, &Claim)> =
                group.members.iter().map(|r| (*r, claim(r))).collect();
            found += check(&members, &stated);
            groups += 1;
        }
        // Made-up groups: every claim of a kind, across the story's articles.
        let mut kinds: Vec<&str> = claims.iter().flatten().map(|c| c.features.kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        for kind in kinds {
            let members: Vec<(ClaimRef, &Claim)> = claims
                .iter()
                .enumerate()
                .flat_map(|(article, list)| {
                    list.iter().map(move |c| {
                        (
                            ClaimRef {
                                article,
                                claim: c.id,
                            },
                            c,
                        )
                    })
                })
                .filter(|(_, c)| c.features.kind == kind)
                .collect();
            found += check(&members, &stated);
            groups += 1;
        }
    }
    assert!(
        groups > 100 && found > 20,
        "{groups} groups, {found} conflicts"
    );
}
