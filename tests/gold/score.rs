//! Scores the analysis against the hand-written gold stories in `tests/gold/`.
//!
//! Shared by the `score` example (which prints the table) and the `gold` test
//! (which holds the analysis to floors just below its scores, on the stories
//! tuned on and on the held-out ones). The format of a story is described
//! in `tests/gold/FORMAT.md`.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use parallax::analysis::claims::ClaimStatus;
use parallax::analysis::{Analysis, analyze};
use parallax::model::load::load_paths;
use parallax::model::{Corpus, Span};
use serde::Deserialize;

/// A reference to text: an exact substring of one article.
#[derive(Debug, Clone, Deserialize)]
pub struct TextRef {
    /// File name of the article.
    pub article: String,
    /// Exact text.
    pub text: String,
    /// Which occurrence (from 1).
    pub nth: Option<usize>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldQuote {
    article: String,
    text: String,
    nth: Option<usize>,
    speaker: String,
    group: String,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldClaim {
    id: String,
    article: String,
    text: String,
    nth: Option<usize>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldConflict {
    claim: String,
    #[serde(default)]
    why: String,
    values: Vec<TextRef>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldNotLinked {
    a: TextRef,
    b: TextRef,
    #[serde(default)]
    why: String,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldAligned {
    members: Vec<TextRef>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldAlone {
    article: String,
    text: String,
    nth: Option<usize>,
}

/// The answers of one story, as written in its `gold.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
struct Gold {
    #[serde(default)]
    quote: Vec<GoldQuote>,
    #[serde(default)]
    claim: Vec<GoldClaim>,
    #[serde(default)]
    conflict: Vec<GoldConflict>,
    #[serde(default)]
    not_linked: Vec<GoldNotLinked>,
    #[serde(default)]
    aligned: Vec<GoldAligned>,
    #[serde(default)]
    alone: Vec<GoldAlone>,
}

/// A count of hits out of a total.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Ratio {
    /// Hits.
    pub hit: usize,
    /// Cases.
    pub total: usize,
}

impl Ratio {
    fn add(&mut self, hit: bool) {
        self.total += 1;
        self.hit += usize::from(hit);
    }

    fn merge(&mut self, other: Ratio) {
        self.hit += other.hit;
        self.total += other.total;
    }

    /// The share of hits; 1 when there were no cases.
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.hit as f64 / self.total as f64
        }
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2} ({}/{})", self.value(), self.hit, self.total)
    }
}

/// Pairwise precision and recall of a clustering.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PairScore {
    /// Pairs the system put together that the gold also does.
    pub both: usize,
    /// Pairs the system put together.
    pub system: usize,
    /// Pairs the gold puts together.
    pub gold: usize,
}

impl PairScore {
    fn merge(&mut self, other: PairScore) {
        self.both += other.both;
        self.system += other.system;
        self.gold += other.gold;
    }

    /// Harmonic mean of pairwise precision and recall; 1 when neither has pairs.
    pub fn f1(&self) -> f64 {
        let p = if self.system == 0 {
            1.0
        } else {
            self.both as f64 / self.system as f64
        };
        let r = if self.gold == 0 {
            1.0
        } else {
            self.both as f64 / self.gold as f64
        };
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

impl fmt::Display for PairScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:.2} (pairs {} both, {} system, {} gold)",
            self.f1(),
            self.both,
            self.system,
            self.gold
        )
    }
}

/// Every measure of one story, or of all of them added up.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// Gold quotes that the analysis found.
    pub quote_recall: Ratio,
    /// Found gold quotes whose speaker is right (none where the gold has none).
    pub speaker_accuracy: Ratio,
    /// Pairwise score of quote groups over found gold quotes.
    pub quote_groups: PairScore,
    /// Gold claim pairs (one id, two articles) that share a claim group.
    pub claim_links: Ratio,
    /// Gold claims shown unique that are unique, and unique ones shown unique.
    pub unique_precision: Ratio,
    /// Gold claims unique to one outlet that are shown unique.
    pub unique_recall: Ratio,
    /// Gold conflicts that a conflict group shows.
    pub conflict_recall: Ratio,
    /// Conflict groups that show a gold conflict.
    pub conflict_precision: Ratio,
    /// Must-not-link pairs and links between different gold facts.
    pub wrong_links: usize,
    /// Gold aligned sentence pairs that the alignment has.
    pub alignment_recall: Ratio,
    /// Sentences without counterpart that no alignment pairs.
    pub no_counterpart: Ratio,
    /// What went wrong, one line each, for reading.
    pub misses: Vec<String>,
}

