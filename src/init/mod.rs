//! `factsheet init`: a small fact base that passes the check, to start from.

use crate::error::RunError;
use crate::files::{Refused, in_git, in_project, real_folder, real_path};
use crate::load::display;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const FACTS: &str = include_str!("facts.yaml");
const ARTICLE: &str = include_str!("example-article.txt");
const GITIGNORE: &str = include_str!("gitignore");
/// The GitHub workflow that runs factsheet's action; `{{ACTION}}` becomes `action_ref()`.
const WORKFLOW: &str = include_str!("briefings.yml");
/// Every line commented out: it says what can be set and changes nothing until edited.
const CONFIG: &str = include_str!("factsheet.toml");

/// The files `init` writes, relative to the new fact base's folder, and their content.
pub fn files() -> Vec<(&'static str, String)> {
    let sha = Sha256::digest(ARTICLE.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    vec![
        ("facts.yaml", FACTS.replace("{{SHA256}}", &sha)),
        ("sources/example-gazette.txt", ARTICLE.to_owned()),
        ("facts.schema.json", crate::schema::facts_schema()),
        (".gitignore", GITIGNORE.to_owned()),
        (crate::config::FILE_NAME, config()),
        (WORKFLOW_PATH, WORKFLOW.replace("{{ACTION}}", &action_ref())),
    ]
}

/// factsheet.toml, with the rules that cannot be lowered named from the one table of rules.
fn config() -> String {
    let names: Vec<&str> = (crate::rules::RULES.iter())
        .filter(|r| r.rule.promised())
        .map(|r| r.name)
        .collect();
    let list = match names.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    let text = format!(
        "The rules of what factsheet promises are always errors and cannot be lowered: {list}."
    );
    // Comment lines of at most 100 characters, as the rest of the file.
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.len() + 1 + word.len() <= 100 => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(format!("# {word}")),
        }
    }
    CONFIG.replace("# {{PROMISED}}", &lines.join("\n"))
}

/// Where `init` puts the GitHub workflow, relative to the fact base's folder.
pub const WORKFLOW_PATH: &str = ".github/workflows/briefings.yml";

/// The factsheet action at this release, `OWNER/REPO@vVERSION`. Both parts come from
/// Cargo.toml (`repository`, `version`), where the project's address is written once; the
/// release workflow tags each release `vVERSION`.
pub fn action_ref() -> String {
    let repository = env!("CARGO_PKG_REPOSITORY");
    let path = repository
        .trim_start_matches("https://github.com/")
        .trim_end_matches('/')
        .trim_end_matches(".git");
    format!("{path}@v{}", env!("CARGO_PKG_VERSION"))
}

/// What `init` did with a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Made {
    Created,
    /// An existing `.gitignore` (a new repository on GitHub has one) given factsheet's lines.
    AddedTo,
}

/// The one starter file that may exist already: init adds its lines to it, as `cargo init`
/// does.
const ADDED_TO: &str = ".gitignore";

/// Whether the existing file at `path` is one init adds to rather than refuses.
fn added_to(name: &str, path: &Path) -> bool {
    name == ADDED_TO
        && path
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_file())
}

/// Writes the starter files into `dir`, refusing (before writing anything) if any exists, but
/// for a `.gitignore`, which gets factsheet's lines added.
pub fn init(dir: &Path) -> Result<Vec<(PathBuf, Made)>, RunError> {
    // A fact base inside `.git/` would be files among git's own, which git never shows.
    let real =
        real_path(dir).map_err(|why| RunError(format!("cannot use `{}`: {why}", display(dir))))?;
    if in_git(&real) {
        return Err(RunError(format!(
            "`{}` is inside `.git/`, the repository's own files, where init writes nothing: \
             give a folder outside it",
            display(dir)
        )));
    }
    let files = files();
    let existing: Vec<String> = files
        .iter()
        .map(|(name, _)| (name, dir.join(name)))
        // A link counts, even one that leads nowhere: `exists` would follow it.
        .filter(|(name, path)| path.symlink_metadata().is_ok() && !added_to(name, path))
        .map(|(_, path)| display(&path))
        .collect();
    if !existing.is_empty() {
        return Err(RunError(format!(
            "{} already exist{}; init writes nothing over existing files (start in an empty folder: `factsheet init NEW-FOLDER`)",
            existing.join(", "),
            if existing.len() == 1 { "s" } else { "" }
        )));
    }
    // Nor through a folder of it that a link leads out of `dir` (a folder still to be made is
    // judged by the nearest one above it that exists).
    if dir.is_dir() {
        for (name, _) in &files {
            if let Some(parent) = dir.join(name).parent() {
                in_the_way(parent)?;
                within(dir, parent)?;
            }
        }
    }
    let mut undo = Undo::default();
    let written = write_files(dir, files, &mut undo);
    if written.is_err() {
        undo.undo();
    }
    written
}

