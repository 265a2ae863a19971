//! What claim linking compares: the clause's content words, the names around it,
//! its event, and keys for its typed facts (with and without their values).

use crate::analysis::language::ArticleLanguage;
use crate::analysis::language::clock::{self, ClockTime};
use crate::analysis::language::lexicon::{
    AmountRole, VerbForm, amount_role, counted_class, counts_the_rest, event_noun, event_verb,
    general_past_verb, is_calendar_word, is_confinement, is_generic_count_noun, is_name_suffix,
    is_org_head, is_person_noun, is_role_word, is_stop_word, is_title_abbreviation, measure_unit,
    moves_a_figure, number_word, role_key, states_a_habit, synonym, time_unit,
};
use crate::analysis::language::tokens::stem;

use super::facts::Found;
use super::units::Unit;
use super::{Fact, FactValue};

/// A sentence with fewer content words than this borrows the words of the
/// sentence before it as context.
const SHORT_SENTENCE_WORDS: usize = 5;

/// Words either side of an amount searched for its role ("requested", "in total").
const ROLE_REACH: usize = 3;

/// The features of one claim.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClaimFeatures {
    /// The anchor's kind (`money`, `event`, …).
    pub kind: &'static str,
    /// Content-word stems of the clause unit, numbers and calendar words left out.
    pub words: Vec<String>,
    /// Those of `words` written in lower case: the clause's words that are no
    /// part of a name ("proposed", "pipeline", not "Cascadia").
    pub common: Vec<String>,
    /// Content-word stems of the whole sentence, for a unit that says little on
    /// its own ("97 to 51").
    pub context: Vec<String>,
    /// The sentence's content-word stems without people's names, sorted: two
    /// claims must share one of these, so that sentences sharing only a name
    /// never link.
    pub topic: Vec<String>,
    /// Surname keys of the people named in the sentence, nearest the anchor
    /// first.
    pub names: Vec<String>,
    /// The full names of people named in the clause unit, folded.
    pub people: Vec<String>,
    /// The event class of the anchor, or of the unit's first event.
    pub predicate: Option<String>,
    /// Keys of the anchor's value (`money:USD:4310`): equal keys are one fact.
    pub keys: Vec<String>,
    /// Keys of the anchor's value as another outlet may round it (`14.2` as
    /// `14`, `61,208` as `61,000`) or leave out its period (`€90 million a
    /// year` as `€90 million`): a value written that way elsewhere is the
    /// same figure.
    pub rounded: Vec<String>,
    /// The anchor's slot without its value (`money:USD:student:granted`).
    pub slot: String,
    /// True for a role a verb of holding the post states ("who chairs the
    /// union"; see [`FactValue::Role`]).
    pub post_by_verb: bool,
    /// The role whose holder a count describes ("a two-term Mayor": `mayor`;
    /// see [`role_described`]), or empty.
    pub holder_role: String,
    /// Whose count a count is, where its words say it (see [`CountOwner`]).
    pub owner: CountOwner,
    /// The anchor's value, for amounts (durations in days).
    pub value: Option<f64>,
    /// True when the anchor's value is specific enough that two outlets stating
    /// it are stating one fact (`$86.4 million`, `61,208`, a tally, a named
    /// person's age), whatever their other words.
    pub specific: bool,
    /// The dates the unit states, resolved where possible.
    pub dates: Vec<String>,
    /// The value keys of every amount in the sentence but the anchor's: two
    /// sentences that share several figures report the same thing.
    pub sentence_keys: Vec<String>,
    /// The unit's text, folded, for recognising word-for-word repeats.
    pub text: String,
    /// The certainty of the verb an amount is stated with: the nearest event
    /// before the anchor in its unit ("was shut for several hours": done;
    /// "could last several hours": considered). `None` for an event anchor,
    /// or where no event comes before the amount or its certainty is unknown.
    pub verb_certainty: Option<super::Modality>,
    /// True when the anchor is an event stated as a habit, in the present
    /// ("holds the exercise every year", "routinely closes"): one dated
    /// occurrence of it is another fact.
    pub habitual: bool,
}

/// Whose a count is, as the words around it say: two counts of one thing
/// that belong to two owners are two figures, however near their values
/// ("the opposition's 112 seats" in "the 240-seat assembly"; "the Democrats'
/// 52 seats" and "the Republicans' 48 seats").
#[derive(Debug, Clone, Default, PartialEq)]
pub enum CountOwner {
    /// The words say nothing of it.
    #[default]
    Unsaid,
    /// A count written as one compound before a noun is that thing's size
    /// ("a 240-seat assembly": `assembl`), as the noun's stem.
    SizeOf(String),
    /// A count after a possessive belongs to the possessor ("the
    /// opposition's 112 seats": `opposition`), as the possessor's stem.
    HeldBy(String),
}

