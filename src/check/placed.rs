//! Where a quote stands in its source: the sentence it falls in and the words of that sentence
//! it leaves out, for the rules that read the words around a quote (`attribution-cut`,
//! `hedge-dropped`, the date rules) and for the class of each citation.

use crate::load::sources::SourceText;
use std::ops::Range;

/// A quote found in its source's text, with the sentence around it.
#[derive(Debug, Clone)]
pub struct Placed<'t> {
    /// The index of the cited source.
    pub source: usize,
    /// The sentence, or run of sentences, that the quote falls in (normalised text).
    pub sentence: &'t str,
    /// The words of the sentence that the quote leaves out: before it, at each of its ellipses,
    /// after it; pieces of nothing but spaces and punctuation are dropped.
    pub left_out: Vec<&'t str>,
}

impl<'t> Placed<'t> {
    /// `parts` are where the quote's parts were found in `text.normalized`, in order.
    pub fn new(text: &'t SourceText, source: usize, parts: &[Range<usize>]) -> Option<Self> {
        let (first, last) = (parts.first()?, parts.last()?);
        let sentence = text.sentence_around(first.start..last.end);
        let normalized = text.normalized.as_str();
        let mut left_out = Vec::new();
        let mut from = sentence.start;
        for part in parts {
            left_out.push(normalized.get(from..part.start.max(from)).unwrap_or(""));
            from = part.end.max(from);
        }
        left_out.push(normalized.get(from..sentence.end.max(from)).unwrap_or(""));
        left_out.retain(|piece| piece.chars().any(char::is_alphanumeric));
        Some(Placed {
            source,
            sentence: normalized.get(sentence).unwrap_or(""),
            left_out,
        })
    }
}

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
            placed.left_out,
            [
                " taken over by ",
                ", according to media reports citing Russia's defence ministry."
            ]
        );
    }
}
