//! Numbers in news prose: digits (`100,000`, `3.5`, `11-month-long`), number
//! words (`two`, `dozens`), scales (`40 million`, `$1.2bn`), money and percentages,
//! and the noun they count.

use crate::analysis::language::tokens::{Token, is_stop_word, stem};
use crate::model::Span;

/// What a number measures.
#[derive(Debug, Clone, PartialEq)]
pub enum Measure {
    /// A count of something (`unit` is the counted noun phrase, possibly empty).
    Count {
        /// The counted noun phrase, lower-case (`artillery rounds`).
        unit: String,
    },
    /// A sum of money.
    Money {
        /// The currency (`USD`, `EUR`, `GBP`, `KRW`, `JPY`, `RUB`, or the word used).
        currency: String,
    },
    /// A percentage.
    Percent,
    /// A vote, ruling or score: `74-24`, `74 to 25`, `2-1`; the mention's value is
    /// the first number.
    Tally {
        /// The second number.
        against: f64,
    },
}

/// A number found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Where the whole expression lies (number, scale, currency, unit).
    pub span: Span,
    /// Its value, scales applied.
    pub value: f64,
    /// True for vague amounts ("dozens", "billions of", "some", "about").
    pub approximate: bool,
    /// What it measures.
    pub measure: Measure,
    /// True when the number is a year (1900–2100 with no unit) or part of a date.
    pub is_year: bool,
}

/// Finds the numbers among `tokens` (the words of one sentence of `text`).
pub fn find_numbers(text: &str, tokens: &[Token]) -> Vec<NumberMention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((mention, used)) = tally(tokens, i) {
            found.push(mention);
            i += used;
            continue;
        }
        let Some((value, vague)) = parse_number(&tokens[i].norm) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut value = value;
        let mut approximate = vague || is_hedge(tokens, i);
        let mut end = i + 1;
        while let Some(scale) = tokens.get(end).and_then(|t| scale_of(&t.norm)) {
            value *= scale;
            end += 1;
        }
        if vague && tokens.get(end).is_some_and(|t| t.norm == "of") {
            end += 1;
            approximate = true;
        }
        let prefix = currency_before(text, tokens[start].span.start);
        let (measure, unit_end) = measure_after(text, tokens, end, prefix);
        let last = unit_end.max(end).saturating_sub(1).max(start);
        let span = Span::new(
            prefix.map_or(tokens[start].span.start, |(_, at)| at),
            tokens[last].span.end,
        );
        let is_year = matches!(&measure, Measure::Count { unit } if unit.is_empty())
            && !approximate
            && tokens[start].norm.len() == 4
            && (1900.0..=2100.0).contains(&value);
        found.push(NumberMention {
            span,
            value,
            approximate,
            measure,
            is_year,
        });
        i = unit_end.max(end);
    }
    found
}

/// Words after which `N to M` is a tally ("voted 74 to 25", "by a vote of 5 to 4").
const TALLY_CUES: &[&str] = &[
    "vote", "voted", "votes", "ruled", "margin", "of", "was", "were", "won", "lost", "beat",
    "score",
];

/// A tally at token `i`: one token `74-24`, or `74 to 25` after a cue word.
/// Returns the mention and how many tokens it takes.
fn tally(tokens: &[Token], i: usize) -> Option<(NumberMention, usize)> {
    let whole = |word: &str| -> Option<f64> {
        (!word.is_empty() && word.len() <= 5 && word.chars().all(|c| c.is_ascii_digit()))
            .then(|| word.parse().ok())?
    };
    let (first, second, used) = match tokens[i].norm.split_once('-') {
        Some((a, b)) => (whole(a)?, whole(b)?, 1),
        None => {
            let cue = i > 0 && TALLY_CUES.contains(&tokens[i - 1].norm.as_str());
            let to = tokens.get(i + 1).is_some_and(|t| t.norm == "to");
            let second = tokens.get(i + 2).and_then(|t| whole(&t.norm));
            if !(cue && to) {
                return None;
            }
            (whole(&tokens[i].norm)?, second?, 3)
        }
    };
    let span = Span::new(tokens[i].span.start, tokens[i + used - 1].span.end);
    let mention = NumberMention {
        span,
        value: first,
        approximate: false,
        measure: Measure::Tally { against: second },
        is_year: false,
    };
    Some((mention, used))
}

