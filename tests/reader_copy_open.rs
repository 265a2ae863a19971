//! `y` and `O` through the real loop: the OSC 52 sequence carrying the cited
//! sentence reaches the terminal, and only http/https addresses reach the
//! browser.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use parallax::analysis::analyze;
use parallax::app::keymap::KeyCode;
use parallax::app::{App, Side};
use parallax::model::{Article, ArticleMeta, Corpus};
use parallax::tui::{Outside, run_app};
use parallax::ui::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

mod common;
use common::{Script, keys, press, seeds_app};

/// Bytes written to the terminal, shared with the test.
#[derive(Clone, Default)]
struct Written(Rc<RefCell<Vec<u8>>>);

impl Write for Written {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Addresses handed to the browser, shared with the test.
#[derive(Clone, Default)]
struct Opened(Rc<RefCell<Vec<String>>>);

fn outside(written: &Written, opened: &Opened, caveat: Option<&str>) -> Outside {
    let opened = opened.clone();
    Outside::new(None)
        .with_terminal(Box::new(written.clone()), caveat.map(str::to_string))
        .with_browser(Box::new(move |url| {
            opened.0.borrow_mut().push(url.to_string());
            Ok(())
        }))
}

fn run(app: &mut App, outside: &mut Outside, events: Vec<parallax::app::Event>) {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    run_app(
        &mut terminal,
        app,
        &Theme::colour(),
        &mut Script::new(events),
        outside,
    )
    .unwrap();
}

/// The text of every OSC 52 sequence in `bytes`, decoded.
fn copied(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    text.split("\u{1b}]52;c;")
        .skip(1)
        .map(|rest| {
            let encoded = &rest[..rest.find("\u{1b}\\").expect("the sequence ends")];
            String::from_utf8(STANDARD.decode(encoded).unwrap()).unwrap()
        })
        .collect()
}

#[test]
fn y_writes_the_cursor_sentence_with_its_outlet_as_osc_52() {
    let mut app = seeds_app(120, 30, (0, 1));
    let (written, opened) = (Written::default(), Opened::default());
    let mut outside = outside(&written, &opened, None);
    run(&mut app, &mut outside, keys("jjy"));
    let sentence = app
        .cursor_span(Side::Left)
        .map(|s| s.slice(&app.corpus.articles[0].text).to_string())
        .unwrap();
    let clips = copied(&written.0.borrow());
    assert_eq!(clips.len(), 1, "one copy");
    let words: Vec<&str> = sentence.split_whitespace().collect();
    assert_eq!(clips[0], format!("“{}” — RT", words.join(" ")));
    assert_eq!(
        app.message.as_deref(),
        Some("copied the sentence from RT to the clipboard")
    );
}

#[test]
fn a_known_caveat_is_said_with_the_copy() {
    let mut app = seeds_app(120, 30, (0, 1));
    let (written, opened) = (Written::default(), Opened::default());
    let mut outside = outside(&written, &opened, Some("tmux needs set-clipboard on"));
    run(&mut app, &mut outside, keys("y"));
    assert_eq!(copied(&written.0.borrow()).len(), 1);
    let said = app.message.clone().unwrap();
    assert!(
        said.contains("copied") && said.contains("tmux needs set-clipboard on"),
        "{said}"
    );
}

#[test]
fn y_on_an_open_quote_group_copies_the_selected_rendering_with_its_speaker() {
    let mut app = seeds_app(160, 45, (0, 1));
    let (written, opened) = (Written::default(), Opened::default());
    let mut outside = outside(&written, &opened, None);
    let mut events = keys("1");
    events.push(press(KeyCode::Enter));
    events.extend(keys("y"));
    run(&mut app, &mut outside, events);
    let clips = copied(&written.0.borrow());
    assert_eq!(clips.len(), 1);
    assert!(
        clips[0].starts_with('“') && clips[0].contains("” ("),
        "{}",
        clips[0]
    );
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .starts_with("copied the quote")
    );
}

/// Two articles whose web addresses are `urls`.
fn with_urls(urls: [&str; 2]) -> App {
    let mut corpus = Corpus::default();
    for (i, url) in urls.iter().enumerate() {
        let meta = ArticleMeta {
            id: format!("a{i}"),
            outlet: format!("Outlet {i}"),
            url: Some(url.to_string()),
            ..ArticleMeta::default()
        };
        corpus.push(Article::from_text(
            meta,
            "The council voted on Monday.".into(),
            false,
        ));
    }
    let analysis = analyze(&corpus);
    App::new(corpus, analysis, Some((0, 1)), Rect::new(0, 0, 120, 30))
}

#[test]
fn o_opens_web_addresses_and_refuses_script_and_file_ones() {
    for (url, opens) in [
        ("https://news.example/a", true),
        ("javascript:alert(document.cookie)", false),
        ("file:///etc/passwd", false),
    ] {
        let mut app = with_urls([url, "https://other.example/"]);
        let (written, opened) = (Written::default(), Opened::default());
        let mut outside = outside(&written, &opened, None);
        run(&mut app, &mut outside, keys("O"));
        let said = app.message.clone().unwrap();
        if opens {
            assert_eq!(*opened.0.borrow(), [url]);
            assert!(said.contains("opening"), "{said}");
        } else {
            assert!(opened.0.borrow().is_empty(), "{url} reached the browser");
            assert!(said.contains("only http and https"), "{said}");
        }
    }
}

#[test]
fn o_in_the_picker_opens_the_highlighted_article() {
    let mut app = with_urls(["https://a.example/", "https://b.example/"]);
    let (written, opened) = (Written::default(), Opened::default());
    let mut outside = outside(&written, &opened, None);
    run(&mut app, &mut outside, keys("ojO"));
    assert_eq!(*opened.0.borrow(), ["https://b.example/"]);
}

#[test]
fn without_an_address_o_is_not_hinted_and_says_why() {
    let mut app = seeds_app(200, 30, (0, 1));
    let hints = parallax::app::hints::hints(&app, app.context());
    assert!(hints.iter().all(|h| h.label != "open web"), "{hints:?}");
    assert!(hints.iter().any(|h| h.label == "copy"), "{hints:?}");
    let (written, opened) = (Written::default(), Opened::default());
    let mut outside = outside(&written, &opened, None);
    run(&mut app, &mut outside, keys("O"));
    assert!(opened.0.borrow().is_empty());
    assert_eq!(
        app.message.as_deref(),
        Some("RT has no web address to open")
    );
}
