//! facts.yaml found in the current folder or the nearest folder above it, as cargo finds
//! Cargo.toml: every command that reads the facts file, run in a subfolder of a project, reads
//! the one above, uses the folders beside it, and names files as they open from where it ran.

mod common;
use common::{ARTICLE, BRIEFING, Project, git, run_at};
use std::process::Command;

const QUOTE: &str = "have taken the regional center of Kherson";

/// A project with one source (`sources/a.txt`) and one fact, unverified (one warning).
fn project() -> Project {
    Project::new(
        &facts("Russia says it has taken Kherson."),
        &[("sources/a.txt", ARTICLE.as_bytes())],
    )
}

fn facts(statement: &str) -> String {
    format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: sources/a.txt\n\
         facts:\n  - id: f\n    statement: \"{statement}\"\n    topic: T\n    claimed_by: Russia's \
         defence ministry\n    sources:\n      - source: a\n        quote: \"{QUOTE}\"\n"
    )
}

#[test]
fn check_in_a_subfolder_reads_the_facts_file_above_and_names_it_from_there() {
    let p = project();
    let out = p.run_in("notes/drafts", &["check"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("--> ../../facts.yaml:10:5"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("1 warning in 1 fact and 1 source"),
        "{}",
        out.stdout
    );
    let json = p.run_in("notes/drafts", &["check", "--format", "json"]);
    assert!(
        json.stdout.contains("\"file\": \"../../facts.yaml\""),
        "{}",
        json.stdout
    );
    // Outside any repository (no `.git` above, no $GITHUB_WORKSPACE), GitHub's paths are from
    // the current folder too (tests/github.rs has them from a repository's root).
    let github = p.run_in("notes", &["check", "--format", "github"]);
    assert!(
        github
            .stdout
            .contains("file=../facts.yaml,line=10,endLine=10,col=5,"),
        "{}",
        github.stdout
    );
    let verbose = p.run_in("notes", &["check", "--verbose"]);
    assert!(
        verbose.stderr.contains("read ../facts.yaml ("),
        "{}",
        verbose.stderr
    );
    // A facts file here is the nearest, and wins over the one above.
    std::fs::write(p.file("notes/facts.yaml"), "briefing: [").unwrap();
    let nearest = p.run_in("notes/drafts", &["check"]);
    assert_eq!(nearest.code, Some(1), "{}", nearest.stdout);
    assert!(
        nearest.stdout.contains("--> ../facts.yaml:1:11"),
        "{}",
        nearest.stdout
    );
}

#[test]
fn factsheet_toml_beside_the_facts_file_found_sets_the_severities() {
    let p = project();
    std::fs::write(p.file("factsheet.toml"), "[rules]\nunverified = \"off\"\n").unwrap();
    // One in the current folder is not the fact base's, and is not read.
    std::fs::create_dir_all(p.file("notes")).unwrap();
    std::fs::write(p.file("notes/factsheet.toml"), "not toml [").unwrap();
    let out = p.run_in("notes", &["check", "--strict"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.starts_with("0 errors, 0 warnings"),
        "{}",
        out.stdout
    );
}

#[test]
fn generate_in_a_subfolder_writes_beside_the_facts_file_with_its_templates() {
    let p = project();
    std::fs::create_dir_all(p.file("templates")).unwrap();
    std::fs::write(
        p.file("templates/briefing.md"),
        "The fact base's own template\n",
    )
    .unwrap();
    let out = p.run_in("notes", &["generate", "--format", "md"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert_eq!(out.stdout, "wrote ../output/briefing.md\n");
    let written = std::fs::read_to_string(p.file("output/briefing.md")).unwrap();
    assert_eq!(written, "The fact base's own template\n");
    assert!(!p.file("notes/output").exists());
    let current = p.run_in("notes", &["generate", "--format", "md", "--check"]);
    assert_eq!(current.code, Some(0), "{}", current.stderr);
    assert_eq!(current.stdout, "../output is current\n");
}

#[test]
fn an_explicit_facts_file_is_used_as_given_and_the_defaults_stay_here() {
    let p = project();
    let out = p.run_in(
        "notes",
        &["generate", "--facts", "../facts.yaml", "--format", "md"],
    );
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    assert_eq!(out.stdout, "wrote output/briefing.md\n");
    assert!(p.file("notes/output/briefing.md").is_file());
    assert!(!p.file("output").exists());
    let missing = p.run_in("notes", &["check", "--facts", "facts.yaml"]);
    assert_eq!(missing.code, Some(2));
    assert!(
        missing
            .stderr
            .contains("cannot read `facts.yaml`: no such file"),
        "{}",
        missing.stderr
    );
}

#[test]
fn without_a_facts_file_anywhere_above_each_command_says_where_it_looked_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("a/b");
    std::fs::create_dir_all(&sub).unwrap();
    let above = sub.ancestors().find(|d| d.join("facts.yaml").exists());
    assert!(
        above.is_none(),
        "a facts.yaml above the temporary folder: {above:?}"
    );
    for args in [
        &["check"][..],
        &["generate"],
        &["diff", "--since", "HEAD"],
        &["add-source", "page.html"],
        &["pin"],
        &["quote", "a", "words"],
        &["suggest", "a"],
    ] {
        let out = run_at(&sub, args, &[]);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.starts_with(
                "error: no facts.yaml in the current folder, nor in any folder above it ("
            ) && out.stderr.contains("run `factsheet init` to start a fact base here, or give the facts file with --facts FILE"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stdout.is_empty());
    }
    assert!(!sub.join("output").exists());
}

#[test]
fn authoring_commands_in_a_subfolder_read_and_edit_the_fact_base_above() {
    let p = project();
    let quote = p.run_in("notes", &["quote", "a", QUOTE]);
    assert_eq!(quote.code, Some(0), "{}", quote.stderr);
    assert!(
        quote.stdout.starts_with("../sources/a.txt:1:"),
        "{}",
        quote.stdout
    );
    let suggest = p.run_in("notes", &["suggest", "a", "--limit", "1"]);
    assert_eq!(suggest.code, Some(0), "{}", suggest.stderr);
    assert!(
        suggest
            .stdout
            .contains(" from ../sources/a.txt, best first"),
        "{}",
        suggest.stdout
    );

    let pin = p.run_in("notes", &["pin"]);
    assert_eq!(pin.code, Some(0), "{}", pin.stderr);
    assert!(
        pin.stdout.starts_with("a (../sources/a.txt): none -> "),
        "{}",
        pin.stdout
    );
    assert!(
        pin.stdout.ends_with("../facts.yaml: 1 sha256 written\n"),
        "{}",
        pin.stdout
    );
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    assert!(facts.contains("    sha256: "), "{facts}");

    std::fs::create_dir_all(p.file("inbox")).unwrap();
    std::fs::write(
        p.file("inbox/note.txt"),
        "Kherson's mayor said the city was calm.\n",
    )
    .unwrap();
    let add = p.run_in(
        "inbox",
        &["add-source", "note.txt", "--id", "note", "--publisher", "P"],
    );
    assert_eq!(add.code, Some(0), "{}", add.stderr);
    assert!(
        add.stdout.starts_with("wrote ../sources/note.txt ("),
        "{}",
        add.stdout
    );
    assert!(
        add.stdout.contains("to ../facts.yaml at line "),
        "{}",
        add.stdout
    );
    assert!(p.file("sources/note.txt").is_file());
    assert!(!p.file("inbox/sources").exists());
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    assert!(facts.contains("file: sources/note.txt"), "{facts}");
    // The fact base still checks, from its own folder: the new source is unused, nothing else.
    let check = p.check();
    assert_eq!(check.code, Some(0));
    check.one("unused-source", 10, 5);
}

#[test]
fn diff_since_in_a_subfolder_compares_the_facts_file_above_with_its_commit() {
    let installed = Command::new("git").arg("--version").output().is_ok();
    assert!(installed, "this test needs git on the PATH");
    let p = project();
    git(p.path(), &["init", "-q"]);
    git(p.path(), &["add", "."]);
    git(p.path(), &["commit", "-q", "-m", "facts"]);
    std::fs::write(p.file("facts.yaml"), facts("Russia says it holds Kherson.")).unwrap();
    let out = p.run_in("notes", &["diff", "--since", "HEAD"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout.contains("~ f: Russia says it holds Kherson."),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("statement was: Russia says it has taken Kherson."),
        "{}",
        out.stdout
    );
}
