//! The built-in fact templates (`templates/fact.html`, `fact.md`, `fact-notes.md`), written
//! out in Rust.

use super::super::view::{CitationView, FactView, Text};
use super::{Pen, str, truthy};

/// A fact template that has a writer here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Card {
    /// `fact.html`
    Html,
    /// `fact.md`
    Markdown,
    /// `fact-notes.md`
    Notes,
}

impl Card {
    /// The card written by the template of this name, when it has a writer here.
    pub fn named(template: &str) -> Option<Card> {
        match template {
            "fact.html" => Some(Card::Html),
            "fact.md" => Some(Card::Markdown),
            "fact-notes.md" => Some(Card::Notes),
            _ => None,
        }
    }

    /// Appends what the built-in template renders for `fact` to `out`.
    pub fn write(self, fact: &FactView, out: &mut String) {
        match self {
            Card::Html => html(fact, &mut Pen::html(out)),
            Card::Markdown => markdown(fact, out),
            Card::Notes => notes(fact, out),
        }
    }
}

/// `templates/fact.html`.
fn html(fact: &FactView, out: &mut Pen<'_>) {
    out.markup("<li class=\"fact\" id=\"");
    out.text(fact.anchor);
    out.markup("\" value=\"");
    out.number(fact.number);
    out.markup("\">\n<p class=\"statement\"><span class=\"fact-number\" aria-hidden=\"true\">");
    out.number(fact.number);
    out.markup("</span> ");
    out.text(fact.statement);
    for c in &fact.citations {
        out.markup("<a class=\"cite\" href=\"#");
        out.text(c.source_anchor);
        out.markup("\" title=\"");
        out.text(c.publisher);
        out.markup("\" aria-label=\"source ");
        out.number(c.source_number);
        out.markup(": ");
        out.text(c.publisher);
        out.markup("\">[");
        out.number(c.source_number);
        out.markup("]</a>");
    }
    out.markup("</p>\n<p class=\"meta\">");
    let meta = Meta::of(fact);
    if let Some((iso, text)) = meta.date {
        out.markup("<time datetime=\"");
        out.value(iso);
        out.markup("\">");
        out.value(text);
        out.markup("</time>");
    }
    if let Some(location) = meta.location {
        if meta.date.is_some() {
            out.markup(" · ");
        }
        out.markup("<span class=\"place\">");
        out.text(location);
        out.markup("</span>");
    }
    if let Some(claimed_by) = meta.claimed_by {
        if meta.date.is_some() || meta.location.is_some() {
            out.markup(" · ");
        }
        out.markup("<span class=\"claim\">according to ");
        out.text(claimed_by);
        out.markup("</span>");
    }
    if meta.date.is_some() || meta.location.is_some() || meta.claimed_by.is_some() {
        out.markup(" · ");
    }
    out.markup("<span class=\"count\">");
    source_count(fact, out.out);
    out.markup("</span></p>");
    if !fact.citations.is_empty() {
        out.markup("\n<details class=\"quotes\">\n<summary>The words of ");
        if fact.citations.len() == 1 {
            out.markup("the source");
        } else {
            out.markup("the ");
            out.number(fact.citations.len());
            out.markup(" sources");
        }
        out.markup("</summary>");
        for c in &fact.citations {
            out.markup("\n<blockquote");
            if let Some(url) = c.url.as_ref().filter(|u| truthy(u)) {
                out.markup(" cite=\"");
                out.text(url);
                out.markup("\"");
            }
            out.markup(">");
            match quote(c) {
                Some(quote) => {
                    out.markup("\n<p>“");
                    out.plain(quote);
                    out.markup("”</p>");
                }
                None => out.markup("\n<p class=\"no-quote\">(cited without a quote)</p>"),
            }
            out.markup("\n<p class=\"attribution\">— <a href=\"#");
            out.text(c.source_anchor);
            out.markup("\">[");
            out.number(c.source_number);
            out.markup("] ");
            out.text(c.publisher);
            out.markup("</a></p>\n</blockquote>");
        }
        out.markup("\n</details>\n<div class=\"quotes-print\">");
        for c in &fact.citations {
            out.markup("\n<p>[");
            out.number(c.source_number);
            out.markup("] ");
            match quote(c) {
                Some(quote) => {
                    out.markup("“");
                    out.plain(quote);
                    out.markup("”");
                }
                None => out.markup("(cited without a quote)"),
            }
            out.markup("</p>");
        }
        out.markup("\n</div>");
    }
    out.markup("\n</li>\n");
}

/// `templates/fact.md`. Markdown templates are not escaped: the view's texts are written for
/// Markdown already.
fn markdown(fact: &FactView, out: &mut String) {
    out.push_str("- **");
    number(fact.number, out);
    out.push_str(".** ");
    out.push_str(str(fact.statement));
    for c in &fact.citations {
        out.push_str("[^");
        out.push_str(&c.label);
        out.push(']');
    }
    out.push_str("\n  ");
    let meta = Meta::of(fact);
    if let Some((_, text)) = meta.date {
        out.push_str(text.as_str().unwrap_or_default());
        out.push_str(" · ");
    }
    if let Some(location) = meta.location {
        out.push_str(str(location));
        out.push_str(" · ");
    }
    if let Some(claimed_by) = meta.claimed_by {
        out.push_str("according to ");
        out.push_str(str(claimed_by));
        out.push_str(" · ");
    }
    source_count(fact, out);
    out.push('\n');
}

/// `templates/fact-notes.md`.
fn notes(fact: &FactView, out: &mut String) {
    for c in &fact.citations {
        out.push_str("\n[^");
        out.push_str(&c.label);
        out.push_str("]: ");
        match quote(c) {
            Some(quote) => {
                out.push('“');
                out.push_str(quote);
                out.push('”');
            }
            None => out.push_str("Cited without a quote."),
        }
        out.push_str(" (");
        out.push_str(str(c.publisher));
        out.push_str(", source ");
        number(c.source_number, out);
        out.push(')');
    }
    out.push('\n');
}

/// The line's optional parts, each only when tera would find it true (a text that is not
/// empty).
struct Meta<'a> {
    /// The day's `iso` and `text`.
    date: Option<(&'a tera::Value, &'a tera::Value)>,
    location: Option<&'a Text>,
    claimed_by: Option<&'a Text>,
}

impl<'a> Meta<'a> {
    fn of(fact: &'a FactView) -> Meta<'a> {
        Meta {
            date: fact
                .date
                .as_ref()
                .map(|day| (day.field("iso"), day.field("text"))),
            location: fact.location.as_deref().filter(|t| truthy(t)),
            claimed_by: fact.claimed_by.as_deref().filter(|t| truthy(t)),
        }
    }
}

/// `3 sources`, or `3 outlets, 1 original source` when they relay one claimant.
fn source_count(fact: &FactView, out: &mut String) {
    if fact.original_sources < fact.source_count {
        number(fact.source_count, out);
        out.push_str(" outlets, ");
        number(fact.original_sources, out);
        out.push_str(" original source");
        out.push_str(plural(fact.original_sources));
    } else {
        number(fact.source_count, out);
        out.push_str(" source");
        out.push_str(plural(fact.source_count));
    }
}

/// tera's `pluralize`.
fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn quote<'a>(c: &'a CitationView<'_>) -> Option<&'a str> {
    c.quote.as_deref().filter(|q| !q.is_empty())
}

fn number(n: usize, out: &mut String) {
    out.push_str(itoa::Buffer::new().format(n));
}
