//! What extracting one article's claims carries from sentence to sentence: who
//! has been introduced with a role already, and the speakers each name form
//! may name, worked out once per article.
//!
//! A long article names the same few people thousands of times; looking each
//! up again was most of the cost of reading its facts.

use crate::analysis::language::ArticleLanguage;
use crate::analysis::language::hash::{FnvHashMap, FnvHashSet};
use crate::analysis::language::people::PersonId;

/// The per-article state of claim extraction.
#[derive(Debug, Default)]
pub struct ArticleMemory<'a> {
    /// Keys of the people already introduced with a role: only the first
    /// introduction of a person is a role fact.
    introduced: FnvHashSet<String>,
    /// The speakers each distinct name form may name.
    people: FnvHashMap<&'a str, Vec<PersonId>>,
}

impl<'a> ArticleMemory<'a> {
    /// The speakers of `lang`'s registry that `form` may name (the registry's
    /// own lookup, done once per distinct form).
    pub fn people_named(&mut self, lang: &ArticleLanguage<'_>, form: &'a str) -> &[PersonId] {
        self.people
            .entry(form)
            .or_insert_with(|| lang.people.lookup(form))
    }

    /// Records that the person keyed `key` is introduced; false when they were
    /// already.
    pub fn introduce(&mut self, key: String) -> bool {
        self.introduced.insert(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::language::ArticleLanguage;
    use crate::analysis::sentences::article_sentences;
    use crate::model::{Article, ArticleMeta};

    #[test]
    fn a_form_is_looked_up_once_and_answers_like_the_registry() {
        let article = Article::from_text(
            ArticleMeta::default(),
            "Sen. Ann Mills spoke first. Mills said no. Ann Mills left.".into(),
            false,
        );
        let sentences = article_sentences(&article);
        let lang = ArticleLanguage::read(&article, &sentences, &[]);
        let mut memory = ArticleMemory::default();
        for form in ["Mills", "Ann Mills", "Mills", "Nobody Here"] {
            assert_eq!(memory.people_named(&lang, form), lang.people.lookup(form));
        }
        assert_eq!(memory.people.len(), 3);
    }

    #[test]
    fn a_person_is_introduced_once() {
        let mut memory = ArticleMemory::default();
        assert!(memory.introduce("ann mills".into()));
        assert!(!memory.introduce("ann mills".into()));
        assert!(memory.introduce("tom hale".into()));
    }
}
