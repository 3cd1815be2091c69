//! The facts format as typed values (`../shared/CONTRACT.md` §1).
//!
//! Required fields are `#[serde(default)]` so that the loader can report every missing one at
//! the position of its fact rather than stopping at the first; `required_missing` lists them.
//! Values that must have a shape (ids, dates, addresses, hashes, rule names) are checked while
//! they are read, so a bad one is reported at its own line and column.

use super::spanned::Spanned;
use crate::rules::{Rule, Severity};
use serde::{Deserialize, Deserializer, de};
use std::fmt;

#[derive(Debug, Clone, Default)]
pub struct FactsFile {
    pub briefing: Spanned<Briefing>,
    pub sources: Vec<Spanned<Source>>,
    pub facts: Vec<Spanned<Fact>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    #[serde(default)]
    pub title: Spanned<String>,
    #[serde(default)]
    pub as_of: Spanned<Date>,
    pub summary: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[serde(default)]
    pub id: Spanned<Id>,
    #[serde(default)]
    pub title: Spanned<String>,
    #[serde(default)]
    pub publisher: Spanned<String>,
    pub published: Option<Spanned<Date>>,
    pub url: Option<Spanned<HttpUrl>>,
    pub file: Option<Spanned<String>>,
    pub sha256: Option<Spanned<Sha256>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    #[serde(default)]
    pub id: Spanned<Id>,
    #[serde(default)]
    pub statement: Spanned<String>,
    #[serde(default)]
    pub topic: Spanned<String>,
    pub location: Option<Spanned<String>>,
    pub date: Option<Spanned<Date>>,
    pub claimed_by: Option<Spanned<String>>,
    pub figure: Option<Spanned<Figure>>,
    /// Missing (no position) and empty are both `unsourced`, not a format error.
    #[serde(default)]
    pub sources: Spanned<Vec<Spanned<Citation>>>,
    pub verified_by: Option<Spanned<String>>,
    pub verified_on: Option<Spanned<Date>>,
    #[serde(default)]
    pub allow: Vec<Spanned<Allow>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    #[serde(default)]
    pub source: Spanned<Id>,
    pub quote: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    #[serde(default)]
    pub value: Spanned<Number>,
    #[serde(default)]
    pub label: Spanned<String>,
    /// What is counted, in words ("Russian soldiers killed"). Figures of different facts with
    /// the same measure are shown side by side, each with who claims it.
    pub measure: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    #[serde(default)]
    pub rule: Spanned<AllowedRule>,
    #[serde(default)]
    pub reason: Spanned<String>,
}

/// A required field that is absent or blank: `(field name, position of its parent)`.
pub type Missing = (&'static str, super::spanned::Pos);

fn require_text(
    out: &mut Vec<Missing>,
    name: &'static str,
    field: &Spanned<String>,
    parent: super::spanned::Pos,
) {
    if field.is_missing() || field.value.trim().is_empty() {
        let at = if field.is_missing() {
            parent
        } else {
            field.pos
        };
        out.push((name, at));
    }
}

fn require<T>(
    out: &mut Vec<Missing>,
    name: &'static str,
    field: &Spanned<T>,
    parent: super::spanned::Pos,
) {
    if field.is_missing() {
        out.push((name, parent));
    }
}

impl Briefing {
    pub fn required_missing(&self, at: super::spanned::Pos) -> Vec<Missing> {
        let mut out = Vec::new();
        require_text(&mut out, "title", &self.title, at);
        require(&mut out, "as_of", &self.as_of, at);
        out
    }
}

impl Source {
    pub fn required_missing(&self, at: super::spanned::Pos) -> Vec<Missing> {
        let mut out = Vec::new();
        require(&mut out, "id", &self.id, at);
        require_text(&mut out, "title", &self.title, at);
        require_text(&mut out, "publisher", &self.publisher, at);
        out
    }
}

impl Fact {
    pub fn required_missing(&self, at: super::spanned::Pos) -> Vec<Missing> {
        let mut out = Vec::new();
        require(&mut out, "id", &self.id, at);
        require_text(&mut out, "statement", &self.statement, at);
        require_text(&mut out, "topic", &self.topic, at);
        for citation in &self.sources.value {
            require(&mut out, "source", &citation.value.source, citation.pos);
        }
        if let Some(figure) = &self.figure {
            require(&mut out, "value", &figure.value.value, figure.pos);
            require_text(&mut out, "label", &figure.value.label, figure.pos);
        }
        for allow in &self.allow {
            require(&mut out, "rule", &allow.value.rule, allow.pos);
            require_text(&mut out, "reason", &allow.value.reason, allow.pos);
        }
        out
    }
}

/// Reads a string and checks it with `parse`, whose error becomes the finding's message.
fn parse_str<'de, D, T>(
    deserializer: D,
    parse: impl FnOnce(String) -> Result<T, String>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let text = String::deserialize(deserializer)?;
    parse(text).map_err(de::Error::custom)
}