impl CountOwner {
    /// True when two counts belong to two different owners: a thing's size
    /// and what another possessor holds, or what two possessors hold.
    pub fn differs_from(&self, other: &CountOwner) -> bool {
        match (self, other) {
            (Self::SizeOf(a) | Self::HeldBy(a), Self::HeldBy(b))
            | (Self::HeldBy(a), Self::SizeOf(b)) => a != b,
            _ => false,
        }
    }
}

/// The content-word stem of every token of an article (see [`content_stem`]),
/// found once: every claim of a sentence reads its sentence's stems, and a
/// short sentence those of the one before.
pub struct ArticleStems<'a> {
    /// One per token of the article, in the order of `ArticleLanguage::tokens`.
    stems: Vec<Option<&'a str>>,
}

impl<'a> ArticleStems<'a> {
    /// The stems of every token `lang` read.
    pub fn of(lang: &'a ArticleLanguage<'_>) -> Self {
        Self {
            stems: lang.tokens.iter().map(content_stem).collect(),
        }
    }

    /// The stems of sentence `index`'s tokens (as `ArticleLanguage::sentence_tokens`).
    fn sentence(&self, lang: &ArticleLanguage<'_>, index: usize) -> &[Option<&'a str>] {
        lang.sentence_tokens
            .get(index)
            .map_or(&[], |range| &self.stems[range.clone()])
    }
}

