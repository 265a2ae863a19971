//! Candidate links between claims of different outlets, each with a score.
//!
//! Candidates come from an index of what claims state: the keys of their typed
//! facts (the same amount, tally, date or age), their slots (the same kind of
//! amount of the same thing), and their rarest content words. A very common key
//! (one wire story reprinted by hundreds of outlets) is searched through a few
//! hubs and the nearest entries rather than pair by pair, so the cost stays
//! proportional to the number of claims.
//!
//! The score weighs the clause's content words (IDF-weighted, the better of the
//! cosine and the containment of the shorter clause) and the evidence of the
//! facts: an equal value is strong evidence, another event or another role is
//! strong evidence against, and shared names count only beside a shared predicate
//! or value (two sentences sharing only a judge's name are not one claim).

use std::borrow::Cow;

use super::compare::{anchor_certainty, moved_object, subject_of};
use super::features::{PRISON_TERM, word_stem};
use super::figures::StatedFigures;
use super::{Claim, ClaimRef, Modality, NO_COMMENT};
use crate::analysis::language::hash::FnvHashMap;
use crate::analysis::language::lexicon::{
    event_paraphrase, event_verb, is_determiner, is_generic_role, is_light_verb, is_refusal,
    is_role_word, is_stop_word, measure_unit, move_opposite_ways, moves_a_figure, role_class,
    same_given_name,
};
use crate::analysis::language::people::{name_word_key, same_name_key};
use crate::analysis::language::tokens::stem;
use crate::analysis::sorted::{count_shared, shares_any};

/// Lowest score for two amounts (quantity, money, percent, tally, age, duration) to link.
const AMOUNT_MIN: f32 = 0.42;
/// Lowest score for two events to link.
const EVENT_MIN: f32 = 0.38;
/// Lowest word similarity for two events named by different verbs ("walked out",
/// "stormed out") to link: the rest of the clause must say the same.
const REWORDED_EVENT_WORDS: f32 = 0.55;
/// Lower-case words two events named by different verbs, or by one light verb
/// (which counts as one of them), must share: one word ("ruling" in "ask for
/// a stay of the ruling" / "is not affected by the ruling") is the story's
/// topic, not the same statement.
const REWORDED_SHARED_WORDS: usize = 2;
/// The role of a count of the rest beyond a part (see
/// [`crate::analysis::language::lexicon::AmountRole::Rest`]).
const REST: &str = "rest";
/// The role of an amount asked for (see
/// [`crate::analysis::language::lexicon::AmountRole::Requested`]).
const REQUESTED: &str = "requested";
/// Counts below this are too common to identify a fact by their value alone.
const SMALL_COUNT: f64 = 10.0;
/// Lowest word similarity for two different lengths of time to be one fact
/// (a meeting's four hours and its public comment's two are not).
const MIN_WORDS_DURATION: f32 = 0.35;
/// Added when each of two articles states the event in one claim only.
const ONCE_BONUS: f32 = 0.15;
/// Lowest word similarity for that bonus: the clauses must still share a word.
const ONCE_EVENT_WORDS: f32 = 0.1;
/// Added when two clauses of one event name the same thing right after its
/// verb.
const OBJECT_BONUS: f32 = 0.15;
/// Lowest score for two dates to link.
const DATE_MIN: f32 = 0.45;
/// Lowest word similarity for amounts with equal values, so that two unrelated
/// clauses that share a round number never link.
const MIN_WORDS_WITH_KEY: f32 = 0.08;
/// Lowest word similarity for amounts with different values.
const MIN_WORDS_WITHOUT_KEY: f32 = 0.2;
/// Added for an equal typed value.
const KEY_BONUS: f32 = 0.35;
/// Kinds of amount whose value, stated once by each of two outlets, is one
/// fact however the clauses are worded: a sum of money and a length of time
/// are rarely repeated by chance, unlike a small count.
const STATED_ONCE_KINDS: [&str; 2] = ["money", "duration"];
/// Added for sums of one slot within [`CLOSE_FACTOR`] of each other.
const CLOSE_BONUS: f32 = 0.15;
/// Taken away when the slots differ (another unit, currency, rate or role).
const SLOT_PENALTY: f32 = 0.15;
/// Added when two counts count the same named thing (equal counts, or near
/// ones that are not small).
const SAME_THING_BONUS: f32 = 0.1;
/// Added when both clauses name the same event.
const PREDICATE_BONUS: f32 = 0.12;
/// Added when the clauses state the same date.
const DATE_BONUS: f32 = 0.15;
/// Added for each figure (up to two) that both sentences state besides the
/// claims' own.
const SENTENCE_KEY_BONUS: f32 = 0.12;
/// Sentence figures counted at most.
const MAX_SENTENCE_KEYS: usize = 2;
/// Added when amounts fill the same slot (the same unit, currency, rate, role).
const SLOT_BONUS: f32 = 0.05;
/// Added when the sentences share a name.
const NAME_BONUS: f32 = 0.12;
/// Taken away when both sentences name people and share none.
const NAME_PENALTY: f32 = 0.06;
/// Rarest words of a claim used to find candidates.
const RARE_WORDS: usize = 5;
/// Postings longer than this are searched through hubs and neighbours only.
const LONG_POSTING: usize = 48;
/// Entries at the head of a long posting every member is compared with.
const HUBS: usize = 6;
/// Preceding entries of a long posting every member is compared with.
const NEIGHBOURS: usize = 6;
/// How much the whole sentences' words count beside the clauses' own.
const CONTEXT_WEIGHT: f32 = 0.7;
/// How much a clause found whole in the other's sentence counts.
const IN_CONTEXT_WEIGHT: f32 = 0.85;
/// Content words a clause needs before containment in a longer clause counts fully.
const FULL_CONTAINMENT_WORDS: f32 = 4.0;

/// A scored link between two claims (flat indices, `a < b`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    /// First claim.
    pub a: usize,
    /// Second claim.
    pub b: usize,
    /// How strongly they are one claim.
    pub score: f32,
}

/// What a posting list of candidate claims is keyed by: claims on one list
/// are paired.
#[derive(PartialEq, Eq, Hash)]
enum Posting<'a> {
    /// A typed value's key, as stated or rounded.
    Key(&'a str),
    /// A slot, an event's class (`event:{class}`) or every age (`age`).
    Slot(Cow<'a, str>),
    /// A rare clause word's id.
    Word(u32),
}

/// A claim's words as weighted term ids.
struct Vector {
    terms: Vec<(u32, f32)>,
    sum_sq: f32,
}

impl Vector {
    /// The vector of sorted, distinct term ids weighted by `idf`.
    fn new(terms: &[u32], idf: &[f32]) -> Self {
        let terms: Vec<(u32, f32)> = terms.iter().map(|&t| (t, idf[t as usize])).collect();
        let sum_sq = terms.iter().map(|(_, w)| w * w).sum();
        Self { terms, sum_sq }
    }
}

/// Word ids, assigned in order of first sight.
#[derive(Default)]
struct Vocabulary<'a> {
    ids: FnvHashMap<&'a str, u32>,
}

