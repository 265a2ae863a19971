//! Speaker attribution: who said each quotation, as a canonical personal name.
//!
//! The article is read in order, keeping track of the people named so far. A
//! pronoun ("he said") means the most salient person: the first named in the most
//! recent sentence that names anyone. A role phrase ("the minister said") means
//! the most recent person introduced with those role words (nobody, if that was an
//! unnamed "a spokeswoman"), else the most salient person; a loose descriptor ("the
//! expert", "the analyst") means whoever spoke last.
//!
//! A quotation takes its speaker from, in order: the attribution that interrupts
//! it; the one right after it; a sentence frame before it ("According to X,"); the
//! nearest speech verb before it in its sentence; one later in the sentence; the
//! subject of a speech verb that has none of its own; a `Name:` introducing it. A
//! quotation standing as its own sentence may also continue the previous
//! paragraph's speaker, or take the speaker of the sentence before or after. When
//! an attribution names something that is not a known person (a ministry, a
//! country, "a researcher"), the speaker is `None`, never a guess.

use crate::analysis::sentences::Sentence;
use crate::model::{Article, Span};

use crate::analysis::language::ArticleLanguage;
use crate::analysis::language::hash::FnvHashMap;
use crate::analysis::language::lexicon::is_generic_role;
use crate::analysis::language::names::Mention;
use crate::analysis::language::people::PersonId;
use crate::analysis::language::speech::{Event, Subject};
use crate::analysis::language::words::{Region, Word};

use super::scan::Found;

/// Words after a quotation in which an attribution counts as immediate.
const TAIL_WORDS: usize = 4;

/// Words at the start of the next sentence searched for its speaker.
const NEXT_SENTENCE_WORDS: usize = 8;

/// The outcome of an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    /// A known person.
    Person(PersonId),
    /// An attribution to someone or something that cannot be named as a person.
    Nobody,
}

