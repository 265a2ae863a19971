//! The one line an error that reaches the user is printed as.

/// `err` and its causes joined by ": " on one line, leaving out a cause whose
/// text the line already holds (an error that prints its source, such as
/// "a.txt: Permission denied", would otherwise show the OS text twice), with
/// control characters replaced by spaces.
pub fn error_line(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    crate::config::one_clean_line(&line)
}

/// Prints `err` as its one line on standard error (and in the log).
pub fn report(err: &anyhow::Error) {
    let line = error_line(err);
    tracing::error!(error = %line, "failed");
    super::output::eprint_line(&line);
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[derive(Debug, thiserror::Error)]
    #[error("a.txt: {source}")]
    struct Wrapped {
        source: std::io::Error,
    }

    #[test]
    fn the_os_text_appears_once() {
        let io = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let text = io.to_string();
        let err = anyhow::Error::new(Wrapped { source: io });
        assert_eq!(
            format!("{err:#}").matches(&text).count(),
            2,
            "anyhow repeats it"
        );
        assert_eq!(error_line(&err), format!("a.txt: {text}"));
    }

    #[test]
    fn distinct_contexts_are_all_kept_on_one_line() {
        let err = Err::<(), _>(std::io::Error::other("disk\nfull"))
            .context("cannot write report.md")
            .unwrap_err();
        assert_eq!(error_line(&err), "cannot write report.md: disk full");
    }
}
