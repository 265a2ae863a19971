//! The figures each article states: an outlet that states both of two
//! different figures of one thing is reporting two facts, so neither is
//! another outlet's rendering of the other.

use crate::analysis::language::hash::FnvHashSet;

use super::{Claim, ClaimRef};

/// Every figure each article states, with the slot it is stated of.
pub struct StatedFigures<'a> {
    flat: &'a [ClaimRef],
    claims: &'a [Vec<Claim>],
    stated: FnvHashSet<(usize, &'a str, &'a str)>,
}

impl<'a> StatedFigures<'a> {
    /// The figures of every claim of `flat`. A figure recurs by chance of
    /// other things ("14 people killed" / "14 districts", "three people were
    /// treated" / "a team of three investigators"): each is kept with its
    /// slot, and is another fact only of the same slot. Lengths of time are
    /// left out: a story's terms, periods and bans recur in a few round values
    /// ("sentenced to six years", "bribes over six years"), so one stated
    /// elsewhere is no sign that the other is another fact.
    pub fn new(flat: &'a [ClaimRef], claims: &'a [Vec<Claim>]) -> Self {
        let stated = flat
            .iter()
            .map(|r| (r.article, &claims[r.article][r.claim].features))
            .filter(|(_, f)| f.value.is_some() && f.kind != "duration")
            .flat_map(|(article, f)| {
                f.keys
                    .iter()
                    .map(move |k| (article, k.as_str(), f.slot.as_str()))
            })
            .collect();
        Self {
            flat,
            claims,
            stated,
        }
    }

    /// True when claims `a` and `b` (indices into `flat`) give different
    /// figures and the article of one states the other's figure, of the same
    /// slot, in another claim: two facts, not one told two ways.
    pub fn another_fact(&self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.flat[a], self.flat[b]);
        let fa = &self.claims[ra.article][ra.claim].features;
        let fb = &self.claims[rb.article][rb.claim].features;
        if fa.value.is_none() || fb.value.is_none() || fa.keys.iter().any(|k| fb.keys.contains(k)) {
            return false;
        }
        let states = |article: usize, f: &'a super::ClaimFeatures| {
            f.keys.iter().any(|k| {
                self.stated
                    .contains(&(article, k.as_str(), f.slot.as_str()))
            })
        };
        states(ra.article, fb) || states(rb.article, fa)
    }
}
