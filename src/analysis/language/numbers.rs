//! Numbers in news prose, typed: counts with what they count, money, percentages,
//! fractions, tallies, ages, durations, years, and the numbers that are not
//! amounts at all (identifiers such as `Route 66`, ordinals, clock times).
//!
//! Digits (`4,312.50`, `2.3 million`, `$1.2bn`), number words (`six`,
//! `twenty-five`, `four thousand`, `a dozen`), fractions (`two-thirds`),
//! multiples (`twice`), vague amounts (`several`, `dozens`), compounds
//! (`36-page`, `five-minute`, `64-year-old`), ranges (`20 to 30`, `the 1990s`) and
//! tallies (`97-to-51`, `a vote of 97 to 51`, `5-2`) are read. Each mention keeps
//! its span, a hedge (`about`, `more than`) and the precision its writing implies
//! (`60,000` is given to the ten thousand, `61,208` to the unit), so that two
//! outlets' figures can be told apart from two roundings of one figure.

use crate::model::Span;

use super::lexicon::{
    HedgeKind, VerbForm, certainty_cue, changes_a_figure, counts_members, currency_sign,
    currency_word, ends_counted_phrase, event_noun, event_paraphrase, event_verb, fraction_word,
    general_past_verb, hedge, is_comparative_after_part, is_demonstrative, is_determiner,
    is_identifier_head, is_length_qualifier, is_ordinal_word, is_stop_word, is_tally_cue,
    is_tally_result, may_be_amount_word, measure_before_number, measure_unit, multiple_word,
    number_word, ordinal_rank, part_of_day, party_member, rate_adverb, reads_as_plural, scale_word,
    time_unit, vague_amount,
};
use super::tokens::{Token, back_in_clause, stem};

/// How exactly a number is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// As written.
    Exact,
    /// `about`, `roughly`: close to the number.
    About,
    /// `more than`, `over`: the number or above.
    AtLeast,
    /// `less than`, `nearly`, `up to`: the number or below.
    AtMost,
    /// `several`, `dozens`: no definite number.
    Vague,
}

/// What a number measures.
#[derive(Debug, Clone, PartialEq)]
pub enum NumberKind {
    /// A count of something; `unit` is the counted noun phrase, lower-case
    /// (`artillery rounds`), possibly empty.
    Count {
        /// The counted noun phrase.
        unit: String,
    },
    /// A sum of money; `per` is what it is counted against (`student`, `year`).
    Money {
        /// ISO code of the currency (or the word used).
        currency: &'static str,
        /// `per student`, `a year`: the amount is a rate.
        per: Option<String>,
    },
    /// A percentage (fractions are given as percentages too).
    Percent,
    /// A vote, ruling or score; the mention's value is the first number.
    Tally {
        /// The second number.
        against: f64,
    },
    /// A person's or a thing's age in years (`64-year-old`, `Smith, 58,`).
    Age,
    /// A length of time; the value is in `unit`s (`a decade` is 10 years).
    Duration {
        /// `year`, `month`, `week`, `day`, `hour`, `minute` or `second`.
        unit: &'static str,
    },
    /// A multiple (`twice`, `three times`).
    Multiple,
    /// A calendar year used on its own (`in 2016`).
    Year,
    /// A clock time (`9 a.m.`, `9:14`).
    Time,
    /// A rank (`third`, `21st`): never an amount.
    Ordinal,
    /// A number that is part of a name (`Route 66`, `No. 3`, `Ward 7`).
    Identifier,
}

impl NumberKind {
    /// True for numbers that state an amount (not a name, rank, clock time or year).
    pub fn is_amount(&self) -> bool {
        !matches!(
            self,
            NumberKind::Year | NumberKind::Time | NumberKind::Ordinal | NumberKind::Identifier
        )
    }
}

/// One number found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// The whole expression: hedge excluded, currency sign, scale and unit included.
    pub span: Span,
    /// Where the number itself is written (for highlighting the value).
    pub value_span: Span,
    /// The value, scales applied (the lower end of a range).
    pub value: f64,
    /// The upper end of a range (`20 to 30`, `the 60s`).
    pub high: Option<f64>,
    /// How exactly it is stated.
    pub hedge: Hedge,
    /// The step the writing implies: `60,000` → 10,000; `2.3 million` → 100,000.
    pub precision: f64,
    /// What it measures.
    pub kind: NumberKind,
}

/// Words a counted unit may have.
const MAX_UNIT_WORDS: usize = 3;

/// Words before a number searched for a tally cue (`voted 97 to 51`).
const TALLY_CUE_REACH: usize = 4;

/// The years read as calendar years when written alone.
const YEARS: std::ops::RangeInclusive<f64> = 1800.0..=2100.0;

/// Finds the numbers in `tokens` (one sentence of `text`), skipping tokens inside
/// `taken` spans (dates already read).
pub fn find_numbers(text: &str, tokens: &[Token], taken: &[Span]) -> Vec<NumberMention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !may_start_number(&tokens[i].norm) || taken.iter().any(|s| s.overlaps(tokens[i].span)) {
            i += 1;
            continue;
        }
        if let Some((mention, used)) = tally(text, tokens, i) {
            found.push(mention);
            i += used;
            continue;
        }
        match number_at(text, tokens, i) {
            Some((mention, used)) => {
                found.push(mention);
                i += used.max(1);
            }
            None => i += 1,
        }
    }
    for k in 1..found.len() {
        if let Some(unit) = partitive_unit(text, &found[k - 1], &found[k]) {
            found[k - 1].kind = NumberKind::Count { unit };
        }
    }
    found
}

/// The unit a bare count takes from the whole it is a part of: in `nine of the
/// state's 14 seats` or `two of its four reactors`, the nine are seats and the
/// two reactors. None unless `part` counts nothing of its own and `of`, with at
/// most a determiner or a possessive (`the state's`, `New Mexico's`), joins it
/// to `whole`.
fn partitive_unit(text: &str, part: &NumberMention, whole: &NumberMention) -> Option<String> {
    let (NumberKind::Count { unit: own }, NumberKind::Count { unit }) = (&part.kind, &whole.kind)
    else {
        return None;
    };
    if !own.is_empty() || unit.is_empty() {
        return None;
    }
    let gap = text.get(part.span.end..whole.span.start)?;
    let mut words = gap.split_whitespace();
    if words.next() != Some("of") {
        return None;
    }
    let rest: Vec<&str> = words.collect();
    let possessive =
        |word: &str| word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'");
    let qualifier = match rest[..] {
        [] => true,
        [word] => is_determiner(&word.to_lowercase()) || possessive(word),
        // "the state's", "New Mexico's"
        [ref before @ .., last] if rest.len() <= MAX_PARTITIVE_WORDS => {
            possessive(last)
                && before
                    .iter()
                    .all(|w| is_determiner(&w.to_lowercase()) || w.starts_with(char::is_uppercase))
        }
        _ => false,
    };
    qualifier.then(|| unit.clone())
}

/// Most words between `of` and the whole of a part (`of the state's`).
const MAX_PARTITIVE_WORDS: usize = 3;

/// False when no number or tally can start at a token written `word`: every
/// reading begins with a digit, an article (`a dozen`) or one of the lexicon's
/// amount words, before any hyphen. A cheap rejection for the words of an
/// article, every one of which is tried.
fn may_start_number(word: &str) -> bool {
    let head = word.split_once('-').map_or(word, |(head, _)| head);
    head.starts_with(|c: char| c.is_ascii_digit())
        || matches!(head, "a" | "an")
        || may_be_amount_word(head)
}

/// A plain value read from one or more tokens, before its kind is known.
struct Value {
    value: f64,
    high: Option<f64>,
    precision: f64,
    vague: bool,
    /// Tokens used.
    used: usize,
    /// A unit carried inside the token (`36-page` → `page`).
    inner_unit: Option<String>,
    /// Written as an ordinal.
    ordinal: bool,
    /// Written as a fraction (value in percent).
    fraction: bool,
    /// Written as a multiple.
    multiple: bool,
    /// `-year-old` compound.
    age: bool,
}

impl Value {
    fn new(value: f64, precision: f64, used: usize) -> Self {
        Self {
            value,
            high: None,
            precision,
            vague: false,
            used,
            inner_unit: None,
            ordinal: false,
            fraction: false,
            multiple: false,
            age: false,
        }
    }
}

/// Parses digits: `4,312.50`, `60,000`, `1.2bn`, `3rd`, `1990s`. Returns the value,
/// its precision, the suffix kind. Digits grouped as other languages group
/// them, and as translated copy keeps them, are read where no English reading
/// exists (see [`plain_digits`]): `4,5` is four and a half, `1.200.000` a
/// million two hundred thousand, `1.234,5` a decimal.
fn digits(word: &str) -> Option<(f64, f64, &str)> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let end = word
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(word.len());
    let (number, suffix) = word.split_at(end);
    let number = number.trim_end_matches(['.', ',']);
    let plain = plain_digits(number);
    let value: f64 = plain.parse().ok()?;
    Some((value, written_precision(&plain), suffix))
}

/// Digits with separators (`4,312.50`) as plain digits with at most one
/// decimal point (`4312.50`). English groups thousands by commas and marks
/// decimals by a point; much of Europe does the reverse. A comma followed by
/// one or two digits only (`4,5`, `2,65`) groups nothing, so it marks
/// decimals; so does a comma after point-grouped thousands (`1.234,5`); and
/// two or more points, each before three digits (`1.200.000`), group
/// thousands. A single point before three digits (`3.500`) stays a decimal
/// here: what follows the number decides it (see [`thousands_by_point`]).
fn plain_digits(number: &str) -> String {
    let groups: Vec<&str> = number.split(['.', ',']).collect();
    let points = number.matches('.').count();
    let commas = number.matches(',').count();
    let thousands = |groups: &[&str]| groups.iter().all(|g| g.len() == 3);
    let continental = match (points, commas) {
        (0, 1) => (1..=2).contains(&groups[1].len()),
        (1.., 1) => {
            number.rfind(',') > number.rfind('.') && thousands(&groups[1..groups.len() - 1])
        }
        (2.., 0) => thousands(&groups[1..]),
        _ => false,
    };
    if continental {
        number
            .chars()
            .filter(|&c| c != '.')
            .map(|c| if c == ',' { '.' } else { c })
            .collect()
    } else {
        number.chars().filter(|&c| c != ',').collect()
    }
}

