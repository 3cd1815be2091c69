//! The data templates receive: typed views built from the facts, with every text ready for the
//! template's format (inline Markdown rendered, plain text escaped for Markdown output; HTML
//! templates escape plain text themselves). Lists are in a fixed order, so output is stable.
//!
//! A briefing is rendered in two steps. Each fact goes through the fact template on its own
//! (`fact`: a [`FactView`]); then the page template gets a [`Briefing`] in which every mention
//! of a fact (in its section, the timeline, the places, the sources, the key figures) is one
//! shared [`FactSummary`] that carries the fact's rendered card. The page never holds all the
//! facts' details at once, which keeps a large briefing small in memory. The built-in pages are
//! written from the same layout ([`Page`]) with plain references to the summaries.

use super::markdown::{self, Target};
use crate::diff::{Change, Diff, Style, describe};
use crate::load::model::{Date, Fact, FactsFile};
use crate::text::collapse_spaces;
use ahash::AHashMap as HashMap;
use serde::{Serialize, Serializer};
use std::borrow::Cow;
use std::marker::PhantomData;

/// The page of one format, with each mention of a fact as an `F`: a template value
/// (`Shared<FactSummary>`) for the page templates, or a reference for the built-in pages' writers.
#[derive(Debug)]
pub struct Page<F> {
    pub title: String,
    pub as_of: Day,
    /// Rendered inline Markdown.
    pub summary: Option<Text>,
    /// What changed since an earlier version (`generate --since`); none without it.
    pub changes: Option<ChangesView<F>>,
    /// Every fact with a figure, in briefing order.
    pub key_figures: Vec<FigureView<F>>,
    /// Measures that two or more facts give figures for, side by side.
    pub comparisons: Vec<Comparison<F>>,
    /// Facts grouped by topic, topics in the order they first appear.
    pub sections: Vec<Section<F>>,
    /// Dated facts by date, oldest first.
    pub timeline: Vec<TimelineDay<F>>,
    /// Places in alphabetical order, each with its facts.
    pub places: Vec<Place<F>>,
    /// Sources in the order they are first cited, then those never cited.
    pub sources: Vec<SourceView<F>>,
    pub totals: Totals,
}

/// The page as the page templates receive it (`briefing.html`, `briefing.md`): a [`Page`] whose
/// long lists are template values already.
#[derive(Debug, Serialize)]
pub struct Briefing {
    pub title: String,
    pub as_of: Day,
    pub summary: Option<Text>,
    pub changes: Option<ChangesView<Shared<FactSummary>>>,
    pub key_figures: Shared<Vec<FigureView>>,
    pub comparisons: Shared<Vec<Comparison<Shared<FactSummary>>>>,
    pub sections: Shared<Vec<Section<Shared<FactSummary>>>>,
    pub timeline: Shared<Vec<TimelineDay<Shared<FactSummary>>>>,
    pub places: Shared<Vec<Place<Shared<FactSummary>>>>,
    pub sources: Shared<Vec<SourceView<Shared<FactSummary>>>>,
    pub totals: Totals,
}

