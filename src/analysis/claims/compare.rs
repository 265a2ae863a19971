//! Conflicts: the same fact, in the same slot, stated differently by members of
//! one claim group.
//!
//! Amounts are compared as the intervals their writing allows: `2.3 million`
//! covers 2.25–2.35 million, `about 60,000` ten percent either side, `more than
//! $10,000` everything above, `several` anything. Two amounts conflict when
//! their intervals do not meet and they are near one another (within a factor
//! of three: a total and one of its items are far apart, and are different
//! facts). Events conflict when one outlet reports as done what another reports
//! as expected, considered or denied, when they give the same event another date
//! or weekday, or another first name for the same person; roles conflict when
//! they give their holder another first name.
//!
//! Two look-alikes are two facts, not a discrepancy: an amount asked for and
//! one granted; a thing's age and a length of time; the date a statement was
//! made and the date of what it reports; a denial and a deed that act on
//! different things; and any value (a figure, a tally, a person's full name)
//! the other outlet states too, elsewhere in its story.

use std::collections::{HashMap, HashSet};

use super::clash::{Entry, any_clash};
use super::features::{PRISON_TERM, days_in, fold, word_stem};
use super::name_clash::{first_and_surnames, name_conflict};
use super::{Claim, ClaimRef, Conflict, ConflictValue, Fact, FactDifference, FactValue, Modality};
use crate::analysis::language::clock::{self, ClockTime};
use crate::analysis::language::lexicon::{
    AmountRole, Certainty, VerbForm, amount_role, certainty_cue, counted_class, event_paraphrase,
    event_verb, general_past_verb, is_auxiliary, is_calendar_word, is_determiner,
    is_generic_count_noun, is_plain_future, is_possessive_determiner, is_speech_verb, is_stop_word,
    is_verb_particle, number_word, ordinal_rank,
};
use crate::analysis::language::numbers::written_precision;
use crate::analysis::language::tokens::stem;
use crate::model::Span;

/// Values further apart than this factor are different facts, not a conflict.
const NEAR_FACTOR: f64 = 3.0;
/// The share either side of a number that `about` allows.
const ABOUT_SHARE: f64 = 0.1;

/// The step a hedged round number is given to at least (`about 20`: the tens).
const HEDGED_ROUNDING: f64 = 10.0;

/// The place value of the last digit other than zero of a whole number that
/// is a multiple of [`HEDGED_ROUNDING`] (`40,000,000`: ten million; `2,300`:
/// a hundred).
fn last_digit_place(value: f64) -> f64 {
    let mut place = HEDGED_ROUNDING;
    while place < 1e15 && value % (place * 10.0) == 0.0 {
        place *= 10.0;
    }
    place
}

/// The largest power of ten a whole number is a multiple of (`40`: ten,
/// `43`: one, `1,500`: a hundred): how round a writer made it.
fn roundness(value: f64) -> f64 {
    let mut place = 1.0;
    while value != 0.0 && place < 1e15 && value % (place * 10.0) == 0.0 {
        place *= 10.0;
    }
    place
}

/// The share of its unit a length of time written in whole units allows, as a
/// step: `two years` allows a quarter of a year either side (21 to 27 months),
/// so it meets `23 months` but not `18 months`. Rounding to the written unit
/// would let `two years` stand for anything from 18 to 30 months; writers who
/// mean 18 months say so, or `a year and a half`. Between two lengths in one
/// unit this changes nothing: whole numbers of a unit never meet either way.
const DURATION_STEP_SHARE: f64 = 0.5;

/// Share of the smaller clause's words the other must hold for a difference of
/// certainty to be about one event ("agreed to buy Castell" / "was considering
/// buying Castell").
const MODALITY_OVERLAP: f64 = 0.3;

/// The share of the smaller word list found in the other.
fn overlap(a: &[String], b: &[String]) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return 0.0;
    }
    small.iter().filter(|w| large.contains(w)).count() as f64 / small.len() as f64
}

/// A number as the interval of values its writing allows, which can depend on
/// the number it is compared with (see [`Interval::range`]).
#[derive(Debug, Clone, Copy)]
struct Interval {
    value: f64,
    /// The top of a stated range.
    high: Option<f64>,
    /// The step the number is written to (`2.3 million`: 100,000).
    precision: f64,
    hedge: super::Hedge,
}

impl Interval {
    /// The interval of `value` written with `precision` and `hedge`; `high` is the
    /// top of a stated range.
    fn new(value: f64, high: Option<f64>, precision: f64, hedge: super::Hedge) -> Self {
        // A hedge on a round number rounds it to the place of its last
        // digit other than zero ("roughly 20 percent" allows 22, "about $40
        // million" allows $41.2 million), though an exact "20 people" is exact.
        let round = value != 0.0 && value.fract() == 0.0 && value % HEDGED_ROUNDING == 0.0;
        let precision = if hedge == super::Hedge::About && high.is_none() && round {
            precision.max(last_digit_place(value))
        } else {
            precision
        };
        Self {
            value,
            high,
            precision,
            hedge,
        }
    }

    /// The values this number allows when set against `other`. A hedged
    /// `about` number stretches [`ABOUT_SHARE`] either side only against a
    /// number written more finely (`about 60,000` rounds `61,200`); against one
    /// written to the same step or a coarser one it allows its step, as an
    /// exact number does: two outlets rounding one figure to the same step
    /// write the same digits (`about $3.5 billion` / `$3.6 billion`, `about
    /// 2,300` / `2,500` differ).
    fn range(&self, other: &Interval) -> (f64, f64) {
        use super::Hedge;
        let half = self.precision / 2.0;
        let value = self.value;
        match (self.hedge, self.high) {
            (_, Some(h)) => (value - half, h + half),
            (Hedge::About, None) if other.precision < self.precision => {
                let spread = value.abs() * ABOUT_SHARE;
                (value - spread, value + spread)
            }
            (Hedge::Exact | Hedge::About, None) => (value - half, value + half),
            (Hedge::AtLeast, None) => (value - half, f64::INFINITY),
            (Hedge::AtMost, None) => (f64::NEG_INFINITY, value + half),
            (Hedge::Vague, None) => (f64::NEG_INFINITY, f64::INFINITY),
        }
    }

