//! The analyst's corrections, applied to the analysis: heuristics are wrong
//! somewhere, and where the analyst has spoken their word wins.
//!
//! [`Corrections`] name what they change by resolved indices (article, sentence,
//! claim, quote); the session keeps them anchored to the text and resolves them
//! against the analysis of the day. [`apply`] regroups claims and quotes, sets
//! speakers and the analyst's verdicts, and recomputes what depends on them the
//! way grouping does (conflicts, differing facts, word diffs, statuses).
//! Sentence links change the alignment of a pair, which is computed on demand,
//! so [`align`] applies them when a pair is aligned.

use std::collections::HashMap;

use serde::Serialize;

use super::Analysis;
use super::align::{Alignment, SentencePair};
use super::claims::{ClaimGroup, ClaimRef, ClaimStatus, compare_members};
use super::quotes::{QuoteGroup, QuoteRef, diff_texts};

/// One sentence of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SentenceRef {
    /// Article index in the corpus.
    pub article: usize,
    /// Sentence index in the article.
    pub sentence: usize,
}

/// One correction, by resolved indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Correction {
    /// These two sentences (of two articles) say the same thing.
    Link(SentenceRef, SentenceRef),
    /// These two sentences do not say the same thing.
    Unlink(SentenceRef, SentenceRef),
    /// The groups of these two claims are one claim.
    JoinClaims(ClaimRef, ClaimRef),
    /// This claim is not the same claim as the rest of its group.
    DetachClaim(ClaimRef),
    /// The group holding most of these claims is a conflict (`true`) or is not
    /// (`false`).
    ClaimVerdict {
        /// Members of the group when the verdict was given.
        claims: Vec<ClaimRef>,
        /// Whether its outlets disagree.
        conflict: bool,
    },
    /// The groups of these two quotes render one remark.
    JoinQuotes(QuoteRef, QuoteRef),
    /// This quote renders another remark than the rest of its group.
    DetachQuote(QuoteRef),
    /// Who said this quote.
    Speaker {
        /// The quote.
        quote: QuoteRef,
        /// The speaker's name.
        speaker: String,
    },
}

/// The corrections in force, in the order they were made: a later one acts on
/// what the earlier ones left.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corrections {
    /// Every correction, oldest first.
    pub items: Vec<Correction>,
}

/// The analyst's verdict on one claim group, as applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AppliedVerdict {
    /// The group (its id after applying).
    pub group: usize,
    /// True for "conflict", false for "not a conflict".
    pub conflict: bool,
}

/// What applying the corrections changed, so that every view can show the
/// analyst's hand (the reader's `✱`, "(analyst)" in the report).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Applied {
    /// Claim groups a correction formed, split or judged (ids after applying), sorted.
    pub claim_groups: Vec<usize>,
    /// The verdicts in force, one per group, sorted by group.
    pub verdicts: Vec<AppliedVerdict>,
    /// Quote groups a correction formed, split or named (ids after applying), sorted.
    pub quote_groups: Vec<usize>,
    /// Quotes whose speaker the analyst set.
    pub speakers: Vec<QuoteRef>,
    /// Indices into [`Corrections::items`] of corrections naming a sentence, claim
    /// or quote the analysis does not have, or a verdict that cannot hold (a
    /// conflict within one outlet); they change nothing.
    pub skipped: Vec<usize>,
}

impl Applied {
    /// True when claim group `group` was changed by a correction.
    pub fn claim_group_corrected(&self, group: usize) -> bool {
        self.claim_groups.binary_search(&group).is_ok()
    }

    /// True when quote group `group` was changed by a correction.
    pub fn quote_group_corrected(&self, group: usize) -> bool {
        self.quote_groups.binary_search(&group).is_ok()
    }

    /// The analyst's verdict on claim group `group`, if there is one.
    pub fn verdict(&self, group: usize) -> Option<bool> {
        self.verdicts
            .binary_search_by_key(&group, |v| v.group)
            .ok()
            .map(|i| self.verdicts[i].conflict)
    }
}

