//! One fact's view for the fact template, and the texts of the sources that its citations
//! name, written once for the format.

use super::groups::{self, SourceGroup};
use super::outline::Outline;
use super::view::{AlsoReported, CitedSource, FactView, FigureView, Markup, QuoteView, SameCopy};
use crate::check::{Copy, Support};
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
    /// The headline; none when not given (or blank).
    pub title: Option<String>,
    pub url: Option<String>,
    /// Who wrote it; none when not given (or blank).
    pub author: Option<String>,
    /// The address of its archived copy.
    pub archive_url: Option<String>,
    /// What a reader should know about it; none when not given (or blank).
    pub note: Option<String>,
    /// The language it is written in (`language`, a BCP 47 tag), for its quotes' `lang`.
    pub language: Option<String>,
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
            .zip(&outline.source_anchors)
            .map(|(s, anchor)| SourceTexts {
                id: s.id.value.to_string(),
                anchor: anchor.clone(),
                publisher: plain(&s.publisher.value, target),
                title: given(s.title.as_ref()).map(|t| plain(t, target)),
                url: s.url.as_ref().map(|u| url(&u.value.0, target)),
                author: given(s.author.as_ref()).map(|t| plain(t, target)),
                archive_url: s.archive_url.as_ref().map(|u| url(&u.value.0, target)),
                note: given(s.note.as_ref()).map(|t| plain(t, target)),
                language: s.language.as_ref().map(|l| l.value.to_string()),
            })
            .collect();
        Texts { target, sources }
    }
}

/// An optional text field, trimmed; none when absent or blank.
pub fn given(field: Option<&Spanned<String>>) -> Option<&str> {
    let text = field?.value.trim();
    (!text.is_empty()).then_some(text)
}

/// The quotation marks for a quote: double ones, or single ones when the quote holds double
/// quotation marks itself (British usage: single outside, double inside), so that its own
/// marks are read as the source's. The quote's characters are left as they are.
pub fn quote_marks(quote: &str) -> (&'static str, &'static str) {
    const DOUBLE: &[char] = &['"', '\u{201C}', '\u{201D}', '\u{201E}', '\u{201F}'];
    if quote.contains(DOUBLE) {
        ("\u{2018}", "\u{2019}")
    } else {
        ("\u{201C}", "\u{201D}")
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

/// An address as the format writes it: percent-encoded for HTML (the template escapes it), in
/// angle brackets for a Markdown link destination; the same address in both.
fn url(address: &str, target: Target) -> String {
    match target {
        Target::Html => markdown::address(address).into_owned(),
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
    let citations = groups::citations(outline, index);
    let sources = cited(outline, texts, index, &citations.groups);
    let also_reported = reported(&sources, |support| support != "denied");
    let denied_by = reported(&sources, |support| support == "denied");
    let text = |t: &Spanned<String>| plain(&t.value, target);
    let claimed_by = fact.claimed_by.as_ref().map(text);
    FactView {
        id: fact.id.value.as_str(),
        number: index + 1,
        anchor: &outline.fact_anchors[index],
        statement,
        topic: plain(fact.topic.value.trim(), target),
        location: fact.location.as_ref().map(text),
        date: fact.date.as_ref().map(|d| outline.day(&d.value)),
        figure: figure(outline, fact, claimed_by.clone(), target),
        figure_in_panel: outline.in_panel[index],
        claimed_by,
        sources,
        quote_count: citations.quote_count,
        source_count: citations.stating,
        original_sources: citations.original,
        also_reported,
        denied_by,
        same_copy: same_copy(outline, texts, citations.copies),
        verified_by: fact.verified_by.as_ref().map(text),
        verified_on: fact.verified_on.as_ref().map(|d| outline.day(&d.value)),
    }
}

/// The sources the fact at `index` cites (`groups`), written for the format.
fn cited<'a>(
    outline: &'a Outline<'_>,
    texts: &'a Texts,
    index: usize,
    groups: &[SourceGroup<'_>],
) -> Vec<CitedSource<'a>> {
    let target = texts.target;
    let number = index + 1;
    (groups.iter().enumerate())
        .map(|(g, group)| {
            let texts_of = &texts.sources[group.source];
            let (support, words_of_source) = support_words(group.support, target);
            let quotes = (group.quotes.iter())
                .map(|&(quote, how)| {
                    let text = plain(quote, target);
                    let (open, close) = quote_marks(&text);
                    let (name, words) = support_words(how, target);
                    QuoteView {
                        own_support: name != support || words != words_of_source,
                        text,
                        open,
                        close,
                        support: name,
                        support_words: words,
                    }
                })
                .collect();
            CitedSource {
                source_id: &texts_of.id,
                source_number: outline.source_numbers[group.source],
                source_anchor: &texts_of.anchor,
                publisher: &texts_of.publisher,
                title: texts_of.title.as_deref(),
                note: texts_of.note.as_deref(),
                url: texts_of.url.as_deref(),
                language: texts_of.language.as_deref(),
                label: format!("{number}-{}", g + 1),
                quotes,
                support,
                support_words: words_of_source,
            }
        })
        .collect()
}

/// The sources that do not state the fact, whose support `wanted` takes, in order of first
/// citation.
fn reported<'a>(
    sources: &[CitedSource<'a>],
    wanted: impl Fn(&str) -> bool,
) -> Vec<AlsoReported<'a>> {
    (sources.iter())
        .filter(|s| s.support != "states" && wanted(s.support))
        .map(|s| AlsoReported {
            source_number: s.source_number,
            source_anchor: s.source_anchor,
            publisher: s.publisher,
            support: s.support,
            words: s.support_words.clone().unwrap_or_default(),
        })
        .collect()
}

/// The sources that state the fact in another's copy, written for the format.
fn same_copy<'a>(outline: &Outline<'_>, texts: &'a Texts, copies: &[Copy]) -> Vec<SameCopy<'a>> {
    (copies.iter())
        .map(|c| {
            let (source, of) = (&texts.sources[c.source], &texts.sources[c.of]);
            SameCopy {
                source_number: outline.source_numbers[c.source],
                source_anchor: &source.anchor,
                publisher: &source.publisher,
                of_number: outline.source_numbers[c.of],
                of_anchor: &of.anchor,
                of_publisher: &of.publisher,
                words: plain(&c.words, texts.target),
                wire: c.wire,
            }
        })
        .collect()
}

/// The name of a citation's support for the templates, and the words behind it.
fn support_words(support: &Support, target: Target) -> (&'static str, Option<String>) {
    let (class, words) = groups::class(support);
    (class.name(), words.map(|w| plain(w, target)))
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

#[cfg(test)]
mod tests {
    use super::quote_marks;

    #[test]
    fn a_quote_that_holds_double_quotation_marks_gets_single_ones() {
        let double = ("\u{201c}", "\u{201d}");
        let single = ("\u{2018}", "\u{2019}");
        assert_eq!(quote_marks("is the first regional capital"), double);
        // Apostrophes and single quotation marks inside: double outside, as usual.
        assert_eq!(
            quote_marks("Russia\u{2019}s \u{2018}bright\u{2019} future"),
            double
        );
        assert_eq!(
            quote_marks(
                "\u{201c}Wars will not be provoked. Stop at the first request, \u{201c}he added."
            ),
            single
        );
        assert_eq!(quote_marks("said \"full control\""), single);
        assert_eq!(quote_marks("\u{201e}so\u{201c}"), single);
    }
}
