//! A facts file as it was at a git revision, for `--since`: `git show COMMIT:./NAME`, run in
//! the folder that holds the file, so the path is the file's own and not relative to the
//! repository. The revision is resolved once (`revision`) to its commit, whose hash and date
//! are what readers are shown: fixed for a given commit, unlike `HEAD`.

use super::model::Date;
use super::{Loaded, base_dir, display, from_bytes};
use crate::error::RunError;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// How many hexadecimal digits of a commit's hash readers are shown. Always this many (not
/// `git rev-parse --short`, whose length grows with the repository), so that the same commit
/// is named the same way in every clone.
pub const SHORT_HASH: usize = 7;

/// A git revision resolved to one commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// As the user typed it (`HEAD~1`), for messages.
    pub typed: String,
    /// The commit's full hash, in lowercase hexadecimal.
    pub commit: String,
    /// The day the commit was made: its committer date, in the committer's own time zone.
    pub date: Date,
}

impl Revision {
    /// The first `SHORT_HASH` digits of the hash.
    pub fn short(&self) -> &str {
        self.commit.get(..SHORT_HASH).unwrap_or(&self.commit)
    }
}

/// Git, run in the facts file's folder, with the messages of a revision that cannot be read.
struct Git<'a> {
    dir: PathBuf,
    shown: String,
    rev: &'a str,
}

impl Git<'_> {
    /// Why git does not know the revision, with what to do: no repository, a repository
    /// without commits, a shallow clone that lacks the commit, or a revision that names none.
    fn unknown(&self, verified: &std::process::Output) -> Result<RunError, RunError> {
        let rev = self.rev;
        let says = git_says(verified);
        let answer = |args: &[&str]| -> Result<Option<String>, RunError> {
            let out = self.run(args)?;
            let text = String::from_utf8_lossy(&out.stdout).trim().to_owned();
            Ok(out.status.success().then_some(text))
        };
        // Outside a repository every revision is unknown: that is the cause to tell.
        if answer(&["rev-parse", "--git-dir"])?.is_none() {
            return Ok(self.cannot(format!(
                "`{}` is not in a git repository, so there is no commit to read it at; \
                 --since needs the facts file committed in git ({says})",
                self.shown
            )));
        }
        if answer(&["rev-list", "-n", "1", "--all"])?.is_some_and(|s| s.is_empty()) {
            return Ok(self.cannot(format!(
                "the repository has no commits yet, so there is no earlier version to compare \
                 with: commit the facts file first (git add {0} && git commit), then use \
                 --since once it has changed",
                crate::files::shell_word(&self.shown)
            )));
        }
        if answer(&["rev-parse", "--is-shallow-repository"])?.as_deref() == Some("true") {
            return Ok(self.cannot(format!(
                "this clone is shallow (it holds only the latest commits), and `{rev}` is not \
                 among them: fetch the whole history with `git fetch --unshallow`; on GitHub \
                 Actions, give actions/checkout `fetch-depth: 0` ({says})"
            )));
        }
        if rev.starts_with(':') && !rev.starts_with(":/") {
            return Ok(self.cannot(format!(
                "`{rev}` names a file in git's index, not a commit; give one commit, like \
                 HEAD~1 or :/text (the latest commit whose message holds text)"
            )));
        }
        Ok(self.cannot(format!(
            "`{rev}` is not a single commit git knows here; give one commit, like HEAD~1 ({says})"
        )))
    }

    fn cannot(&self, why: String) -> RunError {
        RunError(format!(
            "cannot read `{}` at revision `{}`: {why}",
            self.shown, self.rev
        ))
    }

    fn run(&self, args: &[&str]) -> Result<std::process::Output, RunError> {
        Command::new("git")
            .args(args)
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| {
                self.cannot(match e.kind() {
                    std::io::ErrorKind::NotFound => {
                        "git is not installed (or not on PATH), and --since needs it".to_owned()
                    }
                    _ => format!("cannot run git in `{}`: {e}", display(&self.dir)),
                })
            })
    }
}

