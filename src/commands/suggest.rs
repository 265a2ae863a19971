//! "Did you mean": a bare word given where a path is expected, that is no file
//! but resembles a command, was almost certainly a mistyped command.

use std::path::Path;

use clap::CommandFactory;

use crate::cli::Cli;

/// The command `path` was probably meant to be, when it does not exist, looks
/// like a word rather than a path, and is close to a command's name.
pub fn mistyped_command(path: &Path) -> Option<String> {
    let word = path.to_str()?;
    if path.exists() || word.contains(['/', '\\', '.']) || word == "-" {
        return None;
    }
    let command = Cli::command();
    let names: Vec<&str> = command
        .get_subcommands()
        .map(|sub| sub.get_name())
        .filter(|name| *name != "help")
        .collect();
    closest(word, &names).map(str::to_string)
}

/// The name in `names` most like `word`, if any is close enough: a prefix of
/// three letters or more, or a Jaro-Winkler similarity of at least 0.85.
pub fn closest<'a>(word: &str, names: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    names
        .iter()
        .map(|name| {
            let prefix = word.len() >= 3 && name.starts_with(&word);
            let score = if prefix {
                1.0
            } else {
                strsim::jaro_winkler(&word, name)
            };
            (score, *name)
        })
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &[&str] = &[
        "analyze",
        "sentences",
        "quotes",
        "claims",
        "align",
        "sessions",
        "export",
    ];

    #[test]
    fn near_misses_find_their_command() {
        assert_eq!(closest("quote", NAMES), Some("quotes"));
        assert_eq!(closest("analyse", NAMES), Some("analyze"));
        assert_eq!(closest("claim", NAMES), Some("claims"));
        assert_eq!(closest("sentence", NAMES), Some("sentences"));
        assert_eq!(closest("exprot", NAMES), Some("export"));
        assert_eq!(closest("sess", NAMES), Some("sessions"));
        assert_eq!(closest("report", NAMES), Some("export"));
    }

    #[test]
    fn unrelated_words_find_nothing() {
        for word in ["stories", "zzz", "a", "notes", "articles"] {
            assert_eq!(closest(word, NAMES), None, "{word}");
        }
    }

    #[test]
    fn paths_and_existing_files_are_never_commands() {
        assert_eq!(mistyped_command(Path::new("quote.txt")), None);
        assert_eq!(mistyped_command(Path::new("dir/quote")), None);
        assert_eq!(mistyped_command(Path::new("-")), None);
        assert_eq!(mistyped_command(Path::new("src")), None, "exists");
        assert_eq!(mistyped_command(Path::new("quote")), Some("quotes".into()));
    }
}
