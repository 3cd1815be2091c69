//! Where a quote stands in its source: the sentence it falls in and the words of that sentence
//! it leaves out, for the rules that read the words around a quote (`attribution-cut`,
//! `hedge-dropped`, the date rules) and for the class of each citation.

use crate::dates::Phrase;
use crate::language::Language;
use crate::load::sources::SourceText;
use std::cell::OnceCell;
use std::ops::Range;

/// A quote found in its source's text, with the sentence around it.
#[derive(Debug, Clone)]
pub struct Placed<'t> {
    /// The index of the cited source.
    pub source: usize,
    /// The sentence, or run of sentences, that the quote falls in (normalised text).
    pub sentence: &'t str,
    /// The words of the sentence before the quote, at each of its ellipses, and after it.
    pub before: &'t str,
    pub gaps: Vec<&'t str>,
    pub after: &'t str,
    /// The words of `after` that bear on the quote (see `bearing`), read once for the rules.
    bearing: &'t str,
    /// The clause that closes the sentence after a clause of its own (see `closing`).
    closing: &'t str,
    /// Where each part of the quote lies in `sentence`, in bytes.
    pub quoted: Vec<Range<usize>>,
    /// For each ellipsis, the sentence that the part after it stands in, when that is another
    /// sentence than the part before it stands in (the ellipsis joins two sentences).
    pub across: Vec<Option<&'t str>>,
    /// The sentences before and after `sentence` ("" at either end of the text): the speaker
    /// of a quote whose sentence goes on with quoted speech, and "This has not been
    /// independently confirmed" after it.
    pub previous: &'t str,
    pub next: &'t str,
    /// The few sentences before `previous`, nearest first: where quoted speech that goes on
    /// over several sentences says whose it is.
    pub earlier: Vec<&'t str>,
    /// The days `sentence` names, read when a date rule first asks (see `days`).
    days: OnceCell<Vec<Phrase<'t>>>,
}

/// How many sentences before `previous` a quote's speaker is looked for in.
const EARLIER: usize = 4;

/// How far, in bytes, the words read around a quote reach on each side of it. No real sentence
/// is as long; a text without full stops (a transcript) is one sentence of megabytes, and the
/// rules read it whole for every quote of it (minutes for a few hundred quotes).
pub const REACH: usize = 3000;

/// The part of `sentence` (a range of `text`) that lies at most `REACH` bytes from `span`,
/// cut at a space where there is one.
fn within(text: &str, sentence: Range<usize>, span: &Range<usize>) -> Range<usize> {
    let mut start = sentence.start;
    if span.start.saturating_sub(start) > REACH {
        let from = text.ceil_char_boundary(span.start - REACH);
        let space = text.get(from..span.start).and_then(|t| t.find(' '));
        start = space.map_or(from, |i| from + i + 1);
    }
    let mut end = sentence.end;
    if end.saturating_sub(span.end) > REACH {
        let to = text.floor_char_boundary(span.end + REACH);
        let space = text.get(span.end..to).and_then(|t| t.rfind(' '));
        end = space.map_or(to, |i| span.end + i);
    }
    start..end.max(start)
}

