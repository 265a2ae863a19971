//! The typed facts of one sentence, each with its span: amounts, dates, events
//! with their certainty, roles, names and attributions.
//!
//! Facts inside quotation marks are the speaker's words, not the outlet's, and
//! are left out.

use crate::analysis::language::ArticleLanguage;
use crate::analysis::language::clock::{ClockTime, clock_time, one_word_times};
use crate::analysis::language::dates::{DateContext, find_dates};
use crate::analysis::language::lexicon::{
    Certainty, VerbForm, certainty_cue, cue_needs_in, event_noun, event_verb, general_past_verb,
    is_auxiliary, is_base_verb_marker, is_contact_noun, is_counterfactual_modal, is_determiner,
    is_harm_class, is_object_pronoun, is_ordinal_word, is_org_head, is_pending_conjunction,
    is_person_noun, is_preposition, is_provision_noun, is_relative_pronoun, is_response_word,
    is_role_word, is_speech_verb, is_stop_word, is_verb_coordinator, is_verb_particle,
    is_withholding_word, makes_to_a_preposition, nominalized_event, number_word, party_member,
    role_of_verb, states_a_habit, support_verb, weighing_verb,
};
use crate::analysis::language::names::Kind;
use crate::analysis::language::numbers::NumberKind;
use crate::analysis::language::people::is_one_word;
use crate::analysis::language::speech::Subject;

use super::quoting::attributes_a_quotation;
use crate::analysis::language::tokens::{Token, back_in_clause, on_in_clause};
use crate::analysis::language::words::{Gap, Word};
use crate::model::Span;

use super::memory::ArticleMemory;
use super::units::CLAUSE_MARKS;
use super::{EntityKind, Fact, FactValue, Modality, NO_COMMENT};

/// Words before an event verb searched for a certainty cue ("was expected to").
const CUE_REACH: usize = 6;

/// A fact found in a sentence, and whether it can anchor a claim on its own.
#[derive(Debug, Clone)]
pub struct Found {
    /// The fact.
    pub fact: Fact,
    /// True for amounts, events, roles and explicit dates (with a month); another
    /// date anchors only a unit without any of those.
    pub anchor: bool,
    /// Index of the sentence token where the fact starts.
    pub token: usize,
}

/// True when an age compound is a thing's age, not a person's: the noun after
/// it names no person ("the 20-year-old dispute" is twenty years of dispute,
/// while "a 39-year-old councilor", "a 64-year-old from Ohio" or "Smith, 58"
/// give a person's age).
fn things_age(text: &str, tokens: &[Token], span: Span) -> bool {
    let compound = span.slice(text).to_lowercase().ends_with("old");
    let next = tokens.iter().find(|t| t.span.start >= span.end);
    compound
        && next.is_some_and(|t| {
            let written = t.span.slice(text);
            written.starts_with(char::is_lowercase)
                && written.chars().all(char::is_alphabetic)
                && !is_stop_word(&t.norm)
                && !is_person_noun(&t.norm)
        })
}

/// A time of day written at `span`, its token `token`: a fact of its own.
fn time_found(text: &str, span: Span, time: ClockTime, token: usize) -> Found {
    Found {
        fact: Fact {
            span,
            value: FactValue::time_of_day(time, span.slice(text).to_string()),
        },
        anchor: true,
        token,
    }
}

