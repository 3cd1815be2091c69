//! Editing facts.yaml in place: a source appended to `sources:`, a source's `sha256` written,
//! and not a byte of the rest changed (comments, order, layout and line ends kept).
//!
//! Where to edit comes from the positions that the project's own YAML layer (`load::yaml`)
//! keeps for every node; the edit is then text inserted or replaced at those places. The
//! result is read back with the loader and compared with what was meant before anyone writes
//! it, so an edit the layout did not allow is refused, never written.

use crate::load::model::{FactsFile, Source};
use crate::load::spanned::Pos;
use crate::load::yaml::{self, Node, NodeKind};

/// A source to append, its values as they are to be written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewSource {
    pub id: String,
    pub title: Option<String>,
    pub author: Option<String>,
    pub publisher: String,
    /// YYYY-MM-DD.
    pub published: Option<String>,
    pub url: Option<String>,
    pub archive_url: Option<String>,
    /// YYYY-MM-DD.
    pub accessed: Option<String>,
    /// A BCP 47 tag.
    pub language: Option<String>,
    /// Relative to the facts file, as written (`sources/ID.txt`).
    pub file: String,
    /// 64 lowercase hexadecimal digits.
    pub sha256: String,
}

/// Why an edit of the facts file cannot be made, and the place in the file it is about, when
/// it is about one (so that the message starts `facts.yaml:LINE:COLUMN:` and an editor jumps
/// there).
#[derive(Debug, PartialEq, Eq)]
pub struct Refusal {
    pub at: Option<Pos>,
    pub why: String,
}

impl Refusal {
    fn at(pos: Pos, why: String) -> Refusal {
        Refusal { at: Some(pos), why }
    }
}

impl From<String> for Refusal {
    fn from(why: String) -> Refusal {
        Refusal { at: None, why }
    }
}

impl From<&str> for Refusal {
    fn from(why: &str) -> Refusal {
        why.to_owned().into()
    }
}

/// The facts file's text with `source` appended to its `sources:` list, and the line where
/// the new entry starts.
pub fn append_source(text: &str, source: &NewSource) -> Result<(String, u32), Refusal> {
    let doc = Doc::new(text);
    let root = doc.root()?;
    let NodeKind::Map(pairs) = &root.kind else {
        return Err("the facts file is not a mapping of `briefing`, `sources` and `facts`".into());
    };
    let found = pairs.iter().position(|(k, _)| scalar(k) == Some("sources"));
    let place = match found {
        None => doc.new_sources_key(pairs),
        Some(i) => doc.after_sources(&pairs[i].0, &pairs[i].1)?,
    };
    let mut insert = String::new();
    if place.blank_before {
        insert.push_str(doc.eol);
    }
    if place.key {
        insert.push_str("sources:");
        insert.push_str(doc.eol);
    }
    insert.push_str(&entry(source, &place.style, doc.eol));
    if place.blank_after {
        insert.push_str(doc.eol);
    }
    let line = doc.line_of(place.at)
        + u32::from(place.blank_before)
        + u32::from(place.key)
        + u32::from(place.newline_first);
    let mut edits = place.removals;
    let lead = if place.newline_first { doc.eol } else { "" };
    edits.push(Edit {
        at: place.at,
        remove: 0,
        insert: format!("{lead}{insert}"),
    });
    Ok((doc.apply(edits), line))
}

/// The facts file's text with each `(source id, sha256)` written: the value of an existing
/// `sha256` replaced (its quoting kept), or a `sha256:` line put after the `file:` line.
pub fn set_hashes(text: &str, hashes: &[(String, String)]) -> Result<String, Refusal> {
    let doc = Doc::new(text);
    let root = doc.root()?;
    let items = source_items(&root);
    // Each id to its first source, once: looking each up in the list took time in the square
    // of the number of sources.
    let mut by_id = ahash::AHashMap::new();
    for item in items {
        if let Some(id) = field(item, "id").and_then(|(_, v)| scalar(v)) {
            by_id.entry(id).or_insert(item);
        }
    }
    let mut edits = Vec::new();
    for (id, hex) in hashes {
        let item = (by_id.get(id.as_str()).copied())
            .ok_or_else(|| format!("no source `{id}` in the facts file"))?;
        edits.push(doc.hash_edit(id, item, hex)?);
    }
    Ok(doc.apply(edits))
}

