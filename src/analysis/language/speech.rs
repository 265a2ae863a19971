//! Speech events in the writer's words: a speech verb and who it is attributed to.
//!
//! Recognised shapes: `X said`, `X also noted`, `X, a spokesman, said`,
//! `X, who said`, `said X` and `said the head of the alliance` (after a quotation
//! or comma), `according to X`, and `As X noted,`. The subject is a name, a
//! pronoun, a role phrase ("the expert", "the NATO chief"), or something that is
//! not a person ("the ministry", "Pyongyang"); resolving it is [`super::speaker`]'s job.

use super::tokens::is_stop_word;

use super::lexicon::{
    is_invertible_verb, is_preposition, is_role_word, is_speech_participle, is_speech_verb,
    is_subject_filler,
};
use super::names::{Mention, role_parts};
use super::words::{Gap, Word};

/// Words a role phrase may have between its determiner and the verb.
const MAX_ROLE_PHRASE: usize = 8;

/// Lower-case words that may describe a name written after its verb.
const MAX_DESCRIPTION: usize = 3;

/// Words an apposition may have between a name and its verb.
const MAX_APPOSITION: usize = 12;

/// Who a speech verb attributes words to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A name: index into the mention list.
    Name(usize),
    /// Names before an apposition (`Jane Roe, a Democrat, said`), nearest first:
    /// the speaker is the first that is a person.
    Names(Vec<usize>),
    /// `he`, `she`, `him` or `her`.
    Pronoun,
    /// A role phrase; `definite` is false for "a researcher".
    Role {
        /// Role words of the phrase, modifiers left out.
        roles: Vec<String>,
        /// True for "the …" or a bare title, false for "a …".
        definite: bool,
    },
    /// Not a person: an organisation, a place, an unnamed group.
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
struct MentionIndex {
    ending_at: Vec<Option<usize>>,
    starting_at: Vec<Option<usize>>,
}

impl MentionIndex {
    fn new(len: usize, mentions: &[Mention]) -> Self {
        let mut ending_at = vec![None; len];
        let mut starting_at = vec![None; len];
        for (i, m) in mentions.iter().enumerate() {
            if let Some(slot) = m.end.checked_sub(1).and_then(|e| ending_at.get_mut(e)) {
                *slot = Some(i);
            }
            if let Some(slot) = starting_at.get_mut(m.run_start) {
                *slot = Some(i);
            }
        }
        Self {
            ending_at,
            starting_at,
        }
    }
}

