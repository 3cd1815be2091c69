//! The source a command about one source (`quote`, `suggest`) names: found by its id in the
//! facts file and read as `check` reads it.

use super::{Outcome, invalid_text, print_err};
use crate::error::RunError;
use crate::fact_base::FactBase;
use crate::load::model::{FactsFile, Source};
use crate::load::sources::{SourceFile, SourceText, read_original};
use crate::load::{self, de};
use crate::log::Log;
use std::path::Path;

/// A source of the facts file, with its file's text as written and normalised.
pub(super) struct Opened {
    pub(super) file: FactsFile,
    /// The folder the facts file's paths are relative to.
    pub(super) base_dir: std::path::PathBuf,
    /// The source's place in `file.sources`.
    pub(super) index: usize,
    /// Its `file`, as a path from the current folder.
    pub(super) path: String,
    pub(super) original: String,
    pub(super) text: SourceText,
}

impl Opened {
    pub(super) fn source(&self) -> &Source {
        &self.file.sources[self.index].value
    }

    /// The days that the page this source's text came from gave in markup (its `ID.days`,
    /// which `add-source` writes beside `ID.txt`), placed in the text, and the day it was
    /// updated after its publication; none without the file.
    pub(super) fn given_days(
        &self,
    ) -> (Vec<crate::author::days::Placed>, Option<jiff::civil::Date>) {
        use crate::author::days;
        let Some(file) = &self.source().file else {
            return (Vec::new(), None);
        };
        let path = self.base_dir.join(days::path_of(&file.value));
        // A days file is a line a day: far below this.
        let Ok(bytes) = crate::files::read(&path, 1024 * 1024) else {
            return (Vec::new(), None);
        };
        let given = days::parse(&String::from_utf8_lossy(&bytes));
        (
            days::place(&self.text.normalized, &given),
            days::updated(&given),
        )
    }

    /// The id of another source of the facts file whose text has `words` as they are, as
    /// `check` would find a quote: when this one does not, the words may be cited from the
    /// wrong source.
    pub(super) fn elsewhere(&self, words: &str) -> Option<String> {
        let normalized = crate::text::normalize(words);
        let parts = crate::text::quote_parts(&normalized);
        if parts.is_empty() {
            return None;
        }
        let texts = load::sources::read_all(&self.base_dir, &self.file.sources);
        (self.file.sources.iter().zip(&texts).enumerate())
            .filter(|(i, _)| *i != self.index)
            .find_map(|(_, (source, text))| match text {
                SourceFile::Read(read)
                    if crate::text::find_parts(&read.normalized, &parts).is_ok() =>
                {
                    Some(source.value.id.value.to_string())
                }
                _ => None,
            })
    }
}

/// Loads the facts file (given, or found) and reads the file of the source `id`. A facts file that does not
/// load is told as `check` tells it (on standard error) and ends the command with exit 1.
pub(super) fn open(
    facts: Option<&Path>,
    id: &str,
    log: Log,
) -> Result<Result<Opened, Outcome>, RunError> {
    let facts = FactBase::locate(facts)?.facts;
    let loaded = super::load_logged(log, "load", || load::load_facts(&facts))?;
    if loaded.content.is_err() {
        print_err(&format!(
            "error: {} does not fit the facts format; fix it first:\n{}",
            loaded.display_path,
            invalid_text(&loaded)
        ));
        return Ok(Err(Outcome::Failed));
    }
    let base_dir = loaded.base_dir.clone();
    let display_path = loaded.display_path.clone();
    let Ok(file) = loaded.content else {
        return Ok(Err(Outcome::Failed));
    };
    let ids: Vec<&str> = file
        .sources
        .iter()
        .map(|s| s.value.id.value.as_str())
        .collect();
    let Some(index) = ids.iter().position(|known| *known == id) else {
        return Err(RunError(format!(
            "{} (the ids of the sources in {display_path})",
            de::unknown_name_message("source", id, &ids)
        )));
    };
    let Some(path) = file.sources[index]
        .value
        .file
        .as_ref()
        .map(|f| f.value.clone())
    else {
        return Err(RunError(format!(
            "source `{id}` has no `file`, so there is no text to read: save the article as \
             text under sources/ and give its path as `file:`"
        )));
    };
    let original = read_original(&base_dir, &path).map_err(|why| {
        RunError(match why {
            SourceFile::Outside(why) | SourceFile::Unreadable(why) => {
                format!("cannot read the file of source `{id}`: {why}")
            }
            _ => format!("cannot read the file of source `{id}`"),
        })
    })?;
    let text = SourceText::new(&original, None);
    let path = load::shown(&base_dir, &path);
    if let Some(kind) = text.markup {
        // Its passages would be markup, which `check` does not look in (`source-is-html`).
        return Err(RunError(format!(
            "source `{id}`: `{path}` is {kind}, not the article's text; run \
             `factsheet add-source {path}` to extract the text into `sources/` with its source \
             entry, then use that source"
        )));
    }
    Ok(Ok(Opened {
        file,
        base_dir,
        index,
        path,
        original,
        text,
    }))
}
