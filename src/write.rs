//! Write: put rendered files into the output folder atomically, or compare them with it.
//!
//! A page goes into a [`Pending`] file while it renders, so that a briefing of a hundred
//! megabytes is never held in memory whole. What comes is compared with the file already there;
//! from the first difference on it is written to a temporary file beside it, which is renamed
//! over the old one only once every page has rendered ([`Done::persist`]). A failed or
//! interrupted run leaves the old files, never half of one, and a run that changes nothing
//! writes nothing. The comparing and writing is done on a thread of the page's own.

use crate::load::{RunError, display};
use crate::render::{Output, Rendered};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, SyncSender};
use std::thread::JoinHandle;

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Created,
    Updated,
    Unchanged,
}

/// What to do with a page that differs from the file on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write it, to a temporary file until [`Done::persist`].
    Write,
    /// Only tell (`generate --check`).
    Compare,
}

/// Pages are handed over, and old files read, in pieces of this size: not piece by piece as
/// templates produce them, nor in the 8 KB reads a buffered reader makes by default.
const CHUNK: usize = 64 * 1024;

/// One output file as it is rendered. Its pieces are compared with the old file, or written,
/// on a thread of its own: a page is made on one core, and that core then only makes it.
pub struct Pending {
    /// The piece being filled.
    piece: Vec<u8>,
    /// Full pieces go to the writer, which sends them back empty to be filled again.
    to_writer: Option<SyncSender<Vec<u8>>>,
    emptied: Receiver<Vec<u8>>,
    writer: Option<JoinHandle<Against>>,
    target: PathBuf,
}

/// Full pieces that may wait for the writer: enough to keep it busy, few enough to hold little.
const WAITING: usize = 2;

/// The comparison with the old file, and the temporary file once they differ.
struct Against {
    target: PathBuf,
    out_dir: PathBuf,
    mode: Mode,
    /// The old file, read in step with what comes, for as long as the two agree.
    old: Option<BufReader<File>>,
    existed: bool,
    /// Bytes received; all of them agree with the old file while `temp` is None and
    /// `differs` is false.
    len: u64,
    differs: bool,
    temp: Option<BufWriter<tempfile::NamedTempFile>>,
    /// The first failure to read or write, for the message (templates wrap it otherwise).
    failure: Option<String>,
}

impl Pending {
    /// The file `name` in `out_dir`, to render into.
    pub fn open(out_dir: &Path, name: &str, mode: Mode) -> Result<Pending, RunError> {
        let target = out_dir.join(name);
        let old = File::open(&target)
            .ok()
            .map(|file| BufReader::with_capacity(CHUNK, file));
        let against = Against {
            existed: old.is_some(),
            target: target.clone(),
            out_dir: out_dir.to_path_buf(),
            mode,
            old,
            len: 0,
            differs: false,
            temp: None,
            failure: None,
        };
        let (to_writer, pieces) = std::sync::mpsc::sync_channel(WAITING);
        let (give_back, emptied) = std::sync::mpsc::channel();
        let writer = std::thread::Builder::new()
            .name(format!("write {name}"))
            .spawn(move || against.take_all(&pieces, &give_back))
            .map_err(|e| cannot_write(&target, &e))?;
        Ok(Pending {
            piece: Vec::with_capacity(CHUNK),
            to_writer: Some(to_writer),
            emptied,
            writer: Some(writer),
            target,
        })
    }

    /// Once the page is complete: whether it differs from the file on disk.
    pub fn finish(mut self) -> Result<Done, RunError> {
        if let Some(writer) = &self.to_writer
            && !self.piece.is_empty()
        {
            // A writer that stopped takes nothing more; its `failure` says why.
            let _ = writer.send(std::mem::take(&mut self.piece));
        }
        let mut against = self.wait()?;
        if let Some(failure) = &against.failure {
            return Err(cannot_write(&against.target, failure));
        }
        let at_end = match (&mut against.old, against.temp.is_some() || against.differs) {
            (Some(old), false) => old
                .fill_buf()
                .map_err(|e| cannot_write(&against.target, &e))?
                .is_empty(),
            _ => false,
        };
        let status = if at_end {
            Written::Unchanged
        } else if against.existed {
            Written::Updated
        } else {
            Written::Created
        };
        if status != Written::Unchanged && against.mode == Mode::Write && against.temp.is_none() {
            // The page is the old file's beginning, or empty: the difference is at the end.
            against
                .diverge()
                .map_err(|e| cannot_write(&against.target, &e))?;
        }
        Ok(Done {
            status,
            len: against.len,
            against,
        })
    }

