//! Loading articles from files, folders, standard input and the embedded seeds.

mod decode;
mod error;
mod json;
mod manifest;
mod read;

use std::path::{Path, PathBuf};

pub use error::LoadError;
pub use manifest::{Manifest, ManifestEntry};
pub use read::{MAX_FILE_BYTES, read_regular};

use super::sanitize::{SanitizeReport, clean_line, sanitize};
use super::{Article, ArticleMeta, Corpus};

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// The manifest file name looked for in a folder.
pub const MANIFEST_FILE: &str = "manifest.toml";

/// File extensions read as articles from a folder.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "json", "jsonl"];

/// Loads every path: `-` is standard input, a folder contributes each article file in
/// it (sorted by name), a file is one article (or several, for JSON arrays and JSONL).
pub fn load_paths(paths: &[PathBuf]) -> Result<Corpus, LoadError> {
    let mut corpus = Corpus::default();
    for path in paths {
        if path.as_os_str() == "-" {
            let bytes = read::read_bounded(path, std::io::stdin().lock(), MAX_FILE_BYTES)?;
            add_file(&mut corpus, Path::new("-"), &bytes, None)?;
        } else if path.is_dir() {
            load_folder(&mut corpus, path)?;
        } else {
            let bytes = read::read_regular(path, MAX_FILE_BYTES)?;
            let manifest = folder_manifest(path.parent().unwrap_or(Path::new(".")))?;
            add_file(&mut corpus, path, &bytes, manifest.as_ref())?;
        }
    }
    Ok(corpus)
}

/// Loads one input already in memory as if it had been read from `path`, with
/// the same checks, cleaning and warnings as [`load_paths`]; for inputs that come
/// from elsewhere than a file, such as a fuzzer.
pub fn load_bytes(
    path: &Path,
    bytes: &[u8],
    manifest: Option<&Manifest>,
) -> Result<Corpus, LoadError> {
    let mut corpus = Corpus::default();
    add_file(&mut corpus, path, bytes, manifest)?;
    Ok(corpus)
}

/// Plain text read for the segmenter, with what decoding warned about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlainText {
    /// The clean text.
    pub text: String,
    /// Non-fatal problems, each naming the input.
    pub warnings: Vec<String>,
}

/// Reads one file (or `-` for standard input) as plain text, with the same checks
/// as article loading but no headline detection and no JSON handling.
pub fn load_plain_text(path: &Path) -> Result<PlainText, LoadError> {
    let bytes = if path.as_os_str() == "-" {
        read::read_bounded(path, std::io::stdin().lock(), MAX_FILE_BYTES)?
    } else {
        read::read_regular(path, MAX_FILE_BYTES)?
    };
    let mut warnings = Vec::new();
    let (text, report) = decode::decode(path, &bytes, &mut warnings)?;
    warnings.extend(report.warning(&path.display().to_string()));
    Ok(PlainText { text, warnings })
}

/// Loads the five sample articles embedded in the binary.
pub fn load_seeds() -> Corpus {
    let mut corpus = Corpus::default();
    let manifest = SEED_FILES
        .iter()
        .find(|(name, _)| *name == MANIFEST_FILE)
        .map(|(_, bytes)| {
            Manifest::parse(
                Path::new("seeds/manifest.toml"),
                &String::from_utf8_lossy(bytes),
            )
            .expect("the embedded seed manifest parses (checked by tests)")
        });
    for (name, bytes) in SEED_FILES
        .iter()
        .filter(|(n, _)| is_article_file(Path::new(n)))
    {
        let path = Path::new("seeds").join(name);
        add_file(&mut corpus, &path, bytes, manifest.as_ref())
            .expect("the embedded seeds load (checked by tests)");
    }
    corpus
}

/// Loads all article files of a folder, with its manifest.
fn load_folder(corpus: &mut Corpus, dir: &Path) -> Result<(), LoadError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| LoadError::io(dir, e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && is_article_file(p))
        .collect();
    if files.is_empty() {
        return Err(LoadError::NoArticles(dir.to_path_buf()));
    }
    files.sort();
    let manifest = folder_manifest(dir)?;
    for file in files {
        let bytes = read::read_regular(&file, MAX_FILE_BYTES)?;
        add_file(corpus, &file, &bytes, manifest.as_ref())?;
    }
    Ok(())
}

