//! The built-in page templates (`templates/briefing.html` with `briefing.css`, and
//! `briefing.md`), written out in Rust.

use super::super::templates::BUILTIN_CSS;
use super::super::view::{
    ChangesView, Comparison, Day, FactSummary, Page, Shared, SourceView, Text,
};
use super::{Pen, truthy};
use crate::load::RunError;
use std::io::Write;

/// The page as a page writer sees it: each fact by its summary.
pub type PageView<'s> = Page<&'s FactSummary>;

/// A page template that has a writer here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageWriter {
    /// `briefing.html`, with the built-in `briefing.css`.
    Html,
    /// `briefing.md`
    Markdown,
}

/// Where a page writer gets each fact's card and notes, as the fact templates rendered them
/// (trailing white space removed). The facts are asked for in briefing order.
pub trait Cards {
    fn of(&mut self, fact: &FactSummary) -> Result<(&Text, &Text), RunError>;
}

/// Why a page could not be written.
#[derive(Debug)]
pub enum Failure {
    /// The output failed.
    Output(std::io::Error),
    /// A card could not be made.
    Card(RunError),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Failure {
        Failure::Output(e)
    }
}

impl From<RunError> for Failure {
    fn from(e: RunError) -> Failure {
        Failure::Card(e)
    }
}

/// The page is handed to the output in pieces of about this size.
const PIECE: usize = 1 << 16;

impl PageWriter {
    /// Writes what the built-in page template renders for `page` into `out`, with each fact's
    /// card from `cards`.
    pub fn write(
        self,
        page: &PageView<'_>,
        cards: &mut dyn Cards,
        out: &mut dyn Write,
    ) -> Result<(), Failure> {
        let mut buffer = String::with_capacity(2 * PIECE);
        match self {
            PageWriter::Html => html(page, cards, &mut Pen::html(&mut buffer), out)?,
            PageWriter::Markdown => markdown(page, cards, &mut Pen::markdown(&mut buffer), out)?,
        }
        out.write_all(buffer.as_bytes())?;
        Ok(())
    }
}

impl Pen<'_> {
    /// Hands what was written so far to `out` once it is a piece's worth.
    fn hand_over(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        if self.out.len() >= PIECE {
            out.write_all(self.out.as_bytes())?;
            self.out.clear();
        }
        Ok(())
    }
}

/// A day's `text`, as the templates read it.
fn day_text(day: &Shared<Day>) -> &tera::Value {
    day.field("text")
}