impl<'t> Placed<'t> {
    /// `parts` are where the quote's parts were found in `text.normalized`, in order.
    pub fn new(text: &'t SourceText, source: usize, parts: &[Range<usize>]) -> Option<Self> {
        let (first, last) = (parts.first()?, parts.last()?);
        let normalized = text.normalized.as_str();
        let quote = first.start..last.end;
        let whole = text.sentence_around(quote.clone());
        let sentence = within(normalized, whole.clone(), &quote);
        let piece = |from: usize, to: usize| normalized.get(from..to.max(from)).unwrap_or("");
        // A sentence around a quote: only its part near `at` (bounded as the quote's is).
        let near = |r: Range<usize>, at: &Range<usize>| {
            let r = within(normalized, r, at);
            piece(r.start, r.end)
        };
        let gaps = parts
            .windows(2)
            .map(|w| piece(w[0].end, w[1].start))
            .collect();
        let across = (parts.windows(2))
            .map(|w| {
                let next = text.sentence_around(w[1].clone());
                (text.sentence_around(w[0].clone()) != next).then(|| near(next, &w[1]))
            })
            .collect();
        // Each sentence before `end`, nearest first (its end, when it is long).
        let mut end = whole.start;
        let mut before = std::iter::from_fn(|| {
            let head = normalized.get(..end).unwrap_or("").trim_end();
            let at = head.len().checked_sub(1)?;
            let r = text.sentence_around(at..at);
            let found = near(r.start..r.end.min(end), &(end..end));
            end = r.start;
            Some(found)
        });
        let previous = before.next().unwrap_or("");
        let earlier = before.take(EARLIER).collect();
        let tail = normalized.get(whole.end..).unwrap_or("");
        let at = whole.end + (tail.len() - tail.trim_start().len());
        let next = if at < normalized.len() {
            let r = text.sentence_around(at..at);
            near(r.start.max(whole.end)..r.end, &(at..at))
        } else {
            ""
        };
        let after = piece(last.end, sentence.end);
        Some(Placed {
            source,
            previous,
            next,
            sentence: piece(sentence.start, sentence.end),
            before: piece(sentence.start, first.start),
            gaps,
            across,
            earlier,
            after,
            bearing: bearing(after),
            closing: closing(after, bearing(after)),
            quoted: (parts.iter())
                .map(|p| p.start - sentence.start..p.end - sentence.start)
                .collect(),
            days: OnceCell::new(),
        })
    }

    /// The days that `sentence` names, read as the source's `language` writes days; read once
    /// for all the date rules of the fact.
    pub fn days(&self, language: Option<&Language>) -> &[Phrase<'t>] {
        self.days
            .get_or_init(|| crate::dates::find_in(self.sentence, language))
    }

    /// The words of the sentence that the quote leaves out and that bear on what it quotes:
    /// all that comes before it and at its ellipses, and what follows it up to a clause that
    /// starts something else (", but says ...", ", while ..."). Pieces without a word are
    /// dropped.
    pub fn left_out(&self) -> impl Iterator<Item = &'t str> + '_ {
        std::iter::once(self.before)
            .chain(self.gaps.iter().copied())
            .chain(std::iter::once(self.bearing))
            .chain(std::iter::once(self.closing))
            .filter(|piece| piece.chars().any(char::is_alphanumeric))
    }

    /// The words after the quote that bear on it (as in `left_out`).
    pub fn after_bearing(&self) -> &'t str {
        self.bearing
    }
}

/// What follows a quote, up to the first clause that starts with a conjunction: ", the
/// ministry said." bears on the quote; ", but says its military has killed ..." does not.
fn bearing(after: &str) -> &str {
    // The words compared in any case, where they stand (no lowercase copy).
    let conjunction = |w: &str| CONJUNCTIONS.iter().any(|c| c.eq_ignore_ascii_case(w));
    let mut end = after.len();
    for at in memchr::memchr_iter(b',', after.as_bytes()) {
        let rest = &after[at + 1..];
        let next = rest.split_whitespace().next().unwrap_or("");
        // ", as well as the metro station, according to X" goes on with the same claim.
        let as_well_as =
            (rest.trim_start().get(..10)).is_some_and(|w| w.eq_ignore_ascii_case("as well as"));
        if conjunction(next) && !as_well_as {
            end = at;
            break;
        }
    }
    // A quote that ends its clause without a comma: "... conflict but says ...".
    let first = after.split_whitespace().next().unwrap_or("");
    if conjunction(first) {
        end = 0;
    }
    &after[..end]
}

/// The last clause of `after`, set off by a comma after the clause of its own that `bearing`
/// stops at, when it is short: "... but have not been charged|, according to a person
/// familiar with the matter.|" gives the whole sentence, the quote's clause too, to them.
/// Empty when `bearing` stops at no such clause. Whether it attributes is read by the rules.
fn closing<'a>(after: &'a str, bearing: &str) -> &'a str {
    if bearing.len() == after.len() {
        return "";
    }
    // A comma that sets off a clause, not one inside a number ("5,840").
    let sets_off = |at: usize| after[at + 1..].starts_with(char::is_whitespace);
    let mut commas = after.char_indices().rev();
    let Some(comma) = commas
        .find(|&(at, c)| c == ',' && sets_off(at))
        .map(|(at, _)| at)
        .filter(|&at| at > bearing.len())
    else {
        return "";
    };
    let last = &after[comma + 1..];
    let first = last.split_whitespace().next().unwrap_or("");
    let conjunction = CONJUNCTIONS.iter().any(|c| c.eq_ignore_ascii_case(first));
    if conjunction || last.split_whitespace().count() > 12 {
        return "";
    }
    last
}

