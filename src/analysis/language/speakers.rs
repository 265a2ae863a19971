//! Who can speak in an article: the people, organisations and documents its
//! writer names, gathered into one registry, with each person's gender as the
//! article gives it.
//!
//! A person is registered from any mention outside a title-case heading that
//! looks like a person's: a titled name, a full name with a common given name,
//! an initial, a suffix or an age (`Dale Hutchins, 67,`), or a name that a speech verb attributes words
//! to (unless it is the leading part of an organisation's name, as `Ohio
//! Midland` is of `Ohio Midland Railroad`, or one word that is no surname: a
//! place, a month, a role). A later lone surname then resolves to the full
//! name; a surname used alone throughout is a person of its own. Every
//! organisation named is registered, and so is a name after `the` that speaks
//! ("The Red Cross said"), and every document a speech verb quotes ("the
//! filing said").
//!
//! Gender comes from, strongest first: a title or gendered role word (`Ms.`,
//! `spokeswoman`); a common given name; the pronouns of a sentence that names
//! that person alone ("Ortega, 49, is serving her second term"), which may
//! belong to someone named before ("Raman has endorsed his opponent") and so
//! count only for a name that says nothing else.

use super::hash::{FnvHashMap, FnvHashSet};
use super::lexicon::{
    Gender, given_name_gender, is_calendar_word, is_document_noun, is_place_modifier,
    is_place_preposition, is_role_word, is_sentence_opener, is_spokesperson, is_stop_word,
    pronoun_gender, state_name,
};
use super::names::{Kind, Mention};
use super::people::{PersonId, Registry, SpeakerKind};
use super::speech::{Event, Subject};
use super::words::{Gap, Word, sentence_end};

/// The speakers of an article and who each of its names may be.
#[derive(Debug)]
pub struct Speakers {
    /// People, organisations and documents.
    pub registry: Registry,
    /// For each mention, the speakers it may name (several for a lone surname
    /// shared by two people), narrowed by its kind: an organisation's name names
    /// organisations, a titled or person-shaped name people.
    pub candidates: Vec<Vec<PersonId>>,
    /// Every speaker each mention's form may name, of any kind (the registry's
    /// lookup of the form; see [`Named`]).
    pub named: Named,
    /// For each mention, true when it is one word that may be a surname used
    /// alone though the article says nothing else of it ("Haddad insisted"):
    /// not a speaker of this article, but one another article of the story
    /// may name in full (see [`crate::analysis::quotes::complete_speaker_names`]).
    pub bare_surnames: Vec<bool>,
}

/// The registry's lookup of each distinct form an article's mentions write,
/// done once: the speakers and the claims of the article both read it.
#[derive(Debug, Default)]
pub struct Named {
    /// The speakers each distinct form may name, in order of first mention.
    found: Vec<Vec<PersonId>>,
    /// For each mention, its form's entry in `found`.
    form: Vec<usize>,
}

impl Named {
    /// Looks up the form of each of `mentions` in `registry`, once per form.
    fn of(registry: &Registry, mentions: &[Mention]) -> Self {
        let mut by_form: FnvHashMap<&str, usize> = FnvHashMap::default();
        let mut found = Vec::new();
        let form = mentions
            .iter()
            .map(|m| {
                *by_form.entry(m.form.as_str()).or_insert_with(|| {
                    found.push(registry.lookup(&m.form));
                    found.len() - 1
                })
            })
            .collect();
        Self { found, form }
    }

    /// Every speaker mention `index`'s form may name (see [`Registry::lookup`]).
    pub fn of_mention(&self, index: usize) -> &[PersonId] {
        self.form.get(index).map_or(&[], |&f| &self.found[f])
    }
}

