//! `--format human`: each finding with its place, rule, message and the line it is about.

use crate::check::{Finding, Report};
use crate::lines::{Lines, char_to_byte};
use crate::rules::Severity;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::borrow::Cow;

/// Renders the findings with colour; the caller's stream strips it when it is not a terminal or
/// `NO_COLOR` is set. The summary line is separate (`summary_line`), so `--quiet` can leave it out.
pub fn render(report: &Report, text: &str) -> String {
    render_list(&report.findings, text)
}

/// The `info` findings, for `--verbose`.
pub fn render_notes(report: &Report, text: &str) -> String {
    render_list(&report.notes, text)
}

fn render_list(findings: &[Finding], text: &str) -> String {
    // The index of a large file's lines is only worth building when there is something to show.
    if findings.is_empty() {
        return String::new();
    }
    let lines = Lines::new(text);
    let renderer = Renderer::styled();
    let mut out = String::new();
    let (shown, left_out) = super::shown(findings);
    for finding in shown {
        let message = super::clipped(&finding.message);
        out.push_str(&renderer.render(&finding_report(finding, &message, &lines)));
        out.push_str("\n\n");
    }
    for (rule, n) in left_out {
        out.push_str(&super::left_out_line(rule, n));
        out.push_str("\n\n");
    }
    out
}

/// Lines longer than this are not shown under a finding: a hostile file can be one long line.
const MAX_SHOWN_LINE: usize = 1000;

fn finding_report<'a>(f: &'a Finding, message: &'a str, lines: &Lines<'a>) -> Vec<Group<'a>> {
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::NOTE,
    };
    let title = level.primary_title(message).id(f.rule.name());
    let hint = Group::with_title(Level::HELP.secondary_title(format!(
        "`factsheet explain {}` says why this matters and how to fix it",
        f.rule
    )));
    let group = match lines
        .get(f.line)
        .filter(|line| line.len() <= MAX_SHOWN_LINE)
    {
        Some(line) => {
            // A tab is shown as one visible character, so that a finding about it can be seen
            // and the columns still count characters.
            let line: Cow<'a, str> = if line.contains('\t') {
                Cow::Owned(line.replace('\t', "\u{2192}"))
            } else {
                Cow::Borrowed(line)
            };
            let start = char_to_byte(&line, f.column.saturating_sub(1) as usize);
            // Where the finding ends, or at least the character at `start` (a multi-byte one
            // whole: the snippet printer cannot cut inside it).
            let first = line[start..].chars().next().map_or(1, char::len_utf8);
            let end =
                char_to_byte(&line, f.end_column.saturating_sub(1) as usize).max(start + first);
            let snippet = Snippet::source(line)
                .line_start(f.line as usize)
                .path(f.file.as_str())
                .annotation(AnnotationKind::Primary.span(start..end));
            title.element(snippet)
        }
        None => title.element(
            annotate_snippets::Origin::path(f.file.as_str())
                .line(f.line.max(1) as usize)
                .char_column(f.column.max(1) as usize),
        ),
    };
    vec![group, hint]
}

/// The last line: the counts; `notes_shown` when the info findings were printed above it
/// (`check --verbose`).
pub fn summary_line(report: &Report, notes_shown: bool) -> String {
    let s = &report.summary;
    let plural = crate::format::count;
    if s.unparsed {
        return format!(
            "{}: the facts file could not be read as YAML, so none of its facts or sources \
             were checked\n",
            plural(s.errors, "error", "errors")
        );
    }
    let mut line = format!(
        "{}, {} in {} and {}",
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings"),
        plural(s.facts, "fact", "facts"),
        plural(s.sources, "source", "sources"),
    );
    if s.allowed > 0 {
        line.push_str(&format!(" ({} allowed)", s.allowed));
    }
    if s.info > 0 {
        // Info findings are counted by rule: "60 single-source".
        let mut counts: Vec<(crate::rules::Rule, usize)> = Vec::new();
        for note in &report.notes {
            match counts.iter_mut().find(|(rule, _)| *rule == note.rule) {
                Some((_, n)) => *n += 1,
                None => counts.push((note.rule, 1)),
            }
        }
        let listed: Vec<String> = counts
            .iter()
            .map(|(rule, n)| format!("{n} {rule}"))
            .collect();
        let whence = if notes_shown {
            "listed above"
        } else {
            "`check --verbose` lists them"
        };
        line.push_str(&format!("; to note: {} ({whence})", listed.join(", ")));
    }
    line.push('\n');
    line
}
