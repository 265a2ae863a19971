//! The `parallax` binary: parses the command line, loads, analyses, and either
//! prints (headless commands) or opens the reader.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use anyhow::Result;

use parallax::analysis;
use parallax::cli::{Cli, Command, InputArgs};
use parallax::commands;
use parallax::commands::error_line::error_line;
use parallax::commands::progress_bar::ProgressLine;
use parallax::config::{Config, ConfigLocation};

/// Exit status of a usage error (as clap uses for its own).
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse_checked();
    if cli.command.is_none()
        && let Some(command) = cli
            .paths
            .first()
            .and_then(|p| commands::suggest::mistyped_command(p))
    {
        let word = cli.paths[0].display();
        eprintln!("parallax: unknown command '{word}'; did you mean '{command}'?");
        return ExitCode::from(USAGE);
    }
    let location = ConfigLocation::find(cli.config.as_deref());
    let (config, warnings) = Config::load(&location);
    match parallax::logging::init(config.data_dir().as_deref()) {
        Ok(Some(log)) => {
            tracing::info!(log = %log.display(), args = ?std::env::args().collect::<Vec<_>>(), "started")
        }
        Ok(None) => {}
        Err(problem) => eprintln!(
            "parallax: warning: {}",
            parallax::config::one_clean_line(&problem)
        ),
    }
    for warning in &warnings {
        tracing::warn!(%warning, "config");
        eprintln!("parallax: warning: {warning}");
    }
    match run(cli, &location) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let line = error_line(&err);
            tracing::error!(error = %line, "failed");
            eprintln!("parallax: {line}");
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
        Some(Command::Analyze(args)) => with_analysis(&args, &mut out, commands::analyze)?,
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
    let corpus = load(paths)?;
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
    let analysis = analyze(&corpus);
    parallax::tui::run(corpus, analysis, pair, open)
}

/// Loads and analyses the inputs, prints warnings, then runs a printing command.
fn with_analysis(
    args: &InputArgs,
    out: &mut dyn Write,
    command: fn(&parallax::model::Corpus, &analysis::Analysis, bool, &mut dyn Write) -> Result<()>,
) -> Result<()> {
    let corpus = load(&args.paths)?;
    for warning in &corpus.warnings {
        eprintln!("parallax: warning: {warning}");
    }
    let analysis = analyze(&corpus);
    command(&corpus, &analysis, args.json, out)
}

/// Loads the inputs behind a progress line, and logs how long it took.
fn load(paths: &[std::path::PathBuf]) -> Result<parallax::model::Corpus> {
    let started = std::time::Instant::now();
    let progress = ProgressLine::start("loading articles");
    let corpus = commands::load_corpus(paths)?;
    drop(progress);
    tracing::info!(articles = corpus.articles.len(), elapsed = ?started.elapsed(), "loaded");
    Ok(corpus)
}

/// Analyses the corpus behind a progress line, and logs how long it took.
fn analyze(corpus: &parallax::model::Corpus) -> analysis::Analysis {
    let started = std::time::Instant::now();
    let progress = ProgressLine::start(format!("analysing {} articles", corpus.articles.len()));
    let analysis = analysis::analyze(corpus);
    drop(progress);
    tracing::info!(elapsed = ?started.elapsed(), "analysed");
    analysis
}

/// True when the error is a closed pipe (`parallax analyze | head`): not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
