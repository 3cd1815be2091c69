//! Where everything goes in the briefing, whatever the format: the facts in briefing order and
//! their numbers, the topics and their anchors, the sources' numbers, the totals. Made once for
//! all formats.

use super::Assurance;
use super::view::{Day, Shared, Totals};
use crate::check::{Copy, Support};
use crate::load::model::{Date, Fact, FactsFile};
use crate::rules::Rule;
use crate::text::{name_key, nfc};
use ahash::{AHashMap as HashMap, AHashSet as HashSet};
use std::borrow::Cow;

pub struct Outline<'a> {
    pub file: &'a FactsFile,
    /// Facts in briefing order: topic by topic, topics in order of first appearance, file
    /// order within a topic. A fact's number is its place here plus one.
    pub facts: Vec<&'a Fact>,
    /// Each topic as written (trimmed), its anchor, and how many facts it has.
    pub topics: Vec<(&'a str, String, usize)>,
    /// Each fact's anchor (`fact-<id>`), in briefing order.
    pub fact_anchors: Vec<String>,
    /// Each source's anchor (`source-<id>`), in the order of the facts file.
    pub source_anchors: Vec<String>,
    /// How each citation of each fact supports it, in briefing order (empty when not known).
    support: Vec<&'a [Support]>,
    /// The sources of each fact that state it in another's copy, in briefing order.
    copies: Vec<&'a [Copy]>,
    /// For each source, the first source that is the same article (`duplicate-source`).
    same_as: &'a [usize],
    /// The source (index in `file.sources`) of every citation, fact after fact in briefing
    /// order; `None` for an undeclared one. Fact `i`'s start at `first_citation[i]`.
    cited: Vec<Option<usize>>,
    first_citation: Vec<usize>,
    /// Each source's number in the source list, in the order of `file.sources`.
    pub source_numbers: Vec<usize>,
    /// Every date of a fact, written out once as a template value that its facts share.
    days: HashMap<Date, Shared<Day>>,
    /// The facts (places in briefing order) whose figures lead the key-figures panel, in its
    /// order: those that `briefing.key_figures` lists, or else every fact with a figure.
    pub key_figures: Vec<usize>,
    /// For each fact in briefing order, whether the panel shows its figure.
    pub in_panel: Vec<bool>,
    /// Anchors given so far (the topics', facts' and sources'), so that later ones stay unique.
    pub anchors: Anchors,
    pub totals: Totals,
}

