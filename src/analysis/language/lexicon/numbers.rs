//! Words of quantity: number words, scales, fractions, vague amounts, hedges and
//! bounds, units of time and currencies.

use super::WordSet;
use super::places::is_place_preposition;

/// Cardinal number words and their values.
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
];

/// Pronouns that state a count of none (`nobody`, `none`): "Nobody was
/// injured" says what "zero people were injured" says.
pub fn is_zero_pronoun(word: &str) -> bool {
    matches!(word, "nobody" | "none" | "no-one")
}

/// Words after `no` that make it something other than a count of none (`no
/// longer`, `no more than`, `no matter`, `no doubt`).
pub fn ends_no_as_count(word: &str) -> bool {
    matches!(
        word,
        "longer" | "sooner" | "later" | "more" | "less" | "fewer" | "matter" | "doubt"
    )
}

/// Comparatives after a fraction that make it a change by that part (`a third
/// more`, `a fifth lower`), not one more of a series (`a third suspect`).
pub fn is_comparative_after_part(word: &str) -> bool {
    matches!(word, "more" | "less" | "fewer" | "higher" | "lower")
}

/// The value `word` has in `table`, if it is there.
fn value_in(table: &[(&str, f64)], word: &str) -> Option<f64> {
    table.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

/// The value of a cardinal number word (`six`, `twenty`, `dozen`).
pub fn number_word(word: &str) -> Option<f64> {
    value_in(NUMBER_WORDS, word)
}

/// Ordinal words: they rank things and are never counts.
const ORDINAL_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "twentieth",
    "hundredth",
];

/// True for an ordinal word (`third`): ordinals rank things and are never
/// counts.
pub fn is_ordinal_word(word: &str) -> bool {
    ORDINAL_WORDS.contains(&word)
}

/// The rank an ordinal states, in words or digits (`third`, `3rd`: 3), so
/// that two ways of writing one rank compare equal.
pub fn ordinal_rank(word: &str) -> Option<u32> {
    match word {
        "twentieth" => return Some(20),
        "hundredth" => return Some(100),
        _ => {}
    }
    if let Some(i) = ORDINAL_WORDS.iter().position(|w| *w == word) {
        return u32::try_from(i + 1).ok();
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
        .then(|| digits.parse().ok())
        .flatten()
}

/// The multiplier of a scale word that follows a number (`2.3 million`).
pub fn scale_word(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mln" | "mn" | "m" => 1e6,
        "billion" | "bln" | "bn" | "b" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// The parts of a whole a fraction names, and their denominators.
const FRACTION_PARTS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fourth", 4.0),
    ("fourths", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
];

/// A fraction word and its value (`half`, `two-thirds`, `three-quarters`).
pub fn fraction_word(word: &str) -> Option<f64> {
    let (count, part) = match word.split_once('-') {
        Some((count, part)) => (number_word(count)?, part),
        None => (1.0, word),
    };
    let denominator = value_in(FRACTION_PARTS, part)?;
    (count < denominator).then_some(count / denominator)
}

/// Multiplicative words and their factors.
const MULTIPLE_WORDS: &[(&str, f64)] = &[
    ("twice", 2.0),
    ("double", 2.0),
    ("doubled", 2.0),
    ("triple", 3.0),
    ("tripled", 3.0),
    ("thrice", 3.0),
    ("quadruple", 4.0),
    ("quadrupled", 4.0),
];

/// A multiplicative word and its factor (`twice`, `double`, `triple`).
pub fn multiple_word(word: &str) -> Option<f64> {
    value_in(MULTIPLE_WORDS, word)
}

/// True for a word that opens a noun phrase about some unnamed members of a
/// class: a number word or a vague amount ("one official", "two aides",
/// "several residents"), or "another", "some", "many", "most". Such a phrase
/// never names a person the article has introduced.
pub fn is_indefinite_quantifier(word: &str) -> bool {
    number_word(word).is_some()
        || vague_amount(word).is_some()
        || matches!(word, "another" | "some" | "many" | "most")
}

/// The age an age compound states ("78-year-old" → 78), the way copy
/// describes a person by age alone ("the 78-year-old said").
pub fn age_compound(word: &str) -> Option<u32> {
    word.strip_suffix("-year-old")?.parse().ok()
}

/// Words for vague amounts, each with a typical value.
const VAGUE_AMOUNTS: &[(&str, f64)] = &[
    ("several", 5.0),
    ("few", 3.0),
    ("couple", 2.0),
    ("dozens", 36.0),
    ("scores", 60.0),
    ("hundreds", 300.0),
    ("thousands", 3e3),
    ("millions", 3e6),
    ("billions", 3e9),
];

/// A word for a vague amount and a typical value (`several`, `dozens`,
/// `hundreds`): such amounts never conflict with a precise one.
pub fn vague_amount(word: &str) -> Option<f64> {
    value_in(VAGUE_AMOUNTS, word)
}

/// For each lower-case ASCII letter, a bit for each length (below 32) of the
/// words above that start with it: the words a number may be written with.
const AMOUNT_WORD_LENGTHS: [u32; 26] = amount_word_lengths();

/// Builds [`AMOUNT_WORD_LENGTHS`] from the tables of this file.
const fn amount_word_lengths() -> [u32; 26] {
    let mut masks = [0u32; 26];
    let valued: [&[(&str, f64)]; 4] = [NUMBER_WORDS, FRACTION_PARTS, MULTIPLE_WORDS, VAGUE_AMOUNTS];
    let mut t = 0;
    while t < valued.len() {
        let mut i = 0;
        while i < valued[t].len() {
            mark_length(&mut masks, valued[t][i].0);
            i += 1;
        }
        t += 1;
    }
    let mut i = 0;
    while i < ORDINAL_WORDS.len() {
        mark_length(&mut masks, ORDINAL_WORDS[i]);
        i += 1;
    }
    masks
}

/// Sets the bit of `word`'s first letter and length in `masks`.
const fn mark_length(masks: &mut [u32; 26], word: &str) {
    let bytes = word.as_bytes();
    masks[(bytes[0] - b'a') as usize] |= 1 << bytes.len();
}

/// False when `word` is surely none of the number, ordinal, fraction-part,
/// multiple and vague-amount words above: no entry has its first letter and
/// length. A cheap rejection for the words of an article, each of which is
/// tried as the start of a number.
pub fn may_be_amount_word(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(&letter @ b'a'..=b'z') => {
            word.len() < 32
                && AMOUNT_WORD_LENGTHS[usize::from(letter - b'a')] & (1 << word.len()) != 0
        }
        _ => false,
    }
}

/// Every word of the amount tables, for tests of what [`may_be_amount_word`]
/// lets through.
#[cfg(test)]
pub(crate) fn amount_words() -> impl Iterator<Item = &'static str> {
    [NUMBER_WORDS, FRACTION_PARTS, MULTIPLE_WORDS, VAGUE_AMOUNTS]
        .into_iter()
        .flatten()
        .map(|&(word, _)| word)
        .chain(ORDINAL_WORDS.iter().copied())
}

