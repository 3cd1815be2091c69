//! What a hostile pull request can put in front of factsheet in CI, as the issue on safety
//! listed it (rows 1-13), each run on the real binary. Row 12 (`--since A..B`) is in
//! `tests/diff.rs`, beside the other revisions that cannot be read (and a committed facts file
//! of zeros over the size limit). Links and pipes are made here; where the system has none
//! (not Unix), those tests are not built.

mod common;

use common::{ARTICLE, BRIEFING, Output, Project};
use std::path::Path;
use std::time::Duration;

/// One source, `a`, in `a.txt`, and the facts given.
fn facts(facts: &str) -> String {
    format!(
        "{BRIEFING}sources:\n  - id: a\n    title: A\n    publisher: P\n    file: a.txt\nfacts:\n{facts}"
    )
}

/// A fact that passes every rule against `ARTICLE`.
const GOOD_FACT: &str = "  - id: fled\n    statement: \"One million people have fled.\"\n    \
    topic: T\n    sources:\n      - source: a\n        quote: \"One million people have fled\"\n    \
    claimed_by: the UN\n    verified_by: me\n";

fn good_project() -> Project {
    Project::new(&facts(GOOD_FACT), &[("a.txt", ARTICLE.as_bytes())])
}

/// The names in a folder, sorted; none when it does not exist.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Asserts a run that could not go on: exit 2, `said` on stderr, nothing of `secret` shown.
fn refused(out: &Output, said: &str, secret: &str) {
    assert_eq!(out.code, Some(2), "{}\n{}", out.stdout, out.stderr);
    assert!(
        out.stderr.contains(said),
        "wanted {said:?} in:\n{}",
        out.stderr
    );
    assert!(
        secret.is_empty() || !(out.stdout.contains(secret) || out.stderr.contains(secret)),
        "{secret:?} shown:\n{}\n{}",
        out.stdout,
        out.stderr
    );
}

// Row 1: one long text anchored once and named by thousands of aliases.
#[test]
fn a_long_anchored_text_named_by_thousands_of_aliases_is_refused() {
    let long = "x".repeat(1_000_000);
    let mut text = facts(&format!(
        "  - id: f0\n    statement: &long \"{long}\"\n    topic: T\n    sources:\n      - source: a\n"
    ));
    for i in 1..2000 {
        text.push_str(&format!(
            "  - id: f{i}\n    statement: *long\n    topic: T\n    sources:\n      - source: a\n"
        ));
    }
    let p = Project::new(&text, &[("a.txt", ARTICLE.as_bytes())]);
    let r = p.check();
    assert_eq!(r.code, Some(1));
    let hit = &r.of("invalid-yaml")[0];
    assert!(
        hit.message
            .contains("more than 10 times the file's own text"),
        "{hit:?}"
    );
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(!p.file("output").exists(), "nothing is written");
}

// Row 2: a statement of 50 MB (Markdown or not) in a file under the size limit.
#[test]
fn a_fifty_megabyte_value_is_refused_where_it_is() {
    let big = "**x** ".repeat(50 * 1024 * 1024 / 6);
    let text = facts(&format!(
        "  - id: f\n    statement: \"{big}\"\n    topic: T\n    sources:\n      - source: a\n"
    ));
    let p = Project::new(&text, &[("a.txt", ARTICLE.as_bytes())]);
    let r = p.check();
    assert_eq!(r.code, Some(1));
    let hit = r.one("invalid-yaml", 11, 16);
    assert!(
        hit.message
            .contains("over factsheet's limit of 1 MB for one value"),
        "{hit:?}"
    );
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(!p.file("output").exists(), "nothing is written");
}

