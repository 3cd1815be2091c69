//! The commands: each runs load -> check (-> render -> write) and says how it ended. The exit
//! code is decided here (`Outcome::exit_code`) and nowhere else.

mod add_source;
mod check;
mod diff;
mod docs;
mod generate;
mod init;
mod pin;
mod quote;
mod source_text;
mod suggest;

use crate::author::edit::Refusal;
use crate::check::Report;
use crate::cli::{Cli, Command};
use crate::error::RunError;
use crate::format::count;
use crate::load::Loaded;
use crate::log::{Log, size};
use crate::report;
use std::io::Write;
use std::process::ExitCode;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing failed: exit 0.
    Passed,
    /// Findings that fail the run, invalid input, or stale output: exit 1.
    Failed,
    /// The command could not run (bad usage, unreadable paths, broken templates): exit 2.
    CouldNotRun,
}

impl Outcome {
    pub fn exit_code(self) -> ExitCode {
        ExitCode::from(self.code())
    }

    /// The exit code as a number (SARIF's `invocations[0].exitCode` tells it too).
    pub fn code(self) -> u8 {
        match self {
            Outcome::Passed => 0,
            Outcome::Failed => 1,
            Outcome::CouldNotRun => 2,
        }
    }

    fn from_report(report: &Report, strict: bool) -> Outcome {
        let failing = report.summary.errors > 0 || (strict && report.summary.warnings > 0);
        if failing {
            Outcome::Failed
        } else {
            Outcome::Passed
        }
    }
}

pub fn run(cli: Cli) -> Outcome {
    crate::color::set(cli.color);
    let log = Log::new(cli.quiet, cli.verbose);
    let result = match cli.command {
        Command::Check(args) => check::check_command(&args, log),
        Command::Generate(args) => generate::generate_command(&args, log),
        Command::Diff(args) => diff::diff_command(&args, log),
        Command::AddSource(args) => add_source::add_source_command(&args, log),
        Command::Pin(args) => pin::pin_command(&args, log),
        Command::Explain(args) => docs::explain_command(&args),
        Command::Init(args) => init::init_command(&args, log),
        Command::Quote(args) => quote::quote_command(&args, log),
        Command::Suggest(args) => suggest::suggest_command(&args, log),
        Command::Schema(args) => {
            let schema = if args.briefing {
                crate::schema::briefing_schema()
            } else {
                crate::schema::facts_schema()
            };
            print_out(&schema).map(|()| Outcome::Passed)
        }
        Command::Completions(args) => docs::completions_command(&args),
        Command::Man(args) => docs::man_command(&args, log),
    };
    match result {
        Ok(outcome) => outcome,
        Err(err) => {
            print_err(&format!("error: {err}\n"));
            Outcome::CouldNotRun
        }
    }
}

/// Loads a facts file as a stage of `--verbose`.
fn load_logged(
    log: Log,
    stage: &str,
    load: impl FnOnce() -> Result<Loaded, RunError>,
) -> Result<Loaded, RunError> {
    log.stage(stage, load, |loaded| match loaded {
        Ok(l) => format!(
            "read {} ({}, {}, {})",
            l.display_path,
            size(l.text.len()),
            count(l.fact_count, "fact", "facts"),
            count(l.source_count, "source", "sources")
        ),
        Err(_) => "could not read it".to_owned(),
    })
}

/// The facts file `facts` at git revision `rev` (`--since`), with the commit the revision
/// named; `--verbose` says which.
fn since_logged(
    log: Log,
    facts: &std::path::Path,
    rev: &str,
) -> Result<(Loaded, crate::load::git::Revision), RunError> {
    let revision = crate::load::git::revision(facts, rev)?;
    log.detail(&format!(
        "--since {rev}: commit {}, committed on {}",
        revision.commit, revision.date
    ));
    let loaded = load_logged(log, "since", || {
        crate::load::git::load_facts_at(facts, &revision)
    })?;
    Ok((loaded, revision))
}