impl Briefing {
    /// The page's lists made into template values, each on the first free core: together they
    /// name every fact four times, which is most of the page's own work.
    pub fn new(page: Page<Shared<FactSummary>>) -> Briefing {
        let Page {
            title,
            as_of,
            summary,
            changes,
            key_figures,
            comparisons,
            sections,
            timeline,
            places,
            sources,
            totals,
        } = page;
        let ((sections, timeline), (sources, (key_figures, comparisons, places))) = rayon::join(
            || rayon::join(|| Shared::new(&sections), || Shared::new(&timeline)),
            || {
                rayon::join(
                    || Shared::new(&sources),
                    || {
                        (
                            Shared::new(&key_figures),
                            Shared::new(&comparisons),
                            Shared::new(&places),
                        )
                    },
                )
            },
        );
        Briefing {
            title,
            as_of,
            summary,
            changes,
            key_figures,
            comparisons,
            sections,
            timeline,
            places,
            sources,
            totals,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Day {
    /// `2022-03-02`
    pub iso: String,
    /// `2 March 2022`
    pub text: String,
}

impl Day {
    fn new(date: &Date) -> Day {
        Day {
            iso: date.to_string(),
            text: date.0.strftime("%-d %B %Y").to_string(),
        }
    }
}

/// A fact wherever the page names it: in its section, the timeline, the places, the sources,
/// the key figures and the changes.
#[derive(Debug, Serialize)]
pub struct FactSummary {
    pub id: Text,
    /// Facts are numbered 1, 2, ... in the order of the briefing.
    pub number: usize,
    /// `fact-<id>`: the fact's anchor in HTML.
    pub anchor: Text,
    /// Rendered inline Markdown.
    pub statement: Text,
    /// The fact as the fact template (`fact.html`, `fact.md`) rendered it, trailing white
    /// space removed. Empty where a built-in page is written, which gets each card as it goes
    /// (`render::Cards`).
    pub card: Text,
    /// What the notes template (`fact-notes.md`) rendered for it: the footnotes that follow
    /// the section's list. Empty when the format has no notes template.
    pub notes: Text,
}

/// A view turned into a template value once and then shared: template values are reference
/// counted, so a fact named in five lists is held once.
pub struct Shared<T> {
    value: tera::Value,
    view: PhantomData<T>,
}

impl<T: Serialize> Shared<T> {
    pub fn new(view: &T) -> Shared<T> {
        Shared {
            value: tera::Value::from_serializable(view),
            view: PhantomData,
        }
    }
}

impl<T> Shared<T> {
    /// The template value.
    pub fn value(&self) -> &tera::Value {
        &self.value
    }
}

impl Shared<Day> {
    /// A field of the day (`iso`, `text`) as the templates see it (a day has both; another
    /// name gives none).
    pub fn field<'a>(&'a self, name: &'a str) -> &'a tera::Value {
        static NONE: std::sync::LazyLock<tera::Value> = std::sync::LazyLock::new(tera::Value::none);
        self.value.get_from_path(name).unwrap_or(&NONE)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared {
            value: self.value.clone(),
            view: PhantomData,
        }
    }
}

impl<T> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Shared({})", self.value)
    }
}

impl<T> Serialize for Shared<T> {
    /// Into a template context this passes the value itself (a cheap clone), not a copy.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

/// A text shared by many views (a source's title in every citation of it): one allocation.
pub type Text = Shared<String>;

impl Text {
    fn text(text: String) -> Text {
        Shared::new(&text)
    }

    /// An id, or an anchor made of one: lowercase letters, digits and hyphens (`Id::parse`),
    /// which no format escapes. So it is passed as markup, which HTML templates write without
    /// looking for characters to escape: anchors are written hundreds of thousands of times.
    fn id(text: String) -> Text {
        debug_assert!(
            text.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{text}"
        );
        Text::markup(&text)
    }

    /// Text that is already markup of its format (a statement rendered from Markdown, a
    /// rendered card): templates write it as it is, with no `| safe` (which would copy it).
    pub fn markup(text: &str) -> Text {
        Shared {
            value: tera::Value::safe_string(text),
            view: PhantomData,
        }
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.value.as_str().unwrap_or_default())
    }
}

/// One fact, as the fact template receives it (`fact`). It borrows the texts it shares with
/// other facts (its id, its sources', its topic) rather than holding counted references to
/// them: both cores make cards at once, and the counts would pass between them.
#[derive(Debug, Serialize)]
pub struct FactView<'a> {
    pub id: &'a Text,
    /// Facts are numbered 1, 2, ... in the order of the briefing.
    pub number: usize,
    pub anchor: &'a Text,
    /// Rendered inline Markdown.
    pub statement: &'a Text,
    pub topic: Cow<'a, Text>,
    pub location: Option<Cow<'a, Text>>,
    pub date: Option<Cow<'a, Shared<Day>>>,
    pub claimed_by: Option<Cow<'a, Text>>,
    pub figure: Option<FigureView>,
    pub citations: Vec<CitationView<'a>>,
    /// How many distinct sources (outlets) the fact cites.
    pub source_count: usize,
    /// How many of them are independent: 1 when they all relay one original claimant (the
    /// fact's `claimed_by`), otherwise `source_count`.
    pub original_sources: usize,
    pub verified_by: Option<Cow<'a, Text>>,
    pub verified_on: Option<Cow<'a, Shared<Day>>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FigureView<F = Shared<FactSummary>> {
    /// The value with thousands separators: `1,597`.
    pub value: String,
    pub number: f64,
    pub label: String,
    pub measure: Option<String>,
    pub claimed_by: Option<Text>,
    pub date: Option<Shared<Day>>,
    /// The fact that gives it, on the page (`key_figures`, `comparisons`); none in the fact's
    /// own view, which is that fact.
    pub fact: Option<F>,
}

