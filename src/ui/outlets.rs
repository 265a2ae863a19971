//! Naming the outlets that carry a group, briefly: a group that thousands of
//! articles share is named by its first few outlets and a count, without
//! sorting or joining thousands of names every frame.

use crate::app::App;

/// Outlets named before the rest are counted.
const NAMED: usize = 6;

/// "RT, GDC, KCNA" or "RT, GDC, … +37 more" for the articles of a group's
/// members (in member order), `outlets` being how many distinct ones there are.
pub fn outlet_names(app: &App, articles: impl Iterator<Item = usize>, outlets: usize) -> String {
    let mut seen: Vec<usize> = Vec::with_capacity(NAMED);
    for article in articles {
        if !seen.contains(&article) {
            seen.push(article);
            if seen.len() == NAMED {
                break;
            }
        }
    }
    let mut names = seen
        .iter()
        .map(|&a| app.corpus.articles[a].meta.outlet.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if outlets > seen.len() {
        names.push_str(&format!(", … +{} more", outlets - seen.len()));
    }
    names
}
