//! Speech events in the writer's words: a reporting verb or phrase and who it is
//! attributed to.
//!
//! Recognised shapes: `X said`, `X also noted`, `X (R-Ohio) told reporters`, `X,
//! a spokesman, said`, `X, who said`, `said X` and `said the head of the
//! alliance` (after a quotation or comma), `said the bill's sponsor, X`,
//! `said his lawyer, X`, `according to X`, `As X put it,`. The subject is a name (of a person or an
//! organisation), a pronoun, a role phrase ("the expert", "the Ohio Republican",
//! "a spokesman for X"), a document ("the filing"), an institution noun ("the
//! ministry"), or something else that is not a speaker; resolving it is the
//! quote speaker's job.

use super::lexicon::{
    Gender, age_compound, closes_attribution, is_addressee_noun, is_company_descriptor,
    is_determiner, is_document_noun, is_finding_verb, is_indefinite_quantifier, is_invertible_verb,
    is_noun_like_verb, is_org_head, is_person_noun, is_possessive_determiner, is_preposition,
    is_role_word, is_speech_participle, is_speech_phrase, is_speech_verb, is_spokesperson,
    is_subject_filler, ordinal_rank, party_member, pronoun_gender, reads_as_past_tense, state_name,
};
use super::names::{Kind, Mention, phrase_roles};
use super::tokens::is_stop_word;
use super::words::{Gap, Word};

/// Words a role phrase may have between its determiner and the verb.
const MAX_ROLE_PHRASE: usize = 8;

/// Lower-case words that may describe a name written after its verb.
const MAX_DESCRIPTION: usize = 3;

/// Words a subject and its appositions may have before the verb.
const MAX_APPOSITION: usize = 24;

/// Who a speech verb attributes words to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A name: index into the mention list.
    Name(usize),
    /// Names before an apposition (`Jane Roe, a Democrat, said`), nearest first:
    /// the speaker is the first that is a person, else the first organisation.
    Names(Vec<usize>),
    /// `he` or `she` (`him`, `her` after `according to`), with its gender.
    Pronoun(Gender),
    /// A role phrase: "the minister", "the Farmington Republican", "a spokesman
    /// for the ministry".
    Role {
        /// What the phrase says of the speaker, lower-case: role words as full
        /// words, party, capitalised words such as places.
        roles: Vec<String>,
        /// True for "the …", "his …" or a bare title, false for "a …".
        definite: bool,
        /// True for a role a possessive determiner gives to someone else ("his
        /// lawyer"): only a person the article has described in that role is
        /// meant, never the owner.
        owned: bool,
        /// The organisation named in the phrase's complement ("for NATO"),
        /// else the name before its head ("a Nordport spokesperson"): an
        /// unnamed spokesperson gives its words.
        org: Option<usize>,
    },
    /// A document as source: its noun and the words that say which it is
    /// ("filing" for "the 36-page filing", "police report").
    Document(String),
    /// An organisation by its institution noun ("ministry" for "the ministry").
    Institution(String),
    /// Not a speaker: a place, an unnamed group, "it" or "they".
    Other,
}

/// One speech verb with its subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Index of the verb (or of `according`) in the word stream.
    pub word: usize,
    /// Byte offset of that word.
    pub pos: usize,
    /// Its sentence number.
    pub sentence: usize,
    /// Who speaks, when the verb has a subject of its own.
    pub subject: Option<Subject>,
    /// True for `According to X,` and `As X noted,`, which frame a whole sentence.
    pub framing: bool,
    /// True for a participle (`…, adding`), whose subject counts only if a person.
    pub participle: bool,
}

/// Index of mentions by the word where they end and where their run starts.
struct MentionIndex<'m> {
    mentions: &'m [Mention],
    ending_at: Vec<Option<usize>>,
    starting_at: Vec<Option<usize>>,
}

impl<'m> MentionIndex<'m> {
    fn new(len: usize, mentions: &'m [Mention]) -> Self {
        let mut ending_at = vec![None; len];
        let mut starting_at = vec![None; len];
        for (i, m) in mentions.iter().enumerate() {
            if let Some(slot) = m.end.checked_sub(1).and_then(|e| ending_at.get_mut(e)) {
                *slot = Some(i);
            }
            if let Some(slot) = starting_at.get_mut(m.run_start) {
                *slot = Some(i);
            }
            if let Some(slot) = starting_at.get_mut(m.start) {
                slot.get_or_insert(i);
            }
        }
        Self {
            mentions,
            ending_at,
            starting_at,
        }
    }

    /// The mention ending at word `j`, possessives left out.
    fn name_ending_at(&self, j: usize) -> Option<usize> {
        self.ending_at[j].filter(|&m| !self.mentions[m].possessive)
    }
}