/// The features of a claim anchored on `facts[0]` in `unit` of sentence
/// `sentence`; `stems` are the article's (see [`ArticleStems`]).
pub fn features(
    lang: &ArticleLanguage<'_>,
    stems: &ArticleStems<'_>,
    sentence: usize,
    unit: Unit,
    facts: &[Fact],
    sentence_facts: &[Found],
) -> ClaimFeatures {
    let all = lang.sentence_tokens(sentence);
    let all_stems = stems.sentence(lang, sentence);
    let tokens = &all[unit.first..unit.end];
    let unit_stems = &all_stems[unit.first..unit.end];
    let text = lang.text();
    let anchor = facts.first().map(|f| f.span);
    let named: Vec<crate::model::Span> = sentence_facts
        .iter()
        .filter_map(|f| match &f.fact.value {
            FactValue::Entity { .. } | FactValue::Role { .. } => Some(f.fact.span),
            _ => None,
        })
        .collect();
    let words = content_stems(tokens, unit_stems, anchor, &[]);
    let capitalised: Vec<crate::model::Span> = tokens
        .iter()
        .filter(|t| !t.span.slice(text).starts_with(char::is_lowercase))
        .map(|t| t.span)
        .collect();
    let common = content_stems(tokens, unit_stems, anchor, &capitalised);
    let mut context = content_stems(all, all_stems, anchor, &[]);
    let mut topic = content_stems(all, all_stems, anchor, &named);
    // A short sentence ("The price tag: $3.6 billion.") goes on from the one
    // before it, whose words say what it is about.
    if topic.len() < SHORT_SENTENCE_WORDS
        && let Some(previous) = sentence.checked_sub(1)
        && lang.sentences[previous].paragraph + 1 >= lang.sentences[sentence].paragraph
    {
        let before = content_stems(
            lang.sentence_tokens(previous),
            stems.sentence(lang, previous),
            None,
            &named,
        );
        context.extend(before.iter().cloned());
        topic.extend(before);
    }
    if let Some(FactValue::Event { predicate, .. }) = facts.first().map(|f| &f.value) {
        topic.push(format!("event:{predicate}"));
    }
    topic.sort();
    topic.dedup();
    let role = anchor.and_then(|a| {
        let first = tokens.partition_point(|t| t.span.end <= a.start);
        let last = tokens.partition_point(|t| t.span.start < a.end);
        let from = first.saturating_sub(ROLE_REACH);
        let to = (last + ROLE_REACH).min(tokens.len());
        // The word after the count itself says first whether it counts the rest.
        let rest = tokens[first..last.min(tokens.len())]
            .iter()
            .position(|t| {
                t.norm.chars().any(|c| c.is_ascii_digit()) || number_word(&t.norm).is_some()
            })
            .map(|n| first + n + 1)
            .filter(|&after| after < tokens.len())
            .is_some_and(|after| counts_the_rest(&tokens[after].norm));
        if rest {
            return Some(AmountRole::Rest);
        }
        tokens[from..to]
            .iter()
            .find_map(|t| amount_role(&t.norm))
            .or_else(|| requested_by_infinitive(tokens, first))
    });
    // The sentence's names, nearest the anchor first: an age or a role belongs
    // to the name beside it ("Mr. Vance, 61, has run Meridian").
    let mut near: Vec<(usize, String)> = sentence_facts
        .iter()
        .filter_map(|f| match &f.fact.value {
            FactValue::Entity { name, .. } => {
                let gap = anchor.map_or(0, |a| {
                    if f.fact.span.end <= a.start {
                        a.start - f.fact.span.end
                    } else {
                        f.fact.span.start.saturating_sub(a.end)
                    }
                });
                Some((gap, surname_key(name)))
            }
            _ => None,
        })
        .collect();
    near.sort();
    let mut names: Vec<String> = Vec::new();
    for (_, name) in near {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let people: Vec<String> = facts
        .iter()
        .filter_map(|f| match &f.value {
            FactValue::Entity { name, .. } => Some(personal_name(name)),
            FactValue::Role { holder, .. } => Some(personal_name(holder)),
            _ => None,
        })
        .collect();
    let counted = anchor.and_then(|a| counted_event(text, tokens, a));
    // A count's predicate is the event it counts ("confirmed 37 homes
    // destroyed": destroyed); a date's the event it dates, the nearest before
    // it ("stole data in a breach it discovered on Oct. 3": discovered); else
    // the clause's first event.
    let counts = matches!(
        facts.first().map(|f| &f.value),
        Some(FactValue::Quantity { .. })
    );
    let event = |f: &Fact| match &f.value {
        FactValue::Event { predicate, .. } => Some(predicate.clone()),
        _ => None,
    };
    let dated = match (facts.first(), anchor) {
        (Some(f), Some(at))
            if matches!(f.value, FactValue::Date { .. } | FactValue::Time { .. }) =>
        {
            facts
                .iter()
                .filter(|f| f.span.end <= at.start)
                .filter_map(|f| event(f).map(|p| (f.span.end, p)))
                .max_by_key(|(end, _)| *end)
                .map(|(_, p)| p)
        }
        _ => None,
    };
    let predicate = counted
        .filter(|_| counts)
        .map(str::to_string)
        .or(dated)
        .or_else(|| facts.iter().find_map(event));
    let (kind, keys, slot) = match facts.first().map(|f| &f.value) {
        Some(value) => {
            let counted = counted.or(predicate.as_deref());
            let share = anchor.map(|a| share_of(tokens, a)).unwrap_or_default();
            let (kind, keys, slot) = keys_of(value, role, counted, &share, &names);
            let confined =
                kind == "duration" && anchor.is_some_and(|a| served_in_confinement(tokens, a));
            (kind, keys, if confined { PRISON_TERM.into() } else { slot })
        }
        None => ("", Vec::new(), String::new()),
    };
    let rounded = facts
        .first()
        .map(|f| rounded_keys(&f.value))
        .unwrap_or_default();
    let dates = facts
        .iter()
        .skip(1)
        .filter_map(|f| match &f.value {
            FactValue::Date { resolved, text, .. } => {
                Some(resolved.clone().unwrap_or_else(|| text.to_lowercase()))
            }
            _ => None,
        })
        .collect();
    let sentence_keys = sentence_facts
        .iter()
        .filter(|f| f.anchor && Some(f.fact.span) != anchor)
        .filter_map(|f| match &f.fact.value {
            FactValue::Quantity { value, .. }
            | FactValue::Money { value, .. }
            | FactValue::Percent { value, .. }
            | FactValue::Age { value, .. } => Some(value_key(*value)),
            FactValue::Tally { value, against, .. } => Some(format!("{value}-{against}")),
            FactValue::Date {
                resolved: Some(r), ..
            } => Some(r.clone()),
            _ => None,
        })
        .collect();
    let verb_certainty = anchor
        .filter(|&a| !qualifies_a_noun(tokens, a))
        .and_then(|a| amount_certainty(sentence_facts, unit, a));
    let value = facts.first().and_then(|f| match &f.value {
        FactValue::Quantity { value, .. }
        | FactValue::Money { value, .. }
        | FactValue::Percent { value, .. }
        | FactValue::Age { value, .. } => Some(*value),
        FactValue::Duration { value, unit, .. } => Some(value * days_in(unit)),
        FactValue::Time { minutes, .. } => Some(f64::from(*minutes)),
        _ => None,
    });
    let habitual = matches!(facts.first().map(|f| &f.value), Some(FactValue::Event { text, .. })
            if !written_in_past(text))
        && states_a_habit(tokens.iter().map(|t| t.norm.as_str()));
    // One person's age, stated by two outlets, is one fact whatever else their
    // clauses say.
    let specific = facts.first().is_some_and(|f| is_specific(&f.value))
        || (kind == "age" && !names.is_empty());
    ClaimFeatures {
        kind,
        value,
        specific,
        dates,
        sentence_keys,
        words,
        common,
        context,
        topic,
        names,
        people,
        predicate,
        keys,
        rounded,
        slot,
        post_by_verb: matches!(
            facts.first().map(|f| &f.value),
            Some(FactValue::Role { by_verb: true, .. })
        ),
        holder_role: match facts.first().map(|f| &f.value) {
            Some(FactValue::Quantity { .. }) => anchor
                .and_then(|a| role_described(tokens, a))
                .unwrap_or_default()
                .to_string(),
            _ => String::new(),
        },
        owner: match facts.first().map(|f| &f.value) {
            Some(FactValue::Quantity { .. }) => {
                anchor.map_or(CountOwner::Unsaid, |a| count_owner(text, tokens, all, a))
            }
            _ => CountOwner::Unsaid,
        },
        text: fold(unit.span.slice(text)),
        verb_certainty,
        habitual,
    }
}

/// Words after a compound count searched for the head of its noun phrase.
const HEAD_REACH: usize = 3;

/// Whose the count at `anchor` is (see [`CountOwner`]): the head of the noun
/// phrase after a compound count in its clause's `tokens` ("240-seat
/// assembly"), or the word of the sentence (`sentence`) right before it when
/// the tokenizer left it a possessive ("the opposition's 112 seats", "the
/// Democrats' 52 seats"; a pronoun's "its" leaves it unsaid).
fn count_owner(
    text: &str,
    tokens: &[crate::analysis::language::tokens::Token],
    sentence: &[crate::analysis::language::tokens::Token],
    anchor: crate::model::Span,
) -> CountOwner {
    let last = tokens.partition_point(|t| t.span.start < anchor.end);
    // The noun phrase's head is its last word ("a 240-seat National
    // Assembly": `assembl`); punctuation ends the phrase.
    let mut end = anchor.end;
    let head = tokens[last.min(tokens.len())..]
        .iter()
        .take(HEAD_REACH)
        .take_while(|t| {
            let joined = text[end..t.span.start].trim().is_empty();
            end = t.span.end;
            joined && t.is_content() && t.norm.chars().all(char::is_alphabetic)
        })
        .last();
    if anchor.slice(text).contains('-')
        && let Some(head) = head
    {
        return CountOwner::SizeOf(word_stem(&head.norm).to_string());
    }
    // The tokenizer keeps a singular possessive's "'s" on its word (either
    // apostrophe, folded) and leaves a plural's lone apostrophe between words.
    let before = sentence
        .partition_point(|t| t.span.end <= anchor.start)
        .checked_sub(1)
        .map(|k| &sentence[k]);
    let possessor = before.and_then(|t| match text[t.span.end..anchor.start].trim() {
        "" => t.norm.strip_suffix("'s"),
        "'" | "\u{2019}" if t.norm.ends_with('s') => Some(t.norm.as_str()),
        _ => None,
    });
    match possessor.and_then(|p| p.split(|c: char| !c.is_alphanumeric()).next_back()) {
        Some(word) if !word.is_empty() && !is_stop_word(word) => {
            CountOwner::HeldBy(word_stem(word).to_string())
        }
        _ => CountOwner::Unsaid,
    }
}

/// True when an event verb is written in a past form ("held", "closed"),
/// which tells of an occurrence rather than a habit.
fn written_in_past(verb: &str) -> bool {
    let lower = verb.to_lowercase();
    match event_verb(&lower) {
        Some((_, form)) => form == VerbForm::Past,
        None => lower.ends_with("ed"),
    }
}

/// The certainty of the event nearest before an amount at `anchor` in `unit`
/// (see [`ClaimFeatures::verb_certainty`]); `None` for an event's own anchor.
fn amount_certainty(
    sentence_facts: &[Found],
    unit: Unit,
    anchor: crate::model::Span,
) -> Option<super::Modality> {
    let own = sentence_facts.iter().find(|f| f.fact.span == anchor)?;
    if matches!(own.fact.value, FactValue::Event { .. }) {
        return None;
    }
    let event = sentence_facts
        .iter()
        .filter(|f| (unit.first..own.token).contains(&f.token) && f.fact.span.end <= anchor.start)
        .rfind(|f| matches!(f.fact.value, FactValue::Event { .. }))?;
    sentence_facts.iter().find_map(|f| match f.fact.value {
        FactValue::Modality { value, .. } if f.token == event.token => Some(value),
        _ => None,
    })
}

/// True when the amount at `anchor` completes a noun's `of` ("the conflict
/// of twenty years", "a fine of $5,000"): it describes the thing named, so
/// the certainty of the verb before ("hopes to close the conflict of twenty
/// years") is not its own.
fn qualifies_a_noun(
    tokens: &[crate::analysis::language::tokens::Token],
    anchor: crate::model::Span,
) -> bool {
    let first = tokens.partition_point(|t| t.span.start < anchor.start);
    first >= 2
        && tokens[first - 1].norm == "of"
        && tokens[first - 2].is_content()
        && event_verb(&tokens[first - 2].norm).is_none()
        && general_past_verb(&tokens[first - 2].norm).is_none()
}

/// Words after a percentage searched for what it is a share of.
const SHARE_REACH: usize = 5;

/// Words after a count searched for the role it describes.
const DESCRIBED_REACH: usize = 3;

/// The role a count describes its holder by, written right after it ("a
/// two-term Mayor", "the three-term council member": `mayor`, `member`):
/// such a count belongs to the one holding that role, and a count of one
/// role's holder says nothing of another's.
fn role_described(
    tokens: &[crate::analysis::language::tokens::Token],
    anchor: crate::model::Span,
) -> Option<&str> {
    let last = tokens.partition_point(|t| t.span.start < anchor.end);
    tokens[last..]
        .iter()
        .take(DESCRIBED_REACH)
        .take_while(|t| t.norm.chars().all(|c| c.is_alphabetic() || c == '-'))
        .find(|t| is_role_word(&t.norm))
        .map(|t| role_key(&t.norm))
}

/// What a percentage at `anchor` is a share of or measures, as the stem of the
/// last word of the noun phrase after it: "a 28% premium" → `premium`, "60
/// percent of the price" → `price`, "88 percent of the delegate vote" → `vote`;
/// empty when no noun follows ("won 57 percent").
fn share_of(
    tokens: &[crate::analysis::language::tokens::Token],
    anchor: crate::model::Span,
) -> String {
    let last = tokens.partition_point(|t| t.span.start < anchor.end);
    let mut head: Option<&str> = None;
    for token in tokens[last..].iter().take(SHARE_REACH) {
        let word = token.norm.as_str();
        let leading = head.is_none()
            && matches!(
                word,
                "of" | "the" | "a" | "an" | "its" | "their" | "his" | "her" | "all"
            );
        if leading {
            continue;
        }
        if !token.is_content()
            || !word.chars().all(|c| c.is_alphabetic() || c == '-')
            || event_verb(word).is_some()
            || word.ends_with("ed")
        {
            break;
        }
        head = Some(word);
    }
    head.map(|w| stem(w).to_string()).unwrap_or_default()
}

/// Words before an amount searched for a request whose infinitive it ends.
const REQUEST_REACH: usize = 8;

/// The requested role of an amount that ends the infinitive of a request
/// within [`REQUEST_REACH`] words before it ("denied a prosecution request to
/// raise Ms. Whitcombe's bail to $250,000", "sought to lift the cap to $9
/// million"): the amount asked for, not one granted or stated.
fn requested_by_infinitive(
    tokens: &[crate::analysis::language::tokens::Token],
    first: usize,
) -> Option<AmountRole> {
    let from = first.saturating_sub(REQUEST_REACH);
    (from..first.saturating_sub(1))
        .any(|k| {
            amount_role(&tokens[k].norm) == Some(AmountRole::Requested)
                && tokens[k + 1].norm == "to"
        })
        .then_some(AmountRole::Requested)
}

/// Words after a length of time searched for where it is served ("in a
/// federal prison").
const CONFINEMENT_REACH: usize = 3;

/// The slot of a prison term: a length of time served in confinement (see
/// [`is_confinement`]), which each outlet states of its own subject.
pub const PRISON_TERM: &str = "duration:prison";

/// True when the length of time at `anchor` is served in confinement: a word
/// of confinement follows it within [`CONFINEMENT_REACH`] words, after
/// nothing but prepositions, articles and modifiers ("20 years in prison",
/// "25 years behind bars", "two years in a state prison").
fn served_in_confinement(
    tokens: &[crate::analysis::language::tokens::Token],
    anchor: crate::model::Span,
) -> bool {
    let last = tokens.partition_point(|t| t.span.start < anchor.end);
    tokens[last..]
        .iter()
        .take(CONFINEMENT_REACH)
        .take_while(|t| t.norm.chars().all(char::is_alphabetic))
        .any(|t| is_confinement(&t.norm))
}

/// Words either side of a count searched for the event it counts.
const COUNT_REACH: usize = 4;

/// The event a count at `anchor` counts: an event noun right after it ("17
/// injured", "two people were found dead": the state, not the finding), else
/// an event verb right after it ("37 homes destroyed"), else an event noun or
/// verb right before it ("killed three", "the death of three"); words past
/// a comma or other clause mark belong to another clause ("killing two
/// people, fire officials said").
fn counted_event(
    text: &str,
    tokens: &[crate::analysis::language::tokens::Token],
    anchor: crate::model::Span,
) -> Option<&'static str> {
    let first = tokens.partition_point(|t| t.span.end <= anchor.start);
    let last = tokens.partition_point(|t| t.span.start < anchor.end);
    let mut end = (last + COUNT_REACH).min(tokens.len());
    if let Some(cut) = (last.max(1)..end)
        .find(|&k| text[tokens[k - 1].span.end..tokens[k].span.start].contains([',', ';', ':']))
    {
        end = cut;
    }
    let after = &tokens[last.min(end)..end];
    let named_after = after.iter().find_map(|t| event_noun(&t.norm));
    named_after
        .or_else(|| after.iter().find_map(event_named))
        .or_else(|| {
            let before = &tokens[first.saturating_sub(COUNT_REACH)..first];
            // "The number of people killed … rose to 17": the count is what
            // the figure counts, killed, not its rise.
            let moved = before.iter().any(|t| {
                event_verb(&t.norm)
                    .map(|(class, _)| class.to_string())
                    .or_else(|| general_past_verb(&t.norm))
                    .is_some_and(|class| moves_a_figure(&class))
            });
            moved
                .then(|| figure_event(&tokens[..first]))
                .flatten()
                .or_else(|| {
                    before
                        .iter()
                        .zip(&tokens[first.saturating_sub(COUNT_REACH) + 1..])
                        .rev()
                        .filter(|(_, next)| !modifies_a_noun(next))
                        .find_map(|(t, _)| event_named(t))
                })
        })
}

