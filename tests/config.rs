//! The config file: defaults, every setting, warnings for what cannot be used,
//! themes from `[theme]` and from theme files.

use std::path::{Path, PathBuf};

use parallax::config::{Config, ConfigLocation, Origin, Warning};
use parallax::ui::Theme;
use parallax::ui::theme::{Background, ColorDepth, TerminalColours, ThemeBase};
use ratatui::style::{Color, Modifier};

fn parse(text: &str) -> (Config, Vec<String>) {
    let (config, warnings) = Config::parse(text, "c.toml");
    (config, warnings.iter().map(Warning::to_string).collect())
}

#[test]
fn the_printed_default_parses_to_the_defaults_without_warnings() {
    let text = Config::default_text();
    let (config, warnings) = parse(&text);
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert_eq!(config, Config::default());
    for setting in [
        "sync",
        "side_panel",
        "wrap_width",
        "mouse",
        "data_dir",
        "report_dir",
        "[theme]",
        "name = \"auto\"",
        "[keys]",
    ] {
        assert!(text.contains(setting), "the default config lacks {setting}");
    }
}

#[test]
fn uncommenting_the_default_keys_changes_nothing() {
    let text = Config::default_text();
    let keys = &text[text.find("[keys]").unwrap()..];
    let uncommented: String = keys
        .lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(rest) if rest.starts_with("[keys.") && rest.ends_with(']') => rest,
            Some(rest)
                if rest.starts_with(|c: char| c.is_ascii_lowercase()) && rest.contains(" = [") =>
            {
                rest
            }
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let (config, warnings) = parse(&uncommented);
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert!(!config.keys.is_empty());
    let table = config.key_table();
    for context in [
        parallax::app::keymap::Context::Reader,
        parallax::app::keymap::Context::Panel,
        parallax::app::keymap::Context::Picker,
        parallax::app::keymap::Context::Help,
    ] {
        for binding in parallax::app::keymap::BINDINGS {
            for key in binding.keys {
                assert_eq!(
                    table.resolve(context, *key),
                    parallax::app::keymap::resolve(context, *key),
                    "{context:?} {key:?}"
                );
            }
        }
    }
}

#[test]
fn every_setting_is_read() {
    let (config, warnings) = parse(
        "sync = false\nside_panel = false\nwrap_width = 72\nmouse = false\n\
         data_dir = \"/srv/parallax\"\nreport_dir = \"/tmp/reports\"\n[theme]\nname = \"light\"\n",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(!config.sync && !config.side_panel && !config.mouse);
    assert_eq!(config.wrap_width, Some(72));
    assert_eq!(config.data_dir, Some(PathBuf::from("/srv/parallax")));
    assert_eq!(config.report_dir(), Some(Path::new("/tmp/reports")));
    assert_eq!(config.theme_base, ThemeBase::Light);
    assert_eq!(parse("theme = \"plain\"").0.theme_base, ThemeBase::Plain);
    assert_eq!(parse("wrap_width = 0").0.wrap_width, None);
}

#[test]
fn unknown_keys_and_bad_values_warn_once_each_and_keep_the_defaults() {
    let (config, warnings) = parse(
        "sync = \"yes\"\nwrap_width = 5\nmouse = 1\ndata_dir = \"relative/dir\"\ncolour = \"red\"\n\
         [theme]\nname = \"../../etc/passwd\"\ncursor = { fg = \"mauve\" }\nborder = 3\nsparkle = \"red\"\n",
    );
    assert_eq!(config, Config::default());
    let expect = [
        "c.toml: sync: expected true or false",
        "c.toml: wrap_width: expected 0 (fill the pane) or a width from 20 to 1000, not 5",
        "c.toml: mouse: expected true or false",
        "c.toml: data_dir: 'relative/dir' is not an absolute folder",
        "c.toml: colour: unknown setting 'colour'",
        "c.toml: theme.name: '../../etc/passwd' is not a theme",
        "c.toml: theme.cursor: 'mauve' is not a colour",
        "c.toml: theme.border: expected a colour or a table",
        "c.toml: theme.sparkle: unknown style 'sparkle'",
    ];
    assert_eq!(warnings.len(), expect.len(), "{warnings:#?}");
    for start in expect {
        assert!(
            warnings.iter().any(|w| w.starts_with(start)),
            "no {start:?} in {warnings:#?}"
        );
    }
}

#[test]
fn a_file_that_is_not_toml_is_one_warning_with_its_line() {
    let (config, warnings) = parse("sync = true\nmouse = = false\n");
    assert_eq!(config, Config::default());
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].starts_with("c.toml: not valid TOML (line 2)"),
        "{}",
        warnings[0]
    );
}

