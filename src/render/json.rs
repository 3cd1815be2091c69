//! `briefing.json`: the briefing as one JSON document, for dashboards and CMSs. It is made from
//! the same outline and groups as the templates' views, so it has the facts in the same order,
//! with the same numbers, anchors, classes, counts and lists; only the writing differs. Its
//! texts are as the facts file gives them (white space folded), never escaped for a format;
//! inline Markdown (statements, the summary) comes as text, as safe Markdown and as HTML. A
//! list names a fact by its id; the fact itself is in `facts`, once.
//!
//! These types are also the document's JSON Schema (`factsheet schema --briefing`): their doc
//! comments are its descriptions.

use super::Rendered;
use super::fact::given;
use super::groups::{self, Citations, Class, Groups};
use super::outline::Outline;
use super::view::Totals;
use crate::check::Support;
use crate::diff::{Change, Diff, Num, Style, describe, describe_briefing, describe_source_changes};
use crate::error::RunError;
use crate::load::model::{Date, Qualifier};
use crate::load::spanned::Spanned;
use crate::markdown::{self, Target};
use crate::text::{self, collapse_spaces};
use rayon::prelude::*;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter, PrettyFormatter};
use std::io;

/// The version of the document's shape, in `version`.
pub const VERSION: u32 = 1;

/// A factsheet briefing: the facts of a checked facts file, in briefing order, with their
/// sources, quotes and figures, and the lists the HTML and Markdown briefings show. Written by
/// `factsheet generate --format json` as briefing.json.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "factsheet briefing")]
pub struct BriefingData<'a> {
    /// The version of this document's shape. It changes when a field is removed or changes
    /// meaning.
    pub version: u32,
    /// The briefing's title.
    pub title: String,
    /// The day the briefing is as of.
    #[schemars(with = "Date")]
    pub as_of: String,
    /// The one-paragraph lead; null when the facts file gives none.
    pub summary: Option<Inline>,
    /// What changed since an earlier version of the facts file (`generate --since`); null
    /// without it.
    pub changes: Option<Changes<'a>>,
    /// Every fact, in briefing order: topic by topic, topics in order of first appearance,
    /// the facts file's order within a topic.
    pub facts: Vec<Fact<'a>>,
    /// The ids of the facts whose figures lead the briefing, in order: those that
    /// `briefing.key_figures` lists, or else every fact with a figure, in briefing order.
    pub key_figures: Vec<&'a str>,
    /// Measures that two or more facts give figures for (every fact's figure, whether
    /// `key_figures` shows it or not), in order of first appearance.
    pub comparisons: Vec<Comparison<'a>>,
    /// The facts grouped by topic, topics in order of first appearance.
    pub sections: Vec<Section<'a>>,
    /// The dated facts by day, oldest first.
    pub timeline: Vec<TimelineDay<'a>>,
    /// The places facts are located in, in alphabetical order (whatever the case).
    pub places: Vec<Place<'a>>,
    /// Every source, in the order of its number: the order in which the briefing first cites
    /// them, then those never cited.
    pub sources: Vec<Source<'a>>,
    pub totals: Totals,
}

/// Inline Markdown from the facts file (a statement, the summary) in three forms.
#[derive(Serialize, JsonSchema)]
pub struct Inline {
    /// Plain text: what a reader reads, without markup (a link's text without its address).
    pub text: String,
    /// Markdown as the Markdown briefing writes it: raw HTML escaped, only http(s) and in-page
    /// links kept.
    pub markdown: String,
    /// HTML as the HTML briefing writes it (inline elements only): raw HTML escaped, only
    /// http(s) and in-page links kept. In-page links point into briefing.html.
    pub html: String,
}

impl Inline {
    fn new(field: &str) -> Inline {
        Inline {
            text: markdown::text(field),
            markdown: markdown::inline(field, Target::Markdown),
            html: markdown::inline(field, Target::Html),
        }
    }
}