/// The values of a source that an edit may touch, comparable whatever their positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Values {
    pub id: String,
    pub title: Option<String>,
    pub author: Option<String>,
    pub publisher: String,
    pub published: Option<String>,
    pub url: Option<String>,
    pub archive_url: Option<String>,
    pub accessed: Option<String>,
    pub language: Option<String>,
    pub file: Option<String>,
    pub sha256: Option<String>,
    pub note: Option<String>,
}

pub fn values(s: &Source) -> Values {
    Values {
        id: s.id.value.0.clone(),
        title: s.title.as_ref().map(|t| t.value.clone()),
        author: s.author.as_ref().map(|a| a.value.clone()),
        publisher: s.publisher.value.clone(),
        published: s.published.as_ref().map(|d| d.value.0.to_string()),
        url: s.url.as_ref().map(|u| u.value.0.clone()),
        archive_url: s.archive_url.as_ref().map(|u| u.value.0.clone()),
        accessed: s.accessed.as_ref().map(|d| d.value.0.to_string()),
        language: s.language.as_ref().map(|l| l.value.as_str().to_owned()),
        file: s.file.as_ref().map(|f| f.value.clone()),
        sha256: s.sha256.as_ref().map(|h| h.value.0.clone()),
        note: s.note.as_ref().map(|n| n.value.clone()),
    }
}

impl NewSource {
    pub fn values(&self) -> Values {
        Values {
            id: self.id.clone(),
            title: self.title.clone(),
            author: self.author.clone(),
            publisher: self.publisher.clone(),
            published: self.published.clone(),
            url: self.url.clone(),
            archive_url: self.archive_url.clone(),
            accessed: self.accessed.clone(),
            language: self.language.clone(),
            file: Some(self.file.clone()),
            sha256: Some(self.sha256.clone()),
            note: None,
        }
    }
}

/// Reads the edited text back with the loader: it must load, with `old`'s briefing and facts
/// and exactly the `expected` sources. Says what differs when it does not.
pub fn verify(old: &FactsFile, new_text: &str, expected: &[Values]) -> Result<(), Refusal> {
    let (parsed, _) = crate::load::parse_facts(new_text);
    let new = parsed.map_err(|problems| {
        let first = problems
            .first()
            .map_or(String::new(), |p| format!(" ({}: {})", p.pos, p.message));
        format!("the edited file would not load{first}")
    })?;
    let fact_ids = |f: &FactsFile| -> Vec<String> {
        f.facts.iter().map(|fact| fact.id.value.0.clone()).collect()
    };
    if old.briefing.title.value != new.briefing.title.value || fact_ids(old) != fact_ids(&new) {
        return Err("the edit would change the briefing or the facts".into());
    }
    let got: Vec<Values> = new.sources.iter().map(|s| values(s)).collect();
    if got != expected {
        return Err("the edited file would not hold the sources meant".into());
    }
    Ok(())
}

/// Text put in at a byte offset, after removing `remove` bytes there.
struct Edit {
    at: usize,
    remove: usize,
    insert: String,
}

/// How the entries of the list are laid out: the column of their `-` and of their keys.
struct Style {
    dash: usize,
    key: usize,
}

/// Where the new entry goes, and what goes around it.
struct Place {
    at: usize,
    style: Style,
    /// A `sources:` key is written first (there was none).
    key: bool,
    /// The last line has no line end: one is written first.
    newline_first: bool,
    blank_before: bool,
    blank_after: bool,
    /// Text taken out of the file (the `[]` or `~` of an empty list).
    removals: Vec<Edit>,
}

