//! The page's view: the briefing's lists (sections, key figures, comparisons, timeline,
//! places, sources, changes), each naming its facts by their shared summaries.

use super::fact::{self, SourceTexts, plain};
use super::groups::{self, Groups};
use super::outline::Outline;
use super::view::{
    ChangedView, ChangesView, ComparedFigure, Comparison, Day, FactSummary, FigureView, Markup,
    PageView, Place, RemovedView, Section, Shared, SourceView, TimelineDay,
};
use crate::diff::{Change, Diff, Style, describe, describe_briefing, describe_source_changes};
use crate::markdown::{self, Target};

/// A fact as the page names it: its summary.
type Named = Shared<FactSummary>;

/// The page for one format, given each fact's summary in briefing order.
pub fn view(
    outline: &Outline<'_>,
    groups: &Groups<'_>,
    facts: &[Named],
    sources: &[SourceTexts],
    changes: Option<&Diff>,
    target: Target,
) -> PageView {
    let briefing = &outline.file.briefing;
    let figures = figures(outline, facts, target);
    let comparisons = comparisons(groups, &figures);
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
        timeline: (groups.timeline.iter())
            .map(|(date, list)| TimelineDay {
                date: outline.day(date),
                facts: named(facts, list),
            })
            .collect(),
        places: places(groups, facts, target),
        sources: self::sources(outline, groups, facts, sources),
        totals: outline.totals.clone(),
    }
}

/// The facts at these places, as the page names them.
fn named(facts: &[Named], places: &[usize]) -> Vec<Named> {
    places.iter().map(|&i| facts[i].clone()).collect()
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
    let groups::Changes { added, changed } = groups::changes(diff, outline);
    let changed = (changed.into_iter())
        .map(|(index, c)| ChangedView {
            fact: facts[index].clone(),
            was: c.changes.iter().find_map(|change| match change {
                Change::Statement { old, .. } => Some(statement(old)),
                _ => None,
            }),
            details: (c.changes.iter())
                .flat_map(|change| describe(change, &style))
                .collect(),
        })
        .collect();
    ChangesView {
        since: text((diff.since.as_ref()).map_or("the earlier version", |r| r.typed.as_str())),
        commit: diff.since.as_ref().map(|r| r.short().to_owned()),
        date: diff.since.as_ref().map(|r| Day::new(&r.date)),
        added: named(facts, &added),
        changed,
        removed: (diff.removed.iter())
            .map(|f| RemovedView {
                id: f.id.clone(),
                statement: statement(&f.statement),
            })
            .collect(),
        sources: describe_source_changes(&diff.sources, &style),
        briefing: describe_briefing(&diff.briefing, &style),
    }
}

/// Figures of the same measure side by side, as the outline's groups compare them.
fn comparisons(groups: &Groups<'_>, figures: &[Option<FigureView>]) -> Vec<Comparison> {
    (groups.comparisons.iter())
        .map(|compared| Comparison {
            measure: (figures[compared.named_by].as_ref())
                .and_then(|f| f.measure.clone())
                .unwrap_or_default(),
            anchor: compared.anchor.clone(),
            // Every fact of a comparison has a figure.
            figures: (compared.figures.iter())
                .filter_map(|&(i, share)| {
                    let figure = figures[i].clone()?;
                    Some(ComparedFigure { figure, share })
                })
                .collect(),
        })
        .collect()
}

/// Places in alphabetical order, each with its facts.
fn places(groups: &Groups<'_>, facts: &[Named], target: Target) -> Vec<Place> {
    (groups.places.iter())
        .map(|place| Place {
            name: match target {
                Target::Html => place.name.to_owned(),
                Target::Markdown => markdown::escape(place.name),
            },
            anchor: place.anchor.clone(),
            facts: named(facts, &place.facts),
        })
        .collect()
}

/// The sources in the order of their numbers, each with the facts that cite it.
fn sources(
    outline: &Outline<'_>,
    groups: &Groups<'_>,
    facts: &[Named],
    texts: &[SourceTexts],
) -> Vec<SourceView> {
    (groups.sources.iter())
        .map(|&i| {
            let (source, texts) = (&outline.file.sources[i], &texts[i]);
            SourceView {
                id: texts.id.clone(),
                number: outline.source_numbers[i],
                anchor: texts.anchor.clone(),
                title: texts.title.clone(),
                publisher: texts.publisher.clone(),
                author: texts.author.clone(),
                published: source.published.as_ref().map(|d| Day::new(&d.value)),
                url: texts.url.clone(),
                archive_url: texts.archive_url.clone(),
                accessed: source.accessed.as_ref().map(|d| Day::new(&d.value)),
                note: texts.note.clone(),
                language: texts.language.clone(),
                cited_by: named(facts, &groups.cited_by[i]),
            }
        })
        .collect()
}