/// What init made so far, to take back when a later file cannot be written: a fact base half
/// written would make the next `init` refuse to run over it.
#[derive(Default)]
struct Undo {
    /// Files created, in order.
    files: Vec<PathBuf>,
    /// Folders created, in order (a parent before its child).
    folders: Vec<PathBuf>,
    /// The `.gitignore` lines were added to, and its length before.
    appended: Option<(PathBuf, u64)>,
}

impl Undo {
    fn undo(self) {
        for file in self.files.iter().rev() {
            let _ = std::fs::remove_file(file);
        }
        for folder in self.folders.iter().rev() {
            let _ = std::fs::remove_dir(folder);
        }
        if let Some((path, len)) = self.appended {
            let _ = std::fs::OpenOptions::new()
                .write(true)
                .open(&path)
                .and_then(|f| f.set_len(len));
        }
    }

    /// Makes `folder` and the folders above it that are missing, noting each.
    fn make_folder(&mut self, folder: &Path) -> Result<(), RunError> {
        let mut missing: Vec<PathBuf> = (folder.ancestors())
            .take_while(|f| !f.as_os_str().is_empty() && f.symlink_metadata().is_err())
            .map(Path::to_path_buf)
            .collect();
        missing.reverse();
        // Noted first: a run that fails half-way has made some of them.
        self.folders.extend(missing);
        std::fs::create_dir_all(folder).map_err(|e| {
            let why = if e.kind() == std::io::ErrorKind::PermissionDenied {
                format!("{e}{}", permissions_hint(folder))
            } else {
                crate::files::file_in_the_way(folder).unwrap_or_else(|| e.to_string())
            };
            RunError(format!(
                "cannot create the folder `{}`: {why}",
                display(folder)
            ))
        })?;
        Ok(())
    }
}

/// What to do when a path cannot be written for want of permission, said once for every
/// file and folder init makes.
fn permissions_hint(path: &Path) -> String {
    let above = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| ".".to_owned(), display);
    format!(
        "; check that you may write in `{above}` (`ls -ld {above}`; `chmod u+w {above}` if it \
         is yours), or give init a folder you can write to. Nothing was left behind: init \
         removed what it had written"
    )
}

/// Writes each starter file (or adds the `.gitignore` lines), noting in `undo` what it made.
fn write_files(
    dir: &Path,
    files: Vec<(&'static str, String)>,
    undo: &mut Undo,
) -> Result<Vec<(PathBuf, Made)>, RunError> {
    let mut written = Vec::new();
    for (name, content) in files {
        let path = dir.join(name);
        if added_to(name, &path) {
            let before = path.metadata().map_or(0, |m| m.len());
            if add_lines(&path, &content)? {
                undo.appended = Some((path.clone(), before));
                written.push((path, Made::AddedTo));
            }
            continue;
        }
        if let Some(parent) = path.parent() {
            undo.make_folder(parent)?;
        }
        let cannot = |what: &str, e: std::io::Error| {
            let hint = if e.kind() == std::io::ErrorKind::PermissionDenied {
                permissions_hint(&path)
            } else {
                String::new()
            };
            RunError(format!("cannot {what} `{}`: {e}{hint}", display(&path)))
        };
        // create_new: a file that appeared since the check above is not overwritten either.
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| cannot("create", e))?;
        undo.files.push(path.clone());
        std::io::Write::write_all(&mut file, content.as_bytes()).map_err(|e| cannot("write", e))?;
        written.push((path, Made::Created));
    }
    Ok(written)
}

