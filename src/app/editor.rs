//! A small multi-line text editor for notes: a cursor that moves by character and
//! line, insertion, deletion and paste.

use unicode_width::UnicodeWidthStr;

/// Text being edited, with a cursor (a byte offset on a char boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextEditor {
    text: String,
    cursor: usize,
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

    /// The cursor as (line, column in display cells).
    pub fn cursor_position(&self) -> (usize, usize) {
        let before = &self.text[..self.cursor];
        let line = before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].width())
    }

    /// Inserts a character at the cursor (control characters other than a line break are dropped).
    pub fn insert(&mut self, c: char) {
        if c.is_control() && c != '\n' {
            return;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
    }

    /// Inserts pasted text at the cursor, dropping control characters but keeping line breaks.
    pub fn paste(&mut self, text: &str) {
        let clean: String = text
            .replace("\r\n", "\n")
            .chars()
            .filter(|c| !c.is_control() || *c == '\n')
            .collect();
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
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
        self.cursor = self.line_start(self.cursor);
    }

    /// Moves the cursor to the end of its line.
    pub fn end(&mut self) {
        self.cursor = self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i);
    }

    /// Moves the cursor up one line, keeping its column where the line allows.
    pub fn up(&mut self) {
        let start = self.line_start(self.cursor);
        if start == 0 {
            self.cursor = 0;
            return;
        }
        let column = self.text[start..self.cursor].chars().count();
        let previous = self.line_start(start - 1);
        self.cursor = self.advance(previous, column, start - 1);
    }

    /// Moves the cursor down one line, keeping its column where the line allows.
    pub fn down(&mut self) {
        let start = self.line_start(self.cursor);
        let column = self.text[start..self.cursor].chars().count();
        let Some(newline) = self.text[self.cursor..].find('\n').map(|i| self.cursor + i) else {
            self.cursor = self.text.len();
            return;
        };
        let next = newline + 1;
        let next_end = self.text[next..]
            .find('\n')
            .map_or(self.text.len(), |i| next + i);
        self.cursor = self.advance(next, column, next_end);
    }

    /// Byte offset of the start of the line holding `offset`.
    fn line_start(&self, offset: usize) -> usize {
        self.text[..offset].rfind('\n').map_or(0, |i| i + 1)
    }

    /// `columns` characters after `from`, but not past `limit`.
    fn advance(&self, from: usize, columns: usize, limit: usize) -> usize {
        self.text[from..limit]
            .char_indices()
            .nth(columns)
            .map_or(limit, |(i, _)| from + i)
    }
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
        assert_eq!(e.cursor_position(), (1, 3));
        e.up();
        assert_eq!(e.cursor_position(), (0, 2));
        e.home();
        e.insert('>');
        assert_eq!(e.text(), ">ab\ncdé");
        e.down();
        e.end();
        e.backspace();
        assert_eq!(e.text(), ">ab\ncd");
        e.left();
        e.delete();
        assert_eq!(e.text(), ">ab\nc");
        e.right();
        e.right();
        assert_eq!(e.cursor_position(), (1, 1));
    }

    #[test]
    fn paste_keeps_lines_and_drops_controls() {
        let mut e = TextEditor::new("x");
        e.paste("one\r\ntwo\u{1b}[31m");
        assert_eq!(e.text(), "xone\ntwo[31m");
        e.insert('\u{7}');
        assert_eq!(e.text(), "xone\ntwo[31m");
    }

    #[test]
    fn moving_past_the_ends_is_safe() {
        let mut e = TextEditor::new("short\nlonger line");
        e.down();
        e.down();
        e.up();
        e.up();
        e.up();
        assert_eq!(e.cursor_position(), (0, 0));
        e.left();
        e.backspace();
        assert_eq!(e.text(), "short\nlonger line");
    }
}
