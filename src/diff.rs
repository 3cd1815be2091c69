//! What changed between two versions of a facts file: the facts added, removed and changed
//! (matched by id), what changed in each, and how their figures moved.
//!
//! `Diff::new` is pure (two loaded files in, plain data out). `report::diff` prints it for
//! `factsheet diff`; `render::view` shows it at the top of the briefings. Every
//! list follows the order of a file, so the same two files always give the same bytes.

use crate::format::number as format_number;
use crate::load::git::Revision;
use crate::load::model::{Date, Fact, FactsFile};
use crate::text::collapse_spaces;
use ahash::{AHashMap as HashMap, AHashSet as HashSet};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Serialize, Serializer};

mod sources;
pub use sources::{
    ChangedSource, FieldChange, SourceChanges, SourceEntry, describe_briefing,
    describe_source_changes,
};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// Facts of the new file whose id the old one does not have, in the new file's order.
    pub added: Vec<FactEntry>,
    /// Facts of the old file whose id the new one does not have, in the old file's order.
    pub removed: Vec<FactEntry>,
    /// Facts in both files that differ, in the new file's order.
    pub changed: Vec<ChangedFact>,
    /// Sources added, removed and changed (matched by id): an article swapped under the facts
    /// that cite it shows here, as its `file` and `sha256`.
    pub sources: SourceChanges,
    /// The fields of `briefing:` that differ (`title`, `as_of`, `summary`, `key_figures`).
    pub briefing: Vec<FieldChange>,
    /// The counts of facts.
    pub summary: Summary,
    /// The git revision compared with (`--since`): headings show its commit's date and short
    /// hash; JSON gives it as `since` (as typed, the full hash, the date).
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_revision"
    )]
    pub since: Option<Revision>,
}

/// A fact as the diff shows it. Text is as written (statements are inline Markdown), with runs
/// of white space folded to one space, as the briefings show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactEntry {
    pub id: String,
    pub statement: String,
    pub topic: String,
    pub figure: Option<FigureValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct FigureValue {
    pub value: Num,
    pub label: String,
    pub measure: Option<String>,
    /// How the source qualifies the number ("at least", "up to").
    pub qualifier: Option<&'static str>,
    /// The time the number covers, in words.
    pub period: Option<String>,
}

/// A citation, compared by its source id and its quote.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct CitationValue {
    pub source: String,
    pub quote: Option<String>,
    /// The source's publisher in its file, to name it to readers; not compared.
    #[serde(skip)]
    pub publisher: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChangedFact {
    pub id: String,
    /// The statement in the new file.
    pub statement: String,
    /// What changed, in the order of the fields in the facts format.
    pub changes: Vec<Change>,
}

/// One field of a fact that differs: `{"field": "topic", "old": ..., "new": ...}` in JSON.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum Change {
    Statement {
        old: String,
        new: String,
    },
    Topic {
        old: String,
        new: String,
    },
    Location {
        old: Option<String>,
        new: Option<String>,
    },
    /// Dates as `YYYY-MM-DD`.
    Date {
        old: Option<String>,
        new: Option<String>,
    },
    ClaimedBy {
        old: Option<String>,
        new: Option<String>,
    },
    Figure {
        old: Option<FigureValue>,
        new: Option<FigureValue>,
        /// When both versions have a figure and its value moved.
        delta: Option<FigureDelta>,
    },
    Sources {
        old: Vec<CitationValue>,
        new: Vec<CitationValue>,
    },
    VerifiedBy {
        old: Option<String>,
        new: Option<String>,
    },
    /// Dates as `YYYY-MM-DD`.
    VerifiedOn {
        old: Option<String>,
        new: Option<String>,
    },
    /// The findings the fact accepts, each rule with its reason.
    Allow {
        old: Vec<AllowValue>,
        new: Vec<AllowValue>,
    },
}

/// An `allow` entry: a rule a fact accepts, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct AllowValue {
    pub rule: String,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
pub struct FigureDelta {
    pub old: Num,
    pub new: Num,
    /// `new - old`, rounded to the decimals the two values are written with.
    pub difference: Num,
    /// The difference as a percentage of the old value, to one decimal; none when it was 0.
    pub percent: Option<Num>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    pub unchanged: usize,
}

