//! `factsheet.toml`: the severities a fact base sets for its rules, beside its facts file.
//!
//! A project decides how strict it is (two sources for every fact, no fact unverified), as it
//! can with ruff or Vale. Only the rules of what factsheet promises (`Rule::promised`) are fixed:
//! a file that lowers one could hide an unsourced fact or a misquote, so it is refused.

use crate::error::RunError;
use crate::files::{self, Refused};
use crate::load::de::nearest;
use crate::rules::{Rule, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;

/// The file's name, in the folder that holds the facts file.
pub const FILE_NAME: &str = "factsheet.toml";

/// The largest `factsheet.toml` read: a table of some twenty rules is a few hundred bytes.
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// What each error message ends with, so that any mistake says what the file should hold.
const FORMAT_HINT: &str = "factsheet.toml holds a `[rules]` table of lines such as \
    `single-source = \"warning\"` (README.md, section Severities)";

/// What a rule can be set to: a severity, or `off`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    Error,
    Warning,
    Info,
    /// The rule's findings are dropped: not shown, not counted.
    Off,
}

impl Setting {
    const NAMES: [(&'static str, Setting); 4] = [
        ("error", Setting::Error),
        ("warning", Setting::Warning),
        ("info", Setting::Info),
        ("off", Setting::Off),
    ];

    fn from_name(name: &str) -> Option<Setting> {
        Setting::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| *s)
    }

    fn name(self) -> &'static str {
        Setting::NAMES
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("", |(n, _)| n)
    }

    /// The severity of the rule's findings; `None` for `off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Setting::Error => Some(Severity::Error),
            Setting::Warning => Some(Severity::Warning),
            Setting::Info => Some(Severity::Info),
            Setting::Off => None,
        }
    }
}

/// The severities a run uses: each rule's own, except those the fact base set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The file they were read from, as shown in messages; `None` when there is none.
    pub path: Option<String>,
    /// The rules the file sets, in the order it sets them.
    pub set: Vec<(Rule, Setting)>,
}

impl Config {
    /// The severity of `rule`'s findings in this run; `None` when the rule is off.
    pub fn severity(&self, rule: Rule) -> Option<Severity> {
        match self.set.iter().find(|(r, _)| *r == rule) {
            Some((_, setting)) => setting.severity(),
            None => Some(rule.severity()),
        }
    }

    /// True when every rule keeps its own severity, so findings need not be looked at.
    pub fn is_default(&self) -> bool {
        self.set
            .iter()
            .all(|(rule, s)| s.severity() == Some(rule.severity()))
    }

    /// What `--verbose` says about it: "factsheet.toml (2 rules set: unverified off, ...)".
    pub fn describe(&self) -> String {
        let Some(path) = &self.path else {
            return format!("no {FILE_NAME}: every rule at its own severity");
        };
        let listed: Vec<String> = self
            .set
            .iter()
            .map(|(rule, setting)| format!("{rule} {}", setting.name()))
            .collect();
        match listed.len() {
            0 => format!("{path} (no rule set)"),
            1 => format!("{path} (1 rule set: {})", listed[0]),
            n => format!("{path} ({n} rules set: {})", listed.join(", ")),
        }
    }
}

/// Reads `factsheet.toml` from `folder` (the folder of the facts file); no file gives each rule
/// its own severity. A file that cannot be read safely, or that says something wrong, is an
/// `Err`: the run must not go on with severities other than those the project set.
pub fn load(folder: &Path) -> Result<Config, RunError> {
    let path = folder.join(FILE_NAME);
    let shown = if folder == Path::new(".") {
        FILE_NAME.to_owned()
    } else {
        crate::load::display(&path)
    };
    let bytes = match read(folder, &path) {
        Ok(bytes) => bytes,
        Err(Refused::Missing) if path.symlink_metadata().is_err() => return Ok(Config::default()),
        // A link that leads nowhere is a mistake to report, not an absent file.
        Err(Refused::Missing) => {
            return Err(RunError(format!(
                "cannot read `{shown}`: it is a link to a file that does not exist"
            )));
        }
        Err(why) => return Err(RunError(format!("cannot read `{shown}`: {why}"))),
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let at = position(&String::from_utf8_lossy(valid), valid.len());
        let why = files::not_utf8(&shown, e.as_bytes(), valid.len());
        RunError(format!("{shown}:{at}: {why}"))
    })?;
    parse(&text, &shown)
}

