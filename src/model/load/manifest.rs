//! `manifest.toml`: per-file outlet labels and metadata for a folder of articles.

use std::path::Path;

use serde::Deserialize;

use super::LoadError;

/// The parsed manifest of a folder.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// One entry per described file.
    #[serde(default, rename = "article")]
    pub articles: Vec<ManifestEntry>,
}

/// What the manifest says about one file.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    /// File name inside the folder.
    pub file: String,
    /// Short label shown for the outlet.
    pub label: Option<String>,
    /// The outlet's name, where the text shows it.
    pub name: Option<String>,
    /// Headline, overriding the one found in the text.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<String>,
    /// Original address.
    pub url: Option<String>,
}

impl Manifest {
    /// Parses manifest text; `path` names the file in errors.
    pub fn parse(path: &Path, text: &str) -> Result<Manifest, LoadError> {
        toml::from_str(text).map_err(|e| LoadError::Manifest {
            path: path.to_path_buf(),
            message: e.message().to_string()
                + &e.span()
                    .map(|s| format!(" (line {})", text[..s.start].lines().count().max(1)))
                    .unwrap_or_default(),
        })
    }

    /// The entry for `file`, if any.
    pub fn entry(&self, file: &str) -> Option<&ManifestEntry> {
        self.articles.iter().find(|e| e.file == file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_and_reports_errors_with_line() {
        let m = Manifest::parse(
            Path::new("m.toml"),
            "[[article]]\nfile = \"a.txt\"\nlabel = \"Wire\"\n",
        )
        .unwrap();
        assert_eq!(m.entry("a.txt").unwrap().label.as_deref(), Some("Wire"));
        assert!(m.entry("b.txt").is_none());
        let err = Manifest::parse(Path::new("m.toml"), "[[article]]\nfile = 3\n").unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("m.toml: bad manifest:") && msg.contains("line 2"),
            "{msg}"
        );
    }
}
