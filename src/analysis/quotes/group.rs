//! Groups quotations that render the same remark, across articles.
//!
//! Two quotations match when the shorter one's content-word stems (see
//! [`crate::analysis::language::tokens`]) are mostly contained in the longer one's: at least
//! three shared stems covering seven tenths of the shorter. A short quotation
//! (three stems or fewer) matches only when its words appear in order inside the
//! other (see [`super::wording`]: a few inserted words and spelled-out
//! contractions allowed), when both have exactly the same stems (for a one-word
//! quote: the same words, or the same known speaker), or when the same known
//! speaker said both and every one of its stems is in the other ("ignored its
//! own scientists" / "ignored the advice of its own scientists"; a quote of one
//! stem needs its words there too, as written and in order: "reckless" joins
//! "this plan is reckless", "further war" does not join "like most wars");
//! within one article only in-order or exact repeats match. The same person's
//! remark reworded in another article (a translated report) matches too (see
//! [`super::reworded`]).
//!
//! A quotation of several sentences is several quotes (see
//! [`super::quotes_from`]), so each groups with its own renderings; pieces of
//! one remark that the writer interrupts only with its attribution (see
//! [`super::pieces`]) then share their group, as one remark.
//!
//! Quotations attributed to different people share a group only when their
//! wording is near-verbatim (at least `MIN_VERBATIM_WORDS` words, all in
//! order in the other, or all but one word in eight for renderings of
//! similar length): then one outlet has most likely named the wrong person,
//! and the group says that its speakers differ. A document ("the ruling said")
//! speaks for its author, so it differs from no one: the judge who wrote the
//! ruling may be named by another outlet. Candidates come from an inverted
//! index over each quotation's rarest stems (prefix filtering), so the corpus is
//! never compared pair by pair; verbatim repeats by one speaker (syndicated
//! copy) are searched once; matches are joined strongest first. Every quotation
//! ends in exactly one group.

use std::borrow::Cow;

use crate::analysis::disjoint::DisjointSets;
use crate::analysis::language::spelling::american;
use crate::analysis::language::tokens::{Token, comparison_stem, tokenize};
use crate::analysis::sorted::count_shared;
use crate::model::Span;

use super::diff::{Rendering, unchanged, word_diff};
use super::reference::{reference, trim_piece_edges};
use super::reworded::{Said, reworded_pairs};
use super::wording::{common_in_order, contains_in_order, words};
use super::{Quote, QuoteGroup, QuoteRef};
use crate::analysis::language::hash::{FnvHashMap, FnvHashSet};
use crate::analysis::language::people::{Registry, person_key};
use crate::analysis::language::speakers::is_document_name;

/// Share of the shorter quotation's stems the longer must contain.
const CONTAINMENT: f64 = 0.7;

/// Fewest shared stems for a match by containment.
const MIN_SHARED: usize = 3;

/// Quotations with this many stems or fewer match only verbatim or exactly.
const SHORT_STEMS: usize = 3;

/// Fewest words of a near-verbatim rendering, which groups even when the
/// attributed speakers differ.
const MIN_VERBATIM_WORDS: usize = 4;

/// A near-verbatim rendering may differ in one word for each this many of the
/// shorter one's words.
const WORDS_PER_CHANGE: usize = 8;

/// How many times longer than the shorter rendering the longer may be for
/// changed words to be allowed: beyond that, only in-order containment counts.
const LENGTH_RATIO: usize = 2;

/// Longest rendering compared word for word with changes allowed (the
/// comparison is quadratic in the lengths).
const MAX_COMPARED_WORDS: usize = 400;

/// Postings longer than this (relative to the corpus) are too common to search.
const COMMON_SHARE: usize = 10;

/// Postings always searched, however small the corpus.
const MIN_POSTINGS_SEARCHED: usize = 64;

/// Postings never searched, however large the corpus: a stem that this many
/// distinct renderings carry finds no match that a rarer stem of the same
/// quotation would not, and searching it pairs every rendering with every
/// other (one long article repeating a few remarks, each attributed to
/// hundreds of people, took minutes).
const MAX_POSTINGS_SEARCHED: usize = 256;

/// One quotation prepared for comparison.
struct Entry {
    at: QuoteRef,
    /// Byte offset in its article, for ordering.
    start: usize,
    /// Its words in order, as written.
    tokens: Vec<Token>,
    /// Its wording, as ids: normalised words with contractions spelled out.
    words: Vec<u32>,
    /// Distinct content stems, as ids, sorted.
    stems: Vec<u32>,
    /// Speaker identity across the corpus.
    speaker: Option<usize>,
    /// The speaker as matching compares it: one person however outlets give
    /// the first name (see [`Speakers::person`]).
    person: Option<usize>,
    /// True when the speaker is a document, which speaks for its author.
    document: bool,
}

