//! `check --format sarif`: the log validates against the SARIF 2.1.0 JSON Schema (vendored in
//! tests/fixtures/sarif/, so no test touches the network), lists every rule with the help that
//! `explain` prints, and gives each finding where it starts and ends, as `--format json` does.

mod common;
use common::{ARTICLE, BRIEFING, Project, copy_dir, run_at};
use serde_json::Value;
use std::path::Path;

fn schema() -> Value {
    let text = std::fs::read_to_string("tests/fixtures/sarif/sarif-schema-2.1.0.json")
        .expect("the vendored SARIF schema");
    // The one mistake of this release of the schema, corrected as SARIF's errata 01 corrects
    // it: `run.language`'s pattern has a stray `]`, which the meta-schema refuses as a regular
    // expression. factsheet writes no `language`.
    let text = text.replace(
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
        r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#,
    );
    serde_json::from_str(&text).expect("the schema is JSON")
}

/// The problems the SARIF 2.1.0 schema finds in `log`.
fn schema_errors(log: &Value) -> Vec<String> {
    let schema = schema();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    validator
        .iter_errors(log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

/// Runs `factsheet ARGS` in `dir` and parses what it printed.
fn run_json(dir: &Path, args: &[&str]) -> (Value, Option<i32>) {
    run_json_env(dir, args, &[])
}

/// Runs `factsheet ARGS` in `dir` with the environment variables given, and parses what it
/// printed.
fn run_json_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (Value, Option<i32>) {
    let out = run_at(dir, args, env);
    let json = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", out.stdout, out.stderr));
    (json, out.code)
}

fn sarif(dir: &Path) -> (Value, Option<i32>) {
    sarif_env(dir, &[])
}

/// The log of `check --format sarif` in `dir`, which must be valid SARIF 2.1.0.
fn sarif_env(dir: &Path, env: &[(&str, &str)]) -> (Value, Option<i32>) {
    let (log, code) = run_json_env(dir, &["check", "--format", "sarif"], env);
    let errors = schema_errors(&log);
    assert!(errors.is_empty(), "not valid SARIF 2.1.0: {errors:#?}");
    (log, code)
}

fn results(log: &Value) -> &Vec<Value> {
    log["runs"][0]["results"].as_array().expect("results")
}

/// The text of the facts file that a result's region covers (its columns count code points).
fn covered(facts: &str, result: &Value) -> String {
    let region = &result["locations"][0]["physicalLocation"]["region"];
    let n = |key: &str| region[key].as_u64().expect(key) as usize;
    assert_eq!(n("startLine"), n("endLine"), "a finding lies on one line");
    let line = facts.lines().nth(n("startLine") - 1).expect("the line");
    line.chars()
        .skip(n("startColumn") - 1)
        .take(n("endColumn") - n("startColumn"))
        .collect()
}

/// A copy of `tests/fixtures/every-rule` outside any repository, so that its paths are from
/// the folder factsheet runs in (in factsheet's own checkout they would start at its root).
fn every_rule() -> Project {
    let p = Project::new("", &[]);
    copy_dir(Path::new("tests/fixtures/every-rule"), p.path());
    p
}

#[test]
fn every_rule_gives_a_valid_log_with_the_places_of_the_json_findings() {
    let p = every_rule();
    let dir = p.path();
    let (log, code) = sarif(dir);
    assert_eq!(code, Some(1));
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
    assert_eq!(run["invocations"][0]["exitCode"], 1);
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    // Every result names its rule by id and by its place in the rules.
    for r in results(&log) {
        let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
        let uri = &r["locations"][0]["physicalLocation"]["artifactLocation"];
        assert_eq!(uri["uri"], "facts.yaml");
        assert_eq!(uri["uriBaseId"], "%SRCROOT%");
    }
    // Each finding of `--format json` is a result at the same place, with the same message.
    let (json, _) = run_json(dir, &["check", "--format", "json"]);
    let findings = json["findings"].as_array().expect("findings");
    // The finding that its fact allows is a result too, suppressed; JSON only counts it.
    let (suppressed, shown): (Vec<&Value>, Vec<&Value>) = results(&log)
        .iter()
        .partition(|r| r.get("suppressions").is_some());
    assert_eq!(suppressed.len(), 1);
    assert_eq!(json["summary"]["allowed"], 1);
    assert_eq!(findings.len(), shown.len());
    for (f, r) in findings.iter().zip(shown) {
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert_eq!(r["ruleId"], f["rule"]);
        assert_eq!(r["message"]["text"], f["message"]);
        assert_eq!(r["level"], f["severity"]);
        for (sarif_key, json_key) in [
            ("startLine", "line"),
            ("startColumn", "column"),
            ("endLine", "end_line"),
            ("endColumn", "end_column"),
        ] {
            assert_eq!(region[sarif_key], f[json_key], "{sarif_key} of {f}");
        }
    }
    // Every rule that can fire here did (all but invalid-yaml and the info single-source).
    let fired: Vec<&str> = results(&log)
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap_or_default())
        .collect();
    for rule in rules {
        let id = rule["id"].as_str().expect("id");
        if id != "invalid-yaml" && id != "single-source" {
            assert!(fired.contains(&id), "{id} did not fire");
        }
    }
    // A number is covered exactly; a finding about a whole fact, to the end of its line.
    let facts = std::fs::read_to_string(dir.join("facts.yaml")).expect("facts.yaml");
    let number = results(&log)
        .iter()
        .find(|r| r["ruleId"] == "number-not-in-quote")
        .expect("number-not-in-quote");
    assert_eq!(covered(&facts, number), "182");
    let unverified = results(&log)
        .iter()
        .find(|r| r["ruleId"] == "unverified")
        .expect("unverified");
    assert_eq!(covered(&facts, unverified), "id: kharkiv-population");
}

#[test]
fn each_rule_has_the_help_that_explain_prints() {
    let (log, _) = sarif(Path::new("tests/fixtures/every-rule"));
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    let list = assert_cmd::Command::cargo_bin("factsheet")
        .expect("the binary")
        .args(["explain", "--all"])
        .output()
        .expect("explain --all");
    let all = String::from_utf8_lossy(&list.stdout);
    // `explain --all` is every rule's text, one after the other, in the table's order.
    let texts: Vec<&str> = rules
        .iter()
        .map(|r| r["help"]["text"].as_str().expect("help.text"))
        .collect();
    assert_eq!(all, texts.join("\n"));
    for rule in rules {
        let id = rule["id"].as_str().expect("id");
        let markdown = rule["help"]["markdown"].as_str().expect("markdown");
        assert!(markdown.starts_with(&format!("**{id}** (")), "{markdown}");
        assert!(
            rule["shortDescription"]["text"]
                .as_str()
                .is_some_and(|t| t.ends_with('.'))
        );
        assert!(rule["fullDescription"]["text"].as_str().is_some());
        assert_ne!(rule["name"], rule["id"]);
    }
    let level = |id: &str| {
        let rule = rules.iter().find(|r| r["id"] == id).expect("the rule");
        rule["defaultConfiguration"]["level"].clone()
    };
    assert_eq!(level("quote-not-found"), "error");
    assert_eq!(level("unverified"), "warning");
    assert_eq!(level("single-source"), "note");
}

#[test]
fn a_file_that_does_not_parse_gives_a_valid_log_of_its_invalid_yaml_findings() {
    let p = Project::new("briefing:\n\ttitle: x\n", &[]);
    let (log, code) = sarif(p.path());
    assert_eq!(code, Some(1));
    let r = results(&log);
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0]["ruleId"], "invalid-yaml");
    assert_eq!(r[0]["ruleIndex"], 0);
    let region = &r[0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 2);
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert!(
        invocation["toolExecutionNotifications"][0]["message"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("could not be read"))
    );
}