/// `templates/briefing.html`.
fn html(
    page: &PageView<'_>,
    cards: &mut dyn Cards,
    pen: &mut Pen<'_>,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    pen.markup(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<title>",
    );
    pen.plain(&page.title);
    pen.markup(" (as of ");
    pen.plain(&page.as_of.text);
    pen.markup(")</title>\n<style>\n");
    pen.markup(BUILTIN_CSS);
    pen.markup(
        "\n</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the briefing</a>\n\
         <header class=\"masthead\">\n<p class=\"kicker\">Briefing as of <time datetime=\"",
    );
    pen.plain(&page.as_of.iso);
    pen.markup("\">");
    pen.plain(&page.as_of.text);
    pen.markup("</time></p>\n<h1>");
    pen.plain(&page.title);
    pen.markup("</h1>");
    if let Some(summary) = page.summary.as_ref().filter(|s| truthy(s)) {
        pen.markup("\n<p class=\"summary\">");
        pen.text(summary);
        pen.markup("</p>");
    }
    pen.markup("\n<p class=\"tally\">");
    tally(page, pen);
    pen.markup(
        ". Each fact links to its sources and shows their words.</p>\n</header>\n\
         <nav class=\"contents\" aria-label=\"Contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>",
    );
    if page.changes.is_some() {
        pen.markup("\n<li><a href=\"#changes\">What changed</a></li>");
    }
    if !page.key_figures.is_empty() {
        pen.markup("\n<li><a href=\"#key-figures\">Key figures</a></li>");
    }
    for section in &page.sections {
        pen.markup("\n<li><a href=\"#");
        pen.plain(&section.anchor);
        pen.markup("\">");
        pen.plain(&section.topic);
        pen.markup("</a></li>");
    }
    if !page.timeline.is_empty() {
        pen.markup("\n<li><a href=\"#timeline\">Timeline</a></li>");
    }
    if !page.places.is_empty() {
        pen.markup("\n<li><a href=\"#places\">Places</a></li>");
    }
    pen.markup("\n<li><a href=\"#sources\">Sources</a></li>\n</ol>\n</nav>\n<main id=\"main\">");
    if let Some(changes) = &page.changes {
        pen.markup(
            "\n<section class=\"changes\" aria-labelledby=\"changes\">\n\
             <h2 id=\"changes\">What changed since ",
        );
        pen.plain(&changes.since);
        pen.markup("</h2>");
        pen.markup("\n<p class=\"changes-tally\">");
        changes_tally(changes, pen);
        pen.markup("</p>");
        if !changes.added.is_empty() {
            pen.markup("\n<h3>New facts</h3>\n<ul>");
            for f in &changes.added {
                pen.markup("\n<li>");
                pen.text(&f.statement);
                pen.markup(" (<a href=\"#");
                pen.text(&f.anchor);
                pen.markup("\">fact ");
                pen.number(f.number);
                pen.markup("</a>)</li>");
            }
            pen.markup("\n</ul>");
        }
        if !changes.changed.is_empty() {
            pen.markup("\n<h3>Changed facts</h3>\n<ul>");
            for c in &changes.changed {
                pen.markup("\n<li>");
                pen.text(&c.fact.statement);
                pen.markup(" (<a href=\"#");
                pen.text(&c.fact.anchor);
                pen.markup("\">fact ");
                pen.number(c.fact.number);
                pen.markup("</a>)");
                let was = c.was.as_ref().filter(|w| truthy(w));
                if was.is_some() || !c.details.is_empty() {
                    pen.markup("\n<ul class=\"what-changed\">");
                    if let Some(was) = was {
                        pen.markup("\n<li>Previously: ");
                        pen.text(was);
                        pen.markup("</li>");
                    }
                    for d in &c.details {
                        pen.markup("\n<li>");
                        pen.plain(d);
                        pen.markup("</li>");
                    }
                    pen.markup("\n</ul>");
                }
                pen.markup("\n</li>");
            }
            pen.markup("\n</ul>");
        }
        if !changes.removed.is_empty() {
            pen.markup("\n<h3>Removed facts</h3>\n<ul>");
            for f in &changes.removed {
                pen.markup("\n<li>");
                pen.text(&f.statement);
                pen.markup("</li>");
            }
            pen.markup("\n</ul>");
        }
        pen.markup("\n</section>");
    }
    if !page.key_figures.is_empty() {
        pen.markup(
            "\n<section class=\"figures\" aria-labelledby=\"key-figures\">\n\
             <h2 id=\"key-figures\">Key figures</h2>\n<ul class=\"figure-grid\">",
        );
        for f in &page.key_figures {
            pen.markup("\n<li class=\"figure-card\">\n<span class=\"figure-value\">");
            pen.plain(&f.value);
            pen.markup("</span>\n<span class=\"figure-label\">");
            pen.plain(&f.label);
            pen.markup("</span>");
            if let Some(claimed_by) = f.claimed_by.as_ref().filter(|c| truthy(c)) {
                pen.markup("\n<span class=\"figure-who\">according to ");
                pen.text(claimed_by);
                pen.markup("</span>");
            }
            pen.markup("\n<a class=\"figure-fact\" href=\"#");
            if let Some(fact) = f.fact {
                pen.text(&fact.anchor);
                pen.markup("\">Fact ");
                pen.number(fact.number);
            }
            pen.markup("</a>\n</li>");
        }
        pen.markup("\n</ul>");
        for c in &page.comparisons {
            comparison_chart(c, pen);
        }
        pen.markup("\n</section>");
    }
    for section in &page.sections {
        pen.markup("\n<section class=\"topic\" aria-labelledby=\"");
        pen.plain(&section.anchor);
        pen.markup("\">\n<h2 id=\"");
        pen.plain(&section.anchor);
        pen.markup("\">");
        pen.plain(&section.topic);
        pen.markup("</h2>\n<ol class=\"facts\">");
        for &fact in &section.facts {
            pen.markup("\n");
            pen.text(cards.of(fact)?.0);
            pen.hand_over(out)?;
        }
        pen.markup("\n</ol>\n</section>");
    }
    if !page.timeline.is_empty() {
        pen.markup(
            "\n<section class=\"timeline\" aria-labelledby=\"timeline\">\n\
             <h2 id=\"timeline\">Timeline</h2>\n<ol class=\"days\">",
        );
        for day in &page.timeline {
            pen.markup("\n<li>\n<h3><time datetime=\"");
            pen.value(day.date.field("iso"));
            pen.markup("\">");
            pen.value(day_text(&day.date));
            pen.markup("</time></h3>\n<ul>");
            for f in &day.facts {
                pen.markup("\n<li><a href=\"#");
                pen.text(&f.anchor);
                pen.markup("\">");
                pen.number(f.number);
                pen.markup("</a> ");
                pen.text(&f.statement);
                pen.markup("</li>");
            }
            pen.markup("\n</ul>\n</li>");
            pen.hand_over(out)?;
        }
        pen.markup("\n</ol>\n</section>");
    }
    if !page.places.is_empty() {
        pen.markup(
            "\n<section class=\"places\" aria-labelledby=\"places\">\n\
             <h2 id=\"places\">Places</h2>\n<dl>",
        );
        for place in &page.places {
            pen.markup("\n<div id=\"");
            pen.plain(&place.anchor);
            pen.markup("\">\n<dt>");
            pen.plain(&place.name);
            pen.markup("</dt>\n<dd>");
            for (i, f) in place.facts.iter().enumerate() {
                if i > 0 {
                    pen.markup(", ");
                }
                pen.markup("<a href=\"#");
                pen.text(&f.anchor);
                pen.markup("\" title=\"Fact ");
                pen.number(f.number);
                pen.markup("\">");
                pen.number(f.number);
                pen.markup("</a>");
            }
            pen.markup("</dd>\n</div>");
            pen.hand_over(out)?;
        }
        pen.markup("\n</dl>\n</section>");
    }
    pen.markup(
        "\n<section class=\"sources\" aria-labelledby=\"sources\">\n\
         <h2 id=\"sources\">Sources</h2>\n<ol>",
    );
    for s in &page.sources {
        html_source(s, pen);
        pen.hand_over(out)?;
    }
    pen.markup("\n</ol>\n</section>\n</main>\n<footer class=\"colophon\">\n<p>");
    tally(page, pen);
    pen.markup(".");
    checked(page, pen);
    pen.markup("</p>\n</footer>\n</body>\n</html>\n");
    Ok(())
}