#[derive(Debug, Serialize)]
pub struct Comparison<F> {
    pub measure: String,
    /// `measure-<slug>`: its anchor in HTML.
    pub anchor: String,
    pub figures: Vec<ComparedFigure<F>>,
}

#[derive(Debug, Serialize)]
pub struct ComparedFigure<F> {
    pub figure: FigureView<F>,
    /// The value as a share of the largest in the comparison (0 to 1), for bar lengths.
    pub share: f64,
}

#[derive(Debug, Serialize)]
pub struct CitationView<'a> {
    pub source_id: &'a Text,
    /// The source's number in the source list.
    pub source_number: usize,
    pub source_anchor: &'a Text,
    pub publisher: &'a Text,
    pub title: &'a Text,
    pub url: Option<&'a Text>,
    pub quote: Option<String>,
    /// A label unique in the briefing (`3-1`: fact 3, first citation), for footnotes.
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct Section<F> {
    pub topic: String,
    /// `topic-<slug>`
    pub anchor: String,
    pub facts: Vec<F>,
}

#[derive(Debug, Serialize)]
pub struct TimelineDay<F> {
    pub date: Shared<Day>,
    pub facts: Vec<F>,
}

#[derive(Debug, Serialize)]
pub struct Place<F> {
    pub name: String,
    pub anchor: String,
    pub facts: Vec<F>,
}

#[derive(Debug, Serialize)]
pub struct SourceView<F> {
    pub id: Text,
    pub number: usize,
    pub anchor: Text,
    pub title: Text,
    pub publisher: Text,
    pub published: Option<Day>,
    pub url: Option<Text>,
    /// The facts that cite it, in briefing order.
    pub cited_by: Vec<F>,
}

/// What changed since an earlier version of the facts file, built from a `Diff`.
#[derive(Debug, Serialize)]
pub struct ChangesView<F> {
    /// The revision compared with, as the user gave it (`HEAD~1`).
    pub since: String,
    /// New facts, in briefing order.
    pub added: Vec<F>,
    /// Changed facts, in briefing order.
    pub changed: Vec<ChangedView<F>>,
    /// Facts that are gone, in the order of the earlier file.
    pub removed: Vec<RemovedView>,
}