/// The file's bytes, read only inside `folder`, as every file factsheet reads.
fn read(folder: &Path, path: &Path) -> Result<Vec<u8>, Refused> {
    let folder = files::real_folder(folder)?;
    let real = files::inside(&folder, path)?;
    files::read(&real, MAX_CONFIG_BYTES)
}

/// The file as written: `deny_unknown_fields`, so a misspelt `[rule]` is refused, not ignored.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// How many problems of `factsheet.toml` are printed: as many as findings of one rule.
const SHOWN_PROBLEMS: usize = 100;

/// Parses the text of `factsheet.toml`; `shown` names it in messages. Every problem of the
/// `[rules]` table is reported, each on its line, in the order of the file.
pub fn parse(text: &str, shown: &str) -> Result<Config, RunError> {
    let file: ConfigFile = toml::from_str(text).map_err(|e| {
        let start = e.span().map_or(0, |s| s.start);
        let at = position(text, start);
        let message = e.message().trim_end();
        // toml says "duplicate key" without the key: the key is at the span.
        if message.starts_with("duplicate key") {
            let key = (text.get(start..).unwrap_or(""))
                .split(['=', '\n', ']'])
                .next()
                .unwrap_or("")
                .trim();
            return RunError(format!(
                "{shown}:{at}: `{key}` is set twice (here and on a line above); keep one line \
                 for it and remove the other"
            ));
        }
        RunError(format!("{shown}:{at}: {message}; {FORMAT_HINT}"))
    })?;
    let mut entries: Vec<_> = file.rules.into_iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    let mut set = Vec::new();
    let (mut problems, mut more) = (Vec::new(), 0);
    for (key, value) in entries {
        match setting(&key, &value) {
            Ok(rule_setting) => set.push(rule_setting),
            // As many are printed as findings of a rule, and the rest counted (a file of
            // thousands of misspelt lines printed megabytes); each place is counted from the
            // start of the file, so only those printed are.
            Err(_) if problems.len() == SHOWN_PROBLEMS => more += 1,
            Err((offset, why)) => {
                problems.push(format!("{shown}:{}: {why}", position(text, offset)))
            }
        }
    }
    if problems.is_empty() {
        Ok(Config {
            path: Some(shown.to_owned()),
            set,
        })
    } else {
        // One message: a line for each problem, each said as the run's first one is.
        if more > 0 {
            problems.push(format!(
                "{shown}: {more} more problems like these, not shown"
            ));
        }
        Err(RunError(problems.join("\nerror: ")))
    }
}

/// The rule a line of `[rules]` sets, and to what; or where it is wrong and why.
fn setting(
    key: &Spanned<String>,
    value: &Spanned<String>,
) -> Result<(Rule, Setting), (usize, String)> {
    let name = key.get_ref().as_str();
    let Some(rule) = Rule::from_name(name) else {
        let names: Vec<&str> = Rule::names().collect();
        let why = match nearest(name, &names) {
            Some(near) => format!("unknown rule `{name}`; did you mean `{near}`?"),
            None => format!("unknown rule `{name}`; `factsheet explain --all` lists the rules"),
        };
        return Err((key.span().start, why));
    };
    let word = value.get_ref().as_str();
    let Some(setting) = Setting::from_name(word) else {
        let names = Setting::NAMES.map(|(n, _)| n);
        let near =
            nearest(word, &names).map_or(String::new(), |n| format!(" (did you mean \"{n}\"?)"));
        return Err((
            value.span().start,
            format!(
                "`{name}` cannot be set to \"{word}\"{near}: a rule is set to \"error\", \
                 \"warning\", \"info\" or \"off\""
            ),
        ));
    };
    if rule.promised() && setting != Setting::Error {
        return Err((
            key.span().start,
            format!(
                "`{name}` cannot be set to \"{word}\": it checks what factsheet promises (every \
                 fact sourced, every quote in its source, every source file the one checked), so \
                 it is always an error; fix what it finds instead, or remove this line"
            ),
        ));
    }
    Ok((rule, setting))
}

