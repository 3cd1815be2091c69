//! `--format github`: GitHub Actions workflow commands, shown as annotations on the lines.

use super::Places;
use crate::check::Report;
use crate::rules::Severity;

/// The workflow commands of the findings, each file named as `places` names it (from the root
/// of the repository, where GitHub looks for it).
pub fn render(report: &Report, places: &Places) -> String {
    let mut out = String::new();
    let (shown, left_out) = super::shown(&report.findings);
    for f in shown {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        // endColumn, as SARIF's, is the column just after the last character.
        out.push_str(&format!(
            "::{level} file={},line={},endLine={},col={},endColumn={},title={}::{}\n",
            escape_property(places.file(f)),
            f.line,
            f.end_line,
            f.column,
            f.end_column,
            f.rule,
            escape_data(&super::clipped(&f.message))
        ));
    }
    for (rule, n) in left_out {
        out.push_str(&format!(
            "::notice title={rule}::{}\n",
            escape_data(&super::left_out_line(rule, n))
        ));
    }
    out
}

/// The escaping GitHub's runner undoes for a command's message.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Properties (`file=...`) also escape the separators of the property list.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_and_newlines_are_escaped() {
        assert_eq!(escape_data("50% of\nall"), "50%25 of%0Aall");
        assert_eq!(escape_property("a,b:c"), "a%2Cb%3Ac");
    }
}
