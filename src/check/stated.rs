//! The rules that hold the numbers of the briefing to the quotes: `number-not-in-quote` (a
//! statement's), `figure-not-in-quote` (a figure's value) and `summary-unsupported` (the
//! summary's, against what the facts give).

use super::numbers::{Kind, Mention, Value, mentions_in_field};
use super::{Context, FactNumbers, Finding};
use crate::format::number;
use crate::load::model::Fact;
use crate::load::spanned::Spanned;
use crate::rules::Rule;
use ahash::AHashSet as HashSet;

pub fn numbers_in_quotes(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    numbers: &FactNumbers<'_>,
    out: &mut Vec<Finding>,
) {
    if numbers.quotes.is_empty() {
        return; // left to missing-quote
    }
    if let Some((stated, quoted)) = numbers.too_many {
        too_many_numbers(fact, stated, quoted, out);
        return;
    }
    let quoted: Vec<&Mention> = numbers.quoted.iter().flatten().collect();
    let mut missing: Vec<&Mention> = Vec::new();
    // A statement's amount that the quotes give only in another currency or unit, and a
    // quote's.
    let mut swapped: Vec<(&Mention, &Mention)> = Vec::new();
    // A quote's number of the same size as a statement's with the other sign (`-15` for `15`).
    let mut signed: Vec<&Mention> = Vec::new();
    let measured = super::measure::may_name_one(&numbers.visible);
    for m in &numbers.stated {
        if one_of_a_group(&fact.statement.value, m)
            || super::scope::period_said_otherwise(&numbers.visible, m, &numbers.quotes)
        {
            continue;
        }
        let found = quoted
            .iter()
            .any(|q| m.supported_by(q) && m.same_currency(q) && m.same_unit(q));
        if found {
            turned_around(ctx, fact, m, &quoted, out);
            in_another_role(ctx, fact, m, &quoted, out);
            if measured {
                another_measure(ctx, fact, m, numbers, out);
            }
        }
        if found || (missing.iter()).any(|x| x.value == m.value && x.kind == m.kind) {
            continue;
        }
        // Read only for a number no quote gives as a numeral.
        if named_by_source(ctx, fact, &numbers.visible, m)
            || said_in_words(&numbers.visible, m, &numbers.quotes)
            || joined_to_its_noun(&numbers.visible, m, &numbers.quotes)
            || pronoun_one(&numbers.visible, m)
            || clock_of_parts(m, &quoted)
            || time_of_a_clock(&numbers.visible, m, &numbers.stated, &numbers.quotes)
            || in_a_unit_of_time_over(m, &quoted)
            || share_of_a_count(&numbers.visible, m, &numbers.quotes, &numbers.quoted)
            || all_but(&numbers.visible, m, &numbers.quotes, &numbers.quoted)
            || years_since(ctx, fact, &numbers.visible, m)
        {
            continue;
        }
        if let Some(q) = quoted.iter().find(|q| m.supported_by(q)) {
            swapped.push((m, q));
        } else if let Some(q) = quoted.iter().find(|q| m.sign_differs(q)) {
            signed.push(q);
        }
        missing.push(m);
    }
    ends_swapped(ctx, fact, &numbers.stated, &quoted, out);
    let Some(first) = missing.first() else {
        return;
    };
    let id = fact.id.value.as_str();
    let what = if missing.len() == 1 {
        format!("the statement's {} is", list(&missing))
    } else {
        format!("the statement's {} are", list(&missing))
    };
    let finding = Finding::new(
        Rule::NumberNotInQuote,
        fact.statement.pos,
        format!(
            "fact `{id}`: {what} in none of its quotes ({}){}{}{}",
            they_give(&quoted),
            in_other_units(&swapped),
            with_other_sign(&signed),
            numbers.told
        ),
    )
    .fact(id);
    out.push(ctx.at_words(&fact.statement, first.start, &first.text, finding));
}

