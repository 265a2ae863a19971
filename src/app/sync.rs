//! Synchronized scrolling: the other pane follows the focused one. At a matched
//! sentence it shows the match at the same row; between matches it moves in
//! proportion, as diff tools scroll between matched blocks, so it never sits
//! still while the matching passage is elsewhere.

use super::pane::Side;
use super::state::App;

impl App {
    /// After the focused pane moved: bring the other pane along.
    pub fn follow(&mut self) {
        self.follow_from(self.focus);
    }

    /// Brings the pane opposite `side` along with pane `side`.
    pub fn follow_from(&mut self, side: Side) {
        if !self.sync {
            return;
        }
        let leader = self.pane(side);
        let row = leader.cursor_row();
        let cursor = leader.cursor;
        if let Some(target) = self.counterparts.of(side, cursor) {
            self.pane_mut(side.other())
                .place_sentence_at_row(target, row);
            return;
        }
        let line = self.proportional_line(side);
        self.pane_mut(side.other()).place_line_at_row(line, row);
    }

    /// The line of the other pane that corresponds to the cursor line of pane
    /// `side`, interpolated between the in-order matches around the cursor (the
    /// article starts and ends count as matches).
    fn proportional_line(&self, side: Side) -> usize {
        let leader = self.pane(side);
        let follower = self.pane(side.other());
        let line = |pane: &super::pane::PaneState, s: usize| {
            pane.sentence_lines.get(s).copied().unwrap_or(0)
        };
        let (before, after) = self.counterparts.anchors_around(side, leader.cursor);
        let (from, to) = (
            before.map_or((0, 0), |(a, b)| (line(leader, a), line(follower, b))),
            after.map_or((leader.line_count(), follower.line_count()), |(a, b)| {
                (line(leader, a), line(follower, b))
            }),
        );
        let span = to.0.saturating_sub(from.0).max(1);
        let along = leader.cursor_line().saturating_sub(from.0).min(span);
        from.1 + (to.1.saturating_sub(from.1) * along) / span
    }

    /// After a jump: the focused sentence and its match both wholly on screen, at
    /// the same row where they fit together.
    pub fn reveal_pair(&mut self) {
        let side = self.focus;
        let cursor = self.pane(side).cursor;
        let matched = self.sync
            && self.pane_visible(side.other())
            && self.counterparts.of(side, cursor) == Some(self.pane(side.other()).cursor);
        if matched {
            self.reveal_both_cursors();
        } else {
            self.reveal_cursor(side);
        }
    }

    /// Both cursor sentences wholly on screen at the same row, as near the
    /// focused one's present row as they allow: no lower than either sentence's
    /// line in its article (a sentence near an article's start cannot sit low).
    pub fn reveal_both_cursors(&mut self) {
        let sides = [Side::Left, Side::Right];
        let tallest = sides
            .iter()
            .map(|s| self.pane(*s).sentence_height(self.pane(*s).cursor))
            .max()
            .unwrap_or(1);
        let highest = sides
            .iter()
            .map(|s| self.pane(*s).cursor_line())
            .min()
            .unwrap_or(0);
        let focused = self.pane(self.focus);
        let row = focused
            .cursor_row()
            .min(focused.height.saturating_sub(tallest))
            .min(highest);
        for side in [Side::Left, Side::Right] {
            let pane = self.pane_mut(side);
            pane.place_sentence_at_row(pane.cursor, row);
        }
    }

    /// The cursor sentence of pane `side` wholly on screen (its start, when it is
    /// taller than the pane).
    fn reveal_cursor(&mut self, side: Side) {
        let pane = self.pane(side);
        let height = pane.sentence_height(pane.cursor);
        let row = pane.cursor_row().min(pane.height.saturating_sub(height));
        let pane = self.pane_mut(side);
        pane.place_sentence_at_row(pane.cursor, row);
    }
}
