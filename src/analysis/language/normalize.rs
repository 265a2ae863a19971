//! Comparison terms: the words of a sentence as sentence alignment compares
//! them, so that one fact written two ways gives the same terms.
//!
//! The rules hold for any English news text:
//!
//! - a number gives one value term however it is written, in digits or words,
//!   with a scale or as a fraction (`twenty-three` = `23`, `2.3 million` =
//!   `2,300,000`, `three-fifths` = `60 percent`); a tally gives both its numbers
//!   (`97-to-51` = `97 to 51`); the words that write the number, a hedge before
//!   it (`roughly`), a percent sign or currency word give no other term;
//! - a count of none gives the value zero however it is written (`no injuries`,
//!   `nobody`, `no one`, `none`, `zero`), but not `no longer` or `no more than`;
//! - a date gives its calendar key (`Jan. 22` = `January 22` = `22 January`), and
//!   a year is the same term as a date or as a number; a time back from the
//!   story (`two decades ago`) gives its length in years (`#20`, `year`), as
//!   `twenty years` and `a 20-year-old dispute` do;
//! - a unit of several years counts as `year` (`two-decade-old` = `20-year-old`);
//! - a hyphenated compound counts as the whole word and as each part
//!   (`vice-chair` matches `vice chair`);
//! - a courtesy title (`Mr.`, `Ms.`) gives nothing: it is not the state `MS`;
//! - a capitalised abbreviation of a US state, a title or a common name counts
//!   as the words it stands for (`N.M.` = `New Mexico`, `Sen.` = `senator`,
//!   `U.S.` = `United States`);
//! - a name of three or more capitalised words also counts as its initials, so
//!   an acronym (`NTSB`) matches the name it abbreviates;
//! - a few news synonyms fold into one word (`killed` = `died`, `hurt` = `injured`);
//! - any other content word is stemmed (`weapons` = `weapon`); function words and
//!   punctuation give nothing.

use std::borrow::Cow;

use super::figures::SentenceFigures;
use super::lexicon::{
    ends_no_as_count, expansion, fraction_word, hedge, is_courtesy_title, is_ordinal_word,
    is_stop_word, is_zero_pronoun, number_word, role_key, scale_word, singular_title, state_name,
    synonym, time_unit,
};
use super::numbers::{Hedge, NumberKind};
use super::tokens::{Token, comparison_stem};
use crate::model::Span;

/// The term of every unit of time counted in years (`year`, `decade`, `century`).
const YEAR: &str = "year";

/// The value term of a count of none, as `value_key(0.0)` writes it.
const ZERO: &str = "#0";

/// Capitalised words a name needs before its initials count as an acronym of it.
const ACRONYM_MIN_WORDS: usize = 3;

/// One term of a sentence, with the token it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term<'t> {
    /// The compared form (`#23` for a number, `@date:01-22` for a date, else a
    /// stemmed or folded word), borrowed from the token or the lexicon where it
    /// can be, so that most terms cost no allocation.
    pub key: Cow<'t, str>,
    /// Index of the sentence token it comes from.
    pub token: usize,
    /// True for a second form of words that already give terms (the initials of
    /// a name): it only means something where some text writes it.
    pub alias: bool,
}

/// The comparison terms of one sentence, whose `tokens` lie in `text` and
/// write `figures`, in token order (a term may repeat).
pub fn comparison_terms<'t>(
    text: &str,
    tokens: &'t [Token],
    figures: &SentenceFigures,
) -> Vec<Term<'t>> {
    let mut terms = Vec::new();
    let mut covered = vec![false; tokens.len()];
    number_terms(tokens, figures, &mut covered, &mut terms);
    for (i, token) in tokens.iter().enumerate() {
        if covered[i] {
            compound_word_parts(token, i, &mut terms);
        } else if counts_none(text, tokens, i) {
            terms.push(Term {
                key: Cow::Borrowed(ZERO),
                token: i,
                alias: false,
            });
        } else if token.is_content() {
            word_terms(text, token, i, &mut terms);
        }
    }
    acronym_terms(text, tokens, &mut terms);
    terms.sort_by_key(|t| t.token);
    terms
}

/// True when token `i` states a count of none: a pronoun such as `nobody`, or
/// `no` directly before `one` or a content word that does not make it an
/// idiom or a bound (`no injuries`, not `no longer` or `No, your honor`).
fn counts_none(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = tokens[i].norm.as_str();
    if is_zero_pronoun(word) {
        return true;
    }
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    word == "no"
        && text[tokens[i].span.end..next.span.start].trim().is_empty()
        && (next.norm == "one" || (next.is_content() && !ends_no_as_count(&next.norm)))
}

