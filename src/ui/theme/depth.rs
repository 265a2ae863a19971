//! Colour depth: how many colours the terminal shows, and bringing a theme's
//! colours down to that many.

use ratatui::style::{Color, Style};

/// How many colours the terminal can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorDepth {
    /// 24-bit RGB.
    TrueColor,
    /// The xterm 256-colour palette.
    Indexed256,
    /// The 16 named ANSI colours.
    Ansi16,
}

impl ColorDepth {
    /// The depth the environment announces: `COLORTERM` `truecolor` or `24bit`
    /// gives RGB, a `TERM` naming `256color` the 256 palette, anything else the
    /// 16 named colours. A pure function of the two values, so tests need not
    /// touch the process environment.
    pub fn from_env_values(colorterm: Option<&str>, term: Option<&str>) -> Self {
        let colorterm = colorterm.unwrap_or("").to_ascii_lowercase();
        if colorterm == "truecolor" || colorterm == "24bit" {
            ColorDepth::TrueColor
        } else if term.is_some_and(|t| t.contains("256color")) {
            ColorDepth::Indexed256
        } else {
            ColorDepth::Ansi16
        }
    }

    /// `color` as this depth can show it: the nearest colour the terminal has.
    /// Named colours and `Reset` are kept at every depth.
    pub fn color(self, color: Color) -> Color {
        match (self, color) {
            (ColorDepth::TrueColor, _) => color,
            (ColorDepth::Indexed256, Color::Rgb(r, g, b)) => Color::Indexed(nearest_256([r, g, b])),
            (ColorDepth::Ansi16, Color::Rgb(r, g, b)) => nearest_16([r, g, b]),
            (ColorDepth::Ansi16, Color::Indexed(i)) if i < 16 => ANSI[usize::from(i)].0,
            (ColorDepth::Ansi16, Color::Indexed(i)) => nearest_16(indexed_rgb(i)),
            _ => color,
        }
    }

    /// `style` with each of its colours brought down to this depth.
    pub fn style(self, mut style: Style) -> Style {
        style.fg = style.fg.map(|c| self.color(c));
        style.bg = style.bg.map(|c| self.color(c));
        style.underline_color = style.underline_color.map(|c| self.color(c));
        style
    }
}

/// The 16 named colours with the RGB a typical (VGA-like) palette gives them,
/// which [`nearest_16`] measures against; terminals vary, so this is a guide.
const ANSI: [(Color, [u8; 3]); 16] = [
    (Color::Black, [0, 0, 0]),
    (Color::Red, [170, 0, 0]),
    (Color::Green, [0, 170, 0]),
    (Color::Yellow, [170, 85, 0]),
    (Color::Blue, [0, 0, 170]),
    (Color::Magenta, [170, 0, 170]),
    (Color::Cyan, [0, 170, 170]),
    (Color::Gray, [170, 170, 170]),
    (Color::DarkGray, [85, 85, 85]),
    (Color::LightRed, [255, 85, 85]),
    (Color::LightGreen, [85, 255, 85]),
    (Color::LightYellow, [255, 255, 85]),
    (Color::LightBlue, [85, 85, 255]),
    (Color::LightMagenta, [255, 85, 255]),
    (Color::LightCyan, [85, 255, 255]),
    (Color::White, [255, 255, 255]),
];

/// The RGB of a named colour in the reference palette, of an indexed colour in
/// the xterm palette, or of an RGB colour; `None` for `Reset`.
pub fn ansi_rgb(color: Color) -> Option<[u8; 3]> {
    match color {
        Color::Rgb(r, g, b) => Some([r, g, b]),
        Color::Indexed(i) => Some(indexed_rgb(i)),
        Color::Reset => None,
        named => ANSI.iter().find(|(c, _)| *c == named).map(|(_, rgb)| *rgb),
    }
}

