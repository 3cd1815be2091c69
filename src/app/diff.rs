//! `factsheet diff`: what changed between two versions of a facts file.

use super::{Outcome, invalid_text, load_logged, print_err, print_out, since_logged};
use crate::cli::DiffArgs;
use crate::diff::Diff;
use crate::error::RunError;
use crate::fact_base::FactBase;
use crate::load;
use crate::log::Log;
use crate::report::diff::{self as printed, Format};

/// A facts file named on the command line (OLD or NEW): when there is none, the advice is
/// about that name, not `--facts`, which these two do not go through.
fn named(path: &std::path::Path) -> Result<load::Loaded, RunError> {
    if std::fs::symlink_metadata(path).is_err() {
        return Err(RunError(format!(
            "cannot read `{}`: no such file; give the path of each facts file to compare \
             (factsheet diff OLD NEW)",
            load::display(path)
        )));
    }
    load::load_facts(path)
}

pub(super) fn diff_command(args: &DiffArgs, log: Log) -> Result<Outcome, RunError> {
    let (old, new, revision) = match (&args.since, &args.old, &args.new) {
        (Some(rev), _, _) => {
            let facts = FactBase::locate(args.facts.as_deref())?.facts;
            // The file on disk first: if it is missing, that is the clearer message.
            let new = load_logged(log, "load", || load::load_facts(&facts))?;
            let (old, revision) = since_logged(log, &facts, rev)?;
            (old, new, Some(revision))
        }
        (None, Some(old), Some(new)) => (
            load_logged(log, "load", || named(old))?,
            load_logged(log, "load", || named(new))?,
            None,
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
        |d| printed::summary_line(d).trim_end().to_owned(),
    );
    if let Some(revision) = revision {
        changes = changes.since(revision);
    }
    let text = match args.format {
        Format::Human => printed::human(&changes, !log.quiet()),
        Format::Json => printed::json(&changes),
        Format::Md => printed::markdown(&changes),
    };
    print_out(&text)?;
    Ok(Outcome::Passed)
}
