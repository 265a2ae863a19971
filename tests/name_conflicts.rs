//! Conflicts of names: only a person's given name can be disputed, and a short
//! form of a name is no dispute.

use parallax::analysis::analyze;

mod common;
use common::corpus;

/// The name conflicts of a corpus, each as its values' texts.
fn name_conflicts(texts: &[&str]) -> Vec<Vec<String>> {
    analyze(&corpus(texts))
        .claim_groups
        .iter()
        .flat_map(|g| g.conflicts.iter())
        .filter(|c| c.kind == "name")
        .map(|c| c.values.iter().map(|v| v.text.clone()).collect())
        .collect()
}

#[test]
fn a_short_form_of_a_given_name_is_no_conflict() {
    let found = name_conflicts(&[
        "Budget\n\nBoard president Thomas E. Greer called the final budget a compromise on Tuesday.",
        "Budget\n\nBoard president Tom Greer called the final budget a compromise on Tuesday.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn another_given_name_is_still_a_conflict() {
    let found = name_conflicts(&[
        "Budget\n\nBoard president Thomas E. Greer called the final budget a compromise on Tuesday.",
        "Budget\n\nBoard president Timothy Greer called the final budget a compromise on Tuesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_institution_named_with_of_has_no_given_name() {
    let found = name_conflicts(&[
        "Plant\n\nValdoria's Ministry of Industry said in a statement that it regretted the decision and would help the 1,100 workers find new jobs.",
        "Plant\n\nThe Ministry of Industry said in a statement that it regretted the decision and would help the 1,100 workers find new jobs.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn another_given_name_of_one_office_holder_is_a_conflict_in_other_words() {
    // One office and one surname in both outlets: one person, whose given name
    // one outlet has wrong, however else the sentences are worded.
    let found = name_conflicts(&[
        "Verdict\n\nCircuit Judge Helen M. Castellano set sentencing for June 20 and kept the defendant free on bail.",
        "Verdict\n\nThe judge Ellen Castellano fixed the reading of the sentence for Friday, June 20.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn relatives_of_one_surname_are_two_people() {
    // A relation is no office: two people of one family, not a disputed name.
    let found = name_conflicts(&[
        "Fire\n\nThe fire was reported by a neighbour, Carla Mendes, who called the brigade at midnight.",
        "Fire\n\nThe fire was reported by a neighbour, Paulo Mendes, who called the brigade at midnight.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_description_after_an_age_or_ending_the_text_introduces_the_person() {
    // "Name, 54, a nurse at …" and a description the text ends with both
    // state the person's role, so another outlet's other given name for the
    // same nurse is found.
    let found = name_conflicts(&[
        "Outage\n\n\"We were flying blind,\" said Carla Mendez, 54, a nurse at Hollins Memorial Hospital in Lakeport. The hospital stayed open.",
        "Outage\n\nCarol Mendez, a nurse at Hollins Memorial for 22 years, said staff were \"flying blind.\"",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = name_conflicts(&[
        "Outage\n\nThe records system failed on Monday, said Carla Mendez, a nurse at Hollins Memorial Hospital.",
        "Outage\n\nCarol Mendez, a nurse at Hollins Memorial Hospital, said the records system failed on Monday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}
