//! `--format json`: the report as one JSON object (contract §3).

use crate::check::Report;

pub fn render(report: &Report) -> String {
    // Serialising plain data with string keys cannot fail.
    let mut out = serde_json::to_string_pretty(report).unwrap_or_default();
    out.push('\n');
    out
}
