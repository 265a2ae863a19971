//! Times of day as facts: "at 2:10 a.m.", "shortly after 7 p.m.", "15:10".
//!
//! The number reader finds a clock time ([`NumberKind::Time`]) and keeps it
//! out of the amounts; this reads what time it states, in minutes after
//! midnight, and how exactly: a time given to the minute is exact, a whole
//! hour ("7 p.m.") is often rounded, "about" widens either, and "after" or
//! "before" bound it on one side.

use super::lexicon::{DayPart, HedgeKind, clock_hedge, hedge, part_of_day};
use super::numbers::{Hedge, NumberKind, NumberMention};
use super::tokens::Token;
use crate::model::Span;

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
    let written = mention.span.slice(text);
    let (mut minutes, whole_hour) = read_written(written)?;
    let morning = written
        .to_ascii_lowercase()
        .replace('.', "")
        .ends_with("am");
    if minutes < 12 * 60 && !morning && in_the_evening(tokens, mention.span.end, minutes) {
        minutes += 12 * 60;
    }
    Some(ClockTime {
        minutes,
        whole_hour,
        hedge: bound_before(tokens, mention.span.start).unwrap_or(mention.hedge),
    })
}

/// True when the words right after byte `end` put a time written without
/// p.m. in the second half of the day ("7 o'clock in the evening",
/// "at 10 at night", "at 11 of the night"); a night's small hours ("at 2.10
/// of the night") stay in the first, as `minutes` after midnight tell.
fn in_the_evening(tokens: &[Token], end: usize, minutes: u32) -> bool {
    let from = tokens.partition_point(|t| t.span.start < end);
    let mut words = tokens[from..].iter().map(|t| t.norm.as_str());
    match part_of_day(words.clone()) {
        Some(DayPart::Evening) => true,
        Some(DayPart::Night) => minutes >= NIGHT_FALLS,
        Some(DayPart::Morning) => false,
        None => words.next() == Some("tonight"),
    }
}

/// From this hour (in minutes after midnight) a time "at night" is an evening
/// one; before it, the night's small hours.
const NIGHT_FALLS: u32 = 6 * 60;

/// Times of day written as one word, which the number reader leaves alone:
/// `7pm`, `3.14am`, `11:30pm` (British and tabloid copy), with their spans.
/// A hedge before one ("around 7pm", "just after 7pm") bounds it as it would a
/// number.
pub fn one_word_times(text: &str, tokens: &[Token]) -> Vec<(Span, ClockTime)> {
    tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.norm.ends_with("am") || t.norm.ends_with("pm"))
        .filter(|(_, t)| t.norm.starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|(i, t)| {
            // "11:30pm" is two tokens, read by the number reader with its hour.
            if text[..t.span.start].ends_with(':') {
                return None;
            }
            let (minutes, whole_hour) = read_written(&t.norm)?;
            let previous = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
            let before = i.checked_sub(2).map(|p| tokens[p].norm.as_str());
            let hedge = bound_before(tokens, t.span.start).unwrap_or_else(|| {
                match previous.and_then(|w| hedge(before, w)) {
                    Some(HedgeKind::About) => Hedge::About,
                    Some(HedgeKind::AtLeast) => Hedge::AtLeast,
                    Some(HedgeKind::AtMost) => Hedge::AtMost,
                    None => Hedge::Exact,
                }
            });
            Some((
                t.span,
                ClockTime {
                    minutes,
                    whole_hour,
                    hedge,
                },
            ))
        })
        .collect()
}

/// The bound the word right before byte `start` puts on a time (see
/// [`clock_hedge`]).
fn bound_before(tokens: &[Token], start: usize) -> Option<Hedge> {
    let before = tokens.iter().rev().find(|t| t.span.end <= start)?;
    match clock_hedge(&before.norm)? {
        HedgeKind::AtLeast => Some(Hedge::AtLeast),
        HedgeKind::AtMost => Some(Hedge::AtMost),
        HedgeKind::About => Some(Hedge::About),
    }
}