#[test]
fn theme_table_styles_patch_the_built_in_theme() {
    let (config, warnings) = parse(
        "[theme]\nname = \"dark\"\ncursor = { bg = \"#102030\" }\nunique = \"cyan\"\n\
         conflict = { modifiers = [\"bold\"] }\nspeakers = [\"yellow\", { fg = \"13\", modifiers = [\"italic\"] }]\n",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    let terminal = TerminalColours {
        no_color: false,
        depth: ColorDepth::TrueColor,
        background: Some(Background::Light),
    };
    let theme = config.theme_for(&terminal);
    assert_eq!(theme.cursor.bg, Some(Color::Rgb(0x10, 0x20, 0x30)));
    assert_eq!(theme.cursor.fg, Theme::dark().cursor.fg);
    assert_eq!(theme.unique.fg, Some(Color::Cyan));
    assert_eq!(
        theme.conflict.add_modifier,
        Modifier::BOLD,
        "the list replaces the modifiers"
    );
    assert_eq!(theme.speakers.len(), 2);
    assert_eq!(theme.quote(Some(1)).fg, Some(Color::Indexed(13)));
}

/// A config folder with a config file and a theme file.
fn folder(config: &str, theme: Option<(&str, &str)>) -> (tempfile::TempDir, ConfigLocation) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, config).unwrap();
    if let Some((name, text)) = theme {
        std::fs::create_dir(dir.path().join("themes")).unwrap();
        std::fs::write(dir.path().join("themes").join(format!("{name}.toml")), text).unwrap();
    }
    let location = ConfigLocation::choose(Some(&path), None, None);
    (dir, location)
}

#[test]
fn a_theme_file_is_layered_under_the_config_theme_table() {
    let (_dir, location) = folder(
        "[theme]\nname = \"paper\"\nsearch = { bg = \"#ffff00\" }\n",
        Some((
            "paper",
            "base = \"light\"\nsearch = { fg = \"#000080\", bg = \"#00ff00\" }\nkey = \"red\"\n",
        )),
    );
    let (config, warnings) = Config::load(&location);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.theme_base, ThemeBase::Light);
    assert_eq!(config.theme_file.as_deref(), Some("paper"));
    let theme = config.theme_for(&TerminalColours {
        no_color: false,
        depth: ColorDepth::TrueColor,
        background: None,
    });
    assert_eq!(
        theme.search.fg,
        Some(Color::Rgb(0, 0, 0x80)),
        "from the theme file"
    );
    assert_eq!(
        theme.search.bg,
        Some(Color::Rgb(0xff, 0xff, 0)),
        "the config wins"
    );
    assert_eq!(theme.key.fg, Some(Color::Red));
    assert_eq!(theme.cursor, Theme::light().cursor, "base light");
}

#[test]
fn a_missing_or_bad_theme_file_warns_naming_it() {
    let (dir, location) = folder("theme = \"nowhere\"\n", None);
    let (config, warnings) = Config::load(&location);
    assert_eq!(config.theme_base, ThemeBase::Auto);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let line = warnings[0].to_string();
    assert!(
        line.contains("theme.name: cannot read the theme file"),
        "{line}"
    );
    assert!(
        line.contains(
            &dir.path()
                .join("themes")
                .join("nowhere.toml")
                .display()
                .to_string()
        )
    );
    assert!(!line.contains("os error"), "{line}");

    let (_dir, location) = folder(
        "theme = \"odd\"\n",
        Some(("odd", "base = \"sepia\"\nglow = 1\n")),
    );
    let (_, warnings) = Config::load(&location);
    let lines: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].ends_with(
        "odd.toml: base: expected \"auto\", \"dark\", \"light\" or \"plain\"; using auto"
    ));
    assert!(lines[1].contains("odd.toml: glow: unknown style 'glow'"));
}

#[test]
fn a_missing_config_is_silent_at_the_default_place_and_a_warning_when_named() {
    let missing = PathBuf::from("/nonexistent/parallax/config.toml");
    let default = ConfigLocation::choose(None, None, Some(missing.clone()));
    assert_eq!(default.origin, Origin::Default);
    assert_eq!(Config::load(&default), (Config::default(), Vec::new()));
    let named = ConfigLocation::choose(Some(&missing), None, None);
    let (config, warnings) = Config::load(&named);
    assert_eq!(config, Config::default());
    assert_eq!(
        warnings[0].to_string(),
        "/nonexistent/parallax/config.toml: cannot read the config (No such file or directory); using the defaults"
    );
}

#[test]
fn the_data_folder_is_the_variable_then_the_config_then_the_platform() {
    let (config, _) = parse("data_dir = \"/from/config\"\n");
    let platform = Some(PathBuf::from("/platform"));
    assert_eq!(
        config.data_dir_from(Some("/from/env".into()), platform.clone()),
        Some(PathBuf::from("/from/env"))
    );
    assert_eq!(
        config.data_dir_from(Some("".into()), platform.clone()),
        Some(PathBuf::from("/from/config"))
    );
    assert_eq!(
        Config::default().data_dir_from(None, platform.clone()),
        platform
    );
    assert_eq!(Config::default().report_dir(), None);
}