    /// True when the two numbers allow some common value: one value always
    /// meets itself, even written with no step of its own ("a third" /
    /// "about a third"). Two bounds the same way written to the same step
    /// ("at least 11 warnings" / "at least 12 warnings") cite one figure of
    /// the source two ways, so they meet only when equal; a bound rounder than
    /// the other ("more than 100" / "more than 140", "more than 40" / "at
    /// least 43") meets it.
    fn meets(&self, other: &Interval) -> bool {
        if self.value == other.value && self.high == other.high {
            return true;
        }
        if self.hedge == other.hedge
            && matches!(self.hedge, super::Hedge::AtLeast | super::Hedge::AtMost)
            && self.high.is_none()
            && other.high.is_none()
            && self.precision == other.precision
            && roundness(self.value) == roundness(other.value)
        {
            return false;
        }
        let (low, high) = self.range(other);
        let (other_low, other_high) = other.range(self);
        low < other_high && other_low < high
    }

    /// True when the number is bounded on both sides: a bound (`more than
    /// 9,000`) or a vague amount states a limit, not a value.
    fn is_bounded(&self) -> bool {
        use super::Hedge;
        self.high.is_some() || matches!(self.hedge, Hedge::Exact | Hedge::About)
    }

    /// True when the two values are within [`NEAR_FACTOR`] of each other.
    fn near(&self, other: &Interval) -> bool {
        let (a, b) = (self.value.abs(), other.value.abs());
        let (small, large) = (a.min(b), a.max(b));
        small > 0.0 && large / small <= NEAR_FACTOR
    }

    /// The numbers' bits, equal for intervals that compare identically.
    fn bits(&self) -> [u64; 4] {
        [
            self.value.to_bits(),
            self.high.map_or(u64::MAX, f64::to_bits),
            self.precision.to_bits(),
            self.hedge as u64,
        ]
    }
}

/// What one member states in the group's slot, ready for comparison.
#[derive(Debug, Clone)]
enum Slot {
    /// An amount of a kind (`quantity`, `money`, …) with its unit of comparison.
    Amount {
        kind: &'static str,
        unit: String,
        interval: Interval,
    },
    /// A tally.
    Tally(f64, f64),
    /// A date: its comparable key and granularity (`weekday`, `day`, `month`, `year`).
    Date(String, &'static str),
    /// Anything else: nothing to compare.
    None,
}

/// Precision implied by the written form of a fact's number text (`2.3 million`
/// is given to the hundred thousand). A fraction written in words ("a
/// half-mile", "two-thirds") is exact: half a mile is no rounding of one mile.
fn precision_of(text: &str, value: f64) -> f64 {
    if value.fract() != 0.0 && !text.contains(|c: char| c.is_ascii_digit()) {
        return 0.0;
    }
    let digits: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    let digits = digits.trim_end_matches('.');
    let Ok(written) = digits.parse::<f64>() else {
        return 1.0;
    };
    let scale = if written > 0.0 { value / written } else { 1.0 };
    written_precision(digits) * scale.max(1.0)
}

/// The slot a claim's anchor fills, read with its claim: the bound of a
/// prison term ("faces up to 20 years in prison") is the term the law sets,
/// a value, not a hedge on one: "up to 25 years" is another term.
fn claim_slot(claim: &Claim, fact: &Fact) -> Slot {
    match &fact.value {
        FactValue::Duration {
            value,
            unit,
            hedge: super::Hedge::AtMost,
            text,
        } if claim.features.slot == PRISON_TERM => {
            duration_slot(*value, unit, super::Hedge::Exact, text)
        }
        _ => slot(fact),
    }
}

/// The slot of a length of time of `value` `unit`s, written `text`.
fn duration_slot(value: f64, unit: &str, hedge: super::Hedge, text: &str) -> Slot {
    let days = days_in(unit);
    // A thing's age ("the 38-year-old company") is another slot than a
    // length of time ("its largest deal in two decades").
    let kind = if text.to_lowercase().ends_with("old") {
        "thing's age"
    } else {
        "duration"
    };
    Slot::Amount {
        kind,
        unit: String::new(),
        interval: Interval::new(
            value * days,
            None,
            precision_of(text, value) * days * DURATION_STEP_SHARE,
            hedge,
        ),
    }
}

/// The slot a claim's anchor fills.
fn slot(fact: &Fact) -> Slot {
    match &fact.value {
        FactValue::Quantity {
            value,
            high,
            unit,
            hedge,
            text,
        } => Slot::Amount {
            kind: "quantity",
            unit: unit
                .split_whitespace()
                .last()
                .map(|w| counted_class(w).unwrap_or(w))
                .unwrap_or_default()
                .to_string(),
            interval: Interval::new(*value, *high, precision_of(text, *value), *hedge),
        },
        FactValue::Money {
            value,
            currency,
            per,
            hedge,
            text,
        } => Slot::Amount {
            kind: "money",
            unit: format!("{currency}/{}", per.as_deref().unwrap_or("")),
            interval: Interval::new(*value, None, precision_of(text, *value), *hedge),
        },
        FactValue::Percent { value, hedge, text } => Slot::Amount {
            kind: "percent",
            unit: String::new(),
            interval: Interval::new(*value, None, precision_of(text, *value), *hedge),
        },
        FactValue::Age { value, high, .. } => Slot::Amount {
            kind: "age",
            unit: String::new(),
            interval: Interval::new(*value, *high, 1.0, super::Hedge::Exact),
        },
        FactValue::Duration {
            value,
            unit,
            hedge,
            text,
        } => duration_slot(*value, unit, *hedge, text),
        FactValue::Tally { value, against, .. } => Slot::Tally(*value, *against),
        FactValue::Date {
            resolved,
            text,
            until,
        } => date_slot(resolved.as_deref(), text, until.as_deref()),
        FactValue::Time { .. } => fact
            .value
            .clock_time()
            .map_or(Slot::None, |t| time_slot(&t)),
        _ => Slot::None,
    }
}

impl Slot {
    /// True for an amount that states a limit or nothing definite (`more
    /// than 9,000 troops`, `several`) rather than a value.
    fn is_open(&self) -> bool {
        matches!(self, Slot::Amount { interval, .. } if !interval.is_bounded())
    }
}

/// Every value an article states (amounts, tallies, dates), for telling a
/// discrepancy from two different facts of one story.
#[derive(Debug, Clone, Default)]
pub struct Stated {
    slots: Vec<Slot>,
    /// The first name and surname of every person the article names.
    names: HashSet<(String, String)>,
}

impl Stated {
    /// The values stated by the facts of `claims` (one article's). A vague
    /// amount ("a few thousand dollars", "several") or a bound ("a threshold of
    /// more than 9,000 troops") states no value: it would otherwise agree with
    /// every figure on its side and excuse any discrepancy.
    pub fn of(claims: &[Claim]) -> Self {
        let mut slots: Vec<Slot> = claims
            .iter()
            .flat_map(|c| &c.facts)
            .map(slot)
            .filter(|s| !matches!(s, Slot::None) && !s.is_open())
            .collect();
        slots.dedup_by(|a, b| same_value(a, b));
        Self {
            slots,
            names: first_and_surnames(claims),
        }
    }

