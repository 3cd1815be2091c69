//! Reading typed values out of the node tree with serde.
//!
//! The model's structs derive `Deserialize` with `deny_unknown_fields`; this deserializer feeds
//! them nodes and stamps every error with the position of the node it arose at, so a wrong type
//! three levels down is reported at its own line and column. It also answers `Spanned<T>`.

use super::spanned::{Pos, SPANNED_MARKER};
use super::yaml::{Node, NodeKind, is_null_word, preview};
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};
use std::borrow::Cow;
use std::fmt;

/// A problem with the shape of the input, at the node where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub pos: Option<Pos>,
    pub message: String,
}

impl Error {
    pub fn at(pos: Pos, message: impl Into<String>) -> Self {
        Error {
            pos: Some(pos),
            message: message.into(),
        }
    }

    /// Stamps the position unless a deeper node already did.
    fn or_at(mut self, pos: Pos) -> Self {
        if self.pos.is_none() {
            self.pos = Some(pos);
        }
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error {
            pos: None,
            message: msg.to_string(),
        }
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Self::custom(format_args!("expected {exp}, found {}", describe(&unexp)))
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Self::custom(format_args!("expected {exp}, found {}", describe(&unexp)))
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Self::custom(unknown_key_message(field, expected))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::custom(unknown_key_message(variant, expected))
    }

    fn missing_field(field: &'static str) -> Self {
        Self::custom(format_args!("missing the required field `{field}`"))
    }
}

/// "unknown field `souces`; did you mean `sources`?", or the list of known names.
pub fn unknown_key_message(field: &str, expected: &[&str]) -> String {
    if field == "<<" {
        // YAML 1.1's merge key, which YAML 1.2 (and so factsheet) reads as a key like any.
        return "`<<` (a merge key, from YAML 1.1) is not read in a facts file: write the \
                fields out in each mapping (an alias, `*name`, may still stand for a whole value)"
            .to_owned();
    }
    unknown_name_message("field", field, expected)
}

/// The known name closest to `name`, when one is close enough to be a slip of the keyboard.
pub fn nearest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    // Every known name is lowercase: `TOPIC` or `Quote-Not-Found` is one of them, differently
    // typed.
    let name = name.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(&name, k), *k))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// "unknown KIND `name`; did you mean `x`?", or the list of known names of that kind.
pub fn unknown_name_message(kind: &str, name: &str, expected: &[&str]) -> String {
    match nearest(name, expected) {
        Some(known) => format!("unknown {kind} `{name}`; did you mean `{known}`?"),
        None if expected.is_empty() => {
            format!("unknown {kind} `{name}`: no {kind}s are allowed here")
        }
        None => {
            let names: Vec<String> = expected.iter().map(|n| format!("`{n}`")).collect();
            format!(
                "unknown {kind} `{name}`; the {kind}s here are {}",
                names.join(", ")
            )
        }
    }
}

fn describe(unexp: &Unexpected<'_>) -> String {
    match unexp {
        Unexpected::Str(s) => format!("the text `{}`", preview(s)),
        Unexpected::Unit => "nothing (null)".to_owned(),
        Unexpected::Seq => "a list".to_owned(),
        Unexpected::Map => "a mapping".to_owned(),
        Unexpected::Signed(n) => format!("the number {n}"),
        Unexpected::Unsigned(n) => format!("the number {n}"),
        Unexpected::Float(n) => format!("the number {n}"),
        Unexpected::Bool(b) => format!("`{b}`"),
        other => other.to_string(),
    }
}

/// Reads a typed value from a node.
pub fn from_node<'de, T: de::Deserialize<'de>>(node: Node<'de>) -> Result<T, Error> {
    let pos = node.pos;
    T::deserialize(NodeDeserializer(node)).map_err(|e| e.or_at(pos))
}

pub struct NodeDeserializer<'de>(pub Node<'de>);

