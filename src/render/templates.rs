//! The templates: the defaults embedded in the binary, overridden file by file by the files of
//! a user's templates folder.

use crate::error::RunError;
use crate::files::Refused;
use crate::load::display;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tera::{Context, Kwargs, Map, State, Tera, TeraResult, Value, value::Key};

/// The default templates, as shipped in `templates/`.
const DEFAULTS: &[(&str, &str)] = &[
    (
        "briefing.html",
        include_str!("../../templates/briefing.html"),
    ),
    ("briefing.css", include_str!("../../templates/briefing.css")),
    ("briefing.md", include_str!("../../templates/briefing.md")),
    ("fact.html", include_str!("../../templates/fact.html")),
    ("fact.md", include_str!("../../templates/fact.md")),
    (
        "fact-notes.md",
        include_str!("../../templates/fact-notes.md"),
    ),
];

/// Where a default template comes from, in messages and `--verbose`.
const BUILT_IN: &str = "built-in";

pub struct Templates {
    tera: Tera,
    /// Where each template came from, for messages: a path, or "built-in".
    origins: BTreeMap<String, String>,
    /// Files of the templates folder named almost as a template is, which no run reads.
    lookalikes: Vec<String>,
}

/// The real path of the templates folder `dir`, which must be a folder.
fn templates_folder(dir: &Path) -> Result<PathBuf, RunError> {
    let why = match crate::files::real_folder(dir) {
        // A folder that cannot be listed would pass for one without templates: the built-in
        // ones would be used in silence.
        Ok(real) if real.is_dir() => match std::fs::read_dir(&real) {
            Ok(_) => return Ok(real),
            Err(e) => Refused::Io(e).to_string(),
        },
        Ok(_) => "it is not a folder".to_owned(),
        // A link that leads nowhere, too.
        Err(Refused::Missing) => "no such folder".to_owned(),
        Err(why) => why.to_string(),
    };
    Err(RunError(format!(
        "cannot read templates folder `{}`: {why}; give a folder of templates with --templates",
        display(dir)
    )))
}

impl Templates {
    /// The templates `names` (those of the formats being rendered) and every template they
    /// include or extend, each from `folder` (when one is given) where it has a file of that
    /// name, else built in; a name that neither has is left out (`fact-notes.html`; an include
    /// of it is tera's error). Nothing else in the folder is read: notes and a README kept
    /// there are not templates, and a broken template of another format stops no run. A folder
    /// that is given must exist; only regular files inside it are read: a link that leads out
    /// of it, a pipe or a device stops the run.
    pub fn load(folder: Option<&Path>, names: &[&str]) -> Result<Templates, RunError> {
        let real = match folder {
            Some(dir) => Some(templates_folder(dir)?),
            None => None,
        };
        let mut files = BTreeMap::new();
        let mut pending: Vec<String> = names.iter().rev().map(|&n| n.to_owned()).collect();
        while let Some(name) = pending.pop() {
            if files.contains_key(&name) {
                continue;
            }
            let found = match (folder, &real) {
                (Some(dir), Some(real)) => user_template(dir, real, &name)?,
                _ => None,
            };
            let Some((text, origin)) = found.or_else(|| built_in(&name)) else {
                continue;
            };
            let text = if name.ends_with(".css") {
                as_text(&text)
            } else {
                pending.extend(references(&text));
                text
            };
            files.insert(name, (text, origin));
        }
        if let Some(chain) = too_deep(&files) {
            return Err(RunError(format!(
                "the templates include or extend one another more than {MAX_DEPTH} deep \
                 ({} ...), which would overflow the stack: include fewer levels",
                chain.join(" -> ")
            )));
        }
        let read: Vec<String> = files.keys().cloned().collect();
        let mut templates = Templates::from_files(files)?;
        if let (Some(dir), Some(real)) = (folder, &real) {
            templates.lookalikes = lookalikes(dir, real, &read);
        }
        Ok(templates)
    }

    /// Notes on files of the templates folder that look like a misspelt template's name
    /// (`Fact.html`, `fact.htm`, `facts.md`): no run reads them, and the built-in template is
    /// used in their place.
    pub fn lookalikes(&self) -> &[String] {
        &self.lookalikes
    }

