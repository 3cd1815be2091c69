//! Which way a day without a year or a weekday is counted: back from the day of publication
//! (news mostly reports what happened), or on from it when its clause speaks of what is to
//! come ("is expected to peak on Wednesday", "will meet on 5 March", "Repairs are due to end
//! by Friday"). Looking ahead from a past time ("was expected to peak on Wednesday", "had been
//! scheduled for Monday", "said it would begin on Wednesday") may mean the day just gone as
//! well as the one to come: a weekday there names both ([`Count::Either`]).
//!
//! The clause is the stretch of the text around the phrase between punctuation that ends a
//! clause (a full stop, a comma, a semicolon, a colon, a dash, a bracket, a quotation mark); a
//! clause that is only the phrase ("On Monday, the minister will visit Kyiv") reaches on to
//! the next. Future wording: "will", "would" (from a past time), "shall", "'ll", "won't", "expected to", "is/are/was/were
//! expected", "due to" with a verb, "set to", "plans to", "going to", "aims to", "intends
//! to", "is/are to", "is/are forecast/predicted/projected/likely to", "expect(s)/hope(s) ...
//! to", "scheduled",
//! "upcoming"; a clause that has past wording too names both days. "from Monday" and "by Friday" look ahead as
//! often as back ("Buses return from Monday"; "About half had been reconnected by Tuesday"):
//! with future wording they count on, with past wording ("had", "was", a verb in -ed, a
//! common irregular past) back, and with neither both days are read ([`Count::Either`]).

use super::{Count, Day, Year};
use std::ops::Range;

/// Verbs after "due to" that make it future ("is due to open"), not a cause ("due to fog").
const DUE_TO: &[&str] = &[
    "be", "begin", "start", "open", "reopen", "resume", "meet", "hold", "take", "return", "arrive",
    "end", "finish", "close", "launch", "sign", "vote", "visit", "travel", "speak", "announce",
    "publish", "release", "appear", "attend", "rule", "decide", "land", "leave", "report",
    "deliver", "complete", "go",
];

/// Verbs in the present that look ahead with a "to" after them ("expect the road to reopen",
/// "hopes to finish"); their past ("expected") looks ahead from a past time.
const EXPECTING: &[&str] = &[
    "expect",
    "expects",
    "hope",
    "hopes",
    "anticipate",
    "anticipates",
    "predict",
    "predicts",
    "promise",
    "promises",
    "vow",
    "vows",
    "intend",
];

/// Words of a forecast that look ahead with "to" after a verb "to be" ("are forecast to reach
/// 41C on Wednesday"); a participle alone ("Inflation, predicted to reach 3% on Wednesday,
/// came in at 2.8%") tells of an earlier forecast.
const FORECAST: &[&str] = &[
    "forecast",
    "forecasted",
    "predicted",
    "projected",
    "likely",
    "poised",
    "slated",
];

/// Past forms that do not end in -ed ("said" and "told" report, and say nothing of the tense
/// of what is reported: "The council said buses return from Monday").
const IRREGULAR_PAST: &[&str] = &[
    "began", "ran", "went", "came", "took", "fell", "rose", "saw", "gave", "made", "held", "kept",
    "left", "lost", "met", "paid", "sent", "spent", "stood", "struck", "fought", "brought",
    "bought", "caught", "thought", "found", "got", "led", "won", "wrote", "broke", "spoke",
    "became", "drove", "flew", "grew", "knew", "shook", "swept", "did", "had", "has", "have",
    "was", "were", "been",
];

/// Words in -ed that are no past ("hundred", "need"), and verbs that report ("announced"),
/// which say nothing of the tense of what they report.
const NOT_PAST: &[&str] = &[
    "hundred",
    "indeed",
    "need",
    "speed",
    "proceed",
    "exceed",
    "succeed",
    "feed",
    "seed",
    "breed",
    "bleed",
    "embed",
    "naked",
    "wicked",
    "sacred",
    "kindred",
    "based",
    "united",
    "limited",
    "related",
    "armed",
    "scheduled",
    "expected",
    "planned",
    "forecasted",
    "predicted",
    "projected",
    "announced",
    "reported",
    "confirmed",
    "added",
    "stated",
    "claimed",
    "warned",
    "insisted",
    "explained",
    "noted",
    "tweeted",
    "posted",
    "declared",
];