/// How a hedge before a number bounds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HedgeKind {
    /// `about`, `nearly`, `roughly`: close to the number.
    About,
    /// `more than`, `over`, `at least`: the number or above.
    AtLeast,
    /// `less than`, `under`, `up to`, `at most`: the number or below.
    AtMost,
}

/// The hedge a word (or the last word of a two-word hedge) puts on the number
/// after it; `previous` is the word before `word`.
pub fn hedge(previous: Option<&str>, word: &str) -> Option<HedgeKind> {
    Some(match (previous, word) {
        (Some("more" | "greater" | "higher"), "than") => HedgeKind::AtLeast,
        (Some("less" | "fewer" | "lower"), "than") => HedgeKind::AtMost,
        (Some("at"), "least") => HedgeKind::AtLeast,
        (Some("at"), "most") => HedgeKind::AtMost,
        (Some("up"), "to") => HedgeKind::AtMost,
        (
            _,
            "over" | "exceeding" | "exceeded" | "topping" | "topped" | "surpassing" | "surpassed"
            | "upward" | "upwards",
        ) => HedgeKind::AtLeast,
        (_, "under" | "below" | "nearly" | "almost") => HedgeKind::AtMost,
        (
            _,
            "about" | "around" | "roughly" | "approximately" | "some" | "estimated" | "approx"
            | "circa" | "reportedly",
        ) => HedgeKind::About,
        _ => return None,
    })
}

/// The bound a word right before a time of day puts on it: "after 7 p.m."
/// and "past midnight" are that time or later, "before", "by" and "until" that
/// time or earlier. Hedges of amounts ("about", "around") are read as for any
/// number.
pub fn clock_hedge(word: &str) -> Option<HedgeKind> {
    match word {
        "after" | "past" => Some(HedgeKind::AtLeast),
        "before" | "by" | "until" | "till" => Some(HedgeKind::AtMost),
        _ => None,
    }
}

