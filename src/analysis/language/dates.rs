//! Dates, weekdays and years, resolved to ISO form only where the article says
//! enough: a weekday resolves against the publication date, forward when the
//! verb nearest the weekday speaks of the future ("will meet on Monday") and
//! backward otherwise;
//! "a decade ago" and "two years ago" resolve to a year.

use super::lexicon::{VerbForm, event_verb, general_past_verb, time_unit};
use super::tokens::Token;
use crate::model::Span;

/// A date expression in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Where it lies.
    pub span: Span,
    /// The words as written.
    pub text: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` where known.
    pub resolved: Option<String>,
    /// Normalised form for comparison when unresolved (`month-day:01-29`, `weekday:sunday`).
    pub key: String,
    /// The last day of a range of days (`March 9 to 20`, `9 to 21 March`), as
    /// `MM-DD`.
    pub until: Option<String>,
}

/// What the article tells about time, for resolving partial dates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateContext {
    /// The publication date, if known.
    pub published: Option<(i32, u32, u32)>,
    /// A year the article itself names (the first four-digit year in its text).
    pub year: Option<i32>,
}

impl DateContext {
    /// Reads the context from an article's date field (`YYYY-MM-DD…`) and its text.
    pub fn new(date: Option<&str>, text: &str) -> Self {
        let published = date.and_then(parse_iso);
        let year = published.map(|(y, _, _)| y).or_else(|| first_year(text));
        Self { published, year }
    }

    /// True when a resolved date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) lies
    /// wholly after the publication date: a later day, a later month, a later
    /// year. False when the article is undated or the date is not resolved.
    pub fn lies_after_publication(&self, resolved: &str) -> bool {
        let Some((y, m, d)) = self.published else {
            return false;
        };
        let mut parts = resolved.split('-').map(str::parse::<u32>);
        let year = match parts.next() {
            Some(Ok(year)) => i64::from(year),
            _ => return false,
        };
        let published = [i64::from(y), i64::from(m), i64::from(d)];
        let mut given = vec![year];
        given.extend(parts.map_while(Result::ok).map(i64::from));
        given.as_slice() > &published[..given.len().min(3)]
    }
}

/// The date a story's articles carry, for reading an undated one: the median
/// of the publication dates (`YYYY-MM-DD…`) that parse, as `YYYY-MM-DD`. Reports
/// of one event appear within days of each other, so an undated report's "Jan.
/// 9" is in their year, not in whatever year its text names first.
pub fn story_date<'a>(dates: impl Iterator<Item = Option<&'a str>>) -> Option<String> {
    let mut known: Vec<(i32, u32, u32)> = dates.flatten().filter_map(parse_iso).collect();
    known.sort_unstable();
    let (y, m, d) = *known.get(known.len().checked_sub(1)? / 2)?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Month names, lower-case, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Weekday names, lower-case, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The month (1–12) a word names, with common abbreviations.
fn month(word: &str) -> Option<u32> {
    // Every month name and abbreviation starts with one of these letters: a
    // cheap rejection for the other words of an article, every one of which is tried.
    if !matches!(
        word.as_bytes().first(),
        Some(b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's')
    ) {
        return None;
    }
    month_named(word)
}

/// The full lookup behind [`month`], without its cheap rejection.
fn month_named(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    let index = match word {
        "jan" => 0,
        "feb" => 1,
        "mar" => 2,
        "apr" => 3,
        "jun" => 5,
        "jul" => 6,
        "aug" => 7,
        "sep" | "sept" => 8,
        "oct" => 9,
        "nov" => 10,
        "dec" => 11,
        _ => MONTHS.iter().position(|m| *m == word)?,
    };
    Some(index as u32 + 1)
}

/// Finds date expressions among a sentence's tokens.
pub fn find_dates(text: &str, tokens: &[Token], context: DateContext) -> Vec<DateMention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let word = tokens[i].norm.as_str();
        let capital = || tokens[i].span.slice(text).starts_with(char::is_uppercase);
        if let Some(m) =
            month(word).filter(|_| capital() && (word != "may" || next_is_day(tokens, i)))
        {
            let (mention, used) = month_date(text, tokens, i, m, context);
            found.push(mention);
            i += used;
            continue;
        }
        if let Some(first) = day_number(word)
            && matches!(
                tokens.get(i + 1).map(|t| t.norm.as_str()),
                Some("to" | "through" | "and" | "until")
            )
            && let Some(last) = tokens.get(i + 2).and_then(|t| day_number(&t.norm))
            && let Some(m) = tokens.get(i + 3).and_then(|t| {
                month(&t.norm).filter(|_| t.span.slice(text).starts_with(char::is_uppercase))
            })
        {
            let year = tokens.get(i + 4).and_then(|t| year_of(&t.norm));
            let used = if year.is_some() { 5 } else { 4 };
            let mut mention = day_month(text, tokens, i, used, first, m, year.or(context.year));
            mention.until = Some(format!("{m:02}-{last:02}"));
            found.push(mention);
            i += used;
            continue;
        }
        // "16 March", and "13 of March" as translated copy writes it.
        let of = usize::from(tokens.get(i + 1).is_some_and(|t| t.norm == "of"));
        if let Some(day) = day_number(word).filter(|_| {
            tokens.get(i + 1 + of).is_some_and(|t| {
                month(&t.norm).is_some() && t.span.slice(text).starts_with(char::is_uppercase)
            })
        }) {
            let m = month(&tokens[i + 1 + of].norm).unwrap_or(1);
            let year = tokens.get(i + 2 + of).and_then(|t| year_of(&t.norm));
            let used = of + if year.is_some() { 3 } else { 2 };
            found.push(day_month(
                text,
                tokens,
                i,
                used,
                day,
                m,
                year.or(context.year),
            ));
            i += used;
            continue;
        }
        if let Some(weekday) = WEEKDAYS
            .iter()
            .position(|d| *d == word)
            .filter(|_| capital())
        {
            let future = lies_ahead(tokens, i);
            found.push(DateMention {
                span: tokens[i].span,
                text: tokens[i].span.slice(text).to_string(),
                resolved: context.published.map(|p| {
                    if future {
                        next_weekday_on_or_after(p, weekday)
                    } else {
                        last_weekday_on_or_before(p, weekday)
                    }
                }),
                key: format!("weekday:{word}"),
                until: None,
            });
        } else if let Some((mention, used)) = years_ago(text, tokens, i, context) {
            found.push(mention);
            i += used;
            continue;
        } else if let Some(year) = year_of(word).filter(|_| is_year_context(tokens, i)) {
            found.push(DateMention {
                span: tokens[i].span,
                text: word.to_string(),
                resolved: Some(format!("{year:04}")),
                key: format!("year:{year}"),
                until: None,
            });
        }
        i += 1;
    }
    join_weekdays(text, found)
}

/// A weekday written right before a full date, with only a comma between them
/// ("Thursday, March 19", "Monday 16 March"), names that date: one mention
/// spanning both, resolved and keyed as the date is.
fn join_weekdays(text: &str, found: Vec<DateMention>) -> Vec<DateMention> {
    let mut joined: Vec<DateMention> = Vec::with_capacity(found.len());
    for mention in found {
        if let Some(last) = joined.last_mut()
            && last.key.starts_with("weekday:")
            && mention.key.starts_with("date:")
            && text[last.span.end..mention.span.start]
                .chars()
                .all(|c| c == ',' || c.is_whitespace())
        {
            let span = Span::new(last.span.start, mention.span.end);
            *last = DateMention {
                span,
                text: span.slice(text).to_string(),
                ..mention
            };
            continue;
        }
        joined.push(mention);
    }
    joined
}

/// Words that put a sentence in the future, so a weekday lies ahead.
const FUTURE_CUES: &[&str] = &[
    "will",
    "'ll",
    "scheduled",
    "set",
    "planned",
    "plans",
    "expected",
    "upcoming",
    "next",
    "shall",
    "due",
];

/// Words either side of a weekday searched for the verb it dates.
const VERB_WINDOW: usize = 6;

/// Auxiliaries of the past that may stand nearest a weekday ("was held on
/// Monday", "had met on Friday").
const PAST_AUXILIARIES: &[&str] = &["was", "were", "had", "did"];

/// True when the weekday at token `i` lies ahead: the nearest cue of time
/// within [`VERB_WINDOW`] words, before it first and then after it, is a
/// future cue ("will meet on Monday", "is scheduled for Monday"), not a verb
/// in the past ("voted on Tuesday night to approve a deal that will keep
/// the team": the vote is past, whatever the deal will do). With no cue near,
/// the sentence decides: any future cue in it.
fn lies_ahead(tokens: &[Token], i: usize) -> bool {
    let cue = |t: &Token| {
        let w = t.norm.as_str();
        if FUTURE_CUES.contains(&w) {
            Some(true)
        } else if PAST_AUXILIARIES.contains(&w)
            || event_verb(w).is_some_and(|(_, form)| form == VerbForm::Past)
            || general_past_verb(w).is_some()
        {
            Some(false)
        } else {
            None
        }
    };
    let before = tokens[i.saturating_sub(VERB_WINDOW)..i].iter().rev();
    let after = tokens[i + 1..].iter().take(VERB_WINDOW);
    before.chain(after).find_map(cue).unwrap_or_else(|| {
        tokens
            .iter()
            .any(|t| FUTURE_CUES.contains(&t.norm.as_str()))
    })
}

/// `two years ago`, `a decade ago`, `20 years ago`: a year, resolved from the
/// publication year. Returns the mention and the tokens it takes.
fn years_ago(
    text: &str,
    tokens: &[Token],
    i: usize,
    context: DateContext,
) -> Option<(DateMention, usize)> {
    // The cheapest test first: most words are not followed by `… ago`.
    if tokens.get(i + 2)?.norm != "ago" {
        return None;
    }
    let (unit, years) = time_unit(&tokens[i + 1].norm)?;
    if unit != "year" {
        return None;
    }
    let word = tokens[i].norm.as_str();
    let count = match word {
        "a" | "an" | "one" => 1.0,
        _ => crate::analysis::language::lexicon::number_word(word)
            .or_else(|| word.parse::<f64>().ok())?,
    };
    let back = (count * years).round() as i32;
    let span = Span::new(tokens[i].span.start, tokens[i + 2].span.end);
    let resolved = context.year.map(|y| format!("{:04}", y - back));
    Some((
        DateMention {
            span,
            text: span.slice(text).to_string(),
            key: resolved
                .clone()
                .map_or(format!("ago:{back}"), |y| format!("year:{y}")),
            resolved,
            until: None,
        },
        3,
    ))
}

/// True when the token after a `May` is a day number (to tell the month from the verb).
fn next_is_day(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|t| day_number(&t.norm).is_some() || year_of(&t.norm).is_some())
}

/// "January 29", "January 29, 2023", "March 2022", "January".
fn month_date(
    text: &str,
    tokens: &[Token],
    i: usize,
    m: u32,
    context: DateContext,
) -> (DateMention, usize) {
    let day = tokens.get(i + 1).and_then(|t| day_number(&t.norm));
    let (used, year) = match day {
        Some(_) => match tokens.get(i + 2).and_then(|t| year_of(&t.norm)) {
            Some(y) => (3, Some(y)),
            None => (2, None),
        },
        None => match tokens.get(i + 1).and_then(|t| year_of(&t.norm)) {
            Some(y) => (2, Some(y)),
            None => (1, None),
        },
    };
    let mut used = used;
    let mut until = None;
    if day.is_some()
        && year.is_none()
        && let Some((end_month, end_day, words)) = range_end(text, tokens, i + used)
    {
        until = Some(format!("{:02}-{end_day:02}", end_month.unwrap_or(m)));
        used += words;
    }
    let span = Span::new(tokens[i].span.start, tokens[i + used - 1].span.end);
    let (resolved, key) = match (day, year.or(context.year)) {
        (Some(d), Some(y)) => (
            Some(format!("{y:04}-{m:02}-{d:02}")),
            format!("date:{m:02}-{d:02}"),
        ),
        (Some(d), None) => (None, format!("date:{m:02}-{d:02}")),
        (None, Some(y)) if year.is_some() => {
            (Some(format!("{y:04}-{m:02}")), format!("month:{y}-{m:02}"))
        }
        (None, _) => (None, format!("month:{m:02}")),
    };
    (
        DateMention {
            span,
            text: span.slice(text).to_string(),
            resolved,
            key,
            until,
        },
        used,
    )
}

/// The end of a range of days at token `at` (`to 20`, `through March 20`): its
/// month if written, its day, and the tokens it takes.
fn range_end(text: &str, tokens: &[Token], at: usize) -> Option<(Option<u32>, u32, usize)> {
    let link = tokens.get(at)?;
    if !matches!(link.norm.as_str(), "to" | "through" | "until" | "and") {
        return None;
    }
    let next = tokens.get(at + 1)?;
    if let Some(day) = day_number(&next.norm) {
        return Some((None, day, 2));
    }
    let m = month(&next.norm).filter(|_| next.span.slice(text).starts_with(char::is_uppercase))?;
    let day = day_number(&tokens.get(at + 2)?.norm)?;
    Some((Some(m), day, 3))
}

/// "29 January", "29 January 2023".
fn day_month(
    text: &str,
    tokens: &[Token],
    i: usize,
    used: usize,
    day: u32,
    m: u32,
    year: Option<i32>,
) -> DateMention {
    let span = Span::new(tokens[i].span.start, tokens[i + used - 1].span.end);
    DateMention {
        span,
        text: span.slice(text).to_string(),
        resolved: year.map(|y| format!("{y:04}-{m:02}-{day:02}")),
        key: format!("date:{m:02}-{day:02}"),
        until: None,
    }
}

/// A day of the month: `1`–`31`, optionally `1st`, `29th`.
fn day_number(word: &str) -> Option<u32> {
    // A day parses only from a leading digit (or the `+` integer parsing
    // allows): a cheap rejection for the words of an article, all of them tried.
    if !matches!(word.as_bytes().first(), Some(b'0'..=b'9' | b'+')) {
        return None;
    }
    day_written(word)
}

/// The full lookup behind [`day_number`], without its cheap rejection.
fn day_written(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let day: u32 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// A four-digit year between 1900 and 2100.
fn year_of(word: &str) -> Option<i32> {
    // Four characters from 1900 to 2100 start with a digit: a cheap rejection.
    if word.len() != 4 || !word.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    year_written(word)
}

/// The full lookup behind [`year_of`], without its cheap rejection.
fn year_written(word: &str) -> Option<i32> {
    let year: i32 = word.parse().ok().filter(|_| word.len() == 4)?;
    (1900..=2100).contains(&year).then_some(year)
}

/// True when a bare year is used as a date: after `in`, `since`, `by`, `of`, `until`.
fn is_year_context(tokens: &[Token], i: usize) -> bool {
    let before = |back: usize| i.checked_sub(back).map(|b| tokens[b].norm.as_str());
    let opens = |word: Option<&str>| {
        matches!(
            word,
            Some("in" | "since" | "by" | "of" | "until" | "from" | "year" | "between")
        )
    };
    // The end of a span of years ("between 2014 and 2020", "from 2019 to 2021")
    // is a year as its start is.
    let closes_span = matches!(before(1), Some("and" | "to" | "through"))
        && before(2).is_some_and(|w| year_of(w).is_some())
        && matches!(before(3), Some("between" | "from"));
    opens(before(1)) || closes_span
}

/// The first plausible year written in `text`.
fn first_year(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_digit()).find_map(year_of)
}

/// `YYYY-MM-DD` at the start of `date`.
fn parse_iso(date: &str) -> Option<(i32, u32, u32)> {
    let mut parts = date.get(..10)?.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

/// The latest `weekday` (0 = Monday) on or before `date`, as `YYYY-MM-DD`.
fn last_weekday_on_or_before(date: (i32, u32, u32), weekday: usize) -> String {
    let days = days_from_civil(date.0, date.1, date.2);
    let today = (days + 3).rem_euclid(7) as usize;
    let back = (today + 7 - weekday) % 7;
    let (y, m, d) = civil_from_days(days - back as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The earliest `weekday` (0 = Monday) on or after `date`, as `YYYY-MM-DD`.
fn next_weekday_on_or_after(date: (i32, u32, u32), weekday: usize) -> String {
    let days = days_from_civil(date.0, date.1, date.2);
    let today = (days + 3).rem_euclid(7) as usize;
    let ahead = (weekday + 7 - today) % 7;
    let (y, m, d) = civil_from_days(days + ahead as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_lies_after_publication_when_all_of_it_is_later() {
        let context = DateContext::new(Some("2025-11-20"), "");
        assert!(context.lies_after_publication("2026-03"));
        assert!(context.lies_after_publication("2025-12"));
        assert!(context.lies_after_publication("2025-11-21"));
        assert!(context.lies_after_publication("2026"));
        // The month or year of publication is not wholly ahead.
        assert!(!context.lies_after_publication("2025-11"));
        assert!(!context.lies_after_publication("2025"));
        assert!(!context.lies_after_publication("2025-11-20"));
        assert!(!context.lies_after_publication("2024-12-01"));
        assert!(!DateContext::new(None, "").lies_after_publication("2030"));
    }
    use crate::analysis::language::tokens::tokenize;

    fn dates(text: &str, context: DateContext) -> Vec<(String, Option<String>)> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        find_dates(text, &tokens, context)
            .into_iter()
            .map(|d| (d.text, d.resolved))
            .collect()
    }

    #[test]
    fn a_story_is_dated_by_the_median_of_its_articles_dates() {
        let dates = [
            Some("2026-01-13"),
            None,
            Some("2026-01-12T08:00:00"),
            Some("bad"),
            Some("2026-01-20"),
        ];
        assert_eq!(story_date(dates.into_iter()).as_deref(), Some("2026-01-13"));
        assert_eq!(story_date([None, Some("x")].into_iter()), None);
        let undated = DateContext::new(story_date(dates.into_iter()).as_deref(), "since 2019");
        assert_eq!(
            undated.year,
            Some(2026),
            "the story's year, not the first year named"
        );
    }

    #[test]
    fn a_weekday_before_a_full_date_names_that_date() {
        let none = DateContext::default();
        assert_eq!(
            dates("They were held on Thursday, March 19, at a house.", none),
            [("Thursday, March 19".into(), None)]
        );
        assert_eq!(
            dates("It shut between Sunday 15 and Monday 16 March 2026.", none),
            [
                ("Sunday".into(), None),
                ("Monday 16 March 2026".into(), Some("2026-03-16".into()))
            ]
        );
        // A weekday and a month alone, or a date after other words, stay two.
        assert_eq!(dates("On Friday, in March, the board met.", none).len(), 2);
        assert_eq!(dates("On Friday, and on June 3, it met.", none).len(), 2);
    }

    #[test]
    fn full_and_partial_dates() {
        let none = DateContext::default();
        assert_eq!(
            dates("It began on January 29, 2023 in Seoul.", none),
            [("January 29, 2023".into(), Some("2023-01-29".into()))]
        );
        assert_eq!(
            dates("He arrived on January 29.", none),
            [("January 29".into(), None)]
        );
        let ctx = DateContext {
            published: None,
            year: Some(2023),
        };
        assert_eq!(
            dates("He arrived on January 29.", ctx),
            [("January 29".into(), Some("2023-01-29".into()))]
        );
        assert_eq!(
            dates("since March 2022", none),
            [("March 2022".into(), Some("2022-03".into()))]
        );
        assert_eq!(
            dates("on 24 February 2022", none),
            [("24 February 2022".into(), Some("2022-02-24".into()))]
        );
        assert_eq!(
            dates("declared guilty this Thursday 13 of March 2025.", none),
            [(
                "Thursday 13 of March 2025".into(),
                Some("2025-03-13".into())
            )]
        );
        assert_eq!(
            dates("three of the jurors and 12 of them", none),
            [],
            "\"of\" before anything but a month is no date"
        );
        assert_eq!(
            dates("ratified in 2014", none),
            [("2014".into(), Some("2014".into()))]
        );
        let year = |y: &str| (y.to_string(), Some(y.to_string()));
        for (span, first, last) in [
            ("permits issued between 2014 and 2020", "2014", "2020"),
            ("in office from 2019 to 2021", "2019", "2021"),
        ] {
            assert_eq!(dates(span, none), [year(first), year(last)], "{span}");
        }
        assert!(
            dates("it rose 2014 and 2020 units", none).is_empty(),
            "numbers that no word makes years"
        );
    }

    #[test]
    fn weekdays_resolve_only_with_a_publication_date() {
        assert_eq!(
            dates("on Sunday he left", DateContext::default()),
            [("Sunday".into(), None)]
        );
        let ctx = DateContext::new(Some("2023-01-30"), "");
        assert_eq!(
            dates("on Sunday he left", ctx),
            [("Sunday".into(), Some("2023-01-29".into()))]
        );
        assert_eq!(
            dates("on Monday he spoke", ctx),
            [("Monday".into(), Some("2023-01-30".into()))]
        );
    }

    #[test]
    fn future_weekdays_resolve_forward_and_years_ago_to_a_year() {
        let ctx = DateContext::new(Some("2023-01-30"), "");
        assert_eq!(
            dates("The board will meet on Thursday.", ctx),
            [("Thursday".into(), Some("2023-02-02".into()))]
        );
        assert_eq!(
            dates("The board met on Thursday.", ctx),
            [("Thursday".into(), Some("2023-01-26".into()))]
        );
        // The verb the weekday dates decides, not a future elsewhere in
        // the sentence.
        assert_eq!(
            dates(
                "The council voted on Tuesday night to approve a deal that will keep the team.",
                ctx
            ),
            [("Tuesday".into(), Some("2023-01-24".into()))]
        );
        assert_eq!(
            dates(
                "The plant, which closed in 2019, will reopen on Tuesday.",
                ctx
            ),
            [
                ("2019".into(), Some("2019".into())),
                ("Tuesday".into(), Some("2023-01-31".into()))
            ]
        );
        assert_eq!(
            dates(
                "On Tuesday, the board will vote on the plan it drafted.",
                ctx
            ),
            [("Tuesday".into(), Some("2023-01-31".into()))]
        );
        assert_eq!(
            dates("It closed a decade ago.", ctx),
            [("a decade ago".into(), Some("2013".into()))]
        );
        assert_eq!(
            dates("It began two years ago.", ctx),
            [("two years ago".into(), Some("2021".into()))]
        );
    }

    #[test]
    fn ranges_of_days() {
        let tokens = |t: &str| tokenize(t, Span::new(0, t.len()));
        let none = DateContext::default();
        for (text, until) in [
            ("from March 9 through March 20", "03-20"),
            ("from Jan. 28 to Feb. 3", "02-03"),
            ("drills from March 9 to 20 near the border", "03-20"),
            ("drills from 9 to 21 March near the border", "03-21"),
        ] {
            let found = find_dates(text, &tokens(text), none);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].until.as_deref(), Some(until));
        }
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(dates("The Navy may soon have to choose.", DateContext::default()).is_empty());
        assert_eq!(dates("on May 3", DateContext::default()).len(), 1);
    }

    #[test]
    fn civil_day_round_trip() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2023, 1, 30), (2024, 12, 31)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
    }

    /// Words of every shape the cheap rejections in `month`, `day_number` and
    /// `year_of` must let through or turn away.
    const WORDS: &[&str] = &[
        "",
        ".",
        "...",
        "a",
        "an",
        "may",
        "May",
        "jan",
        "jan.",
        "jan..",
        "sept",
        "sept.",
        "september",
        "december",
        "dec",
        "june",
        "jun",
        "janet",
        "mar",
        "marched",
        "1",
        "01",
        "+5",
        "+5th",
        "-5",
        "0",
        "00",
        "31",
        "32",
        "29th",
        "1st",
        "2nd",
        "3rd",
        "4th",
        "9a",
        "1999",
        "2100",
        "2101",
        "1899",
        "+199",
        "-199",
        "0199",
        "1990s",
        "20",
        "2023",
        "20231",
        "a1",
        "x",
        "ago",
        "years",
        "١٢",
        "²",
        "the",
        "said",
        "monday",
        "Monday",
        "31st",
        "4.5",
        "1,000",
        "9:14",
    ];

    #[test]
    fn cheap_rejections_answer_like_the_full_lookups() {
        let months = MONTHS.iter().map(|m| m.to_string());
        let mut words: Vec<String> = WORDS.iter().map(|w| w.to_string()).collect();
        words.extend(months.flat_map(|m| [m.clone(), format!("{m}."), m[..3].to_string()]));
        words.extend((0..2200).map(|n| n.to_string()));
        words.extend((0..40).flat_map(|n| ["st", "nd", "rd", "th"].map(|s| format!("{n}{s}"))));
        for word in &words {
            assert_eq!(month(word), month_named(word), "{word}");
            assert_eq!(day_number(word), day_written(word), "{word}");
            assert_eq!(year_of(word), year_written(word), "{word}");
        }
    }
}
