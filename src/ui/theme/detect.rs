//! What the terminal tells about its colours: `NO_COLOR`, the colour depth, and
//! its background, asked with an OSC 11 query.

use std::io::IsTerminal;
use std::time::Duration;

use super::ColorDepth;

/// Whether the terminal's background is dark or light.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    /// Dark background, light text.
    Dark,
    /// Light background, dark text.
    Light,
}

/// The facts about a terminal that choosing a theme needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TerminalColours {
    /// `NO_COLOR` is set and not empty: use no colour at all.
    pub no_color: bool,
    /// How many colours the terminal shows.
    pub depth: ColorDepth,
    /// The background, when the terminal answered the query.
    pub background: Option<Background>,
}

/// How long to wait for the terminal's answer: terminals that answer do so in a
/// few milliseconds, and the query library tells most that never will at once.
const QUERY_TIMEOUT: Duration = Duration::from_millis(200);

impl TerminalColours {
    /// Reads `NO_COLOR`, `COLORTERM` and `TERM`, and, when `ask_background`,
    /// asks the terminal for its background unless colour is off or standard
    /// output is not a terminal (a query then would only write an escape sequence
    /// into a pipe).
    pub fn detect(ask_background: bool) -> Self {
        let var = |name| std::env::var(name).ok();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let depth =
            ColorDepth::from_env_values(var("COLORTERM").as_deref(), var("TERM").as_deref());
        let background = if !ask_background || no_color || !std::io::stdout().is_terminal() {
            None
        } else {
            query_background()
        };
        Self {
            no_color,
            depth,
            background,
        }
    }
}

/// Asks the terminal for its background (OSC 11) and whether it is dark or light;
/// `None` when it does not answer in time.
fn query_background() -> Option<Background> {
    let mut options = terminal_colorsaurus::QueryOptions::default();
    options.timeout = QUERY_TIMEOUT;
    match terminal_colorsaurus::theme_mode(options).ok()? {
        terminal_colorsaurus::ThemeMode::Dark => Some(Background::Dark),
        terminal_colorsaurus::ThemeMode::Light => Some(Background::Light),
    }
}
