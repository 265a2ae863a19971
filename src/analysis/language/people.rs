//! The speakers of an article or corpus: people, organisations and documents,
//! each with the forms of its name seen so far, gathered under a canonical name.
//!
//! Person names are compared case-, hyphen- and space-blind, initials and
//! suffixes (`Jr.`) set aside, with a word-initial `Ye`/`Yu` read as `E`/`U` (a
//! common transliteration difference: Yermakov, Ermakov). Long enough words that
//! differ by one edit and share their first letter are variants (Sok/Suk,
//! Zelensky/Zelenskyy); a middle name may be left out (Oleg Vadimovich Ermakov,
//! Oleg Ermakov). A lone surname or family name matches the one full name it can
//! belong to. An organisation answers to its name and to its leading words
//! (`Ohio Midland` for `Ohio Midland Railroad`); a document to its own words.
//!
//! Lookups go through an index of name words and their one-letter deletions, so
//! finding a name costs the number of people sharing a word with it, never the
//! size of the registry.

use super::hash::FnvHashMap;
use super::lexicon::{
    Gender, is_document_noun, is_name_particle, is_name_suffix, is_org_head, is_place_modifier,
    is_state,
};
use super::tokens::normalise_word;

/// Identifies a speaker within one [`Registry`].
pub type PersonId = usize;

/// Shortest word (in letters) that may differ by one edit from a variant.
const MIN_FUZZY_WORD: usize = 6;

/// Shortest part of a full name that may differ by one edit from a variant.
const MIN_FUZZY_PART: usize = 3;

/// Shortest first part of a full name (usually a given name) that may vary.
const MIN_FUZZY_FIRST_PART: usize = 5;

/// Name length (in letters) from which two parts of a full name may vary.
const TWO_EDIT_NAME: usize = 12;

/// What a name's keys are for. An acronym and a longer name are compared by
/// the acronym and the longer name's initials (`NATO`, `North Atlantic Treaty
/// Organization`), never two longer names by their initials alone: so an
/// acronym is indexed under [`ACRONYM_KEY`] and looks up [`INITIALS_KEY`],
/// a longer name the other way round, and a lookup of "Ana Soto" does not
/// gather every person whose initials are A. S.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyUse {
    /// Keys a speaker is stored under.
    Index,
    /// Keys a name is looked up by.
    Lookup,
}

/// The first character of an acronym's key (`^nato`).
const ACRONYM_KEY: char = '^';

/// The first character of a longer name's initials keys (`~na`, `~nat`, `~nato`).
const INITIALS_KEY: char = '~';

/// Speakers indexed under one key at most: a name word shared by more is too
/// common to find anyone by (and a lone surname that common is ambiguous).
const MAX_NAMESAKES: usize = 64;

/// Fewest letters of an acronym matched against an organisation's initials.
const MIN_ACRONYM: usize = 2;

/// Most letters of an acronym matched against an organisation's initials.
const MAX_ACRONYM: usize = 6;

/// Forms of one speaker's name kept at most.
const MAX_FORMS: usize = 16;

/// What kind of speaker an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpeakerKind {
    /// A person, named by a personal name.
    #[default]
    Person,
    /// An organisation: a ministry, a company, a union.
    Organisation,
    /// A document quoted as a source: a filing, a memo, a statement.
    Document,
}

/// A word of a name folded for comparison: lower-case, without hyphens, dots or
/// apostrophes, with a leading `ye`/`yu` read as `e`/`u`.
fn fold_word(word: &str) -> String {
    let lower: String = word
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    for (from, to) in [("ye", "e"), ("yu", "u")] {
        if let Some(rest) = lower.strip_prefix(from)
            && rest.chars().count() >= 2
        {
            return format!("{to}{rest}");
        }
    }
    lower
}

