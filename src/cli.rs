//! Command-line interface: what the user can ask for, parsed by clap.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

/// Compare how news outlets report the same story, side by side in the terminal.
#[derive(Debug, Parser)]
#[command(
    name = "parallax",
    version,
    about,
    after_help = "\
Examples:
  parallax                          open the built-in sample corpus (five articles)
  parallax a.txt b.txt              compare two articles side by side
  parallax stories/                 open a folder of articles and pick a pair
  parallax analyze --json stories/  the whole analysis as JSON, for scripts
  parallax sentences -              split standard input into sentences
  parallax quotes stories/          every quote group with each outlet's rendering
  parallax claims --status conflict --outlet RT stories/
                                    the claims RT reports differently from others
  parallax facts --omissions RT d/  the facts most outlets report and RT leaves out
  parallax align --json a.txt b.txt the sentence alignment of one pair
  parallax --session review.json d/  keep this review's notes in review.json
  parallax sessions                 list saved review sessions (--json for scripts)
  parallax export review.json --format html -o report.html

Inputs: .txt/.md (first short line is the headline), .json/.jsonl in the shape of
news crawlers (title, maintext, source_domain, date_publish, url), folders of those
(with an optional manifest.toml naming outlets), and - for standard input.

Review sessions (notes, flags, verdicts, reading positions) are saved as you work,
per corpus, in the platform data folder (or PARALLAX_DATA_DIR), or in --session FILE.

Configuration: --config FILE, else PARALLAX_CONFIG, else config.toml in the platform
config folder; `parallax config --path` says which, `parallax config --print-default`
prints a commented default. PARALLAX_LOG=debug (or info, warn, error, trace) writes
parallax.log in the data folder. NO_COLOR=1 turns colour off.

Exit status: 0 success, 1 error (a message on standard error says what), 2 usage
error (an unknown option or command)."
)]
pub struct Cli {
    /// What to do; without a command, open the reader.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles or folders to open in the reader (default: the built-in seeds).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Keep the review session (notes, flags, verdicts) in this file.
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
    /// Read the configuration from this file (default: PARALLAX_CONFIG, else
    /// config.toml in the platform config folder).
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
}

impl Cli {
    /// Parses the command line, exiting with status 2 and clap's message on a
    /// usage error, including a reader option given with a command.
    pub fn parse_checked() -> Self {
        let cli = match Self::try_parse() {
            Ok(cli) => cli,
            Err(err) if !err.use_stderr() => err.exit(),
            Err(err) => {
                // Usage errors quote the command line back: clean it like any output.
                eprint!(
                    "{}",
                    crate::model::sanitize::display(&err.render().to_string())
                );
                std::process::exit(err.exit_code());
            }
        };
        if let Some(problem) = cli.misplaced_option() {
            Self::command()
                .error(clap::error::ErrorKind::ArgumentConflict, problem)
                .exit();
        }
        cli
    }

    /// Why the arguments do not go together, if they do not: `--session` is for
    /// the reader, so a command after it would silently ignore it.
    fn misplaced_option(&self) -> Option<String> {
        match (&self.session, &self.command) {
            (Some(_), Some(_)) => Some(
                "--session opens the reader; it does not go with a command \
                 (export takes the session file as its argument)"
                    .to_string(),
            ),
            _ => None,
        }
    }
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the document model and analysis (text summary, or JSON with --json).
    Analyze(AnalyzeArgs),
    /// Split plain text into sentences, one per line (no headline detection).
    Sentences {
        /// Print a JSON array of {start, end, text} instead of lines.
        #[arg(long)]
        json: bool,
        /// A text file, or - for standard input.
        #[arg(value_name = "PATH|-")]
        path: PathBuf,
    },
    /// List each quote group with its renderings and speakers.
    Quotes(InputArgs),
    /// List each claim group with its status and the outlets carrying it.
    Claims(ClaimsArgs),
    /// Print the fact table: each fact (claim group) with every outlet's value,
    /// conflicts first; or what one outlet left out (--omissions).
    Facts(FactsArgs),
    /// List the saved review sessions (in PARALLAX_DATA_DIR, else the config's
    /// data_dir, else the platform data folder).
    Sessions {
        /// Print JSON ({"folder", "sessions": [{"path", "outlets", "marks",
        /// "saved"}]}) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Write a review session's report: quote groups, claim groups, and every note,
    /// flag and verdict.
    Export {
        /// The session file.
        session: PathBuf,
        /// Report format.
        #[arg(long, value_enum, default_value = "md")]
        format: ReportFormat,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The articles, when they are not where the session recorded them.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Print the sentence alignment of two articles.
    Align {
        /// Print JSON instead of a side-by-side listing.
        #[arg(long)]
        json: bool,
        /// The left article.
        left: PathBuf,
        /// The right article.
        right: PathBuf,
    },
    /// Show where the configuration is read from, or print a commented default.
    Config(ConfigArgs),
    /// Print a shell completion script (see the README for where to put it).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), every command in one page.
    Man,
}

/// What `parallax config` prints: exactly one of its flags.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct ConfigArgs {
    /// Print the path of the config file read (and whether it exists).
    #[arg(long)]
    pub path: bool,
    /// Print the complete default configuration, commented.
    #[arg(long)]
    pub print_default: bool,
}

/// Formats of the review report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Markdown, for forges and editors.
    Md,
    /// One self-contained HTML file.
    Html,
    /// JSON, for scripts.
    Json,
}

