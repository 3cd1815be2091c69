//! The built-in templates (`templates/`), written out in Rust.
//!
//! tera spends about 17,000 instructions on a card (a map lookup for each field it reads, a
//! value for each expression), and a page names every fact four times more: at 100,000 facts
//! tera's maps and lookups were a third of `generate`'s time and a fifth of its memory. So a
//! template that is the built-in one, text for text (a user's unchanged copy too), is written
//! here; a template of the user's own goes through tera. Tests hold the two to the same bytes
//! (`cards::tests`), so a change to a built-in template must be made here too.

pub mod cards;
pub mod pages;

use super::view::Text;

/// Text written for HTML as tera's autoescape writes it (values not marked safe are escaped),
/// or for Markdown, where templates escape nothing (the view's texts are written for Markdown
/// already).
struct Pen<'a> {
    out: &'a mut String,
    html: bool,
}

impl<'a> Pen<'a> {
    fn html(out: &'a mut String) -> Pen<'a> {
        Pen { out, html: true }
    }

    fn markdown(out: &'a mut String) -> Pen<'a> {
        Pen { out, html: false }
    }

    /// The template's own text.
    fn markup(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    /// A view's text: escaped in HTML unless it is markup already.
    fn text(&mut self, text: &Text) {
        self.value(text.value());
    }

    fn value(&mut self, value: &tera::Value) {
        let text = value.as_str().unwrap_or_default();
        if self.html && !value.is_safe() {
            super::templates::escape_html_into(text, self.out);
        } else {
            self.out.push_str(text);
        }
    }

    /// Plain text: escaped in HTML.
    fn plain(&mut self, text: &str) {
        if self.html {
            super::templates::escape_html_into(text, self.out);
        } else {
            self.out.push_str(text);
        }
    }

    fn number(&mut self, n: usize) {
        self.out.push_str(itoa::Buffer::new().format(n));
    }

    /// `s` unless `n` is 1: tera's `pluralize`.
    fn plural(&mut self, n: usize) {
        if n != 1 {
            self.out.push('s');
        }
    }
}

/// Whether tera finds the text true: it is not empty.
fn truthy(text: &Text) -> bool {
    !str(text).is_empty()
}

fn str(text: &Text) -> &str {
    text.value().as_str().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::markdown::Target;
    use super::super::{Formats, Templates, render};
    use super::cards::Card;
    use super::pages::PageWriter;
    use crate::diff::Diff;
    use crate::load::parse_facts;
    use proptest::prelude::*;

    /// Both ways of rendering `yaml`'s facts, when they load, with what changed since `since`
    /// when it is given: with the built-in templates written here, and with every template
    /// through tera.
    fn both_ways(yaml: &str, since: Option<&str>) -> Option<(Vec<String>, Vec<String>)> {
        let file = parse_facts(yaml).0.ok()?;
        let changes = since
            .map(|old| {
                parse_facts(old)
                    .0
                    .map(|old| Diff::new(&old, &file).since("HEAD~1"))
            })
            .transpose()
            .ok()?;
        let on_file = vec![true; file.sources.len()];
        let pages = |templates: &Templates| -> Vec<String> {
            render(&file, &on_file, templates, Formats::All, changes.as_ref())
                .unwrap()
                .into_iter()
                .map(|page| page.content)
                .collect()
        };
        let builtin = Templates::builtin().unwrap();
        assert_eq!(builtin.card("fact.html"), Some(Card::Html));
        assert_eq!(builtin.page(Target::Html), Some(PageWriter::Html));
        assert_eq!(builtin.page(Target::Markdown), Some(PageWriter::Markdown));
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
            let (written, through_tera) = both_ways(&yaml, None).unwrap();
            assert_eq!(written, through_tera, "{path}");
            // Against an earlier version with a fact less, a fact more, and a fact changed.
            let earlier = yaml.replacen("  - id: ", "  - id: earlier-", 1).replacen(
                "statement: \"",
                "statement: \"Earlier, ",
                2,
            );
            let (written, through_tera) = both_ways(&yaml, Some(&earlier)).unwrap();
            assert_eq!(written, through_tera, "{path} with changes");
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
        fn source(id: usize)(
            title in text(),
            publisher in text(),
            url in any::<bool>(),
            published in any::<bool>(),
        ) -> String {
            let url = if url { "    url: \"https://example.org/a?b=1&c='2'\"\n" } else { "" };
            let published = if published { "    published: 2022-03-01\n" } else { "" };
            format!("  - id: s{id}\n    title: {title}\n    publisher: {publisher}\n{url}{published}")
        }
    }

    /// A figure, now and then with a measure that others share (written differently).
    fn figure() -> impl Strategy<Value = String> {
        let value = prop_oneof![
            Just("0"),
            Just("3"),
            Just("1597"),
            Just("-2.5"),
            Just("1000000"),
            Just("0.1")
        ];
        let measure = prop_oneof![
            Just(""),
            Just("\n      measure: \"Dead <b>\""),
            Just("\n      measure: \" dead  <B>\""),
            Just("\n      measure: Hurt")
        ];
        proptest::option::of((value, text(), measure)).prop_map(|f| {
            f.map(|(value, label, measure)| {
                format!("    figure:\n      value: {value}\n      label: {label}{measure}\n")
            })
            .unwrap_or_default()
        })
    }

    prop_compose! {
        fn fact(id: usize)(
            statement in text(),
            topic in prop_oneof![3 => "[ab]".prop_map(String::from), 1 => text()],
            location in optional("location"),
            claimed_by in optional("claimed_by"),
            date in proptest::option::of(1u8..28),
            figure in figure(),
            verified_by in optional("verified_by"),
            verified_on in any::<bool>(),
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
            let verified_on = if verified_on { "    verified_on: 2022-03-04\n" } else { "" };
            format!("  - id: f{id}\n    statement: {statement}\n    topic: {topic}\n{location}{claimed_by}{date}{figure}{verified_by}{verified_on}    sources:{citations}")
        }
    }

    fn facts_file() -> impl Strategy<Value = String> {
        let sources: Vec<_> = (0..3).map(source).collect();
        let briefing = (text(), proptest::option::of(text()));
        (
            briefing,
            sources,
            proptest::collection::vec(0..1usize, 1..5),
        )
            .prop_flat_map(|((title, summary), sources, n)| {
                let summary = summary
                    .map(|s| format!("  summary: {s}\n"))
                    .unwrap_or_default();
                let briefing =
                    format!("briefing:\n  title: {title}\n  as_of: 2022-03-03\n{summary}");
                let facts: Vec<_> = (0..n.len()).map(fact).collect();
                (Just(briefing), Just(sources), facts).prop_map(|(briefing, sources, facts)| {
                    format!(
                        "{briefing}sources:\n{}facts:\n{}",
                        sources.concat(),
                        facts.concat()
                    )
                })
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn any_facts_render_as_through_tera(
            yaml in facts_file(),
            earlier in proptest::option::of(facts_file()),
        ) {
            let (written, through_tera) =
                both_ways(&yaml, earlier.as_deref()).expect("the facts load");
            prop_assert_eq!(written, through_tera);
        }
    }
}
