//! Speaker attribution: who said each quotation, as a speaker of the article's
//! registry (a person, an organisation or a document).
//!
//! The article is read in order, keeping track of who has been named and who
//! has spoken. A pronoun ("she said") means a person of that gender (or of none
//! known): the subject of the last speech event when the most recent sentence
//! naming such a person names them, else the first such person named there. A
//! role phrase ("the minister said", "the Ohio Republican said", "the
//! presumptive nominee said") means the most recent person the article has
//! described with all its words (nobody, if that was an unnamed "a
//! spokeswoman"), else the most salient person; a role someone else owns ("his
//! lawyer said") only a person described in it, never the salient owner; a loose descriptor ("the
//! expert") means whoever spoke last. An unnamed spokesperson for a named
//! organisation gives the organisation's words; "the ministry" means the
//! ministry last named as a subject (else last named); "the filing" names the
//! document.
//!
//! A quotation takes its speaker from, in order: the attribution that interrupts
//! it; the one right after it (unless the quotation closes a sentence the writer
//! began); a sentence frame before it ("According to X,");
//! the nearest speech verb before it in its sentence; one later in the
//! sentence; the subject of a speech verb that has none of its own; a `Name:`
//! introducing it. A quotation standing as its own sentence may also continue
//! the previous paragraph's speaker, or take the speaker of the sentence before
//! or after. When an attribution names something that is no speaker (a place,
//! "a researcher"), the speaker is `None`, never a guess.
//!
//! Every search is bounded or goes through an index (events by word, mentions by
//! word, intros by role word, people by name key), so attribution grows linearly
//! with the article.

use std::ops::Range;

use crate::analysis::sentences::Sentence;
use crate::model::{Article, Span};

use crate::analysis::language::ArticleLanguage;
use crate::analysis::language::hash::{FnvHashMap, FnvHashSet};
use crate::analysis::language::lexicon::{
    Gender, age_compound, company_nouns, generic_org_nouns, is_company_descriptor,
    is_corporate_suffix, is_document_noun, is_generic_role, is_org_head, is_person_noun,
    is_role_word, is_spokesperson, is_stop_word, subject_pronoun_gender, trade_nouns, word_gender,
};
use crate::analysis::language::names::{Kind, Mention, age_after, phrase_roles};
use crate::analysis::language::people::{PersonId, Registry, SpeakerKind};
use crate::analysis::language::speakers::document_name;
use crate::analysis::language::speech::{Event, Subject};
use crate::analysis::language::words::{Gap, Region, Word};

use super::scan::Found;

/// Words after a quotation in which an attribution counts as immediate.
const TAIL_WORDS: usize = 4;

/// Words at the start of the next sentence searched for its speaker.
const NEXT_SENTENCE_WORDS: usize = 8;

/// People named most recently that a pronoun or a role may refer back to.
const MAX_LOOKBACK: usize = 64;

/// Words of a sentence searched for the subject of a verb without one.
const MAX_SUBJECT_SEARCH: usize = 40;

/// Words of a role phrase opening a sentence that may introduce a name before
/// a colon (`The Dorrance County judge, Celia Brandvold,`).
const MAX_ROLE_OPENING: usize = 8;

/// Speech events of a sentence searched, nearest first, for a quotation's
/// attribution before or after it.
const MAX_SENTENCE_EVENTS: usize = 16;

/// The outcome of an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    /// A known speaker of the registry.
    Speaker(PersonId),
    /// An attribution to someone or something that cannot be named.
    Nobody,
    /// A lone surname the article says nothing else of ("Haddad insisted"):
    /// no speaker of the article, but the mention another article of the
    /// story may name in full.
    Bare(usize),
}

/// Who a quotation is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attribution {
    /// A speaker of `lang.people`.
    Speaker(PersonId),
    /// A lone surname the article says nothing else of, as written: another
    /// article of the story may name that person in full.
    Bare(String),
    /// Nobody that can be named.
    Nobody,
}

/// The speaker of each quotation in `found`.
pub fn attribute(lang: &ArticleLanguage<'_>, found: &[Found]) -> Vec<Attribution> {
    let mut reader = Reader::new(lang, found.len());
    reader.read(found);
    reader
        .quote_who
        .iter()
        .map(|who| match who {
            Some(Who::Speaker(p)) => Attribution::Speaker(*p),
            Some(Who::Bare(m)) => Attribution::Bare(lang.mentions[*m].form.clone()),
            _ => Attribution::Nobody,
        })
        .collect()
}

