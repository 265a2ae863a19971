//! The cleaner keeps the article: mojibake is repaired and an unterminated escape
//! loses only its introducer, through the real binary.

use assert_cmd::Command;
use serde_json::Value;

fn analyze_stdin(text: &str) -> (Value, String) {
    let out = Command::cargo_bin("parallax")
        .expect("binary")
        .args(["analyze", "--json", "-"])
        .write_stdin(text)
        .output()
        .expect("run");
    assert!(out.status.success());
    let doc = serde_json::from_slice(&out.stdout).expect("json");
    (doc, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn mojibake_quotes_are_repaired_and_nothing_after_them_is_lost() {
    // ” as UTF-8 read as Latin-1 ("â\u{80}\u{9d}") and as Windows-1252 ("â€\u{9d}").
    let text = "Officials said \u{e2}\u{80}\u{9c}the deal is done\u{e2}\u{80}\u{9d} on Monday.\n\n\
                The union called it \u{e2}\u{20ac}\u{9c}fair\u{e2}\u{20ac}\u{9d}. The strike cost 300 jobs.\n";
    let (doc, stderr) = analyze_stdin(text);
    let body = doc["articles"][0]["text"].as_str().expect("text");
    assert_eq!(
        body,
        "Officials said “the deal is done” on Monday.\n\nThe union called it “fair”. The strike cost 300 jobs.\n"
    );
    assert!(stderr.contains("repaired 4 character(s)"), "{stderr}");
    assert!(!stderr.contains("escape"), "{stderr}");
}

#[test]
fn an_unterminated_escape_drops_only_its_introducer() {
    let text = "First paragraph \u{1b}]0;never closed\n\nSecond paragraph survives.\n";
    let (doc, stderr) = analyze_stdin(text);
    let body = doc["articles"][0]["text"].as_str().expect("text");
    assert_eq!(
        body,
        "First paragraph 0;never closed\n\nSecond paragraph survives.\n"
    );
    assert!(
        stderr.contains("removed 1 unterminated escape introducer(s) (2 bytes"),
        "{stderr}"
    );
}

#[test]
fn json_output_escapes_c1_controls() {
    let record = r#"{"title": "T\u0085\u009b", "maintext": "Body with a next-line \u0085 here."}"#;
    let out = Command::cargo_bin("parallax")
        .expect("binary")
        .args(["analyze", "--json", "-"])
        .write_stdin(record)
        .output()
        .expect("run");
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        !stdout.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "raw C1 in JSON"
    );
}