/// "line:column" (both from 1, the column in characters) of the byte `offset` of `text`.
fn position(text: &str, offset: usize) -> String {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    format!("{line}:{column}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RULES;

    fn error(text: &str) -> String {
        match parse(text, FILE_NAME) {
            Ok(config) => panic!("accepted: {config:?}"),
            Err(e) => e.0,
        }
    }

    #[test]
    fn rules_are_set_in_the_order_of_the_file_and_the_rest_keep_their_own() {
        let text = "# how strict\n[rules]\nsingle-source = \"warning\"\nunverified = \"off\"\n\
                    quote-not-found = \"error\"\nquote-ambiguous = 'info'\n";
        let config = parse(text, FILE_NAME).unwrap();
        assert_eq!(
            config.set,
            [
                (Rule::SingleSource, Setting::Warning),
                (Rule::Unverified, Setting::Off),
                (Rule::QuoteNotFound, Setting::Error),
                (Rule::QuoteAmbiguous, Setting::Info),
            ]
        );
        assert_eq!(config.severity(Rule::SingleSource), Some(Severity::Warning));
        assert_eq!(config.severity(Rule::Unverified), None);
        assert_eq!(config.severity(Rule::UnusedSource), Some(Severity::Warning));
        assert!(!config.is_default());
        assert_eq!(
            config.describe(),
            "factsheet.toml (4 rules set: single-source warning, unverified off, \
             quote-not-found error, quote-ambiguous info)"
        );
    }

    #[test]
    fn an_empty_file_or_one_that_restates_the_defaults_changes_nothing() {
        for text in ["", "[rules]\n", "[rules]\nunverified = \"warning\"\n"] {
            let config = parse(text, FILE_NAME).unwrap();
            assert!(config.is_default(), "{text:?}");
        }
        assert_eq!(
            Config::default().describe(),
            "no factsheet.toml: every rule at its own severity"
        );
    }

    #[test]
    fn what_factsheet_promises_cannot_be_lowered() {
        for rule in RULES.iter().filter(|r| r.rule.promised()) {
            for word in ["warning", "info", "off"] {
                let text = format!("[rules]\n\n{} = \"{word}\"\n", rule.name);
                let message = error(&text);
                assert!(
                    message.starts_with(&format!(
                        "factsheet.toml:3:1: `{}` cannot be set to \"{word}\": it checks what \
                         factsheet promises",
                        rule.name
                    )),
                    "{message}"
                );
            }
        }
    }

    #[test]
    fn slips_are_refused_at_their_line_and_column_with_the_nearest_name() {
        let cases = [
            (
                "[rules]\nsingle-sourc = \"warning\"\n",
                "factsheet.toml:2:1: unknown rule `single-sourc`; did you mean `single-source`?",
            ),
            (
                "[rules]\nzzz = \"off\"\n",
                "factsheet.toml:2:1: unknown rule `zzz`; `factsheet explain --all` lists the rules",
            ),
            (
                "[rules]\n  unverified  =  \"warn\"\n",
                "factsheet.toml:2:18: `unverified` cannot be set to \"warn\" (did you mean \
                 \"warning\"?): a rule is set to \"error\", \"warning\", \"info\" or \"off\"",
            ),
            (
                "[rules]\nunverified = \"never\"\n",
                "factsheet.toml:2:14: `unverified` cannot be set to \"never\": a rule is set to \
                 \"error\", \"warning\", \"info\" or \"off\"",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(error(text), expected);
        }
    }

    #[test]
    fn every_problem_of_the_table_is_told_each_at_its_line() {
        let text = "[rules]\nzzz = \"off\"\nquote-not-found = \"off\"\n";
        let message = error(text);
        let lines: Vec<&str> = message.lines().collect();
        assert_eq!(lines.len(), 2, "{message}");
        assert!(lines[0].starts_with("factsheet.toml:2:1: unknown rule `zzz`"));
        assert!(lines[1].starts_with("error: factsheet.toml:3:1: `quote-not-found`"));
    }

    #[test]
    fn toml_mistakes_say_where_and_what_the_file_holds() {
        let cases = [
            (
                "[rule]\nunverified = \"off\"\n",
                "1:2: unknown field `rule`, expected `rules`",
            ),
            ("unverified = \"off\"\n", "1:1: unknown field `unverified`"),
            (
                "[rules]\nunverified = off\n",
                "2:14: string values must be quoted",
            ),
            (
                "[rules]\nunverified = 1\n",
                "2:14: invalid type: integer `1`",
            ),
            ("[rules\n", "1:7: unclosed table"),
            ("[rules]\n\"é\" = 'x'\né = 1\n", "3:1: invalid unquoted key"),
        ];
        for (text, start) in cases {
            let message = error(text);
            assert!(
                message.starts_with(&format!("factsheet.toml:{start}")),
                "{text:?}: {message}"
            );
            assert!(message.ends_with(FORMAT_HINT), "{message}");
        }
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(position("ab\ncé d", 7), "2:4");
        assert_eq!(position("ab", 0), "1:1");
        // An offset inside a character, or past the end, is taken back to one it can name.
        assert_eq!(position("é", 1), "1:1");
        assert_eq!(position("ab", 99), "1:3");
    }
}
