//! Groups quotations that render the same remark, across articles.
//!
//! Two quotations match when the shorter one's content-word stems (see
//! [`crate::analysis::language::tokens`]) are mostly contained in the longer one's: at least
//! three shared stems covering seven tenths of the shorter. A short quotation
//! (three stems or fewer) matches only when its words appear verbatim, in order,
//! inside the other, when both have exactly the same stems (for a one-word
//! quote: the same words, or the same known speaker), or when the same
//! known speaker said both and every one of its stems (two at least) is in the
//! other ("ignored its own scientists" / "ignored the advice of its own
//! scientists"); within one article only verbatim or exact repeats match. Quotations attributed to different people never share
//! a group. Candidates come from an inverted index over each quotation's rarest
//! stems (prefix filtering), so the corpus is never compared pair by pair;
//! verbatim repeats by one speaker (syndicated copy) are searched once; matches
//! are joined strongest first. Every quotation ends in exactly one group.

use crate::analysis::disjoint::DisjointSets;
use crate::analysis::language::tokens::{Token, stem, tokenize};
use crate::model::Span;

use super::diff::{Rendering, word_diff};
use super::{Quote, QuoteGroup, QuoteRef};
use crate::analysis::language::hash::{FnvHashMap, FnvHashSet};
use crate::analysis::language::people::Registry;

/// Share of the shorter quotation's stems the longer must contain.
const CONTAINMENT: f64 = 0.7;

/// Fewest shared stems for a match by containment.
const MIN_SHARED: usize = 3;

/// Quotations with this many stems or fewer match only verbatim or exactly.
const SHORT_STEMS: usize = 3;

/// Postings longer than this (relative to the corpus) are too common to search.
const COMMON_SHARE: usize = 10;

/// Postings always searched, however small the corpus.
const MIN_POSTINGS_SEARCHED: usize = 64;

/// One quotation prepared for comparison.
struct Entry {
    at: QuoteRef,
    /// Byte offset in its article, for ordering.
    start: usize,
    /// Its words in order.
    tokens: Vec<Token>,
    /// Distinct content stems, as ids, sorted.
    stems: Vec<u32>,
    /// Speaker identity across the corpus.
    speaker: Option<usize>,
}

/// Groups every quotation of `quotes` (per article, in corpus order).
pub fn group(quotes: &[Vec<Quote>]) -> Vec<QuoteGroup> {
    let speakers = speakers(quotes);
    let mut stem_ids: FnvHashMap<String, u32> = FnvHashMap::default();
    let mut entries = Vec::new();
    for (article, list) in quotes.iter().enumerate() {
        for (quote, q) in list.iter().enumerate() {
            let tokens = tokenize(&q.text, Span::new(0, q.text.len()));
            let mut stems: Vec<u32> = tokens
                .iter()
                .filter_map(comparable_stem)
                .map(|stem| match stem_ids.get(stem) {
                    Some(&id) => id,
                    None => {
                        let id = u32::try_from(stem_ids.len()).unwrap_or(u32::MAX);
                        stem_ids.insert(stem.to_string(), id);
                        id
                    }
                })
                .collect();
            stems.sort_unstable();
            stems.dedup();
            entries.push(Entry {
                at: QuoteRef { article, quote },
                start: q.span.start,
                tokens,
                stems,
                speaker: q
                    .speaker
                    .as_deref()
                    .and_then(|s| speakers.keys.get(s).copied()),
            });
        }
    }
    let reps = representatives(&entries);
    let mut sets = Components::new(&entries);
    for (i, &rep) in reps.iter().enumerate() {
        sets.join(rep, i);
    }
    for (a, b) in matching_pairs(&entries, &reps) {
        sets.join(a, b);
    }
    build_groups(quotes, &entries, sets, &speakers)
}

/// The stem a token contributes to matching: content words only, a possessive
/// `'s` dropped (`Ukraine's` → `ukraine`), negative contractions (`won't`,
/// `don't`) left out like the function words they are.
fn comparable_stem(token: &Token) -> Option<&str> {
    if !token.is_content() || token.norm.ends_with("n't") {
        return None;
    }
    let word = token.norm.strip_suffix("'s").unwrap_or(&token.norm);
    Some(stem(word))
}

