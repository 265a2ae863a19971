//! Finds the claims of an article: sentences carrying something checkable.
//!
//! A sentence is a claim when it carries a number, an amount of money, a
//! percentage or a date, or when it names someone or something together with a
//! modality cue ("agreed", "denied") or an attribution ("according to").
//! Headings, photo credits and other non-article blocks are skipped, and so is a
//! headline written as a title (no closing full stop): it repeats what the body
//! says, while a first line that is a whole sentence is the lede and counts.

use crate::analysis::language::tokens::tokenize;
use crate::analysis::sentences::Sentence;
use crate::model::{Article, BlockKind};

use super::dates::{DateContext, find_dates};
use super::entities::{find_attribution, find_entities};
use super::modality::find_modality;
use super::numbers::{Measure, find_numbers};
use super::{Claim, Fact};

/// Extracts the claims of `article`, one per qualifying sentence.
pub fn extract(article: &Article, sentences: &[Sentence]) -> Vec<Claim> {
    let context = DateContext::new(article.meta.date.as_deref(), &article.text);
    let mut claims = Vec::new();
    for (index, sentence) in sentences.iter().enumerate() {
        let kind = article.paragraphs[sentence.paragraph].kind;
        let title = kind == BlockKind::Headline
            && !ends_like_a_sentence(sentence.span.slice(&article.text));
        if kind.is_non_article() || kind == BlockKind::Heading || title {
            continue;
        }
        let facts = sentence_facts(article, sentence, context);
        if is_checkable(&facts) {
            claims.push(Claim {
                id: claims.len(),
                span: sentence.span,
                sentence: index,
                facts,
            });
        }
    }
    claims
}

/// The typed facts of one sentence.
fn sentence_facts(article: &Article, sentence: &Sentence, context: DateContext) -> Vec<Fact> {
    let text = &article.text;
    let tokens = tokenize(text, sentence.span);
    let dates = find_dates(text, &tokens, context);
    let mut facts = Vec::new();
    for number in find_numbers(text, &tokens) {
        let in_date = dates.iter().any(|d| d.span.overlaps(number.span));
        if number.is_year || in_date {
            continue;
        }
        let written = number.span.slice(text).to_string();
        facts.push(match number.measure {
            Measure::Count { unit } => Fact::Quantity {
                value: number.value,
                unit,
                text: written,
            },
            Measure::Money { currency } => Fact::Money {
                value: number.value,
                currency,
                text: written,
            },
            Measure::Tally { against } => Fact::Tally {
                value: number.value,
                against,
                text: written,
            },
            Measure::Percent => Fact::Percent {
                value: number.value,
                text: written,
            },
        });
    }
    for date in dates {
        facts.push(Fact::Date {
            text: date.text,
            resolved: date.resolved,
        });
    }
    if let Some(modality) = find_modality(&tokens) {
        facts.push(Fact::Modality {
            value: modality.value,
            text: modality.span.slice(text).to_string(),
        });
    }
    if let Some(source) = find_attribution(text, &tokens) {
        facts.push(Fact::Attribution { source });
    }
    for entity in find_entities(text, &tokens) {
        facts.push(Fact::Entity {
            entity: entity.kind.to_string(),
            name: entity.name,
        });
    }
    facts
}

/// True when text ends with sentence punctuation (before closing quotes): a lede
/// sentence used as the first line, not a headline-style title.
fn ends_like_a_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ' '])
        .ends_with(['.', '!', '?'])
}

/// The claim rule: something measurable, or a named party with a modality or source.
fn is_checkable(facts: &[Fact]) -> bool {
    let measurable = facts.iter().any(|f| {
        matches!(
            f,
            Fact::Quantity { .. }
                | Fact::Money { .. }
                | Fact::Percent { .. }
                | Fact::Tally { .. }
                | Fact::Date { .. }
        )
    });
    let named = facts.iter().any(|f| matches!(f, Fact::Entity { .. }));
    let qualified = facts
        .iter()
        .any(|f| matches!(f, Fact::Modality { .. } | Fact::Attribution { .. }));
    measurable || (named && qualified)
}
