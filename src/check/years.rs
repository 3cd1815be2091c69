//! `year-not-in-quote`: the years of a statement, which `number-not-in-quote` leaves out (the
//! contract: four digits from 1800 to 2100 standing alone are years), held to the quotes.
//!
//! A year-like number of the statement is fine when a quote of the fact, or the sentence it
//! stands in, gives it: as a year ("in 2002"), inside a date ("2022-03-02"), or as a number
//! ("2,000" for "2000 rescuers"); or when it is the year of the fact's `date` or of a cited
//! source's `published` (a statement may name the year of its event). Otherwise it is a year
//! changed in transcription (2002 written 2012) or a count that reads as a year ("2023
//! survived" for 2024), which nothing else checks.

use super::numbers::{Mention, Value, mentions};
use super::placed::Placed;
use super::{Context, Finding};
use crate::format;
use crate::load::model::Fact;
use crate::load::spanned::Spanned;
use crate::rules::Rule;

/// A year-like number of a text: its four digits, where they start, and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct YearLike<'t> {
    text: &'t str,
    start: usize,
    year: i16,
}

/// `year-not-in-quote` for one fact, whose statement reads `visible` with its links'
/// addresses blanked (`FactNumbers::visible`); `placed` is where each of its quotes stands.
pub fn years_in_quotes(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    visible: &str,
    cited: &[Option<usize>],
    placed: &[Option<Placed<'_>>],
    out: &mut Vec<Finding>,
) {
    let quotes: Vec<&str> = (fact.sources.value.iter())
        .filter_map(|c| c.quote.as_ref().map(|q| q.value.as_str()))
        .collect();
    if quotes.is_empty() {
        return; // left to missing-quote
    }
    // The year of the fact's `date`; a source's `published` year only where the quotes'
    // words name no day (below), as a day they name is in the year it resolves to.
    let known: Vec<i16> = fact.date.iter().map(|d| d.value.0.year()).collect();
    // A link's address is not read (`/report?year=2019`).
    let candidates: Vec<YearLike<'_>> = year_likes(visible)
        .into_iter()
        .filter(|y| !known.contains(&y.year))
        .collect();
    if candidates.is_empty() {
        return;
    }
    let dated = dated_years(ctx, placed);
    let published: Vec<i16> = if dated.is_empty() {
        (cited.iter().flatten())
            .filter_map(|&i| ctx.file.sources[i].published.as_ref())
            .map(|p| p.value.0.year())
            .collect()
    } else {
        Vec::new()
    };
    let candidates: Vec<YearLike<'_>> = (candidates.into_iter())
        .filter(|y| !published.contains(&y.year) && !dated.iter().any(|d| d.year == y.year))
        .collect();
    if candidates.is_empty() {
        return;
    }
    let texts: Vec<&str> = quotes
        .iter()
        .copied()
        .chain(placed.iter().flatten().map(|p| p.sentence))
        .collect();
    // Each text is read once, not once a year: a long quote of numbers gives many years.
    let given: Vec<Given> = texts.iter().map(|t| Given::read(t)).collect();
    let mut missing: Vec<YearLike<'_>> = Vec::new();
    for year in candidates {
        if missing.iter().any(|m| m.year == year.year) {
            continue;
        }
        if !given.iter().any(|g| g.gives(year.year)) {
            missing.push(year);
        }
    }
    let Some(first) = missing.first() else {
        return;
    };
    let id = fact.id.value.as_str();
    let listed: Vec<String> = missing.iter().map(|y| format!("`{}`", y.text)).collect();
    let (what, verb) = match listed.as_slice() {
        [one] => (one.clone(), "is"),
        _ => (listed.join(", "), "are"),
    };
    let message = message(id, &what, verb, &quotes, &dated);
    let finding = Finding::new(Rule::YearNotInQuote, fact.statement.pos, message).fact(id);
    out.push(ctx.at_words(&fact.statement, first.start, first.text, finding));
}

/// The message for the statement's years `what` that no quote gives; `dated`, the years the
/// quotes' days resolve to, are named with their words.
fn message(id: &str, what: &str, verb: &str, quotes: &[&str], dated: &[Dated]) -> String {
    let they_give = they_give(quotes);
    if dated.is_empty() {
        return format!(
            "fact `{id}`: the statement's {what} {verb} in none of its quotes or their \
             sentences{they_give}, neither as a year nor as a number, nor the year of the fact's \
             `date` or of a cited source's `published`: correct it, or quote the words that \
             give it"
        );
    }
    let mut said: Vec<&str> = Vec::new();
    for d in dated {
        if !said.contains(&d.said.as_str()) && said.len() < 3 {
            said.push(&d.said);
        }
    }
    format!(
        "fact `{id}`: the statement's {what} {verb} in none of its quotes or their \
         sentences{they_give}, neither as a year nor as a number, nor the year of the fact's \
         `date`, and the days they name are in other years ({}): correct it, or quote the \
         words that give it",
        said.join("; ")
    )
}

/// " (they give the years 2002, 2027)", or nothing when the quotes give no year.
fn they_give(quotes: &[&str]) -> String {
    let mut years: Vec<i16> = quotes
        .iter()
        .flat_map(|q| year_likes(q).into_iter().map(|y| y.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    if years.is_empty() {
        return String::new();
    }
    let years: Vec<String> = years.iter().map(i16::to_string).collect();
    format!(" (they give the years {})", years.join(", "))
}

/// A year that words of a quote or its sentence name, and how: "“December 30” in a paper of
/// 5 January 2023 is 30 December 2022".
struct Dated {
    year: i16,
    said: String,
}

/// The years that the days named in the quotes' sentences resolve to, counted from each
/// source's `published` as `date-mismatch` counts them, and those of "last year", "this
/// year" and "next year".
fn dated_years(ctx: &Context<'_>, placed: &[Option<Placed<'_>>]) -> Vec<Dated> {
    let mut out: Vec<Dated> = Vec::new();
    for place in placed.iter().flatten() {
        let base = (ctx.file.sources[place.source].published.as_ref()).map(|p| p.value.0);
        let paper = base.map_or(String::new(), |b| {
            format!(" in a paper of {}", format::day(&b))
        });
        for phrase in super::dates::sentence_days(ctx, place).iter().cloned() {
            let words = phrase.text;
            for day in phrase.day.readings(base) {
                let said = format!("“{words}”{paper} is {}", format::day(&day));
                out.push(Dated {
                    year: day.year(),
                    said,
                });
            }
            for (from, to) in phrase.day.stretches(base) {
                for year in from.year()..=to.year() {
                    let (from, to) = (format::day(&from), format::day(&to));
                    let said = format!("“{words}”{paper} is from {from} to {to}");
                    out.push(Dated { year, said });
                }
            }
        }
        if let Some(base) = base {
            for (words, year) in relative_years(place.sentence, base) {
                let said = format!("“{words}”{paper} is {year}");
                out.push(Dated { year, said });
            }
        }
    }
    out
}

/// The years that "last year", "this year" and "next year" in `text` name, counted from the day
/// `base`, with their words; and "next spring" (summer, autumn, fall, winter): the year that
/// season next begins in, the year after `base`'s once it has begun (March, June, September,
/// December, as the northern half of the world counts them).
fn relative_years(text: &str, base: jiff::civil::Date) -> Vec<(&str, i16)> {
    let lower = text.to_ascii_lowercase();
    let year = base.year();
    let seasons = [
        ("next spring", 3),
        ("next summer", 6),
        ("next autumn", 9),
        ("next fall", 9),
        ("next winter", 12),
    ]
    .map(|(words, begins)| (words, i16::from(base.month() >= begins)));
    [("last year", -1), ("this year", 0), ("next year", 1)]
        .iter()
        .chain(seasons.iter())
        .filter_map(|&(words, shift)| {
            let at = lower.find(words)?;
            let said = text.get(at..at + words.len())?;
            Some((said, year.saturating_add(shift)))
        })
        .collect()
}

/// What a text gives of years, read once: the second years of its spans (`2022-23`), its
/// runs of exactly four digits, the two digits after an apostrophe standing alone ("'97"), and
/// the values of its numbers.
struct Given {
    spans: Vec<i16>,
    runs: Vec<u16>,
    abbreviated: [bool; 100],
    values: std::collections::BTreeSet<Value>,
}

impl Given {
    fn read(text: &str) -> Given {
        let numbers = mentions(text);
        let spans = year_likes_among(text, &numbers)
            .iter()
            .filter(|y| y.text.len() > 4)
            .map(|y| y.year)
            .collect();
        let bytes = text.as_bytes();
        let mut runs = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 4 {
                runs.extend(text[start..i].parse::<u16>().ok());
            }
            i = i.max(start + 1);
        }
        let mut abbreviated = [false; 100];
        for (at, mark) in text.match_indices(['\'', '\u{2019}']) {
            let end = at + mark.len() + 2;
            let Some(&[d1, d2]) = bytes.get(at + mark.len()..end) else {
                continue;
            };
            if !(d1.is_ascii_digit() && d2.is_ascii_digit()) {
                continue;
            }
            let after = text[end..].chars().next();
            let before = text[..at].chars().next_back();
            if !after.is_some_and(char::is_alphanumeric)
                && !before.is_some_and(char::is_alphanumeric)
            {
                abbreviated[usize::from(d1 - b'0') * 10 + usize::from(d2 - b'0')] = true;
            }
        }
        runs.sort_unstable();
        runs.dedup();
        let values = numbers.into_iter().map(|m| m.value).collect();
        Given {
            spans,
            runs,
            abbreviated,
            values,
        }
    }

    /// Whether the text gives `year`: as the second year of a span, as a run of exactly its
    /// four digits (a year, or the year of a date), as its last two digits after an apostrophe
    /// ("'97"), or as a number of that value ("2,000").
    fn gives(&self, year: i16) -> bool {
        self.spans.contains(&year)
            || u16::try_from(year).is_ok_and(|y| y >= 1000 && self.runs.binary_search(&y).is_ok())
            || usize::try_from(year % 100).is_ok_and(|short| self.abbreviated[short])
            || Value::from_number(f64::from(year)).is_some_and(|v| self.values.contains(&v))
    }
}

/// Whether `text` gives `year` (see `Given::gives`).
#[cfg(test)]
fn gives(text: &str, year: i16) -> bool {
    Given::read(text).gives(year)
}

/// The year-like numbers of `text`: four digits from 1800 to 2100 standing alone, as the
/// contract's Numbers reads them (not in a name like `F-1900`, not part of `2,000` or `1.2000`,
/// not the year of an ISO or slashed date, not with a scale word: `2000 million` is a number).
fn year_likes(text: &str) -> Vec<YearLike<'_>> {
    let out = year_like_digits(text);
    if out.is_empty() {
        return out;
    }
    not_numbers(out, &mentions(text))
}

