//! The briefing's lists, whatever the format: each fact's citations grouped by source, the
//! figures compared by measure, the timeline, the places, the facts that cite each source and
//! what changed. They hold places of facts in the outline (briefing order) and of sources in
//! the facts file, so that each format (the templates' views, the JSON document) writes the
//! same lists its own way and none of them orders, groups or counts again.

use super::outline::{Anchors, Outline};
use crate::check::{Copy, Support};
use crate::diff::{ChangedFact, Diff};
use crate::load::model::Date;
use crate::text::name_key;
use ahash::AHashMap as HashMap;
use schemars::JsonSchema;
use serde::Serialize;

/// A citation that gives no class (none was computed for it) states the fact.
static STATES: Support = Support::States;

/// One source that a fact cites, with the quotes of all its citations.
pub struct SourceGroup<'a> {
    /// The source's place in the facts file's `sources`.
    pub source: usize,
    /// How the source supports the statement: `States` when one of its citations states it
    /// (or it is cited without a quote), otherwise as its first citation reports it.
    pub support: &'a Support,
    /// Its quotes in citation order (trimmed, none empty), each with how it supports the fact.
    pub quotes: Vec<(&'a str, &'a Support)>,
}

/// A fact's citations, grouped by source, and what they add up to.
pub struct Citations<'a> {
    /// The sources, each once, in order of first citation; undeclared ones are left out.
    pub groups: Vec<SourceGroup<'a>>,
    /// How many quotes the citations give.
    pub quote_count: usize,
    /// How many distinct sources state the fact as worded (one article declared twice counts
    /// once).
    pub stating: usize,
    /// How many of those are independent: 1 when they all relay one claimant (`claimed_by`);
    /// otherwise those that run no other's copy.
    pub original: usize,
    /// The stating sources that run another's copy (the same words around the quote).
    pub copies: &'a [Copy],
}

/// The citations of the fact at `index` (in briefing order), grouped by source.
pub fn citations<'a>(outline: &Outline<'a>, index: usize) -> Citations<'a> {
    let fact = outline.facts[index];
    let support = outline.support(index);
    let mut groups: Vec<SourceGroup<'a>> = Vec::new();
    let mut quote_count = 0;
    let cited = fact.sources.value.iter().zip(outline.cited(index));
    for (k, (citation, source)) in cited.enumerate() {
        let Some(source) = *source else { continue };
        let how = support.get(k).unwrap_or(&STATES);
        let g = match groups.iter().position(|g| g.source == source) {
            Some(g) => g,
            None => {
                groups.push(SourceGroup {
                    source,
                    support: how,
                    quotes: Vec::new(),
                });
                groups.len() - 1
            }
        };
        let group = &mut groups[g];
        // A source that states it in one citation states it, whatever its others do.
        if how.states() {
            group.support = how;
        }
        let quote = (citation.quote.as_ref()).map(|q| q.value.trim());
        if let Some(text) = quote.filter(|q| !q.is_empty()) {
            quote_count += 1;
            group.quotes.push((text, how));
        }
    }
    // One article declared as two sources (`duplicate-source`) counts once.
    let mut articles: Vec<usize> = (groups.iter())
        .filter(|g| g.support.states())
        .map(|g| outline.article(g.source))
        .collect();
    articles.sort_unstable();
    articles.dedup();
    let stating = articles.len();
    let copies = outline.copies(index);
    Citations {
        groups,
        quote_count,
        stating,
        original: if fact.claimed_by.is_some() {
            stating.min(1)
        } else {
            stating.saturating_sub(copies.len()).max(stating.min(1))
        },
        copies,
    }
}

/// How a source, or one quote, supports the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// It says what the statement says (or it cannot be told: no quote, or the quote was not
    /// read in its source).
    States,
    /// It reports it hedged (`support_words`: the hedge, "looked to have").
    Hedged,
    /// It reports it as the claim of someone the statement does not name (`support_words`:
    /// whose, as the source words it; "someone" when it names no one).
    Claimed,
    /// It says the opposite: its source negates or denies it (`support_words`: the words that
    /// do, "Moscow denied that").
    Denied,
}