/// The quotation regions of `found` as the word stream sees them, sorted.
pub fn regions(text: &str, found: &[Found]) -> Vec<Region> {
    let mut regions: Vec<Region> = found
        .iter()
        .flat_map(|f| &f.pieces)
        .map(|p| Region {
            span: Span::new(p.open, p.end),
            ends_sentence: p
                .stretches
                .last()
                .is_some_and(|s| s.slice(text).trim_end().ends_with(['.', '!', '?', '…'])),
        })
        .collect();
    regions.sort_by_key(|r| r.span.start);
    regions
}

/// Reads an article in order, resolving subjects against what has been read.
struct Reader<'a> {
    /// The article's language, for its per-sentence lookups.
    lang: &'a ArticleLanguage<'a>,
    article: &'a Article,
    sentences: &'a [Sentence],
    words: &'a [Word<'a>],
    mentions: &'a [Mention],
    registry: &'a Registry,
    events: &'a [Event],
    /// For each word, the mention starting there.
    mention_starting: Vec<Option<usize>>,
    /// For each word, the mention ending there.
    mention_ending: Vec<Option<usize>>,
    /// For each mention, the speakers it may name.
    candidates: &'a [Vec<PersonId>],
    /// Resolution of each event, once made (`Some(None)`: no subject).
    event_who: Vec<Option<Option<Who>>>,
    /// When each speaker was first named or heard, as a running count.
    seen: FnvHashMap<PersonId, usize>,
    /// The running count of things read.
    tick: usize,
    /// People in reading order, with the sentence that names them.
    recent: Vec<(usize, PersonId)>,
    /// Who spoke last: a speaker, or someone unnamed ("a spokeswoman said").
    last_speaker: Option<Who>,
    /// The sentence in which someone unnamed last spoke ("A neighbor, who
    /// asked not to be named, said"), with the gender the text gives them
    /// (their role word, or a pronoun in that sentence), if any.
    unnamed_speaker: Option<(usize, Option<Gender>)>,
    /// The person subject of the last speech event.
    last_person: Option<PersonId>,
    /// The people whose age the article gave after their name ("Rosa
    /// Delgado, 78,"), by age, latest last.
    ages: FnvHashMap<u32, PersonId>,
    /// People described with role words, in reading order; `None` for someone
    /// described without a name ("a spokeswoman for the company said").
    intros: Vec<(Option<PersonId>, &'a [String])>,
    /// For each role word, the intros holding it, in reading order.
    intro_index: FnvHashMap<&'a str, Vec<usize>>,
    /// Everything the article has said each person is.
    person_roles: FnvHashMap<PersonId, FnvHashSet<&'a str>>,
    /// For each institution word, the organisation last named as a subject and
    /// the one last named at all.
    org_focus: FnvHashMap<String, (Option<PersonId>, PersonId)>,
    /// Resolution of each quotation.
    quote_who: Vec<Option<Who>>,
}

/// Something met while reading.
#[derive(Debug, Clone, Copy)]
enum Item {
    Mention(usize),
    Event(usize),
    Quote(usize),
}

impl<'a> Reader<'a> {
    fn new(lang: &'a ArticleLanguage<'a>, quotes: usize) -> Self {
        let words = lang.words.as_slice();
        let mut mention_starting = vec![None; words.len()];
        let mut mention_ending = vec![None; words.len()];
        for (i, m) in lang.mentions.iter().enumerate() {
            mention_starting[m.start] = Some(i);
            if let Some(last) = m.end.checked_sub(1) {
                mention_ending[last] = Some(i);
            }
        }
        Self {
            lang,
            article: lang.article,
            sentences: lang.sentences,
            words,
            mentions: &lang.mentions,
            registry: &lang.people,
            events: &lang.events,
            mention_starting,
            mention_ending,
            candidates: &lang.mention_speakers,
            event_who: vec![None; lang.events.len()],
            seen: FnvHashMap::default(),
            tick: 0,
            recent: Vec::new(),
            last_speaker: None,
            unnamed_speaker: None,
            last_person: None,
            ages: FnvHashMap::default(),
            intros: Vec::new(),
            intro_index: FnvHashMap::default(),
            person_roles: FnvHashMap::default(),
            org_focus: FnvHashMap::default(),
            quote_who: vec![None; quotes],
        }
    }

