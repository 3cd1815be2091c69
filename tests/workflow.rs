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
fn init_writes_nothing_inside_git() {
    let p = empty();
    std::fs::create_dir_all(p.file(".git")).unwrap();
    for dir in [".git", ".git/brief"] {
        let out = p.run(&["init", dir]);
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert_eq!(
            out.stderr,
            format!(
                "error: `{dir}` is inside `.git/`, the repository's own files, where init writes \
                 nothing: give a folder outside it\n"
            )
        );
    }
    assert_eq!(std::fs::read_dir(p.file(".git")).unwrap().count(), 0);
    assert_eq!(p.run(&["init", "brief"]).code, Some(0));
}

#[test]
fn init_checks_every_folder_it_makes_before_it_writes_anything() {
    let p = empty();
    std::fs::create_dir(p.file("brief")).unwrap();
    std::fs::write(p.file("brief/sources"), "a file where init makes a folder").unwrap();
    let out = p.run(&["init", "brief"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("`brief/sources` is a file, where init makes a folder"),
        "{}",
        out.stderr
    );
    assert!(!p.file("brief/facts.yaml").exists(), "nothing written");
    #[cfg(unix)]
    {
        std::fs::remove_file(p.file("brief/sources")).unwrap();
        std::os::unix::fs::symlink("nowhere", p.file("brief/sources")).unwrap();
        let out = p.run(&["init", "brief"]);
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert!(
            out.stderr.contains("a link that leads nowhere"),
            "{}",
            out.stderr
        );
        assert!(!p.file("brief/facts.yaml").exists(), "nothing written");
    }
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
    // A `.gitignore` of its own (a new repository on GitHub has one) gets factsheet's lines
    // added, once; the rest is written as in an empty folder.
    std::fs::create_dir(p.file("repo")).unwrap();
    std::fs::write(p.file("repo/.gitignore"), "target/").unwrap();
    let out = p.run(&["init", "repo"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout
            .contains("added factsheet's lines to repo/.gitignore\n"),
        "{}",
        out.stdout
    );
    let ignored = std::fs::read_to_string(p.file("repo/.gitignore")).unwrap();
    assert!(
        ignored.starts_with("target/\n\n# factsheet writes"),
        "{ignored}"
    );
    assert!(
        ignored.ends_with(
            "next run removes them.\n.*.tmp\n\n# Editor and system files\n.DS_Store\nThumbs.db\n*~\n.*.swp\n"
        ),
        "{ignored}"
    );
    assert!(p.file("repo/facts.yaml").exists());
    std::fs::remove_file(p.file("repo/facts.yaml")).unwrap();
    assert_eq!(
        p.run(&["init", "repo"]).code,
        Some(2),
        "sources/ is there now"
    );
    assert_eq!(
        std::fs::read_to_string(p.file("repo/.gitignore")).unwrap(),
        ignored
    );
    // In an empty folder it works.
    assert_eq!(p.run(&["init", "new"]).code, Some(0));
    assert_eq!(p.run(&["init", "new"]).code, Some(2));
    // A link that leads nowhere is there too: said so before anything is written.
    #[cfg(unix)]
    {
        std::fs::create_dir(p.file("linked")).unwrap();
        std::os::unix::fs::symlink("nowhere.yaml", p.file("linked/facts.yaml")).unwrap();
        let out = p.run(&["init", "linked"]);
        assert_eq!(out.code, Some(2));
        assert!(
            out.stderr
                .starts_with("error: linked/facts.yaml already exists;"),
            "{}",
            out.stderr
        );
        assert!(!p.file("linked/sources").exists(), "nothing is written");
        // A folder of the new fact base that a link leads out of is not written through.
        let elsewhere = tempfile::tempdir().unwrap();
        std::fs::create_dir(p.file("led")).unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), p.file("led/sources")).unwrap();
        let out = p.run(&["init", "led"]);
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert!(
            out.stderr
                .contains("`led/sources` leads out of `led` through a link"),
            "{}",
            out.stderr
        );
        assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
        assert!(!p.file("led/facts.yaml").exists(), "nothing is written");
    }
}

