//! The fact table: one row per claim group, one column per outlet, conflicts and
//! outliers marked in text, filters, omissions, and `parallax facts`.

mod common;

use assert_cmd::Command;
use parallax::analysis::analyze;
use parallax::analysis::claims::ClaimStatus;
use parallax::analysis::facts::{
    FactTable, StatusFilter, describe, disputed_values, omissions, visible_rows,
};
use serde_json::Value;

fn harbour_table() -> (parallax::model::Corpus, FactTable) {
    let corpus = common::corpus(&common::HARBOUR);
    let analysis = analyze(&corpus);
    let table = FactTable::build(&corpus, &analysis);
    (corpus, table)
}

/// The row whose fact mentions `words`, and its index.
fn row_with<'a>(
    table: &'a FactTable,
    topic: &str,
) -> (usize, &'a parallax::analysis::facts::FactRow) {
    table
        .rows
        .iter()
        .enumerate()
        .find(|(_, r)| r.fact.starts_with(topic))
        .unwrap_or_else(|| panic!("no row about {topic}: {:#?}", table.rows))
}

#[test]
fn conflicting_cells_and_the_outlier_are_marked_in_text() {
    let (_, table) = harbour_table();
    let (_, price) = row_with(&table, "money:");
    assert_eq!(price.status, ClaimStatus::Conflict);
    let labels: Vec<String> = price.cells.iter().map(|c| c.label()).collect();
    assert_eq!(
        labels,
        ["≠! $3.5 billion", "≠ $3.6 billion", "≠ $3.6 billion"],
        "each differing cell is marked, the value fewer outlets give most"
    );
    let (_, buy) = row_with(&table, "buy:");
    let outlier = buy.cell(2).unwrap();
    assert!(
        outlier.outlier && outlier.value.contains("considered"),
        "{outlier:?}"
    );
}

#[test]
fn an_event_without_a_certainty_cue_is_told_apart_by_its_certainty() {
    let corpus = common::corpus(&[
        "A\n\nThe minister met the envoy in Seoul on Monday.",
        "B\n\nThe minister met the envoy in Seoul on Monday.",
        "C\n\nThe minister was expected to meet the envoy in Seoul on Monday.",
    ]);
    let analysis = analyze(&corpus);
    let table = FactTable::build(&corpus, &analysis);
    let (_, meet) = row_with(&table, "met:");
    let labels: Vec<String> = meet.cells.iter().map(|c| c.label()).collect();
    assert_eq!(
        labels,
        [
            "≠ met (done)",
            "≠ met (done)",
            "≠! expected to meet (expected)"
        ],
        "'met' states its event and its certainty in one word"
    );
}

#[test]
fn gaps_are_empty_cells_and_rows_sort_by_conflict_then_reach() {
    let (_, table) = harbour_table();
    assert_eq!(table.outlets, vec![0, 1, 2]);
    let (_, march) = row_with(&table, "date:");
    assert_eq!(march.carried, 1);
    assert!(march.cell(0).is_none() && march.cell(2).is_some());
    let keys: Vec<(bool, usize)> = table
        .rows
        .iter()
        .map(|r| (r.status != ClaimStatus::Conflict, usize::MAX - r.carried))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "conflicts first, then the most carried");
}

#[test]
fn the_partner_of_a_cell_disagrees_or_reports_what_it_lacks() {
    let (_, table) = harbour_table();
    let (price, _) = row_with(&table, "money:");
    assert_eq!(
        table.partner(price, 0),
        Some(1),
        "the outlier against the majority"
    );
    assert_eq!(
        table.partner(price, 2),
        Some(0),
        "a majority value against the other"
    );
    let (march, _) = row_with(&table, "date:");
    assert_eq!(
        table.partner(march, 0),
        Some(2),
        "a gap against who reports it"
    );
    let (workers, _) = row_with(&table, "workers:");
    assert_eq!(table.partner(workers, 1), Some(0));
}

#[test]
fn filters_by_status_and_by_outlet() {
    let (_, table) = harbour_table();
    let conflicts = visible_rows(&table, StatusFilter::Conflicts, None);
    assert!(conflicts.len() >= 2);
    assert!(
        conflicts
            .iter()
            .all(|&r| table.rows[r].status == ClaimStatus::Conflict)
    );
    let third = visible_rows(&table, StatusFilter::All, Some(2));
    assert!(third.iter().all(|&r| table.rows[r].cell(2).is_some()));
    assert!(third.len() < table.rows.len());
    assert_eq!(
        "conflicts".parse::<StatusFilter>(),
        Ok(StatusFilter::Conflicts)
    );
    assert!("bogus".parse::<StatusFilter>().is_err());
}