    /// Reads mentions, events and quotations in text order.
    fn read(&mut self, found: &[Found]) {
        let mut items: Vec<(usize, Item)> = Vec::new();
        for (i, m) in self.mentions.iter().enumerate() {
            items.push((self.words[m.start].span.start, Item::Mention(i)));
        }
        for (i, e) in self.events.iter().enumerate() {
            items.push((e.pos, Item::Event(i)));
        }
        for (i, q) in found.iter().enumerate() {
            items.push((q.open(), Item::Quote(i)));
        }
        items.sort_by_key(|&(pos, _)| pos);
        for (_, item) in items {
            self.tick += 1;
            match item {
                Item::Mention(m) => self.read_mention(m),
                Item::Event(e) => self.read_event(e),
                Item::Quote(q) => {
                    let who = self.quote(found, q);
                    if let Some(Who::Speaker(p)) = who {
                        self.last_speaker = Some(Who::Speaker(p));
                    }
                    self.quote_who[q] = who;
                }
            }
        }
    }

    /// Notes a mention: the person or organisation it names is now the latest
    /// of its kind, with what the mention says of them.
    fn read_mention(&mut self, m: usize) {
        let Some(p) = self.pick(m) else {
            return;
        };
        let mention = &self.mentions[m];
        self.seen.entry(p).or_insert(self.tick);
        match self.registry.person(p).kind() {
            SpeakerKind::Person => {
                self.recent.push((self.words[mention.start].sentence, p));
                if !mention.roles.is_empty() {
                    self.introduce(Some(p), &mention.roles);
                }
                if let Some(age) = age_after(self.words, mention.end) {
                    self.ages.insert(age, p);
                }
            }
            SpeakerKind::Organisation => {
                let subject = self.opens_clause(mention.run_start);
                self.focus(m, p, subject);
            }
            SpeakerKind::Document => {}
        }
    }

    /// Notes a speech event once its subject is resolved.
    fn read_event(&mut self, e: usize) {
        let event = &self.events[e];
        match self.event(e) {
            Some(Who::Speaker(p)) => {
                self.last_speaker = Some(Who::Speaker(p));
                self.seen.entry(p).or_insert(self.tick);
                match self.registry.person(p).kind() {
                    SpeakerKind::Person => {
                        self.recent.push((event.sentence, p));
                        self.last_person = Some(p);
                    }
                    SpeakerKind::Organisation if !event.framing => {
                        if let Some(Subject::Name(m)) = &event.subject {
                            self.focus(*m, p, true);
                        }
                    }
                    _ => {}
                }
            }
            Some(Who::Nobody) => {
                if let Some(Subject::Role {
                    roles,
                    definite: false,
                    ..
                }) = &event.subject
                {
                    self.last_speaker = Some(Who::Nobody);
                    self.introduce(None, roles);
                    let gender = roles.iter().find_map(|r| word_gender(r)).or_else(|| {
                        self.words[self.sentence_words(event.sentence)]
                            .iter()
                            .find_map(|w| subject_pronoun_gender(&w.lower))
                    });
                    self.unnamed_speaker = Some((event.sentence, gender));
                }
            }
            Some(Who::Bare(_)) | None => {}
        }
    }

    /// Records that `person` (or someone unnamed) is described by `roles`.
    fn introduce(&mut self, person: Option<PersonId>, roles: &'a [String]) {
        let at = self.intros.len();
        self.intros.push((person, roles));
        for role in roles {
            self.intro_index.entry(role.as_str()).or_default().push(at);
        }
        if let Some(p) = person {
            let known = self.person_roles.entry(p).or_default();
            known.extend(roles.iter().map(String::as_str));
        }
    }

