//! Personal names in the writer's words: runs of capitalised words with titles,
//! acronyms and sentence openers stripped, and what the article says about the
//! person around them (titles, appositions, party codes, home places).
//!
//! A run is a candidate name when what is left looks like a person's name (one to
//! four capitalised words, with initials, name particles and a suffix such as
//! `Jr.` allowed) and does not read as a place, an institution or a description
//! ("South Korea", "Central News Agency", "the Ohio Republican"). Whether a
//! candidate is a person is decided later, from titles, given names, appositions
//! and speech verbs.

use super::hash::FnvHashSet;
use super::lexicon::{
    Gender, is_binding_modifier, is_calendar_word, is_given_name, is_locative_preposition,
    is_name_particle, is_name_suffix, is_org_head, is_person_noun, is_place_modifier,
    is_preposition, is_relative_pronoun, is_role_modifier, is_role_word, is_sentence_opener,
    is_speech_verb, is_weak_title, number_word, party_code, party_member, role_key, singular_title,
    state_name, word_gender,
};
use super::tokens::{is_stop_word, stem};
use super::words::{Gap, Word, sentence_end};

/// Most words a personal name may have, initials and suffix not counted.
const MAX_NAME_WORDS: usize = 4;

/// Words searched before a name, or in an apposition after it, for a role.
const ROLE_WINDOW: usize = 10;

/// Words between a title and the name it introduces (`Secretary of the Navy NAME`).
const TITLE_REACH: usize = 4;

/// Most words of a home place after a name (`of Las Cruces`) or in a party code.
const MAX_PLACE_WORDS: usize = 3;

/// Most words between two names of a list under one plural title (`, `, `and`,
/// `of Taos and`).
const MAX_LIST_GAP: usize = 5;

/// Words of a name kept after a title's portfolio (`Minister of Industry Jonas
/// Ferreira-Lund`) when no common given name marks where it begins.
const PORTFOLIO_NAME_WORDS: usize = 2;

/// Fewest content words of a sentence read as a title-case heading.
const MIN_HEADING_WORDS: usize = 4;

/// Most letters of a lower-case word in a title-case heading (`to`, `of`).
const MAX_HEADING_LOWER: usize = 3;

/// Content words from which a sentence written all in capitals is a heading
/// (or a byline) whatever its words.
const SURE_HEADING_WORDS: usize = 6;

/// Most digits of an age written after a name.
const MAX_AGE_DIGITS: usize = 3;

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A person's name, or a candidate for one.
    Person,
    /// An organisation ("Ohio Midland Railroad", "NATO").
    Organisation,
}

/// A candidate name in the word stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index of the first word of the whole capitalised run (titles included).
    pub run_start: usize,
    /// Index of the first word of the name.
    pub start: usize,
    /// Index one past the last word of the name.
    pub end: usize,
    /// The name as written, initials and suffix with their full stops,
    /// possessive removed (`Stoltenberg’s` → `Stoltenberg`).
    pub form: String,
    /// What the article says the bearer is, lower-case: role words as full words
    /// (`senator` for `Sen.`), party (`republican`) and home place words
    /// (`farmington`, from `(R-Farmington)` or `of Farmington`).
    pub roles: Vec<String>,
    /// True when a personal title or role introduces the name.
    pub titled: bool,
    /// True for a possessive (`Stoltenberg’s proposals`).
    pub possessive: bool,
    /// A person or an organisation.
    pub kind: Kind,
    /// True when the name has a person's shape: a common given name first, an
    /// initial or a suffix (`Maria T. Lopez`, `Daniel Whitfield Jr.`).
    pub personal: bool,
    /// True for a one-word name that the article also writes in lower case
    /// ("Opposition lawmaker …" beside "the opposition"): a common word
    /// opening a sentence more likely than a surname.
    pub common: bool,
    /// True inside a sentence written in title case, as headlines often are,
    /// where capitals mark no name ("Crooked Treasurer Pike Finally Headed").
    pub heading: bool,
    /// The gender its title or role words mark (`Ms.`, `spokeswoman`), if any.
    pub gender: Option<Gender>,
}

/// True when `word` continues a capitalised run.
fn joins_run(word: &Word<'_>) -> bool {
    word.gap == Gap::Space && !word.bracketed
}

/// True for an initial: one capital letter, or several joined by full stops
/// (`T`, `O.V`).
pub fn is_initial(word: &Word<'_>) -> bool {
    word.text
        .split('.')
        .all(|part| part.chars().count() == 1 && part.starts_with(char::is_uppercase))
}