impl Scores {
    /// Adds the counts of `other` to these.
    pub fn add(&mut self, other: &Scores) {
        self.quote_recall.merge(other.quote_recall);
        self.speaker_accuracy.merge(other.speaker_accuracy);
        self.quote_groups.merge(other.quote_groups);
        self.claim_links.merge(other.claim_links);
        self.unique_precision.merge(other.unique_precision);
        self.unique_recall.merge(other.unique_recall);
        self.conflict_recall.merge(other.conflict_recall);
        self.conflict_precision.merge(other.conflict_precision);
        self.wrong_links += other.wrong_links;
        self.alignment_recall.merge(other.alignment_recall);
        self.no_counterpart.merge(other.no_counterpart);
        self.misses.extend(other.misses.iter().cloned());
    }

    /// The unique-claim score: harmonic mean of its precision and recall.
    pub fn unique_score(&self) -> f64 {
        let (p, r) = (self.unique_precision.value(), self.unique_recall.value());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// The table of measures, one per line.
    pub fn table(&self) -> String {
        [
            format!("quote recall        {}", self.quote_recall),
            format!("speaker accuracy    {}", self.speaker_accuracy),
            format!("quote groups        {}", self.quote_groups),
            format!("claim links         {}", self.claim_links),
            format!(
                "unique claims       {:.2} (precision {}, recall {})",
                self.unique_score(),
                self.unique_precision,
                self.unique_recall
            ),
            format!("conflict recall     {}", self.conflict_recall),
            format!("conflict precision  {}", self.conflict_precision),
            format!("wrong links         {}", self.wrong_links),
            format!("alignment recall    {}", self.alignment_recall),
            format!("no counterpart      {}", self.no_counterpart),
        ]
        .join("\n")
    }
}

/// One loaded, analysed story with its answers.
pub struct Story {
    /// Folder name.
    pub name: String,
    corpus: Corpus,
    analysis: Analysis,
    gold: Gold,
}

/// The story folders under `root` that hold a `gold.toml`, sorted.
pub fn story_dirs(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.join("gold.toml").is_file())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

/// Loads and analyses the story in `dir`.
pub fn load_story(dir: &Path) -> Result<Story, String> {
    let corpus = load_paths(&[dir.to_path_buf()]).map_err(|e| e.to_string())?;
    let gold_text = std::fs::read_to_string(dir.join("gold.toml")).map_err(|e| e.to_string())?;
    let gold: Gold = toml::from_str(&gold_text).map_err(|e| format!("{}: {e}", dir.display()))?;
    let analysis = analyze(&corpus);
    Ok(Story {
        name: dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        corpus,
        analysis,
        gold,
    })
}

/// The scores of every story under `root`, and their sum.
pub fn score_all(root: &Path) -> Result<(Vec<(String, Scores)>, Scores), String> {
    let mut each = Vec::new();
    let mut total = Scores::default();
    for dir in story_dirs(root) {
        let story = load_story(&dir)?;
        let scores = story.score()?;
        total.add(&scores);
        each.push((story.name.clone(), scores));
    }
    Ok((each, total))
}

impl Story {
    /// Index of the article loaded from file `name`.
    fn article(&self, name: &str) -> Result<usize, String> {
        self.corpus
            .articles
            .iter()
            .position(|a| {
                Path::new(&a.meta.path)
                    .file_name()
                    .is_some_and(|f| f == name)
            })
            .ok_or_else(|| format!("{}: no article {name}", self.name))
    }

    /// Article index and span of a reference.
    fn locate(
        &self,
        article: &str,
        text: &str,
        nth: Option<usize>,
    ) -> Result<(usize, Span), String> {
        let a = self.article(article)?;
        let body = &self.corpus.articles[a].text;
        let n = nth.unwrap_or(1).max(1);
        let start = body
            .match_indices(text)
            .nth(n - 1)
            .map(|(i, _)| i)
            .ok_or_else(|| format!("{}: {article}: no {text:?} (#{n})", self.name))?;
        Ok((a, Span::new(start, start + text.len())))
    }