impl<'a> Vocabulary<'a> {
    /// The sorted, distinct ids of `words`.
    fn terms(&mut self, words: &'a [String]) -> Vec<u32> {
        let mut terms: Vec<u32> = words
            .iter()
            .map(|w| {
                let next = self.ids.len() as u32;
                *self.ids.entry(w.as_str()).or_insert(next)
            })
            .collect();
        terms.sort_unstable();
        terms.dedup();
        terms
    }

    /// How many distinct words were seen.
    fn len(&self) -> usize {
        self.ids.len()
    }
}

/// Scored candidate links among the `representatives` of `flat` (claims whose
/// text repeats another's are left to the caller).
pub fn edges(flat: &[ClaimRef], claims: &[Vec<Claim>], representatives: &[usize]) -> Vec<Edge> {
    let claim = |i: usize| &claims[flat[i].article][flat[i].claim];
    // Links join claims of different articles only: one article has none.
    let first_article = representatives.first().map(|&i| flat[i].article);
    if representatives
        .iter()
        .all(|&i| Some(flat[i].article) == first_article)
    {
        return Vec::new();
    }
    // Only representatives are ever paired: a repeat's words are not read.
    let mut vocabulary = Vocabulary::default();
    let mut ids: Vec<Vec<u32>> = vec![Vec::new(); flat.len()];
    let mut context_ids: Vec<Vec<u32>> = vec![Vec::new(); flat.len()];
    let mut common_ids: Vec<Vec<u32>> = vec![Vec::new(); flat.len()];
    for &i in representatives {
        ids[i] = vocabulary.terms(&claim(i).features.words);
        common_ids[i] = vocabulary.terms(&claim(i).features.common);
        context_ids[i] = vocabulary.terms(&claim(i).features.context);
    }
    // Topics as ids of their own (the words' ids, and so the order their
    // weights are summed in, stay as they were): every scored pair compares
    // two topics, and two lists of numbers merge faster than two of strings.
    // Names folded once per claim, not once per pair.
    let mut topic_vocabulary = Vocabulary::default();
    let mut topic_ids: Vec<Vec<u32>> = vec![Vec::new(); flat.len()];
    let mut name_keys: Vec<Vec<String>> = vec![Vec::new(); flat.len()];
    for &i in representatives {
        topic_ids[i] = topic_vocabulary.terms(&claim(i).features.topic);
        name_keys[i] = claim(i)
            .features
            .names
            .iter()
            .map(|n| name_word_key(n))
            .collect();
    }
    let mut frequency = vec![0u32; vocabulary.len()];
    for &i in representatives {
        for &t in &context_ids[i] {
            frequency[t as usize] += 1;
        }
    }
    let total = representatives.len() as f32;
    let idf: Vec<f32> = frequency
        .iter()
        .map(|&df| ((total + 1.0) / (df as f32 + 1.0)).ln() + 1.0)
        .collect();
    let vectors: Vec<Vector> = ids.iter().map(|t| Vector::new(t, &idf)).collect();
    let contexts: Vec<Vector> = context_ids.iter().map(|t| Vector::new(t, &idf)).collect();
    // Each event's class however it is worded ("turned down", "rejected"),
    // and the event each date claim dates: every claim's, on all cores.
    let (events, dated): (Vec<Option<&str>>, Vec<Option<&str>>) =
        crate::analysis::parallel_map(flat, |r| {
            let f = &claims[r.article][r.claim].features;
            (event_class(f), dated_event(f))
        })
        .into_iter()
        .unzip();
    // How many claims of each article state each event.
    let event_counts = per_article(flat, &events);
    // How many date claims of each article date each event.
    let date_counts = per_article(flat, &dated);
    // What the verb of each claim's event acts on, read once per claim (see
    // [`object_words`]) on all cores: scoring compares it for every pair of
    // one event.
    let mut objects: Vec<Option<Vec<String>>> = vec![None; flat.len()];
    let read = crate::analysis::parallel_map(representatives, |&i| {
        events[i]
            .or(dated[i])
            .and_then(|class| object_words(&claim(i).features, class))
    });
    for (&i, object) in representatives.iter().zip(read) {
        objects[i] = object;
    }
    // Whether each claim's event moves a figure, found once per claim.
    let mut moving = vec![false; flat.len()];
    for &i in representatives {
        moving[i] = claim(i)
            .features
            .predicate
            .as_deref()
            .is_some_and(moves_a_figure);
    }
    // How many tallies each article states: an outlet that gives one tally
    // tells of one vote.
    let tallies: Vec<Option<&str>> = (0..flat.len())
        .map(|i| (claim(i).features.kind == "tally").then_some("tally"))
        .collect();
    let tally_counts = per_article(flat, &tallies);
    // The counts each article gives of each named thing.
    let mut counts_of: FnvHashMap<(usize, &str), Vec<f64>> = FnvHashMap::default();
    for &i in representatives {
        let f = &claim(i).features;
        if let (Some(value), true) = (f.value, counts_a_thing(f)) {
            counts_of
                .entry((flat[i].article, f.slot.as_str()))
                .or_default()
                .push(value);
        }
    }
    // How many claims of each article state each sum or length of time: one
    // each of two outlets states once is one fact of the story however it is
    // worded ("spent about seven minutes inside" / "walked out with the
    // canvases in just seven minutes").
    // A length written before a noun ("a two-year fight", "a 30-day
    // window") is that thing's, not an event's: it is never the story's one
    // length of time.
    let mut sums: FnvHashMap<(usize, &str), u32> = FnvHashMap::default();
    for &i in representatives {
        let f = &claim(i).features;
        if STATED_ONCE_KINDS.contains(&f.kind) && !attributive_length(claim(i)) {
            for key in &f.keys {
                *sums.entry((flat[i].article, key.as_str())).or_default() += 1;
            }
        }
    }
    // Per clause word, the last article seen with it and how many articles
    // have it (representatives come in article order).
    let mut outlets: Vec<(usize, u32)> = vec![(usize::MAX, 0); vocabulary.len()];
    for &i in representatives {
        for &t in &ids[i] {
            let seen = &mut outlets[t as usize];
            if seen.0 != flat[i].article {
                *seen = (flat[i].article, seen.1 + 1);
            }
        }
    }
    let mut postings: FnvHashMap<Posting<'_>, Vec<usize>> = FnvHashMap::default();
    for &i in representatives {
        let c = claim(i);
        for key in c.features.keys.iter().chain(&c.features.rounded) {
            postings.entry(Posting::Key(key)).or_default().push(i);
        }
        let slot = match events[i] {
            Some(class) => Cow::Owned(format!("event:{class}")),
            // Every age meets every other: whose age an unnamed one is
            // ("a 64-year-old man") is for scoring to judge.
            None if c.features.kind == "age" => Cow::Borrowed("age"),
            None => Cow::Borrowed(c.features.slot.as_str()),
        };
        postings.entry(Posting::Slot(slot)).or_default().push(i);
        // A word of one article's clauses only finds no candidate.
        let mut rare: Vec<u32> = ids[i]
            .iter()
            .copied()
            .filter(|&t| outlets[t as usize].1 > 1)
            .collect();
        rare.sort_by_key(|&t| frequency[t as usize]);
        for t in rare.into_iter().take(RARE_WORDS) {
            postings.entry(Posting::Word(t)).or_default().push(i);
        }
    }
    // Only claims of different articles that may link (see [`may_link`]) are
    // kept: scoring the others would refuse them.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut pair = |x: usize, y: usize| {
        if flat[x].article != flat[y].article && may_link(&claim(x).features, &claim(y).features) {
            pairs.push((x.min(y), x.max(y)));
        }
    };
    for list in postings.values() {
        if list.len() <= LONG_POSTING {
            for (p, &x) in list.iter().enumerate() {
                for &y in &list[p + 1..] {
                    pair(x, y);
                }
            }
        } else {
            for (p, &x) in list.iter().enumerate() {
                let hubs = list[..HUBS.min(p)].iter();
                let near = list[p.saturating_sub(NEIGHBOURS)..p].iter();
                for &y in hubs.chain(near) {
                    pair(x, y);
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let figures = StatedFigures::new(flat, claims);
    // Scoring is the costly part and each pair stands alone: on all cores.
    crate::analysis::parallel_map(&pairs, |&(a, b)| {
        if figures.another_fact(a, b) {
            return None;
        }
        let clause_words = word_similarity(&vectors[a], &vectors[b]);
        let common_words = count_shared(&common_ids[a], &common_ids[b]);
        let words = clause_words
            .max(CONTEXT_WEIGHT * word_similarity(&contexts[a], &contexts[b]))
            .max(IN_CONTEXT_WEIGHT * containment(&vectors[a], &contexts[b]))
            .max(IN_CONTEXT_WEIGHT * containment(&vectors[b], &contexts[a]));
        let dated_alike = dated[a].is_some()
            && dated[a] == dated[b]
            && objects_agree(
                (objects[a].as_deref(), &claim(a).features.words),
                (objects[b].as_deref(), &claim(b).features.words),
            );
        let same_event = dated_alike || (events[a].is_some() && events[a] == events[b]);
        // An outlet that gives one tally tells of one vote: the other's only
        // tally, or the one of the other's tallies whose sentence shares a
        // figure with its own ("8-3 … a fare hike to $3.25" / "7-4 … to raise
        // the fare to $3.25", not "rejected the amendment 6-5").
        let tallies_once = tallies[a].is_some() && tallies[b].is_some() && {
            let once_a = stated_once(&tally_counts, flat[a].article, "tally");
            let once_b = stated_once(&tally_counts, flat[b].article, "tally");
            (once_a && once_b)
                || ((once_a || once_b)
                    && claim(a)
                        .features
                        .sentence_keys
                        .iter()
                        .any(|k| claim(b).features.sentence_keys.contains(k)))
        };
        let counted_once = nearest_counts(
            &counts_of,
            (flat[a].article, &claim(a).features),
            (flat[b].article, &claim(b).features),
        );
        let sum_once = STATED_ONCE_KINDS.contains(&claim(a).features.kind)
            && claim(a).features.keys.iter().any(|k| {
                claim(b).features.keys.contains(k)
                    && sums.get(&(flat[a].article, k.as_str())) == Some(&1)
                    && sums.get(&(flat[b].article, k.as_str())) == Some(&1)
            });
        let once = tallies_once
            || sum_once
            || counted_once
            || same_event
                && !acts_on_other_things(
                    (objects[a].as_deref(), &claim(a).features.common),
                    (objects[b].as_deref(), &claim(b).features.common),
                )
                && events[a].or(dated[a]).is_some_and(|class| {
                    stated_once(&event_counts, flat[a].article, class)
                        && stated_once(&event_counts, flat[b].article, class)
                        && (!dated_alike
                            || (stated_once(&date_counts, flat[a].article, class)
                                && stated_once(&date_counts, flat[b].article, class)))
                });
        let clause = Clauses {
            words: clause_words,
            common: common_words,
            one_thing: same_event
                && events[a].is_some()
                && acts_on_one_thing(objects[a].as_deref(), objects[b].as_deref()),
            both_move_a_figure: moving[a] && moving[b],
        };
        let sentences = Sentences {
            topic: shares_any(&topic_ids[a], &topic_ids[b]),
            name: name_keys[a]
                .iter()
                .any(|n| name_keys[b].iter().any(|m| same_name_key(n, m))),
        };
        score(
            claim(a),
            claim(b),
            words,
            clause,
            sentences,
            same_event,
            once,
        )
        .map(|score| Edge { a, b, score })
    })
    .into_iter()
    .flatten()
    .collect()
}

/// True when a claim's anchor is a length of time written as one compound
/// word before a noun ("a two-year fight", "a 30-day window").
fn attributive_length(claim: &Claim) -> bool {
    matches!(
        claim.facts.first().map(|f| &f.value),
        Some(super::FactValue::Duration { text, .. }) if text.contains('-')
    )
}

/// Weighted similarity of two clauses' words: the better of the cosine and the
/// containment of the smaller in the larger.
fn word_similarity(a: &Vector, b: &Vector) -> f32 {
    if a.sum_sq == 0.0 || b.sum_sq == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut shared, mut count) = (0, 0, 0.0f32, 0usize);
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].0.cmp(&b.terms[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a.terms[i].1 * b.terms[j].1;
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let cosine = shared / (a.sum_sq * b.sum_sq).sqrt();
    let smaller = a.terms.len().min(b.terms.len()) as f32;
    let containment = if count >= 2 {
        shared / a.sum_sq.min(b.sum_sq) * (smaller / FULL_CONTAINMENT_WORDS).min(1.0)
    } else {
        0.0
    };
    cosine.max(0.8 * containment)
}

/// The share of `part`'s weight found in `whole`, discounted for a part of
/// fewer than two words.
fn containment(part: &Vector, whole: &Vector) -> f32 {
    if part.sum_sq == 0.0 || part.terms.len() < 2 {
        return 0.0;
    }
    let mut j = 0;
    let mut shared = 0.0;
    for &(term, weight) in &part.terms {
        while j < whole.terms.len() && whole.terms[j].0 < term {
            j += 1;
        }
        if j < whole.terms.len() && whole.terms[j].0 == term {
            shared += weight * weight;
        }
    }
    shared / part.sum_sq * (part.terms.len() as f32 / FULL_CONTAINMENT_WORDS).min(1.0)
}

/// How many claims of each article have each class, given each claim's
/// class in `classes` (none for a claim that has none).
fn per_article<'c>(
    flat: &[ClaimRef],
    classes: &[Option<&'c str>],
) -> FnvHashMap<(usize, &'c str), u32> {
    let mut counts = FnvHashMap::default();
    for (r, class) in flat.iter().zip(classes) {
        if let Some(class) = class {
            *counts.entry((r.article, *class)).or_default() += 1;
        }
    }
    counts
}

/// True when article `article` has one claim only of `class` in `counts`
/// (see [`per_article`]): it states that event, dates it, or gives a tally once.
fn stated_once(counts: &FnvHashMap<(usize, &str), u32>, article: usize, class: &str) -> bool {
    counts.get(&(article, class)).is_some_and(|&n| n == 1)
}

/// True when a claim's event acts on another event in its clause: an
/// infinitive after its verb names one ("voted on Tuesday to close the
/// library", "agreed to buy").
fn acts_on_an_event(features: &super::ClaimFeatures) -> bool {
    let Some(predicate) = features.predicate.as_deref() else {
        return false;
    };
    let class = event_paraphrase(predicate).unwrap_or(predicate);
    let Some(after) = words_after_verb(features, class) else {
        return false;
    };
    let mut previous = "";
    for w in after {
        if previous == "to" && event_verb(w).is_some() {
            return true;
        }
        previous = w;
    }
    false
}

/// True when a claim states its anchor's event as denied ("no one has died").
fn denied(claim: &Claim) -> bool {
    anchor_certainty(claim).is_some_and(|(_, m)| m == Modality::Denied)
}

/// The class of an event claim's predicate however the event is worded (see
/// [`event_paraphrase`]), or `None` for another kind of claim, or an event
/// named by a light verb ("held", "took"), which names no event of its own.
fn event_class(features: &super::ClaimFeatures) -> Option<&str> {
    predicate_class(features, "event")
}

/// The class of the event a date claim dates ("discovered on Oct. 3":
/// `discover`), as [`event_class`] gives it for an event claim.
fn dated_event(features: &super::ClaimFeatures) -> Option<&str> {
    predicate_class(features, "date").or_else(|| predicate_class(features, "time"))
}

/// The class of the predicate of a claim of `kind`, however it is worded;
/// `None` for a claim of another kind or a light verb.
fn predicate_class<'f>(features: &'f super::ClaimFeatures, kind: &str) -> Option<&'f str> {
    if features.kind != kind {
        return None;
    }
    let predicate = features.predicate.as_deref()?;
    if is_light_verb(predicate) {
        return None;
    }
    Some(event_paraphrase(predicate).unwrap_or(predicate))
}

/// What the verb of `class` acts on in a claim's clause: the run of content
/// words right after it, past determiners, with a possessive's `s` left out
/// ("filed the amended lawsuit": `amend lawsuit`; "seek federal
/// reimbursement for": `federal reimbursement`; "weigh the project's
/// effect": `project effect`), stemmed as clause words are; or `None` when a
/// function word or the clause's end follows the verb ("was discovered on
/// Oct. 4") or the verb is not found.
fn object_words(features: &super::ClaimFeatures, class: &str) -> Option<Vec<String>> {
    let mut words = words_after_verb(features, class)?.peekable();
    while words.next_if(|w| is_determiner(w)).is_some() {}
    let mut object = Vec::new();
    while let Some(w) = words.next_if(|w| *w == "s" || !is_stop_word(w)) {
        if w != "s" {
            object.push(word_stem(w).to_string());
        }
    }
    (!object.is_empty()).then_some(object)
}

/// The words of a claim's clause after the first verb of event `class`, or
/// `None` when no verb of it is found.
fn words_after_verb<'f>(
    features: &'f super::ClaimFeatures,
    class: &str,
) -> Option<impl Iterator<Item = &'f str>> {
    let mut words = features.text.split(' ');
    words.by_ref().find(|w| match event_verb(w) {
        Some((verb, _)) => event_paraphrase(verb).unwrap_or(verb) == class,
        // A verb outside the lexicon is its own class, as its stem.
        None => stem(w) == stem(class),
    })?;
    Some(words)
}