/// Everything a sentence states, in text order.
pub fn sentence_facts(
    lang: &ArticleLanguage<'_>,
    sentence: usize,
    context: DateContext,
    quoted: &[Span],
    memory: &mut ArticleMemory,
) -> Vec<Found> {
    let text = lang.text();
    let tokens = lang.sentence_tokens(sentence);
    let outside = |span: Span| !quoted.iter().any(|q| q.contains(span));
    let token_at = |pos: usize| tokens.partition_point(|t| t.span.start < pos);
    let mut found = Vec::new();
    let dates = find_dates(text, tokens, context);
    // The thing the sentence's last count counted: a count with no noun of
    // its own counts the same ("Five cars derailed: three held propane").
    let mut counted = String::new();
    // The language pass found the numbers outside the dates: where a date lies
    // does not depend on the date it resolves against.
    for number in &lang.sentence_figures(sentence).numbers {
        if !outside(number.value_span) || !number.kind.is_amount() {
            // A time of day is a checkable fact of its own ("forced the door
            // at 2:10 a.m.", "the 4:40 a.m. collision").
            if let Some(time) = clock_time(text, tokens, number).filter(|_| outside(number.span)) {
                found.push(time_found(
                    text,
                    number.span,
                    time,
                    token_at(number.span.start),
                ));
                continue;
            }
            if number.kind == NumberKind::Year && outside(number.span) {
                let year = format!("{:04}", number.value as i64);
                found.push(Found {
                    fact: Fact {
                        span: number.value_span,
                        value: FactValue::Date {
                            text: number.value_span.slice(text).to_string(),
                            resolved: Some(year),
                            until: None,
                        },
                    },
                    anchor: false,
                    token: token_at(number.span.start),
                });
            }
            continue;
        }
        let written = number.span.slice(text).to_string();
        let value = match &number.kind {
            NumberKind::Count { unit } => {
                if is_filler_one(&number.value, unit, number.value_span.slice(text)) {
                    continue;
                }
                let unit = if unit.is_empty() {
                    counted.clone()
                } else {
                    counted.clone_from(unit);
                    unit.clone()
                };
                FactValue::Quantity {
                    value: number.value,
                    high: number.high,
                    unit,
                    hedge: number.hedge,
                    text: written,
                }
            }
            NumberKind::Money { currency, per } => FactValue::Money {
                value: number.value,
                currency: currency.to_string(),
                per: per.clone(),
                hedge: number.hedge,
                text: written,
            },
            NumberKind::Percent => FactValue::Percent {
                value: number.value,
                hedge: number.hedge,
                text: written,
            },
            NumberKind::Tally { against } => FactValue::Tally {
                value: number.value,
                against: *against,
                text: written,
            },
            NumberKind::Age if things_age(text, tokens, number.span) => FactValue::Duration {
                value: number.value,
                unit: "year".into(),
                hedge: number.hedge,
                text: written,
            },
            NumberKind::Age => FactValue::Age {
                value: number.value,
                high: number.high,
                text: written,
            },
            NumberKind::Duration { unit } => FactValue::Duration {
                value: number.value,
                unit: unit.to_string(),
                hedge: number.hedge,
                text: written,
            },
            _ => continue,
        };
        found.push(Found {
            fact: Fact {
                span: number.span,
                value,
            },
            anchor: true,
            token: token_at(number.span.start),
        });
    }
    // Times written as one word ("7pm", "3.14am"), which the number reader
    // leaves alone.
    for (span, time) in one_word_times(text, tokens) {
        if outside(span) {
            found.push(time_found(text, span, time, token_at(span.start)));
        }
    }
    // Dates a present tense beside them makes a schedule ("Construction
    // begins in March", "The trial starts Jan. 9"): any that lies after the
    // article's own, and a calendar date written without its year, whose year
    // the tense chooses. A habit ("meets every March") is no schedule.
    let habit = states_a_habit(tokens.iter().map(|t| t.norm.as_str()));
    let ahead: Vec<(usize, usize)> = dates
        .iter()
        .filter(|d| !habit && outside(d.span))
        .filter(|d| {
            d.resolved
                .as_deref()
                .is_some_and(|r| context.lies_after_publication(r))
                || (is_calendar_key(&d.key) && !names_a_year(&d.text))
        })
        .map(|d| {
            (
                token_at(d.span.start),
                token_at(d.span.end).saturating_sub(1),
            )
        })
        .collect();
    for date in dates.into_iter().filter(|d| outside(d.span)) {
        let explicit = date.key.starts_with("date:") || date.key.starts_with("month:");
        found.push(Found {
            token: token_at(date.span.start),
            fact: Fact {
                span: date.span,
                value: FactValue::Date {
                    text: date.text,
                    resolved: date.resolved,
                    until: date.until,
                },
            },
            anchor: explicit,
        });
    }
    events(text, tokens, (&outside, quoted), &ahead, &mut found);
    people(lang, sentence, &outside, memory, &mut found);
    attributions(lang, sentence, &mut found);
    if let Some(end) = label_end(text, tokens) {
        found.retain(|f| f.fact.span.start >= end);
    }
    if let Some((from, at)) = no_comment(tokens, &outside) {
        // The formula's verbs ("did not return a call seeking comment") are
        // the note itself, not events of their own.
        let words = Span::new(tokens[from].span.start, tokens[at].span.end);
        found.retain(|f| {
            !(matches!(f.fact.value, FactValue::Event { .. }) && words.contains(f.fact.span))
        });
        found.push(Found {
            fact: Fact {
                span: tokens[at].span,
                value: FactValue::Event {
                    predicate: NO_COMMENT.to_string(),
                    text: tokens[at].span.slice(text).to_string(),
                },
            },
            anchor: true,
            token: at,
        });
    }
    found.sort_by_key(|f| (f.fact.span.start, f.fact.span.end));
    found
}

/// Words a withholding word may stand before the answer it withholds ("did
/// not immediately respond", "declined to comment").
const WITHHOLDING_REACH: usize = 4;

/// Words after a response word searched for the request it answers.
const REQUEST_REACH: usize = 6;

/// An outlet's note that a source gave it no answer, written outside
/// quotations: "comment", or a word of answering ("respond", "reply",
/// "return") with the outlet's request after it ("a request", "a call",
/// "press time"), within a few words after a word that withholds it ("did
/// not", "declined", "no", "unavailable"). Not answering allegations ("did
/// not respond to the charges") is a fact of the story, and stays one.
/// Returns the withholding word's token and the response word's.
fn no_comment(tokens: &[Token], outside: &dyn Fn(Span) -> bool) -> Option<(usize, usize)> {
    (0..tokens.len()).find_map(|i| {
        let word = tokens[i].norm.as_str();
        let comment = word.starts_with("comment") && is_response_word(word);
        let answering = is_response_word(word) || matches!(word, "return" | "returned");
        let requested = || {
            tokens[i + 1..]
                .iter()
                .take(REQUEST_REACH)
                .any(|t| is_contact_noun(&t.norm))
        };
        if !(comment || (answering && requested())) || !outside(tokens[i].span) {
            return None;
        }
        (i.saturating_sub(WITHHOLDING_REACH)..i)
            .rev()
            .find(|&k| is_withholding_word(&tokens[k].norm))
            .map(|k| (k, i))
    })
}

/// Most words of a list label ("Homes lost:", "What's next:").
const LABEL_WORDS: usize = 3;