    fn locate_ref(&self, r: &TextRef) -> Result<(usize, Span), String> {
        self.locate(&r.article, &r.text, r.nth)
    }

    /// A short label for an article.
    fn label(&self, a: usize) -> String {
        self.corpus.articles[a].meta.id.clone()
    }

    /// The system claims of article `a` that state the fact at `span`: those
    /// whose anchor overlaps it (a fact may be split into an event and its
    /// amount), else the narrowest whose clause holds it.
    fn claims_at(&self, a: usize, span: Span) -> Vec<usize> {
        let claims = &self.analysis.articles[a].claims;
        let by_anchor: Vec<usize> = claims
            .iter()
            .filter(|c| c.anchor.overlaps(span))
            .map(|c| c.id)
            .collect();
        if !by_anchor.is_empty() {
            return by_anchor;
        }
        let holding: Vec<&parallax::analysis::claims::Claim> = claims
            .iter()
            .filter(|c| c.span.contains(span) || (c.span.overlaps(span) && span.len() > 12))
            .collect();
        let narrowest = holding.iter().map(|c| c.span.len()).min();
        holding
            .into_iter()
            .filter(|c| Some(c.span.len()) == narrowest)
            .map(|c| c.id)
            .collect()
    }

    /// A claim's clause with its anchor in brackets, for messages.
    fn claim_text(&self, r: parallax::analysis::claims::ClaimRef) -> String {
        let claim = &self.analysis.articles[r.article].claims[r.claim];
        let text = &self.corpus.articles[r.article].text;
        format!(
            "{}[{}]{}",
            &text[claim.span.start..claim.anchor.start.max(claim.span.start)],
            claim.anchor.slice(text),
            &text[claim.anchor.end.min(claim.span.end)..claim.span.end]
        )
    }

    /// The system quote of article `a` that holds `span`.
    fn quote_at(&self, a: usize, span: Span) -> Option<usize> {
        self.analysis.articles[a]
            .quotes
            .iter()
            .find(|q| q.parts.iter().any(|p| p.overlaps(span)) || q.span.contains(span))
            .map(|q| q.id)
    }

    /// The sentence of article `a` that holds the start of `span`.
    fn sentence_at(&self, a: usize, span: Span) -> Option<usize> {
        self.analysis.articles[a]
            .sentences
            .iter()
            .position(|s| s.span.contains_offset(span.start))
    }

    /// Every claim of every article with its group, for reading.
    pub fn dump_claims(&self) -> String {
        let mut group_of: HashMap<(usize, usize), usize> = HashMap::new();
        for g in &self.analysis.claim_groups {
            for m in &g.members {
                group_of.insert((m.article, m.claim), g.id);
            }
        }
        let mut out = String::new();
        for (a, article) in self.analysis.articles.iter().enumerate() {
            out.push_str(&format!("## {}\n", self.label(a)));
            for c in &article.claims {
                let g = group_of[&(a, c.id)];
                let group = &self.analysis.claim_groups[g];
                out.push_str(&format!(
                    "  g{g:<4} {:<8} {:<9} {}\n",
                    format!("{:?}", group.status),
                    c.features.kind,
                    self.claim_text(parallax::analysis::claims::ClaimRef {
                        article: a,
                        claim: c.id
                    })
                ));
            }
        }
        out
    }

    /// Scores this story.
    pub fn score(&self) -> Result<Scores, String> {
        let mut s = Scores::default();
        self.score_quotes(&mut s)?;
        self.score_claims(&mut s)?;
        self.score_alignment(&mut s)?;
        for m in &mut s.misses {
            *m = format!("{}: {m}", self.name);
        }
        Ok(s)
    }

