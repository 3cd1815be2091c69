//! A facts file as it was at a git revision, for `--since`: `git show REV:./NAME`, run in the
//! folder that holds the file, so the path is the file's own and not relative to the repository.

use super::{Loaded, base_dir, display, from_bytes};
use crate::error::RunError;
use std::path::Path;
use std::process::{Command, Stdio};

/// Reads and parses `path` as it was at `rev`. git missing, an unknown revision or a file that
/// did not exist then are `Err`: the command cannot run.
pub fn load_facts_at(path: &Path, rev: &str) -> Result<Loaded, RunError> {
    let shown = display(path);
    let cannot =
        |why: String| RunError(format!("cannot read `{shown}` at revision `{rev}`: {why}"));
    if rev.trim().is_empty() {
        return Err(cannot(
            "the revision is empty; give one like HEAD~1".to_owned(),
        ));
    }
    // git would read a revision that starts with `-` as an option of its own.
    if rev.starts_with('-') {
        return Err(cannot(
            "a revision cannot start with `-`; give one like HEAD~1".to_owned(),
        ));
    }
    let Some(name) = path.file_name() else {
        return Err(cannot(
            "give the facts file itself, not a folder".to_owned(),
        ));
    };
    let dir = base_dir(path);
    let object = format!("{rev}:./{}", name.to_string_lossy());
    let output = Command::new("git")
        .arg("show")
        .arg(&object)
        .current_dir(&dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| {
            cannot(match e.kind() {
                std::io::ErrorKind::NotFound => {
                    "git is not installed (or not on PATH), and --since needs it".to_owned()
                }
                _ => format!("cannot run git in `{}`: {e}", display(&dir)),
            })
        })?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
        let said = if said.is_empty() {
            format!("git show {object} failed ({})", output.status)
        } else {
            format!("git says: {said}")
        };
        return Err(cannot(said));
    }
    Ok(from_bytes(format!("{rev}:{shown}"), dir, output.stdout))
}