/// Where a list label opening the sentence ends: a few words and a colon
/// before a capitalised sentence ("Homes lost: Inspectors have confirmed 37
/// homes destroyed"). A label heads what follows; it states nothing itself.
fn label_end(text: &str, tokens: &[Token]) -> Option<usize> {
    let limit = tokens.len().min(LABEL_WORDS + 1);
    let colon = (1..limit).find(|&k| {
        text[tokens[k - 1].span.end..tokens[k].span.start]
            .trim_start()
            .starts_with(':')
    })?;
    let after =
        text[tokens[colon - 1].span.end..tokens[colon].span.end].trim_start_matches([':', ' ']);
    after
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '$')
        .then_some(tokens[colon - 1].span.end)
}

/// True for a lone "one" that counts nothing ("one of the", "no one").
fn is_filler_one(value: &f64, unit: &str, written: &str) -> bool {
    *value == 1.0 && unit.is_empty() && !written.starts_with(|c: char| c.is_ascii_digit())
}

/// Event verbs used as verbs, each with the certainty its clause gives it;
/// `ahead` holds the first and last tokens of the dates a present tense
/// makes a schedule. A verb attributing a quotation of `quoted` reports the
/// speaking, not an event (see [`attributes_a_quotation`]).
fn events(
    text: &str,
    tokens: &[Token],
    (outside, quoted): (&dyn Fn(Span) -> bool, &[Span]),
    ahead: &[(usize, usize)],
    out: &mut Vec<Found>,
) {
    let mut heads: Vec<Head> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        // Quoted words are the speaker's: skipped before any lexicon lookup.
        // A capitalised word inside a sentence is part of a name ("Dunmore
        // Falls", "Grand Rapids"), not a verb; one in capitals ("is CLOSED")
        // is shouted, not named.
        let written = token.span.slice(text);
        let named = i > 0
            && written.starts_with(char::is_uppercase)
            && written.chars().any(char::is_lowercase);
        if !outside(token.span) || named {
            continue;
        }
        if let Some(found) = denied_by_no(text, tokens, i) {
            out.extend(found);
            continue;
        }
        let joined = joined_head(text, tokens, i, &heads);
        let harmed = harmed_person(tokens, i).then_some(("injure", VerbForm::Past));
        // A support verb names the event its object names ("lodged a
        // protest"), however else the verb is read (speech: "expressed").
        let weighed = weighed_event(text, tokens, i);
        let carried =
            carried_event(text, tokens, i).or(weighed.map(|(class, form, _, _)| (class, form)));
        let (class, form) = match carried.or(event_verb(&token.norm)).or(harmed) {
            Some((class, form)) => (class.to_string(), form),
            None => {
                let after_base = joined.is_some_and(|h| h.form == VerbForm::Base);
                match general_verb(text, tokens, i, after_base) {
                    Some(found) => found,
                    None => continue,
                }
            }
        };
        // Read only for the few words that name an event.
        if attributes_a_quotation(text, tokens, i, quoted) {
            continue;
        }
        let head = joined.filter(|h| h.form == form);
        // A noun is read for a schedule only where the word is no verb (a
        // verb's use never follows a determiner, which a schedule needs).
        let as_verb = used_as_verb(text, tokens, i, form);
        let scheduled = (!as_verb && form == VerbForm::Base)
            .then(|| scheduled_by(text, tokens, i))
            .flatten();
        if !as_verb && head.is_none() && scheduled.is_none() {
            continue;
        }
        let (mut modality, mut cue) = certainty(text, tokens, i, form);
        // The weighing verb is the event's own cue ("was considering a
        // lawsuit"), unless a cue before it says more ("has not considered").
        if let Some((_, _, weighing, _)) = weighed
            && !matches!(modality, Some(Modality::Denied | Modality::Urged))
        {
            modality = Some(modality_of(weighing));
            cue = Some(token.span);
        }
        // A weighed event is named by its verb and noun together ("considering
        // an appeal"): what it acts on comes after the noun.
        let named = weighed.map_or(token.span, |(_, _, _, span)| span);
        if let Some(predicate) = scheduled {
            modality = Some(Modality::Expected);
            cue = Some(predicate);
        }
        // A present tense dated ahead states a schedule, not a deed
        // ("The trial starts Monday", "Construction begins in March").
        if form == VerbForm::PresentS && cue.is_none() && dated_ahead(text, tokens, i, ahead) {
            modality = Some(Modality::Expected);
        }
        // A verb sharing an earlier verb's auxiliary shares its certainty.
        if cue.is_none()
            && let Some(head) = head
        {
            modality = modality.or(head.modality);
        }
        if matches!(form, VerbForm::Base | VerbForm::Ing) {
            heads.push(Head {
                token: i,
                form,
                modality,
            });
        }
        // A phrasal verb ("voted down", "turned it down") states another
        // event than its verb.
        let class = match phrasal_particle(tokens, i) {
            Some(particle) if carried.is_none() => format!("{class} {particle}"),
            _ => class,
        };
        out.push(Found {
            fact: Fact {
                span: named,
                value: FactValue::Event {
                    predicate: class,
                    text: named.slice(text).to_string(),
                },
            },
            anchor: true,
            token: i,
        });
        let Some(modality) = modality else { continue };
        let span = cue.map_or(named, |c| {
            Span::new(c.start.min(named.start), c.end.max(named.end))
        });
        out.push(Found {
            fact: Fact {
                span,
                value: FactValue::Modality {
                    value: modality,
                    text: span.slice(text).to_string(),
                },
            },
            anchor: false,
            token: i,
        });
    }
}