/// The speakers of an article read as `words`, with its `mentions` (people and
/// organisations, sorted by position) and speech `events`.
pub fn gather(words: &[Word<'_>], mentions: &[Mention], events: &[Event]) -> Speakers {
    let mut registry = Registry::default();
    for m in mentions.iter().filter(|m| m.kind == Kind::Organisation) {
        registry.add_speaker(&m.form, SpeakerKind::Organisation);
    }
    // "A spokesperson for Embraer said": the name a spokesperson speaks for
    // is an organisation's, whether or not it reads as one.
    for event in events {
        if let Some(Subject::Role {
            definite: false,
            org: Some(org),
            roles,
            ..
        }) = &event.subject
            && roles.iter().any(|r| is_spokesperson(r))
            && let Some(m) = mentions.get(*org)
            && m.kind == Kind::Person
            && !m.titled
            && !m.personal
        {
            registry.add_speaker(&m.form, SpeakerKind::Organisation);
        }
    }
    let speaking = speaking(words, mentions, events);
    let places = place_words(words);
    for (m, _) in mentions.iter().zip(&speaking).filter(|(m, speaks)| {
        **speaks && m.kind == Kind::Person && !m.titled && !m.personal && after_the(words, m)
    }) {
        registry.add_speaker(&m.form, SpeakerKind::Organisation);
    }
    let mut seen = FnvHashSet::default();
    let forms: Vec<&str> = mentions
        .iter()
        .zip(&speaking)
        .filter(|(m, speaks)| {
            m.kind == Kind::Person
                && !m.heading
                && (m.titled
                    || m.personal
                    || (**speaks
                        && (m.end - m.start > 1 || is_lone_surname(words, m, &places))
                        && !names_organisation(&registry, m)))
        })
        .map(|(m, _)| m.form.as_str())
        .filter(|form| seen.insert(*form))
        .collect();
    registry.add_people(forms);
    for event in events {
        if let Some(Subject::Document(noun)) = &event.subject {
            registry.add_speaker(&document_name(noun), SpeakerKind::Document);
        }
    }
    let named = Named::of(&registry, mentions);
    let candidates = candidates(&registry, mentions, &named);
    learn_genders(&mut registry, words, mentions, &candidates);
    let bare_surnames = mentions
        .iter()
        .map(|m| m.kind == Kind::Person && !m.heading && may_be_surname(words, m, &places))
        .collect();
    Speakers {
        registry,
        candidates,
        named,
        bare_surnames,
    }
}

/// For each mention, the speakers it may name: those its form may name
/// (`named`), narrowed by its kind.
fn candidates(registry: &Registry, mentions: &[Mention], named: &Named) -> Vec<Vec<PersonId>> {
    mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let wanted = match m.kind {
                Kind::Organisation => Some(SpeakerKind::Organisation),
                Kind::Person if m.titled || m.personal => Some(SpeakerKind::Person),
                Kind::Person => None,
            };
            let found = named.of_mention(i).iter().copied();
            match wanted {
                Some(kind) => found
                    .filter(|&id| registry.person(id).kind() == kind)
                    .collect(),
                None => found.collect(),
            }
        })
        .collect()
}

/// How a document is named as a speaker: its noun (and the words that say
/// which it is) with `the` ("the filing", "the police report").
pub fn document_name(noun: &str) -> String {
    format!("the {noun}")
}

/// True when a speaker's name is a document's, as [`document_name`] writes it
/// ("the filing", "the police report").
pub fn is_document_name(name: &str) -> bool {
    name.strip_prefix("the ")
        .and_then(|phrase| phrase.split(' ').next_back())
        .is_some_and(is_document_noun)
}