/// A fact with a number its quote lacks (allowed, with a reason) and one without `verified_by`;
/// a statement with "café" before the number, to count columns in code points.
const FACTS: &str = "  - id: conversion
    statement: \"Café owners say Kherson is 340 miles from Kyiv.\"
    topic: T
    sources:
      - source: a
        quote: \"have taken the regional center of Kherson under full control\"
    verified_by: me
    allow:
      - rule: number-not-in-quote
        reason: \"550 km in miles\"
  - id: unchecked
    statement: \"Russia says it controls Kherson.\"
    topic: T
    sources:
      - source: a
        quote: \"the regional center of Kherson under full control\"
";

fn project(config: Option<&str>) -> Project {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n{FACTS}"
    );
    let mut files: Vec<(&str, &[u8])> = vec![("a.txt", ARTICLE.as_bytes())];
    if let Some(config) = config {
        files.push(("factsheet.toml", config.as_bytes()));
    }
    Project::new(&facts, &files)
}

#[test]
fn an_allowed_finding_is_a_suppressed_result_with_its_reason() {
    let p = project(None);
    let (log, code) = sarif(p.path());
    assert_eq!(code, Some(0), "warnings only");
    let allowed = results(&log)
        .iter()
        .find(|r| r["ruleId"] == "number-not-in-quote")
        .expect("the allowed finding");
    assert_eq!(allowed["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        allowed["suppressions"][0]["justification"],
        "550 km in miles"
    );
    assert_eq!(allowed["properties"]["fact"], "conversion");
    let facts = std::fs::read_to_string(p.file("facts.yaml")).expect("facts.yaml");
    // "Café" is four code points (five UTF-8 bytes): the columns count code points.
    assert_eq!(covered(&facts, allowed), "340");
    let unverified = results(&log)
        .iter()
        .find(|r| r["ruleId"] == "unverified")
        .expect("unverified");
    assert!(unverified.get("suppressions").is_none());
    assert_eq!(unverified["level"], "warning");
    assert_eq!(log["runs"][0]["properties"]["summary"]["allowed"], 1);
}

#[test]
fn severities_that_factsheet_toml_changes_are_rule_configuration_overrides() {
    let p = project(Some(
        "[rules]\nunverified = \"error\"\nquote-ambiguous = \"off\"\nsingle-source = \"info\"\n",
    ));
    let (log, code) = sarif(p.path());
    assert_eq!(code, Some(1), "unverified is an error here");
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["exitCode"], 1);
    let overrides = invocation["ruleConfigurationOverrides"]
        .as_array()
        .expect("overrides");
    // single-source is set to what it already is: no override.
    assert_eq!(overrides.len(), 2, "{overrides:#?}");
    assert_eq!(overrides[0]["descriptor"]["id"], "unverified");
    assert_eq!(overrides[0]["configuration"]["level"], "error");
    assert_eq!(overrides[1]["descriptor"]["id"], "quote-ambiguous");
    assert_eq!(overrides[1]["configuration"]["enabled"], false);
    let unverified = results(&log)
        .iter()
        .find(|r| r["ruleId"] == "unverified")
        .expect("unverified");
    assert_eq!(unverified["level"], "error");
}