/// True when every word of `part` is in `whole`.
fn all_in<T: PartialEq>(part: &[T], whole: &[T]) -> bool {
    part.iter().all(|w| whole.contains(w))
}

/// True when two clauses of one event act on one thing, given for each what
/// its verb acts on (see [`object_words`]) and its clause's words: what one's
/// verb acts on is what the other's acts on, in as many words or fewer, or is
/// named in the other clause ("discovered the breach" / "the breach was
/// discovered"); "filed the lawsuit" and "filed an appeal", or "filed the
/// first complaint" and "filed an amended complaint", are two filings.
fn objects_agree(
    (object_a, words_a): (Option<&[String]>, &[String]),
    (object_b, words_b): (Option<&[String]>, &[String]),
) -> bool {
    match (object_a, object_b) {
        (Some(x), Some(y)) => all_in(x, y) || all_in(y, x),
        (Some(x), None) => all_in(x, words_b),
        (None, Some(y)) => all_in(y, words_a),
        (None, None) => true,
    }
}

/// True when two claims of one event name one thing right after their verbs,
/// given what each verb acts on (see [`object_words`]), in words, not
/// figures: one's words all among the other's ("stay home" / "stay home").
fn acts_on_one_thing(object_a: Option<&[String]>, object_b: Option<&[String]>) -> bool {
    match (object_in_words(object_a), object_in_words(object_b)) {
        (Some(x), Some(y)) => all_in(&x, &y) || all_in(&y, &x),
        _ => false,
    }
}

