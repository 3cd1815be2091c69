//! Load: read the facts file into typed values, and the source files it names.

pub mod de;
pub mod git;
pub mod model;
pub mod sources;
pub mod spanned;
mod split;
mod syntax;
pub mod yaml;

use crate::error::RunError;
use crate::files::Refused;
use model::{Briefing, Fact, FactsFile, Source};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use spanned::{Pos, Spanned};
use std::path::{Path, PathBuf};
use yaml::{Node, NodeKind};

/// A problem that makes the facts file unusable: reported as `invalid-yaml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub pos: Pos,
    pub message: String,
    /// The id of the fact or source the problem is in, when it could be read.
    pub fact: Option<String>,
    pub source: Option<String>,
}

impl Problem {
    fn at(pos: Pos, message: impl Into<String>) -> Self {
        Problem {
            pos,
            message: message.into(),
            fact: None,
            source: None,
        }
    }
}

/// A facts file as read: its text (for showing lines), and its content or its problems.
pub struct Loaded {
    /// The path as the user gave it, for messages.
    pub display_path: String,
    /// The folder that holds the facts file: source files are read only inside it.
    pub base_dir: PathBuf,
    /// The file's text, with each line end that is a CR alone made LF (see `lone_cr`).
    pub text: String,
    /// Where the first line ends with a CR alone (classic Mac OS), if any. YAML reads it as a
    /// line end, so `text` has an LF there: every line and column counted in it then agree with
    /// the parser's. Such a file is checked, but not edited (its line ends would change).
    pub lone_cr: Option<Pos>,
    pub content: Result<FactsFile, Vec<Problem>>,
    /// Whether the text is YAML of the facts file's shape, so that its entries were counted.
    pub parsed: bool,
    /// The number of fact and source entries written, even when some could not be read.
    pub fact_count: usize,
    pub source_count: usize,
}

impl Loaded {
    /// A path written in the facts file (relative to its folder) as a path from the current
    /// folder, which a user can open where they ran factsheet.
    pub fn shown(&self, relative: &str) -> String {
        shown(&self.base_dir, relative)
    }
}

/// A path relative to the folder `base_dir` as a path from the current folder.
pub fn shown(base_dir: &Path, relative: &str) -> String {
    if base_dir == Path::new(".") {
        relative.to_owned()
    } else {
        display(&base_dir.join(relative))
    }
}

/// The largest facts file factsheet reads: far above any real fact base (100,000 facts are
/// 46 MB), and small enough that a hostile file cannot exhaust memory.
pub const MAX_FACTS_BYTES: u64 = 64 * 1024 * 1024;

/// Reads and parses the facts file. Only a file that cannot be read at all is an `Err`: one
/// that is missing, not a regular file, a link out of its folder, or over `MAX_FACTS_BYTES`.
pub fn load_facts(path: &Path) -> Result<Loaded, RunError> {
    let display_path = from_here(path);
    let base = base_dir(path);
    let bytes = crate::files::real_folder(&base)
        .and_then(|folder| crate::files::inside(&folder, path))
        .and_then(|real| crate::files::read(&real, MAX_FACTS_BYTES))
        .map_err(|why| {
            RunError(match why {
                Refused::Missing => format!(
                    "cannot read `{display_path}`: no such file (give the facts file with \
                     --facts, or run factsheet in the folder that holds facts.yaml)"
                ),
                Refused::NotAFile if path.is_dir() => format!(
                    "cannot read `{display_path}`: it is a folder; give the facts file itself"
                ),
                why => format!("cannot read `{display_path}`: {why}"),
            })
        })?;
    Ok(from_bytes(display_path, base, bytes))
}