/// Applies `corrections` to `analysis`: claim and quote groups joined and split,
/// speakers set, and the analyst's verdicts made the groups' statuses. Groups a
/// correction touched get their conflicts, differing facts, word diffs and
/// speaker recomputed as grouping computes them; a verdict of "not a conflict"
/// makes its group shared (unique for one outlet) and clears its conflicts.
/// Groups are renumbered in order of their first member, as grouping orders them.
pub fn apply(analysis: &mut Analysis, corrections: &Corrections) -> Applied {
    let mut applied = Applied::default();
    let mut claims = Regrouping::new(
        analysis
            .claim_groups
            .iter()
            .map(|g| g.members.iter().map(|&m| claim_key(m)).collect())
            .collect(),
    );
    let mut quotes = Regrouping::new(
        analysis
            .quote_groups
            .iter()
            .map(|g| g.members.iter().map(|&m| quote_key(m)).collect())
            .collect(),
    );
    let mut verdicts: Vec<(&[ClaimRef], bool, usize)> = Vec::new();
    for (index, correction) in corrections.items.iter().enumerate() {
        let done = match correction {
            Correction::Link(a, b) | Correction::Unlink(a, b) => {
                sentence_exists(analysis, [*a, *b])
            }
            Correction::JoinClaims(a, b) => claims.join(claim_key(*a), claim_key(*b)),
            Correction::DetachClaim(c) => claims.detach(claim_key(*c)),
            Correction::ClaimVerdict {
                claims: members,
                conflict,
            } => {
                let known = members.iter().any(|&m| claims.contains(claim_key(m)));
                if known {
                    verdicts.push((members, *conflict, index));
                }
                known
            }
            Correction::JoinQuotes(a, b) => quotes.join(quote_key(*a), quote_key(*b)),
            Correction::DetachQuote(q) => quotes.detach(quote_key(*q)),
            Correction::Speaker { quote, speaker } => {
                set_speaker(analysis, *quote, speaker, &mut quotes, &mut applied)
            }
        };
        if !done {
            applied.skipped.push(index);
        }
    }
    let claim_touched = claims.touched_members();
    let quote_touched = quotes.touched_members();
    analysis.claim_groups = rebuild_claim_groups(analysis, claims);
    analysis.quote_groups = rebuild_quote_groups(analysis, quotes, &applied.speakers);
    let claim_group_of = member_index(
        analysis
            .claim_groups
            .iter()
            .map(|g| g.members.iter().map(|&m| claim_key(m))),
    );
    for (members, conflict, index) in verdicts {
        let Some(group) = most_held(&claim_group_of, members) else {
            continue;
        };
        if !judge(&mut analysis.claim_groups[group], conflict) {
            applied.skipped.push(index);
            continue;
        }
        applied.verdicts.retain(|v| v.group != group);
        applied.verdicts.push(AppliedVerdict { group, conflict });
    }
    applied.verdicts.sort_by_key(|v| v.group);
    applied.skipped.sort_unstable();
    applied.claim_groups = groups_holding(&claim_group_of, claim_touched.iter());
    applied
        .claim_groups
        .extend(applied.verdicts.iter().map(|v| v.group));
    applied.claim_groups.sort_unstable();
    applied.claim_groups.dedup();
    let quote_group_of = member_index(
        analysis
            .quote_groups
            .iter()
            .map(|g| g.members.iter().map(|&m| quote_key(m))),
    );
    applied.quote_groups = groups_holding(&quote_group_of, quote_touched.iter());
    applied.speakers.sort_by_key(|q| (q.article, q.quote));
    applied.speakers.dedup();
    applied
}

