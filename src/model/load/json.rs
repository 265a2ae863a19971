//! Articles in the JSON shape news crawlers such as news-please write.
//!
//! One object per file, an array of objects, or one object per line (JSONL). The
//! text is `maintext` (or `text`); `title`, `source_domain`, `date_publish` and
//! `url` fill the metadata when present.

use std::path::Path;

use serde::Deserialize;

use super::LoadError;

/// The fields read from one crawler record; all others are ignored.
#[derive(Debug, Deserialize)]
pub struct CrawlerRecord {
    /// Headline.
    pub title: Option<String>,
    /// Article body (news-please's name).
    pub maintext: Option<String>,
    /// Article body under a more generic name.
    pub text: Option<String>,
    /// The outlet's domain, e.g. `www.example.com`.
    pub source_domain: Option<String>,
    /// Publication date.
    pub date_publish: Option<String>,
    /// Original address.
    pub url: Option<String>,
}

impl CrawlerRecord {
    /// The body text, whichever field holds it.
    pub fn body(&self) -> Option<&str> {
        self.maintext
            .as_deref()
            .or(self.text.as_deref())
            .filter(|t| !t.trim().is_empty())
    }
}

/// Parses a `.json` (object or array) or `.jsonl` text into records.
pub fn parse_records(path: &Path, text: &str) -> Result<Vec<CrawlerRecord>, LoadError> {
    let trimmed = text.trim_start();
    let jsonl = path.extension().is_some_and(|e| e == "jsonl");
    let records = if trimmed.starts_with('[') && !jsonl {
        serde_json::from_str::<Vec<CrawlerRecord>>(text).map_err(|e| json_error(path, &e, 0))?
    } else if !jsonl && serde_json::from_str::<serde_json::Value>(text).is_ok() {
        vec![serde_json::from_str(text).map_err(|e| json_error(path, &e, 0))?]
    } else {
        let mut records = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let record = serde_json::from_str(line).map_err(|e| json_error(path, &e, index))?;
            records.push(record);
        }
        records
    };
    if records.is_empty() {
        return Err(LoadError::Json {
            path: path.to_path_buf(),
            line: 1,
            message: "no article records (expected an object, or an array of objects)".into(),
        });
    }
    if let Some(index) = records.iter().position(|r| r.body().is_none()) {
        return Err(LoadError::Json {
            path: path.to_path_buf(),
            line: if records.len() > 1 { index + 1 } else { 1 },
            message: "record has no article text (expected a \"maintext\" or \"text\" field)"
                .into(),
        });
    }
    Ok(records)
}

/// A JSON error placed at its line; `line_offset` counts lines before the parsed text.
fn json_error(path: &Path, err: &serde_json::Error, line_offset: usize) -> LoadError {
    LoadError::Json {
        path: path.to_path_buf(),
        line: line_offset + err.line().max(1),
        message: format!("invalid JSON: {err}"),
    }
}

/// Outlet label from a domain: `www.example.co.uk` → `example.co.uk`.
pub fn outlet_from_domain(domain: &str) -> String {
    domain.trim().trim_start_matches("www.").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_array_and_lines() {
        let one =
            parse_records(Path::new("a.json"), r#"{"title":"T","maintext":"Body."}"#).unwrap();
        assert_eq!(one.len(), 1);
        let arr = parse_records(
            Path::new("a.json"),
            r#"[{"maintext":"One."},{"text":"Two.","source_domain":"www.x.com"}]"#,
        )
        .unwrap();
        assert_eq!(arr[1].body(), Some("Two."));
        let lines = parse_records(
            Path::new("a.jsonl"),
            "{\"maintext\":\"One.\"}\n\n{\"maintext\":\"Two.\"}\n",
        )
        .unwrap();
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn errors_name_the_line() {
        let err =
            parse_records(Path::new("b.jsonl"), "{\"maintext\":\"ok\"}\n{broken\n").unwrap_err();
        assert!(
            err.to_string().starts_with("b.jsonl:2: invalid JSON"),
            "{err}"
        );
        let err = parse_records(Path::new("e.json"), "[]").unwrap_err();
        assert!(err.to_string().contains("no article records"), "{err}");
        let err = parse_records(Path::new("c.json"), r#"{"title":"no body"}"#).unwrap_err();
        assert!(err.to_string().contains("no article text"), "{err}");
    }

    #[test]
    fn domain_to_outlet() {
        assert_eq!(outlet_from_domain("www.example.co.uk"), "example.co.uk");
    }
}
