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

use crate::model::Span;

use super::features::{days_in, fold};
use super::{Claim, ClaimRef, Conflict, ConflictValue, Fact, FactDifference, FactValue, Modality};
use crate::analysis::language::numbers::written_precision;

/// Values further apart than this factor are different facts, not a conflict.
const NEAR_FACTOR: f64 = 3.0;
/// The share either side of a number that `about` allows.
const ABOUT_SHARE: f64 = 0.1;

/// A number as an interval of values its writing allows.
#[derive(Debug, Clone, Copy)]
struct Interval {
    low: f64,
    high: f64,
    value: f64,
}

impl Interval {
    /// The interval of `value` written with `precision` and `hedge`; `high` is the
    /// top of a stated range.
    fn new(value: f64, high: Option<f64>, precision: f64, hedge: super::Hedge) -> Self {
        use super::Hedge;
        let half = precision / 2.0;
        let (low, top) = match (hedge, high) {
            (_, Some(h)) => (value - half, h + half),
            (Hedge::Exact, None) => (value - half, value + half),
            (Hedge::About, None) => {
                let spread = (value.abs() * ABOUT_SHARE).max(half);
                (value - spread, value + spread)
            }
            (Hedge::AtLeast, None) => (value - half, f64::INFINITY),
            (Hedge::AtMost, None) => (f64::NEG_INFINITY, value + half),
            (Hedge::Vague, None) => (f64::NEG_INFINITY, f64::INFINITY),
        };
        Self {
            low,
            high: top,
            value,
        }
    }

    /// True when the two intervals share some value.
    fn meets(&self, other: &Interval) -> bool {
        self.low < other.high && other.low < self.high
    }

