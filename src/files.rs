//! Reading files from a folder that an untrusted pull request may have filled: only regular
//! files, only inside the folder they belong to (a link that leads out is refused, never
//! followed), never a pipe or a device that would hang or never end, never more than a limit.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why a file was not read.
#[derive(Debug)]
pub enum Refused {
    /// There is nothing at the path.
    Missing,
    /// It leads out of its folder, through a link or `..`.
    Outside,
    /// A folder, a pipe, a device or a socket: not a file to read.
    NotAFile,
    /// Inside `.git/`, which holds the repository's own files and credentials.
    InGit,
    /// Larger than the limit, in bytes.
    TooLarge(u64),
    Io(std::io::Error),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::Missing => f.write_str("no such file"),
            Refused::Outside => f.write_str(
                "it leads out of its folder through a link or `..`, and factsheet reads only \
                 files inside it",
            ),
            Refused::NotAFile => f.write_str("it is not a regular file (a folder, pipe or device)"),
            Refused::InGit => f.write_str(
                "it is inside `.git/`, the repository's own files, which factsheet never reads \
                 or writes",
            ),
            Refused::TooLarge(limit) => write!(
                f,
                "it is larger than factsheet's limit of {} MB",
                limit / (1024 * 1024)
            ),
            Refused::Io(e) if e.kind() == std::io::ErrorKind::PermissionDenied => write!(
                f,
                "{e}: check its permissions and those of its folders (`ls -l`), and that you \
                 may read it (`chmod u+r` on a file of yours)"
            ),
            Refused::Io(e) if is_link_loop(e) => f.write_str(
                "it is a link that leads back to itself, directly or through other links: \
                 point the link at a real file or folder, or remove it (`ls -l` shows where \
                 each link leads)",
            ),
            Refused::Io(e) => write!(f, "{e}"),
        }
    }
}

/// Whether the system refused a path because its links form a loop (ELOOP), which it words
/// as "Too many levels of symbolic links": std has no stable `ErrorKind` for it yet.
pub fn is_link_loop(e: &std::io::Error) -> bool {
    #[cfg(target_os = "linux")]
    const ELOOP: Option<i32> = Some(40);
    #[cfg(any(target_os = "macos", target_os = "freebsd", target_os = "openbsd"))]
    const ELOOP: Option<i32> = Some(62);
    // Windows: ERROR_CANT_RESOLVE_FILENAME.
    #[cfg(windows)]
    const ELOOP: Option<i32> = Some(1921);
    #[cfg(not(any(
        target_os = "linux",
        target_os = "macos",
        target_os = "freebsd",
        target_os = "openbsd",
        windows
    )))]
    const ELOOP: Option<i32> = None;
    ELOOP.is_some() && e.raw_os_error() == ELOOP
}

/// The folder `dir`, as its real path (links resolved), to check paths against.
pub fn real_folder(dir: &Path) -> Result<PathBuf, Refused> {
    std::fs::canonicalize(dir).map_err(refused)
}

/// The real path of `path`, when it is inside `folder` (a real path, from [`real_folder`]) and
/// not inside a `.git` folder of it.
pub fn inside(folder: &Path, path: &Path) -> Result<PathBuf, Refused> {
    let real = std::fs::canonicalize(path).map_err(|e| match refused(e) {
        // Something is there but has no path: a pipe or socket reached through `/dev/stdin`
        // or `/proc/self/fd/N`.
        Refused::Missing if std::fs::metadata(path).is_ok() => Refused::NotAFile,
        why => why,
    })?;
    let Ok(relative) = real.strip_prefix(folder) else {
        return Err(Refused::Outside);
    };
    if in_git(relative) {
        return Err(Refused::InGit);
    }
    Ok(real)
}

/// The real path of the folder `dir` when it lies inside one of the `projects` folders (real
/// paths), and not inside a `.git` folder of it. A folder that does not exist yet is judged by
/// the nearest one above it that does.
pub fn in_project(dir: &Path, projects: &[PathBuf]) -> Result<PathBuf, Refused> {
    let real = real_path(dir)?;
    let Some(relative) = (projects.iter()).find_map(|project| real.strip_prefix(project).ok())
    else {
        return Err(Refused::Outside);
    };
    if in_git(relative) {
        return Err(Refused::InGit);
    }
    Ok(real)
}