/// A name form prepared for comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Name {
    /// The form as written.
    text: String,
    /// Space-separated words, folded (hyphenated words kept whole), initials,
    /// suffixes and lower-case particles dropped.
    words: Vec<String>,
    /// Parts split at spaces and hyphens, folded, initials, suffixes and
    /// lower-case particles dropped.
    parts: Vec<String>,
    /// The initials of the capitalised words (`mfarv` for `Ministry of Foreign
    /// Affairs of the Republic of Varnesia`), lower-case.
    initials: String,
    /// The name itself when it is one acronym (`mfa` for `MFA`), lower-case.
    acronym: Option<String>,
    /// The parts run together (`yoonsukyeol`), so that spacing and hyphens differ.
    joined: String,
}

impl Name {
    fn new(text: &str) -> Self {
        // A particle written in lower case (`de la` of `Carmen de la Vega`) is
        // left out, so that `de la Vega` alone is her surname.
        let folded = |pieces: &mut dyn Iterator<Item = &str>| -> Vec<String> {
            pieces
                .filter(|w| !is_name_particle(w))
                .map(fold_word)
                .filter(|w| w.chars().count() > 1 && !is_name_suffix(w))
                .collect()
        };
        let initials = text
            .split_whitespace()
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .flat_map(char::to_lowercase)
            .collect();
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let acronym = (!text.contains(char::is_whitespace)
            && (MIN_ACRONYM..=MAX_ACRONYM).contains(&letters)
            && !text.chars().any(char::is_lowercase))
        .then(|| fold_word(text));
        let hyphen = |c: char| matches!(c, '-' | '‐' | '‑');
        let words = folded(&mut text.split_whitespace());
        // Without a hyphen the parts are the words (the empty pieces between
        // two spaces fold to nothing and are dropped): folded once.
        let parts = if text.contains(hyphen) {
            folded(&mut text.split(|c: char| c.is_whitespace() || hyphen(c)))
        } else {
            words.clone()
        };
        Self {
            text: text.to_string(),
            initials,
            acronym,
            words,
            joined: parts.concat(),
            parts,
        }
    }

    /// True when the name has more than one word.
    fn is_full(&self) -> bool {
        self.words.len() > 1
    }

    /// Calls `f` with each of the name's keys for `purpose` (see [`KeyUse`]):
    /// each part and word, their one-letter deletions, the parts run together,
    /// and its acronym or its initials; some maybe more than once, built in
    /// one buffer so that a lookup allocates little. A word's deletions keep its first letter: two
    /// words one edit apart with the same first letter (the only ones taken as
    /// variants) share one of these, or one is such a deletion of the other.
    /// A word that is also a part (every word of a name without hyphens) gives
    /// the part's keys, so it is not gone through twice.
    fn each_key(&self, purpose: KeyUse, mut f: impl FnMut(&str)) {
        let mut key = String::new();
        let words = self.words.iter().filter(|w| !self.parts.contains(w));
        for word in self.parts.iter().chain(words) {
            f(word);
            if word.chars().count() >= MIN_FUZZY_PART {
                for (skip, _) in word.char_indices().skip(1) {
                    key.clear();
                    key.push_str(&word[..skip]);
                    key.extend(word[skip..].chars().skip(1));
                    f(&key);
                }
            }
        }
        f(&self.joined);
        if let Some(acronym) = &self.acronym {
            // An acronym meets the same acronym, and when looked up, the long
            // names whose initials it is.
            let spaces: &[char] = match purpose {
                KeyUse::Index => &[ACRONYM_KEY],
                KeyUse::Lookup => &[ACRONYM_KEY, INITIALS_KEY],
            };
            for &space in spaces {
                key.clear();
                key.push(space);
                key.push_str(acronym);
                f(&key);
            }
        }
        let initials = match purpose {
            KeyUse::Index => INITIALS_KEY,
            KeyUse::Lookup => ACRONYM_KEY,
        };
        if self.words.len() > 1 {
            key.clear();
            key.push(initials);
            for (len, letter) in self.initials.chars().take(MAX_ACRONYM).enumerate() {
                key.push(letter);
                if len + 1 >= MIN_ACRONYM {
                    f(&key);
                }
            }
        }
    }