    /// True when the article names a person `first` `last` (folded words).
    pub(super) fn names(&self, first: &str, last: &str) -> bool {
        self.names.contains(&(first.to_string(), last.to_string()))
    }

    /// True when the article states a value the slot `s` would agree with.
    /// A bound (`up to $10 million`) agrees with every figure on its side,
    /// so only its own figure stated elsewhere counts: an article giving a
    /// $4.5 million ransom has not stated the other's "up to $10 million".
    fn has(&self, s: &Slot) -> bool {
        self.slots
            .iter()
            .any(|x| same_value(x, s) && (!s.is_open() || same_figure(x, s)))
    }
}

/// True when two slots state the same amount of the same named thing (money in
/// one currency and rate, or a count of one named unit) or the same tally: small counts of
/// unnamed people and dates recur in any story and prove nothing.
fn same_value(a: &Slot, b: &Slot) -> bool {
    match (a, b) {
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
        ) => {
            let named = !ua.is_empty() && !ub.is_empty() && units_match(ua, ub);
            ka == kb && named && matches!(*ka, "money" | "quantity") && ia.meets(ib)
        }
        // A tally is specific: an outlet stating both ("the House passed it
        // 220-210 and the Senate 51-49") reports two votes.
        (Slot::Tally(a1, a2), Slot::Tally(b1, b2)) => a1 == b1 && a2 == b2,
        _ => false,
    }
}

/// True when two amounts give the same number, however hedged.
fn same_figure(a: &Slot, b: &Slot) -> bool {
    matches!(
        (a, b),
        (Slot::Amount { interval: x, .. }, Slot::Amount { interval: y, .. }) if x.value == y.value
    )
}

/// The slot of a time of day: the minutes it allows either side (see
/// [`clock::tolerance`]), or its bound.
fn time_slot(time: &ClockTime) -> Slot {
    // A rounding is read as a wider precision, not as "about" a share of the
    // minutes since midnight: "about 7 p.m." allows 7:25, not 8:10.
    let (hedge, precision) = match time.hedge {
        super::Hedge::AtLeast | super::Hedge::AtMost | super::Hedge::Vague => (time.hedge, 1.0),
        super::Hedge::Exact | super::Hedge::About => (
            super::Hedge::Exact,
            f64::from(2 * clock::tolerance(time)).max(1.0),
        ),
    };
    Slot::Amount {
        kind: "time",
        unit: String::new(),
        interval: Interval::new(f64::from(time.minutes), None, precision, hedge),
    }
}

/// A date's comparable key and granularity.
fn date_slot(resolved: Option<&str>, text: &str, until: Option<&str>) -> Slot {
    let lower = text.to_lowercase();
    let weekday = crate::analysis::language::dates::WEEKDAYS
        .iter()
        .find(|d| lower.contains(*d));
    if let Some(day) = weekday {
        return Slot::Date((*day).to_string(), "weekday");
    }
    let until = until.unwrap_or("");
    match resolved {
        Some(r) if r.len() == 10 => Slot::Date(format!("{}..{until}", &r[5..]), "day"),
        Some(r) if r.len() == 7 => Slot::Date(r.to_string(), "month"),
        Some(r) => Slot::Date(r.to_string(), "year"),
        None => Slot::Date(format!("{lower}..{until}"), "text"),
    }
}

/// A key equal for slots that compare identically (numbers by their bits), so
/// that members stating one value are compared once.
#[derive(PartialEq, Eq, Hash)]
enum SlotKey<'a> {
    /// An amount: kind, unit, and the interval's numbers.
    Amount(&'static str, &'a str, [u64; 4]),
    /// A tally's two numbers.
    Tally([u64; 2]),
    /// A date's key and granularity.
    Date(&'a str, &'static str),
    /// Nothing to compare.
    None,
}

impl Slot {
    /// The slot's bucket key.
    fn key(&self) -> SlotKey<'_> {
        match self {
            Slot::Amount {
                kind,
                unit,
                interval,
            } => SlotKey::Amount(kind, unit, interval.bits()),
            Slot::Tally(a, b) => SlotKey::Tally([a.to_bits(), b.to_bits()]),
            Slot::Date(x, g) => SlotKey::Date(x, g),
            Slot::None => SlotKey::None,
        }
    }
}