    /// Tells the writer that nothing more comes, and waits until it has taken every piece.
    fn wait(&mut self) -> Result<Against, RunError> {
        self.to_writer = None;
        let writer = self
            .writer
            .take()
            .ok_or_else(|| cannot_write(&self.target, &"the page was already finished"))?;
        writer
            .join()
            .map_err(|_| cannot_write(&self.target, &"the writing thread failed"))
    }

    /// Hands the full piece to the writer, and takes an empty one.
    fn hand_over(&mut self) -> std::io::Result<()> {
        let next = self
            .emptied
            .try_recv()
            .unwrap_or_else(|_| Vec::with_capacity(CHUNK));
        let full = std::mem::replace(&mut self.piece, next);
        match &self.to_writer {
            Some(writer) if writer.send(full).is_ok() => Ok(()),
            // The writer stopped at a failure, which `Output::failure` gives.
            _ => Err(std::io::Error::other("the page could not be written")),
        }
    }
}

impl Write for Pending {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, mut buf: &[u8]) -> std::io::Result<()> {
        while !buf.is_empty() {
            let n = (CHUNK - self.piece.len()).min(buf.len());
            self.piece.extend_from_slice(&buf[..n]);
            buf = &buf[n..];
            if self.piece.len() == CHUNK {
                self.hand_over()?;
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Output for Pending {
    fn failure(&mut self) -> Option<RunError> {
        let against = self.wait().ok()?;
        against
            .failure
            .as_ref()
            .map(|e| cannot_write(&against.target, e))
    }
}

impl Drop for Pending {
    /// A page dropped unfinished (another page failed): its writer ends, and with it the
    /// temporary file, before the output folder is tidied.
    fn drop(&mut self) {
        if self.writer.is_some() {
            let _ = self.wait();
        }
    }
}

impl Against {
    /// The writer's work: takes every piece that comes, until the page is finished or a piece
    /// cannot be read against the old file or written (then `failure` says why, and the
    /// pieces stop being taken).
    fn take_all(mut self, pieces: &Receiver<Vec<u8>>, give_back: &Sender<Vec<u8>>) -> Against {
        for mut piece in pieces {
            if let Err(e) = self.take(&piece) {
                self.failure = Some(e.to_string());
                break;
            }
            piece.clear();
            // The page may be finished already.
            let _ = give_back.send(piece);
        }
        self
    }

    /// Takes `buf`: compared while the old file agrees, written once they differ.
    fn take(&mut self, buf: &[u8]) -> std::io::Result<()> {
        if let Some(temp) = &mut self.temp {
            temp.write_all(buf)?;
        } else if !self.differs && !self.agrees(buf)? {
            match self.mode {
                Mode::Compare => {
                    self.differs = true;
                    self.old = None;
                }
                Mode::Write => {
                    self.diverge()?;
                    if let Some(temp) = &mut self.temp {
                        temp.write_all(buf)?;
                    }
                }
            }
        }
        self.len += buf.len() as u64;
        Ok(())
    }

    /// Whether the old file goes on with `buf`.
    fn agrees(&mut self, mut buf: &[u8]) -> std::io::Result<bool> {
        let Some(old) = &mut self.old else {
            return Ok(false);
        };
        while !buf.is_empty() {
            let have = old.fill_buf()?;
            let n = have.len().min(buf.len());
            if n == 0 || have[..n] != buf[..n] {
                return Ok(false);
            }
            old.consume(n);
            buf = &buf[n..];
        }
        Ok(true)
    }

    /// Starts the temporary file, with the `len` bytes that agreed copied from the old file.
    fn diverge(&mut self) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.out_dir).map_err(|e| {
            let folder = display(&self.out_dir);
            std::io::Error::new(e.kind(), format!("cannot make the folder `{folder}`: {e}"))
        })?;
        // Named after the page, so that one left by an interrupted run says what it is.
        let name = self
            .target
            .file_name()
            .unwrap_or_default()
            .to_string_lossy();
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(&self.out_dir)?;
        readable(&temp, &self.target)?;
        let mut temp = BufWriter::with_capacity(CHUNK, temp);
        if self.len > 0 {
            let mut old = File::open(&self.target)?.take(self.len);
            std::io::copy(&mut old, &mut temp)?;
        }
        self.old = None;
        self.temp = Some(temp);
        Ok(())
    }
}

/// A complete page: whether it differs from the file on disk, and, when it is to be written,
/// the temporary file that holds it.
pub struct Done {
    pub status: Written,
    pub len: u64,
    against: Against,
}

impl Done {
    /// Renames the temporary file over the old one, when there is one (nothing to do when the
    /// page is unchanged, or only compared).
    pub fn persist(mut self) -> Result<Written, RunError> {
        let target = self.against.target.clone();
        let fail = |e: &dyn std::fmt::Display| cannot_write(&target, e);
        if let Some(temp) = self.against.temp.take() {
            let temp = temp.into_inner().map_err(|e| fail(e.error()))?;
            temp.as_file().sync_all().map_err(|e| fail(&e))?;
            temp.persist(&target).map_err(|e| fail(&e.error))?;
        }
        Ok(self.status)
    }
}

/// Writes each file whose content differs from what is on disk (for callers that rendered in
/// memory).
pub fn write_all(out_dir: &Path, files: &[Rendered]) -> Result<Vec<Written>, RunError> {
    let folder = Folder::new(out_dir);
    let done = files
        .iter()
        .map(|file| {
            let mut pending = Pending::open(out_dir, file.name, Mode::Write)?;
            match pending.write_all(file.content.as_bytes()) {
                Ok(()) => pending.finish(),
                Err(e) => Err(pending.failure().unwrap_or_else(|| RunError(e.to_string()))),
            }
        })
        .collect::<Result<Vec<Done>, RunError>>()?;
    let written = done
        .into_iter()
        .map(Done::persist)
        .collect::<Result<Vec<Written>, RunError>>()?;
    folder.keep();
    Ok(written)
}

fn cannot_write(target: &Path, e: &dyn std::fmt::Display) -> RunError {
    RunError(format!("cannot write `{}`: {e}", display(target)))
}

/// The output folder as a run found it. Pages make it (and the folders above it) when they
/// need it; if the run then fails, the folders it made are removed again, once empty: a
/// failed run leaves no trace. Made before the pages, so that it is dropped after them.
pub struct Folder {
    /// The folders that did not exist, deepest first.
    missing: Vec<PathBuf>,
    kept: bool,
}

impl Folder {
    pub fn new(dir: &Path) -> Folder {
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
    pub fn keep(mut self) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders `pieces` into `name` in `dir` as a page does, and finishes it.
    fn render(dir: &Path, name: &str, pieces: &[&str], mode: Mode) -> Done {
        let mut pending = Pending::open(dir, name, mode).unwrap();
        for piece in pieces {
            pending.write_all(piece.as_bytes()).unwrap();
        }
        pending.finish().unwrap()
    }

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap()
    }

