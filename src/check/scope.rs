//! `hedge-dropped` for a statement wider in scope than its quotes: a part stated as the whole
//! (every quote says "parts of the Kherson region", "some hospitals", "most of the town's
//! residents" or "one of the largest plants", and the statement gives the same words without
//! the part: "the Kherson region", "all hospitals", "the largest plant"), and a rate stated as
//! a count ("500 people a day" given as "500 people"), and a running total stated as one
//! stretch's count ("A total of 1,240" given as "1,240 new cases" or "... in the past week").
//! And what is meant, promised, asked for or needed stated as done ("donors pledged $1.2
//! billion" given as "Donors gave $1.2 billion"). The statement says more than its quotes know.

use super::numbers::{Kind, Mention};
use super::wording::as_written;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// Words that take a part of what follows them: "some hospitals", "parts of the region".
const PARTS: &[&str] = &[
    "some", "several", "many", "most", "much", "part", "parts", "few", "number", "half", "handful",
    "portion", "portions", "one", "among",
];

/// Finds the words of `PARTS` in any case: one quick look at a quote before it is read word by
/// word (most quotes have none).
static PART_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(PARTS.iter().map(|w| format!("{w} ")))
        .expect("a few short words make an automaton")
});

/// Whether `finder` finds one of its words in `text` at a word's start ("one ", not in
/// "someone "), in any case.
pub(super) fn has_word(finder: &AhoCorasick, text: &str) -> bool {
    let bytes = text.as_bytes();
    (finder.find_overlapping_iter(text))
        .any(|m| m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric())
}

/// Whether some quote gives a number of `stated` that `counts` keeps: the rules below
/// compare only such pairs, so without one there is nothing to read (most facts).
pub(super) fn any_given(
    stated: &[Mention],
    quotes: &[(&str, &[Mention])],
    counts: impl Fn(&Mention) -> bool,
) -> bool {
    (stated.iter().filter(|g| counts(g)))
        .any(|g| (quotes.iter()).any(|(_, ms)| ms.iter().any(|m| g.supported_by(m))))
}

/// Words by which a statement keeps that it speaks of a part, wherever they stand: "the
/// majority of", "among", "not all".
const KEEPS_PART: &[&str] = &[
    "some",
    "several",
    "many",
    "most",
    "mostly",
    "much",
    "part",
    "parts",
    "partly",
    "partially",
    "few",
    "number",
    "numerous",
    "majority",
    "half",
    "handful",
    "portion",
    "portions",
    "share",
    "proportion",
    "among",
    "including",
    "certain",
    "various",
    "one",
    "areas",
    "sections",
    "pockets",
    "dozens",
    "hundreds",
    "thousands",
    "scores",
    "cent",
    "percent",
    "not",
];

/// Words before "part of" that make it a member of a whole, not a share of it: "as part of
/// the deal", "is part of the EU", "took part in", "a key part of".
const PART_OF_BELONGING: &[&str] = &[
    "as",
    "in",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "become",
    "becomes",
    "became",
    "remain",
    "remains",
    "remained",
    "take",
    "takes",
    "took",
    "taking",
    "taken",
    "play",
    "plays",
    "played",
    "form",
    "forms",
    "formed",
    "a",
    "an",
    "key",
    "integral",
    "important",
    "central",
    "crucial",
    "vital",
    "essential",
    "for",
    "my",
    "our",
    "its",
    "their",
];

/// Words after which a word of `PARTS` takes no part of what follows: "how many", "as many
/// as", "the most", "at most", "the number of".
const NOT_A_PART_AFTER: &[&str] = &[
    "how", "as", "so", "too", "the", "at", "those", "who", "which", "what", "is", "are", "was",
    "were", "be", "been", "this", "that", "very",
];

/// Words after a word of `PARTS` that make it a count, an adverb or a time: "some 40",
/// "several thousand", "most likely", "many times", "one day".
const NOT_A_PART_BEFORE: &[&str] = &[
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "dozen",
    "dozens",
    "more",
    "less",
    "fewer",
    "times",
    "time",
    "other",
    "others",
    "another",
    "way",
    "ways",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "point",
    "stage",
    "in",
    "to",
    "as",
    "than",
    "said",
    "say",
    "says",
    "told",
    "and",
    "or",
    "but",
];

/// The least number of the quote's words after its part that the statement must give in a
/// row for them to be the same words: "the Kherson region", "hospitals in Kherson".
const SAME_WORDS: usize = 3;

/// A word of a text: lowercase, without the punctuation around it; and whether punctuation
/// after it ends its phrase ("region," or "said.").
pub(super) struct Word<'t> {
    pub(super) token: &'t str,
    pub(super) key: String,
    pub(super) ends_phrase: bool,
}

pub(super) fn words_of(text: &str) -> Vec<Word<'_>> {
    let apostrophe = |c: char| c == '\'' || c == '\u{2019}';
    text.split_whitespace()
        .map(|token| {
            let bare = token.trim_matches(|c: char| !c.is_alphanumeric() && !apostrophe(c));
            let bare = bare.trim_matches(apostrophe);
            // What follows its last letter or digit (a letter may take several bytes: "Luleå,").
            let tail = &token[token.trim_end_matches(|c: char| !c.is_alphanumeric()).len()..];
            Word {
                token,
                key: bare.to_lowercase(),
                ends_phrase: tail.contains([',', ';', ':', '.', '!', '?', ')']),
            }
        })
        .filter(|w| !w.key.is_empty())
        .collect()
}

fn is_number(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            key,
            "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
}

/// A part a quote takes, by its words in the quote's `words_of`: where the words that take the
/// part start ("Most of the town's"), where the words of what it is a part of start and end,
/// and how many of these the statement must give in a row to give them.
struct Part {
    first: usize,
    whole: std::ops::Range<usize>,
    needed: usize,
}