/// The facts file's text (without a byte order mark) and where each line starts.
struct Doc<'t> {
    bom: &'t str,
    body: &'t str,
    starts: Vec<usize>,
    eol: &'static str,
}

impl<'t> Doc<'t> {
    fn new(text: &'t str) -> Self {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let bom = &text[..text.len() - body.len()];
        let starts = std::iter::once(0)
            .chain(body.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let crlf = body.find('\n').is_some_and(|i| body[..i].ends_with('\r'));
        Doc {
            bom,
            body,
            starts,
            eol: if crlf { "\r\n" } else { "\n" },
        }
    }

    fn root(&self) -> Result<Node<'t>, Refusal> {
        match yaml::parse(self.body) {
            Ok(Some(root)) => Ok(root),
            Ok(None) => Err("the facts file is empty".into()),
            Err(e) => Err(Refusal::at(
                e.pos,
                format!("{} (`factsheet check` shows it)", e.message),
            )),
        }
    }

    /// The text of line `n` (1-based), without its line end.
    fn line(&self, n: usize) -> &'t str {
        let Some(&start) = self.starts.get(n.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(n).map_or(self.body.len(), |&s| s);
        self.body[start..end].trim_end_matches(['\n', '\r'])
    }

    fn lines(&self) -> usize {
        self.starts.len()
    }

    /// The byte offset of a node's position.
    fn offset(&self, pos: Pos) -> usize {
        let start = self.starts[(pos.line as usize).saturating_sub(1).min(self.lines() - 1)];
        let column = (pos.column as usize).saturating_sub(1);
        self.body[start..]
            .char_indices()
            .nth(column)
            .map_or(self.body.len(), |(i, _)| start + i)
    }

    /// The offset just after line `n` and its line end (the end of the text for the last).
    fn after_line(&self, n: usize) -> usize {
        self.starts.get(n).copied().unwrap_or(self.body.len())
    }

    /// The 1-based line that byte offset `at` is on (a line's end counts as the next line).
    fn line_of(&self, at: usize) -> u32 {
        u32::try_from(self.starts.partition_point(|&s| s <= at)).unwrap_or(u32::MAX)
    }

    /// Whether the text ends without a line end, so that text put at the end needs one first.
    fn open_end(&self, at: usize) -> bool {
        at == self.body.len() && !self.body.is_empty() && !self.body.ends_with('\n')
    }

    /// The text with `edits` made, each at its place in the text as it was; of two at one
    /// place, the later in `edits` comes first.
    fn apply(&self, edits: Vec<Edit>) -> String {
        let mut edits: Vec<(usize, Edit)> = edits.into_iter().enumerate().collect();
        edits.sort_by_key(|(i, e)| (e.at, std::cmp::Reverse(*i)));
        // In one pass: making each edit in the whole text moved all after it, once per edit.
        let mut out = String::with_capacity(self.bom.len() + self.body.len());
        out.push_str(self.bom);
        let mut from = 0;
        for (_, edit) in &edits {
            let (Some(kept), Some(end)) = (
                self.body.get(from..edit.at),
                edit.at.checked_add(edit.remove),
            ) else {
                // Edits that overlap (none are made so): one after the other, as written.
                edits.sort_by_key(|(i, _)| *i);
                return self.apply_each(edits.into_iter().map(|(_, e)| e).collect());
            };
            out.push_str(kept);
            out.push_str(&edit.insert);
            from = end;
        }
        out.push_str(self.body.get(from..).unwrap_or(""));
        out
    }

    /// `apply`, an edit at a time, from the last place to the first.
    fn apply_each(&self, mut edits: Vec<Edit>) -> String {
        edits.sort_by_key(|e| std::cmp::Reverse(e.at));
        let mut body = self.body.to_owned();
        for edit in edits {
            body.replace_range(edit.at..edit.at + edit.remove, &edit.insert);
        }
        format!("{}{body}", self.bom)
    }
}

