//! `factsheet suggest`: candidate facts drafted from a source's text, best first.

use super::{Outcome, print_out, source_text};
use crate::author::draft::{self, About, Format};
use crate::author::located::Words;
use crate::author::suggest::{Known, suggest};
use crate::cli::SuggestArgs;
use crate::error::RunError;
use crate::log::Log;
use ahash::AHashSet as HashSet;

pub(super) fn suggest_command(args: &SuggestArgs, log: Log) -> Result<Outcome, RunError> {
    let opened = match source_text::open(args.facts.as_deref(), &args.source, log)? {
        Ok(opened) => opened,
        Err(outcome) => return Ok(outcome),
    };
    let source = opened.source();
    let published = source.published.as_ref().map(|p| p.value.0);
    let mut known = Known::of(&opened.file, &args.source, &opened.text);
    (known.days, known.updated) = opened.given_days();
    let suggestions = suggest(&opened.text, published, &known, args.all, args.limit);
    let taken: HashSet<String> = (opened.file.facts.iter())
        .map(|f| f.value.id.value.as_str().to_owned())
        .collect();
    let words = Words::new(&opened.original, &opened.text.normalized);
    let drafts = draft::drafts(
        &suggestions.candidates,
        &words,
        &opened.text.normalized,
        &taken,
    );
    let about = About {
        source: &args.source,
        file: &opened.path,
        published,
    };
    let text = match args.format {
        Format::Yaml => draft::yaml(&about, &suggestions, &drafts),
        Format::Json => draft::json(&about, &suggestions, &drafts),
    };
    print_out(&text)?;
    Ok(Outcome::Passed)
}