/// Value terms of the dates and numbers of a sentence; marks the tokens that
/// write them as `covered`.
fn number_terms(
    tokens: &[Token],
    figures: &SentenceFigures,
    covered: &mut [bool],
    out: &mut Vec<Term<'_>>,
) {
    let first_token = |span: Span| tokens.partition_point(|t| t.span.end <= span.start);
    // Tokens are in order and never empty: those overlapping a span are the run
    // from the first that ends after its start.
    let cover = |span: Span, covered: &mut [bool]| {
        let first = first_token(span);
        let overlapping = tokens[first..]
            .iter()
            .take_while(|t| t.span.start < span.end)
            .count();
        covered[first..first + overlapping].fill(true);
    };
    for date in &figures.dates {
        let token = first_token(date.span);
        if let Some(years) = date.key.strip_prefix("ago:") {
            for key in [Cow::Owned(format!("#{years}")), Cow::Borrowed(YEAR)] {
                out.push(Term {
                    key,
                    token,
                    alias: false,
                });
            }
        } else {
            let key = match date.key.strip_prefix("year:") {
                Some(year) => format!("#{year}"),
                None => format!("@{}", date.key),
            };
            out.push(Term {
                key: Cow::Owned(key),
                token,
                alias: false,
            });
        }
        if let Some(until) = &date.until {
            out.push(Term {
                key: Cow::Owned(format!("@date:{until}")),
                token,
                alias: false,
            });
        }
        cover(date.span, covered);
    }
    for number in &figures.numbers {
        if number.hedge == Hedge::Vague || number.kind == NumberKind::Ordinal {
            continue;
        }
        let token = first_token(number.value_span);
        let mut values = vec![number.value];
        values.extend(number.high);
        if let NumberKind::Tally { against } = number.kind {
            values.push(against);
        }
        for value in values {
            out.push(Term {
                key: Cow::Owned(value_key(value)),
                token,
                alias: false,
            });
        }
        cover(number.value_span, covered);
        if number.kind == NumberKind::Percent {
            cover(number.span, covered);
        }
        if token > 0 && number.hedge != Hedge::Exact {
            let previous = token.checked_sub(2).map(|p| tokens[p].norm.as_str());
            if hedge(previous, &tokens[token - 1].norm).is_some() {
                covered[token - 1] = true;
            }
        }
    }
}

/// The term of a numeric value: `#2300000`, `#6218.4` (to the cent).
pub fn value_key(value: f64) -> String {
    format!("#{}", (value * 100.0).round() / 100.0)
}

/// The word parts of a compound that also writes a number (`36-page` → `page`).
fn compound_word_parts<'t>(token: &'t Token, index: usize, out: &mut Vec<Term<'t>>) {
    if !token.norm.contains('-') {
        return;
    }
    for part in token.norm.split('-') {
        let numeric = part.starts_with(|c: char| c.is_ascii_digit())
            || number_word(part).is_some()
            || scale_word(part).is_some()
            || fraction_word(part).is_some()
            || is_ordinal_word(part);
        if !numeric {
            push_part(part, index, out);
        }
    }
}

/// The terms of one content word outside a number.
fn word_terms<'t>(text: &str, token: &'t Token, index: usize, out: &mut Vec<Term<'t>>) {
    if is_courtesy_title(&token.norm) {
        return;
    }
    if let Some(words) = abbreviation(text, token) {
        for word in words.split(' ') {
            push_word(word, index, out);
        }
        return;
    }
    if let Some(letters) = undotted(&token.norm) {
        out.push(Term {
            key: Cow::Owned(letters),
            token: index,
            alias: false,
        });
        return;
    }
    push_word(&token.norm, index, out);
    if token.norm.contains('-') {
        for part in token.norm.split('-') {
            push_part(part, index, out);
        }
    }
}

/// The letters of an acronym written with full stops (`f.b.i.`, `f.b.i.'s`,
/// `n.a.a.c.p`) joined as it is also written (`fbi`), or `None` for any other
/// word: outlets differ in house style, not in what they name.
fn undotted(word: &str) -> Option<String> {
    let word = word.strip_suffix("'s").unwrap_or(word);
    let letters: Vec<&str> = word.split('.').filter(|part| !part.is_empty()).collect();
    let single = |part: &&str| part.chars().count() == 1 && part.chars().all(char::is_alphabetic);
    (letters.len() >= 2 && word.contains('.') && letters.iter().all(single))
        .then(|| letters.concat())
}

/// A part of a compound, when it is a content word of two letters or more.
fn push_part<'t>(part: &'t str, index: usize, out: &mut Vec<Term<'t>>) {
    if part.chars().count() >= 2 && !is_stop_word(part) {
        push_word(part, index, out);
    }
}

