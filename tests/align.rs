//! Sentence alignment on stories written for these tests and on the seeds.

use parallax::analysis::align::Alignment;
use parallax::analysis::analyze;
use parallax::model::load::load_seeds;

mod common;
use common::corpus;

fn pairs(alignment: &[parallax::analysis::align::SentencePair]) -> Vec<(usize, usize)> {
    alignment.iter().map(|p| (p.left, p.right)).collect()
}

fn align(texts: &[&str]) -> Alignment {
    analyze(&corpus(texts)).align(0, 1)
}

const STORY: &str = "Dam ruling upheld\n\n\
A federal appeals court on Thursday upheld an order halting construction of the Harlow River dam.\n\n\
The three-judge panel ruled 2-1 that the water agency ignored its own scientists.\n\n\
The project, estimated at $2.4 billion, was approved in March 2021 by the state legislature.\n\n\
Environmental groups celebrated outside the courthouse in Sacramento.\n\n\
The agency said it was reviewing the decision and considering an appeal to the Supreme Court.";

#[test]
fn identical_articles_align_one_to_one() {
    let a = align(&[STORY, STORY]);
    assert_eq!(
        pairs(&a.monotone),
        (0..6).map(|i| (i, i)).collect::<Vec<_>>()
    );
    assert!(a.moved.is_empty());
    assert!(a.monotone.iter().all(|p| p.score > 0.9));
}

#[test]
fn inserted_paragraph_is_skipped() {
    let longer = STORY.replace(
        "\n\nThe project,",
        "\n\nFishermen downstream have long complained about falling salmon numbers in the delta.\n\nThe project,",
    );
    let a = align(&[STORY, &longer]);
    assert_eq!(
        pairs(&a.monotone),
        [(0, 0), (1, 1), (2, 2), (3, 4), (4, 5), (5, 6)]
    );
}

#[test]
fn moved_paragraph_is_reported_as_moved() {
    let reordered = "Dam ruling upheld\n\n\
The agency said it was reviewing the decision and considering an appeal to the Supreme Court.\n\n\
A federal appeals court on Thursday upheld an order halting construction of the Harlow River dam.\n\n\
The three-judge panel ruled 2-1 that the water agency ignored its own scientists.\n\n\
The project, estimated at $2.4 billion, was approved in March 2021 by the state legislature.\n\n\
Environmental groups celebrated outside the courthouse in Sacramento.";
    let a = align(&[STORY, reordered]);
    assert!(pairs(&a.monotone).contains(&(1, 2)));
    assert!(pairs(&a.monotone).contains(&(4, 5)));
    assert_eq!(pairs(&a.moved), [(5, 1)]);
}

#[test]
fn rewording_still_aligns() {
    let a = align(&[
        "Deal report\n\nThe United States has agreed to buy 100,000 artillery rounds from South Korean manufacturers.",
        "Deal news\n\nWashington has agreed to purchase some 100,000 rounds of artillery made by South Korean manufacturers.",
    ]);
    assert!(pairs(&a.monotone).contains(&(1, 1)), "{a:?}");
}

#[test]
fn unrelated_sentences_sharing_a_word_do_not_align() {
    let a = align(&[
        "Fire news\n\nThree people died in a warehouse fire on the east side of the city.",
        "Sports news\n\nThe city team won three games in a row to reach the final.",
    ]);
    assert!(!pairs(&a.monotone).contains(&(1, 1)), "{a:?}");
}

#[test]
fn spelling_variants_of_names_still_align() {
    let a = align(&[
        "One\n\nPresident Yoon Suk-yeol met Jens Stoltenberg in Seoul to discuss Kyiv.",
        "Two\n\nPresident Yoon Sok-yeol met Jens Stoltenberg in Seoul to discuss Kiev.",
    ]);
    assert!(pairs(&a.monotone).contains(&(1, 1)));
}

#[test]
fn degenerate_articles_do_not_panic() {
    let a = align(&["One sentence only.", "Another sentence entirely."]);
    assert!(a.monotone.len() <= 1);
    let corpus = corpus(&["Just one."]);
    let analysis = analyze(&corpus);
    assert_eq!(analysis.align(0, 7), Alignment::default());
}

