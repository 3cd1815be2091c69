//! The commands that edit facts.yaml in place (`add-source`, `pin`) and `init`, run as the real
//! binary: runs at once take turns, a read-only file is refused, and every refusal says which
//! file and what to do.

mod common;
use common::Project;
use std::process::{Command, Stdio};

/// A fact base as `factsheet init` writes it, in the folder `proj` of a new project.
fn initialised() -> Project {
    let p = Project::new("", &[]);
    std::fs::remove_file(p.file("facts.yaml")).unwrap();
    let out = p.run(&["init", "-q", "proj"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    p
}

/// `factsheet ARGS` started in `dir`, not waited for.
fn spawn(dir: &std::path::Path, args: &[String]) -> std::process::Child {
    Command::new(assert_cmd::cargo::cargo_bin("factsheet"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run factsheet")
}

fn wait_all(children: Vec<std::process::Child>) {
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn add_source_and_pin_at_once_lose_no_edit() {
    let p = initialised();
    let proj = p.file("proj");
    let n = 8;
    for i in 0..n {
        let text = format!("Article {i} says that {} people came to town {i}.\n", i * 7);
        std::fs::write(p.file(&format!("art{i}.txt")), text).unwrap();
    }
    let add = |i: usize| -> Vec<String> {
        [
            "add-source",
            "-q",
            &format!("../art{i}.txt"),
            "--id",
            &format!("art{i}"),
        ]
        .iter()
        .chain(&["--title", "T", "--publisher", "P"])
        .map(|s| (*s).to_owned())
        .collect()
    };
    wait_all((0..n).map(|i| spawn(&proj, &add(i))).collect());
    let facts = std::fs::read_to_string(proj.join("facts.yaml")).unwrap();
    for i in 0..n {
        assert!(
            facts.contains(&format!("- id: art{i}\n")),
            "art{i}:\n{facts}"
        );
    }
    // `pin` beside `add-source`: the new source and the new pin both stay.
    let gazette = proj.join("sources/example-gazette.txt");
    let mut text = std::fs::read(&gazette).unwrap();
    text.extend_from_slice(b"One more line.\n");
    std::fs::write(&gazette, &text).unwrap();
    let hash = factsheet::load::sources::sha256_hex(&text);
    std::fs::write(p.file("art9.txt"), "Nine.\n").unwrap();
    let pin = vec!["pin".to_owned(), "-q".to_owned()];
    wait_all(vec![spawn(&proj, &add(9)), spawn(&proj, &pin)]);
    let facts = std::fs::read_to_string(proj.join("facts.yaml")).unwrap();
    assert!(facts.contains("- id: art9\n"), "{facts}");
    assert!(facts.contains(&hash), "{facts}");
    let out = p.run_in("proj", &["check", "-q"]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
}

/// Runs `factsheet ARGS` in `dir` as a user whom file permissions bind: root reads and writes
/// whatever they say, so as root it runs as `nobody` through `setpriv` (util-linux), whose
/// absence fails the test rather than passing it unchecked.
fn run_unprivileged(dir: &std::path::Path, args: &[&str]) -> common::Output {
    let uid = Command::new("id").arg("-u").output().expect("run `id -u`");
    let root = String::from_utf8_lossy(&uid.stdout).trim() == "0";
    let binary = assert_cmd::cargo::cargo_bin("factsheet");
    let mut command = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&binary);
        c
    } else {
        Command::new(&binary)
    };
    let out = command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run factsheet (as root, this test needs `setpriv` from util-linux)");
    assert_ne!(
        (root, out.status.code()),
        (true, Some(127)),
        "as root, this test needs `setpriv` (util-linux) to run as a user permissions bind"
    );
    common::Output {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Every file under `dir`, as paths relative to it, sorted.
fn files_under(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn init_that_cannot_write_a_folder_leaves_nothing_and_says_to_check_permissions() {
    let top = tempfile::tempdir().unwrap();
    chmod(top.path(), 0o755);
    let p = top.path().join("p");
    std::fs::create_dir_all(p.join(".github")).unwrap();
    chmod(&p, 0o777);
    chmod(&p.join(".github"), 0o555);
    let out = run_unprivileged(&p, &["init"]);
    assert_eq!(out.code, Some(2), "{}{}", out.stdout, out.stderr);
    for said in [
        ".github/workflows`: Permission denied",
        "check that you may write in `",
        "removed what it had written",
    ] {
        assert!(out.stderr.contains(said), "{said}: {}", out.stderr);
    }
    assert!(
        !out.stderr.contains("give the name of a new folder"),
        "{}",
        out.stderr
    );
    assert_eq!(files_under(&p), Vec::<String>::new());
    assert_eq!(std::fs::read_dir(&p).unwrap().count(), 1, "only .github");
    chmod(&p.join(".github"), 0o777);
    let out = run_unprivileged(&p, &["init", "-q"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
}

#[test]
fn pin_and_add_source_refuse_a_read_only_facts_file_and_leave_it_as_it_was() {
    let p = initialised();
    let proj = p.file("proj");
    let facts = proj.join("facts.yaml");
    let gazette = proj.join("sources/example-gazette.txt");
    let mut text = std::fs::read(&gazette).unwrap();
    text.extend_from_slice(b"edit\n");
    std::fs::write(&gazette, text).unwrap();
    std::fs::write(p.file("art.txt"), "An article.\n").unwrap();
    let before = std::fs::read(&facts).unwrap();
    chmod(&facts, 0o444);
    for args in [
        &["pin"][..],
        &["add-source", "../art.txt", "--publisher", "P"][..],
    ] {
        let out = p.run_in("proj", args);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr
                .contains("`facts.yaml` is not edited, as it is read-only")
                && out.stderr.contains("chmod u+w facts.yaml"),
            "{}",
            out.stderr
        );
        assert_eq!(std::fs::read(&facts).unwrap(), before);
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&facts).unwrap().permissions().mode() & 0o777,
            0o444
        );
    }
    assert!(!proj.join("sources/art.txt").exists());
}

#[test]
fn refusals_name_the_ids_the_key_and_the_form_and_keep_long_input_short() {
    let p = initialised();
    let out = p.run_in("proj", &["pin", "nosuch"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr
            .contains("no source `nosuch` in the facts file; its sources are `example-gazette`"),
        "{}",
        out.stderr
    );
    let out = p.run_in("proj", &["man", "check", "--out", "d"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr.contains("factsheet man [OPTIONS] --out <DIR>"),
        "{}",
        out.stderr
    );
    std::fs::write(
        p.file("proj/factsheet.toml"),
        "[rules]\nunverified = \"off\"\nunverified = \"error\"\n",
    )
    .unwrap();
    let out = p.run_in("proj", &["check"]);
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr
            .contains("factsheet.toml:3:1: `unverified` is set twice"),
        "{}",
        out.stderr
    );
    std::fs::remove_file(p.file("proj/factsheet.toml")).unwrap();
    let huge = "word ".repeat(5000);
    let out = p.run_in("proj", &["quote", "example-gazette", &huge]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stderr.len() < 600, "{}", out.stderr);
    assert!(
        out.stderr.contains("word word… (24999 characters)"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_facts_file_or_source_that_may_not_be_read_says_to_check_permissions() {
    let p = initialised();
    let proj = p.file("proj");
    chmod(p.path(), 0o755);
    chmod(&proj, 0o755);
    chmod(&proj.join("facts.yaml"), 0o000);
    let out = run_unprivileged(&proj, &["check"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("cannot read `facts.yaml`: Permission denied")
            && out.stderr.contains("check its permissions"),
        "{}",
        out.stderr
    );
    chmod(&proj.join("facts.yaml"), 0o644);
    chmod(&proj.join("sources/example-gazette.txt"), 0o000);
    let out = run_unprivileged(&proj, &["quote", "example-gazette", "harbour bridge"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("`sources/example-gazette.txt` cannot be read")
            && out.stderr.contains("check its permissions"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_templates_folder_that_may_not_be_read_stops_generate_instead_of_using_the_built_in_ones() {
    let p = initialised();
    let proj = p.file("proj");
    chmod(p.path(), 0o755);
    chmod(&proj, 0o755);
    let templates = proj.join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(templates.join("fact.md"), "CUSTOM {{ fact.id }}\n").unwrap();
    chmod(&templates, 0o000);
    let out = run_unprivileged(&proj, &["generate", "--format", "md", "--check"]);
    chmod(&templates, 0o755);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("cannot read templates folder `templates`: Permission denied")
            && out.stderr.contains("check its permissions"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_briefing_that_may_not_be_read_is_said_to_be_unreadable_not_unwritable() {
    let p = initialised();
    let proj = p.file("proj");
    chmod(p.path(), 0o755);
    chmod(&proj, 0o777);
    let made = run_unprivileged(&proj, &["generate", "--format", "md"]);
    assert_eq!(made.code, Some(0), "{}", made.stderr);
    chmod(&proj.join("output/briefing.md"), 0o000);
    for args in [
        &["generate", "--format", "md", "--check"][..],
        &["generate", "--format", "md"],
    ] {
        let out = run_unprivileged(&proj, args);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains(
                "cannot read `output/briefing.md` to compare it with the new briefing: \
                 Permission denied"
            ) && out.stderr.contains("check its permissions"),
            "{args:?}: {}",
            out.stderr
        );
    }
}

/// A facts file whose sources add-source or pin cannot edit (written in flow style) is named
/// as `facts.yaml:line:column:`, where the sources stand, as every finding names its place.
#[test]
fn an_edit_that_cannot_be_made_names_the_place_in_the_file() {
    let p = initialised();
    let facts = p.file("proj/facts.yaml");
    let text = std::fs::read_to_string(&facts).unwrap();
    let start = text.find("sources:\n").unwrap();
    let end = text.find("\nfacts:").unwrap();
    let flow = "sources: [{id: example-gazette, title: T, publisher: P, \
                file: sources/example-gazette.txt}]\n";
    std::fs::write(&facts, format!("{}{flow}{}", &text[..start], &text[end..])).unwrap();
    let line = text[..start].lines().count() + 1;
    std::fs::write(p.file("art.txt"), "An article.\n").unwrap();
    for (args, said) in [
        (
            &["pin"][..],
            format!(
                "facts.yaml:{line}:11: cannot pin: source `example-gazette` is written as a \
                 flow mapping"
            ),
        ),
        (
            &["add-source", "../art.txt", "--publisher", "P"][..],
            format!(
                "facts.yaml:{line}:10: cannot add the source: `sources:` is written as a flow list"
            ),
        ),
    ] {
        let out = p.run_in("proj", args);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.starts_with(&format!("error: {said}")),
            "{}",
            out.stderr
        );
    }
}

/// A briefing that cannot be written for want of permission says what to check.
#[cfg(unix)]
#[test]
fn a_briefing_that_may_not_be_written_says_to_check_permissions() {
    let p = initialised();
    let proj = p.file("proj");
    chmod(&proj, 0o777);
    std::fs::create_dir(proj.join("output")).unwrap();
    chmod(&proj.join("output"), 0o555);
    let out = run_unprivileged(&proj, &["generate"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr.contains(
            "cannot write `output/briefing.md`: Permission denied (os error 13): check the \
             permissions of the file and of its folder (`ls -ld`), and that you may write there"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(files_under(&proj.join("output")), Vec::<String>::new());
}
