//! Personal names in the writer's words: runs of capitalised words with titles,
//! acronyms and sentence openers stripped, and the roles that introduce them.
//!
//! A run is a candidate name when what is left looks like a person's name (one to
//! four capitalised words, name particles inside) and does not read as a place or
//! an institution ("South Korea", "Central News Agency"). Whether a candidate is a
//! person is decided later, from titles, appositions and speech verbs.

use super::tokens::is_stop_word;

use super::lexicon::{
    is_calendar_word, is_name_particle, is_org_head, is_place_modifier, is_preposition,
    is_role_modifier, is_role_word, is_sentence_opener, is_weak_title,
};
use super::words::{Gap, Word};

/// Most words a personal name may have.
const MAX_NAME_WORDS: usize = 4;

/// Words searched before a name, or in an apposition after it, for a role.
const ROLE_WINDOW: usize = 10;

/// Words between a title and the name it introduces (`Secretary of the Navy NAME`).
const TITLE_REACH: usize = 4;

/// A candidate personal name in the word stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index of the first word of the whole capitalised run (titles included).
    pub run_start: usize,
    /// Index of the first word of the name.
    pub start: usize,
    /// Index one past the last word of the name.
    pub end: usize,
    /// The name as written, possessive removed (`Stoltenberg’s` → `Stoltenberg`).
    pub form: String,
    /// Role words that introduce the name (`secretary`, `general`, `expert`).
    pub roles: Vec<String>,
    /// True when a personal title or role introduces the name.
    pub titled: bool,
    /// True for a possessive (`Stoltenberg’s proposals`).
    pub possessive: bool,
}

/// True when `word` continues a capitalised run.
fn joins_run(word: &Word<'_>) -> bool {
    word.gap == Gap::Space
}

/// Finds every candidate name in `words`.
pub fn find(words: &[Word<'_>]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !words[i].capitalised() {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < words.len() && joins_run(&words[end]) {
            let w = &words[end];
            let particle = is_name_particle(&w.lower)
                && words
                    .get(end + 1)
                    .is_some_and(|n| joins_run(n) && n.capitalised());
            if !(w.capitalised() || particle) || ends_possessive(&words[end - 1]) {
                break;
            }
            end += 1;
        }
        out.extend(name_in_run(words, i, end));
        i = end;
    }
    out
}

/// True for a word written with a possessive `'s`.
fn ends_possessive(word: &Word<'_>) -> bool {
    word.lower.ends_with("'s")
}