/// True when `word`, a number written with one point before three digits
/// (`3.500`, `180.000`), groups thousands: read before a word that counts
/// things or names a currency ("3.500 persons", "25.000 dollars"). Counts
/// of things are whole, and money is never given to a thousandth, so no
/// English reading of such a number exists there; before a scale word, a
/// percentage or a unit of measure (`3.125 billion`, `1.125 percent`,
/// `2.250 km`) it is the decimal English writes. A leading zero (`0.125`)
/// groups nothing.
fn thousands_by_point(word: &str, next: Option<&str>) -> bool {
    let Some((whole, part)) = word.split_once('.') else {
        return false;
    };
    let measured = |w: &str| {
        scale_word(w).is_some()
            || measure_unit(w).is_some()
            || matches!(w, "percent" | "pct" | "per" | "percentage")
    };
    (1..=3).contains(&whole.len())
        && !whole.starts_with('0')
        && whole.bytes().all(|b| b.is_ascii_digit())
        && part.len() == 3
        && part.bytes().all(|b| b.is_ascii_digit())
        && next.is_some_and(|w| w.starts_with(|c: char| c.is_alphabetic()) && !measured(w))
}

/// Three-digit groups that continue the number at token `i` across a space,
/// as French, German and translated copy group thousands ("312 000", "1 200
/// 000", also with a no-break or thin space): the value and how many tokens
/// it takes. The number opens with one to three digits and each group after
/// it has exactly three, one space apart; a year or a longer number never
/// opens such a run ("in 2020 300 people" is two numbers).
fn space_grouped(text: &str, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let is_digits = |t: &Token| t.norm.bytes().all(|b| b.is_ascii_digit());
    let first = &tokens[i];
    if !(1..=3).contains(&first.norm.len()) || !is_digits(first) {
        return None;
    }
    let mut digits = first.norm.clone();
    let mut end = i + 1;
    while let Some(next) = tokens.get(end)
        && next.norm.len() == 3
        && is_digits(next)
        && matches!(
            &text[tokens[end - 1].span.end..next.span.start],
            " " | "\u{a0}" | "\u{2009}" | "\u{202f}"
        )
    {
        digits.push_str(&next.norm);
        end += 1;
    }
    // A group after the last one, or a decimal part, is no such number.
    let ends_cleanly = tokens.get(end).is_none_or(|t| !is_digits(t));
    (end > i + 1 && ends_cleanly).then(|| (digits.parse().ok()).map(|v| (v, end - i)))?
}

/// Integers with fewer digits than this are exact whatever their last digit
/// (`10 years`, `60 people`); longer ones ending in zeros are rounded (`60,000`).
const ROUNDED_FROM_DIGITS: usize = 3;

/// The step a number written as `digits` (no separators) is given to: `4312.50`
/// → 0.01, `60000` → 10,000, `61208` → 1, `10` → 1.
pub fn written_precision(digits: &str) -> f64 {
    match digits.split_once('.') {
        Some((_, decimals)) => 10f64.powi(-(decimals.len() as i32)),
        None if digits.len() < ROUNDED_FROM_DIGITS => 1.0,
        None => {
            let zeros = digits.len() - digits.trim_end_matches('0').len();
            10f64.powi(zeros.min(digits.len() - 1) as i32)
        }
    }
}

/// Tokens before "from" searched for a verb that changes a figure.
const CHANGE_REACH: usize = 6;

/// True when the number at token `start` opens "from X to Y" that tells of a
/// change, not a range: "from" comes right before it and a verb that takes a
/// figure from one value to another (see [`changes_a_figure`]) shortly before
/// that ("raised the parking fee from $4.50 to $6").
fn states_a_change(tokens: &[Token], start: usize) -> bool {
    start > 0
        && tokens[start - 1].norm == "from"
        && tokens[..start - 1]
            .iter()
            .rev()
            .take(CHANGE_REACH)
            .any(|t| changes_a_figure(&t.norm))
}

/// The value starting at token `i`, if any.
fn value_at(tokens: &[Token], i: usize) -> Option<Value> {
    let word = tokens[i].norm.as_str();
    if word.contains('-') {
        return compound(word);
    }
    if let Some((value, precision, suffix)) = digits(word) {
        let mut v = Value::new(value, precision, 1);
        match suffix {
            "" => {}
            "st" | "nd" | "rd" | "th" => v.ordinal = true,
            "s" if value >= 10.0 && value % 10.0 == 0.0 => {
                let step = if value >= 1000.0 && value % 100.0 != 0.0 {
                    10.0
                } else if value >= 1000.0 {
                    100.0
                } else {
                    10.0
                };
                v.high = Some(value + step - 1.0);
            }
            "k" => v = Value::new(value * 1e3, precision * 1e3, 1),
            _ => match scale_word(suffix) {
                Some(scale) => v = Value::new(value * scale, precision * scale, 1),
                None => return None,
            },
        }
        return Some(v);
    }
    if let Some(value) = number_word(word) {
        return Some(Value::new(value, 1.0, 1));
    }
    if is_ordinal_word(word) && word != "second" {
        let mut v = Value::new(0.0, 1.0, 1);
        v.ordinal = true;
        return Some(v);
    }
    if let Some(fraction) = fraction_word(word) {
        // "in the quarter", "the third quarter", "the first half": a period
        // of the year, named, not a share.
        let before = i.checked_sub(1).map(|b| tokens[b].norm.as_str());
        if before.is_some_and(|b| is_determiner(b) || is_ordinal_word(b) || b == "last") {
            return None;
        }
        if let Some((scale, end)) = scale_after_fraction(tokens, i + 1) {
            let value = fraction * scale;
            return Some(Value::new(value, value, end - i));
        }
        let mut v = Value::new(fraction * 100.0, 1.0, 1);
        v.fraction = true;
        return Some(v);
    }
    if let Some(factor) = multiple_word(word) {
        let mut v = Value::new(factor, 1.0, 1);
        v.multiple = true;
        return Some(v);
    }
    if let Some(typical) = vague_amount(word) {
        if matches!(word, "couple" | "few") {
            // Only with their article ("a few"), read below.
            return None;
        }
        let mut v = Value::new(typical, typical, 1);
        v.vague = true;
        return Some(v);
    }
    if word == "a" || word == "an" {
        let next = tokens.get(i + 1)?.norm.as_str();
        if let Some(scale) = scale_word(next).filter(|_| next.len() > 2) {
            return Some(Value::new(scale, scale, 2));
        }
        if next == "dozen" {
            return Some(Value::new(12.0, 1.0, 2));
        }
        if time_unit(next).is_some_and(|(unit, years)| unit == "year" && years > 1.0) {
            // "a decade", "a century": one of them; the unit gives the years.
            return Some(Value::new(1.0, 1.0, 1));
        }
        if let Some(f) = fraction_word(next)
            && let Some((scale, end)) = scale_after_fraction(tokens, i + 2)
        {
            let value = f * scale;
            return Some(Value::new(value, value, end - i));
        }
        if let Some(f) = fraction_word(next) {
            // "a third suspect", "A third, Marc Delmas,": one more of a series.
            let part = !is_ordinal_word(next) || reads_as_fraction(tokens, i);
            let mut v = Value::new(if part { f * 100.0 } else { 0.0 }, 1.0, 2);
            v.fraction = part;
            v.ordinal = !part;
            return Some(v);
        }
        if matches!(next, "couple" | "few") {
            let mut v = Value::new(vague_amount(next)?, 1.0, 2);
            v.vague = true;
            return Some(v);
        }
    }
    None
}

/// The scale a fraction ending before token `at` is a part of ("half a
/// billion", "a quarter of a million": an amount, that part of the scale)
/// and the token after it; `None` when no "a" and a scale word follow.
fn scale_after_fraction(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
    let at = if tokens.get(at)?.norm == "of" {
        at + 1
    } else {
        at
    };
    if !matches!(tokens.get(at)?.norm.as_str(), "a" | "an") {
        return None;
    }
    let word = tokens.get(at + 1)?.norm.as_str();
    let scale = scale_word(word).filter(|_| word.len() > 2)?;
    Some((scale, at + 2))
}

/// True when `a third` (`a fifth`, `a tenth`: words that are ordinals too) at
/// token `i` is a part of something: a part of a whole (`a third of the vote`),
/// a change by a part (`fell by a third`, `a third more`). Otherwise it names
/// one more of a series (`a third suspect`, `A third, Ann Lee, was cleared`).
fn reads_as_fraction(tokens: &[Token], i: usize) -> bool {
    let after = tokens.get(i + 2).map(|t| t.norm.as_str());
    let before = i.checked_sub(1).map(|b| tokens[b].norm.as_str());
    after.is_some_and(|w| w == "of" || is_comparative_after_part(w))
        || matches!(before, Some("by" | "than"))
}

/// A hyphenated token: `twenty-five`, `two-thirds`, `36-page`, `five-minute`,
/// `64-year-old`, `11-month-long`, `20-30` (a range).
fn compound(word: &str) -> Option<Value> {
    if let Some(f) = fraction_word(word) {
        let mut v = Value::new(f * 100.0, 1.0, 1);
        v.fraction = true;
        return Some(v);
    }
    let parts: Vec<&str> = word.split('-').collect();
    let first = parts[0];
    if let [tens, ones] = parts.as_slice()
        && let (Some(t), Some(o)) = (number_word(tens), number_word(ones))
        && t >= 20.0
        && o < 10.0
    {
        return Some(Value::new(t + o, 1.0, 1));
    }
    let (value, precision) = match digits(first) {
        Some((value, precision, "")) => (value, precision),
        _ if parts.len() == 2 && is_superlative(parts[1]) => {
            // "the third-busiest port": a rank, whatever it ranks by.
            let rank = ordinal_rank(first)?;
            let mut v = Value::new(f64::from(rank), 1.0, 1);
            v.inner_unit = Some(RANK.into());
            return Some(v);
        }
        _ => match (parts.as_slice(), fraction_word(first)) {
            // "a quarter-point rise": a fraction of a percentage point.
            ([_, "point"], Some(part)) => {
                let mut v = Value::new(part * 100.0, 1.0, 1);
                v.fraction = true;
                v.inner_unit = Some("point".into());
                return Some(v);
            }
            // "a half-mile radius", "a quarter-hour": a part of one unit.
            ([_, unit], Some(part))
                if measure_unit(unit).is_some() || time_unit(unit).is_some() =>
            {
                (part, part)
            }
            _ => (number_word(first)?, 1.0),
        },
    };
    if let [_, second] = parts.as_slice()
        && let Some((high, _, "")) = digits(second)
        && high > value
    {
        let mut v = Value::new(value, precision, 1);
        v.high = Some(high);
        return Some(v);
    }
    let rest = &parts[1..];
    if rest.is_empty() || rest.iter().any(|p| p.is_empty()) {
        return None;
    }
    let mut v = Value::new(value, precision, 1);
    if rest.len() >= 2 && rest[rest.len() - 1] == "old" {
        // An age in years: "two-decade-old" is twenty years old.
        let years = match rest[0] {
            "decade" | "decades" => 10.0,
            "century" | "centuries" => 100.0,
            _ => 1.0,
        };
        v = Value::new(value * years, precision, 1);
        v.age = true;
        return Some(v);
    }
    if rest
        .iter()
        .all(|p| p.chars().all(char::is_alphabetic) && !is_stop_word(p))
        || rest.last() == Some(&"long")
    {
        v.inner_unit = Some(rest[0].to_string());
        return Some(v);
    }
    None
}

