//! `factsheet quote`: the passage of a source that words come closest to, ready to paste.

use super::{Outcome, print_err, print_out, source_text};
use crate::author::edit::quoted;
use crate::author::located::Located;
use crate::author::quote::{self, Found};
use crate::check::{differences_said, editors_words};
use crate::cli::QuoteArgs;
use crate::error::RunError;
use crate::log::Log;

pub(super) fn quote_command(args: &QuoteArgs, log: Log) -> Result<Outcome, RunError> {
    if !args.words.chars().any(char::is_alphanumeric) {
        return Err(RunError(
            "give the words to look for: factsheet quote SOURCE_ID \"words of the article\""
                .to_owned(),
        ));
    }
    let opened = match source_text::open(args.facts.as_deref(), &args.source, log)? {
        Ok(opened) => opened,
        Err(outcome) => return Ok(outcome),
    };
    let found = quote::find(&opened.original, &opened.text, &args.words);
    let at = |l: &Located| format!("{}:{}:{}", opened.path, l.line, l.column);
    let said = match &found {
        Found::Exact { parts, times } => {
            let times = match times {
                1 => String::new(),
                n => format!(
                    ", {n} times (the first is shown: quote more words, so that the quote \
                     names one place)"
                ),
            };
            let first = parts.first().map(at).unwrap_or_default();
            format!("{first}: found as it is{times}{}", too_short(&args.words))
        }
        Found::Closest {
            passage,
            differences,
        } => {
            let mut line = format!(
                "{}: not found as it is; the closest passage follows",
                at(passage)
            );
            for (n, what) in differences_said(differences).iter().enumerate() {
                let who = if n == 0 { "your words" } else { "they" };
                line.push_str(&format!("; {who} {}", plural(what)));
            }
            line.push_str(editors_words(&args.words));
            if let Some(other) = opened.elsewhere(&args.words) {
                line.push_str(&format!(
                    "; but source `{other}` has your words as they are: is it the one to cite?"
                ));
            }
            line
        }
        Found::Nothing => {
            let hint = match opened.elsewhere(&args.words) {
                Some(other) => format!("source `{other}` has them as they are"),
                None => format!("is `{}` the right source?", args.source),
            };
            print_err(&format!(
                "error: no passage of {} resembles \"{}\": none of its words is in the \
                 source ({hint})\n",
                opened.path,
                shortened(args.words.trim()),
            ));
            return Ok(Outcome::Failed);
        }
        Found::OverBudget => {
            print_err(&format!(
                "error: the search for the closest passage of {} gave up (its words are too \
                 common in a long text): give rarer words of the passage\n",
                opened.path
            ));
            return Ok(Outcome::Failed);
        }
    };
    let pasted = found.quote().unwrap_or_default();
    let mut out = String::new();
    if !log.quiet() {
        out.push_str(&format!("{said}\n{pasted}\n"));
    }
    out.push_str(&format!("quote: {}\n", quoted(&pasted)));
    print_out(&out)?;
    Ok(Outcome::Passed)
}

/// What `check` will say of words too few to pin down a passage, as `quote-ambiguous` counts
/// them; nothing for enough words.
fn too_short(words: &str) -> String {
    let normalized = crate::text::normalize(words);
    let n = crate::check::words_of(&crate::text::quote_parts(&normalized));
    if n >= crate::check::FEWEST_WORDS {
        return String::new();
    }
    let few = if n == 1 {
        "1 word is".to_owned()
    } else {
        format!("{n} words are")
    };
    format!(
        ", but {few} too few to pin down the passage (`check` warns quote-ambiguous): quote \
         more of the sentence"
    )
}

/// "adds `x`" said of "your words": "add `x`".
fn plural(what: &str) -> String {
    for (one, many) in [("adds ", "add "), ("leaves ", "leave "), ("has ", "have ")] {
        if let Some(rest) = what.strip_prefix(one) {
            return format!("{many}{rest}");
        }
    }
    what.to_owned()
}

/// The words given, cut to their first 80 characters with an ellipsis and their length when
/// longer: a message that echoed a whole pasted article would bury what it says.
fn shortened(words: &str) -> String {
    const SHOWN: usize = 80;
    let count = words.chars().count();
    if count <= SHOWN {
        return words.to_owned();
    }
    let start: String = words.chars().take(SHOWN).collect();
    format!("{}… ({count} characters)", start.trim_end())
}
