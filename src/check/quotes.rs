//! The rules about citations: `unknown-source`, `missing-quote` and `quote-not-found`.

use super::passage;
use super::{Context, Finding};
use crate::load::model::Fact;
use crate::load::sources::SourceFile;
use crate::load::spanned::{Pos, Spanned};
use crate::rules::Rule;
use crate::text::{find, find_parts, normalize, quote_parts};

/// How much source text, in all, may be searched for quotes that are not in their own source.
/// The search runs in fact order, so the budget gives the same findings on every run.
const OTHER_SOURCES_BUDGET: usize = 512 * 1024 * 1024;

/// A quote that is not in its source, to be looked for in the others.
pub struct NotFound {
    /// Index of its finding in the list of findings.
    pub finding: usize,
    pub cited: usize,
    pub parts: Vec<String>,
    /// The message up to the detail, to rebuild it when another source has the quote.
    pub lead: String,
}

/// `cited_index` is the index of each citation's source, if it is declared.
pub fn citations(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    cited_index: &[Option<usize>],
    out: &mut Vec<Finding>,
    not_found: &mut Vec<NotFound>,
) {
    let id = fact.id.value.as_str();
    for (citation, &index) in fact.sources.value.iter().zip(cited_index) {
        let cited = citation.source.value.as_str();
        let Some(index) = index else {
            out.push(unknown_source(ctx, id, cited, citation.source.pos));
            continue;
        };
        let source = &ctx.file.sources[index];
        let quote = citation
            .quote
            .as_ref()
            .filter(|q| !q.value.trim().is_empty());
        let Some(quote) = quote else {
            if source.file.is_some() {
                out.push(missing_quote(id, cited, citation.pos));
            }
            continue;
        };
        let SourceFile::Read(text) = &ctx.texts[index] else {
            continue; // no file to check against, or its own finding says why
        };
        match check_quote(&quote.value, &text.normalized) {
            QuoteCheck::Found => {}
            QuoteCheck::Ambiguous(why) => out.push(
                Finding::new(
                    Rule::QuoteAmbiguous,
                    quote.pos,
                    format!(
                        "fact `{id}`: the quote {why} in `{cited}`: quote more of the sentence"
                    ),
                )
                .fact(id)
                .source(cited),
            ),
            QuoteCheck::NotFound { detail, parts } => {
                let file = source.file.as_ref().map_or("", |f| f.value.as_str());
                let lead = format!("fact `{id}`: quote not found in `{cited}` (`{file}`)");
                let message = format!("{lead}: {detail}");
                // Kept to look for the quote in the other sources once every fact is checked.
                if !parts.is_empty() {
                    not_found.push(NotFound {
                        finding: out.len(),
                        cited: index,
                        parts,
                        lead,
                    });
                }
                out.push(
                    Finding::new(Rule::QuoteNotFound, quote.pos, message)
                        .fact(id)
                        .source(cited),
                );
            }
        }
    }
}

/// `unknown-source`: the fact `id` cites `cited`, which is not declared.
fn unknown_source(ctx: &Context<'_>, id: &str, cited: &str, pos: Pos) -> Finding {
    Finding::new(
        Rule::UnknownSource,
        pos,
        format!(
            "fact `{id}` cites `{cited}`, which is not a declared source{}",
            nearest_id(ctx, cited)
        ),
    )
    .fact(id)
    .source(cited)
}

/// `missing-quote`: the fact `id` cites `cited`, which has a file, without a quote.
fn missing_quote(id: &str, cited: &str, pos: Pos) -> Finding {
    Finding::new(
        Rule::MissingQuote,
        pos,
        format!(
            "fact `{id}` cites `{cited}` without a quote: add the words of the article that \
             support it"
        ),
    )
    .fact(id)
    .source(cited)
}

/// What a quote's source text says about it.
enum QuoteCheck {
    /// The quote is in the text, and pins down its passage.
    Found,
    /// The quote is in the text, but this is why it does not pin down its passage.
    Ambiguous(String),
    /// The quote is not in the text: why, and its parts between ellipses (none when it has
    /// no words).
    NotFound { detail: String, parts: Vec<String> },
}