/// The alignment of articles `left` and `right` with the analyst's sentence
/// links and unlinks for that pair applied, in the order they were made. A
/// linked pair joins the in-order matches where it keeps them in order on both
/// sides, and is a moved passage otherwise; either sentence's other match goes.
pub fn align(
    analysis: &Analysis,
    corrections: &Corrections,
    left: usize,
    right: usize,
) -> Alignment {
    let mut alignment = analysis.align(left, right);
    for correction in &corrections.items {
        let (link, a, b) = match correction {
            Correction::Link(a, b) => (true, a, b),
            Correction::Unlink(a, b) => (false, a, b),
            _ => continue,
        };
        let (l, r) = match ((a.article, b.article), (left, right)) {
            (pair, wanted) if pair == wanted => (a.sentence, b.sentence),
            ((x, y), (l, r)) if (y, x) == (l, r) => (b.sentence, a.sentence),
            _ => continue,
        };
        if link {
            link_pair(&mut alignment, l, r);
        } else {
            alignment.monotone.retain(|p| (p.left, p.right) != (l, r));
            alignment.moved.retain(|p| (p.left, p.right) != (l, r));
        }
    }
    alignment
}

/// Puts the pair (`l`, `r`) into `alignment`, taking any other match of either
/// sentence out.
fn link_pair(alignment: &mut Alignment, l: usize, r: usize) {
    let other = |p: &SentencePair| p.left != l && p.right != r;
    alignment.monotone.retain(other);
    alignment.moved.retain(other);
    let pair = SentencePair {
        left: l,
        right: r,
        score: 1.0,
    };
    let at = alignment.monotone.partition_point(|p| p.left < l);
    let after_previous = at == 0 || alignment.monotone[at - 1].right < r;
    let before_next = alignment.monotone.get(at).is_none_or(|p| p.right > r);
    if after_previous && before_next {
        alignment.monotone.insert(at, pair);
    } else {
        let at = alignment.moved.partition_point(|p| p.left < l);
        alignment.moved.insert(at, pair);
    }
}

/// True when every sentence exists in the analysis and they are of two articles.
fn sentence_exists(analysis: &Analysis, sentences: [SentenceRef; 2]) -> bool {
    sentences[0].article != sentences[1].article
        && sentences.iter().all(|s| {
            analysis
                .articles
                .get(s.article)
                .is_some_and(|a| s.sentence < a.sentences.len())
        })
}

/// Sets the speaker of `quote`, marking its group touched; false when the
/// analysis has no such quote.
fn set_speaker(
    analysis: &mut Analysis,
    quote: QuoteRef,
    speaker: &str,
    quotes: &mut Regrouping,
    applied: &mut Applied,
) -> bool {
    let Some(found) = analysis
        .articles
        .get_mut(quote.article)
        .and_then(|a| a.quotes.get_mut(quote.quote))
    else {
        return false;
    };
    let name = speaker.trim();
    found.speaker = (!name.is_empty()).then(|| name.to_string());
    found.person = None;
    quotes.touch(quote_key(quote));
    applied.speakers.push(quote);
    true
}

/// Makes `conflict` the status of `group`; false when it cannot hold (a
/// conflict needs two outlets).
fn judge(group: &mut ClaimGroup, conflict: bool) -> bool {
    let outlets = group.article_count();
    if conflict {
        if outlets < 2 {
            return false;
        }
        group.status = ClaimStatus::Conflict;
    } else {
        group.status = if outlets < 2 {
            ClaimStatus::Unique
        } else {
            ClaimStatus::Shared
        };
        group.conflicts.clear();
        group.differences.clear();
    }
    true
}

/// A claim or quote as (article, index in the article), the key regrouping uses.
type Key = (usize, usize);

/// The key of a claim.
fn claim_key(r: ClaimRef) -> Key {
    (r.article, r.claim)
}

/// The key of a quote.
fn quote_key(r: QuoteRef) -> Key {
    (r.article, r.quote)
}

/// For each member, the index of the group holding it.
fn member_index(
    groups: impl Iterator<Item = impl IntoIterator<Item = Key>>,
) -> HashMap<Key, usize> {
    let mut index = HashMap::new();
    for (group, members) in groups.enumerate() {
        for member in members {
            index.insert(member, group);
        }
    }
    index
}

/// The group holding most of `members` (the first of them among equals).
fn most_held(group_of: &HashMap<Key, usize>, members: &[ClaimRef]) -> Option<usize> {
    let held: Vec<usize> = members
        .iter()
        .filter_map(|&m| group_of.get(&claim_key(m)).copied())
        .collect();
    held.iter()
        .enumerate()
        .max_by_key(|(i, g)| {
            (
                held.iter().filter(|h| h == g).count(),
                std::cmp::Reverse(*i),
            )
        })
        .map(|(_, g)| *g)
}