/// The folder that holds a facts file (`.` for a bare file name).
pub fn base_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Parses the bytes of a facts file read from elsewhere (a file, or git for `--since`).
/// `display_path` names it in findings.
pub fn from_bytes(display_path: String, base_dir: PathBuf, bytes: Vec<u8>) -> Loaded {
    let mut lone_cr = None;
    let (text, content, counted) = match String::from_utf8(bytes) {
        Ok(text) => {
            let text = lone_crs_to_lf(text, &mut lone_cr);
            let (content, counted) = parse_facts(&text);
            (text, content, counted)
        }
        Err(err) => {
            let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
            let pos = end_position(valid);
            // A UTF-16 file is shown as its text, not as the bytes read as UTF-8 (a NUL between
            // every two letters), so the line under the finding is one the user recognises.
            let text = (crate::files::utf16_text(err.as_bytes()))
                .unwrap_or_else(|| String::from_utf8_lossy(err.as_bytes()).into_owned());
            let why = crate::files::not_utf8(&display_path, err.as_bytes(), valid.len());
            let problem = Problem::at(pos, why);
            (text, Err(vec![problem]), None)
        }
    };
    let (fact_count, source_count) = counted.unwrap_or_default();
    Loaded {
        display_path,
        base_dir,
        text,
        lone_cr,
        content,
        parsed: counted.is_some(),
        fact_count,
        source_count,
    }
}

/// `text` with each CR that is not followed by an LF made an LF, each byte where it was; `first`
/// is set to where the first one was.
fn lone_crs_to_lf(text: String, first: &mut Option<Pos>) -> String {
    let bytes = text.as_bytes();
    let lone: Vec<usize> = memchr::memchr_iter(b'\r', bytes)
        .filter(|&i| bytes.get(i + 1) != Some(&b'\n'))
        .collect();
    let Some(&at) = lone.first() else {
        return text;
    };
    *first = Some(end_position(&bytes[..at]));
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    // A CR is one byte, so each `i` is a character boundary.
    for i in lone {
        out.push_str(&text[from..i]);
        out.push('\n');
        from = i + 1;
    }
    out.push_str(&text[from..]);
    out
}

/// The facts file as findings name it: from the current folder when it lies there (so that
/// CI output does not depend on where the checkout is, as in `--format sarif`), else as given.
fn from_here(path: &Path) -> String {
    let here = std::env::current_dir().ok().filter(|_| path.is_absolute());
    let Some(here) = here else {
        return display(path);
    };
    // Lexically first; then with links resolved (a temporary folder reached through a link).
    let real = |p: &Path| std::fs::canonicalize(p).ok();
    let resolved = (path.parent().and_then(real))
        .zip(path.file_name())
        .map(|(folder, name)| folder.join(name));
    let relative = (path.strip_prefix(&here).ok().map(Path::to_path_buf)).or_else(|| {
        let (file, here) = (resolved?, real(&here)?);
        file.strip_prefix(here).ok().map(Path::to_path_buf)
    });
    match relative {
        Some(relative) if !relative.as_os_str().is_empty() => display(&relative),
        _ => display(path),
    }
}

