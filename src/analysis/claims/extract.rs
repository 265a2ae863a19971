//! Finds the claims of an article: one per fact that can be checked on its own,
//! spanning the clause unit it is stated in.
//!
//! Headings, photo credits and other non-article blocks are skipped, and so is a
//! headline written as a title (no closing full stop): it repeats what the body
//! says, while a first line that is a whole sentence is the lede and counts.

use crate::analysis::language::ArticleLanguage;
use crate::analysis::language::dates::DateContext;
use crate::analysis::language::lexicon::{is_light_verb, is_preposition};
use crate::analysis::quotes::Quote;
use crate::model::{BlockKind, Span};

use super::facts::{Found, sentence_facts};
use super::features::{ArticleStems, features};
use super::memory::ArticleMemory;
use super::units::units;
use super::{Claim, Fact, FactValue};

/// Extracts the claims of the article `lang` read; an undated article is read
/// as of `story_date`, the date the rest of its story carries.
pub fn extract(
    lang: &ArticleLanguage<'_>,
    quotes: &[Quote],
    story_date: Option<&str>,
) -> Vec<Claim> {
    let article = lang.article;
    let text = lang.text();
    let context = DateContext::new(article.meta.date.as_deref().or(story_date), text);
    let mut quoted: Vec<Span> = quotes
        .iter()
        .filter(|q| !q.partial)
        .flat_map(|q| q.parts.iter().copied())
        .collect();
    quoted.sort_unstable();
    let mut memory = ArticleMemory::default();
    let mut claims = Vec::new();
    let stems = ArticleStems::of(lang);
    for (index, sentence) in lang.sentences.iter().enumerate() {
        let kind = article.paragraphs[sentence.paragraph].kind;
        let title = kind == BlockKind::Headline && !ends_like_a_sentence(sentence.span.slice(text));
        if kind.is_non_article() || kind == BlockKind::Heading || title {
            continue;
        }
        let tokens = lang.sentence_tokens(index);
        let nearby = near(&quoted, sentence.span);
        let found = sentence_facts(lang, index, context, nearby, &mut memory);
        if found.is_empty() {
            continue;
        }
        let mut anchors = vec![0; tokens.len()];
        for f in found.iter().filter(|f| f.anchor) {
            if let Some(slot) = anchors.get_mut(f.token) {
                *slot += 1;
            }
        }
        // Dates one unit lends the next. A preposed "On Monday," cut from its
        // clause by an apposition after it dates the event of the next unit
        // that gives no date of its own; a participle clause ("…on Saturday
        // evening, killing six people") happens when its main clause does.
        let mut leading: Vec<&Found> = Vec::new();
        let mut previous: Vec<&Found> = Vec::new();
        // A clause is never cut inside a quote or a date ("on Thursday,
        // March 19, at a rented house"). An apposition after a name is cut as
        // any other: it tells of the person, not of the clause's event.
        let whole: Vec<Span> = nearby
            .iter()
            .copied()
            .chain(
                found
                    .iter()
                    .filter(|f| matches!(f.fact.value, FactValue::Date { .. }))
                    .map(|f| f.fact.span),
            )
            .collect();
        for unit in units(text, tokens, &anchors, &whole) {
            let mut inside: Vec<&Found> = found
                .iter()
                .filter(|f| (unit.first..unit.end).contains(&f.token))
                .collect();
            let is_date = |f: &&Found| matches!(f.fact.value, FactValue::Date { .. });
            let is_event = |f: &&Found| matches!(f.fact.value, FactValue::Event { .. });
            let participle = inside
                .iter()
                .find(|f| is_event(f))
                .is_some_and(|f| f.token == unit.first && tokens[f.token].norm.ends_with("ing"));
            // A phrase put before the sentence's clause whose only verbs are
            // light ("In a vote held late on Tuesday, seven members
            // approved"): it names no event of its own, and its date is the
            // clause's.
            let fronted_phrase = unit.first == 0
                && is_preposition(&tokens[0].norm)
                && inside.iter().filter(|f| is_event(f)).all(|f| {
                    matches!(&f.fact.value, FactValue::Event { predicate, .. } if is_light_verb(predicate))
                });
            let lent: Vec<&Found> = if !inside.iter().any(is_event) || fronted_phrase {
                leading.extend(inside.iter().copied().filter(is_date));
                Vec::new()
            } else if !leading.is_empty() {
                std::mem::take(&mut leading)
            } else if participle {
                previous.clone()
            } else {
                Vec::new()
            };
            let mut anchored: Vec<&Found> = inside.iter().copied().filter(|f| f.anchor).collect();
            if anchored.is_empty() {
                anchored = inside.iter().copied().filter(is_date).take(1).collect();
            } else {
                // A year is a fact of its own beside the clause's others: an
                // outlet may give it in a clause of another shape ("three
                // works, among them 'Harbor at Dusk' (1887)" / "painted in
                // 1887"). A weekday is not: it dates the clause's event, and
                // one weekday dates many events of a story.
                anchored.extend(
                    inside
                        .iter()
                        .copied()
                        .filter(|f| !f.anchor && names_a_year(f)),
                );
            }
            let start = inside
                .iter()
                .map(|f| f.fact.span.start)
                .fold(unit.span.start, usize::min);
            let span = Span::new(start, unit.span.end.max(start));
            // A lent date is one of the claim's facts, outside its clause.
            if !inside.iter().any(is_date) {
                inside.extend(lent);
            }
            previous = inside.iter().copied().filter(is_date).collect();
            for anchor in anchored {
                let facts = claim_facts(anchor, &inside);
                claims.push(Claim {
                    id: claims.len(),
                    span,
                    anchor: anchor.fact.span,
                    sentence: index,
                    features: features(lang, &stems, index, unit, &facts, &found),
                    facts,
                });
            }
        }
    }
    claims
}

/// True for a date that names a year only ("in 2009", "(1887)").
fn names_a_year(found: &&Found) -> bool {
    matches!(&found.fact.value, FactValue::Date { resolved: Some(r), .. } if r.len() == 4)
}

/// The quotation parts that overlap `span` (`quoted` is sorted).
fn near(quoted: &[Span], span: Span) -> &[Span] {
    let first = quoted.partition_point(|q| q.end <= span.start);
    let last = quoted.partition_point(|q| q.start < span.end);
    &quoted[first..last.max(first)]
}

/// The facts of a claim: its anchor first, then the unit's dates, names and
/// attributions, and the certainty of its event (or of the unit's first event).
fn claim_facts(anchor: &Found, unit: &[&Found]) -> Vec<Fact> {
    let mut facts = vec![anchor.fact.clone()];
    let own_event = matches!(anchor.fact.value, FactValue::Event { .. });
    let modality = unit.iter().find(|f| {
        matches!(f.fact.value, FactValue::Modality { .. })
            && (!own_event || f.token == anchor.token)
    });
    if let Some(m) = modality {
        facts.push(m.fact.clone());
    }
    for f in unit {
        let keep = match &f.fact.value {
            FactValue::Date { .. } | FactValue::Entity { .. } | FactValue::Attribution { .. } => {
                true
            }
            FactValue::Event { .. } => !own_event,
            _ => false,
        };
        if keep && f.fact != anchor.fact {
            facts.push(f.fact.clone());
        }
    }
    facts
}

/// True when text ends with sentence punctuation (before closing quotes): a lede
/// sentence used as the first line, not a headline-style title.
fn ends_like_a_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ' '])
        .ends_with(['.', '!', '?'])
}