#[test]
fn seeds_align_the_shared_passages() {
    let corpus = load_seeds();
    let analysis = analyze(&corpus);
    let sentence_of = |article: usize, needle: &str| {
        analysis.articles[article]
            .sentences
            .iter()
            .position(|s| {
                s.span
                    .slice(&corpus.articles[article].text)
                    .contains(needle)
            })
            .unwrap_or_else(|| panic!("{needle:?} not in article {article}"))
    };
    let all = |a: usize, b: usize| {
        let alignment = analysis.align(a, b);
        let mut all = pairs(&alignment.monotone);
        all.extend(pairs(&alignment.moved));
        all
    };
    let artillery = (
        sentence_of(2, "100,000 artillery rounds"),
        sentence_of(4, "100,000 rounds"),
    );
    assert!(all(2, 4).contains(&artillery));
    let tyranny = (
        sentence_of(2, "autocracy and tyranny"),
        sentence_of(4, "autocracy and tyranny"),
    );
    assert!(all(2, 4).contains(&tyranny));
    let quote_pair = (
        sentence_of(1, "autocracy and tyranny"),
        sentence_of(3, "autocracy and totalitarian"),
    );
    assert!(all(1, 3).contains(&quote_pair));
    let mission = (
        sentence_of(1, "first diplomatic mission"),
        sentence_of(3, "first diplomatic mission"),
    );
    assert!(all(1, 3).contains(&mission));
}

/// Two stories of one budget vote whose middle sentences share little wording but
/// the same specific facts: an amount and a quote.
const BUDGET_WIRE: &str = "Council passes budget\n\n\
The Marlow city council on Monday passed a budget for the coming year after a long evening session.\n\n\
It would appropriate $14.5 million for road repairs across the eastern districts.\n\n\
\"We have waited long enough for this,\" Mayor Ida Brandt said.\n\n\
Residents of the harbor district objected to the closing of two libraries.";

const BUDGET_PAPER: &str = "Marlow budget approved\n\n\
Marlow's council approved next year's budget on Monday night after a long evening session.\n\n\
Streets will get $14.5 million under the plan, aimed mostly at potholes.\n\n\
\"We have waited long enough for this,\" she told the chamber.\n\n\
Harbor district residents objected to the closing of two libraries.";

#[test]
fn sentences_sharing_a_linked_fact_or_quote_align_despite_rewording() {
    let a = align(&[BUDGET_WIRE, BUDGET_PAPER]);
    let got = pairs(&a.monotone);
    assert!(
        got.contains(&(2, 2)),
        "the $14.5 million sentences: {got:?}"
    );
    assert!(got.contains(&(3, 3)), "the quoted sentences: {got:?}");
}

#[test]
fn list_items_align_with_the_sentence_that_lists_them() {
    let listed = "Clerk admits theft\n\n\
A former county clerk admitted on Tuesday that she stole public money for years.\n\n\
The money paid for:\n\n\
- a 22-foot pontoon boat, bought for $34,150 and kept at a marina;\n\n\
- $9,875 in jewelry from a shop in Lancaster.\n\n\
She will be sentenced in May.";
    let inline = "Clerk pleads guilty\n\n\
A former county clerk admitted on Tuesday that she stole public money for years.\n\n\
Among the purchases were a pontoon boat for $34,150, a vacation and $9,875 in jewelry.\n\n\
She will be sentenced in May.";
    let a = align(&[listed, inline]);
    let got = pairs(&a.monotone);
    assert!(got.contains(&(3, 2)), "the boat item: {got:?}");
    assert!(got.contains(&(4, 2)), "the jewelry item: {got:?}");
    assert!(got.contains(&(5, 3)), "{got:?}");
}

#[test]
fn a_fact_repeated_lower_down_aligns_with_the_one_sentence_that_states_it() {
    let repeated = "Mayor quits\n\n\
Mayor Lena Okafor resigned on Friday after an audit found missing parking revenue.\n\n\
The council will name an interim mayor next week.\n\n\
Okafor resigned on Friday, days after the audit of parking revenue was published.\n\n\
She had served since 2019.";
    let once = "Okafor steps down\n\n\
Mayor Lena Okafor resigned Friday after an audit of parking revenue found money missing.\n\n\
An interim mayor will be named by the council next week.\n\n\
Her deputy declined to comment.";
    let a = align(&[repeated, once]);
    let mut got = pairs(&a.monotone);
    got.extend(pairs(&a.moved));
    assert!(got.contains(&(1, 1)), "the lead: {got:?}");
    assert!(got.contains(&(2, 2)), "the interim mayor: {got:?}");
    assert!(got.contains(&(3, 1)), "the repeated resignation: {got:?}");
    assert!(
        !got.iter().any(|&(l, r)| l == 4 || r == 3),
        "sentences with no counterpart stay alone: {got:?}"
    );
}