#[derive(Debug, Serialize)]
pub struct ChangedView<F> {
    pub fact: F,
    /// The earlier statement (rendered inline Markdown), when the statement changed.
    pub was: Option<Text>,
    /// Every other change, one line of plain text each:
    /// `Russian soldiers killed: 498 → 512 (+14, +2.8%)`.
    pub details: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct RemovedView {
    pub id: String,
    /// The earlier statement (rendered inline Markdown); it has no anchor any more.
    pub statement: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    pub facts: usize,
    pub sources: usize,
    pub citations: usize,
    /// Facts whose every citation quotes words that were found in the source's file.
    pub checked_facts: usize,
    pub all_checked: bool,
}

/// Where everything goes, whatever the format: the facts in briefing order and their
/// numbers, the topics, the sources' numbers. Built once for all formats.
pub struct Layout<'a> {
    file: &'a FactsFile,
    /// Facts in briefing order: topic by topic, topics in order of first appearance, file
    /// order within a topic. A fact's number is its place here plus one.
    pub facts: Vec<&'a Fact>,
    /// Each topic as written (trimmed), its anchor, and how many facts it has.
    topics: Vec<(&'a str, String, usize)>,
    /// Each fact's id and anchor, in briefing order.
    ids: Vec<(Text, Text)>,
    /// The source (index in `file.sources`) of every citation, fact after fact in briefing
    /// order; `None` for an undeclared one. Fact `i`'s start at `first_citation[i]`.
    cited: Vec<Option<usize>>,
    first_citation: Vec<usize>,
    /// Each source's id and anchor, in the order of `file.sources`.
    source_ids: Vec<(Text, Text)>,
    /// Each source's number in the source list, in the order of `file.sources`.
    source_numbers: Vec<usize>,
    /// Every date of a fact, written out once.
    days: HashMap<Date, Shared<Day>>,
    /// The short texts that recur from fact to fact (topics, places, claimants, checkers),
    /// each once: each format writes these out once.
    phrases: Vec<&'a str>,
    /// Anchors given so far (the topics'), so that later ones stay unique.
    anchors: Anchors,
    totals: Totals,
}

impl<'a> Layout<'a> {
    /// `on_file` tells, for each source, whether its text was read.
    pub fn new(file: &'a FactsFile, on_file: &[bool]) -> Layout<'a> {
        let source_index: HashMap<&str, usize> = file
            .sources
            .iter()
            .enumerate()
            .rev() // the first declaration of an id wins
            .map(|(i, s)| (s.id.value.as_str(), i))
            .collect();

        // Topics in order of first appearance; facts keep file order within a topic.
        let mut by_topic: Vec<(&str, Vec<&Fact>)> = Vec::new();
        let mut topic_index: HashMap<&str, usize> = HashMap::new();
        for fact in &file.facts {
            let topic = fact.topic.value.trim();
            let i = *topic_index.entry(topic).or_insert_with(|| {
                by_topic.push((topic, Vec::new()));
                by_topic.len() - 1
            });
            by_topic[i].1.push(&fact.value);
        }
        let mut anchors = Anchors::default();
        let topics = by_topic
            .iter()
            .map(|(topic, facts)| (*topic, anchors.unique("topic", topic), facts.len()))
            .collect();
        let facts: Vec<&Fact> = by_topic.into_iter().flat_map(|(_, f)| f).collect();

        // Sources are numbered in the order the briefing first cites them.
        let mut source_numbers: Vec<usize> = vec![0; file.sources.len()];
        let mut next = 1;
        let mut citations = 0;
        let mut checked_facts = 0;
        let mut cited = Vec::new();
        let mut first_citation = Vec::with_capacity(facts.len() + 1);
        for fact in &facts {
            first_citation.push(cited.len());
            let (mut checked, mut known) = (true, 0);
            for citation in &fact.sources.value {
                let source = source_index.get(citation.source.value.as_str()).copied();
                cited.push(source);
                let Some(i) = source else {
                    checked = false;
                    continue;
                };
                known += 1;
                if source_numbers[i] == 0 {
                    source_numbers[i] = next;
                    next += 1;
                }
                checked &= citation
                    .quote
                    .as_ref()
                    .is_some_and(|q| !q.value.trim().is_empty())
                    && on_file.get(i).copied().unwrap_or(false);
            }
            citations += known;
            checked_facts += usize::from(checked && known > 0);
        }
        first_citation.push(cited.len());
        for n in &mut source_numbers {
            if *n == 0 {
                *n = next;
                next += 1;
            }
        }
        let totals = Totals {
            facts: facts.len(),
            sources: file.sources.len(),
            citations,
            checked_facts,
            all_checked: checked_facts == facts.len(),
        };
        let ids = facts
            .iter()
            .map(|f| {
                let id = &f.id.value;
                (Text::id(id.0.clone()), Text::id(format!("fact-{id}")))
            })
            .collect();
        let source_ids = file
            .sources
            .iter()
            .map(|s| {
                let id = &s.id.value;
                (Text::id(id.0.clone()), Text::id(format!("source-{id}")))
            })
            .collect();
        let mut days = HashMap::new();
        let mut phrases: ahash::AHashSet<&str> = ahash::AHashSet::new();
        for fact in &facts {
            for date in [&fact.date, &fact.verified_on].into_iter().flatten() {
                days.entry(date.value)
                    .or_insert_with(|| Shared::new(&Day::new(&date.value)));
            }
            let recurring = [&fact.claimed_by, &fact.location, &fact.verified_by];
            let texts = recurring.into_iter().flatten().map(|t| t.value.as_str());
            phrases.extend(texts.chain([fact.topic.value.trim()]));
        }
        Layout {
            file,
            facts,
            topics,
            days,
            phrases: phrases.into_iter().collect(),
            ids,
            cited,
            first_citation,
            source_ids,
            source_numbers,
            anchors,
            totals,
        }
    }

    /// The day `date`, written out.
    fn day(&self, date: &Date) -> Cow<'_, Shared<Day>> {
        match self.days.get(date) {
            Some(day) => Cow::Borrowed(day),
            None => Cow::Owned(Shared::new(&Day::new(date))),
        }
    }

