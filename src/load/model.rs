//! The facts format as typed values (`../shared/CONTRACT.md` §1).
//!
//! Required fields are `#[serde(default)]` so that the loader can report every missing one at
//! the position of its fact rather than stopping at the first; `required_missing` lists them.
//! Values that must have a shape (ids, dates, addresses, hashes, rule names) are checked while
//! they are read, so a bad one is reported at its own line and column.

use super::spanned::Spanned;
pub use crate::language::Language;
use crate::rules::{Rule, Severity};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, de};
use std::fmt;

/// A facts file: the briefing, the sources it draws on, and the facts, each citing its sources.
// The loader reads the three keys itself, item by item; this type is what it produces, and
// the schema of the file.
#[derive(Debug, Clone, Default, JsonSchema)]
#[schemars(deny_unknown_fields, title = "factsheet facts file")]
pub struct FactsFile {
    /// The briefing's title, date and lead.
    pub briefing: Spanned<Briefing>,
    /// The articles the facts are drawn from.
    #[schemars(default)]
    pub sources: Vec<Spanned<Source>>,
    /// The facts, each citing its sources with their own words.
    pub facts: Vec<Spanned<Fact>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema_requires::<Briefing>)]
pub struct Briefing {
    /// The briefing's title.
    #[serde(default)]
    pub title: Spanned<String>,
    /// The day the briefing describes the situation on (YYYY-MM-DD).
    #[serde(default)]
    pub as_of: Spanned<Date>,
    /// An optional one-paragraph lead (inline Markdown; raw HTML is shown as text).
    pub summary: Option<Spanned<String>>,
    /// The facts whose figures lead the key-figures panel, in the order given (ids of facts
    /// with a `figure`, each once). Without it, every figure is in the panel, in briefing
    /// order; with it, a figure it leaves out is shown with its own fact (and in the
    /// comparison of its measure) only.
    pub key_figures: Option<Spanned<Vec<Spanned<Id>>>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema_requires::<Source>)]
pub struct Source {
    /// A unique id that citations use: lowercase letters, digits and hyphens.
    #[serde(default)]
    pub id: Spanned<Id>,
    /// The article's headline, as published. Leave it out when it is not known (say why in
    /// `note`): a title is shown as a headline, in quotation marks.
    pub title: Option<Spanned<String>>,
    /// Who wrote it, as the byline names them ("Jane Doe and John Roe"). Plain text.
    pub author: Option<Spanned<String>>,
    /// Who published it (`unknown` is allowed, and the check warns).
    #[serde(default)]
    pub publisher: Spanned<String>,
    /// The day it was published (YYYY-MM-DD).
    pub published: Option<Spanned<Date>>,
    /// Its address (http or https only).
    pub url: Option<Spanned<HttpUrl>>,
    /// The address of an archived copy of the page, as it was when read (web.archive.org,
    /// archive.today; http or https only), for when the original changes or goes.
    pub archive_url: Option<Spanned<HttpUrl>>,
    /// The day the article was read or saved (YYYY-MM-DD): what the text on file is as of.
    pub accessed: Option<Spanned<Date>>,
    /// Its text, relative to the facts file; quotes are verified against it.
    pub file: Option<Spanned<String>>,
    /// The SHA-256 of the file's bytes, to notice when the file changes.
    pub sha256: Option<Spanned<Sha256>>,
    /// What a reader should know about the source, shown where it is listed ("a reworded copy
    /// of the article, not the original page"). Plain text.
    pub note: Option<Spanned<String>>,
    /// The language the source is written in, as a BCP 47 tag (`de`, `fr-CH`, `en-GB`): its
    /// quotes' numbers are read as that language writes them (`1.234` and `25,5 Millionen` in
    /// German). Without it, as English.
    pub language: Option<Spanned<Language>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema_requires::<Fact>)]
