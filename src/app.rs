//! The commands: each runs load -> check (-> render -> write) and says how it ended.
//! The exit code is decided here and nowhere else.

use crate::check::{self, Report};
use crate::cli::{
    CheckArgs, Cli, Command, CompletionsArgs, DiffArgs, ExplainArgs, GenerateArgs, InitArgs,
};
use crate::diff::{self, Diff};
use crate::load::sources::SourceFile;
use crate::load::{self, Loaded, RunError, display};
use crate::log::{Log, size};
use crate::render::{self, Templates};
use crate::report::{self, Format};
use crate::rules::{RULES, Rule, Severity};
use clap::CommandFactory;
use std::io::Write;
use std::path::{Path, PathBuf};
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
        ExitCode::from(match self {
            Outcome::Passed => 0,
            Outcome::Failed => 1,
            Outcome::CouldNotRun => 2,
        })
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
    let log = Log::new(cli.quiet, cli.verbose);
    let result = match cli.command {
        Command::Check(args) => check_command(&args, log),
        Command::Generate(args) => generate_command(&args, log),
        Command::Diff(args) => diff_command(&args, log),
        Command::Explain(args) => explain_command(&args),
        Command::Init(args) => init_command(&args, log),
        Command::Schema => print_out(&crate::schema::facts_schema()).map(|()| Outcome::Passed),
        Command::Completions(args) => completions_command(&args),
        Command::Man => man_command(),
    };
    match result {
        Ok(outcome) => outcome,
        Err(err) => {
            print_err(&format!("error: {err}\n"));
            Outcome::CouldNotRun
        }
    }
}

/// A facts file, loaded and checked.
pub struct Checked {
    pub loaded: Loaded,
    /// The file of each source, in declaration order (empty when the facts file is invalid).
    pub texts: Vec<SourceFile>,
    pub report: Report,
}

/// Loads the facts file and runs every check. Only an unreadable facts file is an `Err`.
pub fn check_project(facts: &Path) -> Result<Checked, RunError> {
    check_logged(facts, Log::new(true, false))
}

fn check_logged(facts: &Path, log: Log) -> Result<Checked, RunError> {
    let loaded = load_logged(log, "load", || load::load_facts(facts))?;
    let (texts, report) = match &loaded.content {
        Err(problems) => (Vec::new(), check::invalid(&loaded, problems)),
        Ok(file) => {
            let texts = log.stage(
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
                        "read {} source files ({} of text) from {}",
                        read.len(),
                        size(read.iter().sum()),
                        display(&loaded.base_dir)
                    )
                },
            );
            let report = log.stage(
                "check",
                || check::check(&loaded, file, &texts),
                |r| {
                    format!(
                        "ran {} rules: {} errors, {} warnings, {} allowed",
                        RULES.len(),
                        r.summary.errors,
                        r.summary.warnings,
                        r.summary.allowed
                    )
                },
            );
            (texts, report)
        }
    };
    Ok(Checked {
        loaded,
        texts,
        report,
    })
}

fn check_command(args: &CheckArgs, log: Log) -> Result<Outcome, RunError> {
    let Checked { loaded, report, .. } = check_logged(&args.facts, log)?;
    let text = match args.format {
        Format::Human => {
            let mut text = report::human::render(&report, &loaded.text);
            if log.level == crate::log::Level::Verbose {
                text.push_str(&report::human::render_notes(&report, &loaded.text));
            }
            if !log.quiet() {
                text.push_str(&report::human::summary_line(&report));
            }
            text
        }
        Format::Json => report::json::render(&report),
        Format::Github => report::github::render(&report),
    };
    print_out(&text)?;
    Ok(Outcome::from_report(&report, args.strict))
}