/// Adds `lines` at the end of the file at `path`, unless it has their first pattern already
/// (`.*.tmp`); whether it added them.
fn add_lines(path: &Path, lines: &str) -> Result<bool, RunError> {
    let cannot =
        |e: &dyn std::fmt::Display| RunError(format!("cannot add to `{}`: {e}", display(path)));
    let bytes = crate::files::read(path, 1024 * 1024).map_err(|e| cannot(&e))?;
    let text = String::from_utf8_lossy(&bytes);
    let first = (lines.lines().map(str::trim)).find(|l| !l.is_empty() && !l.starts_with('#'));
    if text.lines().any(|l| Some(l.trim()) == first) {
        return Ok(false);
    }
    // A blank line between the file's own lines and factsheet's.
    let separator = if text.is_empty() {
        ""
    } else if text.ends_with('\n') {
        "\n"
    } else {
        "\n\n"
    };
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(|e| cannot(&e))?;
    std::io::Write::write_all(&mut file, format!("{separator}{lines}").as_bytes())
        .map_err(|e| cannot(&e))?;
    Ok(true)
}

/// Refuses, before anything is written, a file or a link that leads nowhere where init makes
/// a folder (`sources`).
fn in_the_way(folder: &Path) -> Result<(), RunError> {
    if folder.symlink_metadata().is_err() || folder.is_dir() {
        return Ok(());
    }
    let what = if folder.is_symlink() {
        "a link that leads nowhere"
    } else {
        "a file"
    };
    Err(RunError(format!(
        "`{}` is {what}, where init makes a folder: move it out of the way, or start in an \
         empty folder (`factsheet init NEW-FOLDER`)",
        display(folder)
    )))
}

/// Refuses a folder of the new fact base (`sources/`, say) that a link leads out of `dir`:
/// init writes only inside the folder it is given.
fn within(dir: &Path, folder: &Path) -> Result<(), RunError> {
    let inside = real_folder(dir).and_then(|project| in_project(folder, &[project]));
    inside.map(|_| ()).map_err(|why| {
        let (folder, dir) = (display(folder), display(dir));
        RunError(match why {
            Refused::Outside => format!(
                "`{folder}` leads out of `{dir}` through a link, and init writes only inside the \
                 folder it is given: remove the link, or start in an empty folder (`factsheet \
                 init NEW-FOLDER`)"
            ),
            why => format!("cannot write into `{folder}`: {why}"),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, parse};

    #[test]
    fn the_workflow_uses_the_action_at_this_release_of_this_repository() {
        let files = files();
        let workflow = &files
            .iter()
            .find(|(name, _)| *name == WORKFLOW_PATH)
            .expect("init writes the workflow")
            .1;
        let version = env!("CARGO_PKG_VERSION");
        assert_eq!(action_ref(), format!("factsheet-dev/factsheet@v{version}"));
        assert!(
            workflow.contains(&format!(
                "\n      - uses: factsheet-dev/factsheet@v{version}\n"
            )),
            "{workflow}"
        );
        assert!(
            !workflow.contains("{{ACTION}}"),
            "the placeholder is filled"
        );
    }

    #[test]
    fn the_config_it_writes_names_every_rule_that_cannot_be_lowered() {
        let written = config();
        let comments: String = (written.lines())
            .filter_map(|l| l.strip_prefix("# "))
            .collect::<Vec<_>>()
            .join(" ");
        for rule in crate::rules::RULES.iter().filter(|r| r.rule.promised()) {
            assert!(comments.contains(rule.name), "{}: {written}", rule.name);
        }
        assert!(comments.contains("source-is-html"), "{written}");
        assert!(written.lines().all(|l| l.len() <= 100), "{written}");
        assert!(parse(&written, "factsheet.toml").unwrap().is_default());
    }

    #[test]
    fn the_config_it_writes_changes_nothing_and_each_of_its_examples_works_once_uncommented() {
        let as_written = parse(CONFIG, "factsheet.toml").unwrap();
        assert_eq!(as_written.set, []);
        assert!(as_written.is_default());
        // Uncommenting `[rules]` and the examples gives a file factsheet accepts, setting them.
        let examples: Vec<&str> = CONFIG
            .lines()
            .filter_map(|l| l.strip_prefix("# "))
            .filter(|l| *l == "[rules]" || l.contains(" = \""))
            .collect();
        let uncommented: Config = parse(&examples.join("\n"), "factsheet.toml").unwrap();
        assert_eq!(uncommented.set.len(), examples.len() - 1, "{examples:?}");
        assert!(uncommented.set.len() >= 3);
    }
}
