//! Claim links across outlets: each rule of what makes two claims one fact, on
//! text written for it.

mod common;
use common::claims::{linked, linked_in, no_conflict_of};
use common::{corpus, corpus_dated};

#[test]
fn a_small_count_links_where_one_outlet_does_not_say_what_it_counts() {
    // "three Democrats voted against" counts voters; "three Democrats" leaves
    // the counted thing unsaid: the same count, not another one.
    let corpus = corpus(&[
        "Water bill passes\n\nThe Senate passed the water bill 22 to 19 on Thursday. All 16 Republicans and three Democrats voted against the water bill.",
        "Senate vote\n\nThe water bill cleared the Senate on Thursday over Republican objections. Three Democrats joined them in opposing the water bill.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "three", "Three"));
}

#[test]
fn small_counts_of_different_things_stay_apart() {
    let corpus = corpus(&[
        "Storm\n\nThe storm destroyed three bridges in the county on Monday.",
        "Storm\n\nThe storm killed three people in the county on Monday.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "three", "three"));
}

#[test]
fn percentages_of_different_things_are_different_facts() {
    // A premium and a share of the price are both percentages of one deal.
    let corpus = corpus(&[
        "Deal\n\nMeridian will pay $41.18 a share in cash, a 28% premium to the closing price of Castell stock on Friday.",
        "Deal\n\nMeridian will pay roughly 60 percent of the price in cash and the rest in Castell stock, the company said Friday.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "28", "60 percent"));
    no_conflict_of(&analysis, "percent");
}

#[test]
fn one_share_stated_twice_links() {
    let corpus = corpus(&[
        "Vote\n\nVillanueva won 88 percent of the delegate vote at the convention on Saturday.",
        "Vote\n\nAt the convention on Saturday, Villanueva received 88 percent of the delegate vote.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "88 percent", "88 percent"));
}

#[test]
fn one_event_in_other_words_links() {
    // "stepped down" and "resigned" state one event; the clauses share little
    // else, as two outlets' wordings do.
    let corpus = corpus(&[
        "Mayor quits\n\nHarlan Voss stepped down as mayor of Greyport on Monday after the audit.",
        "Greyport\n\nMayor Harlan Voss resigned on Monday, days after auditors questioned city contracts.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "stepped", "resigned"));
}

#[test]
fn two_counts_of_one_thing_link() {
    // Outlets that count the same thing differently report one figure: a
    // conflict, not two facts.
    let corpus = corpus(&[
        "Museum\n\nThe Harwick museum will hang 340 paintings in its new wing when it opens in June, its director said on Friday.",
        "Museum\n\nThe new wing will display 360 paintings when it opens in June, most of them gifts from private collectors.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "340", "360"));
}

#[test]
fn small_counts_of_parts_of_one_thing_stay_apart() {
    // "two-count" counts the charges; "one count" is one of them.
    let corpus = corpus(&[
        "Charges\n\nProsecutors charged the county treasurer in a two-count indictment filed in federal court on Monday.",
        "Charges\n\nThe county treasurer admitted to one count of wire fraud in federal court.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "two-count", "one count"));
}

#[test]
fn close_counts_of_one_thing_link_even_in_other_words() {
    // Eleven and twelve open posts are one figure reported two ways (a
    // conflict); the clauses around them share almost nothing.
    let corpus = corpus(&[
        "Hospital budget\n\nThe hospital trust approved its budget on Tuesday, which leaves 11 nursing posts unfilled until spring.",
        "Cuts\n\nAdministrators will not fill 12 nursing posts, according to figures released after the board meeting.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "11 nursing", "12 nursing"));
}

#[test]
fn distant_counts_of_one_thing_in_other_words_stay_apart() {
    // Eleven posts and seventeen are not one figure rounded two ways.
    let corpus = corpus(&[
        "Hospital budget\n\nThe hospital trust approved its budget on Tuesday, which leaves 11 nursing posts unfilled until spring.",
        "Cuts\n\nAdministrators will not fill 17 nursing posts, according to figures released after the board meeting.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "11 nursing", "17 nursing"));
}

#[test]
fn a_large_sum_to_two_digits_links_in_other_words() {
    // "$3.7 billion" names one sum however the sentences around it differ.
    let corpus = corpus(&[
        "Bridge\n\nThe state will spend $3.7 billion on the new Lakeside bridge, the transport office said.",
        "Lakeside\n\nCritics call the $3.7 billion crossing a gift to builders that drivers will pay for in tolls.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "3.7 billion", "3.7 billion"));
}

#[test]
fn an_event_each_outlet_states_once_links() {
    // Each outlet reports the derailment once, in sentences that share a word
    // or two: the one derailment both report.
    let corpus = corpus(&[
        "Train\n\nA freight train derailed near the Millbrook grain elevator early Sunday, officials said. Nobody was hurt.",
        "Millbrook\n\nForty cars of a freight train derailed on Sunday, spilling corn across two fields. Nobody was hurt, the county said.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "derailed", "derailed"));
}

#[test]
fn an_event_stated_once_of_other_people_stays_apart() {
    // One outlet's re-election of the chair and another's election of a new
    // treasurer are one event class, each stated once, but of other people.
    let corpus = corpus(&[
        "Club\n\nThe club's chair, Ada Brennan, was elected for a third term without opposition.",
        "Club\n\nMembers elected Tomas Ilves, a retired banker, as the club's new treasurer.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "elected", "elected"));
}

#[test]
fn different_events_in_one_sentence_are_not_one_event() {
    // The sentence around "led" holds the words of the clause around "pushed"
    // (the bill, the senator, her city), but the clause that states "led"
    // does not: two events, told by different verbs, stay apart.
    let corpus = corpus(&[
        "Water bill\n\nThe bill's sponsor is Marisol Garza, an Albuquerque Democrat who has pushed the groundwater bill for a decade.",
        "Water bill\n\nSenate Democrats, led by Marisol Garza of Albuquerque, passed the groundwater bill for a decade of work on Thursday.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "pushed", "led"));
}

#[test]
fn an_offer_and_its_refusal_are_two_facts() {
    // The same subsidy, the same year, the same company: one outlet reports
    // the offer, the other its refusal. Two facts, however alike the clauses.
    let corpus = corpus(&[
        "Mill\n\nThe province said it had offered Harbek Steel a power subsidy last winter.",
        "Mill\n\nOfficials said Harbek Steel had turned down a power subsidy last winter.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "offered", "turned"));
}

#[test]
fn a_refusal_in_other_words_still_links() {
    // "turned down" and "rejected" are both refusals of one thing.
    let corpus = corpus(&[
        "Mill\n\nOfficials said Harbek Steel had turned down a power subsidy last winter.",
        "Mill\n\nHarbek Steel rejected a power subsidy from the province last winter.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "turned", "rejected"));
}

#[test]
fn approving_and_blocking_one_merger_are_two_facts() {
    let corpus = corpus(&[
        "Merger\n\nThe regulator approved the Tallis and Morrow grocery merger on Friday.",
        "Merger\n\nA court blocked the Tallis and Morrow grocery merger on Friday.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "approved", "blocked"));
}

#[test]
fn two_peoples_tenures_stay_apart() {
    // Each outlet quotes another worker with the years they have worked: two
    // facts of two people, not one figure reported differently.
    let corpus = corpus(&[
        "Depot\n\nHana Okafor, a mechanic who has worked at the Dunmore depot for 22 years, said the plan was a shock.",
        "Depot\n\nVictor Lindahl, who has worked at the Dunmore depot for 18 years, said he would retire.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "22 years", "18 years"));
    assert!(analysis.claim_groups.iter().all(|g| g.conflicts.is_empty()));
}

#[test]
fn one_persons_tenure_stated_differently_links() {
    // One person, two figures: a discrepancy to show, not two facts.
    let corpus = corpus(&[
        "Depot\n\nHana Okafor, a mechanic who has worked at the Dunmore depot for 22 years, said the plan was a shock.",
        "Depot\n\nOkafor, who has worked at the Dunmore depot for 20 years, said the plan was a shock.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "22 years", "20 years"));
}

#[test]
fn a_forecast_length_of_time_and_a_recorded_one_are_two_facts() {
    // One outlet says how long the outage lasted, the other how long officials
    // thought it could last: a record and a forecast.
    let corpus = corpus(&[
        "Outage\n\nPower to the Redfield hospital was cut for several hours on Sunday after a transformer fire.",
        "Outage\n\nThe utility said the hospital's power cut could last several hours after the Redfield transformer fire on Sunday.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(
        &corpus,
        &analysis,
        "several hours",
        "several hours"
    ));
}

#[test]
fn two_recorded_lengths_of_one_outage_link() {
    let corpus = corpus(&[
        "Outage\n\nPower to the Redfield hospital was cut for about six hours on Sunday after a transformer fire.",
        "Outage\n\nThe Redfield hospital lost power for six hours on Sunday after a transformer fire.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "six hours", "six hours"));
}

#[test]
fn two_events_of_one_party_in_other_verbs_stay_apart() {
    // The clauses share only the company's name: what it did differs.
    let corpus = corpus(&[
        "Pipeline\n\nThe Tamsin line, proposed by Orland Basin Energy Partners, would carry crude to the coast.",
        "Pipeline\n\nA judge halted the Tamsin line. Orland Basin Energy Partners, its developer, said it would appeal.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "proposed", "appeal"));
}

#[test]
fn verbs_sharing_one_auxiliary_link_each_to_their_own() {
    // Each outlet keeps the bakery and offers transfers; one joins the two
    // plans under one "will", the other states them apart.
    let corpus = corpus(&[
        "Bakery\n\nBrindle Foods will keep a bakery in Oxley with about 90 staff and offer transfers to its Leeds plant to some bakers.",
        "Bakery\n\nBrindle Foods said it would keep a bakery in Oxley. The company would offer transfers to Leeds to a few bakers.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "offer", "offer"));
    assert!(!linked(&corpus, &analysis, "keep", "offer"));
}

#[test]
fn two_events_sharing_only_the_topic_word_stay_apart() {
    // Both clauses are about "the ruling", in other verbs: an appeal and a
    // terminal the ruling does not touch.
    let corpus = corpus(&[
        "Ruling\n\nThe company said it would appeal to the circuit court and ask for a stay of the ruling.",
        "Ruling\n\nThe export terminal holds separate state permits and is not affected by the ruling.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "ask", "affected"));
}

#[test]
fn different_counts_told_of_different_events_stay_apart() {
    // The charge counted two counts; the plea one of them.
    let corpus = corpus(&[
        "Plea\n\nProsecutors charged Dana Pell with fraud in a two-count indictment filed in March.",
        "Plea\n\nDana Pell pleaded guilty to one count of fraud in the indictment on Monday.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "two-count", "one count"));
}

#[test]
fn different_counts_of_one_event_link() {
    let corpus = corpus(&[
        "Storm\n\nThe storm killed 12 people in Harlow County on Monday, officials said.",
        "Storm\n\nThe storm killed 15 people in Harlow County on Monday, the sheriff said.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "12", "15"));
}

#[test]
fn an_age_written_as_years_after_a_name_links_with_the_plain_age() {
    // A translated outlet writes "Ortega, of 47 years," for "Ortega, 47,".
    let corpus = corpus(&[
        "Senator\n\nThe senator Marta Ortega, of 47 years, is a lawyer and was a judge.",
        "Senator\n\nMarta Ortega, 47, a lawyer, served as a judge before the Senate.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "47", "47"));
}

#[test]
fn a_figure_and_its_rounding_link() {
    // 41.6 percent written by another outlet as "about 42 percent".
    let corpus = corpus(&[
        "Turnout\n\nTurnout reached 41.6 percent of registered voters in Harlow County, the clerk said on Monday.",
        "Turnout\n\nOnly about 42 percent of Harlow County voters cast a ballot, a figure officials called disappointing.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "41.6", "42 percent"));
}

#[test]
fn a_figure_and_a_rounding_of_another_value_stay_apart() {
    let corpus = corpus(&[
        "Library\n\nThe Harlow library budget rose 41.6 percent this year, the clerk said on Monday.",
        "Library\n\nAbout 48 percent of Harlow residents hold a library card, a survey found.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "41.6", "48 percent"));
}

#[test]
fn each_event_of_one_clause_links_on_its_own() {
    // "remained closed" states two events in one clause; the clause's text
    // repeats for each, yet each is its own claim and finds its counterpart.
    let corpus = corpus(&[
        "Road\n\nRoute 9 was closed between Alder Springs and Birchton after the crash.",
        "Road\n\nRoute 9 remained closed on Friday evening between Alder Springs and Birchton.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "closed", "closed"));
}

#[test]
fn a_long_sentence_finds_its_counterpart_through_shared_words() {
    // The second outlet's sentence is long and its rarest words (a roar, a
    // crash, wagons) are its own; the words it shares with the first are
    // commoner, and still bring the two together.
    let corpus = corpus(&[
        "Train\n\nA Kestrel Line freight train derailed near the northern edge of Marrow on Sunday night. Officials closed the crossing. The Kestrel Line freight office said the train carried grain. The edge of the yard was fenced.",
        "Marrow\n\nWitnesses heard a roar, then a crash, as wagon after wagon of a westbound Kestrel Line freight train jumped the rails on Sunday night at the northern edge of Marrow, a town of 4,200. The Kestrel Line freight office said little. The northern yard was fenced.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "derailed", "jumped"));
}

#[test]
fn a_count_of_the_others_is_not_the_whole() {
    // "three died and 11 others fell ill": 11 is the rest beyond the dead, not
    // the whole count another outlet gives, even when that count is also 11.
    let corpus = corpus(&[
        "Outbreak\n\nEleven patients at Fenwick Hospital have fallen ill with measles, officials said on Monday.",
        "Outbreak\n\nThree patients have died and 11 others have fallen ill with measles at Fenwick Hospital, officials said on Monday.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "Eleven", "11"));
}

#[test]
fn a_habit_and_one_occurrence_of_it_are_two_facts() {
    let corpus = corpus(&[
        "Drill\n\nLast year's Harbor Shield drill, held in September near Tovik, drew 7,000 sailors.",
        "Drill\n\nThe Navy holds a Harbor Shield drill near Tovik every summer.",
        "Drill\n\nEvery summer, the Navy holds the Harbor Shield drill near Tovik.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "held", "holds"));
    // Two outlets stating the habit state one fact.
    let group = common::claims::group_on(&corpus, &analysis, 1, "holds");
    let habit = common::claims::claim_on(&corpus, &analysis, 2, "holds");
    assert!(
        group
            .members
            .iter()
            .any(|m| m.article == 2 && m.claim == habit)
    );
}

#[test]
fn a_headline_verb_links_to_the_plain_verb_it_stands_for() {
    let corpus = corpus(&[
        "Missiles\n\nThe Russian Foreign Ministry summoned Japan's ambassador over plans to deploy long-range missiles on Hokkaido.",
        "Missiles\n\nRussia summoned Japan's ambassador to protest Tokyo's plan to station long-range missiles on Hokkaido.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "deploy", "station"));
}

#[test]
fn one_event_acting_on_one_thing_links_however_little_else_is_shared() {
    // Each outlet reports the plea once; the clauses around it share nothing
    // but the verb and what it acts on.
    let corpus = corpus(&[
        "Storm\n\nAs the heaviest bands of sleet moved in from the west on Monday, she asked residents to stay home.",
        "Storm\n\nSpeaking to reporters at the operations centre in Dover, the governor urged people to stay home.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "stay", "stay"));
}

#[test]
fn one_event_acting_on_other_things_stays_apart() {
    // The same verb on another object, with nothing else shared, is another
    // statement: clearing sidewalks is not clearing highways.
    let corpus = corpus(&[
        "Storm\n\nAs the heaviest bands of sleet moved in from the west on Monday, she said crews would clear the sidewalks.",
        "Storm\n\nSpeaking to reporters at the operations centre in Dover, the governor said crews would clear the highways.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "clear", "clear"));
}

#[test]
fn one_verb_on_things_sharing_only_a_modifier_stays_apart() {
    // "federal reimbursement" and "a federal disaster declaration" are two
    // requests: the word after the verb is alike, the things are not.
    let corpus = corpus(&[
        "Storm\n\nAs the heaviest bands of sleet moved in from the west on Monday, she said the state would seek federal reimbursement.",
        "Storm\n\nSpeaking to reporters at the operations centre in Dover, the governor said she would seek a federal disaster declaration.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "seek", "seek"));
}

#[test]
fn an_age_of_someone_unnamed_links_with_a_named_age_near_it() {
    let named = "Storm\n\nGerald P. Fontaine, 64, of Millbrook died when a tree fell onto his pickup truck on Route 9 late Sunday.";
    for (unnamed, status) in [
        (
            "Storm\n\nA 64-year-old man from Millbrook died when a tree fell onto his pickup truck on Route 9 late Sunday.",
            parallax::analysis::claims::ClaimStatus::Shared,
        ),
        (
            "Storm\n\nA 66-year-old man from Millbrook died when a tree fell onto his pickup truck on Route 9 late Sunday.",
            parallax::analysis::claims::ClaimStatus::Conflict,
        ),
    ] {
        let corpus = corpus(&[named, unnamed]);
        let analysis = parallax::analysis::analyze(&corpus);
        assert!(linked(&corpus, &analysis, "64", "-year-old"), "{unnamed}");
        assert_eq!(
            common::claims::group_on(&corpus, &analysis, 0, "64").status,
            status
        );
    }
    // An unnamed age in another event is another person's.
    let other = "Storm\n\nA 65-year-old woman in Dover was hurt when a power line came down across her driveway on Monday.";
    let corpus = corpus(&[named, other]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "64", "-year-old"));
}

#[test]
fn a_protest_lodged_links_with_the_condemnation_another_outlet_reports() {
    let a = "Drills\n\nOfficials in Drelsk condemned the naval drills as a provocation.";
    let b = "Drills\n\nThe government lodged a sharp protest over the naval drills on Friday.";
    let corpus = corpus(&[a, b]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "condemned", "lodged"));
}

#[test]
fn claims_compare_words_as_their_synonyms() {
    // One length of time of one thing, named by two synonyms: the words of
    // the clauses compare as alignment compares them.
    let a = "Water\n\nDelegates spent the afternoon on the 20-year-old feud over drilling.";
    let b = "Water\n\nThe council hopes to close the conflict of twenty years over drilling between north and south.";
    let corpus = corpus(&[a, b]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "20-year-old", "twenty years"));
}

#[test]
fn a_post_stated_by_a_verb_links_with_a_noun_of_its_class() {
    // "who chairs the union" and "the president of the union" describe one
    // post; the plural possessive ("Dockworkers'") is part of the description.
    let corpus = corpus(&[
        "Port strike\n\nMira Holt, who chairs the Dockworkers' Union local, said the strike would go on. Ships waited offshore.",
        "Strike goes on\n\nThe president of the Dockworkers' Union local, Mira Holt, told members the strike would continue. Cargo piled up.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "who chairs", "Mira Holt"));
}

#[test]
fn a_post_stated_by_a_verb_stays_apart_from_another_role_of_the_person() {
    // Representing a ward and sitting on the council are two facts of one man.
    let corpus = corpus(&[
        "Budget vote\n\nThe council passed the budget 5 to 2. Council member Jon Ferraro voted no.",
        "Budget passes\n\nThe budget passed 5 to 2. Jon Ferraro, who represents Ward 4, said he voted against it.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "Jon Ferraro", "who represents"));
}

#[test]
fn two_figures_whose_clauses_share_no_word_are_two_facts_however_alike_their_sentences() {
    let corpus = corpus(&[
        "A\n\nThe council voted 6-3 to raise the levy. Councillors Ana Ruiz and Paul Berg voted to keep the levy at 3.2%.\n\nUnemployment in the city was 5.1% in March, the council said.",
        "B\n\nThe council approved the rise by a vote of 6 to 3, and the two who said no were councillors Ana Ruiz and Paul Berg.\n\nJoblessness reached 4.2% in March, the council said.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "3.2", "4.2"));
}

#[test]
fn a_whole_number_rounds_only_a_value_it_changes_little() {
    // "14.2 percent" may be written "14 percent"; "1.5 per cent" is no "2
    // per cent".
    let apart = corpus(&[
        "A\n\nPrices rose 6.1 per cent in March. The target of the bank is 2 per cent.",
        "B\n\nInflation hit 6.4 per cent in March. The bank has raised its rate from 1.5 per cent when she took over to 4.75 per cent today.",
    ]);
    let analysis = parallax::analysis::analyze(&apart);
    assert!(!linked(&apart, &analysis, "2 per cent", "1.5 per cent"));
    let alike = corpus(&[
        "A\n\nUnemployment in the county rose to 14.2 percent in May, the state said.",
        "B\n\nUnemployment in the county rose to 14 percent in May, the state said.",
    ]);
    let analysis = parallax::analysis::analyze(&alike);
    assert!(linked(&alike, &analysis, "14.2 percent", "14 percent"));
}

#[test]
fn figures_that_moved_are_named_by_their_subjects() {
    // "humidity fell" and "the stock fell" are two figures, however alike
    // their clauses.
    let apart = corpus(&[
        "Fire\n\nGusts reached 50 mph and humidity fell as low as 9 percent, according to the weather service.",
        "Fire\n\nHarbor Electric's stock fell 12 percent on Wednesday, according to market data.",
    ]);
    let analysis = parallax::analysis::analyze(&apart);
    assert!(!linked(&apart, &analysis, "fell", "fell"));
    // One figure's fall, reported twice, still links.
    let alike = corpus(&[
        "Fire\n\nHarbor Electric's stock fell 12 percent on Wednesday after the fire.",
        "Fire\n\nThe utility's stock fell 12 percent on Wednesday, a day after the fire began.",
    ]);
    let analysis = parallax::analysis::analyze(&alike);
    assert!(linked(&alike, &analysis, "fell", "fell"));
}

#[test]
fn one_day_named_with_its_month_links_in_other_words() {
    // "July 1" and "1 July" name one day of the calendar: two outlets dating
    // something to it are dating one thing, however little else their clauses
    // share.
    let corpus = common::corpus_dated(&[
        (
            "Fares\n\nThe transit board approved a higher bus fare on Monday. The new fare kicks in on July 1.",
            Some("2026-03-12"),
        ),
        (
            "Bus fares\n\nRiders will pay more from next summer. The increase enters into force on 1 July.",
            Some("2026-03-12"),
        ),
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "July 1", "1 July"));
}

#[test]
fn two_days_of_one_month_stay_apart_in_other_words() {
    let corpus = common::corpus_dated(&[
        (
            "Fares\n\nThe transit board approved a higher bus fare on Monday. The new fare kicks in on July 1.",
            Some("2026-03-12"),
        ),
        (
            "Bus fares\n\nThe county fair opens to visitors on 9 July.",
            Some("2026-03-12"),
        ),
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "July 1", "9 July"));
}

#[test]
fn a_sum_each_outlet_states_once_links_in_other_words() {
    // Each outlet gives $410,000 once: one sum of the story, though the two
    // clauses share no word ("insurance claim" / "its insurer").
    let corpus = corpus(&[
        "Charity\n\nThe society has recovered $410,000 through an insurance claim, according to its board.",
        "Charity\n\nBut the charity is only now trying to claw back $410,000 from its insurer.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "$410,000", "$410,000"));
}

#[test]
fn a_sum_an_outlet_states_twice_needs_shared_words() {
    // The second outlet gives $410,000 for two things: which one is the
    // first outlet's is for the words to say, and here they say neither.
    let corpus = corpus(&[
        "Charity\n\nThe society has recovered $410,000 through an insurance claim, according to its board.",
        "Charity\n\nThe pantry spent $410,000 on trucks last year. The church gave $410,000 for the roof.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "$410,000", "$410,000"));
}

#[test]
fn an_acquittal_in_other_words_links() {
    // "absolved" is how a translated report words an acquittal.
    let corpus = corpus(&[
        "Verdict\n\nThe jury acquitted Denise Whitcombe of forgery on Thursday.",
        "Verdict\n\nThe jurors absolved Mrs. Denise Whitcombe of forgery this Thursday.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "acquitted", "absolved"));
}

#[test]
fn a_linking_verb_names_no_event_of_its_own() {
    // "remained free" and "remained silent" say two things of one person: the
    // fact is the complement, not the verb they share.
    let corpus = corpus(&[
        "Verdict\n\nThe judge set sentencing for May 4 and allowed Clara Benning to remain free on bail.",
        "Verdict\n\nClara Benning remained silent as the clerk read out the jury's decision.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "remain", "remained"));
}

#[test]
fn a_reelection_is_its_own_event_not_the_first_election() {
    // Each outlet tells of the re-elections once, beside the first election:
    // the re-elections are one fact, however differently they are counted.
    let corpus = corpus(&[
        "Mayor\n\nMarta Quill was first elected mayor of Dunmore in 2012 and was re-elected in 2016 and 2020.",
        "Mayor\n\nQuill, first elected in 2012, was re-elected twice without serious opposition, in a city that rarely unseats anyone.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "re-elected", "re-elected"));
}

#[test]
fn one_event_told_once_and_dated_alike_links_with_few_shared_words() {
    // Each outlet tells of the protest once, on the same day, in words that
    // share almost nothing but the event.
    let corpus = corpus_dated(&[
        (
            "Protest\n\nThe foreign ministry of Osterland on Friday condemned the naval drills Halvany plans off its coast in May.",
            Some("2026-03-06"),
        ),
        (
            "Protest\n\nOn Friday ministry spokesman Piet Aalders stood before reporters in Velde to denounce Sea Shield, as officials call it.",
            Some("2026-03-06"),
        ),
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "condemned", "denounce"));
}

#[test]
fn a_figure_raised_and_a_figure_lowered_are_two_changes() {
    // The clauses share nearly every word, but one staff was cut and the
    // other doubled.
    let corpus = corpus(&[
        "Museum\n\nThe gallery cut its night security staff from four guards to two last year.",
        "Museum\n\nAfter the burglary the gallery doubled its night security staff to four guards.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "cut", "doubled"));
}

#[test]
fn one_event_acting_on_two_things_is_two_events() {
    // Each outlet tells of backing once, but one backs a motion and the
    // other an inquiry.
    let corpus = corpus(&[
        "Parliament\n\nLena Ostrova, who leads the Greens, said her party's 14 deputies would support the censure motion.",
        "Parliament\n\nOn Monday the cabinet lost a vote 118 to 97 as rebel deputies broke ranks to support a public inquiry.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(!linked(&corpus, &analysis, "support", "support"));
}

#[test]
fn one_event_both_outlets_deny_links_in_other_words() {
    // "No one" and "nobody" share no word, and what did not happen has no
    // object to tell it apart: each outlet's only denial of the harm is one fact.
    assert!(linked_in(
        &[
            "Depot fire\n\nA fire destroyed the bus depot in Marlow on Sunday night.\n\nCrews from three towns fought the blaze for six hours. No one was hurt, the fire chief said.",
            "Marlow\n\nFlames tore through the Marlow bus depot late on Sunday.\n\nThe city's buses will leave from a school car park this week. Nobody was hurt.",
        ],
        "hurt",
        "hurt"
    ));
}

#[test]
fn one_event_dated_the_same_year_by_both_links_in_other_words() {
    // Each outlet tells of more than one renovation, so neither tells this
    // one once; the same event in the same year is the evidence.
    assert!(linked_in(
        &[
            "Quake\n\nThe Castelmar primary school stood on the main square. It was renovated in 2019 with money from a national fund.\n\nMany older homes in the valley were renovated after the last quake.",
            "Castelmar\n\nRescuers dug through the rubble all night. The building had been renovated in 2019, the mayor said.\n\nThe town hall was also renovated recently.",
        ],
        "renovated",
        "renovated"
    ));
}

#[test]
fn one_event_class_on_one_day_acting_on_two_things_stays_apart() {
    assert!(!linked_in(
        &[
            "Library\n\nMembers voted on Tuesday to close the Elm Street library. They also voted to extend the bus lane.",
            "Parking\n\nThe budget panel voted on Tuesday to raise parking fees downtown. It also voted on a new logo.",
        ],
        "voted",
        "voted"
    ));
}

#[test]
fn built_and_constructed_are_one_event() {
    assert!(linked_in(
        &[
            "Bridge\n\nThe Orlov bridge was built in 1974 by a state contractor.\n\nIt carries 30,000 cars a day.",
            "Orlov\n\nEngineers say the crossing, constructed in 1974, was never meant for lorries.\n\nRepairs will take a year.",
        ],
        "built",
        "constructed"
    ));
}

#[test]
fn customers_and_clients_are_one_count() {
    // A translation's "clients" counts what the other outlet's "customers" do.
    assert!(linked_in(
        &[
            "Outage\n\nNorthwind Telecom, based in Arlen, has about 14 million customers.\n\nThe outage lasted six hours.",
            "Northwind\n\nThe network failure hit part of the some 14 million clients of Northwind in the country.\n\nEngineers restored service by noon.",
        ],
        "14 million customers",
        "14 million clients"
    ));
}

#[test]
fn a_sum_per_year_links_to_the_same_sum_without_its_period() {
    assert!(linked_in(
        &[
            "Plant\n\nThe Arlen smelter costs its owner about 90 million euros a year to run.\n\nIt employs 800 people.",
            "Smelter\n\nRunning the smelter costs the company some 90 million euros, the ministry said.\n\nUnions want talks.",
        ],
        "90 million euros a year",
        "90 million euros"
    ));
}

#[test]
fn counts_of_the_missing_are_one_figure_however_worded() {
    // "remain missing" and "are still missing" count one thing, the
    // missing, beside a count of the dead: four against five is one figure.
    assert!(linked_in(
        &[
            "Ferry\n\nNine people died and four people remain missing after the ferry sank on Sunday, the coast guard said.",
            "Sinking\n\nThe death toll rose to nine on Monday. Five are still missing.",
        ],
        "four",
        "Five"
    ));
}

#[test]
fn an_admission_denied_in_any_wording_is_one_fact() {
    // "did not admit", "does not admit", "admits no": one denial, linked and
    // no conflict of modality.
    let corpus = corpus(&[
        "Settlement\n\nUnder the settlement with state regulators, Halden Foods did not admit wrongdoing in the recall.",
        "Halden settles\n\nHalden Foods admits no wrongdoing in the recall under its settlement with state regulators.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "admit", "admits"));
    no_conflict_of(&analysis, "modality");
}

#[test]
fn a_length_of_time_each_outlet_states_once_links_however_it_is_worded() {
    let a = "Bank raid\n\nThree masked men robbed a savings bank on Friday. \
They were inside for about seven minutes, police said.\n\n\
Detectives are reviewing footage from nearby shops.";
    let b = "Heist\n\nThe gang fled with the cash in just seven minutes.\n\n\
No one was hurt.";
    assert!(linked_in(&[a, b], "seven minutes", "seven minutes"));
}

#[test]
fn a_year_beside_other_facts_links_to_the_same_year_in_another_clause() {
    // A year given in a list of works, beside the theft and its count, is the
    // year another outlet gives as when a work was painted.
    assert!(linked_in(
        &[
            "Museum theft\n\nThieves took three works from the museum, including Edith Varga's \"Harbor at Dusk\" (1887) and a landscape by Anselm Roux.",
            "Museum theft\n\nAmong the stolen works is \"Harbor at Dusk,\" which Edith Varga painted in 1887.",
        ],
        "1887",
        "1887"
    ));
}

#[test]
fn a_length_written_before_a_noun_is_not_the_storys_one_length_of_time() {
    // Each outlet states one length of two years, but "a two-year fight" is
    // the dispute's age, not how long the building work will last.
    assert!(!linked_in(
        &[
            "Arena\n\nThe council approved the arena, ending a two-year fight over public money.",
            "Arena\n\nCity officials said work on the arena would start in September and last roughly two years.",
        ],
        "two-year",
        "two years"
    ));
    // Two lengths of one event, stated once by each, still link.
    assert!(linked_in(
        &[
            "Theft\n\nThe thieves were inside the museum for about seven minutes.",
            "Theft\n\nThe gang fled with the canvases in just seven minutes.",
        ],
        "seven minutes",
        "seven minutes"
    ));
}

#[test]
fn the_new_figure_of_a_change_links_to_the_figure_stated_alone() {
    // "from $4.50 to $6" states the old fee and the new: an outlet that gives
    // only the new fee reports the second of them.
    let corpus = corpus(&[
        "Parking\n\nThe Dunmore council voted on Monday to raise the downtown parking fee from $4.50 to $6 an hour, starting in May.",
        "Parking\n\nDowntown drivers in Dunmore will pay $6 an hour to park from May after a council vote on Monday.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "$6", "$6"));
    no_conflict_of(&analysis, "money");
}

#[test]
fn figures_grouped_as_translated_copy_groups_them_link_to_the_english_ones() {
    // Translated copy keeps its language's marks: a decimal comma, thousands
    // grouped by points or spaces. The figures are the wire's.
    let corpus = corpus(&[
        "Hospital attack\n\nThe hackers demanded a ransom of $4.5 million in bitcoin, the hospital said on Tuesday. Records of as many as 312,000 patients may have been accessed. Riverbend employs about 3,500 people across its three hospitals.",
        "The attack\n\nThe pirates asked a ransom of 4,5 million dollars in bitcoin, indicated the hospital on Tuesday. The data of up to 312 000 patients could have been consulted. Riverbend employs around 3.500 persons in its three hospitals.",
    ]);
    let analysis = parallax::analysis::analyze(&corpus);
    assert!(linked(&corpus, &analysis, "$4.5 million", "4,5 million"));
    assert!(linked(&corpus, &analysis, "312,000", "312 000"));
    assert!(linked(&corpus, &analysis, "3,500", "3.500"));
    no_conflict_of(&analysis, "money");
    no_conflict_of(&analysis, "quantity");
}

#[test]
fn a_figure_moved_by_a_verb_after_a_pronoun_is_named_by_its_object() {
    // "It would raise the state royalty": the royalty moves, not "it". The
    // same royalty in another outlet's subject links; a share price does not.
    let royalty = "A\n\nThe mining bill passed the Senate on Tuesday. It would raise the state royalty on copper from 2 percent to 6 percent of gross value.";
    assert!(linked_in(
        &[
            royalty,
            "B\n\nThe mining bill passed the Senate on Tuesday. Under the bill, the state royalty on copper would rise from 2 percent to 6 percent.",
        ],
        "raise",
        "rise"
    ));
    assert!(!linked_in(
        &[
            royalty,
            "B\n\nThe mining bill passed the Senate on Tuesday. Shares of Nordkap, the mine's owner, rose on Wednesday by 4.2 percent.",
        ],
        "raise",
        "rose"
    ));
}