/// A word's term: [`YEAR`] for a unit of several years, else its synonym's,
/// else its [`comparison_stem`].
fn push_word<'t>(word: &'t str, index: usize, out: &mut Vec<Term<'t>>) {
    let in_years = time_unit(word).is_some_and(|(unit, years)| unit == YEAR && years > 1.0);
    let key = if in_years {
        Cow::Borrowed(YEAR)
    } else {
        synonym(word).map_or_else(|| comparison_stem(word), Cow::Borrowed)
    };
    out.push(Term {
        key,
        token: index,
        alias: false,
    });
}

/// The words a capitalised abbreviation stands for: a US state written with a
/// full stop (`N.M.`, `Calif.`), a title (`Sen.`, `Gov`, `Sens.`) or a common
/// abbreviation (`U.S.`, `Dept.`).
fn abbreviation<'t>(text: &str, token: &'t Token) -> Option<&'t str> {
    let written = token.span.slice(text);
    if !written.starts_with(char::is_uppercase) {
        return None;
    }
    let norm = token.norm.as_str();
    let with_stop = norm.contains('.') || text[token.span.end..].starts_with('.');
    if with_stop && let Some(state) = state_name(norm).filter(|full| *full != norm) {
        return Some(state);
    }
    let title = role_key(singular_title(norm).unwrap_or(norm));
    if title != norm.trim_end_matches('.') {
        return Some(title);
    }
    expansion(norm)
}

