//! The commands: each runs load -> check (-> render -> write) and says how it ended.
//! The exit code is decided here and nowhere else.

use crate::check::{self, Report};
use crate::cli::{
    CheckArgs, Cli, Command, CompletionsArgs, DiffArgs, ExplainArgs, GenerateArgs, InitArgs,
};
use crate::diff::{self, Diff};
use crate::load::model::FactsFile;
use crate::load::sources::SourceFile;
use crate::load::{self, Loaded, RunError, display};
use crate::log::{Lines, Log, size};
use crate::render::{self, Templates};
use crate::report::{self, Format};
use crate::rules::{RULES, Rule, Severity};
use clap::CommandFactory;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

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
            let texts = read_sources(log, &loaded, file);
            let report = log.stage("check", || check::check(&loaded, file, &texts), check_said);
            (texts, report)
        }
    };
    Ok(Checked {
        loaded,
        texts,
        report,
    })
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
                "read {} source files ({} of text) from {}",
                read.len(),
                size(read.iter().sum()),
                display(&loaded.base_dir)
            )
        },
    )
}

/// The `--verbose` line of the check stage.
fn check_said(report: &Report) -> String {
    format!(
        "ran {} rules: {} errors, {} warnings, {} allowed",
        RULES.len(),
        report.summary.errors,
        report.summary.warnings,
        report.summary.allowed
    )
}

fn check_command(args: &CheckArgs, log: Log) -> Result<Outcome, RunError> {
    let Checked {
        loaded,
        texts,
        report,
    } = check_logged(&args.facts, log)?;
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
    let outcome = Outcome::from_report(&report, args.strict);
    // Freeing 100,000 facts one by one need not delay the exit.
    crate::background::drop_later((loaded, texts, report));
    Ok(outcome)
}

const NOTHING_WRITTEN: &str =
    "nothing was written: fix the errors above, then run generate again\n";

fn generate_command(args: &GenerateArgs, log: Log) -> Result<Outcome, RunError> {
    let mut loaded = load_logged(log, "load", || load::load_facts(&args.facts))?;
    // The facts file's own text is needed only to show findings.
    let text = std::mem::take(&mut loaded.text);
    let file = match &loaded.content {
        Ok(file) => file,
        Err(_) => {
            loaded.text = text;
            print_err(&invalid_text(&loaded));
            print_err(NOTHING_WRITTEN);
            return Ok(Outcome::Failed);
        }
    };
    let texts = read_sources(log, &loaded, file);
    // The briefing needs only which sources have their text on file.
    let on_file: Vec<bool> = texts
        .iter()
        .map(|t| matches!(t, SourceFile::Read(_)))
        .collect();
    // The rules run while the briefing renders, so that both cores stay busy to the end. What
    // was rendered is kept only if the rules find no error; the texts go as soon as the rules
    // are done with them.
    let (mut check_lines, mut briefing_lines) = (Lines::default(), Lines::default());
    let folder = crate::write::Folder::new(&args.out);
    // Set when the rules find an error: the rendering then stops early.
    let stop = AtomicBool::new(false);
    let (checked, briefing) = rayon::join(
        {
            let (loaded, lines, stop) = (&loaded, &mut check_lines, &stop);
            move || {
                let report = log.stage_into(
                    lines,
                    "check",
                    || check::check(loaded, file, &texts),
                    check_said,
                );
                if report.has_errors() {
                    stop.store(true, Ordering::Relaxed);
                }
                drop(texts);
                let text = (!report.findings.is_empty()).then_some(text);
                (report, text)
            }
        },
        || render_briefing(args, log, &mut briefing_lines, file, &on_file, &stop),
    );
    log.say(check_lines);
    log.say(briefing_lines);
    let (report, text) = checked;
    if !report.findings.is_empty() {
        let mut message = report::human::render(&report, &text.unwrap_or_default());
        message.push_str(&report::human::summary_line(&report));
        print_err(&message);
    }
    if report.has_errors() {
        // What was rendered goes unused: its temporary files are removed.
        print_err(NOTHING_WRITTEN);
        return Ok(Outcome::Failed);
    }
    let pages = match briefing? {
        Briefing::Ready(pages) => pages,
        Briefing::OldInvalid(message) => {
            print_err(&message);
            return Ok(Outcome::Failed);
        }
    };
    // The facts are no longer needed; freeing them need not delay the writing or the exit.
    crate::background::drop_later(loaded);
    let names: Vec<&str> = args.format.file_names().collect();
    if args.check {
        let stale: Vec<&str> = names
            .iter()
            .zip(&pages)
            .filter(|(_, page)| page.status != crate::write::Written::Unchanged)
            .map(|(name, _)| *name)
            .collect();
        if stale.is_empty() {
            if !log.quiet() {
                print_out(&format!("{} is current\n", display(&args.out)))?;
            }
            return Ok(Outcome::Passed);
        }
        let mut message = String::new();
        for name in stale {
            let path = display(&args.out.join(name));
            message.push_str(&format!(
                "{path} is not current (missing or different): run `factsheet generate` and commit it\n"
            ));
        }
        print_err(&message);
        return Ok(Outcome::Failed);
    }
    let written = log.stage(
        "write",
        || {
            pages
                .into_iter()
                .map(crate::write::Done::persist)
                .collect::<Result<Vec<_>, RunError>>()
        },
        |_| format!("into {}", display(&args.out)),
    )?;
    folder.keep();
    if !log.quiet() {
        let mut message = String::new();
        for (name, status) in names.iter().zip(written) {
            let what = match status {
                crate::write::Written::Created => "wrote",
                crate::write::Written::Updated => "updated",
                crate::write::Written::Unchanged => "unchanged",
            };
            message.push_str(&format!("{what} {}\n", display(&args.out.join(name))));
        }
        print_out(&message)?;
    }
    Ok(Outcome::Passed)
}