/// Resolves `rev`, in the folder of the facts file `path`, to one commit with its hash and
/// date. git missing, an empty revision, a range or a revision git does not know are `Err`:
/// the command cannot run.
pub fn revision(path: &Path, rev: &str) -> Result<Revision, RunError> {
    let git = Git {
        dir: base_dir(path),
        shown: display(path),
        rev,
    };
    if rev.trim().is_empty() {
        return Err(git.cannot("the revision is empty; give one like HEAD~1".to_owned()));
    }
    // git would read a revision that starts with `-` as an option of its own.
    if rev.starts_with('-') {
        return Err(git.cannot("a revision cannot start with `-`; give one like HEAD~1".to_owned()));
    }
    // `:/text` (the youngest commit whose message matches) always names a commit, and all of
    // it is the pattern: `^{commit}` after it would be searched for too.
    let search = rev.starts_with(":/");
    // One commit, not a range (`A..B` would read as a path in `git show A..B:./facts.yaml`).
    if rev.contains("..") && !search {
        return Err(git.cannot(format!(
            "`{rev}` is a range, not one commit; give one commit, like HEAD~1"
        )));
    }
    let commit = if search {
        rev.to_owned()
    } else {
        format!("{rev}^{{commit}}")
    };
    let verified = git.run(&["rev-parse", "--verify", "--end-of-options", &commit])?;
    if !verified.status.success() {
        return Err(git.unknown(&verified)?);
    }
    let hash = String::from_utf8_lossy(&verified.stdout).trim().to_owned();
    if hash.len() < SHORT_HASH || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(git.cannot(format!("git gave `{hash}` for its commit, not a hash")));
    }
    // The commit object itself (plumbing): its committer line is the same whatever the
    // user's git configuration (date formats, mailmap, signatures) says.
    let object = git.run(&["cat-file", "commit", &hash])?;
    if !object.status.success() {
        return Err(git.cannot(git_says(&object)));
    }
    let date = committer_day(&String::from_utf8_lossy(&object.stdout)).ok_or_else(|| {
        git.cannot(format!(
            "the commit {hash} has no committer date that factsheet can read"
        ))
    })?;
    Ok(Revision {
        typed: rev.to_owned(),
        commit: hash.to_ascii_lowercase(),
        date,
    })
}

/// The day of a commit object's `committer` line (`committer NAME <EMAIL> SECONDS +HHMM`), in
/// the committer's own offset: the day their calendar showed, as `git log` shows it.
fn committer_day(object: &str) -> Option<Date> {
    // The headers end at the first blank line; the message after it may hold anything.
    let line = (object.lines())
        .take_while(|l| !l.is_empty())
        .find_map(|l| l.strip_prefix("committer "))?;
    let mut fields = line.rsplitn(3, ' ');
    let offset = fields.next()?;
    let seconds: i64 = fields.next()?.parse().ok()?;
    let (sign, digits) = match offset.as_bytes().first()? {
        b'+' => (1, &offset[1..]),
        b'-' => (-1, &offset[1..]),
        _ => return None,
    };
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = digits[2..].parse().ok()?;
    let offset = jiff::tz::Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok()?;
    let time = jiff::Timestamp::from_second(seconds).ok()?;
    Some(Date(offset.to_datetime(time).date()))
}

