//! The report as pretty-printed JSON.

use super::Report;

/// Renders `report` as pretty JSON.
pub fn render(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