    /// The id and the anchor of the fact at `index`.
    pub fn id(&self, index: usize) -> (Text, Text) {
        self.ids[index].clone()
    }

    /// The sources cited by the fact at `index`, citation by citation.
    fn cited(&self, index: usize) -> &[Option<usize>] {
        &self.cited[self.first_citation[index]..self.first_citation[index + 1]]
    }
}

/// A source's texts for one format, made once and shared by all its citations.
pub struct SourceTexts {
    publisher: Text,
    title: Text,
    url: Option<Text>,
}

/// The texts that many facts share, written once for one format: each source's, and the
/// short ones that recur (topics, places, claimants, checkers).
pub struct SharedTexts<'a> {
    target: Target,
    sources: Vec<SourceTexts>,
    phrases: HashMap<&'a str, Text>,
}

impl<'a> SharedTexts<'a> {
    /// The sources' texts and the recurring phrases of every fact, for the fact views.
    pub fn new(layout: &Layout<'a>, target: Target) -> SharedTexts<'a> {
        let mut texts = SharedTexts::of_sources(layout, target);
        texts.phrases = layout
            .phrases
            .iter()
            .map(|&text| (text, Text::text(plain(text, target))))
            .collect();
        texts
    }

    /// Only the sources' texts: what the page needs.
    fn of_sources(layout: &Layout<'a>, target: Target) -> SharedTexts<'a> {
        let sources = layout
            .file
            .sources
            .iter()
            .map(|s| SourceTexts {
                publisher: Text::text(plain(&s.value.publisher.value, target)),
                title: Text::text(plain(&s.value.title.value, target)),
                url: s
                    .value
                    .url
                    .as_ref()
                    .map(|u| Text::text(url(&u.value.0, target))),
            })
            .collect();
        SharedTexts {
            target,
            sources,
            phrases: HashMap::new(),
        }
    }

    /// The format these texts are written for.
    pub fn target(&self) -> Target {
        self.target
    }

    /// `text` written for the format.
    fn phrase(&self, text: &str) -> Cow<'_, Text> {
        match self.phrases.get(text) {
            Some(phrase) => Cow::Borrowed(phrase),
            None => Cow::Owned(Text::text(plain(text, self.target))),
        }
    }
}
fn plain(s: &str, target: Target) -> String {
    match target {
        Target::Html => collapse_spaces(s),
        Target::Markdown => markdown::escape(s),
    }
}

/// The statement of the fact at `index` (in briefing order), rendered for `target`.
pub fn statement(layout: &Layout<'_>, index: usize, target: Target) -> Text {
    Text::markup(&markdown::inline(
        &layout.facts[index].statement.value,
        target,
    ))
}

/// The view of the fact at `index` (in briefing order) for the fact template, with `texts`
/// made for its format and its `statement` rendered.
pub fn fact<'a>(
    layout: &'a Layout<'_>,
    texts: &'a SharedTexts<'_>,
    index: usize,
    statement: &'a Text,
) -> FactView<'a> {
    let target = texts.target;
    let fact = layout.facts[index];
    let number = index + 1;
    let claimed_by = fact.claimed_by.as_ref().map(|c| texts.phrase(&c.value));
    let date = fact.date.as_ref().map(|d| layout.day(&d.value));
    let mut citations = Vec::with_capacity(fact.sources.value.len());
    let mut distinct: Vec<usize> = Vec::new();
    let cited = layout.cited(index);
    for (k, (citation, source)) in fact.sources.value.iter().zip(cited).enumerate() {
        let Some(i) = *source else {
            continue;
        };
        if !distinct.contains(&i) {
            distinct.push(i);
        }
        let (source_id, source_anchor) = &layout.source_ids[i];
        let source = &texts.sources[i];
        citations.push(CitationView {
            source_id,
            source_number: layout.source_numbers[i],
            source_anchor,
            publisher: &source.publisher,
            title: &source.title,
            url: source.url.as_ref(),
            quote: citation
                .quote
                .as_ref()
                .map(|q| q.value.trim())
                .filter(|q| !q.is_empty())
                .map(|q| plain(q, target)),
            label: label(number, k + 1),
        });
    }
    let figure = figure(layout, fact, claimed_by.as_deref().cloned(), None, target);
    let (id, anchor) = &layout.ids[index];
    FactView {
        id,
        number,
        anchor,
        statement,
        topic: texts.phrase(fact.topic.value.trim()),
        location: fact.location.as_ref().map(|l| texts.phrase(&l.value)),
        date,
        claimed_by,
        figure,
        citations,
        source_count: distinct.len(),
        original_sources: if fact.claimed_by.is_some() {
            distinct.len().min(1)
        } else {
            distinct.len()
        },
        verified_by: fact.verified_by.as_ref().map(|v| texts.phrase(&v.value)),
        verified_on: fact.verified_on.as_ref().map(|d| layout.day(&d.value)),
    }
}

