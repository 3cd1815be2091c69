//! Which way a number says something went: `rose 5%` up, `fell 5%` down, `doubled` twice as
//! much. Read in the few words right before a number (and `below zero` after it), so that a
//! statement that turns a change around ("rose 5%" for "fell 5%") is told from one that keeps
//! it, and `rose 100%` is the change that `doubled` names.

use super::{Tok, Token, Value};

/// The way a change went, and the word that says so, as a message names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trend {
    pub up: bool,
    pub word: &'static str,
}

/// Words right before a number that say what it counts went down: "fell 2.1%", "down 5".
const FALLING: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "falling",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "declines",
    "shrank",
    "shrunk",
    "shrink",
    "shrinks",
    "contracted",
    "contraction",
    "down",
    "lost",
    "lose",
    "loses",
    "decreased",
    "decrease",
    "slid",
    "slipped",
    "plunged",
    "plummeted",
    "sank",
    "tumbled",
    "lower",
];

/// Words right before a number that say what it counts went up: "rose 5%", "grew 2.1%".
const RISING: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "grew",
    "grow",
    "grows",
    "growing",
    "grown",
    "increased",
    "increase",
    "increases",
    "increasing",
    "up",
    "gained",
    "gain",
    "gains",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "surged",
    "soared",
    "expanded",
    "expand",
    "expands",
    "higher",
];

/// The change a verb of multiplying names, as how many times: "doubled" is 2. Only the forms
/// of the verb: "double" and "triple" are as often adjectives ("a double murder").
const TIMES: &[(&str, u128)] = &[
    ("doubled", 2),
    ("doubles", 2),
    ("doubling", 2),
    ("tripled", 3),
    ("triples", 3),
    ("tripling", 3),
    ("trebled", 3),
    ("trebles", 3),
    ("trebling", 3),
    ("quadrupled", 4),
    ("quadruples", 4),
    ("quadrupling", 4),
];

/// How many times the verb at `i` multiplies (`doubled` is 2), when it is one of `TIMES`.
pub(super) fn times(toks: &[Tok<'_>], i: usize) -> Option<Value> {
    let Token::Word(w) = toks.get(i)?.token else {
        return None;
    };
    let n = TIMES
        .iter()
        .find_map(|&(t, n)| t.eq_ignore_ascii_case(w).then_some(n))?;
    Some(Value::from_integer(n))
}

/// The way the words right before a number (`fell`, `up`, `shrank by`) or right after it
/// (`below zero`) say what it counts went, with the word. Reads a few words on each side only:
/// a text without spaces would be read to its end for each number.
pub(super) fn trend(before: &str, after: &str) -> Option<Trend> {
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(40))..];
    let mut near = (tail.rsplit(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(3)
        .peekable();
    // "fell to 15C" and "rose from 10" give where it went or started, not by how much: a
    // level keeps its own sign.
    let level = near.peek().is_some_and(|w| {
        ["to", "at", "from"]
            .iter()
            .any(|l| l.eq_ignore_ascii_case(w))
    });
    let find =
        |list: &[&'static str], w: &str| list.iter().copied().find(|f| f.eq_ignore_ascii_case(w));
    if !level {
        for w in near {
            if let Some(word) = find(FALLING, w) {
                return Some(Trend { up: false, word });
            }
            if let Some(word) = find(RISING, w) {
                return Some(Trend { up: true, word });
            }
        }
    }
    let mut previous = "";
    for word in after[..after.floor_char_boundary(40)]
        .split_whitespace()
        .take(4)
    {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if previous.eq_ignore_ascii_case("below")
            && (word.eq_ignore_ascii_case("zero") || word.eq_ignore_ascii_case("freezing"))
        {
            return Some(Trend {
                up: false,
                word: "below zero",
            });
        }
        previous = word;
    }
    None
}