/// Groups every quotation of `quotes` (per article, in corpus order);
/// `pieces` holds, per article, the index pairs of its quotes that are pieces
/// of one remark (see [`super::pieces`]), which always share a group.
pub fn group(quotes: &[&[Quote]], pieces: &[Vec<(usize, usize)>]) -> Vec<QuoteGroup> {
    let speakers = speakers(quotes);
    let mut stem_ids: FnvHashMap<String, u32> = FnvHashMap::default();
    let mut word_ids: FnvHashMap<String, u32> = FnvHashMap::default();
    let mut entries = Vec::new();
    for (article, list) in quotes.iter().enumerate() {
        for (quote, q) in list.iter().enumerate() {
            let tokens = tokenize(&q.text, Span::new(0, q.text.len()));
            let stems = stem_set(&tokens, &mut stem_ids);
            let words = words(&tokens)
                .iter()
                .map(|w| intern(&mut word_ids, &american(w)))
                .collect();
            let speaker = q
                .speaker
                .as_deref()
                .and_then(|s| speakers.keys.get(s).copied());
            entries.push(Entry {
                at: QuoteRef { article, quote },
                start: q.span.start,
                tokens,
                words,
                stems,
                speaker,
                person: speaker.map(|k| speakers.person[&k]),
                document: q.speaker.as_deref().is_some_and(is_document_name),
            });
        }
    }
    let reps = representatives(&entries);
    let mut sets = Components::new(&entries);
    for (i, &rep) in reps.iter().enumerate() {
        sets.join(rep, i, true);
    }
    for (a, b) in matching_pairs(&entries, &reps) {
        sets.join(a, b, near_verbatim(&entries[a], &entries[b]));
    }
    let said: Vec<Said<'_>> = entries
        .iter()
        .map(|e| Said {
            article: e.at.article,
            person: e.person.filter(|_| !e.document),
            stems: &e.stems,
        })
        .collect();
    for (a, b) in reworded_pairs(&said, |i| reps[i] == i, searchable(entries.len())) {
        sets.join(a, b, false);
    }
    let mut first_entry = 0;
    for (list, pairs) in quotes.iter().zip(pieces) {
        for &(a, b) in pairs {
            sets.join(first_entry + a, first_entry + b, true);
        }
        first_entry += list.len();
    }
    build_groups(quotes, &entries, sets, &speakers)
}

/// The distinct content stems of `tokens`, as ids of `ids`, sorted.
fn stem_set(tokens: &[Token], ids: &mut FnvHashMap<String, u32>) -> Vec<u32> {
    let mut stems: Vec<u32> = tokens
        .iter()
        .filter_map(comparable_stem)
        .map(|stem| intern(ids, &stem))
        .collect();
    stems.sort_unstable();
    stems.dedup();
    stems
}

/// The id of `key` in `ids`, given the next free id when it is new.
fn intern(ids: &mut FnvHashMap<String, u32>, key: &str) -> u32 {
    if let Some(&id) = ids.get(key) {
        return id;
    }
    let id = u32::try_from(ids.len()).unwrap_or(u32::MAX);
    ids.insert(key.to_string(), id);
    id
}

/// True when one of `a` and `b` is a near-verbatim rendering of the other: at
/// least `MIN_VERBATIM_WORDS` words, all found in order in the other, or all
/// but one in every `WORDS_PER_CHANGE` when the two are of similar length (a
/// word changed, dropped or added: "we will see them" / "we'll meet them").
fn near_verbatim(a: &Entry, b: &Entry) -> bool {
    let (short, long) = if a.words.len() <= b.words.len() {
        (a, b)
    } else {
        (b, a)
    };
    let n = short.words.len();
    if n < MIN_VERBATIM_WORDS {
        return false;
    }
    if contains_in_order(&long.words, &short.words) {
        return true;
    }
    let changes = n / WORDS_PER_CHANGE;
    changes > 0
        && long.words.len() <= n * LENGTH_RATIO
        && long.words.len() <= MAX_COMPARED_WORDS
        && common_in_order(&short.words, &long.words) + changes >= n
}

/// The stem a token contributes to matching: content words only, a possessive
/// `'s` dropped (`Ukraine's` → `ukraine`), negative contractions (`won't`,
/// `don't`) left out like the function words they are.
fn comparable_stem(token: &Token) -> Option<Cow<'_, str>> {
    if !token.is_content() || token.norm.ends_with("n't") {
        return None;
    }
    let word = token.norm.strip_suffix("'s").unwrap_or(&token.norm);
    Some(comparison_stem(word))
}