/// The conflicts among `members` (claims of different articles), and the
/// differing facts for display. `stated` holds every article's values: when an
/// outlet states the other's figure too, elsewhere in its story, the two
/// figures are two facts (a total and a part, the amount asked and the amount
/// granted), not a discrepancy. Members stating one value are compared once,
/// so a group of thousands of syndicated copies costs about as much as its
/// distinct values (see [`super::clash`]).
pub fn conflicts(
    members: &[(ClaimRef, &Claim)],
    stated: &[Stated],
) -> (Vec<Conflict>, Vec<FactDifference>) {
    let mut found = Vec::new();
    if members.len() < 2 {
        return (found, Vec::new());
    }
    let anchors: Vec<Option<(&Fact, Slot)>> = members
        .iter()
        .map(|(_, c)| c.anchor_fact().map(|f| (f, claim_slot(c, f))))
        .collect();
    if let Some(conflict) = anchor_conflict(members, &anchors, stated) {
        found.push(conflict);
    }
    let is_event_or_role = members
        .iter()
        .all(|(_, c)| matches!(c.features.kind, "event" | "role"));
    if is_event_or_role {
        found.extend(modality_conflict(members));
        found.extend(event_date_conflict(members, stated));
    }
    // An age belongs to the person it is given for: another first name of
    // that person is as much a discrepancy as in a role.
    if is_event_or_role || members.iter().all(|(_, c)| c.features.kind == "age") {
        found.extend(name_conflict(members, stated));
    }
    let differences = found
        .iter()
        .map(|c| {
            let mut text: HashMap<ClaimRef, &str> = HashMap::new();
            for v in &c.values {
                text.entry(v.member).or_insert(&v.text);
            }
            FactDifference {
                kind: c.kind.clone(),
                values: members
                    .iter()
                    .map(|(r, _)| text.get(r).map(|t| t.to_string()))
                    .collect(),
            }
        })
        .collect();
    (found, differences)
}

/// True when two anchors' slots differ: amounts whose intervals do not meet
/// (and are near), tallies or dates that differ.
fn slots_differ(sa: &Slot, sb: &Slot) -> bool {
    match (sa, sb) {
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
    }
}

/// What places an amount in its slot beyond its kind and unit: the person it
/// belongs to (see [`holder`]), whether it is an amount asked for (see
/// [`requested`]), and the years and ordinals its clause names ("57 percent of
/// the vote in 2020", "in the third quarter").
#[derive(Clone, PartialEq, Eq, Hash)]
struct Qualifiers<'a> {
    holder: Option<&'a str>,
    requested: bool,
    years: Vec<&'a str>,
    ordinals: Vec<u32>,
}

impl<'a> Qualifiers<'a> {
    /// The qualifiers of `claim`'s anchor.
    fn of(claim: &'a Claim) -> Self {
        let mut years: Vec<&str> = claim
            .features
            .dates
            .iter()
            .filter_map(|d| d.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())))
            .collect();
        years.sort_unstable();
        years.dedup();
        // The anchor's own ordinal ("the fifth consecutive increase") is its
        // value, not a time it is of.
        let own: Vec<u32> = claim
            .anchor_fact()
            .map(|f| fold(f.value.written()))
            .unwrap_or_default()
            .split(' ')
            .filter_map(ordinal_rank)
            .collect();
        let mut ordinals: Vec<u32> = claim
            .features
            .text
            .split(' ')
            .filter_map(ordinal_rank)
            .filter(|o| !own.contains(o))
            .collect();
        ordinals.sort_unstable();
        ordinals.dedup();
        Self {
            holder: holder(claim),
            requested: requested(claim),
            years,
            ordinals,
        }
    }

    /// True when two anchors so qualified can be one fact: of one holder,
    /// both asked for or neither, and of one time where both clauses name
    /// years or ordinals ("in 2020" / "in 2014", "the third quarter" / "the
    /// second quarter" are two facts).
    fn compatible(&self, other: &Self) -> bool {
        same_holder(self.holder, other.holder)
            && self.requested == other.requested
            && meet(&self.years, &other.years)
            && meet(&self.ordinals, &other.ordinals)
    }
}

/// True when two lists share an item, or either is empty (says nothing).
fn meet<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    a.is_empty() || b.is_empty() || a.iter().any(|x| b.contains(x))
}

/// A member's anchor as compared: its fact, its slot and its qualifiers.
type AnchorValue<'a> = (&'a Fact, &'a Slot, Qualifiers<'a>);

/// A conflict of the anchors' values: two members whose slots differ while
/// neither's article states the other's value elsewhere. A group's anchors
/// are of one kind (claims link only within a kind), which names the conflict.
fn anchor_conflict(
    members: &[(ClaimRef, &Claim)],
    anchors: &[Option<(&Fact, Slot)>],
    stated: &[Stated],
) -> Option<Conflict> {
    let entries: Vec<Entry<AnchorValue>> = members
        .iter()
        .zip(anchors)
        .filter_map(|((r, c), a)| {
            a.as_ref().map(|(f, s)| Entry {
                article: r.article,
                value: (*f, s, Qualifiers::of(c)),
            })
        })
        .collect();
    let clash = any_clash(
        &entries,
        |(_, s, q)| (s.key(), q.clone()),
        |(_, a, qa), (_, b, qb)| qa.compatible(qb) && slots_differ(a, b),
        |article, (_, s, _)| stated[article].has(s),
    );
    let kind = entries.first()?.value.0.value.kind();
    if !clash {
        return None;
    }
    // Only values that differ from another member's are shown: a vague
    // "hundreds of teachers" beside "about 200" and "roughly 250" disputes
    // neither. Compared once per distinct value.
    let mut distinct: Vec<&AnchorValue> = Vec::new();
    for entry in &entries {
        if !distinct
            .iter()
            .any(|(_, s, q)| s.key() == entry.value.1.key() && *q == entry.value.2)
        {
            distinct.push(&entry.value);
        }
    }
    let differs = |(_, s, q): &AnchorValue| {
        distinct
            .iter()
            .any(|(_, t, r)| q.compatible(r) && slots_differ(s, t))
    };
    // `entries` hold the members with an anchor, in member order.
    let anchored = members
        .iter()
        .zip(anchors)
        .filter_map(|((r, c), a)| a.as_ref().map(|(f, _)| (r, c, f)));
    Some(Conflict {
        kind: kind.to_string(),
        values: anchored
            .zip(&entries)
            .filter(|(_, entry)| differs(&entry.value))
            .map(|((r, c, f), _)| ConflictValue {
                member: *r,
                text: f.value.written().to_string(),
                span: c.anchor,
            })
            .collect(),
    })
}