/// Text borrowed from the input goes to serde as borrowed (a map key then costs no copy).
fn visit_text<'de, V: Visitor<'de>>(visitor: V, value: Cow<'de, str>) -> Result<V::Value, Error> {
    match value {
        Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
        Cow::Owned(s) => visitor.visit_string(s),
    }
}

/// A plain scalar read by YAML's core schema.
enum Resolved {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Text,
}

fn resolve(value: &str) -> Resolved {
    if is_null_word(value) {
        return Resolved::Null;
    }
    match value {
        "true" | "True" | "TRUE" => return Resolved::Bool(true),
        "false" | "False" | "FALSE" => return Resolved::Bool(false),
        _ => {}
    }
    if let Some(n) = parse_int(value) {
        return Resolved::Int(n);
    }
    if let Some(f) = parse_float(value) {
        return Resolved::Float(f);
    }
    Resolved::Text
}

/// Whether a number as written is held exactly as an `f64`, so that the briefing shows the
/// digits the file gives (9007199254740993 would become ...992). Not a number: true, for
/// `deserialize_number` to refuse.
fn held_exactly(value: &str) -> bool {
    let held = match resolve(value) {
        Resolved::Int(n) => n as f64,
        Resolved::Float(f) if f.is_finite() => f,
        _ => return true,
    };
    // The significant digits as written, and of the shortest text that reads back as `held`.
    let significant = |text: &str| -> String {
        let mantissa = text.split(['e', 'E']).next().unwrap_or(text);
        let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        digits.trim_matches('0').to_owned()
    };
    significant(value) == significant(&format!("{held:e}"))
}

fn parse_int(value: &str) -> Option<i64> {
    let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok()
}

fn parse_float(value: &str) -> Option<f64> {
    // The core schema's float: digits with an optional fraction and exponent.
    let body = value.strip_prefix(['-', '+']).unwrap_or(value);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let digits_ok = !mantissa.is_empty()
        && mantissa != "."
        && mantissa.bytes().filter(|&b| b == b'.').count() <= 1
        && mantissa.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
    });
    if digits_ok && exponent_ok {
        value.parse().ok()
    } else {
        None
    }
}

impl NodeDeserializer<'_> {
    fn pos(&self) -> Pos {
        self.0.pos
    }

    fn invalid<T>(&self, exp: &dyn de::Expected) -> Result<T, Error> {
        Err(Error::at(
            self.pos(),
            format!("expected {exp}, found {}", self.0.describe()),
        ))
    }
}

