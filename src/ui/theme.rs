//! The reader's styles, one named style per meaning. `NO_COLOR` selects a plain
//! theme that keeps meaning through bold, underline and reverse video alone.

use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, BorderType};

use crate::analysis::claims::ClaimStatus;

/// Every style the reader draws with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Ordinary article text.
    pub text: Style,
    /// Photo credits, embeds, boilerplate: present but out of the way.
    pub non_article: Style,
    /// A claim other outlets also report.
    pub shared: Style,
    /// A claim only this outlet reports.
    pub unique: Style,
    /// A claim outlets report differently.
    pub conflict: Style,
    /// Quotes, one colour per speaker (cycled).
    pub speakers: Vec<Style>,
    /// A quote whose speaker is unknown.
    pub quote_unknown: Style,
    /// The sentence under the cursor.
    pub cursor: Style,
    /// The other pane's sentence matching the cursor.
    pub counterpart: Style,
    /// A search match.
    pub search: Style,
    /// Border of the focused pane or panel.
    pub border_focused: Style,
    /// Border of the others.
    pub border: Style,
    /// Titles.
    pub title: Style,
    /// The status line.
    pub status: Style,
    /// Key names in hints and help.
    pub key: Style,
    /// The selected row of a list.
    pub selected: Style,
    /// Words a rendering adds.
    pub added: Style,
    /// Words a rendering leaves out.
    pub removed: Style,
    /// Secondary text (counts, hints).
    pub muted: Style,
}

impl Theme {
    /// The theme for this environment: plain when `NO_COLOR` is set and not empty.
    pub fn from_env() -> Self {
        match std::env::var_os("NO_COLOR") {
            Some(value) if !value.is_empty() => Self::plain(),
            _ => Self::colour(),
        }
    }

    /// The default colour theme.
    pub fn colour() -> Self {
        let fg = |c: Color| Style::new().fg(c);
        Self {
            text: Style::new(),
            non_article: fg(Color::DarkGray).add_modifier(Modifier::DIM),
            shared: fg(Color::Green)
                .add_modifier(Modifier::UNDERLINED)
                .underline_color(Color::Green),
            unique: fg(Color::Cyan),
            conflict: fg(Color::Red)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
                .underline_color(Color::Red),
            speakers: [
                Color::Yellow,
                Color::Magenta,
                Color::LightBlue,
                Color::LightGreen,
                Color::LightRed,
                Color::LightCyan,
            ]
            .into_iter()
            .map(|c| fg(c).add_modifier(Modifier::ITALIC))
            .collect(),
            quote_unknown: fg(Color::Gray).add_modifier(Modifier::ITALIC),
            cursor: Style::new().bg(Color::Rgb(45, 45, 70)),
            counterpart: Style::new().bg(Color::Rgb(35, 60, 45)),
            search: Style::new().add_modifier(Modifier::REVERSED),
            border_focused: fg(Color::LightBlue),
            border: fg(Color::DarkGray),
            title: Style::new().add_modifier(Modifier::BOLD),
            status: Style::new().bg(Color::Rgb(30, 30, 40)).fg(Color::White),
            key: fg(Color::LightBlue).add_modifier(Modifier::BOLD),
            selected: Style::new()
                .bg(Color::Rgb(60, 60, 90))
                .add_modifier(Modifier::BOLD),
            added: fg(Color::Green).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            removed: fg(Color::Red).add_modifier(Modifier::CROSSED_OUT),
            muted: fg(Color::Gray),
        }
    }

    /// A theme without colour.
    pub fn plain() -> Self {
        let m = |modifier: Modifier| Style::new().add_modifier(modifier);
        Self {
            text: Style::new(),
            non_article: m(Modifier::DIM),
            shared: m(Modifier::UNDERLINED),
            unique: Style::new(),
            conflict: m(Modifier::BOLD | Modifier::UNDERLINED),
            speakers: vec![m(Modifier::ITALIC)],
            quote_unknown: m(Modifier::ITALIC),
            cursor: m(Modifier::REVERSED),
            counterpart: m(Modifier::REVERSED),
            search: m(Modifier::REVERSED | Modifier::BOLD),
            border_focused: m(Modifier::BOLD),
            border: Style::new(),
            title: m(Modifier::BOLD),
            status: m(Modifier::REVERSED),
            key: m(Modifier::BOLD),
            selected: m(Modifier::REVERSED),
            added: m(Modifier::BOLD | Modifier::UNDERLINED),
            removed: m(Modifier::CROSSED_OUT),
            muted: m(Modifier::DIM),
        }
    }

    /// A bordered block, thick and highlighted when it has the keyboard.
    pub fn block(&self, focused: bool) -> Block<'static> {
        Block::bordered()
            .border_type(if focused {
                BorderType::Thick
            } else {
                BorderType::Plain
            })
            .border_style(if focused {
                self.border_focused
            } else {
                self.border
            })
    }

    /// The style of a claim with this status.
    pub fn claim(&self, status: ClaimStatus) -> Style {
        match status {
            ClaimStatus::Shared => self.shared,
            ClaimStatus::Unique => self.unique,
            ClaimStatus::Conflict => self.conflict,
        }
    }

    /// The style of a quote by speaker colour index.
    pub fn quote(&self, speaker: Option<usize>) -> Style {
        match speaker {
            Some(i) if !self.speakers.is_empty() => self.speakers[i % self.speakers.len()],
            _ => self.quote_unknown,
        }
    }
}

/// The one-character sign of a claim status, for the gutter and lists.
pub fn status_sign(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::Shared => "=",
        ClaimStatus::Unique => "+",
        ClaimStatus::Conflict => "≠",
    }
}
