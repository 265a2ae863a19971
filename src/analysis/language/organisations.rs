//! Organisations named in the writer's words, so that a ministry, a company or a
//! union can be a speaker ("the railroad said in a statement").
//!
//! An organisation is a run of capitalised words, joined by `of`, `for`, `and`,
//! `in`, `on` or `the` where a capitalised word follows, that holds an
//! institution word (`Ministry of Foreign Affairs of the Republic of Varnesia`,
//! `Ohio Midland Railroad`), with the possessive owner before it kept
//! (`Kostrovia’s Defense Ministry`); a lone acronym (`NATO`); or a name set off
//! after an institution noun (`the railroad, Ohio Midland,`) or right after a
//! noun describing one (`chipmaker Nvidia`). A person's name inside such a run
//! ends it.

use super::lexicon::{
    is_calendar_word, is_final_abbreviation, is_led_body, is_org_descriptor, is_org_head,
    is_role_word, is_sentence_opener, is_state,
};
use super::names::{Kind, Mention};
use super::tokens::is_stop_word;
use super::words::{Gap, Word};

/// Most words an organisation's name may have.
const MAX_ORG_WORDS: usize = 12;

/// Longest acronym taken for an organisation (`NATO`, `NTSB`).
const MAX_ACRONYM: usize = 6;

/// Words that join two capitalised parts of one organisation's name.
fn is_connector(word: &str) -> bool {
    matches!(word, "of" | "for" | "and" | "in" | "on" | "the")
}