impl<'de> Deserializer<'de> for NodeDeserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let pos = self.pos();
        let result = match self.0.kind {
            NodeKind::Scalar { value, plain: true } => match resolve(&value) {
                Resolved::Null => visitor.visit_unit(),
                Resolved::Bool(b) => visitor.visit_bool(b),
                Resolved::Int(n) => visitor.visit_i64(n),
                Resolved::Float(f) => visitor.visit_f64(f),
                Resolved::Text => visit_text(visitor, value),
            },
            NodeKind::Scalar { value, .. } => visit_text(visitor, value),
            NodeKind::Seq(items) => visitor.visit_seq(Seq::new(items)),
            NodeKind::Map(pairs) => {
                check_duplicate_keys(&pairs)?;
                visitor.visit_map(Map::new(pairs))
            }
        };
        result.map_err(|e| e.or_at(pos))
    }

    /// Any non-null scalar is text: `title: 2022` is the title "2022".
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let pos = self.pos();
        match self.0.kind {
            NodeKind::Scalar { value, plain } if !(plain && is_null_word(&value)) => {
                visit_text(visitor, value).map_err(|e: Error| e.or_at(pos))
            }
            _ => self.invalid(&visitor),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    /// An empty value where a list is expected is an empty list (`sources:` with nothing after).
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let pos = self.pos();
        if self.0.is_null() {
            return visitor
                .visit_seq(Seq::new(Vec::new()))
                .map_err(|e| e.or_at(pos));
        }
        match self.0.kind {
            NodeKind::Seq(items) => visitor.visit_seq(Seq::new(items)).map_err(|e| e.or_at(pos)),
            _ => self.invalid(&"a list"),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let pos = self.pos();
        match self.0.kind {
            NodeKind::Map(pairs) => {
                check_duplicate_keys(&pairs)?;
                visitor.visit_map(Map::new(pairs)).map_err(|e| e.or_at(pos))
            }
            _ => self.invalid(&"a mapping of fields"),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if name == SPANNED_MARKER {
            return visitor.visit_seq(SpannedSeq {
                node: Some(self.0),
                step: 0,
            });
        }
        let _ = fields;
        self.deserialize_map(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if let NodeKind::Scalar { value, plain: true } = &self.0.kind
            && let Resolved::Bool(b) = resolve(value)
        {
            return visitor
                .visit_bool(b)
                .map_err(|e: Error| e.or_at(self.pos()));
        }
        self.invalid(&"`true` or `false`")
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if let NodeKind::Scalar { value, plain: true } = &self.0.kind
            && !held_exactly(value)
        {
            return Err(Error::at(
                self.pos(),
                format!(
                    "`{value}` has more significant digits than a figure keeps exactly (about 15): \
                     round it, or give it in a larger unit (millions, billions)"
                ),
            ));
        }
        self.deserialize_number(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_null() {
            visitor.visit_unit()
        } else {
            self.invalid(&"nothing")
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let pos = self.pos();
        match self.0.kind {
            NodeKind::Scalar { value, .. } => visitor
                .visit_enum(UnitVariant { name: value })
                .map_err(|e| e.or_at(pos)),
            _ => self.invalid(&"a name"),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i128 u8 u16 u128 f32 char bytes byte_buf unit_struct newtype_struct
        tuple tuple_struct
    }
}

impl<'de> NodeDeserializer<'de> {
    /// Numbers are plain scalars; `"498"` in quotes is text, and `1,597` is not a number.
    fn deserialize_number<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let pos = self.pos();
        let result = match &self.0.kind {
            NodeKind::Scalar { value, plain: true } => match resolve(value) {
                Resolved::Int(n) => visitor.visit_i64(n),
                Resolved::Float(f) if f.is_finite() => visitor.visit_f64(f),
                _ => {
                    return not_a_number(pos, value, true)
                        .map_or_else(|| self.invalid(&NUMBER), Err);
                }
            },
            NodeKind::Scalar {
                value,
                plain: false,
            } => {
                return not_a_number(pos, value, false).map_or_else(|| self.invalid(&NUMBER), Err);
            }
            _ => return self.invalid(&NUMBER),
        };
        result.map_err(|e: Error| e.or_at(pos))
    }
}

/// What a number's place expects.
const NUMBER: &str = "a number (digits, without separators)";

/// The number that the text `value` is, written otherwise than a number is: in quotation
/// marks (`plain` false, `"498"`), or with separators of thousands (`1,597`, `1_597`,
/// `1 597`); none when it is no number.
fn not_a_number(pos: Pos, value: &str, plain: bool) -> Option<Error> {
    let grouped = |sep: char| {
        let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
        let mut groups = value.split(sep);
        let first = groups.next().unwrap_or_default();
        value.contains(sep)
            && digits(first)
            && first.len() <= 3
            && groups.all(|g| g.len() == 3 && digits(g))
    };
    let quoted = !plain && matches!(resolve(value), Resolved::Int(_) | Resolved::Float(_));
    let (number, why) = if quoted {
        (
            value.trim().to_owned(),
            "is in quotation marks, so it is text",
        )
    } else {
        let sep = [',', '_', ' ', '\u{a0}']
            .into_iter()
            .find(|&c| grouped(c))?;
        (value.replace(sep, ""), "has separators of thousands")
    };
    Some(Error::at(
        pos,
        format!(
            "`{}` {why}: write a number as digits alone, `{number}`",
            preview(value)
        ),
    ))
}

/// A mapping may not name a key twice; the second one is reported.
fn check_duplicate_keys(pairs: &[(Node<'_>, Node<'_>)]) -> Result<(), Error> {
    // Facts have a dozen keys: a scan of the few seen so far beats hashing. A huge mapping
    // (hostile input) gets a hash set, so the check stays linear.
    let mut few: Vec<(&str, Pos)> = Vec::new();
    let mut many: ahash::AHashMap<&str, Pos> = ahash::AHashMap::new();
    for (k, _) in pairs {
        let NodeKind::Scalar { value, .. } = &k.kind else {
            continue;
        };
        let name: &str = value;
        let first = if pairs.len() <= 32 {
            let first = few.iter().find(|(n, _)| *n == name).map(|(_, p)| *p);
            few.push((name, k.pos));
            first
        } else {
            many.insert(name, k.pos)
        };
        if let Some(first) = first {
            return Err(Error::at(
                k.pos,
                format!(
                    "the key `{}` appears twice in this mapping (first at line {})",
                    preview(name),
                    first.line
                ),
            ));
        }
    }
    Ok(())
}

struct Seq<'de> {
    items: std::vec::IntoIter<Node<'de>>,
}

impl<'de> Seq<'de> {
    fn new(items: Vec<Node<'de>>) -> Self {
        Seq {
            items: items.into_iter(),
        }
    }
}

impl<'de> SeqAccess<'de> for Seq<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.items.next() {
            Some(node) => {
                let pos = node.pos;
                seed.deserialize(NodeDeserializer(node))
                    .map(Some)
                    .map_err(|e| e.or_at(pos))
            }
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Map<'de> {
    pairs: std::vec::IntoIter<(Node<'de>, Node<'de>)>,
    value: Option<Node<'de>>,
}

impl<'de> Map<'de> {
    fn new(pairs: Vec<(Node<'de>, Node<'de>)>) -> Self {
        Map {
            pairs: pairs.into_iter(),
            value: None,
        }
    }
}

impl<'de> MapAccess<'de> for Map<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.pairs.next() {
            Some((key, value)) => {
                self.value = Some(value);
                let pos = key.pos;
                seed.deserialize(NodeDeserializer(key))
                    .map(Some)
                    .map_err(|e| e.or_at(pos))
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let node = self
            .value
            .take()
            .ok_or_else(|| de::Error::custom("a value without its key"))?;
        let pos = node.pos;
        seed.deserialize(NodeDeserializer(node))
            .map_err(|e| e.or_at(pos))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.pairs.len())
    }
}

/// Hands `Spanned<T>` the node's line, column and then the node itself.
struct SpannedSeq<'de> {
    node: Option<Node<'de>>,
    step: u8,
}

impl<'de> SeqAccess<'de> for SpannedSeq<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(node) = &self.node else {
            return Ok(None);
        };
        let pos = node.pos;
        self.step += 1;
        match self.step {
            1 => seed.deserialize(pos.line.into_deserializer()).map(Some),
            2 => seed.deserialize(pos.column.into_deserializer()).map(Some),
            _ => {
                let node = self
                    .node
                    .take()
                    .ok_or_else(|| de::Error::custom("no value"))?;
                seed.deserialize(NodeDeserializer(node))
                    .map(Some)
                    .map_err(|e| e.or_at(pos))
            }
        }
    }
}

struct UnitVariant<'de> {
    name: Cow<'de, str>,
}

impl<'de> EnumAccess<'de> for UnitVariant<'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let name: de::value::StringDeserializer<Error> =
            self.name.clone().into_owned().into_deserializer();
        Ok((seed.deserialize(name)?, self))
    }
}

impl<'de> VariantAccess<'de> for UnitVariant<'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _seed: T) -> Result<T::Value, Error> {
        Err(de::Error::custom("expected a plain name"))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, _visitor: V) -> Result<V::Value, Error> {
        Err(de::Error::custom("expected a plain name"))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Error> {
        Err(de::Error::custom("expected a plain name"))
    }
}
