//! Where a stretch of a source's normalised text stands in the file, and its words as the file
//! has them: what `quote` and `suggest` print, so that the user pastes the article's own
//! characters (curly quotes and all) and finds the place in an editor.
//!
//! Normalisation folds white space and changes characters one for one (quotes, dashes), so
//! the n-th word of the normalised text is the n-th run of non-space characters of the file:
//! a position is carried over as a word and a character within it.

use crate::text;
use std::ops::Range;

/// Words of a source's text as the file has them, with their line and column (1-based; the
/// column counts characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The file's characters, each run of white space made one space. Its normalisation is
    /// exactly the stretch of the normalised text it was made from, so `check` finds it.
    pub text: String,
    pub line: usize,
    pub column: usize,
}

/// The words of a file and of its normalised text, side by side.
pub struct Words<'t> {
    original: &'t str,
    normalized: &'t str,
    /// Where each word starts in the normalised text, and in the file.
    normalized_starts: Vec<usize>,
    original_starts: Vec<usize>,
}

impl<'t> Words<'t> {
    pub fn new(original: &'t str, normalized: &'t str) -> Self {
        Words {
            original,
            normalized,
            normalized_starts: starts(normalized),
            original_starts: starts(original),
        }
    }

    /// The stretch `range` of the normalised text, as the file has it and where.
    pub fn locate(&self, range: Range<usize>) -> Located {
        let want = self.normalized.get(range.clone()).unwrap_or("");
        let start = self.in_file(range.start);
        let end = self.in_file(range.end).max(start);
        let as_filed = text::collapse_spaces(self.original.get(start..end).unwrap_or(""));
        // A file that is not in NFC may compose differently in a piece than in the whole:
        // then the normalised words are shown, which `check` finds all the same.
        let text = if text::normalize(&as_filed) == want {
            as_filed
        } else {
            want.to_owned()
        };
        let (line, column) = line_column(self.original, start);
        Located { text, line, column }
    }

    /// The file's text.
    pub fn original(&self) -> &'t str {
        self.original
    }

    /// The stretch `range` of the normalised text as the file has it, line breaks and all.
    pub fn as_filed(&self, range: Range<usize>) -> &'t str {
        let start = self.in_file(range.start);
        let end = self.in_file(range.end).max(start);
        self.original.get(start..end).unwrap_or("")
    }

    /// The byte of the file that the byte `at` of the normalised text stands for.
    fn in_file(&self, at: usize) -> usize {
        // The word that `at` is in (or just after), and how many characters into it.
        let word = self.normalized_starts.partition_point(|&s| s <= at);
        let Some(word) = word.checked_sub(1) else {
            return self.original_starts.first().copied().unwrap_or(0);
        };
        let from = self.normalized_starts[word];
        let chars = self
            .normalized
            .get(from..at)
            .map_or(0, |s| s.chars().count());
        let Some(&start) = self.original_starts.get(word) else {
            return self.original.len();
        };
        let rest = &self.original[start..];
        rest.char_indices()
            .nth(chars)
            .map_or(self.original.len(), |(i, _)| start + i)
    }
}

/// Where each run of non-white-space characters starts.
fn starts(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut in_space = true;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_space && !space {
            found.push(i);
        }
        in_space = space;
    }
    found
}

/// The 1-based line and column (in characters) of the byte `at` of `text`.
pub fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stretch_of_the_normalised_text_is_found_in_the_file_as_written() {
        let original = "Headline\n\n  \u{201c}The city,\n fell\u{201d}, he said.\u{a0}More.";
        let normalized = text::normalize(original);
        let words = Words::new(original, &normalized);
        let at = normalized.find("\"The").unwrap();
        let end = normalized.find(", he").unwrap();
        let found = words.locate(at..end);
        assert_eq!(found.text, "\u{201c}The city, fell\u{201d}");
        assert_eq!((found.line, found.column), (3, 3));
        let more = normalized.find("More").unwrap();
        let found = words.locate(more..more + 4);
        assert_eq!(
            (found.text.as_str(), found.line, found.column),
            ("More", 4, 18)
        );
    }
}
