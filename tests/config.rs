//! `factsheet.toml`: the severities a fact base sets, run through the real binary on fixture
//! projects. Each test compares with what the same project gives without the file, so that it
//! fails if the file is ignored.

mod common;
use common::{ARTICLE, BRIEFING, Project};

/// One fact (line 10), not verified: one `unverified` warning and one `single-source` note.
const FACT: &str = "  - id: f\n    statement: \"Russia says it controls Kherson.\"\n    topic: T\n    sources:\n      - source: a\n        quote: \"have taken the regional center of Kherson\"\n";

/// A project with one source (`a`, with the article on file), the given facts and, when it is
/// not empty, `factsheet.toml`.
fn project(facts: &str, config: &str) -> Project {
    let text = format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n{facts}"
    );
    let mut files: Vec<(&str, &[u8])> = vec![("a.txt", ARTICLE.as_bytes())];
    if !config.is_empty() {
        files.push(("factsheet.toml", config.as_bytes()));
    }
    Project::new(&text, &files)
}

/// The severity of each finding of `rule` in the JSON report.
fn severities(r: &common::Report, rule: &str) -> Vec<String> {
    r.json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| f["severity"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn without_the_file_each_rule_has_its_own_severity() {
    let r = project(FACT, "").check();
    assert_eq!(severities(&r, "unverified"), ["warning"]);
    assert_eq!((r.summary("errors"), r.summary("warnings")), (0, 1));
    assert_eq!(r.summary("info"), 1);
    assert_eq!(r.code, Some(0));
}

#[test]
fn a_warning_raised_to_error_fails_the_check_and_is_an_error_in_every_format() {
    let p = project(FACT, "[rules]\nunverified = \"error\"\n");
    let r = p.check();
    assert_eq!(severities(&r, "unverified"), ["error"]);
    assert_eq!((r.summary("errors"), r.summary("warnings")), (1, 0));
    assert_eq!(r.code, Some(1));
    let human = p.run(&["check"]);
    assert_eq!(human.code, Some(1));
    assert!(
        human.stdout.contains("error[unverified]"),
        "{}",
        human.stdout
    );
    assert!(
        human.stdout.ends_with("1 error, 0 warnings in 1 fact and 1 source; to note: 1 single-source (`check --verbose` lists them)\n"),
        "{}",
        human.stdout
    );
    let github = p.run(&["check", "--format", "github"]);
    assert!(
        github.stdout.starts_with(
            "::error file=facts.yaml,line=10,endLine=10,col=5,endColumn=10,title=unverified::"
        ),
        "{}",
        github.stdout
    );
}

#[test]
fn a_rule_set_off_is_neither_shown_nor_counted() {
    let p = project(
        FACT,
        "[rules]\nunverified = \"off\"\nsingle-source = \"off\"\n",
    );
    let r = p.check();
    assert_eq!(r.hits(), []);
    assert_eq!(
        (
            r.summary("errors"),
            r.summary("warnings"),
            r.summary("info")
        ),
        (0, 0, 0)
    );
    // Without the file, --strict fails on the warning; with it, there is none.
    assert_eq!(project(FACT, "").run(&["check", "--strict"]).code, Some(1));
    let strict = p.run(&["check", "--strict", "--verbose"]);
    assert_eq!(strict.code, Some(0), "{}", strict.stdout);
    assert_eq!(
        strict.stdout,
        "0 errors, 0 warnings in 1 fact and 1 source\n"
    );
}

#[test]
fn info_moves_a_warning_to_the_notes_and_warning_raises_a_note() {
    let p = project(FACT, "[rules]\nunverified = \"info\"\n");
    let r = p.check();
    r.none("unverified");
    assert_eq!((r.summary("warnings"), r.summary("info")), (0, 2));
    assert_eq!(p.run(&["check", "--strict"]).code, Some(0));
    let verbose = p.run(&["check", "--verbose"]);
    assert!(
        verbose.stdout.contains("note[unverified]"),
        "--verbose lists the notes: {}",
        verbose.stdout
    );
    assert!(
        verbose.stdout.ends_with("0 errors, 0 warnings in 1 fact and 1 source; to note: 1 unverified, 1 single-source (listed above)\n"),
        "{}",
        verbose.stdout
    );

    let raised = project(FACT, "[rules]\nsingle-source = \"warning\"\n").check();
    assert_eq!(severities(&raised, "single-source"), ["warning"]);
    assert_eq!((raised.summary("warnings"), raised.summary("info")), (2, 0));
}

#[test]
fn a_fact_can_still_allow_what_the_file_set() {
    let allowed =
        format!("{FACT}    allow:\n      - rule: unverified\n        reason: checked by phone\n");
    let r = project(&allowed, "[rules]\nunverified = \"error\"\n").check();
    r.none("unverified");
    assert_eq!((r.summary("errors"), r.summary("allowed")), (0, 1));
    assert_eq!(r.code, Some(0));
}

#[test]
fn lowering_what_factsheet_promises_cannot_run() {
    let misquote = FACT.replace("have taken", "have took");
    let config = "# how strict\n[rules]\nquote-not-found = \"warning\"\n";
    let out = project(&misquote, config).run(&["check"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        "error: factsheet.toml:3:1: `quote-not-found` cannot be set to \"warning\": it checks \
         what factsheet promises (every fact sourced, every quote in its source, every source \
         file the one checked), so it is always an error; fix what it finds instead, or remove \
         this line\n"
    );
    // Setting it to "error" says what it already is: the misquote fails the check.
    let r = project(&misquote, "[rules]\nquote-not-found = \"error\"\n").check();
    assert_eq!(severities(&r, "quote-not-found"), ["error"]);
    assert_eq!(r.code, Some(1));
}

#[test]
fn an_unknown_rule_names_the_nearest_one() {
    let out = project(FACT, "[rules]\nsingel-source = \"warning\"\n").run(&["check"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(
        out.stderr,
        "error: factsheet.toml:2:1: unknown rule `singel-source`; did you mean `single-source`?\n"
    );
}

#[test]
fn a_bad_value_an_unknown_table_and_a_syntax_error_say_where() {
    let hint = "factsheet.toml holds a `[rules]` table of lines such as \
                `single-source = \"warning\"` (README.md, section Severities)";
    let cases = [
        (
            "[rules]\nunverified = \"warn\"\n",
            "error: factsheet.toml:2:14: `unverified` cannot be set to \"warn\" (did you mean \
             \"warning\"?): a rule is set to \"error\", \"warning\", \"info\" or \"off\"\n"
                .to_owned(),
        ),
        (
            "[rules\nunverified = \"off\"\n",
            format!("error: factsheet.toml:1:7: unclosed table, expected `]`; {hint}\n"),
        ),
        (
            "[rule]\nunverified = \"off\"\n",
            format!("error: factsheet.toml:1:2: unknown field `rule`, expected `rules`; {hint}\n"),
        ),
    ];
    for (config, expected) in cases {
        let out = project(FACT, config).run(&["check"]);
        assert_eq!(out.code, Some(2), "{config}");
        assert_eq!(out.stderr, expected);
    }
}

#[test]
fn generate_stops_on_a_warning_raised_to_error() {
    let p = project(FACT, "[rules]\nunverified = \"error\"\n");
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("error[unverified]"), "{}", out.stderr);
    assert!(!p.file("output").exists(), "nothing is written");
    // The same facts with the file removed generate.
    std::fs::remove_file(p.file("factsheet.toml")).unwrap();
    assert_eq!(p.run(&["generate"]).code, Some(0));
    assert!(p.file("output/briefing.html").is_file());
}

#[test]
fn the_file_beside_the_facts_file_is_the_one_read_and_verbose_names_it() {
    let p = project(FACT, "[rules]\nunverified = \"error\"\n");
    std::fs::create_dir(p.file("brief")).unwrap();
    for name in ["facts.yaml", "a.txt"] {
        std::fs::copy(p.file(name), p.file("brief").join(name)).unwrap();
    }
    std::fs::write(
        p.file("brief/factsheet.toml"),
        "[rules]\nunverified = \"off\"\n",
    )
    .unwrap();
    let out = p.run(&["check", "--facts", "brief/facts.yaml", "--verbose"]);
    assert_eq!(out.code, Some(0), "{}", out.stdout);
    assert!(!out.stdout.contains("unverified"), "{}", out.stdout);
    assert!(
        out.stderr
            .lines()
            .any(|l| l.trim_start().starts_with("config")
                && l.contains("brief/factsheet.toml (1 rule set: unverified off)")),
        "{}",
        out.stderr
    );
    std::fs::write(
        p.file("brief/factsheet.toml"),
        "[rules]\nunverifed = \"off\"\n",
    )
    .unwrap();
    let out = p.run(&["check", "--facts", "brief/facts.yaml"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr
            .starts_with("error: brief/factsheet.toml:2:1: unknown rule `unverifed`"),
        "{}",
        out.stderr
    );

    let none = project(FACT, "").run(&["check", "--verbose"]);
    assert!(
        none.stderr
            .contains("no factsheet.toml: every rule at its own severity"),
        "{}",
        none.stderr
    );
}

#[test]
fn a_huge_file_is_refused() {
    let huge = format!("[rules]\n{}", "# padding\n".repeat(110_000));
    let out = project(FACT, &huge).run(&["check"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(
        out.stderr,
        "error: cannot read `factsheet.toml`: it is larger than factsheet's limit of 1 MB\n"
    );
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_folder_or_a_pipe_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    let elsewhere = outside.path().join("factsheet.toml");
    std::fs::write(&elsewhere, "[rules]\nunverified = \"off\"\n").unwrap();
    let p = project(FACT, "");
    std::os::unix::fs::symlink(&elsewhere, p.file("factsheet.toml")).unwrap();
    let out = p.run(&["check"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr
            .starts_with("error: cannot read `factsheet.toml`: it leads out of its folder"),
        "{}",
        out.stderr
    );

    let p = project(FACT, "");
    let made = std::process::Command::new("mkfifo")
        .arg(p.file("factsheet.toml"))
        .status();
    assert!(made.is_ok_and(|s| s.success()), "this test needs mkfifo");
    let out = p.run(&["check"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(
        out.stderr,
        "error: cannot read `factsheet.toml`: it is not a regular file (a folder, pipe or device)\n"
    );
}

// Every problem was printed: a file of thousands of misspelt lines printed megabytes. As many
// are printed as findings of one rule, and the rest counted.
#[test]
fn thousands_of_unknown_rules_print_a_hundred_and_count_the_rest() {
    let lines: String = (0..1000)
        .map(|i| format!("singel-source-{i} = \"off\"\n"))
        .collect();
    let out = project(FACT, &format!("[rules]\n{lines}")).run(&["check"]);
    assert_eq!(out.code, Some(2));
    let printed: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(printed.len(), 101, "{}", out.stderr);
    assert!(
        printed[99].starts_with("error: factsheet.toml:101:1: unknown rule `singel-source-99`")
    );
    assert_eq!(
        printed[100],
        "error: factsheet.toml: 900 more problems like these, not shown"
    );
}
