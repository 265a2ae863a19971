//! Speakers named by a surname alone in one article and in full in another.
//!
//! An outlet may call someone by surname throughout ("Bellandi said") while
//! another outlet on the same story gives the full name ("Marco Bellandi").
//! Within one article the surname is all there is; across the corpus it is one
//! person, and an analyst wants that person's name. A one-word person's name
//! takes the fullest name of the one person of the corpus it can belong to;
//! a surname that two people of the corpus share stays as it is.

use crate::analysis::language::hash::FnvHashSet;
use crate::analysis::language::people::{Registry, SpeakerKind};

use super::Quote;

/// Gives every quotation of `lists` whose speaker is a lone name the full name
/// the corpus gives that person, when exactly one person fits.
pub fn complete(lists: &mut [Vec<Quote>]) {
    let mut seen = FnvHashSet::default();
    let forms: Vec<String> = lists
        .iter()
        .flatten()
        .filter_map(|q| q.speaker.as_deref())
        .filter(|form| seen.insert(*form))
        .map(str::to_string)
        .collect();
    if !forms.iter().any(|f| is_lone(f)) {
        return;
    }
    let registry = Registry::from_forms(forms.iter().map(String::as_str));
    for quote in lists.iter_mut().flatten() {
        let Some(form) = quote.speaker.as_deref().filter(|f| is_lone(f)) else {
            continue;
        };
        let [one] = registry.lookup(form)[..] else {
            continue;
        };
        let person = registry.person(one);
        if person.kind() == SpeakerKind::Person && !is_lone(person.canonical()) {
            quote.speaker = Some(person.canonical().to_string());
        }
    }
}

/// True for a name of one word.
fn is_lone(form: &str) -> bool {
    form.split_whitespace().nth(1).is_none()
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
            sentence: 0,
            partial: false,
        }
    }

    fn completed(articles: &[&[&str]]) -> Vec<Vec<Option<String>>> {
        let mut lists: Vec<Vec<Quote>> = articles
            .iter()
            .map(|a| a.iter().map(|s| quote(s)).collect())
            .collect();
        complete(&mut lists);
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

    fn named(name: &str) -> Option<String> {
        Some(name.to_string())
    }
}