/// The speaker of each quotation in `found`, as a person of `lang.people`.
pub fn attribute(lang: &ArticleLanguage<'_>, found: &[Found]) -> Vec<Option<PersonId>> {
    let mut known: FnvHashMap<&str, Vec<PersonId>> = FnvHashMap::default();
    let candidates = lang
        .mentions
        .iter()
        .map(|m| {
            known
                .entry(m.form.as_str())
                .or_insert_with(|| lang.people.lookup(&m.form))
                .clone()
        })
        .collect();
    let mut reader = Reader {
        article: lang.article,
        sentences: &lang.sentences,
        words: &lang.words,
        mentions: &lang.mentions,
        candidates,
        events: &lang.events,
        event_who: vec![None; lang.events.len()],
        recent: Vec::new(),
        last_speaker: None,
        intros: Vec::new(),
        quote_who: vec![None; found.len()],
    };
    reader.read(found);
    reader
        .quote_who
        .iter()
        .map(|who| match who {
            Some(Who::Person(p)) => Some(*p),
            _ => None,
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
    article: &'a Article,
    sentences: &'a [Sentence],
    words: &'a [Word<'a>],
    mentions: &'a [Mention],
    candidates: Vec<Vec<PersonId>>,
    events: &'a [Event],
    /// Resolution of each event, once made.
    event_who: Vec<Option<Who>>,
    /// People in reading order, with the sentence that names them.
    recent: Vec<(usize, PersonId)>,
    /// Who spoke last: a person, or someone unnamed ("a spokeswoman said").
    last_speaker: Option<Who>,
    /// People introduced with role words, in reading order; `None` for someone
    /// introduced without a name ("a spokeswoman for the company said").
    intros: Vec<(Option<PersonId>, &'a [String])>,
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
            match item {
                Item::Mention(m) => {
                    if let Some(p) = self.pick(m) {
                        let mention = &self.mentions[m];
                        self.recent.push((self.words[mention.start].sentence, p));
                        if !mention.roles.is_empty() {
                            self.intros.push((Some(p), &mention.roles));
                        }
                    }
                }
                Item::Event(e) => match self.event(e) {
                    Some(Who::Person(p)) => {
                        self.last_speaker = Some(Who::Person(p));
                        self.recent.push((self.events[e].sentence, p));
                    }
                    Some(Who::Nobody) => {
                        if let Some(Subject::Role {
                            roles,
                            definite: false,
                        }) = &self.events[e].subject
                        {
                            self.last_speaker = Some(Who::Nobody);
                            self.intros.push((None, roles));
                        }
                    }
                    None => {}
                },
                Item::Quote(q) => {
                    let who = self.quote(found, q);
                    if let Some(Who::Person(p)) = who {
                        self.last_speaker = Some(Who::Person(p));
                    }
                    self.quote_who[q] = who;
                }
            }
        }
    }

    /// The person a mention names: its only candidate, or the candidate read most
    /// recently when a lone surname fits several people.
    fn pick(&self, m: usize) -> Option<PersonId> {
        let candidates = &self.candidates[m];
        if candidates.len() <= 1 {
            return candidates.first().copied();
        }
        self.recent
            .iter()
            .rev()
            .map(|&(_, p)| p)
            .find(|p| candidates.contains(p))
            .or(candidates.first().copied())
    }

    /// The first person named in the most recent sentence that names anyone.
    fn salient(&self) -> Option<PersonId> {
        let &(sentence, _) = self.recent.last()?;
        self.recent
            .iter()
            .rev()
            .take_while(|&&(s, _)| s == sentence)
            .last()
            .map(|&(_, p)| p)
    }

    /// Resolves a subject against what has been read so far. A role phrase means
    /// the latest person introduced with its role words (nobody, when that was an
    /// unnamed "a spokeswoman"), else the most salient person; a loose descriptor
    /// ("the expert") means whoever spoke last.
    fn resolve(&self, subject: &Subject) -> Who {
        let known = |person: Option<PersonId>| person.map_or(Who::Nobody, Who::Person);
        match subject {
            Subject::Name(m) => known(self.pick(*m)),
            Subject::Names(ms) => known(ms.iter().find_map(|&m| self.pick(m))),
            Subject::Pronoun => known(self.salient()),
            Subject::Role {
                definite: false, ..
            }
            | Subject::Other => Who::Nobody,
            Subject::Role { roles, .. } if roles.iter().any(|r| is_generic_role(r)) => {
                self.last_speaker.unwrap_or_else(|| known(self.salient()))
            }
            Subject::Role { roles, .. } => self
                .intros
                .iter()
                .rev()
                .find(|(_, introduced)| roles.iter().all(|r| introduced.contains(r)))
                .map_or_else(|| known(self.salient()), |&(p, _)| known(p)),
        }
    }

    /// The resolution of event `e` (made once, when first needed); `None` when the
    /// verb has no subject of its own. A participle's subject counts only when it
    /// is a person (`Smith, adding` but not `… to Kyiv, saying`).
    fn event(&mut self, e: usize) -> Option<Who> {
        if self.event_who[e].is_none() {
            let event = &self.events[e];
            self.event_who[e] = event
                .subject
                .as_ref()
                .map(|s| self.resolve(s))
                .filter(|who| !(event.participle && *who == Who::Nobody));
        }
        self.event_who[e]
    }

    /// The resolution of the first event among `candidates` that has a subject.
    fn first_with_subject(&mut self, candidates: impl IntoIterator<Item = usize>) -> Option<Who> {
        candidates.into_iter().find_map(|e| self.event(e))
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
        let events = self.events;
        let in_lead = |e: &Event| Some(e.sentence) == lead_sentence && e.word < before;

        let gaps: Vec<Span> = quote.gaps().collect();
        let in_gap =
            (0..events.len()).filter(|&e| gaps.iter().any(|g| g.contains_offset(events[e].pos)));
        if let Some(who) = self.first_with_subject(in_gap.collect::<Vec<_>>()) {
            return Some(who);
        }
        if tail_word.is_some() {
            let immediate: Vec<usize> = (0..events.len())
                .filter(|&e| (after..after + TAIL_WORDS).contains(&events[e].word))
                .collect();
            if let Some(who) = self.first_with_subject(immediate) {
                return Some(who);
            }
        }
        let framing: Vec<usize> = (0..events.len())
            .rev()
            .filter(|&e| in_lead(&events[e]) && events[e].framing)
            .collect();
        if let Some(who) = self.first_with_subject(framing) {
            return Some(who);
        }
        let lead: Vec<usize> = (0..events.len())
            .rev()
            .filter(|&e| in_lead(&events[e]))
            .collect();
        if let Some(who) = self.first_with_subject(lead.iter().copied()) {
            return Some(who);
        }
        let rest: Vec<usize> = (0..events.len())
            .filter(|&e| {
                events[e].word >= after
                    && Some(events[e].sentence) == tail_sentence
                    && self.paragraph(events[e].pos) == end_para
            })
            .collect();
        if let Some(who) = self.first_with_subject(rest) {
            return Some(who);
        }
        if let Some(&verb) = lead.last()
            && let Some(who) = self.sentence_subject(events[verb].sentence, events[verb].word)
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

    /// The first person or pronoun of `sentence` before word `limit`, taken as the
    /// subject of a speech verb that has none of its own ("he thanked …, adding").
    fn sentence_subject(&self, sentence: usize, limit: usize) -> Option<Who> {
        let start = self.words.partition_point(|w| w.sentence < sentence);
        for i in start..limit {
            let word = &self.words[i];
            if matches!(word.lower.as_str(), "he" | "she") {
                return self.salient().map(Who::Person);
            }
            let person = self
                .mentions
                .iter()
                .position(|m| m.start == i && !m.possessive)
                .and_then(|m| self.pick(m));
            if let Some(p) = person {
                return Some(Who::Person(p));
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
        let last = (0..q)
            .rev()
            .find(|&i| self.paragraph(found[i].end().saturating_sub(1)) == Some(previous))?;
        match self.quote_who[last] {
            Some(Who::Person(p)) => Some(Who::Person(p)),
            _ => None,
        }
    }

    /// `Name: “…”`: the name right before a colon that introduces the quotation.
    fn colon_speaker(&self, before: usize, open: usize) -> Option<Who> {
        let last = before.checked_sub(1)?;
        let word = &self.words[last];
        if self.article.text.get(word.span.end..open).map(str::trim) != Some(":") {
            return None;
        }
        let m = self.mentions.iter().position(|m| m.end == before)?;
        self.pick(m).map(Who::Person)
    }

    /// A speaker named in the sentence before the quotation, or at the start of the
    /// sentence after it, within the same paragraphs.
    fn neighbour_sentence(&mut self, open: usize, end: usize) -> Option<Who> {
        let open_para = self.paragraph(open)?;
        let end_para = self.paragraph(end.saturating_sub(1))?;
        let previous = self
            .sentences
            .iter()
            .rev()
            .find(|s| s.span.end <= open)
            .filter(|s| s.paragraph + 1 >= open_para);
        if let Some(s) = previous {
            let events: Vec<usize> = (0..self.events.len())
                .rev()
                .filter(|&e| s.span.contains_offset(self.events[e].pos))
                .collect();
            if let Some(who) = self.first_with_subject(events) {
                return Some(who);
            }
        }
        let next = self
            .sentences
            .iter()
            .find(|s| s.span.start >= end)
            .filter(|s| s.paragraph == end_para)?;
        let first = self
            .words
            .partition_point(|w| w.span.start < next.span.start);
        let events: Vec<usize> = (0..self.events.len())
            .filter(|&e| {
                let ev = &self.events[e];
                next.span.contains_offset(ev.pos) && ev.word < first + NEXT_SENTENCE_WORDS
            })
            .collect();
        self.first_with_subject(events)
    }
}