#[test]
fn fingerprints_follow_a_finding_when_lines_are_added_above_it() {
    let fingerprints = |log: &Value| -> Vec<(String, Value, u64)> {
        results(log)
            .iter()
            .map(|r| {
                (
                    r["ruleId"].as_str().unwrap_or_default().to_owned(),
                    r["partialFingerprints"]["factsheet/v1"].clone(),
                    r["locations"][0]["physicalLocation"]["region"]["startLine"]
                        .as_u64()
                        .unwrap_or_default(),
                )
            })
            .collect()
    };
    let p = project(None);
    let (before, _) = sarif(p.path());
    let facts = std::fs::read_to_string(p.file("facts.yaml")).expect("facts.yaml");
    std::fs::write(
        p.file("facts.yaml"),
        format!("# a comment\n# and another\n{facts}"),
    )
    .expect("write");
    let (after, _) = sarif(p.path());
    let (before, after) = (fingerprints(&before), fingerprints(&after));
    assert!(!before.is_empty());
    assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(
            (&b.0, &b.1),
            (&a.0, &a.1),
            "the same finding, the same fingerprint"
        );
        assert_eq!(b.2 + 2, a.2, "two lines further down");
    }
    // Different findings have different fingerprints.
    let mut all: Vec<&Value> = before.iter().map(|b| &b.1).collect();
    all.sort_by_key(|v| v.to_string());
    all.dedup();
    assert_eq!(all.len(), before.len());
}

#[test]
fn json_findings_end_in_characters_without_the_line_ending() {
    // Windows line ends, and a two-byte `é` before the number.
    let p = project(None);
    let facts = std::fs::read_to_string(p.file("facts.yaml")).expect("facts.yaml");
    std::fs::write(p.file("facts.yaml"), facts.replace('\n', "\r\n")).expect("write");
    let r = p.check();
    let finding = |rule: &str| {
        r.json["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .find(|f| f["rule"] == rule)
            .cloned()
            .unwrap_or_else(|| panic!("no {rule}: {}", r.json))
    };
    let n = |f: &Value, key: &str| f[key].as_u64().expect(key);
    // `  - id: unchecked`: from the `id` to the end of the line, the `\r` left out.
    let unverified = finding("unverified");
    assert_eq!(n(&unverified, "end_line"), n(&unverified, "line"));
    assert_eq!(
        n(&unverified, "end_column") - n(&unverified, "column"),
        "id: unchecked".len() as u64
    );
    // The allowed number is not a JSON finding; the same statement unallowed is, over `340`.
    let p = project(None);
    let facts = std::fs::read_to_string(p.file("facts.yaml")).expect("facts.yaml");
    let cut = facts.find("    allow:").expect("allow");
    let end = facts.find("  - id: unchecked").expect("second fact");
    std::fs::write(
        p.file("facts.yaml"),
        format!("{}{}", &facts[..cut], &facts[end..]),
    )
    .expect("write");
    let r = p.check();
    let number = r.json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule"] == "number-not-in-quote")
        .cloned()
        .expect("number-not-in-quote");
    // "    statement: \"Café owners say Kherson is 340 miles": `340` is characters 44 to 46
    // (bytes 45 to 47: the columns count characters).
    assert_eq!((n(&number, "column"), n(&number, "end_column")), (44, 47));
}

/// A repository (`.git/`, as factsheet looks for it) whose fact base is in `docs/`, with a
/// source whose pin is wrong, a fact without `verified_by`, and a folder `docs/notes/`.
fn repository() -> Project {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: sources/a.txt\n    \
         sha256: \"{}\"\nfacts:\n{FACTS}",
        "0".repeat(64)
    );
    let p = Project::new(
        "",
        &[
            ("docs/facts.yaml", facts.as_bytes()),
            ("docs/sources/a.txt", ARTICLE.as_bytes()),
            ("docs/notes/todo.md", b"to do"),
        ],
    );
    std::fs::remove_file(p.file("facts.yaml")).expect("remove the root's facts.yaml");
    std::fs::create_dir(p.file(".git")).expect("make .git");
    p
}

