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
    pub line: u32,
    pub column: u32,
    pub message: String,
    /// How many characters from `column` the finding is about (the number in a statement),
    /// for the snippet's underline; `None`: to the end of the line.
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
            message: message.into(),
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

    pub fn pos(&self) -> Pos {
        Pos::new(self.line, self.column)
    }
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
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.summary.errors > 0
    }
}