/// Whether the statement's `m` is the number of a name ("the Pocket 3", "Windows 11"): bare
/// digits right after a capitalised word, which a cited article writes as they stand. A name
/// says which thing, not how many: the quote may call it "it", and the article names it.
/// Whether the statement's `m` is the years from a quote's "since 2008" to the day of its
/// source (or of the fact): "in 14 years" for "the highest since 2008" in an article of 2022,
/// within a year, as the quote names no day; two with a qualifier ("nearly three decades" for
/// "since 1994", "more than 40 years" for "since November 1981").
fn years_since(ctx: &Context<'_>, fact: &Fact, statement: &str, m: &Mention) -> bool {
    let per = match m.unit {
        Some("years") => 1.0,
        Some("decades") => 10.0,
        _ => return false,
    };
    let Some(n) = m.value.to_f64().map(|v| v * per) else {
        return false;
    };
    let room = match super::wording::qualifier(statement, m) {
        Some(_) => 2.0,
        None => 1.0,
    };
    let fact_year = fact.date.as_ref().map(|d| d.value.0.year());
    fact.sources.value.iter().any(|c| {
        let day = (ctx.source_index.get(c.source.value.as_str()))
            .and_then(|&s| ctx.file.sources.get(s))
            .and_then(|s| s.published.as_ref())
            .map(|d| d.value.0.year())
            .or(fact_year);
        let (Some(quote), Some(year)) = (&c.quote, day) else {
            return false;
        };
        years_after_since(&quote.value).into_iter().any(|since| {
            let elapsed = f64::from(year - since);
            elapsed >= 1.0 && (elapsed - n).abs() <= room
        })
    })
}

