//! What each command's `--help` says after its options, and its man page says in DESCRIPTION,
//! EXIT STATUS, ENVIRONMENT and EXAMPLES: written once here, and read by both.

/// A command's help beyond its options.
pub struct Help {
    /// The subcommand's name; empty for `factsheet` itself.
    pub command: &'static str,
    /// Paragraphs that say more than the one-line description.
    pub notes: &'static [&'static str],
    pub examples: &'static [Example],
    /// Each exit code and when the command ends with it.
    pub exit: &'static [(u8, &'static str)],
    /// What `--quiet` leaves out for this command.
    pub quiet: &'static str,
    /// Whether `--verbose` prints anything here (the commands that read the facts file or a
    /// source do); where it does not, the help does not offer it.
    pub verbose: bool,
    /// The tables of variables this command reads besides the colour ones (`color::VARIABLES`).
    pub environment: &'static [&'static [(&'static str, &'static str)]],
}

pub struct Example {
    pub line: &'static str,
    /// Shown after the line as a `#` comment; empty for none.
    pub comment: &'static str,
}

const fn ex(line: &'static str, comment: &'static str) -> Example {
    Example { line, comment }
}

/// What `--quiet` says on a command that prints only what it is asked for.
macro_rules! quiet_changes_nothing {
    ($what:literal) => {
        concat!("Changes nothing here: this command prints only ", $what)
    };
}

const COULD_NOT_RUN: &str = "it could not run: bad usage, or a file that cannot be read";

/// git, which `--since` runs.
const GIT: &[(&str, &str)] = &[("PATH", "where git is found, for --since")];
/// rayon's, for its pool of threads (`check` and `render` run on every core).
const THREADS: &[(&str, &str)] = &[(
    "RAYON_NUM_THREADS",
    "how many threads to check and render on [default: one per core]; the output is the same",
)];
/// Where the paths of `check --format github` and `--format sarif` start (`repository`).
const WORKSPACE: &[(&str, &str)] = &[(
    crate::repository::WORKSPACE,
    "the root of the repository, from which --format github and sarif name files (when it is \
     not set: the nearest folder at or above this one that holds .git, else this one)",
)];
/// The threads, the template watch's limits (`render::watch`), and git.
const RENDER: &[&[(&str, &str)]] = &[THREADS, crate::render::watch::VARIABLES, GIT];