/// Words before an amount searched for a word that makes it an amount asked
/// for ("had asked the state for $6 million").
const REQUEST_REACH: usize = 6;

/// True for an amount its clause gives as asked for ("prosecutors sought
/// $6,000", "had asked the state for $6 million"): another fact than the
/// amount granted, paid or found.
fn requested(claim: &Claim) -> bool {
    if !matches!(claim.features.kind, "money" | "quantity" | "percent") {
        return false;
    }
    if claim.features.slot.ends_with(":requested") {
        return true;
    }
    let Some(anchor) = claim.anchor_fact() else {
        return false;
    };
    let amount = fold(anchor.value.written());
    let Some(first) = amount.split(' ').next() else {
        return false;
    };
    let words: Vec<&str> = claim.features.text.split(' ').collect();
    words.iter().position(|w| *w == first).is_some_and(|at| {
        words[at.saturating_sub(REQUEST_REACH)..at]
            .iter()
            .any(|w| amount_role(w) == Some(AmountRole::Requested))
    })
}

/// The person an amount describes, for amounts that belong to one person (an
/// age, a time served or worked): the name nearest the amount in its sentence.
fn holder(claim: &Claim) -> Option<&str> {
    matches!(claim.features.kind, "age" | "duration")
        .then(|| claim.features.names.first().map(String::as_str))
        .flatten()
}

/// False when two amounts describe two different named people ("Reyes, who
/// has driven for 19 years" / "Marchetti, who has driven for 16 years"): they
/// are two facts, not one stated differently.
fn same_holder(a: Option<&str>, b: Option<&str>) -> bool {
    a.zip(b).is_none_or(|(x, y)| x == y)
}

/// True when two counted units can be compared: equal, one unstated, or
/// their last words naming one thing ("troops" / "soldiers", and "people" /
/// "persons", which say nothing of who is counted).
fn units_match(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() || stem(a) == stem(b) {
        return true;
    }
    let (Some(x), Some(y)) = (a.split_whitespace().last(), b.split_whitespace().last()) else {
        return false;
    };
    (is_generic_count_noun(x) && is_generic_count_noun(y))
        || counted_class(x).is_some_and(|c| counted_class(y) == Some(c))
}

/// The certainty of the event a claim is about, and its fact: the one written
/// up to the anchor's verb ("was expected to plead"), not that of another verb
/// of its clause ("is due to meet" in a clause about an announcement). An
/// urging states no certainty of the event.
pub(super) fn anchor_certainty(claim: &Claim) -> Option<(&Fact, Modality)> {
    let anchor = claim.anchor_fact()?;
    claim.facts.iter().find_map(|f| match f.value {
        FactValue::Modality { value, .. }
            if value != Modality::Urged && f.span.end == anchor.span.end =>
        {
            Some((f, value))
        }
        _ => None,
    })
}

/// What tells one event from another of its predicate: the clause's words and
/// the head of what the verb acts on (see [`object_of`]).
type Event<'a> = (&'a [String], Option<String>, Option<Subject>);

/// The head noun of a clause's subject, as its stem, and whether it is a bare
/// plural ("utilities cut the power": any utility, as a rule) rather than a
/// noun with a determiner or in the singular ("the utility did not cut").
pub(super) type Subject = (String, bool);