/// `3 facts from 2 sources`
fn tally(page: &PageView<'_>, pen: &mut Pen<'_>) {
    pen.number(page.totals.facts);
    pen.markup(" fact");
    pen.plural(page.totals.facts);
    pen.markup(" from ");
    pen.number(page.totals.sources);
    pen.markup(" source");
    pen.plural(page.totals.sources);
}

/// `2 facts added, 1 changed, 0 removed.`
fn changes_tally(changes: &ChangesView<&FactSummary>, pen: &mut Pen<'_>) {
    if changes.added.is_empty() && changes.changed.is_empty() && changes.removed.is_empty() {
        pen.markup("No fact was added, changed or removed.");
    } else {
        pen.number(changes.added.len());
        pen.markup(" fact");
        pen.plural(changes.added.len());
        pen.markup(" added, ");
        pen.number(changes.changed.len());
        pen.markup(" changed, ");
        pen.number(changes.removed.len());
        pen.markup(" removed.");
    }
}

/// The colophon's sentence on how many facts were checked.
fn checked(page: &PageView<'_>, pen: &mut Pen<'_>) {
    let totals = &page.totals;
    if totals.all_checked {
        pen.markup(" Every fact was checked by factsheet against the quoted words of its sources.");
    } else {
        pen.markup(" ");
        pen.number(totals.checked_facts);
        pen.markup(" of ");
        pen.number(totals.facts);
        pen.markup(
            " facts were checked by factsheet against the quoted words of their sources; the \
             others cite a source without a quote or without its text on file.",
        );
    }
}