impl Doc<'_> {
    /// Where a `sources:` key goes in a file without one: before `facts:` and the comment
    /// lines right above it, else at the end.
    fn new_sources_key(&self, pairs: &[(Node, Node)]) -> Place {
        let style = Style { dash: 2, key: 4 };
        let facts = pairs.iter().find(|(k, _)| scalar(k) == Some("facts"));
        let Some((key, _)) = facts else {
            let at = self.body.len();
            return Place {
                at,
                style,
                key: true,
                newline_first: self.open_end(at),
                blank_before: true,
                blank_after: false,
                removals: Vec::new(),
            };
        };
        let mut line = key.pos.line as usize;
        while line > 1 && self.line(line - 1).trim_start().starts_with('#') {
            line -= 1;
        }
        Place {
            at: self.starts[line - 1],
            style,
            key: true,
            newline_first: false,
            blank_before: false,
            blank_after: true,
            removals: Vec::new(),
        }
    }

    /// Where the entry goes in an existing `sources:`: after the last entry of a block list,
    /// or in place of an empty value (`[]`, `~` or nothing).
    fn after_sources(&self, key: &Node, value: &Node) -> Result<Place, Refusal> {
        let at_value = self.offset(value.pos);
        let flow = self.body[at_value..].starts_with('[');
        match &value.kind {
            NodeKind::Seq(items) if !flow => {
                let Some(last) = items.last() else {
                    return Err("`sources:` is an empty block list".into());
                };
                Ok(self.after_last_item(items.len(), last))
            }
            NodeKind::Seq(items) if items.is_empty() => {
                let end = self.body[at_value..]
                    .find(']')
                    .map_or(at_value, |e| at_value + e + 1);
                Ok(self.in_place_of(key, at_value, end))
            }
            NodeKind::Seq(_) => Err(Refusal::at(
                value.pos,
                "`sources:` is written as a flow list (`[...]`): write it as a block list, one \
                 `- id: ...` entry after another, and add-source can append to it"
                    .to_owned(),
            )),
            _ if value.is_null() => {
                // An empty value has its position where the text after the key starts.
                let written = value.pos.line == key.pos.line && scalar(value) != Some("");
                let end = at_value
                    + if written {
                        scalar(value).map_or(0, str::len)
                    } else {
                        0
                    };
                Ok(self.in_place_of(key, at_value, end))
            }
            _ => Err(Refusal::at(
                value.pos,
                format!(
                    "`sources:` holds {}, not a list of sources",
                    value.describe()
                ),
            )),
        }
    }

    /// The entry goes on the lines after `sources:`, and `start..end` (`[]`, `~`) goes away.
    fn in_place_of(&self, key: &Node, start: usize, end: usize) -> Place {
        let line = key.pos.line as usize;
        let at = self.after_line(line);
        let indent = key.pos.column as usize - 1;
        // The space between `sources:` and `[]` or `~` goes too.
        let from = self.body[..start].trim_end_matches([' ', '\t']).len();
        Place {
            at,
            style: Style {
                dash: indent + 2,
                key: indent + 4,
            },
            key: false,
            newline_first: self.open_end(at),
            blank_before: false,
            blank_after: false,
            removals: vec![Edit {
                at: from,
                remove: end - from,
                insert: String::new(),
            }],
        }
    }

    /// After the last entry of a block list: after its last line that is more indented than
    /// its `-` (its comments too), in the entries' own indentation, blank lines between
    /// entries kept as the list has them.
    fn after_last_item(&self, count: usize, last: &Node) -> Place {
        let first = last.pos.line as usize;
        let line = self.line(first);
        let key = last.pos.column as usize - 1;
        let dash = (line.get(..key).and_then(|l| l.rfind('-'))).unwrap_or(key.saturating_sub(2));
        let mut end = first;
        for n in first + 1..=self.lines() {
            let text = self.line(n);
            if text.trim().is_empty() {
                continue;
            }
            if indent(text) <= dash {
                break;
            }
            end = n;
        }
        let at = self.after_line(end);
        let flow = line
            .get(dash + 1..)
            .is_some_and(|l| l.trim_start().starts_with('{'));
        let key = if flow { dash + 2 } else { key };
        Place {
            at,
            style: Style { dash, key },
            key: false,
            newline_first: self.open_end(at),
            blank_before: count >= 2 && first >= 2 && self.line(first - 1).trim().is_empty(),
            blank_after: false,
            removals: Vec::new(),
        }
    }

    /// The edit that writes `hex` as source `id`'s `sha256`.
    fn hash_edit(&self, id: &str, item: &Node, hex: &str) -> Result<Edit, Refusal> {
        if let Some((_, value)) = field(item, "sha256") {
            let at = self.offset(value.pos);
            let quoted = self.body[at..].starts_with(['"', '\'']);
            let start = at + usize::from(quoted);
            // The value as written, on its line: up to its closing quote, or, plain, up to a
            // comment. A value that is not a sha256 (`'0000'`) is replaced whole.
            let line = self.body[start..].split(['\n', '\r']).next().unwrap_or("");
            let old = if quoted {
                let quote = self.body[at..].chars().next().unwrap_or('"');
                line.find(quote).map(|end| &line[..end])
            } else {
                Some(line.split(" #").next().unwrap_or("").trim_end())
            };
            let Some(old) = old.filter(|o| o.bytes().all(|b| b.is_ascii_alphanumeric())) else {
                return Err(Refusal::at(
                    value.pos,
                    format!(
                        "the `sha256` of source `{id}` is not written as 64 hexadecimal digits \
                         on one line: write `sha256: \"{hex}\"` there by hand"
                    ),
                ));
            };
            return Ok(Edit {
                at: start,
                remove: old.len(),
                insert: hex.to_owned(),
            });
        }
        let Some((key, value)) = field(item, "file") else {
            return Err(format!("source `{id}` has no `file`: there is nothing to pin").into());
        };
        if self.body[self.offset(item.pos)..].starts_with('{') {
            return Err(Refusal::at(
                item.pos,
                format!(
                    "source `{id}` is written as a flow mapping (`{{...}}`): add `sha256: \
                     \"{hex}\"` to it by hand"
                ),
            ));
        }
        let at = self.after_line(value.pos.line as usize);
        let lead = if self.open_end(at) { self.eol } else { "" };
        let indent = " ".repeat(key.pos.column as usize - 1);
        Ok(Edit {
            at,
            remove: 0,
            insert: format!("{lead}{indent}sha256: \"{hex}\"{}", self.eol),
        })
    }
}