/// Speakers across the corpus: names of one person (a surname and the full name,
/// spelling variants) share an identity, named by its fullest form (the first seen
/// in corpus order among equally full ones).
struct Speakers<'a> {
    /// The identity of each speaker name.
    keys: FnvHashMap<&'a str, usize>,
    /// The fullest name of each identity.
    names: FnvHashMap<usize, String>,
    /// The person of each identity: identities whose names share the surname
    /// and the first letter of the given name are one person ("Dennis" and
    /// "Desmond Achterberg": an outlet mistook the first name, which the
    /// group then shows as speakers that differ; two people of one family
    /// differ from the first letter).
    person: FnvHashMap<usize, usize>,
}

/// The speaker identities of all `quotes`.
fn speakers<'a>(quotes: &[&'a [Quote]]) -> Speakers<'a> {
    let mut seen = FnvHashSet::default();
    let forms: Vec<&str> = quotes
        .iter()
        .flat_map(|list| list.iter())
        .filter_map(|q| q.speaker.as_deref())
        .filter(|form| seen.insert(*form))
        .collect();
    let registry = Registry::from_forms(forms.iter().copied());
    let mut speakers = Speakers {
        keys: FnvHashMap::default(),
        names: FnvHashMap::default(),
        person: FnvHashMap::default(),
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
    let mut persons: FnvHashMap<String, usize> = FnvHashMap::default();
    for (&key, name) in &speakers.names {
        let next = persons.len();
        let person = *persons.entry(person_key(name)).or_insert(next);
        speakers.person.insert(key, person);
    }
    speakers
}

/// For each entry, the first entry with the same words and speaker: syndicated
/// copy repeats quotes verbatim, and one representative stands for them all.
fn representatives(entries: &[Entry]) -> Vec<usize> {
    let mut first: FnvHashMap<(Option<usize>, &[u32]), usize> = FnvHashMap::default();
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| *first.entry((e.speaker, e.words.as_slice())).or_insert(i))
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
    let searchable = searchable(entries.len());
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

/// The longest posting searched in a corpus of `entries` quotations.
fn searchable(entries: usize) -> usize {
    (entries / COMMON_SHARE).clamp(MIN_POSTINGS_SEARCHED, MAX_POSTINGS_SEARCHED)
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
    let verbatim = short.words.len() >= 2 && contains_in_order(&long.words, &short.words);
    let same_article = short.at.article == long.at.article;
    let same_speaker = short.person.is_some() && short.person == long.person;
    let exact = short.stems == long.stems
        && (short.stems.len() > 1 || same_speaker || short.words == long.words);
    // Every stem of the short one is in the long one; a single stem is weak
    // evidence, so its words must also appear there as written, in order.
    let all_contained = shared == short.stems.len()
        && (short.stems.len() >= 2 || contains_in_order(&long.words, &short.words));
    let matches = if same_article {
        verbatim || exact
    } else if short.stems.len() <= SHORT_STEMS {
        verbatim || exact || (same_speaker && all_contained)
    } else {
        shared >= required_overlap(short.stems.len()) || near_verbatim(short, long)
    };
    if !matches {
        return None;
    }
    let containment = shared as u64 * 1_000_000 / short.stems.len() as u64;
    let union = (short.stems.len() + long.stems.len() - shared).max(1) as u64;
    Some(containment * 1_000 + shared as u64 * 1_000 / union)
}

/// Disjoint sets of entries, each with the known speakers its members name
/// (sorted): one, except where a near-verbatim rendering joined another name.
struct Components {
    sets: DisjointSets,
    speakers: Vec<Vec<usize>>,
}

impl Components {
    fn new(entries: &[Entry]) -> Self {
        Self {
            sets: DisjointSets::new(entries.len()),
            speakers: entries
                .iter()
                .map(|e| e.person.filter(|_| !e.document).into_iter().collect())
                .collect(),
        }
    }

    fn root(&mut self, i: usize) -> usize {
        self.sets.root(i)
    }

    /// Joins the sets of `a` and `b` unless they name only different speakers;
    /// `verbatim` (a near-verbatim match) joins them regardless.
    fn join(&mut self, a: usize, b: usize, verbatim: bool) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return;
        }
        let (x, y) = (&self.speakers[ra], &self.speakers[rb]);
        let disjoint = !x.is_empty() && !y.is_empty() && !x.iter().any(|s| y.contains(s));
        if disjoint && !verbatim {
            return;
        }
        let mut merged: Vec<usize> = x.iter().chain(y).copied().collect();
        merged.sort_unstable();
        merged.dedup();
        let (keep, gone) = self.sets.union(ra, rb);
        self.speakers[keep] = merged;
        self.speakers[gone] = Vec::new();
    }
}

