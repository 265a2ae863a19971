//! `parallax config`: where the configuration is read from, and the complete
//! default configuration.

use std::io::Write;

use anyhow::{Result, bail};

use crate::config::{Config, ConfigLocation, Origin};

/// Prints the config file's path on standard output (so that `$EDITOR
/// "$(parallax config --path)"` works) and, on standard error, what chose it and
/// whether it exists.
pub fn print_path(
    location: &ConfigLocation,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let Some(path) = &location.path else {
        bail!("no home folder is known, so there is no default config file; give --config FILE");
    };
    writeln!(out, "{}", path.display())?;
    let state = if path.is_file() {
        "it is read from there".to_string()
    } else if location.origin == Origin::Default {
        "it does not exist, so the built-in defaults apply; \
         `parallax config --print-default` prints one to start from"
            .to_string()
    } else {
        "it does not exist: Parallax warns and uses the built-in defaults".to_string()
    };
    writeln!(
        err,
        "parallax: {} ({}); {state}",
        path.display(),
        location.origin
    )?;
    Ok(())
}

/// Prints the complete, commented default configuration.
pub fn print_default(out: &mut dyn Write) -> Result<()> {
    out.write_all(Config::default_text().as_bytes())?;
    Ok(())
}