    /// True when two single-word names are spellings of one name (`Yermakov`,
    /// `Ermakov`).
    fn same_word(&self, other: &Name) -> bool {
        match (self.words.as_slice(), other.words.as_slice()) {
            ([a], [b]) => close_words(a, b, MIN_FUZZY_WORD),
            _ => false,
        }
    }

    /// True when two names of two words or more are spellings of one name:
    /// `Yoon Suk-yeol`, `Yoon Suk Yeol`, `Yoon Sok-yeol` and `Yoon Suk-Yeol` all
    /// match, and a middle name may be missing from one of them.
    fn same_full_name(&self, other: &Name) -> bool {
        let (pa, pb) = (&self.parts, &other.parts);
        if pa.is_empty() || pb.is_empty() {
            return false;
        }
        if self.joined == other.joined {
            return true;
        }
        if pa.len() != pb.len() {
            return self.same_but_middle(other);
        }
        let letters: usize = pa.iter().map(|p| p.chars().count()).sum();
        let allowed = if letters >= TWO_EDIT_NAME { 2 } else { 1 };
        let differing: Vec<usize> = (0..pa.len()).filter(|&i| pa[i] != pb[i]).collect();
        differing.len() <= allowed
            && differing.iter().all(|&i| {
                let min = if i == 0 {
                    MIN_FUZZY_FIRST_PART
                } else {
                    MIN_FUZZY_PART
                };
                close_words(&pa[i], &pb[i], min)
            })
    }

    /// True when one name is the other with its middle names left out: the same
    /// first and last words, one name of two words and the other longer.
    fn same_but_middle(&self, other: &Name) -> bool {
        let (short, long) = if self.words.len() < other.words.len() {
            (&self.words, &other.words)
        } else {
            (&other.words, &self.words)
        };
        short.len() == 2
            && long.len() > 2
            && close_words(&short[0], &long[0], MIN_FUZZY_FIRST_PART)
            && close_words(&short[1], &long[long.len() - 1], MIN_FUZZY_PART)
    }

    /// True when this one-word name is a word of `full`: its surname
    /// (`Stoltenberg` of `Jens Stoltenberg`, `Yoon` of `Yoon Suk-yeol`), its
    /// given name, or a middle name an outlet uses alone (`Lula` of `Luiz
    /// Inácio Lula da Silva`).
    fn part_of(&self, full: &Name) -> bool {
        let [single] = self.words.as_slice() else {
            return false;
        };
        full.words
            .iter()
            .any(|word| close_words(single, word, MIN_FUZZY_WORD))
    }

    /// True when this name of two words or more is the last words of the
    /// longer `full`: a compound surname written alone ("López Obrador" of
    /// `Andrés Manuel López Obrador`).
    fn trails(&self, full: &Name) -> bool {
        self.words.len() >= 2
            && full.words.len() > self.words.len()
            && full.words.ends_with(&self.words)
    }

    /// True when this name is an acronym of the leading words of `org` (`MFA`
    /// for `Ministry of Foreign Affairs of the Republic of Varnesia`).
    fn abbreviates(&self, org: &Name) -> bool {
        self.acronym
            .as_ref()
            .is_some_and(|a| org.words.len() > 1 && org.initials.starts_with(a.as_str()))
    }

    /// True when two organisations' names name one institution written two ways
    /// (`Varnesia's Foreign Ministry`, `Ministry of Foreign Affairs of the
    /// Republic of Varnesia`): an institution word in common, and every other
    /// word of the shorter name in the longer, up to its ending.
    fn same_institution(&self, other: &Name) -> bool {
        let content = |name: &Name| -> Vec<String> {
            name.words
                .iter()
                .filter(|w| !matches!(w.as_str(), "of" | "the" | "for" | "and" | "in" | "on"))
                .cloned()
                .collect()
        };
        let (a, b) = (content(self), content(other));
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        let head = |w: &String| is_org_head(w);
        short.len() > 1
            && short.iter().any(|w| head(w) && long.contains(w))
            && short
                .iter()
                .filter(|w| !head(w))
                .all(|w| long.iter().any(|l| same_stem(w, l)))
    }