/// Looks for `quote` in a source's normalised `text`.
fn check_quote(quote: &str, text: &str) -> QuoteCheck {
    let normalized = normalize(quote);
    let parts = quote_parts(&normalized);
    if parts.is_empty() {
        return QuoteCheck::NotFound {
            detail: "the quote has no words besides its ellipses".to_owned(),
            parts: Vec::new(),
        };
    }
    match find_parts(text, &parts) {
        Ok(found) => match ambiguous(text, &parts, &found) {
            Some(why) => QuoteCheck::Ambiguous(why),
            None => QuoteCheck::Found,
        },
        Err(failed) => QuoteCheck::NotFound {
            detail: describe_miss(text, &parts, failed),
            parts: parts.iter().map(|p| (*p).to_owned()).collect(),
        },
    }
}

/// Why a quote that was found does not pin down its passage, if it does not.
fn ambiguous(text: &str, parts: &[&str], found: &[usize]) -> Option<String> {
    let words: usize = parts
        .iter()
        .map(|p| {
            // The words are what lies between spaces: count where one starts.
            let mut previous = b' ';
            p.bytes()
                .filter(|&b| {
                    let starts = b != b' ' && previous == b' ';
                    previous = b;
                    starts
                })
                .count()
        })
        .sum();
    if words < 4 {
        return Some(format!(
            "has {words} word{}, too few to pin down the passage",
            if words == 1 { "" } else { "s" }
        ));
    }
    // The longest part is the most telling; if even it occurs twice, the quote is ambiguous.
    let (i, longest) = parts.iter().enumerate().max_by_key(|(_, p)| p.len())?;
    let after = found[i] + 1;
    find(&text.as_bytes()[after..], longest.as_bytes())
        .map(|_| format!("\u{201c}{longest}\u{201d} occurs more than once"))
}

/// What the editor needs to see to correct a quote: the closest passage and the words that differ.
fn describe_miss(text: &str, parts: &[&str], failed: usize) -> String {
    let part = parts[failed];
    if parts.len() > 1 && find_parts(text, &[part]).is_ok() {
        return format!(
            "its parts around the ellipsis are each in the file, but not in this order \
             (\"{part}\" comes earlier)"
        );
    }
    let which = if parts.len() > 1 {
        format!("the part \"{part}\" is not in the file")
    } else {
        "it is not in the file".to_owned()
    };
    match passage::closest(text, part) {
        None => format!("{which}, and no passage of the file resembles it"),
        Some(p) => {
            let words = |ws: &[String]| {
                let shown: Vec<String> = ws.iter().take(4).map(|w| format!("`{w}`")).collect();
                let more = if ws.len() > 4 { ", …" } else { "" };
                format!("{}{more}", shown.join(", "))
            };
            let diff = match (p.quote_only.is_empty(), p.source_only.is_empty()) {
                (false, false) => format!(
                    "; the quote has {} where the file has {}",
                    words(&p.quote_only),
                    words(&p.source_only)
                ),
                (false, true) => format!("; the file does not have {}", words(&p.quote_only)),
                (true, false) => format!("; the file also has {}", words(&p.source_only)),
                (true, true) => String::new(),
            };
            format!("{which}; the closest passage reads \"{}\"{diff}", p.text)
        }
    }
}

/// "; did you mean `x`?" when a declared id is close to the unknown one.
fn nearest_id(ctx: &Context<'_>, unknown: &str) -> String {
    ctx.file
        .sources
        .iter()
        .map(|s| {
            (
                strsim::jaro_winkler(unknown, s.id.value.as_str()),
                s.id.value.as_str(),
            )
        })
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, id)| format!("; did you mean `{id}`?"))
        .unwrap_or_default()
}

/// Says, for each quote that is not in its own source, which other declared source has it
/// (then the closest passage of the cited one is beside the point).
pub fn point_to_other_sources(ctx: &Context<'_>, findings: &mut [Finding], not_found: &[NotFound]) {
    let mut budget = OTHER_SOURCES_BUDGET;
    for miss in not_found {
        for (i, text) in ctx.texts.iter().enumerate() {
            if i == miss.cited {
                continue;
            }
            let SourceFile::Read(text) = text else {
                continue;
            };
            if budget < text.normalized.len() {
                return;
            }
            budget -= text.normalized.len();
            let parts: Vec<&str> = miss.parts.iter().map(String::as_str).collect();
            if find_parts(&text.normalized, &parts).is_ok() {
                let other = ctx.file.sources[i].id.value.as_str();
                findings[miss.finding].message = format!(
                    "{}, but it is in source `{other}`: should the citation name `{other}`?",
                    miss.lead
                );
                break;
            }
        }
    }
}