/// `3-1`: fact 3, its first citation.
fn label(number: usize, citation: usize) -> String {
    let (mut fact, mut citation_buffer) = (itoa::Buffer::new(), itoa::Buffer::new());
    let (fact, citation) = (fact.format(number), citation_buffer.format(citation));
    let mut label = String::with_capacity(fact.len() + 1 + citation.len());
    label.push_str(fact);
    label.push('-');
    label.push_str(citation);
    label
}

/// The fact's figure, if it gives one, with whose claim it is and the fact on the page.
fn figure<F>(
    layout: &Layout<'_>,
    fact: &Fact,
    claimed_by: Option<Text>,
    on_page: Option<F>,
    target: Target,
) -> Option<FigureView<F>> {
    let f = &fact.figure.as_ref()?.value;
    Some(FigureView {
        value: format_number(f.value.value.value),
        number: f.value.value.value,
        label: plain(&f.label.value, target),
        measure: f.measure.as_ref().map(|m| plain(&m.value, target)),
        claimed_by,
        date: fact
            .date
            .as_ref()
            .map(|d| layout.day(&d.value).into_owned()),
        fact: on_page,
    })
}

/// The page for one format, given each fact's summary (`F`) in briefing order.
pub fn page<F: Clone + Send + Sync>(layout: &Layout<'_>, facts: &[F], target: Target) -> Page<F> {
    let file = layout.file;
    let texts = SharedTexts::of_sources(layout, target);
    // Each list is built on the first free core.
    let ((sections, timeline), (sources, (key_figures, comparisons, places))) = rayon::join(
        || {
            rayon::join(
                || sections(layout, facts, target),
                || timeline(layout, facts),
            )
        },
        || {
            rayon::join(
                || sources(layout, facts, &texts.sources),
                || {
                    // Comparisons and places take their anchors in this order.
                    let mut anchors = layout.anchors.clone();
                    let key_figures: Vec<FigureView<F>> = layout
                        .facts
                        .iter()
                        .zip(facts)
                        .filter_map(|(fact, summary)| {
                            let claimed_by = fact
                                .claimed_by
                                .as_ref()
                                .map(|c| texts.phrase(&c.value).into_owned());
                            figure(layout, fact, claimed_by, Some(summary.clone()), target)
                        })
                        .collect();
                    let comparisons = comparisons(layout, &key_figures, &mut anchors);
                    let places = places(layout, facts, target, &mut anchors);
                    (key_figures, comparisons, places)
                },
            )
        },
    );
    Page {
        title: plain(&file.briefing.title.value, target),
        as_of: Day::new(&file.briefing.as_of.value),
        summary: file
            .briefing
            .summary
            .as_ref()
            .map(|s| Text::markup(&markdown::inline(&s.value, target))),
        changes: None,
        key_figures,
        comparisons,
        sections,
        timeline,
        places,
        sources,
        totals: layout.totals.clone(),
    }
}

/// The facts by topic, topics in the order they first appear.
fn sections<F: Clone>(layout: &Layout<'_>, facts: &[F], target: Target) -> Vec<Section<F>> {
    let mut sections = Vec::with_capacity(layout.topics.len());
    let mut start = 0;
    for (topic, anchor, count) in &layout.topics {
        sections.push(Section {
            topic: plain(topic, target),
            anchor: anchor.clone(),
            facts: facts[start..start + count].to_vec(),
        });
        start += count;
    }
    sections
}