    /// True when this name is the leading words of an organisation's name
    /// (`Ohio Midland` of `Ohio Midland Railroad`); a lone place word is not.
    fn leads(&self, org: &Name) -> bool {
        let lone_place = match self.words.as_slice() {
            [one] => is_state(one) || is_place_modifier(one),
            _ => false,
        };
        !self.words.is_empty()
            && !lone_place
            && self.words.len() <= org.words.len()
            && org.words.starts_with(&self.words)
    }
}

/// True when two folded words are one word with different endings
/// (`varnesia`, `varnesias`, `varnesian`): equal, or sharing all but the last
/// letter of the shorter, which is long enough.
fn same_stem(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    a == b || (shorter >= MIN_FUZZY_FIRST_PART && common + 1 >= shorter)
}

/// Levenshtein distance between two short strings, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A word of a name as [`same_name_key`] compares it, folded (see
/// [`fold_word`]): made once for a word compared with many others.
pub fn name_word_key(word: &str) -> String {
    fold_word(word)
}

/// What tells one person from another in a speaker's fullest name: the
/// surname (suffixes such as `Jr.` aside) and the given name's first letter;
/// a one-word name (an organisation, a document) is itself. Quote grouping
/// takes two names of one key as one person whose first name an outlet got
/// wrong ("Dennis" / "Desmond Achterberg").
pub fn person_key(name: &str) -> String {
    let words: Vec<String> = name
        .split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| !is_name_suffix(w))
        .collect();
    match words.as_slice() {
        [first, .., last] => format!("{} {}", first.chars().next().unwrap_or(' '), last),
        _ => words.join(" "),
    }
}

/// True when two single words of names (surnames, usually), given as their
/// [`name_word_key`]s, are spellings of one name across outlets: `Yermakov`
/// and `Ermakov`, `Zelensky` and `Zelenskyy`.
pub fn same_name_key(a: &str, b: &str) -> bool {
    close_words(a, b, MIN_FUZZY_WORD)
}

/// True when folded words `a` and `b` are spellings of one word: equal, or long
/// enough, with the same first letter, and one edit apart.
fn close_words(a: &str, b: &str, min_len: usize) -> bool {
    a == b
        || (a.chars().count() >= min_len
            && b.chars().count() >= min_len
            && a.chars().next() == b.chars().next()
            && a.len().abs_diff(b.len()) <= 4
            && edit_distance(a, b) <= 1)
}

/// The kind of speaker a name's shape tells: an institution word or a lone
/// acronym makes an organisation, `the` and a document noun a document.
fn shape_kind(form: &str) -> SpeakerKind {
    let words: Vec<String> = form.split_whitespace().map(normalise_word).collect();
    let bare = |w: &String| w.trim_end_matches("'s").to_string();
    match words.as_slice() {
        [the, noun] if the == "the" && is_document_noun(noun) => SpeakerKind::Document,
        [one] if Name::new(form).acronym.is_some() && !is_state(one) => SpeakerKind::Organisation,
        _ if words.iter().any(|w| is_org_head(&bare(w))) => SpeakerKind::Organisation,
        _ => SpeakerKind::Person,
    }
}

/// One speaker and the forms of its name seen so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    /// Distinct forms in order of first sight; of forms with the same name
    /// words (`Ann Mills`, `Ann T. Mills`), only the fullest.
    forms: Vec<Name>,
    /// A person, an organisation or a document.
    kind: SpeakerKind,
    /// The gender the article gives a person, once learnt.
    gender: Option<Gender>,
}

