//! One pass of the language layer over one article: sentences, tokens, the
//! writer's words, names, speech events and people, computed once and read by
//! quotes, claims and alignment alike.

use std::ops::Range;

use crate::analysis::sentences::Sentence;
use crate::model::Article;

use super::names::{self, Mention};
use super::people::Registry;
use super::speech::{self, Event, Subject};
use super::tokens::{Token, tokenize};
use super::words::{Gap, Region, Word, writer_words};

/// What the language layer knows about one article.
#[derive(Debug)]
pub struct ArticleLanguage<'a> {
    /// The article read.
    pub article: &'a Article,
    /// Its sentences in reading order.
    pub sentences: Vec<Sentence>,
    /// Every word of every sentence, in reading order (quoted words included).
    pub tokens: Vec<Token>,
    /// For each sentence, its range in `tokens`.
    pub sentence_tokens: Vec<Range<usize>>,
    /// The writer's own words: story paragraphs outside quotations.
    pub words: Vec<Word<'a>>,
    /// Candidate personal names among the writer's words.
    pub mentions: Vec<Mention>,
    /// Speech events ("said", "according to") with their subjects.
    pub events: Vec<Event>,
    /// The people of the article, gathered from names introduced as persons.
    pub people: Registry,
}

impl<'a> ArticleLanguage<'a> {
    /// Reads `article`, split into `sentences`, with quotations at `regions`
    /// (sorted by start, non-overlapping).
    pub fn read(article: &'a Article, sentences: Vec<Sentence>, regions: &[Region]) -> Self {
        let mut tokens = Vec::new();
        let mut sentence_tokens = Vec::with_capacity(sentences.len());
        for sentence in &sentences {
            let start = tokens.len();
            tokens.extend(tokenize(&article.text, sentence.span));
            sentence_tokens.push(start..tokens.len());
        }
        let words = writer_words(article, regions);
        let mentions = names::find(&words);
        let events = speech::find(&words, &mentions);
        let people = people(&words, &mentions, &events);
        Self {
            article,
            sentences,
            tokens,
            sentence_tokens,
            words,
            mentions,
            events,
            people,
        }
    }

    /// The tokens of sentence `index`.
    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        self.sentence_tokens
            .get(index)
            .map_or(&[], |range| &self.tokens[range.clone()])
    }

    /// The article text.
    pub fn text(&self) -> &'a str {
        &self.article.text
    }
}

/// The people of an article: names introduced by a title or role, and names of two
/// words or more that a speech verb attributes words to. Of the names before an
/// apposition, only those opening a clause or set off by a comma count (`Jane
/// Roe, a Democrat from Ohio, said`: Jane Roe, not Ohio).
fn people(words: &[Word<'_>], mentions: &[Mention], events: &[Event]) -> Registry {
    let mut speaking = vec![false; mentions.len()];
    for event in events {
        match &event.subject {
            Some(Subject::Name(m)) => speaking[*m] = true,
            Some(Subject::Names(ms)) => {
                for &m in ms {
                    speaking[m] |= words[mentions[m].run_start].gap != Gap::Space;
                }
            }
            _ => {}
        }
    }
    let forms: Vec<&str> = mentions
        .iter()
        .zip(&speaking)
        .filter(|(m, speaks)| m.titled || (**speaks && m.end - m.start > 1))
        .map(|(m, _)| m.form.as_str())
        .collect();
    Registry::from_forms(forms.iter().copied())
}