#[test]
fn completions_for_every_shell_offer_the_commands_and_the_rule_names() {
    let p = empty();
    for (shell, marker) in [
        ("bash", "_factsheet()"),
        ("zsh", "#compdef factsheet"),
        ("fish", "complete -c factsheet"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "set edit:completion:arg-completer[factsheet]"),
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
        for rule in factsheet::rules::RULES {
            assert!(
                out.stdout.contains(rule.name),
                "{shell} does not offer the rule {}",
                rule.name
            );
        }
    }
    // fish: the rules are offered after `explain` only, each with its summary.
    let fish = p.run(&["completions", "fish"]).stdout;
    let explain = fish
        .lines()
        .find(|l| l.contains("using_subcommand explain\" -f -a \"invalid-yaml"));
    assert!(explain.is_some(), "{fish}");
    assert!(fish.contains("quote-not-found\\t'a quote does not occur in its source\\'s file'"));
    // PowerShell and Elvish: likewise, in explain's case.
    let powershell = p.run(&["completions", "powershell"]).stdout;
    assert!(powershell.contains(
        "'factsheet;explain' {\n            [CompletionResult]::new('invalid-yaml', 'invalid-yaml', \
         [CompletionResultType]::ParameterValue, 'the facts file is not YAML, or does not fit the \
         facts format')\n"
    ));
    let elvish = p.run(&["completions", "elvish"]).stdout;
    assert!(elvish.contains(
        "&'factsheet;explain'= {\n            cand invalid-yaml 'the facts file is not YAML, or \
         does not fit the facts format'\n"
    ));
    // --verbose is offered where it prints something only: in check's case, not in explain's.
    let case = |script: &str, start: &str| -> String {
        let at = script
            .find(start)
            .unwrap_or_else(|| panic!("{start} in:\n{script}"));
        script[at..].split("break").next().unwrap_or("").to_owned()
    };
    assert!(case(&powershell, "'factsheet;check' {").contains("'--verbose'"));
    assert!(!case(&powershell, "'factsheet;explain' {").contains("'--verbose'"));
    assert!(fish.contains("using_subcommand check\" -s v -l verbose"));
    assert!(!fish.contains("using_subcommand explain\" -s v -l verbose"));
    assert_eq!(p.run(&["completions", "tcsh"]).code, Some(2));
    // The rules offered are not a check: explain keeps its own message for a name that is not one.
    let unknown = p.run(&["explain", "qoute-not-found"]);
    assert_eq!(unknown.code, Some(2));
    assert_eq!(
        unknown.stderr,
        "error: unknown rule `qoute-not-found`; did you mean `quote-not-found`?\n"
    );
}

/// The names of the commands, as `factsheet --help` lists them.
fn commands(p: &Project) -> Vec<String> {
    let help = p.run(&["--help"]).stdout;
    let list = help
        .split("Commands:\n")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .expect("a list of commands");
    list.lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("    "))
        .filter_map(|l| l.split_whitespace().next())
        // clap's `help COMMAND` is `COMMAND --help`, not a command with a page of its own.
        .filter(|&c| c != "help")
        .map(str::to_owned)
        .collect()
}

/// The lines of a `--help` section that follow `title` up to a blank line.
fn help_section(help: &str, title: &str) -> Vec<String> {
    let rest = help
        .split(&format!("\n{title}\n"))
        .nth(1)
        .unwrap_or_default();
    rest.lines()
        .take_while(|l| !l.is_empty())
        .map(|l| l.trim().to_owned())
        .collect()
}

/// Text as roff writes it: `-` escaped, `'` as the apostrophe string.
fn roff(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('-', "\\-")
        .replace('\'', "\\*(Aq")
}