    /// Makes organisation `p`, named by mention `m`, the latest of each of its
    /// institution words ("ministry", "railroad", "company" or "firm" for a
    /// name closed by `Inc.` or `Corp.` or a trade, or described as a
    /// business, the nouns of its trade ("insurer" for "… Underwriters"), the
    /// noun that described it, and the generic "organization" or "group" for
    /// any);
    /// `subject` when named as a subject.
    fn focus(&mut self, m: usize, p: PersonId, subject: bool) {
        let mention = &self.mentions[m];
        let words = &self.words[mention.start..mention.end];
        let trades: Vec<&str> = words
            .iter()
            .flat_map(|w| trade_nouns(w.lower.trim_end_matches("'s")))
            .copied()
            .collect();
        let company = words.iter().any(|w| is_corporate_suffix(&w.lower))
            || mention.roles.iter().any(|r| is_company_descriptor(r))
            || !trades.is_empty();
        let heads = words
            .iter()
            .map(|w| w.lower.trim_end_matches("'s"))
            .filter(|w| is_org_head(w))
            .chain(trades)
            .chain(mention.roles.iter().map(String::as_str))
            .chain(company_nouns().iter().copied().filter(|_| company))
            .chain(generic_org_nouns().iter().copied());
        for head in heads {
            let slot = self.org_focus.entry(head.to_string()).or_insert((None, p));
            slot.1 = p;
            if subject {
                slot.0 = Some(p);
            }
        }
    }

    /// True when word `i` opens a clause (after a sentence start, a quotation, a
    /// dash or bracket), or follows a `the` that does.
    fn opens_clause(&self, i: usize) -> bool {
        let opens = |k: usize| {
            matches!(
                self.words[k].gap,
                Gap::Start | Gap::Stop | Gap::Quote | Gap::Other
            )
        };
        opens(i) || (i > 0 && self.words[i - 1].lower == "the" && opens(i - 1))
    }

    /// The speaker a mention names: the organisation a lone institution word
    /// stands for, else its only candidate, or the candidate read first when a
    /// lone name fits several: news copy leaves a shared surname to the person
    /// the story is about and names a relative introduced later in full.
    fn pick(&self, m: usize) -> Option<PersonId> {
        if let Some(p) = self.short_form(m) {
            return Some(p);
        }
        let candidates = &self.candidates[m];
        if candidates.len() <= 1 {
            return candidates.first().copied();
        }
        candidates
            .iter()
            .copied()
            .min_by_key(|p| self.seen.get(p).copied().unwrap_or(usize::MAX))
    }

    /// The organisation that an organisation's name of one institution word
    /// (`the Corps`, `the Commission`) stands for: the one last named with that
    /// word at its head (`Army Corps of Engineers`), as a subject if any.
    fn short_form(&self, m: usize) -> Option<PersonId> {
        let mention = &self.mentions[m];
        if mention.kind != Kind::Organisation || mention.end != mention.start + 1 {
            return None;
        }
        let head = self.words[mention.start].lower.trim_end_matches("'s");
        if !is_org_head(head) {
            return None;
        }
        let &(subject, named) = self.org_focus.get(head)?;
        let p = subject.unwrap_or(named);
        (self
            .registry
            .person(p)
            .canonical()
            .split_whitespace()
            .count()
            > 1)
        .then_some(p)
    }

    /// True when person `p` may be referred to by a pronoun of `gender`.
    fn compatible(&self, p: PersonId, gender: Option<Gender>) -> bool {
        let person = self.registry.person(p);
        person.kind() == SpeakerKind::Person
            && (gender.is_none() || person.gender().is_none() || person.gender() == gender)
    }

    /// The person a pronoun of `gender` (or a role with no holder) refers to:
    /// in the most recent sentence naming a compatible person, the subject of
    /// the last speech event if named there, else the first compatible person
    /// named there; failing that, the last speaker if compatible.
    fn salient(&self, gender: Option<Gender>) -> Option<PersonId> {
        let recent = &self.recent[self.recent.len().saturating_sub(MAX_LOOKBACK)..];
        let &(sentence, _) = recent
            .iter()
            .rev()
            .find(|&&(_, p)| self.compatible(p, gender))?;
        // Someone unnamed who spoke after the last compatible person was
        // named is whom the pronoun means: nobody the article names.
        if self.unnamed_speaker.is_some_and(|(spoke, theirs)| {
            spoke > sentence && (gender.is_none() || theirs.is_none() || theirs == gender)
        }) {
            return None;
        }
        let named: Vec<PersonId> = recent
            .iter()
            .rev()
            .take_while(|&&(s, _)| s >= sentence)
            .filter(|&&(s, p)| s == sentence && self.compatible(p, gender))
            .map(|&(_, p)| p)
            .collect();
        if let Some(p) = self.last_person.filter(|p| named.contains(p)) {
            return Some(p);
        }
        named.last().copied()
    }