/// A part of the day named after a time ("at 7 o'clock in the evening", "at
/// 2.10 of the night").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPart {
    /// "in the morning".
    Morning,
    /// "in the afternoon" or "in the evening": the second half of the day.
    Evening,
    /// "at night", "of the night": late evening or the small hours.
    Night,
}

/// The part of the day `words` open with ("in the evening", "of the night",
/// "at night"), or `None`.
pub fn part_of_day<'w>(words: impl IntoIterator<Item = &'w str>) -> Option<DayPart> {
    let mut words = words.into_iter();
    let first = words.next()?;
    let second = words.next()?;
    if (first, second) == ("at", "night") {
        return Some(DayPart::Night);
    }
    if !matches!(first, "in" | "of") || second != "the" {
        return None;
    }
    match words.next()? {
        "morning" => Some(DayPart::Morning),
        "afternoon" | "evening" => Some(DayPart::Evening),
        "night" => Some(DayPart::Night),
        _ => None,
    }
}

/// A unit of time and its length in years (`decade` → 10, `month` → 1/12), for
/// durations and ages.
pub fn time_unit(word: &str) -> Option<(&'static str, f64)> {
    Some(match word.trim_end_matches('s') {
        "year" | "yr" => ("year", 1.0),
        "decade" => ("year", 10.0),
        "century" | "centurie" => ("year", 100.0),
        "month" => ("month", 1.0),
        "week" => ("week", 1.0),
        "day" => ("day", 1.0),
        "hour" | "hr" => ("hour", 1.0),
        "minute" | "min" => ("minute", 1.0),
        "second" => ("second", 1.0),
        _ => return None,
    })
}

/// The time unit an adverb of frequency makes a rate of (`daily` = `a day`,
/// `annually` = `a year`).
pub fn rate_adverb(word: &str) -> Option<&'static str> {
    Some(match word {
        "hourly" => "hour",
        "daily" => "day",
        "weekly" => "week",
        "monthly" => "month",
        "annually" | "yearly" => "year",
        _ => return None,
    })
}

/// Adverbs that say an event recurs as a habit, with no period of their own
/// ("usually", "routinely"); see [`rate_adverb`] for those with one.
pub(super) static HABIT_ADVERBS: WordSet = WordSet::new(&[
    "customarily",
    "habitually",
    "normally",
    "regularly",
    "routinely",
    "traditionally",
    "typically",
    "usually",
]);

/// True when the words `words` (lower-case, in order) say that something
/// happens as a habit: a rate adverb ("annually"), a habit adverb
/// ("routinely"), or "every" / "each" before a time unit, a calendar word or a
/// season,
/// "single" allowed between ("every year", "each September", "every single
/// year"). A habit and one dated occurrence of it are two facts.
pub fn states_a_habit<'w>(words: impl IntoIterator<Item = &'w str>) -> bool {
    let mut after_every = 0;
    for word in words {
        if rate_adverb(word).is_some() || HABIT_ADVERBS.contains(word) {
            return true;
        }
        if after_every > 0 {
            let season = matches!(word, "spring" | "summer" | "autumn" | "fall" | "winter");
            if time_unit(word).is_some() || super::is_calendar_word(word) || season {
                return true;
            }
            after_every = if word == "single" { after_every - 1 } else { 0 };
        }
        if matches!(word, "every" | "each") {
            after_every = 2;
        }
    }
    false
}

/// The currency a sign before a number stands for (`$`, `€`).
pub fn currency_sign(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '₩' => "KRW",
        '¥' => "JPY",
        '₽' => "RUB",
        '₹' => "INR",
        _ => return None,
    })
}

/// The currency a word after a number names (`dollars`, `euros`, `won`).
pub fn currency_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "dollars" | "dollar" | "usd" => "USD",
        "euros" | "euro" | "eur" => "EUR",
        "pounds" | "gbp" | "sterling" => "GBP",
        "won" | "krw" => "KRW",
        "yen" | "jpy" => "JPY",
        "rubles" | "roubles" | "ruble" | "rouble" | "rub" => "RUB",
        "yuan" | "renminbi" | "cny" => "CNY",
        "rupees" | "rupee" | "inr" => "INR",
        "francs" | "franc" | "chf" => "CHF",
        "kronor" | "krona" | "kroner" | "krone" | "sek" | "nok" | "dkk" => "SEK",
        "zloty" | "zlotys" | "pln" => "PLN",
        "pesos" | "peso" | "mxn" => "MXN",
        "cents" | "cent" => "USD-cent",
        _ => return None,
    })
}

