//! One review session: the corpus it was made on, reading positions, and marks.

use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::Corpus;

use super::anchor::{Anchor, Reattach, Reattacher};
use super::correction::Correction;
use super::fingerprint::fingerprint;
use super::mark::{Mark, MarkKind, Target, Verdict};

/// The newest file format version this build reads and writes.
pub const SESSION_VERSION: u32 = CORRECTIONS_VERSION;
/// The format of a session without corrections, which every Parallax reads.
pub const BASE_VERSION: u32 = 1;
/// The format of a session holding corrections: an older Parallax opens it
/// read-only instead of saving it without them.
pub const CORRECTIONS_VERSION: u32 = 2;

/// A saved review session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// File format version: [`BASE_VERSION`], or [`CORRECTIONS_VERSION`] once the
    /// session holds corrections.
    pub version: u32,
    /// The articles the session was last opened with.
    pub corpus: Vec<ArticleRef>,
    /// The two articles last compared side by side, by id.
    #[serde(default)]
    pub pair: Option<(String, String)>,
    /// Reading position in each article.
    #[serde(default)]
    pub positions: Vec<Position>,
    /// Notes, flags and verdicts, in the order made.
    #[serde(default)]
    pub marks: Vec<Mark>,
    /// The id the next mark gets; above every mark's id, and never `u64::MAX`.
    #[serde(default = "first_id")]
    pub next_id: u64,
    /// The analyst's corrections to the analysis, in the order made (format 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// Fields this build does not know (written by a later one), kept so that a
    /// save gives them back.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The id of the first mark of a session.
fn first_id() -> u64 {
    1
}

/// One article of the session's corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRef {
    /// Article id.
    pub id: String,
    /// Where it was loaded from.
    pub path: String,
    /// Its outlet.
    pub outlet: String,
    /// Fingerprint of its text.
    pub fingerprint: String,
    /// Its file's canonical absolute path, when it has one: with the id, what
    /// identifies the article when its text changed (see the store's corpus key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Fields this build does not know, kept for the next save.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Where the reader was in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// Article id.
    pub article_id: String,
    /// Byte offset of the cursor.
    pub cursor_offset: usize,
    /// Byte offset of the first visible text.
    pub top_offset: usize,
}

/// How many marks re-anchoring left in place, moved, or could not place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ReattachReport {
    /// Marks whose text is where it was.
    pub unchanged: usize,
    /// Marks found again elsewhere or in a new spelling.
    pub moved: usize,
    /// Marks with at least one anchor that could not be found; they are kept.
    pub orphaned: usize,
}

impl Session {
    /// An empty session for `corpus`.
    pub fn new(corpus: &Corpus) -> Session {
        Session {
            version: BASE_VERSION,
            corpus: article_refs(corpus, |i| fingerprint(&corpus.articles[i].text)),
            pair: None,
            positions: Vec::new(),
            marks: Vec::new(),
            next_id: first_id(),
            corrections: Vec::new(),
            extra: Map::new(),
        }
    }

    /// The mark with `id`.
    pub fn mark(&self, id: u64) -> Option<&Mark> {
        self.marks.iter().find(|m| m.id == id)
    }

    /// Adds a note; returns its id.
    pub fn add_note(&mut self, target: Target, text: String) -> u64 {
        self.push(target, MarkKind::Note { text })
    }

    /// Replaces the text of note `id`; false when there is no such note.
    pub fn edit_note(&mut self, id: u64, text: String) -> bool {
        let Some(mark) = self.marks.iter_mut().find(|m| m.id == id) else {
            return false;
        };
        let MarkKind::Note { text: old } = &mut mark.kind else {
            return false;
        };
        *old = text;
        mark.updated = now();
        true
    }

    /// Toggles `flag` on `target`: adds it, or removes it when the target already
    /// carries it. Returns the id of the mark added or removed.
    pub fn set_flag(&mut self, target: Target, flag: String) -> u64 {
        let existing = self.marks.iter().position(|m| {
            m.target.same_place(&target)
                && matches!(&m.kind, MarkKind::Flag { flag: f } if *f == flag)
        });
        match existing {
            Some(index) => self.marks.remove(index).id,
            None => self.push(target, MarkKind::Flag { flag }),
        }
    }

    /// Sets the verdict of a quote or claim group, replacing any it had; returns the
    /// mark's id, or `None` when `target` is not a group.
    pub fn set_verdict(&mut self, target: Target, verdict: Verdict, reason: String) -> Option<u64> {
        if !target.is_group() {
            return None;
        }
        let kind = MarkKind::Verdict { verdict, reason };
        let existing = self
            .marks
            .iter_mut()
            .find(|m| m.target.same_place(&target) && matches!(m.kind, MarkKind::Verdict { .. }));
        Some(match existing {
            Some(mark) => {
                mark.kind = kind;
                mark.updated = now();
                mark.id
            }
            None => self.push(target, kind),
        })
    }

