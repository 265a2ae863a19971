//! `parallax completions SHELL`: a completion script generated from the
//! command-line definition, so it never falls behind the options.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// Writes the completion script for `shell`.
pub fn completions(shell: Shell, out: &mut dyn Write) -> Result<()> {
    clap_complete::generate(shell, &mut Cli::command(), "parallax", out);
    Ok(())
}