/// The lines of a new entry.
fn entry(source: &NewSource, style: &Style, eol: &str) -> String {
    let dash = " ".repeat(style.dash);
    let pad = " ".repeat(style.key.saturating_sub(style.dash + 1).max(1));
    let key = " ".repeat(style.dash + 1 + pad.len());
    let mut out = format!("{dash}-{pad}id: {}{eol}", source.id);
    let mut line = |name: &str, value: String| {
        out.push_str(&format!("{key}{name}: {value}{eol}"));
    };
    if let Some(title) = &source.title {
        line("title", quoted(title));
    }
    if let Some(author) = &source.author {
        line("author", quoted(author));
    }
    line("publisher", quoted(&source.publisher));
    if let Some(published) = &source.published {
        line("published", published.clone());
    }
    if let Some(url) = &source.url {
        line("url", quoted(url));
    }
    if let Some(archive_url) = &source.archive_url {
        line("archive_url", quoted(archive_url));
    }
    if let Some(accessed) = &source.accessed {
        line("accessed", accessed.clone());
    }
    if let Some(language) = &source.language {
        line("language", language.clone());
    }
    line("file", source.file.clone());
    line("sha256", quoted(&source.sha256));
    out
}

/// `text` as a YAML double-quoted scalar: `"` and `\` escaped, and every character that YAML
/// or an editor would not show as itself (control characters, zero-width and format
/// characters, line and paragraph separators, the byte order mark) written as an escape.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || invisible(c) => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Characters that show as nothing: a soft hyphen, zero-width and direction marks, line and
/// paragraph separators, word joiners, the byte order mark.
fn invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// The number of spaces a line starts with.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn scalar<'n>(node: &'n Node) -> Option<&'n str> {
    match &node.kind {
        NodeKind::Scalar { value, .. } => Some(value),
        _ => None,
    }
}

