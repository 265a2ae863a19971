//! A claim's value as a reader should see it: the anchor fact as written (an
//! amount, a date, a tally, an event with its certainty), and a key under which
//! values that state the same thing compare equal.

use crate::analysis::claims::{Claim, Fact, FactValue};

/// The value of `claim` as written: its anchor fact's words, an event with its
/// certainty ("was considering buying (considered)"), a name or a source.
pub fn claim_value(claim: &Claim) -> String {
    let Some(anchor) = claim.anchor_fact() else {
        return String::new();
    };
    if let FactValue::Event { text, .. } = &anchor.value {
        let modality = claim.facts.iter().find_map(|f| match &f.value {
            FactValue::Modality { value, text } if f.span.contains(anchor.span) => {
                Some((value, text))
            }
            _ => None,
        });
        return match modality {
            Some((value, words)) => format!("{words} ({})", value.label()),
            None => text.clone(),
        };
    }
    written(&anchor.value)
}

/// What a claim is about, in a word: the event's verb as written (`buy` of
/// `agreed to buy`; the stem the analysis compares by is no word to show), the
/// role (`judge`), what is counted (`workers`), else the kind of its fact
/// (`money`, `date`).
pub fn claim_topic(claim: &Claim) -> String {
    match claim.anchor_fact().map(|f| &f.value) {
        Some(FactValue::Event {
            text, predicate, ..
        }) => text
            .split_whitespace()
            .last()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .unwrap_or_else(|| predicate.clone()),
        Some(FactValue::Role { role, .. }) => role.clone(),
        Some(FactValue::Quantity { unit, .. }) if !unit.is_empty() => one_line(unit),
        Some(value) => value.kind().to_string(),
        None => String::new(),
    }
}

/// The words a fact is written in, on one line.
pub fn written(value: &FactValue) -> String {
    one_line(value.written())
}

/// What a fact states, independent of its wording: `$3.6 billion` and `3.6
/// billion dollars` share a key, `agreed` and `signed` (both done) do too.
pub fn value_key(fact: &Fact) -> String {
    match &fact.value {
        FactValue::Quantity { value, high, .. } | FactValue::Age { value, high, .. } => {
            format!("{}:{value}..{high:?}", fact.value.kind())
        }
        FactValue::Money {
            value,
            currency,
            per,
            ..
        } => format!("money:{currency}{value}/{per:?}"),
        FactValue::Percent { value, .. } => format!("percent:{value}"),
        FactValue::Tally { value, against, .. } => format!("tally:{value}-{against}"),
        FactValue::Duration { value, unit, .. } => format!("duration:{value}{unit}"),
        FactValue::Date { text, resolved, .. } => match resolved {
            Some(date) => format!("date:{date}"),
            None => format!("date:{}", folded(text)),
        },
        FactValue::Time { minutes, .. } => format!("time:{minutes}"),
        FactValue::Modality { value, .. } => format!("modality:{}", value.label()),
        FactValue::Event { predicate, .. } => format!("event:{predicate}"),
        FactValue::Role { holder, .. } => format!("name:{}", folded(holder)),
        FactValue::Entity { name, .. } => format!("name:{}", folded(name)),
        FactValue::Attribution { source } => format!("source:{}", folded(source)),
    }
}

/// `text` lower-cased with its whitespace collapsed, for comparing wordings.
pub fn folded(text: &str) -> String {
    one_line(&text.to_lowercase())
}

/// `text` on one line, whitespace runs collapsed to one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