/// Where the event noun at token `i`, after its determiner, is scheduled: a
/// form of "be" and a word of expectation after it ("A vote is expected
/// next week", "the final vote was set for May 2"). The noun then states an
/// expected event as its verb would ("lawmakers are expected to vote").
fn scheduled_by(text: &str, tokens: &[Token], i: usize) -> Option<Span> {
    let determined = i
        .checked_sub(1)
        .is_some_and(|p| is_determiner(&tokens[p].norm) || tokens[p].norm == "final");
    let mut next = on_in_clause(text, tokens, i, 2).map(|k| &tokens[k]);
    let (be, cue) = (next.next()?, next.next()?);
    (determined
        && matches!(be.norm.as_str(), "is" | "was" | "are" | "were")
        && certainty_cue(&cue.norm) == Some(Certainty::Expected))
    .then(|| Span::new(tokens[i].span.start, cue.span.end))
}

/// True for the comparison key of a day, month or weekday (see
/// [`crate::analysis::language::dates::DateMention::key`]).
fn is_calendar_key(key: &str) -> bool {
    ["date:", "month:", "weekday:"]
        .iter()
        .any(|kind| key.starts_with(kind))
}

/// True when a date as written names its year ("March 2026").
fn names_a_year(written: &str) -> bool {
    written
        .split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4)
}

/// Words between a verb and a date of its clause that dates it.
const SCHEDULE_REACH: usize = 6;

/// True when a date of `ahead` (first and last tokens) lies in the clause of
/// the verb at token `i`, within [`SCHEDULE_REACH`] words before or after it.
fn dated_ahead(text: &str, tokens: &[Token], i: usize, ahead: &[(usize, usize)]) -> bool {
    on_in_clause(text, tokens, i, SCHEDULE_REACH)
        .chain(back_in_clause(text, tokens, i, SCHEDULE_REACH))
        .any(|k| ahead.iter().any(|&(first, last)| k == first || k == last))
}

/// The particle of the phrasal verb at token `i`: right after it ("voted
/// down") or after an object pronoun ("turned it down"), which stands between
/// a verb and its particle as a noun seldom does.
fn phrasal_particle(tokens: &[Token], i: usize) -> Option<&str> {
    let next = tokens.get(i + 1)?;
    if is_verb_particle(&next.norm) {
        return Some(&next.norm);
    }
    let after = tokens.get(i + 2)?;
    (is_object_pronoun(&next.norm) && is_verb_particle(&after.norm)).then_some(after.norm.as_str())
}

/// Words a support verb's object may open with before the noun naming the
/// event ("lodged a sharp protest", "tendered his resignation").
const CARRIED_NOUN_REACH: usize = 3;

/// The event a support verb at `i` carries in its object ("lodged a sharp
/// protest": `protest`; "submitted his resignation": `resign`), with the
/// form the verb is written in: the first noun naming an event within
/// [`CARRIED_NOUN_REACH`] words, past determiners and modifiers, in the
/// verb's clause; `None` when the verb is no support verb, or its object is
/// denied ("issued no ruling") or names no event.
fn carried_event(text: &str, tokens: &[Token], i: usize) -> Option<(&'static str, VerbForm)> {
    let form = support_verb(&tokens[i].norm)?;
    Some((object_event(text, tokens, i)?.0, form))
}

/// The event a verb at `i` weighs or threatens in its object ("was
/// considering a lawsuit": `sue`, considered; "threatened a ban"): its class,
/// the verb's form, the certainty it gives the event and the words from the
/// verb to the noun, which name the event together; `None` when the verb
/// weighs nothing or its object names no event (see [`object_event`]).
fn weighed_event(
    text: &str,
    tokens: &[Token],
    i: usize,
) -> Option<(&'static str, VerbForm, Certainty, Span)> {
    let (form, certainty) = weighing_verb(&tokens[i].norm)?;
    let (class, noun) = object_event(text, tokens, i)?;
    let span = Span::new(tokens[i].span.start, tokens[noun].span.end);
    Some((class, form, certainty, span))
}

/// The class of the event the object of the verb at `i` names, and the
/// noun's index: the first noun naming an event within [`CARRIED_NOUN_REACH`]
/// words, past determiners and modifiers, in the verb's clause; `None` when
/// the object is denied ("issued no ruling") or names no event.
fn object_event(text: &str, tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let mut previous = &tokens[i];
    for (k, token) in tokens
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(CARRIED_NOUN_REACH)
    {
        if text[previous.span.end..token.span.start].contains(CLAUSE_MARKS) || token.norm == "no" {
            return None;
        }
        if let Some(class) = nominalized_event(&token.norm) {
            return Some((class, k));
        }
        let modifier = !is_stop_word(&token.norm) || is_determiner(&token.norm);
        if !modifier && !is_object_pronoun(&token.norm) {
            return None;
        }
        previous = token;
    }
    None
}

/// True when the word at `i` is "hurt" said of people in the passive ("No
/// one was hurt", "two workers were hurt", "nobody was badly hurt"): an
/// injury. Said of anything else ("sales were hurt") it is no event.
fn harmed_person(tokens: &[Token], i: usize) -> bool {
    if tokens[i].norm != "hurt" {
        return false;
    }
    let before = |n: usize| i.checked_sub(n).map(|k| tokens[k].norm.as_str());
    // An adverb may sit between the auxiliary and "hurt" ("seriously hurt").
    let aux_at = if before(1).is_some_and(|w| w.ends_with("ly")) {
        2
    } else {
        1
    };
    let passive = before(aux_at).is_some_and(|w| matches!(w, "was" | "were" | "been" | "being"));
    let subject = before(aux_at + 1).is_some_and(|w| {
        matches!(w, "one" | "nobody" | "anyone" | "everyone" | "people")
            || is_person_noun(w)
            || number_word(w).is_some()
            || w.starts_with(|c: char| c.is_ascii_digit())
    });
    passive && subject
}

