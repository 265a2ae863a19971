//! Human-readable output of the headless commands.

use std::io::Write;

use anyhow::Result;

use crate::analysis::Analysis;
use crate::analysis::align::Alignment;
use crate::analysis::claims::ClaimStatus;
use crate::analysis::quotes::WordDiff;
use crate::model::{Corpus, Span};

use super::one_line;

/// The corpus at a glance: one line per article, then the group counts.
pub fn summary(corpus: &Corpus, analysis: &Analysis, out: &mut dyn Write) -> Result<()> {
    for (article, an) in corpus.articles.iter().zip(&analysis.articles) {
        let skipped = article
            .paragraphs
            .iter()
            .filter(|p| p.kind.is_non_article())
            .count();
        writeln!(
            out,
            "{}  [{}]  {}",
            article.meta.id, article.meta.outlet, article.meta.title
        )?;
        writeln!(
            out,
            "    {} words, {} paragraphs ({} non-article), {} sentences, {} quotes, {} claims",
            article.word_count(),
            article.paragraphs.len(),
            skipped,
            an.sentences.len(),
            an.quotes.len(),
            an.claims.len()
        )?;
    }
    let count = |status| {
        analysis
            .claim_groups
            .iter()
            .filter(|g| g.status == status)
            .count()
    };
    writeln!(
        out,
        "{} articles, {} quote groups, {} claim groups ({} shared, {} conflicting, {} unique)",
        corpus.articles.len(),
        analysis.quote_groups.len(),
        analysis.claim_groups.len(),
        count(ClaimStatus::Shared),
        count(ClaimStatus::Conflict),
        count(ClaimStatus::Unique)
    )?;
    Ok(())
}

/// Each quote group: speaker, outlets, and every rendering with its changes marked
/// `[+added+]` and `[-removed-]`.
pub fn quote_groups(corpus: &Corpus, analysis: &Analysis, out: &mut dyn Write) -> Result<()> {
    for group in &analysis.quote_groups {
        let outlets = group.article_count();
        writeln!(
            out,
            "#{} {} ({} outlet{})",
            group.id,
            group.speaker.as_deref().unwrap_or("unknown speaker"),
            outlets,
            if outlets == 1 { "" } else { "s" }
        )?;
        for (member, diff) in group.members.iter().zip(&group.diffs) {
            let outlet = &corpus.articles[member.article].meta.outlet;
            writeln!(out, "    {outlet}: {}", render_diff(diff))?;
        }
    }
    Ok(())
}

/// Each claim group: status, what kind of fact, the claims with the fact each
/// is about in brackets, and the differing facts.
pub fn claim_groups(corpus: &Corpus, analysis: &Analysis, out: &mut dyn Write) -> Result<()> {
    for group in &analysis.claim_groups {
        let kind = group
            .members
            .first()
            .and_then(|m| analysis.articles[m.article].claims[m.claim].anchor_fact())
            .map_or("", |f| f.value.kind());
        writeln!(out, "#{} {:?} ({kind})", group.id, group.status)?;
        for member in &group.members {
            let article = &corpus.articles[member.article];
            let claim = &analysis.articles[member.article].claims[member.claim];
            let (span, anchor) = (claim.span, claim.anchor);
            let marked = format!(
                "{}[{}]{}",
                one_line(
                    Span::new(span.start, anchor.start.max(span.start)),
                    &article.text
                ),
                one_line(anchor, &article.text),
                one_line(Span::new(anchor.end.min(span.end), span.end), &article.text)
            );
            writeln!(out, "    {}: {marked}", article.meta.outlet)?;
        }
        for diff in &group.differences {
            let values: Vec<&str> = diff
                .values
                .iter()
                .map(|v| v.as_deref().unwrap_or("—"))
                .collect();
            writeln!(out, "    differs in {}: {}", diff.kind, values.join(" | "))?;
        }
    }
    Ok(())
}

/// The aligned sentence pairs, then the moved ones.
pub fn alignment(
    corpus: &Corpus,
    analysis: &Analysis,
    alignment: &Alignment,
    out: &mut dyn Write,
) -> Result<()> {
    let sentence = |side: usize, index: usize| -> String {
        let span: Span = analysis.articles[side].sentences[index].span;
        one_line(span, &corpus.articles[side].text)
    };
    let (left, right) = (&corpus.articles[0].meta, &corpus.articles[1].meta);
    writeln!(
        out,
        "left: {} [{}]\nright: {} [{}]",
        left.id, left.outlet, right.id, right.outlet
    )?;
    for (label, pairs) in [
        ("aligned", &alignment.monotone),
        ("moved", &alignment.moved),
    ] {
        writeln!(out, "\n{label} ({}):", pairs.len())?;
        for pair in pairs {
            writeln!(
                out,
                "{:>4} ↔ {:<4} {:.2}",
                pair.left, pair.right, pair.score
            )?;
            writeln!(out, "    < {}", sentence(0, pair.left))?;
            writeln!(out, "    > {}", sentence(1, pair.right))?;
        }
    }
    Ok(())
}

/// A word diff as plain text.
fn render_diff(diff: &[WordDiff]) -> String {
    let parts: Vec<String> = diff
        .iter()
        .map(|d| match d {
            WordDiff::Same(t) => t.clone(),
            WordDiff::Added(t) => format!("[+{t}+]"),
            WordDiff::Removed(t) => format!("[-{t}-]"),
        })
        .collect();
    parts.join(" ")
}