/// True for a name suffix written capitalised (`Jr`, `III`).
fn is_suffix(word: &Word<'_>) -> bool {
    word.capitalised() && is_name_suffix(&word.lower)
}

/// True for an ordinary word of a name: capitalised, with lower-case letters.
fn is_name_word(word: &Word<'_>) -> bool {
    word.capitalised() && !word.acronym() && word.text.chars().any(char::is_lowercase)
}

/// True for a title before a name, singular or plural (`Sen.`, `Sens.`).
fn is_title(word: &str) -> bool {
    is_role_word(word) || singular_title(word).is_some()
}

/// Finds every candidate personal name in `words`.
pub fn find(words: &[Word<'_>]) -> Vec<Mention> {
    let vocabulary = lower_case_stems(words);
    let headings = title_case_sentences(words, &vocabulary);
    // Every name starts a run of capitalised words: at most one a capital.
    let most = words.iter().filter(|w| w.capitalised()).count();
    let mut out = Vec::with_capacity(most);
    let mut plural_titles = Vec::with_capacity(most);
    // Surnames that are also titles ("Lorraine Bishop", "Tom Judge"), so a
    // later lone "Bishop" names her again instead of titling nobody.
    let mut title_surnames: FnvHashSet<&str> = FnvHashSet::default();
    let mut i = 0;
    while i < words.len() {
        if !(words[i].capitalised() || particles_then_name(words, i)) {
            i += 1;
            continue;
        }
        if looks_like_party_code(&words[i]) {
            i += 1 + party_place_rest(words, i);
            continue;
        }
        let mut end = i + 1;
        while end < words.len() && joins_run(&words[end]) {
            let w = &words[end];
            if !(w.capitalised() || particles_then_name(words, end))
                || ends_possessive(&words[end - 1])
            {
                break;
            }
            end += 1;
        }
        let mut next = end;
        if let Some(mut mention) = name_in_run(words, &vocabulary, &title_surnames, i, end) {
            let last = &words[mention.end - 1];
            if mention.end - mention.start > 1 && is_title(&last.lower) {
                title_surnames.insert(last.lower.as_str());
            }
            mention.personal |= age_after(words, end).is_some();
            mention.heading = headings.contains(&words[i].sentence);
            let (place, after) = home_place(words, end);
            mention.roles.extend(place);
            mention.roles.extend(party_code_after(words, end));
            mention.roles.sort();
            mention.roles.dedup();
            next = after;
            let title_before = i
                .checked_sub(1)
                .filter(|_| words[i].gap == Gap::Space)
                .and_then(|b| singular_title(&words[b].lower));
            plural_titles.push(
                words[i..mention.start]
                    .iter()
                    .find_map(|w| singular_title(&w.lower))
                    .or(title_before),
            );
            out.push(mention);
        }
        i = next;
    }
    share_plural_titles(words, &mut out, &plural_titles);
    out
}

/// True when word `k` opens a run of lower-case name particles that a
/// capitalised word of the same run closes (`de la Vega`, `van der Berg`).
fn particles_then_name(words: &[Word<'_>], k: usize) -> bool {
    let particles = words[k..]
        .iter()
        .enumerate()
        .take_while(|&(n, w)| {
            is_name_particle(&w.lower) && !w.capitalised() && (n == 0 || joins_run(w))
        })
        .count();
    particles > 0
        && words
            .get(k + particles)
            .is_some_and(|w| joins_run(w) && w.capitalised())
}

/// The age set off in commas after a name ending before word `end` (`Dale
/// Hutchins, 67, said`): a sign the name is a person's, and what "the
/// 67-year-old" later refers to.
pub fn age_after(words: &[Word<'_>], end: usize) -> Option<u32> {
    let age = words.get(end).filter(|w| w.gap == Gap::Comma)?;
    let digits = age.text.chars().all(|c| c.is_ascii_digit());
    (digits
        && (1..=MAX_AGE_DIGITS).contains(&age.text.len())
        && words
            .get(end + 1)
            .is_none_or(|w| matches!(w.gap, Gap::Comma | Gap::Stop | Gap::Start)))
    .then(|| age.text.parse().ok())
    .flatten()
}

/// Stems of the words the article writes in lower case, to tell a capitalised
/// common noun opening a sentence ("Parent Melissa Tran") from a name.
fn lower_case_stems<'w>(words: &'w [Word<'_>]) -> FnvHashSet<&'w str> {
    words
        .iter()
        .filter(|w| w.text.starts_with(char::is_lowercase))
        .map(|w| stem(&w.lower))
        .collect()
}

/// The sentences written in title case, as headlines often are ("Crooked
/// Treasurer Pike Finally Headed to Prison"): a whole paragraph, at least
/// `MIN_HEADING_WORDS` content words, every word capitalised but short
/// function words, one of them a word the article writes in lower case
/// elsewhere, or at least `SURE_HEADING_WORDS`. Their capitals may mark no
/// names.
fn title_case_sentences(words: &[Word<'_>], vocabulary: &FnvHashSet<&str>) -> FnvHashSet<usize> {
    let mut headings = FnvHashSet::default();
    let mut i = 0;
    while i < words.len() {
        let sentence = words[i].sentence;
        let end = sentence_end(words, i);
        let sentence_words = &words[i..end];
        let content: Vec<&Word<'_>> = sentence_words
            .iter()
            .filter(|w| !is_stop_word(&w.lower) && w.text.chars().any(char::is_alphabetic))
            .collect();
        let whole_paragraph =
            words[i].gap == Gap::Start && words.get(end).is_none_or(|w| w.gap == Gap::Start);
        let lower_case = sentence_words.iter().any(|w| {
            w.text.starts_with(char::is_lowercase)
                && (!is_stop_word(&w.lower) || w.text.chars().count() > MAX_HEADING_LOWER)
        });
        if whole_paragraph
            && !lower_case
            && content.len() >= MIN_HEADING_WORDS
            && (content.len() >= SURE_HEADING_WORDS
                || content
                    .iter()
                    .any(|w| !w.acronym() && vocabulary.contains(stem(&w.lower))))
        {
            headings.insert(sentence);
        }
        i = end;
    }
    headings
}

/// True for a party code in brackets (`D-Mass`, `R`), or one written as wire
/// copy does (see [`wire_party_code`]).
fn looks_like_party_code(word: &Word<'_>) -> bool {
    (word.bracketed && party_code_parts(&word.lower).is_some()) || wire_party_code(word)
}

/// True for a party code set off by a comma, without brackets, a capitalised
/// home place after its hyphen (`Ann Mills, D-Mass., said`, `, R-Farmington,`):
/// it describes the name before it and is never a name itself.
fn wire_party_code(word: &Word<'_>) -> bool {
    word.gap == Gap::Comma
        && word.text.split_once('-').is_some_and(|(code, place)| {
            code.chars().count() == 1
                && code.starts_with(char::is_uppercase)
                && place.starts_with(char::is_uppercase)
        })
        && party_code_parts(&word.lower).is_some()
}

/// How many words after the party code at `code` continue its home place
/// (`Cruces` of `D-Las Cruces`): bracketed words inside brackets, capitalised
/// words of the same run without them.
fn party_place_rest(words: &[Word<'_>], code: usize) -> usize {
    let bracketed = words[code].bracketed;
    words[code + 1..]
        .iter()
        .take(MAX_PLACE_WORDS - 1)
        .take_while(|w| {
            w.gap == Gap::Space && w.bracketed == bracketed && (bracketed || w.capitalised())
        })
        .count()
}

/// The party and the first place word of a code such as `d-mass` or `r`.
fn party_code_parts(lower: &str) -> Option<(&'static str, &str)> {
    let (code, place) = lower.split_once('-').unwrap_or((lower, ""));
    party_code(code).map(|party| (party, place))
}

/// True for a word with a possessive `'s`.
fn ends_possessive(word: &Word<'_>) -> bool {
    word.lower.ends_with("'s")
}

/// True when the last word of `run` is a surname that is also a title word
/// ("Lorraine Bishop", "John Major", "Tom Judge"): a title comes before the
/// name it introduces, so one ending the run after a given name or an initial
/// is the name's own last word, as is one the article already used as a
/// surname (`title_surnames`), for a later lone "Bishop said".
fn ends_with_title_surname(run: &[Word<'_>], title_surnames: &FnvHashSet<&str>) -> bool {
    let Some((last, rest)) = run.split_last() else {
        return false;
    };
    is_title(&last.lower)
        && (title_surnames.contains(last.lower.as_str())
            || rest
                .last()
                .is_some_and(|w| (is_given_name(&w.lower) || is_initial(w)) && !is_title(&w.lower)))
}

/// The name inside the run `words[run_start..end]`, if it has one.
fn name_in_run(
    words: &[Word<'_>],
    vocabulary: &FnvHashSet<&str>,
    title_surnames: &FnvHashSet<&str>,
    run_start: usize,
    end: usize,
) -> Option<Mention> {
    // A party word describes the name after it as a title does ("Texas
    // Republican Troy Nehls", "Democrat Joe Manchin").
    let titles = |run: &[Word<'_>]| {
        let titled = if ends_with_title_surname(run, title_surnames) {
            &run[..run.len() - 1]
        } else {
            run
        };
        titled
            .iter()
            .rposition(|w| is_title(&w.lower) || party_member(&w.lower).is_some())
    };
    // A date's month or weekday before a title is no part of the title or
    // the name ("this Thursday 13 of March Mrs. Denise Whitcombe").
    let mut run_start = run_start;
    while titles(&words[run_start..end]).is_some_and(|t| t > 0)
        && is_calendar_word(&words[run_start].lower)
    {
        run_start += 1;
    }
    let run = &words[run_start..end];
    let last_title = titles(run);
    let mut start = run_start + last_title.map_or(0, |t| t + 1);
    while start < end && is_droppable(&words[start]) {
        start += 1;
    }
    start = given_name_start(words, vocabulary, run_start, start, end);
    start = after_portfolio(words, run_start, start, end)?;
    let name = &words[start..end];
    if !is_personal_shape(name) {
        return None;
    }
    let possessive = ends_possessive(&name[name.len() - 1]);
    let title_in_run = last_title.map(|t| &run[..=t]);
    let mut roles: Vec<String> = title_in_run
        .into_iter()
        .flatten()
        .flat_map(|w| title_roles(&w.lower))
        .collect();
    let strong_title = title_in_run
        .and_then(|t| t.last())
        .is_some_and(|w| !is_weak_title(&w.lower));
    let before = roles_before(words, run_start, end);
    // A lone word after "in", "near" or "across" names a place: the noun
    // phrase after its comma ("in Hartford, the governor urged") opens the
    // next clause, no apposition describing it.
    let after = if name.len() == 1 && last_title.is_none() && after_locative(words, run_start) {
        Vec::new()
    } else {
        roles_in_apposition(words, end)
    };
    let titled = strong_title
        || (name.len() > 1 && !roles.is_empty())
        || !before.is_empty()
        || after.iter().any(|r| is_role_word(r));
    roles.extend(before);
    roles.extend(after);
    let gender = run[..start - run_start]
        .iter()
        .find_map(|w| word_gender(&w.lower))
        .or_else(|| roles.iter().find_map(|r| word_gender(r)));
    let personal = is_given_name(&name[0].lower)
        || name.iter().any(|w| is_initial(w) || is_suffix(w))
        || gender.is_some();
    Some(Mention {
        run_start,
        start,
        end,
        form: name_form(name, possessive),
        roles,
        titled,
        possessive,
        kind: Kind::Person,
        personal,
        common: name.len() == 1 && vocabulary.contains(stem(&name[0].lower)),
        heading: false,
        gender,
    })
}

/// True when `name` reads as a person's name: a few name words, initials inside,
/// particles inside, a suffix last; no place, institution word, date or party
/// description ("the Farmington Republican", "Frontier Party Convention"),
/// no state, no number word ("Two men", "Twenty-seven people" open sentences).
fn is_personal_shape(name: &[Word<'_>]) -> bool {
    let (Some(first), Some(last)) = (name.first(), name.last()) else {
        return false;
    };
    let core_len = name
        .iter()
        .filter(|w| !is_initial(w) && !is_suffix(w) && !is_name_particle(w.text))
        .count();
    let head = if name.len() > 1 && is_suffix(last) {
        &name[name.len() - 2]
    } else {
        last
    };
    let head_lower = head.lower.trim_end_matches("'s");
    let shaped = name.iter().enumerate().all(|(k, w)| {
        let inner = k > 0 && k + 1 < name.len();
        (k + 1 < name.len() && (inner || !w.capitalised()) && is_name_particle(&w.lower))
            || (is_initial(w) && k + 1 < name.len())
            || (is_suffix(w) && k > 0 && k + 1 == name.len())
            || is_name_word(w)
    });
    shaped
        && (1..=MAX_NAME_WORDS).contains(&core_len)
        && is_name_word(head)
        && !is_place_modifier(&first.lower)
        && !name
            .iter()
            .any(|w| is_org_head(w.lower.trim_end_matches("'s")))
        && party_member(head_lower).is_none()
        && !name.iter().all(|w| is_calendar_word(&w.lower))
        && !name
            .iter()
            .any(|w| w.lower.split('-').all(|part| number_word(part).is_some()))
        && !names_a_state(name)
}

/// True when `name` is a state's full name (`Oregon`, `New Mexico`), which
/// may follow a title's words (`the Democrat from Oregon`) but names no person.
fn names_a_state(name: &[Word<'_>]) -> bool {
    let joined = name
        .iter()
        .map(|w| w.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    state_name(&joined) == Some(joined.as_str())
}

/// Where the name in `words[start..end]` begins when a common given name follows
/// words that are not part of it: the end of a phrase after `of` or `the`
/// ("the Republic of Varnesia Katarina Veles"), or a capitalised common noun
/// opening the run: one the article writes in lower case elsewhere, or a noun
/// for people ("Parent Melissa Tran", "Neighbor Dolores Finch"); after a noun
/// for people the given name need not be a known one ("Passenger Emil
/// Dorsey").
fn given_name_start(
    words: &[Word<'_>],
    vocabulary: &FnvHashSet<&str>,
    run_start: usize,
    start: usize,
    end: usize,
) -> usize {
    let after_connector = run_start > 0
        && words[run_start].gap == Gap::Space
        && matches!(words[run_start - 1].lower.as_str(), "of" | "the" | "for");
    let mut common = true;
    for k in start + 1..end.saturating_sub(1) {
        let before = &words[k - 1];
        common &= vocabulary.contains(stem(&before.lower)) || is_person_noun(&before.lower);
        // A noun for people opening a run of three or more words describes
        // the person whatever the given name ("Passenger Emil Dorsey").
        let described = k == start + 1 && is_person_noun(&before.lower);
        if !(is_given_name(&words[k].lower) || described)
            || is_given_name(&before.lower)
            || is_initial(before)
            || is_name_particle(&before.lower)
            || end - k > MAX_NAME_WORDS + 2
        {
            continue;
        }
        if after_connector || common {
            return k;
        }
    }
    start
}

/// Where the name in `words[start..end]` begins when the run completes a title's
/// `of` phrase (`Minister of Industry Jonas Ferreira-Lund`, `Secretary of the
/// Navy Ann Lee`): the portfolio opens the run, and the name is its last
/// [`PORTFOLIO_NAME_WORDS`] words, initials, particles and suffix aside, and
/// after a capitalised title never its first (`Minister of Housing Keszler`
/// names `Keszler`). `None`
/// when the run is one word, the portfolio or place alone (`the mayor of
/// Brennick`).
fn after_portfolio(
    words: &[Word<'_>],
    run_start: usize,
    start: usize,
    end: usize,
) -> Option<usize> {
    let mut k = run_start;
    if k > 0 && words[k].gap == Gap::Space && words[k - 1].lower == "the" {
        k -= 1;
    }
    let portfolio = k >= 2
        && words[k].gap == Gap::Space
        && words[k - 1].gap == Gap::Space
        && words[k - 1].lower == "of"
        && is_title(&words[k - 2].lower);
    if !portfolio || start != run_start {
        return Some(start);
    }
    let core = |w: &Word<'_>| !(is_initial(w) || is_suffix(w) || is_name_particle(&w.lower));
    let core_words = |from: usize| words[from..end].iter().filter(|w| core(w)).count();
    if core_words(start) <= 1 {
        return None;
    }
    let mut start = start;
    while start < end && core_words(start) > PORTFOLIO_NAME_WORDS {
        start += 1;
    }
    // A capitalised title's portfolio is at least its first word: "Minister
    // of Housing Keszler", "Secretary of State Blinken" name a surname alone,
    // while "the mayor of Port Alden" names a place.
    if start == run_start && words[k - 2].text.starts_with(char::is_uppercase) {
        start += 1;
    }
    Some(start)
}

/// The name's words as written, with the full stop of an initial or a suffix,
/// the possessive of the last word removed.
fn name_form(name: &[Word<'_>], possessive: bool) -> String {
    let mut form = String::new();
    for (k, word) in name.iter().enumerate() {
        if k > 0 {
            form.push(' ');
        }
        let mut text = word.text;
        if possessive && k + 1 == name.len() {
            let cut = text
                .char_indices()
                .rev()
                .nth(1)
                .map_or(text.len(), |(i, _)| i);
            text = &text[..cut];
        }
        form.push_str(text);
        if word.dotted && (is_initial(word) || is_suffix(word)) {
            form.push('.');
        }
    }
    form
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

/// The roles a title gives, as full words: `sen.` → `senator`, `sens.` →
/// `senator`, `vice-president` → `vice-president`.
fn title_roles(word: &str) -> Vec<String> {
    match singular_title(word) {
        Some(one) => vec![role_key(one).to_string()],
        None => role_parts(word),
    }
}

/// The role words of a (possibly hyphenated) title as full words, modifiers left
/// out except those that make another role (`vice-president`).
pub fn role_parts(word: &str) -> Vec<String> {
    let parts: Vec<&str> = word.trim_end_matches('.').split('-').collect();
    let mut out = Vec::new();
    for (k, part) in parts.iter().enumerate() {
        if !is_role_word(part) || is_role_modifier(part) {
            continue;
        }
        let key = role_key(part);
        match k.checked_sub(1).map(|b| parts[b]) {
            Some(modifier) if is_binding_modifier(modifier) => {
                out.push(format!("{modifier}-{key}"));
            }
            _ => out.push(key.to_string()),
        }
    }
    out
}

/// The roles of a run of words written apart (`deputy director`, `Senate
/// minority whip`), a binding modifier joined to the role after it.
pub fn phrase_roles<'w>(words: impl IntoIterator<Item = &'w str>) -> Vec<String> {
    let mut out = Vec::new();
    let mut modifier: Option<&str> = None;
    for word in words {
        let mut roles = role_parts(word);
        if let (Some(m), Some(first)) = (modifier, roles.first_mut())
            && !first.contains('-')
        {
            *first = format!("{m}-{first}");
        }
        modifier = is_binding_modifier(word).then_some(word);
        out.append(&mut roles);
    }
    out
}

/// Roles written just before a run: a title joined to it by spaces (`Pentagon
/// chief`, `RISS expert`, `Secretary of the Navy`), or, when the name is set off by
/// commas, the clause before it (`the president of South Korea, NAME,`), less the
/// titles of other names in it (`Ms. Lee’s lawyer, NAME,` is a lawyer, not `Ms.`).
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
                if let Some(one) = singular_title(&word.lower) {
                    return vec![role_key(one).to_string()];
                }
                if is_role_word(&word.lower) {
                    let from = if i > 0 && is_binding_modifier(&words[i - 1].lower) {
                        i - 1
                    } else {
                        i
                    };
                    return phrase_roles(words[from..=i].iter().map(|w| w.lower.as_str()));
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
            if !closed {
                return Vec::new();
            }
            let mut from = run_start;
            for i in (run_start.saturating_sub(ROLE_WINDOW)..run_start).rev() {
                from = i;
                if words[i].gap != Gap::Space && words[i].gap != Gap::Other {
                    break;
                }
            }
            let own = (from..run_start)
                .filter(|&i| !(i + 1 < run_start && words[i + 1].capitalised()))
                .map(|i| words[i].lower.as_str());
            phrase_roles(own)
        }
        _ => Vec::new(),
    }
}

/// What an apposition after a name says of the person: `, a senior press
/// secretary for …`, `, an Albuquerque Democrat`, `, the Republican whip from
/// Farmington`: role words, party, and capitalised words (places, bodies) up to a
/// relative pronoun or verb.
fn roles_in_apposition(words: &[Word<'_>], end: usize) -> Vec<String> {
    if words.get(end).is_none_or(|w| w.gap != Gap::Comma) {
        return Vec::new();
    }
    let mut phrase = Vec::new();
    let mut out = Vec::new();
    for (k, word) in words[end..].iter().take(ROLE_WINDOW).enumerate() {
        let lower = word.lower.as_str();
        if (k > 0 && word.gap != Gap::Space) || is_relative_pronoun(lower) || is_speech_verb(lower)
        {
            break;
        }
        if is_preposition(lower) && lower != "from" {
            break;
        }
        if let Some(party) = party_member(lower) {
            out.push(party.to_string());
        } else if word.capitalised() && k > 0 && !is_stop_word(lower) {
            out.push(lower.trim_end_matches("'s").to_string());
        }
        phrase.push(lower);
    }
    out.extend(phrase_roles(phrase));
    out
}

/// True when the capitalised run at `run_start` follows a preposition that
/// takes places only ("in", "near", "across"; see [`is_locative_preposition`]):
/// the run is a place, as a person is rarely "in" anyone.
fn after_locative(words: &[Word<'_>], run_start: usize) -> bool {
    run_start.checked_sub(1).is_some_and(|p| {
        words[run_start].gap == Gap::Space && is_locative_preposition(&words[p].lower)
    })
}

/// The home place written after a name (`of Las Cruces`, `of Ore.`), as
/// lower-case words (a state by its full name), with the index after it.
fn home_place(words: &[Word<'_>], end: usize) -> (Vec<String>, usize) {
    let of = words
        .get(end)
        .is_some_and(|w| w.lower == "of" && joins_run(w));
    if !of {
        return (Vec::new(), end);
    }
    let mut stop = end + 1;
    while stop < words.len()
        && stop - end <= MAX_PLACE_WORDS
        && joins_run(&words[stop])
        && is_name_word(&words[stop])
        && !is_org_head(&words[stop].lower)
    {
        stop += 1;
    }
    let run_goes_on = words
        .get(stop)
        .is_some_and(|w| joins_run(w) && w.capitalised());
    if stop == end + 1 || run_goes_on {
        return (Vec::new(), end);
    }
    (place_words(&words[end + 1..stop]), stop)
}

/// The words of a place, lower-case; a state written in any form by its full name.
fn place_words(place: &[Word<'_>]) -> Vec<String> {
    let lower: Vec<&str> = place.iter().map(|w| w.lower.as_str()).collect();
    let whole = lower.join(" ");
    match state_name(&whole) {
        Some(state) => state.split(' ').map(str::to_string).collect(),
        None => lower.iter().map(|w| w.to_string()).collect(),
    }
}

/// The party and home place of a code right after a name, in brackets
/// (`(R-Farmington)`, `(D-Las Cruces)`, `(D-Mass.)`, `(I)`) or after a comma
/// (`, D-Mass.,`).
fn party_code_after(words: &[Word<'_>], end: usize) -> Vec<String> {
    let Some(first) = words.get(end).filter(|w| w.bracketed || wire_party_code(w)) else {
        return Vec::new();
    };
    let Some((party, place)) = party_code_parts(&first.lower) else {
        return Vec::new();
    };
    let mut out = vec![party.to_string()];
    if place.is_empty() {
        return out;
    }
    let rest: Vec<&str> = words[end + 1..end + 1 + party_place_rest(words, end)]
        .iter()
        .map(|w| w.lower.as_str())
        .collect();
    let whole = std::iter::once(place)
        .chain(rest.iter().copied())
        .collect::<Vec<_>>()
        .join(" ");
    match state_name(&whole) {
        Some(state) => out.extend(state.split(' ').map(str::to_string)),
        None => out.extend(whole.split(' ').map(str::to_string)),
    }
    out
}

/// Gives every name of a list under a plural title that title: in `Sens. Eloy
/// Montoya, Raymond Sisneros and Thomas Begay`, all three are senators.
fn share_plural_titles(words: &[Word<'_>], mentions: &mut [Mention], titles: &[Option<&str>]) {
    let mut current: Option<&str> = None;
    for k in 0..mentions.len() {
        if let Some(title) = titles[k] {
            current = Some(title);
            continue;
        }
        let Some(title) = current else {
            continue;
        };
        if !in_list(words, mentions[k - 1].end, mentions[k].run_start) {
            current = None;
            continue;
        }
        let mention = &mut mentions[k];
        mention.titled = true;
        mention.roles.push(role_key(title).to_string());
    }
}

/// True when the words between two names only join a list: commas, `and`, and
/// the home place of the name before (`of Taos and`).
fn in_list(words: &[Word<'_>], from: usize, to: usize) -> bool {
    to >= from
        && to - from <= MAX_LIST_GAP
        && words[from..=to.min(words.len() - 1)]
            .iter()
            .all(|w| matches!(w.gap, Gap::Space | Gap::Comma | Gap::Other))
        && words[from..to]
            .iter()
            .all(|w| matches!(w.lower.as_str(), "and" | "or" | "of") || w.capitalised())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::words::writer_words;
    use crate::model::{Article, ArticleMeta};

    fn mentions(text: &str) -> Vec<Mention> {
        let article = Article::from_text(ArticleMeta::default(), text.into(), false);
        let words = writer_words(&article, &[]);
        find(&words)
    }

    fn names(text: &str) -> Vec<(String, Vec<String>, bool)> {
        mentions(text)
            .into_iter()
            .map(|m| (m.form, m.roles, m.titled))
            .collect()
    }

    fn forms(text: &str) -> Vec<String> {
        mentions(text).into_iter().map(|m| m.form).collect()
    }

    #[test]
    fn a_number_word_opening_a_sentence_names_no_one() {
        assert_eq!(
            forms("Two men were charged. Twenty-seven people were hurt. Ann Lee spoke."),
            ["Ann Lee"]
        );
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
    fn a_date_before_a_title_is_no_part_of_the_name() {
        let got =
            mentions("A jury declared guilty this Thursday 13 of March Mrs. Denise Whitcombe.");
        let whitcombe = got.iter().find(|m| m.form == "Denise Whitcombe").unwrap();
        assert_eq!(whitcombe.roles, ["mrs"]);
        assert_eq!(whitcombe.run_start + 1, whitcombe.start);
    }

    #[test]
    fn places_and_institutions_are_not_names() {
        let got = forms("South Korea and the Korean Central News Agency met on Monday in Seoul.");
        assert_eq!(got, ["Seoul"]);
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
    fn a_wire_party_code_is_no_name_and_gives_party_and_place() {
        let got = names("Rep. Ines Valdo, D-Las Cruces, and Sen. Ty Roe, R-Mont., spoke.");
        assert_eq!(
            got,
            [
                (
                    "Ines Valdo".to_string(),
                    vec![
                        "cruces".to_string(),
                        "democrat".to_string(),
                        "las".to_string(),
                        "representative".to_string()
                    ],
                    true
                ),
                (
                    "Ty Roe".to_string(),
                    vec![
                        "montana".to_string(),
                        "republican".to_string(),
                        "senator".to_string()
                    ],
                    true
                ),
            ]
        );
        assert_eq!(forms("The D-Day landings, R-Kan, began."), ["D-Day"]);
    }

    #[test]
    fn lower_case_particles_may_open_a_surname() {
        let got = forms("Judge Lia van der Berg ruled. Later de la Cruz said no.");
        assert_eq!(got, ["Lia van der Berg", "de la Cruz"]);
    }

    #[test]
    fn particles_and_possessives() {
        let got = forms("Navy Secretary Carlos del Toro spoke. Stoltenberg’s plan failed.");
        assert_eq!(got, ["Carlos del Toro", "Stoltenberg"]);
    }

    #[test]
    fn initials_and_suffixes_belong_to_the_name() {
        let got = forms(
            "Councilwoman Hilda P. Moreno spoke after Walter K. Brandt Jr. and \
             Felix Harrow III left. O.V. Petrov stayed.",
        );
        assert_eq!(
            got,
            [
                "Hilda P. Moreno",
                "Walter K. Brandt Jr.",
                "Felix Harrow III",
                "Petrov"
            ]
        );
        assert!(mentions("Dale Rusk, 67, left.")[0].personal, "an age");
        let m = &mentions("Walter K. Brandt Jr.’s plan")[0];
        assert_eq!(m.form, "Walter K. Brandt Jr.");
        assert!(m.personal);
    }

    #[test]
    fn party_codes_and_home_places_describe_the_person() {
        let got = names("Sen. Ann Mills (R-Ore.) and Rep. Tom Wu of Las Cruces voted.");
        assert_eq!(got[0].0, "Ann Mills");
        assert_eq!(got[0].1, ["oregon", "republican", "senator"]);
        assert_eq!(got[1].0, "Tom Wu");
        assert_eq!(got[1].1, ["cruces", "las", "representative"]);
        assert_eq!(got.len(), 2, "neither the code nor the place is a name");
    }

    #[test]
    fn party_descriptions_are_not_names() {
        assert!(forms("The Tulsa Republican objected. An Austin Democrat agreed.").is_empty());
    }

    #[test]
    fn plural_titles_title_every_name_of_the_list() {
        let got = names("Reps. Hana Ito of Tulsa, Omar Diaz and Lee Park voted no.");
        let titled: Vec<(&str, bool)> = got.iter().map(|(f, _, t)| (f.as_str(), *t)).collect();
        assert_eq!(
            titled,
            [("Hana Ito", true), ("Omar Diaz", true), ("Lee Park", true)]
        );
        assert!(
            got.iter()
                .all(|(_, r, _)| r.contains(&"representative".into()))
        );
    }

    #[test]
    fn a_given_name_ends_a_phrase_run_into_the_name() {
        assert_eq!(
            forms("the envoy of the Republic of Belmark Irina Sokol spoke"),
            ["Irina Sokol"]
        );
        assert_eq!(
            forms("Some parents came. Parent Linda Moss spoke."),
            ["Linda Moss"]
        );
    }

    #[test]
    fn gender_from_titles_and_roles() {
        let genders: Vec<Option<Gender>> =
            mentions("Mr. Dana Holt met spokeswoman Kim Lee and Margaret Odell and Dana Fry.")
                .iter()
                .map(|m| m.gender)
                .collect();
        assert_eq!(
            genders,
            [Some(Gender::Male), Some(Gender::Female), None, None]
        );
    }

    #[test]
    fn binding_modifiers_make_another_role() {
        assert_eq!(role_parts("vice-president"), ["vice-president"]);
        assert_eq!(phrase_roles(["deputy", "director"]), ["deputy-director"]);
        assert_eq!(phrase_roles(["senior", "minister"]), ["minister"]);
        assert_eq!(role_parts("sen."), ["senator"]);
    }
}