/// The words of what a verb acts on that are among `common` (written in
/// lower case), or `None` when there are none.
fn object_nouns<'w>(object: Option<&'w [String]>, common: &[String]) -> Option<Vec<&'w String>> {
    object_in_words(object)
        .map(|words| {
            words
                .into_iter()
                .filter(|w| common.contains(w))
                .collect::<Vec<_>>()
        })
        .filter(|words| !words.is_empty())
}

/// True when two claims of one event each name what their verb acts on in
/// common nouns (`common`: the clause's words written in lower case), and the
/// two share no word ("back the motion" / "back an independent inquiry"): one
/// party may do the same thing to two things, so each outlet telling of the
/// event once no longer makes it one event. A thing named by a name ("to
/// denounce Sea Shield") may be the one the other describes ("condemned the
/// naval drills"), so names leave the question open.
fn acts_on_other_things(
    (object_a, common_a): (Option<&[String]>, &[String]),
    (object_b, common_b): (Option<&[String]>, &[String]),
) -> bool {
    match (
        object_nouns(object_a, common_a),
        object_nouns(object_b, common_b),
    ) {
        (Some(x), Some(y)) => !x.iter().any(|w| y.contains(w)),
        _ => false,
    }
}

/// The words of what a verb acts on (see [`object_words`]), figures left
/// out, or `None` when it names nothing in words.
fn object_in_words(object: Option<&[String]>) -> Option<Vec<&String>> {
    object
        .map(|words| {
            words
                .iter()
                .filter(|w| w.chars().all(char::is_alphabetic))
                .collect::<Vec<_>>()
        })
        .filter(|words| !words.is_empty())
}

