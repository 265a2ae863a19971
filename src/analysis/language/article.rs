//! One pass of the language layer over one article: sentences, tokens, their
//! dates and numbers, the writer's words, names, speech events and people,
//! computed once and read by quotes, claims and alignment alike.

use std::ops::Range;

use crate::analysis::sentences::Sentence;
use crate::analysis::{LONG_ARTICLE_BYTES, side_by_side};
use crate::model::Article;

use super::figures::SentenceFigures;
use super::names::{self, Mention};
use super::organisations;
use super::people::{PersonId, Registry};
use super::speakers::{self, Named};
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
    /// For each sentence, its dates and numbers.
    pub figures: Vec<SentenceFigures>,
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
    /// Every speaker of `people` each mention's form may name, of any kind.
    pub named: Named,
    /// For each mention, true when it may be a surname used alone that the
    /// article does not describe (see [`speakers::Speakers::bare_surnames`]).
    pub bare_surnames: Vec<bool>,
    /// Where each sentence's mentions, events and writer's words lie in their
    /// lists (see [`Located`]), found once by walking the lists side by side.
    located: Located,
}

/// Per-sentence ranges into an article's position-sorted lists. Claims and
/// speakers look up the names, speech events or words of one sentence for
/// every sentence and quotation; a binary search over a whole long article's
/// list for each would miss the cache at almost every step.
#[derive(Debug, Default)]
struct Located {
    /// For each sentence, the mentions whose first word starts inside it.
    mentions: Vec<Range<usize>>,
    /// For each sentence, the speech events whose verb lies inside it.
    events: Vec<Range<usize>>,
    /// For each writer's sentence number (`Word::sentence`), its first word;
    /// one more entry closes the last.
    writer_sentences: Vec<usize>,
}