/// Where the words that a word of `PARTS` at `i` takes a part of start, when it takes one:
/// after "of" ("most of the residents") or right after it ("some hospitals").
fn part_at(ws: &[Word<'_>], i: usize) -> Option<usize> {
    let key = ws[i].key.as_str();
    let prev = i.checked_sub(1).map(|p| ws[p].key.as_str());
    let next = ws.get(i + 1).map(|w| w.key.as_str())?;
    let of = next == "of";
    if !PARTS.contains(&key)
        || ws[i].ends_phrase
        || prev.is_some_and(|p| NOT_A_PART_AFTER.contains(&p))
    {
        return None;
    }
    let follows = match key {
        // "parts of the region", "part of the village" (not "as part of the deal").
        "parts" | "portions" => of,
        "part" => of && !prev.is_some_and(|p| PART_OF_BELONGING.contains(&p)),
        // "a number of schools", "a handful of", "a portion of", "half of the residents".
        "number" | "handful" | "portion" => of && prev == Some("a"),
        "half" => of,
        "much" => of,
        // "one of the largest", "among the largest": a superlative, taken apart by
        // `superlative_at`.
        "one" | "among" => return None,
        // "few residents", "a few residents", "some", "several", "many", "most".
        _ => !NOT_A_PART_BEFORE.contains(&next) && !is_number(next) && !next.ends_with("ly"),
    };
    follows.then_some(if of { i + 2 } else { i + 1 })
}

/// The superlative of "one of the largest" or "among the largest": its words ("the
/// largest", "the most affected"), from where they start in `ws` on.
fn superlative_at(ws: &[Word<'_>], i: usize) -> Option<usize> {
    if let [among, the, sup, ..] = ws.get(i..)?
        && among.key == "among"
        && the.key == "the"
        && is_superlative(&sup.key)
    {
        return Some(i + 2);
    }
    let [one, of, the, sup] = ws.get(i..i + 4)? else {
        return None;
    };
    (one.key == "one" && of.key == "of" && the.key == "the" && is_superlative(&sup.key))
        .then_some(i + 3)
}

pub(super) fn is_superlative(key: &str) -> bool {
    key.ends_with("est") || matches!(key, "most" | "least" | "worst")
}

/// Whether `text` opens with "in" and a superlative that ranks the event its sentence tells:
/// "in one of the deadliest attacks", "in the largest protest since 1989".
pub(super) fn opens_with_a_ranking(text: &str) -> bool {
    // The first few words are enough.
    let ws = words_of(text.get(..text.floor_char_boundary(60)).unwrap_or(""));
    let the_most = |i: usize| {
        (ws.get(i..i + 2)).is_some_and(|w| w[0].key == "the" && is_superlative(&w[1].key))
    };
    ws.first().is_some_and(|w| w.key == "in") && (superlative_at(&ws, 1).is_some() || the_most(1))
}

/// The parts the quote takes.
fn parts_in(ws: &[Word<'_>]) -> Vec<Part> {
    let mut out = Vec::new();
    for i in 0..ws.len() {
        let (start, needed) = match part_at(ws, i) {
            Some(start) => (start, SAME_WORDS),
            // "the largest" in a statement is "one of the largest" stated of one.
            None => match superlative_at(ws, i) {
                Some(start) if matches!(ws[start].key.as_str(), "most" | "least") => (start, 2),
                Some(start) => (start, 1),
                None => continue,
            },
        };
        // "a number of", "a few": the article belongs to the part.
        let first = match i.checked_sub(1) {
            Some(p) if ws[p].key == "a" => p,
            _ => i,
        };
        // The whole runs to the end of its phrase.
        let end = (start..ws.len())
            .find(|&j| ws[j].ends_phrase)
            .map_or(ws.len(), |j| j + 1);
        if end >= start + needed {
            out.push(Part {
                first,
                whole: start..end,
                needed,
            });
        }
    }
    out
}

/// The words `ws[range]` as the text writes them, without the punctuation that ends them.
pub(super) fn shown(ws: &[Word<'_>], range: std::ops::Range<usize>) -> String {
    let tokens: Vec<&str> = ws[range].iter().map(|w| w.token).collect();
    let text = tokens.join(" ");
    text.trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

/// How many of `wanted`'s words, from its first on, stand in a row in `statement` from `at`.
fn same_run(statement: &[Word<'_>], at: usize, wanted: &[Word<'_>]) -> usize {
    (statement[at..].iter().zip(wanted))
        .take_while(|(s, w)| s.key == w.key)
        .count()
}

/// Where the statement gives, in a row, the first words of the whole a part is of (at least
/// `needed`): the place where most of them stand, and how many.
fn whole_in_statement(
    statement: &[Word<'_>],
    whole: &[Word<'_>],
    needed: usize,
) -> Option<(usize, usize)> {
    (0..statement.len())
        .map(|at| (at, same_run(statement, at, whole)))
        .filter(|&(_, n)| n >= needed)
        .max_by_key(|&(at, n)| (n, std::cmp::Reverse(at)))
}

/// Where the statement's words for the whole start in a message: with the words before them
/// that widen them ("all of", "every", "the entire"), or the article of a superlative ("the
/// largest").
fn widened_from(given: &[Word<'_>], at: usize, superlative: bool) -> usize {
    let key = |i: usize| given[i].key.as_str();
    let widens = |k: &str| matches!(k, "all" | "every" | "entire" | "whole");
    match at.checked_sub(1) {
        Some(b) if widens(key(b)) && b > 0 && key(b - 1) == "the" => b - 1,
        Some(b) if widens(key(b)) || (superlative && key(b) == "the") => b,
        Some(b) if key(b) == "of" && b > 0 && widens(key(b - 1)) => b - 1,
        _ => at,
    }
}

/// Where the words for the whole that start at `at` end in a message: after at most four of
/// the `n` that are the same, and not on a word that leads on ("the", "in", "have").
fn shown_end(ws: &[Word<'_>], at: usize, n: usize) -> usize {
    let leads_on = |k: &str| {
        matches!(
            k,
            "the"
                | "a"
                | "an"
                | "of"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "and"
                | "or"
                | "have"
                | "has"
                | "had"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
        )
    };
    let mut end = at + n.min(4);
    while end > at + 1 && leads_on(&ws[end - 1].key) {
        end -= 1;
    }
    end
}

/// The message of `hedge-dropped` when every quote takes a part of what the statement states
/// of the whole: `quotes` are the texts of the fact's quotes.
pub fn part_stated_as_whole(statement: &str, quotes: &[&str]) -> Option<String> {
    let mut first = None;
    for quote in quotes {
        let found = part_stated_in(statement, quote)?;
        first.get_or_insert(found);
    }
    first
}

/// The message for one quote: it takes a part of words that the statement gives whole.
fn part_stated_in(statement: &str, quote: &str) -> Option<String> {
    // Most quotes take no part: one look at them before they are read word by word.
    if !has_word(&PART_FINDER, quote) {
        return None;
    }
    let ws = words_of(quote);
    let parts = parts_in(&ws);
    if parts.is_empty() {
        return None;
    }
    let given = words_of(statement);
    if given.iter().any(|w| KEEPS_PART.contains(&w.key.as_str())) {
        return None;
    }
    parts.iter().find_map(|part| {
        let (at, n) = whole_in_statement(&given, &ws[part.whole.clone()], part.needed)?;
        // "Three hospitals" for "some hospitals" is a number the number rules hold; "50% of
        // the residents" for "half of the residents" takes its own part.
        let key = |i: Option<usize>| i.map(|b| given[b].key.as_str());
        let (before, twice) = (key(at.checked_sub(1)), key(at.checked_sub(2)));
        let all = twice.is_some_and(|k| matches!(k, "all" | "every" | "entire" | "whole"));
        if before.is_some_and(is_number) || (before == Some("of") && !all) {
            return None;
        }
        let from = widened_from(&given, at, part.needed < SAME_WORDS);
        Some(format!(
            "the quote says \u{201c}{}\u{201d}, the statement says \u{201c}{}\u{201d}: it states \
             of the whole what the quote says of a part",
            shown(&ws, part.first..shown_end(&ws, part.whole.start, n)),
            shown(&given, from..shown_end(&given, at, n))
        ))
    })
}

/// The words that give a count per stretch of time ("500 people a day", "each month"), by the
/// stretch they count per.
const RATES: &[(&str, &str)] = &[
    ("a day", "day"),
    ("per day", "day"),
    ("each day", "day"),
    ("every day", "day"),
    ("daily", "day"),
    ("a week", "week"),
    ("per week", "week"),
    ("each week", "week"),
    ("every week", "week"),
    ("weekly", "week"),
    ("a month", "month"),
    ("per month", "month"),
    ("each month", "month"),
    ("every month", "month"),
    ("monthly", "month"),
    ("a year", "year"),
    ("per year", "year"),
    ("each year", "year"),
    ("every year", "year"),
    ("annually", "year"),
    ("yearly", "year"),
    ("per annum", "year"),
    ("an hour", "hour"),
    ("per hour", "hour"),
    ("each hour", "hour"),
    ("every hour", "hour"),
    ("hourly", "hour"),
    ("a night", "night"),
    ("per night", "night"),
    ("each night", "night"),
    ("every night", "night"),
    ("nightly", "night"),
];

/// Finds the words of `RATES` in any case: one quick look at a quote before its numbers are
/// read for a rate.
static RATE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(RATES.iter().map(|(phrase, _)| *phrase))
        .expect("a few short phrases make an automaton")
});

/// Words after "a day" (or "a year", ...) that make it a time, not a rate: "a day after the
/// strike", "a year ago", "in a day of fighting", "a year into the war". "in" only as "a
/// day in which": "a month in the summer" is a rate in a season.
const NOT_A_RATE_BEFORE: &[&str] = &[
    "ago", "earlier", "later", "after", "before", "since", "old", "long", "or", "and", "of",
    "when", "into", "that", "which", "during",
];

/// Words before "a day" (or "a year", ...) that make it a stretch, not a rate: "within a
/// day", "for a week", "more than a year".
const NOT_A_RATE_AFTER: &[&str] = &[
    "within", "in", "for", "over", "than", "once", "twice", "after", "under", "half", "about",
    "almost", "nearly", "just", "only", "spent", "took", "lasted",
];

/// Whether `phrase` stands in `keys` at `i`.
fn phrase_at(keys: &[&str], i: usize, phrase: &str) -> bool {
    let n = phrase.split(' ').count();
    keys.get(i..i + n)
        .is_some_and(|ws| ws.iter().copied().eq(phrase.split(' ')))
}

/// The words of a rate in `keys` (as `words_of` makes them), with its stretch: the first
/// one that counts per a stretch, not one that dates ("a day after"). One that another rate
/// follows is the amount counted in that one ("reading an hour a day" is per day).
fn rate_in(keys: &[&str]) -> Option<(&'static str, &'static str)> {
    (0..keys.len()).find_map(|i| {
        let (phrase, per) =
            (RATES.iter().copied()).find(|(phrase, _)| phrase_at(keys, i, phrase))?;
        let end = i + phrase.split(' ').count();
        let [next, after] = [end, end + 1].map(|j| keys.get(j).copied().unwrap_or(""));
        let prev = i.checked_sub(1).map_or("", |p| keys[p]);
        let in_which = next == "in" && matches!(after, "which" | "whom");
        let counted = RATES.iter().any(|(p, _)| phrase_at(keys, end, p));
        let rate = !NOT_A_RATE_BEFORE.contains(&next)
            && !in_which
            && !counted
            && !NOT_A_RATE_AFTER.contains(&prev);
        rate.then_some((phrase, per))
    })
}

/// The words of a quote's clause that speak of the number `m`: from the clause's start or the
/// number before it to the clause's end or the number after it.
pub(super) fn clause_of<'q>(
    text: &'q str,
    mentions: &[Mention],
    m: &Mention,
) -> (&'q str, &'q str) {
    let end = m.start + m.text.len();
    let stops = |c: char| matches!(c, '.' | ';' | ':' | '!' | '?');
    let prev = (mentions.iter())
        .filter(|o| o.start + o.text.len() <= m.start)
        .map(|o| o.start + o.text.len())
        .max()
        .unwrap_or(0);
    let next = (mentions.iter())
        .filter(|o| o.start >= end)
        .map(|o| o.start)
        .min()
        .unwrap_or(text.len());
    let before = text.get(prev..m.start).unwrap_or("");
    let before = before.rfind(stops).map_or(before, |i| &before[i + 1..]);
    let after = text.get(end..next).unwrap_or("");
    let after = after.find(stops).map_or(after, |i| &after[..i]);
    (before, after)
}

/// The rate a quote gives its number `m` in, with the quote's words from the number to the
/// rate (or the rate's words, when it stands before the number).
fn rate_of(text: &str, mentions: &[Mention], m: &Mention) -> Option<(&'static str, String)> {
    let (before, after) = clause_of(text, mentions, m);
    let keys = |t: &str| -> Vec<String> { words_of(t).into_iter().map(|w| w.key).collect() };
    let after_keys = keys(after);
    let after_refs: Vec<&str> = after_keys.iter().map(String::as_str).collect();
    // A rate after the number reads within a few words of it: "500 people a day".
    let near = &after_refs[..after_refs.len().min(8)];
    if let Some((phrase, per)) = rate_in(near) {
        let upto = after
            .to_lowercase()
            .find(phrase)
            .map_or(0, |i| i + phrase.len());
        let shown = format!("{}{}", m.text, after.get(..upto).unwrap_or(""));
        return Some((per, shown));
    }
    if let Some(shown) = per_population(text, m) {
        return Some(("head of population", shown));
    }
    let before_keys = keys(before);
    let before_refs: Vec<&str> = before_keys.iter().map(String::as_str).collect();
    let (phrase, per) = rate_in(&before_refs)?;
    // As the quote writes it ("Each month").
    Some((
        per,
        format!("{} ... {}", as_written(before, phrase), m.text),
    ))
}

/// Words after "per" that make a number a rate per head of population: "85 cases per 100,000
/// people", "$2,400 per capita"; a number after "per" does too ("per 1,000 live births").
const PER_HEAD: &[&str] = &[
    "capita",
    "head",
    "person",
    "thousand",
    "million",
    "inhabitants",
    "residents",
    "people",
];

/// The quote's words from its number `m` to a rate per head of population within a few words
/// after it, in its clause: "85 cases per 100,000". Not "per cent", "per share" or "per day".
fn per_population(text: &str, m: &Mention) -> Option<String> {
    let rest = text.get(m.start + m.text.len()..)?;
    // "per" stands within four words after the number, in its clause (a word that ends with a
    // stop or comma ends it; "100,000" has its comma inside), and what follows it says who.
    let words: Vec<&str> = rest.split_whitespace().take(6).collect();
    let ends = |w: &&str| w.ends_with([',', '.', ';', ':', '!', '?']);
    let clause = words.iter().position(ends).map_or(words.len(), |i| i + 1);
    let words = &words[..clause];
    let at = words
        .iter()
        .take(4)
        .position(|w| w.eq_ignore_ascii_case("per"))?;
    let next = words.get(at + 1)?;
    let key = next
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if !(key.starts_with(|c: char| c.is_ascii_digit()) || PER_HEAD.contains(&key.as_str())) {
        return None;
    }
    // As the quote writes it, up to the word after "per" (whole words: no byte falls inside a
    // character).
    let upto = words[..=at + 1].join(" ");
    let upto = upto.trim_end_matches([',', '.', ';', ':', '!', '?']);
    Some(format!("{} {upto}", m.text))
}

/// The message of `hedge-dropped` for a rate stated as a count: a number of the statement that
/// every quote that gives it gives per a stretch of time ("500 people a day", "Each month,
/// ... 400,000 people"), which the statement gives without any rate of that stretch. `quotes`
/// are each quote's text with its numbers.
pub fn rate_dropped(
    statement: &str,
    stated: &[Mention],
    quotes: &[(&str, &[Mention])],
) -> Option<String> {
    if !any_given(stated, quotes, |g| matches!(g.kind, Kind::Count)) {
        return None;
    }
    // Most quotes give no rate: one look at their words first.
    let per = |text: &str| memchr::memmem::find(text.as_bytes(), b" per ").is_some();
    if !quotes
        .iter()
        .any(|(text, _)| has_word(&RATE_FINDER, text) || per(text))
    {
        return None;
    }
    let given_keys: Vec<String> = words_of(statement).into_iter().map(|w| w.key).collect();
    let given_refs: Vec<&str> = given_keys.iter().map(String::as_str).collect();
    for given in stated.iter().filter(|g| matches!(g.kind, Kind::Count)) {
        let mut rate = None;
        for (text, mentions) in quotes {
            for m in mentions.iter().filter(|m| given.supported_by(m)) {
                let found = rate_of(text, mentions, m)?;
                rate.get_or_insert(found);
            }
        }
        let Some((per, shown)) = rate else { continue };
        // A period of the statement's own ("weekly" for "daily") is `period_changed`'s.
        if period_of(statement, stated, given).is_some() {
            continue;
        }
        // Any rate of the stretch keeps it ("per day" for "a day"), and so does "per" or
        // "rate" of its own.
        let keeps = (RATES.iter().filter(|(_, p)| *p == per))
            .any(|(phrase, _)| (0..given_refs.len()).any(|i| phrase_at(&given_refs, i, phrase)))
            || (given_refs.iter())
                .any(|w| matches!(*w, "rate" | "per" | "incidence" | "prevalence"))
            // So does a unit that is itself a rate of that stretch: "70 km/h" for "70
            // kilometres per hour".
            || (given.unit)
                .and_then(|u| u.strip_suffix(per))
                .is_some_and(|u| u.ends_with(" per "));
        if !keeps {
            return Some(format!(
                "the quote says \u{201c}{}\u{201d}, the statement gives {} without a rate per \
                 {per}: it states a rate as a count",
                shown.trim_end(),
                given.text
            ));
        }
    }
    None
}

/// Words for a stretch of time, with its length in hours: "day" is 24, so "24 hours" and "a
/// day" are one period.
const PERIOD_UNITS: &[(&str, u32)] = &[
    ("hour", 1),
    ("hours", 1),
    ("day", 24),
    ("days", 24),
    ("night", 24),
    ("nights", 24),
    ("week", 168),
    ("weeks", 168),
    ("fortnight", 336),
    ("month", 730),
    ("months", 730),
    ("quarter", 2190),
    ("year", 8760),
    ("years", 8760),
];

/// Words that open the period a figure counts over: "in the past day", "over 24 hours".
const PERIOD_OPENS: &[&str] = &["in", "over", "during", "within", "across"];

/// Words that may stand between the opening word and the length: "in the past", "over the
/// last", "within a".
const PERIOD_FILLERS: &[&str] = &[
    "the",
    "a",
    "an",
    "past",
    "last",
    "previous",
    "preceding",
    "latest",
    "next",
    "one",
];

/// Finds the words of a period in any case (a rate's too: "daily", "annually"): one quick look
/// at a statement before it is read word by word.
static PERIOD_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "hour", "day", "dail", "night", "week", "month", "quarter", "year", "annu",
        ])
        .expect("a few short words make an automaton")
});

/// How many of a unit a word says, in digits or a small cardinal ("24", "two"); no ordinal:
/// "the fourth quarter" is one quarter, not four.
fn count_of(key: &str) -> Option<u32> {
    (super::numbers::count_word(key))
        .or_else(|| key.parse::<u32>().ok().filter(|n| (1..=1000).contains(n)))
}

/// Words after a unit of time that make it a point in time, not a period: "a week after the
/// attack", "a year ago", "a year into the war".
const A_POINT_AFTER: &[&str] = &[
    "ago", "earlier", "later", "after", "before", "since", "old", "long", "into", "from",
];

/// The period in `words` that opens at their start, in hours, with how many words it takes:
/// "in the past day" (24, 4), "over 24 hours" (24, 3). Not a point in time ("a week after
/// the attack", "a year ago").
fn period_at(words: &[Word<'_>]) -> Option<(u32, usize)> {
    if !PERIOD_OPENS.contains(&words.first()?.key.as_str()) {
        return None;
    }
    let mut count: u32 = 1;
    let mut j = 1;
    while j < 5 {
        let key = words.get(j)?.key.as_str();
        if let Some(&(_, hours)) = PERIOD_UNITS.iter().find(|(u, _)| *u == key) {
            let next = words.get(j + 1).map_or("", |w| w.key.as_str());
            let period = words[j].ends_phrase || !A_POINT_AFTER.contains(&next);
            return period.then_some((count.saturating_mul(hours), j + 1));
        }
        if !PERIOD_FILLERS.contains(&key) {
            count = count_of(key)?;
        }
        if words[j].ends_phrase {
            return None;
        }
        j += 1;
    }
    None
}

/// Whether the statement's number `m` is the length of a period ("in the 12 months to
/// March", "over 24 hours") that a quote gives in other words ("in the year to March", "in
/// the past day"): the same stretch of time, not a figure the quote leaves out.
pub fn period_said_otherwise(statement: &str, m: &Mention, quotes: &[&str]) -> bool {
    if !has_word(&PERIOD_FINDER, statement) {
        return false;
    }
    let words = words_of(statement);
    let covers_m = |w: &Word<'_>| {
        let at = w.token.as_ptr().addr() - statement.as_ptr().addr();
        (at..at + w.token.len()).contains(&m.start)
    };
    let Some(hours) = (0..words.len()).find_map(|i| {
        let (hours, n) = period_at(&words[i..])?;
        words[i..i + n].iter().any(covers_m).then_some(hours)
    }) else {
        return false;
    };
    quotes.iter().any(|q| {
        let words = words_of(q);
        (0..words.len()).any(|i| period_at(&words[i..]).is_some_and(|(h, _)| h == hours))
    })
}

/// The period a text gives its number `m` over, in hours, with its words as written: a rate
/// ("300 calls daily", a day) or the stretch after it in its clause ("1,020 troops in the past
/// day", "140 drones over 24 hours").
fn period_of(text: &str, mentions: &[Mention], m: &Mention) -> Option<(u32, String)> {
    if let Some((per, shown)) = rate_of(text, mentions, m) {
        let hours = PERIOD_UNITS.iter().find(|(u, _)| *u == per)?.1;
        return Some((hours, shown));
    }
    let rest = text.get(m.start + m.text.len()..)?;
    let clause = rest.split(['.', ';', ':', '!', '?']).next().unwrap_or("");
    let words = words_of(clause);
    // Within eight words of the number, before a comma or a word that opens another clause.
    for (i, w) in words.iter().enumerate().take(8) {
        if let Some((hours, n)) = period_at(&words[i..]) {
            let shown: Vec<&str> = words[i..i + n].iter().map(|w| w.key.as_str()).collect();
            return Some((hours, format!("{} \u{2026} {}", m.text, shown.join(" "))));
        }
        if w.ends_phrase || NEW_CLAUSE.contains(&w.key.as_str()) {
            return None;
        }
    }
    None
}

/// The message of `hedge-dropped` for a figure given over another period than its quotes
/// give it: "1,020 troops in the past day" stated "in the past week", "a month" stated "a
/// year", "daily" stated "weekly". Every quote that gives the number gives it over a period,
/// and none over the statement's.
pub fn period_changed(
    statement: &str,
    stated: &[Mention],
    quotes: &[(&str, &[Mention])],
) -> Option<String> {
    let counts = |m: &&Mention| !matches!(m.kind, Kind::Vague | Kind::Time);
    if !any_given(stated, quotes, |g| counts(&g)) || !has_word(&PERIOD_FINDER, statement) {
        return None;
    }
    for given in stated.iter().filter(counts) {
        let Some((hours, said)) = period_of(statement, stated, given) else {
            continue;
        };
        let mut other = None;
        for (text, mentions) in quotes {
            for m in mentions.iter().filter(|m| given.supported_by(m)) {
                let (theirs, shown) = period_of(text, mentions, m)?;
                if theirs == hours {
                    return None;
                }
                other.get_or_insert(shown);
            }
        }
        if let Some(shown) = other {
            return Some(format!(
                "the quote gives \u{201c}{}\u{201d}, the statement \u{201c}{}\u{201d}: it gives \
                 the figure over another period",
                shown.trim_end(),
                said.trim_end()
            ));
        }
    }
    None
}

/// Words before a quote's number, in its clause, that make it a running total: "A total of
/// 1,240", "So far, 312", "bringing the total to 450,000", "Cumulatively, 2.3 million".
const TOTAL_BEFORE: &[&str] = &[
    "total",
    "so far",
    "to date",
    "cumulatively",
    "in all",
    "all told",
    "altogether",
];

/// Words after a quote's number, before a comma and within `TOTAL_REACH` words, that make it a
/// running total: "312 civilians have been killed since October", "1,240 cases in total".
const TOTAL_AFTER: &[&str] = &[
    "since",
    "so far",
    "to date",
    "in total",
    "in all",
    "all told",
    "altogether",
];

/// How many words after a number `TOTAL_AFTER` is read in.
const TOTAL_REACH: usize = 10;

/// Words by which a statement keeps that its number is a total, wherever they stand.
const KEEPS_TOTAL: &[&str] = &[
    "total",
    "so far",
    "to date",
    "since",
    "cumulative",
    "cumulatively",
    "in all",
    "all told",
    "altogether",
    "as of",
];

/// Words after a statement's number, in its clause, that give it as one stretch's count: "on
/// Tuesday", "in the past week", "last month". ("new" counts only right after the number.)
const ONE_STRETCH: &[&str] = &[
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
    "yesterday",
    "overnight",
    "last night",
    "last week",
    "last month",
    "last year",
    "past day",
    "past 24 hours",
    "past 48 hours",
    "past week",
    "past month",
    "this week",
    "this month",
    "in a single day",
    "in one day",
    // A month: "about 35,000 sea arrivals so far this year" stated "in July".
    "in january",
    "in february",
    "in march",
    "in april",
    "in may",
    "in june",
    "in july",
    "in august",
    "in september",
    "in october",
    "in november",
    "in december",
];

/// Finds the words of `ONE_STRETCH` and "new" in any case: one quick look at a statement before
/// its numbers are read for a total given as new.
static STRETCH_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(ONE_STRETCH.iter().copied().chain(["new "]))
        .expect("a few short phrases make an automaton")
});