    /// True when the two values are within [`NEAR_FACTOR`] of each other.
    fn near(&self, other: &Interval) -> bool {
        let (a, b) = (self.value.abs(), other.value.abs());
        let (small, large) = (a.min(b), a.max(b));
        small > 0.0 && large / small <= NEAR_FACTOR
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
/// is given to the hundred thousand).
fn precision_of(text: &str, value: f64) -> f64 {
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
        } => {
            let days = days_in(unit);
            Slot::Amount {
                kind: "duration",
                unit: String::new(),
                interval: Interval::new(
                    value * days,
                    None,
                    precision_of(text, *value) * days,
                    *hedge,
                ),
            }
        }
        FactValue::Tally { value, against, .. } => Slot::Tally(*value, *against),
        FactValue::Date {
            resolved,
            text,
            until,
        } => date_slot(resolved.as_deref(), text, until.as_deref()),
        _ => Slot::None,
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

/// The conflicts among `members` (claims of different articles), and the
/// differing facts for display.
pub fn conflicts(members: &[(ClaimRef, &Claim)]) -> (Vec<Conflict>, Vec<FactDifference>) {
    let mut found = Vec::new();
    if members.len() < 2 {
        return (found, Vec::new());
    }
    let anchors: Vec<Option<(&Fact, Slot)>> = members
        .iter()
        .map(|(_, c)| c.anchor_fact().map(|f| (f, slot(f))))
        .collect();
    if let Some(conflict) = anchor_conflict(members, &anchors) {
        found.push(conflict);
    }
    let is_event_or_role = members
        .iter()
        .all(|(_, c)| matches!(c.features.kind, "event" | "role"));
    if is_event_or_role {
        found.extend(modality_conflict(members));
        found.extend(event_date_conflict(members));
        found.extend(name_conflict(members));
    }
    let differences = found
        .iter()
        .map(|c| FactDifference {
            kind: c.kind.clone(),
            values: members
                .iter()
                .map(|(r, _)| {
                    c.values
                        .iter()
                        .find(|v| v.member == *r)
                        .map(|v| v.text.clone())
                })
                .collect(),
        })
        .collect();
    (found, differences)
}

/// A conflict of the anchors' values: amounts whose intervals do not meet,
/// tallies or dates that differ.
fn anchor_conflict(
    members: &[(ClaimRef, &Claim)],
    anchors: &[Option<(&Fact, Slot)>],
) -> Option<Conflict> {
    let mut clash = false;
    let mut kind = "";
    for (i, a) in anchors.iter().enumerate() {
        for b in &anchors[i + 1..] {
            let (Some((fa, sa)), Some((_, sb))) = (a, b) else {
                continue;
            };
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
            if differ {
                clash = true;
                kind = fa.value.kind();
            }
        }
    }
    clash.then(|| Conflict {
        kind: kind.to_string(),
        values: members
            .iter()
            .zip(anchors)
            .filter_map(|((r, c), a)| {
                a.as_ref().map(|(f, _)| ConflictValue {
                    member: *r,
                    text: value_text(f),
                    span: c.anchor,
                })
            })
            .collect(),
    })
}

/// True when two counted units can be compared: equal, or one unstated.
fn units_match(a: &str, b: &str) -> bool {
    let stem = crate::analysis::language::tokens::stem;
    a.is_empty() || b.is_empty() || stem(a) == stem(b)
}

/// The value of a fact as written.
fn value_text(fact: &Fact) -> String {
    match &fact.value {
        FactValue::Quantity { text, .. }
        | FactValue::Money { text, .. }
        | FactValue::Percent { text, .. }
        | FactValue::Tally { text, .. }
        | FactValue::Age { text, .. }
        | FactValue::Duration { text, .. }
        | FactValue::Date { text, .. }
        | FactValue::Modality { text, .. }
        | FactValue::Event { text, .. }
        | FactValue::Role { text, .. } => text.clone(),
        FactValue::Entity { name, .. } => name.clone(),
        FactValue::Attribution { source } => source.clone(),
    }
}

/// The first fact of a claim matching `pick`.
fn first(claim: &Claim, pick: impl Fn(&FactValue) -> bool) -> Option<&Fact> {
    claim.facts.iter().find(|f| pick(&f.value))
}

/// One outlet reports the event as done, another as expected, considered or
/// denied; or one denies what another reports as expected or considered.
fn modality_conflict(members: &[(ClaimRef, &Claim)]) -> Option<Conflict> {
    let stated: Vec<(ClaimRef, &Fact, Modality)> = members
        .iter()
        .filter(|(_, c)| c.features.kind == "event")
        .filter_map(|(r, c)| {
            first(c, |v| matches!(v, FactValue::Modality { .. })).and_then(|f| match f.value {
                FactValue::Modality { value, .. } if value != Modality::Urged => {
                    Some((*r, f, value))
                }
                _ => None,
            })
        })
        .collect();
    let clash = |a: Modality, b: Modality| {
        a != b
            && (a == Modality::Done
                || b == Modality::Done
                || a == Modality::Denied
                || b == Modality::Denied)
    };
    let any = stated
        .iter()
        .enumerate()
        .any(|(i, a)| stated[i + 1..].iter().any(|b| clash(a.2, b.2)));
    any.then(|| Conflict {
        kind: "modality".into(),
        values: stated
            .iter()
            .map(|(r, f, m)| ConflictValue {
                member: *r,
                text: format!("{} ({})", value_text(f), m.label()),
                span: f.span,
            })
            .collect(),
    })
}

/// Two outlets give the same event another date or weekday.
fn event_date_conflict(members: &[(ClaimRef, &Claim)]) -> Option<Conflict> {
    let stated: Vec<(ClaimRef, &Fact, Slot)> = members
        .iter()
        .filter(|(_, c)| c.features.kind == "event")
        .filter_map(|(r, c)| {
            let dates: Vec<&Fact> = c
                .facts
                .iter()
                .filter(|f| matches!(f.value, FactValue::Date { .. }))
                .collect();
            // Only a clause with one date says when the event was.
            match dates.as_slice() {
                [one] => Some((*r, *one, slot(one))),
                _ => None,
            }
        })
        .collect();
    let differ = |a: &Slot, b: &Slot| match (a, b) {
        (Slot::Date(x, gx), Slot::Date(y, gy)) => gx == gy && gx != &"text" && x != y,
        _ => false,
    };
    let any = stated
        .iter()
        .enumerate()
        .any(|(i, a)| stated[i + 1..].iter().any(|b| differ(&a.2, &b.2)));
    any.then(|| Conflict {
        kind: "date".into(),
        values: stated
            .iter()
            .map(|(r, f, _)| ConflictValue {
                member: *r,
                text: value_text(f),
                span: f.span,
            })
            .collect(),
    })
}

/// Two outlets give a person in the same place of the claim (the same surname)
/// another first name.
fn name_conflict(members: &[(ClaimRef, &Claim)]) -> Option<Conflict> {
    let named: Vec<(ClaimRef, Span, String, Vec<String>)> = members
        .iter()
        .flat_map(|(r, c)| {
            c.facts.iter().filter_map(move |f| {
                let name = match &f.value {
                    FactValue::Role { holder, .. } => holder,
                    FactValue::Entity { name, .. } => name,
                    _ => return None,
                };
                let words: Vec<String> = fold(name)
                    .split_whitespace()
                    .filter(|w| w.len() > 1 && !matches!(*w, "jr" | "sr" | "ii" | "iii" | "iv"))
                    .map(str::to_string)
                    .collect();
                (words.len() >= 2).then(|| (*r, f.span, name.clone(), words))
            })
        })
        .collect();
    let clash = |a: &[String], b: &[String]| {
        a.last() == b.last()
            && a.first() != b.first()
            && !a
                .first()
                .zip(b.first())
                .is_some_and(|(x, y)| x.starts_with(y.as_str()) || y.starts_with(x.as_str()))
    };
    let mut values: Vec<ConflictValue> = Vec::new();
    for (i, a) in named.iter().enumerate() {
        for b in &named[i + 1..] {
            if a.0.article != b.0.article && clash(&a.3, &b.3) {
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