/// Finds every speech event in `words`.
pub fn find(words: &[Word<'_>], mentions: &[Mention]) -> Vec<Event> {
    let index = MentionIndex::new(words.len(), mentions);
    // Reported copy has about one speech verb per name: reserving that spares
    // most of the list's regrowth on a long article.
    let mut out = Vec::with_capacity(mentions.len());
    for (v, word) in words.iter().enumerate() {
        let next = words.get(v + 1).filter(|w| w.gap == Gap::Space);
        let according = word.lower == "according" && next.is_some_and(|w| w.lower == "to");
        let phrase = next.is_some_and(|w| is_speech_phrase(&word.lower, &w.lower));
        // A participle after a form of "be" ("are promising", "was
        // warning") is its clause's verb, with a subject of its own.
        let progressive = is_speech_participle(&word.lower)
            && v > 0
            && word.gap == Gap::Space
            && matches!(
                words[v - 1].lower.as_str(),
                "is" | "are" | "was" | "were" | "be" | "been" | "am"
            );
        let participle = is_speech_participle(&word.lower) && !progressive;
        let viewpoint = view_of(words, &index, v);
        let frames_a_view = viewpoint.is_some();
        let subject = if according {
            subject_after(words, &index, v + 2, true)
        } else if frames_a_view {
            viewpoint
        } else if phrase {
            finite_subject(words, &index, v, v + 2)
        } else if progressive {
            finite_subject(words, &index, v - 1, v + 1)
        } else if is_speech_verb(&word.lower)
            || noun_like_verb(words, &index, v)
            || finding_verb(words, v)
        {
            finite_subject(words, &index, v, past_addressee(words, v + 1))
        } else if participle {
            participle_subject(words, &index, v)
        } else if let Some(subject) = so_subject(words, &index, v) {
            Some(subject)
        } else if let Some(subject) = tail_subject(words, &index, v) {
            Some(subject)
        } else {
            continue;
        };
        let framing = according || frames_a_view || (subject.is_some() && opens_with_as(words, v));
        out.push(Event {
            word: v,
            pos: word.span.start,
            sentence: word.sentence,
            subject,
            framing,
            participle,
        });
    }
    out
}

/// The person whose view a sentence opening `For NAME,` gives (`For the
/// president of the region, Anna Colombo, it is “a tragedy”`, `For Smith,
/// the ruling was “a betrayal”`): a name of a person, directly or in
/// apposition to a role, set off by a comma. It frames the sentence as
/// `According to` does.
fn view_of(words: &[Word<'_>], index: &MentionIndex<'_>, v: usize) -> Option<Subject> {
    let word = &words[v];
    if word.lower != "for" || !matches!(word.gap, Gap::Start | Gap::Stop) {
        return None;
    }
    let subject = subject_after(words, index, v + 1, false)?;
    let Subject::Name(m) = subject else {
        return None;
    };
    let mention = &index.mentions[m];
    let set_off = words.get(mention.end).is_some_and(|w| w.gap == Gap::Comma);
    (mention.kind == Kind::Person && mention.personal && set_off).then_some(subject)
}

/// The subject of a past-tense verb outside the reporting vocabulary that
/// stands in the attribution slot right after a quotation and closes its
/// clause: `“…,” Petrakis fumed.`, `“…,” the striker grinned after the match`,
/// `“…,” fumed Petrakis.` Copy reports a quotation there with any verb of manner
/// ("beamed", "whimpered", "deadpanned"), so the slot, not a list, says it is
/// one. The subject must name someone: a name, a pronoun or a role phrase.
fn tail_subject(words: &[Word<'_>], index: &MentionIndex<'_>, v: usize) -> Option<Subject> {
    let word = &words[v];
    if !is_past_form(word) {
        return None;
    }
    let closes = |k: usize| {
        words.get(k).is_none_or(|w| {
            w.gap != Gap::Space
                || is_preposition(&w.lower)
                || closes_attribution(&w.lower)
                || w.lower.ends_with("ly")
        })
    };
    let subject = if word.gap == Gap::Quote {
        let subject = subject_after(words, index, v + 1, false)?;
        let end = match &subject {
            Subject::Name(m) => index.mentions[*m].end,
            Subject::Names(ms) => ms.iter().map(|&m| index.mentions[m].end).max()?,
            _ => return None,
        };
        closes(end).then_some(subject)?
    } else {
        let start = (v.saturating_sub(MAX_DESCRIPTION + 1)..v)
            .rev()
            .take_while(|&k| words[k + 1].gap == Gap::Space)
            .last()?;
        if words[start].gap != Gap::Quote || !closes(v + 1) {
            return None;
        }
        subject_before(words, index, v)?
    };
    matches!(
        subject,
        Subject::Name(_) | Subject::Names(_) | Subject::Pronoun(_) | Subject::Role { .. }
    )
    .then_some(subject)
}

/// The subject of a translated attribution that names its speaker after `so`
/// and nothing else (`"…," so the governor.`, German and Dutch copy's "so der
/// Gouverneur"): the word `so` right after a quotation, then a name or a role
/// phrase running to the end of its sentence.
fn so_subject(words: &[Word<'_>], index: &MentionIndex<'_>, v: usize) -> Option<Subject> {
    let word = &words[v];
    if word.lower != "so" || word.gap != Gap::Quote {
        return None;
    }
    let phrase = words[v + 1..]
        .iter()
        .take_while(|w| w.gap == Gap::Space && w.sentence == word.sentence)
        .count();
    let ends_sentence = words
        .get(v + 1 + phrase)
        .is_none_or(|w| w.sentence != word.sentence);
    if phrase == 0 || phrase > MAX_ROLE_PHRASE || !ends_sentence {
        return None;
    }
    subject_after(words, index, v + 1, false).filter(|s| {
        matches!(
            s,
            Subject::Name(_) | Subject::Names(_) | Subject::Role { .. }
        )
    })
}

/// True for a past-tense form written in lower case (`fumed`, `grinned`): a
/// verb, not a name (see [`reads_as_past_tense`]).
fn is_past_form(word: &Word<'_>) -> bool {
    !word.capitalised() && reads_as_past_tense(&word.lower)
}

/// True when the word at `v` is a present-tense verb that is more often a noun
/// (`states`), written right after a subject: a name, a role or a document;
/// or after the comma that closes a name's apposition or relative clause
/// ("Dennis Achterberg, who has run the local since 2014, claims").
fn noun_like_verb(words: &[Word<'_>], index: &MentionIndex<'_>, v: usize) -> bool {
    if !is_noun_like_verb(&words[v].lower) || v == 0 {
        return false;
    }
    match words[v].gap {
        Gap::Space => {
            index.name_ending_at(v - 1).is_some()
                || is_document_noun(&words[v - 1].lower)
                || is_role_word(&words[v - 1].lower)
        }
        Gap::Comma => matches!(
            subject_before(words, index, v),
            Some(Subject::Name(_) | Subject::Names(_))
        ),
        _ => false,
    }
}

/// True when the word at `v` reports a document's findings right after the
/// document's noun (`the 36-page report found`, `the audit cited`).
fn finding_verb(words: &[Word<'_>], v: usize) -> bool {
    is_finding_verb(&words[v].lower)
        && v > 0
        && words[v].gap == Gap::Space
        && is_document_noun(&words[v - 1].lower)
}

/// Where the subject of an inverted speech verb starts when the press it
/// spoke to comes first ("…," said to reporters Mr. Daniel Fors; "said to our
/// newspaper the spokesman"): past "to", a determiner and the press noun
/// (see [`is_addressee_noun`]); else `at`, the word after the verb.
fn past_addressee(words: &[Word<'_>], at: usize) -> usize {
    let spaced = |k: usize| words.get(k).is_some_and(|w| w.gap == Gap::Space);
    if !(spaced(at) && words[at].lower == "to") {
        return at;
    }
    let mut k = at + 1;
    if spaced(k)
        && (matches!(words[k].lower.as_str(), "the" | "a")
            || is_possessive_determiner(&words[k].lower))
    {
        k += 1;
    }
    // One describing word may come first ("state television").
    if spaced(k + 1)
        && !is_addressee_noun(&words[k].lower)
        && is_addressee_noun(&words[k + 1].lower)
    {
        k += 1;
    }
    if spaced(k) && is_addressee_noun(&words[k].lower) && spaced(k + 1) {
        k + 1
    } else {
        at
    }
}

/// The subject of the finite speech verb at `v`: after it (from word `after`)
/// when inverted, else before. After a comma, only a person-like subject counts
/// as inverted (`, said the minister,` but not `, said the bill was dead` nor
/// `, said the ministry had`).
fn finite_subject(
    words: &[Word<'_>],
    index: &MentionIndex<'_>,
    v: usize,
    after: usize,
) -> Option<Subject> {
    // A perfect inverted as translated copy writes it ("…," has told the
    // signor Hale; «ha detto»): the auxiliary stands where the verb would.
    let aux_inverted = v > 0
        && words[v].gap == Gap::Space
        && matches!(words[v - 1].lower.as_str(), "has" | "have" | "had")
        && matches!(words[v - 1].gap, Gap::Quote | Gap::Comma | Gap::Start);
    let slot = if aux_inverted { v - 1 } else { v };
    let inverted_slot = matches!(words[slot].gap, Gap::Quote | Gap::Comma | Gap::Start);
    let after_comma = words[slot].gap == Gap::Comma;
    // `Smith's chief of staff, Ana Ruiz, said the commissioner "…"`: a name
    // set off before the comma is the subject; the role after the verb opens
    // what she said.
    //
    // So is a role, document or institution opening the clause, set off by
    // an aside (`A judge's order, filed Monday, said the defendant posed
    // "…"`): the phrase after the verb opens what was said. Only a clause
    // whose opening phrase names no speaker (`The bill, said the minister,
    // is dead`) is inverted.
    if after_comma
        && let Some(
            named @ (Subject::Name(_)
            | Subject::Names(_)
            | Subject::Role { .. }
            | Subject::Document(_)
            | Subject::Institution(_)),
        ) = subject_before(words, index, v)
    {
        return Some(named);
    }
    let inverted =
        inverted_slot && (is_invertible_verb(&words[v].lower) || after > v + 1 || aux_inverted);
    // A pronoun after the verb is its subject when nothing follows it in the
    // clause ("…," writes he.), not when it opens what was said ("said he
    // would").
    let lone_pronoun = words.get(after).is_some_and(|w| {
        w.gap == Gap::Space
            && pronoun_gender(&w.lower).is_some()
            && words
                .get(after + 1)
                .is_none_or(|next| next.gap != Gap::Space)
    });
    if inverted
        && let Some(subject) = subject_after(words, index, after, lone_pronoun)
        && !(after_comma
            && matches!(
                subject,
                Subject::Other | Subject::Document(_) | Subject::Institution(_)
            ))
    {
        return Some(subject);
    }
    subject_before(words, index, v)
}

/// The subject of a participle: a name just before its comma (`said Smith,
/// adding`), unless that name is the object of a preposition or joined to
/// another by `and` (`condemned his visit to Seoul and Japan, saying`): then
/// the name before the nearest past-tense verb (`North Korea condemned`), else
/// the subject opening its clause.
fn participle_subject(words: &[Word<'_>], index: &MentionIndex<'_>, v: usize) -> Option<Subject> {
    if v == 0 {
        return None;
    }
    if words[v].gap == Gap::Comma
        && let Some(m) = index.name_ending_at(v - 1)
    {
        let start = index.mentions[m].run_start;
        if !is_object(words, start) {
            return Some(Subject::Name(m));
        }
        if let Some(subject) = subject_of_verb_before(words, index, start) {
            return Some(subject);
        }
    }
    clause_subject(words, index, v)
}

/// True when the name whose run starts at word `start` is the object of a
/// preposition ("to Japan"; "according to Smith" aside, which names a
/// source) or the second of two names joined by `and` / `or`.
fn is_object(words: &[Word<'_>], start: usize) -> bool {
    let Some(before) = start.checked_sub(1) else {
        return false;
    };
    let word = words[before].lower.as_str();
    let according = before > 0 && words[before - 1].lower == "according";
    words[start].gap == Gap::Space
        && words[before].sentence == words[start].sentence
        && ((is_preposition(word) && !according) || matches!(word, "and" | "or"))
}

/// The name right before the nearest past-tense verb ahead of word `end` in
/// its sentence (`North Korea condemned …`), within [`MAX_APPOSITION`] words.
fn subject_of_verb_before(
    words: &[Word<'_>],
    index: &MentionIndex<'_>,
    end: usize,
) -> Option<Subject> {
    let sentence = words[end].sentence;
    let verb = (end.saturating_sub(MAX_APPOSITION)..end)
        .rev()
        .take_while(|&k| words[k].sentence == sentence)
        .find(|&k| reads_as_past_tense(&words[k].lower))?;
    let before = verb
        .checked_sub(1)
        .filter(|_| words[verb].gap == Gap::Space)?;
    match index.name_ending_at(before) {
        Some(m) => Some(Subject::Name(m)),
        // A name that is no person's nor organisation's ("North Korea").
        None => words[before].capitalised().then_some(Subject::Other),
    }
}

/// The first word of the subject slot before the verb at `v`: adverbs and
/// auxiliaries (`also`, `has`) and a bracketed aside (`(R-Ohio)`) skipped. The
/// returned gap is the punctuation before that slot.
fn subject_slot(words: &[Word<'_>], v: usize) -> (usize, Gap) {
    let mut i = v;
    let mut gap = words[v].gap;
    loop {
        if i > 0 && words[i - 1].bracketed && !words[i].bracketed {
            while i > 0 && words[i - 1].bracketed {
                i -= 1;
            }
            gap = Gap::Space;
            continue;
        }
        if i > 0 && gap == Gap::Space && is_subject_filler(&words[i - 1].lower) {
            i -= 1;
            gap = words[i].gap;
            continue;
        }
        return (i, if words[i].bracketed { Gap::Space } else { gap });
    }
}

/// The subject written before the verb at `v`.
fn subject_before(words: &[Word<'_>], index: &MentionIndex<'_>, v: usize) -> Option<Subject> {
    let (i, gap) = subject_slot(words, v);
    if i == 0 {
        return None;
    }
    match gap {
        Gap::Space => {}
        Gap::Comma => return apposition_subject(words, index, i),
        _ => return None,
    }
    let j = i - 1;
    let word = &words[j];
    if let Some(m) = index.ending_at[j] {
        match complement_of(words, &index.mentions[m]) {
            None => return (!index.mentions[m].possessive).then_some(Subject::Name(m)),
            Some(p) => {
                if let Some(head) = person_before(words, index, p) {
                    return Some(Subject::Name(head));
                }
            }
        }
    }
    if matches!(word.lower.as_str(), "he" | "she")
        && let Some(gender) = pronoun_gender(&word.lower)
    {
        return Some(Subject::Pronoun(gender));
    }
    match word.lower.as_str() {
        // "Varga, who said", "The governor, who said": the head before
        // the comma, a name or a role phrase.
        "who" if j > 0 && word.gap == Gap::Comma => {
            return index.name_ending_at(j - 1).map(Subject::Name).or_else(|| {
                (!is_stop_word(&words[j - 1].lower))
                    .then(|| role_phrase_before(words, index, j - 1))
                    .flatten()
            });
        }
        "it" | "they" | "we" | "i" | "you" => return Some(Subject::Other),
        _ => {}
    }
    // A speech verb in the infinitive ("had the nerve to tell jurors", "went
    // on to say") is spoken by the subject opening its clause.
    if word.lower == "to" && word.gap == Gap::Space {
        return clause_subject(words, index, j);
    }
    if let Some(subject) = relative_clause_head(words, index, j) {
        return Some(subject);
    }
    if is_stop_word(&word.lower) {
        return None;
    }
    role_phrase_before(words, index, j).or(Some(Subject::Other))
}

/// The subject of a verb whose subject is described by a relative clause
/// with no commas, ending at word `j` (`A neighbor who asked not to be named
/// because she feared retaliation said`, `Officials who briefed reporters
/// said`): the name or role phrase right before its `who`.
fn relative_clause_head(words: &[Word<'_>], index: &MentionIndex<'_>, j: usize) -> Option<Subject> {
    let sentence = words[j].sentence;
    let who = (j.saturating_sub(MAX_APPOSITION)..=j)
        .rev()
        .take_while(|&k| {
            words[k].sentence == sentence && (k == j || words[k + 1].gap == Gap::Space)
        })
        .find(|&k| words[k].lower == "who" && words[k].gap == Gap::Space)?;
    let head = who.checked_sub(1)?;
    if let Some(m) = index.name_ending_at(head) {
        return Some(Subject::Name(m));
    }
    if is_stop_word(&words[head].lower) {
        return None;
    }
    role_phrase_before(words, index, head)
}

/// The preposition whose complement a name is, with or without an article
/// (`the representative from Enid`, `Judge Ann Lee of the District Court`): such
/// a name is not the subject itself.
fn complement_of(words: &[Word<'_>], mention: &Mention) -> Option<usize> {
    let mut k = mention.start;
    if k > 0 && words[k].gap == Gap::Space && matches!(words[k - 1].lower.as_str(), "the" | "a") {
        k -= 1;
    }
    (k > 0 && words[k].gap == Gap::Space && is_preposition(&words[k - 1].lower)).then(|| k - 1)
}

/// A person's name written right before the preposition at `p`, whose complement
/// describes them (`Judge Ann Lee of the District Court wrote`: Ann Lee).
fn person_before(words: &[Word<'_>], index: &MentionIndex<'_>, p: usize) -> Option<usize> {
    let m = index.name_ending_at(p.checked_sub(1)?)?;
    (words[p].gap == Gap::Space && index.mentions[m].kind == Kind::Person).then_some(m)
}

/// The subject of `NAME, <apposition>, said`: the names before the apposition
/// (an organisation only when it opens the clause or is set off by a comma, not
/// inside a complement: `a researcher of the Institute, said`), or, when there is
/// none, the phrase opening the clause (`The Ohio Republican,
/// the minority whip, said`; `A spokesman for NATO, which …, said`).
fn apposition_subject(
    words: &[Word<'_>],
    index: &MentionIndex<'_>,
    comma_word: usize,
) -> Option<Subject> {
    let from = comma_word.saturating_sub(MAX_APPOSITION);
    let mut names = Vec::new();
    let mut clause = None;
    for j in (from..comma_word).rev() {
        if let Some(m) = index.name_ending_at(j)
            && words.get(j + 1).is_some_and(|w| w.gap == Gap::Comma)
        {
            // A name inside a complement (`the mayor of Los Angeles,`, `Ana
            // Ruiz of Denver,`) describes the subject: the person it follows,
            // if any, is the subject.
            match complement_of(words, &index.mentions[m]) {
                Some(p) => names.extend(person_before(words, index, p)),
                None if index.mentions[m].kind == Kind::Person
                    || words[index.mentions[m].run_start].gap != Gap::Space =>
                {
                    names.push(m);
                }
                None => {}
            }
        }
        if matches!(
            words[j].gap,
            Gap::Stop | Gap::Start | Gap::Quote | Gap::Colon
        ) {
            clause = Some(j);
            break;
        }
    }
    if !names.is_empty() {
        return Some(Subject::Names(names));
    }
    let start = clause?;
    match words[start].lower.as_str() {
        "the" | "a" | "an" => role_phrase_after(words, index, start),
        other if is_indefinite_quantifier(other) => role_phrase_after(words, index, start),
        other if is_possessive_determiner(other) => role_phrase_after(words, index, start),
        _ => None,
    }
}

/// A role phrase ending at word `j`: back to its determiner (`the head of the
/// alliance`, `a researcher`, `the Farmington Republican`) or a bare title (`NATO
/// chief`). A role belonging to a named owner (`Smith’s lawyer`) is someone
/// unnamed; a document or an institution noun at the head names that source.
fn role_phrase_before(words: &[Word<'_>], index: &MentionIndex<'_>, j: usize) -> Option<Subject> {
    let mut k = j;
    loop {
        let word = &words[k];
        let inner = k > 0 && is_preposition(&words[k - 1].lower) && word.gap == Gap::Space;
        let determiner = matches!(word.lower.as_str(), "the" | "this" | "that" | "a" | "an")
            || is_possessive_determiner(&word.lower)
            || is_indefinite_quantifier(&word.lower);
        if determiner && !inner {
            return phrase_subject(words, index, k, j + 1);
        }
        if word.capitalised() && word.lower.ends_with("'s") && k != j {
            return Some(Subject::Other);
        }
        if k == 0 || j - k >= MAX_ROLE_PHRASE || !matches!(word.gap, Gap::Space | Gap::Other) {
            break;
        }
        k -= 1;
    }
    if is_role_word(&words[j].lower) {
        return Some(Subject::Role {
            roles: phrase_roles([words[j].lower.as_str()]),
            definite: true,
            owned: false,
            org: None,
        });
    }
    None
}

/// The subject a phrase opened by the determiner at `det` gives, its words
/// ending before `end`: a document, an institution, or a role with its
/// descriptors and the organisation of its complement. The head is the last
/// document, institution or role word before the first preposition (`the union
/// president`: a president; `the ministry went further`: the ministry).
fn phrase_subject(
    words: &[Word<'_>],
    index: &MentionIndex<'_>,
    det: usize,
    end: usize,
) -> Option<Subject> {
    let head_end = (det + 1..end)
        .find(|&k| is_preposition(&words[k].lower))
        .unwrap_or(end);
    // The organisation of the complement ("a spokeswoman for Baltic
    // Holdings"), else a name before the head ("a Nordport spokesperson"),
    // which the speaker resolver takes only if it names an organisation.
    // A spokesperson "for" a name speaks for it, whatever it reads as ("a
    // spokesperson for Embraer").
    let speaks_for = words.get(head_end).is_some_and(|w| w.lower == "for")
        && words[det + 1..head_end]
            .iter()
            .any(|w| is_spokesperson(&w.lower));
    let org = (head_end..end)
        .filter_map(|k| index.starting_at[k].map(|m| (k, m)))
        .find(|&(k, m)| {
            index.mentions[m].kind == Kind::Organisation || (speaks_for && k == head_end + 1)
        })
        .map(|(_, m)| m)
        .or_else(|| (det + 1..head_end).find_map(|k| index.starting_at[k]));
    let phrase = &words[det + 1..head_end];
    let head = phrase.iter().rposition(|w| {
        is_document_noun(&w.lower) || is_role_word(&w.lower) || is_institution_noun(w)
    });
    let described = match head {
        Some(h) if is_document_noun(&phrase[h].lower) => {
            // A document "from" or "by" a named party ("a statement from the
            // Justice Department") gives that party's words.
            let author = words
                .get(head_end)
                .filter(|w| matches!(w.lower.as_str(), "from" | "by"))
                .and_then(|_| {
                    (head_end + 1..end.min(head_end + 3)).find_map(|k| index.starting_at[k])
                })
                .filter(|&m| !index.mentions[m].possessive);
            return Some(match author {
                Some(m) => Subject::Name(m),
                None => Subject::Document(document_phrase(&phrase[..=h])),
            });
        }
        Some(h) if is_institution_noun(&phrase[h]) => {
            return Some(Subject::Institution(phrase[h].lower.clone()));
        }
        Some(h) => &phrase[..=h],
        None => phrase,
    };
    let mut roles = phrase_roles(described.iter().map(|w| w.lower.as_str()));
    // An age alone ("the 78-year-old") describes the speaker by the age the
    // article gave them.
    if roles.is_empty()
        && let Some(age) = described.iter().find(|w| age_compound(&w.lower).is_some())
    {
        roles.push(age.lower.clone());
    }
    // A common noun for a person ("a neighbor", "the witness") describes the
    // speaker as a role word does.
    if roles.is_empty()
        && let Some(noun) = described
            .last()
            .filter(|w| !w.capitalised() && is_person_noun(&w.lower))
    {
        roles.push(noun.lower.clone());
    }
    // "the head of state", "the chief of staff": a role whose complement is a
    // common noun is a role of its own, not the head of some organisation.
    if let (Some(role), Some(of), Some(noun)) = (
        roles.last_mut(),
        words.get(head_end),
        words.get(head_end + 1),
    ) && head.is_some()
        && of.lower == "of"
        && head_end + 2 <= end
        && !noun.capitalised()
        && !is_determiner(&noun.lower)
        && noun.lower.chars().all(|c| c.is_ascii_lowercase())
    {
        *role = format!("{role}-of-{}", noun.lower);
    }
    roles.extend(complement_places(&words[head_end..end]));
    for word in described {
        if let Some(party) = party_member(&word.lower) {
            roles.push(party.to_string());
        } else if word.capitalised() && !word.lower.ends_with("'s") && !is_role_word(&word.lower) {
            roles.push(word.lower.clone());
        }
    }
    roles.sort();
    roles.dedup();
    Some(if roles.is_empty() {
        Subject::Other
    } else {
        let owned = is_possessive_determiner(&words[det].lower);
        Subject::Role {
            roles,
            definite: owned || matches!(words[det].lower.as_str(), "the" | "this" | "that"),
            owned,
            org,
        }
    })
}

/// The place a role phrase's complement names (`from Enid`, `of Oregon`), as
/// lower-case words, a state by its full name.
fn complement_places(complement: &[Word<'_>]) -> Vec<String> {
    let Some((of, rest)) = complement.split_first() else {
        return Vec::new();
    };
    if !matches!(of.lower.as_str(), "from" | "of") {
        return Vec::new();
    }
    let place: Vec<&str> = rest
        .iter()
        .take_while(|w| w.capitalised() && w.gap == Gap::Space)
        .map(|w| w.lower.as_str())
        .collect();
    let whole = place.join(" ");
    match state_name(&whole) {
        Some(state) => state.split(' ').map(str::to_string).collect(),
        None => place.iter().map(|w| w.to_string()).collect(),
    }
}

/// Lower-case words before a document noun that say which document it is
/// ("the police report", "the charging document"), at most.
const DOCUMENT_MODIFIERS: usize = 2;

/// A document's noun with the lower-case words right before it that say
/// which it is ("police report" for "the police report", "charging document"),
/// leaving out a size, a count, an owner or a place in a series ("the 36-page
/// filing", "the inspectors' report", "the latest filing": "filing",
/// "report"), which another outlet words otherwise.
fn document_phrase(phrase: &[Word<'_>]) -> String {
    let Some(h) = phrase.len().checked_sub(1) else {
        return String::new();
    };
    // Modifiers stand right before the noun, one space apart: no possessive
    // apostrophe or punctuation between.
    let first = (h.saturating_sub(DOCUMENT_MODIFIERS)..h)
        .rev()
        .take_while(|&i| {
            let w = &phrase[i];
            !w.capitalised()
                && phrase[i + 1].span.start == w.span.end + 1
                && w.text.chars().all(char::is_alphabetic)
                && !is_stop_word(&w.lower)
                && !is_series_word(&w.lower)
        })
        .last()
        .unwrap_or(h);
    phrase[first..=h]
        .iter()
        .map(|w| w.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// True for a word that places a document in a series or in time rather than
/// saying which kind it is ("new", "latest", "same", "first").
fn is_series_word(word: &str) -> bool {
    ordinal_rank(word).is_some()
        || matches!(
            word,
            "new" | "latest" | "same" | "earlier" | "previous" | "recent" | "last" | "next" | "own"
        )
}

/// True for an institution noun or a business's trade written in lower case
/// and singular ("the ministry", "the insurer", not "the states").
fn is_institution_noun(word: &Word<'_>) -> bool {
    (is_org_head(&word.lower) || is_company_descriptor(&word.lower))
        && !word.capitalised()
        && !word.lower.ends_with('s')
}

/// The subject opening the clause of the word at `v`, for a participle whose
/// own subject is not next to it ("In a statement, the ministry went further,
/// warning …"): the first words of the sentence, an opening prepositional phrase
/// skipped.
fn clause_subject(words: &[Word<'_>], index: &MentionIndex<'_>, v: usize) -> Option<Subject> {
    let sentence = words[v].sentence;
    let mut start = v;
    while start > 0 && words[start - 1].sentence == sentence {
        if v - start >= MAX_APPOSITION {
            return None;
        }
        start -= 1;
    }
    if is_preposition(&words[start].lower) {
        start = (start + 1..v).find(|&k| words[k].gap == Gap::Comma)?;
    }
    let word = &words[start];
    if matches!(word.lower.as_str(), "he" | "she") {
        return pronoun_gender(&word.lower).map(Subject::Pronoun);
    }
    if let Some(m) = index.starting_at[start] {
        return Some(named(words, index, m));
    }
    if matches!(word.lower.as_str(), "the" | "a" | "an") {
        let end = (start + 1..v)
            .find(|&k| words[k].gap != Gap::Space)
            .unwrap_or(v)
            .min(start + 1 + MAX_DESCRIPTION);
        return phrase_subject(words, index, start, end);
    }
    None
}

/// The subject written after a verb (or after `according to`), starting at word `n`;
/// a pronoun counts only when `pronoun` is set (`according to him`, not `said he`).
/// A name described by another (`Arsenal manager Mikel Arteta`, `Biden aide X`)
/// yields both, the described one first.
fn subject_after(
    words: &[Word<'_>],
    index: &MentionIndex<'_>,
    n: usize,
    pronoun: bool,
) -> Option<Subject> {
    let word = words.get(n)?;
    if word.gap != Gap::Space {
        return None;
    }
    if let Some(gender) = pronoun_gender(&word.lower).filter(|_| pronoun) {
        return Some(Subject::Pronoun(gender));
    }
    if matches!(word.lower.as_str(), "the" | "a" | "an") || is_possessive_determiner(&word.lower) {
        return role_phrase_after(words, index, n);
    }
    if let Some(m) = index.starting_at[n] {
        let subject = named(words, index, m);
        let end = index.mentions[m].end;
        let described = words.get(end).is_some_and(|w| w.gap == Gap::Space);
        if let (Subject::Name(m), true) = (&subject, described)
            && let Some(Subject::Name(next)) = described_name(words, index, end)
        {
            return Some(Subject::Names(vec![next, *m]));
        }
        return Some(subject);
    }
    if word.capitalised() {
        return Some(Subject::Other);
    }
    described_name(words, index, n)
}

/// The subject a name written after its verb gives. A possessive names someone
/// else: `Kim Jong Un’s sister, Kim Yo Jong` is Kim Yo Jong, and `Smith’s
/// lawyer` someone unnamed.
fn named(words: &[Word<'_>], index: &MentionIndex<'_>, m: usize) -> Subject {
    let mention = &index.mentions[m];
    if !mention.possessive {
        return Subject::Name(m);
    }
    let owned = words[mention.end..]
        .iter()
        .take(MAX_DESCRIPTION)
        .take_while(|w| w.gap == Gap::Space && !w.capitalised())
        .count();
    let k = mention.end + owned;
    match (words.get(k), index.starting_at.get(k).copied().flatten()) {
        (Some(w), Some(next)) if owned > 0 && w.gap == Gap::Comma => named(words, index, next),
        _ => Subject::Other,
    }
}

/// A name introduced by a few lower-case descriptive words (`union leader Rosa
/// Mendez`, `investor Carl Icahn`) starting at word `n`.
fn described_name(words: &[Word<'_>], index: &MentionIndex<'_>, n: usize) -> Option<Subject> {
    for (k, word) in words.iter().enumerate().skip(n).take(MAX_DESCRIPTION) {
        if k > n && word.gap != Gap::Space {
            return None;
        }
        if let Some(m) = index.starting_at[k] {
            return Some(named(words, index, m));
        }
        if word.capitalised() || is_stop_word(&word.lower) {
            return None;
        }
    }
    None
}

/// A phrase starting with the determiner at `n`: a name inside it or in
/// apposition to it (`the senator Villanueva`, `the bill's sponsor, Sen. Ann
/// Mills`, `the president of the party, Luis Sandoval`), else the role, document
/// or institution it names (`the head of the alliance`). A name in apposition
/// closes with punctuation; one that runs on into its own clause (`According to
/// the filing, Teravolt will …`) is the next clause's subject.
fn role_phrase_after(words: &[Word<'_>], index: &MentionIndex<'_>, n: usize) -> Option<Subject> {
    let mut end = n + 1;
    let mut in_head = true;
    while end < words.len() && end - n <= MAX_ROLE_PHRASE && words[end].gap == Gap::Space {
        if is_preposition(&words[end].lower) {
            in_head = false;
        }
        if let Some(m) = index.starting_at[end]
            && in_head
            && index.mentions[m].kind == Kind::Person
        {
            return Some(named(words, index, m));
        }
        end += 1;
    }
    // The name set off after the role may have its own article and title, as
    // translated copy writes them ("the mayor, the signora Lucia Ferrandi").
    if let Some(w) = words.get(end)
        && w.gap == Gap::Comma
        && w.lower == "the"
        && let Some(named @ Subject::Name(_)) = described_name(words, index, end + 1)
    {
        return Some(named);
    }
    if let Some(w) = words.get(end)
        && w.gap == Gap::Comma
        && let Some(m) = index.starting_at[end]
        && index.mentions[m].kind == Kind::Person
        && words
            .get(index.mentions[m].end)
            .is_none_or(|after| after.gap != Gap::Space)
    {
        return Some(named(words, index, m));
    }
    phrase_subject(words, index, n, end)
}

/// True when the clause holding the verb at `v` opens with `As` ("As X noted, …").
fn opens_with_as(words: &[Word<'_>], v: usize) -> bool {
    let mut k = v;
    while k > 0 && v - k <= MAX_ROLE_PHRASE {
        if words[k].gap != Gap::Space {
            return false;
        }
        k -= 1;
        if words[k].lower == "as" {
            return matches!(
                words[k].gap,
                Gap::Start | Gap::Stop | Gap::Comma | Gap::Quote
            );
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::names;
    use crate::analysis::language::organisations;
    use crate::analysis::language::words::{Region, writer_words};
    use crate::model::{Article, ArticleMeta};

    fn subjects(text: &str) -> Vec<(String, Option<String>, bool)> {
        let article = Article::from_text(ArticleMeta::default(), text.into(), false);
        let words = writer_words(&article, &[]);
        let mut mentions = names::find(&words);
        mentions.extend(organisations::find(&words, &mentions));
        mentions.sort_by_key(|m| m.start);
        find(&words, &mentions)
            .into_iter()
            .map(|e| {
                let who = e.subject.map(|s| match s {
                    Subject::Name(m) => mentions[m].form.clone(),
                    Subject::Names(ms) => ms
                        .iter()
                        .map(|&m| mentions[m].form.as_str())
                        .collect::<Vec<_>>()
                        .join("|"),
                    Subject::Pronoun(g) => format!("<{g:?}>"),
                    Subject::Role {
                        roles,
                        definite,
                        org,
                        ..
                    } => {
                        let org =
                            org.map_or(String::new(), |m| format!(" for {}", mentions[m].form));
                        format!("<role {} {definite}{org}>", roles.join(" "))
                    }
                    Subject::Document(d) => format!("<document {d}>"),
                    Subject::Institution(i) => format!("<institution {i}>"),
                    Subject::Other => "<other>".into(),
                });
                (words[e.word].lower.clone(), who, e.framing)
            })
            .collect()
    }

    fn who(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn subject_shapes() {
        assert_eq!(
            subjects("Judge Amy Chen also noted the delay."),
            [("noted".into(), who("Amy Chen"), false)]
        );
        assert_eq!(
            subjects("As the head of the union said, talks failed."),
            [("said".into(), who("<role head true>"), true)]
        );
        assert_eq!(
            subjects("According to her, the deal is off."),
            [("according".into(), who("<Female>"), true)]
        );
        assert_eq!(
            subjects("Park Ji-sung, a former captain, said he agreed."),
            [
                ("said".into(), who("Park Ji-sung"), false),
                ("agreed".into(), who("<Male>"), false)
            ]
        );
        assert_eq!(
            subjects("The ministry said it would appeal, and a researcher warned of delays."),
            [
                ("said".into(), who("<institution ministry>"), false),
                ("warned".into(), who("<role researcher false>"), false)
            ]
        );
    }

    #[test]
    fn inverted_and_missing_subjects() {
        assert_eq!(
            subjects("The vote, said Senator Mia Ortiz, was close."),
            [("said".into(), who("Mia Ortiz"), false)]
        );
        assert_eq!(
            subjects("Pyongyang denied it and on Sunday warned again."),
            [
                ("denied".into(), who("Pyongyang"), false),
                ("warned".into(), who("<other>"), false)
            ]
        );
        assert_eq!(
            subjects("Officials met and said nothing."),
            [("said".into(), None, false)]
        );
    }

    #[test]
    fn asides_and_appositions_between_subject_and_verb() {
        assert_eq!(
            subjects("Sen. Ann Mills (R-Ohio) told reporters the bill was dead."),
            [("told".into(), who("Ann Mills"), false)]
        );
        assert_eq!(
            subjects("The Tulsa Republican, the minority whip, said no."),
            [("said".into(), who("<role republican tulsa true>"), false)]
        );
        assert_eq!(
            subjects(
                "A spokesman for the Lakeshore Valley Railroad, which owns the line, said so."
            ),
            [(
                "said".into(),
                who("<role spokesman false for Lakeshore Valley Railroad>"),
                false
            )]
        );
    }

    #[test]
    fn names_in_apposition_to_a_role_after_the_verb() {
        assert_eq!(
            subjects("The vote, said the bill's sponsor, Sen. Ann Mills, was close."),
            [("said".into(), who("Ann Mills"), false)]
        );
        assert_eq!(
            subjects("The vote, said the chair of the board, Ann Mills, was close."),
            [("said".into(), who("Ann Mills"), false)]
        );
        assert_eq!(
            subjects("The vote was close, declared the senator Mills before the crowd."),
            [("declared".into(), who("Mills"), false)]
        );
    }

    #[test]
    fn a_name_set_off_before_the_verb_is_the_subject_not_the_role_after_it() {
        // The role after the verb opens what was said, not an inversion.
        assert_eq!(
            subjects("Ostrander's chief of staff, Lena Ruiz, said the commissioner was calm."),
            [("said".into(), who("Lena Ruiz"), false)]
        );
        assert_eq!(
            subjects("In Denver, said Mayor Ann Lee, the mood was grim."),
            [("said".into(), who("Ann Lee"), false)]
        );
    }

    #[test]
    fn documents_and_institutions_as_sources() {
        assert_eq!(
            subjects("The 40-page filing states that costs will rise."),
            [("states".into(), who("<document filing>"), false)]
        );
        assert_eq!(
            subjects("The states said nothing."),
            [("said".into(), who("<other>"), false)]
        );
        assert_eq!(
            subjects("A letter from the mayor says the park will close."),
            [("says".into(), who("<document letter>"), false)]
        );
        assert_eq!(
            subjects("The court's order said the county acted in haste."),
            [("said".into(), who("<document order>"), false)]
        );
    }

    #[test]
    fn participles_take_the_subject_of_their_clause() {
        assert_eq!(
            subjects("In a statement, the ministry went further, warning of war."),
            [("warning".into(), who("<institution ministry>"), false)]
        );
        assert_eq!(
            subjects("Mia Ortiz spoke for an hour on Monday, saying little."),
            [("saying".into(), who("Mia Ortiz"), false)]
        );
        // A name before the comma that is an object says nothing of who speaks.
        assert_eq!(
            subjects(
                "Lena Park condemned his visit to Seoul and Japan, saying it was a provocation."
            ),
            [
                ("condemned".into(), who("Lena Park"), false),
                ("saying".into(), who("Lena Park"), false)
            ]
        );
        assert_eq!(
            subjects("Ana Ruiz visited Tom Hale and Omar Reyes, adding that the deal was done."),
            [("adding".into(), who("Ana Ruiz"), false)]
        );
    }

    #[test]
    fn any_past_tense_verb_in_the_slot_after_a_quotation_reports_it() {
        let after_quote = |text: &str| {
            let article = Article::from_text(ArticleMeta::default(), text.into(), false);
            let open = text.find('“').unwrap();
            let end = text.find('”').unwrap() + '”'.len_utf8();
            let region = Region {
                span: crate::model::Span::new(open, end),
                ends_sentence: false,
            };
            let words = writer_words(&article, &[region]);
            let mut mentions = names::find(&words);
            mentions.extend(organisations::find(&words, &mentions));
            mentions.sort_by_key(|m| m.start);
            find(&words, &mentions)
                .into_iter()
                .map(|e| (words[e.word].lower.clone(), e.subject.is_some()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            after_quote("“Not again,” Rolf Danner groaned."),
            [("groaned".into(), true)]
        );
        assert_eq!(
            after_quote("“Not again,” she sniffed after the vote."),
            [("sniffed".into(), true)]
        );
        assert_eq!(
            after_quote("“Not again,” beamed the goalkeeper, Rolf Danner."),
            [("beamed".into(), true)]
        );
        assert_eq!(
            after_quote("“Not again,” she groaned angrily."),
            [("groaned".into(), true)]
        );
        assert!(
            after_quote("“Not again.” Rolf Danner walked the dog home.").is_empty(),
            "a verb with an object is the writer's own clause"
        );
        assert!(after_quote("The crowd chanted “not again” and booed loudly.").is_empty());
    }

    #[test]
    fn reporting_phrases() {
        assert_eq!(
            subjects("Tom Hale, a driver, put it plainly: no."),
            [("put".into(), who("Tom Hale"), false)]
        );
        assert_eq!(
            subjects("As Tom Hale put it, the job is done."),
            [("put".into(), who("Tom Hale"), true)]
        );
    }
}