/// The first of `phrases` that stands in `keys` (as `words_of` makes them).
fn first_phrase(keys: &[&str], phrases: &[&'static str]) -> Option<&'static str> {
    (0..keys.len()).find_map(|i| phrases.iter().copied().find(|p| phrase_at(keys, i, p)))
}

/// The lowercase words of `text`.
fn keys_of(text: &str) -> Vec<String> {
    words_of(text).into_iter().map(|w| w.key).collect()
}

/// A number a quote gives as a running total: the words that make it one, with the number
/// ("A total of 1,240", "312 civilians have been killed in the city since"), and the words
/// around the number and those words up to the commas next to them, where a stretch of time
/// would be the total's ("So far on Tuesday, 40").
struct Total {
    shown: String,
    around: String,
}

/// Where the words of a text that hold byte `at` start and end: after the comma before it, up
/// to the comma after it.
fn between_commas(text: &str, at: usize) -> &str {
    let start = text
        .get(..at)
        .and_then(|t| t.rfind(','))
        .map_or(0, |i| i + 1);
    let end = (text.get(at..).and_then(|t| t.find(','))).map_or(text.len(), |i| at + i);
    text.get(start..end).unwrap_or("")
}

/// Whether a quote makes its number `m` a running total, and how.
fn total_of(text: &str, mentions: &[Mention], m: &Mention) -> Option<Total> {
    let (before, after) = clause_of(text, mentions, m);
    let near = after.split(',').next().unwrap_or("");
    let own = format!("{} {near}", between_commas(before, before.len()));
    let before_keys = keys_of(before);
    let before_refs: Vec<&str> = before_keys.iter().map(String::as_str).collect();
    if let Some(phrase) = first_phrase(&before_refs, TOTAL_BEFORE) {
        let at = before.to_lowercase().find(phrase).unwrap_or(0);
        // "A total of 1,240" as written, when the words run on to the number; else "So far
        // ... 312".
        let run = before
            .get(at..)
            .filter(|r| r.len() <= 30 && !r.contains(','));
        let article = ["a ", "the "].iter().find_map(|a| {
            let lead = before.get(..at)?.to_lowercase();
            lead.ends_with(a).then(|| at - a.len())
        });
        let shown = match run {
            Some(_) => format!("{}{}", before.get(article.unwrap_or(at)..)?, m.text),
            None => format!("{} ... {}", as_written(before, phrase), m.text),
        };
        let around = format!("{} {own}", between_commas(before, at));
        return Some(Total { shown, around });
    }
    let after_keys = keys_of(near);
    let after_refs: Vec<&str> = after_keys.iter().map(String::as_str).collect();
    let phrase = first_phrase(
        &after_refs[..after_refs.len().min(TOTAL_REACH)],
        TOTAL_AFTER,
    )?;
    let upto = near
        .to_lowercase()
        .find(phrase)
        .map_or(0, |i| i + phrase.len());
    let shown = format!("{}{}", m.text, near.get(..upto).unwrap_or(""));
    Some(Total { shown, around: own })
}

/// How a statement gives its number `given` as one stretch's count: "new" right after it, or
/// words of `ONE_STRETCH` after it in its clause ("on Tuesday", "in the past week").
fn stretch_of(statement: &str, given: &Mention) -> Option<String> {
    let rest = statement.get(given.start + given.text.len()..)?;
    let clause = rest.split([',', ';', '.', ':']).next().unwrap_or("");
    let keys = keys_of(clause);
    let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    if refs.iter().take(3).any(|k| *k == "new") {
        return Some(as_written(clause, "new"));
    }
    let phrase = first_phrase(&refs, ONE_STRETCH)?;
    Some(as_written(clause, phrase))
}

/// The message of `hedge-dropped` for a running total stated as one stretch's count: a number
/// of the statement that every quote that gives it gives as a total so far ("A total of
/// 1,240", "So far, 312", "since January"), which the statement gives as new ("1,240 new
/// cases") or for one stretch of time ("on Tuesday", "in the past week", "last month"), with
/// no word of a total of its own and not in the quotes' words for the stretch.
pub fn total_as_new(
    statement: &str,
    stated: &[Mention],
    quotes: &[(&str, &[Mention])],
) -> Option<String> {
    // Most statements give nothing as new or of one stretch: one look at their words first.
    if !any_given(stated, quotes, |g| matches!(g.kind, Kind::Count))
        || !has_word(&STRETCH_FINDER, statement)
    {
        return None;
    }
    let statement_keys = keys_of(statement);
    let statement_refs: Vec<&str> = statement_keys.iter().map(String::as_str).collect();
    if first_phrase(&statement_refs, KEEPS_TOTAL).is_some() {
        return None;
    }
    for given in stated.iter().filter(|g| matches!(g.kind, Kind::Count)) {
        let Some(stretch) = stretch_of(statement, given) else {
            continue;
        };
        let mut total = None;
        let stretch_key = stretch.to_lowercase();
        for (text, mentions) in quotes {
            for m in mentions.iter().filter(|m| given.supported_by(m)) {
                let found = total_of(text, mentions, m)?;
                // A total of the same stretch ("So far on Tuesday, 40") is its count.
                if found.around.to_lowercase().contains(&stretch_key) {
                    return None;
                }
                total.get_or_insert(found.shown);
            }
        }
        if let Some(total) = total {
            return Some(format!(
                "the quote says \u{201c}{}\u{201d}, a running total; the statement gives {} with \
                 \u{201c}{stretch}\u{201d}: it states a total as the count of one stretch of time",
                total.trim_end(),
                given.text
            ));
        }
    }
    None
}

/// Words by which a quote gives a number as what someone means, promises, asks for or needs,
/// not what is done: "donors pledged $1.2 billion", "The appeal seeks $850 million", "ordered
/// the evacuation of 12 villages", "3.1 million people are in need". Not "targeted": in war
/// news it is what was struck ("targeted 12 towns").
const INTENDED: &[&str] = &[
    "pledged",
    "pledges",
    "pledge",
    "pledging",
    "promised",
    "promises",
    "promise",
    "vowed",
    "vows",
    "seeks",
    "seek",
    "seeking",
    "sought",
    "requested",
    "requests",
    "requesting",
    "ordered",
    "orders",
    "target",
    "need",
    "needs",
    "needed",
    "intends",
    "intend",
    "intended",
    "plans",
    "plan",
    "planned",
    "aims",
    "aim",
    "aimed",
    "appealed",
    "appeals",
    "appealing",
];

/// The beginnings of words by which a statement keeps that its number is meant, promised,
/// asked for or needed, in any form ("is seeking", "promised" for "pledged", "committed"; not
/// the noun "appeal": "The appeal has received").
const KEEPS_INTENDED: &[&str] = &[
    "pledg",
    "promis",
    "vow",
    "seek",
    "sought",
    "request",
    "appealed",
    "appealing",
    "call",
    "ask",
    "order",
    "target",
    "goal",
    "need",
    "requir",
    "intend",
    "intent",
    "plan",
    "aim",
    "want",
    "hope",
    "commit",
    "earmark",
    "allocat",
    "budget",
    "expect",
    "could",
    "may",
    "might",
    "would",
    "will",
];

/// How many words from a quote's number a word of `INTENDED` may stand to speak of it.
const INTENDED_REACH: usize = 4;

/// Words that start another clause between a word and a number: "need aid and 1 million".
const NEW_CLAUSE: &[&str] = &["and", "but", "while", "whereas", "who", "which", "that"];

/// The words of a quote by which its number `m` is meant or needed, not done, with the number
/// ("pledged $1.2 billion", "3.1 million people are in need"): a word of `INTENDED` within a
/// few words of it, in its piece between commas, with no other clause between.
fn intended_of(text: &str, mentions: &[Mention], m: &Mention) -> Option<String> {
    let (before, after) = clause_of(text, mentions, m);
    let lead = between_commas(before, before.len());
    let near = after.split(',').next().unwrap_or("");
    let lead_words = words_of(lead);
    let back = (lead_words.iter().rev().take(INTENDED_REACH + 1))
        .take_while(|w| !NEW_CLAUSE.contains(&w.key.as_str()))
        .position(|w| INTENDED.contains(&w.key.as_str()));
    if let Some(back) = back {
        let from = &lead_words[lead_words.len() - 1 - back..];
        let tokens: Vec<&str> = from.iter().map(|w| w.token).collect();
        return Some(format!("{} {}", tokens.join(" "), m.text));
    }
    let after_words = words_of(near);
    let ahead = (after_words.iter().take(INTENDED_REACH + 1))
        .take_while(|w| !NEW_CLAUSE.contains(&w.key.as_str()))
        .position(|w| INTENDED.contains(&w.key.as_str()))?;
    let tokens: Vec<&str> = after_words[..=ahead].iter().map(|w| w.token).collect();
    let shown = format!("{} {}", m.text, tokens.join(" "));
    Some(
        shown
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_owned(),
    )
}

/// Finds the words of `INTENDED` in any case: one quick look at the quotes before their
/// numbers are read for an intention stated as done.
static INTENDED_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(INTENDED)
        .expect("a few short words make an automaton")
});

