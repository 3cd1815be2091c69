//! The templates: the defaults embedded in the binary, overridden file by file by the files of
//! a user's templates folder.

use crate::error::RunError;
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

/// Files in a templates folder that are read as templates.
const EXTENSIONS: &[&str] = &["html", "htm", "md", "css", "svg", "txt", "xml"];

pub struct Templates {
    tera: Tera,
    /// Where each template came from, for messages: a path, or "built-in".
    origins: BTreeMap<String, String>,
}

impl Templates {
    /// The templates shipped in the binary, with each file of `folder` (when one is given) in
    /// place of the default of the same name. A folder that is given must exist.
    pub fn load(folder: Option<&Path>) -> Result<Templates, RunError> {
        let mut files = defaults();
        if let Some(dir) = folder {
            if !dir.is_dir() {
                return Err(RunError(format!(
                    "cannot read templates folder `{}`: no such folder",
                    display(dir)
                )));
            }
            for (name, path) in template_files(dir)? {
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    RunError(format!("cannot read template `{}`: {e}", display(&path)))
                })?;
                files.insert(name, (text, display(&path)));
            }
        }
        Templates::from_files(files)
    }

    /// From each template's name to its text and where it came from.
    fn from_files(files: BTreeMap<String, (String, String)>) -> Result<Templates, RunError> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".htm", ".xml", ".svg"]);
        tera.add_raw_templates(files.iter().map(|(n, (t, _))| (n.as_str(), t.as_str())))
            .map_err(|e| RunError(format!("a template does not parse:\n{e}")))?;
        let origins = files.into_iter().map(|(n, (_, o))| (n, o)).collect();
        Ok(Templates { tera, origins })
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

    /// Renders the template `name` with a context made by `context()`, into `out`.
    pub fn render_to(
        &self,
        name: &str,
        what: &dyn std::fmt::Display,
        context: &Context,
        out: &mut Vec<u8>,
    ) -> Result<(), RunError> {
        self.tera
            .render_to(name, context, out)
            .map_err(|error| self.failed(name, what, &error))
    }

    fn failed(&self, name: &str, what: &dyn std::fmt::Display, error: &tera::Error) -> RunError {
        let origin = self.origins.get(name).map_or("built-in", String::as_str);
        RunError(format!(
            "template `{name}` ({origin}) failed to render {what}:\n{error}"
        ))
    }
}

/// The built-in templates, each with its text and "built-in" as where it came from.
fn defaults() -> BTreeMap<String, (String, String)> {
    DEFAULTS
        .iter()
        .map(|(name, text)| {
            (
                (*name).to_owned(),
                ((*text).to_owned(), "built-in".to_owned()),
            )
        })
        .collect()
}

/// Template files under `dir`, by their path relative to it, in a stable order.
fn template_files(dir: &Path) -> Result<Vec<(String, std::path::PathBuf)>, RunError> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries = std::fs::read_dir(&folder).map_err(|e| {
            RunError(format!(
                "cannot read templates folder `{}`: {e}",
                display(&folder)
            ))
        })?;
        for entry in entries {
            let path = entry
                .map_err(|e| RunError(format!("cannot read `{}`: {e}", display(&folder))))?
                .path();
            if path.is_dir() {
                pending.push(path);
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
