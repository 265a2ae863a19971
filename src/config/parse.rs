//! Reading the settings of a config file from its text.

use std::path::PathBuf;

use super::keys_section::parse_keys;
use super::theme_section::{ThemeName, parse_styles, theme_name, toml_problem};
use super::{Config, Warning};

/// The smallest wrap width that still reads as text.
const MIN_WRAP: i64 = 20;

/// Parses `text`; every setting it cannot use warns (naming `file` and the key)
/// and keeps its default.
pub fn parse(text: &str, file: &str) -> (Config, Vec<Warning>) {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    let table = match text.parse::<toml::Table>() {
        Ok(table) => table,
        Err(err) => {
            let message = format!("{}; using the defaults", toml_problem(&err, text));
            return (config, vec![Warning::new(file, "", message)]);
        }
    };
    for (key, value) in &table {
        let mut warn = |message: String| warnings.push(Warning::new(file, key, message));
        match key.as_str() {
            "sync" => flag(value, &mut config.sync, &mut warn),
            "side_panel" => flag(value, &mut config.side_panel, &mut warn),
            "mouse" => flag(value, &mut config.mouse, &mut warn),
            "wrap_width" => match value.as_integer() {
                Some(0) => config.wrap_width = None,
                Some(width @ MIN_WRAP..=1000) => config.wrap_width = u16::try_from(width).ok(),
                _ => warn(format!(
                    "expected 0 (fill the pane) or a width from {MIN_WRAP} to 1000, not {value}; \
                     filling the pane"
                )),
            },
            "data_dir" => folder(value, &mut config.data_dir, &mut warn),
            "report_dir" => folder(value, &mut config.report_dir, &mut warn),
            "theme" => match value {
                toml::Value::String(name) => {
                    set_theme(&mut config, name, file, "theme", &mut warnings)
                }
                toml::Value::Table(section) => {
                    if let Some(name) = section.get("name") {
                        match name.as_str() {
                            Some(name) => {
                                set_theme(&mut config, name, file, "theme.name", &mut warnings)
                            }
                            None => warnings.push(Warning::new(
                                file,
                                "theme.name",
                                "expected a theme name as a string; using auto",
                            )),
                        }
                    }
                    config.theme_overrides =
                        parse_styles(section, file, "theme.", &["name"], &mut warnings);
                }
                _ => warn("expected a theme name or a [theme] table; using auto".into()),
            },
            "keys" => match value.as_table() {
                Some(section) => config.keys = parse_keys(section, file, &mut warnings),
                None => warn("expected a [keys] table; keeping the built-in keys".into()),
            },
            _ => warn(format!(
                "unknown setting '{key}' (`parallax config --print-default` lists them); ignored"
            )),
        }
    }
    (config, warnings)
}

/// Sets the theme from its name, or warns and keeps `auto`.
fn set_theme(config: &mut Config, name: &str, file: &str, key: &str, warnings: &mut Vec<Warning>) {
    match theme_name(name) {
        Ok(ThemeName::Builtin(base)) => config.theme_base = base,
        Ok(ThemeName::File(name)) => config.theme_file = Some(name),
        Err(problem) => warnings.push(Warning::new(file, key, format!("{problem}; using auto"))),
    }
}

/// A true/false setting.
fn flag(value: &toml::Value, slot: &mut bool, warn: &mut impl FnMut(String)) {
    match value.as_bool() {
        Some(on) => *slot = on,
        None => warn(format!("expected true or false, not {value}; using {slot}")),
    }
}

/// A folder setting: absolute, or starting with `~/` for the home folder.
fn folder(value: &toml::Value, slot: &mut Option<PathBuf>, warn: &mut impl FnMut(String)) {
    let Some(text) = value.as_str() else {
        return warn(format!(
            "expected a folder as a string, not {value}; using the default"
        ));
    };
    let home = || directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf());
    let path = match text.strip_prefix("~/") {
        Some(rest) => home().map(|home| home.join(rest)),
        None if text == "~" => home(),
        None => Some(PathBuf::from(text)),
    };
    match path {
        Some(path) if path.is_absolute() => *slot = Some(path),
        _ => warn(format!(
            "'{text}' is not an absolute folder or one starting with ~/; using the default"
        )),
    }
}
