//! Render: the briefing in each format, in memory. Nothing here writes files.

pub mod markdown;
mod templates;
pub mod view;

use crate::diff::Diff;
use crate::load::RunError;
use crate::load::model::FactsFile;
use crate::load::sources::SourceFile;
use markdown::Target;
pub use templates::Templates;

/// A rendered output file: its name in the output folder and its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub name: &'static str,
    pub content: String,
}

/// The formats of `generate --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Formats {
    /// briefing.md
    Md,
    /// briefing.html
    Html,
    /// both
    All,
}

impl Formats {
    fn targets(self) -> &'static [Target] {
        match self {
            Formats::Md => &[Target::Markdown],
            Formats::Html => &[Target::Html],
            Formats::All => &[Target::Markdown, Target::Html],
        }
    }
}

/// The template and output file of each format.
pub fn file_name(target: Target) -> &'static str {
    match target {
        Target::Markdown => "briefing.md",
        Target::Html => "briefing.html",
    }
}

/// Renders the chosen formats (side by side when there are two). `changes` (from
/// `generate --since`) adds a "What changed" section at the top.
pub fn render(
    file: &FactsFile,
    texts: &[SourceFile],
    templates: &Templates,
    formats: Formats,
    changes: Option<&Diff>,
) -> Result<Vec<Rendered>, RunError> {
    let one = |target: Target| -> Result<Rendered, RunError> {
        let mut view = view::build(file, texts, target);
        view.changes = changes.map(|diff| view::changes(diff, &view, target));
        let name = file_name(target);
        Ok(Rendered {
            name,
            content: templates.render(name, view)?,
        })
    };
    match formats.targets() {
        [a, b] => {
            let (a, b) = rayon::join(|| one(*a), || one(*b));
            Ok(vec![a?, b?])
        }
        targets => targets.iter().map(|t| one(*t)).collect(),
    }
}
