//! Colour, decided by `--color` and the environment: the real binary, its output a pipe (never
//! a terminal here), on a fixture project with findings.

use assert_cmd::Command;

/// The variables that decide colour; each run starts without any of them.
const COLOUR_VARIABLES: &[&str] = &[
    "NO_COLOR",
    "FORCE_COLOR",
    "CLICOLOR_FORCE",
    "CLICOLOR",
    "TERM",
];

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// `factsheet ARGS` in the every-rule fixture, with only the colour variables given.
fn run(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::cargo_bin("factsheet").expect("the binary");
    for name in COLOUR_VARIABLES {
        command.env_remove(name);
    }
    let out = command
        .args(args)
        .envs(env.iter().copied())
        .current_dir("tests/fixtures/every-rule")
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run factsheet");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Whether the text holds an ANSI escape (colour or bold).
fn coloured(text: &str) -> bool {
    text.contains("\x1b[")
}

#[test]
fn always_colours_the_findings_even_into_a_pipe_and_never_does_not() {
    let always = run(&["check", "--color", "always"], &[]);
    assert_eq!(always.code, Some(1));
    assert!(coloured(&always.stdout), "{}", always.stdout);
    let never = run(&["check", "--color", "never"], &[]);
    assert_eq!(never.code, Some(1));
    assert!(!coloured(&never.stdout), "{}", never.stdout);
    assert!(never.stdout.contains("error[source-hash-mismatch]"));
    // Without the escapes, the coloured findings are the plain ones.
    assert_eq!(strip(&always.stdout), never.stdout);
    // The flag is global: before the command too, and in the findings generate prints.
    let before = run(&["--color=always", "generate", "--check"], &[]);
    assert_eq!(before.code, Some(1));
    assert!(coloured(&before.stderr), "{}", before.stderr);
}

#[test]
fn a_pipe_gets_no_colour_unless_forced() {
    let plain = run(&["check"], &[]);
    assert!(!coloured(&plain.stdout), "{}", plain.stdout);
    for (name, value) in [
        ("FORCE_COLOR", "1"),
        ("CLICOLOR_FORCE", "1"),
        ("FORCE_COLOR", "yes"),
    ] {
        let forced = run(&["check"], &[(name, value)]);
        assert!(coloured(&forced.stdout), "{name}={value} gives no colour");
    }
    for (name, value) in [
        ("FORCE_COLOR", "0"),
        ("FORCE_COLOR", ""),
        ("CLICOLOR_FORCE", "0"),
    ] {
        let not = run(&["check"], &[(name, value)]);
        assert!(!coloured(&not.stdout), "{name}={value} forces colour");
    }
    // Forcing wins over CLICOLOR=0 and TERM=dumb.
    let forced = run(
        &["check"],
        &[("FORCE_COLOR", "1"), ("CLICOLOR", "0"), ("TERM", "dumb")],
    );
    assert!(coloured(&forced.stdout));
}

#[test]
fn no_color_beats_every_variable_but_not_the_flag() {
    let forced = [
        ("NO_COLOR", "1"),
        ("FORCE_COLOR", "1"),
        ("CLICOLOR_FORCE", "1"),
    ];
    let out = run(&["check"], &forced);
    assert!(!coloured(&out.stdout), "{}", out.stdout);
    let out = run(&["check", "--color", "always"], &forced);
    assert!(coloured(&out.stdout));
    // An empty NO_COLOR is not set.
    let out = run(&["check"], &[("NO_COLOR", ""), ("FORCE_COLOR", "1")]);
    assert!(coloured(&out.stdout));
    // --color never wins over forcing.
    let out = run(&["check", "--color", "never"], &[("FORCE_COLOR", "1")]);
    assert!(!coloured(&out.stdout));
}

#[test]
fn clap_messages_follow_the_same_decision() {
    let refused = run(&["--color", "always", "chek"], &[]);
    assert_eq!(refused.code, Some(2));
    assert!(coloured(&refused.stderr), "{}", refused.stderr);
    let plain = run(&["--color", "never", "chek"], &[("FORCE_COLOR", "1")]);
    assert_eq!(plain.code, Some(2));
    assert!(!coloured(&plain.stderr), "{}", plain.stderr);
    assert!(plain.stderr.contains("similar"), "{}", plain.stderr);
    let help = run(&["check", "--help"], &[("FORCE_COLOR", "1")]);
    assert!(coloured(&help.stdout));
    let help = run(
        &["check", "--help"],
        &[("NO_COLOR", "1"), ("FORCE_COLOR", "1")],
    );
    assert!(!coloured(&help.stdout));
    let bad = run(&["check", "--color", "purple"], &[]);
    assert_eq!(bad.code, Some(2));
    assert!(
        bad.stderr
            .contains("[possible values: auto, always, never]"),
        "{}",
        bad.stderr
    );
}

/// The text without its ANSI escapes (`ESC [ ... m`).
fn strip(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("\x1b[") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        rest = after.find('m').map_or("", |end| &after[end + 1..]);
    }
    out.push_str(rest);
    out
}