/// Minutes after midnight of a time as written (`2:10 a.m.`, `3.14am`,
/// `15:10`, `7 p.m.`), and whether it is a whole hour; `None` for an hour or
/// minute out of range or other words.
fn read_written(written: &str) -> Option<(u32, bool)> {
    let written = written.to_ascii_lowercase();
    let hour_digits = written.chars().take_while(char::is_ascii_digit).count();
    let hour: u32 = written[..hour_digits].parse().ok()?;
    let after_hour = &written[hour_digits..];
    // "2:10" or "3.14": a separator and two digits of minutes.
    let minute = after_hour
        .strip_prefix([':', '.'])
        .filter(|m| m.len() >= 2 && m[..2].chars().all(|c| c.is_ascii_digit()))
        .map(|m| &m[..2]);
    let (minute, rest) = match minute {
        Some(m) => (m.parse::<u32>().ok()?, &after_hour[3..]),
        None => (0, after_hour),
    };
    let suffix = rest.replace(['.', ' '], "");
    let hour = match (suffix.as_str(), hour) {
        ("am", 12) => 0,
        ("pm", h) if h < 12 => h + 12,
        ("am" | "pm", h) if h > 12 => return None,
        ("" | "am" | "pm" | "o'clock" | "oclock" | "hours" | "hrs" | "h", h) => h,
        _ => return None,
    };
    if hour > 24 || minute > 59 {
        return None;
    }
    Some((
        (hour * 60 + minute) % DAY_MINUTES,
        minute == 0 && rest == after_hour,
    ))
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
    fn a_time_with_a_full_stop_before_a_part_of_the_day_is_a_time() {
        // As translated copy writes it: the part of the day says which half.
        assert_eq!(
            one("The thieves entered at 2.10 of the night.").minutes,
            2 * 60 + 10
        );
        assert_eq!(
            one("The ferry left at 7.15 in the evening.").minutes,
            19 * 60 + 15
        );
        assert_eq!(
            one("The shift began at 6.30 in the morning.").minutes,
            6 * 60 + 30
        );
        assert_eq!(
            one("Police arrived at 10.40 at night.").minutes,
            22 * 60 + 40
        );
        // Without a part of the day it is a decimal, as before.
        assert!(times("The index closed at 2.10 on Monday.").is_empty());
    }

    #[test]
    fn twelve_hour_and_twenty_four_hour_times_read_as_minutes_after_midnight() {
        assert_eq!(one("The door was forced at 2:10 a.m. Monday.").minutes, 130);
        assert_eq!(one("It sank at 7:05 p.m. on Tuesday.").minutes, 19 * 60 + 5);
        assert_eq!(
            one("The verdict was read at 15:10 hours.").minutes,
            15 * 60 + 10
        );
        assert_eq!(
            one("The fire began at around 14.40 hours.").minutes,
            14 * 60 + 40
        );
        assert_eq!(one("The call came at 12:30 a.m.").minutes, 30);
        assert_eq!(one("Lunch ended at 12:15 p.m.").minutes, 12 * 60 + 15);
        let whole = one("Voting closes at 8 p.m. sharp.");
        assert_eq!((whole.minutes, whole.whole_hour), (20 * 60, true));
        assert!(!one("It hit at 3:14 a.m.").whole_hour);
        assert_eq!(
            one("They met at 7 o'clock in the evening.").minutes,
            19 * 60
        );
        assert_eq!(one("They met at 7 o'clock in the morning.").minutes, 7 * 60);
        assert_eq!(
            one("Doors shut at 10 p.m. in the evening.").minutes,
            22 * 60
        );
        assert_eq!(
            one("Crews worked until 9.30 h on Monday.").minutes,
            9 * 60 + 30
        );
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
    fn a_time_with_a_full_stop_for_its_colon_keeps_its_minutes() {
        let time = one("The quake struck at 3.14 a.m. on Sunday.");
        assert_eq!((time.minutes, time.whole_hour), (3 * 60 + 14, false));
    }

    #[test]
    fn times_written_as_one_word_are_read_with_their_hedges() {
        let read = |text: &str| {
            one_word_times(text, &tokenize(text, Span::new(0, text.len())))
                .into_iter()
                .map(|(span, t)| {
                    (
                        span.slice(text).to_string(),
                        t.minutes,
                        t.whole_hour,
                        t.hedge,
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            read("The quake struck at 3.14am, and an aftershock came just after 7pm."),
            [
                ("3.14am".to_string(), 3 * 60 + 14, false, Hedge::Exact),
                ("7pm".to_string(), 19 * 60, true, Hedge::AtLeast),
            ]
        );
        // Hour and minutes are two words: the number reader's.
        assert!(read("It sank at around 11:30pm.").is_empty());
        let late = one("It sank at around 11:30pm.");
        assert_eq!((late.minutes, late.hedge), (23 * 60 + 30, Hedge::About));
        assert!(read("The 4pm-ish slot and 13pm and 5amp fuses").is_empty());
    }

    #[test]
    fn other_numbers_are_no_times() {
        assert!(times("Route 9 carries 18,400 vehicles a day.").is_empty());
        assert!(times("The score was 3-2 after 90 minutes.").is_empty());
        assert!(times("The shift lasted 10.50 hours.").is_empty());
        assert!(times("The trip took at least 26.30 hours.").is_empty());
        assert!(times("The shift lasted about 10.50 hours.").is_empty());
    }
}