/// Words after which `N to M` or `N-M` reads as a vote, ruling or score.
pub fn is_tally_cue(word: &str) -> bool {
    matches!(
        word,
        "vote"
            | "votes"
            | "voted"
            | "voting"
            | "ruled"
            | "ruling"
            | "margin"
            | "decision"
            | "tally"
            | "won"
            | "lost"
            | "beat"
            | "defeated"
            | "score"
            | "passed"
            | "approved"
            | "rejected"
            | "confirmed"
            | "split"
    )
}

/// Nouns naming the outcome of a vote or contest (`vote`, `defeat`, `victory`,
/// `ruling`). Written straight after `N to M` or `N-M` they make the pair one
/// tally however many words stand before it (`a humiliating 131 to 104
/// defeat`), where a range would name what it counts (`20 to 30 people`).
pub fn is_tally_result(word: &str) -> bool {
    matches!(
        word,
        "vote"
            | "votes"
            | "decision"
            | "ruling"
            | "verdict"
            | "defeat"
            | "victory"
            | "win"
            | "loss"
            | "margin"
            | "split"
            | "tally"
    )
}

/// Capitalised words that, before a number, make it part of a name or an
/// identifier rather than a count (`Route 66`, `No. 3`, `Ward 7`). A capitalised
/// word that is not sentence-initial does so anyway; this list also covers them
/// at the start of a sentence and in lower case (`room 12`).
pub fn is_identifier_head(word: &str) -> bool {
    matches!(
        word,
        "no" | "nos"
            | "number"
            | "route"
            | "highway"
            | "interstate"
            | "i"
            | "sr"
            | "road"
            | "rd"
            | "exit"
            | "ward"
            | "room"
            | "building"
            | "gate"
            | "terminal"
            | "platform"
            | "flight"
            | "district"
            | "precinct"
            | "section"
            | "article"
            | "chapter"
            | "docket"
            | "local"
            | "channel"
            | "station"
            | "pier"
            | "berth"
            | "apartment"
            | "suite"
    )
}

/// What part an amount plays in its clause, where the words say so: a total set
/// against its parts, an amount asked for set against the amount granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AmountRole {
    /// `in total`, `overall`, `combined`.
    Total,
    /// `requested`, `sought`, `proposed`.
    Requested,
    /// `approved`, `awarded`, `granted`, `ordered`.
    Granted,
    /// `11 others`, `two other patients`: the rest beyond a part already
    /// counted, never the whole.
    Rest,
}

/// True when `word`, written right after a count, makes it a count of the
/// rest beyond a part already counted ("three died and 11 others fell ill").
/// An increase ("three more", "$112 more") is left alone: "rose by three" says
/// the same.
pub fn counts_the_rest(word: &str) -> bool {
    matches!(word, "others" | "other")
}

/// True for a place or state of confinement a length of time is served in
/// ("20 years in prison", "25 years behind bars", "a year of
/// imprisonment"): that length is a prison term, a figure of its own.
pub fn is_confinement(word: &str) -> bool {
    matches!(
        word,
        "prison" | "jail" | "gaol" | "imprisonment" | "incarceration" | "penitentiary" | "bars"
    )
}

/// The role a word gives the amounts of its clause.
pub fn amount_role(word: &str) -> Option<AmountRole> {
    Some(match word {
        "total" | "totaling" | "totalling" | "totaled" | "totalled" | "overall" | "combined"
        | "altogether" | "aggregate" | "cumulative" | "all" => AmountRole::Total,
        "requested" | "request" | "sought" | "seeking" | "seeks" | "asked" | "asking"
        | "proposed" | "proposal" | "recommended" | "wanted" | "demanded" => AmountRole::Requested,
        "approved" | "approves" | "adopted" | "awarded" | "granted" | "ordered" | "final"
        | "allocated" | "authorized" | "authorised" => AmountRole::Granted,
        _ => return None,
    })
}

/// Words that may stand between a count and its unit of time without
/// changing what is counted: "two long years", "40 straight days", "five full
/// hours", "two measly years of credit monitoring". ("More" ends a counted
/// phrase before it reaches the unit.)
static LENGTH_QUALIFIERS: WordSet = WordSet::new(&[
    "additional",
    "brief",
    "consecutive",
    "entire",
    "extra",
    "full",
    "long",
    "measly",
    "short",
    "straight",
    "whole",
]);

/// True for a word that may stand between a count and its unit of time (see
/// [`LENGTH_QUALIFIERS`]).
pub fn is_length_qualifier(word: &str) -> bool {
    LENGTH_QUALIFIERS.contains(word)
}

