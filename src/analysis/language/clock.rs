//! Times of day as facts: "at 2:10 a.m.", "shortly after 7 p.m.", "15:10".
//!
//! The number reader finds a clock time ([`NumberKind::Time`]) and keeps it
//! out of the amounts; this reads what time it states, in minutes after
//! midnight, and how exactly: a time given to the minute is exact, a whole
//! hour ("7 p.m.") is often rounded, "about" widens either, and "after" or
//! "before" bound it on one side.

use super::lexicon::{HedgeKind, clock_hedge};
use super::numbers::{Hedge, NumberKind, NumberMention};
use super::tokens::Token;

/// Minutes in a day.
pub const DAY_MINUTES: u32 = 24 * 60;

/// A time of day an article states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockTime {
    /// Minutes after midnight.
    pub minutes: u32,
    /// True when written without minutes ("7 p.m.", "10 o'clock").
    pub whole_hour: bool,
    /// How exactly it is stated.
    pub hedge: Hedge,
}

/// Minutes either side a time of day allows: what its writing leaves open
/// ("7 p.m." may be 7:10, "about 7:05" may be 7:15), for telling a rounding from
/// a discrepancy and for linking one outlet's rounding to another's minute.
pub fn tolerance(time: &ClockTime) -> u32 {
    match (time.hedge, time.whole_hour) {
        (Hedge::About, true) => 30,
        (Hedge::About, false) => 15,
        (_, true) => 20,
        (_, false) => 0,
    }
}

/// The earliest and latest minute a time allows (bounds by "after" and
/// "before" reach [`OPEN_BOUND_MINUTES`] on their open side).
pub fn window(time: &ClockTime) -> (u32, u32) {
    let wide = tolerance(time);
    let low = time.minutes.saturating_sub(wide);
    let high = time.minutes + wide;
    match time.hedge {
        Hedge::AtLeast => (time.minutes, time.minutes + OPEN_BOUND_MINUTES.max(wide)),
        Hedge::AtMost => (
            time.minutes.saturating_sub(OPEN_BOUND_MINUTES.max(wide)),
            time.minutes,
        ),
        _ => (low, high),
    }
}

/// How far past "after 7 p.m." (or before "before 7 p.m.") an outlet's own
/// minute may lie and still be read as the same time: "shortly after 7 p.m."
/// is 7:05, rarely 8.
pub const OPEN_BOUND_MINUTES: u32 = 30;

/// The time of day `mention` (a number of [`NumberKind::Time`] among `tokens`
/// of `text`) states, or `None` for another number or an hour out of range.
pub fn clock_time(text: &str, tokens: &[Token], mention: &NumberMention) -> Option<ClockTime> {
    if mention.kind != NumberKind::Time {
        return None;
    }
    let written = mention.span.slice(text).to_ascii_lowercase();
    let digits: String = written
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ':')
        .collect();
    let (hour, minute, whole_hour) = match digits.split_once(':') {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?, false),
        None => (digits.parse::<u32>().ok()?, 0, true),
    };
    let rest = written[digits.len()..].replace(['.', ' '], "");
    let hour = match (rest.as_str(), hour) {
        ("am", 12) => 0,
        ("pm", h) if h < 12 => h + 12,
        (_, h) => h,
    };
    if hour > 24 || minute > 59 {
        return None;
    }
    let minutes = (hour * 60 + minute) % DAY_MINUTES;
    let before = tokens
        .iter()
        .rev()
        .find(|t| t.span.end <= mention.span.start)
        .map(|t| t.norm.as_str());
    let hedge = match before.and_then(clock_hedge) {
        Some(HedgeKind::AtLeast) => Hedge::AtLeast,
        Some(HedgeKind::AtMost) => Hedge::AtMost,
        _ => mention.hedge,
    };
    Some(ClockTime {
        minutes,
        whole_hour,
        hedge,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::numbers::find_numbers;
    use crate::analysis::language::tokens::tokenize;
    use crate::model::Span;

    fn times(text: &str) -> Vec<ClockTime> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        find_numbers(text, &tokens, &[])
            .iter()
            .filter_map(|m| clock_time(text, &tokens, m))
            .collect()
    }

    fn one(text: &str) -> ClockTime {
        let found = times(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0]
    }

    #[test]
    fn twelve_hour_and_twenty_four_hour_times_read_as_minutes_after_midnight() {
        assert_eq!(one("The door was forced at 2:10 a.m. Monday.").minutes, 130);
        assert_eq!(one("It sank at 7:05 p.m. on Tuesday.").minutes, 19 * 60 + 5);
        assert_eq!(
            one("The verdict was read at 15:10 hours.").minutes,
            15 * 60 + 10
        );
        assert_eq!(one("The call came at 12:30 a.m.").minutes, 30);
        assert_eq!(one("Lunch ended at 12:15 p.m.").minutes, 12 * 60 + 15);
        let whole = one("Voting closes at 8 p.m. sharp.");
        assert_eq!((whole.minutes, whole.whole_hour), (20 * 60, true));
        assert!(!one("It hit at 3:14 a.m.").whole_hour);
    }

    #[test]
    fn hedges_before_a_time_bound_or_widen_it() {
        assert_eq!(
            one("It rolled over shortly after 7 p.m.").hedge,
            Hedge::AtLeast
        );
        assert_eq!(one("Power was back by 6 p.m. Monday.").hedge, Hedge::AtMost);
        assert_eq!(one("It struck at around 2 a.m.").hedge, Hedge::About);
        assert_eq!(one("It struck at 2 a.m.").hedge, Hedge::Exact);
    }

    #[test]
    fn a_rounded_time_allows_the_minutes_a_precise_one_gives() {
        let whole = one("It capsized shortly after 7 p.m.");
        let (low, high) = window(&whole);
        assert!(low <= 19 * 60 + 5 && 19 * 60 + 5 <= high);
        let exact = one("It capsized at 7:05 p.m.");
        assert_eq!(window(&exact), (19 * 60 + 5, 19 * 60 + 5));
        let about = one("It capsized at about 7:05 p.m.");
        assert_eq!(window(&about), (18 * 60 + 50, 19 * 60 + 20));
    }

    #[test]
    fn other_numbers_are_no_times() {
        assert!(times("Route 9 carries 18,400 vehicles a day.").is_empty());
        assert!(times("The score was 3-2 after 90 minutes.").is_empty());
    }
}
