//! `parallax man`: one roff manual page for the whole program, every command
//! in it, generated from the command-line definition.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;
use clap_mangen::Man;

use crate::cli::Cli;

/// Writes the manual page: the program's own sections, then a section per
/// command (in place of a list pointing to pages that do not exist) with its
/// synopsis, description and options, then the examples and exit status. The page starts with its `.TH` title line.
pub fn man_page(out: &mut dyn Write) -> Result<()> {
    let mut roff = Vec::new();
    sections(&mut roff)?;
    let roff = String::from_utf8_lossy(&roff);
    // Each rendered piece repeats the two-line preamble that defines the
    // apostrophe string; keep one copy, right after the title.
    let preamble: Vec<&str> = roff.lines().filter(|l| is_preamble(l)).take(2).collect();
    let mut lines = roff.lines().filter(|l| !is_preamble(l));
    if let Some(title) = lines.next() {
        writeln!(out, "{title}")?;
    }
    for line in preamble.into_iter().chain(lines) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Whether a line is part of the preamble clap_mangen writes before each piece.
fn is_preamble(line: &str) -> bool {
    line.starts_with(".ie \\n(.g .ds Aq") || line.starts_with(".el .ds Aq")
}

/// Every section of the page, in order.
fn sections(out: &mut dyn Write) -> Result<()> {
    let mut command = Cli::command();
    command.build();
    let page = Man::new(command.clone());
    page.render_title(out)?;
    page.render_name_section(out)?;
    page.render_synopsis_section(out)?;
    page.render_description_section(out)?;
    page.render_options_section(out)?;
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        writeln!(out, ".SH \"PARALLAX {}\"", sub.get_name().to_uppercase())?;
        let sub_page = Man::new(sub.clone());
        let mut sections = Vec::new();
        sub_page.render_synopsis_section(&mut sections)?;
        sub_page.render_description_section(&mut sections)?;
        if sub.get_arguments().any(|arg| !arg.is_hide_set()) {
            sub_page.render_options_section(&mut sections)?;
        }
        out.write_all(&demoted(&sections))?;
    }
    let mut extra = Vec::new();
    page.render_extra_section(&mut extra)?;
    let extra = String::from_utf8_lossy(&extra).replacen(
        ".SH EXTRA",
        ".SH \"EXAMPLES, CONFIGURATION AND EXIT STATUS\"",
        1,
    );
    out.write_all(extra.as_bytes())?;
    page.render_version_section(out)?;
    Ok(())
}

/// Roff text with its section headings made subsection headings, so a
/// command's SYNOPSIS and OPTIONS sit under that command's heading.
fn demoted(roff: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(roff)
        .lines()
        .map(|line| match line.strip_prefix(".SH ") {
            Some(title) => format!(".SS {title}\n"),
            None => format!("{line}\n"),
        })
        .collect::<String>()
        .into_bytes()
}