/// The path with forward slashes, as the user gave it.
pub fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The line and column just after `prefix`.
fn end_position(prefix: &[u8]) -> Pos {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let last_line = prefix
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(prefix, |i| &prefix[i + 1..]);
    let column = String::from_utf8_lossy(last_line).chars().count() + 1;
    Pos::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

const TOP_LEVEL: &[&str] = &["briefing", "sources", "facts"];

/// What reading the facts file gives: the content or every problem, and how many facts and
/// sources it has (none counted when it is not YAML of the facts file's shape).
type Parsed = (Result<FactsFile, Vec<Problem>>, Option<(usize, usize)>);

/// An item of the `facts:` or `sources:` list, read on its own.
type Item<T> = Result<Spanned<T>, Problem>;

/// The `facts:` items, when they were read as the file was parsed on every core.
type SplitFacts = Option<Vec<Item<Fact>>>;

/// Parses the text; returns the content or every problem, and how many facts and sources it
/// has, when it is YAML of the facts file's shape (a mapping).
pub fn parse_facts(text: &str) -> Parsed {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (root, split_facts) = match parse_root(text) {
        Ok(parsed) => parsed,
        Err(problem) => return (Err(vec![problem]), None),
    };
    let root_pos = root.pos;
    let pairs = match top_level_pairs(root) {
        Ok(pairs) => pairs,
        Err(problem) => return (Err(vec![problem]), None),
    };
    let mut top = TopLevel {
        split_facts,
        ..TopLevel::default()
    };
    for (key, value) in pairs {
        top.read(key, value);
    }
    let cut = syntax::cut_by_comments(text)
        .into_iter()
        .chain(syntax::cut_by_anchors(text));
    top.problems
        .extend(cut.map(|(pos, message)| Problem::at(pos, message)));
    top.finish(root_pos)
}

/// The document's root node. A large file is parsed on every core (`split.rs`), and then its
/// `facts:` items come already read, beside a root whose `facts:` is empty.
fn parse_root(text: &str) -> Result<(Node<'_>, SplitFacts), Problem> {
    if let Some(doc) = split::parse_in_parallel(text, read_item::<Fact>) {
        return Ok((doc.root, Some(doc.items)));
    }
    match yaml::parse(text) {
        Ok(Some(root)) => Ok((root, None)),
        Ok(None) => Err(Problem::at(
            Pos::new(1, 1),
            "the facts file is empty: it needs `briefing`, `sources` and `facts` \
             (README.md shows a small example)",
        )),
        Err(e) => Err(Problem::at(e.pos, e.message)),
    }
}

/// The keys and values of the top-level mapping; a problem when the root is anything else.
fn top_level_pairs(root: Node<'_>) -> Result<Vec<(Node<'_>, Node<'_>)>, Problem> {
    match root.kind {
        NodeKind::Map(pairs) => Ok(pairs),
        kind => {
            let found = Node {
                pos: root.pos,
                kind,
            }
            .describe();
            Err(Problem::at(
                root.pos,
                format!(
                    "the facts file must be a mapping with `briefing`, `sources` and `facts` at \
                     the top; found {found}"
                ),
            ))
        }
    }
}

/// The top-level keys read so far: what they gave, and every problem found on the way.
#[derive(Default)]
struct TopLevel {
    file: FactsFile,
    problems: Vec<Problem>,
    /// Each key read and where, to report one that is written twice.
    seen: Vec<(String, Pos)>,
    briefing_seen: bool,
    facts_seen: bool,
    /// A key that is not one of `TOP_LEVEL` (such as a misspelt `fatcs:`).
    unknown_key: bool,
    fact_count: usize,
    source_count: usize,
    split_facts: SplitFacts,
}

impl TopLevel {
    /// Reads one top-level key and its value.
    fn read(&mut self, key: Node<'_>, value: Node<'_>) {
        let NodeKind::Scalar { value: name, .. } = &key.kind else {
            return; // keys are always scalars (yaml.rs refuses others)
        };
        if let Some((_, first)) = self.seen.iter().find(|(n, _)| n == name) {
            self.problems.push(Problem::at(
                key.pos,
                format!(
                    "the key `{name}` appears twice in this mapping (first at line {})",
                    first.line
                ),
            ));
            return;
        }
        self.seen.push((name.to_string(), key.pos));
        match name.as_ref() {
            "briefing" => self.read_briefing(key.pos, value),
            "sources" => self.read_sources(value),
            "facts" => self.read_facts(value),
            other => {
                self.unknown_key = true;
                self.problems.push(Problem::at(
                    key.pos,
                    de::unknown_key_message(other, TOP_LEVEL),
                ));
            }
        }
    }

    /// `key_pos` places a problem that the value itself cannot place.
    fn read_briefing(&mut self, key_pos: Pos, value: Node<'_>) {
        self.briefing_seen = true;
        match de::from_node::<Spanned<Briefing>>(value) {
            Ok(b) => {
                let what = || "the briefing".to_owned();
                let problems = field_problems(what, b.required_missing(b.pos), b.blank_fields());
                self.problems.extend(problems);
                self.file.briefing = b;
            }
            Err(e) => self
                .problems
                .push(Problem::at(e.pos.unwrap_or(key_pos), e.message)),
        }
    }

    fn read_sources(&mut self, value: Node<'_>) {
        let items = read_list::<Source>(value, &mut self.problems, "source");
        self.source_count = items.len();
        for item in items {
            match item {
                Ok(source) => {
                    let what = || format!("source `{}`", source.id.value);
                    let missing = source.required_missing(source.pos);
                    for mut p in field_problems(what, missing, source.blank_fields()) {
                        p.source = some_id(&source.id);
                        self.problems.push(p);
                    }
                    self.file.sources.push(source);
                }
                // `read_item` names the item as a fact; here it is a source.
                Err(mut p) => {
                    p.source = p.fact.take();
                    self.problems.push(p);
                }
            }
        }
    }

    fn read_facts(&mut self, value: Node<'_>) {
        self.facts_seen = true;
        let items = match self.split_facts.take() {
            Some(items) => items,
            None => read_list::<Fact>(value, &mut self.problems, "fact"),
        };
        self.fact_count = items.len();
        let problems = &mut self.problems;
        // Collected in place: the facts stay in the list they were read into.
        self.file.facts = items
            .into_iter()
            .filter_map(|item| match item {
                Ok(fact) => {
                    let what = || format!("fact `{}`", fact.id.value);
                    let missing = fact.required_missing(fact.pos);
                    for mut p in field_problems(what, missing, fact.blank_fields()) {
                        p.fact = some_id(&fact.id);
                        problems.push(p);
                    }
                    Some(fact)
                }
                Err(p) => {
                    problems.push(p);
                    None
                }
            })
            .collect();
    }

    /// Adds the missing top-level keys to the problems, and gives the content or the problems
    /// in the order of the file.
    fn finish(mut self, root_pos: Pos) -> Parsed {
        // A misspelt key (`fatcs:`) already says what is missing.
        for (seen_it, name) in [(self.briefing_seen, "briefing"), (self.facts_seen, "facts")] {
            if !seen_it && !self.unknown_key {
                self.problems.push(Problem::at(
                    root_pos,
                    format!("missing the required top-level field `{name}`"),
                ));
            }
        }
        self.check_key_figures();
        let (fact_count, source_count) = (self.fact_count, self.source_count);
        if self.problems.is_empty() {
            (Ok(self.file), Some((fact_count, source_count)))
        } else {
            let mut problems = self.problems;
            problems.sort_by(|a, b| a.pos.cmp(&b.pos).then_with(|| a.message.cmp(&b.message)));
            (Err(problems), Some((fact_count, source_count)))
        }
    }
}

impl TopLevel {
    /// `briefing.key_figures` names facts with a figure, each once: an id that is not a
    /// fact's (with the nearest one), a fact without a figure, or an id listed twice is a
    /// problem at the id. A fact that could not be read is not known to lack a figure: its
    /// own problem is told.
    fn check_key_figures(&mut self) {
        let Some(list) = &self.file.briefing.value.key_figures else {
            return;
        };
        let mut facts: ahash::AHashMap<&str, bool> = ahash::AHashMap::new();
        for fact in &self.file.facts {
            facts
                .entry(fact.id.value.as_str())
                .or_insert(fact.figure.is_some());
        }
        let unread: ahash::AHashSet<&str> = (self.problems.iter())
            .filter_map(|p| p.fact.as_deref())
            .filter(|id| !facts.contains_key(id))
            .collect();
        // Each id that is not a fact's is looked up once, within one budget.
        let (mut nearest, mut budget) = (None, crate::nearest::Budget::default());
        let mut seen: ahash::AHashMap<&str, Pos> = ahash::AHashMap::new();
        let mut problems = Vec::new();
        for id in &list.value {
            let name = id.value.as_str();
            let message = if let Some(first) = seen.get(name) {
                format!(
                    "`briefing.key_figures` lists fact `{name}` twice (first at line {})",
                    first.line
                )
            } else {
                seen.insert(name, id.pos);
                match facts.get(name) {
                    Some(true) => continue,
                    Some(false) => format!(
                        "`briefing.key_figures` lists fact `{name}`, which has no `figure`: \
                         the panel shows facts' figures; give the fact a figure or leave it out \
                         of the list"
                    ),
                    None if unread.contains(name) => continue,
                    None => {
                        // In the order of the file, so that a tie is told the same every run.
                        let nearest = nearest.get_or_insert_with(|| {
                            let ids = (self.file.facts.iter()).map(|f| f.id.value.as_str());
                            crate::nearest::Nearest::new(ids.collect(), crate::nearest::Ties::Last)
                        });
                        let hint = (nearest.find(name, &mut budget))
                            .map_or(String::new(), |n| format!("; did you mean `{n}`?"));
                        format!(
                            "`briefing.key_figures` lists `{name}`, which is not the id of a \
                             fact{hint}"
                        )
                    }
                }
            };
            problems.push(Problem::at(id.pos, message));
        }
        self.problems.extend(problems);
    }
}

fn some_id(id: &Spanned<model::Id>) -> Option<String> {
    (!id.is_missing()).then(|| id.value.0.clone())
}

/// The problems of an item's required fields that are missing and optional ones given blank;
/// `what` names the item ("fact `a`"), made only when there is a problem.
fn field_problems(
    what: impl Fn() -> String,
    missing_fields: Vec<model::Missing>,
    blank_fields: Vec<model::Missing>,
) -> Vec<Problem> {
    if missing_fields.is_empty() && blank_fields.is_empty() {
        return Vec::new();
    }
    let what = what();
    (missing_fields
        .into_iter()
        .map(|(field, at)| missing(field, &what, at)))
    .chain(
        blank_fields
            .into_iter()
            .map(|(field, at)| blank(field, &what, at)),
    )
    .collect()
}

fn missing(field: &str, what: &str, at: Pos) -> Problem {
    Problem::at(
        at,
        format!("{what} is missing the required field `{field}` (or it is empty)"),
    )
}

/// An optional field given blank would show as an empty place (`<dt></dt>`): like a blank
/// required field, it does not fit the format.
fn blank(field: &str, what: &str, at: Pos) -> Problem {
    Problem::at(
        at,
        format!("{what} has an empty `{field}`: remove the field or give it a value"),
    )
}

/// Reads each item of a list on its own, so one broken fact does not hide the others.
fn read_list<T: DeserializeOwned + Send>(
    node: Node,
    problems: &mut Vec<Problem>,
    what: &str,
) -> Vec<Item<T>> {
    if node.is_null() {
        return Vec::new();
    }
    let pos = node.pos;
    let NodeKind::Seq(items) = node.kind else {
        let found = Node {
            pos,
            kind: node.kind,
        }
        .describe();
        problems.push(Problem::at(
            pos,
            format!("expected a list of {what}s (lines starting with `- `), found {found}"),
        ));
        return Vec::new();
    };
    // Small tasks, so that both cores finish together.
    items
        .into_par_iter()
        .with_max_len(64)
        .map(read_item)
        .collect()
}

fn read_item<T: DeserializeOwned>(item: Node) -> Item<T> {
    let id = item_id(&item);
    let item_pos = item.pos;
    de::from_node::<Spanned<T>>(item).map_err(|e| Problem {
        pos: e.pos.unwrap_or(item_pos),
        message: e.message,
        fact: id,
        source: None,
    })
}

/// The `id` written in a list item, to name it in a problem even when the item cannot be read.
fn item_id(item: &Node) -> Option<String> {
    let NodeKind::Map(pairs) = &item.kind else {
        return None;
    };
    pairs.iter().find_map(|(k, v)| match (&k.kind, &v.kind) {
        (NodeKind::Scalar { value: key, .. }, NodeKind::Scalar { value, .. }) if key == "id" => {
            model::Id::parse(value.to_string()).ok().map(|id| id.0)
        }
        _ => None,
    })
}
