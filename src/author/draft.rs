//! The candidates of `suggest` written out: as YAML that pastes under `facts:` as it is (only
//! fields of the facts format; score, reasons and the words behind the date and topic as
//! comments), or as JSON.

use super::edit::quoted;
use super::located::{Located, Words};
use super::suggest::{Candidate, Dated, Suggestions};
use crate::text;
use ahash::AHashSet as HashSet;
use jiff::civil::Date;
use serde::Serialize;
use std::fmt::Write;

/// How `suggest` prints its candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Facts to paste under `facts:`, with score and reasons as comments
    Yaml,
    /// One object: {"source": ID, "candidates": [...]}
    Json,
}

/// Words left out of a draft's id.
const NOT_IN_ID: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "and",
    "or",
    "has",
    "have",
    "had",
    "been",
    "by",
    "for",
    "is",
    "was",
    "were",
    "are",
    "be",
    "that",
    "with",
    "as",
    "it",
    "its",
    "from",
    "said",
    "says",
    "according",
    "this",
    "their",
    "his",
    "her",
    "also",
    "but",
    "which",
    "who",
];
/// How many words of the sentence an id is made of.
const ID_WORDS: usize = 5;

/// A candidate with the words of its draft.
pub struct Draft<'c> {
    pub id: String,
    pub statement: String,
    /// The sentence as the file has it, and where.
    pub quote: Located,
    pub candidate: &'c Candidate,
    /// The words broken at a line end that the statement writes on one line, as the file has
    /// them and as written: `"ex- pand" as "ex-pand"`.
    pub rejoined: Vec<String>,
}

/// What the drafts are drafted from.
pub struct About<'a> {
    pub source: &'a str,
    /// The source's file, as the facts file gives it.
    pub file: &'a str,
    pub published: Option<Date>,
}

/// A draft for each candidate, with ids that are neither in `taken` (the fact base's) nor
/// given twice.
pub fn drafts<'c>(
    candidates: &'c [Candidate],
    words: &Words<'_>,
    normalized: &str,
    taken: &HashSet<String>,
) -> Vec<Draft<'c>> {
    let mut given: HashSet<String> = HashSet::new();
    candidates
        .iter()
        .map(|candidate| {
            let quote = words.locate(candidate.sentence.clone());
            let sentence = &normalized[candidate.sentence.clone()];
            let base = slug(sentence);
            let mut id = base.clone();
            let mut n = 1;
            while taken.contains(&id) || given.contains(&id) {
                n += 1;
                id = format!("{base}-{n}");
            }
            given.insert(id.clone());
            let filed = words.as_filed(candidate.sentence.clone());
            let (whole, rejoined) = rejoined(filed, words.original());
            let sentence = match rejoined.is_empty() {
                true => quote.text.clone(),
                false => text::collapse_spaces(&whole),
            };
            Draft {
                id,
                statement: statement(&sentence),
                quote,
                candidate,
                rejoined,
            }
        })
        .collect()
}

/// Words after a hyphen that ends a line which do not finish the word before it: "pre- and
/// post-war" holds two words.
const SUSPENDED: &[&str] = &["and", "or", "to", "nor"];

/// The sentence as the file has it (`filed`), with the words a text exported from a PDF breaks
/// at a line end ("will ex-\npand its") written whole, and those words as the file has them.
/// The quote keeps the file's words (`check` finds it only so: the hyphen and the line break
/// are in the file), but the statement is the user's own sentence, which the briefing shows:
/// "will ex- pand" would be printed. Whether the hyphen was the line's or the word's
/// ("long-\nterm") no rule of spelling tells, so the text does: the word written whole
/// elsewhere in it (`whole_text`) loses the hyphen, any other keeps it ("ex-pand"), and only
/// the line break goes. A soft hyphen is always the line's.
fn rejoined(filed: &str, whole_text: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(filed.len());
    let mut found = Vec::new();
    let mut rest = filed;
    // Bounded by the sentence's line breaks.
    while let Some(at) = rest.find('\n') {
        let (line, next) = (&rest[..at], rest[at + 1..].trim_start());
        let head = line.trim_end();
        let hyphen = head
            .chars()
            .next_back()
            .filter(|c| matches!(c, '-' | '\u{2010}' | '\u{AD}'));
        let first = head[..head.len() - hyphen.map_or(0, char::len_utf8)]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let second: &str = next
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let broken = hyphen.is_some()
            && !first.is_empty()
            && second.starts_with(char::is_lowercase)
            && !SUSPENDED.contains(&second);
        let Some(hyphen) = hyphen.filter(|_| broken) else {
            out.push_str(&rest[..=at]);
            rest = &rest[at + 1..];
            continue;
        };
        let joined = format!("{first}{second}");
        let whole = hyphen == '\u{AD}'
            || super::suggest::whole_word(&whole_text.to_lowercase(), &joined.to_lowercase())
                .is_some();
        out.push_str(&head[..head.len() - hyphen.len_utf8()]);
        if !whole {
            out.push(hyphen);
        }
        let written = if whole {
            joined
        } else {
            format!("{first}{hyphen}{second}")
        };
        found.push(format!("\"{first}{hyphen} {second}\" as \"{written}\""));
        rest = next;
    }
    out.push_str(rest);
    (out, found)
}

