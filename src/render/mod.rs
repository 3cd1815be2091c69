//! Render: the briefing in each format, into the `Output` the caller gives (memory, or a file
//! being written or compared by `write`). Nothing here opens a file.

mod builtin;
pub mod markdown;
mod templates;
pub mod view;

use crate::diff::Diff;
use crate::load::RunError;
use crate::load::model::FactsFile;
use markdown::Target;
use rayon::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
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
    /// The files of these formats, in the order that [`render_into`] gives them.
    pub fn file_names(self) -> impl Iterator<Item = &'static str> {
        self.targets().iter().map(|&target| file_name(target))
    }

    fn targets(self) -> &'static [Target] {
        match self {
            Formats::Md => &[Target::Markdown],
            Formats::Html => &[Target::Html],
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
    fact: &'a view::FactView<'a>,
}

/// Where a page is rendered to: memory, or a file being written or compared (`write::Pending`).
pub trait Output: std::io::Write + Send {
    /// The output's own failure (a full disk), which explains a failed page better than the
    /// template error that wraps it.
    fn failure(&mut self) -> Option<RunError> {
        None
    }
}

impl Output for Vec<u8> {}

/// Renders the chosen formats in memory; see [`render_into`].
pub fn render(
    file: &FactsFile,
    on_file: &[bool],
    templates: &Templates,
    formats: Formats,
    changes: Option<&Diff>,
) -> Result<Vec<Rendered>, RunError> {
    let open = |_: &'static str| Ok(Vec::new());
    let pages = render_into(
        file,
        on_file,
        templates,
        formats,
        changes,
        &open,
        &AtomicBool::new(false),
    )?;
    formats
        .targets()
        .iter()
        .zip(pages)
        .map(|(&target, page)| {
            let name = file_name(target);
            let content = String::from_utf8(page)
                .map_err(|e| RunError(format!("{name} was rendered as invalid UTF-8: {e}")))?;
            Ok(Rendered { name, content })
        })
        .collect()
}