/// The help of `factsheet` itself, then of each subcommand in the order of `--help`.
pub const HELP: &[Help] = &[
    Help {
        command: "",
        verbose: true,
        notes: &[
            "Without --facts, a command looks for facts.yaml in the current folder, then in each \
             folder above it, as cargo finds Cargo.toml; the output and templates folders, \
             factsheet.toml and the sources are then those beside the facts file found.",
        ],
        examples: &[
            ex(
                "factsheet init kherson-brief && cd kherson-brief",
                "a fact base to start from",
            ),
            ex("factsheet check", ""),
            ex(
                "factsheet generate",
                "output/briefing.md and output/briefing.html",
            ),
            ex("factsheet explain quote-not-found", ""),
        ],
        exit: &[
            (
                0,
                "no finding of severity error (with --strict, no warning either); for generate --check, the output is current",
            ),
            (
                1,
                "a finding that fails the run, a facts file that does not fit the format, or stale output",
            ),
            (
                2,
                "the command could not run: bad usage, no facts file found, a path that cannot be read or written, a template that fails to render, a factsheet.toml that cannot be used",
            ),
        ],
        quiet: "Print less: what each command leaves out is in its --help",
        environment: &[THREADS, crate::render::watch::VARIABLES, GIT, WORKSPACE],
    },
    Help {
        command: "check",
        verbose: true,
        notes: &[
            "factsheet.toml beside the facts file can set each rule's severity (README.md: \
             Severities).",
        ],
        examples: &[
            ex("factsheet check", ""),
            ex(
                "factsheet check --facts briefs/kherson/facts.yaml --format json",
                "",
            ),
            ex("factsheet check --format github --strict", ""),
            ex(
                "factsheet check --format sarif > factsheet.sarif",
                "for GitHub code scanning",
            ),
        ],
        exit: &[
            (
                0,
                "no finding of severity error (with --strict, no warning either)",
            ),
            (
                1,
                "an error (with --strict, a warning), or a facts file that does not fit the format",
            ),
            (
                2,
                "it could not run: bad usage, no facts file found or one that cannot be read, a factsheet.toml that cannot be used",
            ),
        ],
        quiet: "Print the findings only, without the summary line that counts them (json and \
                github print none anyway)",
        environment: &[THREADS, WORKSPACE],
    },
    Help {
        command: "generate",
        verbose: true,
        notes: &[],
        examples: &[
            ex("factsheet generate", ""),
            ex("factsheet generate --format html", ""),
            ex(
                "factsheet generate --templates my-templates --out public",
                "",
            ),
            ex(
                "factsheet generate --format all,json",
                "and briefing.json, the data",
            ),
            ex(
                "factsheet generate --check",
                "in CI: fail when output/ is not current",
            ),
            ex(
                "factsheet generate --since HEAD~1",
                "with a \"What changed\" section at the top",
            ),
        ],
        exit: &[
            (
                0,
                "the briefings were written (with --check: they are current)",
            ),
            (
                1,
                "the check found an error, so nothing was written; with --check, a briefing is missing or not current",
            ),
            (
                2,
                "it could not run: bad usage, a path that cannot be read or written, a template that fails to render or runs past its limits, an unknown --since revision",
            ),
        ],
        quiet: "Print only the findings and errors (on standard error): not their summary line, \
                nor the files written or that the output is current",
        environment: RENDER,
    },
    Help {
        command: "diff",
        verbose: true,
        notes: &[],
        examples: &[
            ex("factsheet diff old/facts.yaml facts.yaml", ""),
            ex(
                "factsheet diff --since HEAD",
                "facts.yaml against its last commit",
            ),
            ex(
                "factsheet diff --since v1.0 --facts briefs/kherson/facts.yaml --format md",
                "",
            ),
            ex("factsheet diff --since main --format json", ""),
        ],
        exit: &[
            (
                0,
                "the versions were compared, whether or not anything changed",
            ),
            (1, "a version does not fit the facts format"),
            (
                2,
                "it could not run: bad usage, a file that cannot be read, git missing or an unknown revision",
            ),
        ],
        quiet: "Print the changes only, without the summary line that counts them (json and md \
                are not changed)",
        environment: &[GIT],
    },
    Help {
        command: "add-source",
        verbose: false,
        notes: &[
            "PAGE is a saved web page (recognised by its content, whatever its name), whose \
             article text and metadata (title, byline as the author, site name, publication date, \
             address) are extracted, or a text file, copied as it is (UTF-8, LF line ends). The flags give what \
             the page does not, and win over it. The rest of the facts file is kept byte for byte.",
        ],
        examples: &[
            ex(
                "factsheet add-source ~/Downloads/kherson.html --accessed 2022-03-03",
                "",
            ),
            ex(
                "factsheet add-source kherson.html --id kherson-bbc --publisher \"BBC News\"",
                "",
            ),
            ex(
                "factsheet add-source article.txt --title \"Kherson falls\" --published 2022-03-02",
                "",
            ),
            ex(
                "factsheet add-source article.txt --url https://example.org/kherson",
                "",
            ),
            ex(
                "factsheet add-source a.html --author \"Jane Doe\" --archive-url https://archive.org/a",
                "",
            ),
        ],
        exit: &[
            (0, "the source was added"),
            (
                2,
                "nothing was written: bad usage, a page that cannot be read, an id or sources/ID.txt already taken, a facts file that does not load",
            ),
        ],
        quiet: "Print nothing when the source is added: not the file written, the values found, \
                nor the next steps",
        environment: &[],
    },
    Help {
        command: "pin",
        verbose: false,
        notes: &[
            "Only the sha256 lines change: an existing value is replaced, a missing one is put \
             after the source's `file:` line.",
        ],
        examples: &[ex("factsheet pin", ""), ex("factsheet pin opoyi wsj", "")],
        exit: &[
            (0, "every pin is written, or was current"),
            (
                2,
                "nothing was written: bad usage, an unknown source, a file that cannot be read, a facts file that does not load",
            ),
        ],
        quiet: "Print nothing when the pins are written: not each source's old and new sha256",
        environment: &[],
    },
    Help {
        command: "explain",
        verbose: false,
        notes: &[],
        examples: &[
            ex("factsheet explain", "lists the rules"),
            ex("factsheet explain quote-not-found", ""),
            ex("factsheet explain --all", ""),
        ],
        exit: &[
            (0, "the rules were explained"),
            (2, "an unknown rule, or bad usage"),
        ],
        quiet: quiet_changes_nothing!("the explanations"),
        environment: &[],
    },
    Help {
        command: "init",
        verbose: false,
        notes: &[],
        examples: &[
            ex("factsheet init kherson-brief", ""),
            ex(
                "cd kherson-brief && factsheet check && factsheet generate",
                "",
            ),
        ],
        exit: &[
            (0, "the fact base was written"),
            (
                2,
                "nothing was written over a file that exists, or a file could not be written",
            ),
        ],
        quiet: "Print nothing: not the files created, nor the next steps",
        environment: &[],
    },
    Help {
        command: "quote",
        verbose: true,
        notes: &[],
        examples: &[
            ex(
                "factsheet quote opoyi \"taken the regional centre of Kherson\"",
                "",
            ),
            ex(
                "factsheet quote wsj \"the worst is yet to come\" --facts briefs/kherson/facts.yaml",
                "",
            ),
            ex(
                "factsheet quote --quiet opoyi \"660,000 individuals\"",
                "the quote: line only",
            ),
        ],
        exit: &[
            (0, "a passage was found"),
            (
                1,
                "none resembles the words, or the facts file does not fit the format",
            ),
            (2, "an unknown source or one without a file, or bad usage"),
        ],
        quiet: "Print the `quote:` line only: not where the passage is, the passage as the file \
                has it, nor how it differs from the words",
        environment: &[],
    },
    Help {
        command: "suggest",
        verbose: true,
        notes: &["Sentences that a fact quotes already are left out unless --all."],
        examples: &[
            ex(
                "factsheet suggest opoyi >> drafts.yaml",
                "paste them under facts:, check, reword",
            ),
            ex("factsheet suggest wsj --limit 5", ""),
            ex("factsheet suggest wsj --format json --all", ""),
        ],
        exit: &[
            (0, "the drafts were printed (none, when no sentence scores)"),
            (1, "the facts file does not fit the format"),
            (
                2,
                "an unknown source or one without a file, a file that cannot be read, or bad usage",
            ),
        ],
        quiet: quiet_changes_nothing!("the drafts"),
        environment: &[],
    },
    Help {
        command: "schema",
        verbose: false,
        notes: &[],
        examples: &[
            ex("factsheet schema > facts.schema.json", ""),
            ex("factsheet schema --briefing > briefing.schema.json", ""),
        ],
        exit: &[(0, "the schema was printed"), (2, COULD_NOT_RUN)],
        quiet: quiet_changes_nothing!("the schema"),
        environment: &[],
    },
    Help {
        command: "completions",
        verbose: false,
        notes: &[
            "The scripts complete the commands, options, their values and the rule names of \
             `factsheet explain`.",
        ],
        examples: &[
            ex(
                "factsheet completions bash > ~/.local/share/bash-completion/completions/factsheet",
                "",
            ),
            ex("factsheet completions zsh > ~/.zfunc/_factsheet", ""),
            ex(
                "factsheet completions fish > ~/.config/fish/completions/factsheet.fish",
                "",
            ),
            ex("factsheet completions powershell >> $PROFILE", ""),
        ],
        exit: &[
            (0, "the script was printed"),
            (2, "an unknown shell, or bad usage"),
        ],
        quiet: quiet_changes_nothing!("the script"),
        environment: &[],
    },
    Help {
        command: "man",
        verbose: false,
        notes: &[
            "factsheet(1) names a page for each command, factsheet-COMMAND(1); --out writes them \
             all, to install in a folder that man searches.",
        ],
        examples: &[
            ex("factsheet man > factsheet.1 && man ./factsheet.1", ""),
            ex("factsheet man check | man -l -", ""),
            ex(
                "factsheet man --out ~/.local/share/man/man1",
                "every page, for man factsheet-check",
            ),
        ],
        exit: &[
            (0, "the page was printed, or the pages written"),
            (
                2,
                "an unknown command, a folder that cannot be written, or bad usage",
            ),
        ],
        quiet: "Print nothing with --out: not the pages written (without --out, only the page \
                is printed anyway)",
        environment: &[],
    },
];

