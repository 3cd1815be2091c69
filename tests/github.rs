//! `check --format github`: GitHub places each annotation by its file's path from the root of
//! the repository, so the annotations name the facts file from there, whatever folder
//! factsheet ran in and however the file was given; no absolute path is printed.

mod common;
use common::{BRIEFING, Project, run_at};

/// A fact without `verified_by`, in `docs/facts.yaml` of a repository whose `.git` is a file,
/// as a worktree's or a submodule's is.
fn repository() -> Project {
    let facts = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\nfacts:\n  - id: f\n    \
         statement: \"Kherson fell.\"\n    topic: T\n    sources:\n      - source: a\n"
    );
    let p = Project::new(
        "",
        &[
            ("docs/facts.yaml", facts.as_bytes()),
            ("docs/notes/todo.md", b"to do"),
            (".git", b"gitdir: /elsewhere/.git/worktrees/brief\n"),
        ],
    );
    std::fs::remove_file(p.file("facts.yaml")).expect("remove the root's facts.yaml");
    p
}

/// The `file=` of each annotation.
fn files(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter_map(|line| line.split_once(" file=")?.1.split(',').next())
        .collect()
}

#[test]
fn annotations_name_the_facts_file_from_the_root_of_the_repository() {
    let p = repository();
    for folder in ["docs", "docs/notes"] {
        let out = p.run_in(folder, &["check", "--format", "github"]);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert_eq!(files(&out.stdout), ["docs/facts.yaml"], "from {folder}");
    }
    // The human findings are for the person at the terminal: the file as it opens from there.
    let human = p.run_in("docs/notes", &["check"]);
    assert!(
        human.stdout.contains("--> ../facts.yaml:"),
        "{}",
        human.stdout
    );
    // From the root, the path as given is already the one from the root.
    let out = p.run(&["check", "--facts", "docs/facts.yaml", "--format", "github"]);
    assert_eq!(files(&out.stdout), ["docs/facts.yaml"]);
}

#[test]
fn an_absolute_facts_file_is_named_by_a_relative_path() {
    let p = repository();
    let absolute = p.file("docs/facts.yaml");
    let absolute = absolute.to_str().expect("a UTF-8 temporary folder");
    let args = ["check", "--facts", absolute, "--format", "github"];
    // Inside the repository: from its root.
    let out = run_at(&p.file("docs/notes"), &args, &[]);
    assert_eq!(files(&out.stdout), ["docs/facts.yaml"]);
    // Outside it (from another temporary folder): from the folder factsheet ran in.
    let other = tempfile::tempdir().expect("temporary folder");
    for format in ["github", "sarif"] {
        let args = ["check", "--facts", absolute, "--format", format];
        let out = run_at(other.path(), &args, &[]);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        let real = std::fs::canonicalize(p.path()).expect("the project");
        let real = real.to_str().expect("UTF-8");
        for shown in [absolute, real] {
            assert!(!out.stdout.contains(shown), "{format}: {}", out.stdout);
        }
        if format == "github" {
            let named = files(&out.stdout)[0];
            assert!(named.starts_with("../"), "{named}");
            // It leads to the facts file from where factsheet ran.
            let found = std::fs::canonicalize(other.path().join(named)).expect(named);
            assert_eq!(found, std::fs::canonicalize(absolute).unwrap());
        }
    }
}

#[test]
fn every_format_names_an_absolute_facts_file_under_the_working_folder_from_there() {
    let p = repository();
    let absolute = p.file("docs/facts.yaml");
    let absolute = absolute.to_str().expect("a UTF-8 temporary folder");
    let run = |format: &str| {
        let args = ["check", "--facts", absolute, "--format", format];
        let out = run_at(&p.file("docs"), &args, &[]);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        out.stdout
    };
    let json = run("json");
    assert!(json.contains("\"file\": \"facts.yaml\""), "{json}");
    assert!(run("human").contains("--> facts.yaml:"));
    // The same file as GitHub's formats name it from the root, and no absolute path anywhere.
    assert_eq!(files(&run("github")), ["docs/facts.yaml"]);
    for format in ["json", "human", "github", "sarif"] {
        assert!(!run(format).contains(absolute), "{format}");
    }
}
