//! Realistic large corpora for the scale benchmarks: edited copies of the
//! hand-written gold stories under `tests/gold/`, read from disk, the way many
//! outlets reprint and edit one wire story. Each copy drops and swaps
//! paragraphs, perturbs a few numbers, replaces a few words and may change its
//! quotation marks, so its claims and quotes repeat nearly, not word for word
//! (unlike the recombined sentences of `corpus_gen`). Seeded: the same
//! arguments give the same corpus.

use std::path::{Path, PathBuf};

use parallax::model::{Article, ArticleMeta, Corpus};

use super::rng::Rng;

/// Word swaps an editor makes; each applies either way round.
const SYNONYMS: &[(&str, &str)] = &[
    ("said", "says"),
    ("about", "around"),
    ("nearly", "almost"),
    ("officials", "authorities"),
    ("people", "residents"),
    ("began", "started"),
    ("large", "big"),
    ("help", "assist"),
    ("because", "since"),
    ("would", "will"),
    ("before", "prior to"),
    ("after", "following"),
    ("percent", "per cent"),
    ("spokesperson", "spokesman"),
    ("bill", "measure"),
    ("leaders", "chiefs"),
    ("announced", "said"),
    ("expected", "likely"),
    ("told", "informed"),
    ("also", "additionally"),
];

/// How an edited copy writes its quotation marks.
#[derive(Clone, Copy)]
enum QuoteStyle {
    /// As the source wrote them.
    Kept,
    /// Straight marks made typographic (`"` → `“ ”`, `'` → `’`).
    Curly,
    /// Typographic marks made straight.
    Straight,
    /// A comma closing a quotation moved outside its mark (`,"` → `",`).
    CommaOutside,
}

/// How heavily a copy is edited: each figure is "one in n".
#[derive(Clone, Copy)]
struct Edits {
    /// A body paragraph is dropped.
    drop_paragraph: usize,
    /// Two neighbouring body paragraphs swap (once per copy).
    swap_paragraphs: usize,
    /// A number changes.
    perturb_number: usize,
    /// A word with a synonym takes it.
    use_synonym: usize,
    /// A longer lowercase word becomes another word of the story.
    replace_word: usize,
    /// Quotation marks change style (once per copy).
    restyle_quotes: usize,
}

/// Edits of outlets that rewrite a wire story lightly.
const LIGHT: Edits = Edits {
    drop_paragraph: 8,
    swap_paragraphs: 2,
    perturb_number: 8,
    use_synonym: 3,
    replace_word: 60,
    restyle_quotes: 2,
};

/// Edits of outlets that run a wire story as it came: a word or a number here
/// and there.
const TINY: Edits = Edits {
    drop_paragraph: 400,
    swap_paragraphs: 50,
    perturb_number: 60,
    use_synonym: 40,
    replace_word: 2_000,
    restyle_quotes: 8,
};

/// One gold article: its headline and paragraphs.
struct Source {
    headline: String,
    paragraphs: Vec<String>,
}

/// `count` articles, each an edited copy of a gold article picked at random
/// among all stories, from a distinct outlet.
pub fn edited_copies(count: usize, seed: u64) -> Corpus {
    let sources = gold_articles();
    let mut rng = Rng::new(seed);
    let mut corpus = Corpus::default();
    for copy in 0..count {
        let source = &sources[rng.below(sources.len())];
        corpus.push(edited(source, copy, LIGHT, &mut rng));
    }
    corpus
}

/// `count` near-identical articles: one wire story (the first gold article)
/// syndicated by `count` outlets, each changing a word or a number at most
/// here and there.
pub fn near_identical(count: usize, seed: u64) -> Corpus {
    let sources = gold_articles();
    let mut rng = Rng::new(seed);
    let mut corpus = Corpus::default();
    for copy in 0..count {
        corpus.push(edited(&sources[0], copy, TINY, &mut rng));
    }
    corpus
}

/// Every article of every story under `tests/gold/`, in path order.
fn gold_articles() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    let mut sources = Vec::new();
    for story in sorted_entries(&root).into_iter().filter(|p| p.is_dir()) {
        for file in sorted_entries(&story) {
            if file.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&file)
                    .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
                sources.push(parse(&text));
            }
        }
    }
    assert!(
        !sources.is_empty(),
        "no gold articles under {}",
        root.display()
    );
    sources
}

/// The entries of `dir`, sorted by path.
fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
}

/// A gold article's headline (its first line) and paragraphs (blank-line separated).
fn parse(text: &str) -> Source {
    let (headline, body) = text.split_once('\n').unwrap_or((text, ""));
    Source {
        headline: headline.trim().to_string(),
        paragraphs: body
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect(),
    }
}