/// Renders the chosen formats (`on_file` tells, for each source, whether its text was read)
/// into the outputs that `open` gives for each file name, in the order of
/// [`Formats::file_names`]. `changes` (from `generate --since`) adds a "What changed" section
/// at the top. Once `stop` is set (the rules found an error, so the briefing will not be used),
/// the rendering ends early with an error.
pub fn render_into<O: Output>(
    file: &FactsFile,
    on_file: &[bool],
    templates: &Templates,
    formats: Formats,
    changes: Option<&Diff>,
    open: &(dyn Fn(&'static str) -> Result<O, RunError> + Sync),
    stop: &AtomicBool,
) -> Result<Vec<O>, RunError> {
    let layout = view::Layout::new(file, on_file);
    // One format after the other, so that only one format's cards are made at a time: Markdown
    // first, the smaller, while the rules (which `generate` runs beside the rendering) still
    // hold their texts; the HTML cards, the largest part, once the rules are done.
    formats
        .targets()
        .iter()
        .map(|&target| {
            render_format(
                &layout,
                target,
                templates,
                changes,
                || open(file_name(target)),
                stop,
            )
        })
        .collect()
}

/// The briefing in one format, into the output that `open` gives. A built-in page is written
/// as its facts' cards are made, a few thousand at a time on every core, so the cards are never
/// all held at once; a page template gets every fact's card at once.
pub fn render_format<O: Output>(
    layout: &view::Layout<'_>,
    target: Target,
    templates: &Templates,
    changes: Option<&Diff>,
    open: impl FnOnce() -> Result<O, RunError>,
    stop: &AtomicBool,
) -> Result<O, RunError> {
    let texts = view::SharedTexts::new(layout, target);
    let written = templates.page(target);
    let summaries = match written {
        Some(_) => summaries(layout, target, stop)?,
        None => facts(layout, &texts, templates, stop)?,
    };
    stopped(stop)?;
    let mut out = open()?;
    let mut stoppable = Stoppable {
        out: &mut out,
        stop,
    };
    let rendered = match written {
        Some(writer) => {
            let mut cards = Cards {
                layout,
                texts: &texts,
                summaries: &summaries,
                templates,
                stop,
                first: 0,
                made: Vec::new(),
            };
            written_page(
                layout,
                &summaries,
                target,
                writer,
                &mut cards,
                changes,
                &mut stoppable,
            )
        }
        None => page(
            layout,
            &summaries,
            target,
            templates,
            changes,
            &mut stoppable,
        ),
    };
    crate::background::drop_later(summaries);
    rendered.map(|()| out)
}

/// Every fact's summary without its card: what a page names a fact by. On every core.
fn summaries(
    layout: &view::Layout<'_>,
    target: Target,
    stop: &AtomicBool,
) -> Result<Vec<FactSummary>, RunError> {
    stopped(stop)?;
    Ok((0..layout.facts.len())
        .into_par_iter()
        .with_max_len(256)
        .map(|index| {
            let (id, anchor) = layout.id(index);
            FactSummary {
                id,
                number: index + 1,
                anchor,
                statement: view::statement(layout, index, target),
                card: view::Text::markup(""),
                notes: view::Text::markup(""),
            }
        })
        .collect())
}

/// Every fact through the fact template of `texts`' format: the facts' summaries in briefing
/// order, with their cards.
fn facts(
    layout: &view::Layout<'_>,
    texts: &view::SharedTexts<'_>,
    templates: &Templates,
    stop: &AtomicBool,
) -> Result<Vec<FactSummary>, RunError> {
    let mut summaries = summaries(layout, texts.target(), stop)?;
    let made = cards(
        layout,
        texts,
        templates,
        &summaries,
        0..summaries.len(),
        stop,
    )?;
    for (summary, (card, notes)) in summaries.iter_mut().zip(made) {
        summary.card = card;
        summary.notes = notes;
    }
    Ok(summaries)
}

/// The card and notes of each fact in `range` (indexes in briefing order), on every core.
fn cards(
    layout: &view::Layout<'_>,
    texts: &view::SharedTexts<'_>,
    templates: &Templates,
    summaries: &[FactSummary],
    range: std::ops::Range<usize>,
    stop: &AtomicBool,
) -> Result<Vec<(view::Text, view::Text)>, RunError> {
    let made: Vec<Result<_, RunError>> = range
        .into_par_iter()
        // Small tasks, so that both cores finish together; one buffer per task.
        .with_max_len(64)
        .map_init(
            || String::with_capacity(8 * 1024),
            |buffer, index| {
                stopped(stop)?;
                let fact = view::fact(layout, texts, index, &summaries[index].statement);
                card(&fact, templates, texts.target(), buffer)
            },
        )
        .collect();
    // The first failure in briefing order, so that the message is the same on every run.
    made.into_iter().collect()
}

/// The facts' cards for a page writer, made a few thousand at a time on every core as the page
/// asks for them in briefing order.
struct Cards<'a> {
    layout: &'a view::Layout<'a>,
    texts: &'a view::SharedTexts<'a>,
    summaries: &'a [FactSummary],
    templates: &'a Templates,
    stop: &'a AtomicBool,
    /// The index of the first fact in `made`.
    first: usize,
    /// The card and notes of the facts from `first` on.
    made: Vec<(view::Text, view::Text)>,
}

/// Facts whose cards are made together: enough to keep every core busy, few enough that their
/// cards take a few megabytes.
const CARDS_AT_ONCE: usize = 4096;

impl builtin::pages::Cards for Cards<'_> {
    fn of(&mut self, fact: &FactSummary) -> Result<(&view::Text, &view::Text), RunError> {
        let index = fact.number - 1;
        if !(self.first..self.first + self.made.len()).contains(&index) {
            let end = (index + CARDS_AT_ONCE).min(self.summaries.len());
            let (layout, texts, summaries) = (self.layout, self.texts, self.summaries);
            self.made = cards(
                layout,
                texts,
                self.templates,
                summaries,
                index..end,
                self.stop,
            )?;
            self.first = index;
        }
        let (card, notes) = &self.made[index - self.first];
        Ok((card, notes))
    }
}

/// A page written by its built-in writer.
fn written_page(
    layout: &view::Layout<'_>,
    facts: &[FactSummary],
    target: Target,
    writer: builtin::pages::PageWriter,
    cards: &mut Cards<'_>,
    changes: Option<&Diff>,
    out: &mut impl Output,
) -> Result<(), RunError> {
    let facts: Vec<&FactSummary> = facts.iter().collect();
    let mut view = view::page(layout, &facts, target);
    view.changes = changes.map(|diff| view::changes(diff, layout, &facts, target));
    writer
        .write(&view, cards, out)
        .map_err(|failure| match failure {
            builtin::pages::Failure::Card(e) => e,
            builtin::pages::Failure::Output(e) => out
                .failure()
                .unwrap_or_else(|| RunError(format!("cannot write {}: {e}", file_name(target)))),
        })
}

