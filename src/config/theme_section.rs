//! The `[theme]` table of the config file and the theme files in `themes/`:
//! which built-in theme to start from, and style changes over it.

use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};

use crate::ui::Theme;
use crate::ui::theme::{ThemeBase, ThemeOverrides};

use super::Warning;

/// Modifier names a style's `modifiers` list accepts.
const MODIFIERS: &[(&str, Modifier)] = &[
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underlined", Modifier::UNDERLINED),
    ("slow_blink", Modifier::SLOW_BLINK),
    ("rapid_blink", Modifier::RAPID_BLINK),
    ("reversed", Modifier::REVERSED),
    ("hidden", Modifier::HIDDEN),
    ("crossed_out", Modifier::CROSSED_OUT),
];

/// What a theme name stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeName {
    /// One of the built-in themes.
    Builtin(ThemeBase),
    /// A theme file, `themes/NAME.toml` beside the config file.
    File(String),
}

/// Reads a theme name: `auto`, `dark`, `light`, `plain`, or the name of a theme
/// file (letters, digits, `-` and `_`, so it cannot point outside `themes/`).
pub fn theme_name(name: &str) -> Result<ThemeName, String> {
    match name {
        "auto" => Ok(ThemeName::Builtin(ThemeBase::Auto)),
        "dark" => Ok(ThemeName::Builtin(ThemeBase::Dark)),
        "light" => Ok(ThemeName::Builtin(ThemeBase::Light)),
        "plain" => Ok(ThemeName::Builtin(ThemeBase::Plain)),
        _ if !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
        {
            Ok(ThemeName::File(name.to_string()))
        }
        _ => Err(format!(
            "'{name}' is not a theme (auto, dark, light, plain, or a file name from themes/ \
             without .toml)"
        )),
    }
}

/// Reads the style entries of a `[theme]` table or a theme file, skipping the
/// keys in `skip` (the caller reads those). Each bad entry warns and keeps the
/// built-in style.
pub fn parse_styles(
    table: &toml::Table,
    file: &str,
    prefix: &str,
    skip: &[&str],
    warnings: &mut Vec<Warning>,
) -> ThemeOverrides {
    let names = Theme::style_names();
    let mut overrides = ThemeOverrides::default();
    for (key, value) in table {
        if skip.contains(&key.as_str()) {
            continue;
        }
        let path = format!("{prefix}{key}");
        if key == "speakers" {
            let Some(items) = value.as_array() else {
                warnings.push(Warning::new(
                    file,
                    &path,
                    "expected a list of styles; keeping the built-in speaker colours",
                ));
                continue;
            };
            let styles: Result<Vec<Style>, String> = items.iter().map(style).collect();
            match styles {
                Ok(styles) if !styles.is_empty() => overrides.speakers = Some(styles),
                Ok(_) => warnings.push(Warning::new(
                    file,
                    &path,
                    "the list is empty; keeping the built-in speaker colours",
                )),
                Err(problem) => warnings.push(Warning::new(
                    file,
                    &path,
                    format!("{problem}; keeping the built-in speaker colours"),
                )),
            }
            continue;
        }
        let Some(name) = names.iter().find(|n| **n == key) else {
            warnings.push(Warning::new(
                file,
                &path,
                format!(
                    "unknown style '{key}' (known: {}, speakers); ignored",
                    names.join(", ")
                ),
            ));
            continue;
        };
        match style(value) {
            Ok(patch) => overrides.styles.push((name, patch)),
            Err(problem) => warnings.push(Warning::new(
                file,
                &path,
                format!("{problem}; keeping the built-in style"),
            )),
        }
    }
    overrides
}

/// Reads a theme file: `base` (a built-in theme; `auto` when missing) and style
/// entries.
pub fn parse_theme_file(
    text: &str,
    file: &str,
    warnings: &mut Vec<Warning>,
) -> (ThemeBase, ThemeOverrides) {
    let table = match text.parse::<toml::Table>() {
        Ok(table) => table,
        Err(err) => {
            warnings.push(Warning::new(
                file,
                "",
                format!("{}; using the built-in theme", toml_problem(&err, text)),
            ));
            return (ThemeBase::Auto, ThemeOverrides::default());
        }
    };
    let base = match table.get("base") {
        None => ThemeBase::Auto,
        Some(value) => match value.as_str().map(theme_name) {
            Some(Ok(ThemeName::Builtin(base))) => base,
            _ => {
                warnings.push(Warning::new(
                    file,
                    "base",
                    "expected \"auto\", \"dark\", \"light\" or \"plain\"; using auto",
                ));
                ThemeBase::Auto
            }
        },
    };
    let overrides = parse_styles(&table, file, "", &["base"], warnings);
    (base, overrides)
}

/// One style: a colour string (the text colour) or a table with `fg`, `bg`,
/// `underline` (its colour) and `modifiers` (the full set, replacing the
/// built-in one).
fn style(value: &toml::Value) -> Result<Style, String> {
    let table = match value {
        toml::Value::String(text) => return Ok(Style::new().fg(color(text)?)),
        toml::Value::Table(table) => table,
        _ => {
            return Err(
                "expected a colour or a table such as { fg = \"#ffffff\", bg = \"blue\" }".into(),
            );
        }
    };
    let mut style = Style::new();
    for (key, value) in table {
        let text = || {
            value
                .as_str()
                .ok_or_else(|| format!("'{key}' expects a colour as a string"))
        };
        match key.as_str() {
            "fg" => style = style.fg(color(text()?)?),
            "bg" => style = style.bg(color(text()?)?),
            "underline" => style = style.underline_color(color(text()?)?),
            "modifiers" => {
                let set = modifiers(value)?;
                style = style
                    .add_modifier(set)
                    .remove_modifier(Modifier::all() - set);
            }
            other => {
                return Err(format!(
                    "unknown style field '{other}' (known: fg, bg, underline, modifiers)"
                ));
            }
        }
    }
    Ok(style)
}

/// A colour: a name (`red`, `light-blue`), `#rrggbb`, or a 256-palette index.
fn color(text: &str) -> Result<Color, String> {
    Color::from_str(text).map_err(|_| {
        format!("'{text}' is not a colour (a name such as light-blue, #rrggbb, or 0-255)")
    })
}

/// A list of modifier names.
fn modifiers(value: &toml::Value) -> Result<Modifier, String> {
    let items = value
        .as_array()
        .ok_or("'modifiers' expects a list such as [\"bold\", \"italic\"]")?;
    let mut set = Modifier::empty();
    for item in items {
        let name = item.as_str().unwrap_or_default();
        let (_, modifier) = MODIFIERS.iter().find(|(n, _)| *n == name).ok_or_else(|| {
            let known: Vec<&str> = MODIFIERS.iter().map(|(n, _)| *n).collect();
            format!("unknown modifier {item} (known: {})", known.join(", "))
        })?;
        set |= *modifier;
    }
    Ok(set)
}

/// A TOML syntax error of `text` in one line: "not valid TOML (line N): what".
pub fn toml_problem(err: &toml::de::Error, text: &str) -> String {
    let message = err.message().trim();
    match err.span() {
        Some(span) => {
            let line = text.get(..span.start).unwrap_or(text).matches('\n').count() + 1;
            format!("not valid TOML (line {line}): {message}")
        }
        None => format!("not valid TOML: {message}"),
    }
}