/// Speakers across the corpus: names of one person (a surname and the full name,
/// spelling variants) share an identity, named by its fullest form (the first seen
/// in corpus order among equally full ones).
struct Speakers<'a> {
    /// The identity of each speaker name.
    keys: FnvHashMap<&'a str, usize>,
    /// The fullest name of each identity.
    names: FnvHashMap<usize, String>,
}

/// The speaker identities of all `quotes`.
fn speakers(quotes: &[Vec<Quote>]) -> Speakers<'_> {
    let mut seen = FnvHashSet::default();
    let forms: Vec<&str> = quotes
        .iter()
        .flatten()
        .filter_map(|q| q.speaker.as_deref())
        .filter(|form| seen.insert(*form))
        .collect();
    let registry = Registry::from_forms(forms.iter().copied());
    let mut speakers = Speakers {
        keys: FnvHashMap::default(),
        names: FnvHashMap::default(),
    };
    let mut unshared = forms.len();
    for form in forms {
        let (key, name) = match registry.lookup(form).as_slice() {
            [one] => (*one, registry.person(*one).canonical().to_string()),
            _ => {
                unshared += 1;
                (unshared, form.to_string())
            }
        };
        speakers.keys.insert(form, key);
        speakers.names.entry(key).or_insert(name);
    }
    speakers
}

/// For each entry, the first entry with the same words and speaker: syndicated
/// copy repeats quotes verbatim, and one representative stands for them all.
fn representatives(entries: &[Entry]) -> Vec<usize> {
    let mut first: FnvHashMap<(Option<usize>, Vec<&str>), usize> = FnvHashMap::default();
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let words = e.tokens.iter().map(|t| t.norm.as_str()).collect();
            *first.entry((e.speaker, words)).or_insert(i)
        })
        .collect()
}

/// All matching pairs of representatives (`reps[i] == i`), strongest first, found
/// through an inverted index.
fn matching_pairs(entries: &[Entry], reps: &[usize]) -> Vec<(usize, usize)> {
    let is_rep = |i: usize| reps[i] == i;
    let mut postings: FnvHashMap<u32, Vec<usize>> = FnvHashMap::default();
    for (i, e) in entries.iter().enumerate().filter(|&(i, _)| is_rep(i)) {
        for &s in &e.stems {
            postings.entry(s).or_default().push(i);
        }
    }
    let searchable = MIN_POSTINGS_SEARCHED.max(entries.len() / COMMON_SHARE);
    let mut scored: Vec<(u64, usize, usize)> = Vec::new();
    let mut seen: Vec<usize> = vec![usize::MAX; entries.len()];
    for (i, e) in entries.iter().enumerate().filter(|&(i, _)| is_rep(i)) {
        let mut rare = e.stems.clone();
        rare.sort_by_key(|s| (postings.get(s).map_or(0, Vec::len), *s));
        let needed = required_overlap(e.stems.len());
        let prefix = (e.stems.len() + 1).saturating_sub(needed);
        for s in rare.iter().take(prefix) {
            let Some(list) = postings.get(s).filter(|l| l.len() <= searchable) else {
                continue;
            };
            for &j in list {
                let other = &entries[j];
                let shorter_first = (e.stems.len(), i) < (other.stems.len(), j);
                if j == i || seen[j] == i || !shorter_first {
                    continue;
                }
                seen[j] = i;
                if let Some(score) = score(e, other) {
                    scored.push((score, i, j));
                }
            }
        }
    }
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    scored.into_iter().map(|(_, a, b)| (a, b)).collect()
}

/// Shared stems a quotation of `n` stems needs with a longer one.
fn required_overlap(n: usize) -> usize {
    if n <= SHORT_STEMS {
        n
    } else {
        let by_share = (n as f64 * CONTAINMENT).ceil() as usize;
        by_share.max(MIN_SHARED)
    }
}

/// How strongly `short` (the one with fewer stems) matches `long`, in parts per
/// million of containment, or `None` when they do not match.
fn score(short: &Entry, long: &Entry) -> Option<u64> {
    if short.stems.is_empty() {
        return None;
    }
    let shared = count_shared(&short.stems, &long.stems);
    let verbatim = short.tokens.len() >= 2 && contains_run(&long.tokens, &short.tokens);
    let same_article = short.at.article == long.at.article;
    let same_speaker = short.speaker.is_some() && short.speaker == long.speaker;
    let exact = short.stems == long.stems
        && (short.stems.len() > 1 || same_speaker || same_words(&short.tokens, &long.tokens));
    let all_contained = short.stems.len() >= 2 && shared == short.stems.len();
    let matches = if same_article {
        verbatim || exact
    } else if short.stems.len() <= SHORT_STEMS {
        verbatim || exact || (same_speaker && all_contained)
    } else {
        shared >= required_overlap(short.stems.len())
    };
    if !matches {
        return None;
    }
    let containment = shared as u64 * 1_000_000 / short.stems.len() as u64;
    let union = (short.stems.len() + long.stems.len() - shared).max(1) as u64;
    Some(containment * 1_000 + shared as u64 * 1_000 / union)
}

