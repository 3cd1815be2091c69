//! Findings are plain data: the JSON output serialises them as they are.

use crate::load::spanned::Pos;
use crate::rules::{Rule, Severity};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub fact: Option<String>,
    pub source: Option<String>,
    pub file: String,
    /// Where the finding starts: 1-based, the column counted in characters (Unicode scalar
    /// values, a tab being one), as the loader counts them.
    pub line: u32,
    pub column: u32,
    /// Where it ends: the line, and the column just after its last character, in the same
    /// unit (see [`Finding::set_end`]); filled in once every finding is made.
    pub end_line: u32,
    pub end_column: u32,
    pub message: String,
    /// The file of the source that a rule about a source file (`source-file-missing`,
    /// `source-hash-mismatch`, `source-is-html`) is about, as the facts file writes it:
    /// relative to the folder that holds it. `--format sarif` gives it as a related location.
    #[serde(skip)]
    pub source_file: Option<String>,
    /// How many characters from `column` the finding is about (the number in a statement);
    /// `None`: the rest of its line. [`Finding::set_end`] makes it `end_column`.
    #[serde(skip)]
    pub width: Option<u32>,
}

impl Finding {
    pub fn new(rule: Rule, pos: Pos, message: impl Into<String>) -> Self {
        Finding {
            rule,
            severity: rule.severity(),
            fact: None,
            source: None,
            file: String::new(),
            line: pos.line,
            column: pos.column,
            end_line: pos.line,
            end_column: pos.column,
            message: message.into(),
            source_file: None,
            width: None,
        }
    }

    pub fn width(mut self, chars: usize) -> Self {
        self.width = u32::try_from(chars).ok();
        self
    }

    pub fn fact(mut self, id: impl Into<String>) -> Self {
        self.fact = Some(id.into());
        self
    }

    pub fn source(mut self, id: impl Into<String>) -> Self {
        self.source = Some(id.into());
        self
    }

    pub fn source_file(mut self, file: impl Into<String>) -> Self {
        self.source_file = Some(file.into());
        self
    }

    pub fn pos(&self) -> Pos {
        Pos::new(self.line, self.column)
    }

    /// Sets where the finding ends, from the characters of its line (`None` when the file has
    /// no such line). A finding lies on one line: it ends `width` characters after its column,
    /// or, without a width (a whole value, field, fact or source entry, which the finding
    /// points at by its first line), at the last character of the line that is not white
    /// space. It covers at least the character at its column, never more than the line, and
    /// is empty (`end_column == column`) only where its line has no character at its column.
    pub fn set_end(&mut self, line: Option<LineChars>) {
        self.end_line = self.line;
        let Some(LineChars { chars, text_chars }) = line else {
            self.end_column = self.column.saturating_add(self.width.unwrap_or(0));
            return;
        };
        let end = match self.width {
            Some(width) => self.column.saturating_add(width).min(chars + 1),
            None => text_chars + 1,
        };
        // At least the character at the column, where the line has one.
        let one = self.column.saturating_add(1).min(chars + 1);
        self.end_column = end.max(one).max(self.column);
    }
}

/// How many characters a line has, all of them and those before its trailing white space:
/// counted once for a line, however many findings it holds.
#[derive(Clone, Copy, Debug)]
pub struct LineChars {
    pub chars: u32,
    pub text_chars: u32,
}

impl LineChars {
    pub fn of(line: &str) -> Self {
        LineChars {
            chars: count(line),
            text_chars: count(without_comment(line).trim_end()),
        }
    }
}

/// The line without a YAML comment at its end (`value: 498   # a plain number`): a `#` after
/// white space, outside quotation marks. A finding about the value is not about the comment.
fn without_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    let mut prev = ' ';
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match quote {
            Some('"') if escaped => escaped = false,
            Some('"') if c == '\\' => escaped = true,
            // '' is a quotation mark inside single quotes.
            Some('\'') if c == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                chars.next();
            }
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '#' && prev.is_whitespace() && at > 0 => return &line[..at],
            None if matches!(c, '"' | '\'') && (prev.is_whitespace() || "[{,:-".contains(prev)) => {
                quote = Some(c);
            }
            None => {}
        }
        prev = c;
    }
    line
}