    /// Removes mark `id`; false when there is none.
    pub fn remove_mark(&mut self, id: u64) -> bool {
        let before = self.marks.len();
        self.marks.retain(|m| m.id != id);
        self.marks.len() != before
    }

    /// Marks with at least one anchor in article `article_id`.
    pub fn marks_on_article<'a>(
        &'a self,
        article_id: &'a str,
    ) -> impl Iterator<Item = &'a Mark> + 'a {
        self.marks.iter().filter(move |m| {
            m.target
                .anchors()
                .iter()
                .any(|a| a.article_id == article_id)
        })
    }

    /// Re-anchors every mark and correction to `corpus` and records the corpus as
    /// the session's. Those that cannot be placed are flagged orphaned, never
    /// deleted; the report counts marks and corrections together. Each article is
    /// hashed and folded at most once, however many anchors it carries.
    pub fn reattach_all(&mut self, corpus: &Corpus) -> ReattachReport {
        let mut report = ReattachReport::default();
        let places = Reattacher::new(corpus);
        for mark in &mut self.marks {
            mark.orphaned = reattach_anchors(mark.target.anchors_mut(), &places, &mut report);
        }
        for correction in &mut self.corrections {
            correction.orphaned =
                reattach_anchors(correction.kind.anchors_mut(), &places, &mut report);
        }
        let mut refs = article_refs(corpus, |i| places.fingerprint(i).to_string());
        for fresh in &mut refs {
            if let Some(old) = self.corpus.iter_mut().find(|old| old.id == fresh.id) {
                fresh.extra = std::mem::take(&mut old.extra);
            }
        }
        self.corpus = refs;
        report
    }

    /// Appends a new mark and returns its id.
    fn push(&mut self, target: Target, kind: MarkKind) -> u64 {
        let id = self.fresh_id();
        let time = now();
        self.marks.push(Mark {
            id,
            target,
            kind,
            created: time,
            updated: time,
            orphaned: false,
            extra: Map::new(),
        });
        id
    }

    /// A mark id no mark has. Ids count up and are never reused; should the
    /// count ever reach `u64::MAX` (only a tampered file can get there), the
    /// marks are numbered afresh from 1 rather than letting an id wrap.
    pub(super) fn fresh_id(&mut self) -> u64 {
        if self.next_id == u64::MAX {
            self.renumber();
        }
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Makes the ids read from a file safe to use: unique, and all below
    /// `next_id`, which is below `u64::MAX`. Returns true when the marks had to be
    /// numbered afresh (two marks shared an id, or one had the largest id).
    pub fn repair_ids(&mut self) -> bool {
        let mut ids: Vec<u64> = self.marks.iter().map(|m| m.id).collect();
        ids.extend(self.corrections.iter().map(|c| c.id));
        ids.sort_unstable();
        let unique = ids.windows(2).all(|w| w[0] != w[1]);
        let top = ids.last().copied().unwrap_or(0);
        let next = self.next_id.max(top.saturating_add(1)).max(first_id());
        if unique && next < u64::MAX {
            self.next_id = next;
            return false;
        }
        self.renumber();
        true
    }

    /// Numbers the marks, then the corrections, 1, 2, … in their order, and
    /// `next_id` after them.
    fn renumber(&mut self) {
        let ids = self
            .marks
            .iter_mut()
            .map(|m| &mut m.id)
            .chain(self.corrections.iter_mut().map(|c| &mut c.id));
        let mut count = 0;
        for (slot, id) in ids.zip(1..) {
            *slot = id;
            count = id;
        }
        self.next_id = count + 1;
    }
}

/// Re-anchors `anchors` (those of one mark or correction) through `places`,
/// counting the outcome in `report`; true when one of them cannot be placed.
fn reattach_anchors(
    anchors: &mut [Anchor],
    places: &Reattacher,
    report: &mut ReattachReport,
) -> bool {
    let (mut moved, mut orphaned) = (false, false);
    for anchor in anchors {
        match places.reattach(anchor) {
            Reattach::Unchanged(_) => {}
            Reattach::Moved(span) => {
                moved = true;
                if let Some(mut fresh) = places.anchor_at(&anchor.article_id, span) {
                    fresh.extra = std::mem::take(&mut anchor.extra);
                    *anchor = fresh;
                }
            }
            Reattach::Orphaned => orphaned = true,
        }
    }
    if orphaned {
        report.orphaned += 1;
    } else if moved {
        report.moved += 1;
    } else {
        report.unchanged += 1;
    }
    orphaned
}

/// References to every article of `corpus`, each fingerprint from `print`.
fn article_refs(corpus: &Corpus, print: impl Fn(usize) -> String) -> Vec<ArticleRef> {
    corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| ArticleRef {
            id: a.meta.id.clone(),
            path: a.meta.path.clone(),
            outlet: a.meta.outlet.clone(),
            fingerprint: print(i),
            location: super::location::location(&a.meta.path),
            extra: Map::new(),
        })
        .collect()
}

/// The current time in unix seconds (0 if the clock is before 1970).
pub(crate) fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