/// The event of harm (see [`is_harm_class`]) at token `i` denied by a "no"
/// right before it ("No injuries were reported": nobody was injured), with
/// its certainty, or `None`.
fn denied_by_no(text: &str, tokens: &[Token], i: usize) -> Option<[Found; 2]> {
    let no = &tokens[i.checked_sub(1)?];
    let class = event_noun(&tokens[i].norm).filter(|c| is_harm_class(c))?;
    if no.norm != "no" || text[no.span.end..tokens[i].span.start] != *" " {
        return None;
    }
    let noun = tokens[i].span;
    let span = Span::new(no.span.start, noun.end);
    Some([
        Found {
            fact: Fact {
                span: noun,
                value: FactValue::Event {
                    predicate: class.to_string(),
                    text: noun.slice(text).to_string(),
                },
            },
            anchor: true,
            token: i,
        },
        Found {
            fact: Fact {
                span,
                value: FactValue::Modality {
                    value: Modality::Denied,
                    text: span.slice(text).to_string(),
                },
            },
            anchor: false,
            token: i,
        },
    ])
}

/// Tokens from a verb to a later verb that shares its auxiliary ("will keep a
/// research center in Brennick with about 150 people, mostly engineers, and
/// offer transfers").
const COORDINATION_REACH: usize = 24;

/// A verb that took its form from an auxiliary (or from a verb it is joined
/// to), which a later verb joined by `and` or `or` may share.
#[derive(Debug, Clone, Copy)]
struct Head {
    /// Its token.
    token: usize,
    /// Its form: a base form or a present participle.
    form: VerbForm,
    /// The certainty its clause gives it.
    modality: Option<Modality>,
}

/// The verb whose auxiliary the word at `i` may share: the word follows `and`
/// or `or`, at least two words follow it in its clause (an object and more, as
/// a verb phrase has: "and offer transfers to Poland", not a noun closing a
/// list: "home repairs and cash withdrawals, the agreement says"), and the
/// latest earlier verb of `heads` lies within [`COORDINATION_REACH`] with no
/// clause punctuation stronger than a comma between them.
fn joined_head(text: &str, tokens: &[Token], i: usize, heads: &[Head]) -> Option<Head> {
    let previous = tokens.get(i.checked_sub(1)?)?;
    let after = tokens.get(i..i + 3)?;
    let runs_on = after.windows(2).all(|pair| {
        !text[pair[0].span.end..pair[1].span.start].contains(|c: char| c.is_ascii_punctuation())
    });
    if !is_verb_coordinator(&previous.norm) || !runs_on {
        return None;
    }
    let head = *heads.last()?;
    let between = &text[tokens[head.token].span.end..tokens[i].span.start];
    (i - head.token <= COORDINATION_REACH && !between.contains(CLAUSE_MARKS)).then_some(head)
}

/// A verb outside the event list that still states something: a past form
/// (`walked`, `went`), or a base form after `to` or a modal (`to forfeit`,
/// `will decide`) or joined to one (`after_base`: "will keep the center and
/// offer transfers"; such a word ending in a single `s` is a plural noun
/// closing a list, not a base form). Speech verbs are attributions, not
/// events, and are left out.
fn general_verb(
    text: &str,
    tokens: &[Token],
    i: usize,
    after_base: bool,
) -> Option<(String, VerbForm)> {
    let word = tokens[i].norm.as_str();
    if is_speech_verb(word) || certainty_cue(word).is_some() {
        return None;
    }
    if let Some(lemma) = general_past_verb(word) {
        return Some((lemma, VerbForm::Past));
    }
    let previous = tokens.get(i.checked_sub(1)?)?.norm.as_str();
    // A word ending in a single `s` is a plural noun ("and cash withdrawals",
    // "speaking to reporters"), not a base form; "discuss" and "focus" are.
    let plural = word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us");
    let joined = after_base && !plural;
    // "according to county officials": that `to` is a preposition.
    let preposition = previous == "to" && i >= 2 && makes_to_a_preposition(&tokens[i - 2].norm);
    let base = ((is_base_verb_marker(previous) && !preposition && !plural) || joined)
        && word.len() >= 3
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !is_stop_word(word)
        && !word.ends_with("ly")
        && number_word(word).is_none()
        && !is_ordinal_word(word)
        && tokens[i].span.slice(text).starts_with(char::is_lowercase);
    base.then(|| (word.to_string(), VerbForm::Base))
}

/// True when the event word at `i` is used as a verb in its sentence.
fn used_as_verb(text: &str, tokens: &[Token], i: usize, form: VerbForm) -> bool {
    let previous = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
    if previous.is_some_and(is_determiner) {
        return false;
    }
    match form {
        // After a preposition a past form describes the noun after it ("an
        // offer of subsidized electricity", "sold at reduced prices").
        VerbForm::Past => !previous.is_some_and(is_preposition),
        VerbForm::Ing => {
            let participle =
                i > 0 && text[tokens[i - 1].span.end..tokens[i].span.start].contains(',');
            // After `to` an -ing form is a gerund ("pleaded guilty to
            // stealing"), part of the statement before it.
            participle
                || previous
                    .is_some_and(|p| p != "to" && (is_auxiliary(p) || certainty_cue(p).is_some()))
        }
        VerbForm::Base => previous.is_some_and(is_auxiliary),
        // After a name ("Kostrovia holds"), not after a capitalised
        // function word opening the sentence ("As RISS expert …").
        VerbForm::PresentS => previous.is_some_and(|p| {
            matches!(p, "he" | "she" | "it" | "who" | "which" | "that")
                || (tokens[i - 1]
                    .span
                    .slice(text)
                    .starts_with(char::is_uppercase)
                    && !is_stop_word(p))
        }),
    }
}

