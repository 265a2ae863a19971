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

/// Asks Linux not to back this process's memory with transparent huge pages.
///
/// mimalloc marks its arenas as wanting huge pages; under the kernel's default
/// `madvise` policy every first touch of such a region then zeroes 2 MiB and
/// may first compact memory to find it, on the thread that touched it. The
/// analysis touches its memory once and in order, so it gains little from
/// huge pages and pays for them: on 31 MiB of quoted copy, system time was
/// 4.2–5.7 s with them and 1.8–2.2 s without (eight alternating runs), and the
/// spread of wall times narrowed. Failure (an old kernel) changes nothing.
/// The profiling example calls it too, so its figures are the binary's.
pub fn decline_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes integer arguments only and touches no
    // memory of ours; its result is deliberately ignored.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