/// The first word of a fact as written, folded as a claim's clause text is
/// ("Shut down" → `shut`), to find the fact in that text.
fn first_word(fact: &Fact) -> String {
    fold(fact.value.written())
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Words after a verb that moves a figure read for the figure it moves.
const MOVED_OBJECT_WORDS: usize = 6;

/// The stems of the words naming what a claim's verb acts on, when the verb
/// moves a figure its object names ("would raise the state royalty on copper
/// from 2 percent": `state`, `royalti`, `copper`): up to the figure ("from",
/// "to", "by" or a number) or [`MOVED_OBJECT_WORDS`] words. Empty when the
/// verb is followed by no such words ("rose 4 percent").
pub(super) fn moved_object(claim: &Claim) -> Vec<String> {
    let Some(fact) = claim.anchor_fact() else {
        return Vec::new();
    };
    let verb = first_word(fact);
    let mut words = claim.features.text.split(' ');
    if words.by_ref().all(|w| w != verb) {
        return Vec::new();
    }
    words
        .take(MOVED_OBJECT_WORDS)
        .take_while(|w| {
            !matches!(*w, "from" | "to" | "by")
                && !w.starts_with(|c: char| c.is_ascii_digit())
                && number_word(w).is_none()
        })
        .filter(|w| !is_stop_word(w) && !is_verb_particle(w))
        .map(|w| stem(w).to_string())
        .collect()
}

/// The subject of a claim's event: the word before its verb, past
/// auxiliaries, negations and adverbs ("the utility did not cut": `utility`),
/// when it is a noun of the writer's (not a function word or a name's word).
pub(super) fn subject_of(claim: &Claim) -> Option<Subject> {
    let verb = first_word(claim.anchor_fact()?);
    let words: Vec<&str> = claim.features.text.split(' ').collect();
    let v = words.iter().position(|w| *w == verb)?;
    let mut k = v.checked_sub(1)?;
    while is_auxiliary(words[k]) || matches!(words[k], "not" | "never") || words[k].ends_with("ly")
    {
        k = k.checked_sub(1)?;
    }
    let head = words[k];
    if is_stop_word(head) || head.len() < 3 {
        return None;
    }
    let plural = head.ends_with('s') && !head.ends_with("ss");
    let determined =
        k > 0 && (is_determiner(words[k - 1]) || is_possessive_determiner(words[k - 1]));
    Some((stem(head).to_string(), plural && !determined))
}

/// The head of what a claim's event acts on: the first word after its verb
/// that is no function word, particle, number, ordinal or time ("did not
/// release the name of the suspect": `name`; "expected to be charged Friday
/// with robbery": `robbery`), stemmed as clause words are.
fn object_of(claim: &Claim) -> Option<String> {
    let verb = fold(claim.anchor_fact()?.value.written());
    let verb = verb.split(' ').next_back()?;
    let mut words = claim.features.text.split(' ');
    words.by_ref().find(|w| *w == verb)?;
    words
        .find(|w| {
            !is_stop_word(w)
                && !is_verb_particle(w)
                && number_word(w).is_none()
                && ordinal_rank(w).is_none()
                && !is_calendar_word(w)
                && !matches!(*w, "today" | "yesterday" | "tomorrow" | "tonight")
                && !w.starts_with(|c: char| c.is_ascii_digit())
        })
        .map(|w| word_stem(w).to_string())
}

/// True when two clauses of one predicate report one event: they share enough
/// words ([`MODALITY_OVERLAP`]), and what one's verb acts on is named in the
/// other ("did not release the name" / "released a video" are two acts;
/// "declared an emergency" / "considering declaring a state of emergency" one).
///
/// A clause that says nothing but its event ("No injuries were reported",
/// "Nobody was injured"; a word at most besides the verb) has nothing to tell
/// its event from another of the predicate: linked to a clause of that
/// predicate, it reports the same event.
fn same_event(a: &Event, b: &Event) -> bool {
    let named_in = |object: &Option<String>, words: &[String]| {
        object.as_ref().is_none_or(|o| words.contains(o))
    };
    // One noun as a bare plural and as a singular or determined subject names
    // a rule and one party ("Responsible utilities cut the power" / "The
    // utility did not cut power"): not one event.
    if let (Some((sa, ga)), Some((sb, gb))) = (&a.2, &b.2)
        && sa == sb
        && ga != gb
    {
        return false;
    }
    let bare = |e: &Event| e.0.len() <= BARE_CLAUSE_WORDS;
    bare(a)
        || bare(b)
        || (overlap(a.0, b.0) >= MODALITY_OVERLAP && (named_in(&a.1, b.0) || named_in(&b.1, a.0)))
}

/// Most words a clause may have besides its verb and still say nothing but
/// its event (see [`same_event`]).
const BARE_CLAUSE_WORDS: usize = 1;

/// One outlet reports the event as done, another as expected, considered or
/// denied; or one denies what another reports as expected or considered.
/// Members alike in certainty, predicate and words are compared once.
fn modality_conflict(members: &[(ClaimRef, &Claim)]) -> Option<Conflict> {
    let stated: Vec<(ClaimRef, &Fact, Modality, &Claim)> = members
        .iter()
        .filter(|(_, c)| c.features.kind == "event")
        .filter_map(|(r, c)| anchor_certainty(c).map(|(f, m)| (*r, f, m, *c)))
        .collect();
    // Members grouped by certainty and predicate, each group's distinct word
    // lists once: only groups of one predicate and clashing certainties are
    // compared, list by list.
    // Certainty, predicate, and whether the certainty commits to the event.
    type Stance<'p> = (Modality, &'p Option<String>, bool);
    let mut events: HashMap<Stance, HashSet<Event>> = HashMap::new();
    for (_, f, m, c) in &stated {
        events
            .entry((*m, &c.features.predicate, commits(f, *m, c)))
            .or_default()
            .insert((&c.features.words, object_of(c), subject_of(c)));
    }
    let events: Vec<_> = events.into_iter().collect();
    let any = events.iter().enumerate().any(|(i, ((ma, pa, ca), wa))| {
        events[i + 1..].iter().any(|((mb, pb, cb), wb)| {
            pa == pb
                && (ma.clashes_with(*mb) || weighs_a_commitment((*ma, *ca), (*mb, *cb)))
                && !(*ca && *cb)
                && wa.iter().any(|x| wb.iter().any(|y| same_event(x, y)))
        })
    });
    any.then(|| Conflict {
        kind: "modality".into(),
        values: stated
            .iter()
            .map(|(r, f, m, _)| ConflictValue {
                member: *r,
                text: format!("{} ({})", f.value.written(), m.label()),
                span: f.span,
            })
            .collect(),
    })
}

/// True when one outlet commits to the event ("will appeal", "agreed to
/// pay") and another only weighs it ("is considering an appeal"): a decision
/// against an option, each given with its certainty and whether it commits.
fn weighs_a_commitment(a: (Modality, bool), b: (Modality, bool)) -> bool {
    (a.1 && b.0 == Modality::Considered) || (b.1 && a.0 == Modality::Considered)
}

/// True for a certainty that commits to the event without saying it has
/// happened: an agreement ("agreed to pay", done by its cue) or the plain
/// future ("will pay"). Two commitments never clash: "will pay a $26 million
/// fine" reports the settlement another outlet writes as "agreed to pay".
///
/// A "would" reporting what a speaker said they will do ("Ridgeline said it
/// would appeal") is that future, told as reported speech; what the speaker
/// says of another thing ("says the project would employ 1,800") is a
/// projection, no commitment.
fn commits(fact: &Fact, modality: Modality, claim: &Claim) -> bool {
    let Some(cue) = fact.value.written().split_whitespace().next() else {
        return false;
    };
    let cue = cue.to_lowercase();
    match modality {
        Modality::Done => certainty_cue(&cue) == Some(Certainty::Settled),
        Modality::Expected => is_plain_future(&cue) || (cue == "would" && reported(claim)),
        _ => false,
    }
}

/// True when the clause has a speaker saying what they would do: a speech
/// verb, "that" at most, a subject pronoun and "would" ("said it would",
/// "announced that they would").
fn reported(claim: &Claim) -> bool {
    let words: Vec<&str> = claim.features.text.split_whitespace().collect();
    words.windows(3).enumerate().any(|(i, w)| {
        let said = |k: Option<usize>| k.is_some_and(|k| is_speech_verb(words[k]));
        w[2] == "would"
            && matches!(w[1], "it" | "they" | "he" | "she" | "we" | "i")
            && (said(Some(i)) || (w[0] == "that" && said(i.checked_sub(1))))
    })
}