/// `day`, counted the way the tense of its clause in `text` says.
pub(super) fn lean(text: &str, range: Range<usize>, day: Day) -> Day {
    let counted_back = matches!(
        day,
        Day::Weekday {
            count: Count::OnOrBefore,
            ..
        } | Day::Weekend(Count::OnOrBefore)
            | Day::OfMonth {
                year: Year::Nearest,
                ..
            }
            | Day::Days {
                year: None,
                when: Year::Nearest,
                ..
            }
            | Day::DayOfMonth {
                month_shift: None,
                ..
            }
    );
    // "since Tuesday" looks back whatever the clause says of what is to come.
    let since = (text[range.clone()].split_whitespace().next())
        .is_some_and(|lead| lead.eq_ignore_ascii_case("since"));
    if !counted_back || since {
        return day;
    }
    let words = clause_words(text, range.clone());
    // A clause that speaks of the past too ("Shares fell on Wednesday and are likely to fall
    // further") may name a day of either: both are read.
    let future = match future(&words) {
        Some(Ahead::FromNow) if tells_the_past(&words) => Some(Ahead::FromThePast),
        future => future,
    };
    // A present perfect takes no day gone by ("has issued a warning from 6pm on Saturday"
    // speaks of a warning whose Saturday may be to come): both days are read.
    let present_perfect = future.is_none()
        && (words.iter()).any(|w| matches!(w.as_str(), "has" | "have"))
        && !tells_the_past(&words);
    let unclear = future == Some(Ahead::FromThePast)
        || present_perfect
        || (future.is_none() && looks_ahead(&text[range.clone()]) && !is_past(&words));
    match day {
        Day::Weekday { weekday, .. } if future == Some(Ahead::FromNow) => Day::Weekday {
            weekday,
            count: Count::OnOrAfter,
        },
        Day::Weekday { weekday, .. } if unclear => Day::Weekday {
            weekday,
            count: Count::Either,
        },
        Day::Weekend(_) if future == Some(Ahead::FromNow) => Day::Weekend(Count::OnOrAfter),
        Day::Weekend(_) if unclear => Day::Weekend(Count::Either),
        Day::DayOfMonth {
            day, month_shift, ..
        } if future == Some(Ahead::FromNow) => Day::DayOfMonth {
            day,
            month_shift,
            ahead: true,
        },
        Day::OfMonth { month, day, .. } => Day::OfMonth {
            month,
            day,
            year: year_of(future, text, range, &words),
        },
        Day::Days {
            month,
            first,
            last_month,
            last,
            ..
        } => Day::Days {
            month,
            first,
            last_month,
            last,
            year: None,
            when: year_of(future, text, range, &words),
        },
        _ => day,
    }
}

/// Which year a day of a month without its year is in, by its clause's tense: the first on or
/// after the base for what is to come; the latest on or before it for the simple past ("broke
/// out on 20 June"); either for both, for a present perfect ("has been postponed until 20
/// June": the past of a plan) or for a past that starts or ends a stretch ("was closed until
/// 20 June", which may be to come); else the nearest.
fn year_of(future: Option<Ahead>, text: &str, range: Range<usize>, words: &[String]) -> Year {
    match future {
        Some(Ahead::FromNow) => Year::OnOrAfter,
        Some(Ahead::FromThePast) => Year::Either,
        None if !is_past(words) => Year::Nearest,
        None => {
            let perfect = (words.iter()).any(|w| matches!(w.as_str(), "has" | "have" | "having"))
                || words.iter().any(|w| w.ends_with("'ve"));
            let lead = text[..range.start].split_whitespace().next_back();
            let edge = lead.is_some_and(|w| {
                ["until", "till", "from", "by", "through"]
                    .iter()
                    .any(|l| w.eq_ignore_ascii_case(l))
            });
            if perfect || edge {
                Year::Either
            } else {
                Year::OnOrBefore
            }
        }
    }
}

/// "from Monday", "by Friday".
fn looks_ahead(phrase: &str) -> bool {
    let lead = phrase.split_whitespace().next().unwrap_or("");
    ["from", "by"].iter().any(|l| lead.eq_ignore_ascii_case(l))
}

/// How far a clause is read each way from its phrase, in bytes. Each phrase reads its own
/// clause, so a clause without end (a long sentence without a comma or full stop that names
/// "Wednesday" a thousand times) was read whole once a phrase: quadratic. No clause of an
/// ordinary sentence comes near this; a longer one is cut here.
const CLAUSE_REACH: usize = 1000;

/// The words of the clause around `range`, in lower case, the phrase's own left out.
fn clause_words(text: &str, range: Range<usize>) -> Vec<String> {
    let reach_back = text.floor_char_boundary(range.start.saturating_sub(CLAUSE_REACH));
    let start = text[reach_back..range.start]
        .char_indices()
        .rev()
        .find(|&(i, c)| ends_clause(text, reach_back + i, c))
        .map_or(reach_back, |(i, c)| reach_back + i + c.len_utf8());
    let mut end = clause_end(text, range.end);
    let own = |from: usize, to: usize| words(&text[from..to]);
    let mut out = own(start, range.start);
    let mut after = own(range.end, end);
    // A clause that is only the phrase ("On Monday, ...") belongs to the next.
    if out
        .iter()
        .chain(&after)
        .all(|w| w == "and" || w == "earlier" || w == "later")
        && end < text.len()
    {
        let next = end + text[end..].chars().next().map_or(1, char::len_utf8);
        end = clause_end(text, next);
        after = own(range.end, end);
    }
    out.extend(after);
    out
}

