//! `invisible-character`: characters that cannot be seen and that normalisation does not fold,
//! in every text field a reader sees (or that a quote is matched by).

use super::{Context, Finding};
use crate::load::model::Fact;
use crate::load::spanned::Spanned;
use crate::markdown;
use crate::rules::Rule;
use crate::text::invisible;
use std::fmt;

/// The most distinct characters one message names; a field with more says how many are left.
const MAX_NAMED: usize = 8;

/// A fact's text fields: what the briefing shows of it, and its quotes.
pub fn invisible_characters(fact: &Spanned<Fact>, out: &mut Vec<Finding>) {
    let id = fact.id.value.as_str();
    let figure = fact.figure.as_ref().map(|f| &f.value);
    let fields = [
        ("statement", Some(&fact.statement)),
        ("topic", Some(&fact.topic)),
        ("location", fact.location.as_ref()),
        ("claimed_by", fact.claimed_by.as_ref()),
        ("verified_by", fact.verified_by.as_ref()),
        ("figure's label", figure.map(|f| &f.label)),
        ("figure's measure", figure.and_then(|f| f.measure.as_ref())),
        ("figure's period", figure.and_then(|f| f.period.as_ref())),
    ];
    let quotes = (fact.sources.value.iter()).map(|c| ("quote", c.quote.as_ref()));
    for (field, text) in fields.into_iter().chain(quotes) {
        let Some(text) = text else { continue };
        let owner = format_args!("fact `{id}`");
        if let Some(found) = finding(owner, field, text, field == "statement") {
            out.push(found.fact(id));
        }
    }
}

/// The briefing's header and each source's fields that the briefing shows.
pub fn file_fields(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let briefing = &ctx.file.briefing;
    let header = [
        ("title", Some(&briefing.title)),
        ("summary", briefing.summary.as_ref()),
    ];
    for (field, text) in header {
        let markdown = field == "summary";
        let owner = format_args!("the briefing");
        if let Some(found) = text.and_then(|t| finding(owner, field, t, markdown)) {
            out.push(found);
        }
    }
    for source in &ctx.file.sources {
        let id = source.id.value.as_str();
        let fields = [
            ("title", source.title.as_ref()),
            ("author", source.author.as_ref()),
            ("publisher", Some(&source.publisher)),
            ("note", source.note.as_ref()),
        ];
        for (field, text) in fields {
            let owner = format_args!("source `{id}`");
            if let Some(found) = text.and_then(|t| finding(owner, field, t, false)) {
                out.push(found.source(id));
            }
        }
    }
}

/// One finding for a field that holds any invisible character, at the field, naming each
/// distinct one where it first stands; in inline Markdown (`markdown`), also each character
/// reference that a reader sees as one (`&#x202E;`), which the briefings show decoded. The
/// `owner` of the field is written out only for a finding.
fn finding(
    owner: fmt::Arguments<'_>,
    field: &str,
    text: &Spanned<String>,
    markdown: bool,
) -> Option<Finding> {
    let found = first_of_each(&text.value);
    let referenced = if markdown {
        invisible_references(&text.value)
    } else {
        Vec::new()
    };
    let count = found.len() + referenced.len();
    if count == 0 {
        return None;
    }
    let typed = found.iter().map(|&(at, c)| describe(&text.value, at, c));
    let written =
        (referenced.iter()).map(|(written, c)| describe_reference(&text.value, written, *c));
    let mut named: Vec<String> = typed.chain(written).take(MAX_NAMED).collect();
    if count > MAX_NAMED {
        named.push(format!("{} more", count - MAX_NAMED));
    }
    let them = if count == 1 { "it" } else { "them" };
    // A quote holds it because its source does: the quote matches only while both have it.
    let also = match field {
        "quote" => {
            " (and from the source's text if it has one there too, then run \
                `factsheet pin` on the source if it is pinned)"
        }
        _ => "",
    };
    Some(Finding::new(
        Rule::InvisibleCharacter,
        text.pos,
        format!(
            "{owner}: the {field} holds {}: delete {them}{also}",
            named.join(", ")
        ),
    ))
}

/// Each distinct invisible character of the text, with the byte offset it first stands at, in
/// the order they first stand.
fn first_of_each(text: &str) -> Vec<(usize, char)> {
    let mut found: Vec<(usize, char)> = Vec::new();
    let mut from = 0;
    // Printable ASCII has no invisible character: a quick look passes over each run of it.
    while let Some(skip) = unprintable(&text.as_bytes()[from..]) {
        let at = from + skip;
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        if invisible(c).is_some() && !found.iter().any(|&(_, seen)| seen == c) {
            found.push((at, c));
        }
        from = at + c.len_utf8();
    }
    found
}

/// Where the first byte that is not printable ASCII (a space or a graphic character) stands.
fn unprintable(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 16;
    let printable = |b: u8| (b' '..=b'~').contains(&b);
    // Block by block, without a way out inside a block, which the compiler makes vector
    // compares of.
    let blocks = (bytes.chunks_exact(BLOCK))
        .take_while(|block| block.iter().fold(true, |all, &b| all & printable(b)))
        .count();
    let from = blocks * BLOCK;
    (bytes[from..].iter())
        .position(|&b| !printable(b))
        .map(|at| from + at)
}

/// Each distinct character reference of inline Markdown that reads as an invisible character,
/// as written, with the first such character it reads, in the order they first stand.
fn invisible_references(text: &str) -> Vec<(String, char)> {
    let mut found: Vec<(String, char)> = Vec::new();
    for (written, read) in markdown::references(text) {
        let Some(c) = read.chars().find(|&c| invisible(c).is_some()) else {
            continue;
        };
        if !found.iter().any(|(seen, _)| *seen == written) {
            found.push((written, c));
        }
    }
    found
}

/// "a text-direction control <U+202E> written `&#x202E;` after “say”": the character, its
/// code point, the reference and where it is first written.
fn describe_reference(text: &str, written: &str, c: char) -> String {
    let what = invisible(c).unwrap_or("an invisible character");
    let at = text.find(written).unwrap_or(0);
    format!(
        "{what} <U+{:04X}> written `{written}` {}",
        c as u32,
        place(text, at)
    )
}

/// "a zero-width space <U+200B> after “Kher”": the character, its code point and where it is.
fn describe(text: &str, at: usize, c: char) -> String {
    let what = invisible(c).unwrap_or("an invisible character");
    format!("{what} <U+{:04X}> {}", c as u32, place(text, at))
}

/// "after “Kher”": the words before byte `at`, or "at its start".
fn place(text: &str, at: usize) -> String {
    // The words before it, with any invisible character left out so that the place reads
    // plainly (and no direction control turns the message around).
    let before: String = text[..at]
        .chars()
        .filter(|&c| invisible(c).is_none())
        .rev()
        .take(12)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if before.trim().is_empty() {
        "at its start".to_owned()
    } else {
        format!("after \u{201c}{}\u{201d}", before.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_invisible() {
        for c in ['\u{200B}', '\u{00AD}', '\u{FEFF}', '\u{202E}', '\u{0007}'] {
            assert!(invisible(c).is_some(), "{c:?}");
        }
        for c in ['a', ' ', '\u{00A0}', '\n', '\u{200D}', '’'] {
            assert!(invisible(c).is_none(), "{c:?}");
        }
    }
}
