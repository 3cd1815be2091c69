//! Which measure of a thing a number is: the median or the average, real or nominal, gross or
//! net, pre-tax or net profit, revenue or profit, seasonally adjusted or not, and what a change
//! is counted from (a year earlier, the previous quarter, an annualised rate). An editor's
//! catch: "the average house price was $412,000" for "the median house price was $412,000"
//! gives the right number as another measure, which the number alone does not show.

use super::numbers::Mention;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// A stem of every phrase of `KINDS`: a statement with none names no measure, and most facts
/// are passed over with one look (the phrases are read word by word only after it).
static MEASURE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "median",
            "average",
            "nominal",
            "cash terms",
            "real",
            "inflation",
            "constant prices",
            "gross",
            "net",
            "operating",
            "tax",
            "revenue",
            "sales",
            "turnover",
            "profit",
            "seasonal",
            "annual",
            "year",
            "quarter",
            "month",
            "sequential",
            "yoy",
        ])
        .expect("a few short words make an automaton")
});

/// Whether `statement` may name a measure: without one of its stems it names none.
pub fn may_name_one(statement: &str) -> bool {
    MEASURE_FINDER.is_match(statement)
}

/// The words that name one measure of a kind, as lowercase words (a hyphen splits a word:
/// "pre-tax" is "pre tax"). `None` names no measure: words read first so that the words in them
/// are not taken for one ("gross domestic product" is no gross figure).
type Phrases = &'static [(Option<&'static str>, &'static [&'static str])];

/// The kinds of measure, each with what a message calls it and the words of its measures. In
/// each kind a longer phrase that holds a shorter one comes first ("not seasonally adjusted").
const KINDS: &[(&str, Phrases)] = &[
    (
        "median or average",
        &[
            (Some("median"), &["median"]),
            (Some("average"), &["average"]),
        ],
    ),
    (
        "real or nominal",
        &[
            (Some("nominal"), &["not", "adjusted", "for", "inflation"]),
            (Some("nominal"), &["unadjusted", "for", "inflation"]),
            (Some("nominal"), &["before", "inflation"]),
            (Some("nominal"), &["nominal"]),
            (Some("nominal"), &["in", "cash", "terms"]),
            (Some("real"), &["real", "terms"]),
            (Some("real"), &["inflation", "adjusted"]),
            (Some("real"), &["adjusted", "for", "inflation"]),
            (Some("real"), &["after", "inflation"]),
            (Some("real"), &["constant", "prices"]),
            (Some("real"), &["real", "wages"]),
            (Some("real"), &["real", "pay"]),
            (Some("real"), &["real", "income"]),
            (Some("real"), &["real", "incomes"]),
            (Some("real"), &["real", "earnings"]),
            (Some("real"), &["real", "gdp"]),
            (Some("real"), &["real", "growth"]),
            (Some("real"), &["real", "spending"]),
        ],
    ),
    (
        "gross or net",
        &[
            (None, &["gross", "domestic"]),
            (None, &["gross", "national"]),
            (None, &["net", "zero"]),
            (Some("gross"), &["gross"]),
            (Some("net"), &["net"]),
        ],
    ),
    (
        "which profit",
        &[
            (Some("operating"), &["operating", "profit"]),
            (Some("operating"), &["operating", "profits"]),
            (Some("operating"), &["operating", "income"]),
            (Some("operating"), &["operating", "earnings"]),
            (Some("operating"), &["operating", "loss"]),
            (Some("pre-tax"), &["pre", "tax"]),
            (Some("pre-tax"), &["pretax"]),
            (Some("pre-tax"), &["before", "tax"]),
            (Some("pre-tax"), &["before", "taxes"]),
            (Some("pre-tax"), &["before", "taxation"]),
            (Some("net"), &["net", "profit"]),
            (Some("net"), &["net", "profits"]),
            (Some("net"), &["net", "income"]),
            (Some("net"), &["net", "earnings"]),
            (Some("net"), &["net", "loss"]),
            (Some("net"), &["after", "tax"]),
            (Some("net"), &["after", "taxes"]),
            (Some("net"), &["post", "tax"]),
        ],
    ),
    (
        "revenue or profit",
        &[
            (Some("revenue"), &["revenue"]),
            (Some("revenue"), &["revenues"]),
            (Some("revenue"), &["sales"]),
            (Some("revenue"), &["turnover"]),
            (Some("profit"), &["profit"]),
            (Some("profit"), &["profits"]),
            (Some("profit"), &["net", "income"]),
        ],
    ),
    (
        "seasonally adjusted or not",
        &[
            (
                Some("not seasonally adjusted"),
                &["not", "seasonally", "adjusted"],
            ),
            (
                Some("not seasonally adjusted"),
                &["non", "seasonally", "adjusted"],
            ),
            (
                Some("not seasonally adjusted"),
                &["seasonally", "unadjusted"],
            ),
            (
                Some("not seasonally adjusted"),
                &["before", "seasonal", "adjustment"],
            ),
            (
                Some("not seasonally adjusted"),
                &["without", "seasonal", "adjustment"],
            ),
            (Some("seasonally adjusted"), &["seasonally", "adjusted"]),
            (
                Some("seasonally adjusted"),
                &["adjusted", "for", "seasonal"],
            ),
            (
                Some("seasonally adjusted"),
                &["after", "seasonal", "adjustment"],
            ),
        ],
    ),
    ("what a change is counted from", BASES),
];

