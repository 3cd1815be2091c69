//! Write: put rendered pages into the output folder atomically, or compare them with it.
//!
//! Each page that differs from its file goes to a temporary file beside it; only once every
//! page is written are the temporary files renamed over the old ones. A failed run leaves the
//! old files (never half of one) and removes its temporary files; a run that was killed leaves
//! them, and the next run removes them. A page that did not change is not written again. A run
//! holds the output folder locked, so two runs at once write one after the other and the
//! briefings always come from the same run. A briefing's place taken by a link is never read
//! through, and the link is replaced by the briefing.

use crate::error::RunError;
use crate::files;
use crate::load::display;
use crate::render::Rendered;
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// What happened, or would happen, to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Created,
    Updated,
    Unchanged,
}

/// How each page compares with its file in `out_dir` (`generate --check`); writes nothing.
pub fn compare(out_dir: &Path, pages: &[Rendered]) -> Result<Vec<Written>, RunError> {
    // While another run writes, wait for it: it could be between two renames.
    let _lock = if out_dir.is_dir() {
        lock(out_dir, false)?
    } else {
        None
    };
    statuses(out_dir, pages)
}

fn statuses(out_dir: &Path, pages: &[Rendered]) -> Result<Vec<Written>, RunError> {
    pages
        .iter()
        .map(|page| status(&out_dir.join(page.name), &page.content))
        .collect()
}

/// Writes each page that differs from its file in `out_dir`, making the folder if need be.
pub fn write(out_dir: &Path, pages: &[Rendered]) -> Result<Vec<Written>, RunError> {
    let folder = Folder::new(out_dir);
    files::make_folder(out_dir).map_err(|why| {
        let folder = display(out_dir);
        RunError(format!(
            "cannot make the output folder `{folder}`: {why}; give a folder with --out"
        ))
    })?;
    let _lock = lock(out_dir, true)?;
    remove_leftovers(out_dir, pages)?;
    let statuses = statuses(out_dir, pages)?;
    let mut temps = Vec::new();
    for (page, status) in pages.iter().zip(&statuses) {
        if *status != Written::Unchanged {
            let target = out_dir.join(page.name);
            let temp = temporary(out_dir, &target, &page.content)
                .map_err(|e| cannot_write(&target, &files::write_failure(&e)))?;
            temps.push((temp, target));
        }
    }
    for (temp, target) in temps {
        temp.persist(&target)
            .map_err(|e| cannot_write(&target, &files::write_failure(&e.error)))?;
    }
    folder.keep();
    Ok(statuses)
}

/// Locks a folder for this run: `exclusive` to write, shared to compare. `generate` locks the
/// output folder; `add-source` and `pin` lock the facts file's folder for the whole of their
/// read, edit and rename, so that two runs at once take turns instead of each writing over the
/// other's edit. The lock is held until the file it gives is dropped, and goes with the
/// process, so a killed run leaves none behind. Where a folder cannot be opened as a file
/// (Windows) or the file system has no locks (some network ones), runs are not kept apart.
pub fn lock(out_dir: &Path, exclusive: bool) -> Result<Option<File>, RunError> {
    let folder = match File::open(out_dir) {
        Ok(folder) => folder,
        Err(_) if cfg!(not(unix)) => return Ok(None),
        Err(e) => return Err(cannot_write(out_dir, &files::write_failure(&e))),
    };
    let locked = if exclusive {
        folder.lock()
    } else {
        folder.lock_shared()
    };
    match locked {
        Ok(()) => Ok(Some(folder)),
        Err(e) if e.kind() == std::io::ErrorKind::Unsupported => Ok(None),
        Err(e) => Err(cannot_write(out_dir, &files::write_failure(&e))),
    }
}

/// Removes the temporary files that a killed run left beside the briefings
/// (`.briefing.html.XXXXXX.tmp`).
fn remove_leftovers(out_dir: &Path, pages: &[Rendered]) -> Result<(), RunError> {
    for page in pages {
        files::remove_leftovers(out_dir, page.name)
            .map_err(|e| cannot_write(out_dir, &files::write_failure(&e)))?;
    }
    Ok(())
}

/// Whether `content` is new, different from the file at `path`, or the same.
fn status(path: &Path, content: &str) -> Result<Written, RunError> {
    use std::io::ErrorKind::{NotADirectory, NotFound};
    match std::fs::symlink_metadata(path) {
        // No file there, or no folder to hold one yet (writing says why it cannot be made).
        Err(e) if matches!(e.kind(), NotFound | NotADirectory) => return Ok(Written::Created),
        Err(e) => return Err(cannot_read(path, e)),
        // A link is never read through; the briefing replaces it.
        Ok(meta) if meta.file_type().is_symlink() => return Ok(Written::Updated),
        // A folder, or a pipe that would never end: not a briefing to compare or replace.
        Ok(meta) if !meta.is_file() => {
            return Err(cannot_write(
                path,
                &"it is not a file; move it out of the way",
            ));
        }
        Ok(_) => {}
    }
    let file = File::open(path).map_err(|e| cannot_read(path, e))?;
    match same_bytes(file, content.as_bytes()) {
        Ok(true) => Ok(Written::Unchanged),
        Ok(false) => Ok(Written::Updated),
        Err(e) => Err(cannot_read(path, e)),
    }
}

/// Whether `file` holds exactly `bytes`, read a piece at a time.
fn same_bytes(mut file: File, mut bytes: &[u8]) -> std::io::Result<bool> {
    if file.metadata()?.len() != bytes.len() as u64 {
        return Ok(false);
    }
    let mut piece = vec![0; 64 * 1024];
    loop {
        let n = file.read(&mut piece)?;
        if n == 0 {
            return Ok(bytes.is_empty());
        }
        if n > bytes.len() || piece[..n] != bytes[..n] {
            return Ok(false);
        }
        bytes = &bytes[n..];
    }
}

