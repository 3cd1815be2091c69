//! The JSON Schemas: of the facts format, generated from the types the loader fills, so that it
//! cannot drift from what `check` accepts (editors, through yaml-language-server, use it to
//! validate and complete facts.yaml as it is typed); and of briefing.json, generated from the
//! types it is written from.

use crate::load::model::FactsFile;
use crate::render::json::BriefingData;
use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;

/// The schema as pretty-printed JSON (draft-07, which yaml-language-server reads reliably).
pub fn facts_schema() -> String {
    let generator = SchemaSettings::draft07()
        .with_transform(RecursiveTransform(as_loaded))
        .into_generator();
    let schema = generator.into_root_schema_for::<FactsFile>();
    // Serialising a JSON value cannot fail.
    pretty(&schema)
}

/// The schema of briefing.json (draft 2020-12), with the doc comments of its types as
/// descriptions. Every object is closed and lists every property as required, as the
/// document always writes each one (null when empty): a field added to the document or taken
/// from it fails validation against the schema of the version before.
pub fn briefing_schema() -> String {
    let generator = SchemaSettings::draft2020_12()
        .for_serialize()
        .with_transform(RecursiveTransform(closed))
        .into_generator();
    pretty(&generator.into_root_schema_for::<BriefingData<'static>>())
}

/// A schema widened to what the loader reads: a text field takes any scalar (`title: 2022` is
/// the text "2022", which an editor sees as a number), and a list may be null (`allow: ~` is
/// no entry). Values with a shape of their own (dates, addresses, hashes) stay strings.
fn as_loaded(schema: &mut Schema) {
    if schema.get("pattern").is_some() {
        return;
    }
    let widened = |t: &serde_json::Value| -> Vec<serde_json::Value> {
        match t.as_str() {
            Some("string") => vec!["string".into(), "number".into(), "boolean".into()],
            Some("array") => vec!["array".into(), "null".into()],
            _ => vec![t.clone()],
        }
    };
    let Some(kind) = schema.get("type") else {
        return;
    };
    let mut kinds: Vec<serde_json::Value> = match kind.as_array() {
        Some(kinds) => kinds.iter().flat_map(widened).collect(),
        None => widened(kind),
    };
    kinds.dedup();
    let kind = match kinds.as_slice() {
        [one] => one.clone(),
        _ => kinds.into(),
    };
    schema.insert("type".to_owned(), kind);
}

/// An object schema with every property required and no other property allowed.
fn closed(schema: &mut Schema) {
    let Some(properties) = schema.get("properties").and_then(|p| p.as_object()) else {
        return;
    };
    let names: Vec<serde_json::Value> = properties.keys().cloned().map(Into::into).collect();
    schema.insert("required".to_owned(), names.into());
    schema.insert("additionalProperties".to_owned(), false.into());
}

fn pretty(schema: &Schema) -> String {
    // Serialising a JSON value cannot fail.
    let mut out = serde_json::to_string_pretty(schema).unwrap_or_default();
    out.push('\n');
    out
}