/// Reads and parses `path` as it was at the commit of `revision`. A file that did not exist
/// then, or one over the size limit, is `Err`: the command cannot run.
pub fn load_facts_at(path: &Path, revision: &Revision) -> Result<Loaded, RunError> {
    let git = Git {
        dir: base_dir(path),
        shown: display(path),
        rev: &revision.typed,
    };
    let Some(name) = path.file_name() else {
        return Err(git.cannot("give the facts file itself, not a folder".to_owned()));
    };
    let (git, name) = in_repository(git, path, name)?;
    let object = format!("{}:./{}", revision.commit, name);
    // A file of zeros compresses to nothing in git: its size is asked before it is read.
    let size = git.run(&["cat-file", "-s", &object])?;
    if !size.status.success() {
        return Err(git.cannot(format!(
            "it is not in commit {short} (the facts file was added or moved since, or is not \
             committed yet): commit it (git add {shown} && git commit), or give --since a \
             revision that has it (`git log -- {shown}` lists them) ({says})",
            short = revision.short(),
            shown = crate::files::shell_word(&git.shown),
            says = git_says(&size)
        )));
    }
    let bytes: u64 = String::from_utf8_lossy(&size.stdout)
        .trim()
        .parse()
        .unwrap_or(u64::MAX);
    if bytes > super::MAX_FACTS_BYTES {
        return Err(git.cannot(format!(
            "it is larger than factsheet's limit of {} MB",
            super::MAX_FACTS_BYTES >> 20
        )));
    }
    let output = git.run(&["show", &object])?;
    if !output.status.success() {
        return Err(git.cannot(git_says(&output)));
    }
    let shown = format!("{}:{}", revision.typed, git.shown);
    Ok(from_bytes(shown, base_dir(path), output.stdout))
}

/// Git, run in the folder of the file the facts file is (a link resolved): git keeps a link as
/// the text of its target, so the file it leads to is what to read, in the history of the
/// same repository. A link that leads out of the repository that holds it cannot be read at a
/// revision of it.
fn in_repository<'a>(
    git: Git<'a>,
    path: &Path,
    name: &std::ffi::OsStr,
) -> Result<(Git<'a>, String), RunError> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let real = std::fs::canonicalize(path).ok().filter(|_| is_link);
    let Some((real, real_name)) = real.and_then(|r| Some((r.clone(), r.file_name()?.to_owned())))
    else {
        return Ok((git, name.to_string_lossy().into_owned()));
    };
    let top = git.run(&["rev-parse", "--show-toplevel"])?;
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim());
    let top = std::fs::canonicalize(&top).unwrap_or(top);
    if !top.as_os_str().is_empty() && !real.starts_with(&top) {
        return Err(git.cannot(format!(
            "it is a link to `{}`, outside the git repository that holds the link (`{}`); git \
             keeps only the link's text, not that file's versions: give the file itself with \
             --facts, in its own repository, or commit the facts file in place of the link",
            real.display(),
            top.display()
        )));
    }
    let dir = base_dir(&real);
    Ok((Git { dir, ..git }, real_name.to_string_lossy().into_owned()))
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

#[cfg(test)]
mod tests {
    use super::*;

    const COMMIT: &str = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\
        author A U Thor <a@example.org> 1646175600 +0100\n\
        committer C O Mitter <c@example.org> 1646260200 +0200\n\
        \n\
        committer 1 +0000 in the message is not a header\n";

    fn day(object: &str) -> Option<String> {
        committer_day(object).map(|d| d.to_string())
    }

    #[test]
    fn the_committer_date_is_read_in_its_own_offset() {
        // 1646260200 is 2022-03-02T22:30:00Z: 3 March at +02:00.
        assert_eq!(day(COMMIT).as_deref(), Some("2022-03-03"));
        let west = COMMIT.replace("+0200", "-0500");
        assert_eq!(day(&west).as_deref(), Some("2022-03-02"));
        let utc = COMMIT.replace("+0200", "+0000");
        assert_eq!(day(&utc).as_deref(), Some("2022-03-02"));
    }

    #[test]
    fn a_committer_line_without_a_date_gives_none() {
        for broken in [
            "tree x\n",
            "committer C <c@example.org>\n",
            "committer C <c@example.org> soon +0100\n",
            "committer C <c@example.org> 1646260200 0100\n",
            "committer C <c@example.org> 1646260200 +01\n",
            "\ncommitter C <c@example.org> 1646260200 +0100\n",
        ] {
            assert_eq!(day(broken), None, "{broken}");
        }
    }

    #[test]
    fn the_short_hash_has_a_fixed_length() {
        let revision = Revision {
            typed: "HEAD".into(),
            commit: "0123456789abcdef0123456789abcdef01234567".into(),
            date: Date::default(),
        };
        assert_eq!(revision.short(), "0123456");
    }
}