/// One fact.
#[derive(Serialize, JsonSchema)]
pub struct Fact<'a> {
    pub id: &'a str,
    /// Its number in the briefing: 1, 2, ... in briefing order.
    pub number: usize,
    /// Its anchor in briefing.html (`fact-<id>`).
    pub anchor: &'a str,
    pub statement: Inline,
    pub topic: String,
    pub location: Option<String>,
    /// The day of the event.
    #[schemars(with = "Option<Date>")]
    pub date: Option<String>,
    /// Whose claim this is, when it is not established fact.
    pub claimed_by: Option<String>,
    pub figure: Option<Figure>,
    /// The sources the fact cites, each once, in order of first citation, with the quotes of
    /// all its citations.
    pub sources: Vec<CitedSource<'a>>,
    /// How many quotes its citations give.
    pub quote_count: usize,
    /// How many distinct sources state the fact as the statement words it (those with
    /// `support` `states`).
    pub source_count: usize,
    /// How many of them are independent: 1 when the fact has `claimed_by` (they all relay one
    /// original claimant), otherwise those that run no other's copy (`same_copy`).
    pub original_sources: usize,
    /// The sources that state it in the same words as another around the quote (one copy,
    /// such as a wire story both ran), in citation order.
    pub same_copy: Vec<SameCopy<'a>>,
    /// Who checked the fact against its sources by hand.
    pub verified_by: Option<String>,
    #[schemars(with = "Option<Date>")]
    pub verified_on: Option<String>,
}

/// A source that runs another's copy of a fact.
#[derive(Serialize, JsonSchema)]
pub struct SameCopy<'a> {
    /// The source's id, and its number in the source list.
    pub source: &'a str,
    pub number: usize,
    /// The earlier source whose copy it runs: its id and number.
    pub of: &'a str,
    pub of_number: usize,
    /// Words both read beyond the quote (shortened, "..." where cut), or the dateline both
    /// carry when `wire`.
    pub words: String,
    /// Whether the two are one copy by the agency's dateline both carry ("(Reuters)"), however
    /// each edited it.
    pub wire: bool,
}

/// A fact's headline number.
#[derive(Serialize, JsonSchema)]
pub struct Figure {
    /// The number.
    pub value: Num,
    /// The number as the briefings write it, with thousands separators: `1,597`.
    pub value_text: String,
    /// How the source qualifies the number.
    #[schemars(with = "Option<Qualifier>")]
    pub qualifier: Option<&'static str>,
    pub label: String,
    /// The time the number covers, in words.
    pub period: Option<String>,
    /// What is counted; figures of the same measure are in `comparisons`.
    pub measure: Option<String>,
    /// Whether the figure is among the `key_figures` that lead the briefing (otherwise the
    /// briefings show it with its fact).
    pub in_key_figures: bool,
}

/// The class of a citation's support, and its words (white space folded).
fn class(support: &Support) -> (Class, Option<String>) {
    let (class, words) = groups::class(support);
    (class, words.map(collapse_spaces))
}

/// A source that a fact cites.
#[derive(Serialize, JsonSchema)]
pub struct CitedSource<'a> {
    /// The source's id (in `sources`).
    pub source: &'a str,
    /// The source's number in the briefing's source list.
    pub number: usize,
    /// `states` when one of its citations states the fact (or it is cited without a quote),
    /// otherwise as its first citation reports it.
    pub support: Class,
    /// The hedge, whose claim, or the words that deny it, when `support` is `hedged`,
    /// `claimed` or `denied`; otherwise null.
    pub support_words: Option<String>,
    /// Its quotes, in citation order; empty when it is cited without a quote.
    pub quotes: Vec<Quote>,
}

/// A quote: the source's words that support the fact.
#[derive(Serialize, JsonSchema)]
pub struct Quote {
    /// The quote as the facts file gives it (white space folded), without quotation marks
    /// around it; `...` or `…` marks words left out.
    pub text: String,
    pub support: Class,
    pub support_words: Option<String>,
}

/// Figures of one measure, side by side.
#[derive(Serialize, JsonSchema)]
pub struct Comparison<'a> {
    /// The measure, as the first of its facts words it.
    pub measure: String,
    /// Its anchor in briefing.html (`measure-<slug>`).
    pub anchor: &'a str,
    /// The facts that give a figure for it, in briefing order.
    pub figures: Vec<ComparedFigure<'a>>,
}

#[derive(Serialize, JsonSchema)]
pub struct ComparedFigure<'a> {
    /// The id of the fact whose figure it is.
    pub fact: &'a str,
    /// Its value as a share of the largest in the comparison (0 to 1), for bar lengths; 0 for
    /// a value of 0 or less, which has no bar.
    pub share: f64,
}

#[derive(Serialize, JsonSchema)]
pub struct Section<'a> {
    pub topic: String,
    /// Its anchor in briefing.html (`topic-<slug>`).
    pub anchor: &'a str,
    /// The ids of its facts, in briefing order.
    pub facts: Vec<&'a str>,
}

