//! Popups over the reader: the pair picker and the key help.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, List, ListItem, ListState, Paragraph};

use crate::app::keymap::{HELP_CONTEXTS, help_rows};
use crate::app::marks::{EditorPurpose, MarkEditor};
use crate::app::picker::PickerState;
use crate::app::{App, Side};

use super::safe::{screen_text, truncate};
use super::theme::Theme;

/// A rectangle of at most `width`×`height` centred in `area`.
fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// The picker: every article with outlet, title and word count.
pub fn draw_picker(frame: &mut Frame, area: Rect, app: &App, picker: &PickerState, theme: &Theme) {
    let rows = u16::try_from(app.corpus.articles.len()).unwrap_or(u16::MAX);
    let popup = centred(
        area,
        100.max(area.width * 4 / 5).min(area.width),
        rows.saturating_add(5),
    );
    frame.render_widget(Clear, popup);
    let slot = match picker.slot {
        Side::Left => "LEFT",
        Side::Right => "RIGHT",
    };
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(theme.border_focused)
        .title(Line::styled(
            format!(" Choose the {slot} article "),
            theme.title,
        ))
        .title_bottom(Line::from(vec![
            Span::styled(" Enter", theme.key),
            Span::raw(format!(" {} ", slot.to_lowercase())),
            Span::styled("h", theme.key),
            Span::raw(" left "),
            Span::styled("l", theme.key),
            Span::raw(" right "),
            Span::styled("Esc", theme.key),
            Span::raw(" close "),
        ]));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let width = usize::from(inner.width);
    let (left, right) = app.pair();
    let outlet_width = app
        .corpus
        .articles
        .iter()
        .map(|a| a.meta.outlet.chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    let items: Vec<ListItem> = app
        .corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let marker = match (i == left, i == right) {
                (true, true) => "LR",
                (true, false) => "L ",
                (false, true) => " R",
                (false, false) => "  ",
            };
            let words = format!("{:>6} words", a.word_count());
            let outlet = truncate(&a.meta.outlet, outlet_width);
            let rest = width.saturating_sub(outlet_width + words.len() + 6);
            Line::from(vec![
                Span::styled(format!("{marker} "), theme.key),
                Span::styled(format!("{outlet:<outlet_width$}  "), theme.title),
                Span::raw(format!("{:<rest$}", truncate(&a.meta.title, rest))),
                Span::styled(words, theme.muted),
            ])
            .into()
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(picker.selected));
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme.selected),
        inner,
        &mut state,
    );
}

/// The key help, generated from the key table: one section per context, each key
/// listed once (a section leaves out keys the reading section already shows), in
/// two columns when the terminal is wide enough.
pub fn draw_help(frame: &mut Frame, area: Rect, theme: &Theme) {
    let mut shown: Vec<String> = Vec::new();
    let sections: Vec<Vec<Line>> = HELP_CONTEXTS
        .iter()
        .map(|context| {
            let mut lines = vec![Line::styled(context.title(), theme.title)];
            for (keys, description) in help_rows(*context) {
                let row = format!("{keys} {description}");
                if shown.contains(&row) {
                    continue;
                }
                shown.push(row);
                lines.push(Line::from(vec![
                    Span::styled(format!("  {keys:<22}"), theme.key),
                    Span::raw(description),
                ]));
            }
            lines.push(Line::default());
            lines
        })
        .collect();
    let legend = Line::from(vec![
        Span::styled("Colours  ", theme.title),
        Span::styled("= shared claim", theme.shared),
        Span::raw("  "),
        Span::styled("+ unique claim", theme.unique),
        Span::raw("  "),
        Span::styled("≠ conflicting claim", theme.conflict),
        Span::raw("  "),
        Span::styled("“quote”", theme.quote(Some(0))),
    ]);
    let two_columns = area.width >= 150;
    let (left, right): (Vec<Line>, Vec<Line>) = if two_columns {
        let mut rest = sections[1..].concat();
        rest.push(legend);
        (sections[0].clone(), rest)
    } else {
        let mut all = sections.concat();
        all.push(legend);
        (all, Vec::new())
    };
    let rows = left.len().max(right.len());
    let width = if two_columns { 144 } else { 76 };
    let popup = centred(area, width, u16::try_from(rows + 2).unwrap_or(u16::MAX));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(theme.border_focused)
        .title(Line::styled(" Keys — ? or Esc to close ", theme.title));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let half = if two_columns {
        inner.width / 2
    } else {
        inner.width
    };
    frame.render_widget(
        Paragraph::new(left),
        Rect::new(inner.x, inner.y, half, inner.height),
    );
    if two_columns {
        frame.render_widget(
            Paragraph::new(right),
            Rect::new(inner.x + half, inner.y, inner.width - half, inner.height),
        );
    }
}

/// The note, tag or verdict editor, with the cursor shown where typing goes.
pub fn draw_editor(frame: &mut Frame, area: Rect, open: &MarkEditor, theme: &Theme) {
    let popup = centred(area, 72.min(area.width), 14.min(area.height));
    frame.render_widget(Clear, popup);
    let title = match &open.purpose {
        EditorPurpose::Note(None) => format!(" New note on {} ", open.label),
        EditorPurpose::Note(Some(_)) => format!(" Note on {} ", open.label),
        EditorPurpose::Tag => format!(" Tag for {} ", open.label),
        EditorPurpose::Verdict(v) => format!(
            " Verdict on {}: {} (Tab changes) — reason: ",
            open.label,
            v.label().to_uppercase()
        ),
    };
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(theme.border_focused)
        .title(Line::styled(
            truncate(&title, usize::from(popup.width.saturating_sub(2))),
            theme.title,
        ))
        .title_bottom(Line::from(vec![
            Span::styled(" Esc", theme.key),
            Span::raw(" or "),
            Span::styled("Ctrl-s", theme.key),
            Span::raw(" save "),
            Span::styled("Enter", theme.key),
            Span::raw(if open.purpose == EditorPurpose::Tag {
                " save "
            } else {
                " new line "
            }),
        ]));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let (line, column) = open.editor.cursor_position();
    let scroll = line.saturating_sub(usize::from(inner.height.saturating_sub(1)));
    let lines: Vec<Line> = open
        .editor
        .text()
        .split('\n')
        .skip(scroll)
        .map(|l| Line::raw(screen_text(l)))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    let x = inner
        .x
        .saturating_add(u16::try_from(column).unwrap_or(u16::MAX))
        .min(inner.right().saturating_sub(1));
    let y = inner
        .y
        .saturating_add(u16::try_from(line - scroll).unwrap_or(0))
        .min(inner.bottom().saturating_sub(1));
    frame.set_cursor_position((x, y));
}
