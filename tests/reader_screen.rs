//! What the reader draws, cell by cell with styles: gutter signs on the right
//! lines (with and without colour), the claim style under the cursor, the hint
//! line of every mode, help reachable in full at 80×24, the legend's words.

use parallax::analysis::claims::ClaimStatus;
use parallax::app::geometry::GUTTER;
use parallax::app::highlights::Mark;
use parallax::app::keymap::{HELP_CONTEXTS, Key, KeyCode, bindings};
use parallax::app::{App, Event, Side, handle};
use parallax::model::Span;
use parallax::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

mod common;
use common::{corpus, screen, seeds_app};

fn render(app: &App, theme: &Theme) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app, theme)).unwrap();
    terminal.backend().buffer().clone()
}

fn key(app: &mut App, c: char) {
    handle(app, Event::Key(Key::char(c)));
}

fn code(app: &mut App, code: KeyCode) {
    handle(app, Event::Key(Key::plain(code)));
}

/// Two outlets: a shared claim, then, in the same paragraph, a claim whose
/// amount differs (a conflict), then a plain sentence.
const A: &str = "Budget vote\n\nThe council approved 45 new homes on Tuesday after a long debate. \
The mayor said the project would cost $3 million in total. It is a big change for the town.";
const B: &str = "Homes approved\n\nThe council approved 45 new homes on Tuesday after a long debate. \
The mayor said the project would cost $5 million in total. Neighbours were split on the plan.";

/// A reader on A and B whose left pane wraps so that the second claim starts in
/// the middle of a line the first one ends on.
fn meeting_claims(theme: &Theme) -> (App, Buffer, usize) {
    let corpus = corpus(&[A, B]);
    let analysis = parallax::analysis::analyze(&corpus);
    let claims: Vec<(Span, ClaimStatus)> = corpus_claims(&analysis, &corpus);
    assert_eq!(
        claims.iter().map(|c| c.1).collect::<Vec<_>>(),
        [ClaimStatus::Shared, ClaimStatus::Conflict],
        "the fixture's claims"
    );
    for width in 40..90 {
        let app = App::new(
            corpus.clone(),
            analysis.clone(),
            Some((0, 1)),
            Rect::new(0, 0, width * 2, 30),
        );
        let pane = app.pane(Side::Left);
        let second = claims[1].0.start;
        let line = pane.wrapped.line_of(second);
        if pane.wrapped.lines[line].span.start < second {
            let buffer = render(&app, theme);
            return (app, buffer, line);
        }
    }
    panic!("no width puts the second claim mid-line");
}

/// The claimed clauses of the first article with their statuses; claims of one
/// clause are one place (the most notable status shows, a conflict over the rest).
fn corpus_claims(
    analysis: &parallax::analysis::Analysis,
    corpus: &parallax::model::Corpus,
) -> Vec<(Span, ClaimStatus)> {
    let highlights = parallax::app::highlights::Highlights::new(corpus, analysis);
    let mut clauses: Vec<(Span, ClaimStatus)> = Vec::new();
    for h in &highlights.per_article[0] {
        let Mark::Claim(status, _) = h.mark else {
            continue;
        };
        match clauses.iter_mut().find(|(s, _)| *s == h.span) {
            Some(same) if status == ClaimStatus::Conflict => same.1 = status,
            Some(_) => {}
            None => clauses.push((h.span, status)),
        }
    }
    clauses
}

/// The first article's conflicting claim in the fixture.
fn conflict_claim(app: &App) -> &parallax::analysis::claims::Claim {
    let text = &app.corpus.articles[0].text;
    app.analysis.articles[0]
        .claims
        .iter()
        .find(|c| c.span.slice(text).contains("$3 million"))
        .expect("the conflicting claim")
}

/// The gutter of the left pane at screen line `line`, as text.
fn gutter(app: &App, buffer: &Buffer, line: usize) -> String {
    let pane = app.geometry().panes[0];
    let y = pane.y + 1 + u16::try_from(line - app.pane(Side::Left).top).unwrap();
    (pane.x + 1..pane.x + 1 + GUTTER)
        .map(|x| buffer[(x, y)].symbol().to_string())
        .collect()
}