/// Reads the number at token `i` with its scale, hedge, currency, percent sign and
/// unit, and types it.
fn number_at(text: &str, tokens: &[Token], i: usize) -> Option<(NumberMention, usize)> {
    let mut v = value_at(tokens, i)?;
    if let Some((value, used)) = space_grouped(text, tokens, i) {
        v = Value::new(value, written_precision(&value.to_string()), used);
    } else if v.used == 1
        && !text[tokens[i].span.end..].starts_with('%')
        && thousands_by_point(&tokens[i].norm, tokens.get(i + 1).map(|t| t.norm.as_str()))
    {
        let plain = tokens[i].norm.replace('.', "");
        v = Value::new(plain.parse().ok()?, written_precision(&plain), 1);
    }
    let start = i;
    let mut end = i + v.used;
    // "four thousand", "2.3 million", "two hundred".
    while let Some(scale) = tokens.get(end).and_then(|t| scale_word(&t.norm)) {
        if tokens[end].norm.len() <= 2 && !attached(text, tokens, end) {
            break;
        }
        v.value *= scale;
        v.precision *= scale;
        v.high = v.high.map(|h| h * scale);
        end += 1;
    }
    // "dozens of", "hundreds of".
    if v.vague && tokens.get(end).is_some_and(|t| t.norm == "of") {
        end += 1;
    }
    // "three times".
    if tokens.get(end).is_some_and(|t| t.norm == "times") && !v.vague {
        v.multiple = true;
        end += 1;
    }
    // A range "20 to 30", "between 20 and 30", its ends written alike: "rose
    // 24% to $41.18" is a change and a price, not a range. So is "raised the
    // fare from $2.75 to $3.25" (see [`states_a_change`]): it states the old
    // sum and the new, two figures each outlet may give alone.
    if v.high.is_none()
        && let Some(link) = tokens.get(end).map(|t| t.norm.as_str())
        && matches!(link, "to" | "and")
        && (link == "to" || (start > 0 && tokens[start - 1].norm == "between"))
        && !states_a_change(tokens, start)
        && !text[tokens[end - 1].span.end..tokens[end].span.start].contains('%')
        && tokens.get(end + 1).is_some_and(|next| {
            currency_before(text, next.span.start).is_some()
                == currency_before(text, tokens[start].span.start).is_some()
        })
        && let Some(second) = tokens.get(end + 1).and_then(|_| value_at(tokens, end + 1))
        && second.value > v.value
        && !second.ordinal
    {
        let mut scale_end = end + 1 + second.used;
        let mut high = second.value;
        while let Some(scale) = tokens.get(scale_end).and_then(|t| scale_word(&t.norm)) {
            high *= scale;
            scale_end += 1;
        }
        if high > v.value {
            v.high = Some(high);
            end = scale_end;
        }
    }
    let hedge_kind = hedge_before(tokens, start);
    let currency = currency_before(text, tokens[start].span.start);
    let value_span = Span::new(
        currency.map_or(tokens[start].span.start, |(_, at)| at),
        tokens[end - 1].span.end,
    );
    let mut last = end;
    let kind = if let Some((code, _)) = currency {
        let (per, after) = per_unit(tokens, end);
        last = after;
        NumberKind::Money {
            currency: code,
            per,
        }
    } else if v.ordinal
        && let Some(rank) = ordinal_rank(&tokens[start].norm)
        && let Some((unit, after)) = superlative_after(tokens, end)
            .map(|after| (RANK.to_string(), after))
            .or_else(|| streak_after(tokens, end))
    {
        // "the third largest port", "the second most visited": a rank; "the
        // fifth consecutive increase", "its fifth hike in a row": a count of
        // the events in an unbroken run, so the two compare.
        v.value = f64::from(rank);
        last = after;
        NumberKind::Count { unit }
    } else if v.ordinal {
        NumberKind::Ordinal
    } else if identifier(text, tokens, start) {
        NumberKind::Identifier
    } else if v.age || age_context(text, tokens, start, end) {
        NumberKind::Age
    } else if let Some((name, per_unit, after)) = fraction_of_time(&v, tokens, end) {
        // "a quarter of an hour", "half a day": a length of time.
        let scale = per_unit / 100.0;
        v.value *= scale;
        v.precision *= scale;
        v.high = v.high.map(|h| h * scale);
        last = after;
        NumberKind::Duration { unit: name }
    } else if let Some((per_point, after)) = points_after(tokens, end, v.fraction)
        .or_else(|| (v.fraction && v.inner_unit.as_deref() == Some("point")).then_some((0.01, end)))
    {
        // "25 basis points", "a quarter point", "0.25 percentage points": one
        // change of a rate, given in percentage points however it is written.
        v.value *= per_point;
        v.precision *= per_point;
        v.high = v.high.map(|h| h * per_point);
        last = after;
        NumberKind::Percent
    } else if v.fraction || percent_after(text, tokens, end).is_some() {
        if let Some(after) = percent_after(text, tokens, end) {
            last = after;
        }
        NumberKind::Percent
    } else if v.multiple {
        NumberKind::Multiple
    } else if let Some(after) = clock_time(text, tokens, start, end) {
        last = after;
        NumberKind::Time
    } else if let Some(word) = tokens.get(end).map(|t| t.norm.as_str())
        && let Some(code) = currency_word(word)
        && !(word == "won" && !v.vague && v.value < 1000.0)
    {
        let (per, after) = per_unit(tokens, end + 1);
        last = after;
        NumberKind::Money {
            currency: code,
            per,
        }
    } else {
        // "magnitude 6.8": a measure written before its value is its unit,
        // as in "6.8-magnitude".
        let measure = start
            .checked_sub(1)
            .map(|p| tokens[p].norm.as_str())
            .filter(|w| measure_before_number(w));
        let unit = match (&v.inner_unit, measure) {
            (Some(unit), _) if counts_members(unit) => {
                // "a three-person crew": three crew members.
                let (whole, after) = lower_case_unit(text, tokens, end);
                if whole.is_empty() {
                    unit.clone()
                } else {
                    last = after;
                    format!("{whole} members")
                }
            }
            (Some(unit), _) => unit.clone(),
            (None, Some(measure)) => measure.to_string(),
            (None, None) => {
                let (unit, after) = unit_after(text, tokens, end);
                last = after;
                if !unit.is_empty() {
                    unit
                } else {
                    let whole = unnumbered_whole_unit(text, tokens, end);
                    if whole.is_empty() {
                        figure_unit(text, tokens, start)
                    } else {
                        whole
                    }
                }
            }
        };
        if let Some((name, years)) = unit_time(&unit) {
            v.value *= years;
            v.precision *= years;
            v.high = v.high.map(|h| h * years);
            NumberKind::Duration { unit: name }
        } else if !unit.split_whitespace().last().is_some_and(reads_as_plural)
            && v.inner_unit.is_none()
            && !v.vague
            && hedge_kind.is_none()
            && v.high.is_none()
            && v.value.fract() == 0.0
            && YEARS.contains(&v.value)
            && tokens[start].norm.len() == 4
        {
            // "in 2024", "the 2024 election": a year, and a singular noun after
            // it is what the year qualifies.
            last = end;
            NumberKind::Year
        } else {
            NumberKind::Count { unit }
        }
    };
    let hedge = if v.vague {
        Hedge::Vague
    } else {
        match hedge_kind {
            Some(HedgeKind::About) => Hedge::About,
            Some(HedgeKind::AtLeast) => Hedge::AtLeast,
            Some(HedgeKind::AtMost) => Hedge::AtMost,
            None => Hedge::Exact,
        }
    };
    let span = Span::new(value_span.start, tokens[last.max(end) - 1].span.end);
    Some((
        NumberMention {
            span,
            value_span,
            value: v.value,
            high: v.high,
            hedge,
            precision: v.precision,
            kind,
        },
        last.max(end) - start,
    ))
}

/// True when token `i` follows the one before it with only a space (`1.2 bn`).
fn attached(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0
        && text[tokens[i - 1].span.end..tokens[i].span.start]
            .trim()
            .is_empty()
}

/// The hedge written before token `i` (`about`, `more than`).
fn hedge_before(tokens: &[Token], i: usize) -> Option<HedgeKind> {
    let word = tokens.get(i.checked_sub(1)?)?.norm.as_str();
    let previous = i
        .checked_sub(2)
        .and_then(|p| tokens.get(p))
        .map(|t| t.norm.as_str());
    hedge(previous, word)
}

/// A currency sign right before byte `at` (`$100`, `US$ 5`), with its offset.
fn currency_before(text: &str, at: usize) -> Option<(&'static str, usize)> {
    let before = text[..at].trim_end_matches(' ');
    let sign = before.chars().last()?;
    let code = currency_sign(sign)?;
    let sign_at = before.len() - sign.len_utf8();
    let start = if before[..sign_at].ends_with("US") {
        sign_at - 2
    } else {
        sign_at
    };
    Some((code, start))
}

