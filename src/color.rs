//! Whether what factsheet prints is in colour: decided once a run, from `--color` and the
//! environment, here and nowhere else. factsheet's two streams and clap's own messages (help,
//! usage errors) all follow the one decision.

use anstream::{AutoStream, ColorChoice};
use clap::ValueEnum;
use std::ffi::OsString;
use std::io::{IsTerminal, StderrLock, StdoutLock};
use std::sync::OnceLock;

/// The values of `--color`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum When {
    /// colour on a terminal, unless the environment says otherwise
    #[default]
    Auto,
    /// colour, even into a file or a pipe
    Always,
    /// no colour
    Never,
}

/// The variables that `--color auto` reads, strongest first, and what each does; the man pages
/// and the README list them from here.
pub const VARIABLES: &[(&str, &str)] = &[
    (
        "NO_COLOR",
        "when set and not empty, no colour (only --color always gives colour then)",
    ),
    (
        "FORCE_COLOR",
        "when set, not empty and not 0, colour even into a file or a pipe",
    ),
    ("CLICOLOR_FORCE", "the same as FORCE_COLOR"),
    ("CLICOLOR", "when 0, no colour"),
    ("TERM", "when dumb, no colour unless it is forced"),
];

/// What the flag and the environment decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Always,
    Never,
    /// Colour on a stream that is a terminal.
    OnTerminal,
}

/// The decision for `--color` in an environment (`var` looks a variable up). The flag wins;
/// then `NO_COLOR`, then `FORCE_COLOR` and `CLICOLOR_FORCE`, then `CLICOLOR=0` and
/// `TERM=dumb`, as the order of [`VARIABLES`] says.
pub fn decide(when: When, var: impl Fn(&str) -> Option<OsString>) -> Decision {
    let set = |name: &str| var(name).is_some_and(|v| !v.is_empty());
    let forced = |name: &str| var(name).is_some_and(|v| !v.is_empty() && v != "0");
    match when {
        When::Always => Decision::Always,
        When::Never => Decision::Never,
        When::Auto if set("NO_COLOR") => Decision::Never,
        When::Auto if forced("FORCE_COLOR") || forced("CLICOLOR_FORCE") => Decision::Always,
        When::Auto if var("CLICOLOR").is_some_and(|v| v == "0") => Decision::Never,
        When::Auto if var("TERM").is_some_and(|v| v == "dumb") => Decision::Never,
        When::Auto => Decision::OnTerminal,
    }
}

impl Decision {
    /// The choice for a stream, which is or is not a terminal; never `Auto`, so that the
    /// stream does not decide again by rules of its own.
    fn choice(self, terminal: bool) -> ColorChoice {
        match self {
            Decision::Always => ColorChoice::Always,
            Decision::OnTerminal if terminal => ColorChoice::Always,
            Decision::Never | Decision::OnTerminal => ColorChoice::Never,
        }
    }
}

static DECISION: OnceLock<Decision> = OnceLock::new();

/// Decides for this run, from the flag and the process's environment. The first call decides;
/// a run calls it once, before it prints anything.
pub fn set(when: When) {
    let _ = DECISION.set(decide(when, |name| std::env::var_os(name)));
}

fn decision() -> Decision {
    *DECISION.get_or_init(|| decide(When::Auto, |name| std::env::var_os(name)))
}

/// Standard output, coloured or not as decided.
pub fn stdout() -> AutoStream<StdoutLock<'static>> {
    let choice = decision().choice(std::io::stdout().is_terminal());
    AutoStream::new(std::io::stdout().lock(), choice)
}

/// Standard error, coloured or not as decided.
pub fn stderr() -> AutoStream<StderrLock<'static>> {
    let choice = decision().choice(std::io::stderr().is_terminal());
    AutoStream::new(std::io::stderr().lock(), choice)
}

/// Makes clap's next message (help on standard output, an error on standard error) follow the
/// decision: clap prints through anstream, which reads this global choice.
pub fn for_clap(on_stderr: bool) {
    let terminal = if on_stderr {
        std::io::stderr().is_terminal()
    } else {
        std::io::stdout().is_terminal()
    };
    ColorChoice::write_global(decision().choice(terminal));
}