    /// The person or unnamed someone latest described with all of `roles`.
    fn holder(&self, roles: &[&str]) -> Option<Option<PersonId>> {
        let list = self.intro_index.get(roles.first()?)?;
        list.iter().rev().take(MAX_LOOKBACK).find_map(|&i| {
            let (person, own) = self.intros[i];
            let described = |r: &&str| match person {
                Some(p) => self.person_roles.get(&p).is_some_and(|k| k.contains(r)),
                None => own.iter().any(|o| o == r),
            };
            roles.iter().all(described).then_some(person)
        })
    }

    /// Resolves a subject against what has been read so far.
    fn resolve(&self, subject: &Subject) -> Who {
        let known = |speaker: Option<PersonId>| speaker.map_or(Who::Nobody, Who::Speaker);
        match subject {
            Subject::Name(m) => match self.pick(*m) {
                Some(p) => Who::Speaker(p),
                None if self.lang.bare_surnames[*m] => Who::Bare(*m),
                None => Who::Nobody,
            },
            Subject::Names(ms) => {
                let picked: Vec<PersonId> = ms.iter().filter_map(|&m| self.pick(m)).collect();
                let person = picked
                    .iter()
                    .find(|&&p| self.registry.person(p).kind() == SpeakerKind::Person);
                known(person.or(picked.first()).copied())
            }
            Subject::Pronoun(gender) => known(self.salient(Some(*gender))),
            Subject::Role {
                definite: false,
                org: Some(org),
                roles,
                ..
            } if roles.iter().any(|r| is_spokesperson(r)) => {
                let mention = self.mention_starting[self.mentions[*org].start];
                let picked = mention.and_then(|m| self.pick(m));
                known(
                    picked.filter(|&p| self.registry.person(p).kind() == SpeakerKind::Organisation),
                )
            }
            Subject::Role {
                definite: false, ..
            }
            | Subject::Other => Who::Nobody,
            Subject::Role {
                roles, owned: true, ..
            } => {
                let all: Vec<&str> = roles.iter().map(String::as_str).collect();
                known(self.holder(&all).flatten())
            }
            // "the 78-year-old": whom the article gave that age, else nobody.
            Subject::Role { roles, .. } if roles.iter().any(|r| age_compound(r).is_some()) => {
                known(
                    roles
                        .iter()
                        .find_map(|r| age_compound(r))
                        .and_then(|age| self.ages.get(&age).copied()),
                )
            }
            Subject::Role { roles, .. } if roles.iter().any(|r| is_generic_role(r)) => self
                .last_speaker
                .unwrap_or_else(|| known(self.salient(None))),
            Subject::Role { roles, .. } => {
                let all: Vec<&str> = roles.iter().map(String::as_str).collect();
                let titles: Vec<&str> = all
                    .iter()
                    .copied()
                    .filter(|r| is_role_word(r) || r.contains('-'))
                    .collect();
                self.holder(&all)
                    .or_else(|| self.holder(&titles))
                    .map_or_else(|| known(self.salient(None)), known)
            }
            Subject::Document(noun) => {
                known(self.registry.lookup(&document_name(noun)).first().copied())
            }
            Subject::Institution(head) => known(
                self.org_focus
                    .get(head)
                    .map(|&(subject, named)| subject.unwrap_or(named)),
            ),
        }
    }

    /// The resolution of event `e` (made once, when first needed); `None` when the
    /// verb has no subject of its own. A participle's subject counts only when it
    /// names someone the article knows (`Smith, adding` but not `… to Kyiv,
    /// saying`).
    fn event(&mut self, e: usize) -> Option<Who> {
        if let Some(who) = self.event_who[e] {
            return who;
        }
        let event = &self.events[e];
        let who = event
            .subject
            .as_ref()
            .map(|s| self.resolve(s))
            .filter(|who| !(event.participle && matches!(who, Who::Nobody | Who::Bare(_))));
        self.event_who[e] = Some(who);
        who
    }