/// True when the word before `next`, a noun for people or an institution,
/// modifies it ("fire officials", "the fire department", "rescue workers",
/// "striking workers"): an event word there names them, it is no event of
/// the clause.
fn modifies_a_noun(next: &crate::analysis::language::tokens::Token) -> bool {
    is_person_noun(&next.norm) || is_org_head(&next.norm)
}

/// The event a token names, as a noun ("deaths") or a verb ("destroyed").
fn event_named(token: &crate::analysis::language::tokens::Token) -> Option<&'static str> {
    event_noun(&token.norm).or_else(|| event_verb(&token.norm).map(|(class, _)| class))
}

/// Tokens after "number of" searched for the event the number counts.
const FIGURE_EVENT_REACH: usize = 3;

/// The event a figure named in `tokens` counts: the event after "the number
/// of" ("the number of people killed": killed), or the death of a death toll.
fn figure_event(tokens: &[crate::analysis::language::tokens::Token]) -> Option<&'static str> {
    tokens.windows(2).enumerate().find_map(|(k, pair)| {
        match (pair[0].norm.as_str(), pair[1].norm.as_str()) {
            ("number", "of") => tokens[k + 2..]
                .iter()
                .take(FIGURE_EVENT_REACH)
                .find_map(event_named),
            ("death", "toll") => event_noun(&pair[1].norm),
            _ => None,
        }
    })
}