    fn score_quotes(&self, s: &mut Scores) -> Result<(), String> {
        let mut found: Vec<(usize, usize, &GoldQuote)> = Vec::new();
        for q in &self.gold.quote {
            let (a, span) = self.locate(&q.article, &q.text, q.nth)?;
            match self.quote_at(a, span) {
                Some(id) => {
                    s.quote_recall.add(true);
                    found.push((a, id, q));
                    let system = self.analysis.articles[a].quotes[id].speaker.as_deref();
                    let right = same_speaker(system, &q.speaker);
                    s.speaker_accuracy.add(right);
                    if !right {
                        s.misses.push(format!(
                            "speaker: {} {:?}: got {:?}, want {:?}",
                            self.label(a),
                            short(&q.text),
                            system,
                            q.speaker
                        ));
                    }
                }
                None => {
                    s.quote_recall.add(false);
                    s.misses.push(format!(
                        "quote missed: {} {:?}",
                        self.label(a),
                        short(&q.text)
                    ));
                }
            }
        }
        let mut group_of: HashMap<(usize, usize), usize> = HashMap::new();
        for g in &self.analysis.quote_groups {
            for m in &g.members {
                group_of.insert((m.article, m.quote), g.id);
            }
        }
        // Every pair of gold quotes counts, two found in one system quote too:
        // that quote is one rendering, so the system puts them together, and
        // a system that runs two remarks into one quote is marked down where
        // the gold keeps them apart.
        for (i, (a1, q1, g1)) in found.iter().enumerate() {
            for (a2, q2, g2) in &found[i + 1..] {
                let gold = g1.group == g2.group;
                let system = group_of.get(&(*a1, *q1)) == group_of.get(&(*a2, *q2));
                s.quote_groups.gold += usize::from(gold);
                s.quote_groups.system += usize::from(system);
                s.quote_groups.both += usize::from(gold && system);
                if gold != system {
                    s.misses.push(format!(
                        "quote group {}: {} {:?} / {} {:?}",
                        if gold { "missed" } else { "wrong" },
                        self.label(*a1),
                        short(&g1.text),
                        self.label(*a2),
                        short(&g2.text)
                    ));
                }
            }
        }
        Ok(())
    }

