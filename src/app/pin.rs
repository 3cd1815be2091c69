//! `factsheet pin`: the sha256 of sources' files written into the facts file, only those lines
//! changed.

use super::{Outcome, facts_to_edit, print_out};
use crate::author::{edit, save};
use crate::cli::PinArgs;
use crate::error::RunError;
use crate::fact_base::FactBase;
use crate::load::model::{FactsFile, Source};
use crate::load::sources::{SourceFile, read_hashed};
use crate::load::{Loaded, load_facts};
use crate::log::Log;

/// A source to pin: its index, its pinned hash and its file's.
struct Pin<'a> {
    index: usize,
    source: &'a Source,
    old: Option<String>,
    new: String,
}

pub(super) fn pin_command(args: &PinArgs, log: Log) -> Result<Outcome, RunError> {
    let facts = FactBase::locate(args.facts.as_deref())?.facts;
    let _lock = super::lock_for_edit(&facts)?;
    let (loaded, repaired) = with_placeholders(load_facts(&facts)?, &args.ids)?;
    let file = facts_to_edit(&loaded)?;
    let chosen = choose(file, &args.ids)?;
    let mut pins = hash(&loaded, &chosen)?;
    for pin in &mut pins {
        if let Some((_, bad)) = repaired.iter().find(|(id, _)| *id == pin.source.id.value.0) {
            pin.old = Some(format!("`{bad}` (not a sha256)"));
        }
    }
    let changed: Vec<(String, String)> = (pins.iter())
        .filter(|p| p.old.as_deref() != Some(p.new.as_str()))
        .map(|p| (p.source.id.value.0.clone(), p.new.clone()))
        .collect();
    if !changed.is_empty() {
        super::writable(&facts, &loaded.display_path)?;
        let cannot =
            |why: edit::Refusal| super::edit_refused("pin", "in", &loaded.display_path, why);
        let text = edit::set_hashes(&loaded.text, &changed).map_err(cannot)?;
        let expected: Vec<edit::Values> = (file.sources.iter().enumerate())
            .map(|(i, s)| {
                let mut values = edit::values(s);
                if let Some(pin) = pins.iter().find(|p| p.index == i) {
                    values.sha256 = Some(pin.new.clone());
                }
                values
            })
            .collect();
        edit::verify(file, &text, &expected).map_err(cannot)?;
        let real = crate::files::real_folder(&loaded.base_dir)
            .and_then(|base| crate::files::inside(&base, &facts))
            .map_err(|why| cannot(why.to_string().into()))?;
        save::replace(&real, &text).map_err(|e| cannot(crate::files::write_failure(&e).into()))?;
    }
    if !log.quiet() {
        print_out(&report(&loaded, &pins, changed.len()))?;
    }
    Ok(Outcome::Passed)
}

/// A facts file that does not load only because some sources' `sha256` is not a sha256
/// (`'0000'`, a truncated paste), when this run pins those sources: loaded with a placeholder
/// in their place, which the pins then replace. Gives the sources so repaired with the value
/// they had. Any other file is given back as it is.
fn with_placeholders(
    loaded: Loaded,
    ids: &[String],
) -> Result<(Loaded, Vec<(String, String)>), RunError> {
    let Err(problems) = &loaded.content else {
        return Ok((loaded, Vec::new()));
    };
    let bad_hash = |p: &crate::load::Problem| {
        let source = p.source.clone()?;
        let bad = p
            .message
            .strip_prefix('`')?
            .split_once("` is not a sha256")?
            .0;
        Some((source, bad.to_owned()))
    };
    let Some(repaired) = problems.iter().map(bad_hash).collect::<Option<Vec<_>>>() else {
        return Ok((loaded, Vec::new()));
    };
    if let Some((id, _)) = repaired
        .iter()
        .find(|(id, _)| !ids.is_empty() && !ids.contains(id))
    {
        return Err(RunError(format!(
            "`{}` does not load, as the `sha256` of source `{id}` is not a sha256: run \
             `factsheet pin {id}` to write its file's hash there",
            loaded.display_path
        )));
    }
    let placeholder = "0".repeat(64);
    let placeholders: Vec<(String, String)> = (repaired.iter())
        .map(|(id, _)| (id.clone(), placeholder.clone()))
        .collect();
    let Ok(text) = edit::set_hashes(&loaded.text, &placeholders) else {
        return Ok((loaded, Vec::new()));
    };
    let patched = crate::load::from_bytes(
        loaded.display_path.clone(),
        loaded.base_dir.clone(),
        text.into_bytes(),
    );
    Ok(if patched.content.is_ok() {
        (patched, repaired)
    } else {
        (loaded, Vec::new())
    })
}

