//! The report as pretty-printed JSON.

use super::Report;
use crate::model::sanitize::json::to_string_pretty;

/// Renders `report` as pretty JSON, with characters a terminal could act on
/// escaped.
pub fn render(report: &Report) -> String {
    to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