    fn score_claims(&self, s: &mut Scores) -> Result<(), String> {
        let mut group_of: HashMap<(usize, usize), usize> = HashMap::new();
        for g in &self.analysis.claim_groups {
            for m in &g.members {
                group_of.insert((m.article, m.claim), g.id);
            }
        }
        // Every gold claim, located and mapped to a system claim.
        let mut located = Vec::new();
        let mut articles_of: HashMap<&str, HashSet<usize>> = HashMap::new();
        for c in &self.gold.claim {
            let (a, span) = self.locate(&c.article, &c.text, c.nth)?;
            articles_of.entry(&c.id).or_default().insert(a);
            located.push((c, a, self.claims_at(a, span)));
        }
        // Links.
        for (i, (c1, a1, m1)) in located.iter().enumerate() {
            for (c2, a2, m2) in &located[i + 1..] {
                if c1.id != c2.id || a1 == a2 {
                    continue;
                }
                let linked = m1.iter().any(|x| {
                    m2.iter()
                        .any(|y| group_of.get(&(*a1, *x)) == group_of.get(&(*a2, *y)))
                });
                s.claim_links.add(linked);
                if !linked {
                    let side = |a: usize, m: &Vec<usize>| {
                        if m.is_empty() {
                            return " (no claim)".to_string();
                        }
                        m.iter()
                            .map(|&m| {
                                let claim = &self.analysis.articles[a].claims[m];
                                format!(
                                    " <{} {:?}>",
                                    claim.features.kind,
                                    claim.anchor.slice(&self.corpus.articles[a].text)
                                )
                            })
                            .collect()
                    };
                    s.misses.push(format!(
                        "claim link missed [{}]: {} {:?}{} / {} {:?}{}",
                        c1.id,
                        self.label(*a1),
                        c1.text,
                        side(*a1, m1),
                        self.label(*a2),
                        c2.text,
                        side(*a2, m2),
                    ));
                }
            }
        }
        // Unique claims.
        for (c, a, m) in &located {
            let gold_unique = articles_of[c.id.as_str()].len() == 1;
            let statuses: Vec<ClaimStatus> = m
                .iter()
                .filter_map(|&m| group_of.get(&(*a, m)))
                .map(|&g| self.analysis.claim_groups[g].status)
                .collect();
            let status = statuses
                .iter()
                .copied()
                .find(|&st| st != ClaimStatus::Unique)
                .or(statuses.first().copied());
            let shown_unique = status == Some(ClaimStatus::Unique);
            if shown_unique {
                s.unique_precision.add(gold_unique);
                if !gold_unique {
                    s.misses.push(format!(
                        "shown unique but reported elsewhere [{}]: {} {:?}",
                        c.id,
                        self.label(*a),
                        c.text
                    ));
                }
            }
            if gold_unique {
                s.unique_recall.add(shown_unique);
                if !shown_unique {
                    s.misses.push(format!(
                        "unique claim not shown unique [{}]: {} {:?} ({})",
                        c.id,
                        self.label(*a),
                        c.text,
                        match status {
                            None => "no claim".to_string(),
                            Some(st) => format!("{st:?}"),
                        }
                    ));
                }
            }
        }
        // Wrong links: must-not-link pairs in one group, and groups joining claims
        // of different gold facts.
        for n in &self.gold.not_linked {
            let (a1, s1) = self.locate_ref(&n.a)?;
            let (a2, s2) = self.locate_ref(&n.b)?;
            let (xs, ys) = (self.claims_at(a1, s1), self.claims_at(a2, s2));
            let joined = xs.iter().any(|&x| {
                ys.iter().any(|&y| {
                    (a1, x) != (a2, y) && group_of.get(&(a1, x)) == group_of.get(&(a2, y))
                })
            });
            if joined {
                s.wrong_links += 1;
                s.misses.push(format!(
                    "must not link: {} {:?} / {} {:?} ({})",
                    self.label(a1),
                    n.a.text,
                    self.label(a2),
                    n.b.text,
                    n.why
                ));
            }
        }
        let mut ids_of: HashMap<(usize, usize), HashSet<&str>> = HashMap::new();
        for (c, a, m) in &located {
            for &m in m {
                ids_of.entry((*a, m)).or_default().insert(&c.id);
            }
        }
        for g in &self.analysis.claim_groups {
            for (i, x) in g.members.iter().enumerate() {
                for y in &g.members[i + 1..] {
                    let (Some(ix), Some(iy)) = (
                        ids_of.get(&(x.article, x.claim)),
                        ids_of.get(&(y.article, y.claim)),
                    ) else {
                        continue;
                    };
                    if ix.is_disjoint(iy) {
                        s.wrong_links += 1;
                        s.misses.push(format!(
                            "wrong link: {} {:?} {:?} / {} {:?} {:?}",
                            self.label(x.article),
                            ix,
                            self.claim_text(*x),
                            self.label(y.article),
                            iy,
                            self.claim_text(*y)
                        ));
                    }
                }
            }
        }
        // Conflicts: a gold conflict is shown when a conflict group holds the claims
        // of two articles that state different values, or when one of its
        // conflicts shows two of the gold's differing values, at their spans
        // (a claim whose clause is cut from the value may carry it).
        let shows_values = |g: &parallax::analysis::claims::ClaimGroup,
                            (a1, s1): (usize, Span),
                            (a2, s2): (usize, Span)| {
            g.conflicts.iter().any(|c| {
                let at = |a: usize, s: Span| {
                    c.values
                        .iter()
                        .any(|v| v.member.article == a && v.span.overlaps(s))
                };
                at(a1, s1) && at(a2, s2)
            })
        };
        let mut covered_groups: HashSet<usize> = HashSet::new();
        for conflict in &self.gold.conflict {
            let mut groups_hit = HashSet::new();
            let values: Vec<(usize, Span)> = conflict
                .values
                .iter()
                .map(|v| self.locate_ref(v))
                .collect::<Result<_, _>>()?;
            let mut shown = false;
            for (i, (a1, s1)) in values.iter().enumerate() {
                for (a2, s2) in &values[i + 1..] {
                    if a1 == a2
                        || self.corpus.articles[*a1].text[s1.start..s1.end]
                            == self.corpus.articles[*a2].text[s2.start..s2.end]
                    {
                        continue;
                    }
                    for g in &self.analysis.claim_groups {
                        if g.status == ClaimStatus::Conflict
                            && shows_values(g, (*a1, *s1), (*a2, *s2))
                        {
                            shown = true;
                            groups_hit.insert(g.id);
                        }
                    }
                    for x in self.claims_at(*a1, *s1) {
                        for y in self.claims_at(*a2, *s2) {
                            if let (Some(&gx), Some(&gy)) =
                                (group_of.get(&(*a1, x)), group_of.get(&(*a2, y)))
                                && gx == gy
                                && self.analysis.claim_groups[gx].status == ClaimStatus::Conflict
                            {
                                shown = true;
                                groups_hit.insert(gx);
                            }
                        }
                    }
                }
            }
            s.conflict_recall.add(shown);
            if !shown {
                s.misses.push(format!(
                    "conflict missed [{}]: {}",
                    conflict.claim,
                    conflict
                        .values
                        .iter()
                        .map(|v| format!("{:?}", v.text))
                        .collect::<Vec<_>>()
                        .join(" / ")
                ));
            }
            covered_groups.extend(groups_hit);
        }
        for g in &self.analysis.claim_groups {
            if g.status != ClaimStatus::Conflict {
                continue;
            }
            let right = covered_groups.contains(&g.id);
            s.conflict_precision.add(right);
            if !right {
                let texts: Vec<String> = g
                    .members
                    .iter()
                    .map(|m| {
                        let claim = &self.analysis.articles[m.article].claims[m.claim];
                        format!(
                            "{}: {:?}",
                            self.label(m.article),
                            short(claim.span.slice(&self.corpus.articles[m.article].text))
                        )
                    })
                    .collect();
                s.misses.push(format!(
                    "false conflict ({:?}): {}",
                    g.differences
                        .iter()
                        .map(|d| d.kind.as_str())
                        .collect::<Vec<_>>(),
                    texts.join(" | ")
                ));
            }
        }
        Ok(())
    }

