//! The analysis pipeline, reporting each article as it is done, so the reader
//! and the headless commands can say "analysing 3,200 / 5,000 articles" instead
//! of going quiet for seconds on a large corpus; [`super::analyze`] is this
//! pipeline telling no one.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use crate::model::{Article, Corpus};
use crate::progress::Progress;

use super::board::Board;
use super::claims::{self, Claim};
use super::quotes::{self, Quote};
use super::sentences::{self, Sentence};
use super::{Analysis, ArticleAnalysis, align, joined, language, side_by_side};

/// Whether an analysis builds the sentence-alignment index. The reader and
/// `parallax align` compare pairs of articles sentence by sentence; the reports
/// (`analyze`, `quotes`, `claims`, `facts`) never do, and skip the index: on one
/// long article it is a third of all the work, and a core busy with it is a
/// core the article's own steps cannot use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everything, the alignment index included.
    WithAlignment,
    /// Quotes, claims and their groups, without the alignment index
    /// ([`Analysis::align`] then finds no pairs).
    WithoutAlignment,
}

/// Runs the whole analysis over `corpus`, reporting `(done, total)` articles
/// to `progress` (from the worker threads, as each article is finished); after
/// the last article, the corpus-wide steps (grouping quotes and claims) run
/// without further reports. When `scope` asks for it, each article's sentences
/// are read for the alignment index from the tokens of its language pass, and
/// the index is built beside the grouping. Verbatim copies (see
/// [`Copies`]) are read once: the report for one counts all its copies.
pub fn analyze_with_progress(corpus: &Corpus, progress: &dyn Progress, scope: Scope) -> Analysis {
    let articles = &corpus.articles;
    let total = articles.len();
    let done = AtomicUsize::new(0);
    progress.report(0, total);
    let story_date = language::dates::story_date(articles.iter().map(|a| a.meta.date.as_deref()));
    let copies = Copies::of(articles);
    // Sentences first; a long article's quotation marks are found beside them.
    let split = super::parallel_map(&copies.distinct, |&(first, _)| {
        let article = &articles[first];
        let long = article.text.len() >= super::LONG_ARTICLE_BYTES;
        side_by_side(
            long,
            || quotes::find(article),
            || sentences::article_sentences(article),
        )
    });
    let (marks, split): (Vec<_>, Vec<_>) = split
        .into_iter()
        .map(|(marks, sentences)| (Mutex::new(Some(marks)), sentences))
        .unzip();
    let sentences = copies.spread(split);
    // Each article's quotes are posted as soon as they are found: grouping them
    // across articles starts once the last are in, beside claim extraction.
    let posted: Board<Vec<Quote>> = Board::new(copies.distinct.len());
    let slots: Vec<usize> = (0..copies.distinct.len()).collect();
    let (index, claims, named, mut quote_groups, claim_groups) = std::thread::scope(|threads| {
        let grouping = threads.spawn(|| {
            posted.wait_all().map(|distinct| {
                let lists: Vec<&[Quote]> = copies
                    .original
                    .iter()
                    .map(|&slot| distinct[slot].as_slice())
                    .collect();
                quotes::group_quotes(articles, &lists)
            })
        });
        let read = {
            let _abandon = posted.abandon_on_drop();
            super::parallel_map(&slots, |&slot| {
                let (first, count) = copies.distinct[slot];
                let marks = marks[slot]
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .take()
                    .expect("each article is read once");
                let read = one_article(
                    &articles[first],
                    &sentences[first],
                    marks,
                    story_date.as_deref(),
                    |quotes| posted.post(slot, quotes),
                    scope,
                );
                progress.report(done.fetch_add(count, Ordering::Relaxed) + count, total);
                read
            })
        };
        let (read, terms): (Vec<Read>, Vec<Option<align::ArticleTerms>>) = read.into_iter().unzip();
        let original = &copies.original;
        let index = (scope == Scope::WithAlignment).then(|| {
            threads.spawn(move || {
                let terms: Vec<&align::ArticleTerms> = original
                    .iter()
                    .filter_map(|&slot| terms[slot].as_ref())
                    .collect();
                align::SimilarityIndex::from_terms(&terms)
            })
        });
        let (claims, named): (Vec<_>, Vec<_>) = copies
            .spread(read)
            .into_iter()
            .map(|read| (read.claims, read.named))
            .unzip();
        let claim_groups = claims::group_claims(articles, &claims);
        let quote_groups = joined(grouping).expect("every article posted its quotes");
        (index.map(joined), claims, named, quote_groups, claim_groups)
    });
    let mut quotes = copies.spread(
        posted
            .into_values()
            .into_iter()
            .map(|quotes| quotes.expect("every article posted its quotes"))
            .collect(),
    );
    quotes::complete_speaker_names(&mut quotes, &mut quote_groups, &named);
    let articles = sentences
        .into_iter()
        .zip(quotes)
        .zip(claims)
        .map(|((sentences, quotes), claims)| ArticleAnalysis {
            sentences,
            quotes,
            claims,
        })
        .collect();
    Analysis {
        articles,
        quote_groups,
        claim_groups,
        index,
    }
}