    /// From each template's name to its text and where it came from.
    fn from_files(files: BTreeMap<String, (String, String)>) -> Result<Templates, RunError> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".htm", ".xml", ".svg"]);
        // tera's own groups in a hash map's order, which changes from run to run.
        tera.register_filter("group_by", group_by);
        let parsed =
            tera.add_raw_templates(files.iter().map(|(n, (t, _))| (n.as_str(), t.as_str())));
        let origins = files.into_iter().map(|(n, (_, o))| (n, o)).collect();
        match parsed {
            Ok(()) => Ok(Templates {
                tera,
                origins,
                lookalikes: Vec::new(),
            }),
            Err(e) => Err(RunError(format!(
                "a template does not parse:\n{}",
                at_files(&e, &origins)
            ))),
        }
    }

    /// Which templates are in use and where each came from, for `--verbose`.
    pub fn describe(&self) -> String {
        self.origins
            .iter()
            .map(|(name, origin)| format!("{name} ({origin})"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Whether there is a template of this name.
    pub fn has(&self, name: &str) -> bool {
        self.origins.contains_key(name)
    }

    /// The template context of `view`, to render several templates with.
    pub fn context(
        &self,
        what: &dyn std::fmt::Display,
        view: &impl Serialize,
    ) -> Result<Context, RunError> {
        Context::from_serialize(view)
            .map_err(|e| RunError(format!("cannot pass {what} to the templates: {e}")))
    }

    /// The template context whose one variable `name` is `view` (the fact template's `fact`):
    /// made directly, not from a struct around the view, which tera would first make a map of
    /// and then copy into the context, once for every fact of every format.
    pub fn variable(
        &self,
        what: &dyn std::fmt::Display,
        name: &'static str,
        view: &impl Serialize,
    ) -> Result<Context, RunError> {
        let value = Value::try_from_serializable(view)
            .map_err(|e| RunError(format!("cannot pass {what} to the templates: {e}")))?;
        let mut context = Context::new();
        context.insert_value(name, value);
        Ok(context)
    }

    /// Renders the template `name` with a context made by `context()` or `variable()`, into
    /// `out`, which it may make at most `limit` bytes longer.
    pub fn render_to(
        &self,
        name: &str,
        what: &dyn std::fmt::Display,
        context: &Context,
        out: &mut Vec<u8>,
        limit: usize,
    ) -> Result<(), RunError> {
        let mut limited = Limited {
            out,
            left: limit,
            over: false,
        };
        let rendered = self.tera.render_to(name, context, &mut limited);
        if limited.over {
            let origin = self.origins.get(name).map_or(BUILT_IN, String::as_str);
            return Err(RunError(format!(
                "template `{name}` ({origin}) wrote more than factsheet's limit of {} MB for \
                 {what} (a loop in the template?)",
                limit >> 20
            )));
        }
        rendered.map_err(|error| self.failed(name, what, &error))
    }

    fn failed(&self, name: &str, what: &dyn std::fmt::Display, error: &tera::Error) -> RunError {
        let origin = self.origins.get(name).map_or(BUILT_IN, String::as_str);
        let text = at_files(error, &self.origins);
        // tera says the same of a field of a none as of a misspelt one, but lists the fields
        // there are only for the misspelt one.
        let of_none = text.contains("Field `") && !text.contains("Available fields");
        let hint = if of_none {
            "\nhelp: what the field is read from is none here (a field the facts file may leave \
             out: `figure`, `date`, `location`, `claimed_by`, ...) or holds no fields: test it \
             first, `{% if fact.figure %}{{ fact.figure.value }}{% endif %}`"
        } else {
            ""
        };
        RunError(format!(
            "template `{name}` ({origin}) failed to render {what}:\n{text}{hint}"
        ))
    }
}

/// tera's error, with each place in a template of the templates folder named by its file
/// (`--> templates/briefing.md:2:9`), where tera names it by the template's name alone
/// (`--> briefing.md:2:9`): no file where factsheet runs, or another one.
fn at_files(error: &tera::Error, origins: &BTreeMap<String, String>) -> String {
    let mut text = error.to_string();
    let located = text.contains("--> ");
    for (name, origin) in origins {
        if origin != BUILT_IN {
            text = text.replace(&format!("--> {name}:"), &format!("--> {origin}:"));
        }
    }
    // A message with no place in a file (tera's "Circular include detected for template
    // 'fact.md'. Include chain: ...") gets the file of each template it names.
    if !located {
        for (name, origin) in origins {
            let named = ["\"", "'", "`"]
                .iter()
                .any(|q| text.contains(&format!("{q}{name}{q}")));
            if named {
                text.push_str(&format!("\n  `{name}` is {}", from(origin)));
            }
        }
    }
    // The templates of every format a run renders are read together.
    if text.contains("is defined in both") {
        text.push_str(
            "\n  the components of all the templates of a run share one set of names, whatever \
             their format: give each its own name (`badge_md`, `badge_html`)",
        );
    }
    text
}

/// Where a template came from, in a sentence: `templates/fact.md`, or the built-in one.
fn from(origin: &str) -> String {
    match origin {
        BUILT_IN => "the built-in template".to_owned(),
        path => format!("`{path}`"),
    }
}

/// Output that refuses more than `left` bytes: a template with a loop could write gigabytes.
struct Limited<'a> {
    out: &'a mut Vec<u8>,
    left: usize,
    /// Whether a write was refused (tera keeps only the kind of the error, not its words).
    over: bool,
}

impl std::io::Write for Limited<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_all(buf).map(|()| buf.len())
    }

    // tera writes in many small pieces: one check and one copy each, not the default loop.
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        if buf.len() > self.left {
            self.over = true;
            return Err(std::io::Error::other("over the limit"));
        }
        self.left -= buf.len();
        self.out.extend_from_slice(buf);
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The built-in template `name`, if there is one.
fn built_in(name: &str) -> Option<(String, String)> {
    (DEFAULTS.iter())
        .find(|(n, _)| *n == name)
        .map(|(_, text)| ((*text).to_owned(), BUILT_IN.to_owned()))
}

