//! Corrections in the session: saved beside the marks in a versioned format that
//! older sessions still load into, re-anchored after edits or reported orphaned,
//! resolved into the analysis' indices, and undone.

mod common;

use parallax::analysis::analyze;
use parallax::analysis::claims::{ClaimRef, ClaimStatus};
use parallax::analysis::corrections::{Correction as Resolved, apply};
use parallax::model::{Corpus, Span};
use parallax::session::model::{BASE_VERSION, CORRECTIONS_VERSION};
use parallax::session::{Anchor, CorrectionKind, Session, SessionStore};

fn harbour() -> Corpus {
    common::corpus(&common::HARBOUR)
}

/// An anchor on the first `needle` of article `index`.
fn anchor(corpus: &Corpus, index: usize, needle: &str) -> Anchor {
    let article = &corpus.articles[index];
    let start = article.text.find(needle).expect("needle");
    Anchor::new(article, Span::new(start, start + needle.len()))
}

/// An anchor on the fact of the claim of article `index` anchored at `needle`.
fn claim_anchor(corpus: &Corpus, index: usize, needle: &str) -> Anchor {
    let analysis = analyze(corpus);
    let text = &corpus.articles[index].text;
    let claim = analysis.articles[index]
        .claims
        .iter()
        .find(|c| c.anchor.slice(text) == needle)
        .expect("claim");
    Anchor::new(&corpus.articles[index], claim.anchor)
}

fn not_a_conflict(corpus: &Corpus) -> CorrectionKind {
    CorrectionKind::ClaimVerdict {
        claims: vec![claim_anchor(corpus, 0, "$3.5 billion")],
        conflict: false,
    }
}

#[test]
fn a_session_without_corrections_keeps_the_old_format() {
    let corpus = harbour();
    let old = "{\"version\": 1, \"corpus\": [], \"marks\": [], \"next_id\": 4}";
    let session: Session = serde_json::from_str(old).expect("an old session loads");
    assert!(session.corrections.is_empty());
    let fresh = Session::new(&corpus);
    assert_eq!(fresh.version, BASE_VERSION);
    let json = serde_json::to_value(&fresh).unwrap();
    assert!(json.get("corrections").is_none(), "{json}");
}

#[test]
fn corrections_round_trip_and_raise_the_format_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    let corpus = harbour();
    let (store, mut session, _) = SessionStore::open(Some(path.clone()), &corpus).unwrap();
    let first = session.add_correction(not_a_conflict(&corpus));
    session.add_note(
        parallax::session::Target::Text(anchor(&corpus, 1, "regional board")),
        "check".into(),
    );
    let speaker = session.add_correction(CorrectionKind::Speaker {
        quote: anchor(&corpus, 1, "We secured the future of the port,"),
        speaker: "Ana Lopez".into(),
    });
    assert!(first < speaker, "ids are shared with marks, never reused");
    assert_eq!(session.version, CORRECTIONS_VERSION);
    store.save(&session).unwrap();
    drop(store);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(json["version"], CORRECTIONS_VERSION);
    assert_eq!(json["corrections"][0]["kind"]["type"], "claim_verdict");
    assert_eq!(json["corrections"][1]["kind"]["speaker"], "Ana Lopez");
    let (_store, loaded, report) = SessionStore::open(Some(path), &corpus).unwrap();
    assert_eq!(loaded, session);
    assert_eq!(report.reattach.unchanged, 3);
}

#[test]
fn corrections_reattach_after_edits_or_are_orphaned() {
    let corpus = harbour();
    let mut session = Session::new(&corpus);
    session.add_correction(not_a_conflict(&corpus));
    session.add_correction(CorrectionKind::DetachClaim {
        claim: claim_anchor(&corpus, 2, "March"),
    });
    let first = common::HARBOUR[0].replace("\n\nThe city", "\n\nUpdated at noon.\n\nThe city");
    let third = common::HARBOUR[2].replace(" The council meets again in March.", "");
    let edited = common::corpus(&[&first, common::HARBOUR[1], &third]);
    let report = session.reattach_all(&edited);
    assert_eq!((report.moved, report.orphaned), (1, 1));
    let moved = &session.corrections[0].kind.anchors()[0];
    assert_eq!(
        &edited.articles[0].text[moved.start..moved.end],
        moved.quoted,
        "the anchor follows its text"
    );
    assert!(session.corrections[1].orphaned);
    let analysis = analyze(&edited);
    let resolved = session.resolve_corrections(&edited, &analysis);
    assert_eq!(resolved.ids, vec![session.corrections[0].id]);
    assert!(resolved.unresolved.is_empty());
}

#[test]
fn resolved_corrections_name_the_claims_and_apply() {
    let corpus = harbour();
    let mut analysis = analyze(&corpus);
    let mut session = Session::new(&corpus);
    session.add_correction(not_a_conflict(&corpus));
    session.add_correction(CorrectionKind::LinkSentences {
        sentences: [
            anchor(&corpus, 0, "Shipping firms welcomed the news."),
            anchor(&corpus, 2, "The council meets again in March."),
        ],
    });
    let resolved = session.resolve_corrections(&corpus, &analysis);
    let price = resolved.corrections.items[0].clone();
    let Resolved::ClaimVerdict { claims, conflict } = &price else {
        panic!("{price:?}");
    };
    assert!(!conflict);
    assert_eq!(claims[0].article, 0);
    let link = &resolved.corrections.items[1];
    assert!(matches!(link, Resolved::Link(a, b) if a.article == 0 && b.article == 2));
    let member: ClaimRef = claims[0];
    apply(&mut analysis, &resolved.corrections);
    let group = analysis
        .claim_groups
        .iter()
        .find(|g| g.members.contains(&member))
        .unwrap();
    assert_eq!(group.status, ClaimStatus::Shared);
}

#[test]
fn undo_takes_back_the_newest_correction() {
    let corpus = harbour();
    let mut session = Session::new(&corpus);
    session.add_correction(not_a_conflict(&corpus));
    let second = session.add_correction(CorrectionKind::DetachClaim {
        claim: claim_anchor(&corpus, 2, "March"),
    });
    assert_eq!(session.undo_correction().map(|c| c.id), Some(second));
    assert_eq!(session.corrections.len(), 1);
    assert_eq!(
        session.corrections_on_article("a0").count(),
        1,
        "the remaining correction is on the first article"
    );
}