/// True when two claims are stated with verbs of two different events
/// ("charged her in a two-count information" / "pleaded guilty to one count
/// of theft"): two different small counts of two events count two things (a
/// small count may count a part of the other's whole). A light verb ("came",
/// "took") names no event and leaves the question open.
fn stated_of_other_events(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures) -> bool {
    let class = |f: &super::ClaimFeatures| {
        f.predicate
            .as_deref()
            .filter(|p| !is_light_verb(p))
            .map(|p| event_paraphrase(p).unwrap_or(p).to_string())
    };
    matches!((class(fa), class(fb)), (Some(x), Some(y)) if x != y)
}

/// True when two different amounts that belong to a person (an age, a time
/// served or worked) are said of two different people: each sentence names
/// someone the other does not ("Reyes, who has driven for Castell for 19
/// years" / "Marchetti, who has driven for Castell for 16 years"). The same
/// value stated of others is left to the other evidence: it may be one fact
/// attributed to different sources.
fn held_by_others(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures) -> bool {
    let names_other = |x: &[String], y: &[String]| x.iter().any(|n| !y.contains(n));
    matches!(fa.kind, "age" | "duration")
        && names_other(&fa.names, &fb.names)
        && names_other(&fb.names, &fa.names)
}

/// True when one length of time is stated of something that happened and the
/// other of something expected or possible ("was shut for several hours" /
/// "the closure could last several hours"): a forecast and a record are two
/// facts, even of one thing.
fn forecast_against_record(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures) -> bool {
    fa.verb_certainty
        .zip(fb.verb_certainty)
        .is_some_and(|(x, y)| x.clashes_with(y))
}

/// How alike two claims' clauses are, on their own (without their sentences).
#[derive(Debug, Clone, Copy)]
struct Clauses {
    /// The similarity of their words (see [`word_similarity`]).
    words: f32,
    /// How many words written in lower case (words that are no part of a
    /// name) they share.
    common: usize,
    /// True when they state one event acting on one thing (see
    /// [`acts_on_one_thing`]).
    one_thing: bool,
    /// True when the events of both move a figure (see [`moves_a_figure`]).
    both_move_a_figure: bool,
}

/// What two claims' sentences share, found from what each claim's features
/// give once.
#[derive(Debug, Clone, Copy)]
struct Sentences {
    /// True when their topics share a word (see [`super::ClaimFeatures::topic`]).
    topic: bool,
    /// True when they name one person: a surname of one is a spelling of a
    /// surname of the other (see [`same_name_key`]).
    name: bool,
}

/// True when a claim's event refuses or undoes something (see [`is_refusal`]),
/// however it is worded ("turned down" as "rejected").
fn refuses(features: &super::ClaimFeatures) -> bool {
    features
        .predicate
        .as_deref()
        .is_some_and(|p| is_refusal(event_paraphrase(p).unwrap_or(p)))
}

/// True when one claim's event raises a figure and the other's lowers one
/// (see [`move_opposite_ways`]).
fn opposite_moves(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures) -> bool {
    match (fa.predicate.as_deref(), fb.predicate.as_deref()) {
        (Some(p), Some(q)) => move_opposite_ways(p, q),
        _ => false,
    }
}

/// True unless two claims can never be one: claims of different kinds, or a
/// refusal to comment, which states no fact. Checked before a pair is scored,
/// so the pairs refused at once cost nothing.
fn may_link(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures) -> bool {
    fa.kind == fb.kind
        && [fa, fb]
            .iter()
            .all(|f| f.predicate.as_deref() != Some(NO_COMMENT))
}

