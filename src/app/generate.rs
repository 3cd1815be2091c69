//! `factsheet generate`: load, check, and only when the check passes, render each page into
//! memory, then write the pages atomically or, with `--check`, compare them with the output
//! folder.

use super::check::{Checked, check_logged};
use super::{Outcome, findings_text, invalid_text, print_err, print_out, since_logged};
use crate::cli::GenerateArgs;
use crate::config::Config;
use crate::diff::Diff;
use crate::error::RunError;
use crate::fact_base::FactBase;
use crate::files::{self, Refused};
use crate::load::model::FactsFile;
use crate::load::sources::SourceFile;
use crate::load::{self, display};
use crate::log::{Log, size};
use crate::render::{self, Rendered, Selection, Templates};
use crate::report;
use crate::rules::{Rule, Severity};
use crate::write::{self, Written};
use std::path::{Path, PathBuf};

const NOTHING_WRITTEN: &str =
    "nothing was written: fix the errors above, then run generate again\n";

/// Where generate reads and writes: the flags, else the fact base's own folders.
struct Paths {
    facts: PathBuf,
    out: PathBuf,
    /// `--templates`, else the fact base's `templates` folder when it exists.
    templates: Option<PathBuf>,
    /// `--templates`, else the fact base's `templates` folder, whether it exists or not.
    templates_folder: PathBuf,
}

impl Paths {
    fn of(args: &GenerateArgs) -> Result<Paths, RunError> {
        let base = FactBase::locate(args.facts.as_deref())?;
        let templates_folder =
            (args.templates.clone()).unwrap_or_else(|| base.default_path("templates"));
        // Anything at the fact base's `templates` is meant as the folder: a file or a link
        // that leads nowhere there is an error, not a reason to fall back on the built-in ones.
        let templates = Some(templates_folder.clone())
            .filter(|dir| args.templates.is_some() || dir.symlink_metadata().is_ok());
        Ok(Paths {
            out: (args.out.clone()).unwrap_or_else(|| base.default_path("output")),
            facts: base.facts,
            templates,
            templates_folder,
        })
    }
}

pub(super) fn generate_command(args: &GenerateArgs, log: Log) -> Result<Outcome, RunError> {
    let paths = Paths::of(args)?;
    let Some((file, assurance)) = checked(&paths, log)? else {
        print_err(NOTHING_WRITTEN);
        return Ok(Outcome::Failed);
    };
    let changes = match &args.since {
        Some(rev) => match changes_since(&paths.facts, log, &file, rev)? {
            Ok(diff) => Some(diff),
            Err(message) => {
                print_err(&message);
                return Ok(Outcome::Failed);
            }
        },
        None => None,
    };
    output_folder(&paths)?;
    // Only a run that writes needs to know where the files it reads are.
    let inputs = if args.check {
        Vec::new()
    } else {
        inputs(&file, &paths.facts)
    };
    let selection = Selection::new(&args.format);
    // JSON does not go through the templates: without a template format, none is read.
    let templates = if selection.needs_templates() {
        Some(templates(&paths, &selection)?)
    } else {
        None
    };
    if let Some(templates) = &templates {
        log.detail(&format!("templates: {}", templates.describe()));
        if !log.quiet() {
            for note in templates.lookalikes() {
                super::print_err(&format!("note: {note}\n"));
            }
        }
    }
    let pages = {
        let _watch = render::watch::Watch::start()?;
        log.stage(
            "render",
            || {
                let templates = templates.as_ref();
                render::render(file, &assurance, templates, &selection, changes.as_ref())
            },
            rendered_said,
        )?
    };
    if args.check {
        return check_output(&paths.out, log, &pages, &regenerate(args));
    }
    not_over_inputs(&paths.out, &pages, &inputs)?;
    let written = log.stage(
        "write",
        || write::write(&paths.out, &pages),
        |_| format!("into {}", display(&paths.out)),
    )?;
    if !log.quiet() {
        print_out(&written_said(&paths.out, &pages, &written))?;
    }
    Ok(Outcome::Passed)
}

