//! The document model as loaded from every kind of input.

use std::path::{Path, PathBuf};

use parallax::model::load::{LoadError, MAX_FILE_BYTES, load_paths, load_seeds};
use parallax::model::{BlockKind, Corpus};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn load(rel: &str) -> Result<Corpus, LoadError> {
    load_paths(&[fixture(rel)])
}

#[test]
fn seeds_are_embedded_with_manifest_labels() {
    let corpus = load_seeds();
    let outlets: Vec<&str> = corpus
        .articles
        .iter()
        .map(|a| a.meta.outlet.as_str())
        .collect();
    assert_eq!(outlets.len(), 5);
    assert_eq!(outlets[0], "RT");
    assert_eq!(outlets[1], "GDC");
    assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
    for (article, seed) in corpus.articles.iter().zip(sorted_seed_files()) {
        assert_eq!(
            article.text,
            std::fs::read_to_string(&seed).unwrap(),
            "{}",
            seed.display()
        );
        assert_eq!(
            article.meta.path,
            format!("seeds/{}", seed.file_name().unwrap().to_string_lossy())
        );
    }
}

fn sorted_seed_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

#[test]
fn seed_folder_loads_like_embedded_seeds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let from_disk = load_paths(&[dir]).unwrap();
    let embedded = load_seeds();
    for (a, b) in from_disk.articles.iter().zip(&embedded.articles) {
        assert_eq!(a.text, b.text);
        assert_eq!(a.meta.outlet, b.meta.outlet);
        assert_eq!(a.paragraphs, b.paragraphs);
    }
}

#[test]
fn seed_non_article_lines_are_marked() {
    let corpus = load_seeds();
    let kinds = |i: usize| -> Vec<(BlockKind, String)> {
        let a = &corpus.articles[i];
        a.paragraphs
            .iter()
            .filter(|p| p.kind.is_non_article())
            .map(|p| (p.kind, a.slice(p.span).to_string()))
            .collect()
    };
    let gdc = kinds(1);
    assert_eq!(gdc.len(), 4, "{gdc:?}");
    assert!(gdc.iter().all(|(k, _)| *k == BlockKind::Boilerplate));
    let tweet = kinds(3);
    assert!(
        tweet
            .iter()
            .any(|(k, t)| *k == BlockKind::Embed && t.contains("pic.twitter.com"))
    );
    assert!(
        tweet
            .iter()
            .any(|(k, t)| *k == BlockKind::Embed && t.starts_with("— Jens Stoltenberg"))
    );
    assert!(
        tweet
            .iter()
            .any(|(k, t)| *k == BlockKind::ReadMore && t.starts_with("Read more:"))
    );
    let credits = kinds(0);
    assert_eq!(credits.len(), 3, "{credits:?}");
    assert!(credits.iter().all(|(k, _)| *k == BlockKind::PhotoCredit));
    assert!(
        kinds(4)
            .iter()
            .any(|(k, t)| *k == BlockKind::PhotoCredit && t.contains("AFP"))
    );
    assert!(kinds(2).is_empty());
}

#[test]
fn folder_reads_sorted_articles_with_manifest_and_skips_hidden() {
    let corpus = load("folder").unwrap();
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.meta.id.as_str()).collect();
    assert_eq!(ids, ["a_court", "b_court"]);
    assert_eq!(corpus.articles[0].meta.outlet, "Valley Times");
    assert_eq!(
        corpus.articles[0].meta.title,
        "Appeals court upholds ruling on river dam"
    );
    assert_eq!(corpus.articles[0].paragraphs[0].kind, BlockKind::Headline);
    assert_eq!(corpus.articles[1].meta.title, "Dam project loses in court");
}

#[test]
fn single_file_picks_up_its_folder_manifest() {
    let corpus = load("folder/b_court.txt").unwrap();
    assert_eq!(corpus.articles[0].meta.outlet, "Coast Herald");
}

#[test]
fn crawler_json_object_and_jsonl() {
    let corpus = load_paths(&[fixture("json/record.json"), fixture("json/crawl.jsonl")]).unwrap();
    let a = &corpus.articles;
    assert_eq!(a.len(), 3);
    assert_eq!(a[0].meta.title, "Council approves budget");
    assert_eq!(a[0].meta.outlet, "citynews.example");
    assert_eq!(a[0].meta.date.as_deref(), Some("2024-03-04 18:00:00"));
    assert_eq!(
        a[0].meta.url.as_deref(),
        Some("https://www.citynews.example/budget")
    );
    assert!(a[0].text.starts_with("The city council"));
    assert_eq!(a[0].paragraphs.len(), 2);
    assert_eq!(a[1].meta.id, "crawl-1");
    assert_eq!(a[2].meta.id, "crawl-2");
    assert_eq!(a[2].meta.outlet, "localpaper.example");
}

#[test]
fn duplicate_ids_are_made_unique() {
    let corpus =
        load_paths(&[fixture("folder/a_court.txt"), fixture("folder/a_court.txt")]).unwrap();
    assert_eq!(corpus.articles[1].meta.id, "a_court-2");
}

#[test]
fn every_bad_input_names_the_file_and_the_problem() {
    let cases: &[(&str, &str)] = &[
        ("bad/binary.txt", "binary file"),
        ("bad/empty.txt", "empty file"),
        ("bad/whitespace.txt", "empty file"),
        ("bad/truncated.json", "invalid JSON"),
        ("bad/nobody.json", "no article text"),
        ("bad/emptydir", "folder holds no articles"),
        ("bad/badmanifest", "bad manifest"),
        ("bad/does-not-exist.txt", "no such file or folder"),
    ];
    for (rel, problem) in cases {
        let err = load(rel).expect_err(rel).to_string();
        assert!(
            err.contains(rel),
            "{rel}: message does not name the file: {err}"
        );
        assert!(
            err.contains(problem),
            "{rel}: expected {problem:?} in {err}"
        );
        assert!(!err.contains('\n'), "{rel}: message is not one line: {err}");
    }
}

#[test]
fn invalid_utf8_loads_lossily_with_a_warning() {
    let corpus = load("bad/latin1.txt").unwrap();
    assert_eq!(
        corpus.articles[0].meta.title,
        "Caf\u{fffd} owner wins appeal"
    );
    assert_eq!(corpus.warnings.len(), 1);
    assert!(corpus.warnings[0].contains("bad/latin1.txt: invalid UTF-8 at byte 3"));
}

#[test]
fn escape_sequences_never_reach_the_text() {
    let corpus = load("bad/escapes.txt").unwrap();
    let article = &corpus.articles[0];
    assert!(
        !article
            .text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
    );
    assert_eq!(article.meta.title, "Title with escape");
    assert!(article.text.contains("Body red text and a bell here."));
    assert!(corpus.warnings[0].contains("escape sequence"));
}

#[test]
fn oversized_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    let err = load_paths(&[path]).unwrap_err().to_string();
    assert!(
        err.contains("huge.txt") && err.contains("over the"),
        "{err}"
    );
}