/// The `--color` among command-line arguments that clap could not parse, so that its message
/// about them is coloured as the user asked; `auto` when there is none (or it is not valid).
pub fn flag_in(args: &[OsString]) -> When {
    let mut when = When::Auto;
    let mut rest = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default());
    while let Some(arg) = rest.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--color") {
            Some("") => rest.next(),
            Some(v) => v.strip_prefix('='),
            None => None,
        };
        if let Some(w) = value.and_then(|v| When::from_str(v, false).ok()) {
            when = w;
        }
    }
    when
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let vars: Vec<(String, String)> = (vars.iter())
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| {
            (vars.iter())
                .find(|(k, _)| k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn the_flag_wins_over_the_environment() {
        let no = env(&[("NO_COLOR", "1")]);
        assert_eq!(decide(When::Always, &no), Decision::Always);
        let forced = env(&[("FORCE_COLOR", "1"), ("CLICOLOR_FORCE", "1")]);
        assert_eq!(decide(When::Never, &forced), Decision::Never);
    }

    #[test]
    fn no_color_beats_every_variable() {
        let all = env(&[
            ("NO_COLOR", "1"),
            ("FORCE_COLOR", "1"),
            ("CLICOLOR_FORCE", "1"),
        ]);
        assert_eq!(decide(When::Auto, all), Decision::Never);
        // An empty NO_COLOR is not set (no-color.org).
        let empty = env(&[("NO_COLOR", ""), ("FORCE_COLOR", "1")]);
        assert_eq!(decide(When::Auto, empty), Decision::Always);
    }

    #[test]
    fn forcing_needs_a_value_that_is_not_0() {
        for (name, value, decision) in [
            ("FORCE_COLOR", "1", Decision::Always),
            ("FORCE_COLOR", "true", Decision::Always),
            ("FORCE_COLOR", "0", Decision::OnTerminal),
            ("FORCE_COLOR", "", Decision::OnTerminal),
            ("CLICOLOR_FORCE", "1", Decision::Always),
            ("CLICOLOR_FORCE", "0", Decision::OnTerminal),
            ("CLICOLOR", "0", Decision::Never),
            ("CLICOLOR", "1", Decision::OnTerminal),
            ("TERM", "dumb", Decision::Never),
        ] {
            let got = decide(When::Auto, env(&[(name, value)]));
            assert_eq!(got, decision, "{name}={value}");
        }
        let forced_dumb = env(&[("TERM", "dumb"), ("FORCE_COLOR", "1")]);
        assert_eq!(decide(When::Auto, forced_dumb), Decision::Always);
        assert_eq!(decide(When::Auto, env(&[])), Decision::OnTerminal);
    }

    #[test]
    fn only_a_terminal_gets_colour_when_nothing_forces_it() {
        assert_eq!(Decision::OnTerminal.choice(true), ColorChoice::Always);
        assert_eq!(Decision::OnTerminal.choice(false), ColorChoice::Never);
        assert_eq!(Decision::Always.choice(false), ColorChoice::Always);
        assert_eq!(Decision::Never.choice(true), ColorChoice::Never);
    }

    #[test]
    fn the_flag_is_found_in_arguments_clap_refused() {
        let args = |list: &[&str]| -> Vec<OsString> { list.iter().map(OsString::from).collect() };
        let found = |list: &[&str]| flag_in(&args(list));
        assert_eq!(
            found(&["factsheet", "check", "--color", "never", "-x"]),
            When::Never
        );
        assert_eq!(found(&["factsheet", "--color=always", "bad"]), When::Always);
        assert_eq!(found(&["factsheet", "--color=purple"]), When::Auto);
        assert_eq!(found(&["factsheet", "--", "--color=never"]), When::Auto);
        assert_eq!(found(&["factsheet", "--colorful"]), When::Auto);
    }
}
