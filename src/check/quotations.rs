//! `quotation-not-in-quote`: words the statement puts in quotation marks ("called it “a grave
//! crime”") are someone's own words, so they must stand in one of the fact's quotes.

use super::{Context, Finding};
use crate::load::model::Fact;
use crate::load::sources::SourceFile;
use crate::load::spanned::Spanned;
use crate::rules::Rule;
use crate::text::{find_parts, normalize, quote_parts};

/// The most quotations of one statement that are compared (a statement has a few; a hostile
/// one of many thousands would hold the check for minutes).
const MAX_QUOTATIONS: usize = 50;

/// The statement's quotations that none of its quotes gives, each at its words. `visible` is
/// the statement with its links' addresses blanked; `cited` the declared source of each
/// citation.
pub fn quotations_in_quotes(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    visible: &str,
    cited: &[Option<usize>],
    out: &mut Vec<Finding>,
) {
    let spans = quotations(visible);
    if spans.is_empty() || translated(ctx, fact, cited) {
        return;
    }
    let quotes: Vec<String> = (fact.sources.value.iter())
        .filter_map(|c| c.quote.as_ref())
        .map(|q| normalize(&q.value).to_lowercase())
        .collect();
    if quotes.is_empty() {
        return;
    }
    let titles: Vec<String> = (cited.iter().flatten())
        .filter_map(|&s| ctx.file.sources[s].title.as_ref())
        .map(|t| words_of(&t.value))
        .collect();
    let id = fact.id.value.as_str();
    let mut found = Vec::new();
    for (start, span) in spans {
        let words = words_of(span);
        let parts = quote_parts(&words);
        // Each part of a quotation joined with an ellipsis may come from another quote.
        let given = |part: &&str| quotes.iter().any(|q| q.contains(part));
        let a_title = titles.iter().any(|t| t.contains(words.as_str()));
        if parts.is_empty() || a_title || parts.iter().all(given) {
            continue;
        }
        let message = format!(
            "fact `{id}`: the statement quotes \u{201c}{span}\u{201d}, words that none of its \
             quotes gives{}",
            advice(ctx, cited, &parts)
        );
        let finding = Finding::new(Rule::QuotationNotInQuote, fact.statement.pos, message);
        found.push((start, span.to_owned(), finding.fact(id)));
    }
    out.extend(ctx.at_words_each(&fact.statement, found));
}

/// What to do about a quotation (its words' `parts`) that no quote gives: add it to the quote
/// of a cited source that has it, or correct it when none of them has it.
fn advice(ctx: &Context<'_>, cited: &[Option<usize>], parts: &[&str]) -> String {
    let mut read_any = false;
    for &s in cited.iter().flatten() {
        let SourceFile::Read(text) = &ctx.texts[s] else {
            continue;
        };
        read_any = true;
        if find_parts(text.lowercase(), parts).is_ok() {
            let id = &ctx.file.sources[s].id.value;
            return format!(
                ", though `{id}` has them: add them to its quote, or take the quotation marks \
                 away"
            );
        }
    }
    if read_any {
        ", nor the text of a source it cites: correct them to the source's own words, or take \
         the quotation marks away"
            .to_owned()
    } else {
        ": quote the source's own words and cite them, or take the quotation marks away".to_owned()
    }
}

/// Whether a quote of the fact comes from a source written in another language than English:
/// the statement's quotation may then be a translation, which no text on file gives.
fn translated(ctx: &Context<'_>, fact: &Fact, cited: &[Option<usize>]) -> bool {
    (fact.sources.value.iter().zip(cited))
        .filter(|(c, _)| c.quote.is_some())
        .any(|(_, &s)| s.is_some_and(|s| ctx.translated(s)))
}

/// A quotation's words as they are compared: folded as quotes are (`normalize`), lowercase,
/// editorial insertions in square brackets made an ellipsis ("[the city] will not fall"), and
/// the punctuation that a sentence puts around a quotation taken away ("called it “final.”").
fn words_of(span: &str) -> String {
    let mut words = String::with_capacity(span.len());
    let mut inserted = false;
    for c in normalize(span).to_lowercase().chars() {
        match c {
            '[' => inserted = true,
            ']' if inserted => {
                inserted = false;
                words.push_str("...");
            }
            _ if inserted => {}
            c => words.push(c),
        }
    }
    let outside = |c: char| c.is_whitespace() || ".,;:!?'\"".contains(c);
    words.trim_matches(outside).to_owned()
}

/// The first `MAX_QUOTATIONS` quotations of a text: where each one's words start, and the
/// words, between a pair of quotation marks (“…”, „…“, «…», "…", ‘…’ or '…'). An apostrophe
/// (Russia's, the soldiers' homes) opens none: a single mark opens only before a letter after
/// a space or the start, and closes only after one.
fn quotations(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    // The marks that closed nothing: what follows cannot close them either, so an opening
    // that one of them closes is passed over, and the text is read once for each.
    let mut unclosed: Vec<&str> = Vec::new();
    let mut at = 0;
    while let Some((open, close_marks)) = next_opening(text, at) {
        let start = open + text[open..].chars().next().map_or(1, char::len_utf8);
        at = start;
        if unclosed.contains(&close_marks) {
            continue;
        }
        let Some((end, after)) = closing(text, start, close_marks) else {
            unclosed.push(close_marks);
            continue;
        };
        let inner = &text[start..end];
        let span = inner.trim();
        if span.chars().filter(|c| c.is_alphanumeric()).count() > 1 {
            found.push((start + inner.len() - inner.trim_start().len(), span));
        }
        if found.len() == MAX_QUOTATIONS {
            break;
        }
        at = after;
    }
    found
}