/// A figure's number, written in JSON as an integer when it is one (`498`, not `498.0`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub f64);

impl JsonSchema for Num {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Num".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "number" })
    }
}

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        // Within 2^53 an integral f64 is exactly an i64.
        if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
            serializer.serialize_i64(v as i64)
        } else {
            serializer.serialize_f64(v)
        }
    }
}

/// A fact reduced to the fields the diff compares.
struct Snapshot {
    id: String,
    statement: String,
    topic: String,
    location: Option<String>,
    date: Option<String>,
    claimed_by: Option<String>,
    figure: Option<FigureValue>,
    citations: Vec<CitationValue>,
    verified_by: Option<String>,
    verified_on: Option<String>,
    allow: Vec<AllowValue>,
}

impl Snapshot {
    fn of(fact: &Fact, publishers: &HashMap<&str, &str>) -> Snapshot {
        Snapshot {
            id: fact.id.value.0.clone(),
            statement: collapse_spaces(&fact.statement.value),
            topic: collapse_spaces(&fact.topic.value),
            location: fact.location.as_ref().and_then(|l| text(&l.value)),
            date: fact.date.as_ref().map(|d| d.value.to_string()),
            claimed_by: fact.claimed_by.as_ref().and_then(|c| text(&c.value)),
            figure: fact.figure.as_ref().map(|f| FigureValue {
                value: Num(f.value.value.value.value),
                label: collapse_spaces(&f.value.label.value),
                measure: f.value.measure.as_ref().and_then(|m| text(&m.value)),
                qualifier: f.value.qualifier.as_ref().map(|q| q.value.0),
                period: f.value.period.as_ref().and_then(|p| text(&p.value)),
            }),
            citations: fact
                .sources
                .value
                .iter()
                .map(|c| CitationValue {
                    source: c.value.source.value.0.clone(),
                    quote: c.value.quote.as_ref().and_then(|q| text(&q.value)),
                    publisher: publishers
                        .get(c.value.source.value.as_str())
                        .map(|p| collapse_spaces(p)),
                })
                .collect(),
            verified_by: fact.verified_by.as_ref().and_then(|v| text(&v.value)),
            verified_on: fact.verified_on.as_ref().map(|d| d.value.to_string()),
            allow: (fact.allow.iter())
                .map(|a| AllowValue {
                    rule: a.value.rule.value.0.name().to_owned(),
                    reason: collapse_spaces(&a.value.reason.value),
                })
                .collect(),
        }
    }

    fn entry(self) -> FactEntry {
        FactEntry {
            id: self.id,
            statement: self.statement,
            topic: self.topic,
            figure: self.figure,
        }
    }
}

/// Optional text: blank is the same as absent.
fn text(s: &str) -> Option<String> {
    Some(collapse_spaces(s)).filter(|t| !t.is_empty())
}

fn same_number(a: f64, b: f64) -> bool {
    a == b || (a.is_nan() && b.is_nan())
}

fn same_figure(a: &FigureValue, b: &FigureValue) -> bool {
    same_number(a.value.0, b.value.0)
        && a.label == b.label
        && a.measure == b.measure
        && a.qualifier == b.qualifier
        && a.period == b.period
}

fn same_citations(a: &[CitationValue], b: &[CitationValue]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.source == y.source && x.quote == y.quote)
}

/// Each fact keyed by its id and how many facts before it share that id, so that a repeated
/// id (which `check` reports) still pairs one to one, in order.
fn keyed(snapshots: &[Snapshot]) -> Vec<(String, usize)> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    snapshots
        .iter()
        .map(|s| {
            let n = seen.entry(s.id.as_str()).or_insert(0);
            *n += 1;
            (s.id.clone(), *n - 1)
        })
        .collect()
}

fn snapshots(file: &FactsFile) -> Vec<Snapshot> {
    let mut publishers: HashMap<&str, &str> = HashMap::new();
    for source in &file.sources {
        // The first declaration of an id is the one citations use.
        publishers
            .entry(source.id.value.as_str())
            .or_insert(source.publisher.value.as_str());
    }
    file.facts
        .iter()
        .map(|f| Snapshot::of(&f.value, &publishers))
        .collect()
}