impl Class {
    /// `states`, `hedged`, `claimed` or `denied`.
    pub fn name(self) -> &'static str {
        match self {
            Class::States => "states",
            Class::Hedged => "hedged",
            Class::Claimed => "claimed",
            Class::Denied => "denied",
        }
    }
}

/// The class of a citation's support, and its words: the hedge, whose claim, or the denial.
pub fn class(support: &Support) -> (Class, Option<&str>) {
    match support {
        Support::States => (Class::States, None),
        Support::Hedged(words) => (Class::Hedged, Some(words)),
        Support::Claimed(words) => (Class::Claimed, Some(words)),
        Support::Denied(words) => (Class::Denied, Some(words)),
    }
}

/// Figures of one measure side by side.
pub struct Compared {
    /// The fact whose figure names the measure: the first in briefing order.
    pub named_by: usize,
    /// `measure-<slug>`: its anchor in HTML.
    pub anchor: String,
    /// Each fact (briefing order) with its figure's value as a share of the largest (0 to 1).
    pub figures: Vec<(usize, f64)>,
}

/// A place and the facts located there.
pub struct PlaceGroup<'a> {
    /// As the first fact that names it writes it (trimmed).
    pub name: &'a str,
    pub anchor: String,
    pub facts: Vec<usize>,
}

/// What changed since an earlier version, in briefing order where the facts are in it.
pub struct Changes<'d> {
    pub added: Vec<usize>,
    pub changed: Vec<(usize, &'d ChangedFact)>,
}

/// The lists of the page, for every format.
pub struct Groups<'a> {
    /// Measures that two or more facts give figures for (every fact's figure, whether
    /// `key_figures` shows it or not), in order of first appearance.
    pub comparisons: Vec<Compared>,
    /// Dated facts by day, oldest first, briefing order within a day.
    pub timeline: Vec<(&'a Date, Vec<usize>)>,
    /// Places in alphabetical order (the same whatever the case).
    pub places: Vec<PlaceGroup<'a>>,
    /// The sources (places in the facts file) in the order of their numbers.
    pub sources: Vec<usize>,
    /// For each source, in the order of the facts file, the facts that cite it.
    pub cited_by: Vec<Vec<usize>>,
}

impl<'a> Groups<'a> {
    pub fn new(outline: &Outline<'a>) -> Groups<'a> {
        // Comparisons and places take their anchors after the topics, in this order.
        let mut anchors = outline.anchors.clone();
        let comparisons = comparisons(outline, &mut anchors);
        let places = places(outline, &mut anchors);
        let mut sources: Vec<usize> = (0..outline.file.sources.len()).collect();
        sources.sort_by_key(|&i| outline.source_numbers[i]);
        Groups {
            comparisons,
            timeline: timeline(outline),
            places,
            sources,
            cited_by: cited_by(outline),
        }
    }
}

/// Every fact's figure grouped by measure (compared as `name_key` makes it), when two
/// or more facts give one.
fn comparisons(outline: &Outline<'_>, anchors: &mut Anchors) -> Vec<Compared> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (index, fact) in outline.facts.iter().enumerate() {
        let measure = (fact.figure.as_ref()).and_then(|f| f.value.measure.as_ref());
        let Some(measure) = measure.map(|m| m.value.as_str()) else {
            continue;
        };
        let key = name_key(measure);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(index),
            None => groups.push((key, vec![index])),
        }
    }
    let number = |i: usize| (outline.facts[i].figure.as_ref()).map_or(0.0, |f| f.value.number());
    groups.retain(|(_, list)| list.len() >= 2);
    let named = anchors.assign("measure", groups.iter().map(|(key, _)| key.as_str()));
    (groups.into_iter().zip(named))
        .map(|((_, list), anchor)| {
            // A bar is the figure's part of the largest: a figure of 0 or less has none (its
            // share is 0), however large its size; it is still listed with its value.
            let largest = list.iter().map(|&i| number(i)).fold(0.0, f64::max);
            let share = |i: usize| {
                if largest > 0.0 && number(i) > 0.0 {
                    number(i) / largest
                } else {
                    0.0
                }
            };
            Compared {
                named_by: list[0],
                anchor,
                figures: list.iter().map(|&i| (i, share(i))).collect(),
            }
        })
        .collect()
}

