//! The user's settings applied to a new reader: the keys in force, whether
//! scrolling starts synchronized, whether the side panel starts shown, and how
//! wide text wraps.

use crate::config::Config;

use super::state::App;

impl App {
    /// Applies `config` to a reader just made (before a session restores its
    /// positions): its key table drives dispatch, help, hints and footers from
    /// now on.
    pub fn configure(&mut self, config: &Config) {
        self.keys = config.key_table();
        self.sync = config.sync;
        self.panel.visible &= config.side_panel;
        self.wrap_width = config.wrap_width;
        self.relayout();
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;

    use crate::analysis::analyze;
    use crate::app::Side;
    use crate::app::keymap::{Context, Key};
    use crate::config::Config;
    use crate::model::load::load_seeds;

    use super::*;

    #[test]
    fn settings_reach_the_reader() {
        let corpus = load_seeds();
        let analysis = analyze(&corpus);
        let mut app = App::new(corpus, analysis, Some((0, 1)), Rect::new(0, 0, 200, 50));
        assert!(app.sync && app.panel.visible);
        let (config, warnings) = Config::parse(
            "sync = false\nside_panel = false\nwrap_width = 30\n[keys]\nnext_sentence = \"J\"\n",
            "c.toml",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        app.configure(&config);
        assert!(!app.sync);
        assert!(!app.panel.visible);
        assert_eq!(app.pane(Side::Left).wrapped.width, 30);
        assert_eq!(
            app.keys.resolve(Context::Reader, Key::char('J')),
            Some(crate::app::Action::NextSentence)
        );
    }
}