/// The groups holding any of `members`, sorted, each once.
fn groups_holding<'a>(
    group_of: &HashMap<Key, usize>,
    members: impl Iterator<Item = &'a Key>,
) -> Vec<usize> {
    let mut groups: Vec<usize> = members.filter_map(|m| group_of.get(m).copied()).collect();
    groups.sort_unstable();
    groups.dedup();
    groups
}

/// Groups of members being joined and split: each group keeps its members, and
/// whether a correction changed it.
struct Regrouping {
    /// Members of each group; emptied groups stay as empty lists.
    groups: Vec<Vec<Key>>,
    /// Whether a correction changed each group.
    touched: Vec<bool>,
    /// The group of each member.
    group_of: HashMap<Key, usize>,
}

impl Regrouping {
    /// The groups as analysis formed them.
    fn new(groups: Vec<Vec<Key>>) -> Self {
        let group_of = member_index(groups.iter().map(|g| g.iter().copied()));
        Self {
            touched: vec![false; groups.len()],
            groups,
            group_of,
        }
    }

    /// True when `member` is in some group.
    fn contains(&self, member: Key) -> bool {
        self.group_of.contains_key(&member)
    }

    /// Marks the group of `member` changed.
    fn touch(&mut self, member: Key) {
        if let Some(&g) = self.group_of.get(&member) {
            self.touched[g] = true;
        }
    }

    /// Moves the members of `b`'s group into `a`'s; false when either is unknown.
    fn join(&mut self, a: Key, b: Key) -> bool {
        let (Some(&ga), Some(&gb)) = (self.group_of.get(&a), self.group_of.get(&b)) else {
            return false;
        };
        if ga != gb {
            let moved = std::mem::take(&mut self.groups[gb]);
            for m in &moved {
                self.group_of.insert(*m, ga);
            }
            self.groups[ga].extend(moved);
            self.touched[ga] = true;
        }
        true
    }

    /// Takes `member` out of its group into a group of its own; false when unknown.
    fn detach(&mut self, member: Key) -> bool {
        let Some(&g) = self.group_of.get(&member) else {
            return false;
        };
        if self.groups[g].len() > 1 {
            self.groups[g].retain(|m| *m != member);
            self.touched[g] = true;
            self.groups.push(vec![member]);
            self.touched.push(true);
            self.group_of.insert(member, self.groups.len() - 1);
        } else {
            self.touched[g] = true;
        }
        true
    }

    /// Every member of a changed group.
    fn touched_members(&self) -> Vec<Key> {
        self.groups
            .iter()
            .zip(&self.touched)
            .filter(|(_, t)| **t)
            .flat_map(|(g, _)| g.iter().copied())
            .collect()
    }
}

/// The claim groups after regrouping: unchanged groups as they were, changed
/// ones compared afresh, in order of their first member and renumbered (all as
/// they were when no correction changed any).
fn rebuild_claim_groups(analysis: &Analysis, regrouping: Regrouping) -> Vec<ClaimGroup> {
    let old = &analysis.claim_groups;
    if !regrouping.touched.contains(&true) {
        return old.clone();
    }
    let mut groups: Vec<ClaimGroup> = regrouping
        .groups
        .into_iter()
        .zip(regrouping.touched)
        .enumerate()
        .filter(|(_, (members, _))| !members.is_empty())
        .map(|(i, (members, touched))| match old.get(i) {
            Some(group) if !touched => group.clone(),
            _ => {
                let mut members: Vec<ClaimRef> = members
                    .into_iter()
                    .map(|(article, claim)| ClaimRef { article, claim })
                    .collect();
                members.sort_unstable();
                compared(analysis, members)
            }
        })
        .collect();
    groups.sort_by_key(|g| g.members.first().map(|m| (m.article, m.claim)));
    for (id, group) in groups.iter_mut().enumerate() {
        group.id = id;
    }
    groups
}

