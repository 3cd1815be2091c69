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