/// A comparison's figure and bar chart, in `briefing.html`.
fn comparison_chart(c: &Comparison<&FactSummary>, pen: &mut Pen<'_>) {
    let rows = c.figures.len();
    pen.markup("\n<figure class=\"comparison\" id=\"");
    pen.plain(&c.anchor);
    pen.markup("\">\n<figcaption><strong>");
    pen.plain(&c.measure);
    pen.markup("</strong>: the ");
    pen.number(rows);
    pen.markup(" figures side by side, with who gives each</figcaption>\n");
    pen.markup("<svg class=\"chart\" viewBox=\"0 0 320 ");
    pen.number(rows * 46 + 4);
    pen.markup("\" role=\"img\" aria-labelledby=\"");
    pen.plain(&c.anchor);
    pen.markup("-title ");
    pen.plain(&c.anchor);
    pen.markup("-desc\">\n<title id=\"");
    pen.plain(&c.anchor);
    pen.markup("-title\">");
    pen.plain(&c.measure);
    pen.markup("</title>\n<desc id=\"");
    pen.plain(&c.anchor);
    pen.markup("-desc\">");
    for (i, f) in c.figures.iter().enumerate() {
        if i > 0 {
            pen.markup("; ");
        }
        pen.plain(&f.figure.value);
        match f.figure.claimed_by.as_ref().filter(|c| truthy(c)) {
            Some(claimed_by) => {
                pen.markup(" according to ");
                pen.text(claimed_by);
            }
            None => pen.markup(", not attributed"),
        }
        if let Some(date) = &f.figure.date {
            pen.markup(" (");
            pen.value(day_text(date));
            pen.markup(")");
        }
    }
    pen.markup("</desc>");
    for (i, f) in c.figures.iter().enumerate() {
        let top = i * 46;
        pen.markup("\n<text class=\"chart-label\" x=\"0\" y=\"");
        pen.number(top + 13);
        pen.markup("\">");
        match f.figure.claimed_by.as_ref().filter(|c| truthy(c)) {
            Some(claimed_by) => pen.text(claimed_by),
            None => pen.markup("not attributed"),
        }
        if let Some(date) = &f.figure.date {
            pen.markup(", ");
            pen.value(day_text(date));
        }
        pen.markup("</text>\n<rect class=\"chart-bar\" x=\"0\" y=\"");
        pen.number(top + 19);
        pen.markup("\" width=\"");
        pen.markup(&bar(f.share, 2.0));
        pen.markup("\" height=\"20\" rx=\"2\"></rect>\n<text class=\"chart-value\" x=\"");
        pen.markup(&bar(f.share, 8.0));
        pen.markup("\" y=\"");
        pen.number(top + 34);
        pen.markup("\">");
        pen.plain(&f.figure.value);
        pen.markup("</text>");
    }
    pen.markup("\n</svg>\n</figure>");
}

/// `(share * 220 + plus) | round(precision=1)`, written as tera writes a float.
fn bar(share: f64, plus: f64) -> String {
    let length = share * 220.0 + plus;
    format!("{:?}", (10.0 * length).round() / 10.0)
}

