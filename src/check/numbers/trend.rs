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
    "fallen",
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
    "lowered",
    "narrowed",
    "eased",
    "slowed",
    "slumped",
    "sunk",
    "dipped",
    "reduced",
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
    "raised",
    "widened",
    "accelerated",
    "rebounded",
    "leapt",
    "leaped",
    "spiked",
    "swelled",
];

/// Whether a word of change read by `trend` or `level` says it went up ("rose", "widened").
pub fn rising(word: &str) -> bool {
    RISING.iter().any(|r| r.eq_ignore_ascii_case(word))
}

/// Verbs by which a result beats the figure it was held against: "beat analysts' estimate of".
const BEATS: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "topped",
    "tops",
    "topping",
    "exceeded",
    "exceeds",
    "exceeding",
    "surpassed",
    "surpassing",
    "outpaced",
    "above",
];

/// Verbs by which a result falls short of the figure it was held against: "missed forecasts of".
const MISSES: &[&str] = &[
    "missed", "misses", "missing", "miss", "trailed", "trailing", "lagged", "short", "below",
];

/// Nouns for others' expectations of a figure: "analysts' estimate", "forecasts of 2%".
pub(in crate::check) const PREDICTIONS: &[&str] = &[
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "expectation",
    "expectations",
    "consensus",
    "projection",
    "projections",
];

/// Nouns for the figure one sets oneself: "the bank's 2% target", "its guidance".
const TARGETS: &[&str] = &["target", "targets", "guidance"];

