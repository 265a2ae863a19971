//! The `parallax` binary: parses the command line, loads, analyses, and either
//! prints (headless commands) or opens the reader.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use anyhow::Result;

use parallax::analysis;
use parallax::cli::{Cli, Command, InputArgs};
use parallax::commands;
use parallax::commands::error_line;
use parallax::config::ConfigLocation;

fn main() -> ExitCode {
    let cli = Cli::parse_checked();
    let startup = match commands::startup::start(&cli) {
        Ok(startup) => startup,
        Err(code) => return code,
    };
    match run(cli, &startup.location) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            error_line::report(&err);
            ExitCode::FAILURE
        }
    }
}

/// Carries out one command line.
fn run(cli: Cli, location: &ConfigLocation) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match cli.command {
        Some(Command::Config(args)) if args.path => {
            commands::config::print_path(location, &mut out, &mut std::io::stderr())?;
        }
        Some(Command::Config(_)) => commands::config::print_default(&mut out)?,
        Some(Command::Completions { shell }) => {
            commands::completions::completions(shell, &mut out)?
        }
        Some(Command::Man) => commands::man::man_page(&mut out)?,
        Some(Command::Sentences { json, path }) => commands::sentences(&path, json, &mut out)?,
        Some(Command::Analyze(args)) => match &args.session {
            Some(session) => {
                let (paths, json) = (&args.input.paths, args.input.json);
                commands::corrected::analyze(paths, json, session, &mut out)?;
            }
            None => with_analysis(&args.input, &mut out, commands::analyze)?,
        },
        Some(Command::Facts(args)) => commands::facts::facts(&args, &mut out)?,
        Some(Command::Quotes(args)) => with_analysis(&args, &mut out, commands::quotes)?,
        Some(Command::Claims(args)) => with_analysis(&args, &mut out, commands::claims)?,
        Some(Command::Sessions) => commands::review::list(&mut out)?,
        Some(Command::Export {
            session,
            format,
            output,
            paths,
        }) => {
            commands::review::export_report(&session, format, output.as_deref(), &paths, &mut out)?;
        }
        Some(Command::Align { json, left, right }) => {
            let args = InputArgs {
                json,
                paths: vec![left, right],
            };
            with_analysis(&args, &mut out, commands::align)?;
        }
        None => {
            drop(out);
            return open_reader(&cli.paths, cli.session);
        }
    }
    out.flush()?;
    Ok(())
}

/// Loads and analyses the inputs, then runs the interactive reader.
fn open_reader(paths: &[std::path::PathBuf], session: Option<std::path::PathBuf>) -> Result<()> {
    let corpus = commands::steps::load(paths)?;
    for warning in &corpus.warnings {
        eprintln!("parallax: warning: {warning}");
    }
    parallax::tui::ensure_terminal()?;
    let pair = match corpus.articles.len() {
        0 | 1 => Some((0, 0)),
        2 => Some((0, 1)),
        _ if paths.is_empty() => Some((0, 1)),
        _ => None,
    };
    let open = commands::review::open_session(session, &corpus)?;
    let analysis = commands::steps::analyze(&corpus);
    parallax::tui::run(corpus, analysis, pair, open)
}

/// Loads and analyses the inputs, prints warnings, then runs a printing command.
fn with_analysis(
    args: &InputArgs,
    out: &mut dyn Write,
    command: fn(&parallax::model::Corpus, &analysis::Analysis, bool, &mut dyn Write) -> Result<()>,
) -> Result<()> {
    let corpus = commands::steps::load(&args.paths)?;
    for warning in &corpus.warnings {
        eprintln!("parallax: warning: {warning}");
    }
    let analysis = commands::steps::analyze(&corpus);
    command(&corpus, &analysis, args.json, out)
}

/// True when the error is a closed pipe (`parallax analyze | head`): not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
