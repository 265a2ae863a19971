//! The single place where the headless commands reach the terminal: standard
//! output goes through [`SafeOutput`], standard error through [`eprint_line`], and
//! both clean what they write with [`display`], the cleaner the reader uses too.

use std::io::{self, Write};

use crate::model::sanitize::display;

/// Most bytes held back while waiting for the end of a line; a longer line is
/// cleaned and written in pieces of about this size.
const MAX_PENDING: usize = 64 * 1024;

/// A writer that passes everything through [`display`] on its way to `inner`, so
/// no escape sequence or control character other than `\n` and `\t` gets out,
/// whatever a command prints. Text is cleaned a line at a time (and long lines
/// in pieces) so that a sequence split between two writes is still caught.
#[derive(Debug)]
pub struct SafeOutput<W: Write> {
    /// Where clean text goes.
    inner: W,
    /// Bytes written but not yet cleaned: the end of an unfinished line.
    pending: Vec<u8>,
}

impl<W: Write> SafeOutput<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        SafeOutput {
            inner,
            pending: Vec::new(),
        }
    }

    /// Cleans and writes the finished lines held back, or everything when `all`.
    fn emit(&mut self, all: bool) -> io::Result<()> {
        let cut = if all {
            self.pending.len()
        } else if let Some(newline) = self.pending.iter().rposition(|&b| b == b'\n') {
            newline + 1
        } else if self.pending.len() > MAX_PENDING {
            char_start_at_or_before(&self.pending, self.pending.len() - 1)
        } else {
            return Ok(());
        };
        if cut == 0 {
            return Ok(());
        }
        let chunk: Vec<u8> = self.pending.drain(..cut).collect();
        let text = String::from_utf8_lossy(&chunk);
        self.inner.write_all(display(&text).as_bytes())
    }
}

/// The start of the UTF-8 character holding byte `at`, so a cut there splits none.
fn char_start_at_or_before(bytes: &[u8], mut at: usize) -> usize {
    while at > 0 && (bytes[at] & 0xc0) == 0x80 {
        at -= 1;
    }
    at
}

impl<W: Write> Write for SafeOutput<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        self.emit(false)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.emit(true)?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for SafeOutput<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// Prints `parallax: ` and `message` on standard error, cleaned, as one line.
pub fn eprint_line(message: &str) {
    let clean = display(message).replace('\n', " ");
    eprintln!("parallax: {clean}");
}

/// Prints a warning about the input on standard error, cleaned.
pub fn warn(warning: &str) {
    eprint_line(&format!("warning: {warning}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(pieces: &[&[u8]]) -> Vec<u8> {
        let mut out = SafeOutput::new(Vec::new());
        for piece in pieces {
            out.write_all(piece).unwrap();
        }
        out.flush().unwrap();
        out.inner.clone()
    }

    #[test]
    fn sequences_split_across_writes_are_still_removed() {
        let out = through(&[b"title: a\x1b]0;pw", b"ned\x07b\n", b"c\xc2", b"\x9b2Jd"]);
        assert_eq!(out, b"title: ab\ncd");
    }

    #[test]
    fn long_lines_are_cut_on_character_boundaries() {
        let line = "é".repeat(MAX_PENDING);
        let out = through(&[line.as_bytes(), b"\x1b[2J\n"]);
        assert_eq!(String::from_utf8(out).unwrap(), format!("{line}\n"));
    }
}