/// The message of `hedge-dropped` for what is meant, promised, asked for or needed stated as
/// done: a number of the statement that every quote that gives it gives with a word of
/// `INTENDED` ("donors pledged $1.2 billion", "The appeal seeks $850 million", "ordered the
/// evacuation of 12 villages", "3.1 million people are in need of"), in a statement with no
/// word of the kind (`KEEPS_INTENDED`): "Donors gave $1.2 billion", "12 villages were
/// evacuated", "3.1 million people have received assistance".
pub fn intended_as_done(
    statement: &str,
    stated: &[Mention],
    quotes: &[(&str, &[Mention])],
) -> Option<String> {
    if !any_given(stated, quotes, |_| true)
        || !quotes
            .iter()
            .any(|(text, _)| has_word(&INTENDED_FINDER, text))
    {
        return None;
    }
    let keys = keys_of(statement);
    if keys
        .iter()
        .any(|k| KEEPS_INTENDED.iter().any(|stem| k.starts_with(stem)))
    {
        return None;
    }
    for given in stated.iter().filter(|m| !sizes_an_appeal(statement, m)) {
        let mut intended = None;
        for (text, mentions) in quotes {
            for m in mentions.iter().filter(|m| given.supported_by(m)) {
                let found = intended_of(text, mentions, m)?;
                intended.get_or_insert(found);
            }
        }
        if let Some(intended) = intended {
            return Some(format!(
                "the quote says \u{201c}{intended}\u{201d}, what is meant, promised, asked for or \
                 needed; the statement gives {} with no such word, as done",
                given.text
            ));
        }
    }
    None
}

