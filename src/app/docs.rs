//! The commands that document factsheet: `explain`, `completions` and `man`.

use super::{Outcome, print_out};
use crate::cli::{Cli, CompletionsArgs, ExplainArgs};
use crate::error::RunError;
use crate::rules::{RULES, Rule, Severity};
use clap::CommandFactory;

pub(super) fn explain_command(args: &ExplainArgs) -> Result<Outcome, RunError> {
    let infos: Vec<_> = match &args.rule {
        Some(name) => match Rule::from_name(name) {
            Some(rule) => vec![rule.info()],
            None => {
                let names: Vec<&str> = Rule::names().collect();
                return Err(RunError(crate::load::de::unknown_name_message(
                    "rule", name, &names,
                )));
            }
        },
        None if args.all => RULES.iter().collect(),
        None => return print_out(&rule_list()).map(|()| Outcome::Passed),
    };
    let texts: Vec<String> = infos.iter().map(|info| info.explained()).collect();
    let out = texts.join("\n");
    print_out(&out)?;
    Ok(Outcome::Passed)
}

/// Every rule with its severity and what it finds, one line each, and how to read more.
fn rule_list() -> String {
    let width = RULES.iter().map(|i| i.name.len()).max().unwrap_or(0);
    let mut out = String::from("The rules of `factsheet check` (severity: what it finds):\n\n");
    for info in RULES {
        let severity = match info.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        out.push_str(&format!(
            "  {:width$}  {severity:7}  {}\n",
            info.name, info.summary
        ));
    }
    out.push_str(
        "\n`factsheet explain RULE` explains one; `factsheet explain --all` all of them.\n",
    );
    out
}

pub(super) fn completions_command(args: &CompletionsArgs) -> Result<Outcome, RunError> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "factsheet", &mut out);
    print_out(&String::from_utf8_lossy(&out))?;
    Ok(Outcome::Passed)
}

pub(super) fn man_command() -> Result<Outcome, RunError> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| RunError(format!("cannot render the man page: {e}")))?;
    print_out(&String::from_utf8_lossy(&out))?;
    Ok(Outcome::Passed)
}
