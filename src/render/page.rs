//! The page's view: the briefing's lists (sections, key figures, comparisons, timeline,
//! places, sources, changes), each naming its facts by their shared summaries.

use super::fact::{self, SourceTexts, plain};
use super::outline::{Anchors, Outline};
use super::view::{
    ChangedView, ChangesView, ComparedFigure, Comparison, Day, FactSummary, FigureView, Markup,
    PageView, Place, RemovedView, Section, Shared, SourceView, TimelineDay,
};
use crate::diff::{Change, Diff, Style, describe};
use crate::load::model::Date;
use crate::markdown::{self, Target};
use ahash::AHashMap as HashMap;

/// A fact as the page names it: its summary.
type Named = Shared<FactSummary>;

/// The page for one format, given each fact's summary in briefing order.
pub fn view(
    outline: &Outline<'_>,
    facts: &[Named],
    sources: &[SourceTexts],
    changes: Option<&Diff>,
    target: Target,
) -> PageView {
    let briefing = &outline.file.briefing;
    // Comparisons and places take their anchors after the topics, in this order.
    let mut anchors = outline.anchors.clone();
    let figures = figures(outline, facts, target);
    let comparisons = comparisons(outline, &figures, &mut anchors);
    let key_figures = key_figures(outline, figures);
    PageView {
        title: plain(&briefing.title.value, target),
        as_of: Day::new(&briefing.as_of.value),
        summary: briefing
            .summary
            .as_ref()
            .map(|s| Markup::new(&markdown::inline(&s.value, target))),
        changes: changes.map(|diff| self::changes(diff, outline, facts, target)),
        key_figures,
        comparisons,
        sections: sections(outline, facts, target),
        timeline: timeline(outline, facts),
        places: places(outline, facts, target, &mut anchors),
        sources: self::sources(outline, facts, sources),
        totals: outline.totals.clone(),
    }
}

/// Every fact's figure, in briefing order; `None` for a fact without one.
fn figures(outline: &Outline<'_>, facts: &[Named], target: Target) -> Vec<Option<FigureView>> {
    (outline.facts.iter().zip(facts))
        .map(|(fact, summary)| {
            let claimed_by = fact.claimed_by.as_ref().map(|c| plain(&c.value, target));
            let mut figure = fact::figure(outline, fact, claimed_by, target)?;
            figure.fact = Some(summary.clone());
            Some(figure)
        })
        .collect()
}

/// The figures that lead the panel, in the order the outline chose.
fn key_figures(outline: &Outline<'_>, mut figures: Vec<Option<FigureView>>) -> Vec<FigureView> {
    (outline.key_figures.iter())
        .filter_map(|&i| figures.get_mut(i).and_then(Option::take))
        .collect()
}

/// The facts by topic, topics in the order they first appear.
fn sections(outline: &Outline<'_>, facts: &[Named], target: Target) -> Vec<Section> {
    let mut start = 0;
    outline
        .topics
        .iter()
        .map(|(topic, anchor, count)| {
            let section = Section {
                topic: plain(topic, target),
                anchor: anchor.clone(),
                facts: facts[start..start + count].to_vec(),
            };
            start += count;
            section
        })
        .collect()
}

/// The "What changed" section, from `diff` (whose new file is the briefing's).
fn changes(diff: &Diff, outline: &Outline<'_>, facts: &[Named], target: Target) -> ChangesView {
    let text = |s: &str| plain(s, target);
    let style = Style {
        text: &text,
        readers: true,
    };
    let statement = |s: &str| Markup::new(&markdown::inline(s, target));
    // Every added or changed fact is in the briefing: both come from the same file.
    let by_id = outline.places_of_ids();
    let mut added: Vec<usize> = (diff.added.iter())
        .filter_map(|f| by_id.get(f.id.as_str()).copied())
        .collect();
    added.sort_unstable();
    let mut changed: Vec<(usize, ChangedView)> = (diff.changed.iter())
        .filter_map(|c| {
            let index = *by_id.get(c.id.as_str())?;
            let was = c.changes.iter().find_map(|change| match change {
                Change::Statement { old, .. } => Some(statement(old)),
                _ => None,
            });
            let details = (c.changes.iter())
                .flat_map(|change| describe(change, &style))
                .collect();
            let fact = facts[index].clone();
            Some((index, ChangedView { fact, was, details }))
        })
        .collect();
    changed.sort_by_key(|(index, _)| *index);
    ChangesView {
        since: text((diff.since.as_ref()).map_or("the earlier version", |r| r.typed.as_str())),
        commit: diff.since.as_ref().map(|r| r.short().to_owned()),
        date: diff.since.as_ref().map(|r| Day::new(&r.date)),
        added: added.into_iter().map(|i| facts[i].clone()).collect(),
        changed: changed.into_iter().map(|(_, c)| c).collect(),
        removed: (diff.removed.iter())
            .map(|f| RemovedView {
                id: f.id.clone(),
                statement: statement(&f.statement),
            })
            .collect(),
    }
}