/// The content-word stem of `token`, or `None` for a word that is no content
/// word, a number or a calendar word.
fn content_stem(token: &crate::analysis::language::tokens::Token) -> Option<&str> {
    (token.is_content()
        && !token.norm.starts_with(|c: char| c.is_ascii_digit())
        && !is_calendar_word(&token.norm))
    .then(|| word_stem(&token.norm))
}

/// The form a clause's word is compared in: its synonym's ("fine" and
/// "penalty" alike), else its stem. A verb's event is compared as its class
/// ("began" / "will start"), apart from the words: folded into them too it
/// would count twice, so an event verb keeps its stem. Whatever is compared
/// with a claim's `words` is written in this form.
pub fn word_stem(word: &str) -> &str {
    synonym(word)
        .filter(|_| event_verb(word).is_none())
        .unwrap_or_else(|| stem(word))
}

/// Content-word stems of `tokens` (`stems` holds each one's, see
/// [`content_stem`]), leaving out the words of the `anchor` itself (a unit
/// such as "years" says nothing of the topic) and people's names (`named`:
/// they are compared apart, so that two sentences sharing only a name do not
/// look alike).
fn content_stems(
    tokens: &[crate::analysis::language::tokens::Token],
    stems: &[Option<&str>],
    anchor: Option<crate::model::Span>,
    named: &[crate::model::Span],
) -> Vec<String> {
    tokens
        .iter()
        .zip(stems)
        .filter_map(|(t, s)| s.map(|s| (t, s)))
        .filter(|(t, _)| anchor.is_none_or(|a| !a.contains(t.span)))
        .filter(|(t, _)| !named.iter().any(|n| n.contains(t.span)))
        .map(|(_, s)| s.to_string())
        .collect()
}