/// Bytes between a speech verb and a date that dates the saying: "said
/// Monday", "said on Monday".
const SAYING_GAP: usize = " on ".len();

/// True when the date at `date` dates the saying at `said` rather than the
/// event reported: right after the speech verb ("said on Monday that the fire
/// was contained"), or right before it with nothing but a space between
/// ("Police on Monday said"; "was arrested on Monday, said Voss" dates the
/// arrest).
fn dates_a_saying(date: Span, said: Span) -> bool {
    (said.end <= date.start && date.start - said.end <= SAYING_GAP) || date.end + 1 == said.start
}

/// The dates of a claim's clause that may date its event: all but those of
/// its sayings ("the chief said on Monday that the fire was contained on
/// Saturday" dates the containment to Saturday only).
fn event_dates(claim: &Claim) -> Vec<&Fact> {
    let sayings: Vec<Span> = claim
        .facts
        .iter()
        .filter(|f| matches!(f.value, FactValue::Attribution { .. }))
        .map(|f| f.span)
        .collect();
    claim
        .facts
        .iter()
        .filter(|f| matches!(f.value, FactValue::Date { .. }))
        .filter(|f| !sayings.iter().any(|s| dates_a_saying(f.span, *s)))
        .filter(|f| !dates_a_later_verb(claim, f))
        .filter(|f| !dates_an_earlier_verb(claim, f))
        .collect()
}

/// True when a date stands before a claim's event right after another verb
/// in the past ("was discovered in 2023 by an auditor hired after she
/// retired" dates the discovery, not the retirement): a date follows the
/// verb it dates, as [`super::features`] reads a date claim's event. A date
/// that opens the clause ("On Monday, the board voted") has no verb before
/// it and still dates the event.
fn dates_an_earlier_verb(claim: &Claim, date: &Fact) -> bool {
    let Some(anchor) = claim.anchor_fact() else {
        return false;
    };
    if date.span.start >= anchor.span.start {
        return false;
    }
    let (verb, day) = (first_word(anchor), first_word(date));
    let words: Vec<&str> = claim.features.text.split(' ').collect();
    let Some(d) = words.iter().position(|w| *w == day) else {
        return false;
    };
    if !words[d + 1..].contains(&verb.as_str()) {
        return false;
    }
    // The verb right before the date, past a preposition ("discovered in").
    words[..d]
        .iter()
        .rev()
        .take(DATED_VERB_GAP + 1)
        .any(|w| is_past_verb(w))
}

/// True for a verb in the past, of an event or not ("retired", "broke").
fn is_past_verb(word: &str) -> bool {
    event_verb(word).is_some_and(|(_, form)| form == VerbForm::Past)
        || general_past_verb(word).is_some()
}

/// Most words between a verb and the date after it that dates it ("found in
/// 2023", "was discovered late on Monday").
const DATED_VERB_GAP: usize = 2;

/// True when another verb in the past stands between a claim's event and a
/// date after it ("shutting the terminals after talks broke down Monday
/// night"): the date is that verb's, not the event's.
fn dates_a_later_verb(claim: &Claim, date: &Fact) -> bool {
    let Some(anchor) = claim.anchor_fact() else {
        return false;
    };
    let (verb, day) = (first_word(anchor), first_word(date));
    let words: Vec<&str> = claim.features.text.split(' ').collect();
    let Some(v) = words.iter().position(|w| *w == verb) else {
        return false;
    };
    let Some(d) = words[v + 1..].iter().position(|w| *w == day) else {
        return false;
    };
    words[v + 1..v + 1 + d].iter().any(|w| is_past_verb(w))
}

/// The class of a claim's event when its verb is a known event verb, however
/// it is worded ("shut" and "closed" are `close`); `None` for a verb outside
/// the lexicon, whose class says nothing against another's.
fn known_event(claim: &Claim) -> Option<&'static str> {
    let predicate = claim.features.predicate.as_deref()?;
    let (class, _) = event_verb(predicate)?;
    Some(event_paraphrase(class).unwrap_or(class))
}

/// True when two event dates differ, at one granularity, as resolved dates.
fn dates_differ(a: &Slot, b: &Slot) -> bool {
    match (a, b) {
        (Slot::Date(x, gx), Slot::Date(y, gy)) => gx == gy && gx != &"text" && x != y,
        _ => false,
    }
}

/// The figures (amounts, percentages, counts) of a claim's sentence besides
/// its anchor, as the value keys linking gives them; years, dates and tallies
/// are left out.
fn figures(claim: &Claim) -> Vec<u64> {
    let is_year = |k: &str| k.len() == 4 && (k.starts_with('1') || k.starts_with('2'));
    let mut bits: Vec<u64> = claim
        .features
        .sentence_keys
        .iter()
        .filter(|k| !is_year(k))
        .filter_map(|k| k.parse::<f64>().ok())
        .map(f64::to_bits)
        .collect();
    bits.sort_unstable();
    bits.dedup();
    bits
}

/// Figures this close are one figure, however each outlet gives it: a value
/// misread or mistyped ("$412 million" / "$421 million") still tells of the
/// same occurrence.
const ONE_FIGURE_RATIO: f64 = 1.05;

/// True when two dated clauses of one event report two occurrences of it,
/// each with its own figure ("handled 4.1 million passengers in 2023" /
/// "handled 3.2 million passengers in 2019"): both state figures and share
/// none, nor any within [`ONE_FIGURE_RATIO`] of each other. One event given
/// two dates keeps its figure, or states none.
fn two_occurrences(a: &[u64], b: &[u64]) -> bool {
    let close = |x: &u64, y: &u64| {
        let (x, y) = (f64::from_bits(*x), f64::from_bits(*y));
        x == y || (x > 0.0 && y > 0.0 && x.max(y) / x.min(y) <= ONE_FIGURE_RATIO)
    };
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.iter().any(|y| close(x, y)))
}

