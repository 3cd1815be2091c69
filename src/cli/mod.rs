//! The command line, defined once: parsing, `--help`, completions and the man pages all read
//! [`command`], which is the derived definition with each command's help (`help.rs`) added.

pub mod completions;
pub mod help;
pub mod man;

use crate::color::When;
use crate::render::Format as BriefingFormat;
use crate::report::Format;
use crate::report::diff::Format as DiffFormat;
use clap::builder::{PossibleValue, PossibleValuesParser, StringValueParser, TypedValueParser};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "factsheet",
    version,
    about = "Check a hand-verified facts.yaml against its sources and render it into briefings",
    long_about = "factsheet checks facts.yaml (every fact sourced, every quote in its article, \
                  every number in its quote) and renders it through templates into a Markdown \
                  and an HTML briefing.",
    propagate_version = true
)]
pub struct Cli {
    // Each subcommand has its own `--quiet`, which says what it leaves out there (`command`).
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print what was read, and how long each stage took and the peak memory so far (on
    /// standard error)
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// When to colour the output: auto colours a terminal, unless NO_COLOR is set (or
    /// FORCE_COLOR or CLICOLOR_FORCE forces it); the flag wins over the environment
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = When::Auto)]
    pub color: When,
    #[command(subcommand)]
    pub command: Command,
}

/// The command line: the derived definition with each command's help after its options and its
/// own description of `--quiet`.
pub fn command() -> clap::Command {
    build(false)
}

/// The command line as the completion scripts offer it: `--verbose` only where it prints
/// something (the scripts would offer even a hidden option).
pub fn completed_command() -> clap::Command {
    build(true)
}

fn build(for_completions: bool) -> clap::Command {
    let mut cli = Cli::command();
    // Each subcommand gets the global `--quiet` as its own, with its own help: clap then does
    // not copy the global one there, and `factsheet --quiet check` still sets the same flag.
    let quiet = (cli.get_arguments())
        .find(|arg| arg.get_id() == "quiet")
        .cloned();
    let verbose = (cli.get_arguments())
        .find(|arg| arg.get_id() == "verbose")
        .cloned();
    if for_completions {
        cli = cli.mut_arg("verbose", |arg| arg.global(false));
    }
    help::HELP.iter().fold(cli, |cli, help| {
        if help.command.is_empty() {
            let cli = cli.mut_arg("quiet", |arg| arg.help(help.quiet));
            return cli.after_help(help.after_help());
        }
        let mut own_quiet = quiet.clone().map(|arg| arg.help(help.quiet));
        if for_completions && !help.verbose {
            // No `--verbose` there for it to conflict with.
            own_quiet = own_quiet.map(|arg| arg.conflicts_with(clap::builder::Resettable::Reset));
        }
        // `--verbose` where it prints nothing: still accepted, hidden from the help and man
        // page, and left out of the completions.
        let own_verbose = match (help.verbose, for_completions) {
            (false, false) => verbose.clone().map(|arg| arg.hide(true)),
            (true, true) => verbose.clone().map(|arg| arg.global(false)),
            _ => None,
        };
        cli.mut_subcommand(help.command, |sub| {
            let sub = sub.after_help(help.after_help());
            (own_quiet.into_iter().chain(own_verbose)).fold(sub, |sub, arg| sub.arg(arg))
        })
    })
}

/// Parses the arguments; the error is clap's, to print and exit with (code 2 for bad usage).
pub fn parse(args: &[OsString]) -> Result<Cli, clap::Error> {
    let mut command = command();
    let matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run every check on the facts file and print the findings
    Check(CheckArgs),
    /// Check the facts, then render briefing.md and/or briefing.html (or briefing.json) into the
    /// output folder
    Generate(GenerateArgs),
    /// List the facts added, removed and changed between two versions of a facts file
    #[command(
        override_usage = "factsheet diff [OPTIONS] <OLD> <NEW>\n       factsheet diff [OPTIONS] --since <GIT_REV> [--facts <FILE>]"
    )]
    Diff(DiffArgs),
    /// Add a source from a saved web page or a text file: write its text to sources/ID.txt and
    /// append its entry, with its sha256, to the facts file
    AddSource(AddSourceArgs),
    /// Write or update the sha256 of sources' files in the facts file (all sources with a file,
    /// or those named)
    Pin(PinArgs),
    /// Print what a rule checks, why it matters, and how to fix a finding
    Explain(ExplainArgs),
    /// Start a new fact base: an example facts.yaml, its source, the schema, .gitignore,
    /// factsheet.toml and a GitHub workflow
    Init(InitArgs),
    /// Find the passage of a source that words come closest to, and print it ready to paste
    /// as a quote, with its line and column
    Quote(QuoteArgs),
    /// Draft candidate facts from a source's text, best first, each with its score and the
    /// reasons for it
    Suggest(SuggestArgs),
    /// Print the JSON Schema of facts.yaml (for editors; shipped as facts.schema.json), or of
    /// briefing.json
    Schema(SchemaArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Print the man page of factsheet or of one of its commands (roff), or write them all
    #[command(
        // clap would name only the form it was parsing when the two forms are mixed.
        override_usage = "factsheet man [OPTIONS] [COMMAND]\n       factsheet man [OPTIONS] --out <DIR>"
    )]
    Man(ManArgs),
}

