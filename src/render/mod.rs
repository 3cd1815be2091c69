//! Render: the briefing in each format, in memory. Nothing here writes files.

pub mod markdown;
mod templates;
pub mod view;

use crate::diff::Diff;
use crate::load::RunError;
use crate::load::model::FactsFile;
use markdown::Target;
use rayon::prelude::*;
pub use templates::Templates;
use view::{FactSummary, Shared};

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
            // The order of the files in messages; the largest is rendered first.
            Formats::All => &[Target::Markdown, Target::Html],
        }
    }
}

/// The page template and output file of each format.
pub fn file_name(target: Target) -> &'static str {
    match target {
        Target::Markdown => "briefing.md",
        Target::Html => "briefing.html",
    }
}

/// The template that renders one fact, in each format.
pub fn fact_template(target: Target) -> &'static str {
    match target {
        Target::Markdown => "fact.md",
        Target::Html => "fact.html",
    }
}

/// The template, if there is one, for what follows a section's facts (Markdown's footnotes).
pub fn notes_template(target: Target) -> &'static str {
    match target {
        Target::Markdown => "fact-notes.md",
        Target::Html => "fact-notes.html",
    }
}

/// What the fact template receives.
#[derive(serde::Serialize)]
struct FactContext<'a> {
    fact: &'a view::FactView,
}

/// Renders the chosen formats (`on_file` tells, for each source, whether its text was read):
/// for each format, every fact through its fact template on every core, then the page around
/// them. `changes` (from `generate --since`) adds a "What changed" section at the top.
pub fn render(
    file: &FactsFile,
    on_file: &[bool],
    templates: &Templates,
    formats: Formats,
    changes: Option<&Diff>,
) -> Result<Vec<Rendered>, RunError> {
    let layout = view::Layout::new(file, on_file);
    // One format after the other, the larger first: only one format's facts are held at a
    // time, next to the pages already made.
    let mut rendered = Vec::new();
    for &target in formats.targets().iter().rev() {
        let summaries = facts(&layout, templates, target)?;
        rendered.push(page(&layout, &summaries, target, templates, changes)?);
    }
    rendered.reverse();
    Ok(rendered)
}

/// Every fact through the fact template of `target`, on every core: the facts' summaries in
/// briefing order.
pub fn facts(
    layout: &view::Layout<'_>,
    templates: &Templates,
    target: Target,
) -> Result<Vec<Shared<FactSummary>>, RunError> {
    let texts = view::SharedTexts::new(layout, target);
    let per_fact: Vec<Result<Shared<FactSummary>, RunError>> = (0..layout.facts.len())
        .into_par_iter()
        .map(|index| summary(layout, &texts, index, target, templates))
        .collect();
    // The first failure in briefing order, so that the message is the same on every run.
    per_fact.into_iter().collect()
}

/// The page of one target, around its facts' summaries.
pub fn page(
    layout: &view::Layout<'_>,
    facts: &[Shared<FactSummary>],
    target: Target,
    templates: &Templates,
    changes: Option<&Diff>,
) -> Result<Rendered, RunError> {
    let mut view = view::page(layout, facts, target);
    view.changes = changes.map(|diff| view::changes(diff, layout, facts, target));
    let name = file_name(target);
    // Room for every card and the lists around them: only what is written is ever touched.
    let capacity = facts.len() * 4096 + 64 * 1024;
    Ok(Rendered {
        name,
        content: templates.render(name, &"the briefing", &view, capacity)?,
    })
}

/// One fact through the fact template (and the notes template, when the format has one).
fn summary(
    layout: &view::Layout<'_>,
    texts: &view::SharedTexts<'_>,
    index: usize,
    target: Target,
    templates: &Templates,
) -> Result<Shared<FactSummary>, RunError> {
    let fact = view::fact(layout, texts, index);
    let what = FactName(&fact.id);
    // One context for both templates of the fact.
    let context = templates.context(&what, &FactContext { fact: &fact })?;
    let piece = |name: &str| -> Result<view::Text, RunError> {
        let text = templates.render_context(name, &what, &context, 2048)?;
        Ok(view::Text::markup(text.trim_end()))
    };
    let card = piece(fact_template(target))?;
    let notes_name = notes_template(target);
    let notes = if templates.has(notes_name) {
        piece(notes_name)?
    } else {
        view::Text::markup("")
    };
    Ok(Shared::new(&FactSummary {
        id: fact.id.clone(),
        number: fact.number,
        anchor: fact.anchor.clone(),
        statement: fact.statement.clone(),
        card,
        notes,
    }))
}

/// "fact `id`", for messages; written out only when there is a message.
struct FactName<'a>(&'a view::Text);

impl std::fmt::Display for FactName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "fact `{}`", self.0)
    }
}