/// The "What changed" section, from `diff` (whose new file is the briefing's).
pub fn changes<F: Clone>(
    diff: &Diff,
    layout: &Layout<'_>,
    facts: &[F],
    target: Target,
) -> ChangesView<F> {
    let text = |s: &str| plain(s, target);
    let style = Style {
        text: &text,
        readers: true,
    };
    // Each id to its place in the briefing; the lists below are put in briefing order.
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (index, fact) in layout.facts.iter().enumerate() {
        by_id.entry(fact.id.value.as_str()).or_insert(index);
    }
    // Every added or changed fact is in the briefing: both come from the same file.
    let mut added: Vec<usize> = diff
        .added
        .iter()
        .filter_map(|f| by_id.get(f.id.as_str()).copied())
        .collect();
    added.sort_unstable();
    let mut changed: Vec<(usize, ChangedView<F>)> = diff
        .changed
        .iter()
        .filter_map(|c| {
            let index = *by_id.get(c.id.as_str())?;
            let fact = facts[index].clone();
            let was = c.changes.iter().find_map(|change| match change {
                Change::Statement { old, .. } => Some(Text::markup(&markdown::inline(old, target))),
                _ => None,
            });
            let details = c
                .changes
                .iter()
                .flat_map(|change| describe(change, &style))
                .collect();
            Some((index, ChangedView { fact, was, details }))
        })
        .collect();
    changed.sort_by_key(|(index, _)| *index);
    ChangesView {
        since: text(diff.since.as_deref().unwrap_or("the earlier version")),
        added: added.into_iter().map(|i| facts[i].clone()).collect(),
        changed: changed.into_iter().map(|(_, c)| c).collect(),
        removed: diff
            .removed
            .iter()
            .map(|f| RemovedView {
                id: f.id.clone(),
                statement: Text::markup(&markdown::inline(&f.statement, target)),
            })
            .collect(),
    }
}

/// Figures of the same measure (compared without case or extra spaces), when two or more.
fn comparisons<F: Clone>(
    layout: &Layout<'_>,
    figures: &[FigureView<F>],
    anchors: &mut Anchors,
) -> Vec<Comparison<F>> {
    // Key figures are in briefing order, one per fact with a figure.
    let raw_measures = layout
        .facts
        .iter()
        .filter_map(|f| f.figure.as_ref())
        .map(|f| f.value.measure.as_ref().map(|m| m.value.as_str()));
    let mut order: Vec<(String, Vec<&FigureView<F>>)> = Vec::new();
    for (figure, raw) in figures.iter().zip(raw_measures) {
        let Some(raw) = raw else { continue };
        let key = raw
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        match order.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(figure),
            None => order.push((key, vec![figure])),
        }
    }
    order
        .into_iter()
        .filter(|(_, list)| list.len() >= 2)
        .map(|(key, list)| {
            let largest = list.iter().map(|f| f.number.abs()).fold(0.0, f64::max);
            Comparison {
                measure: list[0].measure.clone().unwrap_or_default(),
                anchor: anchors.unique("measure", &key),
                figures: list
                    .into_iter()
                    .map(|f| ComparedFigure {
                        figure: f.clone(),
                        share: if largest > 0.0 {
                            f.number.abs() / largest
                        } else {
                            0.0
                        },
                    })
                    .collect(),
            }
        })
        .collect()
}

fn timeline<F: Clone>(layout: &Layout<'_>, facts: &[F]) -> Vec<TimelineDay<F>> {
    let mut dated: Vec<(Date, &F)> = layout
        .facts
        .iter()
        .zip(facts)
        .filter_map(|(f, s)| Some((f.date.as_ref()?.value, s)))
        .collect();
    // A stable sort keeps briefing order within a day.
    dated.sort_by_key(|(date, _)| *date);
    let mut days: Vec<(Date, TimelineDay<F>)> = Vec::new();
    for (date, fact) in dated {
        match days.last_mut() {
            Some((day, list)) if *day == date => list.facts.push(fact.clone()),
            _ => days.push((
                date,
                TimelineDay {
                    date: layout.day(&date).into_owned(),
                    facts: vec![fact.clone()],
                },
            )),
        }
    }
    days.into_iter().map(|(_, day)| day).collect()
}

