//! The clipboard through the terminal: OSC 52 asks the terminal to put text on
//! the system clipboard, which works over SSH and needs no clipboard program.
//! Not every terminal honours it, and nothing answers to say whether it did, so
//! the reader says when the terminal it runs in is known not to (or to need
//! a setting).

use std::process::Command;

use crossterm::Command as _;
use crossterm::clipboard::CopyToClipboard;

/// The OSC 52 sequence that puts `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    let mut sequence = String::new();
    CopyToClipboard::to_clipboard_from(text)
        .write_ansi(&mut sequence)
        .expect("writing into a String cannot fail");
    sequence
}

/// Why copying may not reach the clipboard in this terminal, if there is a
/// known reason. Inside tmux this asks tmux for its `set-clipboard` option.
pub fn caveat() -> Option<String> {
    let var = |name| std::env::var(name).ok().filter(|v: &String| !v.is_empty());
    let tmux = var("TMUX").map(|_| tmux_set_clipboard());
    caveat_for(
        tmux.as_ref().map(Option::as_deref),
        var("STY").is_some(),
        var("TERM").as_deref(),
        var("VTE_VERSION").is_some(),
    )
}

/// The value of tmux's `set-clipboard` option, if tmux says.
fn tmux_set_clipboard() -> Option<String> {
    let out = Command::new("tmux")
        .args(["show-options", "-gv", "set-clipboard"])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// [`caveat`] from what it looks at: inside tmux, its `set-clipboard` value
/// (`None` when tmux did not say); inside GNU screen; `TERM`; a VTE terminal.
pub fn caveat_for(
    tmux: Option<Option<&str>>,
    screen: bool,
    term: Option<&str>,
    vte: bool,
) -> Option<String> {
    match tmux {
        Some(Some("on")) => None,
        Some(value) => Some(format!(
            "tmux passes the clipboard on only with set-clipboard on (it is {}): run tmux set -g set-clipboard on",
            value.unwrap_or("unknown")
        )),
        None if screen => Some("GNU screen may not pass the clipboard (OSC 52) on".into()),
        None if term == Some("linux") => Some("the Linux console has no clipboard".into()),
        None if vte => Some(
            "GNOME Terminal and other VTE terminals ignore the clipboard request (OSC 52)".into(),
        ),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_carries_the_text_in_base64() {
        assert_eq!(osc52("hi"), "\u{1b}]52;c;aGk=\u{1b}\\");
    }

    #[test]
    fn says_when_the_clipboard_may_not_be_reached() {
        assert_eq!(caveat_for(None, false, Some("xterm-kitty"), false), None);
        assert_eq!(caveat_for(Some(Some("on")), false, None, false), None);
        let off = caveat_for(Some(Some("external")), false, None, false).unwrap();
        assert!(
            off.contains("set -g set-clipboard on") && off.contains("external"),
            "{off}"
        );
        assert!(caveat_for(Some(None), false, None, false).is_some());
        assert!(caveat_for(None, true, None, false).is_some());
        assert!(caveat_for(None, false, Some("linux"), false).is_some());
        assert!(caveat_for(None, false, Some("xterm-256color"), true).is_some());
    }
}