/// True when form `a` is fuller than `b`: more words, or as many and more
/// characters (`Ann T. Mills Jr.` over `Ann Mills`).
fn fuller(a: &str, b: &str) -> bool {
    let key = |f: &str| (f.split_whitespace().count(), f.chars().count());
    key(a) > key(b)
}

impl Person {
    /// The fullest form: most words, then most characters, then first seen.
    pub fn canonical(&self) -> &str {
        let mut best: Option<&str> = None;
        for form in self.forms.iter().map(|f| f.text.as_str()) {
            if best.is_none_or(|b| fuller(form, b)) {
                best = Some(form);
            }
        }
        best.unwrap_or("")
    }

    /// What kind of speaker this is.
    pub fn kind(&self) -> SpeakerKind {
        self.kind
    }

    /// The person's gender, when the article gives it.
    pub fn gender(&self) -> Option<Gender> {
        self.gender
    }

    /// True when `name` names this speaker: a person by full name or by a lone
    /// surname, an organisation by its name or its leading words, a document by
    /// its own words.
    fn answers_to(&self, name: &Name) -> bool {
        match self.kind {
            SpeakerKind::Person if name.is_full() => self.forms.iter().any(|f| {
                f.is_full() && (f.same_full_name(name) || name.trails(f) || f.trails(name))
            }),
            SpeakerKind::Person => self.forms.iter().any(|f| {
                if f.is_full() {
                    name.part_of(f)
                } else {
                    f.same_word(name)
                }
            }),
            SpeakerKind::Organisation => self.forms.iter().any(|f| {
                name.leads(f)
                    || name.abbreviates(f)
                    || f.abbreviates(name)
                    || (name.is_full() && f.is_full() && f.same_full_name(name))
                    || f.same_institution(name)
            }),
            SpeakerKind::Document => self.forms.iter().any(|f| f.words == name.words),
        }
    }
}

/// True for a name written as one word ("Parks"): a surname alone, which
/// another mention or another article may give in full.
pub fn is_one_word(name: &str) -> bool {
    name.split_whitespace().nth(1).is_none()
}

/// The speakers of an article or corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registry {
    people: Vec<Person>,
    /// Speakers by name key (see [`Name::each_key`]).
    index: FnvHashMap<String, Vec<PersonId>>,
}