/// An id of a fact or a source: `[a-z0-9][a-z0-9-]*`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(pub String);

impl Id {
    pub fn parse(text: String) -> Result<Id, String> {
        let valid = text
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if valid {
            Ok(Id(text))
        } else {
            Err(format!(
                "`{}` is not a valid id: use lowercase letters, digits and hyphens, \
                 starting with a letter or digit (like `kherson-taken`)",
                super::yaml::preview(&text)
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_str(deserializer, Id::parse)
    }
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub jiff::civil::Date);

impl Date {
    pub fn parse(text: &str) -> Result<Date, String> {
        let b = text.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape {
            return Err(format!(
                "`{}` is not a date: write dates as YYYY-MM-DD, like 2022-03-02",
                super::yaml::preview(text)
            ));
        }
        let number = |r: std::ops::Range<usize>| text[r].parse::<i16>().unwrap_or(0);
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        let month = i8::try_from(month).unwrap_or(0);
        let day = i8::try_from(day).unwrap_or(0);
        jiff::civil::Date::new(year, month, day)
            .map(Date)
            .map_err(|_| {
                format!("`{text}` is not a day of the calendar: check the month and the day")
            })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_str(deserializer, |t| Date::parse(&t))
    }
}

/// An http or https address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HttpUrl(pub String);

impl HttpUrl {
    pub fn parse(text: String) -> Result<HttpUrl, String> {
        let lower = text.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"));
        let host_ok = rest.is_some_and(|r| {
            let host = r.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty()
        });
        let clean = !text.chars().any(|c| c.is_whitespace() || c.is_control());
        if host_ok && clean {
            Ok(HttpUrl(text))
        } else {
            Err(format!(
                "`{}` is not an http(s) address: write the full address, starting https://",
                super::yaml::preview(&text)
            ))
        }
    }
}

impl<'de> Deserialize<'de> for HttpUrl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_str(deserializer, HttpUrl::parse)
    }
}

/// A SHA-256 digest written as 64 hexadecimal digits (kept in lowercase).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sha256(pub String);

impl<'de> Deserialize<'de> for Sha256 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_str(deserializer, |text| {
            if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
                Ok(Sha256(text.to_ascii_lowercase()))
            } else {
                Err(format!(
                    "`{}` is not a sha256: it is 64 hexadecimal digits (`sha256sum FILE` prints it)",
                    super::yaml::preview(&text)
                ))
            }
        })
    }
}

/// A figure's value: a YAML number, kept with the digits it was written with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Number {
    pub value: f64,
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(deserializer)?;
        Ok(Number { value })
    }
}

/// The rule named by an `allow` entry: a known warning rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AllowedRule(pub Rule);

impl Default for AllowedRule {
    fn default() -> Self {
        AllowedRule(Rule::Unverified)
    }
}

impl<'de> Deserialize<'de> for AllowedRule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_str(deserializer, |name| match Rule::from_name(&name) {
            Some(rule) if rule.severity() == Severity::Warning => Ok(AllowedRule(rule)),
            Some(rule) => Err(format!(
                "`{rule}` is an error rule and cannot be allowed: fix what it finds"
            )),
            None => {
                let names: Vec<&str> = Rule::names().collect();
                let message = super::de::unknown_key_message(&name, &names);
                Err(message.replacen("unknown field", "unknown rule", 1))
            }
        })
    }
}