/// `per student`, `a year`, `every day`, `annually` after an amount: what it is
/// a rate of, and the token after. However the rate is written, one period gives
/// one unit (`a day` = `every day` = `daily`), so the same rate compares equal.
fn per_unit(tokens: &[Token], end: usize) -> (Option<String>, usize) {
    let Some(first) = tokens.get(end).map(|t| t.norm.as_str()) else {
        return (None, end);
    };
    if let Some(unit) = rate_adverb(first) {
        return (Some(unit.to_string()), end + 1);
    }
    if matches!(first, "per" | "a" | "an" | "each" | "every")
        && let Some(unit) = tokens.get(end + 1).map(|t| t.norm.as_str())
        && !is_stop_word(unit)
        && unit.chars().all(char::is_alphabetic)
        && (first == "per" || time_unit(unit).is_some() || matches!(unit, "person" | "head"))
    {
        return (Some(unit.to_string()), end + 2);
    }
    (None, end)
}

/// `%`, `percent`, `per cent`, `pct`, `percentage points` after token `end - 1`:
/// the token after.
fn percent_after(text: &str, tokens: &[Token], end: usize) -> Option<usize> {
    let last = tokens.get(end - 1)?;
    if text[last.span.end..].starts_with('%') {
        return Some(end);
    }
    match tokens.get(end).map(|t| t.norm.as_str()) {
        Some("percent" | "pct") => Some(end + 1),
        Some("per") if tokens.get(end + 1).is_some_and(|t| t.norm == "cent") => Some(end + 2),
        Some("percentage") if tokens.get(end + 1).is_some_and(|t| t.norm == "points") => {
            Some(end + 2)
        }
        _ => None,
    }
}

/// The unit of a rank ("the third-busiest port"): outlets rank one thing by
/// different superlatives ("busiest", "largest"), so the rank is the fact.
const RANK: &str = "rank";

/// True for a superlative adjective ("largest", "busiest", "biggest").
fn is_superlative(word: &str) -> bool {
    word.len() > 5 && word.ends_with("est") && !matches!(word, "honest" | "modest" | "interest")
}

/// The token after a superlative following an ordinal that ends before token
/// `end` ("third largest", "second most visited").
fn superlative_after(tokens: &[Token], end: usize) -> Option<usize> {
    let word = tokens.get(end)?.norm.as_str();
    if is_superlative(word) {
        return Some(end + 1);
    }
    (word == "most" && tokens.get(end + 1).is_some_and(|t| !is_stop_word(&t.norm)))
        .then_some(end + 2)
}

/// The run an ordinal ending before token `end` counts, written `consecutive
/// (straight, successive) NOUN` or `NOUN in a row (in succession, running)`:
/// the unit `consecutive` and the noun's event class when it names one (a
/// `hike`, a `rise` and an `increase` are one run), else its stem; and the
/// token after.
fn streak_after(tokens: &[Token], end: usize) -> Option<(String, usize)> {
    let word = |at: usize| tokens.get(at).map(|t| t.norm.as_str());
    let (noun_at, after) = if matches!(word(end)?, "consecutive" | "straight" | "successive") {
        (end + 1, end + 2)
    } else if word(end + 1) == Some("in")
        && word(end + 2) == Some("a")
        && word(end + 3) == Some("row")
    {
        (end, end + 4)
    } else if word(end + 1) == Some("in") && word(end + 2) == Some("succession") {
        (end, end + 3)
    } else if word(end + 1) == Some("running") {
        (end, end + 2)
    } else {
        return None;
    };
    let noun = word(noun_at).filter(|w| w.chars().all(char::is_alphabetic) && !is_stop_word(w))?;
    let class = event_verb(noun)
        .map(|(class, _)| class)
        .or_else(|| event_paraphrase(noun))
        .map(|class| event_paraphrase(class).unwrap_or(class))
        .unwrap_or_else(|| stem(noun));
    Some((format!("consecutive {class}"), after))
}

/// Percentage points after token `end - 1`, the way a change of a rate is
/// written: `basis point(s)` and `bp`/`bps` (a hundredth of a point each),
/// `percentage point(s)`, and `point(s)` after a fraction (`a quarter point`,
/// `a half-point`; the fraction's value is in percent). What one written unit
/// is in points, and the token after. Plain `points` after a count are left
/// alone: a score or an index moves by points of its own.
fn points_after(tokens: &[Token], end: usize, fraction: bool) -> Option<(f64, usize)> {
    let word = |at: usize| tokens.get(at).map(|t| t.norm.as_str());
    match word(end)? {
        "basis" if matches!(word(end + 1), Some("point" | "points")) => Some((0.01, end + 2)),
        "bp" | "bps" => Some((0.01, end + 1)),
        "percentage" if word(end + 1) == Some("point") => Some((1.0, end + 2)),
        "point" | "points" | "percentage-point" if fraction => Some((0.01, end + 1)),
        _ => None,
    }
}

/// True when the number at token `i` is part of a name or identifier: after a
/// capitalised word inside the sentence or an identifier word (`Route 66`,
/// `No. 3`), or a hyphen compound with a capitalised name (`Bastion-26`, `F-35`;
/// a number word capitalised, `Twenty-three`, `Two-thirds`, names none).
fn identifier(text: &str, tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    let written = token.span.slice(text);
    if written.starts_with(|c: char| c.is_alphabetic()) && written.contains('-') {
        let head = token.norm.split('-').next().unwrap_or_default();
        let counts = super::lexicon::number_word(head).is_some();
        return (written.starts_with(char::is_uppercase) && !counts) || written.starts_with("I-");
    }
    let Some(previous) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    let between = &text[previous.span.end..token.span.start];
    if !(between == " " || between == ". " || between == " #" || between == "-") {
        return false;
    }
    let prev_written = previous.span.slice(text);
    let capitalised = prev_written.starts_with(char::is_uppercase);
    let headword = is_identifier_head(&previous.norm);
    // A capitalised word opening the sentence or a clause after a colon or
    // dash ("Evacuations: Roughly 6,500 people") names nothing; nor does a
    // hedge ("About 1,100").
    let opens_clause =
        i == 1 || text[tokens[i - 2].span.end..previous.span.start].contains([':', ';', '—', '(']);
    let names_nothing = opens_clause || super::lexicon::hedge(None, &previous.norm).is_some();
    // A number word after a name counts ("gave Republicans nine seats"); only
    // digits follow a name as part of it ("Ward 7", "Apollo 11").
    let digits = written.starts_with(|c: char| c.is_ascii_digit());
    // An acronym in capitals may stand before a count ("the EU 27 leaders"
    // aside); one joined by an ampersand is a company's or an index's name
    // ("S&P 500", "AT&T").
    let acronym = prev_written
        .chars()
        .all(|c| c.is_uppercase() || !c.is_alphabetic());
    (headword && (capitalised || previous.norm == "no"))
        || (capitalised
            && digits
            && !names_nothing
            && (!acronym || text[..previous.span.start].ends_with('&'))
            && super::lexicon::number_word(&previous.norm).is_none())
}

/// True when the number is an age: `aged 58`, `age 58`, or a number set off by
/// commas right after a capitalised name (`Smith, 58, said`, `Hale Jr., 54,`, or translated,
/// `Smith, of 58 years,`), or `in their 60s`.
fn age_context(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let previous = start.checked_sub(1).map(|p| &tokens[p]);
    if previous.is_some_and(|p| matches!(p.norm.as_str(), "aged" | "age" | "ages")) {
        return true;
    }
    let written = tokens[start].span.slice(text);
    if written.ends_with('s')
        && start >= 2
        && tokens[start - 2].norm == "in"
        && matches!(
            tokens[start - 1].norm.as_str(),
            "his" | "her" | "their" | "its" | "our" | "my" | "your"
        )
    {
        return true;
    }
    let Some(previous) = previous else {
        return false;
    };
    // "Villanueva, of 51 years, is a lawyer": a translated age, set off after
    // a name like "Villanueva, 51," (a thing's "lease, of 30 years," is not).
    if previous.norm == "of"
        && start >= 2
        && tokens.get(end).is_some_and(|t| t.norm == "years")
        && text[tokens[start - 2].span.end..previous.span.start].trim() == ","
        && tokens[start - 2]
            .span
            .slice(text)
            .starts_with(char::is_uppercase)
        && text[tokens[end].span.end..]
            .trim_start()
            .starts_with([',', ')', '.'])
    {
        return true;
    }
    // "a child of 6 years", "the man of 45 years": a person's age as
    // translated copy writes it (a "lease of 30 years" is a length of time).
    if previous.norm == "of"
        && start >= 2
        && tokens
            .get(end)
            .is_some_and(|t| matches!(t.norm.as_str(), "years" | "year"))
        && super::lexicon::is_person_noun(&tokens[start - 2].norm)
    {
        return true;
    }
    let before = &text[previous.span.end..tokens[start].span.start];
    let after = tokens
        .get(end)
        .map_or(&text[tokens[end - 1].span.end..], |next| {
            &text[tokens[end - 1].span.end..next.span.start]
        });
    let after = after.trim_start();
    // A name ending in an abbreviated suffix keeps its full stop before the
    // comma ("Martin Hale Jr., 54,").
    let set_off = match before.trim() {
        "," => true,
        ".," => super::lexicon::is_name_suffix(&previous.norm),
        _ => false,
    };
    set_off
        && previous.span.slice(text).starts_with(char::is_uppercase)
        && (after.starts_with(',') || after.starts_with(')') || after.starts_with('.'))
        && tokens[start].norm.len() <= 3
}

/// A clock time at tokens `start..end` (`9 a.m.`, `9:14 p.m.`, `10:30`): the token
/// after it.
fn clock_time(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    // "at 14.38 hours": a 24-hour time in continental and translated copy,
    // after a word that places something in time.
    // So is "at 2.10 of the night" or "at 7.15 in the morning": the part of
    // the day named after it.
    let hours_word = tokens
        .get(end)
        .is_some_and(|t| matches!(t.norm.as_str(), "hours" | "hrs" | "h"));
    let day_part_after = tokens
        .get(end..)
        .and_then(|after| part_of_day(after.iter().map(|t| t.norm.as_str())))
        .is_some();
    if end == start + 1
        && start > 0
        && placed_in_time(tokens, start)
        && (hours_word || day_part_after)
        && tokens[start]
            .norm
            .split_once('.')
            .and_then(|(h, m)| {
                let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
                (h.len() <= 2 && m.len() == 2 && digits(h) && digits(m))
                    .then(|| (h.parse::<u32>().ok(), m.parse::<u32>().ok()))
            })
            .is_some_and(|(h, m)| h.is_some_and(|h| h < 24) && m.is_some_and(|m| m < 60))
    {
        return Some(if hours_word { end + 1 } else { end });
    }
    if end == start + 1
        && text[tokens[start].span.end..].starts_with(':')
        && tokens.get(end).is_some_and(|t| {
            // "9:14", or "9:14pm" written as one word after the colon.
            let minutes = t
                .norm
                .strip_suffix("am")
                .or_else(|| t.norm.strip_suffix("pm"))
                .unwrap_or(&t.norm);
            minutes.len() == 2 && minutes.chars().all(|c| c.is_ascii_digit())
        })
    {
        let mut after = end + 1;
        if let Some(t) = tokens.get(after)
            && matches!(t.norm.as_str(), "a.m" | "p.m" | "am" | "pm")
        {
            after += 1;
        }
        return Some(after);
    }
    tokens
        .get(end)
        .filter(|t| matches!(t.norm.as_str(), "a.m" | "p.m" | "am" | "pm" | "o'clock"))
        .map(|_| end + 1)
}