impl Diff {
    /// What changed from `old` to `new`.
    pub fn new(old_file: &FactsFile, new_file: &FactsFile) -> Diff {
        let old = snapshots(old_file);
        let new = snapshots(new_file);
        let old_keys = keyed(&old);
        let new_keys = keyed(&new);
        // Lookups only: every list below follows the order of a file.
        let old_index: HashMap<&(String, usize), usize> =
            old_keys.iter().enumerate().map(|(i, k)| (k, i)).collect();
        let in_new: HashSet<&(String, usize)> = new_keys.iter().collect();

        let mut diff = Diff {
            added: Vec::new(),
            removed: Vec::new(),
            changed: Vec::new(),
            sources: sources::compare_sources(old_file, new_file),
            briefing: sources::compare_briefing(old_file, new_file),
            summary: Summary::default(),
            since: None,
        };
        for (snapshot, key) in new.into_iter().zip(&new_keys) {
            match old_index.get(key) {
                Some(&i) => {
                    let changes = changes(&old[i], &snapshot);
                    if changes.is_empty() {
                        diff.summary.unchanged += 1;
                    } else {
                        diff.changed.push(ChangedFact {
                            id: snapshot.id,
                            statement: snapshot.statement,
                            changes,
                        });
                    }
                }
                None => diff.added.push(snapshot.entry()),
            }
        }
        for (snapshot, key) in old.into_iter().zip(&old_keys) {
            if !in_new.contains(key) {
                diff.removed.push(snapshot.entry());
            }
        }
        diff.summary.added = diff.added.len();
        diff.summary.removed = diff.removed.len();
        diff.summary.changed = diff.changed.len();
        diff
    }

    /// Names the revision compared with, for headings.
    pub fn since(mut self, revision: Revision) -> Diff {
        self.since = Some(revision);
        self
    }

    /// Whether no fact changed (the sources and the briefing block aside).
    pub fn no_fact_changed(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }

    /// Whether nothing changed: no fact, no source, nothing of `briefing:`.
    pub fn is_empty(&self) -> bool {
        self.no_fact_changed() && self.sources.is_empty() && self.briefing.is_empty()
    }
}

/// `{"revision": "HEAD~1", "commit": "<full hash>", "date": "2022-03-02"}`.
fn serialize_revision<S: Serializer>(
    revision: &Option<Revision>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let Some(revision) = revision else {
        return serializer.serialize_none();
    };
    let mut out = serializer.serialize_struct("Since", 3)?;
    out.serialize_field("revision", &revision.typed)?;
    out.serialize_field("commit", &revision.commit)?;
    out.serialize_field("date", &revision.date.to_string())?;
    out.end()
}

/// The fields that differ, in the order of the facts format.
fn changes(old: &Snapshot, new: &Snapshot) -> Vec<Change> {
    let mut out = Vec::new();
    // A field whose old and new values are told as they are.
    macro_rules! told {
        ($variant:ident, $field:ident) => {
            if old.$field != new.$field {
                out.push(Change::$variant {
                    old: old.$field.clone(),
                    new: new.$field.clone(),
                });
            }
        };
    }
    told!(Statement, statement);
    told!(Topic, topic);
    told!(Location, location);
    told!(Date, date);
    told!(ClaimedBy, claimed_by);
    let figure_changed = match (&old.figure, &new.figure) {
        (None, None) => false,
        (Some(a), Some(b)) => !same_figure(a, b),
        _ => true,
    };
    if figure_changed {
        let delta = match (&old.figure, &new.figure) {
            (Some(a), Some(b)) if !same_number(a.value.0, b.value.0) => {
                Some(delta(a.value.0, b.value.0))
            }
            _ => None,
        };
        out.push(Change::Figure {
            old: old.figure.clone(),
            new: new.figure.clone(),
            delta,
        });
    }
    if !same_citations(&old.citations, &new.citations) {
        out.push(Change::Sources {
            old: old.citations.clone(),
            new: new.citations.clone(),
        });
    }
    told!(VerifiedBy, verified_by);
    told!(VerifiedOn, verified_on);
    told!(Allow, allow);
    out
}

