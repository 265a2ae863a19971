//! The `parallax` binary: parses the command line, loads, analyses, and either
//! prints (headless commands) or opens the reader.
//!
//! Everything it prints passes through the one display cleaner: standard output
//! through `SafeOutput`, messages on standard error through `eprint_line`.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use anyhow::Result;

use parallax::analysis;
use parallax::analysis::progress::Scope;
use parallax::cli::{Cli, Command, InputArgs};
use parallax::commands;
use parallax::commands::error_line;
use parallax::commands::output::{SafeOutput, eprint_line, warn};
use parallax::commands::startup::Startup;
use parallax::model::sanitize::display;

/// mimalloc serves the analysis' many small, short-lived allocations (tokens,
/// stems, claim features) on every thread: 1,000 edited articles analyse in
/// about two thirds of the time the system allocator takes.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    commands::startup::decline_transparent_huge_pages();
    install_panic_hook();
    let cli = Cli::parse_checked();
    let startup = match commands::startup::start(&cli) {
        Ok(startup) => startup,
        Err(code) => return code,
    };
    match run(cli, &startup) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            error_line::report(&err);
            ExitCode::FAILURE
        }
    }
}

/// Prints panics as one cleaned line (a panic message may quote input text),
/// with the backtrace when `RUST_BACKTRACE` asks for it.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".to_string());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprint_line(&format!("internal error{place}: {message}"));
        let backtrace = std::backtrace::Backtrace::capture();
        if backtrace.status() == std::backtrace::BacktraceStatus::Captured {
            eprint!("{}", display(&backtrace.to_string()));
        }
    }));
}

/// Carries out one command line.
fn run(cli: Cli, startup: &Startup) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(SafeOutput::new(stdout.lock()));
    match cli.command {
        Some(Command::Config(args)) if args.path => {
            commands::config::print_path(&startup.location, &mut out, &mut std::io::stderr())?;
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
            None => with_analysis(&args.input, &mut out, REPORT, commands::analyze)?,
        },
        Some(Command::Facts(args)) => commands::facts::facts(&args, &mut out)?,
        Some(Command::Quotes(args)) => with_analysis(&args, &mut out, REPORT, commands::quotes)?,
        Some(Command::Claims(args)) => {
            with_analysis(&args.input, &mut out, REPORT, |c, a, json, out| {
                let selection = commands::claim_selection::ClaimSelection::new(&args, c)?;
                commands::claims(c, a, &selection, json, out)
            })?
        }
        Some(Command::Sessions { json }) => {
            commands::review::list(&mut out, json, startup.config.data_dir.as_deref())?;
        }
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
            with_analysis(&args, &mut out, Scope::WithAlignment, commands::align)?;
        }
        None => {
            drop(out);
            return commands::reader::open_reader(&cli.paths, cli.session, startup);
        }
    }
    out.flush()?;
    Ok(())
}

/// The reports (`analyze`, `quotes`, `claims`) never align sentences.
const REPORT: Scope = Scope::WithoutAlignment;

/// Loads and analyses the inputs (with the alignment index when `scope` asks
/// for it), prints warnings, then runs a printing command.
fn with_analysis(
    args: &InputArgs,
    out: &mut dyn Write,
    scope: Scope,
    command: impl FnOnce(
        &parallax::model::Corpus,
        &analysis::Analysis,
        bool,
        &mut dyn Write,
    ) -> Result<()>,
) -> Result<()> {
    let corpus = commands::steps::load(&args.paths)?;
    for warning in &corpus.warnings {
        warn(warning);
    }
    let analysis = commands::steps::analyze(&corpus, scope);
    command(&corpus, &analysis, args.json, out)
}

/// True when the error is a closed pipe (`parallax analyze | head`): not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
