//! A fixture project in a temporary folder, and the real binary run on it.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    /// A project with `facts.yaml` and the given files (paths relative to the project).
    pub fn new(facts: &str, files: &[(&str, &[u8])]) -> Project {
        let dir = tempfile::tempdir().expect("temporary folder");
        std::fs::write(dir.path().join("facts.yaml"), facts).expect("write facts.yaml");
        for (path, bytes) in files {
            let full = dir.path().join(path);
            if let Some(parent) = full.parent() {
                std::fs::create_dir_all(parent).expect("create folder");
            }
            std::fs::write(full, bytes).expect("write file");
        }
        Project { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs `factsheet ARGS` in the project folder.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_env(args, &[])
    }

    /// Runs `factsheet ARGS` in the project folder with the environment variables given.
    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        run_at(self.path(), args, env)
    }

    /// Runs `factsheet ARGS` in the folder `sub` of the project (made if missing).
    pub fn run_in(&self, sub: &str, args: &[&str]) -> Output {
        let dir = self.file(sub);
        std::fs::create_dir_all(&dir).expect("create folder");
        run_at(&dir, args, &[])
    }
}

/// Runs `factsheet ARGS` in `dir`, without colour.
pub fn run_at(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let out = Command::cargo_bin("factsheet")
        .expect("the binary")
        .args(args)
        // A run on GitHub Actions names files as a run on a laptop does, unless a test says.
        .env_remove("GITHUB_WORKSPACE")
        .envs(env.iter().copied())
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run factsheet");
    Output {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl Project {
    /// `factsheet check --format json`: the parsed report and the exit code.
    pub fn check(&self) -> Report {
        let out = self.run(&["check", "--format", "json"]);
        let json: Value = serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", out.stdout, out.stderr));
        Report {
            json,
            code: out.code,
        }
    }
}

pub struct Output {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

pub struct Report {
    pub json: Value,
    pub code: Option<i32>,
}

/// A finding, reduced to what tests compare.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub rule: String,
    pub line: u64,
    pub column: u64,
    pub message: String,
}

impl Report {
    pub fn hits(&self) -> Vec<Hit> {
        self.json["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| Hit {
                rule: f["rule"].as_str().unwrap_or_default().to_owned(),
                line: f["line"].as_u64().unwrap_or_default(),
                column: f["column"].as_u64().unwrap_or_default(),
                message: f["message"].as_str().unwrap_or_default().to_owned(),
            })
            .collect()
    }

    pub fn of(&self, rule: &str) -> Vec<Hit> {
        self.hits().into_iter().filter(|h| h.rule == rule).collect()
    }

    /// The single finding of `rule`, which must be at `line`:`column`.
    pub fn one(&self, rule: &str, line: u64, column: u64) -> Hit {
        let hits = self.of(rule);
        assert_eq!(hits.len(), 1, "expected one {rule}, got {:#?}", self.hits());
        let hit = hits[0].clone();
        assert_eq!(
            (hit.line, hit.column),
            (line, column),
            "{rule} at the wrong place: {hit:#?}"
        );
        hit
    }

    pub fn none(&self, rule: &str) {
        assert!(
            self.of(rule).is_empty(),
            "unexpected {rule}: {:#?}",
            self.hits()
        );
    }

    pub fn summary(&self, key: &str) -> u64 {
        self.json["summary"][key].as_u64().expect("summary field")
    }
}

/// The opening of a valid facts file; tests append their sources and facts to it.
pub const BRIEFING: &str = "briefing:\n  title: \"Test\"\n  as_of: 2022-03-03\n";

/// A short article with curly quotes, a no-break space and an en dash.
pub const ARTICLE: &str = "Igor Konashenkov, the spokesperson of Russia’s defence ministry said, \
“The Rusian divisions of the armed forces have taken the regional center of Kherson under full \
control”, according to AFP reports.\n\nAt least 660,000 individuals have already left the\u{a0}country \
– while many others look for safety. Russia’s Defense Ministry said 498 Russian soldiers were \
killed and 1,597 wounded. One million people have fled.\n";

/// The committer date of every test commit: 23:30 on 2 March in New York, which is already
/// 3 March in UTC. The briefings name the commit by the committer's own day, 2 March.
pub const COMMITTED: &str = "2022-03-02T23:30:00-05:00";

/// Runs git in `dir` as a test author at fixed dates, whatever the machine's configuration, so
/// that the commits and their hashes are the same on every run. Fails the test when git is
/// missing: CI installs it, and a test that passed without it would hide that `--since` went
/// untested.
pub fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "factsheet tests")
        .env("GIT_AUTHOR_EMAIL", "tests@factsheet.invalid")
        .env("GIT_COMMITTER_NAME", "factsheet tests")
        .env("GIT_COMMITTER_EMAIL", "tests@factsheet.invalid")
        // The author wrote it a day earlier: headings name the commit's own (committer) date,
        // when the version entered the history.
        .env("GIT_AUTHOR_DATE", "2022-03-01T09:00:00+00:00")
        .env("GIT_COMMITTER_DATE", COMMITTED)
        .output()
        .expect("these tests need git on the PATH");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Copies the folder `from` into `to`, with everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

// One fact quoting one source, for the rules about a quote's words (tests/genre.rs,
// tests/copy.rs).

/// The messages of `rule` for one fact whose statement is `statement` and whose quote is
/// `quote`, cited from a source whose text is `source`; `extra` are more lines of the fact
/// (`claimed_by`).
pub fn found_with(
    rule: &str,
    source: &str,
    statement: &str,
    extra: &str,
    quote: &str,
) -> Vec<String> {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  \
         - id: f\n    statement: '{statement}'\n    topic: T\n{extra}    sources:\n      - source: \
         a\n        quote: '{quote}'\n    verified_by: me\n"
    );
    let project = Project::new(&facts, &[("a.txt", source.as_bytes())]);
    let report = project.check();
    assert!(report.of("quote-not-found").is_empty(), "{quote}");
    assert!(report.of("invalid-yaml").is_empty(), "{statement} {quote}");
    report.of(rule).into_iter().map(|h| h.message).collect()
}

pub fn found(rule: &str, source: &str, statement: &str, quote: &str) -> Vec<String> {
    found_with(rule, source, statement, "", quote)
}

/// Whether `rule` finds the fact (as [`found`] makes it) once, with a message that names `words`.
pub fn finds(rule: &str, source: &str, statement: &str, quote: &str, words: &str) {
    let messages = found(rule, source, statement, quote);
    assert!(
        messages.len() == 1 && messages[0].contains(words),
        "{rule} for {statement:?} from {quote:?}, naming {words:?}: {messages:?}"
    );
}

pub fn silent(rule: &str, source: &str, statement: &str, quote: &str) {
    let messages = found(rule, source, statement, quote);
    assert!(
        messages.is_empty(),
        "{statement:?} from {quote:?}: {messages:?}"
    );
}

/// A facts file with one source and one fact, for a page to be added beside it.
const PAGE_FACTS: &str = "briefing:\n  title: \"Test\"\n  as_of: 2024-12-31\n\nsources:\n  \
                          - id: old\n    title: \"Old\"\n    publisher: P\n\nfacts:\n  - id: f\n    \
                          statement: s\n    topic: T\n    sources:\n      - source: old\n    \
                          verified_by: me\n";

/// A project holding the saved page `name` of tests/fixtures/pages, to add as a source.
pub fn page_project(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pages")
        .join(name);
    let page = std::fs::read(path).expect("the page");
    Project::new(PAGE_FACTS, &[(name, page.as_slice())])
}