fn delta(old: f64, new: f64) -> FigureDelta {
    // 1.7 - 1.4 is 0.30000000000000004 in binary; the values' own decimals say what to show.
    let decimals = decimals(old).max(decimals(new));
    let scale = 10f64.powi(decimals);
    let difference = ((new - old) * scale).round() / scale;
    let percent = (old != 0.0).then(|| ((new - old) / old.abs() * 1000.0).round() / 10.0);
    FigureDelta {
        old: Num(old),
        new: Num(new),
        difference: Num(difference),
        percent: percent.map(Num),
    }
}

/// How many decimals the shortest form of `v` has (`1.4` has 1), at most 300 (10^300 is
/// still a float).
fn decimals(v: f64) -> i32 {
    let shown = format!("{v}");
    let n = shown.split_once('.').map_or(0, |(_, f)| f.len());
    i32::try_from(n.min(300)).unwrap_or(300)
}

/// `498 → 512 (+14, +2.8%)`
pub fn delta_text(d: &FigureDelta) -> String {
    let difference = if d.difference.0 >= 0.0 {
        format!("+{}", format_number(d.difference.0))
    } else {
        format_number(d.difference.0)
    };
    let percent = d
        .percent
        .map(|p| format!(", {:+.1}%", p.0))
        .unwrap_or_default();
    format!(
        "{} → {} ({difference}{percent})",
        format_number(d.old.0),
        format_number(d.new.0)
    )
}

/// How `describe` words a change.
pub struct Style<'a> {
    /// Makes text from the facts file safe for the output (Markdown escaping, or white space
    /// folding only when the output escapes it itself).
    pub text: &'a dyn Fn(&str) -> String,
    /// For the readers of a briefing: sources by publisher, dates in words, fields by what they
    /// mean. Otherwise for the authors of the facts file: source ids, ISO dates, field names.
    pub readers: bool,
}

impl Style<'_> {
    fn quoted(&self, s: &str) -> String {
        format!("“{}”", (self.text)(s))
    }

    fn optional(&self, s: Option<&str>) -> String {
        s.map_or_else(|| "none".to_owned(), |s| self.quoted(s))
    }

    fn date(&self, iso: Option<&String>) -> String {
        match iso {
            None => "none".to_owned(),
            Some(iso) if self.readers => {
                Date::parse(iso).map_or_else(|_| iso.clone(), |d| crate::format::day(&d.0))
            }
            Some(iso) => iso.clone(),
        }
    }

    fn source(&self, c: &CitationValue) -> String {
        match &c.publisher {
            Some(publisher) if self.readers => (self.text)(publisher),
            _ => (self.text)(&c.source),
        }
    }

    /// The field's name, capitalised for readers.
    fn field(&self, authors: &str, readers: &str) -> String {
        if self.readers { readers } else { authors }.to_owned()
    }

    fn figure(&self, f: &FigureValue) -> String {
        format!("{} ({})", format_number(f.value.0), (self.text)(&f.label))
    }
}

/// One line for each thing that changed, except the statement (which each output shows in
/// its own way, since it is inline Markdown and the rest is plain text).
pub fn describe(change: &Change, style: &Style<'_>) -> Vec<String> {
    // "Place: “Kherson” → none": the field's name, its old and its new value.
    let line = |field: &str, label: &str, old: String, new: String| {
        vec![format!("{}: {old} → {new}", style.field(field, label))]
    };
    let text = |s: &Option<String>| style.optional(s.as_deref());
    match change {
        Change::Statement { .. } => Vec::new(),
        Change::Topic { old, new } => line("topic", "Topic", style.quoted(old), style.quoted(new)),
        Change::Location { old, new } => line("location", "Place", text(old), text(new)),
        Change::Date { old, new } => line(
            "date",
            "Date",
            style.date(old.as_ref()),
            style.date(new.as_ref()),
        ),
        Change::ClaimedBy { old, new } => line("claimed_by", "According to", text(old), text(new)),
        Change::Figure { old, new, delta } => {
            describe_figure(old.as_ref(), new.as_ref(), delta.as_ref(), style)
        }
        Change::Sources { old, new } => describe_sources(old, new, style),
        Change::VerifiedBy { old, new } => line("verified_by", "Checked by", text(old), text(new)),
        Change::VerifiedOn { old, new } => line(
            "verified_on",
            "Checked on",
            style.date(old.as_ref()),
            style.date(new.as_ref()),
        ),
        Change::Allow { old, new } => describe_allow(old, new, style),
    }
}

