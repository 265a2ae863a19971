//! A story the analysis was not written against (a court case, three outlets, in
//! `tests/fixtures/courts`): quotes, speakers, claims and conflicts come out right.

use std::path::Path;

use parallax::analysis::claims::ClaimStatus;
use parallax::analysis::quotes::WordDiff;
use parallax::analysis::{Analysis, analyze};
use parallax::model::load::load_paths;
use parallax::model::{BlockKind, Corpus};

fn courts() -> (Corpus, Analysis) {
    let corpus =
        load_paths(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/courts")]).unwrap();
    let analysis = analyze(&corpus);
    (corpus, analysis)
}

fn claim_text<'a>(
    corpus: &'a Corpus,
    analysis: &Analysis,
    article: usize,
    claim: usize,
) -> &'a str {
    analysis.articles[article].claims[claim]
        .span
        .slice(&corpus.articles[article].text)
}

#[test]
fn the_judges_remark_is_one_group_across_three_outlets_with_the_pronoun_change() {
    let (_, analysis) = courts();
    let group = analysis
        .quote_groups
        .iter()
        .find(|g| g.article_count() == 3)
        .expect("a quote rendered by all three outlets");
    assert_eq!(group.speaker.as_deref(), Some("Ellen Park"));
    let changed: Vec<&WordDiff> = group
        .diffs
        .iter()
        .flatten()
        .filter(|d| !matches!(d, WordDiff::Same(_)))
        .collect();
    // Two outlets of three print "him.", so that wording is the reference and the
    // third outlet's "you" shows as the change.
    assert!(
        changed.contains(&&WordDiff::Removed("him.".into()))
            && changed.contains(&&WordDiff::Added("you".into())),
        "{changed:?}"
    );
}

#[test]
fn the_sentence_length_is_a_conflict_and_the_conviction_is_shared() {
    let (corpus, analysis) = courts();
    let conflict = analysis
        .claim_groups
        .iter()
        .find(|g| g.status == ClaimStatus::Conflict)
        .expect("a conflicting claim");
    let texts: Vec<&str> = conflict
        .members
        .iter()
        .map(|m| claim_text(&corpus, &analysis, m.article, m.claim))
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("12 years"))
            && texts.iter().any(|t| t.contains("10 years")),
        "{texts:?}"
    );
    let difference = conflict
        .differences
        .iter()
        .find(|d| d.kind == "duration")
        .expect("differs in the length of the term");
    assert!(
        difference.values.contains(&Some("12 years".into()))
            && difference.values.contains(&Some("10 years".into()))
    );

    let conviction = analysis
        .claim_groups
        .iter()
        .find(|g| {
            g.members
                .iter()
                .any(|m| claim_text(&corpus, &analysis, m.article, m.claim).contains("14 counts"))
        })
        .unwrap();
    assert_eq!(conviction.status, ClaimStatus::Shared);
    assert_eq!(conviction.article_count(), 2);
}

#[test]
fn the_comment_box_is_not_article_text() {
    let (corpus, _) = courts();
    let tribune = &corpus.articles[1];
    let last = tribune.paragraphs.last().unwrap();
    assert_eq!(tribune.slice(last.span), "Be the first to comment");
    assert_eq!(last.kind, BlockKind::Boilerplate);
}