/// Words that start a clause of its own after a quote.
const CONJUNCTIONS: &[&str] = &[
    "but", "and", "while", "whereas", "although", "though", "as", "because", "which", "who",
    "where", "when", "after", "before", "since", "so", "yet", "or", "nor", "if", "until", "adding",
    "saying", "noting", "warning",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_around_a_quote_and_at_its_ellipsis_are_left_out() {
        let text = SourceText::new(
            "Earlier news. Kherson has been taken over by the Russian forces, according to \
             media reports citing Russia's defence ministry. Later news.",
            None,
        );
        let at = |s: &str| {
            let i = text.normalized.find(s).unwrap();
            i..i + s.len()
        };
        let placed = Placed::new(
            &text,
            0,
            &[at("Kherson has been"), at("the Russian forces")],
        )
        .unwrap();
        assert!(placed.sentence.starts_with("Kherson has been taken"));
        assert!(placed.sentence.ends_with("defence ministry."));
        assert_eq!(
            placed.left_out().collect::<Vec<_>>(),
            [
                " taken over by ",
                ", according to media reports citing Russia's defence ministry."
            ]
        );
    }

    #[test]
    fn the_sentences_before_and_after_are_read() {
        let text = SourceText::new(
            "\"We have evacuated 1,200 people,\" a spokesperson said. \"No one is missing.\" \
             This has not been confirmed.",
            None,
        );
        let quote = "No one is missing.";
        let at = text.normalized.find(quote).unwrap();
        let whole = at..at + quote.len();
        let placed = Placed::new(&text, 0, std::slice::from_ref(&whole)).unwrap();
        assert!(
            placed.previous.ends_with("a spokesperson said."),
            "{placed:?}"
        );
        assert!(placed.previous.starts_with("\"We have"), "{placed:?}");
        assert_eq!(placed.next.trim(), "This has not been confirmed.");
        let start = 1..8;
        let first = Placed::new(&text, 0, std::slice::from_ref(&start)).unwrap();
        assert_eq!(first.previous, "");
    }

    #[test]
    fn only_the_words_near_a_quote_are_read_of_a_sentence_of_megabytes() {
        let long = "and the convoy reached the village ".repeat(30_000);
        let text = SourceText::new(
            &format!("Before it. Officials said {long}the trucks came {long}today. After it."),
            None,
        );
        let at = text.normalized.find("the trucks came").unwrap();
        let quote = at..at + "the trucks came".len();
        let placed = Placed::new(&text, 0, std::slice::from_ref(&quote)).unwrap();
        assert!(placed.before.len() <= REACH && placed.before.len() > REACH - 40);
        assert!(placed.after.len() <= REACH && placed.after.len() > REACH - 40);
        // Cut between words.
        let words = ["and", "the", "convoy", "reached", "village"];
        let first = placed.sentence.split(' ').next().unwrap();
        let last = placed.after.rsplit(' ').next().unwrap();
        assert!(
            words.contains(&first) && words.contains(&last),
            "{first} {last}"
        );
        let quoted = placed.before.len()..placed.before.len() + 15;
        assert_eq!(placed.quoted, vec![quoted]);
        assert_eq!((placed.previous, placed.next), ("Before it.", "After it."));
    }

    #[test]
    fn a_clause_of_its_own_after_the_quote_is_not_about_it() {
        let text = SourceText::new(
            "Ukraine has not released data on its military casualties, but says its military \
             has killed 5,840 Russian soldiers.",
            None,
        );
        let quote = "Ukraine has not released data on its military casualties";
        let whole = 0..quote.len();
        let placed = Placed::new(&text, 0, std::slice::from_ref(&whole)).unwrap();
        assert_eq!(placed.left_out().count(), 0);
        assert!(placed.after.contains("but says"));
    }
}
