//! Write: put rendered files into the output folder atomically, or compare them with it.
//!
//! Each file is written to a temporary file in the output folder and then renamed over the old
//! one, so an interrupted run leaves either the old file or the new one, never half of one.

use crate::load::{RunError, display};
use crate::render::Rendered;
use std::io::{Read, Write};
use std::path::Path;

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Created,
    Updated,
    Unchanged,
}

/// Writes each file whose content differs from what is on disk.
pub fn write_all(out_dir: &Path, files: &[Rendered]) -> Result<Vec<Written>, RunError> {
    std::fs::create_dir_all(out_dir).map_err(|e| {
        RunError(format!(
            "cannot create the output folder `{}`: {e}",
            display(out_dir)
        ))
    })?;
    files
        .iter()
        .map(|file| {
            let target = out_dir.join(file.name);
            let status = match holds(&target, file.content.as_bytes()) {
                Ok(true) => return Ok(Written::Unchanged),
                Ok(false) => Written::Updated,
                Err(_) => Written::Created,
            };
            let fail = |e: &dyn std::fmt::Display| {
                RunError(format!("cannot write `{}`: {e}", display(&target)))
            };
            let mut temp = tempfile::NamedTempFile::new_in(out_dir).map_err(|e| fail(&e))?;
            readable(&temp, &target).map_err(|e| fail(&e))?;
            temp.write_all(file.content.as_bytes())
                .map_err(|e| fail(&e))?;
            temp.as_file().sync_all().map_err(|e| fail(&e))?;
            temp.persist(&target).map_err(|e| fail(&e.error))?;
            Ok(status)
        })
        .collect()
}

/// The files whose content on disk differs from the rendered content, or that are missing.
pub fn stale<'a>(out_dir: &Path, files: &'a [Rendered]) -> Vec<&'a Rendered> {
    files
        .iter()
        .filter(|file| !holds(&out_dir.join(file.name), file.content.as_bytes()).unwrap_or(false))
        .collect()
}

/// Whether the file at `path` holds exactly `content`. It is read piece by piece, so a large
/// briefing is not held twice in memory; a file of another length is not read at all.
fn holds(path: &Path, content: &[u8]) -> std::io::Result<bool> {
    let mut file = std::fs::File::open(path)?;
    if file.metadata()?.len() != content.len() as u64 {
        return Ok(false);
    }
    let mut buffer = vec![0; 64 * 1024];
    let mut rest = content;
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            return Ok(rest.is_empty());
        }
        match rest.strip_prefix(&buffer[..n]) {
            Some(after) => rest = after,
            None => return Ok(false),
        }
    }
}

/// Temporary files are private (0600); a briefing keeps the old file's permissions, or gets the
/// usual 0644.
#[cfg(unix)]
fn readable(temp: &tempfile::NamedTempFile, target: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let permissions = std::fs::metadata(target)
        .map(|m| m.permissions())
        .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644));
    temp.as_file().set_permissions(permissions)
}

#[cfg(not(unix))]
fn readable(_temp: &tempfile::NamedTempFile, _target: &Path) -> std::io::Result<()> {
    Ok(())
}
