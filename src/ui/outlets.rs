//! Naming the outlets that carry a group, briefly: a group that thousands of
//! articles share is named by its first few outlets and a count, so a frame never
//! joins thousands of names.

use crate::app::App;

/// Outlets named before the rest are counted.
const NAMED: usize = 6;

/// "RT, GDC, KCNA" or "RT, GDC, … +37 more" for `articles` (corpus indices, in
/// corpus order, once each).
pub fn outlet_names(app: &App, articles: &[usize]) -> String {
    let mut names = articles
        .iter()
        .take(NAMED)
        .map(|&a| app.corpus.articles[a].meta.outlet.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if articles.len() > NAMED {
        names.push_str(&format!(", … +{} more", articles.len() - NAMED));
    }
    names
}
