//! The data templates receive: typed views built from the facts, with every text ready for the
//! template's format (inline Markdown rendered, plain text escaped for Markdown output; HTML
//! templates escape plain text themselves). Lists are in a fixed order, so output is stable.

use super::markdown::{self, Target};
use crate::diff::{Change, Diff, Style, describe};
use crate::load::model::{Date, Fact, FactsFile, Source};
use crate::load::sources::SourceFile;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Serialize)]
pub struct Briefing {
    pub title: String,
    pub as_of: Day,
    /// Rendered inline Markdown.
    pub summary: Option<String>,
    /// What changed since an earlier version (`generate --since`); none without it.
    pub changes: Option<ChangesView>,
    /// Every fact with a figure, in file order.
    pub key_figures: Vec<FigureView>,
    /// Measures that two or more facts give figures for, side by side.
    pub comparisons: Vec<Comparison>,
    /// Facts grouped by topic, topics in the order they first appear.
    pub sections: Vec<Section>,
    /// Dated facts by date, oldest first.
    pub timeline: Vec<TimelineDay>,
    /// Places in alphabetical order, each with its facts.
    pub places: Vec<Place>,
    /// Sources in the order they are first cited, then those never cited.
    pub sources: Vec<SourceView>,
    pub totals: Totals,
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

/// A link to a fact: what the places index, the source list and the figures need.
#[derive(Debug, Clone, Serialize)]
pub struct FactLink {
    pub id: String,
    pub number: usize,
    pub anchor: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FactRef {
    pub id: String,
    pub number: usize,
    /// `fact-<id>`: the fact's anchor in HTML.
    pub anchor: String,
    /// Rendered inline Markdown.
    pub statement: String,
}

#[derive(Debug, Serialize)]
pub struct FactView {
    pub id: String,
    /// Facts are numbered 1, 2, ... in the order of the briefing.
    pub number: usize,
    pub anchor: String,
    pub statement: String,
    pub topic: String,
    pub location: Option<String>,
    pub date: Option<Day>,
    pub claimed_by: Option<String>,
    pub figure: Option<FigureView>,
    pub citations: Vec<CitationView>,
    /// How many distinct sources (outlets) the fact cites.
    pub source_count: usize,
    /// How many of them are independent: 1 when they all relay one original claimant (the
    /// fact's `claimed_by`), otherwise `source_count`.
    pub original_sources: usize,
    pub verified_by: Option<String>,
    pub verified_on: Option<Day>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FigureView {
    /// The value with thousands separators: `1,597`.
    pub value: String,
    pub number: f64,
    pub label: String,
    pub measure: Option<String>,
    pub claimed_by: Option<String>,
    pub date: Option<Day>,
    pub fact: FactLink,
}

#[derive(Debug, Serialize)]
pub struct Comparison {
    pub measure: String,
    /// `measure-<slug>`: its anchor in HTML.
    pub anchor: String,
    pub figures: Vec<ComparedFigure>,
}

#[derive(Debug, Serialize)]
pub struct ComparedFigure {
    pub figure: FigureView,
    /// The value as a share of the largest in the comparison (0 to 1), for bar lengths.
    pub share: f64,
}

#[derive(Debug, Serialize)]
pub struct CitationView {
    pub source_id: String,
    /// The source's number in the source list.
    pub source_number: usize,
    pub source_anchor: String,
    pub publisher: String,
    pub title: String,
    pub url: Option<String>,
    pub quote: Option<String>,
    /// A label unique in the briefing (`3-1`: fact 3, first citation), for footnotes.
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct Section {
    pub topic: String,
    /// `topic-<slug>`
    pub anchor: String,
    pub facts: Vec<FactView>,
}

#[derive(Debug, Serialize)]
pub struct TimelineDay {
    pub date: Day,
    pub facts: Vec<FactRef>,
}

#[derive(Debug, Serialize)]
pub struct Place {
    pub name: String,
    pub anchor: String,
    pub facts: Vec<FactLink>,
}

#[derive(Debug, Serialize)]
pub struct SourceView {
    pub id: String,
    pub number: usize,
    pub anchor: String,
    pub title: String,
    pub publisher: String,
    pub published: Option<Day>,
    pub url: Option<String>,
    /// The facts that cite it, in briefing order.
    pub cited_by: Vec<FactLink>,
}

/// What changed since an earlier version of the facts file, built from a `Diff`.
#[derive(Debug, Serialize)]
pub struct ChangesView {
    /// The revision compared with, as the user gave it (`HEAD~1`).
    pub since: String,
    /// New facts, in briefing order.
    pub added: Vec<FactRef>,
    /// Changed facts, in briefing order.
    pub changed: Vec<ChangedView>,
    /// Facts that are gone, in the order of the earlier file.
    pub removed: Vec<RemovedView>,
}

#[derive(Debug, Serialize)]
pub struct ChangedView {
    pub fact: FactRef,
    /// The earlier statement (rendered inline Markdown), when the statement changed.
    pub was: Option<String>,
    /// Every other change, one line of plain text each:
    /// `Russian soldiers killed: 498 → 512 (+14, +2.8%)`.
    pub details: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct RemovedView {
    pub id: String,
    /// The earlier statement (rendered inline Markdown); it has no anchor any more.
    pub statement: String,
}

#[derive(Debug, Serialize)]
pub struct Totals {
    pub facts: usize,
    pub sources: usize,
    pub citations: usize,
    /// Facts whose every citation quotes words that were found in the source's file.
    pub checked_facts: usize,
    pub all_checked: bool,
}

/// Builds the view of `file` for one output format.
pub fn build(file: &FactsFile, texts: &[SourceFile], target: Target) -> Briefing {
    let plain = |s: &str| match target {
        Target::Html => s.split_whitespace().collect::<Vec<_>>().join(" "),
        Target::Markdown => markdown::escape(s),
    };
    let rich = |s: &str| markdown::inline(s, target);

    let source_index: HashMap<&str, usize> = file
        .sources
        .iter()
        .enumerate()
        .rev() // the first declaration of an id wins
        .map(|(i, s)| (s.id.value.as_str(), i))
        .collect();

    // Topics in order of first appearance; facts keep file order within a topic.
    let mut topics: Vec<(&str, Vec<&Fact>)> = Vec::new();
    let mut topic_index: HashMap<&str, usize> = HashMap::new();
    for fact in &file.facts {
        let topic = fact.topic.value.trim();
        let i = *topic_index.entry(topic).or_insert_with(|| {
            topics.push((topic, Vec::new()));
            topics.len() - 1
        });
        topics[i].1.push(&fact.value);
    }

    // Sources are numbered in the order the briefing first cites them.
    let mut source_numbers: Vec<usize> = vec![0; file.sources.len()];
    let mut next = 1;
    for (_, facts) in &topics {
        for fact in facts {
            for citation in &fact.sources.value {
                if let Some(&i) = source_index.get(citation.source.value.as_str())
                    && source_numbers[i] == 0
                {
                    source_numbers[i] = next;
                    next += 1;
                }
            }
        }
    }
    for n in &mut source_numbers {
        if *n == 0 {
            *n = next;
            next += 1;
        }
    }

    let mut anchors = Anchors::default();
    let mut sections = Vec::with_capacity(topics.len());
    let mut number = 0;
    let mut citations = 0;
    let mut checked_facts = 0;
    for (topic, facts) in &topics {
        let mut views = Vec::with_capacity(facts.len());
        for fact in facts {
            number += 1;
            let fact_ref = FactRef {
                id: fact.id.value.0.clone(),
                number,
                anchor: format!("fact-{}", fact.id.value),
                statement: rich(&fact.statement.value),
            };
            let claimed_by = fact.claimed_by.as_ref().map(|c| plain(&c.value));
            let date = fact.date.as_ref().map(|d| Day::new(&d.value));
            let mut cites = Vec::with_capacity(fact.sources.value.len());
            let mut checked = true;
            let mut distinct: Vec<usize> = Vec::new();
            for (k, citation) in fact.sources.value.iter().enumerate() {
                let Some(&i) = source_index.get(citation.source.value.as_str()) else {
                    checked = false;
                    continue;
                };
                let source = &file.sources[i].value;
                let quote = citation
                    .quote
                    .as_ref()
                    .map(|q| q.value.trim())
                    .filter(|q| !q.is_empty());
                checked &= quote.is_some() && matches!(texts.get(i), Some(SourceFile::Read(_)));
                if !distinct.contains(&i) {
                    distinct.push(i);
                }
                cites.push(CitationView {
                    source_id: source.id.value.0.clone(),
                    source_number: source_numbers[i],
                    source_anchor: format!("source-{}", source.id.value),
                    publisher: plain(&source.publisher.value),
                    title: plain(&source.title.value),
                    url: source.url.as_ref().map(|u| url(&u.value.0, target)),
                    quote: quote.map(&plain),
                    label: format!("{number}-{}", k + 1),
                });
            }
            citations += cites.len();
            checked_facts += usize::from(checked && !cites.is_empty());
            let figure = fact.figure.as_ref().map(|f| &f.value).map(|f| FigureView {
                value: format_number(f.value.value.value),
                number: f.value.value.value,
                label: plain(&f.label.value),
                measure: f.measure.as_ref().map(|m| plain(&m.value)),
                claimed_by: claimed_by.clone(),
                date: date.clone(),
                fact: FactLink {
                    id: fact_ref.id.clone(),
                    number,
                    anchor: fact_ref.anchor.clone(),
                },
            });
            views.push(FactView {
                id: fact_ref.id.clone(),
                number,
                anchor: fact_ref.anchor.clone(),
                statement: fact_ref.statement.clone(),
                topic: plain(topic),
                location: fact.location.as_ref().map(|l| plain(&l.value)),
                date,
                claimed_by,
                figure,
                citations: cites,
                source_count: distinct.len(),
                original_sources: if fact.claimed_by.is_some() {
                    distinct.len().min(1)
                } else {
                    distinct.len()
                },
                verified_by: fact.verified_by.as_ref().map(|v| plain(&v.value)),
                verified_on: fact.verified_on.as_ref().map(|d| Day::new(&d.value)),
            });
        }
        sections.push(Section {
            topic: plain(topic),
            anchor: anchors.unique("topic", topic),
            facts: views,
        });
    }

    let all_facts: Vec<&FactView> = sections.iter().flat_map(|s| &s.facts).collect();
    let key_figures: Vec<FigureView> = all_facts.iter().filter_map(|f| f.figure.clone()).collect();
    let comparisons = comparisons(file, &key_figures, &mut anchors);
    let timeline = timeline(&all_facts);
    let places = places(file, &all_facts, target, &mut anchors);
    let sources = sources(file, &source_numbers, &all_facts, target, &plain);

    Briefing {
        title: plain(&file.briefing.title.value),
        as_of: Day::new(&file.briefing.as_of.value),
        summary: file.briefing.summary.as_ref().map(|s| rich(&s.value)),
        changes: None,
        key_figures,
        comparisons,
        sections,
        timeline,
        places,
        sources,
        totals: Totals {
            facts: number,
            sources: file.sources.len(),
            citations,
            checked_facts,
            all_checked: checked_facts == number,
        },
    }
}

/// The "What changed" section of `briefing`, from `diff` (whose new file is the briefing's).
pub fn changes(diff: &Diff, briefing: &Briefing, target: Target) -> ChangesView {
    let plain = |s: &str| match target {
        Target::Html => s.split_whitespace().collect::<Vec<_>>().join(" "),
        Target::Markdown => markdown::escape(s),
    };
    let style = Style {
        text: &plain,
        readers: true,
    };
    // Lookups only; the lists below keep the diff's order, then sort by fact number.
    let mut facts: HashMap<&str, FactRef> = HashMap::new();
    for fact in briefing.sections.iter().flat_map(|s| &s.facts) {
        facts
            .entry(fact.id.as_str())
            .or_insert_with(|| fact_ref(fact));
    }
    // Every added or changed fact is in the briefing: both come from the same file.
    let mut added: Vec<FactRef> = diff
        .added
        .iter()
        .filter_map(|f| facts.get(f.id.as_str()).cloned())
        .collect();
    added.sort_by_key(|f| f.number);
    let mut changed: Vec<ChangedView> = diff
        .changed
        .iter()
        .filter_map(|c| {
            let fact = facts.get(c.id.as_str())?.clone();
            let was = c.changes.iter().find_map(|change| match change {
                Change::Statement { old, .. } => Some(markdown::inline(old, target)),
                _ => None,
            });
            let details = c
                .changes
                .iter()
                .flat_map(|change| describe(change, &style))
                .collect();
            Some(ChangedView { fact, was, details })
        })
        .collect();
    changed.sort_by_key(|c| c.fact.number);
    ChangesView {
        since: plain(diff.since.as_deref().unwrap_or("the earlier version")),
        added,
        changed,
        removed: diff
            .removed
            .iter()
            .map(|f| RemovedView {
                id: f.id.clone(),
                statement: markdown::inline(&f.statement, target),
            })
            .collect(),
    }
}

fn fact_link(f: &FactView) -> FactLink {
    FactLink {
        id: f.id.clone(),
        number: f.number,
        anchor: f.anchor.clone(),
    }
}

fn fact_ref(f: &FactView) -> FactRef {
    FactRef {
        id: f.id.clone(),
        number: f.number,
        anchor: f.anchor.clone(),
        statement: f.statement.clone(),
    }
}

/// Figures of the same measure (compared without case or extra spaces), when two or more.
fn comparisons(file: &FactsFile, figures: &[FigureView], anchors: &mut Anchors) -> Vec<Comparison> {
    let mut order: Vec<(String, Vec<&FigureView>)> = Vec::new();
    let raw_measures: HashMap<&str, &str> = file
        .facts
        .iter()
        .filter_map(|f| {
            let m = f.figure.as_ref()?.measure.as_ref()?;
            Some((f.id.value.as_str(), m.value.as_str()))
        })
        .collect();
    for figure in figures {
        let Some(raw) = raw_measures.get(figure.fact.id.as_str()) else {
            continue;
        };
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

fn timeline(facts: &[&FactView]) -> Vec<TimelineDay> {
    let mut dated: Vec<&&FactView> = facts.iter().filter(|f| f.date.is_some()).collect();
    // A stable sort keeps briefing order within a day.
    dated.sort_by(|a, b| {
        let (a, b) = (a.date.as_ref(), b.date.as_ref());
        a.map(|d| &d.iso).cmp(&b.map(|d| &d.iso))
    });
    let mut days: Vec<TimelineDay> = Vec::new();
    for fact in dated {
        let Some(date) = &fact.date else { continue };
        match days.last_mut() {
            Some(day) if day.date.iso == date.iso => day.facts.push(fact_ref(fact)),
            _ => days.push(TimelineDay {
                date: date.clone(),
                facts: vec![fact_ref(fact)],
            }),
        }
    }
    days
}

fn places(
    file: &FactsFile,
    facts: &[&FactView],
    target: Target,
    anchors: &mut Anchors,
) -> Vec<Place> {
    let raw: HashMap<&str, &str> = file
        .facts
        .iter()
        .filter_map(|f| Some((f.id.value.as_str(), f.location.as_ref()?.value.trim())))
        .collect();
    let mut by_place: Vec<(String, &str, Vec<FactLink>)> = Vec::new();
    for fact in facts {
        let Some(name) = raw.get(fact.id.as_str()) else {
            continue;
        };
        let key = name.to_lowercase();
        match by_place.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, list)) => list.push(fact_link(fact)),
            None => by_place.push((key, name, vec![fact_link(fact)])),
        }
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

fn sources(
    file: &FactsFile,
    numbers: &[usize],
    facts: &[&FactView],
    target: Target,
    plain: &dyn Fn(&str) -> String,
) -> Vec<SourceView> {
    let mut cited_by: Vec<Vec<FactLink>> = vec![Vec::new(); file.sources.len()];
    let index: HashMap<&str, usize> = file
        .sources
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| (s.id.value.as_str(), i))
        .collect();
    for fact in facts {
        let mut seen: Vec<usize> = Vec::new();
        for c in &fact.citations {
            if let Some(&i) = index.get(c.source_id.as_str())
                && !seen.contains(&i)
            {
                seen.push(i);
                cited_by[i].push(fact_link(fact));
            }
        }
    }
    let mut out: Vec<SourceView> = file
        .sources
        .iter()
        .zip(numbers)
        .zip(cited_by)
        .map(|((source, &number), cited_by)| {
            source_view(&source.value, number, cited_by, target, plain)
        })
        .collect();
    out.sort_by_key(|s| s.number);
    out
}

fn source_view(
    source: &Source,
    number: usize,
    cited_by: Vec<FactLink>,
    target: Target,
    plain: &dyn Fn(&str) -> String,
) -> SourceView {
    SourceView {
        id: source.id.value.0.clone(),
        number,
        anchor: format!("source-{}", source.id.value),
        title: plain(&source.title.value),
        publisher: plain(&source.publisher.value),
        published: source.published.as_ref().map(|d| Day::new(&d.value)),
        url: source.url.as_ref().map(|u| url(&u.value.0, target)),
        cited_by,
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
#[derive(Default)]
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