/// Holds the folder of the facts file `facts` locked while `add-source` or `pin` reads it, edits
/// it and renames the edit over it: a second run (a script adding sources in parallel, or
/// `pin` beside `add-source`) waits, then reads the file with the first run's edit in it, so no
/// edit is lost. The folder, not the file, is locked, as the rename replaces the file.
fn lock_for_edit(facts: &std::path::Path) -> Result<Option<std::fs::File>, RunError> {
    let folder = crate::load::base_dir(facts);
    // No folder, no file: reading the file says so, with what to do.
    if !folder.is_dir() {
        return Ok(None);
    }
    crate::write::lock(&folder, true)
}

/// Refuses to edit a facts file that its owner made read-only, or that this user may not
/// write: the edit replaces the file through a rename, which the folder allows whatever the
/// file's own permissions say, so they are asked here. Opening it to write changes nothing
/// (nothing is written, nor is it truncated); root may open any file, so the permissions
/// themselves are read too.
fn writable(facts: &std::path::Path, shown: &str) -> Result<(), RunError> {
    let read_only = std::fs::metadata(facts).is_ok_and(|m| m.permissions().readonly());
    let opened = std::fs::OpenOptions::new().write(true).open(facts);
    let denied = matches!(&opened, Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied);
    if read_only || denied {
        let why = if read_only {
            "it is read-only"
        } else {
            "you may not write it (permission denied)"
        };
        return Err(RunError(format!(
            "`{shown}` is not edited, as {why}: nothing was changed. Make it writable \
             (`chmod u+w {shown}`, or ask its owner) and run this again"
        )));
    }
    Ok(())
}

/// The content of a facts file that `add-source` or `pin` is to edit: it must load, so that
/// the edit can be read back and compared.
fn facts_to_edit(loaded: &Loaded) -> Result<&crate::load::model::FactsFile, RunError> {
    if let Some(pos) = loaded.lone_cr {
        return Err(RunError(format!(
            "`{}` ends its lines with a CR alone (as classic Mac OS did; the first at {pos}), \
             so it is not edited: save it with LF (or CRLF) line ends, then run this again",
            loaded.display_path
        )));
    }
    match &loaded.content {
        Ok(file) => Ok(file),
        Err(problems) => {
            let first = problems.first().map_or(String::new(), |p| {
                format!(": {}:{}: {}", loaded.display_path, p.pos, p.message)
            });
            Err(RunError(format!(
                "`{}` does not fit the facts format, so it is not edited{first} (`factsheet \
                 check` lists every problem)",
                loaded.display_path
            )))
        }
    }
}

/// What is wrong with a facts file that does not load, as `check` says it; empty when it loads.
fn invalid_text(loaded: &Loaded) -> String {
    let Err(problems) = &loaded.content else {
        return String::new();
    };
    findings_text(&crate::check::invalid(loaded, problems), loaded)
}

/// The findings for people, with the summary line.
fn findings_text(report: &Report, loaded: &Loaded) -> String {
    let mut text = report::human::render(report, &loaded.text);
    text.push_str(&report::human::summary_line(report, false));
    text
}

/// An edit of the facts file at `path` that cannot be made (`what`: "add the source", `to`:
/// "to"), as `path:line:column: cannot ...` when the refusal is about a place in the file, so
/// that an editor jumps there.
fn edit_refused(what: &str, to: &str, path: &str, refusal: Refusal) -> RunError {
    let why = refusal.why;
    match refusal.at {
        Some(at) => RunError(format!("{path}:{at}: cannot {what}: {why}")),
        None => RunError(format!("cannot {what} {to} `{path}`: {why}")),
    }
}

/// Writes to standard output; a closed pipe (`| head`) is not an error worth a message.
fn print_out(text: &str) -> Result<(), RunError> {
    let mut stdout = crate::color::stdout();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(RunError(format!("cannot write to standard output: {e}"))),
    }
}

fn print_err(text: &str) {
    let mut stderr = crate::color::stderr();
    let _ = stderr.write_all(text.as_bytes());
}