/// The name inside the run `words[start..end]`, if it has one.
fn name_in_run(words: &[Word<'_>], run_start: usize, end: usize) -> Option<Mention> {
    let run = &words[run_start..end];
    let last_title = run.iter().rposition(|w| is_role_word(&w.lower));
    let mut start = run_start + last_title.map_or(0, |t| t + 1);
    while start < end && is_droppable(&words[start]) {
        start += 1;
    }
    let name = &words[start..end];
    let first = name.first()?;
    let last = name.last()?;
    let last_lower = last.lower.trim_end_matches("'s");
    let personal = name.len() <= MAX_NAME_WORDS
        && !is_place_modifier(&first.lower)
        && !is_org_head(last_lower)
        && !name.iter().all(|w| is_calendar_word(&w.lower))
        && name.iter().all(|w| {
            is_name_particle(&w.lower)
                || (w.capitalised() && !w.acronym() && w.text.chars().any(char::is_lowercase))
        });
    if !personal || is_name_particle(&first.lower) {
        return None;
    }
    let possessive = ends_possessive(last);
    let mut form = name.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
    if possessive {
        let cut = form
            .char_indices()
            .rev()
            .nth(1)
            .map_or(form.len(), |(i, _)| i);
        form.truncate(cut);
    }
    let title_in_run = last_title.map(|t| &run[..=t]);
    let mut roles: Vec<String> = title_in_run
        .into_iter()
        .flatten()
        .filter(|w| is_role_word(&w.lower))
        .flat_map(|w| role_parts(&w.lower))
        .collect();
    let strong_title = title_in_run
        .and_then(|t| t.last())
        .is_some_and(|w| !is_weak_title(&w.lower));
    let before = roles_before(words, run_start, end);
    let after = roles_in_apposition(words, end);
    let titled = strong_title
        || (name.len() > 1 && !roles.is_empty())
        || !before.is_empty()
        || !after.is_empty();
    roles.extend(before);
    roles.extend(after);
    roles.sort();
    roles.dedup();
    Some(Mention {
        run_start,
        start,
        end,
        form,
        roles,
        titled,
        possessive,
    })
}

/// True for a word at the front of a run that is not part of a name: an acronym,
/// a function word, a sentence opener, a date, or an institution word.
fn is_droppable(word: &Word<'_>) -> bool {
    word.acronym()
        || is_stop_word(&word.lower)
        || is_sentence_opener(&word.lower)
        || is_calendar_word(&word.lower)
        || is_org_head(&word.lower)
}

/// The role words of a (possibly hyphenated) title, modifiers left out.
pub fn role_parts(word: &str) -> Vec<String> {
    word.trim_end_matches('.')
        .split('-')
        .filter(|p| is_role_word(p) && !is_role_modifier(p))
        .map(str::to_string)
        .collect()
}

/// Roles written just before a run: a title joined to it by spaces (`Pentagon
/// chief`, `RISS expert`, `Secretary of the Navy`), or, when the name is set off by
/// commas, the clause before it (`the president of South Korea, NAME,`).
fn roles_before(words: &[Word<'_>], run_start: usize, end: usize) -> Vec<String> {
    let Some(first) = words.get(run_start) else {
        return Vec::new();
    };
    match first.gap {
        Gap::Space => {
            for i in (run_start.saturating_sub(TITLE_REACH)..run_start).rev() {
                if words[i + 1].gap != Gap::Space {
                    break;
                }
                let word = &words[i];
                if is_role_word(&word.lower) {
                    return role_parts(&word.lower);
                }
                if !(word.capitalised() || matches!(word.lower.as_str(), "of" | "the")) {
                    break;
                }
            }
            Vec::new()
        }
        Gap::Comma => {
            let closed = words
                .get(end)
                .is_none_or(|w| matches!(w.gap, Gap::Comma | Gap::Stop | Gap::Start));
            let mut roles = Vec::new();
            for i in (run_start.saturating_sub(ROLE_WINDOW)..run_start).rev() {
                if !closed {
                    break;
                }
                roles.extend(role_parts(&words[i].lower));
                if words[i].gap != Gap::Space && words[i].gap != Gap::Other {
                    break;
                }
            }
            roles
        }
        _ => Vec::new(),
    }
}

/// Roles in an apposition after a name: `, a senior press secretary for …`,
/// `, deputy director of …`.
fn roles_in_apposition(words: &[Word<'_>], end: usize) -> Vec<String> {
    let mut roles = Vec::new();
    if words.get(end).is_none_or(|w| w.gap != Gap::Comma) {
        return roles;
    }
    for (k, word) in words[end..].iter().take(ROLE_WINDOW).enumerate() {
        if k > 0 && word.gap != Gap::Space {
            break;
        }
        if is_preposition(&word.lower) {
            break;
        }
        roles.extend(role_parts(&word.lower));
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::words::writer_words;
    use crate::model::{Article, ArticleMeta};

    fn names(text: &str) -> Vec<(String, Vec<String>, bool)> {
        let article = Article::from_text(ArticleMeta::default(), text.into(), false);
        let words = writer_words(&article, &[]);
        find(&words)
            .into_iter()
            .map(|m| (m.form, m.roles, m.titled))
            .collect()
    }

    #[test]
    fn titles_and_acronyms_are_stripped() {
        let got = names("NATO Secretary General Jens Stoltenberg met Pentagon chief Lloyd Austin.");
        assert_eq!(
            got,
            [
                (
                    "Jens Stoltenberg".to_string(),
                    vec!["general".to_string(), "secretary".to_string()],
                    true
                ),
                ("Pentagon".to_string(), vec![], false),
                ("Lloyd Austin".to_string(), vec!["chief".to_string()], true),
            ]
        );
    }

    #[test]
    fn places_and_institutions_are_not_names() {
        let got = names("South Korea and the Korean Central News Agency met on Monday in Seoul.");
        let forms: Vec<&str> = got.iter().map(|(f, _, _)| f.as_str()).collect();
        assert_eq!(forms, ["Seoul"]);
    }

    #[test]
    fn appositions_give_roles() {
        let got =
            names("The case, said Kim Eun-hye, a senior press secretary for the court, ended.");
        assert_eq!(got[0].0, "Kim Eun-hye");
        assert_eq!(got[0].1, ["secretary"]);
        let got = names("The minister of finance, Ann Lee, spoke.");
        assert!(
            got.iter()
                .any(|(f, r, _)| f == "Ann Lee" && r == &["minister"])
        );
    }

    #[test]
    fn particles_and_possessives() {
        let got = names("Navy Secretary Carlos del Toro spoke. Stoltenberg’s plan failed.");
        assert_eq!(got[0].0, "Carlos del Toro");
        assert_eq!(got[1].0, "Stoltenberg");
    }
}
