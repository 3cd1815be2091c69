//! Render: the briefing in each format, in memory, through the templates. Nothing here opens
//! a file; `write` puts the pages into the output folder.
//!
//! A page is rendered in two steps: every fact goes through the fact template on its own (on
//! every core), then the page template places each fact's rendered card in its section.

mod fact;
mod groups;
pub mod json;
mod outline;
mod page;
mod templates;
pub mod view;
pub mod watch;

use crate::check::{Copy, Support};
use crate::diff::Diff;
use crate::error::RunError;
use crate::load::model::FactsFile;
use crate::markdown::Target;
use groups::Groups;
use outline::Outline;
use rayon::prelude::*;
pub use templates::Templates;
use view::{FactSummary, Markup, PageView, Shared};

/// A rendered output file: its name in the output folder and its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub name: &'static str,
    pub content: String,
}

/// A value of `generate --format`; a list gives several (`md,json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// briefing.md
    Md,
    /// briefing.html
    Html,
    /// briefing.json: the briefing's data, for dashboards and CMSs
    Json,
    /// briefing.md and briefing.html
    All,
}

/// The briefings to write, whatever order or repetition the `--format` list has: the
/// templates' formats (Markdown first), then JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    targets: Vec<Target>,
    json: bool,
}

impl Selection {
    pub fn new(formats: &[Format]) -> Selection {
        let has = |wanted: &[Format]| formats.iter().any(|f| wanted.contains(f));
        let mut targets = Vec::new();
        if has(&[Format::Md, Format::All]) {
            targets.push(Target::Markdown);
        }
        if has(&[Format::Html, Format::All]) {
            targets.push(Target::Html);
        }
        Selection {
            targets,
            json: has(&[Format::Json]),
        }
    }

    /// Whether a briefing goes through the templates (JSON does not).
    pub fn needs_templates(&self) -> bool {
        !self.targets.is_empty()
    }

    /// The templates the chosen formats render with (each format's page, fact and notes
    /// template): only these, and what they include, are read.
    pub fn template_names(&self) -> Vec<&'static str> {
        (self.targets.iter())
            .flat_map(|&t| [page_template(t), fact_template(t), notes_template(t)])
            .collect()
    }
}

/// The page template, and output file, of each format.
fn page_template(target: Target) -> &'static str {
    match target {
        Target::Markdown => "briefing.md",
        Target::Html => "briefing.html",
    }
}

/// The template that renders one fact, in each format.
fn fact_template(target: Target) -> &'static str {
    match target {
        Target::Markdown => "fact.md",
        Target::Html => "fact.html",
    }
}

/// The template, if there is one, for what follows a section's facts (Markdown's footnotes).
fn notes_template(target: Target) -> &'static str {
    match target {
        Target::Markdown => "fact-notes.md",
        Target::Html => "fact-notes.html",
    }
}

/// What the check established, for the briefing to say, and no more.
#[derive(Debug, Clone, Default)]
pub struct Assurance {
    /// For each source, whether its text was read (and so its quotes were found in it).
    pub on_file: Vec<bool>,
    /// Whether the number rules ran as errors and passed: every number of a checked fact's
    /// statement and figure is in its quotes, but where the fact allows it with a reason.
    pub numbers_held: bool,
    /// How each citation of each fact supports its statement, in the order of the facts file
    /// (as `check` gives it); a fact left out counts every citation as stating it.
    pub support: Vec<Vec<Support>>,
    /// The sources of each fact that state it in another's copy, in the order of the facts
    /// file (as `check` gives them); a fact left out has none.
    pub copies: Vec<Vec<Copy>>,
    /// For each source, the index of the first source that is the same article
    /// (`duplicate-source`), or its own; a source left out is its own.
    pub same_as: Vec<usize>,
}

/// Renders the chosen briefings (`assurance` tells what the check established), Markdown
/// first, JSON last; `templates` are needed when a briefing goes through them. `changes`
/// (from `generate --since`) adds a "What changed" section at the top.
///
/// One template format after the other: its facts through the fact template (on every core),
/// then its page template, which runs on one core beside the next format's facts. So one
/// format's cards are held at a time (at 100,000 facts, 750 MB at the peak against 930 MB
/// with both formats' cards at once, in the same time), and the last page template runs
/// beside freeing the facts file (a tenth of a second at 100,000 facts).
pub fn render(
    file: FactsFile,
    assurance: &Assurance,
    templates: Option<&Templates>,
    selection: &Selection,
    changes: Option<&Diff>,
) -> Result<Vec<Rendered>, RunError> {
    let outline = Outline::new(&file, assurance);
    let groups = Groups::new(&outline);
    let json = (selection.json)
        .then(|| json::render(&outline, &groups, changes))
        .transpose()?;
    let mut pages = Vec::new();
    let mut waiting: Option<PageToRender> = None;
    for &target in &selection.targets {
        let templates =
            templates.ok_or_else(|| RunError("the templates were not loaded".to_owned()))?;
        let (page, next) = rayon::join(
            || waiting.take().map(PageToRender::render).transpose(),
            || PageToRender::new(&outline, &groups, templates, changes, target),
        );
        // The first failure in format order, so that the message is the same on every run.
        pages.extend(page?);
        waiting = Some(next?);
    }
    drop((groups, outline));
    let (page, ()) = rayon::join(
        || waiting.map(PageToRender::render).transpose(),
        move || drop(file),
    );
    pages.extend(page?);
    pages.extend(json);
    Ok(pages)
}