/// The certainty of the event at token `i` and where its cue is written: the
/// nearest cue before it in its clause, negation included ("did not agree to");
/// a past form without a cue is done; anything else without a cue is unknown.
fn certainty(
    text: &str,
    tokens: &[Token],
    i: usize,
    form: VerbForm,
) -> (Option<Modality>, Option<Span>) {
    if states_no_certainty(tokens, i, form) {
        return (None, None);
    }
    let mut negated = false;
    let mut cue: Option<(Certainty, Span)> = None;
    for k in back_in_clause(text, tokens, i, CUE_REACH) {
        let word = tokens[k].norm.as_str();
        if form == VerbForm::PresentS && cue.is_none() && is_pending_conjunction(word) {
            return (None, None);
        }
        // An indirect question ("declined to say whether the line caused
        // the fire", "whether it will reopen is unclear") asks about the
        // event and states nothing of it.
        if cue.is_none() && word == "whether" {
            return (None, None);
        }
        let Some(found) = certainty_cue(word) else {
            continue;
        };
        if cue_needs_in(word) && (k == 0 || tokens[k - 1].norm != "in") {
            continue;
        }
        // "The bill would require": what a measure provides, not a forecast.
        if word == "would" && states_a_provision(tokens, k) {
            return if negated {
                (Some(Modality::Denied), cue.map(|(_, s)| s))
            } else {
                (None, None)
            };
        }
        if found == Certainty::Denied {
            negated = true;
            if cue.is_none() {
                cue = Some((found, tokens[k].span));
            }
            continue;
        }
        if cue.is_none_or(|(c, _)| c == Certainty::Denied) {
            let span = cue.map_or(tokens[k].span, |(_, s)| {
                Span::new(tokens[k].span.start, s.end)
            });
            cue = Some((found, span));
            if !negated {
                break;
            }
        }
    }
    // "No" right after the verb denies it of its object as "not" before it
    // does ("admits no wrongdoing", "paid no taxes", "found no evidence").
    if let Some(next) = tokens.get(i + 1)
        && next.norm == "no"
        && text[tokens[i].span.end..next.span.start].trim().is_empty()
    {
        negated = true;
        if cue.is_none() {
            cue = Some((Certainty::Denied, next.span));
        }
    }
    // "has not yet voted", "has yet to rule", "has not voted yet": not so
    // far, which is no denial ("yet" alone is also "but": "yet the mayor did
    // not sign" denies).
    let not_yet = |k: usize| {
        tokens[k].norm == "yet"
            && (k > 0 && certainty_cue(&tokens[k - 1].norm) == Some(Certainty::Denied)
                || tokens.get(k + 1).is_some_and(|t| t.norm == "to"))
    };
    let yet_after =
        negated && on_in_clause(text, tokens, i, CUE_REACH).any(|k| tokens[k].norm == "yet");
    let pending = yet_after || back_in_clause(text, tokens, i, CUE_REACH).any(not_yet);
    let modality = match (cue.map(|(c, _)| c), negated) {
        (Some(Certainty::Urged), _) => Some(Modality::Urged),
        _ if pending => Some(Modality::Pending),
        (_, true) => Some(Modality::Denied),
        (Some(certainty), _) => Some(modality_of(certainty)),
        (None, _) => matches!(form, VerbForm::Past | VerbForm::PresentS).then_some(Modality::Done),
    };
    (modality, cue.map(|(_, s)| s))
}

/// The modality a cue word's certainty gives the event it governs.
fn modality_of(certainty: Certainty) -> Modality {
    match certainty {
        Certainty::Settled => Modality::Done,
        Certainty::Expected => Modality::Expected,
        Certainty::Considered => Modality::Considered,
        Certainty::Denied => Modality::Denied,
        Certainty::Urged => Modality::Urged,
    }
}

/// True when the verb at token `i` is put where it states no certainty: in the
/// perfect after a counterfactual modal ("should have notified", "ought to
/// have told": it did not happen as it should have), or a past participle
/// after "being" ("customers are being offered"): under way, neither done nor
/// expected. Adverbs between are skipped ("should have promptly notified").
fn states_no_certainty(tokens: &[Token], i: usize, form: VerbForm) -> bool {
    let mut k = i;
    while k > 0 && tokens[k - 1].norm.ends_with("ly") {
        k -= 1;
    }
    let before = |n: usize| k.checked_sub(n).map(|p| tokens[p].norm.as_str());
    match before(1) {
        Some("have") => {
            before(2).is_some_and(is_counterfactual_modal)
                || (before(2) == Some("to") && before(3) == Some("ought"))
        }
        Some("being") => form == VerbForm::Past,
        _ => false,
    }
}