/// Finds every organisation in `words`, given the candidate personal names
/// `people` (a name with a person's shape ends an organisation's run).
pub fn find(words: &[Word<'_>], people: &[Mention]) -> Vec<Mention> {
    let mut personal = vec![false; words.len()];
    for m in people
        .iter()
        .filter(|m| m.personal || m.titled || affiliated(words, m))
    {
        personal[m.start..m.end].fill(true);
    }
    let free = |i: usize| {
        words[i].capitalised()
            && !words[i].bracketed
            && !personal[i]
            && !is_calendar_word(&words[i].lower)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !free(i) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < words.len() && end - i < MAX_ORG_WORDS && words[end].gap == Gap::Space {
            let joined = free(end) && !words[end - 1].lower.ends_with("'s");
            let bridged = is_connector(&words[end].lower)
                && (end + 1..words.len().min(end + 3))
                    .find(|&k| !is_connector(&words[k].lower))
                    .is_some_and(|k| free(k) && words[k].gap == Gap::Space);
            if !(joined || bridged) {
                break;
            }
            end += 1;
        }
        let found = organisation(words, i, end)
            .or_else(|| apposed(words, i, end))
            .or_else(|| described(words, i, end))
            .or_else(|| headed(words, i, end));
        if let Some(org) = found {
            out.push(org);
        }
        i = end;
    }
    out
}

/// True when a name of two or more words with no institution word is followed
/// by `of` and an organisation ("Hank Ybarra of the Western Growers
/// Association"): a person and what they belong to, however unknown the given
/// name, where an institution word before the `of` makes one organisation
/// ("Bank of America", "University of Oregon").
fn affiliated(words: &[Word<'_>], name: &Mention) -> bool {
    let of = words.get(name.end);
    // Not itself the part after a connector of a longer name ("Ministry of
    // Foreign Affairs of the Republic").
    let inside_a_name = name.start > 0
        && words[name.start].gap == Gap::Space
        && is_connector(&words[name.start - 1].lower);
    name.kind == Kind::Person
        && !inside_a_name
        && name.end - name.start >= 2
        && !words[name.start..name.end]
            .iter()
            .any(|w| is_org_head(&w.lower) || is_org_descriptor(&w.lower))
        && of.is_some_and(|w| w.lower == "of" && w.gap == Gap::Space)
        && words[name.end + 1..]
            .iter()
            .take(MAX_ORG_WORDS)
            .take_while(|w| w.gap == Gap::Space && (w.capitalised() || is_connector(&w.lower)))
            .any(|w| is_org_head(&w.lower))
}

/// The organisation in the run `words[start..end]`: the stretch from its first
/// kept word to its last institution word or to the end of a trailing `of …`.
fn organisation(words: &[Word<'_>], run_start: usize, end: usize) -> Option<Mention> {
    let mut start = run_start;
    while start < end && droppable(&words[start]) {
        start += 1;
    }
    let head = (start..end)
        .rev()
        .find(|&k| is_org_head(bare(&words[k].lower)));
    if head == Some(start) {
        // A title word right before a bare institution word qualifies it
        // (`the Justice Department`, `the Labor Ministry`): no title of a
        // person stands before an organisation, and `Department` alone
        // names nothing.
        while start > run_start && is_role_word(bare(&words[start - 1].lower)) {
            start -= 1;
        }
    }
    let last = match head {
        Some(h) => {
            let mut last = h;
            for (k, word) in words.iter().enumerate().take(end).skip(h + 1) {
                if is_connector(&word.lower) {
                    continue;
                }
                if is_role_word(&word.lower) {
                    break;
                }
                last = k;
            }
            last
        }
        None if start < end
            && acronym(&words[start])
            && !words[run_start..start].iter().any(|w| w.acronym()) =>
        {
            start
        }
        None => return None,
    };
    let first = national_qualifier_before(words, owner_before(words, run_start, start));
    Some(org_mention(words, run_start.min(first), first, last + 1))
}

/// The first word of an organisation's name that starts at `start`, with the
/// dotted country abbreviation written right before it (`U.S. Attorney's
/// Office`, `U.N. Security Council`), which the run of capitals can lose at
/// a possessive.
fn national_qualifier_before(words: &[Word<'_>], start: usize) -> usize {
    let Some(before) = start.checked_sub(1).map(|k| &words[k]) else {
        return start;
    };
    let dotted_place = before.capitalised()
        && before.dotted
        && before.lower.contains('.')
        && before.lower.len() <= MAX_DOTTED_PLACE;
    if dotted_place && words[start].gap == Gap::Space {
        start - 1
    } else {
        start
    }
}

/// Longest dotted country abbreviation, dots included (`u.s`, `u.k`, `e.u`).
const MAX_DOTTED_PLACE: usize = 5;

/// A capitalised run set off by commas after an institution noun: `the
/// railroad, Ohio Midland,` names a railroad.
fn apposed(words: &[Word<'_>], start: usize, end: usize) -> Option<Mention> {
    let closed = words
        .get(end)
        .is_none_or(|w| matches!(w.gap, Gap::Comma | Gap::Stop));
    let noun = start
        .checked_sub(1)
        .map(|k| &words[k])
        .filter(|w| words[start].gap == Gap::Comma && is_org_head(&w.lower) && !w.capitalised());
    let determined = start >= 2 && words[start - 2].lower == "the";
    (closed && noun.is_some() && determined).then(|| org_mention(words, start, start, end))
}

/// Most words of a name that a descriptor before it makes an organisation's.
const MAX_DESCRIBED_WORDS: usize = 3;

/// A short capitalised run right after a lower-case noun that describes an
/// organisation (`shipping group Maersk`, `harbor operator Nordport`): it names
/// one, and keeps the descriptor as its role, so that `the company` or `the
/// group` may refer back to it.
fn described(words: &[Word<'_>], start: usize, end: usize) -> Option<Mention> {
    // The descriptor opens the run when it opens the sentence ("Insurer
    // Calder Mutual raised …").
    let opening = matches!(words[start].gap, Gap::Start | Gap::Stop | Gap::Quote)
        && is_org_descriptor(&words[start].lower);
    let (noun, start) = if opening {
        (&words[start], start + 1)
    } else {
        let noun = &words[start.checked_sub(1)?];
        (!noun.capitalised()).then_some(())?;
        (noun, start)
    };
    let fits = start < end
        && words[start].gap == Gap::Space
        && is_org_descriptor(&noun.lower)
        && end - start <= MAX_DESCRIBED_WORDS
        && !words[end - 1].lower.ends_with("'s");
    fits.then(|| {
        let mut org = org_mention(words, start, start, end);
        org.roles.push(noun.lower.clone());
        org
    })
}

/// A short capitalised run between `the` and a lower-case institution noun
/// (`the United Auto Workers union`, `the Harwick Homes company`): it names
/// that institution, which keeps the noun as its role, so that `the union`
/// may refer back to it. A state's name before the noun is a place (`the
/// Ohio plant`), not the institution's name.
fn headed(words: &[Word<'_>], start: usize, end: usize) -> Option<Mention> {
    let noun = words.get(end).filter(|w| {
        w.gap == Gap::Space
            && !w.capitalised()
            && is_org_head(&w.lower)
            && !w.lower.ends_with('s')
            && !is_led_body(&w.lower)
    })?;
    // A "the" inside the run ("The United …" opening the sentence, "Later
    // the Teamsters") starts the name after it.
    let (determined, start) = match (start..end).rev().find(|&k| words[k].lower == "the") {
        Some(k) => (true, k + 1),
        None => {
            let after_the = start >= 1 && words[start - 1].lower == "the";
            (after_the && words[start].gap == Gap::Space, start)
        }
    };
    let place = words[start..end].iter().any(|w| is_state(&w.lower));
    (determined && start < end && !place && end - start <= MAX_DESCRIBED_WORDS).then(|| {
        let mut org = org_mention(words, start, start, end);
        org.roles.push(noun.lower.clone());
        org
    })
}

/// The first word of a possessive owner written just before an organisation
/// (`Kostrovia’s Defense Ministry`), or `start` when there is none.
fn owner_before(words: &[Word<'_>], run_start: usize, start: usize) -> usize {
    if start != run_start || run_start == 0 || words[run_start].gap != Gap::Space {
        return start;
    }
    let owner = &words[run_start - 1];
    let possessive = owner.capitalised() && owner.lower.ends_with("'s") && !owner.bracketed;
    if possessive && !droppable(owner) {
        run_start - 1
    } else {
        start
    }
}

/// An organisation mention over `words[first..end]`, possessive removed.
fn org_mention(words: &[Word<'_>], run_start: usize, first: usize, end: usize) -> Mention {
    let last = &words[end - 1];
    let possessive = last.lower.ends_with("'s");
    let mut form = String::new();
    for (k, word) in words[first..end].iter().enumerate() {
        if k > 0 {
            form.push(' ');
        }
        let text = if possessive && first + k + 1 == end {
            let cut = word
                .text
                .char_indices()
                .rev()
                .nth(1)
                .map_or(word.text.len(), |(i, _)| i);
            &word.text[..cut]
        } else {
            word.text
        };
        form.push_str(text);
        if word.dotted && (word.text.contains('.') || is_final_abbreviation(&word.lower)) {
            form.push('.');
        }
    }
    Mention {
        run_start: run_start.min(first),
        start: first,
        end,
        form,
        roles: Vec::new(),
        titled: false,
        possessive,
        kind: Kind::Organisation,
        personal: false,
        common: false,
        heading: false,
        gender: None,
    }
}

/// A word without its possessive `'s`.
fn bare(lower: &str) -> &str {
    lower.trim_end_matches("'s")
}

/// True for a word at the front of a run that is no part of an organisation's
/// name: a function word, a sentence opener, a date, a title.
fn droppable(word: &Word<'_>) -> bool {
    is_stop_word(&word.lower)
        || is_sentence_opener(&word.lower)
        || is_calendar_word(&word.lower)
        || is_role_word(&word.lower)
}

/// True for an acronym that can name an organisation: two to six capitals, not
/// a dotted place (`U.S`), a title (`CEO`), a state code or a shouted word.
fn acronym(word: &Word<'_>) -> bool {
    let letters = word.text.chars().filter(|c| c.is_alphabetic()).count();
    word.acronym()
        && letters <= MAX_ACRONYM
        && !word.text.contains('.')
        && !is_role_word(&word.lower)
        && !is_state(&word.lower)
        && !is_stop_word(&word.lower)
        && !is_sentence_opener(&word.lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::names;
    use crate::analysis::language::words::writer_words;
    use crate::model::{Article, ArticleMeta};

    fn orgs(text: &str) -> Vec<String> {
        let article = Article::from_text(ArticleMeta::default(), text.into(), false);
        let words = writer_words(&article, &[]);
        let people = names::find(&words);
        find(&words, &people).into_iter().map(|m| m.form).collect()
    }

    #[test]
    fn a_name_between_the_and_an_institution_noun_names_it() {
        let found = orgs(
            "The United Auto Workers union said it was worried. Later the Teamsters union and the Ohio plant said no.",
        );
        assert!(
            found.contains(&"United Auto Workers".to_string()),
            "{found:?}"
        );
        assert!(found.contains(&"Teamsters".to_string()), "{found:?}");
        assert!(!found.iter().any(|f| f == "Ohio"), "{found:?}");
        // An administration or a campaign is named after its leader.
        let led = orgs("The Biden administration and the Haley campaign said no.");
        assert!(led.is_empty(), "{led:?}");
    }

    #[test]
    fn a_dotted_country_before_an_institution_is_part_of_its_name() {
        let found = orgs(
            "The filing by the U.S. Attorney's Office came after the U.N. Security Council met.",
        );
        assert!(
            found.contains(&"U.S. Attorney's Office".to_string()),
            "{found:?}"
        );
        assert!(
            found.contains(&"U.N. Security Council".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn institution_words_make_organisations() {
        assert_eq!(
            orgs("The Ministry of Foreign Affairs of the Republic of Belmark protested."),
            ["Ministry of Foreign Affairs of the Republic of Belmark"]
        );
        assert_eq!(
            orgs("A Lakeshore Valley Railroad train derailed near Mill Town."),
            ["Lakeshore Valley Railroad"]
        );
        assert_eq!(
            orgs("Belmark’s Defense Ministry said so, and NATO agreed."),
            ["Belmark’s Defense Ministry", "NATO"]
        );
    }

    #[test]
    fn a_person_ends_the_run() {
        assert_eq!(
            orgs("the chairman of the Committee on Energy of the State Assembly Irina Sokol said"),
            ["Committee on Energy of the State Assembly"]
        );
    }

    #[test]
    fn a_name_after_an_institution_noun() {
        assert_eq!(
            orgs("The railroad, Lakeshore Valley, apologised."),
            ["Lakeshore Valley"]
        );
    }

    #[test]
    fn a_title_word_before_a_bare_institution_word_qualifies_it() {
        assert_eq!(
            orgs("In a statement, the Justice Department said it would appeal."),
            ["Justice Department"]
        );
        assert_eq!(
            orgs("The Sheriff's Office said nothing."),
            ["Sheriff's Office"]
        );
    }

    #[test]
    fn titles_places_and_shouting_are_not_organisations() {
        assert!(orgs("CEO Ann Lee flew to the U.S. on Monday. WHAT TO KNOW").is_empty());
    }
}
