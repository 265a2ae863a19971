//! The dates and numbers of one sentence, found once in the language pass:
//! claims read its numbers and alignment its dates and numbers, instead of
//! each finding them again in the same tokens.

use super::dates::{DateContext, DateMention, find_dates};
use super::numbers::{NumberMention, find_numbers};
use super::tokens::Token;
use crate::model::Span;

/// The dates and numbers a sentence writes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceFigures {
    /// Its dates, read with no publication date or year (see
    /// [`DateContext::default`]): where a date lies does not depend on them,
    /// only how it resolves, which claims read against the article's own.
    pub dates: Vec<DateMention>,
    /// Its numbers, outside the dates.
    pub numbers: Vec<NumberMention>,
}

impl SentenceFigures {
    /// The figures of the sentence whose `tokens` lie in `text`.
    pub fn of(text: &str, tokens: &[Token]) -> Self {
        let dates = find_dates(text, tokens, DateContext::default());
        let taken: Vec<Span> = dates.iter().map(|d| d.span).collect();
        let numbers = find_numbers(text, tokens, &taken);
        Self { dates, numbers }
    }
}