/// Parses one token as a number: digits, a compound like `11-month-long`, or a
/// number word. Returns the value and whether it is vague (`dozens`).
fn parse_number(word: &str) -> Option<(f64, bool)> {
    if word.contains('-') {
        return word
            .split('-')
            .find(|part| part.starts_with(|c: char| c.is_ascii_digit()))
            .and_then(parse_number);
    }
    let head = word;
    if head.starts_with(|c: char| c.is_ascii_digit()) {
        let digits: String = head.chars().filter(|c| *c != ',').collect();
        let numeric: String = digits
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let suffix = &digits[numeric.len()..];
        let value: f64 = numeric.trim_end_matches('.').parse().ok()?;
        let scale = match suffix {
            "" | "st" | "nd" | "rd" | "th" | "s" => 1.0,
            "k" => 1e3,
            "m" | "mn" => 1e6,
            "bn" | "b" => 1e9,
            "tn" | "trn" => 1e12,
            _ => return None,
        };
        return Some((value * scale, false));
    }
    Some(match head {
        "one" => (1.0, false),
        "two" => (2.0, false),
        "three" => (3.0, false),
        "four" => (4.0, false),
        "five" => (5.0, false),
        "six" => (6.0, false),
        "seven" => (7.0, false),
        "eight" => (8.0, false),
        "nine" => (9.0, false),
        "ten" => (10.0, false),
        "eleven" => (11.0, false),
        "twelve" => (12.0, false),
        "twenty" => (20.0, false),
        "thirty" => (30.0, false),
        "forty" => (40.0, false),
        "fifty" => (50.0, false),
        "hundred" => (100.0, false),
        "thousand" => (1e3, false),
        "million" => (1e6, false),
        "billion" => (1e9, false),
        "dozen" => (12.0, false),
        "dozens" => (24.0, true),
        "scores" => (40.0, true),
        "hundreds" => (200.0, true),
        "thousands" => (2e3, true),
        "millions" => (2e6, true),
        "billions" => (2e9, true),
        _ => return None,
    })
}

/// The multiplier of a scale word following a number.
fn scale_of(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mln" | "mn" => 1e6,
        "billion" | "bln" | "bn" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

/// True when the word before the number hedges it ("some", "about", "nearly").
fn is_hedge(tokens: &[Token], i: usize) -> bool {
    i > 0
        && matches!(
            tokens[i - 1].norm.as_str(),
            "some"
                | "about"
                | "around"
                | "roughly"
                | "approximately"
                | "nearly"
                | "almost"
                | "over"
                | "more"
                | "than"
                | "up"
                | "least"
                | "estimated"
        )
}

/// A currency sign right before byte `at` (`$100`, `US$ 5`), with its offset.
fn currency_before(text: &str, at: usize) -> Option<(&'static str, usize)> {
    let before = text[..at].trim_end();
    let code = match before.chars().last()? {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '₩' => "KRW",
        '¥' => "JPY",
        '₽' => "RUB",
        _ => return None,
    };
    let sign_at = before.len() - before.chars().last().map_or(0, char::len_utf8);
    let start = if before[..sign_at].ends_with("US") {
        sign_at - 2
    } else {
        sign_at
    };
    Some((code, start))
}

/// What the number at tokens `..end` measures, and the token after its unit.
fn measure_after(
    text: &str,
    tokens: &[Token],
    end: usize,
    prefix: Option<(&'static str, usize)>,
) -> (Measure, usize) {
    if let Some((currency, _)) = prefix {
        return (
            Measure::Money {
                currency: currency.to_string(),
            },
            end,
        );
    }
    if let Some(word) = tokens.get(end).map(|t| t.norm.as_str()) {
        if matches!(word, "percent" | "per" | "pct") {
            let skip = if word == "per" && tokens.get(end + 1).is_some_and(|t| t.norm == "cent") {
                2
            } else {
                1
            };
            return (Measure::Percent, end + skip);
        }
        if let Some(currency) = currency_word(word) {
            return (
                Measure::Money {
                    currency: currency.to_string(),
                },
                end + 1,
            );
        }
    }
    let mut unit = Vec::new();
    let mut next = end;
    while unit.len() < 2 {
        let Some(token) = tokens.get(next) else { break };
        let word = token.norm.as_str();
        let is_word = word.chars().all(|c| c.is_alphabetic() || c == '-');
        if !is_word
            || is_stop_word(word)
            || parse_number(word).is_some()
            || is_capitalised(text, token)
        {
            break;
        }
        unit.push(word.to_string());
        next += 1;
    }
    (
        Measure::Count {
            unit: unit.join(" "),
        },
        next,
    )
}

/// True when the token was written with a capital letter.
fn is_capitalised(text: &str, token: &Token) -> bool {
    token.span.slice(text).starts_with(char::is_uppercase)
}

/// The currency a word names.
fn currency_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "dollars" | "dollar" | "usd" => "USD",
        "euros" | "euro" | "eur" => "EUR",
        "pounds" | "gbp" => "GBP",
        "won" => "KRW",
        "yen" => "JPY",
        "rubles" | "roubles" => "RUB",
        "yuan" => "CNY",
        _ => return None,
    })
}