#[test]
fn factsheet_man_names_only_pages_that_exist_and_each_command_has_one() {
    let p = empty();
    let commands = commands(&p);
    assert!(
        commands.len() >= 12 && commands.contains(&"check".to_owned()),
        "{commands:?}"
    );
    let top = p.run(&["man"]);
    assert_eq!(top.code, Some(0));
    assert!(top.stdout.starts_with(".ie"), "roff: {}", &top.stdout[..80]);
    let named: Vec<&str> = top
        .stdout
        .split("factsheet\\-")
        .skip(1)
        .filter_map(|rest| rest.split_once("(1)").map(|(name, _)| name))
        .collect();
    let expected: Vec<String> = commands.iter().map(|c| roff(c)).collect();
    assert_eq!(
        named, expected,
        "factsheet(1) names other pages than the commands'"
    );
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "SUBCOMMANDS"] {
        assert!(
            top.stdout.contains(&format!("\n.SH {section}\n")),
            "no {section}"
        );
    }
    assert_eq!(p.run(&["man", "help"]).code, Some(2));
    assert_eq!(p.run(&["man", "chek"]).code, Some(2));

    for command in &commands {
        let page = p.run(&["man", command]);
        assert_eq!(page.code, Some(0), "{command}: {}", page.stderr);
        let text = &page.stdout;
        let title = format!(".TH factsheet-{command} 1 ");
        assert!(text.contains(&title), "{command}: {}", &text[..200]);
        for section in [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "ENVIRONMENT",
            "EXAMPLES",
        ] {
            assert!(
                text.contains(&format!("\n.SH {section}\n")),
                "{command}: no {section}"
            );
        }
        assert!(
            text.contains("\n.SH \"EXIT STATUS\"\n"),
            "{command}: no EXIT STATUS"
        );
        assert!(text.contains("\n.SH \"SEE ALSO\"\n\\fBfactsheet\\fR(1)\n"));
        for variable in ["NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE"] {
            assert!(
                text.contains(&format!("\\fB{variable}\\fR")),
                "{command}: no {variable}"
            );
        }
        // The examples and exit codes of the page are those of --help, from the same text.
        let help = p.run(&[command, "--help"]).stdout;
        let examples = help_section(&help, "Examples:");
        assert!(!examples.is_empty(), "{command} --help has no examples");
        let man_examples = text.split("\n.SH EXAMPLES\n").nth(1).unwrap_or_default();
        for example in examples {
            let line = example.split("    # ").next().unwrap_or_default();
            let shown = format!(".TP\n\\fB{}\\fR\n", roff(line));
            assert!(
                man_examples.contains(&shown),
                "{command}: {shown} not in\n{man_examples}"
            );
        }
        let codes: Vec<String> = help_section(&help, "Exit codes:")
            .iter()
            .filter_map(|l| {
                l.split_once("  ")
                    .map(|(code, _)| format!(".TP\n\\fB{code}\\fR\n"))
            })
            .collect();
        assert!(!codes.is_empty(), "{command} --help has no exit codes");
        let exit = text
            .split("\n.SH \"EXIT STATUS\"\n")
            .nth(1)
            .unwrap_or_default();
        let exit = exit.split("\n.SH ").next().unwrap_or_default();
        for code in &codes {
            assert!(
                exit.contains(code.as_str()),
                "{command}: {code} not in\n{exit}"
            );
        }
        assert_eq!(
            exit.matches(".TP").count(),
            codes.len(),
            "{command}: {exit}"
        );
    }
    let generate = p.run(&["man", "generate"]).stdout;
    assert!(generate.contains("\\fBFACTSHEET_TIME_LIMIT\\fR"));
    let quote = p.run(&["man", "quote"]).stdout;
    assert!(
        quote.contains("\\fB1\\fR\nnone resembles the words"),
        "{quote}"
    );
}

