//! Printing findings: for people (`human`), for programs (`json`), for GitHub's annotations
//! (`github`), for code scanning and SARIF viewers (`sarif`). The last two name files from the
//! root of the repository (`Places`), the first two from the current folder.

pub mod diff;
pub mod github;
pub mod human;
pub mod json;
mod places;
pub mod sarif;

pub use places::Places;

use crate::check::Finding;
use crate::rules::Rule;
use clap::ValueEnum;

/// Findings of one rule that `human` and `github` print; the rest are counted. `json` gives all.
pub const MAX_SHOWN_PER_RULE: usize = 100;

/// The findings to print, in their order: at most [`MAX_SHOWN_PER_RULE`] of each rule. Then,
/// rule by rule in order of first appearance, how many were left out.
pub fn shown(findings: &[Finding]) -> (Vec<&Finding>, Vec<(Rule, usize)>) {
    let mut counts: Vec<(Rule, usize)> = Vec::new();
    let mut kept = Vec::new();
    for finding in findings {
        let i = match counts.iter().position(|(rule, _)| *rule == finding.rule) {
            Some(i) => i,
            None => {
                counts.push((finding.rule, 0));
                counts.len() - 1
            }
        };
        counts[i].1 += 1;
        if counts[i].1 <= MAX_SHOWN_PER_RULE {
            kept.push(finding);
        }
    }
    let left_out = counts
        .into_iter()
        .filter(|(_, n)| *n > MAX_SHOWN_PER_RULE)
        .map(|(rule, n)| (rule, n - MAX_SHOWN_PER_RULE))
        .collect();
    (kept, left_out)
}

/// "… and 1,900 more `quote-not-found` findings", for what [`shown`] left out.
pub fn left_out_line(rule: Rule, n: usize) -> String {
    let what = if n == 1 { "finding" } else { "findings" };
    format!(
        "… and {} more `{rule}` {what}, not shown (at most {MAX_SHOWN_PER_RULE} of a rule are; \
         `--format json` lists them all)",
        crate::format::number(n as f64)
    )
}

/// The longest message `human` and `github` print whole; a message quotes the facts file, whose
/// values can be a megabyte long.
const MAX_SHOWN_MESSAGE: usize = 2000;

/// `message`, cut at [`MAX_SHOWN_MESSAGE`] bytes with a note of what was cut.
pub fn clipped(message: &str) -> std::borrow::Cow<'_, str> {
    if message.len() <= MAX_SHOWN_MESSAGE {
        return message.into();
    }
    let mut end = MAX_SHOWN_MESSAGE;
    while !message.is_char_boundary(end) {
        end -= 1;
    }
    format!(
        "{}… ({} more bytes; `--format json` gives the whole message)",
        &message[..end],
        crate::format::number((message.len() - end) as f64)
    )
    .into()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// file:line:column, the rule, the message and the offending line
    Human,
    /// one JSON object: the findings and a summary
    Json,
    /// one GitHub Actions workflow command per finding (annotations on pull requests)
    Github,
    /// one SARIF 2.1.0 log (GitHub code scanning, SARIF viewers in editors)
    Sarif,
}
