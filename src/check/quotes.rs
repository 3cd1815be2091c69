//! The rules about citations: `unknown-source`, `missing-quote` and `quote-not-found`.

use super::passage::{Closest, Difference, Index, Passage};
use super::placed::Placed;
use super::{Context, Finding};
use crate::format::number;
use crate::load::model::{Fact, FactsFile};
use crate::load::sources::SourceFile;
use crate::load::spanned::{Pos, Spanned};
use crate::rules::Rule;
use crate::text::invisible;
use crate::text::{find, find_parts, normalize, quote_parts};
use ahash::AHashMap as HashMap;
use rayon::prelude::*;
use std::sync::OnceLock;

/// How much source text, in all, may be searched for quotes that are not in their own source.
/// The search runs in fact order, so the budget gives the same findings on every run.
const OTHER_SOURCES_BUDGET: usize = 512 * 1024 * 1024;
/// How many windows the closest-passage searches may score. A misquote of ordinary words in a
/// long article takes some thousands; only quotes of the commonest words in a huge source need
/// more than a million.
const WINDOWS: Budget = Budget {
    per_quote: 1_000_000,
    in_all: 100_000_000,
};
/// Quotes searched side by side before their windows are charged: at most this many searches
/// are made beyond the budget in all.
const BATCH: usize = 32;

/// The most source text the quote search may scan in all: about half a minute of searching,
/// where 10,000 facts over articles of 50 KB need about 1 GB.
pub const MAX_SEARCH_BYTES: u64 = 256 << 30;

/// The bytes of source text that looking for every quote may scan: each quote is looked for
/// in the whole of its source, and past its match again for a second one.
pub fn search_bytes(file: &FactsFile, texts: &[SourceFile]) -> u64 {
    let length: HashMap<&str, u64> = (file.sources.iter().zip(texts))
        .filter_map(|(source, text)| match text {
            SourceFile::Read(text) => Some((source.id.as_str(), text.normalized.len() as u64)),
            _ => None,
        })
        .collect();
    (file.facts.iter())
        .flat_map(|fact| fact.sources.iter())
        .filter(|citation| citation.quote.is_some())
        .filter_map(|citation| length.get(citation.source.as_str()))
        .fold(0u64, |sum, len| sum.saturating_add(2 * len))
}

/// A quote that is not in its source, to be looked for in the others.
pub struct NotFound {
    /// Index of its finding in the list of findings.
    pub finding: usize,
    pub cited: usize,
    pub parts: Vec<String>,
    /// The message up to the detail, to rebuild it when another source has the quote.
    pub lead: String,
    /// The part whose closest passage the message is to show, once every fact is checked.
    closest: Option<usize>,
}