/// An id from the first telling words of the sentence: `[a-z0-9][a-z0-9-]*`.
fn slug(sentence: &str) -> String {
    // Accents are split off their letters and dropped, so that "réclament" gives `reclament`
    // rather than breaking the word at the `é` (`r-clament`).
    let plain = super::slug::in_latin(sentence);
    let words: Vec<String> = plain
        .split(|c: char| !c.is_ascii_alphanumeric())
        .map(str::to_ascii_lowercase)
        .filter(|w| !w.is_empty() && !NOT_IN_ID.contains(&w.as_str()))
        .take(ID_WORDS)
        .collect();
    if words.is_empty() {
        "draft".to_owned()
    } else {
        words.join("-")
    }
}

/// The draft statement: the sentence as the article words it, with the characters that inline
/// Markdown would read as formatting escaped. The user rewords it in the briefing's words.
fn statement(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    for c in sentence.chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A figure's value as YAML and JSON write it: `2000`, `1.4`.
fn number(value: f64) -> String {
    format!("{value}")
}

/// The drafts as facts to paste under `facts:`.
pub fn yaml(about: &About<'_>, suggestions: &Suggestions, drafts: &[Draft<'_>]) -> String {
    let mut out = String::new();
    let s = if drafts.len() == 1 { "" } else { "s" };
    let _ = writeln!(
        out,
        "# factsheet suggest {}: {} candidate fact{s} from {}, best first.\n\
         # {}.\n\
         # Paste them under `facts:`, check each against the article, reword the statement in\n\
         # the briefing's words, then add `verified_by`.",
        about.source,
        drafts.len(),
        about.file,
        counts(suggestions)
    );
    for (rank, draft) in drafts.iter().enumerate() {
        out.push('\n');
        fact_yaml(&mut out, about, rank + 1, draft);
    }
    out
}

/// What was left out, in words.
fn counts(s: &Suggestions) -> String {
    let mut said = format!("Of its {} sentences", s.sentences);
    if s.quoted > 0 {
        let are = if s.quoted == 1 { "is" } else { "are" };
        let _ = write!(
            said,
            ", {} {are} quoted by a fact already (--all shows them)",
            s.quoted
        );
    }
    let _ = write!(said, ", {} scored 0 or less", s.weak);
    said
}