#[test]
fn a_long_sentence_aligns_with_each_sentence_stating_one_of_its_facts() {
    let merged = "Board approves budget\n\n\
The Harrow school board on Tuesday approved a $61.2 million budget, about $1.8 million less than Superintendent Nora Quill had requested for reading teachers, after a long meeting.\n\n\
The budget raises the property tax rate by 2 percent.\n\n\
Quill had asked in April for money to hire more reading teachers at the elementary schools.\n\n\
The library will close on Sundays.";
    let split = "Harrow budget passes\n\n\
Harrow's school board approved a $61.2 million budget on Tuesday after a long meeting.\n\n\
Property owners will see their tax rate rise 2 percent under the budget.\n\n\
The plan is about $1.8 million less than Superintendent Nora Quill had requested for reading teachers.\n\n\
Quill said she would ask the board again next year.";
    let a = align(&[merged, split]);
    let mut got = pairs(&a.monotone);
    got.extend(pairs(&a.moved));
    assert!(got.contains(&(1, 1)), "the budget: {got:?}");
    assert!(got.contains(&(2, 2)), "the tax rate: {got:?}");
    assert!(got.contains(&(1, 3)), "the shortfall in the lead: {got:?}");
    assert!(
        !got.iter().any(|&(l, r)| l == 4 || r == 4),
        "sentences with no counterpart stay alone: {got:?}"
    );
}

#[test]
fn two_ways_of_saying_no_one_was_hurt_align_and_an_unrelated_no_does_not() {
    let left = "Ferry fire\n\n\
A fire broke out on the evening ferry to Harlow Island on Sunday.\n\n\
No passengers were injured.\n\n\
The ferry no longer sails at night, the operator said.";
    let right = "Blaze on island ferry\n\n\
Flames spread through the engine room of the Harlow Island ferry on Sunday evening.\n\n\
Nobody was hurt.\n\n\
Crews will inspect the hull this week.";
    let a = align(&[left, right]);
    assert!(pairs(&a.monotone).contains(&(2, 2)), "{a:?}");
    assert!(!pairs(&a.monotone).iter().any(|&(l, _)| l == 3), "{a:?}");
    assert!(!pairs(&a.moved).iter().any(|&(l, _)| l == 3), "{a:?}");
}

#[test]
fn a_third_outlet_bridges_two_wordings_that_do_not_match_each_other() {
    let wire = "Harbour arrests\n\n\
Police on Saturday detained two teenagers suspected of setting fire to a fishing trawler.\n\n\
The harbour master said the blaze destroyed the wheelhouse and most of the nets.\n\n\
Insurers put the damage at $380,000.";
    let broadsheet = "Trawler fire\n\n\
Two teenagers were detained on Saturday after a trawler was set alight in the harbour, police said.\n\n\
The harbour master said the blaze destroyed the wheelhouse and most of the nets.\n\n\
The fishing fleet has lost three boats to arson since 2021.";
    let tabloid = "Boat torched\n\n\
Cops collared a pair of young firebugs after the trawler was set alight in the harbour.\n\n\
Mayor Dana Kerr called the attack a disgrace.";
    let analysis = analyze(&corpus(&[wire, tabloid, broadsheet]));
    let direct = analyze(&corpus(&[wire, tabloid])).align(0, 1);
    let arrest = (1, 1);
    assert!(
        !pairs(&direct.monotone).contains(&arrest) && !pairs(&direct.moved).contains(&arrest),
        "the two wordings match on their own, so this tests nothing: {direct:?}"
    );
    let bridged = analysis.align(0, 1);
    assert!(pairs(&bridged.monotone).contains(&arrest), "{bridged:?}");
    // The mayor's remark matches nothing in the third outlet: no bridge.
    let all: Vec<(usize, usize)> = pairs(&bridged.monotone)
        .into_iter()
        .chain(pairs(&bridged.moved))
        .collect();
    assert!(all.iter().all(|&(_, right)| right != 2), "{bridged:?}");
}