impl<'a> Outline<'a> {
    /// `on_file` tells, for each source, whether its text was read.
    pub fn new(file: &'a FactsFile, assurance: &'a Assurance) -> Outline<'a> {
        let (order, topics, mut anchors) = by_topic(file);
        let facts: Vec<&Fact> = order.iter().map(|&i| &file.facts[i].value).collect();
        let support = (order.iter())
            .map(|&i| assurance.support.get(i).map_or(&[][..], Vec::as_slice))
            .collect();
        let copies = (order.iter())
            .map(|&i| assurance.copies.get(i).map_or(&[][..], Vec::as_slice))
            .collect();
        // Ids are anchors as they are (links in statements name `#fact-<id>`): no slug.
        let fact_anchors =
            anchors.assign_exact(facts.iter().map(|f| format!("fact-{}", f.id.value)));
        let source_anchors =
            anchors.assign_exact((file.sources.iter()).map(|s| format!("source-{}", s.id.value)));
        let mut outline = Outline {
            file,
            facts,
            topics,
            fact_anchors,
            source_anchors,
            support,
            copies,
            same_as: &assurance.same_as,
            cited: Vec::new(),
            first_citation: Vec::new(),
            source_numbers: Vec::new(),
            days: HashMap::new(),
            key_figures: Vec::new(),
            in_panel: Vec::new(),
            anchors,
            totals: Totals::default(),
        };
        outline.choose_key_figures();
        outline.number_sources(&assurance.on_file);
        outline.totals.numbers_held = assurance.numbers_held;
        for fact in &outline.facts {
            for date in [&fact.date, &fact.verified_on].into_iter().flatten() {
                outline
                    .days
                    .entry(date.value)
                    .or_insert_with(|| Shared::new(&Day::new(&date.value)));
            }
        }
        outline
    }

    /// Numbers the sources in the order the briefing first cites them (the others after), and
    /// counts the citations and the facts whose every quote was checked against its file.
    fn number_sources(&mut self, on_file: &[bool]) {
        let sources = &self.file.sources;
        let index: HashMap<&str, usize> = sources
            .iter()
            .enumerate()
            .rev() // the first declaration of an id wins
            .map(|(i, s)| (s.id.value.as_str(), i))
            .collect();
        self.source_numbers = vec![0; sources.len()];
        let mut next = 1;
        let (mut citations, mut checked_facts) = (0, 0);
        for fact in &self.facts {
            self.first_citation.push(self.cited.len());
            let (mut checked, mut known) = (true, 0);
            for citation in &fact.sources.value {
                let source = index.get(citation.source.value.as_str()).copied();
                self.cited.push(source);
                let Some(i) = source else {
                    checked = false;
                    continue;
                };
                known += 1;
                if self.source_numbers[i] == 0 {
                    self.source_numbers[i] = next;
                    next += 1;
                }
                let quoted = citation
                    .quote
                    .as_ref()
                    .is_some_and(|q| !q.value.trim().is_empty());
                checked &= quoted && on_file.get(i).copied().unwrap_or(false);
            }
            citations += known;
            checked_facts += usize::from(checked && known > 0);
        }
        self.first_citation.push(self.cited.len());
        for n in self.source_numbers.iter_mut().filter(|n| **n == 0) {
            *n = next;
            next += 1;
        }
        self.totals = Totals {
            facts: self.facts.len(),
            sources: sources.len(),
            citations,
            checked_facts,
            all_checked: checked_facts == self.facts.len(),
            numbers_held: false,
            numbers_allowed: self.facts.iter().filter(|f| allows_a_number(f)).count(),
            signed_off: (self.facts.iter())
                .filter(|f| {
                    f.verified_by
                        .as_ref()
                        .is_some_and(|v| !v.value.trim().is_empty())
                })
                .count(),
        };
    }

    /// The figures of the panel: `briefing.key_figures` in its order (the loader refuses an
    /// id that is not a fact with a figure, or one listed twice; here they are passed over),
    /// or every figure in briefing order.
    fn choose_key_figures(&mut self) {
        self.in_panel = vec![false; self.facts.len()];
        let with_figure = |i: usize| self.facts[i].figure.is_some();
        self.key_figures = match &self.file.briefing.value.key_figures {
            Some(list) => {
                let by_id = self.places_of_ids();
                let mut chosen: Vec<usize> = Vec::with_capacity(list.value.len());
                for id in &list.value {
                    if let Some(&i) = by_id.get(id.value.as_str())
                        && with_figure(i)
                        && !self.in_panel[i]
                    {
                        self.in_panel[i] = true;
                        chosen.push(i);
                    }
                }
                chosen
            }
            None => (0..self.facts.len()).filter(|&i| with_figure(i)).collect(),
        };
        for &i in &self.key_figures {
            self.in_panel[i] = true;
        }
    }

    /// The day `date`, written out (once, for the days of the facts).
    pub fn day(&self, date: &Date) -> Shared<Day> {
        match self.days.get(date) {
            Some(day) => day.clone(),
            None => Shared::new(&Day::new(date)),
        }
    }

    /// The sources cited by the fact at `index`, citation by citation.
    /// How each citation of the fact at `index` (in briefing order) supports it; empty when
    /// it is not known, which counts every citation as stating it.
    pub fn support(&self, index: usize) -> &'a [Support] {
        self.support.get(index).copied().unwrap_or_default()
    }

    /// The sources of the fact at `index` (in briefing order) that state it in another's copy.
    pub fn copies(&self, index: usize) -> &'a [Copy] {
        self.copies.get(index).copied().unwrap_or_default()
    }

    /// The source that `source` is the same article as (`duplicate-source`), or itself: the
    /// briefing counts one article once.
    pub fn article(&self, source: usize) -> usize {
        self.same_as.get(source).copied().unwrap_or(source)
    }

    pub fn cited(&self, index: usize) -> &[Option<usize>] {
        &self.cited[self.first_citation[index]..self.first_citation[index + 1]]
    }

    /// The place in the briefing of each fact id (the first, if an id is repeated).
    pub fn places_of_ids(&self) -> HashMap<&'a str, usize> {
        let mut by_id = HashMap::new();
        for (index, fact) in self.facts.iter().enumerate() {
            by_id.entry(fact.id.value.as_str()).or_insert(index);
        }
        by_id
    }
}

/// The facts in briefing order, and each topic (trimmed) with its anchor and its number of
/// facts, in order of first appearance.
/// The facts' indices in briefing order, the topics, and the anchors given to them.
type ByTopic<'a> = (Vec<usize>, Vec<(&'a str, String, usize)>, Anchors);

/// Topics are one section whatever their case (`Casualties`, `casualties`), their runs of white
/// space and their Unicode form (`É` composed or not), as places are one place, under the first
/// spelling; a topic seen before is looked up as it is, and only a new one is made a key.
fn by_topic(file: &FactsFile) -> ByTopic<'_> {
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    let mut group_of: HashMap<&str, usize> = HashMap::new();
    let mut group_of_key: HashMap<String, usize> = HashMap::new();
    for (index, fact) in file.facts.iter().enumerate() {
        let topic = fact.topic.value.trim();
        let i = *group_of.entry(topic).or_insert_with(|| {
            *group_of_key.entry(name_key(topic)).or_insert_with(|| {
                groups.push((topic, Vec::new()));
                groups.len() - 1
            })
        });
        groups[i].1.push(index);
    }
    let mut anchors = Anchors::default();
    let composed: Vec<Cow<'_, str>> = groups.iter().map(|(topic, _)| nfc(topic)).collect();
    let topic_anchors = anchors.assign("topic", composed.iter().map(|t| t.as_ref()));
    let topics = (groups.iter().zip(topic_anchors))
        .map(|((topic, facts), anchor)| (*topic, anchor, facts.len()))
        .collect();
    let facts = groups.into_iter().flat_map(|(_, facts)| facts).collect();
    (facts, topics, anchors)
}