/// A member dating its event: its date fact and slot, its clause's figures
/// and its event's class when known.
type DatedMember<'m> = (ClaimRef, &'m Fact, Slot, Vec<u64>, Option<&'static str>);

/// What [`event_date_conflict`] compares of a member: its date's slot, its
/// clause's figures and its event's class.
type Dated<'d> = (&'d Slot, &'d Vec<u64>, Option<&'d str>);

/// Two outlets give the same event another date or weekday (and neither states
/// the other's date elsewhere).
fn event_date_conflict(members: &[(ClaimRef, &Claim)], stated: &[Stated]) -> Option<Conflict> {
    let dated: Vec<DatedMember> = members
        .iter()
        .filter(|(_, c)| c.features.kind == "event")
        .filter_map(|(r, c)| {
            // Only a clause with one date besides its sayings' says when the
            // event was.
            match event_dates(c).as_slice() {
                [one] => Some((*r, *one, slot(one), figures(c), known_event(c))),
                _ => None,
            }
        })
        .collect();
    let entries: Vec<Entry<Dated>> = dated
        .iter()
        .map(|(r, _, s, f, e)| Entry {
            article: r.article,
            value: (s, f, *e),
        })
        .collect();
    // Two known events of different classes ("issued a warning Tuesday",
    // "the stock fell on Wednesday") are two facts with two dates, however
    // their claims came to be grouped.
    let differ = |(a, fa, ea): &Dated, (b, fb, eb): &Dated| {
        dates_differ(a, b)
            && !two_occurrences(fa, fb)
            && !(ea.is_some() && eb.is_some() && ea != eb)
    };
    let any = any_clash(
        &entries,
        |(s, f, e)| (s.key(), (*f).clone(), *e),
        differ,
        |article, (s, _, _)| stated[article].has(s),
    );
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

#[cfg(test)]
mod pairwise;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::model::{Article, ArticleMeta, Corpus};

    /// The conflict kinds of a made-up group of every event claim of `texts`
    /// (one article each), as if linking had joined them.
    fn event_group_conflicts(texts: &[&str]) -> Vec<String> {
        let mut corpus = Corpus::default();
        for (i, text) in texts.iter().enumerate() {
            let meta = ArticleMeta {
                id: format!("a{i}"),
                ..ArticleMeta::default()
            };
            corpus.push(Article::from_text(meta, text.to_string(), true));
        }
        let analysis = analyze(&corpus);
        let claims: Vec<Vec<Claim>> = analysis.articles.iter().map(|a| a.claims.clone()).collect();
        let stated: Vec<Stated> = claims.iter().map(|list| Stated::of(list)).collect();
        let members: Vec<(ClaimRef, &Claim)> = claims
            .iter()
            .enumerate()
            .flat_map(|(article, list)| {
                list.iter()
                    .filter(|c| c.features.kind == "event")
                    .map(move |c| {
                        (
                            ClaimRef {
                                article,
                                claim: c.id,
                            },
                            c,
                        )
                    })
            })
            .collect();
        conflicts(&members, &stated)
            .0
            .into_iter()
            .map(|c| c.kind)
            .collect()
    }

    /// True when one-sentence articles `a` and `b`, their event claims
    /// grouped, clash in certainty.
    fn modality_clash(a: &str, b: &str) -> bool {
        event_group_conflicts(&[&format!("News\n\n{a}"), &format!("News\n\n{b}")])
            .contains(&"modality".to_string())
    }

    #[test]
    fn dates_of_two_known_events_are_two_facts() {
        // Grouped by some chain of links, a warning issued on one day and a
        // share price that fell on another are no discrepancy of dates.
        let kinds = event_group_conflicts(&[
            "Ferry\n\nThe Coast Guard issued a gale warning for the bay on Monday.",
            "Ferry\n\nBayline Ferries' shares fell sharply on Tuesday.",
        ]);
        assert!(!kinds.contains(&"date".to_string()), "{kinds:?}");
        // One event on two days is.
        let kinds = event_group_conflicts(&[
            "Ferry\n\nThe Coast Guard issued a gale warning for the bay on Monday.",
            "Ferry\n\nThe Coast Guard issued a gale warning for the bay on Tuesday.",
        ]);
        assert!(kinds.contains(&"date".to_string()), "{kinds:?}");
    }

    #[test]
    fn an_agreement_and_the_plain_future_are_one_commitment() {
        // "agreed to pay" and "will pay" report one settlement.
        assert!(!modality_clash(
            "Harbor Telecom has agreed to pay a $12 million fine to the regulator.",
            "Harbor Telecom will pay a fine of 12 million dollars to the regulator."
        ));
        // An agreement against a payment only considered still clashes ...
        assert!(modality_clash(
            "Harbor Telecom has agreed to pay a $12 million fine to the regulator.",
            "Harbor Telecom is considering paying a $12 million fine to the regulator."
        ));
        // ... and so does a payment made against one only expected.
        assert!(modality_clash(
            "Harbor Telecom paid a $12 million fine to the regulator.",
            "Harbor Telecom is expected to pay a $12 million fine to the regulator."
        ));
    }

    #[test]
    fn a_rule_for_a_kind_of_party_is_no_event_of_one() {
        // A bare plural states what such parties do, as a rule.
        assert!(!modality_clash(
            "The utility did not cut power to the lines ahead of the storm.",
            "Responsible utilities cut power to the lines in exactly these conditions."
        ));
        // The same party done and not done clashes.
        assert!(modality_clash(
            "The utility did not cut power to the lines ahead of the storm.",
            "The utility cut power to the lines ahead of the storm."
        ));
    }

    #[test]
    fn an_event_asked_about_states_no_certainty() {
        // "whether" asks about the event: neither done nor denied.
        let kinds = event_group_conflicts(&[
            "Outage\n\nA spokesman declined to say whether the transformer caused the blackout.",
            "Outage\n\nWhether the transformer caused the blackout is still unclear.",
            "Outage\n\nThe transformer caused the blackout, the utility said.",
        ]);
        assert!(!kinds.contains(&"modality".to_string()), "{kinds:?}");
    }
}
