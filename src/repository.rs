//! The root of the repository a run is in, for the paths of `--format github` and `--format
//! sarif`: GitHub places an annotation or a code-scanning alert by the path of its file from
//! the repository's root, whatever folder factsheet ran in. The root is `$GITHUB_WORKSPACE`
//! when it is set, else the nearest folder at or above the current one that holds `.git` (a
//! folder, or the file of a worktree or submodule; git itself is not run), else the current
//! folder. A root that does not hold the facts file is not that fact base's repository: the
//! current folder is used instead, so that the paths stay those factsheet always printed.

use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};

/// The variable in which GitHub Actions gives the folder the repository is checked out in.
pub const WORKSPACE: &str = "GITHUB_WORKSPACE";

/// Why the root is the folder it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// `$GITHUB_WORKSPACE`.
    Workspace,
    /// The nearest folder at or above the current one that holds `.git`.
    WorkTree,
    /// The current folder: no root was found, or it does not hold the facts file.
    Here,
}

/// The folder that the paths of GitHub's formats start from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Root {
    /// The root, absolute, its links resolved where it exists.
    dir: PathBuf,
    /// The current folder, the same way.
    here: PathBuf,
    pub found: Found,
}

impl Root {
    /// The root of this run, whose facts file is `facts` (a path as factsheet shows it: from
    /// the current folder, or absolute as given). An empty `$GITHUB_WORKSPACE` is not set.
    pub fn locate(facts: &str) -> Root {
        let here = std::env::current_dir().unwrap_or_default();
        let workspace = std::env::var_os(WORKSPACE).filter(|w| !w.is_empty());
        Root::find(&here, workspace.as_deref(), facts)
    }

    /// [`Root::locate`] from the current folder `here` and the value of `$GITHUB_WORKSPACE`
    /// (relative to `here` if it is not absolute).
    pub fn find(here: &Path, workspace: Option<&OsStr>, facts: &str) -> Root {
        let here = resolved(here);
        let candidate = match workspace {
            Some(workspace) => Some((resolved(&here.join(workspace)), Found::Workspace)),
            None => work_tree(&here).map(|dir| (dir, Found::WorkTree)),
        };
        match candidate {
            Some((dir, found)) if resolved(&here.join(facts)).starts_with(&dir) => {
                Root { dir, here, found }
            }
            _ => Root {
                dir: here.clone(),
                here,
                found: Found::Here,
            },
        }
    }

    /// `shown` (a path as factsheet shows it: from the current folder, or absolute) as a path
    /// from the root, with `/` between its parts. A file outside the root keeps the relative
    /// form it has from the current folder (an absolute one is made relative to it), so that no
    /// absolute path is printed; only a path that has none (another drive) stays as given.
    pub fn path(&self, shown: &str) -> String {
        let given = Path::new(shown);
        if self.found == Found::Here && given.is_relative() {
            return slashes(given);
        }
        let full = resolved(&self.here.join(given));
        relative(&self.dir, &full).map_or_else(|| slashes(given), |path| slashes(&path))
    }
}

/// The nearest folder at or above `here` (which is absolute) that holds `.git`.
fn work_tree(here: &Path) -> Option<PathBuf> {
    here.ancestors()
        .find(|dir| std::fs::symlink_metadata(dir.join(".git")).is_ok())
        .map(Path::to_path_buf)
}

/// `path` (absolute) with its links resolved: its folder is resolved and its own name kept,
/// since a facts file that is a link is shown by its own name. What does not exist (the
/// folder of a missing source file) is made plain without reading the disk.
fn resolved(path: &Path) -> PathBuf {
    let real = match (path.parent(), path.file_name()) {
        (Some(folder), Some(name)) => std::fs::canonicalize(folder).map(|f| f.join(name)),
        _ => std::fs::canonicalize(path),
    };
    real.unwrap_or_else(|_| plain(path))
}

