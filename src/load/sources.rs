//! Reading the source files that quotes are checked against.
//!
//! A file is read only when it lies inside the folder that holds the facts file: absolute paths,
//! `..` that leaves the folder and links that point out are refused before anything is opened.
//! Each file is read, hashed and normalised once, whatever the number of facts citing it.

use super::model::Source;
use super::spanned::Spanned;
use crate::files::{self, Refused};
use crate::nearest::{Budget, Nearest, Ties};
use crate::text::normalize_paragraphs;
use ahash::AHashMap as HashMap;
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::ops::Range;
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

/// Source files larger than this are refused rather than read into memory.
const MAX_SOURCE_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Clone)]
pub enum SourceFile {
    /// The source has no `file`: its quotes cannot be verified.
    NotGiven,
    /// The path leads out of the project; it was not read.
    Outside(String),
    /// It could not be read as text.
    Unreadable(String),
    // Boxed: the text is read once, and the other variants stay small.
    Read(Box<SourceText>),
}

#[derive(Debug, Clone)]
pub struct SourceText {
    /// The text after quote-matching normalisation (`crate::text::normalize`).
    pub normalized: String,
    /// Where each paragraph after the first starts in `normalized`.
    pub paragraphs: Vec<usize>,
    /// The sentences of `normalized`, split when a rule first reads the words around a quote.
    sentences: OnceLock<Vec<Range<usize>>>,
    /// `normalized` in lowercase, made when a rule first compares words in any case.
    lowercase: OnceLock<String>,
    /// The hex SHA-256 of the file's bytes, computed only when the source pins one.
    pub sha256: Option<String>,
    /// The file is a web page's HTML or a news feed's XML, not the article's text
    /// (`source-is-html`): what it is, in words ("a saved web page (HTML)").
    pub markup: Option<&'static str>,
}

/// Reads the file of every source (in parallel), in the order of `sources`.
pub fn read_all(base_dir: &Path, sources: &[Spanned<Source>]) -> Vec<SourceFile> {
    let base = base_dir.canonicalize().ok();
    let read: Vec<Result<SourceFile, PathBuf>> = sources
        .par_iter()
        // Small tasks, so that both cores finish together.
        .with_max_len(16)
        .map(|source| match &source.file {
            None => Ok(SourceFile::NotGiven),
            Some(file) => read_one(
                base_dir,
                base.as_deref(),
                &file.value,
                source.sha256.is_some(),
            ),
        })
        .collect();
    let missing_paths: Vec<&Path> = (read.iter())
        .filter_map(|r| r.as_ref().err().map(PathBuf::as_path))
        .collect();
    let mut near = match &base {
        Some(base) => nearest_files(base, &missing_paths).into_iter(),
        None => Vec::new().into_iter(),
    };
    (read.into_iter().zip(sources))
        .map(|(read, source)| match read {
            Ok(read) => read,
            Err(_) => {
                let file = source.file.as_ref().map_or("", |f| f.value.as_str());
                missing(file, near.next().flatten())
            }
        })
        .collect()
}

/// Reads the file of one source and hashes it, as the check does (for `factsheet pin`).
pub fn read_hashed(base_dir: &Path, file: &str) -> SourceFile {
    let base = base_dir.canonicalize().ok();
    read_one(base_dir, base.as_deref(), file, true).unwrap_or_else(|relative| {
        let near = base.and_then(|b| nearest_files(&b, &[&relative]).pop().flatten());
        missing(file, near)
    })
}

/// The file's text, or why it cannot be read; `Err` with its path from the facts file's
/// folder when it does not exist.
fn read_one(
    base_dir: &Path,
    base: Option<&Path>,
    file: &str,
    hash: bool,
) -> Result<SourceFile, PathBuf> {
    let bytes = match read_bytes(base_dir, base, file) {
        Ok(bytes) => bytes,
        Err(Unread::Missing(relative)) => return Err(relative),
        Err(Unread::Not(why)) => return Ok(why),
    };
    let sha256 = hash.then(|| sha256_hex(&bytes));
    Ok(match text_of(file, bytes) {
        Ok(text) => SourceFile::Read(Box::new(SourceText::new(&text, sha256))),
        Err(why) => why,
    })
}

