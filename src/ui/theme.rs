//! The reader's styles, one named style per meaning. `NO_COLOR` selects a plain
//! theme that keeps meaning through bold, underline and reverse video alone.

use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, BorderType};

use crate::analysis::claims::ClaimStatus;

mod depth;
mod detect;

pub use depth::{ColorDepth, ansi_rgb};
pub use detect::{Background, TerminalColours};

/// The styles that paint a background behind text: each sets both colours in the
/// colour themes, and their text must stand out from their background.
pub const HIGHLIGHTS: &[&str] = &["cursor", "counterpart", "search", "selected", "status"];

/// The built-in theme a configuration starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeBase {
    /// Dark or light after the terminal's background; dark when it cannot be told.
    #[default]
    Auto,
    /// For dark backgrounds.
    Dark,
    /// For light backgrounds.
    Light,
    /// No colour: bold, underline and reverse video only.
    Plain,
}

/// Changes a theme file or the config's `[theme]` makes to a built-in theme.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThemeOverrides {
    /// Named styles (from [`Theme::style_names`]) and what to patch them with, in order.
    pub styles: Vec<(&'static str, Style)>,
    /// A new list of speaker styles, if given.
    pub speakers: Option<Vec<Style>>,
}

/// The colours of one colour theme; [`Theme::coloured`] turns them into styles.
struct Palette {
    /// Shared claims, and words a rendering adds.
    shared: Color,
    /// Claims only one outlet reports.
    unique: Color,
    /// Conflicting claims, and words a rendering drops.
    conflict: Color,
    /// One colour per speaker.
    speakers: [Color; 6],
    /// Quotes without a speaker.
    quote_unknown: Color,
    /// Photo credits, embeds, boilerplate.
    non_article: Color,
    /// Secondary text.
    muted: Color,
    /// Keys and the focused border.
    accent: Color,
    /// Other borders.
    border: Color,
    /// Cursor (text, background).
    cursor: (Color, Color),
    /// Counterpart (text, background).
    counterpart: (Color, Color),
    /// Search match (text, background).
    search: (Color, Color),
    /// Selected row (text, background).
    selected: (Color, Color),
    /// Status line (text, background).
    status: (Color, Color),
}

