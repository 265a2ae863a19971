//! A small text editor for notes and prompts: a cursor that moves by character
//! and by screen row, with long lines soft-wrapped to the editor's width,
//! insertion, deletion and paste.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Text being edited, with a cursor (a byte offset on a char boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextEditor {
    text: String,
    cursor: usize,
}

/// One screen row of the wrapped text: the bytes `start..end` it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// First byte of the row.
    pub start: usize,
    /// Byte after the row (a line break or the next row's start).
    pub end: usize,
    /// True when the row was broken to fit, so the next row goes on the same line.
    pub soft: bool,
}

impl TextEditor {
    /// An editor holding `text`, with the cursor at its end.
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_string(),
            cursor: text.len(),
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// True when nothing has been typed.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The cursor as a byte offset into [`TextEditor::text`].
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Inserts a character at the cursor (control characters other than a line break are dropped).
    pub fn insert(&mut self, c: char) {
        if c.is_control() && c != '\n' {
            return;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
    }

    /// Inserts pasted text at the cursor. Terminals send CR (or CRLF) for the line
    /// breaks of a bracketed paste: each becomes one line break. Other control
    /// characters are dropped.
    pub fn paste(&mut self, text: &str) {
        let clean: String = text
            .replace("\r\n", "\n")
            .replace('\r', "\n")
            .chars()
            .filter(|c| !c.is_control() || *c == '\n')
            .collect();
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
    }

    /// Inserts pasted text into a one-line field: line breaks become spaces.
    pub fn paste_line(&mut self, text: &str) {
        let flat = text.replace("\r\n", " ").replace(['\r', '\n'], " ");
        self.paste(&flat);
    }

    /// Deletes the character before the cursor.
    pub fn backspace(&mut self) {
        if let Some(c) = self.text[..self.cursor].chars().next_back() {
            self.cursor -= c.len_utf8();
            self.text.remove(self.cursor);
        }
    }

    /// Deletes the character under the cursor.
    pub fn delete(&mut self) {
        if self.cursor < self.text.len() {
            self.text.remove(self.cursor);
        }
    }

    /// Moves the cursor one character left.
    pub fn left(&mut self) {
        if let Some(c) = self.text[..self.cursor].chars().next_back() {
            self.cursor -= c.len_utf8();
        }
    }

    /// Moves the cursor one character right.
    pub fn right(&mut self) {
        if let Some(c) = self.text[self.cursor..].chars().next() {
            self.cursor += c.len_utf8();
        }
    }

    /// Moves the cursor to the start of its line.
    pub fn home(&mut self) {
        self.cursor = self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1);
    }

    /// Moves the cursor to the end of its line.
    pub fn end(&mut self) {
        self.cursor = self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i);
    }

    /// The screen rows of the text soft-wrapped to `width` columns: lines break
    /// after a space where they can, inside a word only when it is wider than a row.
    pub fn rows(&self, width: usize) -> Vec<Row> {
        let width = width.max(1);
        let mut rows = Vec::new();
        let mut base = 0;
        for line in self.text.split('\n') {
            wrap_line(line, base, width, &mut rows);
            base += line.len() + 1;
        }
        rows
    }

    /// The cursor as (screen row, column in cells) when wrapped to `width`.
    pub fn cursor_row_col(&self, width: usize) -> (usize, usize) {
        let rows = self.rows(width);
        let row = self.row_of(&rows);
        let start = rows[row].start;
        (row, self.text[start..self.cursor].width())
    }

    /// Moves the cursor up one screen row, keeping its column where the row allows.
    pub fn up(&mut self, width: usize) {
        let rows = self.rows(width);
        let row = self.row_of(&rows);
        if row == 0 {
            self.cursor = 0;
            return;
        }
        self.move_to_row(&rows, row, row - 1);
    }

    /// Moves the cursor down one screen row, keeping its column where the row allows.
    pub fn down(&mut self, width: usize) {
        let rows = self.rows(width);
        let row = self.row_of(&rows);
        if row + 1 >= rows.len() {
            self.cursor = self.text.len();
            return;
        }
        self.move_to_row(&rows, row, row + 1);
    }

    /// The row holding the cursor: the last one starting at or before it.
    fn row_of(&self, rows: &[Row]) -> usize {
        rows.partition_point(|r| r.start <= self.cursor)
            .saturating_sub(1)
    }

    /// Puts the cursor on row `to` at the column it has on row `from`.
    fn move_to_row(&mut self, rows: &[Row], from: usize, to: usize) {
        let column = self.text[rows[from].start..self.cursor].width();
        let target = rows[to];
        let mut offset = target.start;
        let mut used = 0;
        for (i, c) in self.text[target.start..target.end].char_indices() {
            let w = c.width().unwrap_or(0);
            if used + w > column {
                break;
            }
            let next = target.start + i + c.len_utf8();
            if target.soft && next == target.end {
                break;
            }
            used += w;
            offset = next;
        }
        self.cursor = offset;
    }
}