/// Stems of a unit phrase, for comparing units across outlets.
pub fn unit_stems(unit: &str) -> Vec<&str> {
    unit.split_whitespace().map(stem).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::tokens::tokenize;

    fn numbers(text: &str) -> Vec<(f64, bool, Measure, String)> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        find_numbers(text, &tokens)
            .into_iter()
            .map(|n| {
                (
                    n.value,
                    n.approximate,
                    n.measure,
                    n.span.slice(text).to_string(),
                )
            })
            .collect()
    }

    fn count(unit: &str) -> Measure {
        Measure::Count { unit: unit.into() }
    }

    #[test]
    fn digits_with_units() {
        assert_eq!(
            numbers("The U.S. agreed to buy some 100,000 artillery rounds."),
            [(
                100_000.0,
                true,
                count("artillery rounds"),
                "100,000 artillery rounds".into()
            )]
        );
        assert_eq!(
            numbers("Inflation rose 3.5 percent.")[0].2,
            Measure::Percent
        );
        assert_eq!(numbers("It has 965,000 active soldiers")[0].0, 965_000.0);
    }

    #[test]
    fn scales_money_and_words() {
        let n = numbers("aid valued at 40 million dollars");
        assert_eq!(
            (n[0].0, &n[0].2),
            (
                40e6,
                &Measure::Money {
                    currency: "USD".into()
                }
            )
        );
        let n = numbers("a $1.2 billion deal");
        assert_eq!((n[0].0, n[0].3.as_str()), (1.2e9, "$1.2 billion"));
        let n = numbers("billions of dollars worth of deals");
        assert!(n[0].1);
        assert_eq!(
            n[0].2,
            Measure::Money {
                currency: "USD".into()
            }
        );
        assert_eq!(numbers("two separate statements")[0].0, 2.0);
        assert_eq!(numbers("its now-11-month-long fight")[0].0, 11.0);
        assert!(numbers("dozens of people")[0].1);
    }

    #[test]
    fn tallies() {
        assert_eq!(
            numbers("The vote was 74-24.")[0].2,
            Measure::Tally { against: 24.0 }
        );
        let n = numbers("The Senate voted 74 to 25 early on Saturday");
        assert_eq!(
            (n[0].0, &n[0].2, n[0].3.as_str()),
            (74.0, &Measure::Tally { against: 25.0 }, "74 to 25")
        );
        assert_eq!(
            numbers("ruled 2-1 that")[0].2,
            Measure::Tally { against: 1.0 }
        );
        assert_eq!(numbers("from 9 to 5 daily")[0].2, count(""));
        assert!(!matches!(
            numbers("an 11-month-long fight")[0].2,
            Measure::Tally { .. }
        ));
    }

    #[test]
    fn years_are_marked() {
        let year = |text: &str| {
            let tokens = tokenize(text, Span::new(0, text.len()));
            find_numbers(text, &tokens)[0].is_year
        };
        assert!(year("ratified in 2014 with the intention"));
        assert!(!year("sent 2014 rifles"));
    }
}