fn generate_command(args: &GenerateArgs, log: Log) -> Result<Outcome, RunError> {
    let Checked {
        loaded,
        texts,
        report,
    } = check_logged(&args.facts, log)?;
    if !report.findings.is_empty() {
        let mut text = report::human::render(&report, &loaded.text);
        text.push_str(&report::human::summary_line(&report));
        print_err(&text);
    }
    let file = match loaded.content {
        Ok(file) if !report.has_errors() => file,
        _ => {
            print_err("nothing was written: fix the errors above, then run generate again\n");
            return Ok(Outcome::Failed);
        }
    };
    // The briefing needs only which sources have their text on file: the texts, like the
    // facts file's own text, are let go before the large work of rendering.
    let on_file: Vec<bool> = texts
        .iter()
        .map(|t| matches!(t, crate::load::sources::SourceFile::Read(_)))
        .collect();
    drop((texts, loaded.text, report));
    let changes = match &args.since {
        None => None,
        Some(rev) => {
            let old = load_logged(log, "since", || load::git::load_facts_at(&args.facts, rev))?;
            let Ok(old_file) = &old.content else {
                print_invalid(&old);
                print_err(&format!(
                    "nothing was written: the facts file at `{rev}` does not load (above); \
                     give --since a revision where it does\n"
                ));
                return Ok(Outcome::Failed);
            };
            Some(log.stage(
                "diff",
                || Diff::new(old_file, &file).since(rev),
                |d| diff::summary_line(d).trim_end().to_owned(),
            ))
        }
    };
    let (dir, explicit) = match &args.templates {
        Some(dir) => (dir.clone(), true),
        None => (PathBuf::from("templates"), false),
    };
    let templates = Templates::load(&dir, explicit)?;
    log.detail(&format!("templates: {}", templates.describe()));
    let files = log.stage(
        "render",
        || render::render(&file, &on_file, &templates, args.format, changes.as_ref()),
        |r| match r {
            Ok(files) => files
                .iter()
                .map(|f| format!("{} ({})", f.name, size(f.content.len())))
                .collect::<Vec<_>>()
                .join(", "),
            Err(_) => "failed".to_owned(),
        },
    )?;
    if args.check {
        let stale = crate::write::stale(&args.out, &files);
        if stale.is_empty() {
            if !log.quiet() {
                print_out(&format!("{} is current\n", display(&args.out)))?;
            }
            return Ok(Outcome::Passed);
        }
        let mut message = String::new();
        for file in stale {
            let path = display(&args.out.join(file.name));
            message.push_str(&format!(
                "{path} is not current (missing or different): run `factsheet generate` and commit it\n"
            ));
        }
        print_err(&message);
        return Ok(Outcome::Failed);
    }
    let written = log.stage(
        "write",
        || crate::write::write_all(&args.out, &files),
        |_| format!("into {}", display(&args.out)),
    )?;
    if !log.quiet() {
        let mut message = String::new();
        for (file, status) in files.iter().zip(written) {
            let what = match status {
                crate::write::Written::Created => "wrote",
                crate::write::Written::Updated => "updated",
                crate::write::Written::Unchanged => "unchanged",
            };
            message.push_str(&format!("{what} {}\n", display(&args.out.join(file.name))));
        }
        print_out(&message)?;
    }
    Ok(Outcome::Passed)
}

fn diff_command(args: &DiffArgs, log: Log) -> Result<Outcome, RunError> {
    let (old, new) = match (&args.since, &args.old, &args.new) {
        (Some(rev), _, _) => {
            let facts = args
                .facts
                .clone()
                .unwrap_or_else(|| PathBuf::from("facts.yaml"));
            // The file on disk first: if it is missing, that is the clearer message.
            let new = load_logged(log, "load", || load::load_facts(&facts))?;
            let old = load_logged(log, "since", || load::git::load_facts_at(&facts, rev))?;
            (old, new)
        }
        (None, Some(old), Some(new)) => (
            load_logged(log, "load", || load::load_facts(old))?,
            load_logged(log, "load", || load::load_facts(new))?,
        ),
        // clap requires OLD and NEW, or --since.
        _ => {
            return Err(RunError(
                "give two facts files (OLD NEW), or --since GIT_REV".to_owned(),
            ));
        }
    };
    let (Ok(old_file), Ok(new_file)) = (&old.content, &new.content) else {
        print_invalid(&old);
        print_invalid(&new);
        return Ok(Outcome::Failed);
    };
    let mut changes = log.stage(
        "diff",
        || Diff::new(old_file, new_file),
        |d| diff::summary_line(d).trim_end().to_owned(),
    );
    if let Some(rev) = &args.since {
        changes = changes.since(rev);
    }
    let text = match args.format {
        diff::Format::Human => diff::human(&changes, !log.quiet()),
        diff::Format::Json => diff::json(&changes),
        diff::Format::Md => diff::markdown(&changes),
    };
    print_out(&text)?;
    Ok(Outcome::Passed)
}