/// Figures of the same measure (compared without case or extra spaces), when two or more.
fn comparisons(
    outline: &Outline<'_>,
    figures: &[Option<FigureView>],
    anchors: &mut Anchors,
) -> Vec<Comparison> {
    // Every fact's figure, in briefing order.
    let mut groups: Vec<(String, Vec<&FigureView>)> = Vec::new();
    for (figure, fact) in figures.iter().zip(&outline.facts) {
        let Some(figure) = figure else { continue };
        let raw = (fact.figure.as_ref()).and_then(|f| f.value.measure.as_ref());
        let Some(raw) = raw.map(|m| m.value.as_str()) else {
            continue;
        };
        let key = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let key = key.to_lowercase();
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(figure),
            None => groups.push((key, vec![figure])),
        }
    }
    groups
        .into_iter()
        .filter(|(_, list)| list.len() >= 2)
        .map(|(key, list)| Comparison {
            measure: list[0].measure.clone().unwrap_or_default(),
            anchor: anchors.unique("measure", &key),
            figures: side_by_side(&list),
        })
        .collect()
}

/// The figures, each with its share of the largest (for the bars).
fn side_by_side(figures: &[&FigureView]) -> Vec<ComparedFigure> {
    let largest = figures.iter().map(|f| f.number.abs()).fold(0.0, f64::max);
    figures
        .iter()
        .map(|f| ComparedFigure {
            figure: (*f).clone(),
            share: if largest > 0.0 {
                f.number.abs() / largest
            } else {
                0.0
            },
        })
        .collect()
}

fn timeline(outline: &Outline<'_>, facts: &[Named]) -> Vec<TimelineDay> {
    let mut dated: Vec<(Date, &Named)> = (outline.facts.iter())
        .zip(facts)
        .filter_map(|(f, s)| Some((f.date.as_ref()?.value, s)))
        .collect();
    // A stable sort keeps briefing order within a day.
    dated.sort_by_key(|(date, _)| *date);
    let mut days: Vec<(Date, TimelineDay)> = Vec::new();
    for (date, fact) in dated {
        match days.last_mut() {
            Some((day, list)) if *day == date => list.facts.push(fact.clone()),
            _ => days.push((
                date,
                TimelineDay {
                    date: outline.day(&date),
                    facts: vec![fact.clone()],
                },
            )),
        }
    }
    days.into_iter().map(|(_, day)| day).collect()
}

/// Places in alphabetical order (the same whatever the case), each with its facts.
fn places(
    outline: &Outline<'_>,
    facts: &[Named],
    target: Target,
    anchors: &mut Anchors,
) -> Vec<Place> {
    // Most facts write a place as another did before: a name seen before is looked up as it
    // is, and only a new one is lowercased.
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut by_place: Vec<(String, &str, Vec<Named>)> = Vec::new();
    for (fact, summary) in outline.facts.iter().zip(facts) {
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

/// The sources in the order of their numbers, each with the facts that cite it.
fn sources(outline: &Outline<'_>, facts: &[Named], texts: &[SourceTexts]) -> Vec<SourceView> {
    let file = outline.file;
    let mut cited_by: Vec<Vec<Named>> = vec![Vec::new(); file.sources.len()];
    for (index, summary) in facts.iter().enumerate() {
        let mut seen: Vec<usize> = Vec::new();
        for &i in outline.cited(index).iter().flatten() {
            if !seen.contains(&i) {
                seen.push(i);
                cited_by[i].push(summary.clone());
            }
        }
    }
    let mut out: Vec<SourceView> = (file.sources.iter().zip(texts).zip(cited_by))
        .zip(&outline.source_numbers)
        .map(|(((source, texts), cited_by), &number)| SourceView {
            id: texts.id.clone(),
            number,
            anchor: texts.anchor.clone(),
            title: texts.title.clone(),
            publisher: texts.publisher.clone(),
            author: texts.author.clone(),
            published: source.published.as_ref().map(|d| Day::new(&d.value)),
            url: texts.url.clone(),
            archive_url: texts.archive_url.clone(),
            accessed: source.accessed.as_ref().map(|d| Day::new(&d.value)),
            note: texts.note.clone(),
            cited_by,
        })
        .collect();
    out.sort_by_key(|s| s.number);
    out
}
