//! The JSON Schema of the facts format, generated from the types the loader fills, so that it
//! cannot drift from what `check` accepts. Editors (yaml-language-server) use it to validate and
//! complete facts.yaml as it is typed.

use crate::load::model::FactsFile;
use schemars::generate::SchemaSettings;

/// The schema as pretty-printed JSON (draft-07, which yaml-language-server reads reliably).
pub fn facts_schema() -> String {
    let generator = SchemaSettings::draft07().into_generator();
    let schema = generator.into_root_schema_for::<FactsFile>();
    // Serialising a JSON value cannot fail.
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}
