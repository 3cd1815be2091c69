//! One fact's view for the fact template, and the texts of the sources that its citations
//! name, written once for the format.

use super::outline::Outline;
use super::view::{AlsoReported, CitationView, FactView, FigureView, Markup};
use crate::check::Support;
use crate::load::model::Fact;
use crate::load::spanned::Spanned;
use crate::markdown::{self, Target};
use crate::text::collapse_spaces;

/// A source's texts, written for one format: made once and named by all its citations.
pub struct SourceTexts {
    pub id: String,
    /// `source-<id>`: its anchor in HTML.
    pub anchor: String,
    pub publisher: String,
    pub title: String,
    pub url: Option<String>,
}

/// Each source's texts, written once for a format: every citation of it names them.
pub struct Texts {
    pub target: Target,
    /// In the order of the facts file.
    pub sources: Vec<SourceTexts>,
}

impl Texts {
    pub fn new(outline: &Outline<'_>, target: Target) -> Texts {
        let sources = (outline.file.sources.iter())
            .map(|s| SourceTexts {
                id: s.id.value.to_string(),
                anchor: format!("source-{}", s.id.value),
                publisher: plain(&s.publisher.value, target),
                title: plain(&s.title.value, target),
                url: s.url.as_ref().map(|u| url(&u.value.0, target)),
            })
            .collect();
        Texts { target, sources }
    }
}

/// Plain text from the facts file, written for the format: white space folded for HTML (whose
/// templates escape it), escaped for Markdown.
pub fn plain(s: &str, target: Target) -> String {
    match target {
        Target::Html => collapse_spaces(s),
        Target::Markdown => markdown::escape(s),
    }
}

/// An address as the format writes it: as it is for HTML (the template escapes it), in angle
/// brackets for a Markdown link destination.
fn url(address: &str, target: Target) -> String {
    match target {
        Target::Html => address.to_owned(),
        Target::Markdown => markdown::link_destination(address),
    }
}

/// The statement of a fact, rendered for `target`.
pub fn statement(fact: &Fact, target: Target) -> Markup {
    Markup::new(&markdown::inline(&fact.statement.value, target))
}

/// The view of the fact at `index` (in briefing order) for the fact template, with its
/// `statement` rendered and its sources' texts written for `target`.
pub fn view<'a>(
    outline: &'a Outline<'_>,
    texts: &'a Texts,
    index: usize,
    statement: &'a Markup,
) -> FactView<'a> {
    let target = texts.target;
    let fact = outline.facts[index];
    let number = index + 1;
    let support = outline.support(index);
    let mut citations = Vec::with_capacity(fact.sources.value.len());
    // The distinct sources that state the fact, and those that only report it.
    let mut stating: Vec<usize> = Vec::new();
    let mut reporting: Vec<(usize, &Support)> = Vec::new();
    for (k, (citation, source)) in fact
        .sources
        .value
        .iter()
        .zip(outline.cited(index))
        .enumerate()
    {
        let Some(i) = *source else { continue };
        let how = support.get(k).unwrap_or(&Support::States);
        if how.states() {
            if !stating.contains(&i) {
                stating.push(i);
            }
        } else if !reporting.iter().any(|(r, _)| *r == i) {
            reporting.push((i, how));
        }
        let source = &texts.sources[i];
        let (name, words) = support_words(how, target);
        citations.push(CitationView {
            source_id: &source.id,
            source_number: outline.source_numbers[i],
            source_anchor: &source.anchor,
            publisher: &source.publisher,
            title: &source.title,
            url: source.url.as_deref(),
            quote: citation
                .quote
                .as_ref()
                .map(|q| q.value.trim())
                .filter(|q| !q.is_empty())
                .map(|q| plain(q, target)),
            label: format!("{number}-{}", k + 1),
            support: name,
            support_words: words,
        });
    }
    // A source that states it in one citation states it, whatever its others do.
    reporting.retain(|(i, _)| !stating.contains(i));
    let also_reported = (reporting.into_iter())
        .map(|(i, how)| {
            let (name, words) = support_words(how, target);
            let source = &texts.sources[i];
            AlsoReported {
                source_number: outline.source_numbers[i],
                source_anchor: &source.anchor,
                publisher: &source.publisher,
                support: name,
                words: words.unwrap_or_default(),
            }
        })
        .collect();
    let text = |t: &Spanned<String>| plain(&t.value, target);
    let claimed_by = fact.claimed_by.as_ref().map(text);
    FactView {
        id: fact.id.value.as_str(),
        number,
        anchor: &outline.fact_anchors[index],
        statement,
        topic: plain(fact.topic.value.trim(), target),
        location: fact.location.as_ref().map(text),
        date: fact.date.as_ref().map(|d| outline.day(&d.value)),
        figure: figure(outline, fact, claimed_by.clone(), target),
        claimed_by,
        citations,
        source_count: stating.len(),
        original_sources: if fact.claimed_by.is_some() {
            stating.len().min(1)
        } else {
            stating.len()
        },
        also_reported,
        verified_by: fact.verified_by.as_ref().map(text),
        verified_on: fact.verified_on.as_ref().map(|d| outline.day(&d.value)),
    }
}

/// The name of a citation's support for the templates, and the words behind it.
fn support_words(support: &Support, target: Target) -> (&'static str, Option<String>) {
    match support {
        Support::States => ("states", None),
        Support::Hedged(words) => ("hedged", Some(plain(words, target))),
        Support::Claimed(words) => ("claimed", Some(plain(words, target))),
    }
}

/// The fact's figure, if it gives one, with whose claim it is (`claimed_by`, written for the
/// format).
pub fn figure(
    outline: &Outline<'_>,
    fact: &Fact,
    claimed_by: Option<String>,
    target: Target,
) -> Option<FigureView> {
    let f = &fact.figure.as_ref()?.value;
    let number = f.number();
    Some(FigureView {
        value: crate::format::number(number),
        number,
        qualifier: f.qualifier.as_ref().map(|q| q.value.0),
        label: plain(&f.label.value, target),
        period: f.period.as_ref().map(|p| plain(&p.value, target)),
        measure: f.measure.as_ref().map(|m| plain(&m.value, target)),
        claimed_by,
        date: fact.date.as_ref().map(|d| outline.day(&d.value)),
        fact: None,
    })
}