/// The next opening quotation mark at or after `from`, with the marks that close it.
fn next_opening(text: &str, from: usize) -> Option<(usize, &'static str)> {
    // Most statements have no quotation mark: the bytes that start one are looked for first.
    let marks = |b: &u8| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2);
    let mut at = from;
    while let Some(i) = text.as_bytes()[at..].iter().position(marks) {
        at += i;
        let c = text[at..].chars().next()?;
        let next = at + c.len_utf8();
        let opens_word = || {
            let before = text[..at].chars().next_back();
            let after = text[next..].chars().next();
            before.is_none_or(|b| b.is_whitespace() || "([\u{2014}".contains(b))
                && after.is_some_and(char::is_alphanumeric)
        };
        let opens_single = || opens_word() && !elided(&text[next..]);
        let closes = match c {
            '\u{201c}' => "\u{201d}",
            '\u{201e}' => "\u{201c}\u{201d}",
            '\u{ab}' => "\u{bb}",
            '"' if opens_word() => "\"",
            '\u{2018}' if opens_single() => "\u{2019}",
            '\'' if opens_single() => "'",
            _ => {
                at = next;
                continue;
            }
        };
        return Some((at, closes));
    }
    None
}

/// Whether the words after a single mark show it to be an apostrophe of letters left out,
/// not a quotation: a decade or year ('90s, '22) or a word like 'em, 'til, 'cause.
fn elided(after: &str) -> bool {
    if after.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let word = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    ["em", "til", "cause", "bout", "tis", "twas", "n"]
        .iter()
        .any(|elision| word.eq_ignore_ascii_case(elision))
}

/// Where the quotation that starts at `start` ends (before its closing mark, one of `marks`),
/// and where the text after the mark starts. A single mark closes only after a letter, a
/// digit or a stop, and before no letter (not the apostrophe of "Russia’s").
fn closing(text: &str, start: usize, marks: &str) -> Option<(usize, usize)> {
    let single = marks == "'" || marks == "\u{2019}";
    text[start..].char_indices().find_map(|(i, c)| {
        let at = start + i;
        if !marks.contains(c) {
            return None;
        }
        let after = text[at + c.len_utf8()..].chars().next();
        let before = text[..at].chars().next_back();
        let ends = !single
            || (after.is_none_or(|a| !a.is_alphanumeric())
                && before.is_some_and(|b| !b.is_whitespace()));
        ends.then_some((at, at + c.len_utf8()))
    })
}

#[cfg(test)]
mod tests {
    use super::{quotations, words_of};

    fn spans(text: &str) -> Vec<&str> {
        quotations(text).into_iter().map(|(_, s)| s).collect()
    }

    #[test]
    fn quotation_marks_of_every_kind_make_quotations_and_apostrophes_none() {
        assert_eq!(
            spans(
                "The mayor called it \u{201c}a grave crime\u{201d}, and Russia\u{2019}s army left."
            ),
            ["a grave crime"]
        );
        assert_eq!(
            spans("Er sagte \u{201e}wir bleiben\u{201c}."),
            ["wir bleiben"]
        );
        assert_eq!(
            spans("Il a dit \u{ab} nous restons \u{bb}."),
            ["nous restons"]
        );
        assert_eq!(spans("He said \"we stay\" twice."), ["we stay"]);
        assert_eq!(
            spans("The soldiers' homes were hit; Kyiv called it 'a special operation', he said."),
            ["a special operation"]
        );
        assert_eq!(
            spans("Russia\u{2019}s \u{2018}special military operation\u{2019} began."),
            ["special military operation"]
        );
        // Apostrophes of letters left out open none.
        assert_eq!(
            spans("In the '90s, rock 'n' roll and 'em: the mayor's 'new plan' came."),
            ["new plan"]
        );
        assert_eq!(
            spans("Since \u{2018}22 the city\u{2019}s \u{2018}new plan\u{2019} grew."),
            ["new plan"]
        );
        // A mark that is never closed, and a single letter, quote nothing.
        assert!(spans("He said \u{201c}we stay, and left.").is_empty());
        assert!(spans("the \u{201c}Z\u{201d} symbol").is_empty());
        // A mark left open does not keep a later quotation from being read.
        let text = "\u{201c}never closed, \u{201c}nor this, and 'a quote' here";
        assert_eq!(spans(text), ["a quote"]);
        let many = "\"one two\" ".repeat(2 * super::MAX_QUOTATIONS);
        assert_eq!(spans(&many).len(), super::MAX_QUOTATIONS);
    }

    #[test]
    fn the_words_compared_leave_out_insertions_and_the_sentence_s_punctuation() {
        assert_eq!(words_of("[The city] will not fall."), "will not fall");
        assert_eq!(words_of("we [Ukrainians] stay"), "we ... stay");
        assert_eq!(words_of("A  grave\u{2014}crime,"), "a grave-crime");
    }
}
