//! Numbers written as phrases: `half a million` (500,000), `a quarter of a million`, `a dozen`,
//! `a couple of hundred`; fractions (`two-thirds`, `a quarter of`, `half`, `one in five`), whose
//! value is their percent so that `a quarter` and `25%` compare; vague magnitudes (`dozens`,
//! `hundreds`, `tens of thousands`); and `first` in idioms where it counts nothing (`for the
//! first time`, `first-half revenue`, `first aid`), which is not read at all.

use super::{
    Kind, Mention, NumberWord, Tok, Token, Value, WordTable, joined, number_word, scale_power,
};
use std::sync::LazyLock;

/// Words after `first` that make it an idiom, not a count (`first aid`, `for the first time`).
const FIRST_IDIOMS: &[&str] = &[
    "time",
    "times",
    "aid",
    "minister",
    "ministers",
    "lady",
    "hand",
    "half",
    "quarter",
    "responders",
    "foremost",
    "glance",
    "sight",
    "instance",
];

/// Words after `5 in 10` that make it a count and a period, not a fraction.
const PERIODS: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "hrs",
    "mins",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "attacks",
    "games",
    "matches",
];

/// Fractions after `a` or `one`, with their denominators.
const SINGULAR: &[(&str, u128)] = &[
    ("third", 3),
    ("quarter", 4),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
];

/// Fractions after a numerator (`two-thirds`, `three quarters`).
const PLURAL: &[(&str, u128)] = &[
    ("halves", 2),
    ("thirds", 3),
    ("quarters", 4),
    ("fourths", 4),
    ("fifths", 5),
    ("sixths", 6),
    ("sevenths", 7),
    ("eighths", 8),
    ("ninths", 9),
    ("tenths", 10),
];

/// Plural magnitude words (`hundreds of people`) and the order they give; from `thousands` on
/// they also multiply (`hundreds of thousands`).
const VAGUE: &[(&str, u128)] = &[
    ("tens", 10),
    ("dozens", 12),
    ("hundreds", 100),
    ("thousands", 1_000),
    ("millions", 1_000_000),
    ("billions", 1_000_000_000),
];

/// The words a phrase can start with: a cheap test for every word of a text.
static STARTS: LazyLock<WordTable<()>> = LazyLock::new(|| {
    let words = [
        "first", "half", "halved", "halve", "halving", "a", "an", "one", "dozen",
    ];
    WordTable::new(
        (words.into_iter())
            .chain(VAGUE.iter().map(|(w, _)| *w))
            .map(|w| (w, ())),
    )
});

/// Whether the word `w`, which as a number word is `number`, may start a phrase.
fn starts_phrase(w: &str, number: Option<NumberWord>) -> bool {
    matches!(number, Some(NumberWord::Small(_))) || STARTS.get(w).is_some()
}

/// The word at token `k`, if it is one.
pub(super) fn word<'a>(toks: &[Tok<'a>], k: usize) -> Option<&'a str> {
    match toks.get(k)?.token {
        Token::Word(w) => Some(w),
        _ => None,
    }
}

