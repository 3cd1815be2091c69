//! What changed outside the facts: the sources (matched by id) and the `briefing:` block. A
//! reviewer must see an article swapped under a fact (`file`, `sha256`), a source moved to
//! another address or publisher, and a changed `as_of` or summary, even when no fact changed.

use super::text;
use crate::load::model::{Briefing, FactsFile, Id, Source};
use crate::load::spanned::Spanned;
use crate::text::collapse_spaces;
use ahash::AHashMap as HashMap;
use schemars::JsonSchema;
use serde::Serialize;

/// A source as the diff names it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct SourceEntry {
    pub id: String,
    pub title: Option<String>,
    pub publisher: String,
    pub url: Option<String>,
    pub file: Option<String>,
    pub sha256: Option<String>,
}

/// A source in both files whose fields differ.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ChangedSource {
    pub id: String,
    /// The source as the new file has it.
    pub source: SourceEntry,
    /// What changed, in the order of the fields in the facts format.
    pub changes: Vec<FieldChange>,
}

/// One field that differs: `{"field": "url", "old": ..., "new": ...}`; `null` when absent.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// The sources added, removed and changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct SourceChanges {
    /// Sources of the new file whose id the old one does not have, in the new file's order.
    pub added: Vec<SourceEntry>,
    /// Sources of the old file whose id the new one does not have, in the old file's order.
    pub removed: Vec<SourceEntry>,
    /// Sources in both files that differ, in the new file's order.
    pub changed: Vec<ChangedSource>,
}

impl SourceChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// A source's fields as text (blank as absent), in the order of the facts format, with the
/// name each has there.
fn fields(s: &Source) -> [(&'static str, Option<String>); 12] {
    let t = |v: Option<&String>| v.and_then(|v| text(v));
    [
        ("id", Some(s.id.value.0.clone())),
        ("title", t(s.title.as_ref().map(|v| &v.value))),
        ("author", t(s.author.as_ref().map(|v| &v.value))),
        ("publisher", Some(collapse_spaces(&s.publisher.value))),
        (
            "published",
            s.published.as_ref().map(|d| d.value.to_string()),
        ),
        ("url", s.url.as_ref().map(|u| u.value.0.clone())),
        (
            "archive_url",
            s.archive_url.as_ref().map(|u| u.value.0.clone()),
        ),
        ("accessed", s.accessed.as_ref().map(|d| d.value.to_string())),
        ("file", s.file.as_ref().map(|f| f.value.clone())),
        ("sha256", s.sha256.as_ref().map(|h| h.value.0.clone())),
        ("note", t(s.note.as_ref().map(|v| &v.value))),
        (
            "language",
            s.language.as_ref().map(|l| l.value.as_str().to_owned()),
        ),
    ]
}

fn entry(s: &Source) -> SourceEntry {
    let [
        _,
        (_, title),
        _,
        _,
        _,
        (_, url),
        _,
        _,
        (_, file),
        (_, sha256),
        _,
        _,
    ] = fields(s);
    SourceEntry {
        id: s.id.value.0.clone(),
        title,
        publisher: collapse_spaces(&s.publisher.value),
        url,
        file,
        sha256,
    }
}

/// The fields of `new` that differ from `old`'s.
fn field_changes(
    old: impl IntoIterator<Item = (&'static str, Option<String>)>,
    new: impl IntoIterator<Item = (&'static str, Option<String>)>,
) -> Vec<FieldChange> {
    (old.into_iter().zip(new))
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, old), (_, new))| FieldChange { field, old, new })
        .collect()
}

