//! `factsheet suggest`: which sentences of a source are worth a fact, and the fields a draft of
//! each can already have.
//!
//! Each sentence (news-aware, `sentences.rs`) gets an additive score, and every point comes
//! with the words behind it: numbers (with what they count and how they are qualified), who
//! the sentence attributes its claim to, officials, organisations and names, days (resolved
//! against the source's `published`), places the fact base already knows, and events; short
//! sentences, questions, first-person opinion, page furniture and lines without a full stop
//! lose points. Check-worthiness research finds such a score a fair baseline (research note
//! `authoring.md`), and one that prints its reasons can be judged by the person who reads it.

use super::speakers;
use super::words::{
    COMMON, CONTRASTS, ESTIMATES, EVENTS, FIRST_PERSON, FURNITURE, MEASURED, MEASURES, NOT_NAMES,
    NOT_UNIT, OFFICES, ORGANISATIONS, RETRACTIONS, VERBS,
};
use crate::check::numbers::{self, Kind, Mention, Numerals};
use crate::check::{negation, support, wording};
use crate::dateline;
use crate::dates;
use crate::load::model::FactsFile;
use crate::load::sources::SourceText;
use crate::text;
use ahash::{AHashMap as HashMap, AHashSet as HashSet};
use jiff::civil::Date;
use std::fmt;
use std::ops::Range;

/// A sentence of fewer words than this loses points: too little to state a fact.
const SHORT_WORDS: usize = 6;
/// A sentence of more words than this loses a point: quote the clause that matters.
const LONG_WORDS: usize = 70;
/// A "sentence" of more words than this is text without full stops (a transcript or a table
/// pasted as text), no sentence a fact quotes whole; it is not scored, as scoring reads it
/// again at each of its numbers (20,000 words took minutes).
const MAX_WORDS: usize = 400;
/// At most this many words of one kind are named among a sentence's reasons.
const SHOWN_PER_KIND: usize = 3;
/// A candidate takes the topic of the fact that shares the most words with it, from this many.
const TOPIC_WORDS: usize = 3;

/// One reason for a sentence's score: its kind, the words of the sentence behind it and the
/// points it gives (or takes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub kind: &'static str,
    pub words: String,
    pub points: i32,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({:+})", self.kind, self.words, self.points)
    }
}

/// A count the sentence gives, as a draft figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub value: f64,
    /// The number as written ("2,000", "1.4 million").
    pub written: String,
    /// What it counts: the words after it ("people", "Russian soldiers").
    pub label: String,
    /// One of `Qualifier::ALL`, for the qualifier written before it.
    pub qualifier: Option<&'static str>,
}

/// The day a sentence names, and the words it names it in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    pub phrase: String,
    /// `None` when it cannot be counted: a weekday in an undated source.
    pub date: Option<Date>,
    /// True when the page's markup (`<time datetime>`) gave the day, not the words.
    pub by_markup: bool,
    /// What the words name, before they are counted from a day.
    pub day: Option<dates::Day>,
    /// The day of the live blog's entry the words stand in, which they are counted from
    /// rather than from the page's publication.
    pub entry: Option<Date>,
    /// The day the page was updated after its publication, and the day the words name
    /// counted from it, when that is another.
    pub if_updated: Option<(Date, Date)>,
}

impl Dated {
    /// Whether `check`, counting from `published`, reads the words as another day than the
    /// draft's: a day counted from a live blog's entry.
    pub fn check_reads_otherwise(&self, published: Option<Date>) -> bool {
        let (Some(day), Some(date)) = (self.day, self.date) else {
            return false;
        };
        let in_stretch = (day.stretches(published).iter()).any(|(f, t)| (*f..=*t).contains(&date));
        self.entry.is_some() && !day.readings(published).contains(&date) && !in_stretch
    }
}

/// A sentence worth a fact, and what a draft of it can say.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The sentence's bytes in the source's normalised text.
    pub sentence: Range<usize>,
    pub score: i32,
    pub reasons: Vec<Reason>,
    pub claimed_by: Option<String>,
    pub date: Option<Dated>,
    pub location: Option<String>,
    pub figure: Option<Figure>,
    /// The topic of the fact that shares the most words with the sentence, and that fact's id.
    pub topic: Option<(String, String)>,
}

/// A fact, as a candidate's topic is guessed from it.
struct KnownFact {
    id: String,
    topic: String,
    /// The telling words of its statement and quotes.
    words: HashSet<String>,
}

/// What the fact base already holds that a sentence is compared with.
pub struct Known {
    /// The facts' places (`location`), each once, in the order first given.
    pub places: Vec<String>,
    /// Each fact's id, topic and telling words (of its statement and quotes).
    facts: Vec<KnownFact>,
    /// The stretches of the source's normalised text that facts quote.
    pub quoted: Vec<Range<usize>>,
    /// The values of the numbers in the source's headline (its `title`): the story's own.
    pub headline: Vec<f64>,
    /// How the source writes numbers (its `language`): `1.234` is 1,234 in German.
    pub numerals: Numerals,
    /// The source's `language`, which says how it writes a day ("15 березня").
    pub language: Option<crate::language::Language>,
    /// The days the page gave in markup to words of the text (`ID.days`), placed in it, and
    /// its live blog's entries.
    pub days: Vec<super::days::Placed>,
    /// The day the page was updated after its publication (`ID.days`).
    pub updated: Option<Date>,
}

impl Known {
    /// What `file` knows, with the quotes of the source `source` found in its `text`.
    pub fn of(file: &FactsFile, source: &str, text: &SourceText) -> Known {
        let mut places: Vec<String> = Vec::new();
        let mut facts = Vec::new();
        let mut quoted = Vec::new();
        for fact in &file.facts {
            let fact = &fact.value;
            if let Some(place) = &fact.location {
                let place = place.value.trim();
                if !place.is_empty() && !places.iter().any(|p| p == place) {
                    places.push(place.to_owned());
                }
            }
            let mut words = telling_words(&fact.statement.value);
            for citation in &fact.sources.value {
                let Some(quote) = &citation.value.quote else {
                    continue;
                };
                words.extend(telling_words(&quote.value));
                if citation.value.source.value.as_str() == source {
                    quoted.extend(quoted_range(&text.normalized, &quote.value));
                }
            }
            let id = fact.id.value.as_str().to_owned();
            facts.push(KnownFact {
                id,
                topic: fact.topic.value.clone(),
                words,
            });
        }
        let declared = (file.sources.iter()).find(|s| s.id.value.as_str() == source);
        let title = (declared.and_then(|s| s.title.as_ref())).map_or("", |t| t.value.as_str());
        let language = declared.and_then(|s| s.language.as_ref());
        let numerals = Numerals::of(language.map(|l| &l.value));
        Known {
            places,
            facts,
            quoted,
            headline: values(title, numerals),
            numerals,
            language: language.map(|l| l.value.clone()),
            days: Vec::new(),
            updated: None,
        }
    }
}

/// The values of the numbers of `text` (a headline), read as the source writes numbers.
fn values(text: &str, numerals: Numerals) -> Vec<f64> {
    (numbers::mentions_with(text, numerals).iter())
        .filter_map(|m| m.value.to_f64())
        .collect()
}

/// The bytes of the normalised text a quote covers, from its first part to its last.
fn quoted_range(normalized: &str, quote: &str) -> Option<Range<usize>> {
    let quote = text::normalize(quote);
    let parts = text::quote_parts(&quote);
    let at = text::find_parts(normalized, &parts).ok()?;
    let start = *at.first()?;
    let end = at.last()? + parts.last()?.len();
    Some(start..end)
}

/// The sentences of a source, scored and ranked.
pub struct Suggestions {
    /// The best, in rank order: highest score first, then in the order of the text.
    pub candidates: Vec<Candidate>,
    /// How many sentences the text has.
    pub sentences: usize,
    /// How many were left out because a fact quotes them already.
    pub quoted: usize,
    /// How many scored 0 or less.
    pub weak: usize,
}

/// The `limit` best sentences of `text`, published on `published`; those that a fact quotes
/// already only when `all`.
pub fn suggest(
    text: &SourceText,
    published: Option<Date>,
    known: &Known,
    all: bool,
    limit: usize,
) -> Suggestions {
    let sentences = crate::sentences::split(&text.normalized, &text.paragraphs);
    let mut out = Suggestions {
        candidates: Vec::new(),
        sentences: sentences.len(),
        quoted: 0,
        weak: 0,
    };
    // The sentence that says who speaks in the sentence before: that sentence, or, when it is
    // quoted speech that goes on (`"..." said X. "..." He added ...`), the one it goes on from.
    let mut speaker = 0..0;
    // Whom the drafts give that sentence to, when it names no one itself ("he added").
    let mut speaker_claimant: Option<String> = None;
    let turns = speakers::turns(&text.normalized, &text.paragraphs);
    let repeats = repeats(&text.normalized, &sentences);
    for range in sentences {
        let goes_on =
            support::is_speech_only(&text.normalized[range.clone()]) && !speaker.is_empty();
        let said_by = if goes_on {
            speaker.clone()
        } else {
            range.clone()
        };
        let before = std::mem::replace(&mut speaker, said_by);
        let inherited = if goes_on {
            speaker_claimant.clone()
        } else {
            speaker_claimant.take()
        };
        let overlaps = |q: &Range<usize>| q.start < range.end && range.start < q.end;
        if !all && known.quoted.iter().any(overlaps) {
            out.quoted += 1;
            continue;
        }
        let (turn, range) = speakers::turn_of(&turns, text, range);
        let range = range.start + dateline::after(&text.normalized[range.clone()])..range.end;
        let range = after_entry_stamp(&known.days, &text.normalized, range);
        // A list item's marker ("- ", "1. ") is not the article's words.
        let marker = crate::text::marker_len(&text.normalized[range.clone()]).map_or(0, |m| m.1);
        let range = range.start + marker..range.end;
        let sentence = &text.normalized[range.clone()];
        if text::quote_parts(sentence).is_empty() {
            continue;
        }
        if sentence
            .split(' ')
            .filter(|w| !w.is_empty())
            .nth(MAX_WORDS)
            .is_some()
        {
            out.weak += 1;
            continue;
        }
        let before = &text.normalized[before];
        let mut candidate = score(sentence, before, range, published, known);
        if goes_on {
            goes_on_from(&mut candidate, inherited);
        } else {
            speaker_claimant.clone_from(&candidate.claimed_by);
        }
        speakers::spoken_by(&mut candidate, turn);
        ambiguous(&mut candidate, sentence, &repeats);
        if candidate.score > 0 {
            out.candidates.push(candidate);
        } else {
            out.weak += 1;
        }
    }
    // Stable: equal scores keep the order of the text.
    out.candidates.sort_by_key(|c| std::cmp::Reverse(c.score));
    out.candidates.truncate(limit);
    out
}