/// Loads a facts file as a stage of `--verbose`.
fn load_logged(
    log: Log,
    stage: &str,
    load: impl FnOnce() -> Result<Loaded, RunError>,
) -> Result<Loaded, RunError> {
    log.stage(stage, load, |r| match r {
        Ok(l) => format!(
            "read {} ({}, {} facts, {} sources)",
            l.display_path,
            size(l.text.len()),
            l.fact_count,
            l.source_count
        ),
        Err(_) => "could not read it".to_owned(),
    })
}

/// A facts file that does not load: its problems on standard error, as `check` shows them.
fn print_invalid(loaded: &Loaded) {
    if let Err(problems) = &loaded.content {
        let report = check::invalid(loaded, problems);
        let mut text = report::human::render(&report, &loaded.text);
        text.push_str(&report::human::summary_line(&report));
        print_err(&text);
    }
}

fn init_command(args: &InitArgs, log: Log) -> Result<Outcome, RunError> {
    let written = crate::init::init(&args.dir)?;
    if !log.quiet() {
        let mut message = String::new();
        for path in &written {
            message.push_str(&format!("created {}\n", display(path)));
        }
        let dir = display(&args.dir);
        let cd = if dir == "." {
            String::new()
        } else {
            format!("cd {dir} && ")
        };
        message.push_str(&format!(
            "\nNext: {cd}factsheet check && factsheet generate\n\
             Then replace the example source and fact with your own; an editor with the YAML \
             extension (yaml-language-server) checks facts.yaml against facts.schema.json as you type.\n"
        ));
        print_out(&message)?;
    }
    Ok(Outcome::Passed)
}

fn explain_command(args: &ExplainArgs) -> Result<Outcome, RunError> {
    let infos: Vec<_> = match &args.rule {
        Some(name) => match Rule::from_name(name) {
            Some(rule) => vec![rule.info()],
            None => {
                let names: Vec<&str> = Rule::names().collect();
                return Err(RunError(load::de::unknown_name_message(
                    "rule", name, &names,
                )));
            }
        },
        None => RULES.iter().collect(),
    };
    let mut out = String::new();
    for (i, info) in infos.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let severity = match info.severity {
            Severity::Error => "error: fails the check",
            Severity::Warning if info.rule.allowable() => {
                "warning: fails the check only with --strict; a fact may allow it"
            }
            Severity::Warning => "warning: fails the check only with --strict",
            Severity::Info => {
                "info: never fails the check; counted in the summary, listed with --verbose"
            }
        };
        out.push_str(&format!(
            "{} ({severity})\n{}.\n\n{}\n",
            info.name,
            capitalize(info.summary),
            wrap(info.explanation, 80)
        ));
    }
    print_out(&out)?;
    Ok(Outcome::Passed)
}

fn completions_command(args: &CompletionsArgs) -> Result<Outcome, RunError> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "factsheet", &mut out);
    print_out(&String::from_utf8_lossy(&out))?;
    Ok(Outcome::Passed)
}

fn man_command() -> Result<Outcome, RunError> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| RunError(format!("cannot render the man page: {e}")))?;
    print_out(&String::from_utf8_lossy(&out))?;
    Ok(Outcome::Passed)
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    for word in text.split_whitespace() {
        if line_len > 0 && line_len + 1 + word.chars().count() > width {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += word.chars().count();
    }
    out
}

/// Writes to standard output; a closed pipe (`| head`) is not an error worth a message.
fn print_out(text: &str) -> Result<(), RunError> {
    let mut stdout = anstream::stdout().lock();
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
    let mut stderr = anstream::stderr().lock();
    let _ = stderr.write_all(text.as_bytes());
}