pub struct Fact {
    /// A unique id: lowercase letters, digits and hyphens.
    #[serde(default)]
    pub id: Spanned<Id>,
    /// What the fact says (inline Markdown; raw HTML is shown as text).
    #[serde(default)]
    pub statement: Spanned<String>,
    /// The section of the briefing it belongs to.
    #[serde(default)]
    pub topic: Spanned<String>,
    /// Where it happened (the briefing has an index of places).
    pub location: Option<Spanned<String>>,
    /// The day of the event (YYYY-MM-DD; the briefing has a timeline).
    pub date: Option<Spanned<Date>>,
    /// Whose claim this is, when it is not established fact.
    pub claimed_by: Option<Spanned<String>>,
    /// A headline number for the key-figures panel.
    pub figure: Option<Spanned<Figure>>,
    /// One or more citations: a declared source id and the words of the source that support
    /// the fact (a fact without any is reported by the `unsourced` rule).
    // Missing (no position) and empty are both `unsourced`, not a format error.
    #[serde(default)]
    pub sources: Spanned<Vec<Spanned<Citation>>>,
    /// Who checked this fact against its sources by hand.
    pub verified_by: Option<Spanned<String>>,
    /// When it was checked (YYYY-MM-DD).
    pub verified_on: Option<Spanned<Date>>,
    /// Findings of its own rules accepted for this fact, each with its reason.
    #[serde(default)]
    pub allow: Vec<Spanned<Allow>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema_requires::<Citation>)]
pub struct Citation {
    /// The id of a declared source.
    #[serde(default)]
    pub source: Spanned<Id>,
    /// The verbatim words of the source that support the fact; `...` leaves words out.
    pub quote: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema_requires::<Figure>)]
pub struct Figure {
    /// The number (plain digits: 1597, not 1,597).
    #[serde(default)]
    pub value: Spanned<Number>,
    /// What the number is, in a few words.
    #[serde(default)]
    pub label: Spanned<String>,
    /// What is counted, in words ("Russian soldiers killed"). Figures of different facts with
    /// the same measure are shown side by side, each with who claims it.
    pub measure: Option<Spanned<String>>,
    /// How the source qualifies the number ("nearly 5.7 million"): at least, more than, over,
    /// nearly, almost, about, around, up to, fewer than, less than, estimated.
    pub qualifier: Option<Spanned<Qualifier>>,
    /// The time the number covers, in words ("in the first seven days", "since 24 February").
    pub period: Option<Spanned<String>>,
}

impl Figure {
    /// The figure's number.
    pub fn number(&self) -> f64 {
        self.value.value.value
    }
}

/// How a source qualifies a number, in the words shown before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Qualifier(pub &'static str);

impl Qualifier {
    /// The qualifiers a figure may have, as written in the facts file and shown to readers.
    pub const ALL: &'static [&'static str] = &[
        "at least",
        "more than",
        "over",
        "nearly",
        "almost",
        "about",
        "around",
        "up to",
        "fewer than",
        "less than",
        "estimated",
    ];
}

impl<'de> Deserialize<'de> for Qualifier {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_str(deserializer, |text| {
            let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
            Qualifier::ALL
                .iter()
                .find(|q| q.eq_ignore_ascii_case(&words))
                .map(|q| Qualifier(q))
                .ok_or_else(|| super::de::unknown_name_message("qualifier", &text, Qualifier::ALL))
        })
    }
}

impl JsonSchema for Qualifier {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Qualifier".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "enum": Qualifier::ALL, "description": "How the source qualifies the number." })
    }
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema_requires::<Allow>)]
pub struct Allow {
    /// The rule to accept for this fact (not those about sources or the file, nor
    /// `unsourced`, `unknown-source` or `quote-not-found`).
    #[serde(default)]
    pub rule: Spanned<AllowedRule>,
    /// Why it is accepted here.
    #[serde(default)]
    pub reason: Spanned<String>,
}

impl Required for Briefing {
    const REQUIRED: &'static [&'static str] = &["title", "as_of"];
}