/// A sentence of speech that goes on from one whose speaker the draft of that one found
/// only through it ("'We have capped it,' he added. 'Passengers will pay £150 less.'", he
/// being Mark Harper of the sentence before): the same speaker, said as a guess to check.
fn goes_on_from(candidate: &mut Candidate, inherited: Option<String>) {
    let (None, Some(who)) = (&candidate.claimed_by, inherited) else {
        return;
    };
    let words = format!("{who}, whose speech goes on from the sentence before (check it)");
    candidate.reasons.push(reason("speaker", words, 0));
    candidate.claimed_by = Some(who);
}

/// How many times each sentence of the text occurs in it, as a whole sentence.
fn repeats<'t>(text: &'t str, sentences: &[Range<usize>]) -> HashMap<&'t str, usize> {
    let mut counts = HashMap::default();
    for range in sentences {
        *counts.entry(&text[range.clone()]).or_insert(0) += 1;
    }
    counts
}

/// What a sentence whose quote `check` would find ambiguous loses: more than any sentence
/// gains, as the draft would fail its own check (`quote-ambiguous`).
const AMBIGUOUS: i32 = -30;

/// A sentence too short for `check` to take its quote as pinning down the passage, or one the
/// text holds more than once (a PDF's running header, "UNHCR Regional Bureau for Europe
/// Ukraine Situation Flash Update #42" on each page): no draft, saying why.
fn ambiguous(candidate: &mut Candidate, sentence: &str, repeats: &HashMap<&str, usize>) {
    let words = crate::check::words_of(&text::quote_parts(sentence));
    let times = repeats.get(sentence).copied().unwrap_or(1);
    let why = if words < crate::check::FEWEST_WORDS {
        format!("{words} words, too few for check to pin down the passage")
    } else if times > 1 {
        format!(
            "the text holds it {times} times (a page's header or footer?): check finds its \
             quote ambiguous"
        )
    } else {
        return;
    };
    candidate.reasons.push(reason("ambiguous", why, AMBIGUOUS));
    candidate.score += AMBIGUOUS;
}

/// A sentence's score, its reasons and the fields of its draft.
/// `previous` is the sentence before, whose speaker goes on speaking in a sentence that is
/// quoted speech alone.
pub fn score(
    sentence: &str,
    previous: &str,
    range: Range<usize>,
    published: Option<Date>,
    known: &Known,
) -> Candidate {
    let mut reasons = Vec::new();
    let retracted = correction(sentence, previous, &mut reasons);
    // The days the sentence names, as its language writes them: a day's number is no count.
    let phrases = dates::find_in(sentence, known.language.as_ref());
    let figure = numbers_in(sentence, known, &phrases, &mut reasons).filter(|_| !retracted);
    let claimed_by = attribution(sentence, &mut reasons)
        .or_else(|| speech_goes_on(sentence, previous, &mut reasons))
        .or_else(|| pronoun_of(sentence, previous, &mut reasons))
        .filter(|_| !retracted);
    people(sentence, &mut reasons);
    let given = (known.days.iter())
        .filter(|d| d.kind == super::days::Kind::Words)
        .filter(|d| d.range.start >= range.start && d.range.end <= range.end)
        .map(|d| {
            (
                d.range.start - range.start..d.range.end - range.start,
                d.day,
            )
        })
        .collect::<Vec<_>>();
    // A live blog's entry counts its days from its own: the last stamp before the sentence.
    let stamp = (known.days.iter())
        .filter(|d| d.kind == super::days::Kind::Entry && d.range.start <= range.start)
        .max_by_key(|d| d.range.start);
    let entry = stamp.map(|d| d.day);
    // Only a sentence that names no day at all: "until at least Thursday" is no event's day.
    let names_a_day = !phrases.is_empty() || !given.is_empty();
    let mut date = day(sentence, phrases, entry.or(published), &given, &mut reasons);
    if let Some(dated) = &mut date {
        // An update only when after the publication (`--published` may have moved it).
        let updated = known.updated.filter(|u| published.is_some_and(|p| *u > p));
        counted_from(dated, entry, updated, &mut reasons);
    } else if let Some(stamp) = stamp.filter(|_| !names_a_day) {
        date = Some(entry_day(stamp, &mut reasons));
    }
    let location = places(sentence, &known.places, &mut reasons);
    events(sentence, &mut reasons);
    penalties(sentence, &mut reasons);
    if figure.is_none() && date.is_none() {
        no_news(sentence, claimed_by.is_some(), &mut reasons);
    }
    Candidate {
        sentence: range,
        score: reasons.iter().map(|r| r.points).sum(),
        reasons,
        claimed_by,
        date,
        location,
        figure,
        topic: topic(sentence, known),
    }
}

/// Says which day `dated` was counted from, when not only the page's publication could be
/// its base: a live blog's entry, whose day it is counted from, or the day the page was
/// updated, from which it may name another day (then named beside it).
fn counted_from(
    dated: &mut Dated,
    entry: Option<Date>,
    updated: Option<Date>,
    reasons: &mut [Reason],
) {
    let (Some(day), Some(date), false) = (dated.day, dated.date, dated.by_markup) else {
        return;
    };
    let said =
        (reasons.iter_mut()).find(|r| r.kind == "date" && r.words.starts_with(&dated.phrase));
    if let Some(entry) = entry {
        dated.entry = Some(entry);
        if let Some(r) = said {
            r.words
                .push_str(&format!(" (counted from its live blog entry of {entry})"));
        }
        return;
    }
    let Some(other) = updated.and_then(|u| day.resolve(Some(u)).map(|d| (u, d))) else {
        return;
    };
    if other.1 != date && !day.is_full() {
        dated.if_updated = Some(other);
        if let Some(r) = said {
            r.words.push_str(&format!(
                " (counted from the publication; from the page's update of {}: {})",
                other.0, other.1
            ));
        }
    }
}

/// The day of the live blog's entry that a sentence naming no day stands in: what the entry
/// reports happened on the day it was posted, as its stamp (`words`, "23:55") says.
fn entry_day(stamp: &super::days::Placed, reasons: &mut Vec<Reason>) -> Dated {
    let words = stamp.words.trim();
    let said = format!(
        "\"{words}\" = {}, the day of its live blog entry",
        stamp.day
    );
    reasons.push(reason("date", said, 1));
    Dated {
        phrase: words.to_owned(),
        date: Some(stamp.day),
        by_markup: true,
        day: None,
        entry: Some(stamp.day),
        if_updated: None,
    }
}

/// What a correction notice's retracted claim loses: more than any sentence gains, so that it
/// is never drafted as a fact.
const RETRACTED: i32 = -30;

/// A correction notice ("Correction: an earlier version of this article said that 1.5m
/// refugees had entered Poland."): the claim it names was retracted, so it loses `RETRACTED`
/// and gives no figure nor claimant (true); the sentence after it that gives the right value
/// ("The correct figure is 1.4m.") gains, as the fact to draft.
fn correction(sentence: &str, previous: &str, reasons: &mut Vec<Reason>) -> bool {
    if let Some(words) = retraction(sentence) {
        let words = format!("{words} (the claim it names was retracted: no fact)");
        reasons.push(reason("correction", words, RETRACTED));
        return true;
    }
    let lower = sentence.to_lowercase();
    if retraction(previous).is_some() && lower.contains("correct") {
        let words = "the right value, in place of what the sentence before retracts";
        reasons.push(reason("correction", words, 3));
    }
    false
}

/// The words that make a sentence a correction notice: "Correction" opening it, or
/// `RETRACTIONS`.
fn retraction(sentence: &str) -> Option<&str> {
    let lower = sentence.to_lowercase();
    // "Correction:", "Correction (March 11th 2022):", not "Correctional officers".
    let opens = (lower.trim_start().strip_prefix("correction"))
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
    let at = match opens {
        true => Some((
            sentence.len() - sentence.trim_start().len(),
            "correction".len(),
        )),
        false => (RETRACTIONS.iter()).find_map(|r| lower.find(r).map(|at| (at, r.len()))),
    };
    // Lowercasing keeps the byte offsets of the ASCII words looked for.
    at.and_then(|(at, len)| sentence.get(at..at + len))
}

pub(super) fn reason(kind: &'static str, words: impl Into<String>, points: i32) -> Reason {
    Reason {
        kind,
        words: words.into(),
        points,
    }
}