/// `cited_index` is the index of each citation's source, if it is declared.
/// `placed` gets, for each citation in order, where its quote stands in its source: `None`
/// when it was not found there, or may stand at more than one place.
pub fn citations<'t>(
    ctx: &Context<'t>,
    fact: &Spanned<Fact>,
    cited_index: &[Option<usize>],
    out: &mut Vec<Finding>,
    not_found: &mut Vec<NotFound>,
    placed: &mut Vec<Option<Placed<'t>>>,
) {
    let id = fact.id.value.as_str();
    for (citation, &index) in fact.sources.value.iter().zip(cited_index) {
        placed.push(None);
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
            QuoteCheck::Found(parts) => {
                if let Some(last) = placed.last_mut() {
                    *last = Placed::new(text, index, &parts);
                }
            }
            QuoteCheck::Ambiguous { why, only } => {
                // Words too few to be sure of are still read where they stand, when that is
                // their one place: a "not" cut off them matters all the more.
                if let (Some(parts), Some(last)) = (only, placed.last_mut()) {
                    *last = Placed::new(text, index, &parts);
                }
                out.push(
                    Finding::new(
                        Rule::QuoteAmbiguous,
                        quote.pos,
                        format!(
                            "fact `{id}`: the quote {why} in `{cited}`: quote more of the sentence"
                        ),
                    )
                    .fact(id)
                    .source(cited),
                );
            }
            QuoteCheck::NotFound { miss, parts } => {
                let file = source.file.as_ref().map_or("", |f| f.value.as_str());
                let lead = format!("fact `{id}`: quote not found in `{cited}` (`{file}`)");
                let (message, closest) = match miss {
                    Miss::Said(detail) => (format!("{lead}: {detail}"), None),
                    // Completed with the passage once every fact is checked.
                    Miss::Closest(failed) => (
                        format!("{lead}: {}", not_in_file(&parts, failed)),
                        Some(failed),
                    ),
                };
                // Kept to look for the quote in the other sources once every fact is checked.
                if !parts.is_empty() {
                    not_found.push(NotFound {
                        finding: out.len(),
                        cited: index,
                        parts,
                        lead,
                        closest,
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
    /// The quote is in the text, and pins down its passage: where each part is.
    Found(Vec<std::ops::Range<usize>>),
    /// The quote is in the text, but this is why it does not pin down its passage; where
    /// each part is, when the quote occurs only there (it is only short).
    Ambiguous {
        why: String,
        only: Option<Vec<std::ops::Range<usize>>>,
    },
    /// The quote is not in the text: why, and its parts between ellipses (none when it has
    /// no words).
    NotFound { miss: Miss, parts: Vec<String> },
}

/// Why a quote is not in the text.
enum Miss {
    /// Said in these words.
    Said(String),
    /// This part is not in the text: the closest passage will show what differs.
    Closest(usize),
}

/// Looks for `quote` in a source's normalised `text`.
fn check_quote(quote: &str, text: &str) -> QuoteCheck {
    let normalized = normalize(quote);
    let parts = quote_parts(&normalized);
    if parts.is_empty() {
        return QuoteCheck::NotFound {
            miss: Miss::Said("the quote has no words besides its ellipses".to_owned()),
            parts: Vec::new(),
        };
    }
    if text.trim().is_empty() {
        return QuoteCheck::NotFound {
            miss: Miss::Said(
                "the file is empty (or only white space): save the article's text into it"
                    .to_owned(),
            ),
            parts: Vec::new(),
        };
    }
    // A full stop found in the article supports nothing.
    if !parts.iter().any(|p| p.chars().any(char::is_alphanumeric)) {
        return QuoteCheck::NotFound {
            miss: Miss::Said("the quote has no words, only punctuation".to_owned()),
            parts: Vec::new(),
        };
    }
    match find_parts(text, &parts) {
        Ok(found) => {
            let place = (found.iter().zip(&parts))
                .map(|(&at, part)| at..at + part.len())
                .collect();
            let repeated = repeated(text, &parts, &found);
            let words = words_of(&parts);
            if words < FEWEST_WORDS {
                QuoteCheck::Ambiguous {
                    why: format!(
                        "has {words} word{}, too few to pin down the passage",
                        if words == 1 { "" } else { "s" }
                    ),
                    only: repeated.is_none().then_some(place),
                }
            } else if let Some(why) = repeated {
                QuoteCheck::Ambiguous { why, only: None }
            } else {
                QuoteCheck::Found(place)
            }
        }
        Err(failed) => QuoteCheck::NotFound {
            miss: marks_around(quote, text, &parts)
                .unwrap_or_else(|| describe_miss(text, &parts, failed)),
            parts: parts.iter().map(|p| (*p).to_owned()).collect(),
        },
    }
}

/// The fewest words a quote has for `quote-ambiguous` to take it as pinning down its passage.
pub const FEWEST_WORDS: usize = 4;

/// How many words the parts of a quote have: what lies between spaces.
pub fn words_of(parts: &[&str]) -> usize {
    (parts.iter())
        .map(|p| {
            // Count where a word starts.
            let mut previous = b' ';
            p.bytes()
                .filter(|&b| {
                    let starts = b != b' ' && previous == b' ';
                    previous = b;
                    starts
                })
                .count()
        })
        .sum()
}

/// Why a quote that was found may stand elsewhere too, if it may: its longest part, the most
/// telling, occurs again.
fn repeated(text: &str, parts: &[&str], found: &[usize]) -> Option<String> {
    let (i, longest) = parts.iter().enumerate().max_by_key(|(_, p)| p.len())?;
    let after = found[i] + 1;
    find(&text.as_bytes()[after..], longest.as_bytes())
        .map(|_| format!("\u{201c}{longest}\u{201d} occurs more than once"))
}

/// What the editor needs to see to correct a quote: the parts out of order, or else the closest
/// passage and the words that differ.
fn describe_miss(text: &str, parts: &[&str], failed: usize) -> Miss {
    let part = parts[failed];
    if parts.len() > 1 && find_parts(text, &[part]).is_ok() {
        return Miss::Said(format!(
            "its parts around the ellipsis are each in the file, but not in this order \
             (\"{part}\" comes earlier)"
        ));
    }
    Miss::Closest(failed)
}

/// Quotation marks that wrap the whole quote, which the article does not have around its
/// words: a word processor's “curly” ones are not YAML's quotes, so they are part of the value.
fn marks_around(quote: &str, text: &str, parts: &[&str]) -> Option<Miss> {
    const MARKS: [char; 8] = ['"', '\'', '«', '»', '„', '‚', '‹', '›'];
    let (first, last) = (parts.first()?, parts.last()?);
    let inner_first = first.strip_prefix(MARKS)?;
    let mut inner: Vec<&str> = parts.to_vec();
    inner[0] = inner_first;
    let end = inner.len() - 1;
    inner[end] = inner[end].strip_suffix(MARKS)?;
    if last.is_empty() || inner.iter().any(|p| p.trim().is_empty()) {
        return None;
    }
    let inner: Vec<&str> = inner.iter().map(|p| p.trim()).collect();
    find_parts(text, &inner).ok()?;
    let trimmed = quote.trim();
    let (open, close) = (trimmed.chars().next()?, trimmed.chars().next_back()?);
    Some(Miss::Said(format!(
        "the article has its words, but not the quotation marks around the quote \
         (`{open}…{close}`): remove them (a YAML value's own quotes are straight ones, \"...\")"
    )))
}

/// A note for a quote that holds words in square brackets, which is how an editor puts words of
/// their own into a quotation ("He [the mayor] said"): a fact's quote holds the article's
/// words only.
pub fn editors_words(quote: &str) -> &'static str {
    match quote.find('[').is_some_and(|at| quote[at..].contains(']')) {
        true => {
            "; square brackets mark an editor's words, which a quote cannot hold: quote the \
             article's words, and say it your way in the statement"
        }
        false => "",
    }
}

/// What is said of the `failed` part of a quote: that it is not in the file.
fn not_in_file<S: AsRef<str>>(parts: &[S], failed: usize) -> String {
    match parts {
        [_] => "it is not in the file".to_owned(),
        _ => format!("the part \"{}\" is not in the file", parts[failed].as_ref()),
    }
}

/// How many words of each difference, and how many differences, a message names.
const SHOWN_WORDS: usize = 4;
const SHOWN_DIFFERENCES: usize = 3;

/// The end of a `quote-not-found` message: the closest passage and what the quote adds, leaves
/// out or has in place of the article's words.
fn passage_detail(which: &str, p: &Passage) -> String {
    let mut diff = String::new();
    let shown = differences_said(&p.differences);
    for (n, what) in shown.iter().take(SHOWN_DIFFERENCES).enumerate() {
        let who = if n == 0 { "the quote" } else { "it" };
        diff.push_str(&format!("; {who} {what}"));
    }
    let more = shown.len().saturating_sub(SHOWN_DIFFERENCES);
    if more > 0 {
        let s = if more == 1 { "" } else { "s" };
        diff.push_str(&format!("; and {more} more difference{s}"));
    }
    format!("{which}; the closest passage reads \"{}\"{diff}", p.text)
}

/// Each difference in words, as `quote-not-found` and `factsheet quote` name it: "adds `x`",
/// "leaves out `y`", "has `x` where the article has `y`".
pub fn differences_said(differences: &[Difference]) -> Vec<String> {
    let words = |ws: &[String]| {
        let shown: Vec<String> = (ws.iter().take(SHOWN_WORDS))
            .map(|w| format!("`{}`", visible(w)))
            .collect();
        let more = if ws.len() > SHOWN_WORDS { ", …" } else { "" };
        format!("{}{more}", shown.join(", "))
    };
    (differences.iter())
        .map(|d| match (d.quote.as_slice(), d.source.as_slice()) {
            (added, []) => format!("adds {}{}", words(added), unseen(added, &[])),
            ([], left_out) => format!("leaves out {}{}", words(left_out), unseen(&[], left_out)),
            (quote, source) => format!(
                "has {} where the article has {}{}",
                words(quote),
                words(source),
                unseen(quote, source)
            ),
        })
        .collect()
}

/// A word with each character that cannot be seen written as its code point (`bro<U+00AD>ken`):
/// otherwise the quote's word and the article's would look the same.
fn visible(word: &str) -> std::borrow::Cow<'_, str> {
    if !word.chars().any(|c| invisible(c).is_some()) {
        return word.into();
    }
    (word.chars())
        .map(|c| match invisible(c) {
            Some(_) => format!("<U+{:04X}>", c as u32),
            None => c.to_string(),
        })
        .collect::<String>()
        .into()
}

/// What the first character that cannot be seen in the quote's words, else in the article's,
/// is, and where to delete it; nothing when there is none.
fn unseen(quote: &[String], source: &[String]) -> String {
    let first = |words: &[String]| {
        (words.iter().flat_map(|w| w.chars())).find_map(|c| Some((c, invisible(c)?)))
    };
    let (found, place) = match (first(quote), first(source)) {
        (Some(found), _) => (found, "from the quote"),
        (None, Some(found)) => (
            found,
            "from the source's text, then run `factsheet pin` on the source if it is pinned",
        ),
        (None, None) => return String::new(),
    };
    let (c, name) = found;
    format!(
        " (U+{:04X} is {name}, which cannot be seen: delete it {place})",
        c as u32
    )
}

/// "; did you mean `x`?" when a declared id is close to the unknown one.
fn nearest_id(ctx: &Context<'_>, unknown: &str) -> String {
    match ctx.unknown_sources.get(unknown) {
        Some(Some(id)) => format!("; did you mean `{id}`?"),
        _ => String::new(),
    }
}

/// Says, for each quote that is not in its own source, which other declared source has it
/// (then the closest passage of the cited one is beside the point), and else shows the closest
/// passage of the cited one.
pub fn point_to_other_sources(ctx: &Context<'_>, findings: &mut [Finding], not_found: &[NotFound]) {
    let waiting = other_sources(ctx, findings, not_found);
    closest_passages(ctx, findings, &waiting, WINDOWS);
}

/// Names the other source that has each quote, within the budget; returns the misses that
/// still wait for their closest passage, in fact order, with the part to show it for.
fn other_sources<'n>(
    ctx: &Context<'_>,
    findings: &mut [Finding],
    not_found: &'n [NotFound],
) -> Vec<(&'n NotFound, usize)> {
    let mut budget = OTHER_SOURCES_BUDGET;
    let mut searching = true;
    let mut waiting = Vec::new();
    'misses: for miss in not_found {
        for (i, text) in ctx.texts.iter().enumerate() {
            let SourceFile::Read(text) = text else {
                continue;
            };
            if !searching || i == miss.cited {
                continue;
            }
            if budget < text.normalized.len() {
                searching = false;
                continue;
            }
            budget -= text.normalized.len();
            let parts: Vec<&str> = miss.parts.iter().map(String::as_str).collect();
            if find_parts(&text.normalized, &parts).is_ok() {
                let other = ctx.file.sources[i].id.value.as_str();
                findings[miss.finding].message = format!(
                    "{}, but it is in source `{other}`: should the citation name `{other}`?",
                    miss.lead
                );
                continue 'misses;
            }
        }
        if let Some(failed) = miss.closest {
            waiting.push((miss, failed));
        }
    }
    waiting
}

/// Windows to score, for one quote and for all together.
#[derive(Clone, Copy)]
struct Budget {
    per_quote: usize,
    in_all: usize,
}

/// What came of the search for a quote's closest passage.
enum Searched {
    Done(Closest),
    /// The source is too long to index.
    TooLong,
    /// The windows of all quotes were spent before this one's.
    AllSpent,
}

/// Completes the message of each miss with its closest passage. Each source is indexed once,
/// when a first quote needs it, and freed after its last. The searches run in batches on every
/// core; their windows are charged to the budget in all in fact order, so the same quotes get
/// their passage on every run, whatever the number of cores.
fn closest_passages(
    ctx: &Context<'_>,
    findings: &mut [Finding],
    waiting: &[(&NotFound, usize)],
    budget: Budget,
) {
    let mut indexes: Vec<OnceLock<Option<Index<'_>>>> =
        ctx.texts.iter().map(|_| OnceLock::new()).collect();
    let mut last_use = vec![0; ctx.texts.len()];
    for (n, (miss, _)) in waiting.iter().enumerate() {
        last_use[miss.cited] = n;
    }
    let mut left = Some(budget.in_all);
    for (b, batch) in waiting.chunks(BATCH).enumerate() {
        let searched: Vec<(Searched, usize)> = match left {
            None => batch.iter().map(|_| (Searched::AllSpent, 0)).collect(),
            Some(_) => batch
                .par_iter()
                .map(|&(miss, failed)| search(ctx, &indexes, miss, failed, budget.per_quote))
                .collect(),
        };
        for (&(miss, failed), (result, windows)) in batch.iter().zip(searched) {
            // Once a quote's windows are more than are left, none is searched after it.
            left = left.and_then(|left| left.checked_sub(windows));
            let result = if left.is_some() {
                result
            } else {
                Searched::AllSpent
            };
            let which = not_in_file(&miss.parts, failed);
            let detail = detail(&which, &result, budget);
            let note = editors_words(&miss.parts[failed]);
            findings[miss.finding].message = format!("{}: {detail}{note}", miss.lead);
        }
        let done = (b + 1) * BATCH;
        for (index, last) in indexes.iter_mut().zip(&last_use) {
            if *last < done {
                index.take();
            }
        }
    }
}

/// The closest passage of the `failed` part of a miss, within the budget of one quote; and the
/// windows scored.
fn search<'a>(
    ctx: &Context<'a>,
    indexes: &[OnceLock<Option<Index<'a>>>],
    miss: &NotFound,
    failed: usize,
    per_quote: usize,
) -> (Searched, usize) {
    let SourceFile::Read(text) = &ctx.texts[miss.cited] else {
        return (Searched::TooLong, 0); // not reached: only read sources have misses
    };
    match indexes[miss.cited].get_or_init(|| Index::new(&text.normalized)) {
        Some(index) => {
            let (closest, windows) = index.closest(&miss.parts[failed], per_quote);
            (Searched::Done(closest), windows)
        }
        None => (Searched::TooLong, 0),
    }
}

/// The end of the message of a quote whose closest passage was searched for.
fn detail(which: &str, searched: &Searched, budget: Budget) -> String {
    let spent = |windows: usize, of: &str| {
        format!(
            "{which}; no close passage searched (the search budget of {} windows {of} is spent)",
            number(windows as f64)
        )
    };
    match searched {
        Searched::Done(Closest::Passage(p)) => passage_detail(which, p),
        Searched::Done(Closest::Nothing) => {
            format!("{which}, and no passage of the file resembles it")
        }
        Searched::Done(Closest::OverBudget) => spent(budget.per_quote, "per quote"),
        Searched::AllSpent => spent(budget.in_all, "for all quotes"),
        Searched::TooLong => format!("{which}; no close passage searched (the file is too long)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_facts;
    use crate::load::sources::SourceText;
    use crate::rules::Rule;

    /// A source of 40 sentences, and 40 facts that each misquote one of them (a word changed).
    fn misquotes() -> (String, String) {
        let mut text = String::new();
        let mut facts = String::from(
            "briefing:\n  title: T\n  as_of: 2022-03-03\nsources:\n  - id: a\n    title: A\n    \
             publisher: P\n    file: a.txt\nfacts:\n",
        );
        for i in 0..40 {
            text.push_str(&format!("word{i} of the day is here, said the man {i}. "));
            facts.push_str(&format!(
                "  - id: f{i}\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        \
                 quote: \"word{i} of the day was here\"\n"
            ));
        }
        (facts, text)
    }

    /// The messages of `quote-not-found`, in fact order, with `threads` cores.
    fn messages(facts: &str, text: &str, budget: Budget, threads: usize) -> Vec<String> {
        let (file, _) = parse_facts(facts);
        let file = file.expect("valid facts");
        let texts = [SourceFile::Read(Box::new(SourceText::new(text, None)))];
        let ctx = Context::new(&file, &texts);
        let (mut out, mut not_found) = (Vec::new(), Vec::new());
        for fact in &file.facts {
            citations(
                &ctx,
                fact,
                &[Some(0)],
                &mut out,
                &mut not_found,
                &mut Vec::new(),
            );
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        pool.install(|| {
            let waiting = other_sources(&ctx, &mut out, &not_found);
            closest_passages(&ctx, &mut out, &waiting, budget);
        });
        out.into_iter()
            .filter(|f| f.rule == Rule::QuoteNotFound)
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn every_misquote_gets_its_own_passage() {
        let (facts, text) = misquotes();
        let found = messages(&facts, &text, WINDOWS, 2);
        assert_eq!(found.len(), 40);
        for (i, message) in found.iter().enumerate() {
            assert_eq!(
                message,
                &format!(
                    "fact `f{i}`: quote not found in `a` (`a.txt`): it is not in the file; the \
                     closest passage reads \"word{i} of the day is here\"; the quote has `was` \
                     where the article has `is`"
                )
            );
        }
    }

    #[test]
    fn the_budget_in_all_is_spent_in_fact_order_whatever_the_cores() {
        let (facts, text) = misquotes();
        let budget = Budget {
            per_quote: 1000,
            in_all: 200,
        };
        let one = messages(&facts, &text, budget, 1);
        assert_eq!(one, messages(&facts, &text, budget, 3));
        let spent = "it is not in the file; no close passage searched (the search budget of 200 \
                     windows for all quotes is spent)";
        let searched = one
            .iter()
            .take_while(|m| m.contains("closest passage"))
            .count();
        assert!(searched > 0 && searched < 40, "{one:#?}");
        assert!(
            one[searched..].iter().all(|m| m.ends_with(spent)),
            "{one:#?}"
        );
    }

    #[test]
    fn a_quote_beyond_its_budget_says_so() {
        let (facts, text) = misquotes();
        let budget = Budget {
            per_quote: 3,
            in_all: 1000,
        };
        let found = messages(&facts, &text, budget, 2);
        // The first sentence has only one window that holds its first word.
        assert!(found[0].contains("closest passage"), "{found:#?}");
        let spent = "it is not in the file; no close passage searched (the search budget of 3 \
                     windows per quote is spent)";
        assert!(found[1..].iter().all(|m| m.ends_with(spent)), "{found:#?}");
    }

    fn passage(text: &str, differences: &[(&[&str], &[&str])]) -> Passage {
        let owned = |ws: &[&str]| ws.iter().map(|w| (*w).to_owned()).collect();
        Passage {
            span: 0..0,
            text: text.to_owned(),
            differences: (differences.iter())
                .map(|(quote, source)| Difference {
                    quote: owned(quote),
                    source: owned(source),
                })
                .collect(),
        }
    }

    #[test]
    fn the_message_names_what_the_quote_adds_leaves_out_and_changes() {
        let which = "it is not in the file";
        let detail = |differences: &[(&[&str], &[&str])]| {
            passage_detail(which, &passage("the passage", differences))
        };
        let lead = "it is not in the file; the closest passage reads \"the passage\"";
        assert_eq!(
            detail(&[(&["very"], &[])]),
            format!("{lead}; the quote adds `very`")
        );
        assert_eq!(
            detail(&[(&[], &["now"])]),
            format!("{lead}; the quote leaves out `now`")
        );
        assert_eq!(
            detail(&[(&["left"], &["fled"])]),
            format!("{lead}; the quote has `left` where the article has `fled`")
        );
        assert_eq!(
            detail(&[(&["very"], &[]), (&[], &["now"])]),
            format!("{lead}; the quote adds `very`; it leaves out `now`")
        );
        assert_eq!(detail(&[]), lead);
    }

    #[test]
    fn long_differences_are_cut_short() {
        let five: &[&str] = &["a", "b", "c", "d", "e"];
        let message = passage_detail("it", &passage("p", &[(five, &["f"])]));
        assert_eq!(
            message,
            "it; the closest passage reads \"p\"; the quote has `a`, `b`, `c`, `d`, … where the \
             article has `f`"
        );
        let one: (&[&str], &[&str]) = (&["x"], &[]);
        let message = passage_detail("it", &passage("p", &[one, one, one, one]));
        assert_eq!(
            message,
            "it; the closest passage reads \"p\"; the quote adds `x`; it adds `x`; it adds `x`; \
             and 1 more difference"
        );
        let message = passage_detail("it", &passage("p", &[one; 5]));
        assert!(message.ends_with("; and 2 more differences"), "{message}");
    }

    #[test]
    fn a_character_that_cannot_be_seen_is_named_with_where_to_delete_it() {
        let said = |quote: &[&str], source: &[&str]| {
            passage_detail("it", &passage("p", &[(quote, source)]))
        };
        assert_eq!(
            said(&["broken"], &["bro\u{AD}ken"]),
            "it; the closest passage reads \"p\"; the quote has `broken` where the article has \
             `bro<U+00AD>ken` (U+00AD is a soft hyphen, which cannot be seen: delete it from the \
             source's text, then run `factsheet pin` on the source if it is pinned)"
        );
        assert!(
            said(&["a\u{200B}b"], &["ab"]).ends_with(
                "`a<U+200B>b` where the article has `ab` (U+200B is a zero-width space, which \
                 cannot be seen: delete it from the quote)"
            ),
            "{}",
            said(&["a\u{200B}b"], &["ab"])
        );
    }

    #[test]
    fn a_quote_of_punctuation_only_is_not_found() {
        let facts = "briefing:\n  title: T\n  as_of: 2022-03-03\nsources:\n  - id: a\n    \
                     title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    \
                     statement: s\n    topic: T\n    sources:\n      - source: a\n        \
                     quote: \"....\"\n";
        let budget = Budget {
            per_quote: 10,
            in_all: 10,
        };
        let found = messages(facts, "The city fell. Then it was quiet.", budget, 1);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].ends_with("the quote has no words, only punctuation"),
            "{found:?}"
        );
    }
}