/// True for visible files with an article extension.
fn is_article_file(path: &Path) -> bool {
    let visible = path
        .file_name()
        .is_some_and(|n| !n.to_string_lossy().starts_with('.'));
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    visible && ext.is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.as_str()))
}

/// The folder's `manifest.toml`, if it has one.
fn folder_manifest(dir: &Path) -> Result<Option<Manifest>, LoadError> {
    let path = dir.join(MANIFEST_FILE);
    if !path.is_file() {
        return Ok(None);
    }
    let bytes = read::read_regular(&path, MAX_FILE_BYTES)?;
    let text = String::from_utf8_lossy(&bytes);
    Manifest::parse(&path, &text).map(Some)
}

/// Decodes one input and adds its article(s) to the corpus. The body and every
/// metadata field are cleaned; one warning says what cleaning removed. The path
/// is kept as given: it is how the file is found again, and each output cleans or
/// escapes it.
fn add_file(
    corpus: &mut Corpus,
    path: &Path,
    bytes: &[u8],
    manifest: Option<&Manifest>,
) -> Result<(), LoadError> {
    let (text, mut report) = decode::decode(path, bytes, &mut corpus.warnings)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let entry = name
        .as_deref()
        .and_then(|n| manifest.and_then(|m| m.entry(n)));
    let mut metadata = SanitizeReport::default();
    let mut field = |value: &str| {
        let (clean, found) = clean_line(value);
        metadata.merge(found);
        clean
    };
    let stem = path
        .file_stem()
        .map(|s| field(&s.to_string_lossy()))
        .filter(|s| s != "-")
        .unwrap_or_else(|| "stdin".to_string());
    let stem = if stem.is_empty() {
        "article".into()
    } else {
        stem
    };
    let base = ArticleMeta {
        id: stem.clone(),
        path: path.display().to_string(),
        outlet: stem,
        ..ArticleMeta::default()
    };
    let mut articles = Vec::new();
    if is_json(path, &text) {
        let records = json::parse_records(path, &text)?;
        let many = records.len() > 1;
        for (i, record) in records.into_iter().enumerate() {
            let mut meta = base.clone();
            if many {
                meta.id = format!("{}-{}", base.id, i + 1);
            }
            if let Some(domain) = &record.source_domain {
                meta.outlet = json::outlet_from_domain(&field(domain));
            }
            meta.title = field(record.title.as_deref().unwrap_or_default());
            meta.date = record.date_publish.as_deref().map(&mut field);
            meta.url = record.url.as_deref().map(&mut field);
            apply_manifest(&mut meta, entry, &mut field);
            let (body, found) = sanitize(record.body().unwrap_or_default());
            report.merge(found);
            articles.push((meta, body, false));
        }
    } else {
        let mut meta = base;
        apply_manifest(&mut meta, entry, &mut field);
        articles.push((meta, text, true));
    }
    report.merge(metadata);
    corpus
        .warnings
        .extend(report.warning(&path.display().to_string()));
    for (meta, body, detect_headline) in articles {
        corpus.push(Article::from_text(meta, body, detect_headline));
    }
    Ok(())
}

/// True for `.json`/`.jsonl` files, and for standard input that starts like JSON.
fn is_json(path: &Path, text: &str) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) => ext.eq_ignore_ascii_case("json") || ext.eq_ignore_ascii_case("jsonl"),
        None => path.as_os_str() == "-" && text.trim_start().starts_with('{'),
    }
}

/// Overrides metadata with what the manifest says, each value cleaned by `field`.
fn apply_manifest(
    meta: &mut ArticleMeta,
    entry: Option<&ManifestEntry>,
    field: &mut impl FnMut(&str) -> String,
) {
    let Some(entry) = entry else { return };
    if let Some(outlet) = entry.label.as_deref().or(entry.name.as_deref()) {
        meta.outlet = field(outlet);
    }
    if let Some(title) = &entry.title {
        meta.title = field(title);
    }
    if let Some(date) = &entry.date {
        meta.date = Some(field(date));
    }
    if let Some(url) = &entry.url {
        meta.url = Some(field(url));
    }
}
