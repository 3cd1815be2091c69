//! The commands: each runs load -> check (-> render -> write) and says how it ended.
//! The exit code is decided here and nowhere else.

use crate::check::{self, Report};
use crate::cli::{CheckArgs, Cli, Command, ExplainArgs};
use crate::load::{self, Loaded, RunError};
use crate::report::{self, Format};
use crate::rules::{RULES, Rule, Severity};
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
    let result = match cli.command {
        Command::Check(args) => check_command(&args),
        Command::Explain(args) => explain_command(&args),
    };
    match result {
        Ok(outcome) => outcome,
        Err(err) => {
            let mut stderr = anstream::stderr();
            let _ = writeln!(stderr, "error: {err}");
            Outcome::CouldNotRun
        }
    }
}

/// Loads the facts file and runs every check. Only an unreadable facts file is an `Err`.
pub fn check_project(facts: &std::path::Path) -> Result<(Loaded, Report), RunError> {
    let loaded = load::load_facts(facts)?;
    let report = match &loaded.content {
        Err(problems) => check::invalid(&loaded, problems),
        Ok(file) => {
            let texts = load::sources::read_all(&loaded.base_dir, &file.sources);
            check::check(&loaded, file, &texts)
        }
    };
    Ok((loaded, report))
}

fn check_command(args: &CheckArgs) -> Result<Outcome, RunError> {
    let (loaded, report) = check_project(&args.facts)?;
    let text = match args.format {
        Format::Human => report::human::render(&report, &loaded.text),
        Format::Json => report::json::render(&report),
        Format::Github => report::github::render(&report),
    };
    print_out(&text)?;
    Ok(Outcome::from_report(&report, args.strict))
}

fn explain_command(args: &ExplainArgs) -> Result<Outcome, RunError> {
    let infos: Vec<_> = match &args.rule {
        Some(name) => match Rule::from_name(name) {
            Some(rule) => vec![rule.info()],
            None => {
                let names: Vec<&str> = Rule::names().collect();
                let message = load::de::unknown_key_message(name, &names)
                    .replacen("unknown field", "unknown rule", 1)
                    .replace("the fields here are", "the rules are");
                return Err(RunError(message));
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
            Severity::Warning => "warning: fails the check only with --strict; a fact may allow it",
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
