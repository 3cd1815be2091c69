//! What the templates receive: typed views, with every text ready for the template's format
//! (inline Markdown rendered; plain text escaped for Markdown output, while HTML templates
//! escape it themselves). Lists are in a fixed order, so the output is stable.
//!
//! A fact template gets one [`FactView`] (`fact`); the page template gets a [`PageView`], in
//! which every mention of a fact (in its section, the timeline, the places, the sources, the
//! key figures, the changes) is the one [`FactSummary`] that carries the fact's rendered card.

use crate::load::model::Date;
use schemars::JsonSchema;
use serde::{Serialize, Serializer};
use std::marker::PhantomData;

/// The page template's variables (`briefing.html`, `briefing.md`).
#[derive(Debug, Serialize)]
pub struct PageView {
    pub title: String,
    pub as_of: Day,
    /// Rendered inline Markdown.
    pub summary: Option<Markup>,
    /// What changed since an earlier version (`generate --since`); none without it.
    pub changes: Option<ChangesView>,
    /// The figures that lead the briefing: those of the facts that `briefing.key_figures`
    /// lists, in its order; without that list, every fact's figure, in briefing order.
    pub key_figures: Vec<FigureView>,
    /// Measures that two or more facts give figures for, side by side (every fact's figure,
    /// whether `key_figures` shows it or not).
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

/// A fact wherever the page names it.
#[derive(Debug, Serialize)]
pub struct FactSummary {
    pub id: String,
    /// Facts are numbered 1, 2, ... in the order of the briefing.
    pub number: usize,
    /// `fact-<id>`: the fact's anchor in HTML.
    pub anchor: String,
    /// Rendered inline Markdown.
    pub statement: Markup,
    /// What the fact template (`fact.html`, `fact.md`) rendered, trailing white space removed.
    pub card: Markup,
    /// What the notes template (`fact-notes.md`) rendered: the footnotes that follow the
    /// section's list. Empty when the format has no notes template.
    pub notes: Markup,
}

/// One fact, as the fact template receives it (`fact`).
#[derive(Debug, Serialize)]
pub struct FactView<'a> {
    pub id: &'a str,
    /// Facts are numbered 1, 2, ... in the order of the briefing.
    pub number: usize,
    pub anchor: &'a str,
    /// Rendered inline Markdown.
    pub statement: &'a Markup,
    pub topic: String,
    pub location: Option<String>,
    pub date: Option<Shared<Day>>,
    pub claimed_by: Option<String>,
    pub figure: Option<FigureView>,
    /// Whether the page's key-figures panel shows the fact's figure: false when the fact has
    /// no figure, or `briefing.key_figures` leaves it out (then the fact shows it itself).
    pub figure_in_panel: bool,
    /// The sources the fact cites, each once, in order of first citation, with its quotes
    /// together: one footnote marker each.
    pub sources: Vec<CitedSource<'a>>,
    /// How many quotes the citations give (a citation without a quote gives none).
    pub quote_count: usize,
    /// How many distinct sources (outlets) state the fact as the statement words it; those
    /// that report it only hedged or as someone's claim are in `also_reported`.
    pub source_count: usize,
    /// How many of them are independent: 1 when they all relay one original claimant (the
    /// fact's `claimed_by`), otherwise `source_count`.
    pub original_sources: usize,
    /// The sources that report the fact without stating it, in citation order (not those
    /// that say the opposite).
    pub also_reported: Vec<AlsoReported<'a>>,
    /// The sources that say the opposite of the fact (their words negate or deny it), in
    /// citation order: neither counted nor listed as reporting it.
    pub denied_by: Vec<AlsoReported<'a>>,
    /// The stating sources that run another's copy (the same words around the quote), in
    /// citation order: `original_sources` counts each such pair once.
    pub same_copy: Vec<SameCopy<'a>>,
    pub verified_by: Option<String>,
    pub verified_on: Option<Shared<Day>>,
}

