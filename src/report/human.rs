//! `--format human`: each finding with its place, rule, message and the line it is about.

use crate::check::{Finding, Report};
use crate::lines::{Lines, char_to_byte};
use crate::rules::Severity;
use annotate_snippets::{Annotation, AnnotationKind, Group, Level, Renderer, Snippet};
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
        let mut header = None;
        let shown = renderer.render(&finding_report(finding, &message, &lines, &mut header));
        match header {
            Some((printed, own)) => out.push_str(&shown.replacen(&printed, &own, 1)),
            None => out.push_str(&shown),
        }
        out.push_str("\n\n");
    }
    for (rule, n) in left_out {
        out.push_str(&super::left_out_line(rule, n));
        out.push_str("\n\n");
    }
    out
}

/// Lines longer than this, in bytes, are shown only around the finding: a hostile file can be
/// one long line, and a pasted article one long value.
const MAX_SHOWN_LINE: usize = 1000;

/// Characters of a long line shown before the finding, and after it.
const CONTEXT: usize = 60;

/// The finding as the printer takes it; `header`, for a long line, the place the printer will
/// name and the finding's own, to put in its place.
fn finding_report<'a>(
    f: &'a Finding,
    message: &'a str,
    lines: &Lines<'a>,
    header: &mut Option<(String, String)>,
) -> Vec<Group<'a>> {
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
    let line_number = f.line as usize;
    // A byte-order mark is no character of the file's columns, and shown it would push the
    // marks under the line one place off.
    let line = (lines.get(f.line)).map(|line| line.strip_prefix('\u{feff}').unwrap_or(line));
    let group = match line {
        Some(line) if line.len() <= MAX_SHOWN_LINE => {
            let shown = snippet(line.into(), f.column as usize, f.end_column as usize);
            title.element(shown.line_start(line_number).path(f.file.as_str()))
        }
        // The part of the line around the finding, with `…` where the line goes on; the
        // header, which the printer takes from the part, is given the line's own column after.
        Some(line) => {
            let (part, start, end) = around(line, f.column as usize, f.end_column as usize);
            let shown = snippet(part.into(), start, end).line_start(line_number);
            *header = Some((
                format!("{}:{}:{start}", f.file, f.line),
                format!("{}:{}:{}", f.file, f.line, f.column),
            ));
            title.element(shown.path(f.file.as_str()))
        }
        None => title.element(
            annotate_snippets::Origin::path(f.file.as_str())
                .line(line_number.max(1))
                .char_column(f.column.max(1) as usize),
        ),
    };
    vec![group, hint]
}

/// The line with the finding's columns (1-based, in characters) marked.
fn snippet<'a>(
    line: Cow<'a, str>,
    column: usize,
    end_column: usize,
) -> Snippet<'a, Annotation<'a>> {
    // A tab is shown as one visible character, so that a finding about it can be seen and the
    // columns still count characters.
    let line: Cow<'a, str> = if line.contains('\t') {
        Cow::Owned(line.replace('\t', "\u{2192}"))
    } else {
        line
    };
    let start = char_to_byte(&line, column.saturating_sub(1));
    // Where the finding ends, or at least the character at `start` (a multi-byte one whole:
    // the snippet printer cannot cut inside it).
    let first = line[start..].chars().next().map_or(1, char::len_utf8);
    let end = char_to_byte(&line, end_column.saturating_sub(1)).max(start + first);
    Snippet::source(line).annotation(AnnotationKind::Primary.span(start..end))
}

/// The characters of a long `line` around the finding's columns: `CONTEXT` before it, the
/// finding (at most `3 * CONTEXT` of it) and `CONTEXT` after, with `…` where the line goes on;
/// and the finding's columns in that part.
fn around(line: &str, column: usize, end_column: usize) -> (String, usize, usize) {
    let first = column.max(1) - 1;
    let last = end_column.max(column).max(1) - 1;
    let from = first.saturating_sub(CONTEXT);
    let to = last.min(first + 3 * CONTEXT) + CONTEXT;
    let (from_byte, to_byte) = (char_to_byte(line, from), char_to_byte(line, to));
    let lead = usize::from(from > 0);
    let mut part = String::with_capacity(to_byte - from_byte + 6);
    if lead == 1 {
        part.push('…');
    }
    part.push_str(&line[from_byte..to_byte]);
    if to_byte < line.len() {
        part.push('…');
    }
    let shift = |c: usize| c.min(to + 1).saturating_sub(from) + lead;
    (part, shift(column.max(1)), shift(end_column.max(column)))
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