    /// True when the words from `after` (right after a quotation) to event
    /// `e`'s verb open with a phrase restating the quotation (`“…,” a charge
    /// Strickler denied`, `an accusation the ministry rejected`): an
    /// indefinite article and a common noun that names no speaker, a role, a
    /// person, a document or an institution. The verb reports someone's
    /// answer to the words, not who said them.
    fn answers_a_restatement(&self, after: usize, e: usize) -> bool {
        let verb = self.events[e].word;
        let (Some(article), Some(noun)) = (self.words.get(after), self.words.get(after + 1)) else {
            return false;
        };
        matches!(article.lower.as_str(), "a" | "an")
            && verb > after + 2
            && noun.gap == Gap::Space
            && !noun.capitalised()
            && !is_person_noun(&noun.lower)
            && !is_document_noun(&noun.lower)
            && !is_org_head(&noun.lower)
            && !is_company_descriptor(&noun.lower)
            && !is_spokesperson(&noun.lower)
    }

    /// The resolution of the first event among `candidates` that has a subject.
    fn first_with_subject(&mut self, candidates: impl IntoIterator<Item = usize>) -> Option<Who> {
        candidates.into_iter().find_map(|e| self.event(e))
    }

    /// The events whose verb lies in the word range `words`.
    fn events_in_words(&self, words: Range<usize>) -> Range<usize> {
        let from = self.events.partition_point(|e| e.word < words.start);
        let to = self.events.partition_point(|e| e.word < words.end);
        from..to.max(from)
    }

    /// The events whose verb lies inside `span` of the text.
    fn events_in_span(&self, span: Span) -> Range<usize> {
        let from = self.events.partition_point(|e| e.pos < span.start);
        let to = self.events.partition_point(|e| e.pos < span.end);
        from..to.max(from)
    }

    /// The word range of sentence `sentence`.
    fn sentence_words(&self, sentence: usize) -> Range<usize> {
        self.lang.writer_sentence(sentence)
    }

    /// Index of the article paragraph holding byte `pos`.
    fn paragraph(&self, pos: usize) -> Option<usize> {
        self.article.paragraph_at(pos)
    }

    /// The speaker of quotation `q`.
    fn quote(&mut self, found: &[Found], q: usize) -> Option<Who> {
        let quote = &found[q];
        let text = self.article.text.as_str();
        let (open, end) = (quote.open(), quote.end());
        let open_para = self.paragraph(open);
        let end_para = self.paragraph(end.saturating_sub(1));
        let before = self.words.partition_point(|w| w.span.start < open);
        let after = self.words.partition_point(|w| w.span.start < end);
        let lead_sentence = before
            .checked_sub(1)
            .map(|i| &self.words[i])
            .filter(|w| {
                self.paragraph(w.span.start) == open_para
                    && text
                        .get(w.span.end..open)
                        .is_some_and(|between| !between.contains(['.', '!', '?']))
            })
            .map(|w| w.sentence);
        let tail_word = self
            .words
            .get(after)
            .filter(|w| self.paragraph(w.span.start) == end_para);
        let tail_sentence = lead_sentence.or(tail_word.map(|w| w.sentence));

        let in_gaps: Vec<usize> = quote.gaps().flat_map(|g| self.events_in_span(g)).collect();
        if let Some(who) = self.first_with_subject(in_gaps) {
            return Some(who);
        }
        let tail_in_sentence =
            tail_word.is_some_and(|w| lead_sentence.is_none_or(|s| s == w.sentence));
        if tail_in_sentence {
            let immediate = self
                .events_in_words(after..after + TAIL_WORDS)
                .filter(|&e| !self.answers_a_restatement(after, e))
                .collect::<Vec<_>>();
            if let Some(who) = self.first_with_subject(immediate) {
                return Some(who);
            }
        }
        let lead: Vec<usize> = match lead_sentence {
            Some(s) => {
                let words = self.sentence_words(s);
                self.events_in_words(words.start..before)
                    .rev()
                    .take(MAX_SENTENCE_EVENTS)
                    .collect()
            }
            None => Vec::new(),
        };
        let framing: Vec<usize> = lead
            .iter()
            .copied()
            .filter(|&e| self.events[e].framing)
            .collect();
        if let Some(who) = self.first_with_subject(framing) {
            return Some(who);
        }
        if let Some(who) = self.first_with_subject(lead.iter().copied()) {
            return Some(who);
        }
        if let Some(s) = tail_sentence {
            let rest_end = self.sentence_words(s).end.max(after);
            let rest: Vec<usize> = self
                .events_in_words(after..rest_end)
                .take(MAX_SENTENCE_EVENTS)
                .filter(|&e| self.paragraph(self.events[e].pos) == end_para)
                .collect();
            if let Some(who) = self.first_with_subject(rest) {
                return Some(who);
            }
        }
        if let Some(&verb) = lead.last()
            && let Some(who) =
                self.sentence_subject(self.events[verb].sentence, self.events[verb].word)
        {
            return Some(who);
        }
        if let Some(who) = self.colon_speaker(before, open) {
            return Some(who);
        }
        if quote.partial || lead_sentence.is_some() {
            return None;
        }
        self.continued(found, q)
            .or_else(|| self.neighbour_sentence(open, end))
    }