/// The page of one target through its page template, around its facts' summaries, into `out`.
fn page(
    layout: &view::Layout<'_>,
    facts: &[FactSummary],
    target: Target,
    templates: &Templates,
    changes: Option<&Diff>,
    out: &mut impl Output,
) -> Result<(), RunError> {
    // Each fact once as a template value, named from every list that has it.
    let facts: Vec<Shared<FactSummary>> = facts.par_iter().map(Shared::new).collect();
    let mut view = view::page(layout, &facts, target);
    view.changes = changes.map(|diff| view::changes(diff, layout, &facts, target));
    let view = view::Briefing::new(view);
    let context = templates.context(&"the briefing", &view)?;
    let rendered = templates
        .render_context(file_name(target), &"the briefing", &context, out)
        .map_err(|e| out.failure().unwrap_or(e));
    crate::background::drop_later((view, context, facts));
    rendered
}

/// An error once `stop` is set.
fn stopped(stop: &AtomicBool) -> Result<(), RunError> {
    if stop.load(Ordering::Relaxed) {
        return Err(RunError(STOPPED.to_owned()));
    }
    Ok(())
}

const STOPPED: &str = "the rendering was stopped";

/// A page's output that fails once `stop` is set, so that a page ends early too: a page
/// template runs for a few tenths of a second on a large fact base.
struct Stoppable<'a, O> {
    out: &'a mut O,
    stop: &'a AtomicBool,
}

impl<O: Output> Stoppable<'_, O> {
    fn go_on(&self) -> std::io::Result<()> {
        if self.stop.load(Ordering::Relaxed) {
            return Err(std::io::Error::other(STOPPED));
        }
        Ok(())
    }
}

impl<O: Output> std::io::Write for Stoppable<'_, O> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.go_on()?;
        self.out.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.go_on()?;
        self.out.write_all(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

impl<O: Output> Output for Stoppable<'_, O> {
    fn failure(&mut self) -> Option<RunError> {
        match self.stop.load(Ordering::Relaxed) {
            true => Some(RunError(STOPPED.to_owned())),
            false => self.out.failure(),
        }
    }
}

/// The card of a fact, and its notes (empty when the format has no notes template).
fn card(
    fact: &view::FactView,
    templates: &Templates,
    target: Target,
    buffer: &mut String,
) -> Result<(view::Text, view::Text), RunError> {
    let what = FactName(fact.id);
    // One context for both templates of the fact, made only if tera renders one of them.
    let mut context = None;
    let mut piece = |name: &str| -> Result<view::Text, RunError> {
        buffer.clear();
        if let Some(card) = templates.card(name) {
            card.write(fact, buffer);
        } else {
            let context = match &mut context {
                Some(context) => context,
                empty => empty.insert(templates.context(&what, &FactContext { fact })?),
            };
            let mut bytes = std::mem::take(buffer).into_bytes();
            templates.render_context(name, &what, context, &mut bytes)?;
            *buffer = String::from_utf8(bytes).map_err(|e| {
                RunError(format!(
                    "template `{name}` rendered {what} as invalid UTF-8: {}",
                    e.utf8_error()
                ))
            })?;
        }
        Ok(view::Text::markup(buffer.trim_end()))
    };
    let card = piece(fact_template(target))?;
    let notes_name = notes_template(target);
    let notes = if templates.has(notes_name) {
        piece(notes_name)?
    } else {
        view::Text::markup("")
    };
    Ok((card, notes))
}

/// "fact `id`", for messages; written out only when there is a message.
struct FactName<'a>(&'a view::Text);

