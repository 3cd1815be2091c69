//! `factsheet diff` and `generate --since`: what changed between two versions of a facts file,
//! in each output format, from two files or from git, and at the top of the briefings.
//!
//! The fixture (`tests/fixtures/diff/`) is the Kherson briefing of 2 March (`old.yaml`) and of
//! 3 March (`new.yaml`): Russia's count of soldiers killed goes from 498 to 512 (with a new
//! statement and date), a quote is lengthened, a fact about the mayor's curfew is added and
//! the one about people leaving Ukraine is removed; two facts stay the same.

mod common;
use common::{Project, git};
use serde_json::{Value, json};
use std::process::Command;

const OLD: &str = include_str!("fixtures/diff/old.yaml");
const NEW: &str = include_str!("fixtures/diff/new.yaml");

/// A project holding both versions side by side, with the articles they cite.
fn project() -> Project {
    let opoyi = std::fs::read("tests/fixtures/diff/sources/opoyi.txt").unwrap();
    let wsj = std::fs::read("tests/fixtures/diff/sources/wsj.txt").unwrap();
    let p = Project::new(
        NEW,
        &[
            ("old.yaml", OLD.as_bytes()),
            ("new.yaml", NEW.as_bytes()),
            ("sources/opoyi.txt", &opoyi),
            ("sources/wsj.txt", &wsj),
        ],
    );
    std::fs::remove_file(p.file("facts.yaml")).unwrap();
    p
}

