//! The JSON Schema for editors: shipped as facts.schema.json, equal to `factsheet schema`, and in
//! agreement with the loader: files the loader reads pass it, files it refuses fail it
//! (checked with a real JSON Schema validator).

mod common;
use common::Project;
use factsheet::load::yaml::{Node, NodeKind, is_null_word};
use serde_json::Value;
use std::path::Path;

fn schema() -> Value {
    serde_json::from_str(&factsheet::schema::facts_schema()).expect("the schema is JSON")
}

/// A YAML document as the JSON an editor validates (YAML 1.2 core schema for plain scalars).
fn to_json(node: &Node<'_>) -> Value {
    match &node.kind {
        NodeKind::Scalar { value, plain: true } => {
            if is_null_word(value) {
                Value::Null
            } else if let Ok(b) = value.parse::<bool>() {
                Value::Bool(b)
            } else if let Ok(n) = value.parse::<i64>() {
                Value::from(n)
            } else if let Ok(f) = value.parse::<f64>().map_err(|_| ()).and_then(|f| {
                if value
                    .chars()
                    .all(|c| c.is_ascii_digit() || "+-.eE".contains(c))
                {
                    Ok(f)
                } else {
                    Err(())
                }
            }) {
                Value::from(f)
            } else {
                Value::String(value.to_string())
            }
        }
        NodeKind::Scalar { value, .. } => Value::String(value.to_string()),
        NodeKind::Seq(items) => Value::Array(items.iter().map(to_json).collect()),
        NodeKind::Map(pairs) => Value::Object(
            pairs
                .iter()
                .map(|(k, v)| match &k.kind {
                    NodeKind::Scalar { value, .. } => (value.to_string(), to_json(v)),
                    _ => panic!("keys are scalars"),
                })
                .collect(),
        ),
    }
}

fn errors(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let node = factsheet::load::yaml::parse(&text).unwrap().unwrap();
    let validator = jsonschema::validator_for(&schema()).expect("a valid schema");
    validator
        .iter_errors(&to_json(&node))
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn the_shipped_schema_is_what_factsheet_prints() {
    let shipped =
        std::fs::read_to_string("facts.schema.json").expect("facts.schema.json is shipped");
    assert_eq!(
        shipped,
        factsheet::schema::facts_schema(),
        "facts.schema.json is stale: run `cargo run -- schema > facts.schema.json`"
    );
    let p = Project::new("", &[]);
    let out = p.run(&["schema"]);
    assert_eq!(out.code, Some(0));
    assert_eq!(out.stdout, shipped);
}

#[test]
fn the_schema_is_draft_07_and_strict() {
    let s = schema();
    assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_eq!(s["additionalProperties"], false);
    assert_eq!(s["definitions"]["Fact"]["additionalProperties"], false);
    assert_eq!(
        s["definitions"]["Fact"]["required"],
        serde_json::json!(["id", "statement", "topic"])
    );
}

#[test]
fn the_shipped_facts_name_the_schema_for_editors() {
    let facts = std::fs::read_to_string("facts.yaml").unwrap();
    assert!(facts.starts_with("# yaml-language-server: $schema=facts.schema.json\n"));
}

#[test]
fn files_the_loader_reads_pass_the_schema() {
    for path in [
        "facts.yaml",
        "tests/fixtures/clean/facts.yaml",
        "tests/fixtures/sourced/facts.yaml",
        "tests/fixtures/every-rule/facts.yaml",
    ] {
        let errors = errors(Path::new(path));
        assert!(errors.is_empty(), "{path}: {errors:#?}");
    }
    // And what `init` writes.
    let p = Project::new("", &[]);
    std::fs::remove_file(p.file("facts.yaml")).unwrap();
    assert_eq!(p.run(&["init"]).code, Some(0));
    assert!(errors(&p.file("facts.yaml")).is_empty());
}

#[test]
fn scalars_and_nulls_the_loader_reads_pass_the_schema() {
    // A text field takes any scalar, an id too when it has an id's shape, and a null list is
    // an empty one: the loader reads each of these, so an editor must not mark them.
    let clean = std::fs::read_to_string("tests/fixtures/clean/facts.yaml").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("facts.yaml");
    let changed = [
        clean.replace("  title: \"Kherson falls\"", "  title: 2022"),
        clean.replace("  summary: \"Russia says", "  summary: true\n  # \""),
        clean
            .replace("id: wsj\n", "id: 2022\n")
            .replace("source: wsj\n", "source: 2022\n"),
        clean.replace("    topic: Kherson\n", "    topic: Kherson\n    allow: ~\n"),
        "briefing:\n  title: T\n  as_of: 2022-03-03\nfacts: ~\n".to_owned(),
    ];
    for text in changed {
        assert_ne!(text, clean);
        let (loaded, _) = factsheet::load::parse_facts(&text);
        assert!(loaded.is_ok(), "the loader refuses it: {loaded:?}\n{text}");
        std::fs::write(&path, &text).unwrap();
        let errors = errors(&path);
        assert!(errors.is_empty(), "{text}\n{errors:#?}");
    }
}

#[test]
fn files_the_loader_refuses_fail_the_schema() {
    let mut paths: Vec<_> = std::fs::read_dir("tests/fixtures/schema-invalid")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.push("tests/fixtures/invalid/facts.yaml".into());
    paths.sort();
    assert!(paths.len() >= 10);
    for path in paths {
        // The loader refuses it...
        let text = std::fs::read_to_string(&path).unwrap();
        let (loaded, _) = factsheet::load::parse_facts(&text);
        assert!(loaded.is_err(), "{}: the loader accepts it", path.display());
        // ...and so does the schema.
        assert!(
            !errors(&path).is_empty(),
            "{}: passes the schema",
            path.display()
        );
    }
}
