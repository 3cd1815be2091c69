//! The templates: the defaults embedded in the binary, overridden file by file by the files of
//! a user's templates folder.

use super::builtin::cards::Card;
use super::builtin::pages::PageWriter;
use super::markdown::Target;
use crate::load::{RunError, display};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use tera::{Context, Tera};

/// The built-in style sheet, which the built-in HTML page includes.
pub const BUILTIN_CSS: &str = include_str!("../../templates/briefing.css");

/// The default templates, as shipped in `templates/`.
const DEFAULTS: &[(&str, &str)] = &[
    (
        "briefing.html",
        include_str!("../../templates/briefing.html"),
    ),
    ("briefing.css", BUILTIN_CSS),
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
    /// The templates in use that are the built-in ones, text for text (a user's copy too),
    /// which `builtin` writes without tera.
    unchanged: Vec<&'static str>,
}

impl Templates {
    /// The templates shipped in the binary, as they are.
    pub fn builtin() -> Result<Templates, RunError> {
        Templates::from_files(defaults())
    }

    /// The defaults, with each file of `dir` (when it exists) in place of the default of the
    /// same name. A folder given explicitly must exist.
    pub fn load(dir: &Path, explicit: bool) -> Result<Templates, RunError> {
        let mut files = defaults();
        if dir.is_dir() {
            for (name, path) in template_files(dir)? {
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    RunError(format!("cannot read template `{}`: {e}", display(&path)))
                })?;
                files.insert(name, (text, display(&path)));
            }
        } else if explicit {
            return Err(RunError(format!(
                "cannot read templates folder `{}`: no such folder",
                display(dir)
            )));
        }
        Templates::from_files(files)
    }

    /// From each template's name to its text and where it came from.
    fn from_files(files: BTreeMap<String, (String, String)>) -> Result<Templates, RunError> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".htm", ".xml", ".svg"]);
        tera.set_escape_fn(escape_html);
        let origins: BTreeMap<String, String> = files
            .iter()
            .map(|(n, (_, o))| (n.clone(), o.clone()))
            .collect();
        tera.add_raw_templates(files.iter().map(|(n, (t, _))| (n.as_str(), t.as_str())))
            .map_err(|e| RunError(format!("a template does not parse:\n{e}")))?;
        let unchanged = DEFAULTS
            .iter()
            .filter(|(name, text)| files.get(*name).is_some_and(|(t, _)| t == text))
            .map(|(name, _)| *name)
            .collect();
        Ok(Templates {
            tera,
            origins,
            unchanged,
        })
    }

    fn is_unchanged(&self, name: &str) -> bool {
        self.unchanged.contains(&name)
    }

    /// The writer of the fact template `name`, when it is the built-in one.
    pub fn card(&self, name: &str) -> Option<Card> {
        Card::named(name).filter(|_| self.is_unchanged(name))
    }

    /// The writer of the page of `target`, when its template, and every template it includes,
    /// is the built-in one.
    pub fn page(&self, target: Target) -> Option<PageWriter> {
        let (writer, names): (_, &[&str]) = match target {
            Target::Html => (PageWriter::Html, &["briefing.html", "briefing.css"]),
            Target::Markdown => (PageWriter::Markdown, &["briefing.md"]),
        };
        names
            .iter()
            .all(|name| self.is_unchanged(name))
            .then_some(writer)
    }

    /// These templates with every card and page rendered by tera, to compare with the writers.
    #[cfg(test)]
    pub fn all_through_tera(mut self) -> Templates {
        self.unchanged.clear();
        self
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
    pub fn render_context(
        &self,
        name: &str,
        what: &dyn std::fmt::Display,
        context: &Context,
        out: &mut impl Write,
    ) -> Result<(), RunError> {
        self.tera.render_to(name, context, out).map_err(|error| {
            let origin = self.origins.get(name).map_or("built-in", String::as_str);
            RunError(format!(
                "template `{name}` ({origin}) failed to render {what}:\n{error}"
            ))
        })
    }
}

