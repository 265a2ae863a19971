//! `PARALLAX_LOG=LEVEL` writes a log file, `parallax.log` in the data folder, for
//! diagnosing a run; nothing is ever logged to the screen, where it would mix
//! with output or with the reader.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt;

/// The environment variable holding the log level (`error`, `warn`, `info`,
/// `debug`, `trace`, or per-module directives such as `parallax::config=debug`).
pub const LOG_ENV: &str = "PARALLAX_LOG";

/// The log file's name in the data folder.
pub const LOG_FILE: &str = "parallax.log";

/// Starts logging when `PARALLAX_LOG` is set. Returns the log file's path when
/// logging, `None` when it is off, or why it could not start (for `main` to warn
/// about; a failed log never stops Parallax).
pub fn init(data_dir: Option<&Path>) -> Result<Option<PathBuf>, String> {
    let Some(spec) = std::env::var(LOG_ENV).ok().filter(|v| !v.trim().is_empty()) else {
        return Ok(None);
    };
    let filter = level_filter(&spec)?;
    let dir = data_dir
        .ok_or("no data folder is known, so there is no log file; set PARALLAX_DATA_DIR")?;
    let path = dir.join(LOG_FILE);
    let file = std::fs::create_dir_all(dir)
        .and_then(|()| OpenOptions::new().create(true).append(true).open(&path))
        .map_err(|err| format!("cannot write the log file {}: {err}", path.display()))?;
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(Mutex::new(file))
        .with_ansi(false);
    tracing::subscriber::set_global_default(
        tracing_subscriber::registry().with(layer).with(filter),
    )
    .map_err(|err| format!("cannot start logging: {err}"))?;
    Ok(Some(path))
}

/// The level names `PARALLAX_LOG` accepts.
const LEVELS: &[&str] = &["off", "error", "warn", "info", "debug", "trace"];

/// Reads a `PARALLAX_LOG` value: a level, or comma-separated `target=level`
/// directives. A bare word that is no level is refused (tracing would take it
/// for a module name and log nothing useful).
pub fn level_filter(spec: &str) -> Result<Targets, String> {
    let problem = || {
        format!(
            "{LOG_ENV}={spec:?} is not a log level (error, warn, info, debug or trace); not logging"
        )
    };
    let is_level = |word: &str| LEVELS.contains(&word.trim().to_ascii_lowercase().as_str());
    let valid = spec
        .split(',')
        .all(|directive| match directive.split_once('=') {
            Some((target, level)) => !target.trim().is_empty() && is_level(level),
            None => is_level(directive),
        });
    if !valid {
        return Err(problem());
    }
    spec.trim().parse().map_err(|_| problem())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracing::Level;

    #[test]
    fn levels_and_directives_parse() {
        let filter = level_filter("debug").unwrap();
        assert!(filter.would_enable("parallax", &Level::DEBUG));
        assert!(!filter.would_enable("parallax", &Level::TRACE));
        let filter = level_filter("warn,parallax::config=trace").unwrap();
        assert!(filter.would_enable("parallax::config", &Level::TRACE));
        assert!(!filter.would_enable("parallax::commands", &Level::INFO));
        assert!(
            level_filter("loud")
                .unwrap_err()
                .contains("PARALLAX_LOG=\"loud\"")
        );
    }
}