/// The facts file, when it loaded and the check found no error, with what the check
/// established for the briefing to say; the findings are printed either way.
fn checked(paths: &Paths, log: Log) -> Result<Option<(FactsFile, render::Assurance)>, RunError> {
    let Checked {
        loaded,
        texts,
        mut report,
        config,
    } = check_logged(&paths.facts, log)?;
    if !report.findings.is_empty() {
        // --quiet leaves out the summary line, as it does for check.
        print_err(&if log.quiet() {
            report::human::render(&report, &loaded.text)
        } else {
            findings_text(&report, &loaded)
        });
    }
    let passed = !report.has_errors();
    // The briefing needs only to know what the check established: the findings, the texts and
    // the facts file's own are let go (on return) before it renders.
    let assurance = render::Assurance {
        on_file: (texts.iter())
            .map(|t| matches!(t, SourceFile::Read(_)))
            .collect(),
        numbers_held: numbers_held(&config),
        support: std::mem::take(&mut report.support),
        copies: std::mem::take(&mut report.copies),
        same_as: std::mem::take(&mut report.same_as),
    };
    Ok(match loaded.content {
        Ok(file) if passed => Some((file, assurance)),
        _ => None,
    })
}

/// Refuses an output folder outside the project (or inside `.git/`) and one that is, or lies
/// inside, the templates folder: the briefings written there have the names of templates.
fn output_folder(paths: &Paths) -> Result<(), RunError> {
    // Told the same way whether the run writes or only compares (`--check`).
    if let Some(why) = files::file_in_the_way(&paths.out) {
        return Err(RunError(format!(
            "cannot use the output folder `{}`: {why}; give a folder with --out",
            display(&paths.out)
        )));
    }
    let out = in_project(&paths.out, "output folder", &paths.facts)?;
    let templates = in_project(&paths.templates_folder, "", &paths.facts).ok();
    if let Some(templates) = templates.filter(|templates| out.starts_with(templates)) {
        let what = if out == templates { "is" } else { "is inside" };
        return Err(RunError(format!(
            "the output folder `{}` {what} the templates folder `{}`: the briefings written \
             there would be read as templates by the next run; give another folder with --out",
            display(&paths.out),
            display(&paths.templates_folder)
        )));
    }
    Ok(())
}

/// "wrote output/briefing.md", a line for each page, as the write found it.
fn written_said(out: &Path, pages: &[render::Rendered], written: &[Written]) -> String {
    let mut message = String::new();
    for (page, status) in pages.iter().zip(written) {
        let what = match status {
            Written::Created => "wrote",
            Written::Updated => "updated",
            Written::Unchanged => "unchanged",
        };
        message.push_str(&format!("{what} {}\n", display(&out.join(page.name))));
    }
    message
}

/// What changed since the facts file at git revision `rev`; `Err` with what to say when that
/// version does not load.
fn changes_since(
    facts: &Path,
    log: Log,
    file: &FactsFile,
    rev: &str,
) -> Result<Result<Diff, String>, RunError> {
    let (old, revision) = since_logged(log, facts, rev)?;
    let Ok(old_file) = &old.content else {
        return Ok(Err(format!(
            "{}nothing was written: the facts file at `{rev}` does not load (above); \
             give --since a revision where it does\n",
            invalid_text(&old)
        )));
    };
    Ok(Ok(log.stage(
        "diff",
        || Diff::new(old_file, file).since(revision),
        |d| report::diff::summary_line(d).trim_end().to_owned(),
    )))
}

/// Whether the number rules ran as errors, so that a briefing (rendered only when the check
/// found no error) may say every number is in its quotes.
fn numbers_held(config: &Config) -> bool {
    [Rule::NumberNotInQuote, Rule::FigureNotInQuote]
        .iter()
        .all(|&rule| config.severity(rule) == Some(Severity::Error))
}

/// The built-in templates, with the user's folder (`--templates`, or the fact base's
/// `templates/` when it exists) in their place file by file.
fn templates(paths: &Paths, selection: &Selection) -> Result<Templates, RunError> {
    let folder = paths.templates.as_deref();
    if let Some(dir) = folder.filter(|dir| dir.exists()) {
        in_project(dir, "templates folder", &paths.facts)?;
    }
    Templates::load(folder, &selection.template_names())
}

