//! The picker's filter: typed letters keep the articles whose outlet and title
//! match, best first, with the letters highlighted; fast on 5,000 articles. The
//! article's date and web address show in the picker and the pane's frame.

use parallax::analysis::analyze;
use parallax::app::fuzzy::ArticleFilter;
use parallax::app::keymap::{Context, Key, KeyCode};
use parallax::app::{App, Event, Modal, Side, handle};
use parallax::model::{Article, ArticleMeta, Corpus};
use parallax::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

mod common;
use common::{screen, seeds_app};

fn render(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal
        .draw(|frame| ui::draw(frame, app, &Theme::colour()))
        .unwrap();
    terminal.backend().buffer().clone()
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        handle(app, Event::Key(Key::char(c)));
    }
}

fn code(app: &mut App, code: KeyCode) {
    handle(app, Event::Key(Key::plain(code)));
}

fn picker(app: &App) -> &parallax::app::picker::PickerState {
    match &app.modal {
        Modal::Picker(picker) => picker,
        other => panic!("no picker: {other:?}"),
    }
}

#[test]
fn typing_filters_by_outlet_and_enter_opens_the_best_match() {
    let mut app = seeds_app(140, 40, (0, 1));
    typed(&mut app, "o/kcna");
    assert_eq!(app.context(), Context::PickerFilter);
    assert_eq!(
        picker(&app).shown.as_ref().unwrap()[0],
        3,
        "the best match first"
    );
    let buffer = render(&app);
    let text = screen(&buffer);
    assert!(text.contains(" of 5)"), "{text}");
    assert!(text.contains("filter: kcna"), "{text}");
    let row = text
        .lines()
        .position(|l| l.contains("KCNA-reaction report") && l.contains("words"))
        .unwrap();
    let line = text.lines().nth(row).unwrap();
    let column = line[..line.find("KCNA-reaction").unwrap()].chars().count();
    let cell = &buffer[(column as u16, row as u16)];
    assert_eq!(
        cell.bg,
        Theme::colour().search.bg.unwrap(),
        "K is highlighted"
    );
    code(&mut app, KeyCode::Enter);
    assert_eq!(app.modal, Modal::None);
    assert_eq!(app.pane(Side::Left).article, 3);
}

#[test]
fn an_unbound_letter_starts_the_filter_and_esc_clears_then_closes() {
    let mut app = seeds_app(140, 40, (0, 1));
    typed(&mut app, "o");
    typed(&mut app, "jj");
    assert_eq!(picker(&app).selected, 2);
    typed(&mut app, "Translated");
    assert_eq!(picker(&app).filter.text(), "Translated");
    let shown = picker(&app).shown.clone().unwrap();
    assert_eq!(shown[0], 4, "the best match first: {shown:?}");
    code(&mut app, KeyCode::Tab);
    assert_eq!(app.context(), Context::Picker, "Tab keeps the filter");
    assert_eq!(picker(&app).shown.as_ref(), Some(&shown));
    code(&mut app, KeyCode::Esc);
    assert_eq!(picker(&app).shown, None, "Esc clears the filter");
    assert_eq!(
        picker(&app).selected,
        4,
        "on the article that was highlighted"
    );
    code(&mut app, KeyCode::Esc);
    assert_eq!(app.modal, Modal::None);
}

#[test]
fn no_match_says_so_and_keeps_the_picker() {
    let mut app = seeds_app(140, 40, (0, 1));
    typed(&mut app, "o/zzzzqqq");
    assert_eq!(picker(&app).shown.as_deref(), Some(&[][..]));
    assert!(screen(&render(&app)).contains("no outlet or title matches"));
    code(&mut app, KeyCode::Enter);
    assert!(matches!(app.modal, Modal::Picker(_)));
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("no article matches")
    );
}

/// Two dated articles with web addresses.
fn dated() -> App {
    let mut corpus = Corpus::default();
    for (i, outlet) in ["Valley Times", "Hill Herald"].iter().enumerate() {
        let meta = ArticleMeta {
            id: format!("a{i}"),
            outlet: outlet.to_string(),
            title: format!("Council approves budget {i}"),
            date: Some(format!("2024-03-0{}T10:00:00Z", i + 4)),
            url: Some(format!("https://news{i}.example/budget")),
            ..ArticleMeta::default()
        };
        let text = "The council approved the budget on Monday. The vote was 7-2.";
        corpus.push(Article::from_text(meta, text.into(), false));
    }
    let analysis = analyze(&corpus);
    App::new(corpus, analysis, Some((0, 1)), Rect::new(0, 0, 200, 30))
}

#[test]
fn date_and_address_show_in_the_pane_frame_and_the_picker() {
    let mut app = dated();
    let text = screen(&render(&app));
    assert!(
        text.contains("Valley Times · 2024-03-04 — Council approves budget 0"),
        "{text}"
    );
    assert!(text.contains("https://news0.example/budget"), "{text}");
    typed(&mut app, "oj");
    let text = screen(&render(&app));
    let row = text.lines().find(|l| l.contains("Hill Herald")).unwrap();
    assert!(row.contains("2024-03-05"), "{row}");
    assert!(text.contains("https://news1.example/budget"), "{text}");
}

/// 5,000 articles from 40 outlets, with varied headlines.
fn big_corpus() -> Corpus {
    let words = [
        "council", "budget", "NATO", "Seoul", "Ukraine", "tanks", "vote", "mayor", "strike",
        "hospital", "outbreak", "stadium", "chip", "plant", "rates", "election",
    ];
    let mut corpus = Corpus::default();
    for i in 0..5_000 {
        let title: Vec<&str> = (0..7)
            .map(|k| words[(i * 7 + k * 3 + i / 16) % 16])
            .collect();
        let meta = ArticleMeta {
            id: format!("a{i}"),
            outlet: format!("Outlet {} News", i % 40),
            title: title.join(" "),
            ..ArticleMeta::default()
        };
        corpus.push(Article::from_text(meta, "Body.".into(), false));
    }
    corpus
}

#[test]
fn filtering_5000_articles_finds_every_word() {
    // How fast it is, is measured by `cargo bench --bench ui` (picker filter).
    let corpus = big_corpus();
    let query = "outlet 17 nato seoul";
    for end in 1..=9 {
        let found = ArticleFilter::new(&query[..end]).rank(&corpus);
        assert!(!found.is_empty(), "{:?}", &query[..end]);
    }
    let found = ArticleFilter::new(query).rank(&corpus);
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|&i| corpus.articles[i].meta.outlet == "Outlet 17 News"),
        "only outlet 17 matches every word"
    );
}