/// For each mention, true when a speech verb attributes words to it directly;
/// of the names before an apposition, only those opening a clause or set off by
/// a comma count (`Jane Roe, a Democrat from Ohio, said`: Jane Roe, not Ohio).
fn speaking(words: &[Word<'_>], mentions: &[Mention], events: &[Event]) -> Vec<bool> {
    let mut speaking = vec![false; mentions.len()];
    for event in events {
        match &event.subject {
            Some(Subject::Name(m)) => speaking[*m] = true,
            Some(Subject::Names(ms)) => {
                for &m in ms {
                    speaking[m] |= words[mentions[m].run_start].gap != Gap::Space;
                }
            }
            _ => {}
        }
    }
    speaking
}

/// True when a one-word name that a speech verb attributes words to can be a
/// surname used alone: described as a person ("Varenne, who has fought",
/// "Delacroix, the Bend Democrat") where a country or city would not be; no
/// state, place, calendar or role
/// word, no word that opens sentences ("Officials said", "Ohio said"), no word
/// the article also writes in lower case, none that qualifies a role after it
/// ("Opposition lawmaker Oskar Halloran"), none of the article's `places`.
fn is_lone_surname(words: &[Word<'_>], m: &Mention, places: &FnvHashSet<&str>) -> bool {
    let described = !m.roles.is_empty()
        || words
            .get(m.end)
            .is_some_and(|w| w.gap == Gap::Comma && matches!(w.lower.as_str(), "who" | "whose"));
    described && may_be_surname(words, m, places)
}

/// True when a one-word name may be a surname used alone, described or not
/// (see [`is_lone_surname`] for the words it cannot be).
fn may_be_surname(words: &[Word<'_>], m: &Mention, places: &FnvHashSet<&str>) -> bool {
    let lower = words[m.start].lower.trim_end_matches("'s");
    if m.end - m.start != 1 || places.contains(lower) {
        return false;
    }
    let qualifies = words
        .get(m.end)
        .is_some_and(|next| next.gap == Gap::Space && is_role_word(&next.lower));
    !m.common
        && !qualifies
        && state_name(lower).is_none()
        && !is_place_modifier(lower)
        && !is_calendar_word(lower)
        && !is_role_word(lower)
        && !lower.strip_suffix('s').is_some_and(is_role_word)
        && !is_sentence_opener(lower)
        && !is_stop_word(lower)
}

/// The capitalised words of `words` that read as places: written after a
/// place preposition ("in Drelsk"), or with a demonym beside them
/// (`Varnesia` when the article writes `Varnesian`), lower-case.
fn place_words<'w>(words: &'w [Word<'_>]) -> FnvHashSet<&'w str> {
    let mut places = FnvHashSet::default();
    for (k, w) in words.iter().enumerate() {
        if !w.capitalised() || w.lower.ends_with("'s") {
            continue;
        }
        if k > 0 && w.gap == Gap::Space && is_place_preposition(&words[k - 1].lower) {
            places.insert(w.lower.as_str());
        }
        for ending in ["n", "an", "ian", "ese"] {
            if let Some(place) = w.lower.strip_suffix(ending).filter(|p| p.len() > 2) {
                places.insert(place);
            }
        }
    }
    places
}

/// True when a name of several words follows `the`, as an organisation's does
/// and a person's does not ("The Red Cross said"; a lone "the Kremlin" is a
/// place standing for a government, no speaker).
fn after_the(words: &[Word<'_>], m: &Mention) -> bool {
    m.run_start == m.start
        && m.end - m.start > 1
        && words[m.start].gap == Gap::Space
        && m.start
            .checked_sub(1)
            .is_some_and(|b| words[b].lower == "the")
}

/// True when the mention is the leading part of an organisation's name.
fn names_organisation(registry: &Registry, m: &Mention) -> bool {
    registry
        .lookup(&m.form)
        .iter()
        .any(|&id| registry.person(id).kind() == SpeakerKind::Organisation)
}

/// Learns each person's gender from the article, strongest cue first.
fn learn_genders(
    registry: &mut Registry,
    words: &[Word<'_>],
    mentions: &[Mention],
    candidates: &[Vec<PersonId>],
) {
    let ids: Vec<Option<PersonId>> = mentions
        .iter()
        .zip(candidates)
        .map(|(m, found)| {
            let mut people = found
                .iter()
                .filter(|&&id| registry.person(id).kind() == SpeakerKind::Person);
            match (m.kind, people.next(), people.next()) {
                (Kind::Person, Some(&one), None) => Some(one),
                _ => None,
            }
        })
        .collect();
    for (m, id) in mentions.iter().zip(&ids) {
        if let (Some(gender), Some(id)) = (m.gender, id) {
            registry.learn_gender(*id, gender);
        }
    }
    for id in 0..registry.len() {
        let person = registry.person(id);
        if person.kind() != SpeakerKind::Person {
            continue;
        }
        let given = person
            .canonical()
            .split_whitespace()
            .next()
            .map(str::to_lowercase);
        if let Some(gender) = given.as_deref().and_then(given_name_gender) {
            registry.learn_gender(id, gender);
        }
    }
    for (id, gender) in pronoun_cues(words, mentions, &ids) {
        registry.learn_gender(id, gender);
    }
}

/// The gender of the pronouns of each sentence that names one person alone
/// before them and uses pronouns of one gender only ("Ortega, 49, is serving her
/// second term").
fn pronoun_cues(
    words: &[Word<'_>],
    mentions: &[Mention],
    ids: &[Option<PersonId>],
) -> Vec<(PersonId, Gender)> {
    let mut cues = Vec::new();
    let mut next = 0;
    let mut i = 0;
    while i < words.len() {
        let end = sentence_end(words, i);
        let mut first = None;
        let mut named: Option<Option<PersonId>> = None;
        while next < mentions.len() && mentions[next].start < end {
            if mentions[next].kind == Kind::Person {
                first.get_or_insert(mentions[next].start);
                named = match named {
                    Some(seen) if seen != ids[next] => Some(None),
                    _ => Some(ids[next]),
                };
            }
            next += 1;
        }
        let mut gender: Option<Option<Gender>> = None;
        for (k, word) in words.iter().enumerate().take(end).skip(i) {
            let Some(g) = pronoun_gender(&word.lower) else {
                continue;
            };
            gender = match gender {
                _ if first.is_none_or(|f| k < f) => Some(None),
                Some(seen) if seen != Some(g) => Some(None),
                _ => Some(Some(g)),
            };
        }
        if let (Some(Some(id)), Some(Some(g))) = (named, gender) {
            cues.push((id, g));
        }
        i = end;
    }
    cues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::{names, organisations, speech, words::writer_words};
    use crate::model::{Article, ArticleMeta};

    fn registry(text: &str) -> Registry {
        let article = Article::from_text(ArticleMeta::default(), text.into(), false);
        let words = writer_words(&article, &[]);
        let mut mentions = names::find(&words);
        mentions.extend(organisations::find(&words, &mentions));
        mentions.sort_by_key(|m| m.start);
        let events = speech::find(&words, &mentions);
        gather(&words, &mentions, &events).registry
    }

    fn speaker(reg: &Registry, form: &str) -> Option<(String, SpeakerKind, Option<Gender>)> {
        match reg.lookup(form).as_slice() {
            [one] => {
                let p = reg.person(*one);
                Some((p.canonical().to_string(), p.kind(), p.gender()))
            }
            _ => None,
        }
    }

    #[test]
    fn each_form_is_looked_up_once_and_answers_like_the_registry() {
        let article = Article::from_text(
            ArticleMeta::default(),
            "Sen. Ann Mills spoke first. Mills said no. Ann Mills left. The Red Cross said \
             Mills was right."
                .into(),
            false,
        );
        let words = writer_words(&article, &[]);
        let mut mentions = names::find(&words);
        mentions.extend(organisations::find(&words, &mentions));
        mentions.sort_by_key(|m| m.start);
        let events = speech::find(&words, &mentions);
        let speakers = gather(&words, &mentions, &events);
        for (i, m) in mentions.iter().enumerate() {
            let answer = speakers.registry.lookup(&m.form);
            assert_eq!(speakers.named.of_mention(i), answer, "{}", m.form);
        }
        let forms: FnvHashSet<&str> = mentions.iter().map(|m| m.form.as_str()).collect();
        assert_eq!(speakers.named.found.len(), forms.len());
        assert!(forms.len() < mentions.len());
        assert!(speakers.named.of_mention(mentions.len()).is_empty());
    }

    #[test]
    fn full_names_register_people_for_later_surnames() {
        let reg = registry(
            "Board members Paul Ivers and Dana R. Holt voted no. Tom Reyes Jr., 41, left. \
             Holt said little.",
        );
        for (surname, full) in [
            ("Ivers", "Paul Ivers"),
            ("Holt", "Dana R. Holt"),
            ("Reyes", "Tom Reyes Jr."),
        ] {
            assert_eq!(speaker(&reg, surname).map(|s| s.0), Some(full.into()));
        }
    }

    #[test]
    fn organisations_and_documents_speak() {
        let reg = registry(
            "A Lakeshore Valley Railroad train derailed. Lakeshore Valley said it was sorry. \
             The memo said so.",
        );
        assert_eq!(
            speaker(&reg, "Lakeshore Valley"),
            Some((
                "Lakeshore Valley Railroad".into(),
                SpeakerKind::Organisation,
                None
            ))
        );
        assert_eq!(
            speaker(&reg, "the memo").map(|s| s.1),
            Some(SpeakerKind::Document)
        );
    }

    #[test]
    fn genders_from_titles_pronouns_and_given_names() {
        let reg = registry(
            "Ms. Dana Holt spoke. Jordan Lee, 49, is serving her second term. \
             Margaret Odell left. Robin Park and Jordan Lee met his aide.",
        );
        let gender = |f: &str| speaker(&reg, f).and_then(|s| s.2);
        assert_eq!(gender("Holt"), Some(Gender::Female));
        assert_eq!(gender("Jordan Lee"), Some(Gender::Female));
        assert_eq!(gender("Odell"), Some(Gender::Female));
        assert_eq!(gender("Robin Park"), None, "two people: no cue");
    }
}