impl Registry {
    /// Builds a registry from speaker names: a name holding an institution word
    /// or made of one acronym is an organisation's (`Ohio Midland Railroad`,
    /// `NATO`), and so is the leading part of one (`Ohio Midland`); `the` and a
    /// document noun a document's (`the filing`); any other a person's. People
    /// are added as [`Registry::add_people`] does.
    pub fn from_forms<'a>(forms: impl IntoIterator<Item = &'a str>) -> Self {
        let mut registry = Registry::default();
        let mut people = Vec::new();
        for form in forms {
            match shape_kind(form) {
                SpeakerKind::Person => people.push(form),
                kind => {
                    registry.add_speaker(form, kind);
                }
            }
        }
        people.retain(|form| {
            let name = Name::new(form);
            let org = registry.find(&name, SpeakerKind::Organisation).is_empty();
            if !org {
                registry.add(&name, SpeakerKind::Organisation);
            }
            org
        });
        registry.add_people(people);
        registry
    }

    /// Adds name forms known to be people's. Full names are added first, so a
    /// lone surname joins the full name it belongs to whichever comes first in
    /// the text; a lone name that fits several people is left out.
    pub fn add_people<'a>(&mut self, forms: impl IntoIterator<Item = &'a str>) {
        let names: Vec<Name> = forms.into_iter().map(Name::new).collect();
        for name in names.iter().filter(|n| n.is_full()) {
            self.add(name, SpeakerKind::Person);
        }
        for name in names.iter().filter(|n| !n.is_full() && !n.words.is_empty()) {
            if self.find(name, SpeakerKind::Person).len() <= 1 {
                self.add(name, SpeakerKind::Person);
            }
        }
    }

    /// Adds `form` as a speaker of `kind` (joining one that already answers to
    /// it) and returns its id.
    pub fn add_speaker(&mut self, form: &str, kind: SpeakerKind) -> PersonId {
        self.add(&Name::new(form), kind)
    }

    /// Adds `name` to the speaker of `kind` it names, or as a new one.
    fn add(&mut self, name: &Name, kind: SpeakerKind) -> PersonId {
        let found = self.find(name, kind);
        let id = match found.first() {
            Some(&id) => id,
            None => {
                self.people.push(Person {
                    kind,
                    ..Person::default()
                });
                self.people.len() - 1
            }
        };
        let person = &mut self.people[id];
        let room = person.forms.len() < MAX_FORMS;
        match person.forms.iter_mut().find(|f| f.words == name.words) {
            Some(same) if fuller(&name.text, &same.text) => *same = name.clone(),
            None if room => person.forms.push(name.clone()),
            _ => return id,
        }
        // A key given twice finds `id` already last in its postings; a key's
        // string is made only when it is new to the index.
        let index = &mut self.index;
        name.each_key(KeyUse::Index, |key| match index.get_mut(key) {
            Some(postings) => {
                if postings.len() < MAX_NAMESAKES && postings.last() != Some(&id) {
                    postings.push(id);
                }
            }
            None => {
                index.insert(key.to_string(), vec![id]);
            }
        });
        id
    }

    /// Every speaker `form` may name (several for an ambiguous lone surname).
    pub fn lookup(&self, form: &str) -> Vec<PersonId> {
        let name = Name::new(form);
        let mut found = self.candidates(&name);
        found.retain(|&id| self.people[id].answers_to(&name));
        found
    }

    /// Every speaker of `kind` that `name` may name.
    fn find(&self, name: &Name, kind: SpeakerKind) -> Vec<PersonId> {
        let mut found = self.candidates(name);
        found.retain(|&id| self.people[id].kind == kind && self.people[id].answers_to(name));
        found
    }

    /// The speakers sharing an index key with `name`, in order of id.
    fn candidates(&self, name: &Name) -> Vec<PersonId> {
        let mut ids: Vec<PersonId> = Vec::new();
        name.each_key(KeyUse::Lookup, |key| {
            ids.extend(self.index.get(key).into_iter().flatten());
        });
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The speaker with id `id`.
    pub fn person(&self, id: PersonId) -> &Person {
        &self.people[id]
    }

    /// Records that person `id` is a woman or a man, unless the article already
    /// said otherwise (cues are learnt strongest first).
    pub fn learn_gender(&mut self, id: PersonId, gender: Gender) {
        self.people[id].gender.get_or_insert(gender);
    }

    /// The full names (two words or more) of the people the registry holds,
    /// for naming across articles someone an outlet calls by surname alone.
    pub fn full_names(&self) -> impl Iterator<Item = &str> {
        self.people
            .iter()
            .filter(|p| p.kind == SpeakerKind::Person)
            .map(Person::canonical)
            .filter(|name| !is_one_word(name))
    }

    /// How many speakers the registry holds.
    pub fn len(&self) -> usize {
        self.people.len()
    }

    /// True when the registry holds nobody.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_full_name(a: &str, b: &str) -> bool {
        Name::new(a).same_full_name(&Name::new(b))
    }

    fn same_word(a: &str, b: &str) -> bool {
        Name::new(a).same_word(&Name::new(b))
    }

    #[test]
    fn name_words_compare_by_their_keys() {
        let same = |a: &str, b: &str| same_name_key(&name_word_key(a), &name_word_key(b));
        assert!(same("Yermakov", "Ermakov"));
        assert!(same("Zelensky", "Zelenskyy"));
        assert!(same("O'Neill", "oneill"));
        assert!(!same("Garza", "Garcia"));
        assert!(!same("Hale", "Hall"));
    }

    #[test]
    fn a_key_given_twice_indexes_its_speaker_once() {
        // "anna" less its second or its third letter is "ana" both times.
        let mut reg = Registry::default();
        let id = reg.add_speaker("Anna Lee", SpeakerKind::Person);
        assert_eq!(reg.index.get("ana"), Some(&vec![id]));
        assert_eq!(reg.add_speaker("Anna Lee", SpeakerKind::Person), id);
        assert_eq!(reg.index.get("ana"), Some(&vec![id]));
    }

    #[test]
    fn a_plain_names_keys_are_given_once() {
        // "Jane Roe" has no hyphen, so its words are its parts; none of its
        // keys repeats another.
        let name = Name::new("Jane Roe");
        for purpose in [KeyUse::Index, KeyUse::Lookup] {
            let mut keys = Vec::new();
            name.each_key(purpose, |key| keys.push(key.to_string()));
            let given = keys.len();
            keys.sort();
            keys.dedup();
            assert_eq!(given, keys.len(), "{keys:?}");
        }
    }

    #[test]
    fn spelling_variants_of_full_names() {
        let forms = [
            "Yoon Suk-yeol",
            "Yoon Sok-yeol",
            "Yoon Suk Yeol",
            "Yoon Suk-Yeol",
        ];
        for a in forms {
            for b in forms {
                assert!(same_full_name(a, b), "{a} / {b}");
            }
        }
        assert!(!same_full_name("Jon Smith", "Jan Smith"));
        assert!(!same_full_name("Kim Eun-hye", "Kim Tong Myong"));
        assert!(same_full_name("Sergey Ermakov", "Sergey Yermakov"));
    }

    #[test]
    fn initials_suffixes_and_middle_names_are_set_aside() {
        assert!(same_full_name("Walter K. Brandt Jr.", "Walter Brandt"));
        assert!(same_full_name("Ivan Petrovich Sokolov", "Ivan Sokolov"));
        assert!(!same_full_name("Ivan Petrovich Sokolov", "Anna Sokolov"));
        let reg = Registry::from_forms(["Walter K. Brandt Jr.", "Brandt"]);
        let brandt = reg.lookup("Brandt");
        assert_eq!(brandt.len(), 1);
        assert_eq!(reg.person(brandt[0]).canonical(), "Walter K. Brandt Jr.");
    }

    #[test]
    fn transliteration_and_one_edit() {
        assert!(same_word("Ermakov", "Yermakov"));
        assert!(same_word("Zelensky", "Zelenskyy"));
        assert!(same_word("Yuri", "Uri"));
        assert!(!same_word("Smith", "Smyth"));
        assert!(!same_word("Larsen", "Carsen"));
    }

    #[test]
    fn surnames_join_full_names() {
        let reg = Registry::from_forms([
            "Stoltenberg",
            "Jens Stoltenberg",
            "Yermakov",
            "Sergey Ermakov",
            "Kim Eun-hye",
            "Kim Tong Myong",
            "Kim",
        ]);
        let stoltenberg = reg.lookup("Stoltenberg");
        assert_eq!(stoltenberg.len(), 1);
        assert_eq!(reg.person(stoltenberg[0]).canonical(), "Jens Stoltenberg");
        let ermakov = reg.lookup("Yermakov");
        assert_eq!(ermakov, reg.lookup("Ermakov"));
        assert_eq!(reg.person(ermakov[0]).canonical(), "Sergey Ermakov");
        assert_eq!(reg.lookup("Kim").len(), 2);
        assert!(reg.lookup("Seoul").is_empty());
    }

    #[test]
    fn organisations_and_documents() {
        let mut reg = Registry::default();
        let rail = reg.add_speaker("Lakeshore Valley Railroad", SpeakerKind::Organisation);
        let memo = reg.add_speaker("the memo", SpeakerKind::Document);
        assert_eq!(reg.lookup("Lakeshore Valley"), [rail]);
        assert_eq!(reg.lookup("Lakeshore"), [rail]);
        assert_eq!(reg.lookup("the memo"), [memo]);
        assert_eq!(reg.person(memo).kind(), SpeakerKind::Document);
        let ministry = reg.add_speaker("Ministry of Home Affairs", SpeakerKind::Organisation);
        assert_eq!(reg.add_speaker("MHA", SpeakerKind::Organisation), ministry);
        let foreign = reg.add_speaker(
            "Ministry of Foreign Affairs of the Republic of Belmark",
            SpeakerKind::Organisation,
        );
        assert_eq!(
            reg.add_speaker("Belmark's Foreign Ministry", SpeakerKind::Organisation),
            foreign
        );
        assert_eq!(
            reg.add_speaker("Belmarkian Foreign Ministry", SpeakerKind::Organisation),
            foreign
        );
        assert_ne!(
            reg.add_speaker("Tarvia's Foreign Ministry", SpeakerKind::Organisation),
            foreign
        );
        assert_eq!(reg.person(ministry).canonical(), "Ministry of Home Affairs");
        let ohio = reg.add_speaker("Ohio Valley Bank", SpeakerKind::Organisation);
        assert!(
            !reg.lookup("Ohio").contains(&ohio),
            "a lone state is no name"
        );
    }

    #[test]
    fn names_are_sorted_by_shape() {
        let reg = Registry::from_forms([
            "Lakeshore Midland Railroad",
            "Lakeshore Midland",
            "NATO",
            "the memo",
            "Ann Lee",
        ]);
        let kinds: Vec<SpeakerKind> = (0..reg.len()).map(|i| reg.person(i).kind()).collect();
        assert_eq!(
            kinds,
            [
                SpeakerKind::Organisation,
                SpeakerKind::Organisation,
                SpeakerKind::Document,
                SpeakerKind::Person
            ]
        );
        assert_eq!(reg.lookup("Lakeshore Midland"), [0]);
    }

    #[test]
    fn acronyms_meet_long_names_by_initials_but_long_names_do_not_meet_each_other() {
        let mut reg = Registry::default();
        let treaty = reg.add_speaker(
            "North Atlantic Treaty Organization",
            SpeakerKind::Organisation,
        );
        let acronym = reg.add_speaker("NTSB", SpeakerKind::Organisation);
        let namesakes: Vec<PersonId> = ["Ana Soto", "Abel Sand", "Aida Sorel"]
            .into_iter()
            .map(|name| reg.add_speaker(name, SpeakerKind::Person))
            .collect();
        assert!(reg.candidates(&Name::new("NATO")).contains(&treaty));
        assert!(
            reg.candidates(&Name::new("National Transportation Safety Board"))
                .contains(&acronym)
        );
        assert_eq!(reg.candidates(&Name::new("Ana Soto")), [namesakes[0]]);
    }

    #[test]
    fn gender_is_learnt_once() {
        let mut reg = Registry::from_forms(["Dana Holt"]);
        reg.learn_gender(0, Gender::Female);
        reg.learn_gender(0, Gender::Male);
        assert_eq!(reg.person(0).gender(), Some(Gender::Female));
    }

    #[test]
    fn canonical_is_fullest_form() {
        let person = Person {
            forms: vec![Name::new("Ermakov"), Name::new("Sergey Ermakov")],
            ..Person::default()
        };
        assert_eq!(person.canonical(), "Sergey Ermakov");
    }

    #[test]
    fn many_namesakes_stay_cheap() {
        let forms: Vec<String> = (0..5_000).map(|i| format!("Q{i:05}{i:05} Smith")).collect();
        let reg = Registry::from_forms(forms.iter().map(String::as_str));
        assert_eq!(reg.len(), 5_000);
        assert!(reg.lookup("Smith").len() <= MAX_NAMESAKES);
    }
}