fn fact_yaml(out: &mut String, about: &About<'_>, rank: usize, draft: &Draft<'_>) {
    let c = draft.candidate;
    let _ = writeln!(out, "  # {rank}. score {}", c.score);
    for reason in &c.reasons {
        let _ = writeln!(out, "  #    {}", one_line(&reason.to_string()));
    }
    let _ = writeln!(out, "  - id: {}", draft.id);
    let _ = write!(out, "    statement: {}", quoted(&draft.statement));
    if !draft.rejoined.is_empty() {
        let words = draft.rejoined.join(", ");
        let _ = write!(
            out,
            "  # broken at a line end: {} (a hyphen stays unless the text writes the word \
             whole elsewhere: check it); the quote keeps the file's words",
            one_line(&words)
        );
    }
    let _ = writeln!(out);
    match &c.topic {
        Some((topic, fact)) => {
            let _ = writeln!(out, "    topic: {}  # as fact `{fact}`", quoted(topic));
        }
        None => {
            let _ = writeln!(out, "    topic: \"To sort\"  # no fact shares its words");
        }
    }
    if let Some(place) = &c.location {
        let _ = writeln!(out, "    location: {}", quoted(place));
    }
    if let Some(dated) = &c.date {
        date_yaml(out, dated, about.published);
    }
    if let Some(who) = &c.claimed_by {
        let _ = writeln!(out, "    claimed_by: {}", quoted(who));
    }
    if let Some(figure) = &c.figure {
        let _ = writeln!(out, "    figure:");
        let _ = writeln!(
            out,
            "      value: {}  # \"{}\"",
            number(figure.value),
            one_line(&figure.written)
        );
        let _ = writeln!(out, "      label: {}", quoted(&figure.label));
        if let Some(q) = figure.qualifier {
            let _ = writeln!(out, "      qualifier: \"{q}\"");
        }
    }
    let _ = writeln!(out, "    sources:");
    let _ = writeln!(out, "      - source: {}", about.source);
    let _ = writeln!(
        out,
        "        quote: {}  # {}:{}:{}",
        quoted(&draft.quote.text),
        one_line(about.file),
        draft.quote.line,
        draft.quote.column
    );
    let allowed = allows(c, about.published);
    if !allowed.is_empty() {
        let _ = writeln!(out, "    allow:");
    }
    for (rule, reason) in allowed {
        let _ = writeln!(out, "      - rule: {rule}");
        let _ = writeln!(out, "        reason: {}", quoted(&reason));
    }
}

/// The `date:` line of a draft, with the words it was counted from as a comment.
fn date_yaml(out: &mut String, dated: &Dated, published: Option<Date>) {
    let phrase = one_line(&dated.phrase);
    match (dated.date, published) {
        (Some(date), _) if dated.day.is_none() && dated.entry.is_some() => {
            let _ = writeln!(
                out,
                "    date: {date}  # the day of its live blog entry \"{phrase}\" (the page's \
                 <time datetime>): the sentence names no day of its own"
            );
        }
        (Some(date), _) if dated.by_markup => {
            let _ = writeln!(
                out,
                "    date: {date}  # \"{phrase}\": the page's <time datetime> gave the day"
            );
        }
        (Some(date), _) if let Some(entry) = dated.entry => {
            let _ = writeln!(
                out,
                "    date: {date}  # \"{phrase}\", counted from {entry}, the day of its live \
                 blog entry"
            );
        }
        (Some(date), Some(published)) if let Some((updated, then)) = dated.if_updated => {
            let _ = writeln!(
                out,
                "    date: {date}  # \"{phrase}\", counted from {published} (published); \
                 counted from the page's update of {updated} it is {then}: check which the \
                 words mean"
            );
        }
        (Some(date), Some(published)) => {
            let _ = writeln!(
                out,
                "    date: {date}  # \"{phrase}\", counted from {published}"
            );
        }
        (Some(date), None) => {
            let _ = writeln!(out, "    date: {date}  # \"{phrase}\"");
        }
        (None, _) => {
            let _ = writeln!(
                out,
                "    # date: \"{phrase}\" cannot be counted: the source has no `published`"
            );
        }
    }
}

/// The findings a draft is drafted to allow, with their reasons: `check` counts a day from
/// the page's publication, which is not the day a live blog's entry says "on Friday" on.
fn allows(c: &Candidate, published: Option<Date>) -> Vec<(&'static str, String)> {
    let Some(dated) = &c.date else {
        return Vec::new();
    };
    let (Some(entry), Some(date), Some(published)) = (dated.entry, dated.date, published) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let phrase = one_line(&dated.phrase);
    if dated.check_reads_otherwise(Some(published)) {
        out.push((
            "date-mismatch",
            format!(
                "\"{phrase}\" stands in the live blog's entry of {entry} and counts from that \
                 day, not from the page's first publication ({published})"
            ),
        ));
    }
    if dated.day.is_none() && date != published {
        out.push((
            "date-unsupported",
            format!(
                "the live blog's entry \"{phrase}\" is stamped {entry} by the page's <time \
                 datetime>, which the text does not write out"
            ),
        ));
    }
    if date > published {
        out.push((
            "fact-after-source",
            format!(
                "the live blog's entry of {entry} reports it, after the page was first \
                 published ({published})"
            ),
        ));
    }
    out
}

/// Text for a YAML comment: on one line.
fn one_line(s: &str) -> String {
    text::collapse_spaces(&s.replace(['\n', '\r'], " "))
}

