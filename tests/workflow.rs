//! The commands around the checker: init, completions, the man page, --quiet and --verbose,
//! and help with examples on every command.

mod common;
use common::Project;

fn empty() -> Project {
    let p = Project::new("", &[]);
    std::fs::remove_file(p.file("facts.yaml")).unwrap();
    p
}

#[test]
fn init_writes_a_fact_base_that_checks_and_generates() {
    let p = empty();
    let out = p.run(&["init", "brief"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    for file in [
        "facts.yaml",
        "sources/example-gazette.txt",
        "facts.schema.json",
        ".gitignore",
        "factsheet.toml",
        ".github/workflows/briefings.yml",
    ] {
        assert!(p.file("brief").join(file).is_file(), "{file} missing");
        assert!(
            out.stdout.contains(&format!("created brief/{file}")),
            "{}",
            out.stdout
        );
    }
    assert!(
        out.stdout.contains("cd brief && factsheet check"),
        "{}",
        out.stdout
    );
    // The workflow runs the action of the release that wrote it, and "Next:" says so.
    let action = format!("factsheet-dev/factsheet@v{}", env!("CARGO_PKG_VERSION"));
    let workflow =
        std::fs::read_to_string(p.file("brief/.github/workflows/briefings.yml")).unwrap();
    assert!(
        workflow.contains(&format!("- uses: {action}\n")),
        "{workflow}"
    );
    // README.md shows the same job, at this release.
    let readme = std::fs::read_to_string("README.md").unwrap();
    let job = &workflow[workflow.find("jobs:\n").unwrap()..];
    assert!(
        readme.contains(job),
        "README.md shows another job than init writes:\n{job}"
    );
    assert!(
        out.stdout.contains(&format!(
            ".github/workflows/briefings.yml runs the factsheet action ({action})"
        )),
        "{}",
        out.stdout
    );
    let facts = std::fs::read_to_string(p.file("brief/facts.yaml")).unwrap();
    assert!(facts.starts_with("# yaml-language-server: $schema=facts.schema.json\n"));
    let schema = std::fs::read_to_string(p.file("brief/facts.schema.json")).unwrap();
    assert_eq!(schema, factsheet::schema::facts_schema());

    // Its check passes with nothing to report, strictly, and generate works on it.
    let brief = Project {
        dir: tempfile::tempdir().unwrap(),
    };
    for entry in [
        "facts.yaml",
        "facts.schema.json",
        ".gitignore",
        "factsheet.toml",
    ] {
        std::fs::copy(p.file("brief").join(entry), brief.file(entry)).unwrap();
    }
    std::fs::create_dir(brief.file("sources")).unwrap();
    std::fs::copy(
        p.file("brief/sources/example-gazette.txt"),
        brief.file("sources/example-gazette.txt"),
    )
    .unwrap();
    let check = brief.run(&["check", "--strict"]);
    assert_eq!(check.code, Some(0), "{}", check.stdout);
    assert_eq!(
        check.stdout,
        "0 errors, 0 warnings in 1 fact and 1 source; to note: 1 single-source (`check --verbose` lists them)\n"
    );
    assert_eq!(brief.run(&["generate"]).code, Some(0));
    assert!(brief.file("output/briefing.html").is_file());
}

#[test]
fn init_never_overwrites() {
    let p = empty();
    std::fs::write(p.file("facts.yaml"), "mine\n").unwrap();
    let out = p.run(&["init"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr.contains("facts.yaml already exists"),
        "{}",
        out.stderr
    );
    assert_eq!(
        std::fs::read_to_string(p.file("facts.yaml")).unwrap(),
        "mine\n"
    );
    assert!(
        !p.file("sources").exists(),
        "nothing else is written either"
    );
    // In an empty folder it works.
    assert_eq!(p.run(&["init", "new"]).code, Some(0));
    assert_eq!(p.run(&["init", "new"]).code, Some(2));
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    let p = empty();
    for (shell, marker) in [
        ("bash", "_factsheet()"),
        ("zsh", "#compdef factsheet"),
        ("fish", "complete -c factsheet"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = p.run(&["completions", shell]);
        assert_eq!(out.code, Some(0));
        assert!(
            out.stdout.contains(marker),
            "{shell}: {}",
            &out.stdout[..200.min(out.stdout.len())]
        );
        assert!(
            out.stdout.contains("generate"),
            "{shell} completes the subcommands"
        );
    }
    assert_eq!(p.run(&["completions", "tcsh"]).code, Some(2));
    let man = p.run(&["man"]);
    assert_eq!(man.code, Some(0));
    assert!(man.stdout.starts_with(".ie"), "roff: {}", &man.stdout[..80]);
    assert!(man.stdout.contains("factsheet") && man.stdout.contains("generate"));
}

#[test]
fn every_command_has_help_with_an_example_and_there_is_a_version() {
    let p = empty();
    for command in [
        "check",
        "generate",
        "diff",
        "explain",
        "init",
        "schema",
        "completions",
        "man",
    ] {
        let out = p.run(&[command, "--help"]);
        assert_eq!(out.code, Some(0), "{command}");
        assert!(
            out.stdout.contains("Examples:\n  factsheet "),
            "{command} --help has no example:\n{}",
            out.stdout
        );
    }
    let out = p.run(&["--version"]);
    assert_eq!(
        out.stdout,
        format!("factsheet {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn quiet_prints_findings_only_and_verbose_tells_what_was_read_and_how_long() {
    let p = Project::new(
        &format!(
            "{}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n  - id: f\n    statement: s\n    topic: T\n    claimed_by: Russia's defence ministry\n    sources:\n      - source: a\n        quote: \"have taken the regional center of Kherson\"\n",
            common::BRIEFING
        ),
        &[("a.txt", common::ARTICLE.as_bytes())],
    );
    let normal = p.run(&["check"]);
    assert!(
        normal
            .stdout
            .ends_with("0 errors, 1 warning in 1 fact and 1 source; to note: 1 single-source (`check --verbose` lists them)\n"),
        "{}",
        normal.stdout
    );
    let quiet = p.run(&["check", "--quiet"]);
    assert!(quiet.stdout.contains("warning[unverified]"));
    assert!(!quiet.stdout.contains("0 errors"), "{}", quiet.stdout);
    assert!(quiet.stderr.is_empty());
    let out = p.run(&["--quiet", "generate"]);
    assert_eq!(out.code, Some(0));
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(
        out.stderr.contains("warning[unverified]"),
        "findings still show: {}",
        out.stderr
    );

    let verbose = p.run(&["generate", "--verbose"]);
    assert_eq!(verbose.code, Some(0));
    for stage in ["load", "sources", "check", "render", "write"] {
        assert!(
            verbose
                .stderr
                .lines()
                .any(|l| l.trim_start().starts_with(stage) && l.contains(" s ")),
            "no timing for {stage}: {}",
            verbose.stderr
        );
    }
    // Linux tells a process its peak memory; each stage line ends with it there.
    if cfg!(target_os = "linux") {
        let render = verbose
            .stderr
            .lines()
            .find(|l| l.trim_start().starts_with("render"));
        assert!(
            render.is_some_and(|l| l.contains("(peak ") && l.ends_with(" MB)")),
            "no peak memory: {}",
            verbose.stderr
        );
    }
    assert!(
        verbose.stderr.contains("read facts.yaml"),
        "{}",
        verbose.stderr
    );
    assert!(
        // Counted in the singular when there is one.
        verbose.stderr.contains(", 1 fact, 1 source)")
            && verbose.stderr.contains("read 1 source file (")
            && verbose.stderr.contains("0 errors, 1 warning,"),
        "{}",
        verbose.stderr
    );
    assert!(
        verbose.stderr.contains("briefing.html (built-in)"),
        "{}",
        verbose.stderr
    );
    // Timings never reach standard output or the files.
    assert_eq!(
        verbose.stdout,
        "unchanged output/briefing.md\nunchanged output/briefing.html\n"
    );
    assert_eq!(p.run(&["check", "--quiet", "--verbose"]).code, Some(2));
}