/// The text of a source's `file` as the check reads it (inside the facts file's folder only),
/// before normalisation: for the commands that show where words are in the file. The error
/// says why it could not be read.
pub fn read_original(base_dir: &Path, file: &str) -> Result<String, SourceFile> {
    let base = base_dir.canonicalize().ok();
    let bytes = read_bytes(base_dir, base.as_deref(), file).map_err(|why| match why {
        Unread::Not(why) => why,
        Unread::Missing(relative) => {
            let near = base.and_then(|b| nearest_files(&b, &[&relative]).pop().flatten());
            missing(file, near)
        }
    })?;
    text_of(file, bytes)
}

/// Why a file was not read: it does not exist (its path from the facts file's folder), or
/// another reason, said.
enum Unread {
    Missing(PathBuf),
    Not(SourceFile),
}

fn read_bytes(base_dir: &Path, base: Option<&Path>, file: &str) -> Result<Vec<u8>, Unread> {
    let relative = inside_path(file).map_err(|why| Unread::Not(SourceFile::Outside(why)))?;
    let Some(base) = base else {
        return Err(Unread::Not(SourceFile::Unreadable(format!(
            "the folder `{}` that holds the facts file cannot be read",
            super::display(base_dir)
        ))));
    };
    files::inside(base, &base_dir.join(&relative))
        .and_then(|real| files::read(&real, MAX_SOURCE_BYTES))
        .map_err(|why| match why {
            Refused::Missing => Unread::Missing(relative),
            Refused::Outside => Unread::Not(linked_out(file, &link_on_path(base_dir, &relative))),
            why => Unread::Not(refused(file, why)),
        })
}

/// The folder on the way to `relative` (from `base_dir`) that is a link, such as a `sources`
/// linked to a shared folder; none when the file itself is the link.
fn link_on_path(base_dir: &Path, relative: &Path) -> Option<String> {
    let mut path = PathBuf::new();
    let parts = relative.components().collect::<Vec<_>>();
    for part in parts.iter().take(parts.len().saturating_sub(1)) {
        path.push(part);
        let is_link = std::fs::symlink_metadata(base_dir.join(&path))
            .is_ok_and(|m| m.file_type().is_symlink());
        if is_link {
            return Some(path.to_string_lossy().replace('\\', "/"));
        }
    }
    None
}

fn linked_out(file: &str, folder: &Option<String>) -> SourceFile {
    let through = match folder {
        Some(folder) => format!("is reached through `{folder}`, a link"),
        None => "is a link".to_owned(),
    };
    SourceFile::Outside(format!(
        "`{file}` {through} that leads out of the folder that holds the facts file: keep the \
         article inside that folder (copy it in, `cp -L`), so that the fact base stands alone"
    ))
}

fn text_of(file: &str, bytes: Vec<u8>) -> Result<String, SourceFile> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let why = files::not_utf8(file, e.as_bytes(), e.utf8_error().valid_up_to());
        SourceFile::Unreadable(why)
    })?;
    if text.contains('\0') {
        return Err(SourceFile::Unreadable(format!(
            "`{file}` holds NUL bytes: it is a binary file, not the article's text"
        )));
    }
    if is_facts_file(&text) {
        // Its quotes are written in it: every one would be found, checked against itself.
        return Err(SourceFile::Unreadable(format!(
            "`{file}` is a facts file (YAML with `sources:` and `facts:`), not the article's \
             text: give the file of the article's text, as `factsheet add-source` writes it"
        )));
    }
    Ok(text)
}

/// Whether a text is a facts file: the top-level keys `sources:` and `facts:` at the start of
/// their lines, which no article's text has.
fn is_facts_file(text: &str) -> bool {
    let key = |line: &str, name: &str| {
        line.strip_prefix(name)
            .and_then(|rest| rest.strip_prefix(':'))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '#', '\r']))
    };
    let (mut sources, mut facts) = (false, false);
    for line in text.lines() {
        sources |= key(line, "sources");
        facts |= key(line, "facts");
        if sources && facts {
            return true;
        }
    }
    false
}