/// The render side of `generate`, looked at only once the rules have passed.
enum Briefing {
    /// Every page rendered, and compared with the output folder or written beside it.
    Ready(Vec<crate::write::Done>),
    /// The facts file at `--since` does not load: what to say about it.
    OldInvalid(String),
}

/// Renders the briefing (with what changed since `--since`) into the output folder's pending
/// files. Its `--verbose` lines go to `lines`.
fn render_briefing(
    args: &GenerateArgs,
    log: Log,
    lines: &mut Lines,
    file: &FactsFile,
    on_file: &[bool],
    stop: &AtomicBool,
) -> Result<Briefing, RunError> {
    let changes = match &args.since {
        None => None,
        Some(rev) => {
            let old = log.stage_into(
                lines,
                "since",
                || load::git::load_facts_at(&args.facts, rev),
                loaded_said,
            )?;
            let Ok(old_file) = &old.content else {
                return Ok(Briefing::OldInvalid(format!(
                    "{}nothing was written: the facts file at `{rev}` does not load (above); \
                     give --since a revision where it does\n",
                    invalid_text(&old)
                )));
            };
            Some(log.stage_into(
                lines,
                "diff",
                || Diff::new(old_file, file).since(rev),
                |d| diff::summary_line(d).trim_end().to_owned(),
            ))
        }
    };
    let (dir, explicit) = match &args.templates {
        Some(dir) => (dir.clone(), true),
        None => (PathBuf::from("templates"), false),
    };
    let templates = Templates::load(&dir, explicit)?;
    log.detail_into(lines, &format!("templates: {}", templates.describe()));
    let mode = if args.check {
        crate::write::Mode::Compare
    } else {
        crate::write::Mode::Write
    };
    // Each page goes to its file as it renders; the files change only once all have rendered.
    let open = |name: &'static str| crate::write::Pending::open(&args.out, name, mode);
    let pages = log.stage_into(
        lines,
        "render",
        || {
            let pages = render::render_into(
                file,
                on_file,
                &templates,
                args.format,
                changes.as_ref(),
                &open,
                stop,
            )?;
            pages
                .into_iter()
                .map(crate::write::Pending::finish)
                .collect::<Result<Vec<_>, RunError>>()
        },
        |r| match r {
            Ok(pages) => args
                .format
                .file_names()
                .zip(pages)
                .map(|(name, page)| format!("{name} ({})", size(page.len as usize)))
                .collect::<Vec<_>>()
                .join(", "),
            Err(_) => "failed".to_owned(),
        },
    )?;
    Ok(Briefing::Ready(pages))
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
        print_err(&invalid_text(&old));
        print_err(&invalid_text(&new));
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
    log.stage(stage, load, loaded_said)
}

/// The `--verbose` line of a load stage.
fn loaded_said(loaded: &Result<Loaded, RunError>) -> String {
    match loaded {
        Ok(l) => format!(
            "read {} ({}, {} facts, {} sources)",
            l.display_path,
            size(l.text.len()),
            l.fact_count,
            l.source_count
        ),
        Err(_) => "could not read it".to_owned(),
    }
}

/// What is wrong with a facts file that does not load, as `check` says it; empty when it loads.
fn invalid_text(loaded: &Loaded) -> String {
    let Err(problems) = &loaded.content else {
        return String::new();
    };
    let report = check::invalid(loaded, problems);
    let mut text = report::human::render(&report, &loaded.text);
    text.push_str(&report::human::summary_line(&report));
    text
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