/// Wraps one line (without its line break) starting at byte `base` into rows.
fn wrap_line(line: &str, base: usize, width: usize, rows: &mut Vec<Row>) {
    let mut row_start = 0;
    let mut used = 0;
    let mut last_break = None;
    for (i, c) in line.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > width && used > 0 && c != ' ' {
            let cut = match last_break {
                Some(b) if b > row_start => b,
                _ => i,
            };
            rows.push(Row {
                start: base + row_start,
                end: base + cut,
                soft: true,
            });
            used = line[cut..i].width();
            row_start = cut;
            last_break = None;
        }
        used += w;
        if c == ' ' {
            last_break = Some(i + 1);
        }
    }
    rows.push(Row {
        start: base + row_start,
        end: base + line.len(),
        soft: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_moving_and_deleting() {
        let mut e = TextEditor::new("");
        for c in "ab\ncdé".chars() {
            e.insert(c);
        }
        assert_eq!(e.text(), "ab\ncdé");
        assert_eq!(e.cursor_row_col(40), (1, 3));
        e.up(40);
        assert_eq!(e.cursor_row_col(40), (0, 2));
        e.home();
        e.insert('>');
        assert_eq!(e.text(), ">ab\ncdé");
        e.down(40);
        e.end();
        e.backspace();
        assert_eq!(e.text(), ">ab\ncd");
        e.left();
        e.delete();
        assert_eq!(e.text(), ">ab\nc");
        e.right();
        e.right();
        assert_eq!(e.cursor_row_col(40), (1, 1));
    }

    #[test]
    fn paste_keeps_lines_and_drops_controls() {
        let mut e = TextEditor::new("x");
        e.paste("one\r\ntwo\u{1b}[31m\rthree\nfour");
        assert_eq!(e.text(), "xone\ntwo[31m\nthree\nfour");
        e.insert('\u{7}');
        assert_eq!(e.text(), "xone\ntwo[31m\nthree\nfour");
        let mut line = TextEditor::default();
        line.paste_line("a\r\nb\rc\nd");
        assert_eq!(line.text(), "a b c d");
    }

    #[test]
    fn long_lines_wrap_at_spaces_and_the_cursor_follows() {
        let mut e = TextEditor::new("the quick brown fox jumps\nover");
        let rows: Vec<&str> = e
            .rows(10)
            .iter()
            .map(|r| &e.text()[r.start..r.end])
            .collect();
        assert_eq!(rows, ["the quick ", "brown fox ", "jumps", "over"]);
        assert_eq!(e.cursor_row_col(10), (3, 4));
        e.up(10);
        assert_eq!(e.cursor_row_col(10), (2, 4));
        e.up(10);
        assert_eq!(e.cursor_row_col(10), (1, 4));
        assert_eq!(&e.text()[..e.cursor()], "the quick brow");
        e.up(10);
        e.up(10);
        assert_eq!(e.cursor(), 0);
        e.down(10);
        e.end();
        assert_eq!(
            e.cursor_row_col(10),
            (2, 5),
            "End goes to the end of the line"
        );
    }

    #[test]
    fn a_word_wider_than_a_row_is_broken() {
        let e = TextEditor::new("abcdefghij");
        let rows: Vec<(usize, usize)> = e.rows(4).iter().map(|r| (r.start, r.end)).collect();
        assert_eq!(rows, [(0, 4), (4, 8), (8, 10)]);
        assert_eq!(e.cursor_row_col(4), (2, 2));
    }

    #[test]
    fn moving_past_the_ends_is_safe() {
        let mut e = TextEditor::new("short\nlonger line");
        e.down(20);
        e.down(20);
        e.up(20);
        e.up(20);
        e.up(20);
        assert_eq!(e.cursor_row_col(20), (0, 0));
        e.left();
        e.backspace();
        assert_eq!(e.text(), "short\nlonger line");
        assert!(TextEditor::default().rows(0).len() == 1);
    }
}