    #[test]
    fn a_page_is_written_only_once_persisted_and_only_when_it_changed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out/brief");
        let done = render(&out, "a.md", &["one ", "two"], Mode::Write);
        assert_eq!(done.status, Written::Created);
        assert_eq!(done.len, 7);
        assert!(!out.join("a.md").exists(), "nothing before persist");
        assert_eq!(done.persist().unwrap(), Written::Created);
        assert_eq!(read(&out.join("a.md")), "one two");

        let done = render(&out, "a.md", &["one", " two"], Mode::Write);
        assert_eq!(done.status, Written::Unchanged);
        assert_eq!(done.persist().unwrap(), Written::Unchanged);
        assert_eq!(
            std::fs::read_dir(&out).unwrap().count(),
            1,
            "no temporary file"
        );

        // A difference at the start, in the middle, a page longer and one shorter than the
        // old file, and an empty page: each replaces the old file whole.
        for new in ["xne two", "one t-o", "one two three", "one tw", ""] {
            let done = render(&out, "a.md", &[new], Mode::Write);
            assert_eq!(done.status, Written::Updated, "{new:?}");
            done.persist().unwrap();
            assert_eq!(read(&out.join("a.md")), new);
            render(&out, "a.md", &["one two"], Mode::Write)
                .persist()
                .unwrap();
        }
    }