/// One source that a fact cites, with all the quotes the fact takes from it.
#[derive(Debug, Serialize)]
pub struct CitedSource<'a> {
    pub source_id: &'a str,
    /// The source's number in the source list.
    pub source_number: usize,
    pub source_anchor: &'a str,
    pub publisher: &'a str,
    /// The headline; none when the facts file gives none.
    pub title: Option<&'a str>,
    /// The source's `note`, if it has one.
    pub note: Option<&'a str>,
    pub url: Option<&'a str>,
    /// The language it is written in (a BCP 47 tag); none when the facts file does not say.
    pub language: Option<&'a str>,
    /// A label unique in the briefing (`3-2`: fact 3, its second source), for footnotes.
    pub label: String,
    /// Its quotes, in citation order; empty when it is cited without a quote.
    pub quotes: Vec<QuoteView>,
    /// How the source supports the statement: `states` when one of its citations states it
    /// (or it is cited without a quote), otherwise as its first citation reports it:
    /// `hedged`, `claimed` or `denied`.
    pub support: &'static str,
    /// The hedge, whose claim, or the words that deny it, when `support` is not `states`.
    pub support_words: Option<String>,
}

/// A quote, as a source's group of quotes gives it.
#[derive(Debug, Serialize)]
pub struct QuoteView {
    /// The quote, written for the format (without quotation marks around it).
    pub text: String,
    /// The quotation marks to put around it: `“` and `”`, or `‘` and `’` when the quote holds
    /// double quotation marks itself (as British usage nests them).
    pub open: &'static str,
    pub close: &'static str,
    /// How this quote supports the statement: `states`, `hedged`, `claimed` or `denied`.
    pub support: &'static str,
    /// The hedge, whose claim, or the words that deny it.
    pub support_words: Option<String>,
    /// Whether the quote supports the statement otherwise than its source as a whole does
    /// (its `support` or its words differ from the source's), and so is labelled on its own.
    pub own_support: bool,
}

/// A source that states a fact in another's copy: the same words around the quote.
#[derive(Debug, Serialize)]
pub struct SameCopy<'a> {
    pub source_number: usize,
    pub source_anchor: &'a str,
    pub publisher: &'a str,
    /// The earlier source whose copy it runs.
    pub of_number: usize,
    pub of_anchor: &'a str,
    pub of_publisher: &'a str,
    /// Words both read beyond the quote, or the dateline both carry (`wire`), written for the
    /// format.
    pub words: String,
    pub wire: bool,
}

/// A source that reports the fact without stating it as the statement words it.
#[derive(Debug, Serialize)]
pub struct AlsoReported<'a> {
    pub source_number: usize,
    pub source_anchor: &'a str,
    pub publisher: &'a str,
    /// `hedged`, `claimed` or `denied`.
    pub support: &'static str,
    /// The hedge, whose claim it reports, or the words that deny it.
    pub words: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FigureView {
    /// The value with thousands separators: `1,597`.
    pub value: String,
    pub number: f64,
    /// How the source qualifies the number, in words: `nearly`, `at least`.
    pub qualifier: Option<&'static str>,
    pub label: String,
    /// The time the number covers, in words: `in the first seven days`.
    pub period: Option<String>,
    pub measure: Option<String>,
    pub claimed_by: Option<String>,
    pub date: Option<Shared<Day>>,
    /// The fact that gives it, on the page (`key_figures`, `comparisons`); none in the fact's
    /// own view, which is that fact.
    pub fact: Option<Shared<FactSummary>>,
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
    /// The value as a share of the largest in the comparison (0 to 1), for bar lengths; 0 for
    /// a value of 0 or less, which has no bar.
    pub share: f64,
}

#[derive(Debug, Serialize)]
pub struct Section {
    pub topic: String,
    /// `topic-<slug>`
    pub anchor: String,
    pub facts: Vec<Shared<FactSummary>>,
}

#[derive(Debug, Serialize)]
pub struct TimelineDay {
    pub date: Shared<Day>,
    pub facts: Vec<Shared<FactSummary>>,
}

#[derive(Debug, Serialize)]
pub struct Place {
    pub name: String,
    pub anchor: String,
    pub facts: Vec<Shared<FactSummary>>,
}