/// Each rule a fact now accepts (with its reason), no longer accepts, or accepts for
/// another reason.
fn describe_allow(old: &[AllowValue], new: &[AllowValue], style: &Style<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for a in new {
        match old.iter().find(|o| o.rule == a.rule) {
            None => out.push(format!(
                "{} {}: {}",
                style.field("now allows", "Now accepts the finding"),
                a.rule,
                style.quoted(&a.reason)
            )),
            Some(o) if o.reason != a.reason => out.push(format!(
                "{} {}: {} → {}",
                style.field("reason to allow", "Reason to accept the finding"),
                a.rule,
                style.quoted(&o.reason),
                style.quoted(&a.reason)
            )),
            Some(_) => {}
        }
    }
    for o in old.iter().filter(|o| !new.iter().any(|a| a.rule == o.rule)) {
        out.push(format!(
            "{} {}",
            style.field("no longer allows", "No longer accepts the finding"),
            o.rule
        ));
    }
    if out.is_empty() {
        out.push(style.field("allow reordered", "Accepted findings reordered"));
    }
    out
}

fn describe_figure(
    old: Option<&FigureValue>,
    new: Option<&FigureValue>,
    delta: Option<&FigureDelta>,
    style: &Style<'_>,
) -> Vec<String> {
    match (old, new) {
        (Some(a), Some(b)) => {
            let mut out = Vec::new();
            if let Some(d) = delta {
                let name = if style.readers {
                    (style.text)(&b.label)
                } else {
                    "figure".to_owned()
                };
                out.push(format!("{name}: {}", delta_text(d)));
            }
            if a.label != b.label {
                out.push(format!(
                    "{}: {} → {}",
                    style.field("figure label", "Figure label"),
                    style.quoted(&a.label),
                    style.quoted(&b.label)
                ));
            }
            // The optional parts, each told when it changed.
            for (field, reader, was, now) in [
                (
                    "figure measure",
                    "Figure measure",
                    a.measure.as_deref(),
                    b.measure.as_deref(),
                ),
                (
                    "figure qualifier",
                    "Figure qualifier",
                    a.qualifier,
                    b.qualifier,
                ),
                (
                    "figure period",
                    "Figure period",
                    a.period.as_deref(),
                    b.period.as_deref(),
                ),
            ] {
                if was != now {
                    out.push(format!(
                        "{}: {} → {}",
                        style.field(field, reader),
                        style.optional(was),
                        style.optional(now)
                    ));
                }
            }
            out
        }
        (None, Some(b)) => vec![format!(
            "{}: {}",
            style.field("figure added", "New figure"),
            style.figure(b)
        )],
        (Some(a), None) => vec![format!(
            "{}: {}",
            style.field("figure removed", "Figure removed"),
            style.figure(a)
        )],
        (None, None) => Vec::new(),
    }
}