/// `parallax claims`: the inputs, and which claim groups to list.
#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// Only groups with this status: reported differently by some outlet
    /// (conflict), carried alike by several (shared), or by one outlet only
    /// (unique).
    #[arg(long, value_enum)]
    pub status: Option<ClaimStatusArg>,
    /// Only groups this outlet carries (its name as the reader shows it, any
    /// case).
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// Inputs and output format.
    #[command(flatten)]
    pub input: InputArgs,
}

/// A claim group's status, as `--status` takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ClaimStatusArg {
    /// Some outlet gives another number, date or modality.
    Conflict,
    /// Several outlets carry it alike.
    Shared,
    /// One outlet only.
    Unique,
}

/// `parallax analyze`: the inputs, and a session whose corrections apply.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Inputs and format.
    #[command(flatten)]
    pub input: InputArgs,
    /// Apply the analyst's corrections saved in this review session.
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
}

/// `parallax facts`: which facts, for which outlet.
#[derive(Debug, Args)]
pub struct FactsArgs {
    /// Inputs and format.
    #[command(flatten)]
    pub input: InputArgs,
    /// Only facts of this status: all, conflict, shared or unique.
    #[arg(long, value_name = "STATUS", default_value = "all")]
    pub status: crate::analysis::facts::StatusFilter,
    /// Only facts this outlet reports (its name or its article id).
    #[arg(long, value_name = "OUTLET")]
    pub outlet: Option<String>,
    /// What this outlet (name or article id) left out: the facts most other
    /// outlets report and it does not, most reported first.
    #[arg(long, value_name = "OUTLET", conflicts_with = "outlet")]
    pub omissions: Option<String>,
    /// Apply the analyst's corrections saved in this review session.
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
}

/// Inputs and output format shared by the corpus-wide commands.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Articles, folders, or - for standard input (default: the built-in seeds).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn bare_paths_open_the_reader() {
        let cli = Cli::try_parse_from(["parallax", "a.txt", "b.txt"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.paths.len(), 2);
        let cli = Cli::try_parse_from(["parallax", "analyze", "--json", "-"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Analyze(AnalyzeArgs {
                input: InputArgs { json: true, .. },
                session: None
            }))
        ));
    }

    #[test]
    fn config_flag_goes_before_or_after_a_command() {
        for (args, command) in [
            (&["parallax", "--config", "c.toml", "quotes"][..], true),
            (&["parallax", "quotes", "--config", "c.toml"][..], true),
            (&["parallax", "--config", "c.toml", "a.txt"][..], false),
        ] {
            let cli = Cli::try_parse_from(args).unwrap();
            assert_eq!(cli.config, Some(PathBuf::from("c.toml")), "{args:?}");
            assert_eq!(cli.command.is_some(), command, "{args:?}");
        }
        let cli = Cli::try_parse_from(["parallax", "a.txt", "quotes"]).unwrap();
        assert!(cli.command.is_none(), "a path first keeps the rest paths");
        assert_eq!(cli.paths.len(), 2);
    }

    #[test]
    fn session_goes_with_the_reader_only() {
        let cli = Cli::try_parse_from(["parallax", "--session", "s.json", "a.txt"]).unwrap();
        assert_eq!(cli.misplaced_option(), None);
        let cli = Cli::try_parse_from(["parallax", "--session", "s.json", "quotes"]).unwrap();
        assert!(
            cli.misplaced_option()
                .unwrap()
                .starts_with("--session opens the reader")
        );
    }

    #[test]
    fn claims_take_a_status_and_an_outlet() {
        let cli = Cli::try_parse_from([
            "parallax", "claims", "--status", "conflict", "--outlet", "RT", "--json", "d/",
        ])
        .unwrap();
        let Some(Command::Claims(args)) = cli.command else {
            panic!("not claims");
        };
        assert_eq!(args.status, Some(ClaimStatusArg::Conflict));
        assert_eq!(args.outlet.as_deref(), Some("RT"));
        assert!(args.input.json);
        assert_eq!(args.input.paths, [PathBuf::from("d/")]);
        assert!(Cli::try_parse_from(["parallax", "claims", "--status", "agreed"]).is_err());
        let cli = Cli::try_parse_from(["parallax", "sessions", "--json"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Sessions { json: true })
        ));
    }

    #[test]
    fn config_command_takes_exactly_one_flag() {
        assert!(Cli::try_parse_from(["parallax", "config"]).is_err());
        assert!(Cli::try_parse_from(["parallax", "config", "--path", "--print-default"]).is_err());
        let cli = Cli::try_parse_from(["parallax", "config", "--path"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Config(ConfigArgs { path: true, .. }))
        ));
    }
}