/// Whether a number of the statement is the size of an appeal, which keeps that it is asked
/// for: "the $2.63bn appeal", "an appeal for $2.63 billion" (the noun alone, "The appeal has
/// received $1 billion", keeps nothing).
fn sizes_an_appeal(statement: &str, m: &Mention) -> bool {
    let appeal = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.eq_ignore_ascii_case("appeal") || w.eq_ignore_ascii_case("appeals")
    };
    let after = statement.get(m.start + m.text.len()..).unwrap_or("");
    let before = statement.get(..m.start).unwrap_or("");
    let mut back = before.split_whitespace().rev();
    after.split_whitespace().next().is_some_and(appeal)
        || back.next().is_some_and(|w| w.eq_ignore_ascii_case("for"))
            && back.next().is_some_and(appeal)
}

#[cfg(test)]
mod tests {
    use super::part_stated_as_whole as found;

    #[test]
    fn words_that_end_in_a_letter_of_several_bytes_are_read() {
        // "Luleå," once cut a letter in two (a panic on every quote that had one).
        let quote = "Some plants in Luleå, Sweden, have stopped, Svenska kraftnät said.";
        let message = found("All plants in Luleå have stopped.", &[quote]);
        assert!(message.is_some_and(|m| m.contains("\u{201c}All plants in Luleå\u{201d}")));
    }