/// A source in the list of `briefing.html`.
fn html_source(s: &SourceView<&FactSummary>, pen: &mut Pen<'_>) {
    pen.markup("\n<li id=\"");
    pen.text(&s.anchor);
    pen.markup("\">\n<span class=\"publisher\">");
    pen.text(&s.publisher);
    pen.markup("</span>, <cite>");
    pen.text(&s.title);
    pen.markup("</cite>");
    if let Some(published) = &s.published {
        pen.markup(", <time datetime=\"");
        pen.plain(&published.iso);
        pen.markup("\">");
        pen.plain(&published.text);
        pen.markup("</time>");
    }
    pen.markup(".");
    if let Some(url) = s.url.as_ref().filter(|u| truthy(u)) {
        pen.markup("\n<a class=\"address\" href=\"");
        pen.text(url);
        pen.markup("\">");
        pen.text(url);
        pen.markup("</a>");
    }
    pen.markup("\n<span class=\"cited-by\">");
    if s.cited_by.is_empty() {
        pen.markup("Not cited by any fact.");
    } else {
        pen.markup("Cited by fact");
        pen.plural(s.cited_by.len());
        pen.markup(" ");
        for (i, f) in s.cited_by.iter().enumerate() {
            if i > 0 {
                pen.markup(", ");
            }
            pen.markup("<a href=\"#");
            pen.text(&f.anchor);
            pen.markup("\">");
            pen.number(f.number);
            pen.markup("</a>");
        }
        pen.markup(".");
    }
    pen.markup("</span>\n</li>");
}

