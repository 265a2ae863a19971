//! The help screen's content, generated from the key table (every context's
//! keys) and the legend of signs, filtered by what the analyst types.

use super::keymap::{HELP_CONTEXTS, bindings, key_labels};

/// What a sign in the legend looks like, so the ui can style it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignKind {
    /// A claim other outlets share.
    Shared,
    /// A claim only this outlet carries.
    Unique,
    /// A claim outlets report differently, or a quote rendered differently.
    Conflict,
    /// A quote.
    Quote,
    /// An analyst's mark or a position marker.
    Marker,
}

/// One sign of the legend: the sign, what it means, and how it is drawn.
pub const SIGNS: &[(&str, &str, SignKind)] = &[
    (
        "=",
        "claim other outlets share (green, underlined)",
        SignKind::Shared,
    ),
    (
        "+",
        "claim only this outlet carries (cyan)",
        SignKind::Unique,
    ),
    (
        "≠",
        "claim reported differently elsewhere: another number, date or modality (red, bold)",
        SignKind::Conflict,
    ),
    (
        "≠",
        "in the Quotes list: the outlets' renderings of the quote differ",
        SignKind::Conflict,
    ),
    (
        "“…”",
        "a quote, one colour per speaker; italic",
        SignKind::Quote,
    ),
    (
        "✎ ⚑ ✔",
        "your note, flag, verdict on the sentence",
        SignKind::Marker,
    ),
    (
        "▌ ▐",
        "the cursor sentence; its match in the other pane",
        SignKind::Marker,
    ),
    (
        "↕",
        "a passage the other outlet placed elsewhere (moved)",
        SignKind::Marker,
    ),
];

/// One line of the help screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// A section title.
    Heading(&'static str),
    /// A binding: its keys and what it does.
    Key {
        /// The keys, as written in help.
        keys: String,
        /// What they do.
        description: &'static str,
    },
    /// A sign of the legend.
    Sign {
        /// The sign.
        sign: &'static str,
        /// What it means.
        meaning: &'static str,
        /// How it is drawn.
        kind: SignKind,
    },
    /// Space between sections.
    Blank,
}

/// Every help line whose keys or words contain `filter` (case-insensitive), under
/// its section title; everything when the filter is empty.
pub fn help_lines(filter: &str) -> Vec<HelpLine> {
    let filter = filter.to_lowercase();
    let hit = |a: &str, b: &str| {
        filter.is_empty()
            || a.to_lowercase().contains(&filter)
            || b.to_lowercase().contains(&filter)
    };
    let mut lines = Vec::new();
    let mut section = |title: &'static str, rows: Vec<HelpLine>| {
        if !rows.is_empty() {
            if !lines.is_empty() {
                lines.push(HelpLine::Blank);
            }
            lines.push(HelpLine::Heading(title));
            lines.extend(rows);
        }
    };
    for context in HELP_CONTEXTS {
        let rows = bindings(*context)
            .map(|b| (key_labels(b), b.description))
            .filter(|(keys, description)| hit(keys, description))
            .map(|(keys, description)| HelpLine::Key { keys, description })
            .collect();
        section(context.title(), rows);
    }
    let signs = SIGNS
        .iter()
        .filter(|(sign, meaning, _)| hit(sign, meaning))
        .map(|&(sign, meaning, kind)| HelpLine::Sign {
            sign,
            meaning,
            kind,
        })
        .collect();
    section("Signs", signs);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_keeps_matching_rows_under_their_heading() {
        let all = help_lines("");
        assert!(all.contains(&HelpLine::Heading("Signs")));
        let some = help_lines("VERDICT");
        assert!(some.len() < all.len());
        assert!(some.iter().all(|l| match l {
            HelpLine::Key { description, .. } => description.contains("verdict"),
            HelpLine::Sign { meaning, .. } => meaning.contains("verdict"),
            _ => true,
        }));
        assert!(help_lines("no such words at all").is_empty());
    }
}