    #[test]
    fn a_part_stated_as_the_whole_is_found_with_its_words() {
        let quote = "Russian forces control parts of the Kherson region, the army said.";
        let message = found("Russian forces control the Kherson region.", &[quote]);
        assert_eq!(
            message.as_deref(),
            Some(
                "the quote says \u{201c}parts of the Kherson region\u{201d}, the statement says \
                 \u{201c}the Kherson region\u{201d}: it states of the whole what the quote says \
                 of a part"
            )
        );
        let quote = "Some hospitals in Kherson have suspended operations.";
        assert!(
            found(
                "All hospitals in Kherson have suspended operations.",
                &[quote]
            )
            .is_some_and(|m| m.contains("\u{201c}All hospitals in Kherson\u{201d}"))
        );
        let quote = "The plant is one of the largest nuclear power plants in Europe.";
        assert!(
            found(
                "The plant is the largest nuclear power plant in Europe.",
                &[quote]
            )
            .is_some_and(|m| m.contains("\u{201c}one of the largest"))
        );
    }

    fn rate(statement: &str, quote: &str) -> Option<String> {
        let given = crate::check::numbers::mentions(statement);
        let quoted = crate::check::numbers::mentions(quote);
        super::rate_dropped(statement, &given, &[(quote, quoted.as_slice())])
    }