impl Required for Source {
    const REQUIRED: &'static [&'static str] = &["id", "publisher"];
}

impl Required for Fact {
    const REQUIRED: &'static [&'static str] = &["id", "statement", "topic"];
}

impl Required for Citation {
    const REQUIRED: &'static [&'static str] = &["source"];
}

impl Required for Figure {
    const REQUIRED: &'static [&'static str] = &["value", "label"];
}

impl Required for Allow {
    const REQUIRED: &'static [&'static str] = &["rule", "reason"];
}

/// The fields a struct needs. They are `#[serde(default)]` so that the loader can report every
/// missing one (`required_missing`), so the schema learns them from here.
pub trait Required {
    const REQUIRED: &'static [&'static str];
}

fn schema_requires<T: Required>(schema: &mut Schema) {
    schema.insert("required".to_owned(), T::REQUIRED.into());
}

/// A required field that is absent or blank: `(field name, position of its parent)`.
pub type Missing = (&'static str, super::spanned::Pos);

fn require_text(
    out: &mut Vec<Missing>,
    name: &'static str,
    field: &Spanned<String>,
    parent: super::spanned::Pos,
) {
    if field.is_missing() || crate::text::is_blank(&field.value) {
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

/// An optional text field that is given but blank: it would show as an empty place.
fn refuse_blank(out: &mut Vec<Missing>, name: &'static str, field: Option<&Spanned<String>>) {
    if let Some(field) = field.filter(|f| crate::text::is_blank(&f.value)) {
        out.push((name, field.pos));
    }
}

impl Briefing {
    pub fn required_missing(&self, at: super::spanned::Pos) -> Vec<Missing> {
        let mut out = Vec::new();
        require_text(&mut out, "title", &self.title, at);
        require(&mut out, "as_of", &self.as_of, at);
        out
    }

    /// The optional text fields given but blank, at each.
    pub fn blank_fields(&self) -> Vec<Missing> {
        let mut out = Vec::new();
        refuse_blank(&mut out, "summary", self.summary.as_ref());
        out
    }
}

impl Source {
    pub fn required_missing(&self, at: super::spanned::Pos) -> Vec<Missing> {
        let mut out = Vec::new();
        require(&mut out, "id", &self.id, at);
        require_text(&mut out, "publisher", &self.publisher, at);
        out
    }

    /// The optional text fields given but blank, at each.
    pub fn blank_fields(&self) -> Vec<Missing> {
        let mut out = Vec::new();
        refuse_blank(&mut out, "title", self.title.as_ref());
        refuse_blank(&mut out, "author", self.author.as_ref());
        refuse_blank(&mut out, "file", self.file.as_ref());
        refuse_blank(&mut out, "note", self.note.as_ref());
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
    /// The optional text fields given but blank, at each.
    pub fn blank_fields(&self) -> Vec<Missing> {
        let mut out = Vec::new();
        refuse_blank(&mut out, "location", self.location.as_ref());
        refuse_blank(&mut out, "claimed_by", self.claimed_by.as_ref());
        refuse_blank(&mut out, "verified_by", self.verified_by.as_ref());
        if let Some(figure) = &self.figure {
            refuse_blank(&mut out, "measure", figure.value.measure.as_ref());
            refuse_blank(&mut out, "period", figure.value.period.as_ref());
        }
        // A blank quote is no quote: `missing-quote` says so, as the contract has it.
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

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_str(deserializer, |text| Language::parse(&text))
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

/// The rule named by an `allow` entry: one a fact may accept.
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
            Some(rule) if rule.allowable() => Ok(AllowedRule(rule)),
            Some(rule) if rule.promised() => Err(format!(
                "`{rule}` says the fact is not sourced as factsheet promises, and cannot be \
                 allowed: fix what it finds"
            )),
            Some(rule) if rule.severity() == Severity::Info => Err(format!(
                "`{rule}` is a note, not a problem: there is nothing to allow"
            )),
            Some(rule) => Err(format!(
                "`{rule}` is about {}, not a fact, so a fact cannot allow it",
                match rule.info().scope {
                    crate::rules::Scope::Source => "a source",
                    _ => "the file as a whole",
                }
            )),
            None => {
                let names: Vec<&str> = Rule::names().collect();
                Err(super::de::unknown_name_message("rule", &name, &names))
            }
        })
    }
}

/// The schemas of the checked values: the shapes their parsers accept, for editors.
fn string_schema(pattern: &str, description: &str) -> Schema {
    json_schema!({ "type": "string", "pattern": pattern, "description": description })
}

impl JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // Any scalar is read as text (`id: 2022`), and a string must have the id's shape.
        json_schema!({
            "type": ["string", "number", "boolean"],
            "pattern": "^[a-z0-9][a-z0-9-]*$",
            "description": "Lowercase letters, digits and hyphens, starting with a letter or digit."
        })
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        string_schema(
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "A calendar date, YYYY-MM-DD.",
        )
    }
}

