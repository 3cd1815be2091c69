//! `factsheet check`, and the loading and checking that every command that renders shares.

use super::{Outcome, load_logged, print_out};
use crate::check::{self, Report};
use crate::cli::CheckArgs;
use crate::config::{self, Config};
use crate::error::RunError;
use crate::fact_base::FactBase;
use crate::format::count;
use crate::load::model::FactsFile;
use crate::load::sources::SourceFile;
use crate::load::{self, Loaded, display};
use crate::log::{Level, Log, size};
use crate::report::{self, Format, Places};
use crate::repository::Root;
use crate::rules::RULES;
use std::path::Path;

/// A facts file, loaded and checked.
pub(super) struct Checked {
    pub(super) loaded: Loaded,
    /// The file of each source, in declaration order (empty when the facts file is invalid).
    pub(super) texts: Vec<SourceFile>,
    pub(super) report: Report,
    /// The severities the check ran at.
    pub(super) config: Config,
}

/// Loads the facts file and runs every check, each a stage of `--verbose`. Only an unreadable
/// facts file is an `Err`.
pub(super) fn check_logged(facts: &Path, log: Log) -> Result<Checked, RunError> {
    let loaded = load_logged(log, "load", || load::load_facts(facts))?;
    // Read even when the facts file is invalid: a broken config is told on every run.
    let config = log.stage("config", || config::load(&loaded.base_dir), config_said)?;
    let (texts, report) = match &loaded.content {
        Err(problems) => (Vec::new(), check::invalid(&loaded, problems)),
        Ok(file) => {
            let texts = read_sources(log, &loaded, file);
            languages_told(log, file, &texts);
            within_search_limit(file, &texts)?;
            let run = || check::check_with(&loaded, file, &texts, &config);
            let report = log.stage("check", run, check_said);
            (texts, report)
        }
    };
    Ok(Checked {
        loaded,
        texts,
        report,
        config,
    })
}

/// Refuses a fact base whose quotes would take hours to look for: many quotes of huge sources.
fn within_search_limit(file: &FactsFile, texts: &[SourceFile]) -> Result<(), RunError> {
    let bytes = check::search_bytes(file, texts);
    if bytes <= check::MAX_SEARCH_BYTES {
        return Ok(());
    }
    Err(RunError(format!(
        "looking for the quotes would search {} GB of source text (each quote in the whole of \
         its source), over factsheet's limit of {} GB: cite shorter excerpts of the longest \
         sources, or split the fact base",
        bytes >> 30,
        check::MAX_SEARCH_BYTES >> 30
    )))
}

/// Reads each source's file, once.
fn read_sources(log: Log, loaded: &Loaded, file: &FactsFile) -> Vec<SourceFile> {
    log.stage(
        "sources",
        || load::sources::read_all(&loaded.base_dir, &file.sources),
        |texts| {
            let read: Vec<usize> = texts
                .iter()
                .filter_map(|t| match t {
                    SourceFile::Read(r) => Some(r.normalized.len()),
                    _ => None,
                })
                .collect();
            format!(
                "read {} ({} of text) from {}",
                count(read.len(), "source file", "source files"),
                size(read.iter().sum()),
                display(&loaded.base_dir)
            )
        },
    )
}

/// With `--verbose`, how each source without a `language` is read: in the language told from
/// its text, or as English.
fn languages_told(log: Log, file: &FactsFile, texts: &[SourceFile]) {
    if log.level != Level::Verbose {
        return;
    }
    for (source, text) in file.sources.iter().zip(texts) {
        let SourceFile::Read(text) = text else {
            continue;
        };
        if source.language.is_some() {
            continue;
        }
        let read = crate::language::tell(&text.normalized).map_or_else(
            || "read as English (its text says no other language clearly)".to_owned(),
            |told| told.said(),
        );
        let id = &source.id.value;
        log.detail(&format!(
            "{:>8}  source `{id}` has no `language`: {read}",
            ""
        ));
    }
}

/// The `--verbose` line of the config stage: which file set which rules.
fn config_said(config: &Result<Config, RunError>) -> String {
    match config {
        Ok(config) => config.describe(),
        Err(_) => format!("could not read {}", config::FILE_NAME),
    }
}

/// The `--verbose` line of the check stage.
fn check_said(report: &Report) -> String {
    let s = &report.summary;
    format!(
        "ran {} rules: {}, {}, {} allowed",
        RULES.len(),
        count(s.errors, "error", "errors"),
        count(s.warnings, "warning", "warnings"),
        s.allowed
    )
}

/// The paths from the root of the repository of the files the findings name, which GitHub's
/// formats give: GitHub places a finding by them, wherever factsheet ran.
fn places(loaded: &Loaded, report: &Report) -> Places {
    let root = Root::locate(&loaded.display_path);
    Places::new(&root, &loaded.base_dir, report)
}

pub(super) fn check_command(args: &CheckArgs, log: Log) -> Result<Outcome, RunError> {
    let base = FactBase::locate(args.facts.as_deref())?;
    let Checked {
        loaded,
        report,
        config,
        ..
    } = check_logged(&base.facts, log)?;
    let outcome = Outcome::from_report(&report, args.strict);
    let text = match args.format {
        Format::Human => {
            let mut text = report::human::render(&report, &loaded.text);
            let verbose = log.level == Level::Verbose;
            if verbose {
                text.push_str(&report::human::render_notes(&report, &loaded.text));
            }
            if !log.quiet() {
                text.push_str(&report::human::summary_line(&report, verbose));
            }
            text
        }
        Format::Json => report::json::render(&report),
        Format::Github => report::github::render(&report, &places(&loaded, &report)),
        Format::Sarif => report::sarif::render(
            &report,
            &report::sarif::Run {
                text: &loaded.text,
                config: &config,
                exit_code: outcome.code(),
                places: &places(&loaded, &report),
            },
        ),
    };
    print_out(&text)?;
    // The process ends next and the system takes its memory back at once; freeing the fact
    // base and its findings value by value would take a tenth of a second at 100,000 facts.
    std::mem::forget((loaded, report));
    Ok(outcome)
}
