//! Four digits from 1800 to 2100 are a year (`in 2000`, `since 1991`, `2014 Russia annexed`),
//! unless the words around them make them a count: a qualifier before them and what is
//! counted after (`about 2000 civilians`, `more than 1850 were killed`), a currency, a unit or a percent (`$2000`, `1850 km`), or a
//! plural noun after them that a year does not stand before (`2000 civilians`, `1850 homes`,
//! not `2019 levels`, `the 2016 elections`, `in 2020 cases`).

use super::phrases::{is, word};
use super::{Tok, Token, is_month, letters, unit_after, units};

/// Qualifiers of one word before a count (`about 2000`, `some 1850`).
const QUALIFIERS: &[&str] = &[
    "about",
    "some",
    "nearly",
    "almost",
    "over",
    "around",
    "roughly",
    "approximately",
    "estimated",
    "only",
    "just",
];

/// Qualifiers of two words (`at least 2000`, `more than 1850`).
const QUALIFIER_PAIRS: &[(&str, &str)] = &[
    ("at", "least"),
    ("at", "most"),
    ("more", "than"),
    ("fewer", "than"),
    ("less", "than"),
    ("up", "to"),
    ("as", "many"),
];

/// Words before a year that tell a time (`in about 2000`, `since 1991`, `by 2030 prices`):
/// the digits after them are a year, whatever follows.
const TIME_WORDS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "before",
    "after",
    "during",
    "circa",
    "through",
    "throughout",
    "fiscal",
];

/// Words before a year that stands before a noun (`the 2016 elections`, `its 2022 losses`,
/// `last 2000 runs`): a determiner or possessive makes the digits a year.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "your", "my", "whose", "last", "next", "early", "late", "mid",
];

/// Plurals that follow a year as often as a count (`2019 levels`, `2024 elections`), and verbs
/// of a year as a subject (`2000 marks`, `2023 brings`), ending in `s` as plurals do.
const NOT_COUNTED: &[&str] = &[
    "levels",
    "figures",
    "prices",
    "rates",
    "results",
    "elections",
    "polls",
    "games",
    "olympics",
    "talks",
    "accords",
    "floods",
    "protests",
    "riots",
    "attacks",
    "estimates",
    "forecasts",
    "numbers",
    "values",
    "standards",
    "terms",
    "models",
    "sales",
    "earnings",
    "profits",
    "revenues",
    "budgets",
    "accounts",
    "records",
    "census",
    "was",
    "is",
    "has",
    "as",
    "its",
    "this",
    "his",
    "us",
    "thus",
    "plus",
    "minus",
    "versus",
    "across",
    "always",
    "perhaps",
    "unless",
    "besides",
    "whereas",
    "less",
    "marks",
    "sees",
    "brings",
    "remains",
    "looks",
    "promises",
    "begins",
    "ends",
    "means",
    "seems",
    "comes",
    "becomes",
    "makes",
    "takes",
    "gives",
    "shows",
    "says",
    "goes",
    "does",
    "sets",
    "starts",
    "proves",
    "follows",
    "needs",
    "includes",
    "represents",
    "appears",
    "stands",
    "saw",
];

/// Plurals that do not end in `s` (`2000 people`).
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "personnel",
    "staff",
    "cattle",
    "sheep",
    "livestock",
];

/// Whether the year-like digits at token `i` (standing alone, ending at token `last`) count
/// something rather than name a year.
pub(super) fn year_like_counts(text: &str, toks: &[Tok<'_>], i: usize, last: usize) -> bool {
    let start = toks[i].start;
    let rest = &text[toks[last].end..];
    let signed = text[..start]
        .chars()
        .next_back()
        .is_some_and(|c| letters::CURRENCY_SIGNS.contains(&c));
    if signed || unit_after(rest).is_some() || units::measure_after(rest).is_some() {
        return true;
    }
    let before = |back: usize| i.checked_sub(back);
    let qualifier = if before(1).is_some_and(|p| is(toks, p, QUALIFIERS)) {
        Some(1)
    } else {
        let pair = before(2)
            .zip(before(1))
            .and_then(|(a, b)| Some((word(toks, a)?, word(toks, b)?)));
        pair.filter(|(a, b)| {
            QUALIFIER_PAIRS
                .iter()
                .any(|(x, y)| x.eq_ignore_ascii_case(a) && y.eq_ignore_ascii_case(b))
        })
        .map(|_| 2)
    };
    if let Some(words) = qualifier {
        // `in about 2000`, `since around 1991` are years. What is counted must follow (`about
        // 2000 civilians`, `some 1900 were killed`): alone at a clause's end it is a year too
        // (`built around 1850`, `Around 2000, the firm moved`, `founded around 2010 when`).
        let timed = before(words + 1).is_some_and(|h| is(toks, h, TIME_WORDS));
        return !timed && counted_after(toks, last);
    }
    plural_after(toks, last) && !year_before(toks, i)
}

/// Whether a word that tells what is counted, or what befell it, follows the digits ending at
/// token `last`: a lowercase word that is not a month nor a word that goes on the clause.
fn counted_after(toks: &[Tok<'_>], last: usize) -> bool {
    const CLAUSE_WORDS: &[&str] = &[
        "in", "on", "at", "when", "and", "or", "but", "as", "after", "before", "until", "for",
        "the", "a", "an", "with", "by", "to", "from", "during", "while", "if",
    ];
    let Some(next) = toks.get(last + 1).filter(|t| t.space_before) else {
        return false;
    };
    matches!(next.token, Token::Word(w) if w.starts_with(|c: char| c.is_lowercase())
        && !is_month(next)
        && !CLAUSE_WORDS.contains(&w))
}

/// Whether a plural noun follows the digits ending at token `last`: a word in lowercase after a
/// space, ending in `s` (not `1990s`, which is joined) or of `IRREGULAR_PLURALS`, and not of
/// `NOT_COUNTED`.
fn plural_after(toks: &[Tok<'_>], last: usize) -> bool {
    let Some(next) = toks.get(last + 1).filter(|t| t.space_before) else {
        return false;
    };
    let Token::Word(w) = next.token else {
        return false;
    };
    if !w.starts_with(|c: char| c.is_lowercase()) || is_month(next) {
        return false;
    }
    let plural =
        (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")) || IRREGULAR_PLURALS.contains(&w);
    plural && !NOT_COUNTED.contains(&w)
}

/// Whether the words before the digits at `i` make them a year before a noun: a word of time
/// or a determiner (`in 2020 cases`, `the 2016 elections`), a possessive (`Russia's 2014
/// invasions`), a month (`March 2000 figures`), or the first year of a span (`between 1990 and
/// 2000 emissions`, `from 1990 to 2000 prices`).
fn year_before(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let possessive = is(toks, p, &["s"])
        && p >= 1
        && matches!(toks[p - 1].token, Token::Mark('\'' | '\u{2019}'));
    let after_year = is(toks, p, &["and", "to", "or"])
        && p >= 1
        && matches!(toks[p - 1].token, Token::Digits(d) if d.len() == 4);
    is(toks, p, TIME_WORDS)
        || is(toks, p, DETERMINERS)
        || is_month(&toks[p])
        || possessive
        || after_year
}
