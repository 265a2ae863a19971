//! Holds the analysis to what it scores on the gold stories, so that a change
//! that loses speakers, links or conflicts, or makes wrong links, fails here
//! and not only in the `score` example's table. The floors sit a little below
//! the figures the analysis reached when they were last raised (see the README's
//! "How well it works"); raise them as the analysis improves.

#[path = "gold/score.rs"]
mod score;

use std::path::Path;

/// The least each measure may score on a set of stories (hits, or pairs
/// found for quote groups), and the most wrong links it may make.
struct Floors {
    quotes: usize,
    speakers: usize,
    quote_group_pairs: usize,
    links: usize,
    unique_precision: usize,
    unique_recall: usize,
    conflict_recall: usize,
    conflict_precision: usize,
    alignment: usize,
    no_counterpart: usize,
    most_wrong_links: usize,
}

/// Scores every story under `tests/<dir>` and asserts each measure is at
/// least its floor, printing the scores otherwise.
fn hold(dir: &str, floors: &Floors) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(dir);
    let (_, s) = score::score_all(&root).unwrap_or_else(|e| panic!("{dir}: {e}"));
    let measures = [
        ("quote recall", s.quote_recall.hit, floors.quotes),
        ("speaker accuracy", s.speaker_accuracy.hit, floors.speakers),
        (
            "quote group pairs",
            s.quote_groups.both,
            floors.quote_group_pairs,
        ),
        ("claim links", s.claim_links.hit, floors.links),
        (
            "unique precision",
            s.unique_precision.hit,
            floors.unique_precision,
        ),
        ("unique recall", s.unique_recall.hit, floors.unique_recall),
        (
            "conflict recall",
            s.conflict_recall.hit,
            floors.conflict_recall,
        ),
        (
            "conflict precision",
            s.conflict_precision.hit,
            floors.conflict_precision,
        ),
        ("alignment recall", s.alignment_recall.hit, floors.alignment),
        (
            "no counterpart",
            s.no_counterpart.hit,
            floors.no_counterpart,
        ),
    ];
    for (what, hits, floor) in measures {
        assert!(
            hits >= floor,
            "{dir}: {what} {hits}, below {floor}\n{}",
            s.table()
        );
    }
    assert!(
        s.wrong_links <= floors.most_wrong_links,
        "{dir}: {} wrong links\n{}",
        s.wrong_links,
        s.table()
    );
}

#[test]
fn the_stories_tuned_on_keep_their_scores() {
    hold(
        "gold",
        &Floors {
            quotes: 594,
            speakers: 567,
            quote_group_pairs: 553,
            links: 1655,
            unique_precision: 645,
            unique_recall: 645,
            conflict_recall: 66,
            conflict_precision: 67,
            alignment: 1287,
            no_counterpart: 520,
            most_wrong_links: 52,
        },
    );
}

#[test]
fn the_held_out_stories_keep_their_scores() {
    hold(
        "holdout",
        &Floors {
            quotes: 77,
            speakers: 68,
            quote_group_pairs: 102,
            links: 190,
            unique_precision: 105,
            unique_recall: 105,
            conflict_recall: 5,
            conflict_precision: 5,
            alignment: 139,
            no_counterpart: 46,
            most_wrong_links: 6,
        },
    );
}