/// A value rounded to three significant digits, as a key.
fn value_key(value: f64) -> String {
    if value == 0.0 {
        return "0".into();
    }
    format!("{}", significant(value, 3))
}

/// `value` (not zero) rounded to `digits` significant digits.
fn significant(value: f64, digits: i32) -> f64 {
    let magnitude = value.abs().log10().floor() as i32;
    let step = 10f64.powi(magnitude - (digits - 1));
    (value / step).round() * step
}

/// The key of amount `anchor` (a count, a sum of money or a percentage) if its
/// value were `value`: one key for the value as written ([`keys_of`]) and for
/// its roundings ([`rounded_keys`]), so the two always compare. `None` for
/// other facts.
fn amount_key(anchor: &FactValue, value: f64) -> Option<String> {
    match anchor {
        FactValue::Quantity { .. } => Some(format!("quantity:{}", value_key(value))),
        FactValue::Money { currency, per, .. } => Some(money_key(
            currency,
            value,
            per.as_deref().map(stem).unwrap_or_default(),
        )),
        FactValue::Percent { .. } => Some(format!("percent:{}", value_key(value))),
        _ => None,
    }
}

/// The key of a sum of `value` in `currency` per `per` (a stemmed period, or
/// empty for a sum given without one).
fn money_key(currency: &str, value: f64, per: &str) -> String {
    format!("money:{currency}:{}:{per}", value_key(value))
}

/// Most a rounding to a whole number may change a value by, as a share of it.
const MAX_ROUNDING: f64 = 0.05;