/// Where the clause that goes on at `from` ends, looking no further than `CLAUSE_REACH`.
fn clause_end(text: &str, from: usize) -> usize {
    let reach = text.floor_char_boundary(from.saturating_add(CLAUSE_REACH));
    text[from..reach]
        .char_indices()
        .find(|&(i, c)| ends_clause(text, from + i, c))
        .map_or(reach, |(i, _)| from + i)
}

/// Whether `c` at `at` ends a clause: a full stop or comma only before white space (not in
/// "6.3" or "2,000"), the other marks anywhere.
fn ends_clause(text: &str, at: usize, c: char) -> bool {
    match c {
        '.' | ',' => text[at + 1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace),
        ';' | ':' | '!' | '?' | '(' | ')' | '"' | '“' | '”' | '—' | '–' | '\n' => true,
        _ => false,
    }
}

/// A past form written with a capital after the clause's first word is a name, not a verb:
/// "the Met Office", "the Rose Bowl".
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .enumerate()
        .filter(|(i, w)| {
            let named = *i > 0 && w.starts_with(char::is_uppercase);
            !(named && IRREGULAR_PAST.iter().any(|p| p.eq_ignore_ascii_case(w)))
        })
        .map(|(_, w)| {
            let lower = w.to_lowercase();
            // Most words have no curly apostrophe: those are not copied again.
            if lower.contains('’') {
                lower.replace('’', "'")
            } else {
                lower
            }
        })
        .collect()
}

/// How a clause looks ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ahead {
    /// From the time of writing: "will", "is expected to", "are due to".
    FromNow,
    /// From a time before it: "was expected to peak on Wednesday" may be the Wednesday just
    /// gone as well as the one to come.
    FromThePast,
}

/// Whether the clause's `words` speak of what is to come, and from when.
fn future(words: &[String]) -> Option<Ahead> {
    let at = |i: usize| words.get(i).map_or("", String::as_str);
    let mut found = None;
    for i in 0..words.len() {
        let (w, next) = (at(i), at(i + 1));
        let to = next == "to";
        let modal = matches!(w, "will" | "shall" | "won't" | "upcoming") || w.ends_with("'ll");
        let plans = to && matches!(w, "plans" | "plan" | "planning" | "aims" | "intends");
        // "Engineers expect the road to reopen on Friday": who expects it now looks ahead.
        let expects = EXPECTING.contains(&w)
            && (words.get(i + 1..).unwrap_or(&[]).iter().take(5)).any(|n| n == "to");
        let planned = matches!(w, "scheduled")
            || (to && matches!(w, "expected" | "set" | "going" | "is" | "are"))
            || (to
                && FORECAST.contains(&w)
                && matches!(at(i.wrapping_sub(1)), "is" | "are" | "was" | "were"))
            || (w == "expected" && matches!(at(i.wrapping_sub(1)), "is" | "are" | "was" | "were"))
            || (w == "due" && to && DUE_TO.contains(&at(i + 2)));
        if modal || plans || expects {
            return Some(Ahead::FromNow);
        }
        // "was expected to", "were due to", "had been scheduled": ahead of a past time; so is
        // "would" ("said the campaign would begin on Wednesday": ahead of when it was said).
        let before = at(i.wrapping_sub(1));
        let from_past = matches!(before, "was" | "were" | "had" | "been")
            || (i >= 2 && matches!(at(i - 2), "was" | "were" | "had"));
        if (planned && from_past) || matches!(w, "would" | "wouldn't") {
            found = Some(Ahead::FromThePast);
        } else if planned {
            return Some(Ahead::FromNow);
        }
    }
    found
}

/// Whether the clause has a verb in the simple past ("fell", "were"): a participle ("will be
/// played", "expected to be finished") or a present perfect does not count.
fn tells_the_past(words: &[String]) -> bool {
    (words.iter()).any(|w| {
        IRREGULAR_PAST.contains(&w.as_str()) && !matches!(w.as_str(), "has" | "have" | "been")
    })
}