/// Whether `path` has a `.git` folder among its parts.
pub fn in_git(path: &Path) -> bool {
    path.components().any(|c| c.as_os_str() == ".git")
}

/// The real path of `dir`, which need not exist yet: the real path of the nearest folder above
/// it that does, and the rest of `dir` after it.
pub fn real_path(dir: &Path) -> Result<PathBuf, Refused> {
    use std::path::Component;
    let mut existing = dir;
    let mut rest = Vec::new();
    // How many `..` of the missing part are still to be applied: `out/../briefings`, where
    // `out` is missing, is `briefings` once `out` is made (as `mkdir -p` makes it).
    let mut up = 0;
    let real = loop {
        match std::fs::canonicalize(existing) {
            Ok(real) => break real,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                match existing.components().next_back() {
                    Some(Component::ParentDir) => up += 1,
                    Some(Component::CurDir) => {}
                    Some(Component::Normal(_)) if up > 0 => up -= 1,
                    Some(Component::Normal(name)) => rest.push(name),
                    _ => return Err(Refused::Io(e)),
                }
                let parent = (existing.parent())
                    .filter(|parent| !parent.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                // The working folder itself is missing (removed under the run).
                if parent == existing {
                    return Err(Refused::Io(e));
                }
                existing = parent;
            }
            Err(e) => return Err(Refused::Io(e)),
        }
    };
    let real = (0..up).fold(real, |path, _| match path.parent() {
        Some(parent) => parent.to_path_buf(),
        None => path,
    });
    Ok(rest.iter().rev().fold(real, |path, name| path.join(name)))
}

/// The bytes of the regular file at `path` (links already resolved by [`inside`]), of at most
/// `limit` bytes.
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, Refused> {
    let file = open_regular(path)?;
    let size = file.metadata().map_err(Refused::Io)?.len();
    if size > limit {
        return Err(Refused::TooLarge(limit));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // A file that grows while it is read is cut at the limit and refused.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(Refused::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Refused::TooLarge(limit));
    }
    Ok(bytes)
}

/// Opens `path` for reading if it is a regular file. A pipe is opened without waiting for a
/// writer, so that it is refused instead of hanging.
fn open_regular(path: &Path) -> Result<File, Refused> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(refused)?;
    if !file.metadata().map_err(Refused::Io)?.is_file() {
        return Err(Refused::NotAFile);
    }
    Ok(file)
}

/// A temporary file in `folder`, named `.{name}.XXXXXX.tmp` after the file it becomes, to write
/// that file whole and rename it into place. Its error is the system's alone: tempfile adds
/// ` at path "..."`, the temporary file's absolute path with random letters, which would make
/// the message differ from run to run.
pub fn temporary_in(folder: &Path, name: &str) -> std::io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(|e| std::io::Error::new(e.kind(), without_path(&e.to_string())))
}

