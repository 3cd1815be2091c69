//! `--format sarif`: one SARIF 2.1.0 log, for GitHub code scanning and editors' SARIF viewers.
//!
//! The log has one run: the tool with every rule of the table (`rules::RULES`, in its order, so
//! a result's `ruleIndex` is its rule's place there), the findings as results (those a fact
//! allows too, as suppressed results with the fact's reason), and how the run went. Columns
//! count Unicode code points, as the findings' do. Nothing depends on the clock or the machine:
//! paths are relative to `%SRCROOT%`, the root of the repository (`Places`), which the log
//! describes without naming it, as GitHub code scanning expects.

use super::Places;
use crate::check::{Finding, Report, Summary};
use crate::config::Config;
use crate::lines::{CharIndex, LONG_LINE, Lines, char_to_byte};
use crate::repository::Found;
use crate::rules::{RULES, RuleInfo, Severity};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};

/// The official schema of SARIF 2.1.0, as the log names it in `$schema`.
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/// The base the results' paths are relative to: the root of the repository.
const SRCROOT: &str = "%SRCROOT%";
/// The name of the fingerprint in `partialFingerprints`; its number changes whenever the way
/// it is computed does, so that old and new fingerprints are never compared.
const FINGERPRINT: &str = "factsheet/v1";

/// What the log says of the run besides its findings.
pub struct Run<'a> {
    /// The text of the facts file, for the fingerprints.
    pub text: &'a str,
    /// The severities the run used (`factsheet.toml`).
    pub config: &'a Config,
    /// The exit code of the run.
    pub exit_code: u8,
    /// The paths of the files, from the root of the repository.
    pub places: &'a Places,
}

pub fn render(report: &Report, run: &Run<'_>) -> String {
    let log = Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: vec![sarif_run(report, run)],
    };
    // Serialising plain data with string keys cannot fail.
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}

fn sarif_run<'a>(report: &'a Report, run: &Run<'_>) -> SarifRun<'a> {
    let lines = Lines::new(run.text);
    let mut fingerprints = Fingerprints::default();
    // Findings and the findings facts accept, together in the order of the file.
    let mut all: Vec<(&Finding, Option<&str>)> =
        report.findings.iter().map(|f| (f, None)).collect();
    all.extend((report.accepted.iter()).map(|a| (&a.finding, Some(a.reason.as_str()))));
    all.sort_by_key(|(f, _)| (f.line, f.column, f.rule));
    let results = all
        .into_iter()
        .map(|(f, reason)| {
            let fingerprint = fingerprints.of(f, &lines);
            result(f, reason, fingerprint, run.places)
        })
        .collect();
    let text = match run.places.found {
        Found::Workspace => {
            "The root of the repository, $GITHUB_WORKSPACE: the paths of the results are \
             relative to it."
        }
        Found::WorkTree => {
            "The root of the repository, the folder that holds `.git`, at or above the folder \
             factsheet ran in: the paths of the results are relative to it."
        }
        Found::Here => {
            "The folder factsheet ran in (no repository holds the facts file): the paths of \
             the results are relative to it."
        }
    };
    let original_uri_base_ids = BTreeMap::from([(
        SRCROOT,
        BaseLocation {
            description: Text { text },
        },
    )]);
    SarifRun {
        tool: Tool {
            driver: Driver {
                name: env!("CARGO_PKG_NAME"),
                version: env!("CARGO_PKG_VERSION"),
                semantic_version: env!("CARGO_PKG_VERSION"),
                information_uri: env!("CARGO_PKG_REPOSITORY"),
                rules: RULES.iter().map(descriptor).collect(),
            },
        },
        invocations: vec![invocation(report, run)],
        original_uri_base_ids,
        column_kind: "unicodeCodePoints",
        results,
        properties: RunProperties {
            summary: &report.summary,
        },
    }
}

fn descriptor(info: &'static RuleInfo) -> Descriptor {
    Descriptor {
        id: info.name,
        name: Some(pascal_case(info.name))
            // SARIF wants a name that differs from the id, or none (`unsourced`).
            .filter(|name| !name.eq_ignore_ascii_case(info.name)),
        short_description: Message {
            text: info.headline(),
        },
        full_description: Message {
            text: info.explanation_line(),
        },
        help: Help {
            text: info.explained(),
            markdown: info.explained_markdown(),
        },
        help_uri: concat!(env!("CARGO_PKG_REPOSITORY"), "#rules"),
        default_configuration: Configuration {
            level: Some(level(info.severity)),
            enabled: None,
        },
    }
}