fn count(s: &str) -> u32 {
    u32::try_from(s.chars().count()).unwrap_or(u32::MAX)
}

/// A finding that its fact accepts with an `allow` entry, and the reason it gives: counted in
/// the summary (`allowed`), and listed by `--format sarif` as a suppressed result.
#[derive(Clone, Debug, PartialEq)]
pub struct Accepted {
    pub finding: Finding,
    pub reason: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub facts: usize,
    pub sources: usize,
    pub errors: usize,
    pub warnings: usize,
    pub allowed: usize,
    /// Findings of severity `info` (such as `single-source`): counted, not listed.
    pub info: usize,
    /// The file could not be read as YAML of the facts file's shape, so nothing in it was
    /// counted or checked.
    #[serde(skip)]
    pub unparsed: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    /// Errors and warnings.
    pub findings: Vec<Finding>,
    pub summary: Summary,
    /// Findings of severity `info`, listed only on request (`--verbose`).
    #[serde(skip)]
    pub notes: Vec<Finding>,
    /// How each citation of each fact supports its statement, in the order of the facts file
    /// (empty when the file could not be read): the briefing counts the sources that state it.
    #[serde(skip)]
    pub support: Vec<Vec<crate::check::Support>>,
    /// The sources of each fact that state it in another's copy (the same words around the
    /// quote), in the order of the facts file: the briefing counts them as one original source.
    #[serde(skip)]
    pub copies: Vec<Vec<crate::check::Copy>>,
    /// For each source, the index of the first source that is the same article
    /// (`duplicate-source`), or its own (empty when the file could not be read): the briefing
    /// counts one article once.
    #[serde(skip)]
    pub same_as: Vec<usize>,
    /// The findings that their facts accept (`allow`), in file order; `summary.allowed`
    /// counts them.
    #[serde(skip)]
    pub accepted: Vec<Accepted>,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.summary.errors > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_at_the_end_of_a_line_is_not_its_text() {
        assert_eq!(
            without_comment("      value: 498   # a plain number"),
            "      value: 498   "
        );
        assert_eq!(
            without_comment("  quote: \"a # b\"  # note"),
            "  quote: \"a # b\"  "
        );
        assert_eq!(
            without_comment("  quote: 'it''s # x' # n"),
            "  quote: 'it''s # x' "
        );
        assert_eq!(
            without_comment("  q: \"a \\\" # b\" # c"),
            "  q: \"a \\\" # b\" "
        );
        assert_eq!(
            without_comment("  url: https://x.org/#part"),
            "  url: https://x.org/#part"
        );
        assert_eq!(LineChars::of("  value: 498  # x").text_chars, 12);
    }

    fn ended(column: u32, width: Option<usize>, line: Option<&str>) -> (u32, u32) {
        let mut f = Finding::new(Rule::Unverified, Pos::new(3, column), "m");
        if let Some(w) = width {
            f = f.width(w);
        }
        f.set_end(line.map(LineChars::of));
        (f.end_line, f.end_column)
    }

    #[test]
    fn a_finding_ends_after_its_width_or_at_the_end_of_its_line() {
        // "  - id: café  " : `café` is columns 9 to 12, the line's text ends at 12.
        let line = Some("  - id: café  ");
        assert_eq!(ended(9, Some(4), line), (3, 13));
        assert_eq!(ended(5, None, line), (3, 13));
        // Never past the line, always the character at its column.
        assert_eq!(ended(9, Some(40), line), (3, 15));
        assert_eq!(ended(14, None, line), (3, 15));
        // Past the end of its line, or on no line: empty.
        assert_eq!(ended(20, None, line), (3, 20));
        assert_eq!(ended(1, None, None), (3, 1));
        assert_eq!(ended(2, Some(3), None), (3, 5));
    }
}
