//! Finding claims and their groups by the words they are anchored on.

use parallax::analysis::Analysis;
use parallax::analysis::claims::ClaimGroup;
use parallax::model::Corpus;

/// The claim of `article` anchored on the words `anchor`: the one anchored on
/// exactly them, else the first whose anchor holds them (a role's anchor
/// holds the whole description, an age within it among others).
pub fn claim_on(corpus: &Corpus, analysis: &Analysis, article: usize, anchor: &str) -> usize {
    let text = &corpus.articles[article].text;
    let claims = &analysis.articles[article].claims;
    claims
        .iter()
        .find(|c| c.anchor.slice(text) == anchor)
        .or_else(|| {
            claims
                .iter()
                .find(|c| c.anchor.slice(text).contains(anchor))
        })
        .map(|c| c.id)
        .unwrap_or_else(|| {
            let anchors: Vec<&str> = analysis.articles[article]
                .claims
                .iter()
                .map(|c| c.anchor.slice(text))
                .collect();
            panic!("no claim anchored on {anchor:?} in article {article}: {anchors:?}")
        })
}

/// The group of the claim of `article` anchored on `anchor`.
pub fn group_on<'a>(
    corpus: &Corpus,
    analysis: &'a Analysis,
    article: usize,
    anchor: &str,
) -> &'a ClaimGroup {
    let claim = claim_on(corpus, analysis, article, anchor);
    analysis
        .claim_groups
        .iter()
        .find(|g| {
            g.members
                .iter()
                .any(|m| m.article == article && m.claim == claim)
        })
        .expect("every claim is in a group")
}

/// True when the claims anchored on `a` (article 0) and `b` (article 1) share a group.
pub fn linked(corpus: &Corpus, analysis: &Analysis, a: &str, b: &str) -> bool {
    let group = group_on(corpus, analysis, 0, a);
    let claim = claim_on(corpus, analysis, 1, b);
    group
        .members
        .iter()
        .any(|m| m.article == 1 && m.claim == claim)
}

/// True when, in the corpus of `texts` analysed, the claims anchored on `a`
/// (article 0) and `b` (article 1) share a group.
pub fn linked_in(texts: &[&str], a: &str, b: &str) -> bool {
    let corpus = super::corpus(texts);
    let analysis = parallax::analysis::analyze(&corpus);
    linked(&corpus, &analysis, a, b)
}

/// The status of the group of the claim of the first article anchored on
/// `anchor`, in the corpus of `texts` analysed.
pub fn status_on(texts: &[&str], anchor: &str) -> parallax::analysis::claims::ClaimStatus {
    let corpus = super::corpus(texts);
    let analysis = parallax::analysis::analyze(&corpus);
    group_on(&corpus, &analysis, 0, anchor).status
}

/// Asserts that no group of `analysis` holds a conflict of `kind`
/// (`modality`, `percent`, `name`, …).
pub fn no_conflict_of(analysis: &Analysis, kind: &str) {
    assert!(
        analysis
            .claim_groups
            .iter()
            .all(|g| g.conflicts.iter().all(|c| c.kind != kind)),
        "{:?}",
        analysis.claim_groups
    );
}

/// The values the first conflict of `group` shows, as written in each
/// article, in member order.
pub fn conflict_values(corpus: &Corpus, group: &ClaimGroup) -> Vec<String> {
    group.conflicts[0]
        .values
        .iter()
        .map(|v| {
            v.span
                .slice(&corpus.articles[v.member.article].text)
                .to_string()
        })
        .collect()
}