/// Size of the intersection of two sorted id lists.
fn count_shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// True when `needle` occurs as a contiguous run of words inside `haystack`.
fn contains_run(haystack: &[Token], needle: &[Token]) -> bool {
    needle.len() <= haystack.len()
        && haystack
            .windows(needle.len())
            .any(|w| same_words(w, needle))
}

/// True when two token lists have the same normalised words.
fn same_words(a: &[Token], b: &[Token]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.norm == y.norm)
}

/// Disjoint sets of entries, each with the one speaker its members allow.
struct Components {
    sets: DisjointSets,
    speaker: Vec<Option<usize>>,
}

impl Components {
    fn new(entries: &[Entry]) -> Self {
        Self {
            sets: DisjointSets::new(entries.len()),
            speaker: entries.iter().map(|e| e.speaker).collect(),
        }
    }

    fn root(&mut self, i: usize) -> usize {
        self.sets.root(i)
    }

    /// Joins the sets of `a` and `b` unless they hold different known speakers.
    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return;
        }
        let merged = match (self.speaker[ra], self.speaker[rb]) {
            (Some(x), Some(y)) if x != y => return,
            (x, y) => x.or(y),
        };
        let (keep, _) = self.sets.union(ra, rb);
        self.speaker[keep] = merged;
    }
}

/// Turns the sets into groups ordered by first appearance.
fn build_groups(
    quotes: &[Vec<Quote>],
    entries: &[Entry],
    mut sets: Components,
    speakers: &Speakers<'_>,
) -> Vec<QuoteGroup> {
    let mut by_root: FnvHashMap<usize, Vec<usize>> = FnvHashMap::default();
    for i in 0..entries.len() {
        let root = sets.root(i);
        by_root.entry(root).or_default().push(i);
    }
    let mut members: Vec<Vec<usize>> = by_root.into_values().collect();
    for m in &mut members {
        m.sort_by_key(|&i| (entries[i].at.article, entries[i].start, entries[i].at.quote));
    }
    members.sort_by_key(|m| {
        m.first()
            .map(|&i| (entries[i].at.article, entries[i].start, entries[i].at.quote))
    });
    members
        .into_iter()
        .enumerate()
        .map(|(id, list)| {
            let quote = |i: usize| &quotes[entries[i].at.article][entries[i].at.quote];
            let canonical = (0..list.len())
                .max_by_key(|&k| (entries[list[k]].tokens.len(), std::cmp::Reverse(k)))
                .unwrap_or(0);
            let rendering = |i: usize| Rendering {
                text: quote(i).text.as_str(),
                tokens: &entries[i].tokens,
            };
            let canonical_rendering = list.get(canonical).map(|&i| rendering(i));
            QuoteGroup {
                id,
                speaker: group_speaker(&list, entries, speakers),
                members: list.iter().map(|&i| entries[i].at).collect(),
                canonical,
                diffs: canonical_rendering.map_or_else(Vec::new, |c| {
                    list.iter().map(|&i| word_diff(rendering(i), c)).collect()
                }),
            }
        })
        .collect()
}

/// The speaker most members agree on (ties to the earliest), in its fullest form.
fn group_speaker(list: &[usize], entries: &[Entry], speakers: &Speakers<'_>) -> Option<String> {
    let mut votes: Vec<(usize, usize)> = Vec::new();
    for key in list.iter().filter_map(|&i| entries[i].speaker) {
        match votes.iter_mut().find(|v| v.0 == key) {
            Some(v) => v.1 += 1,
            None => votes.push((key, 1)),
        }
    }
    let (best, _) = votes
        .iter()
        .enumerate()
        .max_by_key(|(k, v)| (v.1, std::cmp::Reverse(*k)))
        .map(|(_, v)| *v)?;
    speakers.names.get(&best).cloned()
}
