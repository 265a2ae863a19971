//! The help screen's content, generated from the key table (every context's
//! keys) and the legend of signs, filtered by what the analyst types.

use crate::config::KeyTable;

use super::keymap::HELP_CONTEXTS;

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
        "in the Quotes list: the outlets' renderings differ",
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
        "✱",
        "your correction: link, group, verdict, speaker",
        SignKind::Marker,
    ),
    (
        "$3.5",
        "reversed: the value a conflict disputes",
        SignKind::Conflict,
    ),
    (
        "≠ ! —",
        "fact table: differs, outlier, not reported",
        SignKind::Conflict,
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
    /// A binding: its keys and what it does (a long description goes on in
    /// lines with no keys).
    Key {
        /// The keys, as written in help (empty on a continuation line).
        keys: String,
        /// What they do.
        description: String,
    },
    /// A sign of the legend.
    Sign {
        /// The sign (empty on a continuation line).
        sign: &'static str,
        /// What it means.
        meaning: String,
        /// How it is drawn.
        kind: SignKind,
    },
    /// Space between sections.
    Blank,
}

/// Every help line whose keys (those in force in `keys`) or words contain
/// `filter` (case-insensitive), under its section title; everything when the
/// filter is empty. Descriptions wrap to `width` columns, so nothing is cut on
/// a narrow screen.
pub fn help_lines(keys: &KeyTable, filter: &str, width: usize) -> Vec<HelpLine> {
    let width = width.max(10);
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
        let rows = keys
            .help_rows(*context)
            .into_iter()
            .filter(|(keys, description)| hit(keys, description))
            .flat_map(|(keys, description)| {
                wrapped(description, width)
                    .into_iter()
                    .enumerate()
                    .map(move |(i, part)| HelpLine::Key {
                        keys: if i == 0 { keys.clone() } else { String::new() },
                        description: part,
                    })
            })
            .collect();
        section(context.title(), rows);
    }
    let signs = SIGNS
        .iter()
        .filter(|(sign, meaning, _)| hit(sign, meaning))
        .flat_map(|&(sign, meaning, kind)| {
            wrapped(meaning, width)
                .into_iter()
                .enumerate()
                .map(move |(i, part)| HelpLine::Sign {
                    sign: if i == 0 { sign } else { "" },
                    meaning: part,
                    kind,
                })
        })
        .collect();
    section("Signs", signs);
    lines
}

/// `text` in lines of at most `width` columns.
fn wrapped(text: &str, width: usize) -> Vec<String> {
    textwrap::wrap(text, width)
        .into_iter()
        .map(|line| line.into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_keeps_matching_rows_under_their_heading() {
        let all = help_lines(&KeyTable::default(), "", 60);
        assert!(all.contains(&HelpLine::Heading("Signs")));
        let some = help_lines(&KeyTable::default(), "VERDICT", 60);
        assert!(some.len() < all.len());
        assert!(some.iter().all(|l| match l {
            HelpLine::Key { description, .. } => description.contains("verdict"),
            HelpLine::Sign { meaning, .. } => meaning.contains("verdict"),
            _ => true,
        }));
        assert!(help_lines(&KeyTable::default(), "no such words at all", 60).is_empty());
    }

    #[test]
    fn long_descriptions_wrap_instead_of_being_cut() {
        let narrow = help_lines(&KeyTable::default(), "renderings", 20);
        let parts: Vec<&str> = narrow
            .iter()
            .filter_map(|l| match l {
                HelpLine::Sign { meaning, .. } => Some(meaning.as_str()),
                _ => None,
            })
            .collect();
        assert!(
            parts.len() > 1 && parts.iter().all(|p| p.len() <= 20),
            "{parts:?}"
        );
    }
}
