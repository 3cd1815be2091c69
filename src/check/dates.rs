//! The rules about dates: `date-mismatch`, `date-unsupported` and `date-order`.
//!
//! The days a quote names are found by `crate::dates`, and only for a fact that has a `date`:
//! the other facts cost nothing here.

use super::placed::Placed;
use super::{Context, Finding};
use crate::dates::{self, Count, Day, Phrase, Year};
use crate::format;
use crate::load::model::{Date, Fact};
use crate::load::spanned::Spanned;
use crate::rules::Rule;

/// How many of the days named a `date-mismatch` message describes before counting the rest.
const DESCRIBED: usize = 4;

/// `date-mismatch` and `date-unsupported` for one fact, and `date-order` for its `date` and
/// `verified_on`; `placed` is where each of its citations' quotes stands in its source.
pub fn fact_dates(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    cited: &[Option<usize>],
    placed: &[Option<Placed<'_>>],
    out: &mut Vec<Finding>,
) {
    if let Some(date) = &fact.date {
        after_as_of(ctx, fact, date, out);
        mismatch(ctx, fact, date, placed, out);
        weekday_conflict(ctx, fact, date, placed, out);
        unsupported(ctx, fact, date, cited, placed, out);
        untraced(ctx, fact, date, cited, placed, out);
    }
    verified_before_source(ctx, fact, cited, out);
    statement_days(ctx, fact, placed, out);
}

/// `date-order` for the sources: one published after the briefing's `as_of`, or read
/// (`accessed`) before it was published.
pub fn source_dates(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let as_of = &ctx.file.briefing.as_of;
    for source in &ctx.file.sources {
        let Some(published) = &source.published else {
            continue;
        };
        if let Some(accessed) = (source.accessed.as_ref()).filter(|a| a.value < published.value) {
            let id = source.id.value.as_str();
            out.push(
                Finding::new(
                    Rule::DateOrder,
                    accessed.pos,
                    format!(
                        "source `{id}` was accessed on {}, before it was published ({}): an \
                         article cannot be read before it is out; correct `accessed` (the day \
                         you read or saved it), or `published`",
                        accessed.value, published.value
                    ),
                )
                .source(id),
            );
        }
        if !as_of.is_missing() && published.value > as_of.value {
            let id = source.id.value.as_str();
            out.push(
                Finding::new(
                    Rule::DateOrder,
                    published.pos,
                    format!(
                        "source `{id}` is published on {}, after the briefing's `as_of` ({}): \
                         a briefing cannot cite an article that is not out yet; correct \
                         `published`, or move `as_of` on",
                        published.value, as_of.value
                    ),
                )
                .source(id),
            );
        }
    }
}

/// `date-order`: a fact dated after the briefing's `as_of`.
fn after_as_of(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    date: &Spanned<Date>,
    out: &mut Vec<Finding>,
) {
    let as_of = &ctx.file.briefing.as_of;
    if as_of.is_missing() || date.value <= as_of.value {
        return;
    }
    let id = fact.id.value.as_str();
    out.push(
        Finding::new(
            Rule::DateOrder,
            date.pos,
            format!(
                "fact `{id}` is dated {}, after the briefing's `as_of` ({}): the briefing \
                 cannot describe what had not happened yet; correct the date, or move `as_of` on",
                date.value, as_of.value
            ),
        )
        .fact(id),
    );
}

/// `date-order`: a fact verified before a source it cites was published.
fn verified_before_source(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    cited: &[Option<usize>],
    out: &mut Vec<Finding>,
) {
    let Some(verified_on) = &fact.verified_on else {
        return;
    };
    let mut later: Vec<usize> = Vec::new();
    for &index in cited.iter().flatten() {
        let after = ctx.file.sources[index]
            .published
            .as_ref()
            .is_some_and(|p| p.value > verified_on.value);
        if after && !later.contains(&index) {
            later.push(index);
        }
    }
    if later.is_empty() {
        return;
    }
    let id = fact.id.value.as_str();
    let named: Vec<String> = later
        .iter()
        .map(|&i| {
            let source = &ctx.file.sources[i];
            let published = source
                .published
                .as_ref()
                .map(|p| p.value)
                .unwrap_or_default();
            format!("`{}` ({published})", source.id.value)
        })
        .collect();
    let (sources, verb) = match named.as_slice() {
        [one] => (one.clone(), "was"),
        _ => (and_list(&named), "were"),
    };
    let mut finding = Finding::new(
        Rule::DateOrder,
        verified_on.pos,
        format!(
            "fact `{id}` was verified on {}, before {sources} {verb} published: it cannot have \
             been checked against an article that was not out yet; correct `verified_on`, or \
             the source's `published`",
            verified_on.value
        ),
    )
    .fact(id);
    if let [only] = later.as_slice() {
        finding = finding.source(ctx.file.sources[*only].id.value.as_str());
    }
    out.push(finding);
}

/// The days that `text`, of the cited source `source`, names (see `crate::dates`), each read
/// as the source's language writes days: digits such as `02/03/2022` day first or month first
/// as its `language` says (en-US month first; en-GB and other languages day first; plain `en`,
/// or no `language`, either), and German days ("am 2. März", `02.03.2024`) in a German source.
pub(super) fn phrases<'t>(ctx: &Context<'_>, source: usize, text: &'t str) -> Vec<Phrase<'t>> {
    dates::find_in(text, language(ctx, source))
}

/// The days that the sentence of a placed quote names, as [`phrases`] reads them.
pub(super) fn sentence_days<'p, 't>(ctx: &Context<'_>, place: &'p Placed<'t>) -> &'p [Phrase<'t>] {
    place.days(language(ctx, place.source))
}

fn language<'c>(ctx: &'c Context<'_>, source: usize) -> Option<&'c crate::language::Language> {
    ctx.language(source)
}

/// A day named by a quote or its sentence, resolved.
struct Named<'t> {
    phrase: Phrase<'t>,
    /// The index of the cited source.
    source: usize,
    /// Whether the words are the quote's own, rather than the sentence's around it.
    in_quote: bool,
    /// The days it may name (two for a weekday of unclear tense), or none for a week.
    days: Vec<jiff::civil::Date>,
    /// The first and last day of each stretch it may name (a week, a month, a weekend).
    weeks: Vec<(jiff::civil::Date, jiff::civil::Date)>,
    base: Option<jiff::civil::Date>,
}

/// The days the quotes and their sentences name, resolved; `None` when one of them is `date`.
fn days_named<'t>(
    ctx: &Context<'_>,
    date_value: jiff::civil::Date,
    placed: &[Option<Placed<'t>>],
) -> Option<Vec<Named<'t>>> {
    let mut named: Vec<Named<'t>> = Vec::new();
    for place in placed.iter().flatten() {
        let base = ctx.file.sources[place.source]
            .published
            .as_ref()
            .map(|p| p.value.0);
        let phrases = sentence_days(ctx, place);
        // The day an event a day from the one named would be: "resigned the day before the
        // vote, which was held on 26 February" dates the resignation 25 February.
        // Read only when a day named is not the date.
        let mut next_to: Option<Option<jiff::civil::Date>> = None;
        let mut next_to = || {
            *next_to.get_or_insert_with(|| {
                next_day(place.sentence)
                    .and_then(|step| date_value.checked_add(jiff::Span::new().days(-step)).ok())
            })
        };
        // "Tonight" in a speaker's words counts from the day they spoke: when the sentence
        // names that day outside the speech ("late on Sunday night, she said: \"Tonight
        // ...\""), it is that day's, not the paper's.
        let spoken_on = (phrases.iter()).any(|p| !in_speech(place.sentence, p.range.start));
        // Whether the quote names a day, and whether the quote, or the rest of the sentence,
        // names the date.
        let (mut quote_names, mut in_quote_is, mut around_is) = (false, false, false);
        for phrase in phrases.iter().cloned() {
            let speech = in_speech(place.sentence, phrase.range.start);
            if spoken_on && speech && matches!(phrase.day, Day::Offset(_)) {
                continue;
            }
            let weeks = phrase.day.stretches(base);
            // A weekday of an undated source could be any such day: only full dates count.
            let days = phrase.day.readings(base);
            if days.is_empty() && weeks.is_empty() {
                continue;
            }
            // Words that reach into a part of the quote are the quote's.
            let in_quote = (place.quoted.iter())
                .any(|q| q.start < phrase.range.end && phrase.range.start < q.end);
            quote_names |= in_quote;
            let names = |day: &jiff::civil::Date| {
                (weeks.iter()).any(|(from, to)| (*from..=*to).contains(day)) || days.contains(day)
            };
            if names(&date_value) || next_to().as_ref().is_some_and(names) {
                in_quote_is |= in_quote;
                around_is |= !in_quote;
                continue;
            }
            let seen = named
                .iter()
                .any(|n| n.source == place.source && n.phrase.range == phrase.range);
            if !seen {
                named.push(Named {
                    phrase,
                    source: place.source,
                    in_quote,
                    days,
                    weeks,
                    base,
                });
            }
        }
        // The quote's own day counts before those of the sentence's other clauses ("won
        // Sunday's election ..., according to results published on Monday").
        if in_quote_is || (around_is && !quote_names) {
            return None;
        }
    }
    Some(named)
}

