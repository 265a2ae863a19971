//! Review reports in Markdown, HTML and JSON, on a small hand-built corpus.

mod common;

use common::sessions::outlet_corpus;
use parallax::analysis::Analysis;
use parallax::analysis::analyze;
use parallax::analysis::claims::{Claim, ClaimGroup, ClaimRef, ClaimStatus, FactDifference};
use parallax::model::{Article, Corpus, Span};
use parallax::session::export::{Format, export};
use parallax::session::{Anchor, Session, Target, Verdict};

const TEXTS: [(&str, &str, &str); 3] = [
    (
        "daily",
        "The Daily | *News*",
        "Port strike ends after talks\n\nThe union leader said \"we won a fair deal for every worker\" on Friday. About 1,200 dockers will return on Monday.",
    ),
    (
        "herald",
        "Herald <Online>",
        "Dockers back to work\n\nThe union leader said \"we won a deal for every single worker\" late on Friday. About 1,500 dockers will return on Monday.",
    ),
    (
        "post",
        "Post_[Evening]",
        "Strike over\n\nPort managers welcomed the news. Shipping lines expect delays to ease by March.",
    ),
];

fn corpus() -> Corpus {
    outlet_corpus(&TEXTS, "stories/")
}

fn span_of(article: &Article, needle: &str) -> Span {
    let start = article.text.find(needle).expect("needle");
    Span::new(start, start + needle.len())
}

fn anchor(corpus: &Corpus, index: usize, needle: &str) -> Anchor {
    let article = &corpus.articles[index];
    Anchor::new(article, span_of(article, needle))
}

/// Claims are placed by hand: a conflict, a shared claim, and two unique ones of
/// which only the marked one belongs in the report.
fn add_claims(corpus: &Corpus, analysis: &mut Analysis) {
    let claims = [
        (0, "About 1,200 dockers will return on Monday"),
        (1, "About 1,500 dockers will return on Monday"),
        (0, "Port strike ends after talks"),
        (2, "Strike over"),
        (2, "Shipping lines expect delays to ease by March"),
        (2, "Port managers welcomed the news"),
    ];
    let mut refs = Vec::new();
    for (article, needle) in claims {
        let list = &mut analysis.articles[article].claims;
        refs.push(ClaimRef {
            article,
            claim: list.len(),
        });
        let span = span_of(&corpus.articles[article], needle);
        list.push(Claim {
            id: list.len(),
            span,
            anchor: span,
            sentence: 0,
            facts: Vec::new(),
            features: Default::default(),
        });
    }
    let group = |id: usize, status, members: Vec<ClaimRef>, differences| ClaimGroup {
        id,
        status,
        members,
        differences,
        conflicts: Vec::new(),
    };
    analysis.claim_groups = vec![
        group(0, ClaimStatus::Shared, vec![refs[2], refs[3]], Vec::new()),
        group(1, ClaimStatus::Unique, vec![refs[4]], Vec::new()),
        group(
            2,
            ClaimStatus::Conflict,
            vec![refs[0], refs[1]],
            vec![FactDifference {
                kind: "quantity".into(),
                values: vec![Some("1,200 dockers".into()), Some("1,500 dockers".into())],
            }],
        ),
        group(3, ClaimStatus::Unique, vec![refs[5]], Vec::new()),
    ];
}

fn fixture() -> (Corpus, Session, Analysis) {
    let c = corpus();
    let mut analysis = analyze(&c);
    add_claims(&c, &mut analysis);
    let mut session = Session::new(&c);
    session.add_note(
        Target::Text(anchor(&c, 0, "fair deal")),
        "Only *Daily* says `fair` | check <script>alert(1)</script> [x](http://e.com) _u_ & \"q\""
            .into(),
    );
    session.set_flag(
        Target::Text(anchor(&c, 1, "late on Friday")),
        "missing-context".into(),
    );
    let quote_group = Target::QuoteGroup {
        anchors: vec![
            anchor(&c, 0, "we won a fair deal for every worker"),
            anchor(&c, 1, "we won a deal for every single worker"),
        ],
    };
    session.set_verdict(
        quote_group,
        Verdict::Misquoted,
        "Herald drops <fair>".into(),
    );
    session.set_flag(
        Target::Text(anchor(&c, 2, "delays to ease")),
        "check".into(),
    );
    let edited = {
        let mut e = corpus();
        e.articles[2].text = e.articles[2].text.replace("Port managers", "Managers");
        session.add_note(
            Target::Text(anchor(&c, 2, "Port managers")),
            "gone later".into(),
        );
        e
    };
    session.reattach_all(&edited);
    (c, session, analysis)
}

#[test]
fn markdown_report() {
    let (c, session, analysis) = fixture();
    let md = export(Format::Markdown, &session, &c, &analysis);
    assert!(md.contains("(orphaned)"));
    assert!(!md.contains("<script>"));
    insta::assert_snapshot!(md);
}

#[test]
fn html_report() {
    let (c, session, analysis) = fixture();
    let html = export(Format::Html, &session, &c, &analysis);
    assert!(!html.contains("<script"));
    assert!(!html.contains("src="));
    assert!(!html.contains("href="));
    assert!(html.contains("&lt;script&gt;"));
    insta::assert_snapshot!(html);
}

#[test]
fn json_report() {
    let (c, session, analysis) = fixture();
    let json = export(Format::Json, &session, &c, &analysis);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid json");
    let statuses: Vec<&str> = value["claim_groups"]
        .as_array()
        .expect("claim groups")
        .iter()
        .filter_map(|g| g["status"].as_str())
        .collect();
    assert_eq!(statuses, ["conflict", "shared", "unique"]);
    insta::assert_snapshot!(json);
}
