//! Built-in themes: every highlight reads (WCAG contrast), colours follow the
//! terminal's depth, `NO_COLOR` gives the plain theme, and overrides apply.

use parallax::ui::Theme;
use parallax::ui::theme::{
    Background, ColorDepth, HIGHLIGHTS, TerminalColours, ThemeBase, ThemeOverrides, ansi_rgb,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2 contrast ratio of two colours (1 to 21).
fn contrast(a: Color, b: Color) -> f64 {
    let (a, b) = (
        luminance(ansi_rgb(a).unwrap()),
        luminance(ansi_rgb(b).unwrap()),
    );
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

fn built_in() -> [(&'static str, Theme); 2] {
    [("dark", Theme::dark()), ("light", Theme::light())]
}

#[test]
fn wcag_contrast_helper_matches_known_values() {
    assert!((contrast(Color::Rgb(0, 0, 0), Color::Rgb(255, 255, 255)) - 21.0).abs() < 0.01);
    assert!(
        (contrast(Color::Rgb(0x76, 0x76, 0x76), Color::Rgb(255, 255, 255)) - 4.54).abs() < 0.01
    );
}

#[test]
fn every_highlight_sets_both_colours_with_readable_text() {
    for depth in [ColorDepth::TrueColor, ColorDepth::Indexed256] {
        for (name, theme) in built_in() {
            let theme = theme.downgraded(depth);
            for highlight in HIGHLIGHTS {
                let style = theme.style(highlight).unwrap();
                let (Some(fg), Some(bg)) = (style.fg, style.bg) else {
                    panic!("{name} {highlight}: sets only one of the two colours");
                };
                let ratio = contrast(fg, bg);
                assert!(
                    ratio >= 4.5,
                    "{name} {highlight} at {depth:?}: contrast {ratio:.2} is under 4.5"
                );
            }
        }
    }
}

/// The claim and quote colours are drawn over the cursor's and the counterpart's
/// background (the claim stays visible on the sentence being read), so they must
/// read there too.
#[test]
fn claim_and_quote_colours_read_under_the_cursor_and_the_counterpart() {
    for (name, theme) in built_in() {
        let texts = [
            "shared",
            "unique",
            "conflict",
            "quote_unknown",
            "non_article",
        ]
        .iter()
        .map(|s| (s.to_string(), theme.style(s).unwrap()))
        .chain(
            theme
                .speakers
                .iter()
                .enumerate()
                .map(|(i, s)| (format!("speaker {i}"), *s)),
        )
        .collect::<Vec<_>>();
        for highlight in ["cursor", "counterpart"] {
            let background = theme.style(highlight).unwrap().bg.unwrap();
            for (style_name, style) in &texts {
                let ratio = contrast(style.fg.unwrap(), background);
                assert!(
                    ratio >= 4.5,
                    "{name} {style_name} on {highlight}: contrast {ratio:.2}"
                );
            }
        }
    }
}

#[test]
fn coloured_text_reads_on_the_background_the_theme_is_for() {
    let text_styles = [
        "shared",
        "unique",
        "conflict",
        "quote_unknown",
        "key",
        "added",
        "removed",
        "muted",
        "non_article",
    ];
    for (name, theme, background) in [
        ("dark", Theme::dark(), Color::Rgb(0x1c, 0x1c, 0x1c)),
        ("light", Theme::light(), Color::Rgb(0xff, 0xff, 0xff)),
    ] {
        let styles = text_styles
            .iter()
            .map(|s| (s.to_string(), theme.style(s).unwrap()))
            .chain(
                theme
                    .speakers
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (format!("speaker {i}"), *s)),
            );
        for (style_name, style) in styles {
            let ratio = contrast(style.fg.unwrap(), background);
            assert!(
                ratio >= 4.5,
                "{name} {style_name}: contrast {ratio:.2} on {background:?}"
            );
        }
    }
}

#[test]
fn sixteen_colour_highlights_stand_out_from_the_terminal_background() {
    let dark = Theme::dark().downgraded(ColorDepth::Ansi16);
    let light = Theme::light().downgraded(ColorDepth::Ansi16);
    for highlight in HIGHLIGHTS {
        let (d, l) = (
            dark.style(highlight).unwrap(),
            light.style(highlight).unwrap(),
        );
        assert_ne!(
            d.bg,
            Some(Color::Black),
            "dark {highlight} vanishes on black"
        );
        assert_ne!(
            l.bg,
            Some(Color::White),
            "light {highlight} vanishes on white"
        );
        assert_ne!(d.fg, d.bg);
        assert_ne!(l.fg, l.bg);
    }
    let speakers: std::collections::HashSet<_> = dark.speakers.iter().map(|s| s.fg).collect();
    assert!(speakers.len() >= 4, "speakers stay apart: {speakers:?}");
}

/// Draws a line in the theme's conflict, cursor and speaker styles and returns
/// the colours of the cells.
fn drawn_colours(theme: &Theme) -> Vec<Color> {
    let mut terminal = Terminal::new(TestBackend::new(12, 1)).unwrap();
    terminal
        .draw(|frame| {
            let line = Line::from(vec![
                Span::styled("abc", theme.conflict),
                Span::styled("def", theme.cursor),
                Span::styled("ghi", theme.quote(Some(1))),
                Span::styled("jkl", theme.selected),
            ]);
            frame.render_widget(Paragraph::new(line), frame.area());
        })
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..12)
        .flat_map(|x| [buffer[(x, 0)].fg, buffer[(x, 0)].bg])
        .filter(|c| *c != Color::Reset)
        .collect()
}

fn terminal(colorterm: Option<&str>, term: Option<&str>) -> TerminalColours {
    TerminalColours {
        no_color: false,
        depth: ColorDepth::from_env_values(colorterm, term),
        background: Some(Background::Dark),
    }
}

#[test]
fn plain_xterm_gets_only_the_sixteen_named_colours() {
    let theme = Theme::resolve(
        ThemeBase::Dark,
        &ThemeOverrides::default(),
        &terminal(None, Some("xterm")),
    );
    let colours = drawn_colours(&theme);
    assert!(!colours.is_empty());
    for colour in colours {
        assert!(
            !matches!(colour, Color::Rgb(..) | Color::Indexed(_)),
            "{colour:?} is not one of the 16 named colours"
        );
    }
}

#[test]
fn xterm_256color_gets_palette_indexes_and_truecolor_gets_rgb() {
    let indexed = Theme::resolve(
        ThemeBase::Dark,
        &ThemeOverrides::default(),
        &terminal(None, Some("xterm-256color")),
    );
    assert!(
        drawn_colours(&indexed)
            .iter()
            .all(|c| matches!(c, Color::Indexed(_)))
    );
    let rgb = Theme::resolve(
        ThemeBase::Dark,
        &ThemeOverrides::default(),
        &terminal(Some("truecolor"), Some("xterm-256color")),
    );
    assert!(
        drawn_colours(&rgb)
            .iter()
            .all(|c| matches!(c, Color::Rgb(..)))
    );
    assert_eq!(rgb, Theme::dark());
}

#[test]
fn no_color_gives_the_plain_theme_whatever_else_is_asked() {
    let overrides = ThemeOverrides {
        styles: vec![("cursor", Style::new().bg(Color::Red))],
        speakers: None,
    };
    let no_color = TerminalColours {
        no_color: true,
        depth: ColorDepth::TrueColor,
        background: None,
    };
    for base in [ThemeBase::Auto, ThemeBase::Dark, ThemeBase::Light] {
        assert_eq!(Theme::resolve(base, &overrides, &no_color), Theme::plain());
    }
}

#[test]
fn auto_follows_the_background_and_falls_back_to_dark() {
    let mut colours = terminal(Some("truecolor"), None);
    let none = ThemeOverrides::default();
    colours.background = Some(Background::Light);
    assert_eq!(
        Theme::resolve(ThemeBase::Auto, &none, &colours),
        Theme::light()
    );
    colours.background = None;
    assert_eq!(
        Theme::resolve(ThemeBase::Auto, &none, &colours),
        Theme::dark()
    );
    assert_eq!(
        Theme::resolve(ThemeBase::Light, &none, &colours),
        Theme::light()
    );
}

#[test]
fn overrides_patch_named_styles_and_replace_speakers() {
    let overrides = ThemeOverrides {
        styles: vec![
            ("cursor", Style::new().bg(Color::Rgb(1, 2, 3))),
            (
                "conflict",
                Style::new().remove_modifier(Modifier::UNDERLINED),
            ),
        ],
        speakers: Some(vec![Style::new().fg(Color::Blue)]),
    };
    let mut theme = Theme::dark();
    theme.apply(&overrides);
    assert_eq!(theme.cursor.bg, Some(Color::Rgb(1, 2, 3)));
    assert_eq!(
        theme.cursor.fg,
        Theme::dark().cursor.fg,
        "what is not given stays"
    );
    assert!(!theme.conflict.add_modifier.contains(Modifier::UNDERLINED));
    assert!(theme.conflict.add_modifier.contains(Modifier::BOLD));
    assert_eq!(theme.quote(Some(3)).fg, Some(Color::Blue));
}

#[test]
fn style_names_cover_every_highlight() {
    let names = Theme::style_names();
    assert_eq!(names.len(), 18);
    for highlight in HIGHLIGHTS {
        assert!(names.contains(highlight));
    }
}
