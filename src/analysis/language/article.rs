//! One pass of the language layer over one article: sentences, tokens, the
//! writer's words, names, speech events and people, computed once and read by
//! quotes, claims and alignment alike.

use std::ops::Range;

use crate::analysis::sentences::Sentence;
use crate::model::Article;

use super::names::{self, Mention};
use super::organisations;
use super::people::{PersonId, Registry};
use super::speakers;
use super::speech::{self, Event};
use super::tokens::{Token, tokenize_into};
use super::words::{Region, Word, writer_words};

/// Bytes of English text per word, a little over the average, so that lists
/// of an article's words are allocated once at about their final size.
pub const BYTES_PER_WORD: usize = 6;

/// What the language layer knows about one article.
#[derive(Debug)]
pub struct ArticleLanguage<'a> {
    /// The article read.
    pub article: &'a Article,
    /// Its sentences in reading order.
    pub sentences: &'a [Sentence],
    /// Every word of every sentence, in reading order (quoted words included).
    pub tokens: Vec<Token>,
    /// For each sentence, its range in `tokens`.
    pub sentence_tokens: Vec<Range<usize>>,
    /// The writer's own words: story paragraphs outside quotations.
    pub words: Vec<Word<'a>>,
    /// Candidate personal names and organisations among the writer's words, by
    /// position.
    pub mentions: Vec<Mention>,
    /// Speech events ("said", "according to") with their subjects.
    pub events: Vec<Event>,
    /// The speakers of the article: people, organisations and documents.
    pub people: Registry,
    /// For each mention, the speakers of `people` it may name.
    pub mention_speakers: Vec<Vec<PersonId>>,
}

impl<'a> ArticleLanguage<'a> {
    /// Reads `article`, split into `sentences`, with quotations at `regions`
    /// (sorted by start, non-overlapping).
    pub fn read(article: &'a Article, sentences: &'a [Sentence], regions: &[Region]) -> Self {
        let mut tokens = Vec::with_capacity(article.text.len() / BYTES_PER_WORD);
        let mut sentence_tokens = Vec::with_capacity(sentences.len());
        for sentence in sentences {
            let start = tokens.len();
            tokenize_into(&article.text, sentence.span, &mut tokens);
            sentence_tokens.push(start..tokens.len());
        }
        let words = writer_words(article, regions);
        let mentions = mentions(&words);
        let events = speech::find(&words, &mentions);
        let speakers = speakers::gather(&words, &mentions, &events);
        Self {
            article,
            sentences,
            tokens,
            sentence_tokens,
            words,
            mentions,
            events,
            people: speakers.registry,
            mention_speakers: speakers.candidates,
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

/// The names of an article: organisations, and the candidate personal names that
/// do not lie inside one, in order of position.
fn mentions(words: &[Word<'_>]) -> Vec<Mention> {
    let people = names::find(words);
    let orgs = organisations::find(words, &people);
    let mut covered = vec![false; words.len()];
    for org in &orgs {
        covered[org.start..org.end].fill(true);
    }
    let mut all: Vec<Mention> = Vec::with_capacity(people.len() + orgs.len());
    all.extend(
        people
            .into_iter()
            .filter(|m| m.personal || m.titled || !covered[m.start..m.end].contains(&true)),
    );
    all.extend(orgs);
    all.sort_by_key(|m| (m.start, m.end));
    all
}
