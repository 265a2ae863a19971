//! Person names: comparison keys, spelling variants, and a registry that gathers
//! the forms of one person under a canonical name.
//!
//! Names are compared case-, hyphen- and space-blind, with a word-initial `Ye`/`Yu`
//! read as `E`/`U` (a common transliteration difference: Yermakov, Ermakov). Long
//! enough words that differ by one edit and share their first letter are variants
//! (Sok/Suk, Zelensky/Zelenskyy). A lone surname or family name matches the one
//! full name it can belong to.

/// Identifies a person within one [`Registry`].
pub type PersonId = usize;

/// Shortest word (in letters) that may differ by one edit from a variant.
const MIN_FUZZY_WORD: usize = 6;

/// Shortest part of a full name that may differ by one edit from a variant.
const MIN_FUZZY_PART: usize = 3;

/// Shortest first part of a full name (usually a given name) that may vary.
const MIN_FUZZY_FIRST_PART: usize = 5;

/// Name length (in letters) from which two parts of a full name may vary.
const TWO_EDIT_NAME: usize = 12;

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
    /// Space-separated words, folded (hyphenated words kept whole).
    words: Vec<String>,
    /// Parts split at spaces and hyphens, folded, initials dropped.
    parts: Vec<String>,
}

impl Name {
    fn new(text: &str) -> Self {
        let folded = |pieces: &mut dyn Iterator<Item = &str>| -> Vec<String> {
            pieces
                .map(fold_word)
                .filter(|w| w.chars().count() > 1)
                .collect()
        };
        Self {
            text: text.to_string(),
            words: folded(&mut text.split_whitespace()),
            parts: folded(
                &mut text.split(|c: char| c.is_whitespace() || matches!(c, '-' | '‐' | '‑')),
            ),
        }
    }

    /// True when the name has more than one word.
    fn is_full(&self) -> bool {
        self.words.len() > 1
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
    /// `Yoon Suk-yeol`, `Yoon Suk Yeol`, `Yoon Sok-yeol` and `Yoon Suk-Yeol` all match.
    fn same_full_name(&self, other: &Name) -> bool {
        let (pa, pb) = (&self.parts, &other.parts);
        if pa.is_empty() || pb.is_empty() {
            return false;
        }
        if pa.concat() == pb.concat() {
            return true;
        }
        if pa.len() != pb.len() {
            return false;
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

    /// True when this one-word name is the first or last word of `full`
    /// (`Stoltenberg` of `Jens Stoltenberg`, `Yoon` of `Yoon Suk-yeol`).
    fn part_of(&self, full: &Name) -> bool {
        let [single] = self.words.as_slice() else {
            return false;
        };
        [full.words.first(), full.words.last()]
            .into_iter()
            .flatten()
            .any(|word| close_words(single, word, MIN_FUZZY_WORD))
    }
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

/// One person and the forms of their name seen so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    /// Distinct forms in order of first sight.
    forms: Vec<Name>,
}

impl Person {
    /// The fullest form: most words, then most characters, then first seen.
    pub fn canonical(&self) -> &str {
        let mut best: Option<&String> = None;
        for form in self.forms.iter().map(|f| &f.text) {
            let key = |f: &String| (f.split_whitespace().count(), f.chars().count());
            if best.is_none_or(|b| key(form) > key(b)) {
                best = Some(form);
            }
        }
        best.map_or("", String::as_str)
    }

    /// True when `name` names this person, by full name or by a lone surname.
    fn answers_to(&self, name: &Name) -> bool {
        if name.is_full() {
            self.forms
                .iter()
                .any(|f| f.is_full() && f.same_full_name(name))
        } else {
            self.forms.iter().any(|f| {
                if f.is_full() {
                    name.part_of(f)
                } else {
                    f.same_word(name)
                }
            })
        }
    }
}

/// The people of an article or corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registry {
    people: Vec<Person>,
}

impl Registry {
    /// Builds a registry from name forms known to be people. Full names are added
    /// first, so a lone surname joins the full name it belongs to whichever comes
    /// first in the text; a lone name that fits several people is left out.
    pub fn from_forms<'a>(forms: impl IntoIterator<Item = &'a str>) -> Self {
        let names: Vec<Name> = forms.into_iter().map(Name::new).collect();
        let mut registry = Registry::default();
        for name in names.iter().filter(|n| n.is_full()) {
            registry.add(name);
        }
        for name in names.iter().filter(|n| !n.is_full()) {
            if registry.find(name).len() <= 1 {
                registry.add(name);
            }
        }
        registry
    }

    /// Adds `name` to the person it names, or as a new person.
    fn add(&mut self, name: &Name) {
        let id = match self.find(name).first() {
            Some(&id) => id,
            None => {
                self.people.push(Person::default());
                self.people.len() - 1
            }
        };
        let person = &mut self.people[id];
        if !person.forms.iter().any(|f| f.text == name.text) {
            person.forms.push(name.clone());
        }
    }

    /// Every person `form` may name (several for an ambiguous lone surname).
    pub fn lookup(&self, form: &str) -> Vec<PersonId> {
        self.find(&Name::new(form))
    }

    /// Every person `name` may name.
    fn find(&self, name: &Name) -> Vec<PersonId> {
        (0..self.people.len())
            .filter(|&id| self.people[id].answers_to(name))
            .collect()
    }

    /// The person with id `id`.
    pub fn person(&self, id: PersonId) -> &Person {
        &self.people[id]
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
    fn canonical_is_fullest_form() {
        let person = Person {
            forms: vec![Name::new("Ermakov"), Name::new("Sergey Ermakov")],
        };
        assert_eq!(person.canonical(), "Sergey Ermakov");
    }
}