/// Turns the sets into groups ordered by first appearance.
fn build_groups(
    quotes: &[&[Quote]],
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
            let wordings: Vec<&[u32]> = list.iter().map(|&i| entries[i].words.as_slice()).collect();
            let canonical = reference(&wordings);
            let rendering = |i: usize| Rendering {
                text: quote(i).text.as_str(),
                tokens: &entries[i].tokens,
            };
            let reference_rendering = rendering(list[canonical]);
            let article = |k: usize| list.get(k).map(|&i| entries[i].at.article);
            let diffs = (0..list.len())
                .map(|k| {
                    let mut diff = if k == canonical {
                        unchanged(reference_rendering)
                    } else {
                        word_diff(rendering(list[k]), reference_rendering)
                    };
                    let after_piece = k > 0 && article(k - 1) == article(k);
                    let before_piece = article(k + 1) == article(k);
                    trim_piece_edges(&mut diff, after_piece, before_piece);
                    diff
                })
                .collect();
            QuoteGroup {
                id,
                speaker: group_speaker(&list, entries, speakers),
                speakers_differ: speakers_differ(&list, entries),
                members: list.iter().map(|&i| entries[i].at).collect(),
                canonical,
                diffs,
            }
        })
        .collect()
}

/// True when the members name more than one speaker.
fn speakers_differ(list: &[usize], entries: &[Entry]) -> bool {
    let mut known = list.iter().filter_map(|&i| entries[i].speaker);
    known
        .next()
        .is_some_and(|first| known.any(|other| other != first))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `count` quotes of the same remark, each by a different person.
    fn same_remark_by_many(count: usize) -> Vec<Quote> {
        const GIVEN: [&str; 20] = [
            "Ann", "Tom", "Maria", "Luis", "Grace", "Omar", "Helen", "Victor", "Irene", "Paul",
            "Nora", "Ivan", "Clara", "Hugo", "Vera", "Felix", "Lena", "Oscar", "Rita", "Simon",
        ];
        const SURNAMES: [&str; 20] = [
            "Mills", "Hale", "Ortiz", "Brandt", "Sokol", "Reyes", "Park", "Lindgren", "Okafor",
            "Varga", "Castillo", "Nakamura", "Dube", "Ferris", "Quinn", "Rossi", "Tanaka", "Weber",
            "Young", "Zeller",
        ];
        (0..count)
            .map(|i| {
                let text = "We will not back down.".to_string();
                let span = Span::new(i * 40, i * 40 + text.len());
                Quote {
                    id: i,
                    span,
                    parts: vec![span],
                    text,
                    speaker: Some(format!("{} {}", GIVEN[i % 20], SURNAMES[i / 20 % 20])),
                    person: None,
                    bare_speaker: None,
                    sentence: i,
                    partial: false,
                }
            })
            .collect()
    }

    #[test]
    fn a_remark_repeated_by_many_speakers_groups_until_its_stems_are_too_common() {
        // A corpus large enough that a tenth of it is more than the cap.
        let corpus = |repeats: usize| {
            let mut quotes = same_remark_by_many(repeats);
            for i in repeats..3_000 {
                let text = format!("Unrelated line {i}.");
                let span = Span::new(i * 40, i * 40 + text.len());
                quotes.push(Quote {
                    id: i,
                    span,
                    parts: vec![span],
                    text,
                    speaker: None,
                    person: None,
                    bare_speaker: None,
                    sentence: i,
                    partial: false,
                });
            }
            quotes
        };
        let remark_groups = |quotes: &[Quote]| {
            group(&[quotes], &[Vec::new()])
                .into_iter()
                .filter(|g| quotes[g.members[0].quote].text.starts_with("We will"))
                .map(|g| g.members.len())
                .collect::<Vec<_>>()
        };
        let few = corpus(MAX_POSTINGS_SEARCHED);
        assert_eq!(remark_groups(&few), [MAX_POSTINGS_SEARCHED]);

        // Past the cap, the remark's stems are carried by too many renderings
        // to be searched: each speaker's rendering stays alone instead of every
        // one being compared with every other.
        let many = corpus(MAX_POSTINGS_SEARCHED + 44);
        assert_eq!(remark_groups(&many), vec![1; MAX_POSTINGS_SEARCHED + 44]);
    }
}