/// The anchors of the page (topics, facts, sources, measures, places), each unique in it:
/// `topic-kherson`, and `topic-kherson-2` for a repeat. Every anchor is made of letters,
/// digits and `-`, so the templates' own ids can take a form none of them has
/// (`measure-deaths_title`).
#[derive(Default, Clone)]
pub struct Anchors {
    used: HashSet<String>,
    /// For each anchor repeated, the number its next repeat tries first: every one below it is
    /// taken (anchors are never given back), and trying them all again from 2 took minutes
    /// for thousands of topics of the same words.
    next: HashMap<String, usize>,
}

impl Anchors {
    /// The anchor of each text: the prefix and the text's words in lowercase (`topic-kherson`).
    pub fn assign<'t>(
        &mut self,
        prefix: &str,
        texts: impl IntoIterator<Item = &'t str>,
    ) -> Vec<String> {
        self.assign_exact(texts.into_iter().map(|text| slug(prefix, text)))
    }

    /// Each anchor as asked for when it is free; a repeat, or one another kind has taken,
    /// gets the first of `-2`, `-3`, ... that is no anchor of the page, given or asked for
    /// here: so "Phase-1", after "Phase 1", does not take the anchor of "Phase 1 2".
    pub fn assign_exact(&mut self, wanted: impl IntoIterator<Item = String>) -> Vec<String> {
        let wanted: Vec<String> = wanted.into_iter().collect();
        let own: Vec<bool> = (wanted.iter())
            .map(|anchor| self.used.insert(anchor.clone()))
            .collect();
        (wanted.into_iter().zip(own))
            .map(|(anchor, own)| if own { anchor } else { self.repeat(&anchor) })
            .collect()
    }

    /// The first of `{anchor}-2`, `{anchor}-3`, ... that is free, now taken.
    fn repeat(&mut self, anchor: &str) -> String {
        let mut n = self.next.get(anchor).copied().unwrap_or(2);
        loop {
            let candidate = format!("{anchor}-{n}");
            n += 1;
            if self.used.insert(candidate.clone()) {
                self.next.insert(anchor.to_owned(), n);
                return candidate;
            }
        }
    }
}

/// `prefix-words`: the text's letters and digits of any script, in lowercase ("Київ" and
/// "Économie" are told apart by their own words), each run of anything else one `-`.
fn slug(prefix: &str, text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        prefix.to_owned()
    } else {
        format!("{prefix}-{slug}")
    }
}

/// Whether the fact accepts, with a reason, a number that is not in its quotes.
fn allows_a_number(fact: &Fact) -> bool {
    (fact.allow.iter()).any(|a| {
        matches!(
            a.rule.value.0,
            Rule::NumberNotInQuote | Rule::FigureNotInQuote
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_unique_slugs() {
        let mut a = Anchors::default();
        let topics = [
            "Odesa and the Black Sea",
            "Odesa & the Black Sea!",
            "Odesa and the Black Sea",
            "Économie",
            "日本",
            "—",
        ];
        assert_eq!(
            a.assign("topic", topics),
            [
                "topic-odesa-and-the-black-sea",
                "topic-odesa-the-black-sea",
                "topic-odesa-and-the-black-sea-2",
                "topic-économie",
                "topic-日本",
                "topic",
            ]
        );
        assert_eq!(a.assign("place", ["Київ"]), ["place-київ"]);
    }

    #[test]
    fn a_repeat_takes_no_other_anchor() {
        let mut a = Anchors::default();
        // "Phase-1" repeats "Phase 1": its `-2` would be the anchor of "Phase 1 2".
        assert_eq!(
            a.assign("topic", ["Phase 1", "Phase-1", "Phase 1 2", "phase 1"]),
            [
                "topic-phase-1",
                "topic-phase-1-3",
                "topic-phase-1-2",
                "topic-phase-1-4"
            ]
        );
        // Later kinds avoid what was given before too.
        assert_eq!(
            a.assign_exact(["topic-phase-1-2".to_owned()]),
            ["topic-phase-1-2-2"]
        );
    }

    // Each repeat tried `-2`, `-3`, ... again: 40,000 topics of the same words took minutes.
    #[test]
    fn thousands_of_repeats_each_take_the_next_number() {
        let texts: Vec<String> = (0..40_000)
            .map(|i| format!("Kherson {}", "!".repeat(i % 7)))
            .collect();
        let mut a = Anchors::default();
        let anchors = a.assign("topic", texts.iter().map(String::as_str));
        assert_eq!(anchors[0], "topic-kherson");
        assert_eq!(anchors[39_999], "topic-kherson-40000");
        // One asked for later, among them, still gets the first number free.
        let mut b = Anchors::default();
        b.assign("topic", ["Kherson", "Kherson 3", "Kherson", "Kherson"]);
        assert_eq!(b.assign("topic", ["Kherson"]), ["topic-kherson-5"]);
    }
}