impl SourceText {
    /// The source's `text`, normalised, with its file's `sha256` when it was computed.
    pub fn new(text: &str, sha256: Option<String>) -> SourceText {
        let (normalized, paragraphs) = normalize_paragraphs(text);
        SourceText {
            normalized,
            paragraphs,
            sentences: OnceLock::new(),
            lowercase: OnceLock::new(),
            sha256,
            markup: crate::html::markup_kind(text),
        }
    }

    /// The normalised text in lowercase, made once.
    pub fn lowercase(&self) -> &str {
        self.lowercase
            .get_or_init(|| self.normalized.to_lowercase())
    }

    /// The sentence (or run of sentences) of `normalized` that the bytes of `span` fall in.
    pub fn sentence_around(&self, span: Range<usize>) -> Range<usize> {
        let sentences = self
            .sentences
            .get_or_init(|| crate::sentences::split(&self.normalized, &self.paragraphs));
        crate::sentences::around(sentences, span)
    }
}

/// What a source's finding says about a file that was not read.
fn refused(file: &str, why: Refused) -> SourceFile {
    match why {
        Refused::Outside => SourceFile::Outside(format!(
            "`{file}` is a link that leads out of the folder that holds the facts file"
        )),
        Refused::InGit => SourceFile::Outside(format!(
            "`{file}` is inside `.git/`, which holds the repository's settings and \
             credentials and is never read as a source"
        )),
        Refused::Missing => SourceFile::Unreadable(format!(
            "`{file}` does not exist (paths are relative to the folder that holds the facts file)"
        )),
        Refused::NotAFile => SourceFile::Unreadable(format!(
            "`{file}` is not a regular file (a folder, pipe or device): give the article's text file"
        )),
        Refused::TooLarge(limit) => SourceFile::Unreadable(format!(
            "`{file}` is larger than {} MB: split the article or quote from an excerpt",
            limit / 1024 / 1024
        )),
        // Refused's own words: a permission denied says what to check.
        why @ Refused::Io(_) => SourceFile::Unreadable(format!("`{file}` cannot be read: {why}")),
    }
}

/// The path relative to the facts file's folder, or why it leads elsewhere.
fn inside_path(file: &str) -> Result<PathBuf, String> {
    let path = Path::new(file);
    let windows_absolute = file.starts_with('\\')
        || file.as_bytes().get(1) == Some(&b':') && file.as_bytes()[0].is_ascii_alphabetic();
    if path.is_absolute() || windows_absolute || path.has_root() {
        return Err(format!(
            "`{file}` is an absolute path: give the path relative to the folder that holds the \
             facts file (for example `sources/article.txt`)"
        ));
    }
    let mut depth: i32 = 0;
    let mut clean = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => {
                depth += 1;
                clean.push(part);
            }
            Component::CurDir => {}
            Component::ParentDir => {
                depth -= 1;
                if depth < 0 {
                    return Err(format!(
                        "`{file}` leads out of the folder that holds the facts file through `..`"
                    ));
                }
                clean.pop();
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err(format!("`{file}` is an absolute path"));
            }
        }
    }
    if clean.as_os_str().is_empty() {
        return Err(format!(
            "`{file}` names the project folder itself, not a file"
        ));
    }
    Ok(clean)
}

/// A missing file's finding, naming the nearest file in its folder (`near`), which is often the
/// one meant (`kherson-bcc.txt` for `kherson-bbc.txt`, `.html` for `.txt`).
fn missing(file: &str, near: Option<String>) -> SourceFile {
    let hint = near.map_or(String::new(), |near| format!("; did you mean `{near}`?"));
    SourceFile::Unreadable(format!(
        "`{file}` does not exist (paths are relative to the folder that holds the facts \
         file){hint}"
    ))
}