/// The sources of `old` and `new` compared by id; a repeated id (which `check` reports) is
/// compared at its first declaration, the one citations use.
pub fn compare_sources(old: &FactsFile, new: &FactsFile) -> SourceChanges {
    let index = |file: &FactsFile| {
        let mut map: HashMap<String, usize> = HashMap::new();
        for (i, s) in file.sources.iter().enumerate() {
            map.entry(s.id.value.0.clone()).or_insert(i);
        }
        map
    };
    let (old_at, new_at) = (index(old), index(new));
    let first = |file: &FactsFile, at: &HashMap<String, usize>, i: usize| {
        at.get(&file.sources[i].id.value.0) == Some(&i)
    };
    let mut out = SourceChanges::default();
    for (i, s) in new.sources.iter().enumerate() {
        if !first(new, &new_at, i) {
            continue;
        }
        match old_at.get(&s.id.value.0) {
            None => out.added.push(entry(s)),
            Some(&j) => {
                let changes = field_changes(fields(&old.sources[j]), fields(s));
                if !changes.is_empty() {
                    out.changed.push(ChangedSource {
                        id: s.id.value.0.clone(),
                        source: entry(s),
                        changes,
                    });
                }
            }
        }
    }
    for (i, s) in old.sources.iter().enumerate() {
        if first(old, &old_at, i) && !new_at.contains_key(&s.id.value.0) {
            out.removed.push(entry(s));
        }
    }
    out
}

fn briefing_fields(b: &Briefing) -> [(&'static str, Option<String>); 4] {
    let ids = |list: &Vec<Spanned<Id>>| {
        let ids: Vec<&str> = list.iter().map(|id| id.value.as_str()).collect();
        ids.join(", ")
    };
    [
        ("title", text(&b.title.value)),
        ("as_of", Some(b.as_of.value.to_string())),
        ("summary", b.summary.as_ref().and_then(|s| text(&s.value))),
        ("key_figures", b.key_figures.as_ref().map(|k| ids(&k.value))),
    ]
}

/// The fields of `briefing:` that differ.
pub fn compare_briefing(old: &FactsFile, new: &FactsFile) -> Vec<FieldChange> {
    field_changes(
        briefing_fields(&old.briefing),
        briefing_fields(&new.briefing),
    )
}

/// The name a field has for readers of a briefing.
fn reader_name(field: &str) -> &str {
    match field {
        "title" => "Headline",
        "author" => "Author",
        "publisher" => "Publisher",
        "published" => "Published",
        "url" => "Address",
        "archive_url" => "Archived copy",
        "accessed" => "Read on",
        "file" => "Text on file",
        "sha256" => "Pinned hash of the text",
        "note" => "Note",
        "language" => "Language",
        "as_of" => "Date of the briefing",
        "summary" => "Summary",
        "key_figures" => "Key figures",
        other => other,
    }
}

/// One line a change of the sources, then of the briefing block, in `style`'s words.
pub fn describe_source_changes(changes: &SourceChanges, style: &super::Style<'_>) -> Vec<String> {
    let name = |s: &SourceEntry| {
        let title = s.title.as_deref().map(|t| style.quoted(t));
        match (style.readers, title) {
            (true, Some(title)) => format!("{title} ({})", (style.text)(&s.publisher)),
            (true, None) => (style.text)(&s.publisher),
            (false, _) => (style.text)(&s.id),
        }
    };
    let mut out = Vec::new();
    for s in &changes.added {
        let file = (s.file.as_deref()).map_or(String::new(), |f| format!(", {}", (style.text)(f)));
        let what = style.field("source added", "New source");
        out.push(format!(
            "{what}: {}{}",
            name(s),
            if style.readers { String::new() } else { file }
        ));
    }
    for s in &changes.removed {
        let what = style.field("source removed", "Source removed");
        out.push(format!("{what}: {}", name(s)));
    }
    for c in &changes.changed {
        for f in &c.changes {
            let field = if style.readers {
                reader_name(f.field)
            } else {
                f.field
            };
            out.push(format!(
                "{} {}, {}: {} → {}",
                style.field("source", "Source"),
                name(&c.source),
                (style.text)(field),
                style.optional(f.old.as_deref()),
                style.optional(f.new.as_deref())
            ));
        }
    }
    out
}

/// One line a change of the `briefing:` block.
pub fn describe_briefing(changes: &[FieldChange], style: &super::Style<'_>) -> Vec<String> {
    changes
        .iter()
        .map(|f| {
            let (old, new) = if f.field == "as_of" {
                (style.date(f.old.as_ref()), style.date(f.new.as_ref()))
            } else {
                (
                    style.optional(f.old.as_deref()),
                    style.optional(f.new.as_deref()),
                )
            };
            let field = if style.readers {
                reader_name(f.field).to_owned()
            } else {
                format!("briefing {}", f.field)
            };
            format!("{field}: {old} → {new}")
        })
        .collect()
}
