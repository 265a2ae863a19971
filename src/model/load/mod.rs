//! Loading articles from files, folders, standard input and the embedded seeds.

mod decode;
mod error;
mod json;
mod manifest;

use std::path::{Path, PathBuf};

pub use decode::MAX_FILE_BYTES;
pub use error::LoadError;
pub use manifest::{Manifest, ManifestEntry};

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
            let bytes = decode::read_stream_limited(path, std::io::stdin().lock())?;
            add_file(&mut corpus, Path::new("-"), &bytes, None)?;
        } else if path.is_dir() {
            load_folder(&mut corpus, path)?;
        } else {
            let bytes = decode::read_limited(path)?;
            let manifest = folder_manifest(path.parent().unwrap_or(Path::new(".")))?;
            add_file(&mut corpus, path, &bytes, manifest.as_ref())?;
        }
    }
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
        decode::read_stream_limited(path, std::io::stdin().lock())?
    } else if path.is_dir() {
        return Err(LoadError::NotAFile(path.to_path_buf()));
    } else {
        decode::read_limited(path)?
    };
    let mut warnings = Vec::new();
    let text = decode::decode(path, &bytes, &mut warnings)?;
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
        let bytes = decode::read_limited(&file)?;
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
    let bytes = decode::read_limited(&path)?;
    let text = String::from_utf8_lossy(&bytes);
    Manifest::parse(&path, &text).map(Some)
}

/// Decodes one input and adds its article(s) to the corpus.
fn add_file(
    corpus: &mut Corpus,
    path: &Path,
    bytes: &[u8],
    manifest: Option<&Manifest>,
) -> Result<(), LoadError> {
    let text = decode::decode(path, bytes, &mut corpus.warnings)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let entry = name
        .as_deref()
        .and_then(|n| manifest.and_then(|m| m.entry(n)));
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| s != "-")
        .unwrap_or_else(|| "stdin".to_string());
    let base = ArticleMeta {
        id: stem.clone(),
        path: path.display().to_string(),
        outlet: stem,
        ..ArticleMeta::default()
    };
    if is_json(path, &text) {
        let records = json::parse_records(path, &text)?;
        let many = records.len() > 1;
        for (i, record) in records.into_iter().enumerate() {
            let mut meta = base.clone();
            if many {
                meta.id = format!("{}-{}", base.id, i + 1);
            }
            if let Some(domain) = &record.source_domain {
                meta.outlet = json::outlet_from_domain(domain);
            }
            meta.title = record.title.clone().unwrap_or_default();
            meta.date = record.date_publish.clone();
            meta.url = record.url.clone();
            apply_manifest(&mut meta, entry);
            let body = record.body().unwrap_or_default();
            let (clean, _) = super::sanitize::sanitize(body);
            corpus.push(Article::from_text(meta, clean, false));
        }
    } else {
        let mut meta = base;
        apply_manifest(&mut meta, entry);
        corpus.push(Article::from_text(meta, text, true));
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

/// Overrides metadata with what the manifest says.
fn apply_manifest(meta: &mut ArticleMeta, entry: Option<&ManifestEntry>) {
    let Some(entry) = entry else { return };
    if let Some(outlet) = entry.label.clone().or(entry.name.clone()) {
        meta.outlet = outlet;
    }
    if let Some(title) = &entry.title {
        meta.title = title.clone();
    }
    if entry.date.is_some() {
        meta.date = entry.date.clone();
    }
    if entry.url.is_some() {
        meta.url = entry.url.clone();
    }
}