#[test]
fn a_sign_sits_where_its_sentence_starts_and_meeting_claims_show_both() {
    for theme in [Theme::colour(), Theme::plain()] {
        let (app, buffer, line) = meeting_claims(&theme);
        let meeting = gutter(&app, &buffer, line);
        assert!(
            meeting.ends_with("=≠"),
            "both signs, in text order, where the claims meet: {meeting:?}"
        );
        let after = gutter(&app, &buffer, line + 1);
        if app.pane(Side::Left).wrapped.lines[line + 1].span.start < conflict_claim(&app).span.end {
            assert!(
                !after.contains('≠') && !after.contains('='),
                "no sign on a continuation line: {after:?}"
            );
        }
        let first = app
            .pane(Side::Left)
            .wrapped
            .line_of(app.analysis.articles[0].claims[0].span.start);
        assert!(gutter(&app, &buffer, first).contains('='));
    }
}

#[test]
fn without_colour_the_signs_and_marks_still_read() {
    let (mut app, _, line) = meeting_claims(&Theme::plain());
    // A note on the second claim's sentence goes to the line where it starts.
    let second = conflict_claim(&app).sentence;
    app.pane_mut(Side::Left).set_cursor(second);
    key(&mut app, 'a');
    for c in "check the amount".chars() {
        key(&mut app, c);
    }
    code(&mut app, KeyCode::Esc);
    let buffer = render(&app, &Theme::plain());
    for cell in buffer.content() {
        assert_eq!(
            (cell.fg, cell.bg),
            (Color::Reset, Color::Reset),
            "no colour"
        );
    }
    let signs = gutter(&app, &buffer, line);
    assert!(signs.contains('✎') && signs.contains('≠'), "{signs:?}");
    let text = screen(&buffer);
    let (row, column) = text
        .lines()
        .enumerate()
        .find_map(|(y, l)| l.find("$3 million").map(|b| (y, l[..b].chars().count())))
        .unwrap();
    let cell = &buffer[(column as u16, row as u16)];
    assert!(
        cell.modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED),
        "the conflict reads as bold underlined without colour"
    );
}

#[test]
fn the_cursor_keeps_the_claim_style_visible() {
    let corpus = corpus(&common::HARBOUR);
    let analysis = parallax::analysis::analyze(&corpus);
    let mut app = App::new(corpus, analysis, Some((0, 2)), Rect::new(0, 0, 160, 45));
    let text = &app.corpus.articles[0].text;
    let claim = app.analysis.articles[0]
        .claims
        .iter()
        .find(|c| c.span.slice(text).contains("$3.5 billion"))
        .unwrap()
        .span;
    app.jump_to(Side::Left, claim.start);
    for theme in [Theme::colour(), Theme::plain()] {
        let buffer = render(&app, &theme);
        let text = screen(&buffer);
        let (row, column) = text
            .lines()
            .enumerate()
            .find_map(|(y, l)| l.find("the harbour").map(|b| (y, l[..b].chars().count())))
            .unwrap();
        let cell = &buffer[(column as u16, row as u16)];
        assert_eq!(
            cell.fg,
            theme.conflict.fg.unwrap_or(Color::Reset),
            "claim colour"
        );
        assert!(
            cell.modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED)
        );
        if let Some(bg) = theme.cursor.bg {
            assert_eq!(cell.bg, bg, "cursor background");
        } else {
            assert!(
                cell.modifier.contains(Modifier::REVERSED),
                "cursor without colour"
            );
        }
    }
}

/// The hint line (last row) of `app` at its size.
fn hint_line(app: &App) -> String {
    let buffer = render(app, &Theme::colour());
    screen(&buffer).lines().last().unwrap().to_string()
}