/// The four digits from 1800 to 2100 of `text` that stand alone, numbers or not.
fn year_like_digits(text: &str) -> Vec<YearLike<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let Ok(year) = text[start..i].parse::<i16>() else {
            continue;
        };
        // `/` after a year makes a date (`2022/03/02`), unless it makes a span (`2022/23`).
        let alone = || {
            standing_alone(text, start, i)
                || (text[i..].starts_with('/') && span_second(text, start, i, year).is_some())
        };
        if i - start == 4 && (1800..=2100).contains(&year) && alone() {
            out.push(YearLike {
                text: &text[start..i],
                start,
                year,
            });
            out.extend(span_second(text, start, i, year));
        }
    }
    out
}

/// The year-like numbers of `text` (see `year_likes`), given the numbers `mentions` reads in it.
fn year_likes_among<'t>(text: &'t str, numbers: &[Mention]) -> Vec<YearLike<'t>> {
    not_numbers(year_like_digits(text), numbers)
}

/// `years` without those inside a number that the reader of numbers reads (a scale word after
/// it: `2000 million` is a number). Linear: the numbers' spans are sorted once, then walked
/// with the years, which come in the order of the text (testing every number for every year
/// was quadratic on a text of many numbers).
fn not_numbers<'t>(mut years: Vec<YearLike<'t>>, numbers: &[Mention]) -> Vec<YearLike<'t>> {
    let mut spans: Vec<(usize, usize)> = (numbers.iter())
        .map(|m| (m.start, m.start + m.text.len()))
        .collect();
    spans.sort_unstable();
    let mut next = 0;
    let mut reach = 0; // the furthest end of the spans that start at or before the year
    years.retain(|y| {
        while let Some(&(_, end)) = spans.get(next).filter(|s| s.0 <= y.start) {
            reach = reach.max(end);
            next += 1;
        }
        y.start >= reach
    });
    years
}