/// The help of `command` ("" for factsheet itself).
pub fn of(command: &str) -> Option<&'static Help> {
    HELP.iter().find(|h| h.command == command)
}

/// The subcommands' names, in the order of `--help`.
pub fn commands() -> impl Iterator<Item = &'static str> {
    HELP.iter().map(|h| h.command).filter(|c| !c.is_empty())
}

impl Help {
    /// What `--help` shows after the options: the notes, the examples and the exit codes.
    pub fn after_help(&self) -> String {
        let mut out = String::new();
        for note in self.notes {
            out.push_str(note);
            out.push_str("\n\n");
        }
        out.push_str("Examples:\n");
        for example in self.examples {
            out.push_str(&format!("  {}\n", example.shown()));
        }
        out.push_str("\nExit codes:\n");
        for (code, when) in self.exit {
            // Wrapped here, with the text's own indent: clap would wrap it to the margin.
            let when = crate::format::wrap(when, 80).replace('\n', "\n     ");
            out.push_str(&format!("  {code}  {when}\n"));
        }
        out.trim_end().to_owned()
    }
}

impl Example {
    /// The line as `--help` shows it: with its comment after a `#`.
    pub fn shown(&self) -> String {
        if self.comment.is_empty() {
            self.line.to_owned()
        } else {
            format!("{}    # {}", self.line, self.comment)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_fit_a_help_line_so_that_they_can_be_pasted() {
        // clap wraps --help at 100 columns; a wrapped example is two broken commands.
        for help in HELP {
            for example in help.examples {
                let shown = example.shown();
                assert!(shown.len() + 2 <= 100, "too long to show whole: {shown}");
                assert!(example.line.starts_with("factsheet ") || example.line.starts_with("cd "));
            }
            assert!(
                !help.examples.is_empty() && !help.exit.is_empty(),
                "{}",
                help.command
            );
        }
    }
}