#[test]
fn omissions_are_what_most_other_outlets_report() {
    let corpus = common::corpus(&[
        "A\n\nThe council approved 45 new homes on Tuesday. The mayor said 300 jobs would follow.",
        "B\n\nThe council approved 45 new homes on Tuesday. The mayor said 300 jobs would follow.",
        "C\n\nThe council approved 45 new homes on Tuesday. The mayor said 300 jobs would follow.",
        "D\n\nThe council approved 45 new homes on Tuesday. Critics said the plan came too late.",
    ]);
    let analysis = analyze(&corpus);
    let table = FactTable::build(&corpus, &analysis);
    let left_out = omissions(&table, 3);
    assert!(!left_out.is_empty());
    for &r in &left_out {
        let row = &table.rows[r];
        assert!(row.cell(3).is_none());
        assert!(row.carried * 2 > 3, "most of the three others report it");
        assert!(row.fact.contains("300 jobs"), "{}", row.fact);
    }
    assert!(
        omissions(&table, 0).is_empty(),
        "A leaves out nothing most report"
    );
}

#[test]
fn a_conflict_is_described_by_each_outlets_value() {
    let corpus = common::corpus(&common::HARBOUR);
    let analysis = analyze(&corpus);
    let group = analysis
        .claim_groups
        .iter()
        .find(|g| g.conflicts.iter().any(|c| c.kind == "money"))
        .unwrap();
    let values = disputed_values(&analysis, group);
    assert_eq!(
        describe(&corpus, &values),
        "$3.5 billion (Outlet 0) · $3.6 billion (Outlet 1, Outlet 2)"
    );
}

fn parallax() -> Command {
    Command::cargo_bin("parallax").unwrap()
}

/// The HARBOUR articles written as files in a temporary folder.
fn harbour_files() -> (tempfile::TempDir, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let paths = common::HARBOUR
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let path = dir
                .path()
                .join(format!("{}.txt", ["ledger", "herald", "wire"][i]));
            std::fs::write(&path, text).unwrap();
            path.display().to_string()
        })
        .collect();
    (dir, paths)
}

#[test]
fn facts_json_has_one_cell_per_outlet_and_null_for_a_gap() {
    let (_dir, paths) = harbour_files();
    let out = parallax()
        .arg("facts")
        .arg("--json")
        .args(&paths)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let doc: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["outlets"].as_array().unwrap().len(), 3);
    assert_eq!(doc["outlets"][0]["article"], "ledger");
    let rows = doc["rows"].as_array().unwrap();
    assert_eq!(rows[0]["status"], "conflict");
    for row in rows {
        assert_eq!(row["cells"].as_array().unwrap().len(), 3);
        assert!(row["group"].is_u64() && row["fact"].is_string());
    }
    let price = rows
        .iter()
        .find(|r| r["fact"].as_str().unwrap().starts_with("money:"))
        .unwrap();
    assert_eq!(price["cells"][0]["value"], "$3.5 billion");
    assert_eq!(price["cells"][0]["outlier"], true);
    assert_eq!(price["cells"][1]["article"], "herald");
    assert!(price["cells"][1]["claim"].is_u64());
    assert!(
        rows.iter().any(|r| r["cells"][0].is_null()),
        "a gap is null"
    );
}

#[test]
fn facts_text_filters_and_omissions_from_the_command_line() {
    let (_dir, paths) = harbour_files();
    let out = parallax()
        .args(["facts", "--status", "conflict"])
        .args(&paths)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("≠! $3.5 billion"), "{text}");
    assert!(!text.contains("Unique"), "{text}");
    let out = parallax()
        .args(["facts", "--omissions", "herald"])
        .args(&paths)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(out)
            .unwrap()
            .starts_with("herald leaves out"),
    );
    parallax()
        .args(["facts", "--outlet", "nobody"])
        .args(&paths)
        .assert()
        .failure()
        .stderr(predicates::str::contains("no outlet 'nobody'"));
}