/// True when the words before token `at` place it in time ("at", "after",
/// "until", "at around"), as before a 24-hour time written with a full stop;
/// "about" or "around" alone may hedge a length ("lasted about 10.50 hours").
fn placed_in_time(tokens: &[Token], at: usize) -> bool {
    let word = |k: usize| k.checked_sub(1).map(|k| tokens[k].norm.as_str());
    match word(at) {
        Some("at" | "after" | "before" | "until" | "till" | "by" | "from" | "since") => true,
        Some("about" | "around") => word(at - 1) == Some("at"),
        _ => false,
    }
}

/// The counted unit after token `end - 1`: up to three lower-case content words
/// (`artillery rounds`, `new student laptops`), ending at its plural head (`23
/// cars across the tracks`), before a verb after the first word (`40 people
/// died`) or a preposition or adverb of place (`65 mph along the shore`), and
/// the token after them. A past form right after the number is the count's own
/// verb (`38,450 remained`, `three held gas`), not part of its unit, unless a
/// plural noun follows it (`23 derailed cars`) or it names the counted event
/// (`17 injured`).
fn unit_after(text: &str, tokens: &[Token], end: usize) -> (String, usize) {
    let (unit, next) = lower_case_unit(text, tokens, end);
    if unit.is_empty()
        && let Some(skipped) = proper_modifiers(text, tokens, end)
    {
        let (unit, next) = lower_case_unit(text, tokens, end + skipped);
        if unit.split_whitespace().last().is_some_and(reads_as_plural) {
            return (unit, next);
        }
    }
    (unit, next)
}

/// Most capitalised words read as modifiers between a number and its unit.
const MAX_PROPER_MODIFIERS: usize = 2;

/// How many capitalised words right after token `end - 1` qualify what follows
/// them (`three Baltic container terminals`, `200 U.S. troops`, `four
/// Democratic senators`): a place's or party's name is not what is counted, so
/// the lower-case plural after it is the unit. None when no such word follows.
fn proper_modifiers(text: &str, tokens: &[Token], end: usize) -> Option<usize> {
    let mut count = 0;
    while count < MAX_PROPER_MODIFIERS {
        let Some(token) = tokens.get(end + count) else {
            break;
        };
        let written = token.span.slice(text);
        let joined = adjoins(text, tokens, end + count);
        let proper = written.starts_with(char::is_uppercase)
            && written
                .chars()
                .all(|c| c.is_alphabetic() || c == '.' || c == '-');
        if !joined || !proper {
            break;
        }
        count += 1;
    }
    (count > 0).then_some(count)
}

/// True when token `k` follows token `k - 1` with nothing but space between
/// them, or the full stop of an abbreviation (`U.S. troops`).
fn adjoins(text: &str, tokens: &[Token], k: usize) -> bool {
    let gap = text[tokens[k - 1].span.end..tokens[k].span.start].trim();
    gap.is_empty() || (gap == "." && tokens[k - 1].norm.contains('.'))
}

/// What a count of part of a whole with no number counts: the plural after
/// `of` and a determiner ("five of the derailed cars", "two of its plants").
/// A whole with its own number ("nine of the 14 seats") gives nothing here:
/// [`partitive_unit`] reads it.
fn unnumbered_whole_unit(text: &str, tokens: &[Token], end: usize) -> String {
    // "those" and "these" may stand alone ("five of those carried …").
    let of_the = tokens.get(end).is_some_and(|t| t.norm == "of")
        && tokens
            .get(end + 1)
            .is_some_and(|t| is_determiner(&t.norm) && !is_demonstrative(&t.norm));
    if !of_the {
        return String::new();
    }
    plural_unit(text, tokens, end + 2).unwrap_or_default()
}

/// The lower-case noun phrase starting at token `at` (see
/// [`lower_case_unit`]) when its last word reads as a plural: things that
/// can be counted ("of the derailed cars", "number of people killed").
fn plural_unit(text: &str, tokens: &[Token], at: usize) -> Option<String> {
    let (unit, _) = lower_case_unit(text, tokens, at);
    unit.split_whitespace()
        .last()
        .is_some_and(reads_as_plural)
        .then_some(unit)
}

/// Tokens searched back from a bare number for the figure it gives.
const FIGURE_REACH: usize = 20;

/// What a bare number counts when it gives the value of a figure named before
/// it in its clause ("the number of people killed … rose to 17": people; "the
/// death toll climbed to 17": people; "put its magnitude at 7.0": magnitude).
/// The number must be what the figure comes to: after `to`, `at`, `reached`
/// or a form of `be`; otherwise it counts something else of the clause.
fn figure_unit(text: &str, tokens: &[Token], start: usize) -> String {
    let sets_figure = start.checked_sub(1).is_some_and(|p| {
        matches!(
            tokens[p].norm.as_str(),
            "to" | "at" | "reached" | "hit" | "topped" | "passed" | "is" | "was" | "stood"
        )
    });
    if !sets_figure {
        return String::new();
    }
    for k in back_in_clause(text, tokens, start, FIGURE_REACH) {
        let word = tokens[k].norm.as_str();
        if word == "number"
            && tokens.get(k + 1).is_some_and(|t| t.norm == "of")
            && let Some(unit) = plural_unit(text, tokens, k + 2)
        {
            return unit;
        }
        if word == "toll" && k > 0 && tokens[k - 1].norm == "death" {
            return "people".to_string();
        }
        if measure_before_number(word) {
            return word.to_string();
        }
    }
    String::new()
}

/// The lower-case unit words after token `end - 1` (see [`unit_after`]).
fn lower_case_unit(text: &str, tokens: &[Token], end: usize) -> (String, usize) {
    let mut unit = Vec::new();
    let mut next = end;
    while unit.len() < MAX_UNIT_WORDS {
        let Some(token) = tokens.get(next) else { break };
        let word = token.norm.as_str();
        let is_word = word.chars().all(|c| c.is_alphabetic() || c == '-');
        let joined = adjoins(text, tokens, next);
        let verb = if unit.is_empty() {
            is_past_form(word)
                && event_noun(word).is_none()
                && !tokens
                    .get(next + 1)
                    .is_some_and(|after| reads_as_plural(&after.norm))
        } else {
            word.ends_with("ed") || event_verb(word).is_some()
        };
        if !is_word
            || !joined
            || verb
            || is_stop_word(word)
            || ends_counted_phrase(word)
            || value_at(tokens, next).is_some()
            || (token.span.slice(text).starts_with(char::is_uppercase) && !is_party_members(word))
        {
            break;
        }
        unit.push(word.to_string());
        next += 1;
        if time_unit(word).is_some() || reads_as_plural(word) {
            break;
        }
    }
    (unit.join(" "), next)
}

/// True for a past form of a verb (`remained`, `held`, `spoke`, `asked`).
fn is_past_form(word: &str) -> bool {
    general_past_verb(word).is_some()
        || (word.ends_with("ed") && certainty_cue(word).is_some())
        || event_verb(word).is_some_and(|(_, form)| form == VerbForm::Past)
}

/// True for the plural of a party-member noun ("Democrats", "Republicans"): a
/// capitalised word that is still what a count counts ("three Democrats").
fn is_party_members(word: &str) -> bool {
    word.strip_suffix('s').and_then(party_member).is_some()
}

/// The unit of time a fraction ending before token `end` is a part of ("a
/// quarter of an hour", "half a day", "two-thirds of a year"): the unit's
/// name, how many of it one of the written unit is, and the token after it.
fn fraction_of_time(v: &Value, tokens: &[Token], end: usize) -> Option<(&'static str, f64, usize)> {
    if !v.fraction {
        return None;
    }
    let mut at = end;
    if tokens.get(at).is_some_and(|t| t.norm == "of") {
        at += 1;
    }
    if tokens
        .get(at)
        .is_some_and(|t| matches!(t.norm.as_str(), "a" | "an" | "the"))
    {
        at += 1;
    }
    let word = tokens.get(at)?.norm.as_str();
    if word.ends_with('s') {
        return None;
    }
    let (name, per_unit) = time_unit(word)?;
    Some((name, per_unit, at + 1))
}

/// The time unit a unit phrase is (its first word: `years`, `decades`,
/// `minute`; or its second after a word like `long` or `full`: "two long
/// years"), with its length in the unit named.
fn unit_time(unit: &str) -> Option<(&'static str, f64)> {
    let mut words = unit.split_whitespace();
    let first = words.next()?;
    time_unit(first).or_else(|| {
        is_length_qualifier(first)
            .then(|| words.next())
            .flatten()
            .and_then(time_unit)
    })
}

/// True for a season or school or fiscal year written as two years, the
/// second in two digits or four (`2026-27`, `1999-2000`): no vote's tally.
fn season(first: f64, second: f64) -> bool {
    (1900.0..=2100.0).contains(&first) && (second == (first + 1.0) % 100.0 || second == first + 1.0)
}

