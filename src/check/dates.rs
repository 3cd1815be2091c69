//! The rules about dates: `date-mismatch`, `date-unsupported` and `date-order`.
//!
//! The days a quote names are found by `crate::dates`, and only for a fact that has a `date`:
//! the other facts cost nothing here.

use super::placed::Placed;
use super::{Context, Finding};
use crate::dates::{self, Count, Day, Phrase};
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
        unsupported(ctx, fact, date, cited, placed, out);
    }
    verified_before_source(ctx, fact, cited, out);
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

/// A day named by a quote or its sentence, resolved.
struct Named<'t> {
    phrase: Phrase<'t>,
    /// The index of the cited source.
    source: usize,
    /// Whether the words are the quote's own, rather than the sentence's around it.
    in_quote: bool,
    day: jiff::civil::Date,
    base: Option<jiff::civil::Date>,
}

/// `date-mismatch`: the days that the quotes and their sentences name, and none is the date.
fn mismatch(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    date: &Spanned<Date>,
    placed: &[Option<Placed<'_>>],
    out: &mut Vec<Finding>,
) {
    let mut named: Vec<Named<'_>> = Vec::new();
    for place in placed.iter().flatten() {
        let base = ctx.file.sources[place.source]
            .published
            .as_ref()
            .map(|p| p.value.0);
        for phrase in dates::find(place.sentence) {
            // A weekday of an undated source could be any such day: only full dates count.
            let Some(day) = phrase.resolve(base) else {
                continue;
            };
            if day == date.value.0 {
                return;
            }
            // Words that reach into a part of the quote are the quote's.
            let in_quote = (place.quoted.iter())
                .any(|q| q.start < phrase.range.end && phrase.range.start < q.end);
            let seen = named.iter().any(|n| {
                n.source == place.source && n.phrase.range == phrase.range && n.day == day
            });
            if !seen {
                named.push(Named {
                    phrase,
                    source: place.source,
                    in_quote,
                    day,
                    base,
                });
            }
        }
    }
    if named.is_empty() {
        return;
    }
    // The quotes' own words first, then the sentences'.
    named.sort_by_key(|n| !n.in_quote);
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
    let day = written(named.day);
    let Some(base) = named.base else {
        return format!("{whose} says “{words}”");
    };
    let published = format!("{} ({})", written(base), base.strftime("%A"));
    let how = match named.phrase.day {
        Day::Full(_) => return format!("{whose} says “{words}”"),
        Day::OfMonth { .. } => {
            format!("{day}, in the year of its publication on {published}")
        }
        Day::Weekday {
            count: Count::After,
            ..
        } => format!("{day} counted on from its publication on {published}"),
        Day::Weekday { .. } if named.day == base => {
            format!("the day of its publication, {published}")
        }
        Day::Weekday { .. } => format!("{day} counted back from its publication on {published}"),
        Day::Offset(0) => format!("the day of its publication, {published}"),
        Day::Offset(-1) => format!("{day}, the day before its publication on {published}"),
        Day::Offset(1) => format!("{day}, the day after its publication on {published}"),
        Day::Offset(n) if n < 0 => {
            format!("{day}, {} days before its publication on {published}", -n)
        }
        Day::Offset(n) => format!("{day}, {n} days after its publication on {published}"),
    };
    format!("{whose} says “{words}”, which is {how}")
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
    let mut relative: Option<(&str, usize, bool)> = None;
    for (citation, &index) in fact.sources.value.iter().zip(cited) {
        let Some(quote) = &citation.quote else {
            continue;
        };
        let found = dates::find(&quote.value);
        if found.iter().any(Phrase::is_full) {
            return;
        }
        if relative.is_none()
            && let (Some(phrase), Some(source)) = (found.first(), index)
        {
            relative = Some((phrase.text, source, true));
        }
    }
    if relative.is_none() {
        relative = placed.iter().flatten().find_map(|p| {
            dates::find(p.sentence)
                .first()
                .map(|phrase| (phrase.text, p.source, false))
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
    let words = relative.map_or(String::new(), |(words, source, in_quote)| {
        let source = &ctx.file.sources[source].id.value;
        let whose = if in_quote {
            format!("the quote from `{source}`")
        } else {
            format!("the sentence around the quote from `{source}`")
        };
        format!(
            "; {whose} says “{words}”, which cannot be counted without the day it was published"
        )
    });
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