/// Finds every speech event in `words`.
pub fn find(words: &[Word<'_>], mentions: &[Mention]) -> Vec<Event> {
    let index = MentionIndex::new(words.len(), mentions);
    let mut out = Vec::new();
    for (v, word) in words.iter().enumerate() {
        let according =
            word.lower == "according" && words.get(v + 1).is_some_and(|w| w.lower == "to");
        let participle = is_speech_participle(&word.lower);
        let subject = if according {
            subject_after(words, &index, mentions, v + 2, true)
        } else if is_speech_verb(&word.lower) {
            finite_subject(words, &index, mentions, v)
        } else if participle {
            participle_subject(words, &index, mentions, v)
        } else {
            continue;
        };
        let framing = according || (subject.is_some() && opens_with_as(words, v));
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

/// The subject of the finite speech verb at `v`: after it when inverted, else before.
/// After a comma, only a person-like subject counts as inverted (`, said the
/// minister,` but not `, said the bill was dead`).
fn finite_subject(
    words: &[Word<'_>],
    index: &MentionIndex,
    mentions: &[Mention],
    v: usize,
) -> Option<Subject> {
    let inverted_slot = matches!(words[v].gap, Gap::Quote | Gap::Comma | Gap::Start);
    let after_comma = words[v].gap == Gap::Comma;
    if inverted_slot
        && is_invertible_verb(&words[v].lower)
        && let Some(subject) = subject_after(words, index, mentions, v + 1, false)
        && !(after_comma && subject == Subject::Other)
    {
        return Some(subject);
    }
    subject_before(words, index, mentions, v)
}

/// The subject of a participle (`Smith, adding`): a name just before the comma.
fn participle_subject(
    words: &[Word<'_>],
    index: &MentionIndex,
    mentions: &[Mention],
    v: usize,
) -> Option<Subject> {
    if words[v].gap != Gap::Comma || v == 0 {
        return None;
    }
    index.ending_at[v - 1]
        .filter(|&m| !mentions[m].possessive)
        .map(Subject::Name)
}

/// The subject written before the verb at `v`, skipping adverbs and auxiliaries.
fn subject_before(
    words: &[Word<'_>],
    index: &MentionIndex,
    mentions: &[Mention],
    v: usize,
) -> Option<Subject> {
    let mut i = v;
    while i > 0 && words[i].gap == Gap::Space && is_subject_filler(&words[i - 1].lower) {
        i -= 1;
    }
    if i == 0 {
        return None;
    }
    match words[i].gap {
        Gap::Space => {}
        Gap::Comma => return apposition_subject(words, index, mentions, i),
        _ => return None,
    }
    let j = i - 1;
    let word = &words[j];
    if let Some(m) = index.ending_at[j] {
        return (!mentions[m].possessive).then_some(Subject::Name(m));
    }
    match word.lower.as_str() {
        "he" | "she" => return Some(Subject::Pronoun),
        "who" if j > 0 && word.gap == Gap::Comma => {
            return index.ending_at[j - 1].map(Subject::Name);
        }
        "it" | "they" | "we" | "i" | "you" => return Some(Subject::Other),
        _ => {}
    }
    if is_stop_word(&word.lower) {
        return None;
    }
    role_phrase_before(words, j).or(Some(Subject::Other))
}

/// The subject of `NAME, <apposition>, said`: the name before the apposition.
fn apposition_subject(
    words: &[Word<'_>],
    index: &MentionIndex,
    mentions: &[Mention],
    comma_word: usize,
) -> Option<Subject> {
    let from = comma_word.saturating_sub(MAX_APPOSITION);
    let mut names = Vec::new();
    for j in (from..comma_word).rev() {
        if let Some(m) = index.ending_at[j]
            && words.get(j + 1).is_some_and(|w| w.gap == Gap::Comma)
            && !mentions[m].possessive
        {
            names.push(m);
        }
        if matches!(
            words[j].gap,
            Gap::Stop | Gap::Start | Gap::Quote | Gap::Colon
        ) {
            break;
        }
    }
    (!names.is_empty()).then_some(Subject::Names(names))
}

/// A role phrase ending at word `j`: back to its determiner (`the head of the
/// alliance`, `a researcher`) or a bare title (`NATO chief`). A role belonging to
/// a named owner (`Smith’s lawyer`) is someone unnamed.
fn role_phrase_before(words: &[Word<'_>], j: usize) -> Option<Subject> {
    let mut roles = Vec::new();
    let mut k = j;
    loop {
        let word = &words[k];
        let inner = k > 0 && is_preposition(&words[k - 1].lower) && word.gap == Gap::Space;
        match word.lower.as_str() {
            "the" | "this" | "that" if !inner => return role(roles, true),
            "a" | "an" if !inner => return role(roles, false),
            _ => {}
        }
        if word.capitalised() && word.lower.ends_with("'s") {
            return Some(Subject::Other);
        }
        roles.extend(role_parts(&word.lower));
        if k == 0 || j - k >= MAX_ROLE_PHRASE || !matches!(word.gap, Gap::Space | Gap::Other) {
            break;
        }
        k -= 1;
    }
    if is_role_word(&words[j].lower) {
        return role(roles, true);
    }
    None
}

/// A role subject, or `Other` when the phrase names no role ("the ministry").
fn role(roles: Vec<String>, definite: bool) -> Option<Subject> {
    Some(if roles.is_empty() {
        Subject::Other
    } else {
        Subject::Role { roles, definite }
    })
}

/// The subject written after a verb (or after `according to`), starting at word `n`;
/// a pronoun counts only when `pronoun` is set (`according to him`, not `said he`).
/// A name described by another (`Arsenal manager Mikel Arteta`, `Biden aide X`)
/// yields both, the described one first.
fn subject_after(
    words: &[Word<'_>],
    index: &MentionIndex,
    mentions: &[Mention],
    n: usize,
    pronoun: bool,
) -> Option<Subject> {
    let word = words.get(n)?;
    if word.gap != Gap::Space {
        return None;
    }
    match word.lower.as_str() {
        "he" | "she" | "him" | "her" if pronoun => return Some(Subject::Pronoun),
        "the" | "a" | "an" => return role_phrase_after(words, n),
        _ => {}
    }
    if let Some(m) = index.starting_at[n] {
        let subject = named(words, index, mentions, m);
        let end = mentions[m].end;
        let described = words.get(end).is_some_and(|w| w.gap == Gap::Space);
        if let (Subject::Name(m), true) = (&subject, described)
            && let Some(Subject::Name(next)) = described_name(words, index, mentions, end)
        {
            return Some(Subject::Names(vec![next, *m]));
        }
        return Some(subject);
    }
    if word.capitalised() {
        return Some(Subject::Other);
    }
    described_name(words, index, mentions, n)
}

/// The subject a name written after its verb gives. A possessive names someone
/// else: `Kim Jong Un’s sister, Kim Yo Jong` is Kim Yo Jong, and `Smith’s
/// lawyer` someone unnamed.
fn named(words: &[Word<'_>], index: &MentionIndex, mentions: &[Mention], m: usize) -> Subject {
    let mention = &mentions[m];
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
        (Some(w), Some(next)) if owned > 0 && w.gap == Gap::Comma => {
            named(words, index, mentions, next)
        }
        _ => Subject::Other,
    }
}

/// A name introduced by a few lower-case descriptive words (`union leader Rosa
/// Mendez`, `investor Carl Icahn`) starting at word `n`.
fn described_name(
    words: &[Word<'_>],
    index: &MentionIndex,
    mentions: &[Mention],
    n: usize,
) -> Option<Subject> {
    for (k, word) in words.iter().enumerate().skip(n).take(MAX_DESCRIPTION) {
        if k > n && word.gap != Gap::Space {
            return None;
        }
        if let Some(m) = index.starting_at[k] {
            return Some(named(words, index, mentions, m));
        }
        if word.capitalised() || is_stop_word(&word.lower) {
            return None;
        }
    }
    None
}

/// A role phrase starting with the determiner at `n`: `the head of the alliance`.
fn role_phrase_after(words: &[Word<'_>], n: usize) -> Option<Subject> {
    let mut roles = Vec::new();
    for word in words[n + 1..].iter().take(MAX_ROLE_PHRASE) {
        if word.gap != Gap::Space || is_preposition(&word.lower) {
            break;
        }
        roles.extend(role_parts(&word.lower));
    }
    role(roles, words[n].lower == "the")
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
    use crate::analysis::language::words::writer_words;
    use crate::model::{Article, ArticleMeta};

    fn subjects(text: &str) -> Vec<(String, Option<String>, bool)> {
        let article = Article::from_text(ArticleMeta::default(), text.into(), false);
        let words = writer_words(&article, &[]);
        let mentions = names::find(&words);
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
                    Subject::Pronoun => "<pronoun>".into(),
                    Subject::Role { roles, definite } => {
                        format!("<role {} {definite}>", roles.join(" "))
                    }
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
            [("according".into(), who("<pronoun>"), true)]
        );
        assert_eq!(
            subjects("Park Ji-sung, a former captain, said he agreed."),
            [
                ("said".into(), who("Park Ji-sung"), false),
                ("agreed".into(), who("<pronoun>"), false)
            ]
        );
        assert_eq!(
            subjects("The ministry said it would appeal, and a researcher warned of delays."),
            [
                ("said".into(), who("<other>"), false),
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
}