/// The sources named (each must be declared and have a file), or every source with a file.
fn choose<'f>(file: &'f FactsFile, ids: &[String]) -> Result<Vec<(usize, &'f Source)>, RunError> {
    let sources = file.sources.iter().enumerate();
    if ids.is_empty() {
        return Ok(sources
            .filter(|(_, s)| s.file.is_some())
            .map(|(i, s)| (i, &s.value))
            .collect());
    }
    let known: Vec<&str> = file.sources.iter().map(|s| s.id.value.as_str()).collect();
    let mut chosen = Vec::new();
    for id in ids {
        let Some(index) = known.iter().position(|k| k == id) else {
            return Err(RunError(format!(
                "no source `{id}` in the facts file{}",
                ids_there_are(id, &known)
            )));
        };
        let source = &file.sources[index].value;
        if source.file.is_none() {
            return Err(RunError(format!(
                "source `{id}` has no `file`: there is nothing to pin"
            )));
        }
        if !chosen.iter().any(|(i, _)| *i == index) {
            chosen.push((index, source));
        }
    }
    Ok(chosen)
}

/// The closest id, or the ids there are (the first ten), to say after "no source `id`".
fn ids_there_are(id: &str, known: &[&str]) -> String {
    if let Some(near) = crate::load::de::nearest(id, known) {
        return format!("; did you mean `{near}`?");
    }
    if known.is_empty() {
        return "; it declares no source (`factsheet add-source` adds one)".to_owned();
    }
    let shown: Vec<String> = known.iter().take(10).map(|k| format!("`{k}`")).collect();
    let more = match known.len().saturating_sub(10) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    format!("; its sources are {}{more}", shown.join(", "))
}

/// Each chosen source's file hashed as the check hashes it; every file that cannot be read
/// stops the run before anything is written.
fn hash<'f>(loaded: &Loaded, chosen: &[(usize, &'f Source)]) -> Result<Vec<Pin<'f>>, RunError> {
    let mut pins = Vec::new();
    let mut problems = Vec::new();
    for &(index, source) in chosen {
        let Some(path) = &source.file else { continue };
        let id = source.id.value.as_str();
        match read_hashed(&loaded.base_dir, &path.value) {
            // A saved page is not the text quotes are checked against (source-is-html):
            // pinning it would only make the wrong file look settled.
            SourceFile::Read(text) if let Some(kind) = text.markup => problems.push(format!(
                "source `{id}` ({}:{}): `{}` is {kind}, not the article's text: run \
                 `factsheet add-source {}` to extract its text into a new source, and pin that",
                loaded.display_path, path.pos, path.value, path.value
            )),
            SourceFile::Read(text) => pins.push(Pin {
                index,
                source,
                old: source.sha256.as_ref().map(|h| h.value.0.clone()),
                new: text.sha256.unwrap_or_default(),
            }),
            SourceFile::Unreadable(why) | SourceFile::Outside(why) => {
                problems.push(format!(
                    "source `{id}` ({}:{}): {why}",
                    loaded.display_path, path.pos
                ));
            }
            SourceFile::NotGiven => {}
        }
    }
    if problems.is_empty() {
        Ok(pins)
    } else {
        Err(RunError(format!(
            "nothing was pinned, as these files cannot be read:\n  {}",
            problems.join("\n  ")
        )))
    }
}

/// One line a source, old and new, then what was written.
fn report(loaded: &Loaded, pins: &[Pin], changed: usize) -> String {
    let mut out = String::new();
    for pin in pins {
        let id = pin.source.id.value.as_str();
        let file = (pin.source.file.as_ref()).map_or(String::new(), |f| loaded.shown(&f.value));
        out.push_str(&match &pin.old {
            Some(old) if *old == pin.new => format!("{id} ({file}): unchanged {old}\n"),
            Some(old) => format!("{id} ({file}): {old} -> {}\n", pin.new),
            None => format!("{id} ({file}): none -> {}\n", pin.new),
        });
    }
    out.push_str(&match (pins.len(), changed) {
        (0, _) => "no source has a file: nothing to pin\n".to_owned(),
        (_, 0) => format!("{}: every pin was already current\n", loaded.display_path),
        (_, 1) => format!("{}: 1 sha256 written\n", loaded.display_path),
        (_, n) => format!("{}: {n} sha256 written\n", loaded.display_path),
    });
    out
}
