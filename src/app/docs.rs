//! The commands that document factsheet: `explain`, `completions` and `man`.

use super::{Outcome, print_out};
use crate::cli::{CompletionsArgs, ExplainArgs, ManArgs, man};
use crate::error::RunError;
use crate::load::display;
use crate::log::Log;
use crate::rules::{RULES, Rule, Severity};

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
    print_out(&crate::cli::completions::script(args.shell))?;
    Ok(Outcome::Passed)
}

/// Prints one page, or with `--out` writes every page: the pages that factsheet(1) names exist
/// only if all of them are installed, so one command writes them all.
pub(super) fn man_command(args: &ManArgs, log: Log) -> Result<Outcome, RunError> {
    let Some(dir) = &args.out else {
        let page = man::page(args.command.as_deref()).map_err(RunError)?;
        print_out(&page.text)?;
        return Ok(Outcome::Passed);
    };
    let pages = man::pages().map_err(RunError)?;
    crate::files::make_folder(dir).map_err(|why| {
        RunError(format!(
            "cannot create the folder `{}`: {why}; give a folder with --out",
            display(dir)
        ))
    })?;
    let mut said = String::new();
    for page in &pages {
        let path = dir.join(&page.file_name);
        write_page(&path, &page.text).map_err(|e| {
            let why = crate::files::write_failure(&e);
            RunError(format!("cannot write `{}`: {why}", display(&path)))
        })?;
        said.push_str(&format!("wrote {}\n", display(&path)));
    }
    if !log.quiet() {
        print_out(&said)?;
    }
    Ok(Outcome::Passed)
}

/// Writes a page through a temporary file renamed over it, so that a page is never half
/// written, readable by all (0644) as man pages are.
fn write_page(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let folder = path.parent().unwrap_or(std::path::Path::new("."));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut temp = crate::files::temporary_in(folder, &name)?;
    temp.write_all(text.as_bytes())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