/// The key and value of `name` in a mapping node.
fn field<'n, 'a>(node: &'n Node<'a>, name: &str) -> Option<(&'n Node<'a>, &'n Node<'a>)> {
    let NodeKind::Map(pairs) = &node.kind else {
        return None;
    };
    pairs
        .iter()
        .find(|(k, _)| scalar(k) == Some(name))
        .map(|(k, v)| (k, v))
}

/// The entries of the top-level `sources:` list.
fn source_items<'n, 'a>(root: &'n Node<'a>) -> &'n [Node<'a>] {
    match field(root, "sources").map(|(_, v)| &v.kind) {
        Some(NodeKind::Seq(items)) => items,
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_facts;

    const HEAD: &str = "# the brief\nbriefing:\n  title: T\n  as_of: 2022-03-03\n\n";
    const FACTS: &str = "\n# ---- facts\nfacts:\n  - id: f\n    statement: s # why\n    topic: T\n    sources:\n      - source: a\n";
    const TWO: &str = "sources:\n  - id: a\n    title: A\n    publisher: P # who\n    file: a.txt\n\n  - id: b\n    title: B\n    publisher: P\n    # about b\n";

    fn new_source() -> NewSource {
        NewSource {
            id: "new-one".into(),
            title: Some("Kherson: \"taken\" # says 'Kremlin' \\ C:\\path".into()),
            publisher: "Example News".into(),
            published: Some("2022-03-02".into()),
            url: Some("https://example.org/a?b=1#c".into()),
            file: "sources/new-one.txt".into(),
            sha256: "ab".repeat(32),
            author: Some("Jane \"JD\" Doe".into()),
            archive_url: Some("https://web.archive.org/web/20220303/https://example.org/a".into()),
            accessed: Some("2022-03-03".into()),
            language: Some("fr-CH".into()),
        }
    }

    /// Appends `new_source()` and checks that the result loads with the source last and its
    /// values as given, and that the text is the old one with lines put in at one place.
    fn appended(text: &str) -> String {
        let (new, _) = append_source(text, &new_source()).unwrap();
        let (parsed, _) = parse_facts(&new);
        let file = parsed.unwrap_or_else(|p| panic!("{p:?}\n{new}"));
        let last = file.sources.last().unwrap();
        assert_eq!(last.id.value.0, "new-one");
        assert_eq!(
            last.title.as_ref().unwrap().value,
            new_source().title.unwrap()
        );
        assert_eq!(last.sha256.as_ref().unwrap().value.0, "ab".repeat(32));
        assert_eq!(
            last.published.as_ref().unwrap().value.0.to_string(),
            "2022-03-02"
        );
        assert_eq!(values(last), new_source().values());
        new
    }

    fn common_ends(old: &str, new: &str) -> usize {
        let prefix = old
            .bytes()
            .zip(new.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        let suffix = (old.bytes().rev().zip(new.bytes().rev()))
            .take_while(|(a, b)| a == b)
            .count();
        prefix + suffix
    }

    #[test]
    fn an_entry_is_appended_after_the_last_one_and_nothing_else_changes() {
        let old = format!("{HEAD}{TWO}{FACTS}");
        let new = appended(&old);
        assert!(common_ends(&old, &new) >= old.len(), "{new}");
        // After b's comment, a blank line before it as between a and b, in their indentation.
        assert!(new.contains("    # about b\n\n  - id: new-one\n    title: \"Kherson: \\\"taken\\\" # says 'Kremlin' \\\\ C:\\\\path\"\n"), "{new}");
        let last = format!("    sha256: \"{}\"\n\n# ---- facts\n", "ab".repeat(32));
        assert!(new.contains(&last), "{new}");
        assert!(new.contains("    author: \"Jane \\\"JD\\\" Doe\"\n    publisher: \"Example News\"\n    published: 2022-03-02\n    url: \"https://example.org/a?b=1#c\"\n    archive_url: \"https://web.archive.org/web/20220303/https://example.org/a\"\n    accessed: 2022-03-03\n    language: fr-CH\n    file: sources/new-one.txt\n"), "{new}");
    }

    #[test]
    fn empty_missing_and_unterminated_lists_and_crlf_files() {
        for sources in ["sources: []\n", "sources:\n", "sources: ~\n", ""] {
            let old = format!("{HEAD}{sources}{FACTS}");
            let new = appended(&old);
            assert!(new.starts_with(HEAD) && new.ends_with(FACTS), "{new}");
            assert!(new.contains("sources:\n  - id: new-one\n"), "{new}");
        }
        // The list last, without a final line end.
        let old = format!("{HEAD}facts: []\n{}", TWO.trim_end());
        let new = appended(&old);
        assert!(
            new.starts_with(&old) && new[old.len()..].starts_with("\n\n  - id: new-one\n"),
            "{new}"
        );
        assert!(
            new.ends_with(&format!("sha256: \"{}\"\n", "ab".repeat(32))),
            "{new}"
        );
        let old = format!("{HEAD}{TWO}{FACTS}").replace('\n', "\r\n");
        let new = appended(&old);
        assert!(common_ends(&old, &new) >= old.len());
        assert!(!new.replace("\r\n", "").contains('\n'), "{new:?}");
        let old = format!("{HEAD}sources:\n- id: a\n  title: A\n  publisher: P\n{FACTS}");
        let new = appended(&old);
        assert!(
            new.contains("  publisher: P\n- id: new-one\n  title: "),
            "{new}"
        );
    }

    #[test]
    fn a_flow_list_with_entries_is_refused() {
        let old = format!("{HEAD}sources: [{{id: a, title: A, publisher: P}}]\n{FACTS}");
        let err = append_source(&old, &new_source()).unwrap_err();
        assert!(err.why.contains("block list"), "{err:?}");
        assert_eq!(err.at.map(|p| (p.line, p.column)), Some((6, 10)), "{err:?}");
    }

    #[test]
    fn hashes_are_replaced_or_put_after_the_file_line() {
        let old = format!(
            "{HEAD}sources:\n  - id: a\n    file: a.txt   # the copy\n    publisher: P\n  - id: b\n    publisher: P\n    sha256: '{}'\n    file: b.txt\n{FACTS}",
            "0".repeat(64)
        );
        let hashes = [
            ("a".to_owned(), "1".repeat(64)),
            ("b".to_owned(), "2".repeat(64)),
        ];
        let new = set_hashes(&old, &hashes).unwrap();
        let expected = old
            .replace(
                "# the copy\n",
                &format!("# the copy\n    sha256: \"{}\"\n", "1".repeat(64)),
            )
            .replace(&"0".repeat(64), &"2".repeat(64));
        assert_eq!(new, expected);
        let err = set_hashes(&old, &[("c".to_owned(), "1".repeat(64))]).unwrap_err();
        assert!(err.why.contains("no source `c`"), "{err:?}");
    }

    #[test]
    fn quoted_text_reads_back_as_itself() {
        for text in [
            "a: b # c",
            "\"quoted\" and 'single'",
            "back\\slash",
            "tab\there",
            "line\u{2028}sep",
            "zero\u{200b}width",
            "- dash",
            "@at",
            "Kyiv’s “view” — yes",
        ] {
            let yaml = format!("k: {}\n", quoted(text));
            let root = yaml::parse(&yaml).unwrap().unwrap();
            let (_, value) = field(&root, "k").unwrap();
            assert_eq!(scalar(value), Some(text), "{yaml}");
        }
        // What cannot be seen is written so that it can be.
        assert_eq!(
            quoted("He said \"no\" \\ then\u{200b}."),
            "\"He said \\\"no\\\" \\\\ then\\u200b.\""
        );
    }
}
