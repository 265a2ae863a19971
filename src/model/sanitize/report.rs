//! What cleaning removed or repaired, counted so a warning can say exactly how much.

/// What cleaning removed or repaired, for a warning naming the input.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SanitizeReport {
    /// Complete escape sequences removed (CSI, OSC, DCS and friends).
    pub escapes: usize,
    /// Bytes those sequences held.
    pub escape_bytes: usize,
    /// Introducers of unterminated or malformed sequences removed; the text after
    /// each was kept.
    pub stray: usize,
    /// Bytes those introducers held.
    pub stray_bytes: usize,
    /// Other control characters removed.
    pub controls: usize,
    /// Invisible formatting characters removed: bidirectional overrides, and in
    /// one-line fields zero-width characters that only hide or spoof.
    pub invisible: usize,
    /// Characters repaired from UTF-8 mis-decoded as Latin-1 or Windows-1252.
    pub mojibake: usize,
}

impl SanitizeReport {
    /// True when cleaning changed nothing worth reporting.
    pub fn is_clean(&self) -> bool {
        *self == SanitizeReport::default()
    }

    /// Adds the counts of `other`.
    pub fn merge(&mut self, other: SanitizeReport) {
        self.escapes += other.escapes;
        self.escape_bytes += other.escape_bytes;
        self.stray += other.stray;
        self.stray_bytes += other.stray_bytes;
        self.controls += other.controls;
        self.invisible += other.invisible;
        self.mojibake += other.mojibake;
    }

    /// A one-line warning about `input`, or `None` when nothing changed.
    pub fn warning(&self, input: &str) -> Option<String> {
        let mut parts = Vec::new();
        if self.escapes > 0 {
            parts.push(format!(
                "removed {} escape sequence(s) ({} bytes)",
                self.escapes, self.escape_bytes
            ));
        }
        if self.stray > 0 {
            parts.push(format!(
                "removed {} unterminated escape introducer(s) ({} bytes; the text after them is kept)",
                self.stray, self.stray_bytes
            ));
        }
        if self.controls > 0 {
            parts.push(format!("removed {} control character(s)", self.controls));
        }
        if self.invisible > 0 {
            parts.push(format!(
                "removed {} invisible formatting character(s)",
                self.invisible
            ));
        }
        if self.mojibake > 0 {
            parts.push(format!(
                "repaired {} character(s) mis-decoded as Latin-1",
                self.mojibake
            ));
        }
        (!parts.is_empty()).then(|| format!("{input}: {}", parts.join(", ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warning_lists_only_what_happened() {
        assert_eq!(SanitizeReport::default().warning("a.txt"), None);
        let report = SanitizeReport {
            escapes: 1,
            escape_bytes: 5,
            stray: 1,
            stray_bytes: 2,
            ..SanitizeReport::default()
        };
        assert_eq!(
            report.warning("a.txt").as_deref(),
            Some(
                "a.txt: removed 1 escape sequence(s) (5 bytes), removed 1 unterminated escape introducer(s) (2 bytes; the text after them is kept)"
            )
        );
    }
}
