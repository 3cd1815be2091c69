//! Positions in the facts file, and values that carry the position they were read from.

use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use std::fmt;

/// A 1-based line and column (in characters) of the facts file.
/// `Pos::default()` (line 0) marks a value that was not in the file at all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

impl Pos {
    pub fn new(line: u32, column: u32) -> Self {
        Pos { line, column }
    }

    /// True when the value was written in the file (a defaulted value has no position).
    pub fn is_known(self) -> bool {
        self.line > 0
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A value together with the position of the YAML node it was read from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> Spanned<T> {
    pub fn new(value: T, pos: Pos) -> Self {
        Spanned { value, pos }
    }

    /// True when the key was absent and the value is only its default.
    pub fn is_missing(&self) -> bool {
        !self.pos.is_known()
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// The struct name by which `Spanned` asks our deserializer for a node's position.
/// Only `crate::load::de` answers it; other deserializers are never used on facts files.
pub(crate) const SPANNED_MARKER: &str = "$factsheet::Spanned";

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SpannedVisitor<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for SpannedVisitor<T> {
            type Value = Spanned<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value with its position")
            }

            // The marker protocol is a sequence: line, column, then the value itself.
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let line: u32 = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::custom("position without a line"))?;
                let column: u32 = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::custom("position without a column"))?;
                let value: T = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::custom("position without a value"))?;
                Ok(Spanned::new(value, Pos::new(line, column)))
            }
        }

        deserializer.deserialize_struct(
            SPANNED_MARKER,
            &["line", "column", "value"],
            SpannedVisitor(std::marker::PhantomData),
        )
    }
}

/// A spanned value has the schema of its value: positions are not written in the file.
impl<T: schemars::JsonSchema> schemars::JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}
