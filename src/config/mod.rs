//! The user's configuration: a TOML file of settings, a theme and key bindings,
//! layered over built-in defaults. Parsing works on a `&str` and returns its
//! warnings as values, so nothing here prints and tests need no files; a bad
//! entry warns and keeps its default, so a bad config never stops the reader.

pub mod bindings;
pub mod keys;
mod keys_section;
mod load;
pub mod location;
mod parse;
mod theme_section;
mod warning;

use std::path::PathBuf;

use crate::app::keymap::BINDINGS;
use crate::ui::Theme;
use crate::ui::theme::{TerminalColours, ThemeBase, ThemeOverrides};

pub use bindings::{KeyOverride, KeyTable};
pub use location::{ConfigLocation, Origin};
pub use warning::{Warning, one_clean_line};

/// The environment variable that, when set, names the data folder and wins over
/// the config's `data_dir` (the session store reads it too).
pub const DATA_DIR_ENV: &str = "PARALLAX_DATA_DIR";

/// Every setting, with defaults for what the file leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The built-in theme to start from (`theme.name`, or a theme file's `base`).
    pub theme_base: ThemeBase,
    /// The theme file `theme.name` names (`themes/NAME.toml`), if any.
    pub theme_file: Option<String>,
    /// Style changes: a theme file's, then those of the config's `[theme]`.
    pub theme_overrides: ThemeOverrides,
    /// Synchronized scrolling at start.
    pub sync: bool,
    /// Side panel shown at start (when the terminal is wide enough).
    pub side_panel: bool,
    /// Wrap text at this many columns; `None` fills the pane.
    pub wrap_width: Option<u16>,
    /// Mouse capture in the reader.
    pub mouse: bool,
    /// The data folder from the file (see [`Config::data_dir`] for the one to use).
    pub data_dir: Option<PathBuf>,
    /// Where reports are written; `None` is the current folder.
    pub report_dir: Option<PathBuf>,
    /// `[keys]` overrides, in the order they apply.
    pub keys: Vec<KeyOverride>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            theme_base: ThemeBase::Auto,
            theme_file: None,
            theme_overrides: ThemeOverrides::default(),
            sync: true,
            side_panel: true,
            wrap_width: None,
            mouse: true,
            data_dir: None,
            report_dir: None,
            keys: Vec::new(),
        }
    }
}

impl Config {
    /// Parses a config file's text; `file` names it in warnings. Theme files are
    /// not read here (see [`Config::load`]).
    pub fn parse(text: &str, file: &str) -> (Self, Vec<Warning>) {
        parse::parse(text, file)
    }

    /// Reads the config at `location` and the theme file it names. A missing file
    /// at the default location is no problem; anything else that goes wrong is a
    /// warning, and the defaults apply.
    pub fn load(location: &ConfigLocation) -> (Self, Vec<Warning>) {
        load::load(location)
    }

    /// The complete default config, commented, as `parallax config
    /// --print-default` prints it. It parses to [`Config::default`].
    pub fn default_text() -> String {
        let styles = format!(
            "Styles: {}, speakers (a list).",
            Theme::style_names().join(", ")
        );
        let styles = textwrap::fill(
            &styles,
            textwrap::Options::new(80)
                .initial_indent("# ")
                .subsequent_indent("# "),
        );
        format!(
            "{}{styles}\n\n{}",
            include_str!("default.toml"),
            keys_section::default_keys_section()
        )
    }

    /// The reader's theme: asks the terminal for its background only when the
    /// theme is `auto` (and standard output is a terminal).
    pub fn theme(&self) -> Theme {
        self.theme_for(&TerminalColours::detect(self.theme_base == ThemeBase::Auto))
    }

    /// The theme for a terminal with these colours (pure; for tests).
    pub fn theme_for(&self, terminal: &TerminalColours) -> Theme {
        Theme::resolve(self.theme_base, &self.theme_overrides, terminal)
    }

    /// The key table: the built-in bindings with `[keys]` merged over them.
    pub fn key_table(&self) -> KeyTable {
        KeyTable::merge(BINDINGS, &self.keys).0
    }

    /// The data folder to use: `PARALLAX_DATA_DIR` when set, else the config's
    /// `data_dir`, else the platform data folder; `None` without a home folder.
    pub fn data_dir(&self) -> Option<PathBuf> {
        let platform = directories::ProjectDirs::from("", "", "parallax")
            .map(|dirs| dirs.data_dir().to_path_buf());
        self.data_dir_from(std::env::var_os(DATA_DIR_ENV), platform)
    }

    /// [`Config::data_dir`] from the values alone.
    pub fn data_dir_from(
        &self,
        env: Option<std::ffi::OsString>,
        platform: Option<PathBuf>,
    ) -> Option<PathBuf> {
        env.filter(|value| !value.is_empty())
            .map(PathBuf::from)
            .or_else(|| self.data_dir.clone())
            .or(platform)
    }

    /// The folder the reader writes reports to, when one is set; otherwise
    /// they go beside the session file (or the reader asks).
    pub fn report_dir(&self) -> Option<&std::path::Path> {
        self.report_dir.as_deref()
    }
}