// A flow-style file of a megabyte on one line, with two findings for each of its 5,000 facts:
// each finding's columns were counted from the start of the line, and its fingerprint hashed
// the rest of it (an hour and more); now a few seconds.
#[test]
fn thousands_of_findings_on_one_long_line_are_placed_in_time() {
    // Numbers from 10,000: none is a year, which is not checked.
    let facts: Vec<String> = (10_000..15_000)
        .map(|i| {
            format!(
                "{{id: f{i}, statement: \"{i} soldiers\", topic: T, sources: [{{source: a, \
                 quote: \"Russian soldiers\"}}], verified_by: me}}"
            )
        })
        .collect();
    let text = format!(
        "{BRIEFING}sources: [{{id: a, title: A, publisher: P, file: a.txt}}]\nfacts: [{}]\n",
        facts.join(", ")
    );
    let p = Project::new(&text, &[("a.txt", ARTICLE.as_bytes())]);
    let r = p.check();
    assert_eq!(r.code, Some(1));
    let numbers = r.of("number-not-in-quote");
    assert_eq!(numbers.len(), 5000);
    // The last fact's number, where the line has it.
    let line = text.lines().nth(4).unwrap();
    let at = line.find("\"14999 soldiers").unwrap();
    assert_eq!(numbers[4999].line, 5);
    assert_eq!(numbers[4999].column, line[..at].chars().count() as u64 + 2);
    let out = p.run(&["check", "--format", "sarif"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
}

// Row 3: thousands of misquotes of a long source, each still shown its closest passage; and a
// quote of the commonest words, for which the search gives up and says so.
#[test]
fn two_thousand_misquotes_of_a_ten_megabyte_source_each_get_their_passage() {
    // Words from a vocabulary of 20,000, in an order fixed by a simple generator.
    let mut seed: u64 = 1;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let mut words = Vec::new();
    let mut size = 0;
    while size < 10 * 1024 * 1024 {
        let word = format!("w{}", next() % 20_000);
        size += word.len() + 1;
        words.push(word);
    }
    let mut text = String::new();
    for i in 0..2000 {
        let at = next() % (words.len() - 12);
        let mut quote = words[at..at + 12].to_vec();
        quote[5] = format!("changed{i}");
        text.push_str(&format!(
            "  - id: f{i}\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        \
             quote: \"{}\"\n",
            quote.join(" ")
        ));
    }
    let p = Project::new(&facts(&text), &[("a.txt", words.join(" ").as_bytes())]);
    let r = p.check();
    let misses = r.of("quote-not-found");
    assert_eq!(misses.len(), 2000);
    for (i, miss) in misses.iter().enumerate() {
        assert!(
            miss.message.contains("the closest passage reads")
                && miss
                    .message
                    .contains(&format!("the quote has `changed{i}` where")),
            "{miss:?}"
        );
    }

    let common = "the ".repeat(2_000_000);
    let quote = format!("{}unheard", "the ".repeat(11));
    let text = format!(
        "  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        \
         quote: \"{quote}\"\n"
    );
    let p = Project::new(&facts(&text), &[("a.txt", common.as_bytes())]);
    let hit = p.check().one("quote-not-found", 15, 16);
    assert!(
        hit.message.ends_with(
            "it is not in the file; no close passage searched (the search budget of 1,000,000 \
             windows per quote is spent)"
        ),
        "{hit:?}"
    );
}

// Row 3, beyond the closest passage: every quote is looked for in the whole of its source, so
// thousands of quotes of a source of 100 MB would search for hours. Refused before searching.
#[test]
fn quotes_that_would_search_hundreds_of_gigabytes_are_refused() {
    let mut text = String::new();
    for i in 0..1400 {
        text.push_str(&format!(
            "  - id: f{i}\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        \
             quote: \"q{i}\"\n"
        ));
    }
    let p = Project::new(
        &facts(&text),
        &[("a.txt", "word ".repeat(20 << 20).as_bytes())],
    );
    let out = p.run(&["check"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "error: looking for the quotes would search 273 GB of source text (each quote in the \
         whole of its source), over factsheet's limit of 256 GB: cite shorter excerpts of the \
         longest sources, or split the fact base\n"
    );
    assert!(out.stdout.is_empty());
}

// Row 4: a facts file of 2 GB (of zeros: nothing in git) is refused before it is read.
#[test]
fn a_two_gigabyte_facts_file_is_refused_unread() {
    let p = Project::new("", &[]);
    let file = std::fs::File::create(p.file("facts.yaml")).unwrap();
    file.set_len(2 << 30).unwrap(); // sparse: takes no room on disk
    for command in ["check", "generate"] {
        let out = p.run(&[command]);
        refused(
            &out,
            "cannot read `facts.yaml`: it is larger than factsheet's limit of 64 MB",
            "\0",
        );
    }
    assert!(!p.file("output").exists());
}

// Row 5: facts.yaml a link to a file outside its folder: refused, never read or shown.
#[cfg(unix)]
#[test]
fn a_facts_file_that_links_out_of_its_folder_is_not_read() {
    let secret = "factsheet-test-secret-5";
    for (target, shows) in [
        ("/proc/self/environ", secret),
        ("/etc/passwd", "root:"),
        ("/dev/zero", "\0"),
    ] {
        let p = Project::new("", &[]);
        std::fs::remove_file(p.file("facts.yaml")).unwrap();
        std::os::unix::fs::symlink(target, p.file("facts.yaml")).unwrap();
        let out = p.run_env(&["check"], &[("FACTSHEET_TEST_TOKEN", secret)]);
        refused(
            &out,
            "cannot read `facts.yaml`: it leads out of its folder through a link",
            shows,
        );
    }
}

/// Makes a named pipe at `path`; false where the system cannot.
fn fifo(path: &Path) -> bool {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mkfifo cannot make {}", path.display());
    }
    made
}

/// A source whose `file` is the facts file "finds" every quote, as the quotes are written in it:
/// it is refused, by its own name and through a link.
#[test]
fn the_facts_file_is_no_source_of_its_own_quotes() {
    let invented = GOOD_FACT.replace("One million people have fled", "Aliens landed in Kherson");
    let p = Project::new(
        &facts(&invented).replace("file: a.txt", "file: facts.yaml"),
        &[],
    );
    let out = p.check();
    let hit = out.one("source-file-missing", 8, 11);
    assert!(hit.message.contains("is a facts file"), "{hit:?}");
    assert_eq!(out.code, Some(1));
    #[cfg(unix)]
    {
        let p = Project::new(&facts(&invented), &[]);
        std::os::unix::fs::symlink("facts.yaml", p.file("a.txt")).unwrap();
        p.check().one("source-file-missing", 8, 11);
    }
}

/// A file saved in another encoding than UTF-8 (UTF-16 is what Windows Notepad and
/// PowerShell's `>` write) is named as such, with the command that converts it.
#[test]
fn a_file_in_another_encoding_says_which_and_how_to_convert_it() {
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(
            "One million people have fled."
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let p = Project::new(&facts(GOOD_FACT), &[("a.txt", &utf16)]);
    let hit = p.check().one("source-file-missing", 8, 11);
    assert!(
        hit.message.contains(
            "`a.txt` is UTF-16 text (it starts with UTF-16's byte-order mark), not UTF-8: save \
             it as UTF-8; `iconv -f utf-16 -t utf-8 a.txt` prints it so"
        ),
        "{hit:?}"
    );
    let p = Project::new(&facts(GOOD_FACT), &[("a.txt", b"caf\xe9")]);
    let hit = p.check().one("source-file-missing", 8, 11);
    assert!(
        hit.message.contains("(byte 4 is not valid UTF-8)")
            && hit.message.contains("`iconv -f ENCODING -t utf-8 a.txt`"),
        "{hit:?}"
    );
    // The fact base's settings.
    let p = Project::new(&facts(GOOD_FACT), &[("a.txt", ARTICLE.as_bytes())]);
    std::fs::write(p.file("factsheet.toml"), &utf16).unwrap();
    let out = p.run(&["check"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("factsheet.toml:1:1: `factsheet.toml` is UTF-16 text"),
        "{}",
        out.stderr
    );
    // A template.
    let p = Project::new(&facts(GOOD_FACT), &[("a.txt", ARTICLE.as_bytes())]);
    std::fs::create_dir(p.file("templates")).unwrap();
    std::fs::write(p.file("templates/briefing.md"), &utf16).unwrap();
    let out = p.run(&["generate", "--format", "md"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("`templates/briefing.md` is UTF-16 text"),
        "{}",
        out.stderr
    );
    std::fs::write(p.file("facts.yaml"), &utf16).unwrap();
    let hit = p.check().one("invalid-yaml", 1, 1);
    assert!(
        hit.message.contains("`facts.yaml` is UTF-16 text"),
        "{hit:?}"
    );
}

// Row 6: a pipe where a file should be, for each file factsheet reads or writes; and a device.
#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_without_waiting() {
    // A source.
    let p = Project::new(&facts(GOOD_FACT), &[]);
    if !fifo(&p.file("a.txt")) {
        return;
    }
    let hit = p.check().one("source-file-missing", 8, 11);
    assert!(hit.message.contains("is not a regular file"), "{hit:?}");
    // A device, through a link inside the folder, and by its own path.
    std::fs::remove_file(p.file("a.txt")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", p.file("a.txt")).unwrap();
    p.check().one("source-file-outside", 8, 11);
    let p = Project::new(
        &facts(GOOD_FACT).replace("file: a.txt", "file: /dev/zero"),
        &[],
    );
    p.check().one("source-file-outside", 8, 11);

    // The facts file.
    let p = Project::new("", &[]);
    std::fs::remove_file(p.file("facts.yaml")).unwrap();
    assert!(fifo(&p.file("facts.yaml")));
    let out = p.run(&["check"]);
    refused(
        &out,
        "cannot read `facts.yaml`: it is not a regular file",
        "\0",
    );

    // The facts file piped in: `/dev/stdin` leads to a pipe that has no path of its own.
    let p = good_project();
    let out = assert_cmd::Command::cargo_bin("factsheet")
        .unwrap()
        .args(["check", "--facts", "/dev/stdin"])
        .current_dir(p.path())
        .write_stdin(std::fs::read(p.file("facts.yaml")).unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(
            "cannot read `/dev/stdin`: it is not a regular file (a folder, pipe or device)"
        ),
        "{said}"
    );

    // A template.
    let p = good_project();
    std::fs::create_dir(p.file("templates")).unwrap();
    assert!(fifo(&p.file("templates/fact.html")));
    let out = p.run(&["generate"]);
    refused(
        &out,
        "cannot read template `templates/fact.html`: it is not a regular file",
        "\0",
    );
    assert_eq!(names(&p.file("output")), Vec::<String>::new());

    // A briefing's place in the output folder.
    let p = good_project();
    std::fs::create_dir(p.file("output")).unwrap();
    assert!(fifo(&p.file("output/briefing.md")));
    for args in [&["generate"][..], &["generate", "--check"]] {
        let out = p.run(args);
        refused(
            &out,
            "cannot write `output/briefing.md`: it is not a file; move it out of the way",
            "\0",
        );
    }
    assert_eq!(names(&p.file("output")), ["briefing.md"]);
}

// Row 7: a template that links out of the templates folder, and a link to `/` in it.
#[cfg(unix)]
#[test]
fn templates_that_link_out_of_their_folder_are_not_read() {
    let secret = "factsheet-test-secret-7";
    for (target, shows) in [("/proc/self/environ", secret), ("/etc/passwd", "root:")] {
        let p = good_project();
        std::fs::create_dir(p.file("templates")).unwrap();
        std::os::unix::fs::symlink(target, p.file("templates/fact.html")).unwrap();
        let out = p.run_env(&["generate"], &[("FACTSHEET_TEST_TOKEN", secret)]);
        refused(
            &out,
            "cannot read template `templates/fact.html`: it leads out of its folder",
            shows,
        );
        assert!(!p.file("output").exists());
    }
    let p = good_project();
    std::fs::create_dir(p.file("templates")).unwrap();
    std::os::unix::fs::symlink("/", p.file("templates/root")).unwrap();
    // Only the templates in use are read: a link nothing includes is not entered.
    assert_eq!(p.run(&["generate"]).code, Some(0));
    // An include through it, or by a path that leads out, is refused.
    for name in ["root/etc/passwd", "../facts.yaml", "/etc/passwd"] {
        let fact = format!("{{% include \"{name}\" %}}");
        std::fs::write(p.file("templates/fact.html"), fact).unwrap();
        let out = p.run(&["generate"]);
        refused(&out, "it leads out of its folder", "root:");
    }
    // Nor can a template read the environment (tera's `get_env` is not there).
    let p = with_fact_template("{{ get_env(name=\"HOME\") }}");
    let out = p.run(&["generate"]);
    refused(&out, "Unknown function `get_env`", "");
    // The templates folder itself may not lead out of the project either.
    let outside = tempfile::tempdir().unwrap();
    let p = good_project();
    std::os::unix::fs::symlink(outside.path(), p.file("templates")).unwrap();
    let out = p.run(&["generate"]);
    refused(
        &out,
        "the templates folder `templates` is outside the project",
        "",
    );
}

/// A project whose templates folder holds `fact.html` with `template`.
fn with_fact_template(template: &str) -> Project {
    let p = good_project();
    std::fs::create_dir(p.file("templates")).unwrap();
    std::fs::write(p.file("templates/fact.html"), template).unwrap();
    p
}

// Row 8: templates that run for ever, write without end, or grow a text until memory runs out.
#[test]
fn templates_that_never_end_are_stopped_with_nothing_written() {
    let p = with_fact_template(
        "{% for a in range(end=100000) %}{% for b in range(end=100000) %}{% endfor %}{% endfor %}",
    );
    let out = p.run_env(&["generate"], &[("FACTSHEET_TIME_LIMIT", "2")]);
    refused(
        &out,
        "the templates took more than 2 s to render, factsheet's limit",
        "",
    );
    assert!(out.stderr.contains("nothing was written"), "{}", out.stderr);
    assert!(!p.file("output").exists());
    // Set but empty is unset; a word is told.
    let p = good_project();
    assert_eq!(
        p.run_env(&["generate"], &[("FACTSHEET_TIME_LIMIT", "")])
            .code,
        Some(0)
    );
    let out = p.run_env(&["generate"], &[("FACTSHEET_TIME_LIMIT", "soon")]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.contains("give a whole number"), "{}", out.stderr);

    let line = "x".repeat(1000);
    let p = with_fact_template(&format!(
        "{{% for a in range(end=20000) %}}{line}{{% endfor %}}"
    ));
    let out = p.run(&["generate"]);
    refused(
        &out,
        "template `fact.html` (templates/fact.html) wrote more than factsheet's limit of 16 MB \
         for fact `fled` (a loop in the template?)",
        "",
    );
    assert!(!p.file("output").exists());

    let p = with_fact_template(
        "{% set s = \"xxxxxxxx\" %}{% for a in range(end=40) %}{% set_global s = s ~ s %}{% endfor %}{{ s }}",
    );
    let out = p.run_env(&["generate"], &[("FACTSHEET_MEMORY_LIMIT", "300")]);
    refused(&out, "over factsheet's limit of 300 MB", "");
    assert!(!p.file("output").exists());
}

// Row 9: the temporary files of a run that was killed are removed by the next run.
#[test]
fn a_killed_runs_temporary_files_are_removed_by_the_next() {
    let p = good_project();
    std::fs::create_dir(p.file("output")).unwrap();
    let leftovers = [".briefing.html.a1B2c3.tmp", ".briefing.md.Zz9yX8.tmp"];
    for name in leftovers {
        std::fs::write(p.file(&format!("output/{name}")), vec![b'x'; 1 << 20]).unwrap();
    }
    std::fs::write(p.file("output/.notes.tmp"), "someone else's").unwrap();
    // Comparing writes nothing, and removes nothing.
    assert_eq!(p.run(&["generate", "--check"]).code, Some(1));
    assert_eq!(names(&p.file("output")).len(), 3);
    let out = p.run(&["generate"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        names(&p.file("output")),
        [".notes.tmp", "briefing.html", "briefing.md"]
    );
}

// Row 9 too: `pin` and `add-source`, which edit the facts file the same way, remove what a
// killed run of theirs left beside it.
#[test]
fn a_killed_edits_temporary_file_is_removed_by_the_next_edit() {
    let p = good_project();
    std::fs::write(p.file(".facts.yaml.a1B2c3.tmp"), "half an edit").unwrap();
    std::fs::write(p.file(".notes.tmp"), "someone else's").unwrap();
    let out = p.run(&["pin"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(!p.file(".facts.yaml.a1B2c3.tmp").exists());
    assert!(p.file(".notes.tmp").exists());
}

// Row 10: a run waits while another holds the output folder, so the two briefings always come
// from one run; and the briefings that a kill between the two renames left are made a pair again.
#[cfg(unix)]
#[test]
fn two_runs_at_once_write_one_after_the_other() {
    let p = good_project();
    std::fs::create_dir(p.file("output")).unwrap();
    let folder = std::fs::File::open(p.file("output")).unwrap();
    folder.lock().unwrap();
    let mut run = std::process::Command::new(assert_cmd::cargo::cargo_bin("factsheet"))
        .arg("generate")
        .current_dir(p.path())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(2));
    let waited = run.try_wait().unwrap().is_none();
    let written = names(&p.file("output"));
    folder.unlock().unwrap();
    let status = run.wait().unwrap();
    assert!(waited, "the run did not wait for the folder");
    assert_eq!(written, Vec::<String>::new(), "written while locked");
    assert!(status.success());
    assert_eq!(names(&p.file("output")), ["briefing.html", "briefing.md"]);

    // A kill between the renames: one briefing new, the other old. The next run renders both
    // from the same facts and replaces the one that is not.
    let html = std::fs::read_to_string(p.file("output/briefing.html")).unwrap();
    std::fs::write(p.file("output/briefing.html"), "from an older run").unwrap();
    let out = p.run(&["generate"]);
    assert_eq!(
        out.stdout,
        "unchanged output/briefing.md\nupdated output/briefing.html\n"
    );
    assert_eq!(
        std::fs::read_to_string(p.file("output/briefing.html")).unwrap(),
        html
    );
}

// Row 11: an output folder that links out of the project, and a briefing that links out.
#[cfg(unix)]
#[test]
fn output_that_links_out_of_the_project_is_not_written_or_read() {
    use std::os::unix::fs::PermissionsExt;
    let outside = tempfile::tempdir().unwrap();
    let p = good_project();
    std::os::unix::fs::symlink(outside.path(), p.file("output")).unwrap();
    for args in [&["generate"][..], &["generate", "--check"]] {
        let out = p.run(args);
        refused(
            &out,
            "the output folder `output` is outside the project",
            "",
        );
    }
    assert_eq!(names(outside.path()), Vec::<String>::new());
    let out = p.run(&["generate", "--out", outside.path().to_str().unwrap()]);
    refused(&out, "is outside the project", "");

    // A briefing that is a link to a private file outside, which holds what the run renders:
    // it is not read (the run says "updated", not "unchanged"), and it is replaced by a file
    // of its own, with the permissions a new briefing gets.
    let p = good_project();
    assert_eq!(p.run(&["generate"]).code, Some(0));
    let private = outside.path().join("private.md");
    std::fs::copy(p.file("output/briefing.md"), &private).unwrap();
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::remove_file(p.file("output/briefing.md")).unwrap();
    std::os::unix::fs::symlink(&private, p.file("output/briefing.md")).unwrap();
    let out = p.run(&["generate"]);
    assert_eq!(
        out.stdout,
        "updated output/briefing.md\nunchanged output/briefing.html\n"
    );
    let md = std::fs::symlink_metadata(p.file("output/briefing.md")).unwrap();
    let html = std::fs::metadata(p.file("output/briefing.html")).unwrap();
    assert!(md.is_file(), "the link is replaced by a file");
    assert_eq!(md.permissions().mode(), html.permissions().mode());
    assert_eq!(
        std::fs::metadata(&private).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

// Row 13: a source in `.git/`, where the repository keeps its credentials.
#[test]
fn a_source_in_dot_git_is_never_read() {
    let token = "ghp_factsheetTestToken13";
    let config = format!("[http]\n\textraheader = AUTHORIZATION: basic {token}\n");
    for file in [".git/config", "sources/../.git/config", "./.git/config"] {
        let text = facts(
            "  - id: f\n    statement: s\n    topic: T\n    sources:\n      - source: a\n        \
             quote: \"extraheader = AUTHORIZATION\"\n",
        )
        .replace("file: a.txt", &format!("file: \"{file}\""));
        let p = Project::new(&text, &[(".git/config", config.as_bytes())]);
        std::fs::create_dir_all(p.file("sources")).unwrap();
        let out = p.run(&["check"]);
        assert_eq!(out.code, Some(1), "{}", out.stderr);
        assert!(
            out.stdout.contains("error[source-file-outside]")
                || out.stderr.contains("error[source-file-outside]"),
            "{file}: {}{}",
            out.stdout,
            out.stderr
        );
        assert!(!out.stdout.contains(token) && !out.stderr.contains(token));
        let r = p.check();
        r.none("quote-not-found");
    }
}

// Row 4's printer, and any file with many findings: at most 100 of a rule are printed, each
// message and line shown within bounds; JSON lists every finding whole.
#[test]
fn what_is_printed_stays_bounded_however_many_and_long_the_findings() {
    let long = "y".repeat(5000);
    // Every fact on one line of 750 KB, each with a quote whose second part is not in the file.
    let list: Vec<String> = (0..150)
        .map(|i| {
            format!(
                "{{id: f{i}, statement: s, topic: T, claimed_by: X, verified_by: me, sources: \
                 [{{source: a, quote: \"One million people ... {long}\"}}]}}"
            )
        })
        .collect();
    let text = facts("").replace("facts:\n", &format!("facts: [{}]\n", list.join(", ")));
    let p = Project::new(&text, &[("a.txt", ARTICLE.as_bytes())]);
    let out = p.run(&["check"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert_eq!(out.stdout.matches("error[quote-not-found]").count(), 100);
    assert!(
        out.stdout.contains(
            "… and 50 more `quote-not-found` findings, not shown (at most 100 of a rule are; \
             `--format json` lists them all)"
        ),
        "{}",
        &out.stdout[out.stdout.len().saturating_sub(2000)..]
    );
    assert!(
        out.stdout
            .contains("more bytes; `--format json` gives the whole message)"),
        "long messages are cut"
    );
    assert!(out.stdout.len() < 400_000, "{} bytes", out.stdout.len());
    let out = p.run(&["check", "--format", "github"]);
    assert_eq!(out.stdout.lines().count(), 101);
    assert!(out.stdout.len() < 400_000, "{} bytes", out.stdout.len());
    let r = p.check();
    let misses = r.of("quote-not-found");
    assert_eq!(misses.len(), 150);
    assert!(misses.iter().all(|m| m.message.contains(&long)));
}

// A statement of 20,000 years over a quote of 20,000 numbers: each year of the statement read
// the quote and its sentence again (minutes); each text is now read once.
#[test]
fn a_statement_of_thousands_of_years_reads_its_quote_once() {
    let quote = format!("There were {}people", "2001 ".repeat(20_000));
    let statement = "2000 ".repeat(20_000);
    let fact = format!(
        "  - id: y\n    statement: \"{statement}\"\n    topic: T\n    sources:\n      - source: a\n        \
         quote: \"{quote}\"\n    verified_by: me\n"
    );
    let p = Project::new(
        &facts(&fact),
        &[("a.txt", format!("{quote}.\n").as_bytes())],
    );
    let r = p.check();
    let years = r.of("year-not-in-quote");
    assert_eq!(years.len(), 1, "{:?}", r.hits());
    r.none("quote-not-found");
}

/// `count` sources `regional-news-N` without a file, and a fact for each citing the id
/// `cited(N)`.
fn citing(count: usize, cited: impl Fn(usize) -> String) -> String {
    let mut text = format!("{BRIEFING}sources:\n");
    for i in 0..count {
        text += &format!("  - {{id: regional-news-{i:05}, title: A, publisher: P}}\n");
    }
    text += "facts:\n";
    for i in 0..count {
        text += &format!(
            "  - {{id: f{i}, statement: \"It happened.\", topic: T, sources: [{{source: {}}}], \
             verified_by: me}}\n",
            cited(i)
        );
    }
    text
}

// Each unknown id was compared with every declared one: a bulk rename of thousands of ids took
// minutes to report. A misspelt id is now looked up once however often it is cited (pinned by
// `nearest`'s own tests); here each of its thousands of citations still gets the suggestion.
#[test]
fn an_id_misspelt_in_thousands_of_citations_gets_its_suggestion_in_each() {
    let p = Project::new(&citing(6000, |_| "regional-nwes-00042".to_owned()), &[]);
    let unknown = p.check().of("unknown-source");
    assert_eq!(unknown.len(), 6000);
    let hint = "; did you mean `regional-news-00042`?";
    assert!(
        unknown.iter().all(|u| u.message.ends_with(hint)),
        "{:?}",
        unknown[0]
    );
}

// Thousands of different misspelt ids: the first are told the id meant; once the run's budget
// of comparisons is spent the rest are told without one, the same on every run.
#[test]
fn thousands_of_misspelt_ids_are_reported_in_time_and_the_same_each_run() {
    let p = Project::new(&citing(6000, |i| format!("regional-nwes-{i:05}")), &[]);
    let messages = |p: &Project| -> Vec<String> {
        p.check()
            .of("unknown-source")
            .into_iter()
            .map(|u| u.message)
            .collect()
    };
    let first = messages(&p);
    assert_eq!(first.len(), 6000);
    assert!(
        first[0].ends_with("; did you mean `regional-news-00000`?"),
        "{}",
        first[0]
    );
    assert!(!first[5999].contains("did you mean"), "{}", first[5999]);
    assert_eq!(messages(&p), first);
}

// Each unknown link of a statement counted the same words before it again, in the statement and
// in the file: a statement of a few hundred kilobytes of links took minutes. They are now placed
// in one pass (`Context::at_words_each`); here the last of 20,000 is still where it stands.
#[test]
fn each_of_thousands_of_unknown_links_of_one_statement_is_placed_where_it_stands() {
    let links = "[x](#fact-nope) ".repeat(20_000);
    let fact = format!(
        "  - id: l\n    statement: \"{links}\"\n    topic: T\n    sources:\n      - source: a\n        \
         quote: \"One million people have fled\"\n    verified_by: me\n"
    );
    let p = Project::new(&facts(&fact), &[("a.txt", ARTICLE.as_bytes())]);
    let unknown = p.check().of("link-unknown");
    assert_eq!(unknown.len(), 20_000);
    // The last link, where the line has it: after the indent, `statement: "` and 19,999 links.
    let last = &unknown[19_999];
    assert_eq!((last.line, last.column), (11, 5 + 12 + 19_999 * 16 + 4));
}

// A transcript without full stops is one sentence of megabytes, and the rules read the whole
// sentence around each of its quotes: a few hundred quotes took minutes. They now read the
// words near the quote (pinned by `placed`'s own tests), and find the same here: each quote is
// there, once, and says the statement.
#[test]
fn hundreds_of_quotes_of_one_sentence_of_a_megabyte_are_found_and_draw_nothing() {
    let clauses: Vec<String> = (0..40_000)
        .map(|i| format!("and the convoy reached Velka{i} safely"))
        .collect();
    let text = format!("Officials said {}.\n", clauses.join(" "));
    let cited: String = (0..400)
        .map(|k| {
            format!(
                "  - {{id: f{k}, statement: \"The convoy reached Velka{i}.\", topic: T, \
                 sources: [{{source: a, quote: \"the convoy reached Velka{i} safely\"}}], \
                 claimed_by: Officials, verified_by: me}}\n",
                i = k * 100
            )
        })
        .collect();
    let p = Project::new(&facts(&cited), &[("a.txt", text.as_bytes())]);
    let r = p.check();
    assert_eq!(r.hits(), [], "{:#?}", r.hits());
    assert_eq!(r.code, Some(0));
}

// A link that leads back to itself (`ln -s a a`, or two that name each other) is named as one,
// with what to do, wherever factsheet meets it: not the system's "Too many levels of symbolic
// links".
#[cfg(unix)]
#[test]
fn links_in_a_loop_are_named_wherever_they_are() {
    use std::os::unix::fs::symlink;
    const SAID: &str = "it is a link that leads back to itself, directly or through other links";
    let p = good_project();
    symlink("loop.yaml", p.file("loop.yaml")).unwrap();
    refused(&p.run(&["check", "--facts", "loop.yaml"]), SAID, "");
    symlink("page-b.html", p.file("page-a.html")).unwrap();
    symlink("page-a.html", p.file("page-b.html")).unwrap();
    refused(
        &p.run(&["add-source", "page-a.html", "--id", "b"]),
        SAID,
        "",
    );
    std::fs::create_dir(p.file("templates")).unwrap();
    symlink("fact.html", p.file("templates/fact.html")).unwrap();
    refused(
        &p.run(&["generate"]),
        "template `templates/fact.html`: it is a link",
        "",
    );
    assert!(!p.file("output").exists());
    std::fs::remove_file(p.file("a.txt")).unwrap();
    symlink("a.txt", p.file("a.txt")).unwrap();
    let report = p.check();
    let hit = report.one("source-file-missing", 8, 11);
    assert!(hit.message.contains(SAID), "{}", hit.message);
}
