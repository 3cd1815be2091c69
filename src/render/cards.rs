//! The built-in fact templates (`templates/fact.html`, `fact.md`, `fact-notes.md`), written
//! out in Rust. tera spends about 17,000 instructions on a card (a map lookup for each field it
//! reads, a value for each expression): a fifth of the instructions of `generate` went to the
//! cards. So a card whose template is the built-in one, text for text, is written here;
//! a template of the user's own goes through tera. Tests hold the two to the same bytes
//! (`tests` below), so a change to a built-in fact template must be made here too.

use super::view::{CitationView, FactView, Text};

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
            Card::Html => html(fact, &mut Html(out)),
            Card::Markdown => markdown(fact, out),
            Card::Notes => notes(fact, out),
        }
    }
}

/// HTML output as tera's autoescape writes it: values not marked safe are escaped.
struct Html<'a>(&'a mut String);

impl Html<'_> {
    fn markup(&mut self, markup: &str) {
        self.0.push_str(markup);
    }

    fn text(&mut self, text: &Text) {
        self.value(text.value());
    }

    fn value(&mut self, value: &tera::Value) {
        let text = value.as_str().unwrap_or_default();
        if value.is_safe() {
            self.0.push_str(text);
        } else {
            super::templates::escape_html_into(text, self.0);
        }
    }

    fn plain(&mut self, text: &str) {
        super::templates::escape_html_into(text, self.0);
    }

    fn number(&mut self, n: usize) {
        number(n, self.0);
    }
}

/// `templates/fact.html`.
fn html(fact: &FactView, out: &mut Html<'_>) {
    out.markup("<li class=\"fact\" id=\"");
    out.text(&fact.anchor);
    out.markup("\" value=\"");
    out.number(fact.number);
    out.markup("\">\n<p class=\"statement\"><span class=\"fact-number\" aria-hidden=\"true\">");
    out.number(fact.number);
    out.markup("</span> ");
    out.text(&fact.statement);
    for c in &fact.citations {
        out.markup("<a class=\"cite\" href=\"#");
        out.text(&c.source_anchor);
        out.markup("\" title=\"");
        out.text(&c.publisher);
        out.markup("\" aria-label=\"source ");
        out.number(c.source_number);
        out.markup(": ");
        out.text(&c.publisher);
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
    source_count(fact, out.0);
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
            out.text(&c.source_anchor);
            out.markup("\">[");
            out.number(c.source_number);
            out.markup("] ");
            out.text(&c.publisher);
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
    out.push_str(str(&fact.statement));
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
        out.push_str(str(&c.publisher));
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
            location: fact.location.as_ref().filter(|t| truthy(t)),
            claimed_by: fact.claimed_by.as_ref().filter(|t| truthy(t)),
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

fn quote(c: &CitationView) -> Option<&str> {
    c.quote.as_deref().filter(|q| !q.is_empty())
}

fn truthy(text: &Text) -> bool {
    !str(text).is_empty()
}

fn str(text: &Text) -> &str {
    text.value().as_str().unwrap_or_default()
}

fn number(n: usize, out: &mut String) {
    out.push_str(itoa::Buffer::new().format(n));
}

#[cfg(test)]
mod tests {
    use super::super::{Formats, Templates, render};
    use super::Card;
    use crate::load::parse_facts;
    use proptest::prelude::*;

    /// Both ways of rendering `yaml`'s facts, when they load: with the built-in fact templates
    /// written here, and with every template through tera.
    fn both_ways(yaml: &str) -> Option<(Vec<String>, Vec<String>)> {
        let file = parse_facts(yaml).0.ok()?;
        let on_file = vec![true; file.sources.len()];
        let pages = |templates: &Templates| -> Vec<String> {
            render(&file, &on_file, templates, Formats::All, None)
                .unwrap()
                .into_iter()
                .map(|page| page.content)
                .collect()
        };
        let builtin = Templates::builtin().unwrap();
        assert_eq!(builtin.card("fact.html"), Some(Card::Html));
        Some((pages(&builtin), pages(&builtin.all_through_tera())))
    }

    #[test]
    fn the_shipped_facts_and_the_fixtures_render_as_through_tera() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for path in [
            "facts.yaml",
            "tests/fixtures/clean/facts.yaml",
            "tests/fixtures/every-rule/facts.yaml",
        ] {
            let yaml = std::fs::read_to_string(root.join(path)).unwrap();
            let (written, through_tera) = both_ways(&yaml).unwrap();
            assert_eq!(written, through_tera, "{path}");
        }
    }

    /// A YAML string of the characters that escaping and Markdown care about, around a
    /// letter (required texts must not be blank).
    fn text() -> impl Strategy<Value = String> {
        "[a-c *_`<>&\"'\\[\\]#\u{a0}\u{2019}\u{e9}-]{0,6}c[a-c *_`<>&\"'\\[\\]#\u{a0}\u{2019}\u{e9}-]{0,6}"
            .prop_map(|s| serde_json::to_string(&s).unwrap_or_default())
    }

    fn optional(key: &'static str) -> impl Strategy<Value = String> {
        proptest::option::of(text())
            .prop_map(move |t| t.map(|t| format!("    {key}: {t}\n")).unwrap_or_default())
    }

    prop_compose! {
        fn source(id: usize)(title in text(), publisher in text(), url in any::<bool>()) -> String {
            let url = if url { "    url: \"https://example.org/a?b=1&c='2'\"\n" } else { "" };
            format!("  - id: s{id}\n    title: {title}\n    publisher: {publisher}\n{url}")
        }
    }

    prop_compose! {
        fn fact(id: usize)(
            statement in text(),
            topic in "[ab]",
            location in optional("location"),
            claimed_by in optional("claimed_by"),
            date in proptest::option::of(1u8..28),
            citations in proptest::collection::vec((0..4usize, proptest::option::of(text())), 0..4),
        ) -> String {
            let date = date.map(|d| format!("    date: 2022-03-{d:02}\n")).unwrap_or_default();
            let citations: String = citations
                .iter()
                .map(|(source, quote)| {
                    let quote = quote.as_ref().map(|q| format!("\n        quote: {q}")).unwrap_or_default();
                    format!("      - source: s{source}{quote}\n")
                })
                .collect();
            let citations = if citations.is_empty() { " []\n".to_owned() } else { format!("\n{citations}") };
            format!("  - id: f{id}\n    statement: {statement}\n    topic: {topic}\n{location}{claimed_by}{date}    sources:{citations}")
        }
    }

    fn facts_file() -> impl Strategy<Value = String> {
        let sources: Vec<_> = (0..3).map(source).collect();
        (sources, proptest::collection::vec(0..1usize, 1..5)).prop_flat_map(|(sources, n)| {
            let facts: Vec<_> = (0..n.len()).map(fact).collect();
            (Just(sources), facts).prop_map(|(sources, facts)| {
                format!(
                    "briefing:\n  title: T\n  as_of: 2022-03-03\nsources:\n{}facts:\n{}",
                    sources.concat(),
                    facts.concat()
                )
            })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn any_facts_render_as_through_tera(yaml in facts_file()) {
            let (written, through_tera) = both_ways(&yaml).expect("the facts load");
            prop_assert_eq!(written, through_tera);
        }
    }
}