    #[test]
    fn a_page_larger_than_a_chunk_is_compared_and_copied_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let old: String = (0..50_000).map(|i| format!("{i} ")).collect();
        std::fs::write(dir.path().join("a.html"), &old).unwrap();
        let same: Vec<&str> = old.split_inclusive(' ').collect();
        assert_eq!(
            render(dir.path(), "a.html", &same, Mode::Write).status,
            Written::Unchanged
        );
        // The first difference far past the first chunk: the agreeing part is copied over.
        let new = old.replacen("40000 ", "forty thousand ", 1);
        let done = render(dir.path(), "a.html", &[&new], Mode::Write);
        assert_eq!(done.status, Written::Updated);
        done.persist().unwrap();
        assert_eq!(read(&dir.path().join("a.html")), new);
    }

    #[test]
    fn a_page_that_cannot_be_written_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("blocker");
        std::fs::write(&blocker, "a file where the folder should be").unwrap();
        let mut pending = Pending::open(&blocker, "a.html", Mode::Write).unwrap();
        // The writer stops at the first piece; the page learns it at a later one.
        let error = match pending.write_all(&vec![b'x'; 10 * CHUNK]) {
            Err(_) => pending.failure(),
            Ok(()) => pending.finish().err(),
        };
        let message = error.map(|e| e.0).unwrap_or_default();
        assert!(
            message.starts_with("cannot write `") && message.contains("cannot make the folder"),
            "{message}"
        );
    }

    #[test]
    fn compare_mode_only_tells() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        assert_eq!(
            render(&out, "a.md", &["x"], Mode::Compare).status,
            Written::Created
        );
        assert!(!out.exists(), "comparing makes no folder");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("a.md"), "same").unwrap();
        assert_eq!(
            render(&out, "a.md", &["sa", "me"], Mode::Compare).status,
            Written::Unchanged
        );
        let done = render(&out, "a.md", &["sane"], Mode::Compare);
        assert_eq!(done.status, Written::Updated);
        done.persist().unwrap();
        assert_eq!(read(&out.join("a.md")), "same", "comparing writes nothing");
    }

    #[test]
    fn a_page_that_is_not_persisted_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("new/out");
        let folder = Folder::new(&out);
        // Finished but not persisted: its temporary file says what it is.
        let done = render(&out, "b.html", &["page"], Mode::Write);
        let names: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            matches!(&names[..], [n] if n.starts_with(".b.html.") && n.ends_with(".tmp")),
            "{names:?}"
        );
        // Dropped half-way, as when another page fails to render.
        let mut pending = Pending::open(&out, "a.html", Mode::Write).unwrap();
        pending.write_all(&vec![b'x'; 200_000]).unwrap();
        drop((pending, done, folder));
        assert!(
            !dir.path().join("new").exists(),
            "the folders made are removed"
        );
        // Kept once written.
        let folder = Folder::new(&out);
        render(&out, "b.html", &["page"], Mode::Write)
            .persist()
            .unwrap();
        folder.keep();
        assert_eq!(read(&out.join("b.html")), "page");
        std::fs::remove_file(out.join("b.html")).unwrap();

        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("a.html"), "old").unwrap();
        drop(render(&out, "a.html", &["new"], Mode::Write));
        assert_eq!(read(&out.join("a.html")), "old");
        assert_eq!(
            std::fs::read_dir(&out).unwrap().count(),
            1,
            "no temporary file"
        );
    }
}
