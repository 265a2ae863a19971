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

/// The parts of a name (split at spaces and hyphens), folded, initials dropped.
fn parts(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || matches!(c, '-' | '‐' | '‑'))
        .map(fold_word)
        .filter(|p| p.chars().count() > 1)
        .collect()
}

/// The space-separated words of a name, folded (hyphenated words kept whole).
fn words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(fold_word)
        .filter(|w| w.chars().count() > 1)
        .collect()
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
            && edit_distance(a, b) <= 1)
}

/// True when two single name words are spellings of one name (`Yermakov`, `Ermakov`).
pub fn same_word(a: &str, b: &str) -> bool {
    close_words(&fold_word(a), &fold_word(b), MIN_FUZZY_WORD)
}

/// True when two names of two words or more are spellings of one name:
/// `Yoon Suk-yeol`, `Yoon Suk Yeol`, `Yoon Sok-yeol` and `Yoon Suk-Yeol` all match.
pub fn same_full_name(a: &str, b: &str) -> bool {
    let (pa, pb) = (parts(a), parts(b));
    if pa.is_empty() || pb.is_empty() {
        return false;
    }
    if pa.concat() == pb.concat() {
        return true;
    }
    if pa.len() != pb.len() {
        return false;
    }
    let letters = pa.concat().chars().count();
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

/// True when the one-word `single` is the first or last word of `full`
/// (`Stoltenberg` of `Jens Stoltenberg`, `Yoon` of `Yoon Suk-yeol`).
pub fn names_part_of(single: &str, full: &str) -> bool {
    let w = words(full);
    let s = fold_word(single);
    [w.first(), w.last()]
        .into_iter()
        .flatten()
        .any(|part| close_words(&s, part, MIN_FUZZY_WORD))
}

/// True when `name` has more than one word.
fn is_full(name: &str) -> bool {
    words(name).len() > 1
}

/// One person and the forms of their name seen so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    /// Distinct forms in order of first sight.
    pub forms: Vec<String>,
}

impl Person {
    /// The fullest form: most words, then most characters, then first seen.
    pub fn canonical(&self) -> &str {
        let mut best: Option<&String> = None;
        for form in &self.forms {
            let key = |f: &String| (f.split_whitespace().count(), f.chars().count());
            if best.is_none_or(|b| key(form) > key(b)) {
                best = Some(form);
            }
        }
        best.map_or("", String::as_str)
    }

    /// True when `form` names this person, by full name or by a lone surname.
    fn answers_to(&self, form: &str) -> bool {
        if is_full(form) {
            self.forms
                .iter()
                .any(|f| is_full(f) && same_full_name(f, form))
        } else {
            self.forms.iter().any(|f| {
                if is_full(f) {
                    names_part_of(form, f)
                } else {
                    same_word(f, form)
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
    pub fn from_forms<'a>(forms: impl IntoIterator<Item = &'a str> + Clone) -> Self {
        let mut registry = Registry::default();
        for form in forms.clone().into_iter().filter(|f| is_full(f)) {
            registry.add(form);
        }
        for form in forms.into_iter().filter(|f| !is_full(f)) {
            if registry.lookup(form).len() <= 1 {
                registry.add(form);
            }
        }
        registry
    }

    /// Adds `form` to the person it names, or as a new person.
    fn add(&mut self, form: &str) -> PersonId {
        let id = match self.lookup(form).first() {
            Some(&id) => id,
            None => {
                self.people.push(Person::default());
                self.people.len() - 1
            }
        };
        let person = &mut self.people[id];
        if !person.forms.iter().any(|f| f == form) {
            person.forms.push(form.to_string());
        }
        id
    }

    /// Every person `form` may name (several for an ambiguous lone surname).
    pub fn lookup(&self, form: &str) -> Vec<PersonId> {
        (0..self.people.len())
            .filter(|&id| self.people[id].answers_to(form))
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
            forms: vec!["Ermakov".into(), "Sergey Ermakov".into()],
        };
        assert_eq!(person.canonical(), "Sergey Ermakov");
    }
}