/// `templates/briefing.md`.
fn markdown(
    page: &PageView<'_>,
    cards: &mut dyn Cards,
    pen: &mut Pen<'_>,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    pen.markup("# ");
    pen.markup(&page.title);
    pen.markup("\n\n**As of** ");
    pen.markup(&page.as_of.text);
    pen.markup(". ");
    tally(page, pen);
    pen.markup("; the words of each source are in the notes.");
    if let Some(summary) = page.summary.as_ref().filter(|s| truthy(s)) {
        pen.markup("\n\n");
        pen.text(summary);
    }
    if let Some(changes) = &page.changes {
        pen.markup("\n\n## What changed since ");
        pen.markup(&changes.since);
        pen.markup("\n\n");
        changes_tally(changes, pen);
        if !changes.added.is_empty() {
            pen.markup("\n\n### New facts\n");
            for f in &changes.added {
                pen.markup("\n- ");
                pen.text(&f.statement);
                pen.markup(" (fact ");
                pen.number(f.number);
                pen.markup(")");
            }
        }
        if !changes.changed.is_empty() {
            pen.markup("\n\n### Changed facts\n");
            for c in &changes.changed {
                pen.markup("\n- ");
                pen.text(&c.fact.statement);
                pen.markup(" (fact ");
                pen.number(c.fact.number);
                pen.markup(")");
                if let Some(was) = c.was.as_ref().filter(|w| truthy(w)) {
                    pen.markup("\n  - Previously: ");
                    pen.text(was);
                }
                for d in &c.details {
                    pen.markup("\n  - ");
                    pen.markup(d);
                }
            }
        }
        if !changes.removed.is_empty() {
            pen.markup("\n\n### Removed facts\n");
            for f in &changes.removed {
                pen.markup("\n- ");
                pen.text(&f.statement);
            }
        }
    }
    if !page.key_figures.is_empty() {
        pen.markup("\n\n## Key figures\n");
        for f in &page.key_figures {
            pen.markup("\n- **");
            pen.markup(&f.value);
            pen.markup("** ");
            pen.markup(&f.label);
            if let Some(claimed_by) = f.claimed_by.as_ref().filter(|c| truthy(c)) {
                pen.markup(", according to ");
                pen.text(claimed_by);
            }
            pen.markup(" (fact ");
            if let Some(fact) = f.fact {
                pen.number(fact.number);
            }
            pen.markup(")");
        }
        for c in &page.comparisons {
            pen.markup("\n\n### ");
            pen.markup(&c.measure);
            pen.markup(
                ": the figures side by side\n\n| Figure | According to | Date | Fact |\n\
                 | ---: | --- | --- | ---: |",
            );
            for f in &c.figures {
                pen.markup("\n| ");
                pen.markup(&f.figure.value);
                pen.markup(" | ");
                match f.figure.claimed_by.as_ref().filter(|c| truthy(c)) {
                    Some(claimed_by) => pen.text(claimed_by),
                    None => pen.markup("not attributed"),
                }
                pen.markup(" | ");
                match &f.figure.date {
                    Some(date) => pen.value(day_text(date)),
                    None => pen.markup("not dated"),
                }
                pen.markup(" | ");
                if let Some(fact) = f.figure.fact {
                    pen.number(fact.number);
                }
                pen.markup(" |");
            }
        }
    }
    let mut notes = String::new();
    for section in &page.sections {
        pen.markup("\n\n## ");
        pen.markup(&section.topic);
        pen.markup("\n");
        // The section's notes follow all its cards.
        notes.clear();
        for &fact in &section.facts {
            let (card, fact_notes) = cards.of(fact)?;
            pen.markup("\n");
            pen.text(card);
            notes.push_str(super::str(fact_notes));
            pen.hand_over(out)?;
        }
        pen.markup("\n");
        pen.markup(&notes);
        pen.hand_over(out)?;
    }
    if !page.timeline.is_empty() {
        pen.markup("\n\n## Timeline\n");
        for day in &page.timeline {
            pen.markup("\n- **");
            pen.value(day_text(&day.date));
            pen.markup("**: ");
            for (i, f) in day.facts.iter().enumerate() {
                if i > 0 {
                    pen.markup("; ");
                }
                pen.text(&f.statement);
                pen.markup(" (fact ");
                pen.number(f.number);
                pen.markup(")");
            }
            pen.hand_over(out)?;
        }
    }
    if !page.places.is_empty() {
        pen.markup("\n\n## Places\n");
        for place in &page.places {
            pen.markup("\n- **");
            pen.markup(&place.name);
            pen.markup("**: fact");
            pen.plural(place.facts.len());
            pen.markup(" ");
            numbers(&place.facts, pen);
            pen.hand_over(out)?;
        }
    }
    pen.markup("\n\n## Sources\n");
    for s in &page.sources {
        pen.markup("\n");
        pen.number(s.number);
        pen.markup(". **");
        pen.text(&s.publisher);
        pen.markup("**, “");
        pen.text(&s.title);
        pen.markup("”");
        if let Some(published) = &s.published {
            pen.markup(", ");
            pen.markup(&published.text);
        }
        pen.markup(".");
        if let Some(url) = s.url.as_ref().filter(|u| truthy(u)) {
            pen.markup(" ");
            pen.text(url);
        }
        pen.markup(" ");
        if s.cited_by.is_empty() {
            pen.markup("Not cited by any fact.");
        } else {
            pen.markup("Cited by fact");
            pen.plural(s.cited_by.len());
            pen.markup(" ");
            numbers(&s.cited_by, pen);
            pen.markup(".");
        }
        pen.hand_over(out)?;
    }
    pen.markup("\n\n---\n\n");
    tally(page, pen);
    pen.markup(".");
    checked(page, pen);
    pen.markup("\n");
    Ok(())
}

/// `1, 4, 9`: the facts' numbers.
fn numbers(facts: &[&FactSummary], pen: &mut Pen<'_>) {
    for (i, f) in facts.iter().enumerate() {
        if i > 0 {
            pen.markup(", ");
        }
        pen.number(f.number);
    }
}