/// The score of linking claims `a` and `b` (a pair [`may_link`] lets through),
/// or `None` when they cannot be one claim; `sentences` what their sentences share; `same_event` when both
/// state one event, in the same words or others
/// (see [`event_class`]; for two date claims, the event each dates), and
/// `once` when each of the two articles states that event in this claim only
/// (an outlet that reports a derailment, a walkout or a re-election once is
/// reporting the one the others report), dates it once, or, for two tallies,
/// gives no other tally. `words` is the
/// clauses' similarity helped by their sentences; `clause` how alike the
/// two clauses are alone, which two events named by different verbs need: the
/// sentence around one ("Democrats, led by Garza of Albuquerque, passed the
/// bill") may hold the other's few words ("Garza, who has pushed the bill")
/// without stating its event, and two clauses that share only a name
/// ("proposed by Cascadia Partners" / "Cascadia Partners said it would
/// appeal") state two events of one party.
fn score(
    a: &Claim,
    b: &Claim,
    words: f32,
    clause: Clauses,
    sentences: Sentences,
    same_event: bool,
    once: bool,
) -> Option<f32> {
    let (fa, fb) = (&a.features, &b.features);
    // An equal small count ("two", "three") proves nothing unless it counts the
    // same thing.
    // A measure ("a half-mile radius") is no count of things, however small.
    let small = fa.value.is_some_and(|v| v < SMALL_COUNT)
        && fa.kind == "quantity"
        && measure_unit(counted_of(&fa.slot)).is_none();
    // A value rounded as the other writes it ("14.2 percent" / "about 14
    // percent") is the same value.
    let rounded_alike = fa.rounded.iter().any(|k| fb.keys.contains(k))
        || fb.rounded.iter().any(|k| fa.keys.contains(k));
    let key = (fa.keys.iter().any(|k| fb.keys.contains(k)) || rounded_alike)
        && (!small || slots_agree(&fa.slot, &fb.slot));
    // A count of one named thing ("three Democrats") in both: the counted noun
    // is shared evidence, though the anchor's own words are left out of `words`.
    let same_thing = key && fa.kind == "quantity" && {
        let head = counted_of(&fa.slot);
        !head.is_empty() && head == counted_of(&fb.slot)
    };
    // Topics hold the claim's event, so one event in other words is on topic
    // too. Two counts of one named thing close in value ("11 vacant
    // positions", "12 open positions") are one figure, reported alike or not.
    // Each outlet's only count of a thing near the other's may be further
    // from it than counts that other counts sit beside.
    let close_count = !key
        && match fa.kind {
            "quantity" => close_counts(fa, fb, once),
            "percent" => close_shares(fa, fb),
            "age" => close_ages(fa, fb),
            "tally" => once && close_tallies(fa, fb),
            // Each outlet's only prison term near the other's: one term
            // ("up to 20 years in prison" / "up to 25 years behind bars").
            "duration" => once && fa.slot == PRISON_TERM && fb.slot == PRISON_TERM,
            _ => false,
        };
    let on_topic = same_thing || same_event || close_count || sentences.topic;
    if !(on_topic || (key && fa.kind != "event")) {
        return None;
    }
    let plain_words = words;
    let names_shared = sentences.name;
    let names_apart = !fa.names.is_empty() && !fb.names.is_empty() && !names_shared;
    let predicate = match (&fa.predicate, &fb.predicate) {
        (Some(p), Some(q)) if p == q => PREDICATE_BONUS,
        _ => 0.0,
    };
    let date = if fa.dates.iter().any(|d| fb.dates.contains(d)) {
        DATE_BONUS
    } else {
        0.0
    };
    let shared_figures = fa
        .sentence_keys
        .iter()
        .filter(|k| fb.sentence_keys.contains(k))
        .count()
        .min(MAX_SENTENCE_KEYS);
    let words = words + SENTENCE_KEY_BONUS * shared_figures as f32;
    let names = if names_shared {
        NAME_BONUS
    } else if names_apart {
        -NAME_PENALTY
    } else {
        0.0
    };
    match fa.kind {
        "event" => {
            let same = same_event;
            let reworded_alike = clause.words >= REWORDED_EVENT_WORDS
                && clause.common + usize::from(fa.predicate == fb.predicate)
                    >= REWORDED_SHARED_WORDS
                && refuses(fa) == refuses(fb)
                && !opposite_moves(fa, fb);
            if !same && !reworded_alike {
                return None;
            }
            // A habit ("holds the exercise every year") is not one occurrence
            // of it ("last year's exercise, held in September").
            if fa.habitual != fb.habitual {
                return None;
            }
            // A figure that moved is named by its subject: "humidity fell"
            // and "the stock fell" are two figures. Where a pronoun stands
            // for the subject ("It would raise the state royalty"), the
            // verb's object names the figure, which the other's subject
            // must be among ("the royalty on copper would rise", not "shares
            // of Nordkap rose").
            if clause.both_move_a_figure {
                let moves_another = |named: &Claim, subject: &str| {
                    let object = moved_object(named);
                    !object.is_empty() && !object.iter().any(|w| w == subject)
                };
                match (subject_of(a), subject_of(b)) {
                    (Some((sa, _)), Some((sb, _))) if sa != sb => return None,
                    (None, Some((sb, _))) if moves_another(a, &sb) => return None,
                    (Some((sa, _)), None) if moves_another(b, &sa) => return None,
                    _ => {}
                }
            }
            // One event acting on one thing ("asked residents to stay home" /
            // "urged people to stay home") is the same statement however
            // little else the clauses share.
            // So is one event both outlets deny ("no one has died" /
            // "nobody has died"): what did not happen has no object to tell
            // it apart.
            let both_denied = || denied(a) && denied(b);
            // And so is one event dated the same day or year by both, when
            // neither verb acts on another event ("voted on Tuesday to close
            // the library" / "voted on Tuesday to raise fees" are two votes).
            let same_date =
                || date > 0.0 && !names_apart && !acts_on_an_event(fa) && !acts_on_an_event(fb);
            let same_object = same && (clause.one_thing || both_denied() || same_date());
            // Told once, but of other people, it is another event; told
            // once and dated the same day ("condemned … on Friday" / "on
            // Friday … went before the cameras to denounce"), it is the one
            // event, however few words the clauses share.
            let once = once
                && !names_apart
                && (plain_words >= ONCE_EVENT_WORDS || same_object || date > 0.0);
            let s = words
                + names
                + date
                + if same { PREDICATE_BONUS } else { 0.0 }
                + if once { ONCE_BONUS } else { 0.0 }
                + if same_object { OBJECT_BONUS } else { 0.0 }
                + if key { NAME_BONUS } else { 0.0 };
            (s >= EVENT_MIN).then_some(s)
        }
        "role" => {
            // One person: the same surname, and given names that start alike
            // (an outlet may misspell or mistake a first name, which is then a
            // conflict; two people of one family differ from the first letter).
            // A post stated by what the person does ("who leads the union")
            // is the post another outlet names by a noun of its class ("the
            // head of the union", "its president"); "who represents Region
            // 3" is not "board member Paul Lindqvist".
            // One office and one surname are one person however the given
            // names differ ("Judge Helen Castellano" / "the judge Ellen
            // Castellano": an outlet's mistake, shown as a conflict of names);
            // people holding no office ("his brother") are told apart by them.
            let same_person = key
                && (initials_agree(&fa.people, &fb.people)
                    || (fa.slot == fb.slot && holds_an_office(&fa.slot)));
            let same_post =
                !(fa.post_by_verb || fb.post_by_verb) || role_class_of(fa) == role_class_of(fb);
            (same_person && same_post).then_some(0.6 + 0.4 * words)
        }
        "date" | "time" => {
            // The event dated, however it is worded ("begin" / "start").
            let predicate = if same_event {
                PREDICATE_BONUS
            } else {
                predicate
            };
            let s = words + if key { KEY_BONUS } else { 0.0 } + predicate + names;
            // Two dates of one event that each outlet reports and dates once
            // are one fact, given alike or not ("discovered on Oct. 3" /
            // "was discovered on Oct. 4"), on the evidence two events told
            // once need.
            let one_event = once && !names_apart && s + ONCE_BONUS >= EVENT_MIN;
            let s = if one_event { s + ONCE_BONUS } else { s };
            ((key && (s >= DATE_MIN || (fa.specific && fb.specific))) || one_event).then_some(s)
        }
        _ => {
            let (ra, rb) = (role_of(&fa.slot), role_of(&fb.slot));
            // A count of the rest ("11 others") is never the whole, whose own
            // role the words may not say.
            if ra != rb && (!ra.is_empty() && !rb.is_empty() || ra == REST || rb == REST) {
                return None;
            }
            // An amount asked for is another figure than one whose role the
            // words leave unsaid, which is most often what was set ("free on
            // $100,000 bail" / "denied a request to raise bail to
            // $250,000"), unless both write the same value.
            if ra != rb && !key && (ra == REQUESTED || rb == REQUESTED) {
                return None;
            }
            // A count of one role's holder ("two-term Mayor") says nothing of
            // another's ("the three-term council member").
            let (ha, hb) = (&fa.holder_role, &fb.holder_role);
            if !ha.is_empty() && !hb.is_empty() && ha != hb {
                return None;
            }
            // Of one counted thing, a thing's size is not what another
            // holds, nor is one possessor's count another's ("the 240-seat
            // assembly" / "the opposition's 112 seats"); a crew's size and
            // a train's crew members count one crew.
            if fa.slot == fb.slot && fa.owner.differs_from(&fb.owner) {
                return None;
            }
            let both_small = small && fb.value.is_some_and(|v| v < SMALL_COUNT);
            if !key && both_small && stated_of_other_events(fa, fb) {
                return None;
            }
            if !key && held_by_others(fa, fb) {
                return None;
            }
            if fa.kind == "duration" && forecast_against_record(fa, fb) {
                return None;
            }
            // The same count of the same thing ("1,100 delegates" in both) is one
            // fact however the clauses differ; a small count may be chance.
            let same_count = key && fa.kind == "quantity" && !small && fa.slot == fb.slot;
            let one_fact = (key && ((fa.specific && fb.specific) || same_count))
                || close_count
                || (key && once && STATED_ONCE_KINDS.contains(&fa.kind));
            let floor = if one_fact || same_thing {
                0.0
            } else if key {
                MIN_WORDS_WITH_KEY
            } else {
                MIN_WORDS_WITHOUT_KEY
            };
            if words < floor {
                return None;
            }
            if !key && (!slots_agree(&fa.slot, &fb.slot) || !near(fa.value, fb.value)) {
                return None;
            }
            if !key && !close_count && fa.kind == "duration" && plain_words < MIN_WORDS_DURATION {
                return None;
            }
            // An age of someone unnamed ("a 64-year-old man") may be the age
            // of the person the other names: near, it is evidence.
            let unnamed_age = !key && age_of_unnamed(fa, fb);
            // A percentage's slot seldom says what it measures (a rate, a
            // share, a rise), so two different percentages whose clauses both
            // say what they are of, and share no word of it, are two figures
            // however alike their sentences: sentences around them share words
            // whenever they tell one story ("voted to keep the rate at 4.50%"
            // / "inflation hit 6.4 per cent", each beside a sentence on the
            // vote). A clause of a bare figure leaves it to its sentence.
            if fa.kind == "percent"
                && !key
                && !close_count
                && clause.words == 0.0
                && !fa.words.is_empty()
                && !fb.words.is_empty()
            {
                return None;
            }
            let slot = if fa.slot == fb.slot {
                SLOT_BONUS
            } else if unnamed_age {
                0.0
            } else {
                -SLOT_PENALTY
            };
            // Two counts of one named thing ("36 pages", "35 pages") are two
            // reports of one figure as much as one count stated twice; but a
            // small count of a thing may count another part of it ("a
            // two-count indictment", "one count of fraud"), unless it counts an
            // event ("three killed", "two people dead").
            let counted_alike = fa.kind == "quantity" && {
                let head = counted_of(&fa.slot);
                !head.is_empty()
                    && head == counted_of(&fb.slot)
                    && (!small || event_verb(head).is_some())
            };
            let thing = if same_thing || counted_alike {
                SAME_THING_BONUS
            } else {
                0.0
            };
            // Two sums of one currency and kind this close ("$3.5 billion",
            // "$3.6 billion") are one figure reported two ways more often than
            // two figures: their nearness is evidence, though less than equality.
            let close =
                !key && fa.kind == "money" && fa.slot == fb.slot && within(fa, fb, CLOSE_FACTOR);
            let s = words
                + if key { KEY_BONUS } else { 0.0 }
                + if close || unnamed_age {
                    CLOSE_BONUS
                } else {
                    0.0
                }
                + slot
                + thing
                + predicate
                + names
                + date;
            (s >= AMOUNT_MIN || one_fact).then_some(s)
        }
    }
}