/// The levels of each channel in the xterm 6×6×6 colour cube.
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// The RGB of an xterm 256-palette entry (the first 16 from the reference palette).
fn indexed_rgb(index: u8) -> [u8; 3] {
    match index {
        0..=15 => ANSI[usize::from(index)].1,
        16..=231 => {
            let i = index - 16;
            [
                CUBE[usize::from(i / 36)],
                CUBE[usize::from(i / 6 % 6)],
                CUBE[usize::from(i % 6)],
            ]
        }
        _ => {
            let level = 8 + 10 * (index - 232);
            [level; 3]
        }
    }
}

/// The nearest entry of the fixed part of the 256 palette (the colour cube and
/// the grey ramp; entries 0–15 differ from terminal to terminal).
fn nearest_256(rgb: [u8; 3]) -> u8 {
    (16..=255)
        .min_by_key(|&i| distance(rgb, indexed_rgb(i)))
        .expect("the range is not empty")
}

/// The nearest named colour. A clearly coloured input only matches a colour, not
/// a grey, so speaker and claim colours keep their hue.
fn nearest_16(rgb: [u8; 3]) -> Color {
    let chroma = rgb.iter().max().unwrap_or(&0) - rgb.iter().min().unwrap_or(&0);
    let grey = |c: &Color| {
        matches!(
            c,
            Color::Black | Color::DarkGray | Color::Gray | Color::White
        )
    };
    ANSI.iter()
        .filter(|(c, _)| chroma < 64 || !grey(c))
        .min_by_key(|(_, ansi)| distance(rgb, *ansi))
        .map_or(Color::Reset, |(c, _)| *c)
}

/// Squared distance between two colours.
fn distance(a: [u8; 3], b: [u8; 3]) -> u32 {
    a.iter()
        .zip(b)
        .map(|(&x, y)| u32::from(x.abs_diff(y)).pow(2))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_decides_the_depth() {
        use ColorDepth::*;
        assert_eq!(
            ColorDepth::from_env_values(Some("truecolor"), Some("xterm")),
            TrueColor
        );
        assert_eq!(ColorDepth::from_env_values(Some("24bit"), None), TrueColor);
        assert_eq!(
            ColorDepth::from_env_values(None, Some("xterm-256color")),
            Indexed256
        );
        assert_eq!(
            ColorDepth::from_env_values(Some(""), Some("tmux-256color")),
            Indexed256
        );
        assert_eq!(ColorDepth::from_env_values(None, Some("xterm")), Ansi16);
        assert_eq!(ColorDepth::from_env_values(None, None), Ansi16);
    }

    #[test]
    fn cube_colours_map_to_themselves() {
        assert_eq!(
            ColorDepth::Indexed256.color(Color::Rgb(0x5f, 0xd7, 0x5f)),
            Color::Indexed(77)
        );
        assert_eq!(indexed_rgb(77), [0x5f, 0xd7, 0x5f]);
        assert_eq!(indexed_rgb(232), [8, 8, 8]);
        assert_eq!(indexed_rgb(255), [238, 238, 238]);
        for i in 16..=255 {
            assert_eq!(nearest_256(indexed_rgb(i)), i, "{i}");
        }
    }

    #[test]
    fn sixteen_colours_keep_hue_and_names() {
        let d = ColorDepth::Ansi16;
        assert_eq!(d.color(Color::Rgb(0xd7, 0x87, 0xd7)), Color::LightMagenta);
        assert_eq!(d.color(Color::Rgb(0xaf, 0x00, 0x00)), Color::Red);
        assert_eq!(d.color(Color::Rgb(0x3a, 0x3a, 0x5f)), Color::DarkGray);
        assert_eq!(d.color(Color::Rgb(250, 250, 250)), Color::White);
        assert_eq!(d.color(Color::Indexed(9)), Color::LightRed);
        assert_eq!(d.color(Color::Indexed(196)), Color::Red);
        assert_eq!(d.color(Color::Green), Color::Green);
        assert_eq!(d.color(Color::Reset), Color::Reset);
    }
}