/// Citations paired by source id (and occurrence, when a fact cites a source twice): new
/// ones and changed quotes in the new order, then the dropped ones in the old order.
fn describe_sources(
    old: &[CitationValue],
    new: &[CitationValue],
    style: &Style<'_>,
) -> Vec<String> {
    let key = |list: &[CitationValue]| -> Vec<(String, usize)> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        list.iter()
            .map(|c| {
                let n = seen.entry(c.source.as_str()).or_insert(0);
                *n += 1;
                (c.source.clone(), *n - 1)
            })
            .collect()
    };
    let (old_keys, new_keys) = (key(old), key(new));
    let old_at: HashMap<&(String, usize), &CitationValue> = old_keys.iter().zip(old).collect();
    let mut out = Vec::new();
    for (k, c) in new_keys.iter().zip(new) {
        match old_at.get(k) {
            Some(before) if before.quote != c.quote => out.push(format!(
                "{} {}: {} → {}",
                style.field("quote from", "Quote from"),
                style.source(c),
                style.optional(before.quote.as_deref()),
                style.optional(c.quote.as_deref())
            )),
            Some(_) => {}
            None => out.push(match &c.quote {
                Some(q) => format!(
                    "{} {}: {}",
                    style.field("now cites", "Now cites"),
                    style.source(c),
                    style.quoted(q)
                ),
                None => format!(
                    "{} {} (no quote)",
                    style.field("now cites", "Now cites"),
                    style.source(c)
                ),
            }),
        }
    }
    for (k, c) in old_keys.iter().zip(old) {
        if !new_keys.contains(k) {
            out.push(format!(
                "{} {}",
                style.field("no longer cites", "No longer cites"),
                style.source(c)
            ));
        }
    }
    if out.is_empty() {
        out.push(style.field("sources reordered", "Sources reordered"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_round_to_the_values_decimals() {
        let d = delta(498.0, 512.0);
        assert_eq!(delta_text(&d), "498 → 512 (+14, +2.8%)");
        let d = delta(1.4, 1.7);
        assert_eq!(d.difference, Num(0.3));
        assert_eq!(delta_text(&d), "1.4 → 1.7 (+0.3, +21.4%)");
        let d = delta(5840.0, 5000.0);
        assert_eq!(delta_text(&d), "5,840 → 5,000 (-840, -14.4%)");
        // However small, a change is not shown as none.
        let d = delta(100.0, 100.00000000000001);
        assert_eq!(
            delta_text(&d),
            "100 → 100.00000000000001 (+0.00000000000001, +0.0%)"
        );
        let d = delta(0.0, 12.0);
        assert_eq!(d.percent, None);
        assert_eq!(delta_text(&d), "0 → 12 (+12)");
    }

    fn file(facts: &str) -> FactsFile {
        let text = format!(
            "briefing:\n  title: T\n  as_of: 2022-03-03\nsources:\n  - id: wsj\n    title: W\n    publisher: The Wall Street Journal\n  - id: opoyi\n    title: O\n    publisher: Opoyi\nfacts:\n{facts}"
        );
        let (content, _) = crate::load::parse_facts(&text);
        content.unwrap_or_else(|p| panic!("{p:?}"))
    }

    fn fact(id: &str, extra: &str) -> String {
        format!(
            "  - id: {id}\n    statement: \"S {id}\"\n    topic: T\n{extra}    sources:\n      - source: wsj\n        quote: \"q\"\n"
        )
    }

    fn lines(diff: &Diff, readers: bool) -> Vec<String> {
        let style = Style {
            text: &collapse_spaces,
            readers,
        };
        diff.changed
            .iter()
            .flat_map(|c| &c.changes)
            .flat_map(|c| describe(c, &style))
            .collect()
    }

    #[test]
    fn figures_added_removed_and_relabelled() {
        let figure = |v: &str, label: &str| {
            format!("    figure:\n      value: {v}\n      label: \"{label}\"\n")
        };
        let old = file(
            &[
                fact("a", ""),
                fact("b", &figure("1597", "wounded")),
                fact("c", &figure("1.4", "million people")),
            ]
            .concat(),
        );
        let new = file(
            &[
                fact("a", &figure("2870", "Ukrainian soldiers killed")),
                fact("b", ""),
                fact("c", &figure("1.4", "million residents")),
            ]
            .concat(),
        );
        let diff = Diff::new(&old, &new);
        assert_eq!(
            lines(&diff, false),
            [
                "figure added: 2,870 (Ukrainian soldiers killed)",
                "figure removed: 1,597 (wounded)",
                "figure label: “million people” → “million residents”",
            ]
        );
        assert_eq!(
            lines(&diff, true),
            [
                "New figure: 2,870 (Ukrainian soldiers killed)",
                "Figure removed: 1,597 (wounded)",
                "Figure label: “million people” → “million residents”",
            ]
        );
        assert!(diff.changed.iter().all(|c| {
            c.changes
                .iter()
                .all(|x| !matches!(x, Change::Figure { delta: Some(_), .. }))
        }));
    }

    #[test]
    fn a_figure_requalified_or_given_another_period_is_a_change() {
        let figure =
            |extra: &str| format!("    figure:\n      value: 40\n      label: tanks\n{extra}");
        let old = file(&fact(
            "a",
            &figure("      qualifier: at least\n      period: in the first week\n"),
        ));
        let new = file(&fact(
            "a",
            &figure("      qualifier: up to\n      period: since 2014\n"),
        ));
        assert_eq!(
            lines(&Diff::new(&old, &new), false),
            [
                "figure qualifier: “at least” → “up to”",
                "figure period: “in the first week” → “since 2014”",
            ]
        );
        let unqualified = file(&fact("a", &figure("")));
        assert_eq!(
            lines(&Diff::new(&unqualified, &new), true),
            [
                "Figure qualifier: none → “up to”",
                "Figure period: none → “since 2014”",
            ]
        );
    }

    #[test]
    fn citations_paired_by_source() {
        let cites = |list: &[(&str, Option<&str>)]| -> String {
            let mut out = String::from("    sources:\n");
            for (source, quote) in list {
                out.push_str(&format!("      - source: {source}\n"));
                if let Some(q) = quote {
                    out.push_str(&format!("        quote: \"{q}\"\n"));
                }
            }
            out
        };
        let with = |id: &str, list: &[(&str, Option<&str>)]| {
            format!(
                "  - id: {id}\n    statement: S\n    topic: T\n{}",
                cites(list)
            )
        };
        let old = file(
            &[
                with("a", &[("wsj", Some("one")), ("opoyi", Some("two"))]),
                with("b", &[("wsj", Some("one")), ("opoyi", None)]),
            ]
            .concat(),
        );
        let new = file(
            &[
                with("a", &[("opoyi", Some("two")), ("wsj", Some("one"))]),
                with("b", &[("wsj", Some("one, longer")), ("wsj", None)]),
            ]
            .concat(),
        );
        let diff = Diff::new(&old, &new);
        assert_eq!(
            lines(&diff, false),
            [
                "sources reordered",
                "quote from wsj: “one” → “one, longer”",
                "now cites wsj (no quote)",
                "no longer cites opoyi",
            ]
        );
        assert_eq!(
            lines(&diff, true)[1..],
            [
                "Quote from The Wall Street Journal: “one” → “one, longer”",
                "Now cites The Wall Street Journal (no quote)",
                "No longer cites Opoyi",
            ]
        );
    }

    #[test]
    fn plain_fields_and_repeated_ids() {
        let old = file(
            &[
                fact("a", "    location: Kherson\n    date: 2022-03-02\n"),
                fact("dup", ""),
                fact("dup", ""),
            ]
            .concat(),
        );
        let new = file(
            &[
                fact(
                    "a",
                    "    claimed_by: \"Russia's Defence Ministry\"\n    date: 2022-03-03\n",
                ),
                fact("dup", ""),
            ]
            .concat(),
        );
        let diff = Diff::new(&old, &new);
        assert_eq!(
            lines(&diff, false),
            [
                "location: “Kherson” → none",
                "date: 2022-03-02 → 2022-03-03",
                "claimed_by: none → “Russia's Defence Ministry”",
            ]
        );
        assert_eq!(
            lines(&diff, true),
            [
                "Place: “Kherson” → none",
                "Date: 2 March 2022 → 3 March 2022",
                "According to: none → “Russia's Defence Ministry”",
            ]
        );
        // The second `dup` of the old file has no partner: it was removed.
        assert_eq!(diff.removed.len(), 1);
        assert_eq!(diff.removed[0].id, "dup");
        assert_eq!(diff.summary.unchanged, 1);
    }

    #[test]
    fn integral_numbers_are_json_integers() {
        assert_eq!(serde_json::to_string(&Num(498.0)).unwrap(), "498");
        assert_eq!(serde_json::to_string(&Num(2.8)).unwrap(), "2.8");
        assert_eq!(serde_json::to_string(&Num(-14.0)).unwrap(), "-14");
    }
}