/// What a change is counted from. "the previous quarter" after "in" or "during" is when the
/// change came, not what it is counted from, and is read by `counted_from`.
const BASES: Phrases = &[
    (Some("annualised"), &["annualised"]),
    (Some("annualised"), &["annualized"]),
    (Some("annualised"), &["annual", "rate"]),
    (Some("annualised"), &["annual", "pace"]),
    (Some("year on year"), &["year", "on", "year"]),
    (Some("year on year"), &["year", "over", "year"]),
    (Some("year on year"), &["a", "year", "earlier"]),
    (Some("year on year"), &["a", "year", "ago"]),
    (Some("year on year"), &["a", "year", "before"]),
    (Some("year on year"), &["the", "year", "before"]),
    (Some("year on year"), &["on", "the", "year"]),
    (Some("year on year"), &["from", "last", "year"]),
    (Some("year on year"), &["on", "last", "year"]),
    (Some("year on year"), &["same", "period", "last", "year"]),
    (Some("year on year"), &["same", "quarter", "last", "year"]),
    (Some("year on year"), &["same", "month", "last", "year"]),
    (Some("year on year"), &["yoy"]),
    (Some("quarter on quarter"), &["quarter", "on", "quarter"]),
    (Some("quarter on quarter"), &["quarter", "over", "quarter"]),
    (Some("quarter on quarter"), &["previous", "quarter"]),
    (Some("quarter on quarter"), &["prior", "quarter"]),
    (Some("quarter on quarter"), &["preceding", "quarter"]),
    (Some("quarter on quarter"), &["on", "the", "quarter"]),
    (Some("quarter on quarter"), &["a", "quarter", "earlier"]),
    (Some("quarter on quarter"), &["sequentially"]),
    (Some("month on month"), &["month", "on", "month"]),
    (Some("month on month"), &["month", "over", "month"]),
    (Some("month on month"), &["previous", "month"]),
    (Some("month on month"), &["prior", "month"]),
    (Some("month on month"), &["preceding", "month"]),
    (Some("month on month"), &["on", "the", "month"]),
    (Some("month on month"), &["a", "month", "earlier"]),
    (Some("month on month"), &["a", "month", "ago"]),
];

/// Words before "the previous quarter" that make it when the change came ("fell 3% in the
/// previous quarter"), not what it is counted from.
const WHEN: &[&str] = &[
    "in",
    "during",
    "for",
    "over",
    "of",
    "since",
    "throughout",
    "by",
];

/// How many words before a number, and after it, are read for its measure.
const BEFORE: usize = 10;
const AFTER: usize = 8;