fn is_past(words: &[String]) -> bool {
    words.iter().any(|w| {
        IRREGULAR_PAST.contains(&w.as_str())
            || w.ends_with("'ve")
            || (w.len() >= 5 && w.ends_with("ed") && !NOT_PAST.contains(&w.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::super::{Count, Day, find};
    use jiff::civil::Weekday;

    fn count(text: &str) -> Count {
        match find(text).first().map(|p| p.day) {
            Some(Day::Weekday { count, .. }) => count,
            other => panic!("{text}: {other:?}"),
        }
    }

    // A clause is read no further than `CLAUSE_REACH` from its phrase: "will" within reach
    // makes the day ahead, the same "will" beyond it does not.
    #[test]
    fn a_clause_is_read_within_its_reach() {
        let padding = "very ".repeat(super::CLAUSE_REACH / 5);
        assert_eq!(
            count("The minister will visit Kyiv on Monday."),
            Count::OnOrAfter
        );
        let far = format!("The minister will {padding}visit Kyiv on Monday.");
        assert_eq!(count(&far), Count::OnOrBefore);
        let far = format!("On Monday the minister {padding}will visit Kyiv.");
        assert_eq!(count(&far), Count::OnOrBefore);
    }

    // Each phrase read its clause whole: one sentence without a comma or full stop naming
    // Wednesday 7,500 times (250 KB) took minutes; now each reads a bounded window.
    #[test]
    fn a_long_clause_of_many_weekdays_is_read_in_time() {
        let text = "the talks began on Wednesday and ".repeat(7_500);
        let found = find(&text);
        assert_eq!(found.len(), 7_500);
        assert!(found.iter().all(|p| p.day
            == Day::Weekday {
                weekday: Weekday::Wednesday,
                count: Count::OnOrBefore
            }));
    }

    #[test]
    fn future_wording_counts_a_weekday_on() {
        for text in [
            "The river Oder is expected to peak in the Polish city of Wroclaw on Wednesday.",
            "Repairs are expected to be finished by Friday.",
            "The minister will visit Kyiv on Monday.",
            "On Monday, the minister will visit Kyiv.",
            "Talks are due to resume on Thursday.",
            "The strike is scheduled for Tuesday.",
            "They'll meet on Friday.",
            "The vote is set to take place on Sunday.",
            "Temperatures are forecast to reach 41C on Wednesday.",
            "Storms are predicted to hit the coast on Friday.",
            "The river is likely to crest on Monday, officials said.",
            "Engineers expect the road to reopen on Friday.",
            "The club hopes to sign him on Tuesday.",
        ] {
            assert_eq!(count(text), Count::OnOrAfter, "{text}");
        }
    }

    #[test]
    fn past_or_no_wording_counts_a_weekday_back() {
        for text in [
            "Inflation, predicted to reach 3% on Wednesday, came in at 2.8%.",
            "The talks began on Tuesday, and they will resume soon.",
            "The closure on Monday was due to fog.",
            "About half had been reconnected by Tuesday, it said.",
            "Schools were closed from Monday.",
            "officials said on Tuesday",
            "Rain that has fallen since Friday will continue.",
            "Water levels at one gauge reached 6.3 metres on Monday, the office said.",
        ] {
            assert_eq!(count(text), Count::OnOrBefore, "{text}");
        }
    }

    #[test]
    fn from_or_by_without_a_tense_is_either() {
        assert_eq!(
            count("Buses return to their usual routes from Monday."),
            Count::Either
        );
        assert_eq!(count("Most power back by Friday"), Count::Either);
        // Ahead of a past time: the Wednesday just gone, or the one to come.
        for text in [
            "The river Oder was expected to peak in the Polish city of Wroclaw on Wednesday.",
            "The vote was due to take place on Sunday.",
            "The meeting had been scheduled for Monday.",
            "Temperatures were forecast to reach 41C on Wednesday.",
            // Past and future in one clause: either day.
            "Shares fell 4% on Wednesday and are likely to fall further.",
            "Rain is expected on Friday after heat records were broken.",
            // Reported speech looks ahead of when it was said, which may be before the paper.
            "the town's population would spend Wednesday night without water",
            "The minister said the government had received the doses and would begin a \
             vaccination campaign on Wednesday",
        ] {
            assert_eq!(count(text), Count::Either, "{text}");
        }
        assert_eq!(
            count("The council said buses return to their routes from Monday."),
            Count::Either
        );
        // A present perfect takes no day gone by: the warning's Saturday may be to come.
        assert_eq!(
            count("The Met Office has issued an amber warning for wind from 6pm on Saturday"),
            Count::Either
        );
        let day = find("Buses return from Monday.")[0].day;
        let wednesday = jiff::civil::date(2024, 5, 1);
        assert_eq!(
            day.readings(Some(wednesday)),
            [
                jiff::civil::date(2024, 4, 29),
                jiff::civil::date(2024, 5, 6)
            ]
        );
        assert!(day.is_unclear());
        assert!(matches!(
            day,
            Day::Weekday {
                weekday: Weekday::Monday,
                ..
            }
        ));
    }
}