/// `quote-not-found` as `QuoteNotFound`: SARIF's `name` is an identifier that reads as words.
fn pascal_case(name: &str) -> String {
    name.split('-')
        .flat_map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect()
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// How the run went: its exit code, whether the facts file could be checked at all, and the
/// rules whose severity `factsheet.toml` changed.
fn invocation(report: &Report, run: &Run<'_>) -> Invocation {
    let overrides = run
        .config
        .set
        .iter()
        .filter(|(rule, setting)| setting.severity() != Some(rule.severity()))
        .map(|(rule, setting)| Override {
            descriptor: Reference {
                id: rule.name(),
                index: *rule as usize,
            },
            configuration: match setting.severity() {
                Some(severity) => Configuration {
                    level: Some(level(severity)),
                    enabled: None,
                },
                None => Configuration {
                    level: None,
                    enabled: Some(false),
                },
            },
        })
        .collect();
    let unparsed = report.summary.unparsed;
    Invocation {
        execution_successful: !unparsed,
        exit_code: run.exit_code,
        rule_configuration_overrides: overrides,
        tool_execution_notifications: if unparsed {
            vec![Notification {
                level: "error",
                message: Text {
                    text: "the facts file could not be read as YAML of the facts format, so \
                           none of its facts or sources were checked",
                },
            }]
        } else {
            Vec::new()
        },
    }
}

fn result<'a>(
    f: &'a Finding,
    reason: Option<&'a str>,
    fingerprint: String,
    places: &Places,
) -> SarifResult<'a> {
    let (uri, uri_base_id) = artifact_uri(places.file(f));
    // SARIF lines start at 1: a finding that no line of the file holds names the file only.
    let region = (f.line > 0).then(|| Region {
        start_line: f.line,
        start_column: f.column.max(1),
        end_line: f.end_line,
        end_column: f.end_column.max(f.column.max(1)),
    });
    SarifResult {
        rule_id: f.rule.name(),
        rule_index: f.rule as usize,
        level: level(f.severity),
        message: Message {
            text: f.message.clone(),
        },
        locations: vec![Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation { uri, uri_base_id },
                region,
            },
        }],
        related_locations: places.source_file(f).map(|file| {
            let (uri, uri_base_id) = artifact_uri(file);
            vec![RelatedLocation {
                id: 1,
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation { uri, uri_base_id },
                    region: None,
                },
                message: Message {
                    text: format!(
                        "the file of source `{}`",
                        f.source.as_deref().unwrap_or_default()
                    ),
                },
            }]
        }),
        partial_fingerprints: BTreeMap::from([(FINGERPRINT, fingerprint)]),
        suppressions: reason.map(|reason| {
            vec![Suppression {
                kind: "inSource",
                status: "accepted",
                justification: reason,
            }]
        }),
        properties: (f.fact.is_some() || f.source.is_some()).then_some(ResultProperties {
            fact: f.fact.as_deref(),
            source: f.source.as_deref(),
        }),
    }
}

/// The path as a URI reference: relative (to `%SRCROOT%`) with forward slashes, each segment
/// percent-encoded; a path given as absolute stays one, as a `file:` URI.
fn artifact_uri(path: &str) -> (String, Option<&'static str>) {
    use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
    // Everything but RFC 3986's unreserved characters is encoded within a segment.
    const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let forward = path.replace('\\', "/");
    let absolute = forward.starts_with('/')
        || (forward.as_bytes().get(1) == Some(&b':')
            && forward.as_bytes()[0].is_ascii_alphabetic());
    let encoded: Vec<String> = forward
        .split('/')
        .enumerate()
        .map(|(i, segment)| {
            // A drive letter's colon (`C:`) stays as it is in a `file:` URI.
            if absolute && i <= 1 && segment.len() == 2 && segment.ends_with(':') {
                segment.to_owned()
            } else {
                utf8_percent_encode(segment, SEGMENT).to_string()
            }
        })
        .collect();
    let joined = encoded.join("/");
    match absolute {
        true if joined.starts_with('/') => (format!("file://{joined}"), None),
        true => (format!("file:///{joined}"), None),
        false => (joined, Some(SRCROOT)),
    }
}

/// The most bytes of a finding's words that its fingerprint hashes.
const MAX_HASHED: usize = 4096;

