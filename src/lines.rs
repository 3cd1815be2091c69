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

/// The byte offset of character `chars` (from 0) of `line`; its length when it has fewer.
pub fn char_to_byte(line: &str, chars: usize) -> usize {
    line.char_indices()
        .nth(chars)
        .map_or(line.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