/// The real path of `dir` when it lies inside the project: the current folder or the facts
/// file's folder. A folder committed as a link to elsewhere must not make a run read or write
/// there.
fn in_project(dir: &Path, what: &str, facts: &Path) -> Result<PathBuf, RunError> {
    let projects: Vec<_> = [Path::new("."), &load::base_dir(facts)]
        .iter()
        .filter_map(|folder| files::real_folder(folder).ok())
        .collect();
    files::in_project(dir, &projects).map_err(|why| {
        let shown = display(dir);
        RunError(match why {
            Refused::Outside => format!(
                "the {what} `{shown}` is outside the project (the current folder and the facts \
                 file's folder), or a link leads there: give a folder inside the project"
            ),
            why => format!("cannot use the {what} `{shown}`: {why}"),
        })
    })
}

/// The real path of each file the run read, with what it is: the facts file, its
/// `factsheet.toml` and each source's text.
fn inputs(file: &FactsFile, facts: &Path) -> Vec<(PathBuf, String)> {
    let base = load::base_dir(facts);
    let own = [
        (facts.to_path_buf(), "the facts file".to_owned()),
        (
            base.join("factsheet.toml"),
            "the fact base's settings".to_owned(),
        ),
    ];
    let sources = (file.sources.iter()).filter_map(|source| {
        let path = base.join(&source.file.as_ref()?.value);
        Some((path, format!("the text of source `{}`", source.id.value)))
    });
    (own.into_iter().chain(sources))
        .filter_map(|(path, what)| Some((std::fs::canonicalize(path).ok()?, what)))
        .collect()
}

/// Refuses to write a briefing over a file the run read (`--facts briefing.md --out .`,
/// `--out sources` with a source in `sources/briefing.md`): it would be lost to the briefing
/// made from it.
fn not_over_inputs(
    out: &Path,
    pages: &[Rendered],
    inputs: &[(PathBuf, String)],
) -> Result<(), RunError> {
    for page in pages {
        let target = out.join(page.name);
        let Ok(real) = std::fs::canonicalize(&target) else {
            continue; // nothing there yet, so nothing to write over
        };
        if let Some((_, what)) = inputs.iter().find(|(input, _)| *input == real) {
            return Err(RunError(format!(
                "cannot write `{}`: it is {what}, which generate reads and never writes over; \
                 give another output folder with --out",
                display(&target)
            )));
        }
    }
    Ok(())
}

/// The `--verbose` line of the render stage: each page and its size.
fn rendered_said(pages: &Result<Vec<Rendered>, RunError>) -> String {
    match pages {
        Ok(pages) => (pages.iter())
            .map(|page| format!("{} ({})", page.name, size(page.content.len())))
            .collect::<Vec<_>>()
            .join(", "),
        Err(_) => "failed".to_owned(),
    }
}

/// The command that writes what `generate --check` compared: the same, without `--check`.
/// `factsheet generate` alone would write other formats, or into another folder.
fn regenerate(args: &GenerateArgs) -> String {
    use clap::ValueEnum;
    let mut command = "factsheet generate".to_owned();
    let paths = [
        ("--facts", &args.facts),
        ("--templates", &args.templates),
        ("--out", &args.out),
    ];
    for (flag, path) in paths {
        if let Some(path) = path {
            command.push_str(&format!(" {flag} {}", files::shell_word(&display(path))));
        }
    }
    if args.format != [render::Format::All] {
        let names: Vec<String> = (args.format.iter())
            .filter_map(|f| Some(f.to_possible_value()?.get_name().to_owned()))
            .collect();
        command.push_str(&format!(" --format {}", names.join(",")));
    }
    if let Some(rev) = &args.since {
        command.push_str(&format!(" --since {}", files::shell_word(rev)));
    }
    command
}

/// `generate --check`: whether every page is the same as its file in the output folder;
/// `regenerate` is the command that would make it so.
fn check_output(
    out: &Path,
    log: Log,
    pages: &[Rendered],
    regenerate: &str,
) -> Result<Outcome, RunError> {
    let statuses = write::compare(out, pages)?;
    let mut message = String::new();
    for (page, status) in pages.iter().zip(statuses) {
        if status != Written::Unchanged {
            let path = display(&out.join(page.name));
            message.push_str(&format!(
                "{path} is not current (missing or different): run `{regenerate}` and commit it\n"
            ));
        }
    }
    if message.is_empty() {
        if !log.quiet() {
            print_out(&format!("{} is current\n", display(out)))?;
        }
        return Ok(Outcome::Passed);
    }
    print_err(&message);
    Ok(Outcome::Failed)
}