#[derive(Serialize)]
struct JsonDrafts<'a> {
    source: &'a str,
    file: &'a str,
    sentences: usize,
    already_quoted: usize,
    scored_zero_or_less: usize,
    candidates: Vec<JsonCandidate<'a>>,
}

#[derive(Serialize)]
struct JsonCandidate<'a> {
    rank: usize,
    score: i32,
    reasons: Vec<JsonReason<'a>>,
    id: &'a str,
    statement: &'a str,
    topic: Option<&'a str>,
    topic_from_fact: Option<&'a str>,
    quote: &'a str,
    line: usize,
    column: usize,
    claimed_by: Option<&'a str>,
    date: Option<String>,
    date_phrase: Option<&'a str>,
    /// The day of the live blog's entry the date was counted from, not `published`.
    #[serde(skip_serializing_if = "Option::is_none")]
    date_counted_from_entry: Option<String>,
    /// The day the date's words name counted from the page's update, when another.
    #[serde(skip_serializing_if = "Option::is_none")]
    date_if_updated: Option<JsonIfUpdated>,
    /// Only when a draft needs one: the fields of most drafts stay as they were.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    allow: Vec<JsonAllow>,
    location: Option<&'a str>,
    figure: Option<JsonFigure<'a>>,
}

#[derive(Serialize)]
struct JsonIfUpdated {
    updated: String,
    date: String,
}

#[derive(Serialize)]
struct JsonAllow {
    rule: &'static str,
    reason: String,
}

#[derive(Serialize)]
struct JsonReason<'a> {
    kind: &'a str,
    words: &'a str,
    points: i32,
}

#[derive(Serialize)]
struct JsonFigure<'a> {
    value: f64,
    written: &'a str,
    label: &'a str,
    qualifier: Option<&'a str>,
}

/// The drafts as one JSON object: `{"source": ID, "candidates": [...]}`, with the counts.
pub fn json(about: &About<'_>, suggestions: &Suggestions, drafts: &[Draft<'_>]) -> String {
    let candidates = drafts
        .iter()
        .enumerate()
        .map(|(rank, d)| json_candidate(rank + 1, d, about.published))
        .collect();
    let all = JsonDrafts {
        source: about.source,
        file: about.file,
        sentences: suggestions.sentences,
        already_quoted: suggestions.quoted,
        scored_zero_or_less: suggestions.weak,
        candidates,
    };
    let mut text = serde_json::to_string_pretty(&all).unwrap_or_default();
    text.push('\n');
    text
}

fn json_candidate<'a>(rank: usize, d: &'a Draft<'_>, published: Option<Date>) -> JsonCandidate<'a> {
    let c = d.candidate;
    JsonCandidate {
        rank,
        score: c.score,
        reasons: (c.reasons.iter())
            .map(|r| JsonReason {
                kind: r.kind,
                words: &r.words,
                points: r.points,
            })
            .collect(),
        id: &d.id,
        statement: &d.statement,
        topic: c.topic.as_ref().map(|t| t.0.as_str()),
        topic_from_fact: c.topic.as_ref().map(|t| t.1.as_str()),
        quote: &d.quote.text,
        line: d.quote.line,
        column: d.quote.column,
        claimed_by: c.claimed_by.as_deref(),
        date: c.date.as_ref().and_then(|d| d.date).map(|d| d.to_string()),
        date_phrase: c.date.as_ref().map(|d| d.phrase.as_str()),
        date_counted_from_entry: c.date.as_ref().and_then(|d| d.entry).map(|d| d.to_string()),
        date_if_updated: (c.date.as_ref().and_then(|d| d.if_updated)).map(|(updated, then)| {
            JsonIfUpdated {
                updated: updated.to_string(),
                date: then.to_string(),
            }
        }),
        allow: (allows(c, published).into_iter())
            .map(|(rule, reason)| JsonAllow { rule, reason })
            .collect(),
        location: c.location.as_deref(),
        figure: c.figure.as_ref().map(|f| JsonFigure {
            value: f.value,
            written: &f.written,
            label: &f.label,
            qualifier: f.qualifier,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_keeps_accented_words_whole() {
        assert_eq!(
            slug("Les syndicats réclament le retrait de la réforme."),
            "les-syndicats-reclament-le-retrait"
        );
        assert_eq!(slug("Kyiv’s mayor spoke"), slug("Kyiv's mayor spoke"));
    }
}