/// A measure read near a number: its kind, its name, and the words as the text writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measured {
    pub kind: &'static str,
    pub name: &'static str,
    pub words: String,
}

/// The measures that qualify `m` in `text`: the words of its clause before it (back to the
/// sentence's start or another number, at most `BEFORE` words) and after it (up to a comma,
/// the sentence's end or another number, at most `AFTER` words). `others` are the text's
/// numbers; words past one of them are that number's.
pub fn measures_of(text: &str, others: &[Mention], m: &Mention) -> Vec<Measured> {
    let (head, tail) = super::scope::clause_of(text, others, m);
    let tail = tail.find([',', '(']).map_or(tail, |i| &tail[..i]);
    let head = keys(head);
    let head = &head[head.len().saturating_sub(BEFORE)..];
    let mut tail = keys(tail);
    tail.truncate(AFTER);
    let mut found = read(text, head);
    found.extend(read(text, &tail));
    found
}

/// The words of `text`, a hyphen or a slash splitting a word ("year-on-year"), as slices of
/// it.
fn keys(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2013}' | '/'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The words of `text` from the first of `words` to the last, as `text` writes them
/// ("pre-tax"); `words` are slices of `text`.
fn as_written<'t>(text: &'t str, words: &[&str]) -> &'t str {
    let base = text.as_ptr().addr();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return "";
    };
    let start = first.as_ptr().addr().saturating_sub(base);
    let end = (last.as_ptr().addr() + last.len()).saturating_sub(base);
    text.get(start..end).unwrap_or("")
}

/// The measures `words` name, each kind read from the first word on, a phrase's words taken
/// once.
fn read(text: &str, words: &[&str]) -> Vec<Measured> {
    let mut found = Vec::new();
    for &(kind, phrases) in KINDS {
        let mut i = 0;
        while i < words.len() {
            let hit = phrases.iter().find(|(_, p)| {
                (words.get(i..i + p.len())).is_some_and(|w| {
                    w.iter()
                        .zip(p.iter())
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
                })
            });
            let Some(&(name, phrase)) = hit else {
                i += 1;
                continue;
            };
            if let Some(name) = name.filter(|_| counted_from(kind, words, i)) {
                found.push(Measured {
                    kind,
                    name,
                    words: as_written(text, &words[i..i + phrase.len()]).to_string(),
                });
            }
            i += phrase.len();
        }
    }
    found
}

/// Whether a base at word `i` is what a change is counted from: "the previous quarter" after
/// "in" is when it came.
fn counted_from(kind: &str, words: &[&str], i: usize) -> bool {
    if kind != "what a change is counted from" {
        return true;
    }
    let before = |n: usize| i.checked_sub(n).and_then(|j| words.get(j)).copied();
    let prep = if before(1).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        before(2)
    } else {
        before(1)
    };
    !prep.is_some_and(|p| WHEN.iter().any(|w| w.eq_ignore_ascii_case(p)))
}

/// The first measure the statement gives `m` that no quote giving the number gives it, where
/// one of those quotes gives it a measure of the same kind: the statement's and the quote's.
/// `quoted` pairs each quote with its numbers.
pub fn another_measure(
    statement: &str,
    stated: &[Mention],
    m: &Mention,
    quoted: &[(&str, &[Mention])],
) -> Option<(Measured, Measured)> {
    let ours = measures_of(statement, stated, m);
    if ours.is_empty() {
        return None;
    }
    let theirs: Vec<Measured> = (quoted.iter())
        .flat_map(|&(text, ms)| {
            (ms.iter())
                .filter(|q| m.supported_by(q) && m.same_currency(q) && m.same_unit(q))
                .flat_map(move |q| measures_of(text, ms, q))
        })
        .collect();
    ours.into_iter().find_map(|o| {
        let same_kind = theirs.iter().filter(|t| t.kind == o.kind);
        if same_kind.clone().any(|t| t.name == o.name) {
            return None;
        }
        same_kind.into_iter().next().cloned().map(|t| (o, t))
    })
}