/// A true colour, shorter to write.
const fn rgb(r: u8, g: u8, b: u8) -> Color {
    Color::Rgb(r, g, b)
}

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
    /// The theme for `base` with `overrides` applied, for a terminal with these
    /// colours: `NO_COLOR` wins over everything, `auto` follows the background
    /// (dark when unknown), and every colour is brought down to the terminal's depth.
    pub fn resolve(
        base: ThemeBase,
        overrides: &ThemeOverrides,
        terminal: &TerminalColours,
    ) -> Self {
        if terminal.no_color {
            return Self::plain();
        }
        let mut theme = match base {
            ThemeBase::Auto => match terminal.background {
                Some(Background::Light) => Self::light(),
                Some(Background::Dark) | None => Self::dark(),
            },
            ThemeBase::Dark => Self::dark(),
            ThemeBase::Light => Self::light(),
            ThemeBase::Plain => Self::plain(),
        };
        theme.apply(overrides);
        theme.downgraded(terminal.depth)
    }

    /// The default colour theme: [`Theme::dark`].
    pub fn colour() -> Self {
        Self::dark()
    }

    /// Colours for a dark background. Every highlight (cursor, counterpart, search,
    /// selection, status line) sets its own text and background colour, so it reads
    /// whatever the terminal's own colours are.
    pub fn dark() -> Self {
        Self::coloured(&Palette {
            shared: rgb(0x5f, 0xd7, 0x5f),
            unique: rgb(0x5f, 0xd7, 0xd7),
            conflict: rgb(0xff, 0x87, 0x87),
            speakers: [
                rgb(0xff, 0xd7, 0x5f),
                rgb(0xd7, 0x87, 0xd7),
                rgb(0x87, 0xaf, 0xff),
                rgb(0x87, 0xd7, 0x87),
                rgb(0xff, 0x87, 0x87),
                rgb(0x87, 0xd7, 0xff),
            ],
            quote_unknown: rgb(0xbc, 0xbc, 0xbc),
            non_article: rgb(0xa8, 0xa8, 0xa8),
            muted: rgb(0xa8, 0xa8, 0xa8),
            accent: rgb(0x87, 0xaf, 0xff),
            border: rgb(0x6c, 0x6c, 0x6c),
            cursor: (rgb(0xee, 0xee, 0xee), rgb(0x26, 0x26, 0x3a)),
            counterpart: (rgb(0xee, 0xee, 0xee), rgb(0x00, 0x40, 0x40)),
            search: (rgb(0x00, 0x00, 0x00), rgb(0xff, 0xd7, 0x5f)),
            selected: (rgb(0xff, 0xff, 0xff), rgb(0x5f, 0x5f, 0x87)),
            status: (rgb(0xee, 0xee, 0xee), rgb(0x3a, 0x3a, 0x3a)),
        })
    }

    /// Colours for a light background, darker so they read on white.
    pub fn light() -> Self {
        Self::coloured(&Palette {
            shared: rgb(0x00, 0x5f, 0x00),
            unique: rgb(0x00, 0x55, 0x77),
            conflict: rgb(0xa0, 0x00, 0x00),
            speakers: [
                rgb(0x6b, 0x4b, 0x00),
                rgb(0x87, 0x00, 0x87),
                rgb(0x00, 0x00, 0xaf),
                rgb(0x4f, 0x4f, 0x00),
                rgb(0x87, 0x00, 0x00),
                rgb(0x00, 0x5f, 0x5f),
            ],
            quote_unknown: rgb(0x4e, 0x4e, 0x4e),
            non_article: rgb(0x54, 0x54, 0x54),
            muted: rgb(0x58, 0x58, 0x58),
            accent: rgb(0x00, 0x5f, 0xaf),
            border: rgb(0x8a, 0x8a, 0x8a),
            cursor: (rgb(0x00, 0x00, 0x00), rgb(0xc8, 0xc8, 0xe8)),
            counterpart: (rgb(0x00, 0x00, 0x00), rgb(0xc8, 0xe8, 0xc8)),
            search: (rgb(0x00, 0x00, 0x00), rgb(0xff, 0xd7, 0x00)),
            selected: (rgb(0x00, 0x00, 0x00), rgb(0xaf, 0xaf, 0xd7)),
            status: (rgb(0xff, 0xff, 0xff), rgb(0x44, 0x44, 0x66)),
        })
    }

    /// A colour theme from its palette: which modifier goes with which meaning is
    /// the same for every background.
    fn coloured(p: &Palette) -> Self {
        let fg = |c: Color| Style::new().fg(c);
        let both = |(text, back): (Color, Color)| Style::new().fg(text).bg(back);
        Self {
            text: Style::new(),
            non_article: fg(p.non_article),
            shared: fg(p.shared)
                .add_modifier(Modifier::UNDERLINED)
                .underline_color(p.shared),
            unique: fg(p.unique),
            conflict: fg(p.conflict)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
                .underline_color(p.conflict),
            speakers: p
                .speakers
                .iter()
                .map(|&c| fg(c).add_modifier(Modifier::ITALIC))
                .collect(),
            quote_unknown: fg(p.quote_unknown).add_modifier(Modifier::ITALIC),
            cursor: both(p.cursor),
            counterpart: both(p.counterpart),
            search: both(p.search).add_modifier(Modifier::BOLD),
            border_focused: fg(p.accent),
            border: fg(p.border),
            title: Style::new().add_modifier(Modifier::BOLD),
            status: both(p.status),
            key: fg(p.accent).add_modifier(Modifier::BOLD),
            selected: both(p.selected).add_modifier(Modifier::BOLD),
            added: fg(p.shared).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            removed: fg(p.conflict).add_modifier(Modifier::CROSSED_OUT),
            muted: fg(p.muted),
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

    /// Every single style with its name in theme files, in declaration order.
    fn styles_mut(&mut self) -> [(&'static str, &mut Style); 18] {
        [
            ("text", &mut self.text),
            ("non_article", &mut self.non_article),
            ("shared", &mut self.shared),
            ("unique", &mut self.unique),
            ("conflict", &mut self.conflict),
            ("quote_unknown", &mut self.quote_unknown),
            ("cursor", &mut self.cursor),
            ("counterpart", &mut self.counterpart),
            ("search", &mut self.search),
            ("border_focused", &mut self.border_focused),
            ("border", &mut self.border),
            ("title", &mut self.title),
            ("status", &mut self.status),
            ("key", &mut self.key),
            ("selected", &mut self.selected),
            ("added", &mut self.added),
            ("removed", &mut self.removed),
            ("muted", &mut self.muted),
        ]
    }

    /// The names a theme file may give a style, besides the `speakers` list.
    pub fn style_names() -> Vec<&'static str> {
        Self::plain()
            .styles_mut()
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    }

    /// The style a theme file calls `name` (`speakers` is a list, not here).
    pub fn style(&self, name: &str) -> Option<Style> {
        self.clone()
            .styles_mut()
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, style)| *style)
    }

    /// Applies a theme file's changes: each named style is patched (the colours
    /// and modifiers it gives replace the built-in ones), and a `speakers` list
    /// replaces the speaker colours.
    pub fn apply(&mut self, overrides: &ThemeOverrides) {
        for (name, patch) in &overrides.styles {
            for (slot, style) in self.styles_mut() {
                if slot == *name {
                    *style = style.patch(*patch);
                }
            }
        }
        if let Some(speakers) = &overrides.speakers {
            self.speakers = speakers.clone();
        }
    }

    /// The same theme with every colour brought down to `depth`.
    pub fn downgraded(mut self, depth: ColorDepth) -> Self {
        for (_, style) in self.styles_mut() {
            *style = depth.style(*style);
        }
        for style in &mut self.speakers {
            *style = depth.style(*style);
        }
        self
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
