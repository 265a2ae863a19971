//! Times of day as facts: linked across outlets when one rounds what another
//! gives to the minute, a conflict only where two exact times of one event
//! differ, and shown in the JSON as facts of kind `time`.

mod common;

use parallax::analysis::analyze;
use parallax::analysis::claims::{ClaimStatus, FactValue};

use common::claims::{conflict_values, group_on, linked_in};
use common::corpus;

const WIRE: &str = "Barge hits bridge\n\n\
A gravel barge struck the Route 9 bridge at {} Sunday, forcing the state to close the span.\n\n\
Inspectors found a crack in the pier's footing, the transportation department said.";
const LOCAL: &str = "Bridge shut\n\n\
The barge struck the bridge at {} on Sunday, and the state closed it to traffic.\n\n\
A county commissioner called the closure a disaster for commuters.";

fn texts(x: &str, y: &str) -> (String, String) {
    (WIRE.replace("{}", x), LOCAL.replace("{}", y))
}

#[test]
fn a_time_of_day_is_a_fact_with_its_minutes_and_hedge() {
    let (a, _) = texts("shortly after 4 a.m.", "4:40 a.m.");
    let corpus = corpus(&[&a]);
    let analysis = analyze(&corpus);
    let time = analysis.articles[0]
        .claims
        .iter()
        .flat_map(|c| &c.facts)
        .find_map(|f| match &f.value {
            FactValue::Time {
                minutes,
                whole_hour,
                hedge,
                ..
            } => Some((*minutes, *whole_hour, *hedge)),
            _ => None,
        })
        .expect("a time fact");
    assert_eq!(
        time,
        (4 * 60, true, parallax::analysis::claims::Hedge::AtLeast)
    );
}

#[test]
fn one_outlets_rounding_links_to_anothers_minute_without_a_conflict() {
    for (x, y) in [
        ("4:40 a.m.", "4:40 a.m."),
        ("4:40 a.m.", "about 4:45 a.m."),
        ("shortly after 4:30 a.m.", "4:40 a.m."),
        ("4:40 a.m.", "4.40am"),
        ("4:40 a.m.", "4:40am"),
    ] {
        let (a, b) = texts(x, y);
        assert!(linked_in(&[&a, &b], "4:", "4"), "{x} / {y}");
        let corpus = corpus(&[&a, &b]);
        let analysis = analyze(&corpus);
        let group = group_on(&corpus, &analysis, 0, "4:");
        assert_eq!(group.status, ClaimStatus::Shared, "{x} / {y}: {group:?}");
    }
}

#[test]
fn two_exact_times_of_one_event_are_a_conflict_showing_both() {
    let (a, b) = texts("4:40 a.m.", "4:55 a.m.");
    let corpus = corpus(&[&a, &b]);
    let analysis = analyze(&corpus);
    let group = group_on(&corpus, &analysis, 0, "4:40");
    assert_eq!(group.status, ClaimStatus::Conflict, "{group:?}");
    assert_eq!(conflict_values(&corpus, group), ["4:40 a.m", "4:55 a.m"]);
}

#[test]
fn times_in_the_json_are_facts_of_kind_time() {
    let (a, b) = texts("4:40 a.m.", "4:40 a.m.");
    let dir = tempfile::tempdir().unwrap();
    let (pa, pb) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    std::fs::write(&pa, a).unwrap();
    std::fs::write(&pb, b).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["analyze", "--json"])
        .arg(&pa)
        .arg(&pb)
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fact = json["articles"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["facts"].as_array().unwrap())
        .find(|f| f["kind"] == "time")
        .expect("a time fact in the JSON")
        .clone();
    assert_eq!(fact["minutes"], 280);
    assert_eq!(fact["hedge"], "exact");
    assert_eq!(fact["text"], "4:40 a.m");
}

#[test]
fn times_of_two_different_events_are_no_conflict() {
    let a = WIRE.replace("{}", "4:40 a.m.");
    let b = "Bridge shut\n\n\
The barge struck the bridge before dawn on Sunday. Divers reached the pier at 6:15 a.m. to inspect the damage.\n\n\
A county commissioner called the closure a disaster for commuters.";
    let corpus = corpus(&[&a, b]);
    let analysis = analyze(&corpus);
    common::claims::no_conflict_of(&analysis, "time");
}
