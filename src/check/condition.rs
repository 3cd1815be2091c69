//! A condition dropped: a quote gives its claim on a condition ("will resume next week unless
//! the bridge is damaged again", ", pending approval by parliament", "only if the tax credit is
//! approved") and the statement states the claim with none. `hedge-dropped` reports it.

use super::verdict::keys;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// Words that open a condition wherever they stand ("if" only where `conditional_if` says).
const OPENERS: &[&str] = &[
    "unless",
    "only if",
    "provided that",
    "providing that",
    "as long as",
    "so long as",
    "on condition that",
    "on the condition that",
    "if",
];

/// Words that open a condition only after a comma: "..., pending approval by parliament",
/// "..., subject to a review"; not "cases pending before the court" nor "is subject to
/// sanctions".
const AFTER_A_COMMA: &[&str] = &[
    "pending",
    "subject to",
    "conditional on",
    "contingent on",
    "depending on",
];

/// Words right before "if" that make it "whether" ("asked if", "unclear if") or no condition
/// of the clause before it ("even if", "as if").
const NOT_A_CONDITION: &[&str] = &[
    "as",
    "even",
    "asked",
    "ask",
    "asks",
    "asking",
    "know",
    "knows",
    "knew",
    "see",
    "check",
    "decide",
    "decided",
    "wonder",
    "wondered",
    "whether",
    "what",
    "unclear",
    "clear",
    "sure",
    "unsure",
    "tell",
    "determine",
    "doubt",
    "question",
    "confirm",
    "say",
    "said",
];

/// Words after "if" that make an aside of it ("if any", "if not", "if so", "if ever").
const ASIDES: &[&str] = &["any", "not", "so", "ever", "anything", "confirmed"];

/// Modals of the clause a conditional "if" governs: "would begin on Friday if ...".
const MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "should", "shall", "must", "ll",
];

/// Words by which a statement keeps a condition, or a doubt of its own.
const KEEPS: &[&str] = &[
    "if",
    "unless",
    "pending",
    "subject",
    "provided",
    "providing",
    "condition",
    "conditions",
    "conditional",
    "contingent",
    "depend",
    "depends",
    "depending",
    "dependent",
    "only",
    "once",
    "when",
    "until",
    "could",
    "may",
    "might",
];

/// Words that open a new clause: the one a condition governs starts after the last of them.
const CLAUSE_OPENERS: &[&str] = &["and", "but", "while", "whereas", "which", "who"];

/// Finds a condition's first word in any case, within longer words too: a quick look before a
/// quote is read word by word.
static CONDITION_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "if",
            "unless",
            "provid",
            " long as",
            "condition",
            "pending",
            "subject to",
            "contingent",
            "depending",
        ])
        .expect("short words make an automaton")
});

/// A word of a text, lowercase and without the punctuation around it, and whether a comma,
/// semicolon or colon ends it as written.
struct Word {
    key: String,
    raw: String,
    stop: bool,
}

fn read(text: &str) -> Vec<Word> {
    (text.split_whitespace().take(200))
        .map(|raw| Word {
            key: raw
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase(),
            raw: raw.to_owned(),
            stop: raw.ends_with([',', ';', ':']),
        })
        .filter(|w| !w.key.is_empty())
        .collect()
}

/// Whether `ws[i..]` starts with the words of `phrase`.
fn starts(ws: &[Word], i: usize, phrase: &str) -> bool {
    let n = phrase.split(' ').count();
    (ws.get(i..i + n)).is_some_and(|s| s.iter().map(|w| w.key.as_str()).eq(phrase.split(' ')))
}

/// The condition opening at word `i`, as its first words: `comma` says a comma stands right
/// before it, `clause` is the clause before it (for a bare "if", which needs a modal there).
fn opens(ws: &[Word], i: usize, comma: bool, clause: &[Word]) -> bool {
    let opener = OPENERS.iter().find(|p| starts(ws, i, p));
    if let Some(&opener) = opener {
        if opener != "if" {
            return true;
        }
        let before = i.checked_sub(1).map(|p| ws[p].key.as_str());
        let aside = ws
            .get(i + 1)
            .is_some_and(|w| ASIDES.contains(&w.key.as_str()));
        let modal = clause.iter().any(|w| MODALS.contains(&w.key.as_str()));
        return modal && !aside && !before.is_some_and(|b| NOT_A_CONDITION.contains(&b));
    }
    comma && AFTER_A_COMMA.iter().any(|p| starts(ws, i, p))
}

/// The words of a condition from its opener to the end of its clause, at most eight.
fn shown(ws: &[Word]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for w in ws.iter().take(8) {
        out.push(w.raw.trim_end_matches(|c: char| !c.is_alphanumeric()));
        if w.stop || w.raw.ends_with(['.', '!', '?']) {
            break;
        }
    }
    out.join(" ")
}

/// The start of the last clause of `ws[..end]`: after the last comma, semicolon or word of
/// `CLAUSE_OPENERS` before its last word (whose comma ends that clause).
fn clause_start(ws: &[Word], end: usize) -> usize {
    (0..end.saturating_sub(1))
        .rev()
        .find(|&k| ws[k].stop || (k + 1 < end && CLAUSE_OPENERS.contains(&ws[k].key.as_str())))
        .map_or(0, |k| k + 1)
}

/// Whether the statement gives the clause: at least two of its longer words and half of them.
fn gives(statement: &[String], clause: &[Word]) -> bool {
    let long: Vec<&str> = (clause.iter())
        .map(|w| w.key.as_str())
        .filter(|k| k.chars().count() >= 4)
        .collect();
    let shared = long
        .iter()
        .filter(|k| statement.iter().any(|s| s == *k))
        .count();
    shared >= 2 && shared * 2 >= long.len()
}

/// The condition on the quote's claim that the statement gives, as written: in the quote,
/// after the clause the statement gives; or opening the words of its sentence right after it.
fn condition_of(statement: &[String], quote: &str, after: &str) -> Option<String> {
    let ws = read(quote);
    for i in 1..ws.len() {
        let clause = &ws[clause_start(&ws, i)..i];
        if opens(&ws, i, ws[i - 1].stop, clause) && gives(statement, clause) {
            return Some(shown(&ws[i..]));
        }
    }
    let comma = after.trim_start().starts_with(',');
    let rest = read(after.get(..after.floor_char_boundary(200))?);
    let clause = &ws[clause_start(&ws, ws.len())..];
    (!rest.is_empty() && opens(&rest, 0, comma, clause) && gives(statement, clause))
        .then(|| shown(&rest))
}

/// The message of `hedge-dropped` for a condition dropped: every quote gives the claim the
/// statement gives on a condition, and the statement keeps none (nor a doubt: could, may).
/// `quotes` are each quote with the words of its sentence before and after it.
pub fn condition_dropped(statement: &str, quotes: &[[&str; 3]]) -> Option<String> {
    let near = |q: &str, a: &str| {
        CONDITION_FINDER.is_match(q) || CONDITION_FINDER.is_match(&a[..a.floor_char_boundary(40)])
    };
    if !quotes.iter().all(|[_, q, a]| near(q, a)) {
        return None;
    }
    let stated = keys(statement);
    if stated.iter().any(|w| KEEPS.contains(&w.as_str())) {
        return None;
    }
    let mut first = None;
    for [_, quote, after] in quotes {
        let condition = condition_of(&stated, quote, after)?;
        first.get_or_insert(condition);
    }
    let condition = first?;
    Some(format!(
        "the quote gives the claim on a condition (\u{201c}{condition}\u{201d}), the statement \
         states it without one"
    ))
}
