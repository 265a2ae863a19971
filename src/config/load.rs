//! Reading the config file and the theme file it names from disk.

use std::io::ErrorKind;

use super::location::{ConfigLocation, Origin};
use super::theme_section::parse_theme_file;
use super::{Config, Warning};

/// Reads and parses the config at `location`, then its theme file.
pub fn load(location: &ConfigLocation) -> (Config, Vec<Warning>) {
    let Some(path) = &location.path else {
        return (Config::default(), Vec::new());
    };
    let file = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == ErrorKind::NotFound && location.origin == Origin::Default => {
            return (Config::default(), Vec::new());
        }
        Err(err) => {
            let warning = Warning::new(
                &file,
                "",
                format!(
                    "cannot read the config ({}); using the defaults",
                    io_reason(&err)
                ),
            );
            return (Config::default(), vec![warning]);
        }
    };
    let (mut config, mut warnings) = Config::parse(&text, &file);
    if let Some(name) = config.theme_file.clone() {
        read_theme_file(&mut config, location, &name, &file, &mut warnings);
    }
    (config, warnings)
}

/// Reads `themes/NAME.toml` and layers the config's own `[theme]` over it.
fn read_theme_file(
    config: &mut Config,
    location: &ConfigLocation,
    name: &str,
    config_file: &str,
    warnings: &mut Vec<Warning>,
) {
    let Some(path) = location
        .themes_dir()
        .map(|dir| dir.join(format!("{name}.toml")))
    else {
        return;
    };
    let file = path.display().to_string();
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let (base, mut overrides) = parse_theme_file(&text, &file, warnings);
            config.theme_base = base;
            overrides
                .styles
                .extend(config.theme_overrides.styles.iter().copied());
            if config.theme_overrides.speakers.is_some() {
                overrides.speakers = config.theme_overrides.speakers.clone();
            }
            config.theme_overrides = overrides;
        }
        Err(err) => warnings.push(Warning::new(
            config_file,
            "theme.name",
            format!(
                "cannot read the theme file {file} ({}); using the auto theme",
                io_reason(&err)
            ),
        )),
    }
}

/// The reason of an I/O error without the "(os error N)" suffix.
fn io_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}