#[derive(Serialize, JsonSchema)]
pub struct TimelineDay<'a> {
    #[schemars(with = "Date")]
    pub date: String,
    /// The ids of the facts of that day, in briefing order.
    pub facts: Vec<&'a str>,
}

#[derive(Serialize, JsonSchema)]
pub struct Place<'a> {
    /// As the first fact located there writes it.
    pub name: &'a str,
    /// Its anchor in briefing.html (`place-<slug>`).
    pub anchor: &'a str,
    /// The ids of the facts located there, in briefing order.
    pub facts: Vec<&'a str>,
}

#[derive(Serialize, JsonSchema)]
pub struct Source<'a> {
    pub id: &'a str,
    /// Its number in the source list, as the facts' citations give it.
    pub number: usize,
    /// Its anchor in briefing.html (`source-<id>`).
    pub anchor: &'a str,
    /// The headline; null when the facts file gives none.
    pub title: Option<String>,
    pub publisher: String,
    /// Who wrote it; null when the facts file does not say.
    pub author: Option<String>,
    #[schemars(with = "Option<Date>")]
    pub published: Option<String>,
    /// The article's address, percent-encoded as the briefings link to it.
    pub url: Option<String>,
    /// The address of an archived copy of the article, percent-encoded as the briefings link
    /// to it.
    pub archive_url: Option<String>,
    /// The day the article was read or saved.
    #[schemars(with = "Option<Date>")]
    pub accessed: Option<String>,
    /// What a reader should know about the source.
    pub note: Option<String>,
    /// The language it is written in, a BCP 47 tag (`de`, `fr-CH`), by which its quotes'
    /// numbers were read; null when the facts file does not say.
    pub language: Option<&'a str>,
    /// The ids of the facts that cite it, in briefing order.
    pub cited_by: Vec<&'a str>,
}

/// What changed since an earlier version of the facts file.
#[derive(Serialize, JsonSchema)]
pub struct Changes<'a> {
    /// The git revision compared with, as given to `--since` (`HEAD~1`). Readers are shown
    /// `date` and `commit` instead: `HEAD` names another commit tomorrow, they do not.
    pub since: String,
    /// The first 7 digits of the hash of the revision's commit; null when the changes are not
    /// from a git revision.
    pub commit: Option<&'a str>,
    /// The day of that commit (its committer date, in the committer's time zone).
    #[schemars(with = "Option<Date>")]
    pub date: Option<String>,
    /// The ids of the new facts, in briefing order.
    pub added: Vec<&'a str>,
    /// The facts that changed, in briefing order.
    pub changed: Vec<ChangedFact<'a>>,
    /// The facts that are gone, in the order of the earlier file.
    pub removed: Vec<RemovedFact<'a>>,
    /// The sources added, removed and changed, in words, as the briefings show them.
    pub sources: Vec<String>,
    /// What changed in the `briefing:` block, in words, as the briefings show it.
    pub briefing: Vec<String>,
}

#[derive(Serialize, JsonSchema)]
pub struct ChangedFact<'a> {
    /// The fact's id.
    pub fact: &'a str,
    /// The earlier statement, when the statement changed; otherwise null.
    pub was: Option<Inline>,
    /// Every other change in words, as the briefings show it:
    /// `Russian soldiers killed: 498 → 512 (+14, +2.8%)`.
    pub details: Vec<String>,
    /// Every change field by field, as `factsheet diff --format json` gives it.
    pub changes: &'a [Change],
}

#[derive(Serialize, JsonSchema)]
pub struct RemovedFact<'a> {
    pub id: &'a str,
    /// Its statement in the earlier version.
    pub statement: Inline,
}

/// briefing.json, pretty-printed with a final newline.
pub fn render(
    outline: &Outline<'_>,
    groups: &Groups<'_>,
    changes: Option<&Diff>,
) -> Result<Rendered, RunError> {
    let document = briefing(outline, groups, changes);
    let mut bytes = Vec::with_capacity(64 * 1024);
    let mut writer = serde_json::Serializer::with_formatter(&mut bytes, Visible::default());
    // Plain data with string keys always serialises.
    document
        .serialize(&mut writer)
        .map_err(|e| RunError(format!("briefing.json could not be written: {e}")))?;
    let mut content = String::from_utf8(bytes)
        .map_err(|e| RunError(format!("briefing.json could not be written: {e}")))?;
    content.push('\n');
    Ok(Rendered {
        name: "briefing.json",
        content,
    })
}