/// The `uri` and `uriBaseId` of the first location of each result, and of its related ones.
fn uris(log: &Value) -> Vec<(String, Value)> {
    let location = |l: &Value| {
        let a = &l["physicalLocation"]["artifactLocation"];
        (
            a["uri"].as_str().expect("uri").to_owned(),
            a["uriBaseId"].clone(),
        )
    };
    let mut all = Vec::new();
    for r in results(log) {
        all.push(location(&r["locations"][0]));
        for related in r["relatedLocations"].as_array().into_iter().flatten() {
            all.push(location(related));
        }
    }
    all
}

#[test]
fn from_any_folder_of_a_repository_the_paths_are_from_its_root() {
    let p = repository();
    for folder in ["docs", "docs/notes", "docs/sources"] {
        let (log, code) = sarif_env(&p.file(folder), &[]);
        assert_eq!(code, Some(1), "the pin is wrong");
        let run = &log["runs"][0];
        let base = run["originalUriBaseIds"]["%SRCROOT%"]["description"]["text"].as_str();
        assert!(base.is_some_and(|t| t.contains("`.git`")), "{base:?}");
        let srcroot = Value::from("%SRCROOT%");
        let uris = uris(&log);
        assert!(uris.iter().all(|(_, base)| *base == srcroot), "{uris:?}");
        let mut files: Vec<&str> = uris.iter().map(|(uri, _)| uri.as_str()).collect();
        files.dedup();
        // The facts file, and the file of the source whose pin is wrong (a related location).
        assert_eq!(
            files,
            ["docs/facts.yaml", "docs/sources/a.txt", "docs/facts.yaml"],
            "from {folder}"
        );
        let mismatch = results(&log)
            .iter()
            .find(|r| r["ruleId"] == "source-hash-mismatch")
            .expect("source-hash-mismatch");
        assert_eq!(mismatch["relatedLocations"][0]["id"], 1);
        // JSON speaks to the person at the terminal: the file as it opens from there.
        let (json, _) = run_json(&p.file(folder), &["check", "--format", "json"]);
        let shown = if folder == "docs" {
            "facts.yaml"
        } else {
            "../facts.yaml"
        };
        assert_eq!(json["findings"][0]["file"], shown);
    }
}

#[test]
fn github_workspace_is_the_root_and_a_facts_file_outside_it_keeps_its_path() {
    let p = repository();
    let workspace = p.path().to_str().expect("a UTF-8 temporary folder");
    std::fs::remove_dir(p.file(".git")).expect("remove .git");
    // No .git: $GITHUB_WORKSPACE alone makes the root.
    let (log, _) = sarif_env(&p.file("docs/notes"), &[("GITHUB_WORKSPACE", workspace)]);
    let base = &log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["description"]["text"];
    assert!(
        base.as_str()
            .is_some_and(|t| t.contains("$GITHUB_WORKSPACE"))
    );
    assert_eq!(uris(&log)[0].0, "docs/facts.yaml");
    // A workspace that does not hold the facts file is not its repository: the paths are from
    // the folder factsheet ran in, as they always were.
    let elsewhere = p.file("docs/sources");
    let (log, _) = sarif_env(
        &p.file("docs/notes"),
        &[("GITHUB_WORKSPACE", elsewhere.to_str().expect("UTF-8"))],
    );
    assert_eq!(uris(&log)[0], ("../facts.yaml".into(), "%SRCROOT%".into()));
    // Nor does an empty one, nor none.
    for env in [&[("GITHUB_WORKSPACE", "")][..], &[]] {
        let (log, _) = sarif_env(&p.file("docs/notes"), env);
        assert_eq!(uris(&log)[0].0, "../facts.yaml");
    }
}