    fn score_alignment(&self, s: &mut Scores) -> Result<(), String> {
        let n = self.corpus.articles.len();
        let mut aligned: HashMap<(usize, usize), HashSet<(usize, usize)>> = HashMap::new();
        for a in 0..n {
            for b in 0..n {
                if a != b {
                    let al = self.analysis.align(a, b);
                    aligned.insert(
                        (a, b),
                        al.monotone
                            .iter()
                            .chain(&al.moved)
                            .map(|p| (p.left, p.right))
                            .collect(),
                    );
                }
            }
        }
        for group in &self.gold.aligned {
            let members: Vec<(usize, Option<usize>, &TextRef)> = group
                .members
                .iter()
                .map(|m| {
                    let (a, span) = self.locate_ref(m)?;
                    Ok((a, self.sentence_at(a, span), m))
                })
                .collect::<Result<_, String>>()?;
            for (i, (a1, s1, r1)) in members.iter().enumerate() {
                for (a2, s2, r2) in &members[i + 1..] {
                    if a1 == a2 {
                        continue;
                    }
                    let hit = match (s1, s2) {
                        (Some(x), Some(y)) => aligned[&(*a1, *a2)].contains(&(*x, *y)),
                        _ => false,
                    };
                    s.alignment_recall.add(hit);
                    if !hit {
                        s.misses.push(format!(
                            "alignment missed: {} {:?} / {} {:?}",
                            self.label(*a1),
                            short(&r1.text),
                            self.label(*a2),
                            short(&r2.text)
                        ));
                    }
                }
            }
        }
        for alone in &self.gold.alone {
            let (a, span) = self.locate(&alone.article, &alone.text, alone.nth)?;
            let Some(sentence) = self.sentence_at(a, span) else {
                continue;
            };
            let paired = (0..n)
                .filter(|&b| b != a)
                .any(|b| aligned[&(a, b)].iter().any(|&(x, _)| x == sentence));
            s.no_counterpart.add(!paired);
            if paired {
                s.misses.push(format!(
                    "aligned but has no counterpart: {} {:?}",
                    self.label(a),
                    short(&alone.text)
                ));
            }
        }
        Ok(())
    }
}

/// True when the system's speaker names the gold speaker: the same words once
/// titles, initials, suffixes, a leading "the" and case are set aside.
fn same_speaker(system: Option<&str>, gold: &str) -> bool {
    let key = |name: &str| -> Vec<String> {
        name.split(|c: char| c.is_whitespace())
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| {
                w.chars().count() > 1 && !matches!(w.as_str(), "the" | "jr" | "sr" | "ii" | "iii")
            })
            .collect()
    };
    match system {
        None => gold.trim().is_empty(),
        Some(name) => !gold.trim().is_empty() && key(name) == key(gold),
    }
}

/// The first words of a text, for messages.
fn short(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(9).collect();
    words.join(" ")
}