    /// The first speaker or pronoun of `sentence` before word `limit`, taken as
    /// the subject of a speech verb that has none of its own ("he thanked …,
    /// adding").
    fn sentence_subject(&self, sentence: usize, limit: usize) -> Option<Who> {
        let start = self.sentence_words(sentence).start;
        let stop = limit.min(start + MAX_SUBJECT_SEARCH);
        for i in start..stop {
            let word = &self.words[i];
            if let Some(gender) = subject_pronoun_gender(&word.lower) {
                return self.salient(Some(gender)).map(Who::Speaker);
            }
            let speaker = self.mention_starting[i]
                .filter(|&m| !self.mentions[m].possessive)
                .and_then(|m| self.pick(m));
            if let Some(p) = speaker {
                return Some(Who::Speaker(p));
            }
        }
        None
    }

    /// The speaker of the last quotation of the previous paragraph, when quotation
    /// `q` opens its paragraph and so continues that speaker's words.
    fn continued(&self, found: &[Found], q: usize) -> Option<Who> {
        let open = found[q].open();
        let para = self.paragraph(open)?;
        if self.article.paragraphs[para].span.start != open {
            return None;
        }
        let previous = (0..para)
            .rev()
            .find(|&i| !self.article.paragraphs[i].kind.is_non_article())?;
        for i in (0..q).rev() {
            match self.paragraph(found[i].end().saturating_sub(1)) {
                Some(p) if p == previous => {
                    return match self.quote_who[i] {
                        Some(Who::Speaker(p)) => Some(Who::Speaker(p)),
                        _ => None,
                    };
                }
                Some(p) if p < previous => return None,
                _ => {}
            }
        }
        None
    }

    /// `Name: “…”`: the name right before a colon that introduces the
    /// quotation, else the subject opening the sentence the colon closes, a
    /// name (the one a possessive qualifies: `Northgate's Pavel Ristic`) or
    /// `he`/`she` (`Mayor Ines Carrow was blunter: “…”`).
    fn colon_speaker(&self, before: usize, open: usize) -> Option<Who> {
        let last = before.checked_sub(1)?;
        let word = &self.words[last];
        if self.article.text.get(word.span.end..open).map(str::trim) != Some(":") {
            return None;
        }
        if let Some(m) = self.mention_ending[last] {
            return self.pick(m).map(Who::Speaker);
        }
        let first = self.sentence_words(word.sentence).start;
        let opening = &self.words[first];
        if let Some(gender) = subject_pronoun_gender(&opening.lower) {
            return self.salient(Some(gender)).map(Who::Speaker);
        }
        if let Some(m) = self.named_after_role(first, last) {
            return self.pick(m).map(Who::Speaker);
        }
        if let Some(p) = self.role_opening(first, last) {
            return Some(Who::Speaker(p));
        }
        let mut m = (first..last).find_map(|k| self.mention_starting[k])?;
        let opens = self.mentions[m].run_start == first;
        if opens && self.mentions[m].possessive {
            // "Northgate's Pavel Ristic": the name the possessive qualifies.
            let after = self.mentions[m].end;
            m = self
                .mention_starting
                .get(after)
                .copied()
                .flatten()
                .filter(|&n| {
                    self.words[after].gap == Gap::Space && self.mentions[n].start == after
                })?;
        }
        let mention = &self.mentions[m];
        if !opens || mention.possessive || mention.end > last {
            return None;
        }
        let p = self.pick(m)?;
        (self.registry.person(p).kind() == SpeakerKind::Person).then_some(Who::Speaker(p))
    }

