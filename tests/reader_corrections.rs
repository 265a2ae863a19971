//! The analyst corrects the analysis from the reader: verdicts on conflicts,
//! claims taken out of and joined into groups, sentence links, quote speakers;
//! each saved in the session, shown with `✱`, applied everywhere, and undone.

mod common;

use parallax::analysis::claims::ClaimStatus;
use parallax::app::keymap::{Key, KeyCode};
use parallax::app::panel::Tab;
use parallax::app::{App, Effect, Event, Side, handle};
use parallax::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fn harbour() -> App {
    let corpus = common::corpus(&common::HARBOUR);
    let analysis = parallax::analysis::analyze(&corpus);
    App::new(corpus, analysis, Some((0, 1)), Rect::new(0, 0, 160, 30))
}

fn key(app: &mut App, c: char) -> Vec<Effect> {
    handle(app, Event::Key(Key::char(c)))
}

fn code(app: &mut App, code: KeyCode) -> Vec<Effect> {
    handle(app, Event::Key(Key::plain(code)))
}

fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal
        .draw(|frame| ui::draw(frame, app, &Theme::plain()))
        .unwrap();
    common::screen(terminal.backend().buffer())
}

/// The claim group whose claims of article 0 are anchored at `anchor`.
fn group_at(app: &App, anchor: &str) -> usize {
    let text = &app.corpus.articles[0].text;
    let claim = app.analysis.articles[0]
        .claims
        .iter()
        .position(|c| c.anchor.slice(text) == anchor)
        .unwrap();
    app.highlights.claim_group[0][claim].unwrap()
}

/// Opens the Claims tab on the group anchored at `anchor` in article 0.
fn select_claim_group(app: &mut App, anchor: &str) {
    key(app, '2');
    let group = group_at(app, anchor);
    let row = app.rows.claims.iter().position(|&g| g == group).unwrap();
    app.panel.selected[Tab::Claims.index()] = row;
}

#[test]
fn not_a_conflict_is_saved_shown_applied_everywhere_and_undone() {
    let mut app = harbour();
    select_claim_group(&mut app, "$3.5 billion");
    let effects = key(&mut app, 'C');
    assert_eq!(effects, vec![Effect::Save]);
    assert_eq!(app.session.corrections.len(), 1);
    let group = group_at(&app, "$3.5 billion");
    assert_eq!(app.analysis.claim_groups[group].status, ClaimStatus::Shared);
    assert_eq!(app.applied.verdict(group), Some(false));
    let row = app.facts.rows.iter().find(|r| r.group == group).unwrap();
    assert!(
        row.cells.iter().all(|c| !c.differs),
        "the fact table follows"
    );
    let selected = app.rows.claims[app.panel.selected()];
    assert_eq!(selected, group, "the selection stays on the group");
    let text = screen(&app);
    assert!(text.contains('✱'), "the correction shows:\n{text}");
    assert!(text.contains("not a conflict"), "{text}");

    let effects = key(&mut app, 'u');
    assert_eq!(effects, vec![Effect::Save]);
    assert!(app.session.corrections.is_empty());
    let group = group_at(&app, "$3.5 billion");
    assert_eq!(
        app.analysis.claim_groups[group].status,
        ClaimStatus::Conflict
    );
    assert!(!screen(&app).contains('✱'));
}

#[test]
fn a_member_taken_out_of_its_group_stands_alone() {
    let mut app = harbour();
    select_claim_group(&mut app, "$3.5 billion");
    key(&mut app, 'l');
    assert_eq!(app.panel.member, 0);
    key(&mut app, 'X');
    let alone = group_at(&app, "$3.5 billion");
    assert_eq!(app.analysis.claim_groups[alone].status, ClaimStatus::Unique);
    let rest = app.panel.claim_detail.unwrap();
    assert_ne!(rest, alone, "the detail stays on what is left");
    assert_eq!(app.analysis.claim_groups[rest].members.len(), 2);
    assert_eq!(app.analysis.claim_groups[rest].status, ClaimStatus::Shared);
    assert!(app.applied.claim_group_corrected(rest));
}