/// The articles of a corpus grouped into verbatim copies: the same text,
/// paragraphs and date. Syndicated news runs one wire story word for word
/// in many outlets; the per-article steps read only the article's own text
/// (spans are offsets into it), its paragraphs and its date, so copies share
/// one reading.
struct Copies {
    /// Each distinct article once: the index of its first copy and how many
    /// copies there are, in corpus order.
    distinct: Vec<(usize, usize)>,
    /// For each article, its index into `distinct`.
    original: Vec<usize>,
}

impl Copies {
    /// Groups `articles` into verbatim copies (texts are compared by hash,
    /// and byte for byte when hashes meet).
    fn of(articles: &[Article]) -> Copies {
        let mut slots: HashMap<(&str, Option<&str>), Vec<usize>> = HashMap::new();
        let mut distinct: Vec<(usize, usize)> = Vec::new();
        let original = articles
            .iter()
            .enumerate()
            .map(|(i, article)| {
                let key = (article.text.as_str(), article.meta.date.as_deref());
                let same_text = slots.entry(key).or_default();
                let copy = same_text
                    .iter()
                    .copied()
                    .find(|&slot| articles[distinct[slot].0].paragraphs == article.paragraphs);
                let slot = copy.unwrap_or_else(|| {
                    distinct.push((i, 0));
                    same_text.push(distinct.len() - 1);
                    distinct.len() - 1
                });
                distinct[slot].1 += 1;
                slot
            })
            .collect();
        Copies { distinct, original }
    }

    /// Each article's value from `read`, one value per distinct article: the
    /// last copy takes it, the others get clones (made on all cores).
    fn spread<T: Clone + Send + Sync>(&self, read: Vec<T>) -> Vec<T> {
        let mut last = vec![0; self.distinct.len()];
        for (i, &slot) in self.original.iter().enumerate() {
            last[slot] = i;
        }
        let articles: Vec<usize> = (0..self.original.len()).collect();
        let mut spread = super::parallel_map(&articles, |&i| {
            let slot = self.original[i];
            (last[slot] != i).then(|| read[slot].clone())
        });
        for (value, at) in read.into_iter().zip(last) {
            spread[at] = Some(value);
        }
        spread.into_iter().flatten().collect()
    }
}

/// The per-article steps after sentence splitting and finding the quotation
/// `marks`: quotes, handed to `post` (which keeps them and lends them back),
/// then claims; `story_date` stands in for an undated article's publication
/// date. When `scope` asks for alignment, the sentences are also read for the
/// alignment index, from the language pass's tokens (each article is
/// tokenised once), beside quotes and claims for a long article.
fn one_article<'q>(
    article: &Article,
    sentences: &[Sentence],
    marks: Vec<quotes::Found>,
    story_date: Option<&str>,
    post: impl FnOnce(Vec<Quote>) -> &'q Vec<Quote>,
    scope: Scope,
) -> (Read, Option<align::ArticleTerms>) {
    let regions = quotes::regions(&article.text, &marks);
    let lang = language::ArticleLanguage::read(article, sentences, &regions);
    let long = article.text.len() >= super::LONG_ARTICLE_BYTES;
    let (terms, read) = side_by_side(
        long,
        || {
            (scope == Scope::WithAlignment).then(|| {
                align::read_article(
                    article,
                    sentences,
                    &lang.tokens,
                    &lang.sentence_tokens,
                    &lang.figures,
                )
            })
        },
        || {
            let quotes = post(quotes::quotes_from(&lang, marks));
            Read {
                claims: claims::extract_claims(&lang, quotes, story_date),
                named: lang.people.full_names().map(str::to_string).collect(),
            }
        },
    );
    (read, terms)
}

/// What the per-article steps give besides the quotes they post.
#[derive(Clone)]
struct Read {
    /// The article's claims.
    claims: Vec<Claim>,
    /// The full names of the people it mentions, for naming across the corpus
    /// a speaker another outlet calls by surname alone.
    named: Vec<String>,
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    /// One article's quotes and claims, read on its own.
    fn read_alone(
        article: &Article,
        sentences: &[Sentence],
        story_date: Option<&str>,
    ) -> (Vec<Quote>, Vec<Claim>) {
        let mut kept = None;
        let marks = quotes::find(article);
        let (read, _) = one_article(
            article,
            sentences,
            marks,
            story_date,
            |quotes| &*kept.insert(quotes),
            Scope::WithoutAlignment,
        );
        (kept.expect("the article's quotes were posted"), read.claims)
    }
    use crate::model::ArticleMeta;