/// `content` in a temporary file beside `target`, named after it (so that one left by a killed
/// run says what it is), with `target`'s permissions.
fn temporary(
    out_dir: &Path,
    target: &Path,
    content: &str,
) -> std::io::Result<tempfile::NamedTempFile> {
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let mut temp = files::temporary_in(out_dir, &name)?;
    readable(&temp, target)?;
    temp.write_all(content.as_bytes())?;
    temp.as_file().sync_all()?;
    Ok(temp)
}

/// The briefing on disk could not be read to compare it with the new one.
fn cannot_read(target: &Path, e: std::io::Error) -> RunError {
    let why = files::Refused::Io(e);
    RunError(format!(
        "cannot read `{}` to compare it with the new briefing: {why}",
        display(target)
    ))
}

fn cannot_write(target: &Path, e: &dyn std::fmt::Display) -> RunError {
    RunError(format!("cannot write `{}`: {e}", display(target)))
}

/// The output folder as a run found it. If the run fails, the folders it made are removed
/// again, once empty: a failed run leaves no trace.
struct Folder {
    /// The folders that did not exist, deepest first.
    missing: Vec<PathBuf>,
    kept: bool,
}

impl Folder {
    fn new(dir: &Path) -> Folder {
        let missing = dir
            .ancestors()
            .take_while(|folder| !folder.as_os_str().is_empty() && !folder.exists())
            .map(Path::to_path_buf)
            .collect();
        Folder {
            missing,
            kept: false,
        }
    }

    /// The run wrote what it rendered: the folders stay.
    fn keep(mut self) {
        self.kept = true;
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        if self.kept {
            return;
        }
        for folder in &self.missing {
            if std::fs::remove_dir(folder).is_err() {
                break;
            }
        }
    }
}

/// Temporary files are private (0600); a briefing keeps the old file's permissions, or gets the
/// usual 0644 (never those of a file that a link at its place leads to).
#[cfg(unix)]
fn readable(temp: &tempfile::NamedTempFile, target: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let permissions = std::fs::symlink_metadata(target)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map_or_else(
            || std::fs::Permissions::from_mode(0o644),
            |m| m.permissions(),
        );
    temp.as_file().set_permissions(permissions)
}

#[cfg(not(unix))]
fn readable(_temp: &tempfile::NamedTempFile, _target: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(list: &[(&'static str, &str)]) -> Vec<Rendered> {
        list.iter()
            .map(|(name, content)| Rendered {
                name,
                content: (*content).to_owned(),
            })
            .collect()
    }

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap()
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_page_is_written_only_when_it_changed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out/brief");
        let written = write(&out, &pages(&[("a.md", "one two")])).unwrap();
        assert_eq!(written, [Written::Created]);
        assert_eq!(read(&out.join("a.md")), "one two");
        let written = write(&out, &pages(&[("a.md", "one two")])).unwrap();
        assert_eq!(written, [Written::Unchanged]);
        assert_eq!(names(&out), ["a.md"], "no temporary file");
        // A difference at the start, in the middle, a page longer and one shorter than the
        // old file, and an empty page: each replaces the old file whole.
        for new in ["xne two", "one t-o", "one two three", "one tw", ""] {
            let written = write(&out, &pages(&[("a.md", new)])).unwrap();
            assert_eq!(written, [Written::Updated], "{new:?}");
            assert_eq!(read(&out.join("a.md")), new);
            write(&out, &pages(&[("a.md", "one two")])).unwrap();
        }
    }

    #[test]
    fn a_page_larger_than_a_piece_is_compared_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let old: String = (0..50_000).map(|i| format!("{i} ")).collect();
        std::fs::write(dir.path().join("a.html"), &old).unwrap();
        let statuses = compare(dir.path(), &pages(&[("a.html", &old)])).unwrap();
        assert_eq!(statuses, [Written::Unchanged]);
        // The same length, the first difference far past the first piece.
        let new = old.replacen("40000 ", "40001 ", 1);
        let statuses = compare(dir.path(), &pages(&[("a.html", &new)])).unwrap();
        assert_eq!(statuses, [Written::Updated]);
    }

    #[test]
    fn comparing_only_tells() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let statuses = compare(&out, &pages(&[("a.md", "x")])).unwrap();
        assert_eq!(statuses, [Written::Created]);
        assert!(!out.exists(), "comparing makes no folder");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("a.md"), "same").unwrap();
        let statuses = compare(&out, &pages(&[("a.md", "same"), ("b.md", "")])).unwrap();
        assert_eq!(statuses, [Written::Unchanged, Written::Created]);
        let statuses = compare(&out, &pages(&[("a.md", "sane")])).unwrap();
        assert_eq!(statuses, [Written::Updated]);
        assert_eq!(read(&out.join("a.md")), "same", "comparing writes nothing");
    }

    #[test]
    fn a_page_that_cannot_be_written_says_why_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("blocker");
        std::fs::write(&blocker, "a file where the folder should be").unwrap();
        let error = write(&blocker.join("out"), &pages(&[("a.html", "x")])).unwrap_err();
        assert!(
            error.0.starts_with("cannot make the output folder `"),
            "{error}"
        );
        // The second page cannot be written: the first stays as it was, and the folders the
        // run made are gone.
        let out = dir.path().join("new/out");
        std::fs::create_dir_all(out.join("b.html")).unwrap();
        let error = write(&out, &pages(&[("a.html", "new"), ("b.html", "x")]));
        assert!(error.is_err());
        assert_eq!(names(&out), ["b.html"], "no temporary file, no a.html");
    }
}