/// HTML escaping for templates: the same entities as tera's own, but the text between them is
/// found with memchr and written at once, which matters when a briefing is a hundred megabytes.
fn escape_html(input: &str, out: &mut dyn Write) -> std::io::Result<()> {
    escape_pieces(input, |piece| out.write_all(piece.as_bytes()))
}

/// [`escape_html`] into a string.
pub fn escape_html_into(input: &str, out: &mut String) {
    let written: Result<(), std::convert::Infallible> = escape_pieces(input, |piece| {
        out.push_str(piece);
        Ok(())
    });
    let Ok(()) = written;
}

/// Hands `input` to `write` piece by piece, with the characters HTML gives meaning to written
/// as entities.
fn escape_pieces<E>(input: &str, mut write: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
    let bytes = input.as_bytes();
    // The next `&`, `<` or `>`, and the next `"` or `'`, from `start` on.
    let angle = |from: usize| memchr::memchr3(b'&', b'<', b'>', &bytes[from..]).map(|i| from + i);
    let quote = |from: usize| memchr::memchr2(b'"', b'\'', &bytes[from..]).map(|i| from + i);
    let (mut next_angle, mut next_quote) = (angle(0), quote(0));
    let mut start = 0;
    loop {
        let at = match (next_angle, next_quote) {
            (Some(a), Some(q)) => a.min(q),
            (Some(at), None) | (None, Some(at)) => at,
            (None, None) => break,
        };
        let entity = match bytes[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        };
        // `at` is at an ASCII character, so on a character boundary.
        write(&input[start..at])?;
        write(entity)?;
        start = at + 1;
        if next_angle == Some(at) {
            next_angle = angle(start);
        } else {
            next_quote = quote(start);
        }
    }
    write(&input[start..])
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

#[cfg(test)]
mod tests {
    use super::{Card, DEFAULTS, PageWriter, Target, Templates, escape_html};

    #[test]
    fn only_a_fact_template_that_is_the_built_in_one_is_written_without_tera() {
        let dir = tempfile::tempdir().unwrap();
        let text = |name: &str| DEFAULTS.iter().find(|(n, _)| *n == name).unwrap().1;
        // A copy of the built-in template, as a user might keep it, and an edited one.
        std::fs::write(dir.path().join("fact.html"), text("fact.html")).unwrap();
        let edited = text("fact.md").replace("according to", "says");
        std::fs::write(dir.path().join("fact.md"), edited).unwrap();
        let templates = Templates::load(dir.path(), true).unwrap();
        assert_eq!(templates.card("fact.html"), Some(Card::Html));
        assert_eq!(templates.card("fact.md"), None);
        assert_eq!(templates.card("fact-notes.md"), Some(Card::Notes));
        assert_eq!(templates.card("briefing.html"), None, "not a card");
        assert_eq!(templates.page(Target::Html), Some(PageWriter::Html));
    }

    fn escaped(text: &str) -> String {
        let mut out = Vec::new();
        escape_html(text, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escaping_matches_teras_own() {
        for text in [
            "",
            "plain",
            "<a href=\"x\">Tom & Jerry's</a>",
            "«Київ» & >",
            "&&",
        ] {
            let mut teras = Vec::new();
            tera::escape_html(text, &mut teras).unwrap();
            assert_eq!(escaped(text), String::from_utf8(teras).unwrap(), "{text}");
        }
        assert_eq!(escaped("a<b"), "a&lt;b");
    }

    proptest::proptest! {
        #[test]
        fn escaping_equals_teras_own(text in "[a-z &<>\"'\u{e9}\u{2019}]{0,30}") {
            let mut teras = Vec::new();
            tera::escape_html(&text, &mut teras).unwrap();
            proptest::prop_assert_eq!(escaped(&text), String::from_utf8(teras).unwrap());
        }
    }
}