    /// The person holding the role that a definite role phrase opening the
    /// sentence at word `first` names, its verb before word `last` (`The
    /// Senate president disagreed: “…”`, `The governor was blunter:`): the
    /// phrase runs from `the` to its last role word, with no function word
    /// or punctuation inside, and the words before the colon go on past it.
    fn role_opening(&self, first: usize, last: usize) -> Option<PersonId> {
        if self.words[first].lower != "the" {
            return None;
        }
        let phrase: Vec<&Word<'_>> = self.words[first + 1..last.min(first + MAX_ROLE_OPENING)]
            .iter()
            .take_while(|w| w.gap == Gap::Space && !is_stop_word(&w.lower))
            .collect();
        let head = phrase.iter().rposition(|w| is_role_word(&w.lower))?;
        let roles = phrase_roles(phrase[..=head].iter().map(|w| w.lower.as_str()));
        let roles: Vec<&str> = roles.iter().map(String::as_str).collect();
        self.holder(&roles).flatten()
    }

    /// A person's name that a role phrase opening the sentence at word `first`
    /// introduces, before word `last`: in apposition (`The Dorrance County
    /// judge, Celia Brandvold, was blunt:`, `Wren's attorney, Hollis Grant,
    /// sniffed:`) or right after its role word (`The Harlow trainer Ivan
    /// Petrakis spoke of a mistake:`). The phrase ends in a role word, its head,
    /// and holds no function word but its determiner.
    fn named_after_role(&self, first: usize, last: usize) -> Option<usize> {
        for k in first + 1..last.min(first + MAX_ROLE_OPENING) {
            let word = &self.words[k];
            let before = &self.words[k - 1];
            let opening = k - 1 == first && matches!(before.lower.as_str(), "the" | "a" | "an");
            if !opening && is_stop_word(&before.lower) {
                return None;
            }
            if let Some(m) = self.mention_starting[k].filter(|&m| {
                let mention = &self.mentions[m];
                mention.kind == Kind::Person && !mention.possessive && mention.end <= last
            }) && is_role_word(&before.lower)
            {
                let set_off = word.gap == Gap::Comma
                    && self
                        .words
                        .get(self.mentions[m].end)
                        .is_some_and(|w| w.gap == Gap::Comma);
                if set_off || word.gap == Gap::Space {
                    return Some(m);
                }
            }
            if word.gap != Gap::Space {
                return None;
            }
        }
        None
    }

    /// A speaker named in the sentence before the quotation, or at the start of the
    /// sentence after it, within the same paragraphs.
    fn neighbour_sentence(&mut self, open: usize, end: usize) -> Option<Who> {
        let open_para = self.paragraph(open)?;
        let end_para = self.paragraph(end.saturating_sub(1))?;
        let previous = self
            .sentences
            .partition_point(|s| s.span.end <= open)
            .checked_sub(1)
            .map(|i| &self.sentences[i])
            .filter(|s| s.span.end <= open && s.paragraph + 1 >= open_para);
        if let Some(s) = previous {
            let events: Vec<usize> = self
                .events_in_span(s.span)
                .rev()
                .take(MAX_SENTENCE_EVENTS)
                .collect();
            if let Some(who) = self.first_with_subject(events) {
                return Some(who);
            }
        }
        let next = self
            .sentences
            .get(self.sentences.partition_point(|s| s.span.start < end))
            .filter(|s| s.paragraph == end_para)?;
        let first = self
            .words
            .partition_point(|w| w.span.start < next.span.start);
        let events: Vec<usize> = self
            .events_in_span(next.span)
            .take_while(|&e| self.events[e].word < first + NEXT_SENTENCE_WORDS)
            .collect();
        self.first_with_subject(events)
    }
}
