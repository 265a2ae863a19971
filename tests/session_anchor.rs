//! Re-anchoring marks after article text changes.

use parallax::model::{Article, ArticleMeta, Corpus, Span};
use parallax::session::{Anchor, Reattach, Session, Target, reattach};

fn article(id: &str, text: &str) -> Article {
    let meta = ArticleMeta {
        id: id.into(),
        path: format!("{id}.txt"),
        outlet: format!("Outlet {id}"),
        ..ArticleMeta::default()
    };
    Article::from_text(meta, text.to_string(), true)
}

fn corpus(articles: Vec<Article>) -> Corpus {
    let mut corpus = Corpus::default();
    for a in articles {
        corpus.push(a);
    }
    corpus
}

fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).expect("needle in text");
    Span::new(start, start + needle.len())
}

const TEXT: &str = "Budget vote\n\nThe minister said the plan is \"fully funded\" and would pass. Critics disagreed.";

fn anchored(needle: &str) -> Anchor {
    let a = article("a", TEXT);
    Anchor::new(&a, span_of(TEXT, needle))
}

#[test]
fn anchor_saves_text_and_context() {
    let anchor = anchored("fully funded");
    assert_eq!(anchor.quoted, "fully funded");
    assert!(anchor.before.ends_with("the plan is \""));
    assert!(anchor.after.starts_with("\" and would pass."));
    assert!(anchor.before.chars().count() <= 40 && anchor.after.chars().count() <= 40);
    assert_eq!(anchor.fingerprint.len(), 16);
}

#[test]
fn same_text_is_unchanged() {
    let anchor = anchored("fully funded");
    let c = corpus(vec![article("a", TEXT)]);
    assert_eq!(reattach(&anchor, &c), Reattach::Unchanged(anchor.span()));
}

#[test]
fn insertion_before_the_span_moves_it() {
    let anchor = anchored("fully funded");
    let edited = TEXT.replace("The minister", "On Monday, the finance minister");
    let c = corpus(vec![article("a", &edited)]);
    match reattach(&anchor, &c) {
        Reattach::Moved(span) => {
            assert_eq!(span, span_of(&edited, "fully funded"));
            assert_ne!(span, anchor.span());
        }
        other => panic!("expected Moved, got {other:?}"),
    }
}

#[test]
fn deleted_text_is_orphaned() {
    let anchor = anchored("fully funded");
    let edited = TEXT.replace("\"fully funded\" and ", "");
    let c = corpus(vec![article("a", &edited)]);
    assert_eq!(reattach(&anchor, &c), Reattach::Orphaned);
}

#[test]
fn missing_article_is_orphaned() {
    let anchor = anchored("fully funded");
    let c = corpus(vec![article("b", TEXT)]);
    assert_eq!(reattach(&anchor, &c), Reattach::Orphaned);
}

#[test]
fn typography_changes_still_attach() {
    let curly = "Budget vote\n\nThe minister said the plan is \u{201c}fully funded\u{201d} \u{2014} and\u{a0}would pass.";
    let a = article("a", curly);
    let anchor = Anchor::new(
        &a,
        span_of(
            curly,
            "\u{201c}fully funded\u{201d} \u{2014} and\u{a0}would",
        ),
    );
    let straight =
        "Budget vote\n\nThe minister said the plan is \"fully funded\" -  and would pass.";
    let c = corpus(vec![article("a", straight)]);
    match reattach(&anchor, &c) {
        Reattach::Moved(span) => assert_eq!(span.slice(straight), "\"fully funded\" -  and would"),
        other => panic!("expected Moved, got {other:?}"),
    }
}

#[test]
fn context_picks_the_right_occurrence() {
    let text = "Title here\n\nFirst, the cost rose. Later the mayor said the cost rose again.";
    let a = article("a", text);
    let second = text.rfind("the cost rose").expect("second occurrence");
    let anchor = Anchor::new(&a, Span::new(second, second + "the cost rose".len()));
    // The preface puts the first occurrence nearest the old offset: only context finds the second.
    let edited = format!(
        "Title here\n\nA long preface sentence that pushes everything along. {}",
        &text["Title here\n\n".len()..]
    );
    let c = corpus(vec![article("a", &edited)]);
    let expected = edited.rfind("the cost rose").expect("second occurrence");
    assert_eq!(
        reattach(&anchor, &c),
        Reattach::Moved(Span::new(expected, expected + "the cost rose".len()))
    );
}

#[test]
fn reattach_all_keeps_orphans_and_updates_anchors() {
    let original = corpus(vec![article("a", TEXT)]);
    let mut session = Session::new(&original);
    let a = &original.articles[0];
    let moved = session.add_note(
        Target::Text(Anchor::new(a, span_of(TEXT, "fully funded"))),
        "n1".into(),
    );
    let lost = session.add_note(
        Target::Text(Anchor::new(a, span_of(TEXT, "Critics disagreed"))),
        "n2".into(),
    );
    let edited = TEXT
        .replace("The minister", "Yesterday the minister")
        .replace(" Critics disagreed.", "");
    let changed = corpus(vec![article("a", &edited)]);
    let report = session.reattach_all(&changed);
    assert_eq!((report.unchanged, report.moved, report.orphaned), (0, 1, 1));
    assert_eq!(session.marks.len(), 2);
    let m = session.mark(moved).expect("moved mark kept");
    let Target::Text(anchor) = &m.target else {
        panic!("text target")
    };
    assert!(!m.orphaned);
    assert_eq!(anchor.span().slice(&edited), "fully funded");
    assert!(session.mark(lost).expect("orphan kept").orphaned);
    assert_eq!(
        session.corpus[0].fingerprint,
        parallax::session::fingerprint::fingerprint(&edited)
    );
    let again = session.reattach_all(&changed);
    assert_eq!((again.unchanged, again.moved, again.orphaned), (1, 0, 1));
}
