//! The command line, defined once: parsing, `--help`, completions and the man page all read it.

use crate::render::Formats;
use crate::report::Format;
use crate::report::diff::Format as DiffFormat;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "factsheet",
    version,
    about = "Check a hand-verified facts.yaml against its sources and render it into briefings",
    long_about = "factsheet checks facts.yaml (every fact sourced, every quote in its article, \
                  every number in its quote) and renders it through templates into a Markdown \
                  and an HTML briefing.\n\nExit codes: 0 no error, 1 findings or stale output, \
                  2 could not run.",
    propagate_version = true
)]
pub struct Cli {
    /// Print findings only: no summary, no progress
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print what was read, and how long each stage took and the peak memory so far (on
    /// standard error)
    #[arg(long, short, global = true)]
    pub verbose: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run every check on the facts file and print the findings
    #[command(
        after_help = "Examples:\n  factsheet check\n  factsheet check --facts briefs/kherson/facts.yaml --format json\n  factsheet check --format github --strict\n\nfactsheet.toml beside the facts file can set each rule's severity (README.md: Severities)."
    )]
    Check(CheckArgs),
    /// Check the facts, then render briefing.md and/or briefing.html into the output folder
    #[command(
        after_help = "Examples:\n  factsheet generate\n  factsheet generate --format html\n  factsheet generate --templates my-templates --out public\n  factsheet generate --check    # in CI: fail when output/ is not current\n  factsheet generate --since HEAD~1    # with a \"What changed\" section at the top"
    )]
    Generate(GenerateArgs),
    /// List the facts added, removed and changed between two versions of a facts file
    #[command(
        override_usage = "factsheet diff [OPTIONS] <OLD> <NEW>\n       factsheet diff [OPTIONS] --since <GIT_REV> [--facts <FILE>]",
        after_help = "Examples:\n  factsheet diff old/facts.yaml facts.yaml\n  factsheet diff --since HEAD    # facts.yaml against its last commit\n  factsheet diff --since v1.0 --facts briefs/kherson/facts.yaml --format md\n  factsheet diff --since main --format json"
    )]
    Diff(DiffArgs),
    /// Add a source from a saved web page or a text file: write its text to sources/ID.txt and
    /// append its entry, with its sha256, to the facts file
    #[command(
        after_help = "PAGE is a saved web page (recognised by its content, whatever its name), whose \
                      article text and metadata (title, byline, site name, publication date, \
                      address) are extracted, or a text file, copied as it is (UTF-8, LF line \
                      ends). The flags give what the page does not, and win over it. The rest of \
                      the facts file is kept byte for byte.\n\nExamples:\n  factsheet add-source ~/Downloads/kherson.html\n  factsheet add-source kherson.html --id kherson-bbc --publisher \"BBC News\"\n  factsheet add-source article.txt --title \"Kherson falls\" --published 2022-03-02 --url https://example.org/a"
    )]
    AddSource(AddSourceArgs),
    /// Write or update the sha256 of sources' files in the facts file (all sources with a file,
    /// or those named)
    #[command(
        after_help = "Only the sha256 lines change: an existing value is replaced, a missing one \
                      is put after the source's `file:` line.\n\nExamples:\n  factsheet pin\n  factsheet pin opoyi wsj"
    )]
    Pin(PinArgs),
    /// Print what a rule checks, why it matters, and how to fix a finding
    #[command(
        after_help = "Examples:\n  factsheet explain    # lists the rules\n  factsheet explain quote-not-found\n  factsheet explain --all"
    )]
    Explain(ExplainArgs),
    /// Start a new fact base: an example facts.yaml, its source, the schema, .gitignore,
    /// factsheet.toml and a GitHub workflow
    #[command(
        after_help = "Examples:\n  factsheet init kherson-brief\n  cd kherson-brief && factsheet check && factsheet generate"
    )]
    Init(InitArgs),
    /// Find the passage of a source that words come closest to, and print it ready to paste
    /// as a quote, with its line and column
    #[command(
        after_help = "Examples:\n  factsheet quote opoyi \"taken the regional centre of Kherson\"\n  factsheet quote wsj \"the worst is yet to come\" --facts briefs/kherson/facts.yaml\n  factsheet quote --quiet opoyi \"660,000 individuals\"    # the quote: line only\n\nExit codes: 0 a passage was found, 1 none resembles the words, 2 an unknown source or one without a file."
    )]
    Quote(QuoteArgs),
    /// Draft candidate facts from a source's text, best first, each with its score and the
    /// reasons for it
    #[command(
        after_help = "Examples:\n  factsheet suggest opoyi >> drafts.yaml    # paste them under facts:, check, reword\n  factsheet suggest wsj --limit 5\n  factsheet suggest wsj --format json --all\n\nSentences that a fact quotes already are left out unless --all."
    )]
    Suggest(SuggestArgs),
    /// Print the JSON Schema of facts.yaml (for editors; shipped as facts.schema.json)
    #[command(after_help = "Examples:\n  factsheet schema > facts.schema.json")]
    Schema,
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  factsheet completions bash > ~/.local/share/bash-completion/completions/factsheet\n  factsheet completions zsh > ~/.zfunc/_factsheet\n  factsheet completions fish > ~/.config/fish/completions/factsheet.fish\n  factsheet completions powershell >> $PROFILE"
    )]
    Completions(CompletionsArgs),
    /// Print the man page (roff)
    #[command(after_help = "Examples:\n  factsheet man > factsheet.1 && man ./factsheet.1")]
    Man,
}