    fn period(statement: &str, quote: &str) -> Option<String> {
        let given = crate::check::numbers::mentions(statement);
        let quoted = crate::check::numbers::mentions(quote);
        super::period_changed(statement, &given, &[(quote, quoted.as_slice())])
    }

    #[test]
    fn a_figure_over_another_period_is_found_and_the_same_period_in_other_words_is_not() {
        let quote = "Russian forces had lost about 1,020 troops in the past day, it said.";
        let found = period(
            "Russian forces lost about 1,020 troops in the past week.",
            quote,
        );
        assert_eq!(
            found.as_deref(),
            Some(
                "the quote gives \u{201c}1,020 \u{2026} in the past day\u{201d}, the statement \
                 \u{201c}1,020 \u{2026} in the past week\u{201d}: it gives the figure over \
                 another period"
            )
        );
        let day = "Russia launched 140 drones over 24 hours.";
        assert!(period("Russia launched 140 drones over a week.", day).is_some());
        assert!(period("Russia launched 140 drones in the past day.", day).is_none());
        let month = "About 45,000 people fled in a month.";
        assert!(period("About 45,000 people fled in a year.", month).is_some());
        assert!(
            period(
                "The service gets 300 calls weekly.",
                "It gets 300 calls daily."
            )
            .is_some()
        );
        assert!(period("It gets 300 calls a day.", "It gets 300 calls daily.").is_none());
        // A point in time, an ordinal and a period of the statement alone are no period.
        let after = "Talks resumed a week after the attack, which killed 12 people.";
        assert!(
            period(
                "An attack that killed 12 people came a month after the talks.",
                after
            )
            .is_none()
        );
        let q4 = "Sales rose 5% in the fourth quarter.";
        assert!(period("Sales rose 5% in the quarter.", q4).is_none());
        assert!(period("Sales rose 5% in the past year.", "Sales rose 5%.").is_none());
        assert!(period("Luleå: 5 in a day \u{1F600}", "Київ: 5 in a week").is_some());
    }