/// True when the `would` at token `k` follows a measure or plan (see
/// [`is_provision_noun`]), directly or through "that"/"which" ("a deal that
/// would create"): it states what the measure provides.
fn states_a_provision(tokens: &[Token], k: usize) -> bool {
    let before = |n: usize| k.checked_sub(n).map(|i| tokens[i].norm.as_str());
    match before(1) {
        Some("that" | "which") => before(2).is_some_and(is_provision_noun),
        Some(word) => is_provision_noun(word),
        None => false,
    }
}

/// True when a capitalised run names an institution or a place, whoever it
/// resembles: it ends in an institution's or place's head word ("Former
/// Tessaway County"), or such a word heads an "of" phrase ("Valdoria's Ministry
/// of Industry", "Department of Justice").
fn names_an_institution(form: &str) -> bool {
    let words: Vec<String> = form.split_whitespace().map(str::to_lowercase).collect();
    words.last().is_some_and(|w| is_org_head(w))
        || words
            .windows(2)
            .any(|pair| pair[1] == "of" && is_org_head(&pair[0]))
}

/// People named in the sentence: an entity fact for every name the language
/// layer took for a person's (not an organisation's, nor one shaped like an
/// institution's), and a role fact (an anchor) where a person is introduced
/// with a role the first time the article names them ("U.S. District Judge
/// Karen L. Whitcomb", "Glenda Pruitt, a Republican,").
fn people(
    lang: &ArticleLanguage<'_>,
    sentence: usize,
    outside: &dyn Fn(Span) -> bool,
    memory: &mut ArticleMemory,
    out: &mut Vec<Found>,
) {
    let text = lang.text();
    let range = lang.sentences[sentence].span;
    let tokens = lang.sentence_tokens(sentence);
    let token_at = |pos: usize| tokens.partition_point(|t| t.span.start < pos);
    for index in lang.sentence_mention_range(sentence) {
        let mention = &lang.mentions[index];
        let first = &lang.words[mention.start];
        let last = &lang.words[mention.end - 1];
        let span = Span::new(first.span.start, last.span.end);
        if !range.contains(span) || !outside(span) {
            continue;
        }
        let person = lang.named.of_mention(index);
        if person.is_empty() || mention.kind != Kind::Person || names_an_institution(&mention.form)
        {
            continue;
        }
        out.push(Found {
            fact: Fact {
                span,
                value: FactValue::Entity {
                    entity: EntityKind::Person,
                    name: mention.form.clone(),
                },
            },
            anchor: false,
            token: token_at(span.start),
        });
        let key = match person {
            [one] => lang.people.person(*one).canonical().to_string(),
            _ => mention.form.clone(),
        };
        let party = party_after(lang, mention.end);
        let described = appositive_after(lang, mention.end, range);
        // A role word names the role ("chief U.S. economist": chief), not a
        // place or initials written beside it.
        let titled = mention
            .roles
            .iter()
            .rfind(|r| is_role_word(r))
            .or(mention.roles.last())
            .cloned()
            .or_else(|| party.map(str::to_string));
        let by_verb = described.as_ref().is_some_and(|d| d.by_verb);
        let (role, role_end, token) = match (titled, described) {
            (Some(role), Some(d)) => (role, d.end, Some(d.head_token)),
            (Some(role), None) => (role, span.end, None),
            (None, Some(d)) => (d.head, d.end, Some(d.head_token)),
            (None, None) => continue,
        };
        if is_one_word(&mention.form) || !memory.introduce(key) {
            continue;
        }
        let run = &lang.words[title_start(&lang.words, mention.run_start)];
        let start = run.span.start.min(span.start);
        let role_span = Span::new(start, role_end);
        out.push(Found {
            fact: Fact {
                span: role_span,
                value: FactValue::Role {
                    role,
                    holder: mention.form.clone(),
                    text: role_span.slice(text).to_string(),
                    by_verb,
                },
            },
            anchor: true,
            token: token.map_or_else(|| token_at(start), |w| token_at(lang.words[w].span.start)),
        });
    }
}