impl JsonSchema for HttpUrl {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "HttpUrl".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        string_schema(
            "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]+[^\\s]*$",
            "An http or https address.",
        )
    }
}

impl JsonSchema for Sha256 {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Sha256".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        string_schema(
            "^[0-9a-fA-F]{64}$",
            "64 hexadecimal digits, as `sha256sum FILE` prints them.",
        )
    }
}

impl JsonSchema for Language {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Language".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // RFC 5646's shape, less the grandfathered tags (crate::language checks it in full).
        string_schema(
            "^[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[A-WYZa-wyz0-9](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?$",
            "A BCP 47 language tag, such as `de`, `fr-CH` or `en-GB`.",
        )
    }
}

impl JsonSchema for Number {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Number".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "number" })
    }
}

impl JsonSchema for AllowedRule {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AllowedRule".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let names: Vec<&str> = crate::rules::RULES
            .iter()
            .filter(|r| r.rule.allowable())
            .map(|r| r.name)
            .collect();
        json_schema!({ "type": "string", "enum": names, "description": "A rule about facts that the fact accepts, with a reason (not unsourced, unknown-source or quote-not-found)." })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::de::from_node;
    use crate::load::spanned::Pos;
    use crate::load::yaml::{Node, NodeKind};

    fn missing_of<T: de::DeserializeOwned>(
        required: impl Fn(&T) -> Vec<Missing>,
    ) -> Vec<&'static str> {
        let empty = Node {
            pos: Pos::new(1, 1),
            kind: NodeKind::Map(Vec::new()),
        };
        let value: T = from_node(empty).expect("an empty mapping reads");
        required(&value).into_iter().map(|(name, _)| name).collect()
    }

    /// The schema's required fields (`Required`) are exactly the ones the loader reports missing.
    #[test]
    fn required_lists_match_the_loader() {
        let at = Pos::new(1, 1);
        assert_eq!(
            missing_of::<Briefing>(|b| b.required_missing(at)),
            Briefing::REQUIRED
        );
        assert_eq!(
            missing_of::<Source>(|s| s.required_missing(at)),
            Source::REQUIRED
        );
        assert_eq!(
            missing_of::<Fact>(|f| f.required_missing(at)),
            Fact::REQUIRED
        );
        let fact = |yaml: &str| -> Vec<&'static str> {
            let node = crate::load::yaml::parse(yaml).unwrap().unwrap();
            let f: Fact = from_node(node).unwrap();
            f.required_missing(at).into_iter().map(|(n, _)| n).collect()
        };
        assert_eq!(
            fact("{id: a, statement: s, topic: t, sources: [{quote: q}]}"),
            Citation::REQUIRED
        );
        assert_eq!(
            fact("{id: a, statement: s, topic: t, figure: {}}"),
            Figure::REQUIRED
        );
        assert_eq!(
            fact("{id: a, statement: s, topic: t, allow: [{}]}"),
            Allow::REQUIRED
        );
    }
}
