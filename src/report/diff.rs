//! Printing a `Diff` for `factsheet diff`: readable lines (`human`), one JSON object (`json`)
//! or a Markdown section to paste into a report (`markdown`).

use crate::diff::{
    Change, Diff, FactEntry, Style, describe, describe_briefing, describe_source_changes,
};
use crate::format::{self, count};
use crate::markdown::{self, Target};
use crate::text::collapse_spaces;

/// The formats of `diff --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable lines, grouped by kind
    Human,
    /// One JSON object: added, removed, changed and a summary
    Json,
    /// A Markdown section to paste into a report
    Md,
}

/// `facts: 1 added, 1 removed, 2 changed, 3 unchanged`, and a line for the sources and the
/// briefing block when they changed.
pub fn summary_line(diff: &Diff) -> String {
    let s = &diff.summary;
    let mut out = format!(
        "facts: {} added, {} removed, {} changed, {} unchanged\n",
        s.added, s.removed, s.changed, s.unchanged
    );
    let sources = &diff.sources;
    if !sources.is_empty() {
        out.push_str(&format!(
            "sources: {} added, {} removed, {} changed\n",
            sources.added.len(),
            sources.removed.len(),
            sources.changed.len()
        ));
    }
    if !diff.briefing.is_empty() {
        out.push_str(&format!(
            "briefing: {} changed\n",
            count(diff.briefing.len(), "field", "fields")
        ));
    }
    out
}

/// `What changed since 2 March 2022 (a1b2c3d)`: the revision's commit by its date and short
/// hash, as the briefings name it (the revision as typed, `HEAD`, would name another commit
/// tomorrow); `What changed` between two files.
pub fn heading(diff: &Diff) -> String {
    match &diff.since {
        Some(revision) => format!(
            "What changed since {} ({})",
            format::day(&revision.date.0),
            revision.short()
        ),
        None => "What changed".to_owned(),
    }
}

/// Readable lines grouped by kind; `summary` adds the heading of a `--since` diff and the
/// closing count.
pub fn human(diff: &Diff, summary: bool) -> String {
    let style = Style {
        text: &collapse_spaces,
        readers: false,
    };
    let mut groups: Vec<String> = Vec::new();
    let mut group = |title: &str, n: usize, body: String| {
        if n > 0 {
            groups.push(format!("{title} ({n}):\n{body}"));
        }
    };
    let entries = |list: &[FactEntry], mark: char| -> String {
        list.iter()
            .map(|f| format!("  {mark} {}: {}\n", f.id, f.statement))
            .collect()
    };
    group("Added", diff.added.len(), entries(&diff.added, '+'));
    group("Removed", diff.removed.len(), entries(&diff.removed, '-'));
    let mut body = String::new();
    for fact in &diff.changed {
        body.push_str(&format!("  ~ {}: {}\n", fact.id, fact.statement));
        for change in &fact.changes {
            if let Change::Statement { old, .. } = change {
                body.push_str(&format!("      statement was: {old}\n"));
            }
            for line in describe(change, &style) {
                body.push_str(&format!("      {line}\n"));
            }
        }
    }
    group("Changed", diff.changed.len(), body);
    let lines = |list: Vec<String>| -> String { list.iter().map(|l| format!("  {l}\n")).collect() };
    let source_lines = describe_source_changes(&diff.sources, &style);
    group("Sources", source_lines.len(), lines(source_lines));
    group(
        "Briefing",
        diff.briefing.len(),
        lines(describe_briefing(&diff.briefing, &style)),
    );
    let mut out = groups.join("\n");
    if summary {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&summary_line(diff));
        if diff.since.is_some() {
            out = format!("{}\n\n{out}", heading(diff));
        }
    }
    out
}

/// The diff as one JSON object (`added`, `removed`, `changed`, `summary`).
pub fn json(diff: &Diff) -> String {
    // Serialising plain data with string keys cannot fail.
    let mut out = serde_json::to_string_pretty(diff).unwrap_or_default();
    out.push('\n');
    out
}

/// A Markdown section, to paste into a report.
pub fn markdown(diff: &Diff) -> String {
    let escape = markdown::escape;
    let style = Style {
        text: &escape,
        readers: false,
    };
    let statement = |s: &str| markdown::inline(s, Target::Markdown);
    // The heading holds a date and hexadecimal digits only: nothing to escape.
    let mut out = format!("## {}\n\n", heading(diff));
    let s = &diff.summary;
    if diff.no_fact_changed() {
        out.push_str(&format!(
            "No fact was added, removed or changed; {} unchanged.\n",
            count(s.unchanged, "fact", "facts")
        ));
    } else {
        out.push_str(&format!(
            "{} added, {} removed, {} changed; {} unchanged.\n",
            count(s.added, "fact", "facts"),
            s.removed,
            s.changed,
            s.unchanged
        ));
    }
    let mut section = |title: &str, items: Vec<String>| {
        if !items.is_empty() {
            out.push_str(&format!("\n### {title}\n\n"));
            for item in items {
                out.push_str(&item);
            }
        }
    };
    let entry = |f: &FactEntry| format!("- `{}`: {}\n", f.id, statement(&f.statement));
    section("Added", diff.added.iter().map(entry).collect());
    section("Removed", diff.removed.iter().map(entry).collect());
    section(
        "Changed",
        diff.changed
            .iter()
            .map(|fact| {
                let mut item = format!("- `{}`: {}\n", fact.id, statement(&fact.statement));
                for change in &fact.changes {
                    if let Change::Statement { old, .. } = change {
                        item.push_str(&format!("  - statement was: {}\n", statement(old)));
                    }
                    for line in describe(change, &style) {
                        item.push_str(&format!("  - {line}\n"));
                    }
                }
                item
            })
            .collect(),
    );
    let item = |line: String| format!("- {line}\n");
    section(
        "Sources",
        (describe_source_changes(&diff.sources, &style).into_iter())
            .map(item)
            .collect(),
    );
    section(
        "Briefing",
        (describe_briefing(&diff.briefing, &style).into_iter())
            .map(item)
            .collect(),
    );
    out
}
