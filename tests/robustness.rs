//! Hostile and random text through the whole pipeline: no panic, and every span
//! the analysis reports lies on character boundaries inside its article.

use parallax::analysis::analyze;
use parallax::app::keymap::Key;
use parallax::app::{App, Event, handle};
use parallax::model::{Article, ArticleMeta, Corpus, Span};
use parallax::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

const PIECES: &[&str] = &[
    "The ",
    "minister ",
    "said ",
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "(",
    ")",
    "[",
    "]",
    ". ",
    "! ",
    "? ",
    "… ",
    "...",
    "\n",
    "\n\n",
    "- ",
    "• ",
    "U.S. ",
    "Mr. ",
    "100,000 ",
    "3.5 ",
    "$1.2 billion ",
    "74-24 ",
    "on Monday ",
    "January 29, 2023 ",
    "according to ",
    "agreed to buy ",
    "日本語。",
    "🎉 ",
    "é",
    "\u{301}",
    "\t",
    "RT ",
    "© AP",
    "pic.twitter.com/x ",
    "Read more: ",
    "Jens Stoltenberg ",
    "he ",
    "she said ",
    ", ",
    ": ",
    "— ",
    "Yoon Suk-yeol ",
    "percent ",
];

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn random_text(rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..(5 + rng.below(120)) {
        text.push_str(PIECES[rng.below(PIECES.len())]);
    }
    if text.trim().is_empty() {
        text.push('x');
    }
    text
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a character in {text:?}"
    );
}

#[test]
fn random_corpora_analyse_with_valid_spans_and_draw() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for round in 0..300 {
        let mut corpus = Corpus::default();
        for i in 0..(2 + rng.below(3)) {
            let meta = ArticleMeta {
                id: format!("r{round}-{i}"),
                outlet: format!("O{i}"),
                ..ArticleMeta::default()
            };
            corpus.push(Article::from_text(
                meta,
                random_text(&mut rng),
                rng.below(2) == 0,
            ));
        }
        let analysis = analyze(&corpus);
        for (article, found) in corpus.articles.iter().zip(&analysis.articles) {
            let text = &article.text;
            found
                .sentences
                .iter()
                .for_each(|s| check_span(text, s.span, "sentence"));
            for quote in &found.quotes {
                check_span(text, quote.span, "quote");
                quote
                    .parts
                    .iter()
                    .for_each(|p| check_span(text, *p, "quote part"));
            }
            found
                .claims
                .iter()
                .for_each(|c| check_span(text, c.span, "claim"));
        }
        for left in 0..corpus.articles.len() {
            for right in 0..corpus.articles.len() {
                let alignment = analysis.align(left, right);
                // In reading order on both sides; a sentence may match several
                // neighbours (a split), but no pair twice.
                assert!(alignment.monotone.windows(2).all(|w| {
                    w[0].left <= w[1].left
                        && w[0].right <= w[1].right
                        && (w[0].left, w[0].right) != (w[1].left, w[1].right)
                }));
            }
        }
        let (w, h) = (20 + rng.below(200) as u16, 5 + rng.below(60) as u16);
        let mut app = App::new(corpus, analysis, Some((0, 1)), Rect::new(0, 0, w, h));
        for c in ['j', 'j', ']', 'G', '1', 'j', 'j'] {
            handle(&mut app, Event::Key(Key::char(c)));
        }
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| ui::draw(f, &app, &Theme::colour()))
            .unwrap();
    }
}