/// Whether the token at `k` is one of `words`, in any case.
pub(super) fn is(toks: &[Tok<'_>], k: usize, words: &[&str]) -> bool {
    word(toks, k).is_some_and(|w| words.iter().any(|x| x.eq_ignore_ascii_case(w)))
}

fn lookup<T: Copy>(list: &[(&str, T)], w: Option<&str>) -> Option<T> {
    let w = w?;
    list.iter()
        .find(|(x, _)| x.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

fn hyphen_before(toks: &[Tok<'_>], i: usize) -> bool {
    i > 0 && !toks[i].space_before && toks[i - 1].token == Token::Mark('-')
}

fn hyphen_after(toks: &[Tok<'_>], i: usize) -> bool {
    toks.get(i + 1)
        .is_some_and(|t| !t.space_before && t.token == Token::Mark('-'))
        && toks.get(i + 2).is_some_and(|t| !t.space_before)
}

/// Reads a phrase at token `i`, whose word is the number word `number` if any, into `out`; the
/// index after it, or `None` when there is no phrase there (the number words are then read as
/// usual).
pub(super) fn read(
    text: &str,
    toks: &[Tok<'_>],
    i: usize,
    number: Option<NumberWord>,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let push = |out: &mut Vec<Mention>, end: usize, value: Value, kind: Kind| {
        let start = toks[i].start;
        let mut m = Mention::new(text[start..toks[end].end].to_owned(), value, start);
        m.kind = kind;
        out.push(m);
        Some(end + 1)
    };
    if !word(toks, i).is_some_and(|w| starts_phrase(w, number)) {
        return None;
    }
    if is(toks, i, &["first"]) && first_idiom(toks, i) {
        return Some(i + 1);
    }
    if is(toks, i, &["half"]) {
        if let Some((end, value, kind)) = of_unit(toks, i, 1, 2) {
            return push(out, end, value, kind);
        }
        if let Some((end, value)) = of_scale(toks, i + 1, 1, 2) {
            return push(out, end, value, Kind::Count);
        }
        let period = i > 0
            && is(
                toks,
                i - 1,
                &["the", "a", "an", "and", "first", "second", "last"],
            );
        if hyphen_before(toks, i) || hyphen_after(toks, i) || period {
            return Some(i + 1);
        }
        let (value, kind) = fraction(1, 2);
        return push(out, i, value, kind);
    }
    if is(toks, i, &["one"])
        && let Some(end) = one_idiom(toks, i)
    {
        return Some(end);
    }
    if is(toks, i, &["a", "an", "one"]) {
        return article(toks, i).and_then(|(end, value, kind)| push(out, end, value, kind));
    }
    if let Some(NumberWord::Small(n @ 1..=19)) = number
        && let Some(k) = joined(toks, i)
        && let Some(d) = lookup(PLURAL, word(toks, k))
    {
        if let Some((end, value, kind)) = of_unit(toks, k, n, d) {
            return push(out, end, value, kind);
        }
        if let Some((end, value)) = of_scale(toks, k + 1, n, d) {
            return push(out, end, value, Kind::Count);
        }
        let (value, kind) = fraction(n, d);
        return push(out, k, value, kind);
    }
    if let Some((end, value)) = dozen(toks, i) {
        return push(out, end, value, Kind::Count);
    }
    // `halved`: a fraction as a verb, so that `cut by half` finds it in a quote.
    if is(toks, i, &["halved", "halve", "halving"]) && !hyphen_before(toks, i) {
        let (value, kind) = fraction(1, 2);
        return push(out, i, value, kind);
    }
    let order = lookup(VAGUE, word(toks, i))?;
    let times = lookup(&VAGUE[3..], word(toks, i + 2)).filter(|_| is(toks, i + 1, &["of"]));
    match (order, times) {
        (10, None) => None, // "tens" alone is no number
        (a, Some(b)) => push(out, i + 2, Value::from_integer(a * b), Kind::Vague),
        (a, None) => push(out, i, Value::from_integer(a), Kind::Vague),
    }
}

/// `dozen` after a number word (`two dozen`, 24) or alone (`several dozen`, 12).
fn dozen(toks: &[Tok<'_>], i: usize) -> Option<(usize, Value)> {
    if is(toks, i, &["dozen"]) {
        return Some((i, Value::from_integer(12)));
    }
    let Some(NumberWord::Small(n)) = word(toks, i).and_then(number_word) else {
        return None;
    };
    let k = joined(toks, i)?;
    is(toks, k, &["dozen"]).then(|| (k, Value::from_integer(12 * n)))
}

/// `a dozen`, `a couple of hundred`, `a quarter of a million`, and the fractions `a third (of)`,
/// `one-quarter` after `a`, `an` or `one` at `i`: the last token, the value and its kind.
fn article(toks: &[Tok<'_>], i: usize) -> Option<(usize, Value, Kind)> {
    let k = joined(toks, i)?;
    if is(toks, k, &["dozen"]) {
        return Some((k, Value::from_integer(12), Kind::Count));
    }
    // `a million`, `a thousand` (not `a hundred`, which `a hundred and five` continues; `one
    // million` is left to the number words, which read `one million two hundred thousand`).
    if let Some(power @ 3..) = word(toks, k).and_then(scale_power)
        && is(toks, i, &["a", "an"])
    {
        return Some((k, Value::from_integer(1).scaled(power), Kind::Count));
    }
    if is(toks, k, &["couple"]) && is(toks, k + 1, &["of"]) {
        let power = word(toks, k + 2).and_then(scale_power)?;
        return Some((k + 2, Value::from_integer(2).scaled(power), Kind::Count));
    }
    let d = lookup(SINGULAR, word(toks, k))?;
    if let Some(found) = of_unit(toks, k, 1, d) {
        return Some(found);
    }
    if let Some((end, value)) = of_scale(toks, k + 1, 1, d) {
        return Some((end, value, Kind::Count));
    }
    // `a third of`, `a tenth.`, `fell by a third after ...`; not `a third term`, which is an
    // ordinal.
    let by = i.checked_sub(1).is_some_and(|b| is(toks, b, &["by"]));
    let ends = by || is(toks, k + 1, &["of"]) || word(toks, k + 1).is_none();
    let (value, kind) = fraction(1, d);
    ends.then_some((k, value, kind))
}

/// `of a million` (or `a million` after `half`) from `k`, as `n`/`d` of the scale, when that is
/// a whole number: the last token and the value.
fn of_scale(toks: &[Tok<'_>], k: usize, n: u128, d: u128) -> Option<(usize, Value)> {
    let k = if is(toks, k, &["of"]) { k + 1 } else { k };
    if !is(toks, k, &["a", "an"]) {
        return None;
    }
    let (size, power) = if is(toks, k + 1, &["dozen"]) {
        (12, 0)
    } else {
        (1, word(toks, k + 1).and_then(scale_power)?)
    };
    let whole = 10u128.checked_pow(power as u32)?.checked_mul(size * n)?;
    whole
        .is_multiple_of(d)
        .then(|| (k + 1, Value::from_integer(whole / d)))
}

/// `of a percentage point`, `a per cent`, `-point` after the fraction word at `at`: `n`/`d` of
/// a point or a percent (`half a percentage point` is 0.5 points), when that is exact. The last
/// token, the value and the kind.
fn of_unit(toks: &[Tok<'_>], at: usize, n: u128, d: u128) -> Option<(usize, Value, Kind)> {
    let mut k = joined(toks, at)?;
    let bare = !is(toks, k, &["of", "a", "an", "one"]);
    if is(toks, k, &["of"]) {
        k = joined(toks, k)?;
    }
    if is(toks, k, &["a", "an", "one"]) {
        k = joined(toks, k)?;
    }
    let (end, kind) = unit(toks, k)?;
    // `a fifth point` is an ordinal; `a quarter point`, `a quarter-point` and `a fifth of a
    // point` are fractions of one.
    let point_alone = kind == Kind::Points && is(toks, k, &["point", "points"]);
    if bare && point_alone && !hyphen_after(toks, at) && !is(toks, at, &["half", "quarter"]) {
        return None;
    }
    match fraction(n, d) {
        (percent, Kind::Fraction { exact: true }) => Some((end, percent.scaled(-2), kind)),
        _ => None,
    }
}

/// A percent (`percent`, `per cent`) or a point (`point`, `percentage point`, and their
/// plurals) at `k`: its last token and kind.
fn unit(toks: &[Tok<'_>], k: usize) -> Option<(usize, Kind)> {
    if is(toks, k, &["percent"]) {
        return Some((k, Kind::Percent));
    }
    if is(toks, k, &["per"]) {
        let cent = joined(toks, k)?;
        return is(toks, cent, &["cent"]).then_some((cent, Kind::Percent));
    }
    let point = if is(toks, k, &["percentage"]) {
        joined(toks, k)?
    } else {
        k
    };
    is(toks, point, &["point", "points"]).then_some((point, Kind::Points))
}

/// `n`/`d` as a percent: exact when it ends within six decimals, else to two (33.33).
fn fraction(n: u128, d: u128) -> (Value, Kind) {
    for k in 0..=6 {
        let scaled = 100 * n * 10u128.pow(k);
        if scaled.is_multiple_of(d) {
            return (
                Value::from_integer(scaled / d).scaled(-(k as i32)),
                Kind::Fraction { exact: true },
            );
        }
    }
    let rounded = (100 * n * 100 * 2 + d) / (2 * d);
    (
        Value::from_integer(rounded).scaled(-2),
        Kind::Fraction { exact: false },
    )
}

/// The percent that `rounded` (a fraction's percent to two decimals, 33.33) stands for: that
/// of the fraction with the smallest denominator that rounds to it (a third: 33.333...), or
/// `rounded` itself when none does.
pub(super) fn unrounded_percent(rounded: f64) -> f64 {
    for d in 2..=100u32 {
        let n = (rounded * f64::from(d) / 100.0).round();
        let percent = 100.0 * n / f64::from(d);
        if ((percent * 100.0).round() - rounded * 100.0).abs() < 1e-6 {
            return percent;
        }
    }
    rounded
}

/// Whether `first` at `i` is an idiom: joined by a hyphen to a word (`first-half`,
/// `first-hand`), before a word of `FIRST_IDIOMS`, in `at first` or `first of all`.
fn first_idiom(toks: &[Tok<'_>], i: usize) -> bool {
    let hyphened = hyphen_after(toks, i) && word(toks, i + 2).is_some();
    hyphened
        || is(toks, i + 1, FIRST_IDIOMS)
        || (i > 0 && is(toks, i - 1, &["at"]))
        || (is(toks, i + 1, &["of"]) && is(toks, i + 2, &["all"]))
}

/// Words before `one` that make it a pronoun: `no one` (and `no-one`), `any one`, `some one`,
/// `every one`, `each one`.
const ONE_PRONOUN_AFTER: &[&str] = &["no", "any", "some", "every", "each"];

/// Words joined by a hyphen after `one` that make an idiom of it: `one-sided`, `one-off`,
/// `one-way`, `one-time`, `one-on-one`. Not `one-year` or `one-third`: those count.
const ONE_HYPHENED: &[&str] = &["sided", "off", "way", "time", "on"];

/// Words after `at one` that make an adverb of time or place: `at one point`, `at one time`.
const AT_ONE: &[&str] = &["point", "time", "stage", "moment"];

/// Relative words after `the one` (or `that one`, `this one`) that make it a pronoun: `the one
/// that`, `the one who`.
const RELATIVES: &[&str] = &["that", "who", "whom", "whose", "which", "where"];

/// When `one` at `i` is a pronoun or an idiom, not the number 1, the index after the words
/// that make it so: `no one`, `no-one`, `any one`, `every one` (`ONE_PRONOUN_AFTER`), `one
/// another`, `one-sided` (`ONE_HYPHENED`), `the one that` (`RELATIVES`), `at one point`
/// (`AT_ONE`), `one by one`, `one after another`, `one after the other`. A number word after
/// it keeps the number (`some one million`), and where in doubt `one` counts: `one of the`,
/// `one person`, `one day` (a day's length as often as an adverb), `the only one`.
pub(super) fn one_idiom(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let next = joined(toks, i);
    if next
        .and_then(|k| word(toks, k))
        .and_then(number_word)
        .is_some()
    {
        return None;
    }
    if hyphen_after(toks, i) {
        return is(toks, i + 2, ONE_HYPHENED).then_some(i + 1);
    }
    // The word before, after a space or joined by a hyphen (`no-one`).
    let before = match i.checked_sub(1) {
        Some(p) if hyphen_before(toks, i) => p.checked_sub(1).filter(|_| !toks[p].space_before),
        Some(p) if toks[i].space_before => Some(p),
        _ => None,
    };
    let before_is = |words: &[&str]| before.is_some_and(|p| is(toks, p, words));
    if before_is(ONE_PRONOUN_AFTER)
        || (before_is(&["the", "this", "that"]) && is(toks, i + 1, RELATIVES))
        || (before_is(&["at"]) && is(toks, i + 1, AT_ONE))
    {
        return Some(i + 1);
    }
    if is(toks, i + 1, &["another"]) {
        return Some(i + 2);
    }
    if described_one(toks, i) {
        return Some(i + 1);
    }
    if is(toks, i + 1, &["by"]) && is(toks, i + 2, &["one"]) {
        return Some(i + 3);
    }
    if is(toks, i + 1, &["after"]) {
        if is(toks, i + 2, &["another"]) {
            return Some(i + 3);
        }
        if is(toks, i + 2, &["the"]) && is(toks, i + 3, &["other"]) {
            return Some(i + 4);
        }
    }
    None
}

/// Words after a `one` that stands for a noun which may end its phrase: `a false one, and`,
/// `a new one that`. A noun there makes `one` a number again (`a day one patch`).
const AFTER_ONE_PRONOUN: &[&str] = &[
    "and", "or", "but", "that", "which", "who", "whose", "is", "was", "will", "would", "as",
    "than", "for", "to", "from", "with", "at", "on",
];

/// Words between an article and `one` that say how many or how much, so that `one` counts:
/// `an estimated one`, `a further one` (`a further one million` is read before).
const COUNTING_BEFORE_ONE: &[&str] = &[
    "about",
    "around",
    "some",
    "over",
    "under",
    "just",
    "only",
    "estimated",
    "additional",
    "further",
    "extra",
    "more",
    "mere",
];

/// Whether `one` at `i` stands for a noun named before it, described by a word or two after
/// "a" or "an": "a false one", "an easy one", "a very different one". An article does not
/// count a number ("a one in five chance" has no word between), and where a noun follows,
/// `one` counts it.
fn described_one(toks: &[Tok<'_>], i: usize) -> bool {
    let ends = toks.get(i + 1).is_none_or(|t| match t.token {
        Token::Word(w) => AFTER_ONE_PRONOUN.iter().any(|x| x.eq_ignore_ascii_case(w)),
        Token::Mark(c) => c != '-',
        Token::Digits(_) => false,
    });
    if !ends {
        return false;
    }
    // One or two describing words, each after a space, then the article.
    for between in 1..=2 {
        let Some(article) = i.checked_sub(between + 1) else {
            return false;
        };
        let describing = (article + 1..i).all(|k| {
            toks[k].space_before
                && word(toks, k).is_some_and(|w| {
                    number_word(&w.to_ascii_lowercase()).is_none()
                        && !w.ends_with("ly")
                        && !COUNTING_BEFORE_ONE
                            .iter()
                            .any(|x| x.eq_ignore_ascii_case(w))
                })
        });
        if !describing || !toks[i].space_before {
            return false;
        }
        if is(toks, article, &["a", "an"]) {
            return true;
        }
    }
    false
}

/// Merges `one in five` (two counts with `in` between) into a fraction: the first at most 100
/// and smaller than the second, which is 2 to 10 or a round 20, 50, 100, 1,000; not before a
/// unit of time or length (`12 in 24 hours`, `5 in 10 days` are a count and a period).
pub(super) fn one_in_n(text: &str, out: &mut Vec<Mention>) {
    let whole = |m: &Mention| {
        (m.kind == Kind::Count && m.alt.is_none() && m.scale == 0)
            .then(|| m.value.to_f64())
            .flatten()
            .filter(|v| v.fract() == 0.0 && (1.0..=1000.0).contains(v))
    };
    let small = |m: &Mention| whole(m).filter(|v| *v <= 100.0);
    let round = |m: &Mention| {
        whole(m).filter(|v| (2.0..=10.0).contains(v) || [20.0, 50.0, 100.0, 1000.0].contains(v))
    };
    let period_after = |m: &Mention| {
        let next = text[m.end()..].split_whitespace().next().unwrap_or("");
        let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
        PERIODS.iter().any(|p| p.eq_ignore_ascii_case(next))
    };
    let mut j = 1;
    while j < out.len() {
        let (a, b) = (&out[j - 1], &out[j]);
        let between = text.get(a.end()..b.start).map(str::trim);
        if let (Some(n), Some(d), Some(true)) = (
            small(a),
            round(b),
            between.map(|w| w.eq_ignore_ascii_case("in")),
        ) && n < d
            && !period_after(b)
        {
            let (value, kind) = fraction(n as u128, d as u128);
            let end = b.end();
            let merged = &mut out[j - 1];
            merged.text = text[merged.start..end].to_owned();
            merged.value = value;
            merged.kind = kind;
            out.remove(j);
        }
        j += 1;
    }
}
