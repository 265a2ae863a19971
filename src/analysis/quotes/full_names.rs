//! Speakers named by a surname alone in one article and in full in another.
//!
//! An outlet may call someone by surname throughout ("Bellandi said") while
//! another outlet on the same story gives the full name ("Marco Bellandi").
//! Within one article the surname is all there is; across the corpus it is one
//! person, and an analyst wants that person's name. A one-word person's name
//! takes the fullest name of the one person of the corpus it can belong to;
//! a surname that two people of the corpus share stays as it is. The people of
//! the corpus are its quotations' speakers and everyone an article names in
//! full ("Council member Eli Parks voted against it"), quoted or not.

use crate::analysis::language::hash::FnvHashSet;
use crate::analysis::language::people::{Registry, SpeakerKind, is_one_word};

use super::{Quote, QuoteGroup};

/// Gives every quotation of `lists`, and every group of `groups`, whose speaker
/// is a lone name the full name the corpus gives that person, when exactly one
/// person fits; so too a quotation attributed to a bare surname its article
/// says nothing else of (see [`Quote::bare_speaker`]), which otherwise stays
/// without a speaker. `named` holds the full names each article gives people
/// it mentions.
pub fn complete(lists: &mut [Vec<Quote>], groups: &mut [QuoteGroup], named: &[Vec<String>]) {
    let mut seen = FnvHashSet::default();
    let speakers = lists.iter().flatten().filter_map(|q| q.speaker.as_deref());
    let forms: Vec<&str> = speakers
        .chain(named.iter().flatten().map(String::as_str))
        .filter(|form| seen.insert(*form))
        .collect();
    let bare = lists.iter().flatten().any(|q| q.bare_speaker.is_some());
    if !bare && !forms.iter().any(|f| is_one_word(f)) {
        return;
    }
    let registry = Registry::from_forms(forms);
    for quote in lists.iter_mut().flatten() {
        let form = quote.speaker.as_deref().or(quote.bare_speaker.as_deref());
        if let Some(full) = form.and_then(|f| full_name(&registry, f)) {
            quote.speaker = Some(full);
        }
    }
    for group in groups.iter_mut() {
        let completed = match group.speaker.as_deref() {
            Some(form) => full_name(&registry, form),
            // A group of quotations only a bare surname was attributed to
            // takes the full name its members now have.
            None => group
                .members
                .iter()
                .find_map(|m| lists[m.article][m.quote].speaker.clone()),
        };
        if let Some(full) = completed {
            group.speaker = Some(full);
        }
    }
}

/// The full name of the one person of `registry` that the lone name `form`
/// can be, if it is a lone name and exactly one person fits.
fn full_name(registry: &Registry, form: &str) -> Option<String> {
    if !is_one_word(form) {
        return None;
    }
    let [one] = registry.lookup(form)[..] else {
        return None;
    };
    let person = registry.person(one);
    (person.kind() == SpeakerKind::Person && !is_one_word(person.canonical()))
        .then(|| person.canonical().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn quote(speaker: &str) -> Quote {
        Quote {
            id: 0,
            span: Span::new(0, 1),
            parts: vec![Span::new(0, 1)],
            text: "x".into(),
            speaker: (!speaker.is_empty()).then(|| speaker.to_string()),
            person: None,
            bare_speaker: None,
            sentence: 0,
            partial: false,
        }
    }

    fn completed(articles: &[&[&str]]) -> Vec<Vec<Option<String>>> {
        completed_with(articles, &[])
    }

    fn completed_with(articles: &[&[&str]], named: &[Vec<String>]) -> Vec<Vec<Option<String>>> {
        let mut lists: Vec<Vec<Quote>> = articles
            .iter()
            .map(|a| a.iter().map(|s| quote(s)).collect())
            .collect();
        complete(&mut lists, &mut [], named);
        lists
            .into_iter()
            .map(|l| l.into_iter().map(|q| q.speaker).collect())
            .collect()
    }

    #[test]
    fn a_lone_surname_takes_the_full_name_another_article_gives() {
        let got = completed(&[
            &["Marco T. Bellandi", "Ines Roth"],
            &["Bellandi", "Roth", ""],
        ]);
        assert_eq!(got[1][0].as_deref(), Some("Marco T. Bellandi"));
        assert_eq!(got[1][1].as_deref(), Some("Ines Roth"));
        assert_eq!(got[1][2], None);
    }

    #[test]
    fn a_surname_two_people_share_or_an_organisation_stays() {
        let got = completed(&[
            &["Dale Whitcomb", "Karen Whitcomb", "Ohio Midland Railroad"],
            &["Whitcomb", "Quist", "NATO"],
        ]);
        assert_eq!(got[1], [named("Whitcomb"), named("Quist"), named("NATO")]);
    }

    #[test]
    fn a_lone_surname_takes_a_full_name_another_article_mentions_unquoted() {
        let mentioned = [
            vec!["Eli Parks".to_string(), "Ruth Amadi".to_string()],
            vec![],
        ];
        let got = completed_with(&[&[], &["Parks", "Amadi"]], &mentioned);
        assert_eq!(got[1], [named("Eli Parks"), named("Ruth Amadi")]);
        let two = [
            vec!["Eli Parks".to_string()],
            vec!["Nora Parks".to_string()],
        ];
        let got = completed_with(&[&[], &["Parks"]], &two);
        assert_eq!(
            got[1],
            [named("Parks")],
            "two people of the corpus share it"
        );
    }

    fn named(name: &str) -> Option<String> {
        Some(name.to_string())
    }
}