/// True for the slot of a role that is an office ("role:judge",
/// "role:finance minister"), not a relation, a private person or a loose
/// descriptor many hold ("role:brother", "role:resident", "role:analyst").
fn holds_an_office(slot: &str) -> bool {
    slot.strip_prefix("role:")
        .and_then(|role| role.split_whitespace().last())
        .is_some_and(|noun| is_role_word(noun) && !is_generic_role(noun))
}

/// The class of the role a role claim states (see [`role_class`]).
fn role_class_of(features: &super::ClaimFeatures) -> Option<&str> {
    features.slot.strip_prefix("role:").map(role_class)
}

/// True when the first named people of two claims have given names that begin
/// with the same letter or are short and full forms of one name ("Bill",
/// "William"), or one of them has none.
fn initials_agree(a: &[String], b: &[String]) -> bool {
    // The first word of a name of two words or more.
    fn given(names: &[String]) -> Option<&str> {
        let mut words = names.first()?.split_whitespace();
        let first = words.next()?;
        words.next().map(|_| first)
    }
    match (given(a), given(b)) {
        (Some(x), Some(y)) => x.chars().next() == y.chars().next() || same_given_name(x, y),
        _ => true,
    }
}

/// Counts this close (the larger over the smaller) are one figure when they
/// count the same thing.
const CLOSE_FACTOR: f64 = 1.12;

/// Counts of one named thing this close are one figure when each of two
/// outlets counts that thing once: "spilling 23 cars" / "Twenty-eight cars
/// came off the tracks" is one count reported two ways.
const ONCE_COUNT_FACTOR: f64 = 1.5;

/// True when a claim counts a named thing ("23 cars"), or gives a prison
/// term ("20 years in prison"), which each outlet states once of one person.
fn counts_a_thing(f: &super::ClaimFeatures) -> bool {
    (f.kind == "quantity" && !counted_of(&f.slot).is_empty()) || f.slot == PRISON_TERM
}

