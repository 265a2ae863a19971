//! Datelines: the place (and often the date and the agency) that opens a news
//! story's first paragraph, `LYON, March 14 (Reuters) - A French court…`,
//! `WASHINGTON (AP) — The Senate…`, `Seoul (Yonhap) -- North Korea…`.
//!
//! A dateline says where and when the story was filed, not what happened: its
//! date is the filing date, so two outlets filing on different days must not
//! show a conflict, and its place is no claim. It is recognised by its shape
//! alone, for any place and agency:
//!
//! - a place in capitals (`NEW YORK`, `ST. LOUIS`), optionally followed by a
//!   comma and a few capitalised words or numbers (a region, a date:
//!   `, Nova Scotia`, `, Jan. 29`), optionally an agency in brackets, then a dash
//!   (`—`, `–`, `-`, `--`);
//! - or a capitalised place followed by such a comma part and an agency in
//!   brackets, then a dash (`Seoul, Jan 29 (Yonhap) -`): without capitals the
//!   brackets are what mark it.
//!
//! Nothing else in the part before the dash may be a lower-case word, so an
//! ordinary sentence with a dash (`Officials - not all of them - agreed`) is
//! never read as one.

use crate::model::{Span, floor_char_boundary};

/// Longest dateline, in bytes: a place, a region, a date and an agency.
const MAX_DATELINE: usize = 90;

/// Most words after the comma (a region and a date: `Nova Scotia, Jan. 29`).
const MAX_COMMA_WORDS: usize = 6;

/// Where the story proper starts in the paragraph at `span` when it opens with
/// a dateline: the first byte after the dash and the spaces that follow it.
pub fn dateline_end(text: &str, span: Span) -> Option<usize> {
    let paragraph = span.slice(text);
    let head = &paragraph[..floor_char_boundary(paragraph, MAX_DATELINE)];
    let (dash_at, dash_len) = find_dash(head)?;
    let before = head[..dash_at].trim_end();
    let (place_and_comma, agency) = match before.strip_suffix(')') {
        Some(open) => {
            let at = open.rfind('(')?;
            (open[..at].trim_end(), Some(&open[at + 1..]))
        }
        None => (before, None),
    };
    if agency.is_some_and(|a| !is_agency(a)) {
        return None;
    }
    let (place, comma_part) = match place_and_comma.split_once(',') {
        Some((place, rest)) => (place, Some(rest)),
        None => (place_and_comma, None),
    };
    let capitals = is_capitals_place(place);
    if !(capitals || (agency.is_some() && is_capitalised_place(place))) {
        return None;
    }
    if comma_part.is_some_and(|rest| !is_comma_part(rest)) {
        return None;
    }
    let after = &paragraph[dash_at + dash_len..];
    let story = after.trim_start();
    // The story must go on in prose after the dash.
    if !story.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || is_quote(c)) {
        return None;
    }
    Some(span.start + paragraph.len() - story.len())
}

/// The first dash that stands alone between spaces (or an em dash anywhere):
/// its byte offset and length.
fn find_dash(head: &str) -> Option<(usize, usize)> {
    for (at, c) in head.char_indices() {
        let len = match c {
            '—' | '–' => c.len_utf8(),
            '-' if head[at..].starts_with("--") => 2,
            '-' => 1,
            _ => continue,
        };
        let spaced_before = head[..at].ends_with(' ');
        let spaced_after = head[at + len..].starts_with(' ');
        if c == '—' || (spaced_before && spaced_after) {
            return Some((at, len));
        }
        if c == '-' && len == 1 {
            // A hyphen inside a word (`Anne-Marie`, `D-Ore.`): not the dash.
            continue;
        }
    }
    None
}

/// A place written in capitals: one or more words of capital letters (with
/// periods, hyphens or apostrophes: `ST. LOUIS`, `WILKES-BARRE`), at least
/// three letters in all.
fn is_capitals_place(place: &str) -> bool {
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3
        && place.split_whitespace().all(|word| {
            word.chars().any(char::is_alphabetic)
                && word
                    .chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
        })
}

/// A place of capitalised words (`Seoul`, `New Delhi`).
fn is_capitalised_place(place: &str) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(is_place_char))
}

/// What may follow the place's comma: a few capitalised words, abbreviations
/// and numbers (`Nova Scotia`, `N.M.`, `Jan. 29`, `March 14, 2023`).
fn is_comma_part(rest: &str) -> bool {
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= MAX_COMMA_WORDS
        && words.iter().all(|w| {
            (w.starts_with(char::is_uppercase) && w.chars().all(is_place_char))
                || w.chars().all(|c| c.is_ascii_digit())
        })
}

/// An agency in brackets: capitalised words or an acronym (`AP`, `Reuters`,
/// `Continental Press`, `KDLH`), short, without sentence punctuation.
fn is_agency(agency: &str) -> bool {
    let words: Vec<&str> = agency.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '&' | '\''))
        })
}

/// Letters and the marks inside place names and abbreviations.
fn is_place_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '.' | '-' | '\'')
}

/// An opening quotation mark.
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '\'' | '‘' | '«')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The story after the dateline of `text`, if it has one.
    fn story(text: &str) -> Option<&str> {
        dateline_end(text, Span::new(0, text.len())).map(|at| &text[at..])
    }

    #[test]
    fn datelines_of_many_shapes_end_at_their_dash() {
        for (text, rest) in [
            (
                "LYON, March 14 (Reuters) - A French court ruled.",
                "A French court ruled.",
            ),
            ("WASHINGTON (AP) — The Senate voted.", "The Senate voted."),
            (
                "SANTA FE, N.M. (SWS) -- The Senate passed it.",
                "The Senate passed it.",
            ),
            (
                "HALIFAX, Nova Scotia (Wire) — Dockworkers voted.",
                "Dockworkers voted.",
            ),
            ("ST. LOUIS — Police said nothing.", "Police said nothing."),
            (
                "Seoul, Jan 29 (Yonhap) -- North Korea fired a missile.",
                "North Korea fired a missile.",
            ),
            (
                "KYIV, Ukraine, Jan. 29, 2023 (Agency) – \"We stand,\" he said.",
                "\"We stand,\" he said.",
            ),
        ] {
            assert_eq!(story(text), Some(rest), "{text}");
        }
    }

    #[test]
    fn sentences_with_dashes_are_not_datelines() {
        for text in [
            "Officials - not all of them - agreed.",
            "The mayor — who had resigned — spoke.",
            "Seoul - the capital - was quiet.",
            "Anne-Marie Dubois said the port was shut.",
            "US officials (who declined to be named) - and others - spoke.",
            "NATO said — in a statement — that it agreed.",
            "The vote (12-3) — a surprise — passed.",
            "IT — the department — was closed.",
        ] {
            assert_eq!(story(text), None, "{text}");
        }
    }
}
