//! Turning the session's anchored corrections into the analysis' indices: each
//! anchor names the sentence, claim or quote of its article that lies where the
//! anchored text lies today.

use crate::analysis::Analysis;
use crate::analysis::claims::ClaimRef;
use crate::analysis::corrections::{Correction as Resolved, Corrections, SentenceRef};
use crate::analysis::quotes::QuoteRef;
use crate::model::{Corpus, Span};

use super::anchor::Anchor;
use super::correction::CorrectionKind;
use super::model::Session;

/// The session's corrections as the analysis takes them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResolvedCorrections {
    /// The corrections that could be placed, in the order made.
    pub corrections: Corrections,
    /// The session id of each of them.
    pub ids: Vec<u64>,
    /// Ids of placed corrections whose sentence, claim or quote the analysis no
    /// longer finds (it changed since); they change nothing.
    pub unresolved: Vec<u64>,
}

impl Session {
    /// Resolves every placed correction against `corpus` and its `analysis`;
    /// orphaned corrections are left out.
    pub fn resolve_corrections(&self, corpus: &Corpus, analysis: &Analysis) -> ResolvedCorrections {
        let mut out = ResolvedCorrections::default();
        let find = Finder { corpus, analysis };
        for correction in self.corrections.iter().filter(|c| !c.orphaned) {
            match find.correction(&correction.kind) {
                Some(resolved) => {
                    out.corrections.items.push(resolved);
                    out.ids.push(correction.id);
                }
                None => out.unresolved.push(correction.id),
            }
        }
        out
    }
}

/// Finds what anchors point at in the analysis of a corpus.
struct Finder<'a> {
    corpus: &'a Corpus,
    analysis: &'a Analysis,
}

impl Finder<'_> {
    /// The correction with every anchor resolved, if each resolves.
    fn correction(&self, kind: &CorrectionKind) -> Option<Resolved> {
        Some(match kind {
            CorrectionKind::LinkSentences { sentences: [a, b] } => {
                Resolved::Link(self.sentence(a)?, self.sentence(b)?)
            }
            CorrectionKind::UnlinkSentences { sentences: [a, b] } => {
                Resolved::Unlink(self.sentence(a)?, self.sentence(b)?)
            }
            CorrectionKind::JoinClaims { claims: [a, b] } => {
                Resolved::JoinClaims(self.claim(a)?, self.claim(b)?)
            }
            CorrectionKind::DetachClaim { claim } => Resolved::DetachClaim(self.claim(claim)?),
            CorrectionKind::ClaimVerdict { claims, conflict } => {
                let claims: Vec<ClaimRef> = claims.iter().filter_map(|a| self.claim(a)).collect();
                if claims.is_empty() {
                    return None;
                }
                Resolved::ClaimVerdict {
                    claims,
                    conflict: *conflict,
                }
            }
            CorrectionKind::JoinQuotes { quotes: [a, b] } => {
                Resolved::JoinQuotes(self.quote(a)?, self.quote(b)?)
            }
            CorrectionKind::DetachQuote { quote } => Resolved::DetachQuote(self.quote(quote)?),
            CorrectionKind::Speaker { quote, speaker } => Resolved::Speaker {
                quote: self.quote(quote)?,
                speaker: speaker.clone(),
            },
        })
    }

    /// The sentence holding the start of `anchor`.
    fn sentence(&self, anchor: &Anchor) -> Option<SentenceRef> {
        let article = self.corpus.index_of(&anchor.article_id)?;
        let sentences = &self.analysis.articles.get(article)?.sentences;
        let span = anchor.span();
        let sentence = sentences.partition_point(|s| s.span.end <= span.start);
        let found = sentences.get(sentence)?;
        (found.span.overlaps(span) || found.span.contains(span))
            .then_some(SentenceRef { article, sentence })
    }

    /// The claim at `anchor`, which is on the fact a claim is about: the claim
    /// anchored there, else the one whose fact overlaps it most.
    fn claim(&self, anchor: &Anchor) -> Option<ClaimRef> {
        let article = self.corpus.index_of(&anchor.article_id)?;
        let claims = &self.analysis.articles.get(article)?.claims;
        let claim = best_overlap(claims.iter().map(|c| c.anchor), anchor.span())?;
        Some(ClaimRef { article, claim })
    }

    /// The quote at `anchor`: the one with its span, else the one overlapping it most.
    fn quote(&self, anchor: &Anchor) -> Option<QuoteRef> {
        let article = self.corpus.index_of(&anchor.article_id)?;
        let quotes = &self.analysis.articles.get(article)?.quotes;
        let quote = best_overlap(quotes.iter().map(|q| q.span), anchor.span())?;
        Some(QuoteRef { article, quote })
    }
}

/// The index of the span equal to `wanted`, else of the one sharing most bytes
/// with it; `None` when none touches it.
fn best_overlap(spans: impl Iterator<Item = Span>, wanted: Span) -> Option<usize> {
    let shared = |s: Span| {
        s.end
            .min(wanted.end)
            .saturating_sub(s.start.max(wanted.start))
    };
    let mut best: Option<(usize, usize)> = None;
    for (i, span) in spans.enumerate() {
        if span == wanted {
            return Some(i);
        }
        let bytes = shared(span);
        if bytes > 0 && best.is_none_or(|(_, b)| bytes > b) {
            best = Some((i, bytes));
        }
    }
    best.map(|(i, _)| i)
}
