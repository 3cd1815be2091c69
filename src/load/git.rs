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
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
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
            })
    };
    // One commit, not a range (`A..B` would read as a path in `git show A..B:./facts.yaml`).
    if rev.contains("..") {
        return Err(cannot(format!(
            "`{rev}` is a range, not one commit; give one commit, like HEAD~1"
        )));
    }
    let commit = format!("{rev}^{{commit}}");
    let verified = git(&["rev-parse", "--verify", "--end-of-options", &commit])?;
    if !verified.status.success() {
        return Err(cannot(format!(
            "`{rev}` is not a single commit git knows here; give one commit, like HEAD~1 ({})",
            git_says(&verified)
        )));
    }
    let object = format!("{rev}:./{}", name.to_string_lossy());
    // A file of zeros compresses to nothing in git: its size is asked before it is read.
    let size = git(&["cat-file", "-s", &object])?;
    if !size.status.success() {
        return Err(cannot(git_says(&size)));
    }
    let bytes: u64 = String::from_utf8_lossy(&size.stdout)
        .trim()
        .parse()
        .unwrap_or(u64::MAX);
    if bytes > super::MAX_FACTS_BYTES {
        return Err(cannot(format!(
            "it is larger than factsheet's limit of {} MB",
            super::MAX_FACTS_BYTES >> 20
        )));
    }
    let output = git(&["show", &object])?;
    if !output.status.success() {
        return Err(cannot(git_says(&output)));
    }
    Ok(from_bytes(format!("{rev}:{shown}"), dir, output.stdout))
}

/// What git said when it failed, on one line.
fn git_says(output: &std::process::Output) -> String {
    let said = String::from_utf8_lossy(&output.stderr);
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    if said.is_empty() {
        format!("git failed ({})", output.status)
    } else {
        format!("git says: {said}")
    }
}