#[test]
fn man_out_writes_every_page_that_factsheet_1_names() {
    let p = empty();
    let out = p.run(&["man", "--out", "man/man1"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let mut expected = vec!["factsheet.1".to_owned()];
    expected.extend(commands(&p).iter().map(|c| format!("factsheet-{c}.1")));
    let said: Vec<String> = expected
        .iter()
        .map(|f| format!("wrote man/man1/{f}\n"))
        .collect();
    assert_eq!(out.stdout, said.concat());
    let mut written: Vec<String> = std::fs::read_dir(p.file("man/man1"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut sorted = expected.clone();
    sorted.sort();
    assert_eq!(written, sorted, "only the pages, no temporary files");
    let check = std::fs::read_to_string(p.file("man/man1/factsheet-check.1")).unwrap();
    assert_eq!(check, p.run(&["man", "check"]).stdout);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(p.file("man/man1/factsheet.1"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o644);
    }
    // Again, quietly: the pages are replaced, nothing is said.
    let quiet = p.run(&["man", "--out", "man/man1", "--quiet"]);
    assert_eq!((quiet.code, quiet.stdout.as_str()), (Some(0), ""));
    std::fs::write(p.file("a-file"), "").unwrap();
    let refused = p.run(&["man", "--out", "a-file"]);
    assert_eq!(refused.code, Some(2));
    assert!(
        refused
            .stderr
            .starts_with("error: cannot create the folder `a-file`"),
        "{}",
        refused.stderr
    );
    assert_eq!(p.run(&["man", "check", "--out", "x"]).code, Some(2));
}

#[test]
fn quiet_is_described_for_each_command_and_does_what_it_says() {
    let p = empty();
    let mut said: Vec<String> = Vec::new();
    for command in commands(&p) {
        let help = p.run(&[command.as_str(), "--help"]).stdout;
        let quiet = help_section(&help, "  -q, --quiet").join(" ");
        assert!(
            !quiet.is_empty(),
            "{command} --help does not describe --quiet:\n{help}"
        );
        assert!(!quiet.contains("Print findings only"), "{command}: {quiet}");
        assert!(
            !said.contains(&quiet),
            "{command} says what another command says: {quiet}"
        );
        said.push(quiet);
    }
    // init --quiet: nothing at all.
    let init = p.run(&["init", "--quiet"]);
    assert_eq!((init.code, init.stdout.as_str()), (Some(0), ""));
    // pin --quiet: the hash is written, nothing said.
    let pin = p.run(&["pin", "--quiet"]);
    assert_eq!(
        (pin.code, pin.stdout.as_str(), pin.stderr.as_str()),
        (Some(0), "", "")
    );
    // diff --quiet: the changes without their count.
    std::fs::copy(p.file("facts.yaml"), p.file("old.yaml")).unwrap();
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let changed = facts.replacen("statement: \"", "statement: \"Now: ", 1);
    assert_ne!(changed, facts);
    std::fs::write(p.file("facts.yaml"), changed).unwrap();
    let diff = p.run(&["diff", "old.yaml", "facts.yaml"]);
    assert!(diff.stdout.contains("Changed (1):") && diff.stdout.contains("facts: 0 added"));
    let quiet = p.run(&["diff", "old.yaml", "facts.yaml", "--quiet"]);
    assert!(quiet.stdout.contains("Changed (1):") && !quiet.stdout.contains("facts: 0 added"));
    // The flag before the command is the same flag.
    assert_eq!(
        p.run(&["--quiet", "diff", "old.yaml", "facts.yaml"]).stdout,
        quiet.stdout
    );
}

#[test]
fn verbose_is_offered_only_where_it_prints_something() {
    let p = empty();
    let prints = ["check", "generate", "diff", "quote", "suggest"];
    for command in commands(&p) {
        let help = p.run(&[command.as_str(), "--help"]).stdout;
        let offered = help.contains("-v, --verbose");
        assert_eq!(
            offered,
            prints.contains(&command.as_str()),
            "{command} --help:\n{help}"
        );
    }
    // Where it is not offered it is still accepted, and changes nothing.
    let out = p.run(&["explain", "single-source", "--verbose"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, p.run(&["explain", "single-source"]).stdout);
    assert_eq!(out.stderr, "");
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
    assert_eq!(p.run(&["--quiet", "check"]).stdout, quiet.stdout);
    let out = p.run(&["--quiet", "generate"]);
    assert_eq!(out.code, Some(0));
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(
        out.stderr.contains("warning[unverified]"),
        "findings still show: {}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("1 warning in"),
        "no summary: {}",
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

/// Standard output on a full disk: a command whose output was lost says so and fails (exit 2),
/// help and the version as much as a report, where a pipe closed early (`| head -1`) is not
/// a failure.
#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_fails_the_run_help_included() {
    let p = empty();
    for args in [
        &["--help"][..],
        &["--version"],
        &["check", "--help"],
        &["explain", "--all"],
    ] {
        let full = std::fs::File::create("/dev/full").expect("/dev/full");
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("factsheet"))
            .args(args)
            .current_dir(p.path())
            .stdout(full)
            .output()
            .expect("run factsheet");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output"),
            "{args:?}: {stderr}"
        );
    }
}

/// The commands a message suggests can be pasted into a shell as they are, whatever the name
/// of the folder: with a space, a quotation mark, or a leading dash.
#[test]
fn a_suggested_command_quotes_a_path_the_shell_would_split() {
    let p = empty();
    for (dir, cd) in [
        ("plain", "cd plain && "),
        ("my briefing", "cd 'my briefing' && "),
        ("it's", "cd 'it'\\''s' && "),
        ("-x", "cd ./-x && "),
    ] {
        let out = p.run(&["init", "--", dir]);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert!(
            out.stdout.contains(&format!("\nNext: {cd}factsheet check")),
            "{dir}: {}",
            out.stdout
        );
    }
}

/// A newsroom keeps its articles in one shared folder and links each fact base's `sources` to
/// it: the finding names the link that leads out, not the file, and says how to go on.
#[cfg(unix)]
#[test]
fn a_sources_folder_linked_out_is_named_with_the_way_to_fix_it() {
    let p = empty();
    assert_eq!(p.run(&["init", "-q", "brief"]).code, Some(0));
    std::fs::rename(p.file("brief/sources"), p.file("shared")).unwrap();
    std::os::unix::fs::symlink("../shared", p.file("brief/sources")).unwrap();
    let out = p.run_in("brief", &["check", "--format", "json"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let finding = &json["findings"][0];
    assert_eq!(finding["rule"], "source-file-outside", "{}", out.stdout);
    let message = finding["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("`sources/example-gazette.txt` is reached through `sources`, a link")
            && message.contains("cp -L"),
        "{message}"
    );
}
