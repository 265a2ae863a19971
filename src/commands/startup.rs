//! What happens before any command runs: catching a mistyped command, reading
//! the config, starting the log, and printing the config's warnings.

use std::process::ExitCode;

use crate::cli::Cli;
use crate::config::{Config, ConfigLocation, one_clean_line};

use super::suggest::mistyped_command;

/// Exit status of a usage error (as clap uses for its own).
const USAGE: u8 = 2;

/// The configuration a run works with.
pub struct Startup {
    /// Where the config file is (or would be).
    pub location: ConfigLocation,
    /// The settings read from it, or the defaults.
    pub config: Config,
    /// What was wrong in it, one line each (the reader shows them again).
    pub warnings: Vec<String>,
}

/// Prepares a run: a bare word that is no file but close to a command's name
/// ends it with a did-you-mean and the usage status; otherwise the config is
/// loaded, logging starts when asked for, and each warning is printed on
/// standard error, one line each.
pub fn start(cli: &Cli) -> Result<Startup, ExitCode> {
    if cli.command.is_none()
        && let Some(word) = cli.paths.first()
        && let Some(command) = mistyped_command(word)
    {
        eprintln!(
            "parallax: unknown command '{}'; did you mean '{command}'?",
            one_clean_line(&word.display().to_string())
        );
        return Err(ExitCode::from(USAGE));
    }
    let location = ConfigLocation::find(cli.config.as_deref());
    let (config, warnings) = Config::load(&location);
    match crate::logging::init(config.data_dir().as_deref()) {
        Ok(Some(log)) => {
            let args: Vec<String> = std::env::args().collect();
            tracing::info!(log = %log.display(), ?args, "started");
        }
        Ok(None) => {}
        Err(problem) => eprintln!("parallax: warning: {}", one_clean_line(&problem)),
    }
    for warning in &warnings {
        tracing::warn!(%warning, "config");
        eprintln!("parallax: warning: {warning}");
    }
    Ok(Startup {
        location,
        config,
        warnings: warnings.iter().map(ToString::to_string).collect(),
    })
}