    #[test]
    fn a_rate_stated_as_a_count_is_found_and_a_kept_or_no_rate_is_not() {
        let quote = "An average of 500 people a day are crossing into Moldova.";
        assert_eq!(
            rate("500 people are crossing into Moldova.", quote).as_deref(),
            Some(
                "the quote says \u{201c}500 people a day\u{201d}, the statement gives 500 \
                 without a rate per day: it states a rate as a count"
            )
        );
        let quote = "Each month, the programme reaches about 400,000 people.";
        assert!(
            rate("The programme has reached about 400,000 people.", quote)
                .is_some_and(|m| m.contains("\u{201c}Each month ... 400,000\u{201d}"))
        );
        for (statement, quote) in [
            (
                "The train hit it at about 70 km/h.",
                "It struck the train at a speed of about 70 kilometres per hour.",
            ),
            ("500 people cross daily.", "500 people a day cross."),
            ("500 people per day cross.", "500 people a day cross."),
            (
                "40 soldiers were killed.",
                "In a day of heavy fighting, 40 soldiers were killed.",
            ),
            (
                "12 people were killed.",
                "12 people were killed, a day after the strike.",
            ),
            (
                "The clinic sees 300 patients.",
                "The clinic sees 300 patients and opens 5 days a week.",
            ),
        ] {
            assert_eq!(rate(statement, quote), None, "{quote}");
        }
    }

    fn total(statement: &str, quote: &str) -> Option<String> {
        let given = crate::check::numbers::mentions(statement);
        let quoted = crate::check::numbers::mentions(quote);
        super::total_as_new(statement, &given, &[(quote, quoted.as_slice())])
    }

    #[test]
    fn a_running_total_stated_as_new_or_of_one_stretch_is_found() {
        let quote = "A total of 1,240 cholera cases have been recorded since January.";
        assert_eq!(
            total("1,240 new cholera cases were recorded.", quote).as_deref(),
            Some(
                "the quote says \u{201c}A total of 1,240\u{201d}, a running total; the statement \
                 gives 1,240 with \u{201c}new\u{201d}: it states a total as the count of one \
                 stretch of time"
            )
        );
        let quote = "So far, 312 civilians have been killed in the city.";
        assert!(
            total("312 civilians were killed in the city on Tuesday.", quote)
                .is_some_and(|m| m.contains("\u{201c}So far ... 312\u{201d}"))
        );
        let quote = "312 civilians have been killed since the offensive began.";
        assert!(
            total("312 civilians were killed last week.", quote)
                .is_some_and(|m| m.contains("\u{201c}312 civilians have been killed since\u{201d}"))
        );
        for (statement, quote) in [
            // A total kept, a total of the same stretch, a stretch the quote gives the count.
            (
                "A total of 1,240 new cases were recorded since January.",
                "A total of 1,240 cases have been recorded since January.",
            ),
            (
                "40 people were killed on Tuesday.",
                "So far on Tuesday, 40 people were killed.",
            ),
            (
                "95,000 people were displaced in the past week.",
                "The number rose by 95,000 in the past week, bringing the total to 450,000.",
            ),
            // "new" away from the number, a stretch before it in another clause.
            (
                "The new government said 1,240 cases were recorded.",
                "A total of 1,240 cases have been recorded.",
            ),
            (
                "On Tuesday the ministry said 1,240 cases were recorded.",
                "A total of 1,240 cases have been recorded.",
            ),
        ] {
            assert_eq!(total(statement, quote), None, "{statement}");
        }
    }

    fn intended(statement: &str, quote: &str) -> Option<String> {
        let given = crate::check::numbers::mentions(statement);
        let quoted = crate::check::numbers::mentions(quote);
        super::intended_as_done(statement, &given, &[(quote, quoted.as_slice())])
    }

    #[test]
    fn what_is_pledged_ordered_or_needed_stated_as_done_is_found() {
        let quote = "At a conference in Brussels on Monday, donors pledged $1.2 billion.";
        assert_eq!(
            intended("Donors gave $1.2 billion.", quote).as_deref(),
            Some(
                "the quote says \u{201c}pledged $1.2 billion\u{201d}, what is meant, promised, \
                 asked for or needed; the statement gives $1.2 billion with no such word, as done"
            )
        );
        let quote = "The government ordered the evacuation of 12 villages near the front line";
        assert!(
            intended("12 villages near the front line were evacuated.", quote)
                .is_some_and(|m| m.contains("\u{201c}ordered the evacuation of 12\u{201d}"))
        );
        let quote = "An estimated 3.1 million people are in need of assistance.";
        assert!(
            intended("3.1 million people have received assistance.", quote)
                .is_some_and(|m| m.contains("\u{201c}3.1 million people are in need\u{201d}"))
        );
        for (statement, quote) in [
            // The statement keeps the word in another form.
            (
                "Donors promised $1.2 billion.",
                "donors pledged $1.2 billion",
            ),
            (
                "The appeal is seeking $850 million.",
                "The appeal seeks $850 million.",
            ),
            (
                "3.1 million people need assistance.",
                "3.1 million people are in need of it",
            ),
            // The word speaks of another number or clause, or of what was struck.
            (
                "640,000 people were reached.",
                "Of the 3.1 million people in need, 640,000 were reached.",
            ),
            (
                "1 million people were reached.",
                "3 million people need aid and 1 million were reached.",
            ),
            (
                "Russian forces shelled 12 towns.",
                "Russian forces targeted 12 towns with artillery.",
            ),
        ] {
            assert_eq!(intended(statement, quote), None, "{quote}");
        }
    }

    #[test]
    fn a_part_kept_or_no_part_is_not_found() {
        let quote = "Most of the town's 20,000 residents have fled to safer areas.";
        assert_eq!(
            found(
                "The majority of the town's 20,000 residents fled.",
                &[quote]
            ),
            None
        );
        // Counts, adverbs and belonging are no parts.
        for (quote, statement) in [
            (
                "Some 40 trucks of aid enter the enclave each day",
                "40 trucks of aid enter",
            ),
            (
                "It is most likely the dam was hit by a missile",
                "the dam was hit by a missile",
            ),
            (
                "As part of the deal, 50 prisoners were freed.",
                "Under the deal, 50 prisoners",
            ),
            (
                "Many of the 300 people killed were civilians",
                "300 people were killed",
            ),
            (
                "The number of people displaced rose by 95,000",
                "people displaced rose by 95,000",
            ),
            (
                "Half of the residents have left the town",
                "50% of the residents have left",
            ),
        ] {
            assert_eq!(found(statement, &[quote]), None, "{quote}");
        }
        // A second quote that states it of the whole supports the statement.
        let statement = "Hospitals in Kherson have closed.";
        let quotes = [
            "Some hospitals in Kherson have closed.",
            "Hospitals in Kherson have closed.",
        ];
        assert_eq!(found(statement, &quotes), None);
    }
}