/// `path` without `.` and `..` parts, each `..` taking away the part before it.
fn plain(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The relative path from the folder `from` to `to`, both absolute and plain: `None` when
/// they start differently (two drives of Windows).
fn relative(from: &Path, to: &Path) -> Option<PathBuf> {
    let (mut from_parts, mut to_parts) = (from.components().peekable(), to.components().peekable());
    if from_parts.peek() != to_parts.peek() {
        return None;
    }
    while from_parts.peek().is_some() && from_parts.peek() == to_parts.peek() {
        from_parts.next();
        to_parts.next();
    }
    let up = from_parts.map(|_| Component::ParentDir);
    Some(up.chain(to_parts).collect())
}

/// The path with `/` between its parts, on every system.
fn slashes(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder tree: `repo/.git/`, `repo/docs/facts.yaml`, `repo/docs/sources/`, and
    /// `elsewhere/facts.yaml` beside the repository.
    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for folder in ["repo/.git", "repo/docs/sources", "elsewhere"] {
            std::fs::create_dir_all(dir.path().join(folder)).unwrap();
        }
        for file in ["repo/docs/facts.yaml", "elsewhere/facts.yaml"] {
            std::fs::write(dir.path().join(file), "").unwrap();
        }
        dir
    }

    #[test]
    fn paths_start_at_the_work_tree_that_holds_git() {
        let t = tree();
        let docs = t.path().join("repo/docs");
        let root = Root::find(&docs, None, "facts.yaml");
        assert_eq!(root.found, Found::WorkTree);
        assert_eq!(root.path("facts.yaml"), "docs/facts.yaml");
        assert_eq!(root.path("sources/gone.txt"), "docs/sources/gone.txt");
        let sources = docs.join("sources");
        let root = Root::find(&sources, None, "../facts.yaml");
        assert_eq!(root.path("../facts.yaml"), "docs/facts.yaml");
        // A `.git` file (a worktree's, a submodule's) marks a root as well.
        std::fs::remove_dir(t.path().join("repo/.git")).unwrap();
        std::fs::write(
            t.path().join("repo/.git"),
            "gitdir: ../main/.git/worktrees/repo",
        )
        .unwrap();
        let root = Root::find(&sources, None, "../facts.yaml");
        assert_eq!(root.path("../facts.yaml"), "docs/facts.yaml");
    }

    #[test]
    fn github_workspace_wins_relative_to_the_current_folder_if_it_is() {
        let t = tree();
        let docs = t.path().join("repo/docs");
        let workspace = t.path().join("repo");
        let root = Root::find(&docs, Some(workspace.as_os_str()), "facts.yaml");
        assert_eq!(root.found, Found::Workspace);
        assert_eq!(root.path("facts.yaml"), "docs/facts.yaml");
        // The workspace rather than the nearest `.git`, even one closer to here.
        std::fs::create_dir(docs.join(".git")).unwrap();
        let root = Root::find(&docs, Some(OsStr::new("..")), "facts.yaml");
        assert_eq!(root.path("facts.yaml"), "docs/facts.yaml");
        // An absolute facts file inside the root is named from the root too.
        let absolute = docs.join("facts.yaml");
        let root = Root::find(t.path(), Some(workspace.as_os_str()), &slashes(&absolute));
        assert_eq!(root.path(&slashes(&absolute)), "docs/facts.yaml");
    }

    #[test]
    fn a_facts_file_outside_the_root_keeps_its_path_from_here() {
        let t = tree();
        let repo = t.path().join("repo");
        // Found above the repository: not its fact base.
        let root = Root::find(&repo, None, "../elsewhere/facts.yaml");
        assert_eq!(root.found, Found::Here);
        assert_eq!(
            root.path("../elsewhere/facts.yaml"),
            "../elsewhere/facts.yaml"
        );
        // Outside any repository, the current folder, as before.
        let elsewhere = t.path().join("elsewhere");
        let root = Root::find(&elsewhere, None, "facts.yaml");
        assert_eq!(root.found, Found::Here);
        assert_eq!(root.path("facts.yaml"), "facts.yaml");
        // An absolute path is made relative to the current folder.
        let absolute = slashes(&elsewhere.join("facts.yaml"));
        let root = Root::find(&repo, None, &absolute);
        assert_eq!(root.path(&absolute), "../elsewhere/facts.yaml");
    }

    #[test]
    fn relative_paths_go_up_then_down() {
        let rel = |from: &str, to: &str| relative(Path::new(from), Path::new(to));
        assert_eq!(rel("/a/b", "/a/b/c/d"), Some(PathBuf::from("c/d")));
        assert_eq!(rel("/a/b", "/a/x/y"), Some(PathBuf::from("../x/y")));
        assert_eq!(rel("/a/b", "/a/b"), Some(PathBuf::new()));
        assert_eq!(plain(Path::new("/a/b/../c/./d")), PathBuf::from("/a/c/d"));
    }
}