/// Numbers: 3 points for the first written in digits (or with a scale word), 1 for each of two
/// more; 1 for a number in words alone, read as the source writes numbers. Returns as a figure
/// the count that the headline gives (the story's own number: "Bus fares to rise 8%"), else the
/// first that says what it counts.
fn numbers_in(
    sentence: &str,
    known: &Known,
    days: &[dates::Phrase<'_>],
    reasons: &mut Vec<Reason>,
) -> Option<Figure> {
    // The counts, of which `chosen_figure` drafts one.
    let mut figures: Vec<Figure> = Vec::new();
    let mut digits = 0;
    let mut words = 0;
    // Whether a number in a denied claim was named among the reasons.
    let mut denied = false;
    let mentions = numbers::mentions_with(sentence, known.numerals);
    for (i, mention) in mentions.iter().enumerate() {
        let end = mention.start + mention.text.len();
        let mut unit = unit_after(sentence.get(end..).unwrap_or(""));
        if unit.is_empty() {
            unit = partitive_unit(sentence, end, mentions.get(i + 1)).unwrap_or_default();
        }
        if unit.is_empty() {
            // "the number of civilian casualties ... is about 2,000"
            let before = &sentence[..mention.start];
            if let Some(at) = before.rfind("number of ") {
                unit = unit_after(&before[at + "number of ".len()..]);
            }
        }
        if unit.is_empty() {
            unit = table_header(sentence, mention.start, end).unwrap_or_default();
        }
        // A clock time or an age is no number of the news ("6pm", "a 23-year-old", "54"), and
        // "no one" is nobody.
        if time_or_age(sentence, mention)
            || no_one(sentence, mention)
            || phone(sentence, mention)
            || note_mark(sentence, mention)
            || identifier(sentence, mention)
            || in_a_date(days, mention)
            || converted(sentence, &mentions, i)
        {
            continue;
        }
        // Digits of any script (`١٣`), which the reader of numbers reads too.
        let in_digits = mention.text.contains(char::is_numeric);
        let ordinal = is_ordinal(&mention.text);
        let points = match (in_digits && !ordinal, digits, words) {
            (true, 0, _) => 3,
            (true, 1..=2, _) => 1,
            (false, 0, 0) => 1,
            _ => 0,
        };
        if in_digits && !ordinal {
            digits += 1;
        } else {
            words += 1;
        }
        let written = if unit.is_empty() {
            mention.text.clone()
        } else {
            format!("{} ({unit})", mention.text)
        };
        if points > 0 {
            reasons.push(reason("number", written, points));
        }
        let qualifier = qualifier_before(&sentence[..mention.start]);
        if let Some((written, _)) = qualifier.filter(|_| points > 0) {
            reasons.push(reason("qualifier", written, 1));
        }
        // A number the sentence denies ("denied that 40 soldiers had been captured", "it is
        // not true that 500 homes") is not a count to draft; the reason names the words.
        let denial = negation::denied_claim(&sentence[..mention.start], &sentence[end..]);
        if let Some(cut) = &denial
            && !denied
        {
            let words = format!("{} {} (no figure from it)", cut.shown, mention.text);
            reasons.push(reason("denied or negated", words, -3));
            denied = true;
        }
        if !ordinal
            && denial.is_none()
            && counts(&sentence[..mention.start], &unit)
            && !not_a_count(sentence, mention)
        {
            figures.extend(as_figure(mention, unit, qualifier.map(|(_, q)| q)));
        }
    }
    chosen_figure(figures, known, reasons)
}

/// Whether the number `i` is the number before it in another unit, in brackets right after
/// it ("135km/h (84mph)", "10 miles (16 km)", "£25 million ($31.6 million)"): the same figure,
/// of which the sentence's own is the first.
fn converted(sentence: &str, mentions: &[Mention], i: usize) -> bool {
    let (Some(before), Some(mention)) = (
        i.checked_sub(1).and_then(|b| mentions.get(b)),
        mentions.get(i),
    ) else {
        return false;
    };
    let Some(between) = sentence.get(before.start + before.text.len()..mention.start) else {
        return false;
    };
    let Some(unit) = between.trim_end().strip_suffix('(') else {
        return false;
    };
    // Only the first number's unit stands between it and the bracket: a word or two, no
    // clause ("15 people (and 3").
    let unit = unit.trim();
    let units = unit.split_whitespace().count();
    units <= 2
        && !unit.contains([',', ';', '(', ')'])
        && !unit.contains(char::is_numeric)
        && !(unit.split_whitespace()).any(|w| matches!(w, "and" | "or" | "of" | "to"))
        && bracket_closes_after_unit(sentence.get(mention.start + mention.text.len()..))
}

/// Whether the rest after a number in brackets closes the bracket after a unit or a currency
/// word ("mph)", " km)", " million)"), not after a clause ("(12 of them children)").
fn bracket_closes_after_unit(rest: Option<&str>) -> bool {
    let Some(rest) = rest else {
        return false;
    };
    let Some(close) = rest.find(')') else {
        return false;
    };
    rest[..close].split_whitespace().count() <= 2
}

/// What a number counts when it is a part of a whole that the next number counts: "61 of the
/// 83 drones" counts 61 drones, "Two of the three plants" two plants. Without it the draft
/// took the whole (83) as its figure, the count of what the sentence does not claim.
fn partitive_unit(sentence: &str, end: usize, next: Option<&Mention>) -> Option<String> {
    let next = next?;
    let between = sentence.get(end..next.start)?.to_lowercase();
    let owner = between.trim().strip_prefix("of ")?.trim();
    if !matches!(
        owner,
        "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
    ) {
        return None;
    }
    let rest = sentence.get(next.start + next.text.len()..)?;
    Some(unit_after(rest)).filter(|u| !u.is_empty())
}

/// Whether the number is the day or year of a date the sentence names ("15 березня", "le 1er
/// mars 2024"): the number reader knows only English month names.
fn in_a_date(days: &[dates::Phrase<'_>], mention: &Mention) -> bool {
    let calendar = |day: &dates::Day| {
        matches!(
            day,
            dates::Day::Full(_) | dates::Day::OfMonth { .. } | dates::Day::Days { .. }
        )
    };
    let end = mention.start + mention.text.len();
    (days.iter()).any(|p| calendar(&p.day) && p.range.start <= mention.start && end <= p.range.end)
}

/// Of a sentence's counts, the figure to draft: the one the headline gives, else the first
/// that says what it counts; the reasons name it.
fn chosen_figure(
    mut figures: Vec<Figure>,
    known: &Known,
    reasons: &mut Vec<Reason>,
) -> Option<Figure> {
    let in_headline = (figures.iter()).position(|f| known.headline.contains(&f.value));
    if let Some(at) = in_headline {
        reasons.push(reason("in the headline", figures[at].written.clone(), 1));
    }
    let first_named = figures.iter().position(|f| !f.label.starts_with('('));
    let chosen = in_headline.or(first_named).unwrap_or(0);
    let figure = (chosen < figures.len()).then(|| figures.swap_remove(chosen))?;
    // The reasons name the number drafted, also one that earned nothing ("one of its six
    // reactors" drafts six).
    let named =
        (reasons.iter()).any(|r| r.kind == "number" && r.words.starts_with(&figure.written));
    if !named {
        let words = match figure.label.starts_with('(') {
            true => format!("{}, the number drafted", figure.written),
            false => format!("{} ({}), the number drafted", figure.written, figure.label),
        };
        reasons.push(reason("figure", words, 0));
    }
    Some(figure)
}

/// A number that names rather than counts: a registration or reference ("a registered
/// charity (No. 1098765)", "case number 4417", "Reg. 556"), after the word that says so.
fn identifier(sentence: &str, mention: &Mention) -> bool {
    const NAMING: &[&str] = &[
        "no.",
        "nr.",
        "no",
        "number",
        "#",
        "reg.",
        "ref.",
        "registration",
    ];
    let text = mention.text.to_lowercase();
    let previous = (sentence[..mention.start].split_whitespace().next_back())
        .map(|w| w.trim_start_matches('(').to_lowercase());
    let named_in_text = ["no. ", "no ", "nr. ", "#"]
        .iter()
        .any(|p| text.starts_with(p));
    named_in_text || previous.is_some_and(|w| NAMING.contains(&w.as_str()))
}

/// Whether the number is the "one" of "no one" (nobody).
/// A telephone number ("Tel: +249 912 345 678", "call +44 20 7946 0958", "phone 0800 123
/// 4567"): no count, though its groups read as numbers. The mention is one of a run of digit
/// groups that a `+`, a word of telephones or a trunk 0 starts.
fn phone(sentence: &str, mention: &Mention) -> bool {
    let grouping = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')');
    let head = sentence[..mention.start].trim_end_matches(grouping);
    let run = &sentence[head.len()..];
    let run = &run[..run.find(|c: char| !grouping(c)).unwrap_or(run.len())];
    let digits = run.bytes().filter(u8::is_ascii_digit).count();
    let word = (head
        .trim_end_matches(['+', ':', '.', ' '])
        .rsplit(' ')
        .next())
    .map(str::to_lowercase)
    .is_some_and(|w| {
        matches!(
            w.as_str(),
            "tel" | "telephone" | "phone" | "fax" | "mobile" | "call"
        )
    });
    // A national number starts with its trunk 0 ("Media contact: 020 7946 0000"): no count does.
    digits >= 7 && (head.ends_with('+') || word || run.trim_start().starts_with('0'))
}

fn no_one(sentence: &str, mention: &Mention) -> bool {
    let before = sentence[..mention.start].trim_end().to_lowercase();
    mention.text.eq_ignore_ascii_case("one")
        && before
            .strip_suffix("no")
            .is_some_and(|b| !b.ends_with(char::is_alphanumeric))
}

fn as_figure(mention: &Mention, unit: String, qualifier: Option<&'static str>) -> Option<Figure> {
    // `5m` may be metres, `a quarter` and `hundreds` are no count: the number must be certain;
    // and an end of a range (`between 10 and 15 percent`) is not the count, which a figure's
    // one value cannot give; nor is a time of day, a `doubled` or a label (`Article 5`).
    if mention.alt.is_some()
        || mention.range.is_some()
        || mention.label
        || matches!(
            mention.kind,
            Kind::Fraction { .. } | Kind::Vague | Kind::Times | Kind::Time
        )
    {
        return None;
    }
    let value = mention.value.to_f64()?;
    // "one of the", "a second": not a count worth a figure.
    if value.abs() < 2.0 && !mention.text.contains('.') {
        return None;
    }
    Some(Figure {
        value,
        written: mention.text.clone(),
        label: if unit.is_empty() {
            "(what is counted)".to_owned()
        } else {
            unit
        },
        qualifier,
    })
}

fn is_ordinal(written: &str) -> bool {
    let lower = written.to_ascii_lowercase();
    let digits_then = |suffix: &str| {
        lower
            .strip_suffix(suffix)
            .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    };
    ["st", "nd", "rd", "th"].iter().any(|s| digits_then(s))
        || (lower.ends_with("th") || lower.ends_with("first") || lower.ends_with("second"))
            && lower.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
        || lower == "third"
}

/// Whether the number is a clock time (`6pm`, `20:00`), an age (`Olena, 54,`, `a 23-year-old`,
/// `a man in his 70s`) or a decade (`the 1990s`).
fn time_or_age(sentence: &str, mention: &Mention) -> bool {
    let after = (sentence.get(mention.start + mention.text.len()..))
        .unwrap_or("")
        .to_lowercase();
    let years_old = ["-year-old", " years old", "-years-old", " year old"]
        .iter()
        .any(|w| after.starts_with(w));
    let whole_tens = (mention.value.to_f64()).is_some_and(|v| v.fract() == 0.0 && v % 10.0 == 0.0);
    let decade = whole_tens
        && (after.strip_prefix("s").or_else(|| after.strip_prefix("'s")))
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
    years_old || decade || clock_or_named_age(sentence, mention)
}

/// Whether the number is a clock time (`20:00`, `10:30 am`, `7:45 PM`, `20h00`) or an age after
/// a name (`Olena, 54,`).
fn clock_or_named_age(sentence: &str, mention: &Mention) -> bool {
    let before = &sentence[..mention.start];
    let after = sentence
        .get(mention.start + mention.text.len()..)
        .unwrap_or("");
    let two_digits = |s: &str| s.len() >= 2 && s.as_bytes()[..2].iter().all(u8::is_ascii_digit);
    let clock = after.strip_prefix([':', 'h']).is_some_and(two_digits)
        || before
            .strip_suffix(':')
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
        || {
            let lower = after.trim_start().to_ascii_lowercase();
            ["am", "pm", "a.m.", "p.m."].iter().any(|m| {
                lower.starts_with(m) && !lower[m.len()..].starts_with(char::is_alphanumeric)
            })
        };
    let age = before.strip_suffix(", ").is_some_and(|b| {
        let name = b.rsplit(' ').next().unwrap_or("");
        name.starts_with(char::is_uppercase)
    }) && after.starts_with([',', '.', ')', ';'])
        && mention
            .value
            .to_f64()
            .is_some_and(|v| v.fract() == 0.0 && v < 120.0);
    clock || age
}

/// Whether the number is a clock time, an age (`time_or_age`), an age limit (`children under
/// 15`) or a measure joined to its unit (`a 40-mile convoy`): none is a count.
fn not_a_count(sentence: &str, mention: &Mention) -> bool {
    let before = &sentence[..mention.start];
    let after = (sentence.get(mention.start + mention.text.len()..)).unwrap_or("");
    let joined_unit = after.starts_with('-') && after[1..].starts_with(char::is_alphabetic);
    // "10⁶" is a million, "40¹" may be 40 and a footnote: the number read is not the count.
    let raised = after.starts_with(['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁻', '^'])
        || before.ends_with('^');
    time_or_age(sentence, mention)
        || joined_unit
        || raised
        || age_limit(before, mention)
        || baseline(before)
}

/// Whether the number is what a change is measured from ("up from 5 percent", "compared with
/// 1,200 a year earlier"): the old value, not the news.
fn baseline(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    [
        "up from",
        "down from",
        "rising from",
        "falling from",
        "compared with",
        "compared to",
    ]
    .iter()
    .any(|w| {
        lower
            .strip_suffix(w)
            .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
    })
}

/// Whether the number is an age that bounds a group ("children under 15", "people aged over
/// 65"), not a count of it.
fn age_limit(before: &str, mention: &Mention) -> bool {
    let mut words = before.split_whitespace().rev().map(str::to_lowercase);
    let bound = words
        .next()
        .is_some_and(|w| ["under", "over", "below", "above", "aged"].contains(&w.as_str()));
    let group = words
        .next()
        .is_some_and(|w| AGE_GROUPS.contains(&w.as_str()));
    let whole = (mention.value.to_f64()).is_some_and(|v| v.fract() == 0.0 && v < 120.0);
    bound && group && whole
}

/// Who an age bounds: "children under five".
const AGE_GROUPS: &[&str] = &[
    "children", "child", "kids", "people", "adults", "those", "anyone", "girls", "boys", "men",
    "women", "infants", "babies", "patients", "aged", "persons", "everyone",
];

/// Letters written onto a number that scale it ("£20m", "5bn"), which the number reader does
/// not read: such a number is not a figure.
const SCALE_LETTERS: &[&str] = &["m", "bn", "k", "mn", "b", "tn"];

/// Whether a number, after `before` and followed by `unit`, is a count.
fn counts(before: &str, unit: &str) -> bool {
    let first = unit.split(' ').next().unwrap_or("").to_lowercase();
    let previous = (before.rsplit(' ').find(|w| !w.is_empty()))
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !MEASURES.contains(&first.as_str())
        && !SCALE_LETTERS.contains(&first.as_str())
        && !MEASURED.contains(&previous.as_str())
}

/// What a figure of a data table's row counts, as `add-source` writes the row (see `tables`):
/// its column's header before it, and the row's label ("Tawila: People affected 42,000; Homes
/// destroyed 7,350" counts "People affected, Tawila" first). The header is what stands
/// between the colon or semicolon before the number and the number, and the number ends its
/// cell (a semicolon or the row's end after it).
fn table_header(row: &str, start: usize, end: usize) -> Option<String> {
    let after = row.get(end..)?.trim_start();
    let before = row.get(..start)?;
    let cell = before.rfind([';', ':'])?;
    let header = before[cell + 1..].trim();
    let words = header.split_whitespace().count();
    // A header is a capitalised name of what is counted, not a clause that leads to its
    // number ("Latest: Toll rose to 64", "Deaths: at least 64"), and a row has no full stop.
    let last = header.rsplit(' ').next().unwrap_or("").to_lowercase();
    if !(after.is_empty() || after.starts_with(';'))
        || !(1..=5).contains(&words)
        || !header.starts_with(char::is_uppercase)
        || header.contains(|c: char| c.is_numeric())
        || LEADS_TO_A_NUMBER.contains(&last.as_str())
        || row.trim_end().ends_with(['.', '!', '?'])
    {
        return None;
    }
    // The row's label: what the first cell, before its colon, says (none when no cell has one).
    let label = (row.split_once(':').map(|(l, _)| l.trim()))
        .filter(|l| l.len() <= cell && !l.is_empty() && l.split_whitespace().count() <= 6);
    Some(match label {
        Some(label) => format!("{header}, {label}"),
        None => header.to_owned(),
    })
}

/// Words that end a clause leading to its number, which no table's header ends with.
const LEADS_TO_A_NUMBER: &[&str] = &[
    "to", "at", "of", "by", "from", "is", "are", "was", "were", "reached", "hit", "rose", "fell",
    "least", "most", "than", "about", "around", "nearly", "almost", "some", "over", "under",
];

/// What a number counts: up to three words after it, to the first that ends it.
fn unit_after(rest: &str) -> String {
    let mut unit: Vec<&str> = Vec::new();
    // The fourth word only tells whether the third is a verb.
    let raws: Vec<&str> = rest.split(' ').filter(|w| !w.is_empty()).take(4).collect();
    for (i, &raw) in raws.iter().enumerate().take(3) {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-');
        let letters = word.contains(char::is_alphabetic)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-');
        // A quoted phrase names something ("her £2m “community first” budget"), it does not
        // say what is counted.
        let quoted = raw.starts_with(['"', '\u{201c}', '\u{2018}', '\u{ab}']);
        let lower = word.to_lowercase();
        let verb = is_verb(word)
            || (i > 0 && !raw.ends_with(|c: char| !c.is_alphanumeric()) && takes_object(&raws, i));
        // "300 more nurses" counts nurses, more of them; "300 more than" counts nothing yet.
        let added = i == 0
            && matches!(lower.as_str(), "more" | "fewer" | "less")
            && !raw.ends_with(|c: char| !c.is_alphanumeric())
            && (raws.get(1)).is_some_and(|next| !unit_after(next).is_empty());
        let not_unit = NOT_UNIT.contains(&lower.as_str()) && !added;
        // A name after the counted noun and before a verb opens a clause ("61 of the 83
        // drones Russia launched"); German capitalises every noun ("Euro pro Tag").
        let clause = (unit.last()).is_some_and(|w| w.starts_with(char::is_lowercase))
            && word.starts_with(char::is_uppercase)
            && (raws.get(i + 1)).is_some_and(|next| is_verb(next));
        if word.is_empty() || !letters || quoted || verb || not_unit || clause {
            break;
        }
        unit.push(word);
        // Punctuation after the word ends the phrase.
        if raw.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
    }
    unit.join(" ")
}

/// Whether a word reads as a verb by its form: one of `VERBS`, or a past or a participle.
fn is_verb(raw: &str) -> bool {
    let lower = raw
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    VERBS.contains(&lower.as_str())
        || (lower.len() > 4 && (lower.ends_with("ed") || lower.ends_with("ing")))
}

/// Whether the word `i` of `raws`, after the noun a number counts, is the clause's verb, as
/// the word after it shows: a particle of a phrasal verb ("a 35% pay rise *broke down*") or a
/// determiner that opens its object ("300 staff *fixed the* line"), which no noun of the
/// phrase is followed by.
fn takes_object(raws: &[&str], i: usize) -> bool {
    let Some(next) = raws.get(i + 1) else {
        return false;
    };
    let next = next
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    OBJECT_OR_PARTICLE.contains(&next.as_str())
}

/// Words that follow a verb, not a noun: particles of phrasal verbs and determiners of an
/// object. Not "a": a rate follows a noun ("2 metric tonnes a year").
const OBJECT_OR_PARTICLE: &[&str] = &[
    "down", "up", "out", "off", "away", "apart", "back", "the", "its", "their", "them",
];

/// The qualifier that ends `before` (the text before a number), as written and as a figure's
/// qualifier.
fn qualifier_before(before: &str) -> Option<(&'static str, &'static str)> {
    let lower = before.trim_end().to_lowercase();
    let written = wording::number_hedges()
        .filter(|h| {
            lower
                .strip_suffix(h)
                .is_some_and(|b| b.is_empty() || b.ends_with(|c: char| !c.is_alphanumeric()))
        })
        .max_by_key(|h| h.len())?;
    let figure = wording::figure_qualifier(written);
    Some((written, figure))
}

/// Attribution: 2 points, and the claimant when the sentence names one. A hedge is named
/// too (no points), so that the draft keeps it.
fn attribution(sentence: &str, reasons: &mut Vec<Reason>) -> Option<String> {
    let said = wording::said(sentence);
    if let Some(hedge) = said.hedge {
        reasons.push(reason("hedge", hedge, 0));
    }
    let first = said.attribution?;
    if let Some((claim, contrast)) = contrasted(sentence) {
        return claim_before_contrast(claim, contrast, first, reasons);
    }
    // Who speaks before whom it is relayed by, and only a speaker the sentence names as one.
    // "where the Red Cross said": the speaker follows the relative word.
    let who = claimant_of(sentence).or_else(|| claimant_of(&without_abbreviation(sentence)?));
    let words = match &who {
        Some((who, word)) if sentence.find(who.as_str()) < sentence.find(word) => {
            format!("{who} {word}")
        }
        Some((who, word)) => format!("{word} {who}"),
        None => format!("{first} (no speaker named in the sentence)"),
    };
    reasons.push(reason("attribution", words, 2));
    who.map(|(who, _)| who)
}

/// The sentence without the abbreviation a name gives itself in brackets ("the World Health
/// Organization (WHO) said"), which hides the name from the reader of attributions; None when
/// it has none. The claimant found in it is in the sentence as it is, word for word.
fn without_abbreviation(sentence: &str) -> Option<String> {
    let mut out = String::with_capacity(sentence.len());
    let mut rest = sentence;
    // Bounded: each turn moves past a bracket of `rest`.
    while let Some(open) = rest.find(" (") {
        let inner_start = open + 2;
        let Some(close) = rest[inner_start..].find(')').map(|c| inner_start + c) else {
            break;
        };
        let inner = &rest[inner_start..close];
        let abbreviation = !inner.is_empty()
            && inner.chars().count() <= 12
            && inner
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            && inner.chars().filter(|c| c.is_uppercase()).count() >= 2;
        out.push_str(&rest[..open]);
        if !abbreviation {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    (out.len() + rest.len() < sentence.len()).then(|| out + rest)
}

/// The sentence up to a clause of contrast (`CONTRASTS`) that a number comes before, and the
/// contrast's words: "Poland's government estimates that it could take in as many as 3m
/// people, though officials say ...". None when there is no such clause.
fn contrasted(sentence: &str) -> Option<(&str, &str)> {
    // A "but" inside quoted speech is the speaker's own ("\"We opened 23 camps, but ...,\"
    // Kalemba said"): the attribution after the quotation gives all of it.
    let (at, contrast) = (CONTRASTS.iter())
        .filter_map(|c| sentence.find(c).map(|at| (at, c.trim_matches([',', ' ']))))
        .filter(|(at, _)| !support::ends_in_speech(&sentence[..*at]))
        .min()?;
    let claim = &sentence[..at];
    claim
        .contains(char::is_numeric)
        .then_some((claim, contrast))
}

/// The claimant of the claim before a clause of contrast, whose speaker ("though officials
/// say ...") is not its own: the claim's own speaker, else the subject of its estimate
/// ("Poland's government estimates"), else none, said as such.
fn claim_before_contrast(
    claim: &str,
    contrast: &str,
    first: &str,
    reasons: &mut Vec<Reason>,
) -> Option<String> {
    let own = claimant_of(claim);
    let found = own.or_else(|| estimate_subject(claim));
    let Some((who, word)) = found else {
        let words = format!("{first} (after \"{contrast}\": not the claim before it)");
        reasons.push(reason("attribution", words, 0));
        return None;
    };
    reasons.push(reason("attribution", format!("{who} {word}"), 2));
    Some(who)
}

/// The subject of an estimate's verb (`ESTIMATES`) in its clause: "Poland's government
/// estimates that ..." gives "Poland's government", when it names a claimant.
fn estimate_subject(clause: &str) -> Option<(String, &'static str)> {
    let (at, verb) = (ESTIMATES.iter())
        .filter_map(|v| whole_word(clause, v).map(|at| (at, *v)))
        .min()?;
    let before = clause[..at]
        .rsplit([',', ';', ':'])
        .next()
        .unwrap_or("")
        .trim();
    let short = before.split_whitespace().count() <= 6;
    (short && names_a_claimant(before)).then(|| (before.to_owned(), verb))
}

/// The speaker of the sentence before, for a sentence that is quoted speech alone and goes on
/// with it (`"Nobody wants to strike," said nurse Grace Obi. "But we cannot ..."`), as
/// `check` reads it: without it, the draft's own check would find `attribution-cut`.
fn speech_goes_on(sentence: &str, previous: &str, reasons: &mut Vec<Reason>) -> Option<String> {
    if !support::is_speech_only(sentence) {
        return None;
    }
    let (who, word) = claimant_of(previous)?;
    let words = format!("{who} {word}, in the sentence before");
    reasons.push(reason("attribution", words, 2));
    Some(who)
}

/// The speaker a pronoun stands for ("He told reporters that ..."): the claimant the sentence
/// before names, if it names one. A guess, said as one: the reader checks it with the draft.
fn pronoun_of(sentence: &str, previous: &str, reasons: &mut Vec<Reason>) -> Option<String> {
    let pronoun = support::pronoun_speaker(sentence)?;
    let (who, word) = claimant_of(previous)?;
    let words = format!("{pronoun} = {who} (\"{word}\" in the sentence before: check it)");
    reasons.push(reason("speaker", words, 0));
    Some(who)
}

/// The claimant of `text` a draft takes: who speaks before whom the words are relayed by
/// ("The mayor said ..., according to an earlier statement" is the mayor's), the first that
/// names one (`names_a_claimant`: not "with the worst damage" of "with the worst damage
/// reported in Tawila", which leaves "According to the HAC"), with the word that gives it.
/// "where the Red Cross said": the speaker follows the relative word.
pub(super) fn claimant_of(text: &str) -> Option<(String, &'static str)> {
    support::claimants_with_words(text, &wording::attributions_in(text))
        .into_iter()
        .map(|(who, word)| match who.strip_prefix("where ") {
            Some(rest) => (rest.to_owned(), word),
            None => (who, word),
        })
        .map(|(who, word)| (without_auxiliary(&who).to_owned(), word))
        // "citing easing inflation": a reason given is no source.
        .filter(|(who, word)| *word != "citing" || support::cites_a_source(who))
        .find(|(who, _)| names_a_claimant(who))
}

/// Lowercase words that end no name: an auxiliary and the adverbs that stand between it and
/// the verb of saying ("The Environment Agency has just said", "the UN had earlier said").
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "just",
    "also",
    "earlier",
    "previously",
    "already",
    "now",
    "since",
    "recently",
    "later",
    "again",
];

/// The claimant without the auxiliary and adverbs the reader of attributions took with it:
/// "The Environment Agency has just" gives "The Environment Agency". A capitalised word is a
/// name's ("Prince Will").
fn without_auxiliary(who: &str) -> &str {
    let mut end = who.trim_end();
    // Bounded by the words of the claimant.
    while let Some((rest, last)) = end.rsplit_once(' ') {
        if !AUXILIARIES.contains(&last) {
            break;
        }
        end = rest.trim_end();
    }
    end
}

/// Whether the words read as the claimant can be a draft's `claimed_by`: not a clause that the
/// reader of attributions took whole ("as the death toll rose to 214 and officials", "a shift
/// that economists at Commerzbank", "the company's cooperation after 2023"): no number, no
/// relative word inside it, no conjunction that starts a clause (first or inside: "days after
/// President Bola Tinubu"), and someone `check` accepts
/// as a claimant (not a document alone: "the statement").
fn names_a_claimant(who: &str) -> bool {
    let mut words = who.split_whitespace();
    let first = words.next().unwrap_or("").to_lowercase();
    let number = (who.split_whitespace()).any(|w| {
        (w.trim_start_matches(|c: char| !c.is_alphanumeric()))
            .starts_with(|c: char| c.is_ascii_digit())
    });
    let relative = words.any(|w| RELATIVES.contains(&w));
    // "days after President Bola Tinubu": a clause of time, whose speaker says something
    // other than the sentence's main claim.
    let clause = (who.split_whitespace().skip(1))
        .any(|w| w != "as" && SUBORDINATORS.contains(&w.to_lowercase().as_str()));
    !number
        && !relative
        && !clause
        && !predicate(who)
        && !PREPOSITIONS.contains(&first.as_str())
        && !RELATIVES.contains(&first.as_str())
        && !SUBORDINATORS.contains(&first.as_str())
        // What `check` takes as a `claimed_by`: "the statement" names no one.
        && support::names_someone(who)
}

/// Whether the words taken as a claimant hold a verb of their own, so that the word of saying
/// after them is a noun: "Reuters could not independently verify the battlefield (reports)",
/// "It made a similar (claim)", a name and a past ("The Special Rapporteur received credible
/// (reports)"). A name holds no modal or negation, and its article follows a
/// preposition, a conjunction, a comma or a participle ("a spokesman for the", "a lawyer
/// representing the"), not a verb ("verify the", "made a").
fn predicate(who: &str) -> bool {
    const VERBAL: &[&str] = &[
        "not", "never", "could", "can", "cannot", "should", "may", "might", "must", "did", "does",
        "do",
    ];
    const LINKS: &[&str] = &[
        "and",
        "or",
        "of",
        "for",
        "to",
        "at",
        "in",
        "on",
        "from",
        "with",
        "by",
        "as",
        "behind",
        "inside",
        "within",
        "near",
        "under",
        "over",
        "across",
        "throughout",
        "about",
        "between",
        "among",
        "via",
        "like",
        "without",
        "outside",
        "per",
        "including",
    ];
    let words: Vec<&str> = who.split_whitespace().collect();
    let verbal = (words.iter()).any(|w| VERBAL.contains(&w.to_lowercase().as_str()));
    let object = words.windows(2).any(|pair| {
        let article = matches!(pair[1], "a" | "an" | "the");
        let before = pair[0];
        let linked = LINKS.contains(&before.to_lowercase().as_str())
            || before.ends_with(',')
            || before.ends_with("ing")
            || !before.starts_with(|c: char| c.is_lowercase());
        article && !linked
    });
    // A name and then a past ("The Special Rapporteur received credible (reports)"): the name
    // is the clause's subject and the word of saying its object's noun, said by others.
    let past_after_name = words.windows(2).any(|pair| {
        let name = pair[0].starts_with(char::is_uppercase) && !pair[0].ends_with(',');
        let past = pair[1].starts_with(char::is_lowercase)
            && pair[1].len() > 4
            && pair[1].ends_with("ed")
            && !pair[1].contains('-');
        name && past
    });
    verbal || object || past_after_name
}

/// Prepositions: a claimant that starts with one is no one's name but a phrase ("with the
/// worst damage" of "with the worst damage reported in Tawila").
const PREPOSITIONS: &[&str] = &[
    "with", "in", "of", "for", "on", "at", "from", "into", "among", "despite", "to", "without",
];

/// Relative words: a claimant that holds one is a clause ("where the Red Cross", "a shift
/// that economists").
const RELATIVES: &[&str] = &["that", "which", "who", "whom", "whose", "where"];

/// Words that start a clause of its own, not a noun phrase: "as the toll rose".
const SUBORDINATORS: &[&str] = &[
    "as", "while", "when", "after", "before", "because", "although", "though", "since", "if",
    "once", "until", "whereas",
];

/// Officials (2 points), organisations (1) and names (1: two or more capitalised words).
fn people(sentence: &str, reasons: &mut Vec<Reason>) {
    let names = names(sentence);
    let lower = format!(" {} ", words_of(sentence).join(" ").to_lowercase());
    let has = |w: &&str| lower.contains(&format!(" {w} "));
    let offices: Vec<&str> = OFFICES.iter().copied().filter(has).collect();
    // A name of two letters counts only in capitals: "UN", not French or Spanish "un" (a).
    let words = words_of(sentence);
    let organisation = |w: &&str| match w.len() {
        ..=2 => words.contains(&w.to_uppercase().as_str()),
        _ => has(w),
    };
    let organisations: Vec<&str> = ORGANISATIONS.iter().copied().filter(organisation).collect();
    if !offices.is_empty() {
        // The name beside the office, when there is one: "the mayor, Igor Kolykhaiev".
        let shown = names.first().map_or(offices[0], |n| n.as_str());
        let words = if names.is_empty() {
            shown.to_owned()
        } else {
            format!("{shown} ({})", offices[0])
        };
        reasons.push(reason("official", words, 2));
    }
    if let Some(org) = organisations.first() {
        reasons.push(reason("organisation", *org, 1));
    }
    let named: Vec<&str> = (names.iter().map(String::as_str))
        .skip(usize::from(!offices.is_empty()))
        .take(SHOWN_PER_KIND)
        .collect();
    if !named.is_empty() {
        reasons.push(reason("name", named.join(", "), 1));
    }
}

/// Whether the number is a note's mark in square brackets ("[1] Figures from the assessment",
/// "two boreholes remain working[2]."): it numbers a note, it counts nothing.
fn note_mark(sentence: &str, mention: &Mention) -> bool {
    let end = mention.start + mention.text.len();
    mention.text.len() <= 3
        && mention.text.bytes().all(|b| b.is_ascii_digit())
        && sentence[..mention.start].ends_with('[')
        && sentence[end..].starts_with(']')
}

/// Runs of two or more capitalised words: "Igor Kolykhaiev", "French Foreign Minister
/// Jean-Yves Le Drian".
fn names(sentence: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut close = |run: &mut Vec<&str>| {
        while run.first().is_some_and(|w| NOT_NAMES.contains(w)) {
            run.remove(0);
        }
        if run.len() >= 2 {
            found.push(run.join(" "));
        }
        run.clear();
    };
    for raw in sentence.split(' ') {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let joins = matches!(word, "al" | "de" | "von" | "van" | "bin" | "der") && !run.is_empty();
        if (capital || joins) && !word.is_empty() {
            run.push(word);
        } else {
            close(&mut run);
        }
        // A comma or full stop after the word ends the name.
        if raw.ends_with([',', '.', ';', ':', '"', ')']) {
            close(&mut run);
        }
    }
    close(&mut run);
    found
}

fn words_of(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .collect()
}

/// Days: 2 points for one counted from the publication date (or written in full), 1 for one
/// that cannot be counted.
/// `given` are the days the page's markup gave to words of the sentence (their bytes in it).
fn day(
    sentence: &str,
    phrases: Vec<dates::Phrase<'_>>,
    published: Option<Date>,
    given: &[(Range<usize>, Date)],
    reasons: &mut Vec<Reason>,
) -> Option<Dated> {
    let mut first: Option<Dated> = None;
    let dateline = dateline::length(sentence);
    for phrase in phrases
        .into_iter()
        .filter(|p| p.range.start >= dateline)
        .take(SHOWN_PER_KIND)
    {
        if let Some((date, words)) = marked(sentence, &phrase, given) {
            reasons.push(reason("date", words, if first.is_none() { 2 } else { 0 }));
            if first.is_none() && published.is_none_or(|p| date <= p) {
                first = Some(Dated {
                    phrase: phrase.text.to_owned(),
                    date: Some(date),
                    by_markup: true,
                    day: Some(phrase.day),
                    entry: None,
                    if_updated: None,
                });
            }
            continue;
        }
        let readings = phrase.day.readings(published);
        // A weekday of unclear tense ("from Monday") names two days: the draft takes neither.
        let date = phrase
            .resolve(published)
            .filter(|_| !phrase.day.is_unclear());
        let week = phrase.day.stretch(published);
        // "since February 24th": the phrase found may leave out the word that bounds it, and
        // a qualifier may stand between them ("until at least Thursday").
        let word_before = bound_before(&sentence[..phrase.range.start]);
        let stretch = bounds_a_stretch(phrase.text) || word_before.is_some_and(bounds_a_stretch);
        let words = date_words(&phrase, date, &readings, week, stretch, published);
        let points = if first.is_none() {
            1 + i32::from(date.is_some())
        } else {
            0
        };
        reasons.push(reason("date", words, points));
        // The day of the event is not after the article.
        let usable = date.is_none_or(|d| published.is_none_or(|p| d <= p))
            && !phrase.day.is_unclear()
            && week.is_none()
            && !stretch;
        if first.is_none() && usable {
            first = Some(Dated {
                phrase: phrase.text.to_owned(),
                date,
                by_markup: false,
                day: Some(phrase.day),
                entry: None,
                if_updated: None,
            });
        }
    }
    first
}

/// What a reason says of the day `phrase` names: the date it gives, or why it gives none
/// ("past or to come: the clause does not say").
fn date_words(
    phrase: &dates::Phrase<'_>,
    date: Option<Date>,
    readings: &[Date],
    week: Option<(Date, Date)>,
    stretch: bool,
    published: Option<Date>,
) -> String {
    match (date, readings) {
        _ if let Some((from, to)) = week => {
            let what = match phrase.day {
                dates::Day::Week(_) => "a week",
                _ => "several days",
            };
            format!("{} → {from} to {to} ({what}, not one day)", phrase.text)
        }
        (Some(date), _) if stretch => format!(
            "{} → {date} (where a stretch of time starts or ends, not the day of the event)",
            phrase.text
        ),
        (_, [first, second]) => format!(
            "{} → {first} or {second} ({})",
            phrase.text,
            match phrase.day {
                dates::Day::Weekday {
                    count: dates::Count::After,
                    ..
                } => "the coming one or the one a week on: \"next\" may mean either",
                _ => "past or to come: the clause does not say",
            }
        ),
        (Some(date), _) if phrase.is_full() => format!("{} = {date}", phrase.text),
        (Some(date), _) => format!("{} → {date}", phrase.text),
        (None, _) if published.is_some() => format!(
            "{} (past or to come: the clause does not say, so it is not counted)",
            phrase.text
        ),
        (None, _) => format!("{} (no publication date to count from)", phrase.text),
    }
}

/// The day that the page's markup gave to words of `phrase`, and the reason that names them.
fn marked(
    sentence: &str,
    phrase: &dates::Phrase<'_>,
    given: &[(Range<usize>, Date)],
) -> Option<(Date, String)> {
    let (range, date) =
        (given.iter()).find(|(r, _)| r.start < phrase.range.end && phrase.range.start < r.end)?;
    let words = format!(
        "{} = {date} (the page marked \"{}\" as <time datetime=\"{date}\">)",
        phrase.text,
        sentence.get(range.clone()).unwrap_or(phrase.text),
    );
    Some((*date, words))
}

/// Whether a day's phrase bounds a stretch of time ("since Tuesday", "until 3 March", "from
/// Monday") rather than naming the day of the event.
fn bounds_a_stretch(phrase: &str) -> bool {
    let first = phrase.split_whitespace().next().unwrap_or("");
    [
        "since", "until", "till", "from", "through", "by", "before", "after",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(first))
}

/// The word just before a day's phrase, past a qualifier of the bound ("until at least",
/// "by the latest", "from as early as"): the word that may bound a stretch of time.
fn bound_before(before: &str) -> Option<&str> {
    const QUALIFIERS: &[&str] = &[
        "at", "least", "the", "latest", "earliest", "most", "as", "early", "late", "not",
    ];
    let words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    let qualifier = |w: &&str| QUALIFIERS.iter().any(|q| q.eq_ignore_ascii_case(w));
    let first = words.first().copied();
    (words.iter().find(|w| !qualifier(w)).copied())
        .filter(|w| bounds_a_stretch(w))
        .or(first)
}

/// The sentence after the stamp of the live blog's entry that opens it ("09:12 Turnout in the
/// north was 61.4%"): the stamp is the blog's time of posting, which the draft's date already
/// counts from, not the article's claim; the statement and quote start after it.
fn after_entry_stamp(
    days: &[super::days::Placed],
    text: &str,
    range: Range<usize>,
) -> Range<usize> {
    let stamp = (days.iter()).find(|d| {
        d.kind == super::days::Kind::Entry
            && d.range.start == range.start
            && d.range.end < range.end
    });
    let Some(stamp) = stamp else {
        return range;
    };
    let rest = &text[stamp.range.end..range.end];
    let words = rest.trim_start();
    // A stamp alone before a line's end, or followed by what is not words, stays.
    if !words.starts_with(char::is_alphanumeric) && !words.starts_with(['"', '\u{201c}']) {
        return range;
    }
    range.end - words.len()..range.end
}

/// Places the fact base knows, named as whole words: 2 points. The first named is the draft's
/// location.
fn places(sentence: &str, known: &[String], reasons: &mut Vec<Reason>) -> Option<String> {
    let mut found: Vec<(usize, &str)> = known
        .iter()
        .filter_map(|place| whole_word(sentence, place).map(|at| (at, place.as_str())))
        .collect();
    found.sort();
    let first = found.first()?.1.to_owned();
    let shown: Vec<&str> = found.iter().take(SHOWN_PER_KIND).map(|(_, p)| *p).collect();
    reasons.push(reason("place known to the fact base", shown.join(", "), 2));
    Some(first)
}

pub(super) fn whole_word(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn events(sentence: &str, reasons: &mut Vec<Reason>) {
    let words = words_of(sentence);
    let mut found: Vec<&str> = Vec::new();
    for word in &words {
        let lower = word.to_lowercase();
        if let Some(event) = EVENTS.iter().find(|e| **e == lower)
            && !found.contains(event)
        {
            found.push(event);
        }
    }
    if !found.is_empty() {
        let shown: Vec<&str> = found.into_iter().take(SHOWN_PER_KIND).collect();
        reasons.push(reason("event", shown.join(", "), 2));
    }
}

fn penalties(sentence: &str, reasons: &mut Vec<Reason>) {
    let count = sentence.split(' ').filter(|w| !w.is_empty()).count();
    let lower = sentence.to_lowercase();
    if let Some(f) = FURNITURE.iter().find(|f| lower.starts_with(**f)) {
        reasons.push(reason("page furniture", f.trim_end_matches([':', ' ']), -5));
    } else if let Some(n) = page_number(&lower).filter(|_| !lower.trim_end().ends_with('.')) {
        reasons.push(reason("page furniture", n, -5));
    }
    if count < SHORT_WORDS {
        reasons.push(reason("short", format!("{count} words"), -3));
    } else if count > LONG_WORDS {
        reasons.push(reason("long", format!("{count} words"), -1));
    }
    // "March 14, 2024 9:32 AM UTC": when the page was written, not what happened.
    if count <= 8 && !sentence.trim_end().ends_with('.') && super::meta::day_of(sentence).is_some()
    {
        reasons.push(reason("timestamp", sentence.trim(), -5));
    }
    if speakers::lead_in(sentence).is_some() {
        let words = "introduces the quotation that follows, which is the fact";
        reasons.push(reason("lead-in", words, -3));
    }
    let end = sentence.trim_end_matches(['"', '\'', ')']);
    if end.ends_with('?') {
        reasons.push(reason("question", "ends with ?", -3));
    } else if !end.ends_with(['.', '!']) {
        reasons.push(reason("no full stop", "a headline, caption or link?", -1));
    }
    let padded = format!(" {} ", words_of(&lower).join(" "));
    if let Some(p) = FIRST_PERSON
        .iter()
        .find(|p| padded.contains(&format!(" {p} ")))
    {
        reasons.push(reason("first-person opinion", *p, -2));
    }
}

/// What a sentence with no figure, claimant nor day says that is no claim, decision or
/// event: who a person is ("Harriet Cole is a former adviser to the Low Pay Commission", a
/// writer's note), or that someone gave no answer ("did not respond to a request for
/// comment"). Either loses `NO_NEWS`, more than such a sentence gains.
/// A claimant found in who someone is is a misreading of the name ("Omar Said is a
/// correspondent"): "is a" with nothing after the description says no one said it.
fn no_news(sentence: &str, claimed: bool, reasons: &mut Vec<Reason>) {
    if let Some(words) = who_someone_is(sentence) {
        let words = format!("{words} (who the person is, not a claim or an event)");
        reasons.push(reason("no news", words, NO_NEWS));
    } else if let Some(words) = no_answer(sentence).filter(|_| !claimed) {
        let words = format!("{words} (no answer given, not a claim or an event)");
        reasons.push(reason("no news", words, NO_NEWS));
    }
}

/// What a sentence that only says who someone is or gave no answer loses.
const NO_NEWS: i32 = -10;

/// "NAME is a/an ...": a person's name (two to four capitalised words) as the whole subject
/// of "is" or "was" and an indefinite noun phrase after it, which describes the person; the
/// words up to the noun phrase's first word past the article.
fn who_someone_is(sentence: &str) -> Option<String> {
    let words: Vec<&str> = sentence.split_whitespace().take(12).collect();
    let verb = words.iter().position(|w| *w == "is" || *w == "was")?;
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let subject = &words[..verb];
    let article = words.get(verb + 1).filter(|w| **w == "a" || **w == "an")?;
    let named = (2..=4).contains(&subject.len())
        && subject.iter().all(capital)
        && !subject.iter().any(|w| w.ends_with([',', ';', ':']))
        && !ARTICLES.contains(&subject[0].to_lowercase().as_str());
    // A clause after the description ("is a city that ...", "is a risk, he said") says more.
    let more = sentence.contains([',', ';'])
        || words_of(sentence)
            .iter()
            .any(|w| RELATIVES.contains(&w.to_lowercase().as_str()));
    let noun = words.get(verb + 2)?;
    (named && !more).then(|| format!("{} {} {article} {noun}", subject.join(" "), words[verb]))
}

/// What a reporter asks that a non-answer names: "a request for comment", "questions".
const ASKED: &[&str] = &[
    "comment", "request", "question", "call", "message", "email", "e-mail", "inquir", "quer",
];

/// Determiners and pronouns that open a subject that is no person's name ("The Ministry").
const ARTICLES: &[&str] = &["the", "this", "that", "these", "those", "it", "its", "our"];

/// The words of a sentence that say someone did not answer: a verb of answering ("respond",
/// "reply", "comment", "answer", "be reached", "return calls") under a denial or a refusal
/// within the three words before it ("did not immediately respond", "declined to comment"),
/// in a sentence that says nothing else (no "but", no second clause after a semicolon).
fn no_answer(sentence: &str) -> Option<String> {
    let words = words_of(sentence);
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if lower.iter().any(|w| w == "but") || sentence.contains(';') {
        return None;
    }
    let answering = |w: &str| {
        ["respond", "repl", "comment", "answer", "reached", "return"]
            .iter()
            .any(|stem| w.starts_with(stem))
    };
    let denied = |w: &str| {
        [
            "not", "didn't", "hasn't", "haven't", "couldn't", "wasn't", "never", "declined",
        ]
        .contains(&w)
            || w.starts_with("refus")
            || w.starts_with("unavailable")
    };
    let at = lower.iter().position(|w| answering(w))?;
    let from = at.saturating_sub(3);
    let denial = (from..at).find(|&i| denied(&lower[i]))?;
    // What was asked is named: "respond to the ultimatum" is an event, "to a request for
    // comment", "to questions" is not.
    let asked = lower[at..]
        .iter()
        .any(|w| ASKED.iter().any(|a| w.starts_with(a)));
    asked.then(|| words[denial..=at].join(" "))
}

/// A printed page's number in its header or footer ("WFP Haiti | Press release | Page 1 of 2",
/// a PDF's text): "page", a number, "of" and a number, as `lowercase` writes them. Only in a
/// line with no full stop: "The plan, on page 3 of 40, says ..." is a sentence.
fn page_number(lowercase: &str) -> Option<String> {
    let words = words_of(lowercase);
    let number = |w: &&str| w.chars().all(|c| c.is_ascii_digit());
    words.windows(4).find_map(|w| {
        (w[0] == "page" && number(&w[1]) && w[2] == "of" && number(&w[3])).then(|| w.join(" "))
    })
}

fn telling_words(text: &str) -> HashSet<String> {
    words_of(text)
        .into_iter()
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 4 && !COMMON.contains(&w.as_str()))
        .collect()
}

/// The topic of the fact that shares the most telling words with the sentence (the first of
/// equals), when it shares at least `TOPIC_WORDS`.
fn topic(sentence: &str, known: &Known) -> Option<(String, String)> {
    let words = telling_words(sentence);
    let mut best: Option<(usize, &KnownFact)> = None;
    for fact in &known.facts {
        let shared = fact.words.intersection(&words).count();
        if shared >= TOPIC_WORDS && best.is_none_or(|(b, _)| shared > b) {
            best = Some((shared, fact));
        }
    }
    best.map(|(_, fact)| (fact.topic.clone(), fact.id.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(places: &[&str]) -> Known {
        Known {
            places: places.iter().map(|p| (*p).to_owned()).collect(),
            facts: Vec::new(),
            quoted: Vec::new(),
            headline: Vec::new(),
            language: None,
            numerals: Numerals::ENGLISH,
            days: Vec::new(),
            updated: None,
        }
    }

    #[test]
    fn a_notes_mark_in_brackets_is_no_number_of_the_news() {
        let note = scored(
            "[1] Figures from the camp-level assessment, March 2024.",
            None,
            &[],
        );
        assert!(
            !note.reasons.iter().any(|r| r.kind == "number"),
            "{:?}",
            note.reasons
        );
        let marked = scored(
            "The last boreholes serve 32,000 people[1] in the camp.",
            None,
            &[],
        );
        let numbers: Vec<&str> = (marked.reasons.iter())
            .filter(|r| r.kind == "number")
            .map(|r| r.words.as_str())
            .collect();
        assert_eq!(numbers, ["32,000"], "{:?}", marked.reasons);
    }

    #[test]
    fn text_without_full_stops_is_not_scored_as_one_sentence() {
        // 20,000 words and a number every ten: scoring it as one sentence took minutes.
        let run = "the mayor said 1,200 people fled the town on Tuesday ".repeat(2_000);
        let text = format!("{run}\n\nThe mayor said 300 people had fled on Tuesday.\n");
        let source = SourceText::new(&text, None);
        let found = suggest(&source, None, &known(&[]), false, 5);
        assert_eq!((found.sentences, found.weak), (2, 1));
        assert_eq!(found.candidates.len(), 1);
        let drafted = &source.normalized[found.candidates[0].sentence.clone()];
        assert!(drafted.starts_with("The mayor said 300"), "{drafted}");
    }

    #[test]
    fn un_is_an_organisation_only_in_capitals() {
        let kinds = |sentence: &str| -> Vec<(&'static str, String)> {
            (scored(sentence, None, &[]).reasons.into_iter())
                .filter(|r| r.kind == "organisation")
                .map(|r| (r.kind, r.words))
                .collect()
        };
        assert_eq!(
            kinds("Seul un TGV sur cinq circulera mardi, a annoncé la SNCF."),
            []
        );
        assert_eq!(
            kinds("The UN said 300 people had fled."),
            [("organisation", "un".to_owned())]
        );
    }

    fn scored(sentence: &str, published: Option<Date>, places: &[&str]) -> Candidate {
        score(sentence, "", 0..sentence.len(), published, &known(places))
    }

    fn said(c: &Candidate) -> Vec<String> {
        c.reasons.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_figure_below_zero_is_drafted_with_its_sign() {
        let c = scored(
            "Temperatures fell to -15C overnight, the weather service said.",
            None,
            &[],
        );
        let figure = c.figure.expect("a figure");
        assert_eq!((figure.value, figure.written.as_str()), (-15.0, "-15"));
        // Digits of another script count as digits.
        let c = scored(
            "The council said \u{661}\u{663} people were hurt.",
            None,
            &[],
        );
        assert_eq!(c.figure.map(|f| f.value), Some(13.0));
    }

    #[test]
    fn where_a_stretch_of_time_starts_or_ends_is_no_date_of_the_event() {
        let published = Some(jiff::civil::date(2024, 3, 4));
        let c = scored(
            "Floods have killed 40 people since Tuesday.",
            published,
            &[],
        );
        assert_eq!(c.date, None);
        assert!(
            said(&c).contains(
                &"date: since Tuesday → 2024-02-27 (where a stretch of time starts or ends, not \
                  the day of the event) (+2)"
                    .to_owned()
            ),
            "{:?}",
            said(&c)
        );
        let c = scored("Floods killed 40 people on Tuesday.", published, &[]);
        assert_eq!(c.date.map(|d| d.phrase), Some("on Tuesday".to_owned()));
    }

    #[test]
    fn a_sentence_of_a_count_attributed_and_dated_names_every_reason() {
        let c = scored(
            "About 2,000 civilians were killed in Kherson on Wednesday, the mayor, Igor \
             Kolykhaiev, said.",
            Some(jiff::civil::date(2022, 3, 3)),
            &["Kherson"],
        );
        let reasons = said(&c);
        for expected in [
            "number: 2,000 (civilians) (+3)",
            "qualifier: about (+1)",
            "official: Igor Kolykhaiev (mayor) (+2)",
            "date: on Wednesday → 2022-03-02 (+2)",
            "place known to the fact base: Kherson (+2)",
            "event: killed (+2)",
        ] {
            assert!(
                reasons.iter().any(|r| r == expected),
                "{expected} in {reasons:?}"
            );
        }
        let figure = c.figure.expect("a figure");
        assert_eq!(
            (figure.value, figure.label.as_str(), figure.qualifier),
            (2000.0, "civilians", Some("about"))
        );
        assert_eq!(c.claimed_by.as_deref(), Some("Igor Kolykhaiev"));
        assert_eq!(c.location.as_deref(), Some("Kherson"));
        let date = c.date.expect("a day");
        assert_eq!(date.date, Some(jiff::civil::date(2022, 3, 2)));
        assert_eq!(date.phrase, "on Wednesday");
    }

    #[test]
    fn a_day_of_unclear_tense_in_a_dated_source_is_not_said_to_lack_the_date() {
        let published = Some(jiff::civil::date(2024, 8, 14));
        let c = scored(
            "Heavy rains since 1 August have affected an estimated 118,000 people.",
            published,
            &[],
        );
        let dates: Vec<String> = said(&c)
            .into_iter()
            .filter(|r| r.starts_with("date"))
            .collect();
        assert!(
            dates.iter().all(|r| !r.contains("no publication date")),
            "{dates:?}"
        );
    }

    #[test]
    fn a_registration_or_reference_number_is_no_count() {
        let c = scored(
            "FeedAll, a registered charity (No. 1098765), works in 40 towns.",
            None,
            &[],
        );
        let numbers: Vec<&str> = (c.reasons.iter())
            .filter(|r| r.kind == "number")
            .map(|r| r.words.as_str())
            .collect();
        assert_eq!(numbers, ["40 (towns)"]);
        let c = scored("The court heard case number 4417 on Monday.", None, &[]);
        assert!(c.figure.is_none() && c.reasons.iter().all(|r| r.kind != "number"));
    }

    #[test]
    fn a_telephone_number_is_no_number_of_the_news() {
        for sentence in [
            "For further information, please contact: Jane Smith, OCHA Sudan, \
             Tel: +249 912 345 678",
            "Residents can call the hotline on +44 20 7946 0958 for help.",
            "Media contact: press@feedall.example, 020 7946 0000",
        ] {
            let c = scored(sentence, None, &[]);
            assert_eq!(c.figure, None, "{sentence}");
            assert!(
                !said(&c).iter().any(|r| r.starts_with("number")),
                "{:?}",
                said(&c)
            );
        }
        let c = scored("Prices rose by +5% in March, the office said.", None, &[]);
        assert_eq!(c.figure.map(|f| f.value), Some(5.0));
    }

    #[test]
    fn a_participle_after_a_preposition_is_no_speaker_and_the_relay_is_taken() {
        let c = scored(
            "According to the HAC, about 118,000 people (23,600 households) have been \
             affected, with the worst damage reported in Tawila and Kutum.",
            None,
            &[],
        );
        assert_eq!(c.claimed_by.as_deref(), Some("the HAC"));
        assert!(said(&c).contains(&"attribution: according to the HAC (+2)".to_owned()));
    }

    #[test]
    fn the_claimant_is_who_speaks_and_a_noun_phrase() {
        let claimed = |sentence: &str| scored(sentence, None, &[]).claimed_by;
        assert_eq!(
            claimed("Kherson's mayor, Igor Kolykhaev, has confirmed that 300 people were killed.")
                .as_deref(),
            Some("Igor Kolykhaev")
        );
        assert_eq!(
            claimed(
                "The mayor said 300 people had been killed, according to an earlier statement."
            )
            .as_deref(),
            Some("The mayor")
        );
        assert_eq!(
            claimed("Mr. Kolykhaev urged residents to stay indoors and said a curfew was set up."),
            None
        );
        // A document alone names no one: `check` would refuse it as a `claimed_by`.
        assert_eq!(
            claimed("A column of vehicles is approaching the border, the statement said."),
            None
        );
        // An age, a title's full stop, a decimal point and an aside are not where the
        // claimant ends.
        for (sentence, who) in [
            (
                "Party leader Ana Silva, 51, said the vote was stolen.",
                "Party leader Ana Silva",
            ),
            (
                "\"The vote was stolen,\" said Prof. Ana Silva, a historian.",
                "Prof. Ana Silva",
            ),
            (
                "The utility, which serves 1.4 million homes in the north, said it would appeal.",
                "The utility",
            ),
            (
                "Farmers in the valley, most of whom lost their crops, said aid was slow.",
                "Farmers in the valley",
            ),
        ] {
            assert_eq!(claimed(sentence).as_deref(), Some(who), "{sentence}");
        }
        // A clause read whole, or a document, is no claimant to draft.
        for sentence in [
            "Floods hit the town as the toll rose to 40 and officials warned of more rain.",
            "The plan is a shift that analysts at the bank said could add growth.",
            "The judge cut the fine, citing the firm's help after 2021.",
            "The party won the vote, according to provisional results published on Monday.",
            "The company raised prices by 175% on Wednesday, days after President Bola Tinubu \
             said a fuel subsidy would end.",
        ] {
            assert_eq!(claimed(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn a_bound_in_words_is_the_figure_qualifier_check_asks_for() {
        let c = scored("Just under 60 bridges were damaged.", None, &[]);
        let figure = c.figure.expect("a figure");
        assert_eq!(figure.qualifier, Some("nearly"));
        // In the source's language too: "environ" is "about".
        let (written, figure) = qualifier_before("comptait environ ").expect("a qualifier");
        assert_eq!((written, figure), ("environ", "about"));
    }

    #[test]
    fn questions_opinion_and_furniture_lose_points() {
        let question = scored("Will the city hold out?", None, &[]);
        assert!(question.score <= 0, "{:?}", said(&question));
        let opinion = scored(
            "I think the talks are a distraction from the real work of diplomacy.",
            None,
            &[],
        );
        assert!(said(&opinion).iter().any(|r| r.starts_with("first-person")));
        let furniture = scored("Also Read: 5 killed as storm hits the coast", None, &[]);
        assert!(furniture.score <= 0, "{:?}", said(&furniture));
        let footer = scored("WFP Haiti | Press release | Page 1 of 2", None, &[]);
        assert!(footer.score <= 0, "{:?}", said(&footer));
        assert!(said(&footer).iter().any(|r| r.contains("page 1 of 2")));
    }

    #[test]
    fn who_someone_is_and_a_non_answer_are_no_news() {
        for sentence in [
            "Harriet Cole is a former adviser to the Low Pay Commission.",
            "Mayor Luis Ortega did not respond to a request for comment.",
            "The ministry declined to comment.",
            "Olena Harmash is a correspondent based in Kyiv.",
            "Omar Said is a correspondent based in Leeds.",
        ] {
            let c = scored(sentence, None, &[]);
            assert!(c.score <= 0, "{sentence}: {:?}", said(&c));
            assert!(
                said(&c).iter().any(|r| r.starts_with("no news")),
                "{sentence}"
            );
        }
        // An event, and a description with a claim after it, stay.
        for sentence in [
            "Russia did not respond to the ultimatum and shelled the port.",
            "Kherson is a city that fell to Russian forces on 2 March 2022.",
            "The Central Bank of Kenya cut its benchmark lending rate to 12%.",
        ] {
            let c = scored(sentence, None, &[]);
            assert!(
                !said(&c).iter().any(|r| r.starts_with("no news")),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_qualifier_is_drafted_as_the_check_names_it() {
        assert_eq!(
            qualifier_before("A total of a minimum of "),
            Some(("a minimum of", "at least"))
        );
        assert_eq!(
            qualifier_before("just under "),
            Some(("just under", "nearly"))
        );
        assert_eq!(qualifier_before("It killed "), None);
    }

    #[test]
    fn a_distance_is_a_number_but_not_a_figure() {
        let c = scored(
            "The city is nearly 550 kilometers away from Kyiv.",
            None,
            &[],
        );
        assert!(said(&c).contains(&"number: 550 (kilometers away) (+3)".to_owned()));
        assert_eq!(c.figure, None);
    }

    #[test]
    fn a_label_is_words_not_a_dash_a_quoted_name_or_a_preposition() {
        for (sentence, label) in [
            (
                "Councillor Mark Bell said it left a £450,000 gap – “at the very least”.",
                "gap",
            ),
            (
                "The mayor defended her £2m “community first” budget on Monday.",
                "(what is counted)",
            ),
            (
                "A court fined the operator €2.5 million over the capsizing, officials said.",
                "(what is counted)",
            ),
        ] {
            let c = scored(&crate::text::normalize(sentence), None, &[]);
            assert_eq!(
                c.figure.map(|f| f.label).as_deref(),
                Some(label),
                "{sentence}"
            );
        }
        let c = scored("March 14, 2024 9:32 AM UTC", None, &[]);
        assert!(said(&c).contains(&"timestamp: March 14, 2024 9:32 AM UTC (-5)".to_owned()));
        assert!(c.score <= 0, "{:?}", said(&c));
    }

    #[test]
    fn a_verb_after_the_counted_noun_is_read_by_the_word_after_it() {
        let c = scored(
            "The union called the strike after talks on a 35% pay rise broke down on Monday.",
            None,
            &[],
        );
        assert_eq!(c.figure.map(|f| f.label).as_deref(), Some("pay rise"));
        let c = scored("Police said 300 staff members were evacuated.", None, &[]);
        assert_eq!(c.figure.map(|f| f.label).as_deref(), Some("staff members"));
        let c = scored(
            "The mine produced 2 metric tonnes a year of copper.",
            None,
            &[],
        );
        assert_eq!(c.figure.map(|f| f.label).as_deref(), Some("metric tonnes"));
    }

    #[test]
    fn a_table_rows_figure_counts_its_columns_header_in_its_rows_label() {
        let label = |sentence: &str| scored(sentence, None, &[]).figure.map(|f| f.label);
        assert_eq!(
            label("Tawila: People affected 42,000; Homes destroyed 7,350").as_deref(),
            Some("People affected, Tawila")
        );
        assert_eq!(
            label("North Darfur: Deaths 64").as_deref(),
            Some("Deaths, North Darfur")
        );
        // Prose that leads to its number has no header.
        for sentence in [
            "Latest: Toll rose to 64",
            "Deaths: at least 64",
            "Update: the toll is now 64",
            "Update: Officials counted 64.",
        ] {
            let label = label(sentence);
            assert!(
                label.as_ref().is_none_or(|l| l.starts_with('(')),
                "{sentence}: {label:?}"
            );
        }
    }

    #[test]
    fn clock_times_ages_and_joined_units_are_no_figure() {
        for sentence in [
            "The mayor urged residents to stay indoors after 20:00 local time, officials said.",
            "The council met on Thursday at 10:30 am in the city hall, officials said.",
            "The statement was published at 7:45 PM in Kyiv, the ministry said.",
            "\u{201c}We have no medicine left,\u{201d} said a pharmacist, Olena, 54.",
            "U.S. officials said that a 40-mile military convoy north of Kyiv had stalled.",
            "The regional office said the 10m wave had struck the coast at night.",
            "Most of the dead were children under 12, the health ministry said.",
            "People aged over 65 should stay at home, the ministry said.",
            // A range has no one value, and what a change starts from is not the news.
            "Between 10 and 15 percent of services ran, up from 5 percent in the morning.",
            "Some 3,000-4,000 people marched, the police said.",
        ] {
            let c = scored(sentence, None, &[]);
            assert_eq!(c.figure, None, "{sentence}");
        }
        // A footnote's mark or a power after the number: it is not the count read. A power of
        // ten is its value, as the check reads it.
        let c = scored(
            "The reservoir holds 10⁶ cubic metres less water.",
            None,
            &[],
        );
        assert_eq!(c.figure.map(|f| f.value), Some(1e6));
        for sentence in [
            "Officials counted 40¹ dead villages in the valley, the report said.",
            "Officials counted 40^1.5 dead villages in the valley, the report said.",
        ] {
            assert_eq!(scored(sentence, None, &[]).figure, None, "{sentence}");
        }
        let c = scored("Exports rose to 420 tonnes, up from 300 tonnes.", None, &[]);
        assert_eq!(c.figure.map(|f| f.value), Some(420.0));
    }

    #[test]
    fn a_number_in_a_denied_claim_is_no_figure_and_the_denial_is_named() {
        for (sentence, words) in [
            (
                "The ministry denied that 40 soldiers had been captured.",
                "denied or negated: The ministry denied that 40 (no figure from it) (-3)",
            ),
            (
                "It is not true that 500 homes were destroyed, the mayor said.",
                "denied or negated: It is not true that 500 (no figure from it) (-3)",
            ),
            (
                "The ministry denied that the army had lost 40 soldiers near the river.",
                "denied or negated: The ministry denied that 40 (no figure from it) (-3)",
            ),
            (
                "Rebels said 40 soldiers had been captured, a claim the ministry denied.",
                "denied or negated: a claim the ministry denied 40 (no figure from it) (-3)",
            ),
        ] {
            let c = scored(sentence, None, &[]);
            assert_eq!(c.figure, None, "{sentence}");
            assert!(said(&c).contains(&words.to_owned()), "{:?}", said(&c));
        }
        for sentence in [
            "The ministry said 40 soldiers had been captured.",
            "Not only 40 soldiers but their officers were captured, the ministry said.",
            "The ministry, which denied it, said on Monday that 40 soldiers were captured.",
        ] {
            let c = scored(sentence, None, &[]);
            assert_eq!(c.figure.as_ref().map(|f| f.value), Some(40.0), "{sentence}");
            assert!(
                !said(&c).iter().any(|r| r.starts_with("denied")),
                "{:?}",
                said(&c)
            );
        }
        let c = scored(
            "No one was killed in the blast, the governor said.",
            None,
            &[],
        );
        assert!(
            !said(&c).iter().any(|r| r.starts_with("number")),
            "{:?}",
            said(&c)
        );
    }

    #[test]
    fn spaced_thousands_and_scale_letters_make_a_figure() {
        let c = scored(
            "Officials said 12\u{a0}000 homes had lost power, the energy ministry reported.",
            None,
            &[],
        );
        let figure = c.figure.expect("a figure");
        assert_eq!((figure.value, figure.label.as_str()), (12000.0, "homes"));
        let c = scored(
            "The governor said that 1.5m euros in emergency aid had been approved.",
            None,
            &[],
        );
        assert_eq!(c.figure.map(|f| f.value), Some(1_500_000.0));
    }
}