fn read(p: &Project, path: &str) -> String {
    std::fs::read_to_string(p.file(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const HUMAN: &str = "\
Added (1):
  + kherson-curfew: Kherson's mayor says he accepted a curfew and advised residents to “walk one by one, maximum two”.

Removed (1):
  - left-the-country: At least 660,000 people had left Ukraine a week into the war.

Changed (2):
  ~ kherson-taken: Russia's Defence Ministry says its forces have taken full control of Kherson.
      quote from opoyi: “have taken the regional center of Kherson under full control” → “The Rusian divisions of the armed forces have taken the regional center of Kherson under full control”
  ~ russian-dead-russia: Russia's Defence Ministry says 512 Russian soldiers have been killed.
      statement was: Russia's Defence Ministry says 498 Russian soldiers were killed in the first seven days.
      date: 2022-03-02 → 2022-03-03
      figure: 498 → 512 (+14, +2.8%)
      now allows number-not-in-quote: “a made-up later count, for the diff tests”
      now allows figure-not-in-quote: “a made-up later count, for the diff tests”

Briefing (1):
  briefing as_of: 2022-03-02 → 2022-03-03

facts: 1 added, 1 removed, 2 changed, 2 unchanged
briefing: 1 field changed
";

const MARKDOWN: &str = "\
## What changed

1 fact added, 1 removed, 2 changed; 2 unchanged.

### Added

- `kherson-curfew`: Kherson's mayor says he accepted a curfew and advised residents to “walk one by one, maximum two”.

### Removed

- `left-the-country`: At least 660,000 people had left Ukraine a week into the war.

### Changed

- `kherson-taken`: Russia's Defence Ministry says its forces have taken full control of Kherson.
  - quote from opoyi: “have taken the regional center of Kherson under full control” → “The Rusian divisions of the armed forces have taken the regional center of Kherson under full control”
- `russian-dead-russia`: Russia's Defence Ministry says 512 Russian soldiers have been killed.
  - statement was: Russia's Defence Ministry says 498 Russian soldiers were killed in the first seven days.
  - date: 2022-03-02 → 2022-03-03
  - figure: 498 → 512 (+14, +2.8%)
  - now allows number-not-in-quote: “a made-up later count, for the diff tests”
  - now allows figure-not-in-quote: “a made-up later count, for the diff tests”

### Briefing

- briefing as_of: 2022-03-02 → 2022-03-03
";

#[test]
fn json_lists_added_removed_changed_and_the_figure_delta() {
    let p = project();
    let out = p.run(&["diff", "old.yaml", "new.yaml", "--format", "json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    let diff: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(
        diff["summary"],
        json!({"added": 1, "removed": 1, "changed": 2, "unchanged": 2})
    );

    let added = diff["added"].as_array().unwrap();
    assert_eq!(added.len(), 1);
    assert_eq!(added[0]["id"], "kherson-curfew");
    assert_eq!(added[0]["topic"], "Kherson");
    assert_eq!(
        added[0]["statement"],
        "Kherson's mayor says he accepted a curfew and advised residents to “walk one by one, maximum two”."
    );
    assert_eq!(added[0]["figure"], Value::Null);

    let removed = diff["removed"].as_array().unwrap();
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0]["id"], "left-the-country");
    assert_eq!(removed[0]["topic"], "Humanitarian situation");
    assert_eq!(
        removed[0]["statement"],
        "At least 660,000 people had left Ukraine a week into the war."
    );

    // Changed facts in the new file's order, each with what changed in the format's order.
    let changed = diff["changed"].as_array().unwrap();
    let ids: Vec<&str> = changed.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["kherson-taken", "russian-dead-russia"]);
    let fields = |c: &Value| -> Vec<String> {
        c["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["field"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(fields(&changed[0]), ["sources"]);
    assert_eq!(
        changed[0]["changes"][0],
        json!({
            "field": "sources",
            "old": [{"source": "opoyi", "quote": "have taken the regional center of Kherson under full control"}],
            "new": [{"source": "opoyi", "quote": "The Rusian divisions of the armed forces have taken the regional center of Kherson under full control"}]
        })
    );

    let dead = &changed[1];
    assert_eq!(
        dead["statement"],
        "Russia's Defence Ministry says 512 Russian soldiers have been killed."
    );
    assert_eq!(fields(dead), ["statement", "date", "figure", "allow"]);
    let changes = &dead["changes"];
    assert_eq!(
        changes[0]["old"],
        "Russia's Defence Ministry says 498 Russian soldiers were killed in the first seven days."
    );
    assert_eq!(
        changes[0]["new"],
        "Russia's Defence Ministry says 512 Russian soldiers have been killed."
    );
    assert_eq!(
        changes[1],
        json!({"field": "date", "old": "2022-03-02", "new": "2022-03-03"})
    );
    let figure = &changes[2];
    assert_eq!(figure["old"]["value"], 498);
    assert_eq!(figure["new"]["value"], 512);
    assert_eq!(figure["new"]["label"], "Russian soldiers killed");
    assert_eq!(figure["new"]["measure"], "Russian soldiers killed");
    assert_eq!(
        figure["delta"],
        json!({"old": 498, "new": 512, "difference": 14, "percent": 2.8})
    );
    // Integers stay integers in the JSON text.
    assert!(out.stdout.contains("\"difference\": 14,"), "{}", out.stdout);
}

#[test]
fn human_output_is_grouped_by_kind() {
    let p = project();
    let out = p.run(&["diff", "old.yaml", "new.yaml"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, HUMAN);
    // --quiet leaves out the closing count only.
    let quiet = p.run(&["diff", "old.yaml", "new.yaml", "--quiet"]);
    assert_eq!(
        quiet.stdout,
        HUMAN.trim_end_matches(
            "\nfacts: 1 added, 1 removed, 2 changed, 2 unchanged\nbriefing: 1 field changed\n"
        )
    );
}

#[test]
fn markdown_output_is_a_section_to_paste() {
    let p = project();
    let out = p.run(&["diff", "old.yaml", "new.yaml", "--format", "md"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, MARKDOWN);
}

#[test]
fn the_reverse_diff_swaps_added_and_removed_and_negates_the_delta() {
    let p = project();
    let out = p.run(&["diff", "new.yaml", "old.yaml", "--format", "json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let diff: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(diff["added"][0]["id"], "left-the-country");
    assert_eq!(diff["removed"][0]["id"], "kherson-curfew");
    // Changed facts follow old.yaml's order now, which is the same for these two.
    assert_eq!(diff["changed"][1]["changes"][2]["delta"]["difference"], -14);
    assert_eq!(diff["changed"][1]["changes"][2]["delta"]["percent"], -2.7);
    let human = p.run(&["diff", "new.yaml", "old.yaml"]);
    assert!(
        human
            .stdout
            .contains("      figure: 512 → 498 (-14, -2.7%)\n"),
        "{}",
        human.stdout
    );
}

#[test]
fn no_change_is_exit_0_with_empty_lists() {
    let p = project();
    let out = p.run(&["diff", "old.yaml", "old.yaml"]);
    assert_eq!(out.code, Some(0));
    assert_eq!(
        out.stdout,
        "facts: 0 added, 0 removed, 0 changed, 5 unchanged\n"
    );
    let json: Value = serde_json::from_str(
        &p.run(&["diff", "old.yaml", "old.yaml", "--format", "json"])
            .stdout,
    )
    .unwrap();
    assert_eq!(
        json,
        json!({"added": [], "removed": [], "changed": [],
               "sources": {"added": [], "removed": [], "changed": []}, "briefing": [],
               "summary": {"added": 0, "removed": 0, "changed": 0, "unchanged": 5}})
    );
    let md = p.run(&["diff", "old.yaml", "old.yaml", "--format", "md"]);
    assert_eq!(
        md.stdout,
        "## What changed\n\nNo fact was added, removed or changed; 5 facts unchanged.\n"
    );
    // Re-wrapping a statement is not a change.
    let rewrapped = OLD.replace(
        "statement: \"Ukraine says its military has killed 5,840 Russian soldiers.\"",
        "statement: >-\n      Ukraine says its military\n      has killed 5,840 Russian soldiers.",
    );
    assert_ne!(rewrapped, OLD);
    std::fs::write(p.file("rewrapped.yaml"), rewrapped).unwrap();
    let out = p.run(&["diff", "old.yaml", "rewrapped.yaml"]);
    assert_eq!(
        out.stdout,
        "facts: 0 added, 0 removed, 0 changed, 5 unchanged\n"
    );
}

#[test]
fn an_invalid_file_is_exit_1_with_its_problems_on_stderr() {
    let p = project();
    std::fs::write(
        p.file("broken.yaml"),
        OLD.replace("as_of: 2022-03-02", "as_of: 2022-02-30"),
    )
    .unwrap();
    let out = p.run(&["diff", "broken.yaml", "new.yaml"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(
        out.stderr
            .contains("error[invalid-yaml]: `2022-02-30` is not a day of the calendar"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("--> broken.yaml:4:10"),
        "{}",
        out.stderr
    );
    // The new file may be the broken one, too; JSON does not change where problems go.
    let out = p.run(&["diff", "old.yaml", "broken.yaml", "--format", "json"]);
    assert_eq!(out.code, Some(1));
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("broken.yaml:4:10"), "{}", out.stderr);
}

#[test]
fn usage_errors_and_unreadable_files_cannot_run() {
    let p = project();
    for args in [
        &["diff"][..],
        &["diff", "old.yaml"],
        &["diff", "old.yaml", "new.yaml", "--since", "HEAD"],
        &["diff", "old.yaml", "new.yaml", "--facts", "new.yaml"],
        &["diff", "old.yaml", "new.yaml", "--format", "html"],
    ] {
        assert_eq!(p.run(args).code, Some(2), "{args:?}");
    }
    let out = p.run(&["diff", "nope.yaml", "new.yaml"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr.contains("cannot read `nope.yaml`"),
        "{}",
        out.stderr
    );
}

#[test]
fn help_shows_examples() {
    let p = project();
    let out = p.run(&["diff", "--help"]);
    assert_eq!(out.code, Some(0));
    assert!(
        out.stdout
            .contains("Examples:\n  factsheet diff old/facts.yaml facts.yaml\n"),
        "{}",
        out.stdout
    );
    let out = p.run(&["generate", "--help"]);
    assert!(out.stdout.contains("--since <GIT_REV>"), "{}", out.stdout);
    assert!(
        out.stdout.contains("factsheet generate --since HEAD~1"),
        "{}",
        out.stdout
    );
}

// ---------------------------------------------------------------- git

/// Fails the test when git is missing: CI installs it, and a test that passes without
/// running would hide that `--since` went untested.
fn require_git() {
    let installed = Command::new("git").arg("--version").output().is_ok();
    assert!(installed, "these tests need git on the PATH");
}

/// A git repository whose last commit holds the 2 March facts, with the 3 March facts in the
/// work tree.
fn repository() -> Project {
    require_git();
    let p = project();
    std::fs::copy(p.file("old.yaml"), p.file("facts.yaml")).unwrap();
    git(p.path(), &["init", "-q"]);
    git(p.path(), &["add", "facts.yaml", "sources"]);
    git(p.path(), &["commit", "-q", "-m", "The briefing of 2 March"]);
    std::fs::copy(p.file("new.yaml"), p.file("facts.yaml")).unwrap();
    p
}

/// The full hash of the commit at `rev`, as git gives it.
fn commit_of(p: &Project, rev: &str) -> String {
    let out = Command::new("git")
        .args(["rev-parse", rev])
        .current_dir(p.path())
        .output()
        .expect("run git");
    assert!(out.status.success(), "git rev-parse {rev}");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// The heading that names the commit at HEAD: its committer's day and the first 7 digits of
/// its hash, whatever the repository's size.
fn heading(p: &Project) -> String {
    let commit = commit_of(p, "HEAD");
    assert!(commit.len() >= 40, "{commit}");
    format!("What changed since 2 March 2022 ({})", &commit[..7])
}

#[test]
fn since_compares_with_the_committed_version() {
    let p = repository();
    let heading = heading(&p);
    for format in ["human", "json", "md"] {
        let since = p.run(&["diff", "--since", "HEAD", "--format", format]);
        assert_eq!(since.code, Some(0), "{}", since.stderr);
        let files = p.run(&["diff", "old.yaml", "new.yaml", "--format", format]);
        let expected = match format {
            "md" => (files.stdout).replacen("## What changed\n", &format!("## {heading}\n"), 1),
            "human" => format!("{heading}\n\n{}", files.stdout),
            _ => {
                // The same object, with `since` last.
                let mut json: Value = serde_json::from_str(&files.stdout).unwrap();
                let revision = json!({
                    "revision": "HEAD",
                    "commit": commit_of(&p, "HEAD"),
                    "date": "2022-03-02",
                });
                let at = |key: &str| since.stdout.find(&format!("\n  \"{key}\": ")).unwrap();
                assert!(at("summary") < at("since"), "{}", since.stdout);
                json["since"] = revision;
                let got: Value = serde_json::from_str(&since.stdout).unwrap();
                assert_eq!(got, json);
                continue;
            }
        };
        assert_eq!(since.stdout, expected, "{format}");
    }
    // --quiet leaves out the heading with the count.
    let quiet = p.run(&["diff", "--since", "HEAD", "--quiet"]);
    let files = p.run(&["diff", "old.yaml", "new.yaml", "--quiet"]);
    assert_eq!(quiet.stdout, files.stdout);
    // --facts names the file; git runs in its folder, so this works from anywhere.
    let sub = p.file("sub");
    std::fs::create_dir(&sub).unwrap();
    let out = Command::new(assert_cmd::cargo::cargo_bin("factsheet"))
        .args(["diff", "--since", "HEAD", "--facts", "../facts.yaml"])
        .current_dir(&sub)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{heading}\n\n{HUMAN}")
    );
}

#[test]
fn since_a_revision_that_git_does_not_know_cannot_run() {
    let p = repository();
    let out = p.run(&["diff", "--since", "no-such-revision"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.starts_with(
            "error: cannot read `facts.yaml` at revision `no-such-revision`: \
             `no-such-revision` is not a single commit git knows here; give one commit, like \
             HEAD~1 (git says: fatal: Needed a single revision)"
        ),
        "{}",
        out.stderr
    );
    // A range is two commits; it was once read as an empty facts file.
    for range in ["HEAD~1..HEAD", "HEAD...HEAD"] {
        let out = p.run(&["generate", "--since", range]);
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert!(
            out.stderr.contains(&format!(
                "`{range}` is a range, not one commit; give one commit, like HEAD~1"
            )),
            "{}",
            out.stderr
        );
        assert!(!p.file("output").exists());
    }
    // A file that was not committed at that revision.
    std::fs::copy(p.file("new.yaml"), p.file("later.yaml")).unwrap();
    let out = p.run(&["diff", "--since", "HEAD", "--facts", "later.yaml"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("cannot read `later.yaml` at revision `HEAD`: it is not in commit "),
        "{}",
        out.stderr
    );
    // A revision that git would take for an option.
    let out = p.run(&["diff", "--since=--output=x", "--format", "json"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr.contains("cannot start with `-`"),
        "{}",
        out.stderr
    );
    assert!(!p.file("x").exists());
    // generate writes nothing when it cannot read the revision.
    let out = p.run(&["generate", "--since", "no-such-revision"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(!p.file("output").exists());
}

#[test]
fn since_outside_a_repository_or_without_git_cannot_run() {
    let p = project();
    std::fs::copy(p.file("new.yaml"), p.file("facts.yaml")).unwrap();
    // Without git on the PATH (this needs no git at all).
    let out = Command::new(assert_cmd::cargo::cargo_bin("factsheet"))
        .args(["diff", "--since", "HEAD"])
        .current_dir(p.path())
        .env("PATH", p.file("no-such-folder"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("git is not installed"), "{stderr}");
    require_git();
    let in_repository = Command::new("git")
        .args(["rev-parse", "--git-dir"])
        .current_dir(p.path())
        .output()
        .is_ok_and(|o| o.status.success());
    // A temporary folder is outside any repository, unless TMPDIR is inside one.
    if !in_repository {
        let out = p.run(&["diff", "--since", "HEAD"]);
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert!(
            // The cause first: outside a repository no revision is known.
            out.stderr.starts_with(
                "error: cannot read `facts.yaml` at revision `HEAD`: `facts.yaml` is not in a \
                 git repository, so there is no commit to read it at"
            ) && out.stderr.contains("not a git repository")
                && !out.stderr.contains("not a single commit"),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn since_an_invalid_committed_version_is_exit_1() {
    let p = repository();
    std::fs::write(p.file("facts.yaml"), "briefing: [\n").unwrap();
    git(p.path(), &["commit", "-q", "-a", "-m", "broken"]);
    std::fs::copy(p.file("new.yaml"), p.file("facts.yaml")).unwrap();
    let out = p.run(&["diff", "--since", "HEAD"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stderr.contains("error[invalid-yaml]"), "{}", out.stderr);
    assert!(
        out.stderr.contains("--> HEAD:facts.yaml:"),
        "{}",
        out.stderr
    );
    let out = p.run(&["generate", "--since", "HEAD"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stderr.contains("nothing was written"), "{}", out.stderr);
    assert!(!p.file("output").exists());
    // The version before it loads.
    assert_eq!(p.run(&["diff", "--since", "HEAD~1"]).code, Some(0));
}

/// The Markdown briefing without its "What changed" section.
fn without_md_section(md: &str) -> String {
    let start = md.find("\n## What changed since ").expect("the section");
    let end = start + 1 + md[start + 1..].find("\n## ").expect("a section after it");
    format!("{}{}", &md[..start], &md[end..])
}

/// The HTML briefing without its "What changed" section and contents entry.
fn without_html_section(html: &str) -> String {
    let entry = "<li><a href=\"#changes\">What changed</a></li>\n";
    assert!(html.contains(entry));
    let html = html.replacen(entry, "", 1);
    let start = html
        .find("<section class=\"changes\"")
        .expect("the section");
    let end = start + html[start..].find("</section>\n").unwrap() + "</section>\n".len();
    format!("{}{}", &html[..start], &html[end..])
}

#[test]
fn generate_since_puts_the_section_at_the_top_of_both_briefings() {
    let p = repository();
    let out = p.run(&["generate", "--out", "plain"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let out = p.run(&["generate", "--since", "HEAD"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let md = read(&p, "output/briefing.md");
    let html = read(&p, "output/briefing.html");
    let heading = heading(&p);

    // Markdown: after the title and lead, before the key figures.
    let section = "
1 fact added, 2 changed, 1 removed.

### New facts

- Kherson's mayor says he accepted a curfew and advised residents to “walk one by one, maximum two”. (fact 2)

### Changed facts

- Russia's Defence Ministry says its forces have taken full control of Kherson. (fact 1)
  - Quote from Opoyi: “have taken the regional center of Kherson under full control” → “The Rusian divisions of the armed forces have taken the regional center of Kherson under full control”
- Russia's Defence Ministry says 512 Russian soldiers have been killed. (fact 4)
  - Previously: Russia's Defence Ministry says 498 Russian soldiers were killed in the first seven days.
  - Date: 2 March 2022 → 3 March 2022
  - Russian soldiers killed: 498 → 512 (+14, +2.8%)
  - Now accepts the finding number-not-in-quote: “a made-up later count, for the diff tests”
  - Now accepts the finding figure-not-in-quote: “a made-up later count, for the diff tests”

### Removed facts

- At least 660,000 people had left Ukraine a week into the war.

### The briefing

- Date of the briefing: 2 March 2022 → 3 March 2022

## Key figures
";
    let section = format!("\n## {heading}\n{section}");
    assert!(md.contains(&section), "{md}");
    assert!(
        md.find("**As of**").unwrap() < md.find("## What changed").unwrap(),
        "{md}"
    );

    // HTML: the first section of the page, linked from the contents; new and changed facts
    // link to their anchors, removed ones are text.
    let doc = scraper::Html::parse_document(&html);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    let first = doc.select(&select("main > section")).next().unwrap();
    assert_eq!(first.value().attr("aria-labelledby"), Some("changes"));
    let heading_text: String = first
        .select(&select("h2#changes"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(heading_text, heading);
    // The day is a machine-readable date too.
    let time = first.select(&select("h2#changes time")).next().unwrap();
    assert_eq!(time.value().attr("datetime"), Some("2022-03-02"));
    let links: Vec<(&str, String)> = first
        .select(&select("a"))
        .map(|a| (a.value().attr("href").unwrap(), a.text().collect()))
        .collect();
    assert_eq!(
        links,
        [
            ("#fact-kherson-curfew", "fact 2".to_owned()),
            ("#fact-kherson-taken", "fact 1".to_owned()),
            ("#fact-russian-dead-russia", "fact 4".to_owned()),
        ]
    );
    for (href, _) in &links {
        let id = &href[1..];
        assert!(
            html.contains(&format!("<li class=\"fact\" id=\"{id}\"")),
            "{id}"
        );
    }
    let items: Vec<String> = first
        .select(&select("li"))
        .map(|li| li.text().collect::<String>())
        .collect();
    assert!(
        items.contains(&"Russian soldiers killed: 498 → 512 (+14, +2.8%)".to_owned()),
        "{items:?}"
    );
    assert!(
        items.contains(&"At least 660,000 people had left Ukraine a week into the war.".to_owned()),
        "{items:?}"
    );
    assert!(html.contains("<li><a href=\"#changes\">What changed</a></li>"));

    // Everything else is exactly what generate writes without --since.
    assert_eq!(without_md_section(&md), read(&p, "plain/briefing.md"));
    assert_eq!(without_html_section(&html), read(&p, "plain/briefing.html"));

    // The same inputs give the same bytes; --check compares with the section too.
    let again = p.run(&["generate", "--since", "HEAD"]);
    assert_eq!(
        again.stdout,
        "unchanged output/briefing.md\nunchanged output/briefing.html\n"
    );
    assert_eq!(
        p.run(&["generate", "--since", "HEAD", "--check"]).code,
        Some(0)
    );
    assert_eq!(p.run(&["generate", "--check"]).code, Some(1));
}

/// The briefings name the commit, not the words that found it: the same commit gives the
/// same bytes however it is named, and still does once HEAD has moved on.
#[test]
fn generate_since_names_the_commit_the_same_however_it_is_given() {
    let p = repository();
    assert_eq!(p.run(&["generate", "--since", "HEAD"]).code, Some(0));
    let md = read(&p, "output/briefing.md");
    let html = read(&p, "output/briefing.html");
    let commit = commit_of(&p, "HEAD");
    for rev in [commit.as_str(), &commit[..12], "main", "HEAD^{commit}"] {
        let out = p.run(&["generate", "--since", rev, "--check"]);
        assert_eq!(out.code, Some(0), "{rev}: {}", out.stderr);
    }
    // The 3 March version committed: the 2 March commit is now HEAD~1.
    git(
        p.path(),
        &["commit", "-q", "-a", "-m", "The briefing of 3 March"],
    );
    let out = p.run(&["generate", "--since", "HEAD~1", "--out", "later"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(read(&p, "later/briefing.md"), md);
    assert_eq!(read(&p, "later/briefing.html"), html);
    // diff names it the same way.
    let out = p.run(&["diff", "--since", "HEAD~1", "--format", "md"]);
    assert!(
        out.stdout.starts_with(&format!(
            "## What changed since 2 March 2022 ({})\n",
            &commit[..7]
        )),
        "{}",
        out.stdout
    );
}

#[test]
fn generate_since_with_nothing_changed_says_so() {
    let p = repository();
    std::fs::copy(p.file("old.yaml"), p.file("facts.yaml")).unwrap();
    assert_eq!(p.run(&["generate", "--since", "HEAD"]).code, Some(0));
    let md = read(&p, "output/briefing.md");
    assert!(
        md.contains(&format!(
            "\n## {}\n\nNo fact was added, changed or removed.\n\n## Key figures\n",
            heading(&p)
        )),
        "{md}"
    );
    let html = read(&p, "output/briefing.html");
    assert!(
        html.contains(
            "<p class=\"changes-tally\">No fact was added, changed or removed.</p>\n</section>"
        ),
        "{html}"
    );
}

#[test]
fn hostile_text_in_the_changes_stays_text() {
    let p = repository();
    let payload = "<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(1))";
    let hostile = NEW
        .replace(
            "topic: Kharkiv\n",
            &format!("topic: \"Kharkiv {payload}\"\n"),
        )
        .replace(
            "label: \"Russian soldiers killed\"\n",
            &format!("label: \"Killed {payload}\"\n"),
        );
    std::fs::write(p.file("facts.yaml"), hostile).unwrap();
    let out = p.run(&["generate", "--since", "HEAD"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let html = read(&p, "output/briefing.html");
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        html.contains("{{ 7*7 }}"),
        "a template expression was evaluated"
    );
    assert!(!html.contains("href=\"javascript"), "{html}");
    let doc = scraper::Html::parse_document(&html);
    let text: String = doc.root_element().text().collect();
    assert!(
        text.contains("Topic: “Kharkiv” → “Kharkiv <script>alert(1)</script>"),
        "the change shows the tag as text"
    );
    let md = read(&p, "output/briefing.md");
    assert!(
        md.contains("{{ 7\\*7 }}"),
        "a template expression was evaluated"
    );
    let events: Vec<_> = pulldown_cmark::Parser::new(&md).collect();
    assert!(
        !events.iter().any(|e| matches!(
            e,
            pulldown_cmark::Event::Html(_) | pulldown_cmark::Event::InlineHtml(_)
        )),
        "raw HTML in the Markdown"
    );
    assert!(
        md.contains("  - Topic: “Kharkiv” → “Kharkiv \\<script\\>alert(1)\\</script\\>"),
        "{md}"
    );
}

#[test]
fn since_a_committed_facts_file_over_the_size_limit_is_not_read() {
    let p = repository();
    let file = std::fs::File::create(p.file("facts.yaml")).unwrap();
    file.set_len(65 << 20).unwrap(); // zeros: they compress to almost nothing in git
    git(p.path(), &["commit", "-q", "-a", "-m", "Zeros"]);
    std::fs::copy(p.file("new.yaml"), p.file("facts.yaml")).unwrap();
    let out = p.run(&["diff", "--since", "HEAD"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "error: cannot read `facts.yaml` at revision `HEAD`: it is larger than factsheet's limit \
         of 64 MB\n"
    );
}

/// `new.yaml` with the article under `opoyi` swapped (another file and address, another
/// publisher, no pin), a source added, a rule accepted and a fact signed off again.
fn swapped_source() -> String {
    let new = NEW
        .replacen("file: sources/opoyi.txt", "file: sources/other.txt", 1)
        .replacen("publisher: Opoyi\n", "publisher: \"Someone Else\"\n", 1)
        .replacen("\nfacts:\n", "\n  - id: added-src\n    title: \"New\"\n    publisher: \"P\"\n\nfacts:\n", 1)
        .replacen(
            "    verified_by: \"factsheet maintainers\"\n",
            "    verified_by: \"someone else\"\n    allow:\n      - rule: unverified\n        reason: \"x\"\n",
            1,
        );
    assert_ne!(new, NEW);
    new
}

#[test]
fn sources_briefing_allow_and_verified_changes_are_listed_in_every_format() {
    let p = project();
    std::fs::write(p.file("swapped.yaml"), swapped_source()).unwrap();
    let out = p.run(&["diff", "new.yaml", "swapped.yaml"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    for line in [
        "Sources (3):\n",
        "  source added: added-src\n",
        "  source opoyi, publisher: “Opoyi” → “Someone Else”\n",
        "  source opoyi, file: “sources/opoyi.txt” → “sources/other.txt”\n",
        "      verified_by: “factsheet maintainers” → “someone else”\n",
        "      now allows unverified: “x”\n",
        "sources: 1 added, 0 removed, 1 changed\n",
    ] {
        assert!(out.stdout.contains(line), "{line}\n{}", out.stdout);
    }
    let json: Value = serde_json::from_str(
        &p.run(&["diff", "new.yaml", "swapped.yaml", "--format", "json"])
            .stdout,
    )
    .unwrap();
    assert_eq!(json["sources"]["added"][0]["id"], "added-src");
    let changed = &json["sources"]["changed"][0];
    assert_eq!(changed["id"], "opoyi");
    assert!(
        changed["changes"].as_array().unwrap().contains(
            &json!({"field": "file", "old": "sources/opoyi.txt", "new": "sources/other.txt"})
        ),
        "{changed}"
    );
    let md = p
        .run(&["diff", "new.yaml", "swapped.yaml", "--format", "md"])
        .stdout;
    assert!(
        md.contains("\n### Sources\n\n- source added: added"),
        "{md}"
    );
    let reverse = p.run(&["diff", "old.yaml", "new.yaml"]).stdout;
    assert!(
        reverse.contains("Briefing (1):\n  briefing as_of: 2022-03-02 → 2022-03-03\n"),
        "{reverse}"
    );
}

#[test]
fn generate_since_lists_the_sources_that_changed() {
    let p = repository();
    std::fs::write(p.file("facts.yaml"), swapped_source()).unwrap();
    std::fs::write(p.file("sources/other.txt"), read(&p, "sources/opoyi.txt")).unwrap();
    let out = p.run(&["generate", "--since", "HEAD"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    let md = read(&p, "output/briefing.md");
    assert!(
        md.contains("\n### Sources\n\n- New source: “New” (P)\n"),
        "{md}"
    );
    assert!(
        md.contains("\n### The briefing\n\n- Date of the briefing: 2 March 2022 → 3 March 2022\n"),
        "{md}"
    );
    let html = read(&p, "output/briefing.html");
    assert!(
        html.contains("<h3>Sources</h3>\n<ul>\n<li>New source: “New” (P)</li>"),
        "{html}"
    );
}

#[test]
fn since_reads_the_file_a_link_in_the_repository_leads_to_and_refuses_one_out_of_it() {
    let p = repository();
    std::fs::create_dir(p.file("real")).unwrap();
    std::fs::rename(p.file("facts.yaml"), p.file("real/facts.yaml")).unwrap();
    std::fs::copy(p.file("old.yaml"), p.file("real/facts.yaml")).unwrap();
    std::os::unix::fs::symlink("real/facts.yaml", p.file("facts.yaml")).unwrap();
    git(p.path(), &["rm", "-q", "--cached", "facts.yaml"]);
    git(p.path(), &["add", "facts.yaml", "real/facts.yaml"]);
    git(
        p.path(),
        &["commit", "-q", "-m", "The facts file, through a link"],
    );
    std::fs::copy(p.file("new.yaml"), p.file("real/facts.yaml")).unwrap();
    let out = p.run(&["diff", "--since", "HEAD"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout.contains("facts: 1 added, 1 removed, 2 changed"),
        "{}",
        out.stdout
    );
    // A link out of the repository: git has only the link's text.
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("facts.yaml");
    std::fs::copy(p.file("new.yaml"), &target).unwrap();
    std::fs::remove_file(p.file("facts.yaml")).unwrap();
    std::os::unix::fs::symlink(&target, p.file("facts.yaml")).unwrap();
    let out = p.run(&["diff", "--since", "HEAD"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("it leads out of its folder through a link"),
        "{}",
        out.stderr
    );
}

#[test]
fn since_says_what_to_do_in_a_shallow_clone_an_empty_repository_and_before_the_first_commit() {
    let p = repository();
    git(p.path(), &["add", "facts.yaml"]);
    git(p.path(), &["commit", "-q", "-m", "The briefing of 3 March"]);
    let clones = tempfile::tempdir().unwrap();
    let url = format!("file://{}", p.path().display());
    git(
        clones.path(),
        &["clone", "-q", "--depth", "1", &url, "shallow"],
    );
    let shallow = clones.path().join("shallow");
    let out = common::run_at(&shallow, &["diff", "--since", "HEAD~1"], &[]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    for said in [
        "this clone is shallow",
        "git fetch --unshallow",
        "fetch-depth: 0",
    ] {
        assert!(out.stderr.contains(said), "{said}: {}", out.stderr);
    }
    // `:/text`: the latest commit whose message holds the text.
    let out = p.run(&["diff", "--since", ":/2 March", "--format", "json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout.contains("\"revision\": \":/2 March\""),
        "{}",
        out.stdout
    );
    let empty = clones.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    std::fs::copy(p.file("new.yaml"), empty.join("facts.yaml")).unwrap();
    git(&empty, &["init", "-q"]);
    let out = common::run_at(&empty, &["diff", "--since", "HEAD"], &[]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr.contains("the repository has no commits yet"),
        "{}",
        out.stderr
    );
    git(&empty, &["commit", "-q", "--allow-empty", "-m", "nothing"]);
    let out = common::run_at(&empty, &["diff", "--since", "HEAD"], &[]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    for said in ["it is not in commit ", "git add facts.yaml && git commit"] {
        assert!(out.stderr.contains(said), "{said}: {}", out.stderr);
    }
}
