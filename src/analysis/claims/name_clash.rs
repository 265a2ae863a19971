//! Conflicts of names: two outlets give a person in the same place of the claim
//! (the same surname) another first name.
//!
//! Names are bucketed by surname and then by first name, so a group of
//! thousands of syndicated copies compares its few distinct first names rather
//! than every pair of members. The values come out in the order a pass over
//! every pair (each name against every later one) would first meet them.

use std::collections::{HashMap, HashSet};

use crate::model::Span;

use super::compare::Stated;
use super::features::fold;
use super::{Claim, ClaimRef, Conflict, ConflictValue, EntityKind, Fact, FactValue};
use crate::analysis::language::lexicon::{
    is_name_suffix, is_role_word, is_title_abbreviation, same_given_name,
};

/// A person named in a member: the member, the name's span, the name as
/// written and its folded words (titles, roles and suffixes left out).
pub(super) type Named = (ClaimRef, Span, String, Vec<String>);

/// The person's name a fact states, as written: a role's holder or a
/// person's name (a place or an office has no first name).
fn person_name(fact: &Fact) -> Option<&str> {
    match &fact.value {
        FactValue::Role { holder, .. } => Some(holder),
        FactValue::Entity {
            name,
            entity: EntityKind::Person,
            ..
        } => Some(name),
        _ => None,
    }
}

/// The folded words of a person's name proper, titles, roles, initials and
/// suffixes left out; `None` for fewer than two words.
fn name_words(name: &str) -> Option<Vec<String>> {
    let folded = fold(name);
    let all: Vec<&str> = folded.split_whitespace().collect();
    // The name proper starts after its last title or role word
    // ("Former Tessaway County Auditor Glenda M. Pruitt").
    let start = all
        .iter()
        .rposition(|w| is_title_abbreviation(w) || is_role_word(w))
        .map_or(0, |i| i + 1);
    let words: Vec<String> = all[start..]
        .iter()
        .copied()
        .filter(|w| w.len() > 1 && !is_name_suffix(w))
        .filter(|w| !is_title_abbreviation(w) && !is_role_word(w))
        .map(str::to_string)
        .collect();
    (words.len() >= 2).then_some(words)
}

/// The first name and surname of every person named in `claims` (one
/// article's), for telling two people of one family from one person given two
/// first names.
pub(super) fn first_and_surnames(claims: &[Claim]) -> HashSet<(String, String)> {
    claims
        .iter()
        .flat_map(|c| &c.facts)
        .filter_map(|f| name_words(person_name(f)?))
        .map(|mut words| {
            let last = words.pop().unwrap_or_default();
            (words.swap_remove(0), last)
        })
        .collect()
}

/// Every person's name of at least two words in `members`, in member order:
/// role holders and names of people.
pub(super) fn named(members: &[(ClaimRef, &Claim)]) -> Vec<Named> {
    members
        .iter()
        .flat_map(|(r, c)| {
            c.facts.iter().filter_map(move |f| {
                let name = person_name(f)?;
                name_words(name).map(|words| (*r, f.span, name.to_string(), words))
            })
        })
        .collect()
}

/// True when two first names of one surname name different people: they differ,
/// neither is the start of the other (`Jon`, `Jonathan`) and neither is a short
/// form of the other (`Tom`, `Thomas`).
pub(super) fn other_first_name(x: &str, y: &str) -> bool {
    x != y && !x.starts_with(y) && !y.starts_with(x) && !same_given_name(x, y)
}

/// True when two names of one surname, in the articles of `a` and `b`, name
/// two people rather than one given two first names: they are in different
/// articles, and neither article names the other's person elsewhere ("Maria
/// Lopez and her husband, Carlos Lopez" / "Carlos Lopez").
pub(super) fn may_clash(a: &Named, b: &Named, stated: &[Stated]) -> bool {
    let last = &a.3[a.3.len() - 1];
    a.0.article != b.0.article
        && !stated[a.0.article].names(&b.3[0], last)
        && !stated[b.0.article].names(&a.3[0], last)
}

/// The conflict of first names among `members`, if any; `stated` holds every
/// article's values and names.
pub fn name_conflict(members: &[(ClaimRef, &Claim)], stated: &[Stated]) -> Option<Conflict> {
    let named = named(members);
    // Per surname, per first name, the positions of its names in `named`.
    let mut by_surname: HashMap<&str, HashMap<&str, Vec<usize>>> = HashMap::new();
    for (k, (_, _, _, words)) in named.iter().enumerate() {
        let (first, last) = (&words[0], &words[words.len() - 1]);
        by_surname
            .entry(last)
            .or_default()
            .entry(first)
            .or_default()
            .push(k);
    }
    // Per surname, its first names in order of their first position.
    let by_surname: HashMap<&str, Vec<(&str, Vec<usize>)>> = by_surname
        .into_iter()
        .map(|(last, firsts)| {
            let mut firsts: Vec<(&str, Vec<usize>)> = firsts.into_iter().collect();
            firsts.sort_unstable_by_key(|(_, positions)| positions[0]);
            (last, firsts)
        })
        .collect();
    // When a pass over every pair (i, j > i), pushing i then j, first pushes
    // name `k`: behind its first earlier clash, or else at its first later one.
    let mut first_met: Vec<((usize, usize, u8), usize)> = Vec::new();
    for (k, entry) in named.iter().enumerate() {
        let words = &entry.3;
        let (first, last) = (words[0].as_str(), words[words.len() - 1].as_str());
        let firsts = &by_surname[last];
        let apart = |&&p: &&usize| may_clash(entry, &named[p], stated);
        // The earliest clash: first names are in order of first position, so
        // the search ends at the first name that starts after the best found.
        let mut earlier: Option<usize> = None;
        for (other, positions) in firsts {
            if positions[0] >= earlier.unwrap_or(k).min(k) {
                break;
            }
            if other_first_name(first, other)
                && let Some(&p) = positions.iter().find(apart).filter(|&&p| p < k)
            {
                earlier = Some(earlier.map_or(p, |e| e.min(p)));
            }
        }
        if let Some(i) = earlier {
            first_met.push(((i, k, 1), k));
            continue;
        }
        // No earlier clash (a name at the head of its surname's list): the
        // first later one.
        let later = firsts
            .iter()
            .filter(|(other, _)| other_first_name(first, other))
            .filter_map(|(_, positions)| {
                let after = positions.partition_point(|&p| p < k);
                positions[after..].iter().find(apart).copied()
            })
            .min();
        if let Some(j) = later {
            first_met.push(((k, j, 0), k));
        }
    }
    first_met.sort_unstable();
    let mut seen: HashSet<ClaimRef> = HashSet::new();
    let values: Vec<ConflictValue> = first_met
        .into_iter()
        .filter(|&(_, k)| seen.insert(named[k].0))
        .map(|(_, k)| ConflictValue {
            member: named[k].0,
            text: named[k].2.clone(),
            span: named[k].1,
        })
        .collect();
    (!values.is_empty()).then(|| Conflict {
        kind: "name".into(),
        values,
    })
}