/// The years that "since" gives in `text`, with or without a month: "since 2008", "since
/// November 1981".
fn years_after_since(text: &str) -> Vec<i16> {
    let words: Vec<&str> = (text.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let at = |i: usize| words.get(i).copied().unwrap_or("");
    (0..words.len())
        .filter(|&i| at(i).eq_ignore_ascii_case("since"))
        .filter_map(|i| {
            let next = at(i + 1);
            let year = match crate::dates::is_month_name(next, true) {
                true => at(i + 2),
                false => next,
            };
            let four = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
            four.then(|| year.parse().ok()).flatten()
        })
        .collect()
}

fn named_by_source(ctx: &Context<'_>, fact: &Fact, statement: &str, m: &Mention) -> bool {
    let digits = !m.text.is_empty() && m.text.bytes().all(|b| b.is_ascii_digit());
    let Some(head) = statement.get(..m.start).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    let word_at = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(head.len(), |(i, _)| i);
    let word = &head[word_at..];
    let capitalised = word.starts_with(char::is_uppercase) && word.chars().count() >= 2;
    if !digits || !capitalised || crate::dates::is_month_name(word, true) {
        return false;
    }
    let name = &statement[word_at..m.start + m.text.len()];
    (fact.sources.value.iter())
        .filter_map(|c| ctx.source_index.get(c.source.value.as_str()))
        .filter_map(|&s| match ctx.texts.get(s) {
            Some(crate::load::sources::SourceFile::Read(text)) => Some(text.normalized.as_str()),
            _ => None,
        })
        .any(|text| writes_name(text, name))
}

/// Whether a quote says the statement's `m` in words that are no numeral: "a single year"
/// (or "lone", "sole") for "one year", "scored twice" for "two goals", "a decade" for "ten
/// years", "a century" for "100 years", "a goalless draw" for "0-0". "twice as many" and
/// "twice the size" are ratios, not two of anything.
fn said_in_words(statement: &str, m: &Mention, quotes: &[&str]) -> bool {
    use super::support::find_word;
    let Some(v) = m.value.to_f64() else {
        return false;
    };
    let says = |phrase: &str| quotes.iter().any(|q| find_word(q, phrase).is_some());
    // A place is its medal: "third" is who "took bronze".
    let place = ["first", "second", "third", "1st", "2nd", "3rd"]
        .iter()
        .position(|p| p.eq_ignore_ascii_case(&m.text));
    if place.is_some_and(|at| says(["gold", "silver", "bronze"][at % 3])) {
        return true;
    }
    let years = m.unit == Some("years");
    if v == 1.0 {
        // The noun it counts: its unit's word ("One year"), or the word after it.
        let rest = statement.get(m.start + m.text.len()..).unwrap_or("");
        let noun = match m.text.rsplit_once(' ') {
            Some((_, unit)) => unit,
            None => rest.split_whitespace().next().unwrap_or(""),
        };
        let noun = noun.trim_matches(|c: char| !c.is_alphanumeric());
        return !noun.is_empty()
            && ["single", "lone", "sole"]
                .iter()
                .any(|w| says(&format!("{w} {noun}")));
    }
    if v == 2.0 && m.unit.is_none() {
        let ratio = ["as", "the", "that", "what", "its", "their", "his", "her"];
        return quotes.iter().any(|q| {
            find_word(q, "twice").is_some_and(|at| {
                let next = q[at + "twice".len()..]
                    .split_whitespace()
                    .next()
                    .unwrap_or("");
                !ratio.iter().any(|r| r.eq_ignore_ascii_case(next))
            })
        });
    }
    (v == 10.0 && years && (says("a decade") || says("one decade")))
        || (v == 100.0 && years && says("a century"))
        || (v == 0.0 && (says("goalless") || says("scoreless")))
}

/// Whether a quote writes the statement's number word joined to the noun after it, as one
/// word: "first-preference share" for "first preferences", "third-quarter profit" for "third
/// quarter". A compound is no count, and the quote gives the same words.
fn joined_to_its_noun(statement: &str, m: &Mention, quotes: &[&str]) -> bool {
    use super::support::find_word;
    let rest = statement.get(m.start + m.text.len()..).unwrap_or("");
    let Some(noun) = rest
        .strip_prefix(' ')
        .and_then(|r| r.split_whitespace().next())
    else {
        return false;
    };
    let noun = noun.trim_end_matches(|c: char| !c.is_alphanumeric());
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    let alphabetic = m.text.chars().all(char::is_alphabetic);
    alphabetic
        && m.unit.is_none()
        && !singular.is_empty()
        && quotes.iter().any(|q| {
            [noun, singular]
                .iter()
                .any(|n| find_word(q, &format!("{}-{n}", m.text)).is_some())
        })
}

/// The units of a race's time as a clock writes its parts: "2:17:22" is hours, minutes and
/// seconds; "2:17" is hours and minutes, or minutes and seconds ("3:48 behind").
fn clock_units(parts: usize) -> &'static [&'static [&'static str]] {
    match parts {
        3 => &[&["hours", "minutes", "seconds"]],
        2 => &[&["hours", "minutes"], &["minutes", "seconds"]],
        _ => &[],
    }
}

/// Whether the statement's `m` is a race's time as a clock writes it ("2:17:22", "2:17")
/// that the quotes give in its units: "2 hours, 17 minutes, 22 seconds".
fn clock_of_parts(m: &Mention, quoted: &[&Mention]) -> bool {
    let parts: Vec<&str> = m.text.split(':').collect();
    let digits = |p: &&str| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
    if !parts.iter().all(digits) {
        return false;
    }
    let given = |part: &str, unit: &str| {
        let n: Option<f64> = part.parse().ok();
        quoted
            .iter()
            .any(|q| q.unit == Some(unit) && q.value.to_f64() == n && !q.label)
    };
    clock_units(parts.len())
        .iter()
        .any(|units| (parts.iter().zip(units.iter())).all(|(part, unit)| given(part, unit)))
}

/// Whether the statement's `m` is a part of a race's time in words ("2 hours" of "2 hours 2
/// minutes 27 seconds") that a quote writes as a clock ("2:02:27"): the statement's run of
/// hours, minutes and seconds around `m` gives every part of the clock.
fn time_of_a_clock(statement: &str, m: &Mention, stated: &[Mention], quotes: &[&str]) -> bool {
    const UNITS: [&str; 3] = ["hours", "minutes", "seconds"];
    if !m.unit.is_some_and(|u| UNITS.contains(&u)) {
        return false;
    }
    let Some(at) = stated.iter().position(|s| s.start == m.start) else {
        return false;
    };
    // Only commas, spaces and "and" join a time's parts: "2 hours, 15 minutes and 50 seconds".
    let joins = |a: &Mention, b: &Mention| {
        if !(a.unit.is_some_and(|u| UNITS.contains(&u))
            && b.unit.is_some_and(|u| UNITS.contains(&u)))
        {
            return false;
        }
        let gap = statement
            .get(a.start + a.text.len()..b.start)
            .unwrap_or("x");
        // The gap starts with the first part's unit: " hours, ".
        let gap = gap
            .trim_start()
            .trim_start_matches(|c: char| c.is_alphabetic());
        let gap = gap.replace(" and ", " ");
        gap.len() <= 8 && gap.chars().all(|c| c == ' ' || c == ',')
    };
    let mut from = at;
    while from > 0 && joins(&stated[from - 1], &stated[from]) {
        from -= 1;
    }
    let mut to = at;
    while to + 1 < stated.len() && joins(&stated[to], &stated[to + 1]) {
        to += 1;
    }
    let run: Vec<(&str, Option<f64>)> = (stated[from..=to].iter())
        .map(|s| (s.unit.unwrap_or(""), s.value.to_f64()))
        .collect();
    let gives = |clock: &[f64]| {
        clock_units(clock.len()).iter().any(|units| {
            units.len() == run.len()
                && (units.iter().zip(clock)).all(|(u, v)| run.contains(&(*u, Some(*v))))
        })
    };
    quotes.iter().any(|q| clocks_in(q).iter().any(|c| gives(c)))
}

/// The race clocks a text writes ("2:02:27", "1:25:25", "3:48"), each as its parts' values;
/// a few dozen at most.
fn clocks_in(text: &str) -> Vec<Vec<f64>> {
    let is_clock = |t: &&str| {
        let parts: Vec<&str> = t.split(':').collect();
        (2..=3).contains(&parts.len())
            && (parts.iter().enumerate()).all(|(i, p)| {
                (1..=2).contains(&p.len())
                    && (i == 0 || p.len() == 2)
                    && p.bytes().all(|b| b.is_ascii_digit())
            })
    };
    (text.split(|c: char| !(c.is_ascii_digit() || c == ':')))
        .map(|t| t.trim_matches(':'))
        .filter(is_clock)
        .take(64)
        .map(|t| t.split(':').filter_map(|p| p.parse().ok()).collect())
        .collect()
}

/// Whether the statement's `m` is a quote's stretch of time in a unit that holds a whole
/// number of the quote's: "four decades" for "40 years", "two weeks" for "14 days".
fn in_a_unit_of_time_over(m: &Mention, quoted: &[&Mention]) -> bool {
    const OVER: &[(&str, &str, f64)] = &[("decades", "years", 10.0), ("weeks", "days", 7.0)];
    let Some(v) = m.value.to_f64() else {
        return false;
    };
    quoted.iter().any(|q| {
        let Some(w) = q.value.to_f64() else {
            return false;
        };
        OVER.iter().any(|&(big, small, n)| {
            (m.unit == Some(big) && q.unit == Some(small) && v * n == w)
                || (m.unit == Some(small) && q.unit == Some(big) && w * n == v)
        })
    })
}

/// Whether the statement's `m` is the few a part leaves out of its whole: "all but one of the
/// 38 games" for "37 of the 38 games".
fn all_but(statement: &str, m: &Mention, quotes: &[&str], quoted: &[Vec<Mention>]) -> bool {
    let head = statement.get(..m.start).unwrap_or("").to_lowercase();
    let Some(n) = m.value.to_f64() else {
        return false;
    };
    if m.kind != Kind::Count || !head.trim_end().ends_with("all but") {
        return false;
    }
    quotes.iter().zip(quoted).any(|(q, ms)| {
        ms.windows(2).any(|pair| {
            let [a, b] = pair else { return false };
            let between = q.get(a.start + a.text.len()..b.start).unwrap_or("");
            let (Some(p), Some(w)) = (a.value.to_f64(), b.value.to_f64()) else {
                return false;
            };
            part_of(between) && w - p == n
        })
    })
}

/// Words that make a part's or a whole's number an estimate: "Of the estimated 400,000 ...,
/// about 200,000".
const ROUGHLY: &[&str] = &[
    "estimated",
    "about",
    "around",
    "some",
    "roughly",
    "approximately",
    "nearly",
    "almost",
];

/// Whether the statement's fraction ("a third", "half", "three quarters") is exactly the
/// share a quote gives as a part of a whole: "six of the council's 18 seats", "six of its 12
/// beds", "Of the 28 economists polled, 21 had forecast a hold", and the parts joined to that
/// one by "and" ("..., 1,050 said worse, and 420 said better"). A whole or a part the quote
/// gives as an estimate ("about 200,000") makes only an estimate ("about half").
fn share_of_a_count(
    statement: &str,
    m: &Mention,
    quotes: &[&str],
    quoted: &[Vec<Mention>],
) -> bool {
    let (Kind::Fraction { .. }, Some(share)) = (m.kind, m.value.to_f64()) else {
        return false;
    };
    let hedged = roughly_before(statement.get(..m.start).unwrap_or(""));
    let count = |x: &Mention| x.kind == Kind::Count && !x.label && x.currency.is_none();
    let makes = |part: &Mention, whole: &Mention| {
        let (Some(p), Some(w)) = (part.value.to_f64(), whole.value.to_f64()) else {
            return false;
        };
        count(part) && count(whole) && w > 0.0 && p < w && (p / w * 100.0 - share).abs() < 0.05
    };
    quotes.iter().zip(quoted).any(|(q, ms)| {
        (0..ms.len().saturating_sub(1)).any(|i| {
            let (a, b) = (&ms[i], &ms[i + 1]);
            let a_end = a.start + a.text.len();
            let (Some(between), Some(before)) = (q.get(a_end..b.start), q.get(..a.start)) else {
                return false;
            };
            if part_of(between) {
                return makes(a, b);
            }
            if !whole_then_part(before, between, hedged) {
                return false;
            }
            makes(b, a)
                || (ms[i + 2..].iter().take(8)).any(|c| and_another_part(q, a, c) && makes(c, a))
        })
    })
}

/// Whether `text` (the words before a number) ends with a word of `ROUGHLY`.
fn roughly_before(text: &str) -> bool {
    let last = text.split_whitespace().next_back().unwrap_or("");
    ROUGHLY.iter().any(|r| last.eq_ignore_ascii_case(r))
}

/// Whether the quote's count `c`, after the whole `whole` of "Of the M ...,", is another part of
/// it: in the same sentence, right after "and" ("..., and 420 said they had got better").
fn and_another_part(q: &str, whole: &Mention, c: &Mention) -> bool {
    let (Some(between), Some(before)) = (q.get(whole.start..c.start), q.get(..c.start)) else {
        return false;
    };
    let last = before.split_whitespace().next_back().unwrap_or("");
    between.len() <= 240 && !between.contains(['.', ';', ':']) && last.eq_ignore_ascii_case("and")
}

/// Whether the words between two numbers make the first a part of the second: " of the
/// council's " in "six of the council's 18 seats", with no stop between.
fn part_of(between: &str) -> bool {
    between.len() <= 40
        && between.trim_start().to_lowercase().starts_with("of ")
        && !between.contains([',', '.', ';', ':'])
}

/// Whether the first number is a whole and the second its part: "Of the 28 economists polled,
/// 21 had ...": "of the" right before the first, one comma before the second. When the
/// statement's share is an estimate (`hedged`), a word of `ROUGHLY` may stand before either
/// ("Of the estimated 400,000 people ..., about 200,000").
fn whole_then_part(before: &str, between: &str, hedged: bool) -> bool {
    let mut head = before.trim_end().to_lowercase();
    let mut between = between;
    if hedged {
        if roughly_before(&head) {
            head.truncate(head.trim_end_matches(char::is_alphabetic).trim_end().len());
        }
        if let Some(cut) = between.trim_end().rfind(' ')
            && roughly_before(between.trim_end())
        {
            between = &between[..cut + 1];
        }
    }
    (head.ends_with(" of the") || head == "of the")
        && before.ends_with(' ')
        && between.len() <= 80
        && between.ends_with(", ")
        && between.matches(',').count() == 1
        && !between.contains(['.', ';', ':'])
}

/// Whether the statement's `m` is "one" after a determiner and a describing word ("the
/// middle one of the three", "this last one"): a pronoun for a noun named before, not a
/// count. Not "the only one" or "the single one", which count.
fn pronoun_one(statement: &str, m: &Mention) -> bool {
    if !m.text.eq_ignore_ascii_case("one") {
        return false;
    }
    let before: Vec<&str> = statement[..m.start]
        .split_whitespace()
        .rev()
        .take(2)
        .collect();
    let [describing, determiner] = before[..] else {
        return false;
    };
    let counting = [
        "only", "single", "sole", "just", "about", "some", "over", "under",
    ];
    ["the", "this", "that"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(determiner))
        && describing.chars().all(char::is_alphabetic)
        && !counting.iter().any(|w| w.eq_ignore_ascii_case(describing))
        && !super::numbers::is_number_word(&describing.to_lowercase())
}

/// Whether `text` writes `name` ("Pocket 3") as whole words: not "Pocket 30" or "APocket 3".
fn writes_name(text: &str, name: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).any(|at| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether the statement's `m` is the "one" of "one of the authors", "one of its members": a
/// member of a group that the statement picks out, not a count its quotes must give ("one of
/// the two" still counts).
fn one_of_a_group(statement: &str, m: &Mention) -> bool {
    let Some(rest) = statement.get(m.start..) else {
        return false;
    };
    let mut words = rest.split_whitespace().map(str::to_lowercase);
    let (one, of, group, next) = (words.next(), words.next(), words.next(), words.next());
    one.as_deref() == Some("one")
        && of.as_deref() == Some("of")
        && group.as_deref().is_some_and(|g| {
            ["the", "its", "his", "her", "their", "our", "these", "those"].contains(&g)
        })
        && next.is_some_and(|n| {
            !n.starts_with(|c: char| c.is_ascii_digit()) && !super::numbers::is_number_word(&n)
        })
}

/// `number-not-in-quote` for a statement's change that every quote giving its number says
/// went the other way: "rose 5%" for "fell 5%", "rose to $610 million" for "fell to $610
/// million", "missed estimates of $4 billion" for "beat estimates of $4 billion".
fn turned_around(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    m: &Mention,
    quoted: &[&Mention],
    out: &mut Vec<Finding>,
) {
    let mut turned = None;
    for q in quoted
        .iter()
        .filter(|q| m.supported_by(q) && m.same_currency(q) && m.same_unit(q))
    {
        match m.turned_around(q) {
            Some(words) => {
                turned.get_or_insert((words, q));
            }
            None => return, // a quote says it went the same way, or does not say
        }
    }
    let Some(((ours, theirs), q)) = turned else {
        return;
    };
    let id = fact.id.value.as_str();
    let finding = Finding::new(
        Rule::NumberNotInQuote,
        fact.statement.pos,
        format!(
            "fact `{id}`: the statement says {}, the quote {}: {}",
            turned_words(m, ours.word),
            turned_words(q, theirs.word),
            if m.trend.is_none() && m.level.is_none() {
                "the result and the estimate stand the other way round"
            } else {
                "the change goes the other way"
            }
        ),
    )
    .fact(id);
    out.push(ctx.at_words(&fact.statement, m.start, &m.text, finding));
}

/// Whether every quote that gives `m`'s number gives it as where a change went (`Some(true)`,
/// "to 540") or as where it started (`Some(false)`, "from 310"); `None` when one gives it
/// otherwise or in both roles ("rose from 3 to 5, then fell from 5 to 4").
fn quoted_end(m: &Mention, quoted: &[&Mention]) -> Option<bool> {
    let mut end = None;
    for q in (quoted.iter()).filter(|q| m.supported_by(q) && m.same_currency(q) && m.same_unit(q)) {
        let to = q.level?.to;
        if *end.get_or_insert(to) != to {
            return None;
        }
    }
    end
}

/// `number-not-in-quote` for a change whose start and end the statement swaps: "fell from 540
/// to 310" or "rose from 540 to 310" for "rose from 310 to 540", "rose to 5.5% from 5.2%" for
/// "fell to 5.2% from 5.5%". Both of the statement's ends must be the other end in every quote
/// that gives them, so that a quote of two changes ("rose to 5, then fell from 5 to 4") gives
/// either end as the statement does.
fn ends_swapped(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    stated: &[Mention],
    quoted: &[&Mention],
    out: &mut Vec<Finding>,
) {
    let end = |m: &Mention| m.level.filter(|_| m.trend.is_none()).map(|l| l.to);
    let starts = stated.iter().filter(|m| end(m) == Some(false));
    let swapped = starts
        .filter(|a| quoted_end(a, quoted) == Some(true))
        .find_map(|a| {
            (stated.iter())
                .find(|b| end(b) == Some(true) && b.value != a.value)
                .filter(|b| quoted_end(b, quoted) == Some(false))
                .map(|b| (a, b))
        });
    let Some((from, to)) = swapped else {
        return;
    };
    let id = fact.id.value.as_str();
    let (from_n, to_n) = (from.with_unit(), to.with_unit());
    let finding = Finding::new(
        Rule::NumberNotInQuote,
        fact.statement.pos,
        format!(
            "fact `{id}`: the statement gives the change as \u{201c}from\u{201d} {from_n} \
             \u{201c}to\u{201d} {to_n}, the quote as \u{201c}from\u{201d} {to_n} \
             \u{201c}to\u{201d} {from_n}: its start and end are swapped"
        ),
    )
    .fact(id);
    out.push(ctx.at_words(&fact.statement, from.start, &from.text, finding));
}

/// The words of change with the number, as a message quotes them: "“fell” 3%", "“rose …
/// to” $610 million", "“missed” … $4.05 billion".
fn turned_words(m: &Mention, word: &str) -> String {
    let number = m.with_unit();
    match (m.trend, m.level) {
        (Some(_), _) => format!("\u{201c}{word}\u{201d} {number}"),
        (None, Some(level)) => {
            let gap = if level.next_to_change {
                " "
            } else {
                " \u{2026} "
            };
            let end = if level.to { "to" } else { "from" };
            format!("\u{201c}{word}{gap}{end}\u{201d} {number}")
        }
        (None, None) => format!("\u{201c}{word}\u{201d} \u{2026} {number}"),
    }
}

/// `number-not-in-quote` for a statement's change by a number that every quote giving it
/// gives as where a change went or started, or the other way round: "fell 7.5%" for
/// "narrowed by 1.8 points to 7.5%", "fell to 12%" for "fell 12% to NOK 3.1 billion".
fn in_another_role(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    m: &Mention,
    quoted: &[&Mention],
    out: &mut Vec<Finding>,
) {
    let mut supporting = (quoted.iter())
        .filter(|q| m.supported_by(q) && m.same_currency(q) && m.same_unit(q))
        .peekable();
    let Some(&&q) = supporting.peek() else {
        return;
    };
    if !supporting.all(|q| m.other_role(q)) {
        return; // a quote gives it in the statement's role, or names none
    }
    let (ours, theirs) = (role(m), role(q));
    let id = fact.id.value.as_str();
    let finding = Finding::new(
        Rule::NumberNotInQuote,
        fact.statement.pos,
        format!(
            "fact `{id}`: the statement gives {} {ours}, the quote {theirs}: say it as the quote \
             does",
            m.with_unit()
        ),
    )
    .fact(id);
    out.push(ctx.at_words(&fact.statement, m.start, &m.text, finding));
}

/// `number-not-in-quote` for a statement's number that its quotes give as another measure of
/// the same thing: "average" for "median", "net profit" for "pre-tax profit", "from the
/// previous quarter" for "from a year earlier".
fn another_measure(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    m: &Mention,
    numbers: &FactNumbers<'_>,
    out: &mut Vec<Finding>,
) {
    let quoted: Vec<(&str, &[Mention])> = (numbers.quotes.iter().copied())
        .zip(numbers.quoted.iter().map(Vec::as_slice))
        .collect();
    let Some((ours, theirs)) =
        super::measure::another_measure(&numbers.visible, &numbers.stated, m, &quoted)
    else {
        return;
    };
    let id = fact.id.value.as_str();
    let finding = Finding::new(
        Rule::NumberNotInQuote,
        fact.statement.pos,
        format!(
            "fact `{id}`: the statement gives {} as \u{201c}{}\u{201d}, the quote as \u{201c}{}\u{201d}: \
             not the same measure ({}); say it as the quote does",
            m.with_unit(),
            ours.words,
            theirs.words,
            ours.kind,
        ),
    )
    .fact(id);
    out.push(ctx.at_words(&fact.statement, m.start, &m.text, finding));
}

/// How a number is given, for a message: "as a change by that much (“fell” 7.5%)", or "as
/// where the change went (“narrowed … to 7.5%”)".
fn role(m: &Mention) -> String {
    let number = m.with_unit();
    match (m.level, m.trend) {
        (Some(level), _) => {
            let gap = if level.next_to_change {
                " "
            } else {
                " \u{2026} "
            };
            let (way, end) = if level.to {
                ("went", "to")
            } else {
                ("started", "from")
            };
            format!(
                "as where the change {way} (\u{201c}{}{gap}{end} {number}\u{201d})",
                level.change
            )
        }
        (None, Some(trend)) => format!(
            "as a change by that much (\u{201c}{}\u{201d} {number})",
            trend.word
        ),
        (None, None) => String::new(),
    }
}

/// `number-not-in-quote` for a fact with more numbers than the rules compare.
fn too_many_numbers(fact: &Spanned<Fact>, stated: usize, quoted: usize, out: &mut Vec<Finding>) {
    let id = fact.id.value.as_str();
    out.push(
        Finding::new(
            Rule::NumberNotInQuote,
            fact.statement.pos,
            format!(
                "fact `{id}`: the statement gives {} and its quotes {}, more than factsheet \
                 compares for one fact (at most {} in the statement, and {} pairs of a \
                 statement's number and a quote's), so its numbers were not checked: split the \
                 fact, or cite shorter quotes",
                crate::format::count(stated, "number", "numbers"),
                number(quoted as f64),
                super::MAX_STATED_NUMBERS,
                number(super::MAX_NUMBER_PAIRS as f64),
            ),
        )
        .fact(id),
    );
}

pub fn figure_in_quotes(fact: &Spanned<Fact>, numbers: &FactNumbers<'_>, out: &mut Vec<Finding>) {
    let Some(figure) = &fact.figure else {
        return;
    };
    if numbers.quotes.is_empty() {
        return; // left to missing-quote
    }
    let given = &figure.value.value;
    let Some(value) = Value::from_number(figure.number()) else {
        return; // not a finite number: the loader says so
    };
    let quoted: Vec<&Mention> = numbers.quoted.iter().flatten().collect();
    // A label that gives the figure's scale ("Net profit (million euros)") counts its value in
    // that many: 412 is the quote's "412 million".
    let scaled = label_scale(&figure.label.value)
        .and_then(|scale| Value::from_number(figure.number() * scale));
    if (quoted.iter())
        .any(|q| q.gives_figure(&value) || scaled.as_ref().is_some_and(|v| q.gives_figure(v)))
    {
        return;
    }
    let flipped = value.negated();
    let signed: Vec<&Mention> = (quoted.iter().copied())
        .filter(|q| flipped != value && q.gives(&flipped))
        .take(1)
        .collect();
    let id = fact.id.value.as_str();
    out.push(
        Finding::new(
            Rule::FigureNotInQuote,
            given.pos,
            format!(
                "fact `{id}`: the figure's value {} is in none of its quotes ({}){}{}",
                number(figure.number()),
                they_give(&quoted),
                with_other_sign(&signed),
                numbers.told
            ),
        )
        .fact(id),
    );
}

/// The scale a figure's label gives its value in: "(million euros)", "Barrels a day,
/// thousands"; not a rate's "per million people".
fn label_scale(label: &str) -> Option<f64> {
    let words: Vec<String> = (label.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(30)
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().find_map(|(i, w)| {
        let scale = match w.trim_end_matches('s') {
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            "trillion" => 1e12,
            _ => return None,
        };
        let rate = i.checked_sub(1).is_some_and(|p| words[p] == "per");
        (!rate).then_some(scale)
    })
}

/// `summary-unsupported`: each number of the summary that no fact's statement or figure gives.
pub fn summary_numbers(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(summary) = &ctx.file.briefing.summary else {
        return;
    };
    let said = mentions_in_field(&summary.value);
    if said.is_empty() {
        return;
    }
    let distinct: HashSet<&str> = said.iter().map(|m| m.text.as_str()).collect();
    if distinct.len() > super::MAX_STATED_NUMBERS {
        out.push(Finding::new(
            Rule::SummaryUnsupported,
            summary.pos,
            format!(
                "the summary gives {} different numbers, more than factsheet compares with the \
                 facts ({}), so none was checked: keep the summary to its few key numbers",
                distinct.len(),
                super::MAX_STATED_NUMBERS
            ),
        ));
        return;
    }
    let mut stated: Vec<Mention> = Vec::new();
    let mut figures: HashSet<Value> = HashSet::new();
    for fact in &ctx.file.facts {
        stated.extend(mentions_in_field(&fact.statement.value));
        if let Some(figure) = &fact.figure {
            figures.extend(Value::from_number(figure.number()));
        }
    }
    let mut reported: HashSet<&Value> = HashSet::new();
    let mut seen: Vec<&Mention> = Vec::new();
    for m in &said {
        // A number the summary repeats is looked for once.
        let same = |s: &&Mention| {
            (s.text == m.text && s.kind == m.kind) && (s.value == m.value && s.alt == m.alt)
        };
        if seen.iter().any(same) {
            continue;
        }
        seen.push(m);
        // "one" is as often a pronoun ("one of the cities") as a count.
        let pronoun = m.text.eq_ignore_ascii_case("one");
        let given = stated.iter().any(|s| m.supported_by(s))
            || m.readings().any(|r| figures.contains(r)) && m.gives(&m.value);
        if pronoun || given || !reported.insert(&m.value) {
            continue;
        }
        let finding = Finding::new(
            Rule::SummaryUnsupported,
            summary.pos,
            format!(
                "the summary's `{}` is given by no fact's statement or figure",
                m.text
            ),
        );
        out.push(ctx.at_words(summary, m.start, &m.text, finding));
    }
}

/// The mentions as written, with their units (`5 km`, so that a list does not give `5` for
/// `5 miles` beside a statement's `5` in kilometres); one read in its source's language with
/// its value too (`1.234` read as 1,234), as an English reader would take it otherwise.
fn list(ms: &[&Mention]) -> String {
    ms.iter()
        .map(|m| match m.value.to_f64().filter(|_| m.local) {
            Some(v) => format!("`{}` read as {}", m.with_unit(), number(v)),
            None if m.label => format!("`{}` (not a count)", m.with_unit()),
            None => format!("`{}`", m.with_unit()),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "; its quotes give `$1.35` in dollars, not in euros", for each amount that the quotes give
/// in another currency, and "; its quotes give `40` in kilometres, not in miles" for each
/// quantity they give in another unit.
fn in_other_units(swapped: &[(&Mention, &Mention)]) -> String {
    let mut out = String::new();
    for (m, q) in swapped {
        let (ours, theirs) = match (m.money(), q.money(), m.unit, q.unit) {
            (Some(ours), Some(theirs), _, _) if !m.same_currency(q) => (ours, theirs),
            (_, _, Some(ours), Some(theirs)) if ours != theirs => (ours, theirs),
            _ => continue,
        };
        out.push_str(&format!(
            "; its quotes give `{q}` in {theirs}, not in {ours}"
        ));
    }
    out
}

/// "; its quotes give `-15`, with a minus sign" for each quote's number that gives a
/// statement's (or the figure's) size with the other sign; "without a minus sign" for `0.3%`
/// against `−0.3%`.
fn with_other_sign(signed: &[&Mention]) -> String {
    let mut out = String::new();
    for q in signed {
        let with = if q.value.is_negative() {
            "with"
        } else {
            "without"
        };
        out.push_str(&format!(
            "; its quotes give `{}`, {with} a minus sign",
            q.with_unit()
        ));
    }
    out
}

fn they_give(quoted: &[&Mention]) -> String {
    if quoted.is_empty() {
        "they give no number".to_owned()
    } else {
        format!("they give {}", list(quoted))
    }
}