/// The facts file's option, the same on every command that reads one.
const FACTS_HELP: &str = "The facts file [default: facts.yaml, in the current folder or the \
                          nearest folder above it that has one]";

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
    /// Who wrote it [default: the page's byline]
    #[arg(long, value_name = "NAME")]
    pub author: Option<String>,
    /// The day you read or saved it, YYYY-MM-DD
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub accessed: Option<String>,
    /// The address (http or https) of an archived copy, e.g. on web.archive.org
    #[arg(long, value_name = "URL")]
    pub archive_url: Option<String>,
    /// The article's language, a BCP 47 tag such as de or fr-CH: how its numbers are read
    /// [default: the page's]
    #[arg(long, value_name = "TAG")]
    pub language: Option<String>,
    #[arg(long, value_name = "FILE", help = FACTS_HELP)]
    pub facts: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PinArgs {
    /// The sources to pin [default: every source with a file]
    #[arg(value_name = "SOURCE_ID")]
    pub ids: Vec<String>,
    #[arg(long, value_name = "FILE", help = FACTS_HELP)]
    pub facts: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to start the fact base in (created if missing)
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Print the schema of briefing.json (`generate --format json`) instead (JSON Schema
    /// draft 2020-12)
    #[arg(long)]
    pub briefing: bool,
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
    #[arg(long, value_name = "FILE", help = FACTS_HELP)]
    pub facts: Option<PathBuf>,
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
    #[arg(long, value_name = "FILE", help = FACTS_HELP)]
    pub facts: Option<PathBuf>,
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
    #[arg(long, value_name = "FILE", help = FACTS_HELP)]
    pub facts: Option<PathBuf>,
    /// How to print the findings
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[arg(long, value_name = "FILE", help = FACTS_HELP)]
    pub facts: Option<PathBuf>,
    /// A folder of templates that replace the built-in ones file by file
    /// (briefing.html, briefing.css, briefing.md, fact.html, fact.md, fact-notes.md)
    /// [default: templates beside the facts file found, or in the current folder with --facts,
    /// when it exists]
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// The output folder [default: output beside the facts file found, or in the current folder
    /// with --facts]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Which briefings to render: md, html, json, or all (md and html); a list gives several
    /// (md,json)
    #[arg(
        long,
        value_enum,
        value_name = "FORMAT",
        value_delimiter = ',',
        default_value = "all"
    )]
    pub format: Vec<BriefingFormat>,
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
    /// The facts file, with --since [default: facts.yaml, in the current folder or the nearest
    /// folder above it that has one]
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
    #[arg(value_name = "RULE", value_parser = RuleName, hide_possible_values = true)]
    pub rule: Option<String>,
    /// Explain every rule
    #[arg(long, conflicts_with = "rule")]
    pub all: bool,
}

/// A rule's name: any text (`explain` says what is wrong with an unknown one, and names the
/// nearest), with the names of the rules table offered to shell completion.
#[derive(Clone, Debug)]
struct RuleName;

impl TypedValueParser for RuleName {
    type Value = String;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(command, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let rules = crate::rules::RULES.iter();
        Some(Box::new(rules.map(|info| {
            PossibleValue::new(info.name).help(info.summary)
        })))
    }
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print, factsheet-COMMAND(1) [default: factsheet(1)]
    #[arg(value_name = "COMMAND", value_parser = PossibleValuesParser::new(help::commands()))]
    pub command: Option<String>,
    /// Write every page (factsheet.1 and factsheet-COMMAND.1) into this folder instead of
    /// printing one
    #[arg(long, value_name = "DIR", conflicts_with = "command")]
    pub out: Option<PathBuf>,
}