/// For each missing file (its path from the facts file's folder, `base`), the name, as a path
/// like its own, of the file in its folder whose name is nearest to its own. Each folder is
/// listed once (only one inside the project), and the lookups run in order, within one budget.
fn nearest_files(base: &Path, missing: &[&Path]) -> Vec<Option<String>> {
    let folder_of = |relative: &'_ Path| relative.parent().unwrap_or(Path::new("")).to_owned();
    let mut listed: HashMap<PathBuf, Vec<String>> = HashMap::new();
    for relative in missing {
        (listed.entry(folder_of(relative)))
            .or_insert_with_key(|folder| list(base, folder).unwrap_or_default());
    }
    // Ties go to the later name, as they always have.
    let mut nearest: HashMap<&Path, Nearest<'_>> = (listed.iter())
        .map(|(folder, names)| {
            let names = names.iter().map(String::as_str).collect();
            (folder.as_path(), Nearest::new(names, Ties::Last))
        })
        .collect();
    let mut budget = Budget::default();
    (missing.iter())
        .map(|relative| {
            if let Some(found) = spelled_otherwise(base, relative) {
                return Some(found);
            }
            let name = relative.file_name()?.to_string_lossy();
            let folder = folder_of(relative);
            let near = nearest
                .get_mut(folder.as_path())?
                .find(&name, &mut budget)?;
            Some(super::display(&folder.join(near)))
        })
        .collect()
}

/// The names of the files in `folder` (from `base`), in order, when it lies inside `base`.
fn list(base: &Path, folder: &Path) -> Option<Vec<String>> {
    list_where(base, folder, |t| t.is_file())
}

/// The names of the entries of `folder` (from `base`) of a type that `keep` takes, in order,
/// when the folder lies inside `base`.
fn list_where(
    base: &Path,
    folder: &Path,
    keep: fn(&std::fs::FileType) -> bool,
) -> Option<Vec<String>> {
    let real = files::inside(base, &base.join(folder)).ok()?;
    let mut names: Vec<String> = std::fs::read_dir(real)
        .ok()?
        .flatten()
        .filter(|entry| entry.file_type().is_ok_and(|t| keep(&t)))
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Some(names)
}

/// The file that `relative` names, written otherwise than the disk has it: with `\` for `/`
/// (a path typed on Windows), or in other capitals (`Sources/` for `sources/`, which a
/// laptop's disk may find and CI's does not).
fn spelled_otherwise(base: &Path, relative: &Path) -> Option<String> {
    let slashed = relative.to_string_lossy().replace('\\', "/");
    let parts: Vec<_> = Path::new(&slashed).components().collect();
    let mut found = PathBuf::new();
    for (i, part) in parts.iter().enumerate() {
        let part = match part {
            Component::CurDir => continue,
            Component::Normal(part) => part.to_string_lossy().to_lowercase(),
            _ => return None,
        };
        let last = i + 1 == parts.len();
        let keep = if last {
            |t: &std::fs::FileType| t.is_file()
        } else {
            |t: &std::fs::FileType| t.is_dir()
        };
        let names = list_where(base, &found, keep)?;
        found.push(names.into_iter().find(|name| name.to_lowercase() == part)?);
    }
    (found.as_os_str() != relative.as_os_str()).then(|| super::display(&found))
}

/// The hex SHA-256 of `bytes`, as `sha256` pins a source file.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_facts_file_is_not_an_article() {
        assert!(is_facts_file(
            "briefing:\n  title: T\nsources: []\nfacts:\n  - id: a\n"
        ));
        assert!(is_facts_file("facts: # the facts\r\nsources:\r\n"));
        // An article may say "sources:" or "facts:" in a sentence, or at a line's start once.
        assert!(!is_facts_file(
            "The facts: nobody knows.\nsources: two officials.\n"
        ));
        assert!(!is_facts_file("sources: officials\nfactsheets: none\n"));
    }

    #[test]
    fn paths_that_leave_the_folder_are_refused() {
        assert!(inside_path("/etc/passwd").is_err());
        assert!(inside_path("../secret.txt").is_err());
        assert!(inside_path("sources/../../secret.txt").is_err());
        assert!(inside_path("C:\\Windows\\win.ini").is_err());
        assert!(inside_path("\\\\server\\share").is_err());
        assert!(inside_path(".").is_err());
        assert_eq!(
            inside_path("sources/./a/../b.txt").unwrap(),
            PathBuf::from("sources/b.txt")
        );
    }
}