/// The names a template may have: the built-in ones, and `fact-notes.html`, which has none.
fn template_names() -> impl Iterator<Item = &'static str> {
    (DEFAULTS.iter().map(|(name, _)| *name)).chain(["fact-notes.html"])
}

/// For each file at the top of the templates folder `dir` (real path `real`), in name order,
/// whose name is within two letters of a template's, in any case, but is not one, nor one
/// that a template includes (`read`): a note naming both.
fn lookalikes(dir: &Path, real: &Path, read: &[String]) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(real) else {
        return Vec::new();
    };
    let mut names: Vec<String> = (entries.flatten())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| !template_names().any(|t| t == n) && !read.contains(n))
        .collect();
    names.sort();
    let template_like = |n: &str| {
        [".html", ".htm", ".md", ".markdown", ".css"]
            .iter()
            .any(|e| n.ends_with(e))
    };
    (names.iter())
        .filter_map(|name| {
            let lower = name.to_lowercase();
            let meant = template_names()
                .find(|t| template_like(&lower) && strsim::levenshtein(&lower, t) <= 2)?;
            // A file system that ignores case reads `Fact.html` as `fact.html`.
            if lower == meant && real.join(meant).is_file() {
                return None;
            }
            Some(format!(
                "`{}` is not read: a template is named `{meant}` (names are matched exactly, \
                 in lowercase), so the built-in one, if any, is used",
                display(&dir.join(name))
            ))
        })
        .collect()
}

/// The text of the template `name` in the templates folder `dir` (whose real path is
/// `real`) and where it came from, or `None` when the folder has no file of that name.
fn user_template(
    dir: &Path,
    real: &Path,
    name: &str,
) -> Result<Option<(String, String)>, RunError> {
    let path = dir.join(name);
    match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(RunError(format!(
                "cannot read template `{}`: {}",
                display(&path),
                Refused::Io(e)
            )));
        }
        Ok(_) => {}
    }
    Ok(Some((read_template(real, &path)?, display(&path))))
}

/// A stylesheet as a template that writes it as it is: minified CSS is full of `{#` and `{{`,
/// which tera would read as its own tags. Each `{%` is written by an expression between raw
/// blocks, so that no text of the file can end a raw block.
fn as_text(css: &str) -> String {
    let body = css.replace("{%", "{% endraw %}{{ \"{%\" }}{% raw %}");
    format!("{{% raw %}}{body}{{% endraw %}}")
}

/// The names a template includes or extends (`{% include "x" %}`, `{%- extends 'x' -%}`),
/// found by their tags; not in a comment (`{# ... #}`) or a raw block, which tera does not
/// read either, so that a file named only there is not read, nor stops the run when broken.
fn references(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut i = 0;
    while let Some(off) = text[i..].find('{') {
        let at = i + off;
        let after = &text[at..];
        i = if after.starts_with("{#") {
            after.find("#}").map_or(text.len(), |end| at + end + 2)
        } else if let Some(tag) = after.strip_prefix("{%") {
            let tag = tag.trim_start_matches('-').trim_start();
            match word_of(tag) {
                "raw" => after.find("endraw").map_or(text.len(), |end| at + end),
                word @ ("include" | "extends") => {
                    names.extend(name_in(&tag[word.len()..]));
                    at + 2
                }
                _ => at + 2,
            }
        } else {
            at + 1
        };
    }
    names
}

/// The first word of a tag's text.
fn word_of(tag: &str) -> &str {
    let end = tag
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(tag.len());
    &tag[..end]
}

/// The quoted template name at the start of `rest` (after white space), as an include or
/// extends tag gives it.
fn name_in(rest: &str) -> Option<String> {
    let rest = rest.trim_start();
    let quote = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\'' | '`'))?;
    let end = rest[1..].find(quote)?;
    Some(rest[1..1 + end].to_owned())
}