/// The second year of a span written with its last two digits (`2022-23`, `2022/23`,
/// `2022–23`), after the year `year` at `start..end`: 2023, shown as the span. A later
/// year only (`2022-03` is a year and its month).
fn span_second(text: &str, start: usize, end: usize, year: i16) -> Option<YearLike<'_>> {
    let rest = &text[end..];
    let mark = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '\u{2013}' | '/'))?;
    let digits = &rest[mark.len_utf8()..];
    let two = digits.as_bytes().get(..2)?;
    if !two.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let after = digits[2..].chars().next();
    if after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '/')) {
        return None;
    }
    let short = i16::from(two[0] - b'0') * 10 + i16::from(two[1] - b'0');
    let second = if short == 0 && year % 100 == 99 {
        year + 1
    } else {
        year - year % 100 + short
    };
    let span_end = end + mark.len_utf8() + 2;
    (second > year).then(|| YearLike {
        text: &text[start..span_end],
        start,
        year: second,
    })
}

/// Whether `head` ends with `FY` standing alone, so that the digits after it are a fiscal
/// year (`FY2024`), which a statement may get wrong like any other year.
fn fiscal_year_before(head: &str) -> bool {
    head.strip_suffix("FY")
        .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
}

/// Whether the digits at `start..end` stand alone: no letter, digit, `/`, or `,` and `.`
/// joining digits before them; no letter but a plural `s` ("the 1990s"), nor `-DD-` (an ISO
/// date), nor `,` or `.` and a digit after them.
fn standing_alone(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let at = |i: usize| bytes.get(i).copied();
    let before = start.checked_sub(1).and_then(at);
    let before2 = start.checked_sub(2).and_then(at);
    let joined_before =
        matches!(before, Some(b',' | b'.')) && before2.is_some_and(|b| b.is_ascii_digit());
    let name_before = before == Some(b'-') && before2.is_some_and(|b| b.is_ascii_alphabetic());
    let letter_before = text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !fiscal_year_before(&text[..start]);
    if joined_before || name_before || letter_before || before == Some(b'/') {
        return false;
    }
    let rest = &text[end..];
    let mut after = rest.chars();
    let (a1, a2) = (after.next(), after.next());
    let plural = a1 == Some('s') && !a2.is_some_and(char::is_alphanumeric);
    let letter_after = a1.is_some_and(char::is_alphanumeric) && !plural;
    let joined_after = matches!(a1, Some(',' | '.')) && a2.is_some_and(|c| c.is_ascii_digit());
    let iso = rest.len() >= 4
        && rest.as_bytes()[0] == b'-'
        && rest.as_bytes()[1..3].iter().all(u8::is_ascii_digit)
        && matches!(rest.as_bytes().get(3), Some(b'-'));
    !(letter_after || joined_after || iso || a1 == Some('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(text: &str) -> Vec<i16> {
        year_likes(text).into_iter().map(|y| y.year).collect()
    }

    #[test]
    fn years_are_four_digits_from_1800_to_2100_standing_alone() {
        assert_eq!(years("founded in 2002, by 2027"), [2002, 2027]);
        assert_eq!(years("2000 were rescued and 1900 left"), [2000, 1900]);
        assert_eq!(years("since 1997, in the 1990s"), [1997, 1990]);
        assert_eq!(years("(2019-2021)"), [2019, 2021]);
        assert_eq!(years("in 2022-23, 1999/00"), [2022, 2023, 1999, 2000]);
        assert_eq!(years("in 2022-03, 2022-234"), [2022, 2022]);
        // A fiscal year is a year; other letters before the digits make a name.
        assert_eq!(years("sales in FY2023 (FY2024)"), [2023, 2024]);
        assert!(years("the AFY2023 model").is_empty());
        for text in [
            "2,000 rescuers",
            "1,2000",
            "12022 and 202",
            "1799 or 2101",
            "on 2022-03-02",
            "on 3/2/2022",
            "an F-2000 jet",
            "A2000",
            "2000.5 km",
            "2000 million euros",
            "2022abc",
            // A count by its words, which `number-not-in-quote` holds to the quotes.
            "2000 rescuers and some 1900 trucks",
        ] {
            assert!(years(text).is_empty(), "{text}: {:?}", years(text));
        }
    }

    // Every year was tested against every number of its text: this text of 50,000 years and
    // 50,000 numbers took minutes; the numbers are now walked once with the years.
    #[test]
    fn a_text_of_many_years_and_numbers_is_read_in_one_pass() {
        let text = "2000 million 1999 ".repeat(50_000);
        let found = years(&text);
        assert_eq!(found.len(), 50_000);
        assert!(found.iter().all(|&y| y == 1999));
    }

    #[test]
    fn a_text_read_once_gives_what_it_gave_year_by_year() {
        let given = Given::read("in 2022-23, ’97 and '05, 2,000 and 1999, not 12001 nor x'98");
        let gives: Vec<i16> = (1800..=2199).filter(|&y| given.gives(y)).collect();
        assert_eq!(
            gives,
            [
                1805, 1897, 1905, 1997, 1999, 2000, 2005, 2022, 2023, 2097, 2105, 2197
            ]
        );
    }

    proptest::proptest! {
        /// Any text: no panic, and every year-like number is four digits of the text.
        #[test]
        fn any_text_gives_years_at_their_digits(
            text in "([0-9]{1,5}|[-,./'’ sé]|(?i:next year|million)){0,12}"
        ) {
            for year in year_likes(&text) {
                proptest::prop_assert_eq!(text.get(year.start..year.start + 4), Some(year.text));
                let _ = gives(&text, year.year);
            }
            let _ = relative_years(&text, jiff::civil::date(2024, 3, 10));
        }
    }

    #[test]
    fn a_quote_gives_a_year_as_a_year_a_date_or_a_number() {
        assert!(gives("founded in 2002.", 2002));
        assert!(gives("on 2022-03-02", 2022));
        assert!(gives("He said 2,000 rescuers", 2000));
        assert!(gives("two thousand rescuers", 2000));
        assert!(!gives("He said 3,000-4,000 rescuers", 2000));
        assert!(!gives("in 12002", 2002));
        assert!(!gives("Rescuers found 2024 survivors.", 2023));
        assert!(gives("“It’s worse than ’97,” one resident said.", 1997));
        assert!(gives("the class of '05", 2005));
        assert!(gives("since 2022-23", 2023));
        assert!(!gives("since 2022-23", 2024));
        assert!(!gives("it's 97 km", 1997));
        let march = jiff::civil::date(2024, 3, 10);
        assert_eq!(
            relative_years("by the end of next year", march),
            [("next year", 2025)]
        );
        assert!(relative_years("last week", march).is_empty());
        // A season that has begun comes next the year after; one to come, this year.
        assert_eq!(
            relative_years("It will hear evidence next spring.", march),
            [("next spring", 2025)]
        );
        assert_eq!(
            relative_years("It will hear evidence next autumn.", march),
            [("next autumn", 2024)]
        );
    }
}