/// Fingerprints that follow a finding when lines are added or removed above it: its rule, its
/// fact and source, and the text of the facts file it is about, hashed; the same finding
/// twice is told apart by its occurrence (`:2`).
#[derive(Default)]
struct Fingerprints {
    seen: HashMap<[u8; 16], usize>,
    /// The characters of each long line that holds a finding, so that each of many findings
    /// on a line of megabytes (a flow-style file) is not counted from its start.
    long_lines: HashMap<u32, CharIndex>,
}

impl Fingerprints {
    fn of(&mut self, f: &Finding, lines: &Lines<'_>) -> String {
        let (column, end_column) = (f.column as usize, f.end_column as usize);
        let text = lines.get(f.line).map_or("", |line| {
            let index = (line.len() > LONG_LINE)
                .then(|| &*(self.long_lines.entry(f.line)).or_insert_with(|| CharIndex::new(line)));
            let byte = |n: usize| index.map_or_else(|| char_to_byte(line, n), |i| i.byte(line, n));
            let start = byte(column.saturating_sub(1));
            let end = byte(end_column.saturating_sub(1)).max(start);
            // Its first words are enough to know it by: a finding about a whole value on a
            // line of megabytes covers the rest of the line, and each would be hashed whole.
            let mut end = end.min(start + MAX_HASHED);
            while !line.is_char_boundary(end) {
                end -= 1;
            }
            &line[start..end]
        });
        let mut hash = Sha256::new();
        for part in [
            f.rule.name(),
            f.fact.as_deref().unwrap_or(""),
            f.source.as_deref().unwrap_or(""),
            text,
        ] {
            hash.update(part.as_bytes());
            // A separator that no part holds, so ("ab", "c") and ("a", "bc") differ.
            hash.update([0]);
        }
        let digest = hash.finalize();
        let mut key = [0u8; 16];
        key.copy_from_slice(&digest[..16]);
        let n = self.seen.entry(key).or_insert(0);
        *n += 1;
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        format!("{hex}:{n}")
    }
}

// The SARIF objects written, each with the properties factsheet fills, in SARIF's names.

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<SarifRun<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRun<'a> {
    tool: Tool,
    invocations: Vec<Invocation>,
    original_uri_base_ids: BTreeMap<&'static str, BaseLocation>,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
    properties: RunProperties<'a>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<Descriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    short_description: Message,
    full_description: Message,
    help: Help,
    help_uri: &'static str,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
struct Text {
    text: &'static str,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enabled: Option<bool>,
}

#[derive(Serialize)]
struct BaseLocation {
    description: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    exit_code: u8,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    rule_configuration_overrides: Vec<Override>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Override {
    descriptor: Reference,
    configuration: Configuration,
}

#[derive(Serialize)]
struct Reference {
    id: &'static str,
    index: usize,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: Vec<Location>,
    /// The file of the source that a rule about a source file is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    related_locations: Option<Vec<RelatedLocation>>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressions: Option<Vec<Suppression<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<ResultProperties<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RelatedLocation {
    id: u32,
    physical_location: PhysicalLocation,
    message: Message,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
}

#[derive(Serialize)]
struct Suppression<'a> {
    kind: &'static str,
    status: &'static str,
    justification: &'a str,
}

/// The fact and source a result is about, by id, as `fact` and `source` in `--format json`.
#[derive(Serialize)]
struct ResultProperties<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    fact: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
}

/// The counts of `--format json`'s `summary`: the info findings are counted here, not listed.
#[derive(Serialize)]
struct RunProperties<'a> {
    summary: &'a Summary,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_read_as_identifiers() {
        assert_eq!(pascal_case("quote-not-found"), "QuoteNotFound");
        assert_eq!(pascal_case("invalid-yaml"), "InvalidYaml");
    }

    #[test]
    fn paths_are_relative_uris_with_forward_slashes() {
        assert_eq!(
            artifact_uri("facts.yaml"),
            ("facts.yaml".to_owned(), Some(SRCROOT))
        );
        assert_eq!(
            artifact_uri("briefs\\kherson/my facts#1.yaml"),
            (
                "briefs/kherson/my%20facts%231.yaml".to_owned(),
                Some(SRCROOT)
            )
        );
        assert_eq!(
            artifact_uri("../café/facts.yaml"),
            ("../caf%C3%A9/facts.yaml".to_owned(), Some(SRCROOT))
        );
        assert_eq!(
            artifact_uri("/home/a b/facts.yaml"),
            ("file:///home/a%20b/facts.yaml".to_owned(), None)
        );
        assert_eq!(
            artifact_uri("C:\\brief\\facts.yaml"),
            ("file:///C:/brief/facts.yaml".to_owned(), None)
        );
    }
}
