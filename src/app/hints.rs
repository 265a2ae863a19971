//! The hint line and popup footers, generated from the key table for the current
//! mode: the keys that work now, most important first, cut to the width with the
//! always-kept ones (help, quit, close) never cut.

use unicode_width::UnicodeWidthStr;

use super::available::check;
use super::keymap::Context;
use super::state::App;

/// One hint: the keys and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HintItem {
    /// The keys, as shown: `j/k`.
    pub keys: String,
    /// What they do, in a word or two.
    pub label: &'static str,
    /// Importance from the key table: 0 is always kept.
    pub rank: u8,
}

impl HintItem {
    /// Cells the hint takes, with one space before the keys and one before the label.
    pub fn width(&self) -> usize {
        1 + self.keys.width() + 1 + self.label.width()
    }
}

/// The hints of `context` whose actions work now, with the keys in force, in
/// rank order.
pub fn hints(app: &App, context: Context) -> Vec<HintItem> {
    let mut items: Vec<HintItem> = app
        .keys
        .rows_in(context)
        .filter(|row| check(app, row.action).is_ok())
        .filter_map(|row| {
            let hint = row.hint?;
            Some(HintItem {
                keys: app.keys.hint_keys(row)?,
                label: hint.label,
                rank: hint.rank,
            })
        })
        .collect();
    items.sort_by_key(|h| h.rank);
    items
}

/// The hints that fit in `width` cells: every rank-0 hint, then others by rank
/// while they fit. Shown in rank order with the rank-0 hints last.
pub fn fit(items: &[HintItem], width: usize) -> Vec<HintItem> {
    let kept: Vec<&HintItem> = items.iter().filter(|h| h.rank == 0).collect();
    let mut used: usize = kept.iter().map(|h| h.width()).sum();
    let mut shown: Vec<HintItem> = Vec::new();
    for item in items.iter().filter(|h| h.rank > 0) {
        if used + item.width() <= width {
            used += item.width();
            shown.push(item.clone());
        }
    }
    shown.extend(kept.into_iter().cloned());
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(keys: &str, label: &'static str, rank: u8) -> HintItem {
        HintItem {
            keys: keys.into(),
            label,
            rank,
        }
    }

    #[test]
    fn always_kept_hints_survive_and_go_last() {
        let items = [
            item("?", "help", 0),
            item("j/k", "sentence", 1),
            item("Tab", "pane", 2),
            item("q", "quit", 0),
        ];
        let shown = fit(&items, 30);
        let labels: Vec<&str> = shown.iter().map(|h| h.label).collect();
        assert_eq!(labels, ["sentence", "help", "quit"]);
        let labels: Vec<&str> = fit(&items, 3).iter().map(|h| h.label).collect();
        assert_eq!(labels, ["help", "quit"]);
    }
}