fn places<F: Clone>(
    layout: &Layout<'_>,
    facts: &[F],
    target: Target,
    anchors: &mut Anchors,
) -> Vec<Place<F>> {
    // Places are the same whatever the case; most facts write a place as others did before,
    // so a name seen before is looked up as it is, without lowercasing it again.
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut by_place: Vec<(String, &str, Vec<F>)> = Vec::new();
    for (fact, summary) in layout.facts.iter().zip(facts) {
        let Some(name) = fact.location.as_ref().map(|l| l.value.trim()) else {
            continue;
        };
        let i = *by_name.entry(name).or_insert_with(|| {
            let key = name.to_lowercase();
            *by_key.entry(key.clone()).or_insert_with(|| {
                by_place.push((key, name, Vec::new()));
                by_place.len() - 1
            })
        });
        by_place[i].2.push(summary.clone());
    }
    by_place.sort_by(|a, b| a.0.cmp(&b.0));
    by_place
        .into_iter()
        .map(|(key, name, facts)| Place {
            name: match target {
                Target::Html => name.to_owned(),
                Target::Markdown => markdown::escape(name),
            },
            anchor: anchors.unique("place", &key),
            facts,
        })
        .collect()
}

fn sources<F: Clone>(
    layout: &Layout<'_>,
    facts: &[F],
    texts: &[SourceTexts],
) -> Vec<SourceView<F>> {
    let file = layout.file;
    let mut cited_by: Vec<Vec<F>> = vec![Vec::new(); file.sources.len()];
    for (index, summary) in facts.iter().enumerate() {
        let mut seen: Vec<usize> = Vec::new();
        for &i in layout.cited(index).iter().flatten() {
            if !seen.contains(&i) {
                seen.push(i);
                cited_by[i].push(summary.clone());
            }
        }
    }
    let mut out: Vec<SourceView<F>> = file
        .sources
        .iter()
        .enumerate()
        .zip(cited_by)
        .map(|((i, source), cited_by)| {
            let (id, anchor) = &layout.source_ids[i];
            SourceView {
                id: id.clone(),
                number: layout.source_numbers[i],
                anchor: anchor.clone(),
                title: texts[i].title.clone(),
                publisher: texts[i].publisher.clone(),
                published: source.value.published.as_ref().map(|d| Day::new(&d.value)),
                url: texts[i].url.clone(),
                cited_by,
            }
        })
        .collect();
    out.sort_by_key(|s| s.number);
    out
}

/// An address as the format writes it: as it is for HTML (the template escapes it), in angle
/// brackets for a Markdown link destination.
fn url(address: &str, target: Target) -> String {
    match target {
        Target::Html => address.to_owned(),
        Target::Markdown => markdown::link_destination(address),
    }
}

/// `1597` as `1,597`; `1.4` as `1.4`.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        let digits = format!("{}", value.abs() as u64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        if value < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        format!("{value}")
    }
}

/// Anchors from text, unique in the page: `topic-kherson`, `topic-kherson-2`.
#[derive(Default, Clone)]
struct Anchors {
    used: HashMap<String, usize>,
}

impl Anchors {
    fn unique(&mut self, prefix: &str, text: &str) -> String {
        let mut slug = String::new();
        for c in text.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
        }
        let slug = slug.trim_end_matches('-');
        let base = if slug.is_empty() {
            prefix.to_owned()
        } else {
            format!("{prefix}-{slug}")
        };
        let n = self.used.entry(base.clone()).or_insert(0);
        *n += 1;
        if *n == 1 { base } else { format!("{base}-{n}") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_get_thousands_separators() {
        assert_eq!(format_number(1597.0), "1,597");
        assert_eq!(format_number(1_000_000.0), "1,000,000");
        assert_eq!(format_number(498.0), "498");
        assert_eq!(format_number(1.4), "1.4");
        assert_eq!(format_number(-2500.0), "-2,500");
    }

    #[test]
    fn anchors_are_unique_slugs() {
        let mut a = Anchors::default();
        assert_eq!(
            a.unique("topic", "Odesa and the Black Sea"),
            "topic-odesa-and-the-black-sea"
        );
        assert_eq!(
            a.unique("topic", "Odesa & the Black Sea!"),
            "topic-odesa-the-black-sea"
        );
        assert_eq!(
            a.unique("topic", "Odesa and the Black Sea"),
            "topic-odesa-and-the-black-sea-2"
        );
        assert_eq!(a.unique("place", "Київ"), "place");
    }
}
