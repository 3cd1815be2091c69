//! The lines of the facts file, found once without copying it: findings name a line, and the
//! outputs need its text (the snippet under a finding, where a finding ends, its fingerprint).

pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        Lines { text, starts }
    }

    /// Line `n` (1-based) without its line ending; `None` for line 0 or past the last line.
    pub fn get(&self, n: u32) -> Option<&'a str> {
        let i = (n as usize).checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).map_or(self.text.len(), |&e| e);
        if start >= self.text.len() {
            return None;
        }
        Some(self.text[start..end].trim_end_matches(['\n', '\r']))
    }
}

/// The lines of a text read front to back, for findings in the order of the file: nothing is
/// indexed, and each line is found from the one asked for before it.
pub struct Forward<'a> {
    text: &'a str,
    /// The line (1-based) that starts at byte `start`.
    line: u32,
    start: usize,
}

impl<'a> Forward<'a> {
    pub fn new(text: &'a str) -> Self {
        Forward {
            text,
            line: 1,
            start: 0,
        }
    }

    /// Line `n` (1-based) without its line ending; `None` for line 0 or past the last line. A
    /// line before the one asked for last is found again from the start of the text.
    pub fn get(&mut self, n: u32) -> Option<&'a str> {
        if n < self.line {
            (self.line, self.start) = (1, 0);
        }
        while self.line < n {
            let rest = self.text.as_bytes().get(self.start..)?;
            self.start += memchr::memchr(b'\n', rest)? + 1;
            self.line += 1;
        }
        let rest = self
            .text
            .get(self.start..)
            .filter(|r| n > 0 && !r.is_empty())?;
        let end = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
        Some(rest[..end].trim_end_matches('\r'))
    }
}

/// The byte offset of character `chars` (from 0) of `line`; its length when it has fewer.
pub fn char_to_byte(line: &str, chars: usize) -> usize {
    line.char_indices()
        .nth(chars)
        .map_or(line.len(), |(i, _)| i)
}

/// A line longer than this, in bytes, is worth a [`CharIndex`] when it holds many findings.
pub const LONG_LINE: usize = 4096;

/// Characters between two marks of a [`CharIndex`].
const STEP: usize = 1024;

/// Where every `STEP`th character of a text is, in bytes: columns and byte offsets are then
/// found by counting at most `STEP` characters, not from the start. A flow-style facts file
/// can be one line of megabytes, and each of thousands of findings on it needs its columns.
pub struct CharIndex {
    marks: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let marks = text.char_indices().step_by(STEP).map(|(i, _)| i).collect();
        CharIndex { marks }
    }

    /// The byte offset of character `n` (from 0) of `text`, the text indexed; its length when
    /// it has fewer.
    pub fn byte(&self, text: &str, n: usize) -> usize {
        match self.marks.get(n / STEP) {
            Some(&mark) => mark + char_to_byte(&text[mark..], n % STEP),
            None => text.len(),
        }
    }

    /// How many characters of `text`, the text indexed, come before byte `at` (a character
    /// boundary).
    pub fn chars_before(&self, text: &str, at: usize) -> usize {
        let m = self
            .marks
            .partition_point(|&mark| mark <= at)
            .saturating_sub(1);
        let mark = self.marks.get(m).copied().unwrap_or(0);
        m * STEP + text[mark..at].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_finds_what_counting_from_the_start_finds() {
        let text: String = "aé😀\tz".repeat(1500);
        let index = CharIndex::new(&text);
        let chars = text.chars().count();
        for n in [0, 1, 2, 1023, 1024, 1025, 4000, chars - 1, chars, chars + 5] {
            let byte = index.byte(&text, n);
            assert_eq!(byte, char_to_byte(&text, n), "{n}");
            assert_eq!(index.chars_before(&text, byte), n.min(chars), "{n}");
        }
        let empty = CharIndex::new("");
        assert_eq!((empty.byte("", 3), empty.chars_before("", 0)), (0, 0));
    }

    #[test]
    fn lines_are_numbered_from_one_without_their_endings() {
        let lines = Lines::new("a: 1\r\nb: 2\n\nc");
        assert_eq!(lines.get(0), None);
        assert_eq!(lines.get(1), Some("a: 1"));
        assert_eq!(lines.get(2), Some("b: 2"));
        assert_eq!(lines.get(3), Some(""));
        assert_eq!(lines.get(4), Some("c"));
        assert_eq!(lines.get(5), None);
        assert_eq!(Lines::new("a\n").get(2), None);
    }

    #[test]
    fn read_forward_lines_are_the_indexed_ones_in_any_order() {
        let text = "a: 1\r\nb: 2\n\nc\r\r\n\nd";
        let lines = Lines::new(text);
        let mut forward = Forward::new(text);
        for n in [0, 1, 1, 2, 4, 3, 5, 6, 7, 8, 2, 9, 7] {
            assert_eq!(forward.get(n), lines.get(n), "line {n}");
        }
    }
}