/// Copy number `copy` of `source`, edited by `edits`.
fn edited(source: &Source, copy: usize, edits: Edits, rng: &mut Rng) -> Article {
    let vocabulary = long_words(&source.paragraphs);
    let mut paragraphs: Vec<&str> = source
        .paragraphs
        .iter()
        .enumerate()
        .filter(|&(i, _)| i == 0 || rng.below(edits.drop_paragraph) != 0)
        .map(|(_, p)| p.as_str())
        .collect();
    if paragraphs.len() > 2 && rng.below(edits.swap_paragraphs) == 0 {
        let at = 1 + rng.below(paragraphs.len() - 2);
        paragraphs.swap(at, at + 1);
    }
    let style = if rng.below(edits.restyle_quotes) == 0 {
        [
            QuoteStyle::Curly,
            QuoteStyle::Straight,
            QuoteStyle::CommaOutside,
        ][rng.below(3)]
    } else {
        QuoteStyle::Kept
    };
    let mut text = reword(&source.headline, &vocabulary, edits, rng);
    for paragraph in paragraphs {
        text.push_str("\n\n");
        text.push_str(&restyle(&reword(paragraph, &vocabulary, edits, rng), style));
    }
    text.push('\n');
    let meta = ArticleMeta {
        id: format!("copy{copy}"),
        path: format!("copies/{copy}.txt"),
        outlet: format!("Outlet {copy}"),
        ..ArticleMeta::default()
    };
    Article::from_text(meta, text, true)
}

/// The distinct lowercase words of seven letters or more in `paragraphs`: what
/// a replaced word may become.
fn long_words(paragraphs: &[String]) -> Vec<&str> {
    let mut words: Vec<&str> = paragraphs
        .iter()
        .flat_map(|p| pieces(p))
        .filter(|w| w.len() >= 7 && w.chars().all(|c| c.is_ascii_lowercase()))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// `text` with a few numbers perturbed and a few words replaced.
fn reword(text: &str, vocabulary: &[&str], edits: Edits, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for piece in pieces(text) {
        if piece.bytes().all(|b| b.is_ascii_digit()) && rng.below(edits.perturb_number) == 0 {
            out.push_str(&perturb(piece, rng));
        } else if let Some(other) = synonym(piece).filter(|_| rng.below(edits.use_synonym) == 0) {
            out.push_str(other);
        } else if piece.len() >= 7
            && piece.chars().all(|c| c.is_ascii_lowercase())
            && !vocabulary.is_empty()
            && rng.below(edits.replace_word) == 0
        {
            out.push_str(vocabulary[rng.below(vocabulary.len())]);
        } else {
            out.push_str(piece);
        }
    }
    out
}

/// `text` cut into words (runs of letters, digits and inner apostrophes) and
/// the runs between them, which joined give `text` back.
fn pieces(text: &str) -> Vec<&str> {
    let is_word = |c: char| c.is_alphanumeric();
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_word = None;
    for (i, c) in text.char_indices() {
        let word = is_word(c)
            || (c == '\'' && in_word == Some(true) && text[i + 1..].starts_with(is_word));
        if in_word.is_some_and(|w| w != word) {
            out.push(&text[start..i]);
            start = i;
        }
        in_word = Some(word);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The other word of `word`'s synonym pair, if it has one.
fn synonym(word: &str) -> Option<&'static str> {
    SYNONYMS.iter().find_map(|&(a, b)| {
        if a == word {
            Some(b)
        } else if b == word {
            Some(a)
        } else {
            None
        }
    })
}

/// `digits` changed a little: a year by one, another number by up to a tenth
/// (one at least), never below one.
fn perturb(digits: &str, rng: &mut Rng) -> String {
    let Ok(value) = digits.parse::<u64>() else {
        return digits.to_string();
    };
    let year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
    let step = if year {
        1
    } else {
        1 + rng.below((value / 10).max(1) as usize) as u64
    };
    let changed = if rng.below(2) == 0 || value <= step {
        value + step
    } else {
        value - step
    };
    changed.to_string()
}

/// `text` with its quotation marks written in `style`.
fn restyle(text: &str, style: QuoteStyle) -> String {
    match style {
        QuoteStyle::Kept => text.to_string(),
        QuoteStyle::Straight => text.replace(['“', '”'], "\"").replace(['‘', '’'], "'"),
        QuoteStyle::CommaOutside => text.replace(",\"", "\",").replace(",”", "”,"),
        QuoteStyle::Curly => curly(text),
    }
}

/// `text` with straight marks made typographic: a double mark opens after a
/// space, an opening bracket or a dash (or at the start) and closes otherwise;
/// a single mark becomes an apostrophe.
fn curly(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut before: Option<char> = None;
    for c in text.chars() {
        match c {
            '"' => {
                let opens = before.is_none_or(|b| b.is_whitespace() || "([—–-".contains(b));
                out.push(if opens { '“' } else { '”' });
            }
            '\'' => out.push('’'),
            other => out.push(other),
        }
        before = Some(c);
    }
    out
}