/// The keys of an amount's value rounded as outlets round it: to a whole
/// number (where that changes it little), and a large value to two
/// significant digits, and a sum per period without its period (see
/// [`ClaimFeatures::rounded`]); none for other facts.
fn rounded_keys(anchor: &FactValue) -> Vec<String> {
    if let Some(time) = anchor.clock_time() {
        return time_roundings(&time);
    }
    let value = match anchor {
        FactValue::Quantity { value, .. }
        | FactValue::Money { value, .. }
        | FactValue::Percent { value, .. } => *value,
        _ => return Vec::new(),
    };
    let two_digits = if value.abs() >= 100.0 {
        significant(value, 2)
    } else {
        value
    };
    // A whole number is a rounding of a value it changes little ("14.2
    // percent" / "14 percent"); "1.5 per cent" is no "2 per cent".
    let whole = value.round();
    let whole = if (whole - value).abs() <= MAX_ROUNDING * value.abs() {
        whole
    } else {
        value
    };
    let mut roundings: Vec<f64> = [whole, two_digits]
        .into_iter()
        .filter(|r| *r != 0.0 && value_key(*r) != value_key(value))
        .collect();
    roundings.dedup_by(|x, y| value_key(*x) == value_key(*y));
    let mut keys: Vec<String> = roundings
        .into_iter()
        .filter_map(|r| amount_key(anchor, r))
        .collect();
    // A sum per year or per day is the sum another outlet gives without
    // saying what period it is for ("180 million euros a year" / "about 180
    // million euros"): the period left out is no other figure.
    if let FactValue::Money {
        currency,
        per: Some(_),
        ..
    } = anchor
    {
        keys.push(money_key(currency, value, ""));
    }
    keys
}

/// The key of a time of day, `minutes` after midnight.
fn time_key(minutes: u32) -> String {
    format!("time:{minutes}")
}

/// The keys of every other minute a time of day allows (see
/// [`clock::window`]): "shortly after 7 p.m." meets "7:05 p.m.", "2:10 a.m."
/// only itself.
fn time_roundings(time: &ClockTime) -> Vec<String> {
    let (low, high) = clock::window(time);
    (low..=high)
        .filter(|&m| m != time.minutes)
        .map(|m| time_key(m % clock::DAY_MINUTES))
        .collect()
}

/// The keys and slot of an anchor fact.
fn keys_of(
    anchor: &FactValue,
    role: Option<AmountRole>,
    predicate: Option<&str>,
    share_of: &str,
    names: &[String],
) -> (&'static str, Vec<String>, String) {
    let role = match role {
        Some(AmountRole::Total) => "total",
        Some(AmountRole::Requested) => "requested",
        Some(AmountRole::Granted) => "granted",
        Some(AmountRole::Rest) => "rest",
        None => "",
    };
    let kind = anchor.kind();
    match anchor {
        FactValue::Quantity { value, unit, .. } => {
            let named = unit.split_whitespace().find_map(event_noun);
            // A unit of measure says what is measured wherever it stands
            // ("80 km offshore"); else the last word that is no generic noun.
            let noun = unit
                .split_whitespace()
                .find_map(measure_unit)
                .or_else(|| {
                    unit.split_whitespace()
                        .rfind(|w| !is_generic_count_noun(w))
                        .map(|w| counted_class(w).unwrap_or_else(|| stem(w)))
                })
                .unwrap_or_default();
            let head = match (named, predicate) {
                (Some(class), _) => class,
                (None, Some(class)) if noun.is_empty() => class,
                _ => noun,
            };
            (
                kind,
                amount_key(anchor, *value).into_iter().collect(),
                format!("quantity:{head}:{role}"),
            )
        }
        FactValue::Money {
            value,
            currency,
            per,
            ..
        } => {
            let per = per.as_deref().map(stem).unwrap_or_default();
            (
                kind,
                amount_key(anchor, *value).into_iter().collect(),
                format!("money:{currency}:{per}:{role}"),
            )
        }
        FactValue::Percent { value, .. } => (
            kind,
            amount_key(anchor, *value).into_iter().collect(),
            format!("percent:{share_of}:{role}"),
        ),
        FactValue::Tally { value, against, .. } => (
            kind,
            vec![format!("tally:{value}-{against}")],
            "tally".into(),
        ),
        FactValue::Age { value, .. } => {
            let holder = names.first().map_or("", String::as_str);
            (
                kind,
                vec![format!("age:{value}:{holder}")],
                format!("age:{holder}"),
            )
        }
        FactValue::Duration { value, unit, .. } => {
            let days = time_unit(unit).map_or(1.0, |_| days_in(unit));
            (
                kind,
                vec![format!("duration:{}", value_key(value * days))],
                "duration".into(),
            )
        }
        FactValue::Date {
            resolved,
            text,
            until,
        } => {
            let key = resolved.clone().unwrap_or_else(|| text.to_lowercase());
            // A range also keys on its first day: "from March 9 to 20" and "will
            // begin on March 9" (or "9 to 21 March") are one schedule.
            let mut keys = vec![format!("date:{key}:")];
            if let Some(until) = until {
                keys.push(format!("date:{key}:{until}"));
            }
            (kind, keys, "date".into())
        }
        FactValue::Time { minutes, .. } => (kind, vec![time_key(*minutes)], "time".into()),
        FactValue::Event { predicate, .. } => (
            kind,
            names
                .iter()
                .map(|n| format!("event:{predicate}:{n}"))
                .collect(),
            format!("event:{predicate}"),
        ),
        FactValue::Role { role, holder, .. } => (
            kind,
            vec![format!("role:{}", surname_key(holder))],
            format!("role:{role}"),
        ),
        _ => (
            kind,
            Vec::new(),
            format!("{kind}:{}", predicate.unwrap_or("")),
        ),
    }
}