/// A tally at token `i`: `97-to-51`; `5-2` or `97 to 51` or `five to two` after a
/// tally cue (`voted`, `a vote of`) or before a noun naming the result (`vote`,
/// `a narrow 131 to 104 defeat`); a count for and a count against (`131 votes
/// for and 105 against`). Returns the mention and how many tokens it takes.
fn tally(text: &str, tokens: &[Token], i: usize) -> Option<(NumberMention, usize)> {
    let whole = |word: &str| -> Option<f64> {
        if word.chars().all(|c| c.is_ascii_digit()) && !word.is_empty() && word.len() <= 4 {
            word.parse().ok()
        } else {
            number_word(word).filter(|_| !word.contains('-'))
        }
    };
    // Looked for only where a tally may follow: every token is tried.
    let cue_before =
        || (i.saturating_sub(TALLY_CUE_REACH)..i).any(|k| is_tally_cue(&tokens[k].norm));
    let word = tokens[i].norm.as_str();
    let hyphenated = word.split_once('-');
    let (first, second, used) =
        if let Some((a, b)) = hyphenated.and_then(|_| word.split_once("-to-")) {
            (whole(a)?, whole(b)?, 1)
        } else if let Some((a, b)) = hyphenated {
            let (a, b) = (whole(a)?, whole(b)?);
            let cue_after = tokens.get(i + 1).is_some_and(|t| is_tally_result(&t.norm));
            let in_digits = word.starts_with(|c: char| c.is_ascii_digit());
            if !(cue_after || (a > b && in_digits) || cue_before()) || season(a, b) {
                return None;
            }
            (a, b, 1)
        } else {
            let a = whole(word)?;
            let link = tokens.get(i + 1)?;
            let between_dash = {
                let gap = text[tokens[i].span.end..link.span.start].trim();
                matches!(gap, "–" | "—" | "-")
            };
            let result_after = || tokens.get(i + 2).is_some_and(|t| is_tally_result(&t.norm));
            if between_dash && (cue_before() || result_after()) {
                (a, whole(&link.norm)?, 2)
            } else if matches!(link.norm.as_str(), "to" | "against")
                || (is_votes(&link.norm)
                    && matches!(tokens.get(i + 2)?.norm.as_str(), "to" | "against"))
            {
                // "97 to 51", "seven votes to two", "seven votes against two": the
                // word "votes" is cue enough ("voices" in translated copy).
                // "31 against 19" needs a cue as "31 to 19" does.
                let offset = if is_votes(&link.norm) { 3 } else { 2 };
                let b = whole(&tokens.get(i + offset)?.norm)?;
                // "a humiliating 131 to 104 defeat", "31 against 19 votes": a
                // result noun after the pair is cue enough, whatever stands
                // before it.
                let cue_after = tokens
                    .get(i + offset + 1)
                    .is_some_and(|t| is_tally_result(&t.norm) || is_votes(&t.norm));
                if !(cue_after || is_votes(&link.norm) || cue_before()) || b > a {
                    return None;
                }
                (a, b, offset + 1)
            } else if let Some((at, end)) = against_after_for(tokens, i) {
                (a, whole(&tokens[at].norm)?, end - i)
            } else if let Some(at) = share_against(tokens, i) {
                (a, whole(&tokens[at].norm)?, at - i + 1)
            } else {
                return None;
            }
        };
    if first < second {
        return None;
    }
    // A share's sign after the last number is part of it ("53% to 47%").
    let last = tokens[i + used - 1].span.end;
    let end = if text[last..].starts_with('%') {
        last + 1
    } else {
        last
    };
    let span = Span::new(tokens[i].span.start, end);
    Some((
        NumberMention {
            span,
            value_span: span,
            value: first,
            high: None,
            hedge: Hedge::Exact,
            precision: 1.0,
            kind: NumberKind::Tally { against: second },
        },
        used,
    ))
}

/// Where the count against stands in `12 in favour and 3 against`, `12 votes
/// in favor, 3 opposed` or `131 votes for and 105 (votes) against` (the count
/// for at token `i`), and the token after the tally's last word. A count
/// marked as for (`for`, `in favour`) joined to a count marked as against
/// (`against`, `opposed`) is a tally without any other cue: both sides named.
fn against_after_for(tokens: &[Token], i: usize) -> Option<(usize, usize)> {
    let word = |at: usize| tokens.get(at).map(|t| t.norm.as_str());
    let mut at = i + 1;
    if word(at) == Some("votes") {
        at += 1;
    }
    at += match (word(at), word(at + 1)) {
        (Some("in"), Some("favour" | "favor")) => 2,
        (Some("for"), _) => 1,
        _ => return None,
    };
    if word(at) == Some("and") {
        at += 1;
    }
    let second = at;
    at += 1;
    if word(at) == Some("votes") {
        at += 1;
    }
    matches!(word(at), Some("against" | "opposed")).then_some((second, at + 1))
}

/// Tokens of the name whose share another share is set against.
const SHARE_NAME_REACH: usize = 3;

/// True for the noun counting votes in a tally: `votes`, or `voices` as
/// translated copy renders the word of other languages (`voix`, `Stimmen`).
fn is_votes(word: &str) -> bool {
    matches!(word, "votes" | "voices")
}

