//! Writing what the authoring commands make: each file through a temporary file beside it,
//! renamed into place once whole, so that a failed or killed run never leaves half a file (and
//! the temporary file that a killed run leaves is removed by the next).

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path`, which must not exist yet (never overwritten, even by a file that
/// appears meanwhile).
pub fn create_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temp = temporary(path, bytes)?;
    temp.persist_noclobber(path).map_err(|e| e.error)?;
    Ok(())
}

/// Replaces the file at `path` (a real path, links resolved) with `text`, keeping its
/// permissions.
pub fn replace(path: &Path, text: &str) -> std::io::Result<()> {
    let permissions = std::fs::metadata(path)?.permissions();
    let temp = temporary(path, text.as_bytes())?;
    std::fs::set_permissions(temp.path(), permissions)?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn temporary(path: &Path, bytes: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or("file".into(), |n| n.to_string_lossy());
    // The caller holds the facts file's folder locked: what a killed run left is no one's.
    crate::files::remove_leftovers(folder, &name)?;
    let mut temp = crate::files::temporary_in(folder, &name)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    Ok(temp)
}