/// True for a measure written before its value ("magnitude 6.8"), as it is
/// written after it in a compound ("6.8-magnitude").
pub fn measure_before_number(word: &str) -> bool {
    matches!(word, "magnitude")
}

/// The class of a counted noun, so that outlets counting one thing in other words
/// count the same thing (`troops`, `soldiers`, `servicemen` → `troop`), and a
/// unit of measure's (see [`measure_unit`]).
pub fn counted_class(word: &str) -> Option<&'static str> {
    Some(match word {
        "troops" | "troop" | "soldiers" | "soldier" | "servicemen" | "servicemembers"
        | "personnel" | "forces" => "troop",
        "ships" | "ship" | "vessels" | "vessel" | "warships" | "boats" => "ship",
        "aircraft" | "planes" | "plane" | "jets" | "airplanes" | "warplanes" => "aircraft",
        "cars" | "car" | "railcars" | "wagons" | "carriages" => "car",
        "jobs" | "job" | "positions" | "position" | "posts" | "vacancies" | "openings" => "job",
        "homes" | "home" | "houses" | "house" | "households" | "residences" => "home",
        "customers" | "customer" | "clients" | "client" | "accounts" | "subscribers"
        | "subscriber" => "customer",
        "delegates" | "delegate" => "delegate",
        "members" | "member" => "member",
        _ => return measure_unit(word),
    })
}

/// True for the unit of a size compound that counts the members of the noun
/// after it: a "three-person crew" is three crew members, a "12-member
/// board" twelve board members, as other outlets write them.
pub fn counts_members(word: &str) -> bool {
    matches!(word, "person" | "member" | "man" | "woman" | "strong")
}

/// The unit of measure a word names, written out or abbreviated, in either
/// spelling (`kilometres`, `kilometers`, `km` → `km`): what an amount in it
/// measures, whatever words follow ("80 km offshore").
pub fn measure_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "kilometers" | "kilometres" | "kilometer" | "kilometre" | "km" | "kms" => "km",
        "miles" | "mile" | "mi" => "mile",
        "feet" | "foot" | "ft" => "foot",
        "kilograms" | "kilogram" | "kilos" | "kg" | "kgs" => "kg",
        "tonnes" | "tonne" | "tons" | "ton" => "ton",
        "hectares" | "hectare" | "ha" => "hectare",
        "magnitude" => "magnitude",
        _ => return None,
    })
}

/// Prepositions and adverbs that end a counted noun phrase, besides those that
/// put a place after them ([`is_place_preposition`]): what follows them is where or
/// how the counted things are, not what they are ("23 cars across the
/// tracks", "gusts of 65 mph along the shore", "troops within 50 km").
pub(super) static COUNTED_PHRASE_ENDS: WordSet = WordSet::new(&[
    "aboard",
    "ago",
    "ahead",
    "along",
    "alongside",
    "amid",
    "among",
    "apart",
    "apiece",
    "around",
    "away",
    "behind",
    "below",
    "beneath",
    "beside",
    "beyond",
    "despite",
    "down",
    "each",
    "nationwide",
    "off",
    "onto",
    "out",
    "overnight",
    "statewide",
    "until",
    "up",
    "upon",
    "via",
    "within",
    "without",
    "worldwide",
]);

/// True for a word that ends the noun phrase a number counts: a preposition
/// of place or one of [`COUNTED_PHRASE_ENDS`].
pub fn ends_counted_phrase(word: &str) -> bool {
    is_place_preposition(word) || COUNTED_PHRASE_ENDS.contains(word)
}

/// Plurals not formed with `-s`, and plural-only nouns, that a number may count.
pub(super) static IRREGULAR_PLURALS: WordSet = WordSet::new(&[
    "cattle",
    "children",
    "feet",
    "geese",
    "men",
    "mice",
    "people",
    "personnel",
    "police",
    "servicemen",
    "teeth",
    "women",
]);

/// True when `word` reads as a plural noun: an irregular plural, or a word of
/// four letters or more ending in `-s` but not in `-ss`, `-us` or `-is`
/// (`cars`, `members`, `others`; not `gas`, `census`, `analysis`). A counted
/// phrase ends at its plural head ("2.3 million members across the state"),
/// and a four-digit number before a singular noun is a year ("the 2024
/// election").
pub fn reads_as_plural(word: &str) -> bool {
    IRREGULAR_PLURALS.contains(word)
        || (word.len() >= 4
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && !word.ends_with("is")
            && word.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
}