/// Words by which a sentence dates an event a day from another ("the day before the vote"),
/// and which way: the day it names may be the other event's.
const NEXT_DAY: &[(&str, i64)] = &[
    ("the day before", -1),
    ("a day before", -1),
    ("a day earlier", -1),
    ("the previous day", -1),
    ("the eve of", -1),
    ("the day after", 1),
    ("a day after", 1),
    ("a day later", 1),
    ("the next day", 1),
    ("the following day", 1),
];

/// The step of the first of `NEXT_DAY` in `sentence`, in any case: -1 for "the day before";
/// not for "the day before yesterday" or "the day after tomorrow", which count from the paper.
fn next_day(sentence: &str) -> Option<i64> {
    if !["day", "Day", "eve"].iter().any(|w| sentence.contains(w)) {
        return None;
    }
    let lower = sentence.to_lowercase();
    NEXT_DAY.iter().find_map(|&(words, step)| {
        let at = lower.find(words)?;
        let rest = lower[at + words.len()..].trim_start();
        let counted = rest.starts_with("yesterday") || rest.starts_with("tomorrow");
        (!counted).then_some(step)
    })
}

/// `date-mismatch`: the days that the quotes and their sentences name, and none is the date.
fn mismatch(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    date: &Spanned<Date>,
    placed: &[Option<Placed<'_>>],
    out: &mut Vec<Finding>,
) {
    let Some(mut named) = days_named(ctx, date.value.0, placed) else {
        return;
    };
    // When the quote names a day itself, the sentence's other days are of other clauses.
    if named.iter().any(|n| n.in_quote) {
        named.retain(|n| n.in_quote);
    }
    if named.is_empty() {
        return;
    }
    let id = fact.id.value.as_str();
    let described: Vec<String> = named
        .iter()
        .take(DESCRIBED)
        .map(|n| describe(ctx, n))
        .collect();
    let message = match described.as_slice() {
        [one] => format!("fact `{id}` is dated {}, but {one}", date.value),
        _ => {
            let more = named.len().saturating_sub(DESCRIBED);
            let rest = if more > 0 {
                format!("; and {more} more")
            } else {
                String::new()
            };
            format!(
                "fact `{id}` is dated {}, but none of the days its quotes name is that day: {}{rest}",
                date.value,
                described.join("; ")
            )
        }
    };
    let mut finding = Finding::new(Rule::DateMismatch, date.pos, message).fact(id);
    if named.iter().all(|n| n.source == named[0].source) {
        finding = finding.source(ctx.file.sources[named[0].source].id.value.as_str());
    }
    out.push(finding);
}

/// `date-mismatch`: the quote names the fact's `date` with a weekday that the date is not
/// ("Tuesday, March 2" where 2 March 2022 is a Wednesday): the source is wrong in one of them,
/// and the fact may have the other.
fn weekday_conflict(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    date: &Spanned<Date>,
    placed: &[Option<Placed<'_>>],
    out: &mut Vec<Finding>,
) {
    let day = date.value.0;
    for place in placed.iter().flatten() {
        let base = (ctx.file.sources[place.source].published.as_ref()).map(|p| p.value.0);
        for phrase in sentence_days(ctx, place).iter().cloned() {
            let in_quote = (place.quoted.iter())
                .any(|q| q.start < phrase.range.end && phrase.range.start < q.end);
            let Some(weekday) = phrase.weekday.filter(|w| *w != day.weekday()) else {
                continue;
            };
            if !in_quote || !phrase.day.readings(base).contains(&day) {
                continue;
            }
            let id = fact.id.value.as_str();
            let source = ctx.file.sources[place.source].id.value.as_str();
            let named = jiff::civil::Date::new(2000, 1, 3)
                .ok()
                .and_then(|monday| monday.nth_weekday(1, weekday).ok())
                .map_or(String::new(), |d| d.strftime("%A").to_string());
            let message = format!(
                "fact `{id}` is dated {}, but the quote from `{source}` says “{}”: {} is a {}, \
                 not a {named}, so the weekday and the date disagree; check which the source \
                 means",
                date.value,
                phrase.text,
                written(day),
                day.strftime("%A")
            );
            out.push(
                Finding::new(Rule::DateMismatch, date.pos, message)
                    .fact(id)
                    .source(source),
            );
            return;
        }
    }
}

/// Whether `at` lies inside quoted speech in `sentence` (normalised: straight quotation marks),
/// after an odd number of them.
fn in_speech(sentence: &str, at: usize) -> bool {
    let before = sentence.get(..at).unwrap_or("");
    before.matches('"').count() % 2 == 1
}

/// "the quote from `opoyi` says “on Tuesday”, which is 1 March 2022 counted back from its
/// publication on 2 March 2022 (Wednesday)".
fn describe(ctx: &Context<'_>, named: &Named<'_>) -> String {
    let source = ctx.file.sources[named.source].id.value.as_str();
    let whose = if named.in_quote {
        format!("the quote from `{source}`")
    } else {
        format!("the sentence around the quote from `{source}`")
    };
    let words = named.phrase.text;
    let (Some(base), Some(&first)) = (named.base, named.days.first()) else {
        return describe_uncounted(&whose, named);
    };
    let published = format!("{} ({})", written(base), base.strftime("%A"));
    if let Some(how) = two_days_said(named, first, &published) {
        return format!("{whose} says “{words}”, which is {how}");
    }
    let how = match named.phrase.day {
        Day::Full(_) => return format!("{whose} says “{words}”"),
        Day::DayOfMonth {
            month_shift, ahead, ..
        } => {
            let which = match (month_shift, ahead) {
                (Some(..0), _) => "in the month before",
                (Some(0), _) => "in the month of",
                (Some(_), _) => "in the month after",
                (None, false) => "the latest such day on or before",
                (None, true) => "the first such day from",
            };
            format!("{}, {which} its publication on {published}", written(first))
        }
        day => relative_said(day, first, base, &published),
    };
    format!("{whose} says “{words}”, which is {how}")
}

/// A day counted both ways from publication, the first and the last of `named`'s days, and
/// why: what its clause says of the time.
fn either_way(
    named: &Named<'_>,
    first: jiff::civil::Date,
    published: &str,
    clause: &str,
) -> String {
    let later = named.days.last().copied().unwrap_or(first);
    format!(
        "{} counted back or {} counted on from its publication on {published} (its clause \
         {clause})",
        written(first),
        written(later)
    )
}

/// A day the phrase names without a base, or a stretch of days: "says “March 1-2”, the days
/// from 1 March 2022 to 2 March 2022".
fn describe_uncounted(whose: &str, named: &Named<'_>) -> String {
    let words = named.phrase.text;
    match (named.base, named.weeks.as_slice()) {
        (_, [(from, to)]) if matches!(named.phrase.day, Day::Days { .. }) => format!(
            "{whose} says “{words}”, the days from {} to {}",
            written(*from),
            written(*to)
        ),
        (Some(base), [_, ..]) => format!(
            "{whose} says “{words}”, which is {}",
            stretches_said(named.phrase.day, base, &named.weeks)
        ),
        (None, _) if named.days.len() == 2 => format!(
            "{whose} says “{words}”, which is {} read day first or {} read month first (the \
             digits do not say which; a source's `language`, such as en-GB or en-US, does)",
            written(named.days[0]),
            written(named.days[1])
        ),
        _ => format!("{whose} says “{words}”"),
    }
}

/// How digits, a night into a day, "a year ago", a weekday of unclear tense or after "next",
/// or a day of a month were counted; `None` for the other days (`describe` says them).
fn two_days_said(named: &Named<'_>, first: jiff::civil::Date, published: &str) -> Option<String> {
    Some(match named.phrase.day {
        Day::Numeric { .. } if named.days.len() == 2 => format!(
            "{} read day first or {} read month first (the digits do not say which; a source's \
             `language`, such as en-GB or en-US, does)",
            written(first),
            written(named.days[1])
        ),
        Day::Numeric { .. } => written(first),
        Day::Weekday {
            count: Count::NightInto,
            ..
        } => {
            let day = named.days.last().copied().unwrap_or(first);
            format!(
                "the night of {} into {}, counted back from its publication on {published}",
                written(first),
                written(day)
            )
        }
        Day::YearsAgo(n) => {
            let years = if n == 1 {
                "a year".to_owned()
            } else {
                format!("{n} years")
            };
            format!(
                "{}, {years} before its publication on {published}",
                written(first)
            )
        }
        Day::OfMonth {
            year: Year::Either, ..
        } => either_way(
            named,
            first,
            published,
            "speaks of the past and of what is to come",
        ),
        Day::Weekday {
            count: Count::Either,
            ..
        } => either_way(
            named,
            first,
            published,
            "does not say whether it is past or to come",
        ),
        Day::Weekday {
            count: Count::After,
            ..
        } => {
            let later = named.days.last().copied().unwrap_or(first);
            format!(
                "{} or, a week on, {} counted on from its publication on {published} (“next” \
                 may mean either)",
                written(first),
                written(later)
            )
        }
        Day::OfMonth { year, .. } => of_month_said(first, year, published),
        _ => return None,
    })
}

/// How a day of a month without its year was counted.
fn of_month_said(day: jiff::civil::Date, year: Year, published: &str) -> String {
    let day = written(day);
    match year {
        Year::Nearest => format!("{day}, the nearest such day to its publication on {published}"),
        Year::OnOrAfter => format!(
            "{day}, the first such day from its publication on {published} (its clause speaks \
             of what is to come)"
        ),
        Year::Shift(0) => format!("{day}, in the year of its publication on {published}"),
        Year::Shift(n) if n < 0 => {
            format!("{day}, in the year before its publication on {published}")
        }
        Year::Shift(_) => format!("{day}, in the year after its publication on {published}"),
        Year::OnOrBefore => format!(
            "{day}, the latest such day on or before its publication on {published} (its clause \
             tells of the past)"
        ),
        Year::Either => format!("{day}, counted from its publication on {published}"),
    }
}

/// How a weekday or a day counted in days from publication was counted.
fn relative_said(
    day: Day,
    resolved: jiff::civil::Date,
    base: jiff::civil::Date,
    published: &str,
) -> String {
    let on = written(resolved);
    match day {
        Day::Weekday { .. } | Day::Offset(0) if resolved == base => {
            format!("the day of its publication, {published}")
        }
        Day::Weekday {
            count: Count::OnOrAfter,
            ..
        } => format!(
            "{on} counted on from its publication on {published} (its clause speaks of what is \
             to come)"
        ),
        Day::Weekday {
            count: Count::InWeek(n),
            ..
        } => {
            let week = match n {
                ..0 => "the week before",
                0 => "the week of",
                _ => "the week after",
            };
            format!("{on}, in {week} its publication on {published}")
        }
        Day::Weekday {
            count: Count::WeekAfter,
            ..
        } => format!("{on}, a week after the first such day from its publication on {published}"),
        Day::Weekday { .. } => format!("{on} counted back from its publication on {published}"),
        Day::Offset(-1) => format!("{on}, the day before its publication on {published}"),
        Day::Offset(1) => format!("{on}, the day after its publication on {published}"),
        Day::Offset(n) if n < 0 => {
            format!("{on}, {} days before its publication on {published}", -n)
        }
        Day::Offset(n) => format!("{on}, {n} days after its publication on {published}"),
        _ => on,
    }
}

/// A week, a month or a weekend, with its days: "the week before its publication on 2 January
/// 2025 (Thursday) and the days since, from 23 December 2024 to 1 January 2025".
fn stretches_said(
    day: Day,
    base: jiff::civil::Date,
    stretches: &[(jiff::civil::Date, jiff::civil::Date)],
) -> String {
    let published = format!("{} ({})", written(base), base.strftime("%A"));
    let days: Vec<String> = (stretches.iter())
        .map(|(from, to)| format!("from {} to {}", written(*from), written(*to)))
        .collect();
    let days = days.join(" or ");
    match day {
        Day::Week(_) => format!("{}, {days}", week_said(day, base)),
        Day::Month { .. } => {
            format!("the month {days}, counted from its publication on {published}")
        }
        Day::MonthOf { part: ..0, .. } => {
            format!("the days of the month of its publication on {published} up to it, {days}")
        }
        Day::MonthOf { .. } => {
            format!("the month {days}, counted from its publication on {published}")
        }
        Day::Weekend(_) => {
            format!("the Saturday and Sunday {days}, counted from its publication on {published}")
        }
        _ => format!("{days}, counted from its publication on {published}"),
    }
}

/// "the week before its publication on 2 January 2025 (Thursday)".
fn week_said(day: Day, base: jiff::civil::Date) -> String {
    let published = format!("{} ({})", written(base), base.strftime("%A"));
    match day {
        Day::Week(n) if n < 0 => {
            format!("the week before its publication on {published} and the days since")
        }
        Day::Week(0) => format!("the week of its publication on {published}"),
        _ => format!("the days after its publication on {published} to the end of next week"),
    }
}

/// `date-unsupported` for a fact whose sources are dated: its `date` is not the day a source it
/// cites was published, and no quote nor quote's sentence names a day at all, so nothing the
/// reader can follow gives it (where one names a day, `date-mismatch` holds the date to it).
fn untraced(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    date: &Spanned<Date>,
    cited: &[Option<usize>],
    placed: &[Option<Placed<'_>>],
    out: &mut Vec<Finding>,
) {
    let mut published: Vec<jiff::civil::Date> = (cited.iter().flatten())
        .filter_map(|&i| ctx.file.sources[i].published.as_ref())
        .map(|p| p.value.0)
        .collect();
    if published.is_empty() || published.contains(&date.value.0) {
        return;
    }
    let quotes: Vec<(&str, usize)> = (fact.sources.value.iter().zip(cited))
        .filter_map(|(c, &i)| Some((c.quote.as_ref()?.value.as_str(), i?)))
        .collect();
    let names_a_day = |text: &str, source: usize| !phrases(ctx, source, text).is_empty();
    if quotes.is_empty()
        || quotes.iter().any(|&(q, i)| names_a_day(q, i))
        || placed
            .iter()
            .flatten()
            .any(|p| names_a_day(p.sentence, p.source))
    {
        return;
    }
    published.sort();
    published.dedup();
    let days: Vec<String> = published.iter().map(ToString::to_string).collect();
    let id = fact.id.value.as_str();
    out.push(
        Finding::new(
            Rule::DateUnsupported,
            date.pos,
            format!(
                "fact `{id}` is dated {}, but no quote nor its sentence names a day, and its \
                 sources were published on {}: quote the words that give the day, or remove \
                 the fact's `date`",
                date.value,
                days.join(", ")
            ),
        )
        .fact(id),
    );
}

/// "; the quote from `s` says “March 2”, which cannot be counted without the day it was
/// published, but in no year is it 5 March".
fn undated_words(
    ctx: &Context<'_>,
    (words, day, source, in_quote): (&str, Day, usize, bool),
    date: jiff::civil::Date,
) -> String {
    let source = &ctx.file.sources[source].id.value;
    let whose = if in_quote {
        format!("the quote from `{source}`")
    } else {
        format!("the sentence around the quote from `{source}`")
    };
    let whatever = disagrees_in_any_year(day, date).unwrap_or_default();
    format!(
        "; {whose} says “{words}”, which cannot be counted without the day it was \
         published{whatever}"
    )
}

/// ", but it is no 5 March in any year" when a day of a month without its year (or a weekday)
/// cannot be `date` whatever the year (or week) is: "March 2" is never 5 March.
fn disagrees_in_any_year(day: Day, date: jiff::civil::Date) -> Option<String> {
    let on = written(date);
    match day {
        Day::OfMonth { month, day, .. } if (month, day) != (date.month(), date.day()) => Some(
            format!(", but in no year is it {}", date.strftime("%-d %B")),
        ),
        Day::Weekday { weekday, .. } if weekday != date.weekday() => Some(format!(
            ", but in no week is it {on}, a {}",
            date.strftime("%A")
        )),
        _ => None,
    }
}

/// `date-unsupported`: a dated fact whose cited sources are all undated and whose quotes name
/// no full date.
fn unsupported(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    date: &Spanned<Date>,
    cited: &[Option<usize>],
    placed: &[Option<Placed<'_>>],
    out: &mut Vec<Finding>,
) {
    let mut sources: Vec<usize> = Vec::new();
    for &index in cited.iter().flatten() {
        if ctx.file.sources[index].published.is_some() {
            return;
        }
        if !sources.contains(&index) {
            sources.push(index);
        }
    }
    if sources.is_empty() {
        return; // no declared source: `unknown-source` says it
    }
    // The words of a quote (or else of its sentence) that name a day without a year.
    let mut relative: Option<(&str, Day, usize, bool)> = None;
    for (citation, &index) in fact.sources.value.iter().zip(cited) {
        let Some(quote) = &citation.quote else {
            continue;
        };
        let found = match index {
            Some(source) => phrases(ctx, source, &quote.value),
            None => dates::find(&quote.value),
        };
        if found.iter().any(Phrase::is_full) {
            return;
        }
        if relative.is_none()
            && let (Some(phrase), Some(source)) = (found.first(), index)
        {
            relative = Some((phrase.text, phrase.day, source, true));
        }
    }
    if relative.is_none() {
        relative = placed.iter().flatten().find_map(|p| {
            (sentence_days(ctx, p).first()).map(|phrase| (phrase.text, phrase.day, p.source, false))
        });
    }
    let id = fact.id.value.as_str();
    let names: Vec<String> = sources
        .iter()
        .map(|&i| format!("`{}`", ctx.file.sources[i].id.value))
        .collect();
    let which = match names.as_slice() {
        [one] => format!("the source it cites, {one}, has no `published` date"),
        _ => format!(
            "none of the sources it cites ({}) has a `published` date",
            names.join(", ")
        ),
    };
    let words = relative.map_or(String::new(), |r| undated_words(ctx, r, date.value.0));
    out.push(
        Finding::new(
            Rule::DateUnsupported,
            date.pos,
            format!(
                "fact `{id}` is dated {}, but {which} and no quote names a full date (day, \
                 month and year){words}: give the source its `published` date if it is known, \
                 quote the words that give the full date, or remove the fact's `date`",
                date.value
            ),
        )
        .fact(id),
    );
}

/// `statement-date-unsupported`: a day the statement names with its month ("until 27
/// February", "on 3 March 2022", "02/03/2022" read either way), each end of a stretch it names
/// ("from 1 March to 20 March"), or a weekday it names ("struck on Wednesday"), that no quote
/// or quote's sentence names, directly or as a day it resolves to ("on Tuesday" in a paper of
/// Wednesday 2 March is 1 March; "yesterday" there is a Tuesday), and that is not the fact's
/// `date` (which `date-mismatch` holds to the quotes already). A day without its year is
/// compared by day and month only, so that the year a paper leaves out is no reason (the year
/// is `year-not-in-quote`'s). Quotes that name no day at all leave the day untraced, which it
/// reports too. A weekday or "yesterday" of an undated source (which may be the statement's
/// day) leaves it silent, and the day a cited source was published is fine: a statement may say
/// when the source reported it.
fn statement_days(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    placed: &[Option<Placed<'_>>],
    out: &mut Vec<Finding>,
) {
    let statement = fact.statement.value.as_str();
    let named: Vec<Phrase<'_>> = dates::find(statement)
        .into_iter()
        .filter(|p| !ends(p.day).is_empty())
        .collect();
    let quotes: Vec<&str> = (fact.sources.value.iter())
        .filter_map(|c| c.quote.as_ref().map(|q| q.value.as_str()))
        .collect();
    if named.is_empty() || quotes.is_empty() {
        return;
    }
    let said = quoted_days(ctx, fact, placed);
    // The fact's `date`, and the days its sources were published ("Opoyi reported on 2 March").
    let mut known: Vec<jiff::civil::Date> = fact.date.iter().map(|d| d.value.0).collect();
    known.extend(
        placed
            .iter()
            .flatten()
            .filter_map(|p| ctx.file.sources[p.source].published.as_ref())
            .map(|p| p.value.0),
    );
    let supported = |day: Day| {
        // A weekday or "yesterday" of an undated source could be the statement's day; a
        // weekday written there is still that weekday.
        // A weekday is held only to quotes that date what they tell: "Wednesday night" of
        // the statement may be what the article tells elsewhere.
        let weekday = matches!(day, Day::Weekday { .. });
        (said.uncounted_offset || (said.uncounted_weekday && !weekday))
            || (weekday && said.said.is_empty())
            || same_day(day, &known)
            || (said.said.iter()).any(|(s, days)| same_day(day, days) || same_written(day, *s))
    };
    let unsupported = named
        .iter()
        .find_map(|p| Some((p, ends(p.day).into_iter().find(|d| !supported(*d))?)));
    let Some((first, end)) = unsupported else {
        return;
    };
    let id = fact.id.value.as_str();
    let they = said.described(matches!(end, Day::Weekday { .. }));
    let which = match first.day {
        Day::Days { .. } => format!("whose {}", stretch_end_said(first.day, end)),
        Day::Weekday { .. } => "a weekday that".to_owned(),
        _ => "a day that".to_owned(),
    };
    let finding = Finding::new(
        Rule::StatementDateUnsupported,
        fact.statement.pos,
        format!(
            "fact `{id}`: the statement names “{}”, {which} none of its quotes or their \
             sentences names (they name {they}): correct the day, or quote the words that give it",
            first.text
        ),
    )
    .fact(id);
    out.push(ctx.at_words(&fact.statement, first.range.start, first.text, finding));
}

/// The days of a statement's phrase that must each be traced: the day, or the first and last
/// of a stretch; none for what the rule does not hold (a week, "yesterday" of the statement).
fn ends(day: Day) -> Vec<Day> {
    match day {
        Day::Full(_) | Day::OfMonth { .. } | Day::Numeric { .. } | Day::Weekday { .. } => {
            vec![day]
        }
        Day::Days {
            month,
            first,
            last_month,
            last,
            year,
            ..
        } => {
            let end = |month: i8, day: i8| match year
                .and_then(|y| jiff::civil::Date::new(y, month, day).ok())
            {
                Some(date) => Day::Full(date),
                None => Day::OfMonth {
                    month,
                    day,
                    year: Year::Nearest,
                },
            };
            vec![end(month, first), end(last_month, last)]
        }
        _ => Vec::new(),
    }
}

/// "first day, 5 March," or "last day, 20 March,": which end of a stretch `end` is.
fn stretch_end_said(stretch: Day, end: Day) -> String {
    let which = if ends(stretch).first() == Some(&end) {
        "first"
    } else {
        "last"
    };
    match end {
        Day::Full(date) => format!("{which} day, {},", written(date)),
        Day::OfMonth { month, day, .. } => match jiff::civil::Date::new(2000, month, day) {
            Ok(d) => format!("{which} day, {},", d.strftime("%-d %B")),
            Err(_) => format!("{which} day"),
        },
        _ => format!("{which} day"),
    }
}

/// The days the quotes and their sentences name.
struct Said<'t> {
    /// Each day as written, with the days it resolves to (none for a quote's own words).
    said: Vec<(Day, Vec<jiff::civil::Date>)>,
    /// Their words, in order, with the days they resolve to.
    words: Vec<(&'t str, Vec<jiff::civil::Date>)>,
    /// Whether one of them is a day like "yesterday" that has no base.
    uncounted_offset: bool,
    /// Whether one of them is a weekday that has no base.
    uncounted_weekday: bool,
}

impl Said<'_> {
    /// "“on Tuesday”, “17 February”", or "no day"; with `weekdays`, each day a phrase resolves
    /// to with its weekday ("“yesterday” (Wednesday 2 March 2022)").
    fn described(&self, weekdays: bool) -> String {
        let mut seen: Vec<String> = Vec::new();
        for (words, days) in &self.words {
            // A quote's words are read again in their sentence, there with their days.
            let again = (self.words.iter()).any(|(w, d)| w == words && !d.is_empty());
            if weekdays && days.is_empty() && again {
                continue;
            }
            let resolved: Vec<String> = (days.iter())
                .map(|d| format!("{} {}", d.strftime("%A"), written(*d)))
                .collect();
            let one = match resolved.as_slice() {
                [_, ..] if weekdays && !words.contains(&*resolved.join(" or ")) => {
                    format!("“{words}” ({})", resolved.join(" or "))
                }
                _ => format!("“{words}”"),
            };
            if !seen.contains(&one) {
                seen.push(one);
            }
        }
        if seen.is_empty() {
            "no day".to_owned()
        } else {
            seen.join(", ")
        }
    }
}

fn quoted_days<'t, 'p: 't>(
    ctx: &Context<'_>,
    fact: &'t Spanned<Fact>,
    placed: &[Option<Placed<'p>>],
) -> Said<'t> {
    let mut out = Said {
        said: Vec::new(),
        words: Vec::new(),
        uncounted_offset: false,
        uncounted_weekday: false,
    };
    for citation in fact.sources.value.iter() {
        let Some(quote) = &citation.quote else {
            continue;
        };
        let source = (ctx.file.sources.iter()).position(|s| s.id.value == citation.source.value);
        let found = match source {
            Some(source) => phrases(ctx, source, &quote.value),
            None => dates::find(&quote.value),
        };
        for phrase in found {
            out.said.push((phrase.day, Vec::new()));
            out.words.push((phrase.text, Vec::new()));
        }
    }
    for place in placed.iter().flatten() {
        let base = ctx.file.sources[place.source]
            .published
            .as_ref()
            .map(|p| p.value.0);
        for phrase in sentence_days(ctx, place).iter().cloned() {
            let days = phrase.day.readings(base);
            if days.is_empty() {
                out.uncounted_offset |= matches!(phrase.day, Day::Offset(_) | Day::YearsAgo(_));
                out.uncounted_weekday |= matches!(phrase.day, Day::Weekday { .. });
            }
            out.said.push((phrase.day, days.clone()));
            out.words.push((phrase.text, days));
        }
    }
    out
}

/// Whether the statement's `day` is one of `days`: the same date for a full date, the same
/// day and month for a day without its year, either reading of digits, the same weekday.
fn same_day(day: Day, days: &[jiff::civil::Date]) -> bool {
    if let Day::Weekday { weekday, .. } = day {
        return days.iter().any(|d| d.weekday() == weekday);
    }
    let ours = month_days(day);
    days.iter().any(|d| {
        (ours.iter())
            .any(|&(m, dd, y)| (m, dd) == (d.month(), d.day()) && y.is_none_or(|y| y == d.year()))
    })
}

/// Whether the statement's `day` and a quote's `said` are written as the same day of a month
/// ("27 February" and "Feb. 27"; a year on both sides must agree; a stretch by its ends), or
/// as the same weekday.
fn same_written(day: Day, said: Day) -> bool {
    if let (Day::Weekday { weekday: a, .. }, Day::Weekday { weekday: b, .. }) = (day, said) {
        return a == b;
    }
    let (ours, theirs) = (month_days(day), month_days(said));
    ours.iter().any(|&(m1, d1, y1)| {
        (theirs.iter())
            .any(|&(m2, d2, y2)| m1 == m2 && d1 == d2 && (y1.is_none() || y2.is_none() || y1 == y2))
    })
}

/// The days of a month that `day` is written as, with their year when written: one, both
/// readings of digits, or both ends of a stretch.
fn month_days(day: Day) -> Vec<(i8, i8, Option<i16>)> {
    let of = |d: jiff::civil::Date| (d.month(), d.day(), Some(d.year()));
    match day {
        Day::Full(full) => vec![of(full)],
        Day::OfMonth { month, day, .. } => vec![(month, day, None)],
        Day::Numeric {
            day_first,
            month_first,
        } => day_first.into_iter().chain(month_first).map(of).collect(),
        Day::Days { .. } => ends(day).into_iter().flat_map(month_days).collect(),
        _ => Vec::new(),
    }
}

/// `2022-03-02` as `2 March 2022`.
fn written(day: jiff::civil::Date) -> String {
    format::day(&day)
}

/// "`a`, `b` and `c`".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