fn timeline<'a>(outline: &Outline<'a>) -> Vec<(&'a Date, Vec<usize>)> {
    let mut dated: Vec<(&Date, usize)> = (outline.facts.iter().enumerate())
        .filter_map(|(i, f)| Some((&f.date.as_ref()?.value, i)))
        .collect();
    // A stable sort keeps briefing order within a day.
    dated.sort_by_key(|(date, _)| *date);
    let mut days: Vec<(&Date, Vec<usize>)> = Vec::new();
    for (date, index) in dated {
        match days.last_mut() {
            Some((day, list)) if *day == date => list.push(index),
            _ => days.push((date, vec![index])),
        }
    }
    days
}

/// Places in alphabetical order, each with its facts; one place whatever its case, runs of
/// white space and Unicode form (`name_key`), under its first spelling.
fn places<'a>(outline: &Outline<'a>, anchors: &mut Anchors) -> Vec<PlaceGroup<'a>> {
    // Most facts write a place as another did before: a name seen before is looked up as it
    // is, and only a new one is lowercased.
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut by_place: Vec<(String, &str, Vec<usize>)> = Vec::new();
    for (index, fact) in outline.facts.iter().enumerate() {
        let Some(name) = fact.location.as_ref().map(|l| l.value.trim()) else {
            continue;
        };
        let i = *by_name.entry(name).or_insert_with(|| {
            let key = name_key(name);
            *by_key.entry(key.clone()).or_insert_with(|| {
                by_place.push((key, name, Vec::new()));
                by_place.len() - 1
            })
        });
        by_place[i].2.push(index);
    }
    by_place.sort_by(|a, b| a.0.cmp(&b.0));
    let named = anchors.assign("place", by_place.iter().map(|(key, _, _)| key.as_str()));
    (by_place.into_iter().zip(named))
        .map(|((_, name, facts), anchor)| PlaceGroup {
            name,
            anchor,
            facts,
        })
        .collect()
}

/// For each source (in the order of the facts file), the facts that cite it, in briefing
/// order, each once.
fn cited_by(outline: &Outline<'_>) -> Vec<Vec<usize>> {
    let mut cited_by: Vec<Vec<usize>> = vec![Vec::new(); outline.file.sources.len()];
    for index in 0..outline.facts.len() {
        for &i in outline.cited(index).iter().flatten() {
            // A fact's citations come together, so a repeated source is the last one pushed.
            if cited_by[i].last() != Some(&index) {
                cited_by[i].push(index);
            }
        }
    }
    cited_by
}

/// The facts that `diff` (whose new file is the briefing's) adds and changes, in briefing
/// order; removed facts are not in the briefing, and keep the earlier file's order.
pub fn changes<'d>(diff: &'d Diff, outline: &Outline<'_>) -> Changes<'d> {
    // Every added or changed fact is in the briefing: both come from the same file.
    let by_id = outline.places_of_ids();
    let mut added: Vec<usize> = (diff.added.iter())
        .filter_map(|f| by_id.get(f.id.as_str()).copied())
        .collect();
    added.sort_unstable();
    let mut changed: Vec<(usize, &ChangedFact)> = (diff.changed.iter())
        .filter_map(|c| Some((*by_id.get(c.id.as_str())?, c)))
        .collect();
    changed.sort_by_key(|(index, _)| *index);
    Changes { added, changed }
}