/// A format's page view, with its facts' cards, waiting for the page template.
struct PageToRender<'a> {
    target: Target,
    view: PageView,
    /// The length of the cards it holds.
    cards: usize,
    templates: &'a Templates,
}

impl<'a> PageToRender<'a> {
    /// Every fact through the format's templates (on every core), then the format's page view.
    fn new(
        outline: &Outline<'_>,
        groups: &Groups<'_>,
        templates: &'a Templates,
        changes: Option<&Diff>,
        target: Target,
    ) -> Result<PageToRender<'a>, RunError> {
        let texts = fact::Texts::new(outline, target);
        let (facts, cards) = render_facts(outline, &texts, templates)?;
        let view = page::view(outline, groups, &facts, &texts.sources, changes, target);
        Ok(PageToRender {
            target,
            view,
            cards,
            templates,
        })
    }

    /// The briefing in the format, through its page template.
    fn render(self) -> Result<Rendered, RunError> {
        let name = page_template(self.target);
        let context = self.templates.context(&"the briefing", &self.view)?;
        // Sized once for the cards it places and the lists around them, so that a page of a
        // hundred megabytes is not copied as it grows.
        let mut page = Vec::with_capacity(2 * self.cards + 64 * 1024);
        (self.templates).render_to(name, &"the briefing", &context, &mut page, MAX_PAGE_BYTES)?;
        let content = String::from_utf8(page)
            .map_err(|e| RunError(format!("template `{name}` rendered invalid UTF-8: {e}")))?;
        Ok(Rendered {
            name,
            content: without_controls(content),
        })
    }
}

/// The page with each character that may not stand in it made U+FFFD (`text::forbidden`):
/// no HTML may hold a control character or a noncharacter, and a Markdown reader would pass a
/// control to a terminal. `check` warns of them in the facts file (`invisible-character`).
fn without_controls(page: String) -> String {
    match crate::text::without_forbidden(&page) {
        std::borrow::Cow::Borrowed(_) => page,
        std::borrow::Cow::Owned(visible) => visible,
    }
}

/// The most a page template may write: the HTML briefing of 100,000 facts is 150 MB.
const MAX_PAGE_BYTES: usize = 1 << 30;
/// The most a fact template may write for one fact (a card is a few KB), and for all the facts
/// of a format together.
const MAX_CARD_BYTES: usize = 16 << 20;
const MAX_CARDS_BYTES: usize = 1 << 30;

/// Every fact through its templates, on every core: the facts' summaries in briefing order,
/// each with its card, and the length of all their cards and notes.
fn render_facts(
    outline: &Outline<'_>,
    texts: &fact::Texts,
    templates: &Templates,
) -> Result<(Vec<Shared<FactSummary>>, usize), RunError> {
    let rendered: Vec<Result<_, RunError>> = (0..outline.facts.len())
        .into_par_iter()
        // One buffer for the templates' output per task.
        .map_init(Vec::new, |buffer, index| {
            render_fact(outline, texts, templates, index, buffer)
        })
        .collect();
    // The first failure in briefing order, so that the message is the same on every run.
    let mut facts = Vec::with_capacity(rendered.len());
    let mut len = 0;
    for result in rendered {
        let (summary, card_len) = result?;
        facts.push(summary);
        len += card_len;
    }
    if len > MAX_CARDS_BYTES {
        return Err(RunError(format!(
            "the fact templates wrote {} MB for the facts of `{}`, over factsheet's limit of {} MB \
             (a loop in a template?)",
            len >> 20,
            page_template(texts.target),
            MAX_CARDS_BYTES >> 20
        )));
    }
    Ok((facts, len))
}

/// The fact at `index` through the fact template (and the notes template, when the format has
/// one): its summary, and the length of its card and notes.
fn render_fact(
    outline: &Outline<'_>,
    texts: &fact::Texts,
    templates: &Templates,
    index: usize,
    buffer: &mut Vec<u8>,
) -> Result<(Shared<FactSummary>, usize), RunError> {
    let target = texts.target;
    let statement = fact::statement(outline.facts[index], target);
    let fact = fact::view(outline, texts, index, &statement);
    let what = FactName(fact.id);
    let context = templates.variable(&what, "fact", &fact)?;
    let mut piece = |name| -> Result<Markup, RunError> {
        buffer.clear();
        templates.render_to(name, &what, &context, buffer, MAX_CARD_BYTES)?;
        let text = std::str::from_utf8(buffer).map_err(|e| {
            RunError(format!(
                "template `{name}` rendered {what} as invalid UTF-8: {e}"
            ))
        })?;
        // Trailing white space removed, so that the page template places it as it likes.
        Ok(Markup::new(text.trim_end()))
    };
    let card = piece(fact_template(target))?;
    let notes = match notes_template(target) {
        name if templates.has(name) => piece(name)?,
        _ => Markup::new(""),
    };
    let len = card.as_str().len() + notes.as_str().len();
    let summary = Shared::new(&FactSummary {
        id: fact.id.to_owned(),
        number: fact.number,
        anchor: fact.anchor.to_owned(),
        statement: statement.clone(),
        card,
        notes,
    });
    Ok((summary, len))
}

/// "fact `id`", for messages; written out only when there is a message.
struct FactName<'a>(&'a str);

impl std::fmt::Display for FactName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "fact `{}`", self.0)
    }
}