/// The first word of a title that a name's capitalised run continues across
/// `of` ("Secretary of State Antony Blinken", "Minister of Foreign Affairs Ana
/// Lopez"): the run starts after `of`, the title before it.
fn title_start(words: &[Word<'_>], run_start: usize) -> usize {
    let mut start = run_start;
    while start >= 2
        && words[start - 1].lower == "of"
        && words[start - 1].gap == Gap::Space
        && words[start].gap == Gap::Space
        && words[start - 2].capitalised()
        && words[start - 2].sentence == words[start].sentence
    {
        start -= 2;
    }
    start
}

/// Words an appositive description after a name may run to.
const APPOSITIVE_REACH: usize = 10;

/// A description set off after a name: its head noun, the word it is read
/// at, and where it ends.
struct Appositive {
    /// The head noun (`analyst`, `councilor`).
    head: String,
    /// Index in `ArticleLanguage::words` of the head noun.
    head_token: usize,
    /// The end of the description in the text.
    end: usize,
    /// True for a verb of holding a post ("who leads the union").
    by_verb: bool,
}

/// A description set off by a comma after a name: an apposition ("Howard
/// Kim, an analyst at Tolland Securities, said"; "Ana Ruiz, a city councilor
/// who ...") or a relative clause of a post the person holds ("Ana Ruiz, who
/// chairs the council,"; "who is the head of the union"): the person
/// introduced with a role in other words than a title.
fn appositive_after(lang: &ArticleLanguage<'_>, end: usize, sentence: Span) -> Option<Appositive> {
    let first = lang.words.get(end)?;
    if first.gap != Gap::Comma || !sentence.contains(first.span) {
        return None;
    }
    if first.lower == "who" {
        return relative_role(lang, end + 1, sentence);
    }
    // An age set off before the description ("Carla Mendez, 54, a nurse at
    // the hospital") is read past.
    let aged = first.lower.len() <= 3 && first.lower.bytes().all(|b| b.is_ascii_digit());
    if aged && lang.words.get(end + 1).is_some_and(|w| w.gap == Gap::Comma) {
        return appositive_after(lang, end + 1, sentence);
    }
    described_from(lang, end, sentence)
}

/// A description of a post after `who` at word `k`: `is` or `was` and a
/// description ("who is the head of the union"), or a verb of holding a post
/// and its object to the closing comma ("who leads the Metalworkers' Union at
/// the plant,"), whose role is the verb's noun (`leader`).
fn relative_role(lang: &ArticleLanguage<'_>, k: usize, sentence: Span) -> Option<Appositive> {
    let verb = lang.words.get(k)?;
    if verb.gap != Gap::Space || !sentence.contains(verb.span) {
        return None;
    }
    if matches!(verb.lower.as_str(), "is" | "was") {
        return lang
            .words
            .get(k + 1)
            .filter(|w| w.gap == Gap::Space)
            .and_then(|_| described_from(lang, k + 1, sentence));
    }
    let role = role_of_verb(&verb.lower)?;
    let last = object_end(lang, k + 1, k + 1 + APPOSITIVE_REACH, sentence)?;
    (last > k).then(|| Appositive {
        head: role.to_string(),
        head_token: k,
        end: lang.words[last - 1].span.end,
        by_verb: true,
    })
}

/// One past the last word of a phrase from word `k` that runs, words apart by
/// spaces only, to a comma or the end of its sentence (the end of the text
/// ends the last one) before word `limit`; `None` when other punctuation or
/// the limit comes first.
fn object_end(lang: &ArticleLanguage<'_>, k: usize, limit: usize, sentence: Span) -> Option<usize> {
    for j in k..limit.min(lang.words.len()) {
        let word = &lang.words[j];
        if !sentence.contains(word.span) || matches!(word.gap, Gap::Comma | Gap::Stop) {
            return Some(j);
        }
        if word.gap != Gap::Space {
            return None;
        }
    }
    (limit >= lang.words.len()).then_some(lang.words.len())
}

/// A description that starts with the article at word `end` and ends at the
/// next comma or sentence end, or before a relative pronoun. Its head is its
/// last lower-case word before a preposition.
fn described_from(lang: &ArticleLanguage<'_>, end: usize, sentence: Span) -> Option<Appositive> {
    let first = lang.words.get(end)?;
    if !matches!(first.lower.as_str(), "a" | "an" | "the") {
        return None;
    }
    let mut head: Option<usize> = None;
    let mut last = end;
    let mut closed = false;
    for k in end + 1..(end + 1 + APPOSITIVE_REACH).min(lang.words.len()) {
        let word = &lang.words[k];
        if !sentence.contains(word.span) {
            closed = true;
            break;
        }
        match word.gap {
            Gap::Space => {}
            Gap::Comma | Gap::Stop => {
                closed = true;
                break;
            }
            _ => return None,
        }
        if is_relative_pronoun(&word.lower) {
            closed = true;
            break;
        }
        last = k;
        if is_preposition(&word.lower) {
            break;
        }
        let plain = word.text.starts_with(char::is_lowercase)
            && word.text.chars().all(|c| c.is_alphabetic() || c == '-')
            && word.text.len() >= 3
            && !is_stop_word(&word.lower);
        if plain {
            head = Some(k);
        }
    }
    // The end of the text closes the description as a sentence's end does.
    if last + 1 == lang.words.len() && !is_preposition(&lang.words[last].lower) {
        closed = true;
    }
    // A preposition's object runs on to the closing comma.
    if !closed {
        let end = object_end(lang, last + 1, end + 1 + APPOSITIVE_REACH, sentence)?;
        closed = true;
        last = end - 1;
    }
    let head = head.filter(|_| closed)?;
    Some(Appositive {
        head: lang.words[head].lower.clone(),
        head_token: head,
        end: lang.words[last].span.end,
        by_verb: false,
    })
}

/// A party named in an apposition right after a name (`Smith, a Republican,`).
fn party_after(lang: &ArticleLanguage<'_>, end: usize) -> Option<&'static str> {
    let words = lang.words.get(end..end + 3)?;
    words
        .iter()
        .take_while(|w| is_stop_word(&w.lower) || party_member(&w.lower).is_some())
        .find_map(|w| party_member(&w.lower))
}

/// Who the sentence's statements are attributed to (its speech events).
fn attributions(lang: &ArticleLanguage<'_>, sentence: usize, out: &mut Vec<Found>) {
    let tokens = lang.sentence_tokens(sentence);
    for event in lang.sentence_events(sentence) {
        let source = match &event.subject {
            Some(Subject::Name(m)) => lang.mentions[*m].form.clone(),
            Some(Subject::Names(ms)) => match ms.first() {
                Some(&m) => lang.mentions[m].form.clone(),
                None => continue,
            },
            Some(Subject::Role { roles, .. }) => roles.join(" "),
            _ => continue,
        };
        let word = &lang.words[event.word];
        out.push(Found {
            fact: Fact {
                span: word.span,
                value: FactValue::Attribution { source },
            },
            anchor: false,
            token: tokens.partition_point(|t| t.span.start < word.span.start),
        });
    }
}
