//! `factsheet quote`: the passage of a source that words given by the user come closest to,
//! found as `check` finds a quote (exactly, after normalisation) or, failing that, with the
//! aligner of the `quote-not-found` message, so that what it prints pastes as a quote that
//! `check` finds.

use super::located::{Located, Words};
use crate::check::passage::{Closest, Difference, Index};
use crate::load::sources::SourceText;
use crate::text;

/// How many windows the search for the closest passage may score: as many as `check` allows
/// one quote.
const WINDOWS: usize = 1_000_000;

/// What the search found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// The words are in the source as they are (each part, when `...` leaves words out).
    Exact {
        parts: Vec<Located>,
        /// How many times the words (the first part) occur in the source.
        times: usize,
    },
    /// The passage the words come closest to, and how the words differ from it.
    Closest {
        passage: Located,
        differences: Vec<Difference>,
    },
    /// No word of them is in the source.
    Nothing,
    /// The closest passage could not be made certain within the search's budget.
    OverBudget,
}

impl Found {
    /// The quote to paste: the parts joined by ` ... `.
    pub fn quote(&self) -> Option<String> {
        match self {
            Found::Exact { parts, .. } => Some(
                (parts.iter())
                    .map(|p| p.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ... "),
            ),
            Found::Closest { passage, .. } => Some(passage.text.clone()),
            Found::Nothing | Found::OverBudget => None,
        }
    }
}

/// The passage of `text` (read from the file `original`) that `wanted` matches or comes
/// closest to.
pub fn find(original: &str, text: &SourceText, wanted: &str) -> Found {
    let words = Words::new(original, &text.normalized);
    let normalized = text::normalize(wanted);
    let parts = text::quote_parts(&normalized);
    if parts.is_empty() {
        return Found::Nothing;
    }
    if let Ok(at) = text::find_parts(&text.normalized, &parts) {
        let times = occurrences(&text.normalized, parts.first().copied().unwrap_or(""));
        let parts = (at.iter().zip(&parts))
            .map(|(&at, part)| words.locate(at..at + part.len()))
            .collect();
        return Found::Exact { parts, times };
    }
    let Some(index) = Index::new(&text.normalized) else {
        return Found::OverBudget;
    };
    // The words are aligned as one run: an ellipsis stands for words the passage has.
    let joined = parts.join(" ");
    match index.closest(&joined, WINDOWS).0 {
        Closest::Passage(p) => Found::Closest {
            passage: words.locate(p.span),
            differences: p.differences,
        },
        Closest::Nothing => Found::Nothing,
        Closest::OverBudget => Found::OverBudget,
    }
}

fn occurrences(text: &str, part: &str) -> usize {
    if part.is_empty() {
        return 0;
    }
    memchr::memmem::find_iter(text.as_bytes(), part.as_bytes()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Kherson fell.\n\nThe mayor, Igor Kolykhaiev, said on Wednesday that \
                           \u{201c}about 2,000 people\u{201d} had left the regional center.\n";

    fn found(wanted: &str) -> Found {
        find(ARTICLE, &SourceText::new(ARTICLE, None), wanted)
    }

    #[test]
    fn exact_words_are_found_where_the_file_has_them() {
        let Found::Exact { parts, times } = found("\"about 2,000 people\" had left") else {
            panic!("not exact");
        };
        assert_eq!(times, 1);
        assert_eq!(parts[0].text, "\u{201c}about 2,000 people\u{201d} had left");
        assert_eq!((parts[0].line, parts[0].column), (3, 52));
    }

    #[test]
    fn misremembered_words_give_the_passage_and_what_differs() {
        let Found::Closest {
            passage,
            differences,
        } = found("had left the regional centre")
        else {
            panic!("no passage");
        };
        assert_eq!(passage.text, "had left the regional center");
        assert_eq!(differences.len(), 1);
        assert_eq!(differences[0].quote, ["centre"]);
        assert_eq!(differences[0].source, ["center"]);
        let pasted = text::normalize(&passage.text);
        assert!(SourceText::new(ARTICLE, None).normalized.contains(&pasted));
    }

    #[test]
    fn words_the_source_does_not_have_find_nothing() {
        assert_eq!(found("zebra xylophone"), Found::Nothing);
        assert_eq!(found(" ... "), Found::Nothing);
    }
}