/// The initials of every name of [`ACRONYM_MIN_WORDS`] capitalised words or more
/// (`of`, `and`, `for` may join them: `Ministry of Foreign Affairs` → `mfa`).
fn acronym_terms(text: &str, tokens: &[Token], out: &mut Vec<Term<'_>>) {
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, out: &mut Vec<Term<'_>>| {
        if run.len() >= ACRONYM_MIN_WORDS {
            let key: String = run
                .iter()
                .filter_map(|&i| tokens[i].norm.chars().next())
                .collect();
            out.push(Term {
                key: Cow::Owned(key),
                token: run[0],
                alias: true,
            });
        }
        run.clear();
    };
    for (i, token) in tokens.iter().enumerate() {
        let joined = i > 0
            && text[tokens[i - 1].span.end..token.span.start]
                .trim()
                .is_empty();
        if !joined {
            flush(&mut run, out);
        }
        let capitalised = token.span.slice(text).starts_with(char::is_uppercase)
            && token.is_content()
            && token.norm.chars().all(char::is_alphabetic);
        if capitalised {
            run.push(i);
        } else if run.is_empty() || !matches!(token.norm.as_str(), "of" | "and" | "for") {
            flush(&mut run, out);
        }
    }
    flush(&mut run, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::tokens::tokenize;

    fn keys(text: &str) -> Vec<String> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        comparison_terms(text, &tokens, &SentenceFigures::of(text, &tokens))
            .into_iter()
            .map(|t| t.key.into_owned())
            .collect()
    }

    fn shares(a: &str, b: &str, key: &str) -> bool {
        keys(a).iter().any(|k| k == key) && keys(b).iter().any(|k| k == key)
    }

    #[test]
    fn numbers_in_words_and_digits_give_one_value() {
        assert!(shares(
            "Twenty-three wagons left the rails.",
            "23 wagons left the rails.",
            "#23"
        ));
        assert!(shares(
            "The plan costs 2.3 million euros.",
            "The plan costs 2,300,000 euros.",
            "#2300000"
        ));
        assert_eq!(keys("It passed 97-to-51."), keys("It passed 97 to 51."));
        assert_eq!(keys("Turnout rose 3%."), keys("Turnout rose 3 percent."));
        assert!(!keys("Twenty-three wagons").contains(&"three".to_string()));
    }

    #[test]
    fn an_acronym_with_full_stops_is_the_acronym_without() {
        assert!(shares(
            "Agents from the F.B.I.’s art crime team joined the search.",
            "The FBI's art crime team is assisting.",
            "fbi"
        ));
        assert!(shares(
            "The N.A.A.C.P. filed a brief.",
            "The NAACP filed a brief.",
            "naacp"
        ));
    }

    #[test]
    fn hedges_and_fractions_fold_into_the_value() {
        assert_eq!(
            keys("roughly three-fifths of the units"),
            keys("60 percent of the units")
        );
    }

    #[test]
    fn dates_compare_by_calendar_key() {
        assert_eq!(keys("filed Jan. 22"), keys("filed January 22"));
        assert_eq!(keys("filed 22 January"), keys("filed January 22"));
        assert!(shares("founded in 1958", "The 1958 founding", "#1958"));
    }

    #[test]
    fn lengths_of_time_in_years_compare_by_value() {
        for written in [
            "It first split the party two decades ago.",
            "the party's 20-year-old dispute",
            "a two-decade-old feud in the party",
            "a conflict of twenty years in the party",
            "For two decades, the party has argued.",
        ] {
            let got = keys(written);
            assert!(got.contains(&"#20".to_string()), "{written}: {got:?}");
            assert!(got.contains(&"year".to_string()), "{written}: {got:?}");
        }
        assert!(!keys("It split the party two years ago.").contains(&"#20".to_string()));
        assert!(!keys("a second signature").contains(&"year".to_string()));
    }

    #[test]
    fn compounds_count_whole_and_by_part() {
        let split = keys("She won the vice-chair race.");
        assert!(split.contains(&"vice-chair".to_string()));
        let parted = keys("She won the vice chair race.");
        assert!(
            parted.iter().all(|k| split.contains(k)),
            "{split:?} {parted:?}"
        );
        assert!(shares("a 36-page report", "a report of 36 pages", "pag"));
    }

    #[test]
    fn every_form_of_a_word_ending_in_e_compares_alike() {
        let vote = keys("vote");
        for form in ["votes", "voted", "voting"] {
            assert_eq!(keys(form), vote, "{form}");
        }
        assert_eq!(keys("the delegates"), keys("a delegate"));
        assert_ne!(keys("voters"), vote);
    }

    #[test]
    fn abbreviations_expand() {
        let state = keys("A ranch near Taos, N.M., burned.");
        assert!(state.contains(&"new".to_string()) && state.contains(&"mexico".to_string()));
        assert!(shares(
            "Gov. Ann Ruiz spoke.",
            "The governor spoke.",
            "governor"
        ));
        assert!(shares("Sens. Ruiz and Poe", "the senators", "senator"));
        assert!(shares("a U.S. court", "a United States court", "unit"));
        assert!(!keys("He ran or walked home.").contains(&"oregon".to_string()));
        assert!(keys("Ms. Ruiz and Mr. Poe spoke.") == keys("Ruiz and Poe spoke."));
    }

    #[test]
    fn acronyms_match_capitalised_names() {
        assert!(shares(
            "The Bureau of Coastal Safety sent a team.",
            "BCS sent a team.",
            "bcs"
        ));
        assert!(!keys("New Hampshire voters").contains(&"nh".to_string()));
    }

    #[test]
    fn a_count_of_none_is_the_value_zero_however_it_is_written() {
        for written in [
            "No passengers were injured.",
            "Nobody was injured.",
            "No one was injured.",
            "None of the passengers were injured.",
            "Zero passengers were injured.",
        ] {
            let got = keys(written);
            assert!(got.contains(&"#0".to_string()), "{written}: {got:?}");
            assert!(got.contains(&"injure".to_string()), "{written}: {got:?}");
        }
        for written in [
            "The plant no longer runs.",
            "No, your honor, she said.",
            "It will cost no more than 5 dollars.",
            "The yard has not reopened.",
        ] {
            assert!(!keys(written).contains(&"#0".to_string()), "{written}");
        }
    }

    #[test]
    fn news_synonyms_fold() {
        assert!(shares("Two hikers were killed.", "Two hikers died.", "die"));
        assert!(shares("No one was hurt.", "Nobody was injured.", "injure"));
        assert!(shares(
            "It bought the mill.",
            "Its purchase of the mill.",
            "buy"
        ));
        assert!(shares(
            "The feud split the party.",
            "The conflict split the party.",
            "dispute"
        ));
        assert!(shares(
            "The bank notified its clients.",
            "Customers were told by letter.",
            "customer"
        ));
        assert!(shares(
            "Tenants brought a complaint before the tribunal.",
            "Tenants filed a lawsuit in district court.",
            "lawsuit"
        ));
        assert!(shares(
            "The tribunal will rule in May.",
            "The court will rule in May.",
            "court"
        ));
        assert!(shares(
            "The sanction was the largest yet.",
            "The penalty was the largest yet.",
            "penalty"
        ));
        assert!(shares(
            "Four crew members are missing.",
            "Four crew members remain unaccounted for.",
            "missing"
        ));
    }

    #[test]
    fn british_and_american_spellings_compare_alike() {
        assert_eq!(
            keys("The defence ministry opened a research centre."),
            keys("The defense ministry opened a research center.")
        );
        assert_eq!(keys("a licence programme"), keys("a license program"));
        // Words whose other spelling is another word stay apart.
        assert_ne!(keys("a cheque"), keys("a check"));
    }
}
