//! Printing findings: for people (`human`), for programs (`json`), for GitHub (`github`).

pub mod diff;
pub mod github;
pub mod human;
pub mod json;

use clap::ValueEnum;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// file:line:column, the rule, the message and the offending line
    Human,
    /// one JSON object: the findings and a summary
    Json,
    /// one GitHub Actions workflow command per finding (annotations on pull requests)
    Github,
}