/// Where the second share of a vote stands in `52% of the vote to Halloran's
/// 48%` (the share at token `i`): after "of the vote to" and a possessive
/// name. A vote given as the winner's share against the loser's is a tally.
fn share_against(tokens: &[Token], i: usize) -> Option<usize> {
    let words = ["of", "the", "vote", "to"];
    let follows = words
        .iter()
        .enumerate()
        .all(|(k, w)| tokens.get(i + 1 + k).is_some_and(|t| t.norm == *w));
    if !follows {
        return None;
    }
    let name = i + 1 + words.len();
    (name..name + SHARE_NAME_REACH)
        .find(|&k| tokens.get(k).is_some_and(|t| t.norm.ends_with("'s")))
        .map(|k| k + 1)
        .filter(|&k| {
            tokens
                .get(k)
                .is_some_and(|t| t.norm.chars().all(|c| c.is_ascii_digit()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::lexicon::amount_words;
    use crate::analysis::language::tokens::tokenize;

    fn numbers(text: &str) -> Vec<(String, f64, NumberKind, Hedge)> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        find_numbers(text, &tokens, &[])
            .into_iter()
            .map(|n| (n.span.slice(text).to_string(), n.value, n.kind, n.hedge))
            .collect()
    }

    fn one(text: &str) -> (String, f64, NumberKind, Hedge) {
        let found = numbers(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    fn count(unit: &str) -> NumberKind {
        NumberKind::Count { unit: unit.into() }
    }

    #[test]
    fn digits_grouped_as_other_languages_group_them() {
        let value = |text: &str| one(text).1;
        // A comma before one or two digits marks decimals.
        assert_eq!(value("a ransom of 4,5 million dollars"), 4_500_000.0);
        assert_eq!(value("shares rose 4,2 percent"), 4.2);
        assert_eq!(value("a fine of 1.234,50 euros"), 1234.5);
        // Points or spaces between groups of three group thousands.
        assert_eq!(value("1.200.000 voters"), 1_200_000.0);
        assert_eq!(value("up to 312 000 patients"), 312_000.0);
        assert_eq!(value("1 200 000 voters"), 1_200_000.0);
        assert_eq!(value("up to 312\u{a0}000 patients"), 312_000.0);
        // One point before three digits: thousands of things or money ...
        assert_eq!(value("employs 3.500 persons"), 3500.0);
        assert_eq!(value("25.000 dollars"), 25_000.0);
        // ... a decimal before a scale, a percentage or a unit of measure.
        assert_eq!(value("$3.125 billion"), 3_125_000_000.0);
        assert_eq!(value("a rate of 1.125 percent"), 1.125);
        assert_eq!(value("a rate of 1.125%"), 1.125);
        assert_eq!(value("2.250 km offshore"), 2.25);
        assert_eq!(value("0.125 inches"), 0.125);
        // English grouping is read as before.
        assert_eq!(value("$4,312.50 in fees"), 4312.5);
        assert_eq!(value("312,000 patients"), 312_000.0);
        // A year or a longer number opens no spaced group, and a run ending
        // in more digits is no grouped number.
        assert_eq!(numbers("in 2020 300 people fled").len(), 2);
        assert_eq!(numbers("rooms 12 345 6789 were sealed").len(), 3);
    }

    #[test]
    fn digits_words_and_scales() {
        assert_eq!(
            one("some 100,000 artillery rounds were sent"),
            (
                "100,000 artillery rounds".into(),
                100_000.0,
                count("artillery rounds"),
                Hedge::About
            )
        );
        assert_eq!(one("a union of 2.3 million members").1, 2.3e6);
        assert_eq!(one("it gained six seats").2, count("seats"));
        assert_eq!(one("twenty-five people were hurt").1, 25.0);
        assert_eq!(one("four thousand troops").1, 4000.0);
        assert_eq!(one("a dozen buses").1, 12.0);
        assert_eq!(one("several workers left").3, Hedge::Vague);
        assert_eq!(one("dozens of homes").3, Hedge::Vague);
    }

    #[test]
    fn an_ordinal_of_a_run_counts_the_run() {
        for text in [
            "its fifth consecutive increase",
            "the fifth hike in a row",
            "the 5th straight rise",
            "the fifth raising in succession",
        ] {
            let (_, value, kind, _) = one(text);
            assert_eq!(value, 5.0, "{text}");
            assert_eq!(kind, count("consecutive increase"), "{text}");
        }
        assert_eq!(one("the third year running").2, count("consecutive year"));
        // An ordinal of a series is no count.
        assert_eq!(one("the fifth floor").2, NumberKind::Ordinal);
        // An ordinal of a superlative is a rank, whatever it ranks by.
        for text in [
            "the third-busiest port",
            "the third largest port",
            "the third most visited museum",
        ] {
            let (_, value, kind, _) = one(text);
            assert_eq!((value, kind), (3.0, count(RANK)), "{text}");
        }
    }

    #[test]
    fn a_change_of_a_rate_is_given_in_percentage_points() {
        for text in [
            "raised rates by 25 basis points",
            "raised rates by a quarter point",
            "raised rates by 0.25 percentage points",
            "raised rates by 0.25 percentage point",
            "raised rates by 25 bps",
        ] {
            let (_, value, kind, _) = one(text);
            assert!((value - 0.25).abs() < 1e-9, "{text}: {value}");
            assert_eq!(kind, NumberKind::Percent, "{text}");
        }
        assert!((one("a half-point cut").1 - 0.5).abs() < 1e-9);
        // Points of a score or an index are not percentage points.
        assert_eq!(one("the index fell 300 points").2, count("points"));
    }

    #[test]
    fn a_part_counts_what_its_whole_counts() {
        let units = |text: &str| -> Vec<NumberKind> {
            numbers(text)
                .into_iter()
                .map(|(_, _, kind, _)| kind)
                .collect()
        };
        assert_eq!(
            units("it gave Republicans nine of the state's 14 seats"),
            [count("seats"), count("seats")]
        );
        assert_eq!(
            units("two of its four reactors were shut"),
            [count("reactors"), count("reactors")]
        );
        assert_eq!(
            units("three of 12 judges dissented"),
            [count("judges"), count("judges")]
        );
        // Not a part: a word between them other than a determiner.
        assert_eq!(
            units("nine of them voted for 14 bills"),
            [count(""), count("bills")]
        );
        assert_eq!(
            units("he won 12 of 14 races"),
            [count("races"), count("races")]
        );
        assert_eq!(
            units("five candidates of the 14 seats"),
            [count("candidates"), count("seats")]
        );
    }

    #[test]
    fn a_name_before_the_counted_noun_qualifies_it() {
        assert_eq!(
            one("it will sell its three Baltic container terminals").2,
            count("container terminals")
        );
        assert_eq!(one("some 200 U.S. troops remain").2, count("troops"));
        assert_eq!(
            one("four Democratic senators voted no").2,
            count("senators")
        );
        // A name that is not followed by a plural noun is not skipped.
        assert_eq!(one("they live at 40 Main Street now").2, count(""));
        assert_eq!(one("it paid 12 Tuesday").2, count(""));
    }

    #[test]
    fn precision_follows_the_writing() {
        let tokens = |t: &str| tokenize(t, Span::new(0, t.len()));
        let text = "about 60,000 and 61,208 and 2.3 million and $4,312.50";
        let found = find_numbers(text, &tokens(text), &[]);
        let precisions: Vec<f64> = found.iter().map(|n| n.precision).collect();
        assert_eq!(precisions, [10_000.0, 1.0, 100_000.0, 0.01]);
    }

    #[test]
    fn a_fraction_of_a_scale_is_an_amount() {
        let (text, value, kind, _) = one("will cost taxpayers nearly half a billion dollars");
        assert_eq!(text, "half a billion dollars");
        assert_eq!(value, 5e8);
        assert_eq!(
            kind,
            NumberKind::Money {
                currency: "USD",
                per: None
            }
        );
        let (text, value, kind, _) = one("a quarter of a million residents");
        assert_eq!(
            (text.as_str(), value, kind),
            (
                "a quarter of a million residents",
                2.5e5,
                count("residents")
            )
        );
        // A fraction of anything else is still a share.
        assert_eq!(one("half the vote").2, NumberKind::Percent);
    }

    #[test]
    fn money_percent_fraction_and_rates() {
        let money = |text: &str| match one(text).2 {
            NumberKind::Money { currency, per } => (currency, per),
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(
            money("costs $4,312.50 per student"),
            ("USD", Some("student".into()))
        );
        assert_eq!(money("a $3.5 billion deal"), ("USD", None));
        for rate in [
            "lost $48 million a day",
            "lost $48 million every day",
            "lost $48 million per day",
            "lost $48 million daily",
        ] {
            assert_eq!(money(rate), ("USD", Some("day".into())), "{rate}");
        }
        assert_eq!(
            money("earns $90,000 annually"),
            ("USD", Some("year".into()))
        );
        let fortnightly = numbers("paid $500 every two weeks");
        assert_eq!(
            fortnightly[0].2,
            NumberKind::Money {
                currency: "USD",
                per: None
            }
        );
        assert_eq!(money("paid 40 million euros"), ("EUR", None));
        assert_eq!(one("a $1.2bn loss").1, 1.2e9);
        assert_eq!(one("rose 3.5 percent").2, NumberKind::Percent);
        assert_eq!(one("rose 3.5% in May").2, NumberKind::Percent);
        let third = one("two-thirds of members");
        assert_eq!(third.2, NumberKind::Percent);
        assert!((third.1 - 66.666).abs() < 0.01);
        for part in [
            "won a third of the vote",
            "fell by a third",
            "paid a third more",
            "cut spending by a fifth",
        ] {
            assert_eq!(one(part).2, NumberKind::Percent, "{part}");
        }
        for series in [
            "A third, Marc Delmas, was acquitted.",
            "Police arrested a third suspect.",
            "She is seeking a fifth term.",
        ] {
            assert_eq!(one(series).2, NumberKind::Ordinal, "{series}");
        }
        assert_eq!(one("a quarter said no").2, NumberKind::Percent);
        assert_eq!(one("prices doubled").2, NumberKind::Multiple);
        assert_eq!(one("three times as many").2, NumberKind::Multiple);
    }

    #[test]
    fn tallies_in_three_shapes() {
        let tally = |text: &str| {
            numbers(text)
                .into_iter()
                .find_map(|n| match n.2 {
                    NumberKind::Tally { against } => Some((n.1, against)),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("no tally in {text}"))
        };
        assert_eq!(tally("won by a 97-to-51 vote"), (97.0, 51.0));
        assert_eq!(tally("passed by a vote of 97 to 51"), (97.0, 51.0));
        assert_eq!(tally("The bill passed, 97 to 51."), (97.0, 51.0));
        assert_eq!(tally("the board voted 5-2 to approve"), (5.0, 2.0));
        assert_eq!(tally("voted five to two"), (5.0, 2.0));
        assert_eq!(tally("the vote was 14–11"), (14.0, 11.0));
        assert_eq!(tally("decided with seven votes against two"), (7.0, 2.0));
        assert_eq!(tally("it passed by 12 votes to 3"), (12.0, 3.0));
        assert_eq!(tally("with 12 in favour and 3 against"), (12.0, 3.0));
        assert_eq!(tally("12 votes in favor, 3 opposed"), (12.0, 3.0));
        assert_eq!(tally("the Senate voted 31 against 19"), (31.0, 19.0));
        assert_eq!(tally("approved with 31 against 19 voices"), (31.0, 19.0));
        assert_eq!(tally("passed with 31 voices against 19"), (31.0, 19.0));
        // "against" without a cue of a vote pits two numbers, no tally.
        assert!(
            numbers("the 12 against 3 odds")
                .iter()
                .all(|n| !matches!(n.2, NumberKind::Tally { .. }))
        );
        assert!(
            numbers("from 9 to 5 daily")
                .iter()
                .all(|n| !matches!(n.2, NumberKind::Tally { .. }))
        );
    }

    #[test]
    fn a_range_has_both_ends_written_alike() {
        let text = "Shares rose 24% to $41.18, and prices ran from $20 to $30.";
        let found = find_numbers(text, &tokenize(text, Span::new(0, text.len())), &[]);
        let ranges: Vec<(f64, Option<f64>)> = found.iter().map(|n| (n.value, n.high)).collect();
        assert_eq!(ranges, [(24.0, None), (41.18, None), (20.0, Some(30.0))]);
    }

    #[test]
    fn from_one_figure_to_another_is_a_change_not_a_range() {
        // A change's two ends are two figures; after a verb of extent the
        // same words are a range.
        let text = "The toll went from $4 to $6, while fines ranged from $50 to $90 and \
                    crews of from 20 to 30 people worked.";
        let found = find_numbers(text, &tokenize(text, Span::new(0, text.len())), &[]);
        let ranges: Vec<(f64, Option<f64>)> = found.iter().map(|n| (n.value, n.high)).collect();
        assert_eq!(
            ranges,
            [
                (4.0, None),
                (6.0, None),
                (50.0, Some(90.0)),
                (20.0, Some(30.0))
            ]
        );
    }

    #[test]
    fn ranges() {
        let tokens = |t: &str| tokenize(t, Span::new(0, t.len()));
        let text = "between 20 and 30 people; 40 to 50 cars; residents in their 60s";
        let found = find_numbers(text, &tokens(text), &[]);
        let ranges: Vec<(f64, Option<f64>)> = found.iter().map(|n| (n.value, n.high)).collect();
        assert_eq!(
            ranges,
            [(20.0, Some(30.0)), (40.0, Some(50.0)), (60.0, Some(69.0))]
        );
        assert_eq!(found[2].kind, NumberKind::Age);
    }

    #[test]
    fn ages_durations_and_years() {
        assert_eq!(one("a 64-year-old man").2, NumberKind::Age);
        let feud = one("a two-decade-old feud");
        assert_eq!((feud.1, feud.2), (20.0, NumberKind::Age));
        assert_eq!(one("Glenda Pruitt, 58, pleaded guilty").2, NumberKind::Age);
        assert_eq!(one("Martin Hale Jr., 54, was struck").2, NumberKind::Age);
        assert_eq!(one("a man aged 70 died").2, NumberKind::Age);
        // As translated copy writes an age; a thing's years are its length.
        assert_eq!(
            one("among the dead is a child of 6 years").2,
            NumberKind::Age
        );
        assert_eq!(
            one("the city signed a lease of 30 years").2,
            NumberKind::Duration { unit: "year" }
        );
        let decade = one("the dispute began two decades ago");
        assert_eq!(
            (decade.1, decade.2),
            (20.0, NumberKind::Duration { unit: "year" })
        );
        assert_eq!(
            one("a five-minute recess").2,
            NumberKind::Duration { unit: "minute" }
        );
        assert_eq!(one("the plant opened in 2016").2, NumberKind::Year);
        assert_eq!(one("sent 2016 rifles to the front").2, count("rifles"));
        assert_eq!(one("a 36-page report").2, count("page"));
    }

    #[test]
    fn a_fraction_before_a_unit_in_one_word_is_part_of_that_unit() {
        let radius = one("a half-mile radius was cordoned off");
        assert_eq!((radius.0.as_str(), radius.1), ("half-mile", 0.5));
        assert_eq!(radius.2, count("mile"));
        let wait = one("a quarter-hour wait");
        assert_eq!(
            (wait.1, wait.2),
            (0.25, NumberKind::Duration { unit: "hour" })
        );
        // Half of no unit is no amount: a half-brother, a half-hearted try.
        assert!(numbers("his half-brother made a half-hearted try").is_empty());
    }

    #[test]
    fn a_bare_number_a_figure_comes_to_counts_what_the_figure_counts() {
        let toll = one("The number of people killed by the quake rose to 17 on Monday.");
        assert_eq!((toll.1, toll.2), (17.0, count("people")));
        assert_eq!(one("The death toll climbed to 17.").2, count("people"));
        assert_eq!(
            one("The institute put its magnitude at 7.0.").2,
            count("magnitude")
        );
        // A number the figure does not come to counts nothing named.
        assert_eq!(
            one("The number of people killed was revised after 17 checks.").2,
            count("checks")
        );
        assert_eq!(
            one("The toll road reopened to 17 trucks.").2,
            count("trucks")
        );
    }

    #[test]
    fn a_winners_share_against_the_losers_is_a_tally() {
        let vote = one("Ortega had 52% of the vote to Halloran's 48%, results showed.");
        assert_eq!(vote.0, "52% of the vote to Halloran's 48%");
        assert_eq!(vote.2, NumberKind::Tally { against: 48.0 });
        assert_eq!(one("She beat him 53% to 47% on Tuesday.").0, "53% to 47%");
        // A share of the vote alone stays a share.
        assert_eq!(one("Ortega had 52% of the vote.").2, NumberKind::Percent);
    }

    #[test]
    fn a_word_like_long_or_full_between_a_count_and_its_unit_of_time_keeps_a_length() {
        for (text, unit) in [
            ("Victims get two measly years of credit monitoring.", "year"),
            ("She waited five long hours.", "hour"),
            ("The plant ran for 40 straight days.", "day"),
            ("The hearing took two full weeks.", "week"),
            ("He served two extra years.", "year"),
        ] {
            assert_eq!(one(text).2, NumberKind::Duration { unit }, "{text}");
        }
        // Other words before a unit of time still count things.
        assert!(matches!(
            one("They bought two budget tables.").2,
            NumberKind::Count { .. }
        ));
    }

    #[test]
    fn a_result_noun_after_two_counts_makes_them_one_tally() {
        // Adjectives may stand between the article and the pair: the noun
        // after it names the outcome.
        let defeat = one("The reform went down to a bruising 212 to 187 defeat.");
        assert_eq!(defeat.0, "212 to 187");
        assert_eq!(defeat.2, NumberKind::Tally { against: 187.0 });
        let win = one("Councillors handed her an emphatic nine to two victory.");
        assert_eq!((win.1, win.2), (9.0, NumberKind::Tally { against: 2.0 }));
        let margin = one("Members backed the strike by a crushing 64 – 11 margin.");
        assert_eq!(margin.2, NumberKind::Tally { against: 11.0 });
        // A pair before any other noun stays what it was.
        let spans = |text: &str| {
            let tokens = tokenize(text, Span::new(0, text.len()));
            find_numbers(text, &tokens, &[])
                .into_iter()
                .map(|n| (n.span.slice(text).to_string(), n.value, n.high))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            spans("The storm left 40 to 60 families without power."),
            [("40 to 60 families".to_string(), 40.0, Some(60.0))]
        );
        assert_eq!(
            spans("Sentences ran from 4 to 9 years on appeal."),
            [("4 to 9 years".to_string(), 4.0, Some(9.0))]
        );
        for text in [
            "Hens outnumber roosters by a 12 to 1 ratio on the farm.",
            "Bookmakers offered odds of 7 to 2 on a home finish.",
        ] {
            assert!(
                numbers(text)
                    .iter()
                    .all(|n| !matches!(n.2, NumberKind::Tally { .. })),
                "{text}"
            );
        }
    }

    #[test]
    fn a_count_for_and_a_count_against_are_one_tally() {
        let carried = one("The motion carried with 318 votes for and 264 against.");
        assert_eq!(carried.0, "318 votes for and 264 against");
        assert_eq!(carried.2, NumberKind::Tally { against: 264.0 });
        let delegates = one("Delegates backed it, 41 for, 17 votes opposed.");
        assert_eq!(delegates.0, "41 for, 17 votes opposed");
        assert_eq!(delegates.2, NumberKind::Tally { against: 17.0 });
        // A count for something, with no count against, stays a count.
        let found = numbers("She won 40 votes for the post and 12 more in the runoff.");
        assert_eq!(found[0].2, count("votes"));
        assert!(
            found
                .iter()
                .all(|n| !matches!(n.2, NumberKind::Tally { .. }))
        );
    }

    #[test]
    fn a_size_in_people_counts_the_members_of_the_whole_after_it() {
        assert_eq!(
            one("the train's three-person crew").2,
            count("crew members")
        );
        assert_eq!(
            one("the 12-member city council").2,
            count("city council members")
        );
        assert_eq!(one("a five-judge panel").2, count("judge"));
    }

    #[test]
    fn a_fraction_of_a_unit_of_time_is_a_length_of_time() {
        let quarter = one("airborne for roughly a quarter of an hour");
        assert_eq!(
            (quarter.0.as_str(), quarter.1, quarter.2),
            (
                "a quarter of an hour",
                0.25,
                NumberKind::Duration { unit: "hour" }
            )
        );
        let half = one("the hearing took half a day");
        assert_eq!(
            (half.1, half.2),
            (0.5, NumberKind::Duration { unit: "day" })
        );
        let decade = one("two-thirds of a decade");
        assert_eq!(decade.2, NumberKind::Duration { unit: "year" });
        // A fraction of anything else is a share.
        assert_eq!(one("a quarter of the vote").2, NumberKind::Percent);
        assert_eq!(one("half the hours worked").2, NumberKind::Percent);
    }

    #[test]
    fn a_part_of_a_whole_with_no_number_counts_the_whole_s_thing() {
        assert_eq!(
            one("Five of the derailed cars were carrying hazardous materials").2,
            count("derailed cars")
        );
        assert_eq!(one("two of its plants will close").2, count("plants"));
        // "of those" names no thing.
        assert_eq!(one("five of those carried chemicals").2, count(""));
        // A whole with its own number gives its unit through the whole.
        let seats = numbers("nine of the 14 seats");
        assert_eq!(seats[0].2, count("seats"));
    }

    #[test]
    fn a_named_period_of_the_year_is_no_fraction() {
        for text in [
            "sold 9,300 pickups in the quarter",
            "profit rose in the third quarter",
            "sales were flat in the first half",
            "it lost money last quarter",
        ] {
            let found = numbers(text);
            assert!(
                found.iter().all(|n| n.2 != NumberKind::Percent),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_counted_phrase_ends_at_its_plural_head_or_a_preposition() {
        assert_eq!(
            one("the crash left 41 wagons across both lanes").0,
            "41 wagons"
        );
        assert_eq!(
            one("a union of 1.8 million members across the region").2,
            count("members")
        );
        assert_eq!(one("winds of 70 mph along the coast").2, count("mph"));
        assert_eq!(one("9,000 soldiers within range").2, count("soldiers"));
        assert_eq!(one("600 nurses work at the clinic").2, count("nurses"));
        assert_eq!(one("30 families living nearby").2, count("families"));
        assert_eq!(
            one("it ordered 350 new classroom tablets").2,
            count("new classroom tablets")
        );
    }

    #[test]
    fn a_past_form_after_a_number_is_its_verb_unless_a_plural_follows() {
        assert_eq!(one("of the crowd, 27 remained outside").2, count(""));
        assert_eq!(one("nine asked to speak").2, count(""));
        assert_eq!(one("four held valid licences").2, count(""));
        assert_eq!(
            one("crews found 19 damaged bridges").2,
            count("damaged bridges")
        );
        assert_eq!(one("the storm left 8 injured").2, count("injured"));
    }

    #[test]
    fn a_year_before_a_singular_noun_qualifies_it() {
        let (span, value, kind, _) = one("since the 1998 referendum");
        assert_eq!(
            (span.as_str(), value, kind),
            ("1998", 1998.0, NumberKind::Year)
        );
        assert_eq!(one("after the 2031 census count").2, NumberKind::Year);
        assert_eq!(one("it hired 2000 workers").2, count("workers"));
    }

    #[test]
    fn a_count_after_an_acronym_stays_a_count() {
        assert!(one("the EU 27 leaders met").2.is_amount());
    }

    #[test]
    fn a_capitalised_word_opening_a_clause_or_a_hedge_names_no_number() {
        for text in [
            "Evacuations: Roughly 6,500 people remain under orders",
            "Resources: About 1,100 firefighters are on the fire",
            "Officials said Nearly 40 roads were closed",
        ] {
            assert!(one(text).2.is_amount(), "{text}");
        }
        // A name inside a clause still holds its number.
        assert!(!one("Update: Route 66 is closed").2.is_amount());
    }

    #[test]
    fn numbers_that_are_not_amounts() {
        for text in [
            "on Route 66 near town",
            "the No. 3 official",
            "patients in Ward 7 were moved",
            "before the Bastion-26 exercise",
            "the third time",
            "the 21st ballot",
            "at 9 a.m. crews arrived",
            "at 9:14 p.m. the train stopped",
            "with the S&P 500 closing higher",
        ] {
            let found = numbers(text);
            assert!(found.iter().all(|n| !n.2.is_amount()), "{text}: {found:?}");
        }
    }

    #[test]
    fn the_cheap_rejection_turns_away_only_words_that_start_no_number() {
        let lexicon = amount_words().chain([
            "a", "an", "hundred", "thousand", "million", "billion", "trillion", "bn", "m", "k",
        ]);
        let mut words: Vec<String> = Vec::new();
        for word in lexicon {
            words.extend([
                word.to_string(),
                format!("{word}s"),
                format!("{word}-thirds"),
                format!("{word}-year-old"),
                format!("{word}-to-two"),
                format!("twenty-{word}"),
                word[1..].to_string(),
                word.to_uppercase(),
            ]);
        }
        words.extend(
            [
                "the", "said", "people", "vote", "votes", "97-to-51", "5-2", "-5", "-", "--",
                "x-5", "$5", "+5", "4,312.50", "1.2bn", "3rd", "1990s", "36-page", "inf", "nan",
                "route", "no.", "ward", "é", "über", "zz", "fewer", "halfway", "scored", "tens",
            ]
            .map(String::from),
        );
        for word in &words {
            let text = format!("voted {word} to 3 votes, a {word} - 2 of {word} {word} dozen");
            let tokens = tokenize(text.as_str(), Span::new(0, text.len()));
            for i in 0..tokens.len() {
                if !may_start_number(&tokens[i].norm) {
                    assert!(value_at(&tokens, i).is_none(), "{text} at {i}");
                    assert!(tally(&text, &tokens, i).is_none(), "{text} at {i}");
                }
            }
        }
    }
}