#[test]
fn each_mode_hints_its_own_keys_and_keeps_help_and_quit_at_80_columns() {
    let mut app = seeds_app(80, 24, (0, 1));
    let reading = hint_line(&app);
    assert!(reading.contains("j/k sentence"), "{reading}");
    assert!(
        reading.contains("? help") && reading.contains("q quit"),
        "{reading}"
    );
    key(&mut app, '1');
    let panel = hint_line(&app);
    assert!(
        panel.contains("Enter open") && panel.contains("q quit"),
        "{panel}"
    );
    assert!(
        !panel.contains("back"),
        "h back only with a group open: {panel}"
    );
    code(&mut app, KeyCode::Enter);
    assert!(hint_line(&app).contains("h back"));
    code(&mut app, KeyCode::Esc);
    key(&mut app, '/');
    let search = hint_line(&app);
    assert!(
        search.contains("Enter ok") && search.contains("Esc cancel"),
        "{search}"
    );
    assert!(
        !search.contains("quit"),
        "typing: q is text, not quit: {search}"
    );
    code(&mut app, KeyCode::Esc);
    key(&mut app, 'a');
    let note = hint_line(&app);
    assert!(
        note.contains("Esc save") && note.contains("Enter new line"),
        "{note}"
    );
    assert!(
        !note.contains("verdict"),
        "Tab verdict only in the verdict editor: {note}"
    );
    code(&mut app, KeyCode::Esc);
    key(&mut app, 't');
    let tag = hint_line(&app);
    assert!(tag.contains("Enter ok"), "{tag}");
    code(&mut app, KeyCode::Esc);
    key(&mut app, 'o');
    let picker = hint_line(&app);
    assert!(
        picker.contains("h/l left/right") && picker.contains("q quit"),
        "{picker}"
    );
}

#[test]
fn popup_footers_come_from_the_key_table() {
    let mut app = seeds_app(100, 30, (0, 1));
    key(&mut app, 'a');
    let text = screen(&render(&app, &Theme::colour()));
    assert!(
        text.contains("Enter new line") && text.contains("Esc save"),
        "{text}"
    );
    code(&mut app, KeyCode::Esc);
    key(&mut app, 'o');
    let text = screen(&render(&app, &Theme::colour()));
    let footer = text.lines().find(|l| l.contains("Esc close")).unwrap();
    assert!(footer.contains("Enter open"), "{footer}");
}

#[test]
fn help_shows_every_key_of_every_mode_at_80_by_24_by_scrolling() {
    let mut app = seeds_app(80, 24, (0, 1));
    key(&mut app, '?');
    let mut seen = String::new();
    let mut last = String::new();
    for _ in 0..200 {
        let text = screen(&render(&app, &Theme::colour()));
        seen.push_str(&text);
        if text == last {
            break;
        }
        last = text;
        key(&mut app, 'j');
    }
    for context in HELP_CONTEXTS {
        assert!(seen.contains(context.title()), "{}", context.title());
        for binding in bindings(*context) {
            assert!(
                seen.contains(binding.description),
                "{:?}",
                binding.description
            );
        }
    }
    assert!(seen.contains("the outlets' renderings differ"), "{last}");
    // PgUp returns; typing filters.
    for _ in 0..20 {
        code(&mut app, KeyCode::PageUp);
    }
    assert!(screen(&render(&app, &Theme::colour())).contains("Keys and signs — 1–"));
    for c in "verdict".chars() {
        key(&mut app, c);
    }
    let text = screen(&render(&app, &Theme::colour()));
    assert!(text.contains("filter: verdict"), "{text}");
    assert!(text.contains("verdict on the selected group"));
    assert!(!text.contains("next sentence"));
    code(&mut app, KeyCode::Esc);
    assert!(screen(&render(&app, &Theme::colour())).contains("next sentence"));
    code(&mut app, KeyCode::Esc);
    assert_eq!(app.modal, parallax::app::Modal::None);
}

#[test]
fn quote_list_explains_its_sign_and_names_unknown_speakers_alike() {
    let mut app = seeds_app(160, 45, (0, 1));
    key(&mut app, '1');
    let text = screen(&render(&app, &Theme::colour()));
    assert!(text.contains("≠ renderings differ"), "{text}");
    assert!(text.contains("unknown speaker  3 outlets"), "{text}");
    assert!(!text.contains("unknown  "), "{text}");
}