/// A claim group of `members` with its conflicts and status decided afresh.
fn compared(analysis: &Analysis, members: Vec<ClaimRef>) -> ClaimGroup {
    let with_claims: Vec<(ClaimRef, &super::claims::Claim)> = members
        .iter()
        .filter_map(|&r| Some((r, analysis.articles.get(r.article)?.claims.get(r.claim)?)))
        .collect();
    let (conflicts, differences) = compare_members(
        &with_claims,
        analysis.articles.iter().map(|a| a.claims.as_slice()),
    );
    let outlets = super::count_distinct(members.iter().map(|m| m.article));
    let status = match (outlets, conflicts.is_empty()) {
        (1, _) => ClaimStatus::Unique,
        (_, true) => ClaimStatus::Shared,
        (_, false) => ClaimStatus::Conflict,
    };
    ClaimGroup {
        id: 0,
        status,
        members,
        differences,
        conflicts,
    }
}

/// The quote groups after regrouping: unchanged groups as they were, changed
/// ones with their fullest rendering, word diffs and speaker afresh, in order of
/// their first member and renumbered.
fn rebuild_quote_groups(
    analysis: &Analysis,
    regrouping: Regrouping,
    named: &[QuoteRef],
) -> Vec<QuoteGroup> {
    let old = &analysis.quote_groups;
    if !regrouping.touched.contains(&true) {
        return old.clone();
    }
    let start = |q: &QuoteRef| {
        analysis
            .articles
            .get(q.article)
            .and_then(|a| a.quotes.get(q.quote))
            .map_or(0, |q| q.span.start)
    };
    let mut groups: Vec<QuoteGroup> = regrouping
        .groups
        .into_iter()
        .zip(regrouping.touched)
        .enumerate()
        .filter(|(_, (members, _))| !members.is_empty())
        .map(|(i, (members, touched))| match old.get(i) {
            Some(group) if !touched => group.clone(),
            _ => {
                let mut members: Vec<QuoteRef> = members
                    .into_iter()
                    .map(|(article, quote)| QuoteRef { article, quote })
                    .collect();
                members.sort_by_key(|q| (q.article, start(q), q.quote));
                regrouped_quotes(analysis, members, named)
            }
        })
        .collect();
    groups.sort_by_key(|g| g.members.first().map(|q| (q.article, start(q), q.quote)));
    for (id, group) in groups.iter_mut().enumerate() {
        group.id = id;
    }
    groups
}

/// A quote group of `members`: the fullest rendering as canonical, each
/// member's word diff against it, and the speaker most members have (the
/// analyst's naming first among equals).
fn regrouped_quotes(analysis: &Analysis, members: Vec<QuoteRef>, named: &[QuoteRef]) -> QuoteGroup {
    let quote = |q: &QuoteRef| {
        analysis
            .articles
            .get(q.article)
            .and_then(|a| a.quotes.get(q.quote))
    };
    let text = |q: &QuoteRef| quote(q).map_or("", |q| q.text.as_str());
    let canonical = (0..members.len())
        .max_by_key(|&k| {
            (
                text(&members[k]).split_whitespace().count(),
                std::cmp::Reverse(k),
            )
        })
        .unwrap_or(0);
    let canonical_text = members.get(canonical).map_or("", text);
    let diffs = members
        .iter()
        .map(|q| diff_texts(text(q), canonical_text))
        .collect();
    let mut votes: Vec<(&str, usize, bool)> = Vec::new();
    for q in &members {
        let Some(name) = quote(q).and_then(|q| q.speaker.as_deref()) else {
            continue;
        };
        let by_analyst = named.contains(q);
        match votes.iter_mut().find(|v| v.0 == name) {
            Some(v) => {
                v.1 += 1;
                v.2 |= by_analyst;
            }
            None => votes.push((name, 1, by_analyst)),
        }
    }
    let speaker = votes
        .iter()
        .enumerate()
        .max_by_key(|(k, v)| (v.1, v.2, std::cmp::Reverse(*k)))
        .map(|(_, v)| v.0.to_string());
    QuoteGroup {
        id: 0,
        speaker,
        speakers_differ: votes.len() > 1,
        members,
        canonical,
        diffs,
    }
}