/// serde_json's pretty printing, with each character of a string that may not stand in a
/// briefing made U+FFFD, as the pages have it (`text::without_forbidden`): its `html` is put
/// in pages as it is, and a reader of JSON gets the same text as the pages' reader.
#[derive(Default)]
struct Visible(PrettyFormatter<'static>);

impl Formatter for Visible {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        writer.write_all(text::without_forbidden(fragment).as_bytes())
    }

    /// Control characters below U+0020 come here, not as fragments.
    fn write_char_escape<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        escape: CharEscape,
    ) -> io::Result<()> {
        let control = match escape {
            CharEscape::Backspace => Some('\u{8}'),
            CharEscape::FormFeed => Some('\u{c}'),
            CharEscape::AsciiControl(byte) => Some(char::from(byte)),
            _ => None,
        };
        match control {
            Some(c) => self.write_string_fragment(writer, &c.to_string()),
            None => CompactFormatter.write_char_escape(writer, escape),
        }
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W, f: bool) -> io::Result<()> {
        self.0.begin_array_value(w, f)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, f: bool) -> io::Result<()> {
        self.0.begin_object_key(w, f)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// The document, from the outline and its groups.
fn briefing<'a>(
    outline: &'a Outline<'a>,
    groups: &'a Groups<'a>,
    changes: Option<&'a Diff>,
) -> BriefingData<'a> {
    let briefing = &outline.file.briefing.value;
    let ids = |places: &[usize]| -> Vec<&'a str> {
        (places.iter())
            .map(|&i| outline.facts[i].id.value.as_str())
            .collect()
    };
    let facts = (0..outline.facts.len())
        .into_par_iter()
        .map(|index| fact(outline, index))
        .collect();
    BriefingData {
        version: VERSION,
        title: collapse_spaces(&briefing.title.value),
        as_of: briefing.as_of.value.to_string(),
        summary: briefing.summary.as_ref().map(|s| Inline::new(&s.value)),
        changes: changes.map(|diff| self::changes(outline, diff)),
        facts,
        key_figures: ids(&outline.key_figures),
        comparisons: comparisons(outline, groups),
        sections: sections(outline),
        timeline: (groups.timeline.iter())
            .map(|(date, facts)| TimelineDay {
                date: date.to_string(),
                facts: ids(facts),
            })
            .collect(),
        places: (groups.places.iter())
            .map(|place| Place {
                name: place.name,
                anchor: &place.anchor,
                facts: ids(&place.facts),
            })
            .collect(),
        sources: sources(outline, groups),
        totals: outline.totals.clone(),
    }
}