#[derive(Debug, Serialize)]
pub struct SourceView {
    pub id: String,
    pub number: usize,
    pub anchor: String,
    /// The headline; none when the facts file gives none (it is not known).
    pub title: Option<String>,
    pub publisher: String,
    /// Who wrote it (`author`), plain text; none when not given.
    pub author: Option<String>,
    pub published: Option<Day>,
    pub url: Option<String>,
    /// The address of an archived copy (`archive_url`).
    pub archive_url: Option<String>,
    /// The day the article was read or saved (`accessed`).
    pub accessed: Option<Day>,
    /// What a reader should know about the source (`note`), plain text.
    pub note: Option<String>,
    /// The language it is written in (`language`, a BCP 47 tag).
    pub language: Option<String>,
    /// The facts that cite it, in briefing order.
    pub cited_by: Vec<Shared<FactSummary>>,
}

/// What changed since an earlier version of the facts file, built from a `Diff`.
#[derive(Debug, Serialize)]
pub struct ChangesView {
    /// The revision compared with, as the user gave it (`HEAD~1`). Readers are shown `date`
    /// and `commit` instead: `HEAD` names another commit tomorrow, they do not.
    pub since: String,
    /// The first 7 digits of the hash of the revision's commit (`a1b2c3d`); none when the
    /// changes are not from a git revision.
    pub commit: Option<String>,
    /// The day of that commit (its committer date, in the committer's time zone).
    pub date: Option<Day>,
    /// New facts, in briefing order.
    pub added: Vec<Shared<FactSummary>>,
    /// Changed facts, in briefing order.
    pub changed: Vec<ChangedView>,
    /// Facts that are gone, in the order of the earlier file.
    pub removed: Vec<RemovedView>,
    /// The sources added, removed and changed, one line of plain text each:
    /// `Source “Harbour bridge reopens” (Example Gazette), Address: “https://…” → “https://…”`.
    pub sources: Vec<String>,
    /// What changed in the `briefing:` block (its date, title, summary, key figures), one line
    /// of plain text each: `Date of the briefing: 3 March 2022 → 4 March 2022`.
    pub briefing: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ChangedView {
    pub fact: Shared<FactSummary>,
    /// The earlier statement (rendered inline Markdown), when the statement changed.
    pub was: Option<Markup>,
    /// Every other change, one line of plain text each:
    /// `Russian soldiers killed: 498 → 512 (+14, +2.8%)`.
    pub details: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct RemovedView {
    pub id: String,
    /// The earlier statement (rendered inline Markdown); it has no anchor any more.
    pub statement: Markup,
}

/// What the briefing counts, and what the check established about it.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Totals {
    /// Facts in the briefing.
    pub facts: usize,
    /// Sources declared, cited or not.
    pub sources: usize,
    /// Citations of declared sources.
    pub citations: usize,
    /// Facts whose every citation quotes words that were found in the source's file.
    pub checked_facts: usize,
    pub all_checked: bool,
    /// Whether every number of the checked facts' statements and figures is in their quotes
    /// (the number rules ran as errors and passed).
    pub numbers_held: bool,
    /// Facts that give, with a reason, a number their quotes do not (a conversion).
    pub numbers_allowed: usize,
    /// Facts with a `verified_by`.
    pub signed_off: usize,
}

/// A date, as every view gives it: `{iso: "2022-03-02", text: "2 March 2022"}`.
#[derive(Debug, Clone, Serialize)]
pub struct Day {
    pub iso: String,
    pub text: String,
}

impl Day {
    pub fn new(date: &Date) -> Day {
        Day {
            iso: date.to_string(),
            text: crate::format::day(&date.0),
        }
    }
}

/// Text that is markup of its format already (a statement rendered from Markdown, a rendered
/// card): templates write it as it is, HTML ones without escaping it.
#[derive(Debug, Clone)]
pub struct Markup(tera::Value);

impl Markup {
    pub fn new(text: &str) -> Markup {
        Markup(tera::Value::safe_string(text))
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str().unwrap_or_default()
    }
}

impl Serialize for Markup {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// A view made into a template value once and then shared: template values are reference
/// counted, so a fact that the page names in five lists, card and all, is held once.
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
