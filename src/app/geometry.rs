//! Where each part of the screen goes, computed from the terminal size alone so
//! that the app (scrolling, mouse hits) and the ui (drawing) agree.

use ratatui::layout::Rect;

/// Narrowest terminal that shows the side panel beside both panes.
pub const WIDE_ENOUGH_FOR_PANEL: u16 = 100;
/// Smallest terminal the reader draws in; below it, a short notice is shown.
pub const MIN_WIDTH: u16 = 30;
/// Smallest terminal height the reader draws in.
pub const MIN_HEIGHT: u16 = 8;
/// Columns at the left of each pane's text: the cursor bar, a mark, two claim signs.
pub const GUTTER: u16 = 4;

/// The screen areas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    /// Left and right article panes (with borders); a zero rect when hidden.
    pub panes: [Rect; 2],
    /// The side panel (with borders), if shown.
    pub panel: Option<Rect>,
    /// The status line.
    pub status: Rect,
    /// The key hints and legend line, if there is room.
    pub hints: Option<Rect>,
}

impl Geometry {
    /// Lays out `area`; `panel` says whether the side panel is open. On narrow
    /// screens the panel takes the right pane's place.
    pub fn new(area: Rect, panel: bool) -> Self {
        Self::laid_out(area, panel, (area.width / 4).clamp(34, 64))
    }

    /// Lays out `area` with the side panel taking most of the width (the fact
    /// table), the panes sharing the rest; on narrow screens as [`Geometry::new`].
    pub fn wide_panel(area: Rect) -> Self {
        let panes = (area.width * 2 / 5).max(40);
        Self::laid_out(area, true, area.width.saturating_sub(panes).max(34))
    }

    /// Lays out `area` with a side panel `panel_width` wide when `panel` is open.
    fn laid_out(area: Rect, panel: bool, panel_width: u16) -> Self {
        let hints_height = u16::from(area.height >= 15);
        let body_height = area.height.saturating_sub(1 + hints_height);
        let status = Rect::new(area.x, area.y + body_height, area.width, 1.min(area.height));
        let hints = (hints_height == 1).then(|| Rect::new(area.x, status.y + 1, area.width, 1));
        let body = Rect::new(area.x, area.y, area.width, body_height);
        let wide = area.width >= WIDE_ENOUGH_FOR_PANEL;
        let (panes_area, panel_rect) = if panel && wide {
            let panes_width = area.width - panel_width;
            (
                Rect::new(body.x, body.y, panes_width, body.height),
                Some(Rect::new(
                    body.x + panes_width,
                    body.y,
                    panel_width,
                    body.height,
                )),
            )
        } else {
            (body, None)
        };
        let half = panes_area.width / 2;
        let left = Rect::new(panes_area.x, panes_area.y, half, panes_area.height);
        let right = Rect::new(
            panes_area.x + half,
            panes_area.y,
            panes_area.width - half,
            panes_area.height,
        );
        if panel && !wide {
            return Self {
                panes: [left, Rect::default()],
                panel: Some(right),
                status,
                hints,
            };
        }
        Self {
            panes: [left, right],
            panel: panel_rect,
            status,
            hints,
        }
    }

    /// The text area of a pane: inside the border, after the gutter.
    pub fn text_area(pane: Rect) -> Rect {
        let inner_x = pane.x.saturating_add(1 + GUTTER);
        let width = pane.width.saturating_sub(2 + GUTTER);
        Rect::new(
            inner_x,
            pane.y.saturating_add(1),
            width,
            pane.height.saturating_sub(2),
        )
    }
}

/// A rectangle of at most `width`×`height` centred in `area`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// The help popup: as tall as the screen allows, so it scrolls only when it must.
pub fn help_popup(area: Rect) -> Rect {
    centred(area, 88, area.height.saturating_sub(2).max(3))
}

/// Help rows visible at once: the popup less its borders and its filter line.
pub fn help_rows_visible(area: Rect) -> usize {
    usize::from(help_popup(area).height.saturating_sub(3)).max(1)
}

/// Columns help gives a description: the popup less its borders and key column.
pub fn help_text_width(area: Rect) -> usize {
    usize::from(help_popup(area).width.saturating_sub(2 + HELP_KEYS_WIDTH)).max(10)
}

/// Columns of the help screen's key column.
pub const HELP_KEYS_WIDTH: u16 = 25;

/// The note and verdict editor popup.
pub fn editor_popup(area: Rect) -> Rect {
    centred(area, 72, 14)
}

/// Columns the note editor wraps its text to: the popup less its borders.
pub fn editor_text_width(area: Rect) -> usize {
    usize::from(editor_popup(area).width.saturating_sub(2)).max(1)
}

/// The picker and the search results, for a list of `items` rows: wide, and as
/// tall as the list up to the screen less a margin.
pub fn list_popup(area: Rect, items: usize) -> Rect {
    let rows = u16::try_from(items).unwrap_or(u16::MAX).saturating_add(2);
    centred(
        area,
        100.max(area.width * 4 / 5).min(area.width),
        rows.min(area.height.saturating_sub(2)).max(3),
    )
}

/// The picker over a corpus of `articles`: a list popup with a filter line
/// above the list and the highlighted article's address below it. Its size
/// follows the corpus, not the filter, so it stays put while typing.
pub fn picker_popup(area: Rect, articles: usize) -> Rect {
    list_popup(area, articles.saturating_add(PICKER_EXTRA_LINES))
}

/// Rows of articles the picker shows at once.
pub fn picker_rows(area: Rect, articles: usize) -> usize {
    usize::from(
        picker_popup(area, articles)
            .height
            .saturating_sub(2 + PICKER_EXTRA_LINES as u16),
    )
    .max(1)
}

/// Lines the picker adds to its list: the filter and the address.
const PICKER_EXTRA_LINES: usize = 2;

/// Rows a list popup shows at once (inside its borders).
pub fn list_popup_rows(area: Rect, items: usize) -> usize {
    usize::from(list_popup(area, items).height.saturating_sub(2)).max(1)
}

/// True when the terminal is too small to draw the reader.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screen_shows_panel_beside_panes() {
        let g = Geometry::new(Rect::new(0, 0, 200, 60), true);
        let panel = g.panel.unwrap();
        assert_eq!(g.panes[0].width + g.panes[1].width + panel.width, 200);
        assert_eq!(g.status.y, 58);
        assert_eq!(g.hints.unwrap().y, 59);
    }

    #[test]
    fn narrow_screen_panel_replaces_right_pane() {
        let g = Geometry::new(Rect::new(0, 0, 60, 15), true);
        assert_eq!(g.panes[1], Rect::default());
        assert_eq!(g.panel.unwrap().width, 30);
        let g = Geometry::new(Rect::new(0, 0, 60, 15), false);
        assert_eq!(g.panes[0].width + g.panes[1].width, 60);
    }

    #[test]
    fn tiny_sizes_do_not_underflow() {
        for (w, h) in [(1, 1), (0, 0), (3, 2)] {
            let g = Geometry::new(Rect::new(0, 0, w, h), true);
            let _ = Geometry::text_area(g.panes[0]);
        }
        assert!(too_small(Rect::new(0, 0, 1, 1)));
    }
}
