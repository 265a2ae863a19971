//! Editing a session: notes, flag toggles, verdicts, removal and per-article lookup.

mod common;

use common::sessions::{anchor, outlet_corpus};
use parallax::model::Corpus;
use parallax::session::{MarkKind, Session, Target, Verdict};

fn corpus() -> Corpus {
    outlet_corpus(
        &[
            (
                "a",
                "A",
                "Title A\n\nThe mayor said \"we are ready\" today.",
            ),
            (
                "b",
                "B",
                "Title B\n\nThe mayor insisted \"we are ready\" on Monday.",
            ),
        ],
        "",
    )
}

fn text_target(corpus: &Corpus, index: usize, needle: &str) -> Target {
    Target::Text(anchor(corpus, index, needle))
}

fn group_target(corpus: &Corpus) -> Target {
    Target::QuoteGroup {
        anchors: vec![
            text_target(corpus, 0, "we are ready").anchors()[0].clone(),
            text_target(corpus, 1, "we are ready").anchors()[0].clone(),
        ],
    }
}

#[test]
fn notes_are_added_edited_and_removed() {
    let c = corpus();
    let mut s = Session::new(&c);
    let id = s.add_note(text_target(&c, 0, "mayor"), "first".into());
    assert!(s.edit_note(id, "second".into()));
    assert_eq!(
        s.mark(id).map(|m| &m.kind),
        Some(&MarkKind::Note {
            text: "second".into()
        })
    );
    assert!(!s.edit_note(id + 100, "x".into()));
    assert!(s.remove_mark(id));
    assert!(!s.remove_mark(id));
    let next = s.add_note(text_target(&c, 0, "mayor"), "third".into());
    assert!(next > id, "ids are never reused");
}

#[test]
fn flag_toggles_on_the_same_target() {
    let c = corpus();
    let mut s = Session::new(&c);
    let id = s.set_flag(text_target(&c, 0, "mayor"), "check".into());
    assert!(s.mark(id).is_some());
    let other = s.set_flag(text_target(&c, 0, "mayor"), "misquote".into());
    assert_ne!(id, other);
    assert_eq!(s.marks.len(), 2);
    assert_eq!(s.set_flag(text_target(&c, 0, "mayor"), "check".into()), id);
    assert!(s.mark(id).is_none());
    assert_eq!(s.marks.len(), 1);
}

#[test]
fn verdict_replaces_and_needs_a_group() {
    let c = corpus();
    let mut s = Session::new(&c);
    assert_eq!(
        s.set_verdict(
            text_target(&c, 0, "mayor"),
            Verdict::Supported,
            String::new()
        ),
        None
    );
    let id = s.set_verdict(group_target(&c), Verdict::Unverified, "pending".into());
    let again = s.set_verdict(group_target(&c), Verdict::Misquoted, "B adds words".into());
    assert_eq!(id, again);
    assert_eq!(s.marks.len(), 1);
    let kind = id.and_then(|id| s.mark(id)).map(|m| m.kind.clone());
    assert_eq!(
        kind,
        Some(MarkKind::Verdict {
            verdict: Verdict::Misquoted,
            reason: "B adds words".into()
        })
    );
}

#[test]
fn marks_on_article_include_group_anchors() {
    let c = corpus();
    let mut s = Session::new(&c);
    let on_a = s.add_note(text_target(&c, 0, "mayor"), "a".into());
    let on_b = s.add_note(text_target(&c, 1, "mayor"), "b".into());
    let group = s.set_verdict(group_target(&c), Verdict::Disputed, String::new());
    let ids = |article: &str| {
        s.marks_on_article(article)
            .map(|m| m.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids("a"), vec![on_a, group.unwrap_or_default()]);
    assert_eq!(ids("b"), vec![on_b, group.unwrap_or_default()]);
    assert!(ids("z").is_empty());
}