impl std::fmt::Display for FactName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "fact `{}`", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    /// The clean fixture's facts file, loaded.
    fn clean() -> crate::load::Loaded {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/clean/facts.yaml");
        crate::load::load_facts(&path).unwrap()
    }

    /// Renders the clean fixture with `stop` as given; how many outputs were opened.
    fn opened(stop: bool) -> (Result<Vec<Vec<u8>>, RunError>, usize) {
        let loaded = clean();
        let file = loaded.content.as_ref().unwrap();
        let templates = Templates::builtin().unwrap();
        let count = AtomicUsize::new(0);
        let open = |_: &'static str| {
            count.fetch_add(1, Ordering::Relaxed);
            Ok(Vec::new())
        };
        let on_file = vec![true; file.sources.len()];
        let stop = AtomicBool::new(stop);
        let result = render_into(file, &on_file, &templates, Formats::All, None, &open, &stop);
        (result, count.into_inner())
    }

    /// An output that sets `stop` once it has been given `after` bytes.
    struct Stopping<'a> {
        written: &'a AtomicUsize,
        after: usize,
        stop: &'a AtomicBool,
    }

    impl std::io::Write for Stopping<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.written.fetch_add(buf.len(), Ordering::Relaxed) + buf.len() >= self.after {
                self.stop.store(true, Ordering::Relaxed);
            }
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Output for Stopping<'_> {}

    /// A fact base of `n` facts, each citing one source.
    fn many_facts(n: usize) -> crate::load::model::FactsFile {
        let mut yaml = String::from(
            "briefing:\n  title: T\n  as_of: 2022-03-03\nsources:\n  - id: s\n    title: A\n    \
             publisher: P\nfacts:\n",
        );
        for i in 0..n {
            yaml.push_str(&format!(
                "  - id: f{i}\n    statement: Fact number {i} is a fact.\n    topic: T{}\n    \
                 location: L{}\n    date: 2022-03-0{}\n    sources:\n      - source: s\n        \
                 quote: a quote\n",
                i % 7,
                i % 5,
                i % 3 + 1
            ));
        }
        crate::load::parse_facts(&yaml).0.unwrap()
    }

    #[test]
    fn a_page_written_as_its_cards_are_made_is_the_page_of_the_templates() {
        // More facts than are made at once, so that sections and their notes span batches.
        let file = many_facts(CARDS_AT_ONCE + 1000);
        let on_file = vec![true; file.sources.len()];
        let builtin = Templates::builtin().unwrap();
        assert!(builtin.page(Target::Html).is_some());
        let written = render(&file, &on_file, &builtin, Formats::All, None).unwrap();
        let through_tera = render(
            &file,
            &on_file,
            &builtin.all_through_tera(),
            Formats::All,
            None,
        );
        assert!(written == through_tera.unwrap(), "the pages differ");
    }

    #[test]
    fn a_page_ends_early_once_the_rendering_is_stopped() {
        let file = many_facts(2000);
        let on_file = vec![true; file.sources.len()];
        // The built-in page's writer, and a page template through tera.
        for templates in [
            Templates::builtin().unwrap(),
            Templates::builtin().unwrap().all_through_tera(),
        ] {
            let whole = render(&file, &on_file, &templates, Formats::Html, None).unwrap()[0]
                .content
                .len();
            let (stop, written) = (AtomicBool::new(false), AtomicUsize::new(0));
            // The rules find an error once the page has begun.
            let open = |_: &'static str| {
                Ok(Stopping {
                    written: &written,
                    after: 100,
                    stop: &stop,
                })
            };
            let result = render_into(
                &file,
                &on_file,
                &templates,
                Formats::Html,
                None,
                &open,
                &stop,
            );
            let error = result.err().map(|e| e.0).unwrap_or_default();
            assert!(error.contains(STOPPED), "{error}");
            let written = written.into_inner();
            assert!(
                written < whole / 4,
                "{written} of {whole} bytes were rendered"
            );
        }
    }

    #[test]
    fn a_stopped_rendering_ends_without_opening_an_output() {
        let (result, count) = opened(false);
        assert!(result.is_ok_and(|pages| pages.iter().all(|p| !p.is_empty())));
        assert_eq!(count, 2);
        let (result, count) = opened(true);
        assert!(result.is_err());
        assert_eq!(count, 0, "no page was begun");
    }

    #[test]
    fn a_stopped_rendering_renders_no_fact() {
        let loaded = clean();
        let file = loaded.content.as_ref().unwrap();
        let layout = view::Layout::new(file, &[]);
        let templates = Templates::builtin().unwrap();
        let texts = view::SharedTexts::new(&layout, Target::Html);
        for (stop, renders) in [(false, true), (true, false)] {
            let stop_now = AtomicBool::new(stop);
            let result = facts(&layout, &texts, &templates, &stop_now);
            assert_eq!(result.is_ok(), renders, "stop: {stop}");
            let result = summaries(&layout, Target::Html, &stop_now);
            assert_eq!(result.is_ok(), renders, "stop: {stop}");
        }
    }
}