#[test]
fn two_presses_of_equals_join_two_groups() {
    let mut app = harbour();
    select_claim_group(&mut app, "120 workers");
    assert!(
        key(&mut app, '=').is_empty(),
        "the first press only chooses"
    );
    assert!(app.message.clone().unwrap().contains("press = again"));
    let march = app
        .rows
        .claims
        .iter()
        .position(|&g| {
            let m = app.analysis.claim_groups[g].members[0];
            m.article == 2
                && app.analysis.articles[2].claims[m.claim]
                    .anchor
                    .slice(&app.corpus.articles[2].text)
                    == "March"
        })
        .unwrap();
    app.panel.selected[Tab::Claims.index()] = march;
    assert_eq!(key(&mut app, '='), vec![Effect::Save]);
    let joined = group_at(&app, "120 workers");
    assert_eq!(app.analysis.claim_groups[joined].members.len(), 4);
    assert!(app.applied.claim_group_corrected(joined));
}

#[test]
fn esc_forgets_a_chosen_group() {
    let mut app = harbour();
    select_claim_group(&mut app, "120 workers");
    key(&mut app, '=');
    assert!(app.pending_join.is_some());
    code(&mut app, KeyCode::Esc);
    assert!(app.pending_join.is_none());
}

#[test]
fn l_links_the_two_cursor_sentences_and_again_unlinks_them() {
    let mut app = harbour();
    key(&mut app, 's');
    assert!(!app.sync);
    app.pane_mut(Side::Left).set_cursor(4);
    app.pane_mut(Side::Right).set_cursor(2);
    assert_ne!(app.counterparts.of(Side::Left, 4), Some(2));
    key(&mut app, 'L');
    assert_eq!(app.counterparts.of(Side::Left, 4), Some(2), "linked");
    assert!(app.gutter_marks(0).iter().any(|(_, sign)| *sign == '✱'));
    key(&mut app, 'L');
    assert_ne!(app.counterparts.of(Side::Left, 4), Some(2), "unlinked");
    assert_eq!(app.session.corrections.len(), 2);
    key(&mut app, 'u');
    assert_eq!(
        app.counterparts.of(Side::Left, 4),
        Some(2),
        "undo brings the link back"
    );
}

#[test]
fn a_speaker_is_named_in_an_open_quote_group() {
    let mut app = harbour();
    key(&mut app, '1');
    code(&mut app, KeyCode::Enter);
    key(&mut app, 'j');
    key(&mut app, 'S');
    for _ in 0..20 {
        code(&mut app, KeyCode::Backspace);
    }
    for c in "Port spokesman".chars() {
        key(&mut app, c);
    }
    assert_eq!(code(&mut app, KeyCode::Enter), vec![Effect::Save]);
    assert_eq!(
        app.analysis.articles[1].quotes[0].speaker.as_deref(),
        Some("Port spokesman")
    );
    assert!(app.applied.quote_group_corrected(0));
    code(&mut app, KeyCode::Esc);
    code(&mut app, KeyCode::Esc);
    key(&mut app, '1');
    assert!(screen(&app).contains('✱'));
}

#[test]
fn corrections_come_back_with_the_session() {
    let mut app = harbour();
    select_claim_group(&mut app, "$3.5 billion");
    key(&mut app, 'C');
    let session = app.session.clone();
    let mut reopened = harbour();
    reopened.attach_session(session, None);
    let group = group_at(&reopened, "$3.5 billion");
    assert_eq!(
        reopened.analysis.claim_groups[group].status,
        ClaimStatus::Shared
    );
    assert_eq!(reopened.applied.verdict(group), Some(false));
}

#[test]
fn a_read_only_session_refuses_corrections() {
    let mut app = harbour();
    app.read_only = Some("written by a newer Parallax".into());
    select_claim_group(&mut app, "$3.5 billion");
    key(&mut app, 'C');
    assert!(app.session.corrections.is_empty());
    assert!(app.message.clone().unwrap().contains("read-only"));
}

#[test]
fn a_conflict_needs_two_outlets() {
    let mut app = harbour();
    key(&mut app, '2');
    let unique = app
        .rows
        .claims
        .iter()
        .position(|&g| app.analysis.claim_groups[g].status == ClaimStatus::Unique)
        .unwrap();
    app.panel.selected[Tab::Claims.index()] = unique;
    assert!(key(&mut app, 'C').is_empty());
    assert!(app.message.clone().unwrap().contains("needs two"));
}
