//! Reading a session file: the one way the store, the listing and the export get
//! a [`Session`] from bytes. Everything read is cleaned before anything shows it,
//! and mark ids are made safe to use.

use std::path::Path;

use crate::model::load::{LoadError, read_regular};
use crate::model::sanitize::{clean_line, sanitize};

use super::mark::MarkKind;
use super::{Anchor, Session};

/// Largest session file read: notes are text, and a review of thousands of marks
/// stays far below this.
pub const MAX_SESSION_BYTES: u64 = 64 * 1024 * 1024;

impl Session {
    /// Parses a session file, cleans every string in it that could be shown (notes,
    /// tags, verdict reasons, anchored text, outlets and ids) the way article text
    /// is cleaned, and repairs mark ids that collide or would wrap. Paths and
    /// unknown fields are kept as written.
    pub fn from_json(bytes: &[u8]) -> Result<Session, serde_json::Error> {
        let mut session: Session = serde_json::from_slice(bytes)?;
        session.clean();
        session.repair_ids();
        Ok(session)
    }

    /// Cleans every string a report, a listing or the reader may show.
    fn clean(&mut self) {
        let line = |s: &mut String| *s = clean_line(s).0;
        let text = |s: &mut String| *s = sanitize(s).0;
        for article in &mut self.corpus {
            line(&mut article.id);
            line(&mut article.outlet);
            line(&mut article.fingerprint);
        }
        if let Some((left, right)) = &mut self.pair {
            line(left);
            line(right);
        }
        for position in &mut self.positions {
            line(&mut position.article_id);
        }
        for mark in &mut self.marks {
            match &mut mark.kind {
                MarkKind::Note { text: note } => text(note),
                MarkKind::Flag { flag } => line(flag),
                MarkKind::Verdict { reason, .. } => text(reason),
            }
            for anchor in mark.target.anchors_mut() {
                clean_anchor(anchor);
            }
        }
    }
}

/// Cleans an anchor's article id, text and context.
fn clean_anchor(anchor: &mut Anchor) {
    anchor.article_id = clean_line(&anchor.article_id).0;
    anchor.fingerprint = clean_line(&anchor.fingerprint).0;
    for s in [&mut anchor.quoted, &mut anchor.before, &mut anchor.after] {
        *s = sanitize(s).0;
    }
}

/// Reads the session file at `path`: a regular file of at most
/// [`MAX_SESSION_BYTES`]; a FIFO or a device is refused, never waited on.
pub fn read_session_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    read_regular(path, MAX_SESSION_BYTES)
}

/// True when `bytes` are (or were meant to be) a Parallax session, even a
/// damaged one: a JSON object whose first kilobytes name the session's own
/// fields. A note, an article or another program's JSON is not.
pub fn looks_like_session(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let head = head.trim_start();
    head.starts_with('{')
        && head.contains("\"version\"")
        && ["\"corpus\"", "\"marks\"", "\"next_id\""]
            .iter()
            .any(|key| head.contains(key))
}

/// True for a file that may be taken over as a new session: empty or blank.
pub fn is_blank(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_are_told_from_other_files() {
        assert!(looks_like_session(
            br#"{"version": 1, "corpus": [], "marks": [], "next_id": 1}"#
        ));
        assert!(looks_like_session(b"{\"version\": 1, \"marks\": [tru"));
        assert!(!looks_like_session(b"# My notes\n\nversion 1 of the marks"));
        assert!(!looks_like_session(
            br#"{"name": "pkg", "version": "1.0.0"}"#
        ));
        assert!(!looks_like_session(
            br#"{"title": "T", "maintext": "Body"}"#
        ));
        assert!(is_blank(b" \n") && is_blank(b"") && !is_blank(b"x"));
    }

    #[test]
    fn strings_are_cleaned_and_ids_repaired() {
        let json = br#"{"version": 1, "corpus": [{"id": "a\u001b[2J", "path": "a\u001b.txt",
            "outlet": "RT\u202e\u200b", "fingerprint": "0"}], "shiny": {"x": 1},
            "marks": [
              {"id": 18446744073709551615, "target": {"type": "text", "article_id": "a",
               "fingerprint": "0", "start": 0, "end": 1, "quoted": "x\u009b31m",
               "before": "", "after": "", "colour": "red"},
               "kind": {"type": "note", "text": "n\u001b]0;t\u0007ote\nline"},
               "created": 0, "updated": 0},
              {"id": 18446744073709551615, "target": {"type": "text", "article_id": "a",
               "fingerprint": "0", "start": 0, "end": 1, "quoted": "x", "before": "",
               "after": ""}, "kind": {"type": "flag", "flag": "t\tag\u009d"},
               "created": 0, "updated": 0}],
            "next_id": 18446744073709551615}"#;
        let session = Session::from_json(json).expect("parses");
        assert_eq!(session.corpus[0].id, "a");
        assert_eq!(session.corpus[0].outlet, "RT");
        assert_eq!(session.corpus[0].path, "a\u{1b}.txt", "paths are kept");
        let ids: Vec<u64> = session.marks.iter().map(|m| m.id).collect();
        assert_eq!(ids, [1, 2]);
        assert_eq!(session.next_id, 3);
        assert_eq!(
            session.marks[0].kind,
            MarkKind::Note {
                text: "note\nline".into()
            }
        );
        assert_eq!(
            session.marks[1].kind,
            MarkKind::Flag {
                flag: "t ag".into()
            }
        );
        assert_eq!(session.marks[0].target.anchors()[0].quoted, "x");
        assert_eq!(session.extra["shiny"]["x"], 1);
        assert_eq!(session.marks[0].target.anchors()[0].extra["colour"], "red");
    }
}