impl Located {
    /// The ranges for `sentences` over `words`, `mentions` and `events`.
    fn of(
        sentences: &[Sentence],
        words: &[Word<'_>],
        mentions: &[Mention],
        events: &[Event],
    ) -> Self {
        let mention_at = |m: &Mention| words[m.start].span.start;
        Self {
            mentions: ranges_by_sentence(sentences, mentions, mention_at),
            events: ranges_by_sentence(sentences, events, |e| e.pos),
            writer_sentences: writer_sentence_starts(words),
        }
    }
}

/// For each of `sentences` (sorted, non-overlapping), the range of `items`
/// (sorted by `at`) whose position lies inside it.
fn ranges_by_sentence<T>(
    sentences: &[Sentence],
    items: &[T],
    at: impl Fn(&T) -> usize,
) -> Vec<Range<usize>> {
    let mut next = 0;
    sentences
        .iter()
        .map(|sentence| {
            while next < items.len() && at(&items[next]) < sentence.span.start {
                next += 1;
            }
            let start = next;
            while next < items.len() && at(&items[next]) < sentence.span.end {
                next += 1;
            }
            start..next
        })
        .collect()
}

/// The index of the first word of each writer's sentence number, from 0 to one
/// past the last (numbers no word carries start where the next one does).
fn writer_sentence_starts(words: &[Word<'_>]) -> Vec<usize> {
    let last = words.last().map_or(0, |w| w.sentence);
    let mut starts = Vec::with_capacity(last + 2);
    for (i, word) in words.iter().enumerate() {
        while starts.len() <= word.sentence {
            starts.push(i);
        }
    }
    starts.push(words.len());
    starts
}

impl<'a> ArticleLanguage<'a> {
    /// Reads `article`, split into `sentences`, with quotations at `regions`
    /// (sorted by start, non-overlapping).
    pub fn read(article: &'a Article, sentences: &'a [Sentence], regions: &[Region]) -> Self {
        // The sentences' tokens and the writer's words share nothing.
        let writer = || {
            let words = writer_words(article, regions);
            let mentions = mentions(&words);
            let events = speech::find(&words, &mentions);
            let speakers = speakers::gather(&words, &mentions, &events);
            (words, mentions, events, speakers)
        };
        let long = article.text.len() >= LONG_ARTICLE_BYTES;
        let ((tokens, sentence_tokens, figures), (words, mentions, events, speakers)) =
            side_by_side(long, || sentence_tokens(article, sentences), writer);
        let located = Located::of(sentences, &words, &mentions, &events);
        Self {
            article,
            sentences,
            tokens,
            sentence_tokens,
            figures,
            words,
            mentions,
            events,
            people: speakers.registry,
            mention_speakers: speakers.candidates,
            named: speakers.named,
            bare_surnames: speakers.bare_surnames,
            located,
        }
    }

    /// The mentions whose first word starts inside sentence `index`.
    pub fn sentence_mentions(&self, index: usize) -> &[Mention] {
        &self.mentions[self.sentence_mention_range(index)]
    }

    /// The indices in `mentions` of those whose first word starts inside
    /// sentence `index`.
    pub fn sentence_mention_range(&self, index: usize) -> Range<usize> {
        self.located.mentions.get(index).cloned().unwrap_or(0..0)
    }

    /// The speech events whose verb lies inside sentence `index`.
    pub fn sentence_events(&self, index: usize) -> &[Event] {
        self.located
            .events
            .get(index)
            .map_or(&[], |range| &self.events[range.clone()])
    }

    /// The range in `words` of the writer's sentence numbered `number` (as
    /// `Word::sentence`); empty for a number no word carries.
    pub fn writer_sentence(&self, number: usize) -> Range<usize> {
        let starts = &self.located.writer_sentences;
        match (starts.get(number), starts.get(number + 1)) {
            (Some(&start), Some(&end)) => start..end,
            _ => self.words.len()..self.words.len(),
        }
    }

    /// The dates and numbers of sentence `index`.
    pub fn sentence_figures(&self, index: usize) -> &SentenceFigures {
        &self.figures[index]
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

/// Every token of `sentences`, with each sentence's range in the list and
/// its dates and numbers.
fn sentence_tokens(
    article: &Article,
    sentences: &[Sentence],
) -> (Vec<Token>, Vec<Range<usize>>, Vec<SentenceFigures>) {
    let mut tokens = Vec::with_capacity(article.text.len() / BYTES_PER_WORD);
    let mut ranges = Vec::with_capacity(sentences.len());
    let mut figures = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let start = tokens.len();
        tokenize_into(&article.text, sentence.span, &mut tokens);
        figures.push(SentenceFigures::of(&article.text, &tokens[start..]));
        ranges.push(start..tokens.len());
    }
    (tokens, ranges, figures)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{quotes, sentences};
    use crate::model::ArticleMeta;

    /// An article with names and speech in most sentences, one without either,
    /// and a quotation between them.
    fn article() -> Article {
        let text = "Council votes\n\n\
                    Mayor Ana Ruiz said the vote was close. Nothing else happened. \
                    \"We won,\" said Tom Lee, who leads the council.\n\n\
                    Later, Ruiz told reporters that Lee and Maria Chen agreed. It rained.";
        Article::from_text(ArticleMeta::default(), text.into(), false)
    }

    #[test]
    fn per_sentence_lookups_match_a_search_of_the_whole_lists() {
        let article = article();
        let sentences = sentences::article_sentences(&article);
        let marks = quotes::find(&article);
        let regions = quotes::regions(&article.text, &marks);
        let lang = ArticleLanguage::read(&article, &sentences, &regions);
        assert!(lang.mentions.len() >= 4 && lang.events.len() >= 3);
        let mut mentions_seen = 0;
        for (i, sentence) in sentences.iter().enumerate() {
            let inside = |pos: usize| sentence.span.contains_offset(pos);
            let mentions: Vec<&Mention> = lang
                .mentions
                .iter()
                .filter(|m| inside(lang.words[m.start].span.start))
                .collect();
            let events: Vec<&Event> = lang.events.iter().filter(|e| inside(e.pos)).collect();
            assert_eq!(
                lang.sentence_mentions(i).iter().collect::<Vec<_>>(),
                mentions
            );
            assert_eq!(lang.sentence_events(i).iter().collect::<Vec<_>>(), events);
            mentions_seen += mentions.len();
        }
        assert_eq!(mentions_seen, lang.mentions.len());
        assert!(lang.sentence_mentions(sentences.len()).is_empty());
        let last = lang.words.last().map_or(0, |w| w.sentence);
        for number in 0..=last + 1 {
            let expected: Vec<usize> = (0..lang.words.len())
                .filter(|&w| lang.words[w].sentence == number)
                .collect();
            let found: Vec<usize> = lang.writer_sentence(number).collect();
            assert_eq!(found, expected, "writer's sentence {number}");
        }
    }

    #[test]
    fn a_long_article_read_on_two_threads_has_every_sentence_s_tokens_and_its_speakers() {
        let paragraph =
            "\"We will keep going,\" said Sen. Ana Ruiz. Ruiz added that 12 buses ran.\n\n";
        let text = format!(
            "Title\n\n{}",
            paragraph.repeat(LONG_ARTICLE_BYTES / paragraph.len() + 1)
        );
        let article = Article::from_text(ArticleMeta::default(), text, false);
        assert!(article.text.len() >= LONG_ARTICLE_BYTES);
        let sentences = sentences::article_sentences(&article);
        let marks = quotes::find(&article);
        let regions = quotes::regions(&article.text, &marks);
        let lang = ArticleLanguage::read(&article, &sentences, &regions);
        assert_eq!(lang.sentence_tokens.len(), sentences.len());
        for (i, sentence) in sentences.iter().enumerate() {
            let alone = crate::analysis::language::tokens::tokenize(&article.text, sentence.span);
            assert_eq!(lang.sentence_tokens(i), alone.as_slice(), "sentence {i}");
        }
        assert_eq!(lang.people.len(), 1, "one speaker, Ana Ruiz");
        assert!(lang.events.len() >= 2 * (sentences.len() / 2 - 1));
    }
}
