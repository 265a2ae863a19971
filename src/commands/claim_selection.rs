//! Which claim groups `parallax claims` lists: `--status` keeps one status,
//! `--outlet` the groups one outlet carries (with `--status unique`, what only
//! that outlet reports; with `--status conflict`, where it disagrees).

use anyhow::{Result, bail};

use crate::analysis::claims::{ClaimGroup, ClaimStatus};
use crate::cli::{ClaimStatusArg, ClaimsArgs};
use crate::model::Corpus;

/// Outlets named in the error for an unknown outlet, at most.
const OUTLETS_NAMED: usize = 12;

/// The groups to list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimSelection {
    /// Only this status, if given.
    status: Option<ClaimStatus>,
    /// Only groups with a member in one of these articles, if an outlet was given.
    articles: Option<Vec<usize>>,
}

impl ClaimSelection {
    /// The selection `args` ask for over `corpus`; an outlet no article has is
    /// an error naming the outlets there are.
    pub fn new(args: &ClaimsArgs, corpus: &Corpus) -> Result<Self> {
        let status = args.status.map(|status| match status {
            ClaimStatusArg::Conflict => ClaimStatus::Conflict,
            ClaimStatusArg::Shared => ClaimStatus::Shared,
            ClaimStatusArg::Unique => ClaimStatus::Unique,
        });
        let articles = match &args.outlet {
            None => None,
            Some(name) => {
                let wanted = name.trim().to_lowercase();
                let found: Vec<usize> = corpus
                    .articles
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| a.meta.outlet.to_lowercase() == wanted)
                    .map(|(i, _)| i)
                    .collect();
                if found.is_empty() {
                    bail!(
                        "no outlet named '{}' in the inputs (outlets: {})",
                        crate::config::one_clean_line(name),
                        outlet_names(corpus)
                    );
                }
                Some(found)
            }
        };
        Ok(Self { status, articles })
    }

    /// Whether `group` is listed.
    pub fn admits(&self, group: &ClaimGroup) -> bool {
        self.status.is_none_or(|status| group.status == status)
            && self.articles.as_ref().is_none_or(|articles| {
                group
                    .members
                    .iter()
                    .any(|m| articles.binary_search(&m.article).is_ok())
            })
    }
}

/// The distinct outlet names of `corpus`, in corpus order, the first few.
fn outlet_names(corpus: &Corpus) -> String {
    let mut names: Vec<&str> = Vec::new();
    for article in &corpus.articles {
        if !names.contains(&article.meta.outlet.as_str()) {
            names.push(&article.meta.outlet);
        }
    }
    let more = names.len().saturating_sub(OUTLETS_NAMED);
    let mut listed = names[..names.len().min(OUTLETS_NAMED)].join(", ");
    if more > 0 {
        listed.push_str(&format!(" and {more} more"));
    }
    crate::config::one_clean_line(&listed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::cli::InputArgs;
    use crate::model::load::load_seeds;

    fn args(status: Option<ClaimStatusArg>, outlet: Option<&str>) -> ClaimsArgs {
        ClaimsArgs {
            status,
            outlet: outlet.map(str::to_string),
            input: InputArgs {
                json: false,
                paths: Vec::new(),
            },
        }
    }

    #[test]
    fn status_and_outlet_narrow_the_groups() {
        let corpus = load_seeds();
        let analysis = analyze(&corpus);
        let all = ClaimSelection::new(&args(None, None), &corpus).unwrap();
        assert!(analysis.claim_groups.iter().all(|g| all.admits(g)));
        let unique_rt =
            ClaimSelection::new(&args(Some(ClaimStatusArg::Unique), Some("rt")), &corpus).unwrap();
        let kept: Vec<&ClaimGroup> = analysis
            .claim_groups
            .iter()
            .filter(|g| unique_rt.admits(g))
            .collect();
        assert!(!kept.is_empty());
        for group in kept {
            assert_eq!(group.status, ClaimStatus::Unique);
            assert!(
                group
                    .members
                    .iter()
                    .any(|m| corpus.articles[m.article].meta.outlet == "RT")
            );
        }
        let err = ClaimSelection::new(&args(None, Some("Reuters")), &corpus).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("no outlet named 'Reuters'") && text.contains("RT, GDC"),
            "{text}"
        );
    }
}
