//! Where the fact base is: the facts file given with `--facts`, or else `facts.yaml` in the
//! current folder or the nearest folder above it, as cargo finds Cargo.toml. Paths are kept
//! relative (`../facts.yaml`), so that what factsheet prints can be opened from where it ran.

use crate::error::RunError;
use std::path::{Path, PathBuf};

/// The name looked for when no `--facts` is given.
pub const FACTS_FILE: &str = "facts.yaml";

/// A fact base's facts file, and the folder its default paths (`output`, `templates`) are in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactBase {
    /// The facts file, as a path from the current folder.
    pub facts: PathBuf,
    /// `.` when `--facts` was given (its defaults stay in the current folder, as before) or
    /// facts.yaml is here; else the folder above where it was found (`..`, `../..`).
    home: PathBuf,
}

impl FactBase {
    /// The facts file `given`, or the nearest `facts.yaml` at or above the current folder.
    pub fn locate(given: Option<&Path>) -> Result<FactBase, RunError> {
        if let Some(path) = given {
            return Ok(FactBase {
                facts: path.to_path_buf(),
                home: PathBuf::from("."),
            });
        }
        // A current folder that cannot be told (deleted meanwhile) is looked in alone: the
        // empty path's one ancestor is itself, and `facts.yaml` is then read relative to it.
        let start = std::env::current_dir().unwrap_or_default();
        let exists = |dir: &Path| std::fs::symlink_metadata(dir.join(FACTS_FILE)).is_ok();
        match levels_up(&start, exists) {
            Ok(up) => Ok(FactBase::up(up)),
            Err(looked) => Err(none_found(looked)),
        }
    }

    /// The fact base whose facts.yaml is `up` folders above the current one.
    fn up(up: usize) -> FactBase {
        let home: PathBuf = std::iter::repeat_n("..", up).collect();
        let home = if up == 0 { PathBuf::from(".") } else { home };
        FactBase {
            facts: beside(&home, FACTS_FILE),
            home,
        }
    }

    /// The default path `name` of this fact base: in its folder when facts.yaml was found above
    /// the current folder, else in the current folder.
    pub fn default_path(&self, name: &str) -> PathBuf {
        beside(&self.home, name)
    }
}

/// The error when no folder from the current one up to the root holds a facts file.
fn none_found(looked: usize) -> RunError {
    RunError(format!(
        "no {FACTS_FILE} in the current folder, nor in any folder above it ({} looked in, up to \
         the root): run `factsheet init` to start a fact base here, or give the facts file with \
         --facts FILE",
        crate::format::count(looked, "folder", "folders")
    ))
}

/// `name` in `folder`, without a `./` before it.
fn beside(folder: &Path, name: &str) -> PathBuf {
    if folder == Path::new(".") {
        PathBuf::from(name)
    } else {
        folder.join(name)
    }
}

/// How many folders above `start` the nearest one for which `has_facts` holds is (0: `start`
/// itself), or how many folders were looked in when none does.
fn levels_up(start: &Path, has_facts: impl Fn(&Path) -> bool) -> Result<usize, usize> {
    let mut looked = 0;
    for (up, dir) in start.ancestors().enumerate() {
        if has_facts(dir) {
            return Ok(up);
        }
        looked = up + 1;
    }
    Err(looked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_facts_file_at_or_above_wins() {
        let start = Path::new("/brief/topic/notes");
        let at = |found: &'static [&'static str]| {
            levels_up(start, move |dir: &Path| {
                found.iter().any(|f| dir == Path::new(f))
            })
        };
        assert_eq!(at(&["/brief/topic/notes", "/brief"]), Ok(0));
        assert_eq!(at(&["/brief/topic", "/brief"]), Ok(1));
        assert_eq!(at(&["/brief"]), Ok(2));
        assert_eq!(at(&[]), Err(4));
        // The current folder, when it cannot be told: looked in alone, as `facts.yaml`.
        let here = levels_up(Path::new(""), |dir| {
            dir.join(FACTS_FILE) == Path::new(FACTS_FILE)
        });
        assert_eq!(here, Ok(0));
    }

    #[test]
    fn the_error_counts_the_folders_looked_in() {
        // From the root, one folder is looked in.
        assert!(
            none_found(1)
                .0
                .contains("(1 folder looked in, up to the root)")
        );
        assert!(
            none_found(4)
                .0
                .contains("(4 folders looked in, up to the root)")
        );
    }

    #[test]
    fn paths_stay_relative_to_the_current_folder() {
        let here = FactBase::up(0);
        assert_eq!(here.facts, Path::new("facts.yaml"));
        assert_eq!(here.default_path("output"), Path::new("output"));
        let above = FactBase::up(2);
        assert_eq!(above.facts, Path::new("../../facts.yaml"));
        assert_eq!(above.default_path("output"), Path::new("../../output"));
        let given = FactBase::locate(Some(Path::new("briefs/k/facts.yaml"))).unwrap();
        assert_eq!(given.facts, Path::new("briefs/k/facts.yaml"));
        assert_eq!(given.default_path("templates"), Path::new("templates"));
    }
}