    /// Forty small articles on one story (enough for the threaded path).
    fn corpus() -> Corpus {
        let mut corpus = Corpus::default();
        for i in 0..40 {
            let text = format!(
                "Council vote {i}\n\nThe council voted {} to {} on Monday to fund {i} buses, \
                 the mayor said. \"We are pleased,\" said Jane Roe. Fares rose {}% in 2024.",
                7 + i % 2,
                2,
                4 + i % 3
            );
            let meta = ArticleMeta {
                id: format!("a{i}"),
                outlet: format!("Outlet {}", i % 7),
                ..ArticleMeta::default()
            };
            corpus.push(Article::from_text(meta, text, true));
        }
        corpus
    }

    #[test]
    fn threads_give_each_article_its_own_result_and_count_every_article() {
        let corpus = corpus();
        let seen = Mutex::new(Vec::new());
        let with = analyze_with_progress(
            &corpus,
            &|done, total| seen.lock().unwrap().push((done, total)),
            Scope::WithAlignment,
        );
        for (article, found) in corpus.articles.iter().zip(&with.articles) {
            let sentences = sentences::article_sentences(article);
            let (quotes, claims) = read_alone(article, &sentences, None);
            assert_eq!(format!("{sentences:?}"), format!("{:?}", found.sentences));
            assert_eq!(format!("{quotes:?}"), format!("{:?}", found.quotes));
            assert_eq!(format!("{claims:?}"), format!("{:?}", found.claims));
        }
        let mut seen = seen.into_inner().unwrap();
        seen.sort_unstable();
        let expected: Vec<(usize, usize)> = (0..=40).map(|done| (done, 40)).collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn without_alignment_finds_the_same_quotes_claims_and_groups_and_no_index() {
        let corpus = corpus();
        let full = analyze_with_progress(&corpus, &|_, _| {}, Scope::WithAlignment);
        let reports = analyze_with_progress(&corpus, &|_, _| {}, Scope::WithoutAlignment);
        assert!(full.index.is_some());
        assert!(reports.index.is_none());
        assert_eq!(
            format!("{:?}", full.articles),
            format!("{:?}", reports.articles)
        );
        assert_eq!(
            format!("{:?}", full.quote_groups),
            format!("{:?}", reports.quote_groups)
        );
        assert_eq!(
            format!("{:?}", full.claim_groups),
            format!("{:?}", reports.claim_groups)
        );
        assert!(!full.align(0, 1).monotone.is_empty());
    }

    #[test]
    fn the_index_read_from_the_language_pass_aligns_as_one_built_from_the_sentences() {
        let corpus = corpus();
        let full = analyze_with_progress(&corpus, &|_, _| {}, Scope::WithAlignment);
        let index = full.index.as_ref().expect("built with alignment");
        let sentences: Vec<Vec<Sentence>> = full
            .articles
            .iter()
            .map(|article| article.sentences.clone())
            .collect();
        let alone = align::SimilarityIndex::build(&corpus.articles, &sentences);
        for (left, right) in [(0, 1), (0, 7), (3, 39), (12, 5)] {
            assert_eq!(index.align(left, right), alone.align(left, right));
            assert!(!index.align(left, right).monotone.is_empty());
        }
    }

    #[test]
    fn verbatim_copies_are_read_once_and_give_what_each_gives_alone() {
        let mut corpus = Corpus::default();
        let story = "Council vote\n\nThe council voted 7 to 2 on Monday, the mayor said. \
                     \"We are pleased,\" said Jane Roe.";
        let texts = [
            story,
            "Other\n\nFares rose 4% in 2024, Ann Lee said.",
            story,
        ];
        for (i, text) in texts.into_iter().enumerate() {
            let meta = ArticleMeta {
                id: format!("a{i}"),
                outlet: format!("Outlet {i}"),
                date: Some("2024-03-04".to_string()),
                ..ArticleMeta::default()
            };
            corpus.push(Article::from_text(meta, text.to_string(), true));
        }
        let mut undated = corpus.articles[0].clone();
        undated.meta.date = None;
        corpus.push(undated);

        let copies = Copies::of(&corpus.articles);
        assert_eq!(copies.distinct, [(0, 2), (1, 1), (3, 1)]);
        assert_eq!(copies.original, [0, 1, 0, 2]);

        let seen = Mutex::new(Vec::new());
        let with = analyze_with_progress(
            &corpus,
            &|done, total| seen.lock().unwrap().push((done, total)),
            Scope::WithAlignment,
        );
        assert_eq!(*seen.lock().unwrap(), [(0, 4), (2, 4), (3, 4), (4, 4)]);
        let story_date =
            language::dates::story_date(corpus.articles.iter().map(|a| a.meta.date.as_deref()));
        for (article, found) in corpus.articles.iter().zip(&with.articles) {
            let sentences = sentences::article_sentences(article);
            let (quotes, claims) = read_alone(article, &sentences, story_date.as_deref());
            assert_eq!(format!("{sentences:?}"), format!("{:?}", found.sentences));
            assert_eq!(format!("{quotes:?}"), format!("{:?}", found.quotes));
            assert_eq!(format!("{claims:?}"), format!("{:?}", found.claims));
        }
        assert!(!with.articles[0].claims.is_empty());
    }
}