/// The most templates that may stand in one chain of includes and extends: a few hundred
/// overflow the stack while rendering.
const MAX_DEPTH: usize = 64;

/// The first `MAX_DEPTH + 1` templates of a chain in which each includes or extends the next,
/// when there is one so long. (A cycle is tera's to tell.)
fn too_deep(files: &BTreeMap<String, (String, String)>) -> Option<Vec<String>> {
    let below: BTreeMap<&str, Vec<String>> = (files.iter())
        .map(|(name, (text, _))| (name.as_str(), references(text)))
        .collect();
    // The longest chain from each template, up to the limit, each worked out once.
    fn longest<'a>(
        name: &'a str,
        below: &'a BTreeMap<&str, Vec<String>>,
        known: &mut BTreeMap<&'a str, usize>,
        on_path: &mut Vec<&'a str>,
    ) -> usize {
        if let Some(&n) = known.get(name) {
            return n;
        }
        if on_path.contains(&name) || on_path.len() > MAX_DEPTH {
            return 1;
        }
        on_path.push(name);
        let children = below.get(name).map_or(&[][..], Vec::as_slice);
        let deepest = (children.iter())
            .map(|c| longest(c, below, known, on_path))
            .max()
            .unwrap_or(0);
        on_path.pop();
        known.insert(name, deepest + 1);
        deepest + 1
    }
    let mut known = BTreeMap::new();
    let start = (below.keys())
        .copied()
        .find(|n| longest(n, &below, &mut known, &mut Vec::new()) > MAX_DEPTH)?;
    // The chain itself: from the start, each time the child with the longest chain.
    let mut chain = vec![start.to_owned()];
    let mut at = start;
    while chain.len() <= MAX_DEPTH {
        let children = below.get(at).map_or(&[][..], Vec::as_slice);
        let next = children
            .iter()
            .max_by_key(|c| known.get(c.as_str()).copied().unwrap_or(0))?;
        chain.push(next.clone());
        at = next.as_str();
    }
    chain.truncate(4);
    Some(chain)
}

/// The largest template file factsheet reads; the built-in ones are a few KB.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// The text of the template at `path`, which must be a regular file inside `folder` (a real
/// path), as UTF-8, without the byte-order mark some editors put first (it would be the first
/// character of the briefing).
fn read_template(folder: &Path, path: &Path) -> Result<String, RunError> {
    let cannot = |why: &dyn std::fmt::Display| {
        RunError(format!("cannot read template `{}`: {why}", display(path)))
    };
    let bytes = crate::files::inside(folder, path)
        .and_then(|real| crate::files::read(&real, MAX_TEMPLATE_BYTES))
        .map_err(|why| cannot(&why))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let why =
            crate::files::not_utf8(&display(path), e.as_bytes(), e.utf8_error().valid_up_to());
        RunError(format!("cannot read the template: {why}"))
    })?;
    Ok(match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// The `group_by` filter, the groups in the order their first member comes in, so that the
/// same facts give the same bytes (a template's map keeps the order it was made in).
fn group_by(items: &[Value], kwargs: Kwargs, _: &State) -> TeraResult<Map> {
    let attribute = kwargs.must_get::<&str>("attribute")?;
    let mut groups: Vec<(Key<'static>, Vec<Value>)> = Vec::new();
    let mut at: ahash::AHashMap<Key<'static>, usize> = ahash::AHashMap::new();
    for (i, item) in items.iter().enumerate() {
        let Some(value) = item.get_from_path(attribute).filter(|v| !v.is_none()) else {
            if item.get_from_path(attribute).is_none() {
                return Err(tera::Error::message(format!(
                    "group_by: item {i} (a {}) has no `{attribute}`",
                    item.name()
                )));
            }
            continue;
        };
        let key = match (value.as_str(), value.as_bool(), value.as_i64()) {
            (Some(s), _, _) => Key::String(Arc::from(s)),
            (_, Some(b), _) => Key::Bool(b),
            (_, _, Some(n)) => Key::I64(n),
            _ => {
                return Err(tera::Error::message(format!(
                    "group_by: `{attribute}` of item {i} is a {}, which cannot name a group",
                    value.name()
                )));
            }
        };
        match at.get(&key) {
            Some(&group) => groups[group].1.push(item.clone()),
            None => {
                at.insert(key.clone(), groups.len());
                groups.push((key, vec![item.clone()]));
            }
        }
    }
    Ok(groups
        .into_iter()
        .map(|(k, v)| (k, Value::from(v)))
        .collect())
}