/// True when two counts of one named thing in one role are each the only
/// count of that thing in its article within [`ONCE_COUNT_FACTOR`] of the
/// other ("spilling 23 cars" of "its 112 cars" / "Twenty-eight cars came
/// off the tracks"): neither outlet gives another figure the other's could
/// be, so the two are one figure.
fn nearest_counts(
    counts_of: &FnvHashMap<(usize, &str), Vec<f64>>,
    (article_a, fa): (usize, &super::ClaimFeatures),
    (article_b, fb): (usize, &super::ClaimFeatures),
) -> bool {
    let (Some(x), Some(y)) = (fa.value, fb.value) else {
        return false;
    };
    if !counts_a_thing(fa) || fa.slot != fb.slot {
        return false;
    }
    let close = |p: f64, q: f64| p > 0.0 && q > 0.0 && p.max(q) / p.min(q) <= ONCE_COUNT_FACTOR;
    let alone = |article: usize, theirs: f64| {
        counts_of
            .get(&(article, fa.slot.as_str()))
            .is_some_and(|values| values.iter().filter(|&&v| close(v, theirs)).count() == 1)
    };
    close(x, y) && alone(article_a, y) && alone(article_b, x)
}

/// True when two amounts are of the same named thing or whole (see
/// [`counted_of`]: "36 pages" and "35 pages", "88 percent of the delegates"
/// and "78 percent of the delegates") in the same role.
fn of_one_thing(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures) -> bool {
    let thing = counted_of(&fa.slot);
    !thing.is_empty() && thing == counted_of(&fb.slot) && role_of(&fa.slot) == role_of(&fb.slot)
}

/// True when two counts count the same named thing in the same role (see
/// [`of_one_thing`]) and are within [`CLOSE_FACTOR`] of each other, or
/// [`ONCE_COUNT_FACTOR`] when `once` (each outlet's only count of the thing
/// near the other's). Small counts are close only when `once` and one apart
/// ("two crew members" / "a three-person crew"): a count under
/// [`SMALL_COUNT`] matches another by chance too often otherwise.
fn close_counts(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures, once: bool) -> bool {
    let (Some(x), Some(y)) = (fa.value, fb.value) else {
        return false;
    };
    // A value with a fraction ("magnitude 6.8") measures; it counts nothing,
    // so being small is no sign of chance.
    let measured = x.fract() != 0.0 || y.fract() != 0.0;
    let large = x.min(y) >= SMALL_COUNT;
    let factor = if once {
        ONCE_COUNT_FACTOR
    } else {
        CLOSE_FACTOR
    };
    of_one_thing(fa, fb)
        && (large || measured || once && (x - y).abs() <= 1.0)
        && within(fa, fb, factor)
}

/// True when two tallies are within [`CLOSE_FACTOR`] of each other on each
/// side ("52% to 48%" / "53% to 47%", "97-51" / "96-52"), or count the same
/// votes with one on the other side ("7-4" / "8-3").
fn close_tallies(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures) -> bool {
    let sides = |f: &super::ClaimFeatures| -> Option<(f64, f64)> {
        let (x, y) = f.keys.first()?.strip_prefix("tally:")?.split_once('-')?;
        Some((x.parse().ok()?, y.parse().ok()?))
    };
    let close = |x: f64, y: f64| x > 0.0 && y > 0.0 && x.max(y) / x.min(y) <= CLOSE_FACTOR;
    match (sides(fa), sides(fb)) {
        // One vote counted on the other side ("7-4" / "8-3") of one body.
        (Some((a, b)), Some((c, d))) => {
            (close(a, c) && close(b, d)) || (a + b == c + d && (a - c).abs() <= 1.0)
        }
        _ => false,
    }
}

/// Years apart two ages of one named person may be and still be one fact: a
/// birthday between two reports, or one outlet's error.
const CLOSE_AGE_YEARS: f64 = 2.0;

/// True when two ages are said of the same named person (`age:brenner`) and
/// are within [`CLOSE_AGE_YEARS`] of each other ("Brenner, 61" / "Brenner,
/// 62"): one person's age reported two ways, whatever the sentences around it.
fn close_ages(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures) -> bool {
    let (Some(x), Some(y)) = (fa.value, fb.value) else {
        return false;
    };
    age_of_named(fa) && fa.slot == fb.slot && (x - y).abs() <= CLOSE_AGE_YEARS
}

/// True when an age claim's slot names the person whose age it is
/// (`age:brenner`, not `age:` of "a 64-year-old man").
fn age_of_named(f: &super::ClaimFeatures) -> bool {
    f.slot.strip_prefix("age:").is_some_and(|h| !h.is_empty())
}

/// True when two ages are within [`CLOSE_AGE_YEARS`] of each other and
/// exactly one of them is said of a named person ("Fontaine, 66" / "a
/// 64-year-old man"): the unnamed one may be that person.
fn age_of_unnamed(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures) -> bool {
    let (Some(x), Some(y)) = (fa.value, fb.value) else {
        return false;
    };
    fa.kind == "age" && age_of_named(fa) != age_of_named(fb) && (x - y).abs() <= CLOSE_AGE_YEARS
}

/// True when the values of two amounts are within `factor` of each other.
fn within(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures, factor: f64) -> bool {
    match (fa.value, fb.value) {
        (Some(x), Some(y)) if x > 0.0 && y > 0.0 => x.max(y) / x.min(y) <= factor,
        _ => false,
    }
}

/// Shares of one whole this close (in percentage points) are one figure.
const CLOSE_POINTS: f64 = 10.0;

/// True when two percentages are shares of the same named whole in the same
/// role (see [`of_one_thing`]) within [`CLOSE_POINTS`] of each other: one
/// share reported two ways, not two shares.
fn close_shares(fa: &super::ClaimFeatures, fb: &super::ClaimFeatures) -> bool {
    let (Some(x), Some(y)) = (fa.value, fb.value) else {
        return false;
    };
    of_one_thing(fa, fb) && (x - y).abs() <= CLOSE_POINTS
}

/// Amounts further apart than this factor are never one fact.
const NEAR_FACTOR: f64 = 3.0;

/// True when two amounts are close enough to be two reports of one figure.
fn near(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let (small, large) = (a.abs().min(b.abs()), a.abs().max(b.abs()));
            small > 0.0 && large / small <= NEAR_FACTOR
        }
        _ => true,
    }
}

/// True when two slots name the same thing wherever both say what it is: each
/// part (`quantity:democrat:total`) is equal or unknown (empty) on one side, so
/// "three Democrats voted" (a count of voters) and "three Democrats" (a count
/// of unknown things) agree, while counts of votes and of seats do not.
fn slots_agree(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.split(':'), b.split(':'));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q || p.is_empty() || q.is_empty() => {}
            _ => return false,
        }
    }
}

/// The counted thing of a quantity slot (`quantity:democrat:total` → `democrat`).
fn counted_of(slot: &str) -> &str {
    slot.split(':').nth(1).unwrap_or_default()
}

/// The role part of an amount slot (`total`, `requested`, `granted`, or empty).
fn role_of(slot: &str) -> &str {
    slot.rsplit(':').next().unwrap_or_default()
}