/// The side of an estimate a result fell, when the number is the estimate: "beating
/// analysts' estimate of $4.05 billion" is up (beaten), "missed forecasts of 2%" down, with
/// the verb. Reads "of", the noun, and at most three words between it and the verb.
pub(super) fn against(before: &str) -> Option<Trend> {
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(80))..];
    let mut words = (tail.rsplit(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty());
    let is_in =
        |list: &[&'static str], w: &str| list.iter().copied().find(|f| f.eq_ignore_ascii_case(w));
    if !words.next()?.eq_ignore_ascii_case("of") {
        return None;
    }
    let noun = words.next()?;
    is_in(PREDICTIONS, noun).or_else(|| is_in(TARGETS, noun))?;
    words.take(4).find_map(|w| {
        let beat = is_in(BEATS, w).map(|word| Trend { up: true, word });
        beat.or_else(|| is_in(MISSES, w).map(|word| Trend { up: false, word }))
    })
}

/// Possessives that, between a word of change and a number, make the number part of what the
/// verb takes ("lost its 750 kV line", "raised their 3 children"), not how much it changed.
const POSSESSIVES: &[&str] = &["its", "their", "his", "her", "our", "my", "your"];

fn is_possessive(w: &str) -> bool {
    POSSESSIVES.iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// A number that is where a change went or started ("fell to 12%", "down from 67.9%",
/// "narrowed by 1.8 points to 7.5%"), not by how much it went: the change's word and whether
/// the number is the end (`to`) or the start (`from`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Level {
    pub change: &'static str,
    pub to: bool,
    /// Whether `to` or `from` follows the change's word right away ("fell to").
    pub next_to_change: bool,
}

/// The level a number is, when `to` or `from` stands before it, or up to three words before
/// it that are no number ("to about 5%", "to NOK 3.1 billion", "to minus 15C", "to a record
/// 5%"), and a word of change stands among the seven words before that; "up to" is a
/// qualifier, no level.
/// Articles and demonstratives: with `POSSESSIVES`, what stands after one describes a noun.
const ARTICLES: &[&str] = &["the", "a", "an", "this", "that", "these", "those"];

pub(super) fn level(before: &str) -> Option<Level> {
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(96))..];
    let mut words = (tail.rsplit(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty());
    let find =
        |list: &[&'static str], w: &str| list.iter().copied().find(|f| f.eq_ignore_ascii_case(w));
    let change = |w: &str| find(FALLING, w).or_else(|| find(RISING, w));
    let mut between = 0;
    let to = loop {
        let w = words.next()?;
        if w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("from") {
            break w.eq_ignore_ascii_case("to");
        }
        // "lost its connection to its last 750 kV line": the number is the object's own.
        if between == 3 || w.starts_with(|c: char| c.is_ascii_digit()) || is_possessive(w) {
            return None;
        }
        between += 1;
    };
    // Eight words: the seventh's is read for an article before it.
    let words: Vec<&str> = words.take(8).collect();
    for (k, &w) in words.iter().take(7).enumerate() {
        if k == 0 && to && w.eq_ignore_ascii_case("up") {
            return None;
        }
        // "the lower rate goes from 10% to 18%": a comparative or a participle after an
        // article or a possessive describes the noun after it, and changes nothing.
        let describes = (w.ends_with("er") || w.ends_with("ing"))
            && (words.get(k + 1)).is_some_and(|d| {
                is_possessive(d) || ARTICLES.iter().any(|x| x.eq_ignore_ascii_case(d))
            });
        if let Some(change) = change(w).filter(|_| !describes) {
            let next_to_change = k == 0;
            return Some(Level {
                change,
                to,
                next_to_change,
            });
        }
    }
    None
}

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
    // "-fold" in one word: "rose nearly fivefold".
    ("twofold", 2),
    ("threefold", 3),
    ("fourfold", 4),
    ("fivefold", 5),
    ("sixfold", 6),
    ("sevenfold", 7),
    ("eightfold", 8),
    ("ninefold", 9),
    ("tenfold", 10),
    ("hundredfold", 100),
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
        // "lost its last 750 kV line": past a possessive the number is the object's own.
        for w in near.take_while(|w| !is_possessive(w)) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_after_to_or_from_a_change_is_a_level() {
        let level = |before: &str| level(before).map(|l| (l.change, l.to, l.next_to_change));
        assert_eq!(level("Coverage fell to "), Some(("fell", true, true)));
        assert_eq!(
            level("Turnout was 61.4%, down from "),
            Some(("down", false, true))
        );
        assert_eq!(
            level("the margin narrowed by 1.8 percentage points to "),
            Some(("narrowed", true, false))
        );
        assert_eq!(
            level("Operating profit fell 12% to NOK "),
            Some(("fell", true, false))
        );
        assert_eq!(
            level("Support for the party has fallen to "),
            Some(("fallen", true, true))
        );
        assert_eq!(level("Inflation eased to "), Some(("eased", true, true)));
        assert_eq!(
            level("Temperatures fell to minus "),
            Some(("fell", true, true))
        );
        assert_eq!(
            level("expects inflation to fall to about "),
            Some(("fall", true, true))
        );
        // Not a level: a qualifier, a change, no word of change.
        assert_eq!(level("Shares rose up to "), None);
        assert_eq!(level("Exports fell "), None);
        assert_eq!(level("The trip from "), None);
        assert_eq!(level("the lower rate goes from "), None);
        assert_eq!(level("its rising share goes to "), None);
        assert_eq!(level("a fall to "), Some(("fall", true, true)));
        assert_eq!(level("Exports fell to the lowest level in "), None);
        assert_eq!(
            level("The plant lost its connection to its last remaining "),
            None
        );
        assert_eq!(level(""), None);
    }

    #[test]
    fn a_result_beats_or_misses_the_estimate_it_is_held_against() {
        let side = |before: &str| against(before).map(|t| (t.up, t.word));
        assert_eq!(
            side("revenue rose, beating analysts' average estimate of $"),
            Some((true, "beating"))
        );
        assert_eq!(side("profit missed forecasts of "), Some((false, "missed")));
        assert_eq!(side("fell short of forecasts of "), Some((false, "short")));
        assert_eq!(side("analysts' estimate of "), None);
        assert_eq!(side("beat the estimate by "), None);
        assert_eq!(side("Luleå missed Київ \u{1F600} of "), None);
    }
}