#[derive(Debug, Args)]
pub struct AddSourceArgs {
    /// The saved web page or text file
    #[arg(value_name = "PAGE")]
    pub page: PathBuf,
    /// The source's id [default: from the title, else from the file's name]
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// The article's address (http or https) [default: the page's]
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Who published it [default: the page's site name, else `unknown`]
    #[arg(long, value_name = "P")]
    pub publisher: Option<String>,
    /// The day it was published, YYYY-MM-DD [default: the page's]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<String>,
    /// The article's headline [default: the page's]
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// The facts file
    #[arg(long, value_name = "FILE", default_value = "facts.yaml")]
    pub facts: PathBuf,
}

#[derive(Debug, Args)]
pub struct PinArgs {
    /// The sources to pin [default: every source with a file]
    #[arg(value_name = "SOURCE_ID")]
    pub ids: Vec<String>,
    /// The facts file
    #[arg(long, value_name = "FILE", default_value = "facts.yaml")]
    pub facts: PathBuf,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to start the fact base in (created if missing)
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct QuoteArgs {
    /// The id of the source to look in (as in the facts file's `sources:`)
    #[arg(value_name = "SOURCE_ID")]
    pub source: String,
    /// The words to look for, as you remember them
    #[arg(value_name = "WORDS")]
    pub words: String,
    /// The facts file
    #[arg(long, value_name = "FILE", default_value = "facts.yaml")]
    pub facts: PathBuf,
}

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// The id of the source to draft facts from (as in the facts file's `sources:`)
    #[arg(value_name = "SOURCE_ID")]
    pub source: String,
    /// How many candidates to print, at most
    #[arg(long, value_name = "N", default_value_t = 20, value_parser = at_least_one)]
    pub limit: usize,
    /// How to print them
    #[arg(long, value_enum, default_value_t = crate::author::draft::Format::Yaml)]
    pub format: crate::author::draft::Format,
    /// Also suggest the sentences that a fact quotes already
    #[arg(long)]
    pub all: bool,
    /// The facts file
    #[arg(long, value_name = "FILE", default_value = "facts.yaml")]
    pub facts: PathBuf,
}

/// A count of 1 or more.
fn at_least_one(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err("give a whole number of 1 or more".to_owned()),
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The facts file
    #[arg(long, value_name = "FILE", default_value = "facts.yaml")]
    pub facts: PathBuf,
    /// How to print the findings
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The facts file
    #[arg(long, value_name = "FILE", default_value = "facts.yaml")]
    pub facts: PathBuf,
    /// A folder of templates that replace the built-in ones file by file
    /// (briefing.html, briefing.css, briefing.md, fact.html, fact.md, fact-notes.md)
    /// [default: templates, when it exists]
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// The output folder
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
    /// Which briefings to render
    #[arg(long, value_enum, default_value_t = Formats::All)]
    pub format: Formats,
    /// Write nothing; fail (exit 1) if the output folder is not what generate would write
    #[arg(long)]
    pub check: bool,
    /// Start the briefings with what changed since this git revision of the facts file
    /// (HEAD~1, a tag, a commit)
    #[arg(long, value_name = "GIT_REV")]
    pub since: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("versions").required(true).args(["old", "since"])))]
pub struct DiffArgs {
    /// The older facts file
    #[arg(value_name = "OLD", requires = "new")]
    pub old: Option<PathBuf>,
    /// The newer facts file
    #[arg(value_name = "NEW")]
    pub new: Option<PathBuf>,
    /// Compare the facts file with its version at this git revision (HEAD, HEAD~1, a tag, a
    /// commit) instead of two files
    #[arg(long, value_name = "GIT_REV")]
    pub since: Option<String>,
    /// The facts file, with --since [default: facts.yaml]
    #[arg(long, value_name = "FILE", requires = "since", conflicts_with = "old")]
    pub facts: Option<PathBuf>,
    /// How to print the changes
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule's name, as findings show it (e.g. quote-not-found); without it, the rules are
    /// listed
    #[arg(value_name = "RULE")]
    pub rule: Option<String>,
    /// Explain every rule
    #[arg(long, conflicts_with = "rule")]
    pub all: bool,
}