/// Removes the temporary files that a killed run left for the file `name` in `folder` (named
/// as `temporary_in` names them). Only a run that holds the folder locked may call it: another
/// run's temporary file would otherwise be taken from under it.
pub fn remove_leftovers(folder: &Path, name: &str) -> std::io::Result<()> {
    let prefix = format!(".{name}.");
    for entry in std::fs::read_dir(folder)?.flatten() {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        let ours = file
            .strip_prefix(&prefix)
            .is_some_and(|rest| rest.ends_with(".tmp"));
        if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// The error of a temporary file without the path it appends (` at path "/tmp/.x.tmp"`): a
/// file the person never sees, and an absolute path in the message.
fn without_path(text: &str) -> &str {
    text.find(" at path ").map_or(text, |end| &text[..end])
}

/// `path` as a word of a shell command that a message suggests: as it is when the shell takes
/// it so, else in single quotes, and after `./` when it would read as an option.
pub fn shell_word(path: &str) -> String {
    let path = if path.starts_with('-') {
        format!("./{path}")
    } else {
        path.to_owned()
    };
    let plain = |c: char| c.is_alphanumeric() || "_./-+,:@%=".contains(c);
    if !path.is_empty() && path.chars().all(plain) {
        return path;
    }
    format!("'{}'", path.replace('\'', "'\\''"))
}

/// The text of `bytes` when they start with UTF-16's byte-order mark (little- or big-endian),
/// without it; what is not valid UTF-16 becomes U+FFFD.
pub fn utf16_text(bytes: &[u8]) -> Option<String> {
    let unit: fn([u8; 2]) -> u16 = match bytes.get(..2)? {
        b"\xff\xfe" => u16::from_le_bytes,
        b"\xfe\xff" => u16::from_be_bytes,
        _ => return None,
    };
    let units = (bytes[2..].chunks_exact(2)).map(|pair| unit([pair[0], pair[1]]));
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

/// Why the file `shown`, whose bytes are not UTF-8 from byte `valid_up_to` on, is not, and
/// how to make it so: UTF-16 (as Windows Notepad and PowerShell's `>` save text) is told by its
/// byte-order mark; anything else is most likely a legacy encoding.
pub fn not_utf8(shown: &str, bytes: &[u8], valid_up_to: usize) -> String {
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return format!(
            "`{shown}` is UTF-16 text (it starts with UTF-16's byte-order mark), not UTF-8: save \
             it as UTF-8; `iconv -f utf-16 -t utf-8 {word}` prints it so",
            word = shell_word(shown)
        );
    }
    format!(
        "`{shown}` is not UTF-8 text (byte {} is not valid UTF-8): save it as UTF-8; `iconv -f \
         ENCODING -t utf-8 {word}` prints it so, ENCODING being the one it was written in \
         (windows-1252 for most Western European text)",
        valid_up_to + 1,
        word = shell_word(shown)
    )
}

/// Why a file could not be written, with what to do where a person can do something about it.
pub fn write_failure(e: &std::io::Error) -> String {
    use std::io::ErrorKind::{PermissionDenied, QuotaExceeded, ReadOnlyFilesystem, StorageFull};
    let advice = match e.kind() {
        PermissionDenied => {
            ": check the permissions of the file and of its folder (`ls -ld`), and that you \
             may write there"
        }
        ReadOnlyFilesystem => ": the disk is mounted read-only; write somewhere else",
        StorageFull | QuotaExceeded => ": free some space on the disk and run it again",
        _ => "",
    };
    format!("{}{advice}", without_path(&e.to_string()))
}

/// Makes the folder `dir` and those above it. When a file stands where one of them must be,
/// the error names that file: the system says only "File exists" or "Not a directory".
pub fn make_folder(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| file_in_the_way(dir).unwrap_or_else(|| e.to_string()))
}

/// "`output` is a file, not a folder" when a file stands where `dir` or a folder above it
/// must be.
pub fn file_in_the_way(dir: &Path) -> Option<String> {
    let file = dir
        .ancestors()
        .filter(|folder| !folder.as_os_str().is_empty())
        .find(|folder| folder.exists() && !folder.is_dir())?;
    Some(format!(
        "`{}` is a file, not a folder",
        file.to_string_lossy().replace('\\', "/")
    ))
}

fn refused(e: std::io::Error) -> Refused {
    match e.kind() {
        std::io::ErrorKind::NotFound => Refused::Missing,
        _ => Refused::Io(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_is_read_in_either_byte_order_and_nothing_else_is() {
        let be: Vec<u8> = "\u{feff}Київ: 1"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(utf16_text(&be).as_deref(), Some("Київ: 1"));
        // An odd last byte and a lone surrogate are shown, not a panic.
        assert_eq!(
            utf16_text(b"\xff\xfea\x00\x00\xd8b").as_deref(),
            Some("a\u{fffd}")
        );
        assert_eq!(utf16_text(b"briefing:"), None);
        assert_eq!(utf16_text(b"\xff"), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_failed_write_says_what_to_do_and_names_no_temporary_file() {
        let said = |code| write_failure(&std::io::Error::from_raw_os_error(code));
        assert!(
            said(13).ends_with("that you may write there"),
            "{}",
            said(13)
        );
        assert!(said(28).ends_with("free some space on the disk and run it again"));
        assert!(said(30).ends_with("the disk is mounted read-only; write somewhere else"));
        // tempfile appends the temporary file's absolute path to its errors.
        let missing = Path::new("/no/such/folder");
        let e = tempfile::NamedTempFile::new_in(missing).unwrap_err();
        assert!(e.to_string().contains(" at path "), "{e}");
        assert!(
            !write_failure(&e).contains("/no/such"),
            "{}",
            write_failure(&e)
        );
    }

    #[test]
    fn a_path_not_made_yet_is_taken_as_mkdir_p_makes_it() {
        let dir = tempfile::tempdir().unwrap();
        let root = real_folder(dir.path()).unwrap();
        let real = |rest: &str| real_path(&dir.path().join(rest)).unwrap();
        assert_eq!(real("a/b"), root.join("a/b"));
        assert_eq!(real("a/../b"), root.join("b"));
        assert_eq!(real("a/b/../../c/./d"), root.join("c/d"));
        assert_eq!(real("a/../.."), root.parent().unwrap());
    }

    #[test]
    fn only_regular_files_inside_the_folder_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let root = real_folder(dir.path()).unwrap();
        std::fs::write(dir.path().join("a.txt"), "text").unwrap();
        std::fs::create_dir_all(dir.path().join(".git")).unwrap();
        std::fs::write(dir.path().join(".git/config"), "token").unwrap();
        let real = inside(&root, &dir.path().join("a.txt")).unwrap();
        assert_eq!(read(&real, 10).unwrap(), b"text");
        assert!(matches!(read(&real, 3), Err(Refused::TooLarge(3))));
        let git = inside(&root, &dir.path().join(".git/config"));
        assert!(matches!(git, Err(Refused::InGit)));
        let missing = inside(&root, &dir.path().join("b.txt"));
        assert!(matches!(missing, Err(Refused::Missing)));
        assert!(matches!(read(dir.path(), 10), Err(Refused::NotAFile)));
        let outside = inside(&root, &root.join(".."));
        assert!(matches!(outside, Err(Refused::Outside)));
    }

    #[test]
    fn a_folder_is_in_the_project_when_it_or_the_folder_it_will_be_made_in_is() {
        let dir = tempfile::tempdir().unwrap();
        let project = real_folder(dir.path()).unwrap();
        let projects = [project.clone()];
        let made = in_project(&dir.path().join("out/brief"), &projects).unwrap();
        assert_eq!(made, project.join("out/brief"));
        assert!(in_project(&dir.path().join("../elsewhere"), &projects).is_err());
        assert!(in_project(Path::new("/"), &projects).is_err());
    }

    #[test]
    fn a_temporary_file_that_cannot_be_made_says_why_without_its_random_path() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("gone");
        let error = temporary_in(&gone, "briefing.md").unwrap_err();
        assert_eq!(error.kind(), std::io::ErrorKind::NotFound);
        let said = error.to_string();
        assert!(
            !said.contains("at path") && !said.contains(".tmp"),
            "{said}"
        );
        let made = temporary_in(dir.path(), "briefing.md").unwrap();
        let name = made.path().file_name().unwrap().to_string_lossy();
        assert!(
            name.starts_with(".briefing.md.") && name.ends_with(".tmp"),
            "{name}"
        );
    }

    #[test]
    fn a_file_where_a_folder_must_be_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("facts.yaml");
        std::fs::write(&file, "briefing:").unwrap();
        for folder in [file.clone(), file.join("out")] {
            let said = make_folder(&folder).unwrap_err();
            assert!(
                said.ends_with("facts.yaml` is a file, not a folder"),
                "{said}"
            );
        }
        make_folder(&dir.path().join("a/b")).unwrap();
        assert!(dir.path().join("a/b").is_dir());
    }

    #[cfg(unix)]
    #[test]
    fn links_out_and_pipes_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = real_folder(dir.path()).unwrap();
        let link = dir.path().join("passwd");
        std::os::unix::fs::symlink("/etc/passwd", &link).unwrap();
        assert!(matches!(inside(&root, &link), Err(Refused::Outside)));
        let out = dir.path().join("output");
        std::os::unix::fs::symlink("/tmp", &out).unwrap();
        assert!(matches!(
            in_project(&out, std::slice::from_ref(&root)),
            Err(Refused::Outside)
        ));
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "this test needs mkfifo");
        let real = inside(&root, &fifo).unwrap();
        assert!(matches!(read(&real, 10), Err(Refused::NotAFile)));
    }
}