/// Significant digits from which an amount of money identifies a fact.
const SPECIFIC_MONEY_DIGITS: usize = 3;
/// Significant digits from which a large sum (see [`LARGE_MONEY`]) identifies a
/// fact: a story rarely holds two different sums of "$2.4 billion".
const SPECIFIC_LARGE_MONEY_DIGITS: usize = 2;
/// From this sum on, fewer significant digits identify a fact.
const LARGE_MONEY: f64 = 1_000_000.0;
/// Significant digits from which a count identifies a fact.
const SPECIFIC_COUNT_DIGITS: usize = 4;

/// True for a value written precisely enough to identify a fact on its own: money
/// with three significant digits or more (two from a million on), a count with
/// four, any tally, a day written with its number (with its month or year).
fn is_specific(value: &FactValue) -> bool {
    let digits = |text: &str| {
        let written: String = text
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .filter(char::is_ascii_digit)
            .collect();
        written.trim_end_matches('0').trim_start_matches('0').len()
    };
    match value {
        FactValue::Money {
            text, hedge, value, ..
        } => {
            let needed = if *value >= LARGE_MONEY {
                SPECIFIC_LARGE_MONEY_DIGITS
            } else {
                SPECIFIC_MONEY_DIGITS
            };
            *hedge == super::Hedge::Exact && digits(text) >= needed
        }
        FactValue::Quantity { text, hedge, .. } => {
            *hedge == super::Hedge::Exact && digits(text) >= SPECIFIC_COUNT_DIGITS
        }
        FactValue::Tally { .. } => true,
        // A day written with its number ("July 1", "1 July", "July 1,
        // 2027") and resolved to a day of the calendar, not a weekday or a
        // month the reader must place.
        FactValue::Date {
            text,
            resolved: Some(day),
            ..
        } => day.len() == "YYYY-MM-DD".len() && text.chars().any(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// The length of one `unit` in days, for comparing durations.
pub fn days_in(unit: &str) -> f64 {
    match unit {
        "year" => 365.0,
        "month" => 30.0,
        "week" => 7.0,
        "day" => 1.0,
        "hour" => 1.0 / 24.0,
        "minute" => 1.0 / 1440.0,
        "second" => 1.0 / 86_400.0,
        _ => 1.0,
    }
}

/// A person's name folded, with titles and role words before it left out
/// ("Sen. Marisol A. Garza-Trujillo" → "marisol a garza trujillo").
pub fn personal_name(name: &str) -> String {
    let folded = fold(name);
    let words: Vec<&str> = folded
        .split_whitespace()
        .skip_while(|w| is_title_abbreviation(w) || is_role_word(w))
        .collect();
    words.join(" ")
}

/// A name folded for comparison: lower-case letters and spaces, each run of
/// other characters one space between words. Built in one pass into one
/// string: every claim's clause is folded.
pub fn fold(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if gap && !folded.is_empty() {
                folded.push(' ');
            }
            gap = false;
            folded.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    folded
}

/// The key of a person's surname: the last word of the name, folded, suffixes
/// such as `Jr.` and `III` set aside.
pub fn surname_key(name: &str) -> String {
    let folded = fold(name);
    folded
        .split_whitespace()
        .rev()
        .find(|w| !is_name_suffix(w))
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_words_and_makes_every_run_of_other_characters_one_space() {
        assert_eq!(
            fold("Sen. Marisol A. Garza-Trujillo"),
            "sen marisol a garza trujillo"
        );
        assert_eq!(
            fold("  \"$4.3 billion,\" she said…  "),
            "4 3 billion she said"
        );
        assert_eq!(fold("Zürich's MAYOR"), "zürich s mayor");
        assert_eq!(fold("—, !"), "");
    }

    /// The event `counted_event` finds for the count `number` in `text`.
    fn event_of_count(text: &str, number: &str) -> Option<&'static str> {
        let tokens = crate::analysis::language::tokens::tokenize(
            text,
            crate::model::Span::new(0, text.len()),
        );
        let start = text.find(number).expect("number in text");
        counted_event(
            text,
            &tokens,
            crate::model::Span::new(start, start + number.len()),
        )
    }

    #[test]
    fn a_verb_modifying_a_noun_for_people_or_an_institution_is_no_counted_event() {
        assert_eq!(
            event_of_count("The fire department said 16 people", "16"),
            None
        );
        assert_eq!(
            event_of_count("Rescue officials said 16 people", "16"),
            None
        );
        assert_eq!(
            event_of_count("The company will fire 300 workers", "300"),
            Some("dismiss")
        );
    }
}