/// The fact at `index` in briefing order.
fn fact<'a>(outline: &'a Outline<'a>, index: usize) -> Fact<'a> {
    let fact = outline.facts[index];
    let text = |t: &Spanned<String>| collapse_spaces(&t.value);
    let day = |d: &Spanned<Date>| d.value.to_string();
    let Citations {
        groups,
        quote_count,
        stating,
        original,
        copies,
    } = groups::citations(outline, index);
    let sources = (groups.into_iter())
        .map(|group| {
            let (support, support_words) = class(group.support);
            CitedSource {
                source: outline.file.sources[group.source].id.value.as_str(),
                number: outline.source_numbers[group.source],
                support,
                support_words,
                quotes: (group.quotes.into_iter())
                    .map(|(quote, how)| {
                        let (support, support_words) = class(how);
                        Quote {
                            text: collapse_spaces(quote),
                            support,
                            support_words,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    Fact {
        id: fact.id.value.as_str(),
        number: index + 1,
        anchor: &outline.fact_anchors[index],
        statement: Inline::new(&fact.statement.value),
        topic: collapse_spaces(fact.topic.value.trim()),
        location: fact.location.as_ref().map(text),
        date: fact.date.as_ref().map(day),
        claimed_by: fact.claimed_by.as_ref().map(text),
        figure: fact.figure.as_ref().map(|f| {
            let f = &f.value;
            Figure {
                value: Num(f.number()),
                value_text: crate::format::number(f.number()),
                qualifier: f.qualifier.as_ref().map(|q| q.value.0),
                label: text(&f.label),
                period: f.period.as_ref().map(text),
                measure: f.measure.as_ref().map(text),
                in_key_figures: outline.in_panel[index],
            }
        }),
        sources,
        quote_count,
        source_count: stating,
        original_sources: original,
        same_copy: (copies.iter())
            .map(|c| SameCopy {
                source: outline.file.sources[c.source].id.value.as_str(),
                number: outline.source_numbers[c.source],
                of: outline.file.sources[c.of].id.value.as_str(),
                of_number: outline.source_numbers[c.of],
                words: collapse_spaces(&c.words),
                wire: c.wire,
            })
            .collect(),
        verified_by: fact.verified_by.as_ref().map(text),
        verified_on: fact.verified_on.as_ref().map(day),
    }
}

fn comparisons<'a>(outline: &Outline<'a>, groups: &'a Groups<'a>) -> Vec<Comparison<'a>> {
    (groups.comparisons.iter())
        .map(|compared| {
            let figure = outline.facts[compared.named_by].figure.as_ref();
            let measure = figure.and_then(|f| f.value.measure.as_ref());
            Comparison {
                measure: measure.map_or_else(String::new, |m| collapse_spaces(&m.value)),
                anchor: &compared.anchor,
                figures: (compared.figures.iter())
                    .map(|&(i, share)| ComparedFigure {
                        fact: outline.facts[i].id.value.as_str(),
                        share,
                    })
                    .collect(),
            }
        })
        .collect()
}

fn sections<'a>(outline: &'a Outline<'a>) -> Vec<Section<'a>> {
    let mut start = 0;
    (outline.topics.iter())
        .map(|(topic, anchor, count)| {
            let facts = outline.facts[start..start + count].iter();
            start += count;
            Section {
                topic: collapse_spaces(topic),
                anchor: anchor.as_str(),
                facts: facts.map(|f| f.id.value.as_str()).collect(),
            }
        })
        .collect()
}

fn sources<'a>(outline: &'a Outline<'a>, groups: &'a Groups<'a>) -> Vec<Source<'a>> {
    (groups.sources.iter())
        .map(|&i| {
            let source = &outline.file.sources[i];
            Source {
                id: source.id.value.as_str(),
                number: outline.source_numbers[i],
                anchor: &outline.source_anchors[i],
                title: given(source.title.as_ref()).map(collapse_spaces),
                publisher: collapse_spaces(&source.publisher.value),
                author: given(source.author.as_ref()).map(collapse_spaces),
                published: source.published.as_ref().map(|d| d.value.to_string()),
                url: (source.url.as_ref()).map(|u| markdown::address(&u.value.0).into_owned()),
                archive_url: (source.archive_url.as_ref())
                    .map(|u| markdown::address(&u.value.0).into_owned()),
                accessed: source.accessed.as_ref().map(|d| d.value.to_string()),
                note: given(source.note.as_ref()).map(collapse_spaces),
                language: source.language.as_ref().map(|l| l.value.as_str()),
                cited_by: (groups.cited_by[i].iter())
                    .map(|&f| outline.facts[f].id.value.as_str())
                    .collect(),
            }
        })
        .collect()
}

/// What changed, from `diff` (whose new file is the briefing's).
fn changes<'a>(outline: &Outline<'a>, diff: &'a Diff) -> Changes<'a> {
    let style = Style {
        text: &collapse_spaces,
        readers: true,
    };
    let groups::Changes { added, changed } = groups::changes(diff, outline);
    let id = |i: usize| outline.facts[i].id.value.as_str();
    Changes {
        since: collapse_spaces(
            diff.since
                .as_ref()
                .map_or("the earlier version", |r| &r.typed),
        ),
        commit: diff.since.as_ref().map(|r| r.short()),
        date: diff.since.as_ref().map(|r| r.date.to_string()),
        added: added.into_iter().map(id).collect(),
        changed: (changed.into_iter())
            .map(|(index, c)| ChangedFact {
                fact: id(index),
                was: c.changes.iter().find_map(|change| match change {
                    Change::Statement { old, .. } => Some(Inline::new(old)),
                    _ => None,
                }),
                details: (c.changes.iter())
                    .flat_map(|change| describe(change, &style))
                    .collect(),
                changes: &c.changes,
            })
            .collect(),
        removed: (diff.removed.iter())
            .map(|f| RemovedFact {
                id: &f.id,
                statement: Inline::new(&f.statement),
            })
            .collect(),
        sources: describe_source_changes(&diff.sources, &style),
        briefing: describe_briefing(&diff.briefing, &style),
    }
}
