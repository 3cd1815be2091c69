//! The templates: the defaults embedded in the binary, overridden file by file by the files of
//! a user's templates folder.

use crate::error::RunError;
use crate::files::Refused;
use crate::load::display;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use tera::{Context, Tera};

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

/// Files in a templates folder that are read as templates.
const EXTENSIONS: &[&str] = &["html", "htm", "md", "css", "svg", "txt", "xml"];

pub struct Templates {
    tera: Tera,
    /// Where each template came from, for messages: a path, or "built-in".
    origins: BTreeMap<String, String>,
}

impl Templates {
    /// The templates shipped in the binary, with each file of `folder` (when one is given) in
    /// place of the default of the same name. A folder that is given must exist. Only regular
    /// files inside it are read: a link that leads out of it, a pipe or a device stops the run.
    pub fn load(folder: Option<&Path>) -> Result<Templates, RunError> {
        let mut files = defaults();
        if let Some(dir) = folder {
            let real = crate::files::real_folder(dir).map_err(|why| {
                let why = match why {
                    Refused::Missing => "no such folder".to_owned(),
                    why => why.to_string(),
                };
                RunError(format!(
                    "cannot read templates folder `{}`: {why}",
                    display(dir)
                ))
            })?;
            for (name, path) in template_files(dir)? {
                let text = read_template(&real, &path)?;
                files.insert(name, (text, display(&path)));
            }
        }
        Templates::from_files(files)
    }

    /// From each template's name to its text and where it came from.
    fn from_files(files: BTreeMap<String, (String, String)>) -> Result<Templates, RunError> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".htm", ".xml", ".svg"]);
        let parsed =
            tera.add_raw_templates(files.iter().map(|(n, (t, _))| (n.as_str(), t.as_str())));
        let origins = files.into_iter().map(|(n, (_, o))| (n, o)).collect();
        match parsed {
            Ok(()) => Ok(Templates { tera, origins }),
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

    /// Renders the template `name` with a context made by `context()`, into `out`, which it
    /// may make at most `limit` bytes longer.
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
        RunError(format!(
            "template `{name}` ({origin}) failed to render {what}:\n{}",
            at_files(error, &self.origins)
        ))
    }
}

/// tera's error, with each place in a template of the templates folder named by its file
/// (`--> templates/briefing.md:2:9`), where tera names it by the template's name alone
/// (`--> briefing.md:2:9`): no file where factsheet runs, or another one.
fn at_files(error: &tera::Error, origins: &BTreeMap<String, String>) -> String {
    let mut text = error.to_string();
    for (name, origin) in origins {
        if origin != BUILT_IN {
            text = text.replace(&format!("--> {name}:"), &format!("--> {origin}:"));
        }
    }
    text
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

/// The built-in templates, each with its text and "built-in" as where it came from.
fn defaults() -> BTreeMap<String, (String, String)> {
    DEFAULTS
        .iter()
        .map(|(name, text)| {
            (
                (*name).to_owned(),
                ((*text).to_owned(), BUILT_IN.to_owned()),
            )
        })
        .collect()
}

/// Template files under `dir`, by their path relative to it, in a stable order. A folder that
/// is a link stops the run: followed, a link to `/` would make factsheet walk the disk.
fn template_files(dir: &Path) -> Result<Vec<(String, std::path::PathBuf)>, RunError> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let cannot = |e: std::io::Error| {
            RunError(format!(
                "cannot read templates folder `{}`: {e}",
                display(&folder)
            ))
        };
        for entry in std::fs::read_dir(&folder).map_err(cannot)? {
            let entry = entry.map_err(cannot)?;
            let path = entry.path();
            let kind = entry.file_type().map_err(cannot)?;
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_symlink() && path.is_dir() {
                return Err(RunError(format!(
                    "cannot read templates folder `{}`: `{}` is a link to a folder, and \
                     factsheet does not enter linked folders; put the templates themselves there",
                    display(dir),
                    display(&path)
                )));
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e))
                && let Ok(relative) = path.strip_prefix(dir)
            {
                out.push((display(relative), path));
            }
        }
    }
    out.sort();
    Ok(out)
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
    let text = String::from_utf8(bytes).map_err(|_| cannot(&"it is not UTF-8 text"))?;
    Ok(match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}
