//! Pieces of one remark: a quotation that the writer interrupts with its
//! attribution and then resumes (`"We will rebuild," the mayor said. "Every
//! house."`) is one remark in two quotes. Another outlet may print it whole,
//! or only one piece, so the pieces are grouped as one remark.
//!
//! Two consecutive quotes of one article are pieces of one remark when both
//! are said by the same named speaker and nothing but a short attribution
//! stands between them in one paragraph: the first piece's closing mark
//! (after a comma, question or exclamation mark inside it), a clause of at
//! most [`MAX_ATTRIBUTION_WORDS`] words with no other quotation, ending in a
//! full stop or comma, and the second piece's opening mark.

use super::Quote;

/// Longest attribution between two pieces, in words ("said Lena Marchetti,
/// who has run the grill across from the gate for 21 years").
const MAX_ATTRIBUTION_WORDS: usize = 24;

/// Quotation marks that may open or close a piece.
const MARKS: [char; 6] = ['"', '“', '”', '\'', '‘', '’'];

/// Index pairs `(i, i + 1)` of the consecutive quotes of `quotes` (one
/// article's, in text order) that are pieces of one remark of `text`.
pub fn remark_pieces(text: &str, quotes: &[Quote]) -> Vec<(usize, usize)> {
    quotes
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| {
            let (a, b) = (&pair[0], &pair[1]);
            a.speaker.is_some()
                && a.speaker == b.speaker
                && !a.partial
                && !b.partial
                && a.span.end <= b.span.start
                && text
                    .get(a.span.start..a.span.end)
                    .is_some_and(stops_mid_remark)
                && text
                    .get(a.span.end..b.span.start)
                    .is_some_and(only_an_attribution)
        })
        .map(|(i, _)| (i, i + 1))
        .collect()
}

/// True when a quote's words end with a comma, question or exclamation mark
/// inside its closing mark: the remark goes on after the attribution, where a
/// full stop would have ended it.
fn stops_mid_remark(words: &str) -> bool {
    words.trim_end().ends_with([',', '?', '!'])
}

/// True when `between` (the text from the end of one quote's words to the
/// start of the next's) holds only the first piece's closing mark, an
/// attribution clause and the second piece's opening mark.
fn only_an_attribution(between: &str) -> bool {
    if between.contains('\n') {
        return false;
    }
    let Some(rest) = between.strip_prefix(MARKS) else {
        return false;
    };
    let Some(clause) = rest.trim_end().strip_suffix(MARKS) else {
        return false;
    };
    let clause = clause.trim();
    let words = clause.split_whitespace().count();
    (1..=MAX_ATTRIBUTION_WORDS).contains(&words)
        && !clause.contains(['"', '“', '”'])
        && clause.ends_with(['.', ','])
        && abbreviations_only(&clause[..clause.len() - 1])
}

/// True when `clause` holds no sentence end: no question or exclamation mark,
/// colon or semicolon, and every full stop ends an abbreviation or an initial
/// ("Dr. Ikeda said", "said Karen J. Osei").
fn abbreviations_only(clause: &str) -> bool {
    !clause.contains(['?', '!', ';', ':'])
        && clause
            .split_whitespace()
            .all(|w| !w.ends_with('.') || w.len() <= 4 || w.trim_end_matches('.').contains('.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::quotes::extract_quotes;
    use crate::analysis::sentences::article_sentences;
    use crate::model::{Article, ArticleMeta};

    fn pieces(text: &str) -> Vec<(usize, usize)> {
        let article = Article::from_text(ArticleMeta::default(), text.to_string(), false);
        let quotes = extract_quotes(&article, &article_sentences(&article));
        remark_pieces(&article.text, &quotes)
    }

    #[test]
    fn a_quotation_resumed_after_its_attribution_is_one_remark() {
        let intro = "Mayor Ann Lee toured the flooded streets on Sunday.\n\n";
        for resumed in [
            "\"We will rebuild,\" Lee said. \"Every house, every shop.\"",
            "\"Who pays for this?\" Lee asked. \"Not the families.\"",
            "\u{201c}We will rebuild,\u{201d} said Dr. Ann Lee, the mayor. \u{201c}Every house.\u{201d}",
        ] {
            assert_eq!(pieces(&format!("{intro}{resumed}")), [(0, 1)], "{resumed}");
        }
    }

    #[test]
    fn quotes_with_more_than_an_attribution_between_are_two_remarks() {
        let intro = "Mayor Ann Lee and Chief Omar Park toured the streets.\n\n";
        for apart in [
            // A sentence of the writer's own between them.
            "\"We will rebuild,\" Lee said. The council voted later. \"Every house.\"",
            // The first ends its remark with a full stop.
            "\"We will rebuild.\" Lee said. \"Every house.\"",
            // Two speakers.
            "\"We will rebuild,\" Lee said. \"Not before the water drops,\" Park said.",
            // Another paragraph.
            "\"We will rebuild,\" Lee said.\n\n\"Every house.\"",
        ] {
            assert!(pieces(&format!("{intro}{apart}")).is_empty(), "{apart}");
        }
    }
}
