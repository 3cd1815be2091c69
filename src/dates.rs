//! Days named in news text ("on Tuesday", "yesterday", "2 March", "March 2, 2022",
//! "2022-03-02"), found with their words and resolved against a base date: the day the text was
//! published. The date rules of `check` read quotes with it; drafting facts from an article can
//! too.
//!
//! How each phrase resolves, the base being the day of publication:
//!
//! - A weekday ("Tuesday", "on Tuesday", "since Tuesday", "Tuesday night"): the latest such day
//!   on or before the base, so "Wednesday" in a paper of Wednesday is that day. "last Tuesday":
//!   the latest Tuesday before the base (a week back in a paper of Tuesday); "next Tuesday": the
//!   first after it or the one a week later, as "next" means either. "Thursday last week"
//!   ("this week", "next week"): that weekday of the week (Monday to Sunday) before the base's
//!   (of it, after it); British "Tuesday week": a week after the first Tuesday after the base.
//!   In a clause about what is to come ("is expected to peak on Wednesday"):
//!   the first such day on or after the base; where the tense does not say ("from Monday",
//!   "was expected to ... on Wednesday"), both (see `tense`).
//! - "today", "tonight", "this morning" (afternoon, evening): the base. "yesterday", and "last
//!   night" (the evening of the day before publication, however late the paper went out): the day
//!   before. "the day before yesterday": two days before; "tomorrow": the day after.
//! - A day of a month without a year ("2 March", "March 2", "March 2nd", "the 2nd of March",
//!   "Jan. 18", "New Year's Eve"): the such day nearest the base, before or after it, so
//!   "December 30" in a paper of 2 January is three days before; in a clause about what is to
//!   come, the first on or after the base. "Sept. 16 last year" (next year, this year, after
//!   or before the day): that day in the year before (after, of) the base's.
//! - "last week", "this week", "next week": no one day, but a stretch of days
//!   ([`Day::stretch`]).
//! - A day with its year ("2 March 2022", "March 2, 2022", "2022-03-02"): that day. These are
//!   *full dates*: they need no base.
//! - A weekday written with a date ("Tuesday, Jan. 18, 2022", "Tuesday 1 March") is the date.
//!
//! Words are matched whole ("Mayday" is not May, "Sundays" is not Sunday) and in any case, with
//! three exceptions that are also ordinary words: "May" and "March" (the verbs "may", "march")
//! and the abbreviations ("Jan.", "Sept.", "Mar") must start with a capital. A month names a
//! day only with a day number next to it. "Today", "Tonight", "Yesterday" and "Tomorrow" with a
//! capital after a word are a name ("Russia Today"), not a day.
//!
//! One pass of an Aho-Corasick automaton finds the candidate words; only they are looked at
//! more closely, so text that names no day costs one scan.

use crate::language::Language;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use jiff::civil::{Date, Weekday};
use std::ops::Range;
use std::sync::LazyLock;

mod german;
mod months;
mod tense;

/// A day a phrase names, before it is resolved against a base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    /// A day with its year: "2 March 2022", "March 2, 2022", "2022-03-02".
    Full(Date),
    /// A day of a month without its year ("2 March", "March 2nd", "New Year's Eve"): which
    /// year is counted from the base.
    OfMonth { month: i8, day: i8, year: Year },
    /// A weekday, counted from the base.
    Weekday { weekday: Weekday, count: Count },
    /// Days from the base: "yesterday" is -1, "today" 0, "tomorrow" 1.
    Offset(i8),
    /// A week, not one day: "last week" is -1, "this week" 0, "next week" 1.
    Week(i8),
    /// A day of the month without the month ("on the 20th"): the latest such day on or
    /// before the base, or the first on or after it in a clause about what is to come
    /// (`ahead`); with "of this month" ("last", "next"), that day of the base's month moved
    /// by `month_shift`.
    DayOfMonth {
        day: i8,
        month_shift: Option<i8>,
        ahead: bool,
    },
    /// Days from `first` of `month` to `last` of `last_month`: "March 1-2", "4 and 5 June",
    /// "Feb. 28-March 2", with the year of the first when it is written ("1-2 March 2022"),
    /// else the such days that `when` says, counted from the base.
    Days {
        month: i8,
        first: i8,
        last_month: i8,
        last: i8,
        year: Option<i16>,
        when: Year,
    },
    /// A month without a day: "last December" (-1), "this December" (0), "next December" (1).
    Month { month: i8, which: i8 },
    /// The base's month moved by `shift` ("last month", "this month", "next month"), or of
    /// it only the days up to the base ("earlier this month": `part` -1) or from it ("later
    /// this month": 1).
    MonthOf { shift: i8, part: i8 },
    /// A Saturday and the Sunday after it, the Saturday counted as a weekday is: "at the
    /// weekend", "last weekend", "next weekend".
    Weekend(Count),
    /// The base's day so many years back: "a year ago" is 1.
    YearsAgo(i8),
    /// Day and month written in digits ("02/03/2022", "24/02/22"): the day read day first, and
    /// the day read month first; either is `None` when it is no day of the calendar. A source
    /// whose language says the order keeps one reading (see [`Day::in_order`]).
    Numeric {
        day_first: Option<Date>,
        month_first: Option<Date>,
    },
}

/// Which year a day of a month without its year is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Year {
    /// The such day nearest the base, before or after it (within half a year): "30 December"
    /// in a paper of 2 January is the 30 December three days before.
    Nearest,
    /// The first such day on or after the base, as the clause speaks of what is to come;
    /// but a day of the two weeks before the base stays that day ("will be sentenced for the
    /// attack on 1 March" in a paper of 2 March is no 1 March a year on).
    OnOrAfter,
    /// The base's year moved by so many years: "Sept. 16 last year" is -1, "this year" 0.
    Shift(i8),
    /// The latest such day on or before the base, as the clause tells of the past ("Fighting
    /// broke out on 20 June" in a paper of March is last year's June).
    OnOrBefore,
    /// Both the latest on or before the base and the first on or after it: the clause speaks
    /// of the past and of what is to come ("has been postponed until 20 June", "was expected
    /// to end on 20 June").
    Either,
}

/// Which of the weekdays of that name, counted from the base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// The latest on or before the base: "Tuesday", "on Tuesday".
    OnOrBefore,
    /// The first on or after the base: "is expected to peak on Wednesday".
    OnOrAfter,
    /// Either of the two: "from Monday" in a clause whose tense says neither past nor future.
    Either,
    /// The latest before the base: "last Tuesday".
    Before,
    /// The first after the base: "next Tuesday"; or the one a week later, as "next" may
    /// also mean (see [`Day::readings`]).
    After,
    /// The weekday of the week (Monday to Sunday) before the base's (-1), of it (0) or after
    /// it (1): "Thursday last week", "Friday next week".
    InWeek(i8),
    /// A week after the first such day after the base: British "Tuesday week".
    WeekAfter,
    /// The night before the latest such day on or before the base, and that day: "overnight
    /// into Thursday" names Wednesday and Thursday.
    NightInto,
}

impl Day {
    /// The day, counted from `base` (the text's publication date); `None` when it needs a base
    /// and there is none, names no day of the calendar ("30 February"), or is a week. A
    /// weekday whose tense is unclear ([`Count::Either`]) gives the day counted back: see
    /// [`Day::readings`] for both.
    pub fn resolve(self, base: Option<Date>) -> Option<Date> {
        match self {
            Day::Full(date) => Some(date),
            Day::OfMonth { month, day, year } => of_month(base?, month, day, year),
            Day::DayOfMonth {
                day,
                month_shift,
                ahead,
            } => day_of_month(base?, day, month_shift, ahead),
            Day::Weekday { weekday, count } => {
                let base = base?;
                let on = base.weekday() == weekday;
                match count {
                    Count::OnOrBefore | Count::OnOrAfter | Count::Either | Count::NightInto
                        if on =>
                    {
                        Some(base)
                    }
                    Count::OnOrBefore | Count::Either | Count::Before | Count::NightInto => {
                        base.nth_weekday(-1, weekday).ok()
                    }
                    Count::OnOrAfter | Count::After => base.nth_weekday(1, weekday).ok(),
                    Count::WeekAfter => later(base.nth_weekday(1, weekday).ok()?, 7),
                    Count::InWeek(n) => {
                        let from_monday = i64::from(weekday.to_monday_zero_offset());
                        later(monday_of(base)?, 7 * i64::from(n) + from_monday)
                    }
                }
            }
            Day::Offset(days) => {
                let span = jiff::Span::new().try_days(i64::from(days)).ok()?;
                base?.checked_add(span).ok()
            }
            Day::YearsAgo(n) => {
                let base = base?;
                let year = base.year().checked_sub(i16::from(n))?;
                // 29 February a year on is the 28th.
                Date::new(year, base.month(), base.day())
                    .or_else(|_| Date::new(year, base.month(), base.day() - 1))
                    .ok()
            }
            Day::Numeric {
                day_first,
                month_first,
            } => day_first.or(month_first),
            Day::Week(_)
            | Day::Days { .. }
            | Day::Month { .. }
            | Day::MonthOf { .. }
            | Day::Weekend(_) => None,
        }
    }

    /// Every day the phrase may name: one, or for a weekday of unclear tense the day counted
    /// back and the day counted on ("from Monday" in a paper of Wednesday: the Monday before
    /// and the Monday after), and for "next Sunday" the coming Sunday and the one after it.
    pub fn readings(self, base: Option<Date>) -> Vec<Date> {
        match self {
            Day::Weekday {
                count: Count::After,
                ..
            } => {
                let coming = self.resolve(base);
                let week_on = coming.and_then(|d| later(d, 7));
                coming.into_iter().chain(week_on).collect()
            }
            Day::Weekday {
                weekday,
                count: Count::Either,
            } => {
                let back = self.resolve(base);
                let on = Day::Weekday {
                    weekday,
                    count: Count::OnOrAfter,
                }
                .resolve(base);
                let mut days: Vec<Date> = back.into_iter().chain(on).collect();
                days.dedup();
                days
            }
            Day::Weekday {
                count: Count::NightInto,
                ..
            } => {
                let day = self.resolve(base);
                day.and_then(|d| later(d, -1))
                    .into_iter()
                    .chain(day)
                    .collect()
            }
            Day::OfMonth {
                month,
                day,
                year: Year::Either,
            } => {
                let mut days: Vec<Date> = [Year::OnOrBefore, Year::OnOrAfter]
                    .iter()
                    .filter_map(|&year| of_month(base?, month, day, year))
                    .collect();
                days.dedup();
                days
            }
            Day::Numeric {
                day_first,
                month_first,
            } => {
                let mut days: Vec<Date> = day_first.into_iter().chain(month_first).collect();
                days.dedup();
                days
            }
            _ => self.resolve(base).into_iter().collect(),
        }
    }

    /// Every stretch of days the phrase may name (see [`Day::stretch`]): two for days of a
    /// month whose clause tells of the past and of what is to come ("was held on 4 and 5
    /// June ... will be held"), and for "last June" in a paper of July (the June just gone,
    /// or the one before it, as "last" means either).
    pub fn stretches(self, base: Option<Date>) -> Vec<(Date, Date)> {
        match self {
            Day::Days {
                month,
                first,
                last_month,
                last,
                year: None,
                when: Year::Either,
            } => {
                let mut all = Vec::new();
                for when in [Year::OnOrBefore, Year::OnOrAfter] {
                    let one = Day::Days {
                        month,
                        first,
                        last_month,
                        last,
                        year: None,
                        when,
                    };
                    if let Some(s) = one.stretch(base)
                        && !all.contains(&s)
                    {
                        all.push(s);
                    }
                }
                all
            }
            Day::Month { month, which } => months_named(base, month, which),
            Day::Weekend(count) => {
                let saturdays = Day::Weekday {
                    weekday: Weekday::Saturday,
                    count,
                }
                .readings(base);
                saturdays
                    .into_iter()
                    .filter_map(|sat| Some((sat, later(sat, 1)?)))
                    .collect()
            }
            _ => self.stretch(base).into_iter().collect(),
        }
    }

    /// The first and last day of a stretch of days the phrase names, counted from `base`:
    /// "last week" is from the Monday of the week before publication to the day before
    /// publication (news says "last week" of the past seven days too); "this week" the Monday
    /// to the Sunday of the week of publication; "next week" the day after publication to the
    /// Sunday after; "March 1-2" the nearest such days.
    pub fn stretch(self, base: Option<Date>) -> Option<(Date, Date)> {
        let which = match self {
            Day::Week(which) => which,
            Day::MonthOf { shift, part } => return month_of(base?, shift, part),
            Day::Month { .. } | Day::Weekend(_) => return self.stretches(base).first().copied(),
            Day::Days {
                month,
                first,
                last_month,
                last,
                year,
                when,
            } => {
                let from = match year {
                    Some(year) => full(year, month, first)?,
                    // Either way round, the stretch counted back (`stretches` gives both).
                    None if when == Year::Either => {
                        of_month(base?, month, first, Year::OnOrBefore)?
                    }
                    None => of_month(base?, month, first, when)?,
                };
                // The last day is the first such day from the first on: "Dec. 30-Jan. 2".
                let to = (from.year()..=from.year().saturating_add(1))
                    .filter_map(|y| full(y, last_month, last))
                    .find(|d| *d >= from)?;
                return Some((from, to));
            }
            _ => return None,
        };
        let base = base?;
        let monday = monday_of(base)?;
        match which {
            -1 => Some((later(monday, -7)?, later(base, -1)?)),
            0 => Some((monday, later(monday, 6)?)),
            _ => Some((later(base, 1)?, later(monday, 13)?)),
        }
    }

    /// Whether the day needs no base: a full date, or days of a month with their year.
    pub fn is_full(self) -> bool {
        matches!(self, Day::Full(_) | Day::Days { year: Some(_), .. })
    }

    /// Whether the phrase names two days, its tense unclear or "next" either of two: see
    /// [`Day::readings`].
    pub fn is_unclear(self) -> bool {
        matches!(
            self,
            Day::Weekday {
                count: Count::Either | Count::After | Count::NightInto,
                ..
            } | Day::OfMonth {
                year: Year::Either,
                ..
            } | Day::Days {
                year: None,
                when: Year::Either,
                ..
            } | Day::Numeric {
                day_first: Some(_),
                month_first: Some(_),
            }
        )
    }

    /// The day of digits read in one order: month first (`true`, as American English writes
    /// it) or day first; other days as they are.
    pub fn in_order(self, month_first: bool) -> Day {
        match self {
            Day::Numeric {
                day_first,
                month_first: us,
            } => {
                let one = if month_first { us } else { day_first };
                Day::Numeric {
                    day_first: one.filter(|_| !month_first),
                    month_first: one.filter(|_| month_first),
                }
            }
            day => day,
        }
    }
}

/// The first and last day of each month that "last December" (`which` -1), "this December"
/// (0) or "next December" (1) may name, counted from `base`: "last" is the latest such month
/// before the base's, and, when that is in the base's year, the one a year before too ("last
/// June" in a paper of July may mean either); "next" likewise on.
fn months_named(base: Option<Date>, month: i8, which: i8) -> Vec<(Date, Date)> {
    let Some(base) = base else {
        return Vec::new();
    };
    let y = base.year();
    let years: Vec<i16> = match which {
        0 => vec![y],
        ..0 if month < base.month() => vec![y, y - 1],
        ..0 => vec![y - 1],
        _ if month > base.month() => vec![y, y + 1],
        _ => vec![y + 1],
    };
    (years.into_iter())
        .filter_map(|year| {
            let first = Date::new(year, month, 1).ok()?;
            Some((first, first.last_of_month()))
        })
        .collect()
}

/// The base's month moved by `shift`, whole, or only its days up to the base (`part` -1) or
/// from it (1).
fn month_of(base: Date, shift: i8, part: i8) -> Option<(Date, Date)> {
    let months = i32::from(base.year()) * 12 + i32::from(base.month()) - 1 + i32::from(shift);
    let year = i16::try_from(months.div_euclid(12)).ok()?;
    let month = i8::try_from(months.rem_euclid(12) + 1).ok()?;
    let first = Date::new(year, month, 1).ok()?;
    Some(match part {
        ..0 => (first, base),
        0 => (first, first.last_of_month()),
        _ => (base, first.last_of_month()),
    })
}

/// `day` of a month counted from `base`: of the base's month moved by `month_shift`, else the
/// latest such day on or before the base (the first on or after it when `ahead`), skipping
/// months without it (a 31st).
fn day_of_month(base: Date, day: i8, month_shift: Option<i8>, ahead: bool) -> Option<Date> {
    let in_month = |shift: i32| {
        let months = i32::from(base.year()) * 12 + i32::from(base.month()) - 1 + shift;
        let year = i16::try_from(months.div_euclid(12)).ok()?;
        let month = i8::try_from(months.rem_euclid(12) + 1).ok()?;
        Date::new(year, month, day).ok()
    };
    if let Some(shift) = month_shift {
        return in_month(i32::from(shift));
    }
    let step = if ahead { 1 } else { -1 };
    (0..3)
        .filter_map(|n| in_month(step * n))
        .find(|d| if ahead { *d >= base } else { *d <= base })
}

/// The Monday of the week (Monday to Sunday) of `day`.
fn monday_of(day: Date) -> Option<Date> {
    if day.weekday() == Weekday::Monday {
        Some(day)
    } else {
        day.nth_weekday(-1, Weekday::Monday).ok()
    }
}

/// The day `n` days after `day` (before it when `n` is negative).
fn later(day: Date, n: i64) -> Option<Date> {
    day.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

/// `day` of `month` in the year `year` says, counted from `base`.
fn of_month(base: Date, month: i8, day: i8, year: Year) -> Option<Date> {
    let in_year = |y: i16| Date::new(y, month, day).ok();
    let y = base.year();
    match year {
        Year::Shift(n) => in_year(y.checked_add(i16::from(n))?),
        Year::OnOrBefore | Year::Either => (y.saturating_sub(4)..=y)
            .filter_map(in_year)
            .rfind(|d| *d <= base),
        Year::OnOrAfter => {
            let recent = (y.saturating_sub(1)..=y)
                .filter_map(in_year)
                .filter(|d| *d < base)
                .max()
                .filter(|d| d.until(base).is_ok_and(|s| s.get_days() <= 14));
            recent.or_else(|| {
                (y..=y.saturating_add(4))
                    .filter_map(in_year)
                    .find(|d| *d >= base)
            })
        }
        Year::Nearest => {
            // The candidates around the base (29 February only in leap years): the nearest.
            let candidates = (y.saturating_sub(4)..=y.saturating_add(4)).filter_map(in_year);
            candidates.min_by_key(|d| {
                let days = base
                    .until(*d)
                    .ok()
                    .map_or(i64::MAX, |s| i64::from(s.get_days()));
                // A tie (never for whole years of 365 or 366 days, but cheap): the past.
                (days.unsigned_abs(), days > 0)
            })
        }
    }
}

/// A phrase of a text that names a day: its words, where they are, and the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase<'t> {
    /// The words as written: "on Tuesday", "March 2, 2022".
    pub text: &'t str,
    /// Their byte range in the text.
    pub range: Range<usize>,
    pub day: Day,
    /// The weekday written before a date it goes with ("Tuesday, March 2"), which the date
    /// may contradict.
    pub weekday: Option<Weekday>,
}

impl Phrase<'_> {
    /// The day, counted from `base`: see [`Day::resolve`].
    pub fn resolve(&self, base: Option<Date>) -> Option<Date> {
        self.day.resolve(base)
    }

    /// Whether the phrase needs no base: a full date.
    pub fn is_full(&self) -> bool {
        self.day.is_full()
    }
}

/// What a word of the automaton is.
#[derive(Clone, Copy)]
enum Word {
    Weekday(Weekday),
    /// A weekday's abbreviation, which names it only with a capital and a full stop ("Tues.",
    /// "Thurs."; "Wed" alone is a verb).
    WeekdayShort(Weekday),
    /// "month": a month after "last", "this" or "next".
    MonthNoun,
    /// "weekend", after "the", "this", "last" or "next".
    Weekend,
    /// "ago", after "a week", "two days", "a year".
    Ago,
    /// A month's name; `strict` when it must start with a capital (May, March, the
    /// abbreviations), `abbreviation` when a full stop may follow it.
    Month {
        month: i8,
        strict: bool,
        abbreviation: bool,
    },
    /// "yesterday", "today", "tonight", "tomorrow".
    Relative(i8),
    /// "night", "morning", "afternoon", "evening": a day after "this", and ("night",
    /// "evening": `after_last`) after "last".
    PartOfDay {
        after_last: bool,
    },
    /// `-MM-`, the middle of an ISO date.
    Iso(i8),
    /// "week": a week after "last", "this" or "next".
    Week,
    /// A day that names its date: "New Year's Eve" is 31 December.
    Holiday {
        month: i8,
        day: i8,
    },
}

const WORDS: &[(&str, Word)] = &[
    ("monday", Word::Weekday(Weekday::Monday)),
    ("tuesday", Word::Weekday(Weekday::Tuesday)),
    ("wednesday", Word::Weekday(Weekday::Wednesday)),
    ("thursday", Word::Weekday(Weekday::Thursday)),
    ("friday", Word::Weekday(Weekday::Friday)),
    ("saturday", Word::Weekday(Weekday::Saturday)),
    ("sunday", Word::Weekday(Weekday::Sunday)),
    ("january", month(1, false, false)),
    ("february", month(2, false, false)),
    ("march", month(3, true, false)),
    ("april", month(4, false, false)),
    ("may", month(5, true, false)),
    ("june", month(6, false, false)),
    ("july", month(7, false, false)),
    ("august", month(8, false, false)),
    ("september", month(9, false, false)),
    ("october", month(10, false, false)),
    ("november", month(11, false, false)),
    ("december", month(12, false, false)),
    ("jan", month(1, true, true)),
    ("feb", month(2, true, true)),
    ("mar", month(3, true, true)),
    ("apr", month(4, true, true)),
    ("jun", month(6, true, true)),
    ("jul", month(7, true, true)),
    ("aug", month(8, true, true)),
    ("sep", month(9, true, true)),
    ("sept", month(9, true, true)),
    ("oct", month(10, true, true)),
    ("nov", month(11, true, true)),
    ("dec", month(12, true, true)),
    ("yesterday", Word::Relative(-1)),
    ("today", Word::Relative(0)),
    ("tonight", Word::Relative(0)),
    ("tomorrow", Word::Relative(1)),
    ("night", Word::PartOfDay { after_last: true }),
    ("morning", Word::PartOfDay { after_last: false }),
    ("afternoon", Word::PartOfDay { after_last: false }),
    ("evening", Word::PartOfDay { after_last: true }),
    ("-01-", Word::Iso(1)),
    ("-02-", Word::Iso(2)),
    ("-03-", Word::Iso(3)),
    ("-04-", Word::Iso(4)),
    ("-05-", Word::Iso(5)),
    ("-06-", Word::Iso(6)),
    ("-07-", Word::Iso(7)),
    ("-08-", Word::Iso(8)),
    ("-09-", Word::Iso(9)),
    ("-10-", Word::Iso(10)),
    ("-11-", Word::Iso(11)),
    ("-12-", Word::Iso(12)),
    ("week", Word::Week),
    ("new year's eve", Word::Holiday { month: 12, day: 31 }),
    (
        "new year\u{2019}s eve",
        Word::Holiday { month: 12, day: 31 },
    ),
    ("new years eve", Word::Holiday { month: 12, day: 31 }),
    ("new year's day", Word::Holiday { month: 1, day: 1 }),
    ("new year\u{2019}s day", Word::Holiday { month: 1, day: 1 }),
    ("new years day", Word::Holiday { month: 1, day: 1 }),
    ("christmas eve", Word::Holiday { month: 12, day: 24 }),
    ("christmas day", Word::Holiday { month: 12, day: 25 }),
    ("boxing day", Word::Holiday { month: 12, day: 26 }),
    ("mon", Word::WeekdayShort(Weekday::Monday)),
    ("tue", Word::WeekdayShort(Weekday::Tuesday)),
    ("tues", Word::WeekdayShort(Weekday::Tuesday)),
    ("wed", Word::WeekdayShort(Weekday::Wednesday)),
    ("weds", Word::WeekdayShort(Weekday::Wednesday)),
    ("thu", Word::WeekdayShort(Weekday::Thursday)),
    ("thur", Word::WeekdayShort(Weekday::Thursday)),
    ("thurs", Word::WeekdayShort(Weekday::Thursday)),
    ("fri", Word::WeekdayShort(Weekday::Friday)),
    ("month", Word::MonthNoun),
    ("weekend", Word::Weekend),
    ("ago", Word::Ago),
];

/// Whether `word` (in any case) names a month: in full, or also abbreviated ("Sept").
pub fn is_month_name(word: &str, abbreviated: bool) -> bool {
    WORDS.iter().any(|(w, kind)| {
        matches!(kind, Word::Month { abbreviation, .. } if abbreviated || !abbreviation)
            && w.eq_ignore_ascii_case(word)
    })
}

/// Whether `word` (in any case) names a day of the week.
pub fn is_weekday_name(word: &str) -> bool {
    WORDS
        .iter()
        .any(|(w, kind)| matches!(kind, Word::Weekday(_)) && w.eq_ignore_ascii_case(word))
}

const fn month(month: i8, strict: bool, abbreviation: bool) -> Word {
    Word::Month {
        month,
        strict,
        abbreviation,
    }
}

/// The words before a weekday that belong to its phrase; "last" and "next" change its day.
const WEEKDAY_LEADS: &[&str] = &[
    "on", "since", "until", "from", "by", "last", "next", "this", "early", "late",
];

/// The words after a weekday that belong to its phrase: "Tuesday night".
const PARTS_OF_DAY: &[&str] = &["night", "morning", "afternoon", "evening"];

static AUTOMATON: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(WORDS.iter().map(|(w, _)| w))
        .ok()
});

/// The phrases of `text` that name a day, in order and not overlapping.
pub fn find(text: &str) -> Vec<Phrase<'_>> {
    let mut found: Vec<Phrase<'_>> = Vec::new();
    let Some(automaton) = AUTOMATON.as_ref() else {
        return found;
    };
    // Dates in digits take their place among the phrases of words, so that "Tuesday,
    // 02/03/2022" is one phrase as "Tuesday, 2 March 2022" is.
    let mut in_digits = dates_in_digits(text).into_iter().peekable();
    for m in automaton.find_iter(text) {
        let Some((_, word)) = WORDS.get(m.pattern().as_usize()) else {
            continue;
        };
        let (start, end) = (m.start(), m.end());
        while let Some(phrase) = in_digits.next_if(|p| p.range.start < start) {
            push(text, &mut found, phrase);
        }
        let phrase = match *word {
            Word::Iso(month) => iso(text, start, end, month),
            _ if !whole_word(text, start, end) => None,
            Word::Weekday(weekday) => {
                (!any_such_weekday(text, start)).then(|| weekday_phrase(text, start, end, weekday))
            }
            Word::WeekdayShort(weekday) => (starts_upper(&text[start..end])
                && text[end..].starts_with('.'))
            .then(|| weekday_phrase(text, start, end + 1, weekday)),
            Word::Month {
                month,
                strict,
                abbreviation,
            } => {
                if strict && !starts_upper(&text[start..end]) {
                    None
                } else {
                    month_phrase(text, start, end, month, abbreviation)
                        .or_else(|| month_alone(text, start, end, month))
                }
            }
            Word::MonthNoun => month_word_phrase(text, start, end),
            Word::Weekend => weekend_phrase(text, start, end),
            Word::Ago => ago_phrase(text, start, end),
            Word::Relative(offset) => relative_phrase(text, start, end, offset),
            Word::PartOfDay { after_last } => part_of_day_phrase(text, start, end, after_last),
            Word::Week => week_phrase(text, start, end),
            Word::Holiday { month, day } => {
                Some(with_year(text, start..end, of_month_day(month, day)))
            }
        };
        if let Some(phrase) = phrase {
            push(text, &mut found, phrase);
        }
    }
    for phrase in in_digits {
        push(text, &mut found, phrase);
    }
    merge(&mut found, days_of_month_alone(text));
    // Which way a day is counted depends on the tense of its clause.
    for phrase in &mut found {
        phrase.day = tense::lean(text, phrase.range.clone(), phrase.day);
    }
    found
}

/// The phrases of `text` that name a day, read as `language` writes days: digits such as
/// `02/03/2022` in the order its region writes them (American English month first, British
/// English and other languages day first; `en` alone or no language leaves both readings),
/// in German "am 2. März", "2. März 2024" and "am Dienstag", and in Ukrainian, Russian, French
/// and Spanish a day before its month ("15 березня", "15 марта", "1er mars", "15 de marzo").
pub fn find_in<'t>(text: &'t str, language: Option<&Language>) -> Vec<Phrase<'t>> {
    let mut found = find(text);
    let primary = language.map(Language::primary);
    if primary.as_deref() == Some("de") {
        merge(&mut found, german::find(text));
    }
    if let Some(months) = primary.as_deref().and_then(months::of_language) {
        merge(&mut found, months::find(text, months));
    }
    if let Some(month_first) = language.and_then(Language::writes_month_first) {
        for phrase in &mut found {
            phrase.day = phrase.day.in_order(month_first);
        }
    }
    found
}

/// Adds each of `more` that overlaps none of `found`, in order.
fn merge<'t>(found: &mut Vec<Phrase<'t>>, more: Vec<Phrase<'t>>) {
    for phrase in more {
        let overlaps = (found.iter())
            .any(|f| f.range.start < phrase.range.end && phrase.range.start < f.range.end);
        if !overlaps {
            let at = found.partition_point(|f| f.range.start < phrase.range.start);
            found.insert(at, phrase);
        }
    }
}

/// The dates in digits of `text` (see [`numeric`]), looked for only at a `/` or `.` between
/// two digits: a full stop in the automaton of words would stop at every sentence's end.
fn dates_in_digits(text: &str) -> Vec<Phrase<'_>> {
    let bytes = text.as_bytes();
    let between_digits = |at: usize| {
        at.checked_sub(1).is_some_and(|b| bytes[b].is_ascii_digit())
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
    };
    let mut found: Vec<Phrase<'_>> = Vec::new();
    for at in memchr::memchr2_iter(b'/', b'.', bytes).filter(|&at| between_digits(at)) {
        // The second separator of a date already found.
        if found.last().is_some_and(|f| at < f.range.end) {
            continue;
        }
        if let Some(phrase) = numeric(text, at) {
            found.push(phrase);
        }
    }
    found
}

/// A date in digits around the separator at `at`: `02/03/2022`, `24/02/22`, `2022/03/02`, and
/// with full stops only with a year of four digits (`02.03.2024`; `1.500` or `v1.2.3` are
/// none). Day and month first are both read unless a part over 12 says which is the day.
fn numeric(text: &str, at: usize) -> Option<Phrase<'_>> {
    let bytes = text.as_bytes();
    let sep = *bytes.get(at)?;
    let digits_before = bytes[..at]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let start = at - digits_before;
    let joined = |i: Option<usize>| {
        i.and_then(|i| bytes.get(i))
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b','))
    };
    if !(1..=4).contains(&digits_before) || joined(start.checked_sub(1)) {
        return None;
    }
    let run = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let second = run(at + 1);
    let mid = at + 1 + second;
    if !(1..=2).contains(&second) || bytes.get(mid) != Some(&sep) {
        return None;
    }
    let third = run(mid + 1);
    let end = mid + 1 + third;
    // The date ends there: not "2/3/2022/5", "02.03.2024.5" nor "1/2/2022a".
    let after = bytes.get(end).copied();
    let more = |b: u8| {
        bytes.get(end + 1).is_some_and(u8::is_ascii_digit) && matches!(b, b'/' | b'.' | b',')
    };
    if after.is_some_and(|b| b.is_ascii_alphanumeric() || more(b)) {
        return None;
    }
    let number = |from: usize, to: usize| text.get(from..to)?.parse::<i16>().ok();
    let (a, b, c) = (
        number(start, at)?,
        number(at + 1, mid)?,
        number(mid + 1, end)?,
    );
    let part = |n: i16| i8::try_from(n).ok();
    let day = if digits_before == 4 && (1..=2).contains(&third) && sep == b'/' {
        Day::Full(full(a, part(b)?, part(c)?)?)
    } else if digits_before <= 2 && (third == 4 || (third == 2 && sep == b'/')) {
        if sep == b'.' && !(1800..=2100).contains(&c) {
            return None;
        }
        // Two digits of a year: 1970 to 2069.
        let year = match third {
            2 if c < 70 => 2000 + c,
            2 => 1900 + c,
            _ => c,
        };
        let (a, b) = (part(a)?, part(b)?);
        let day_first = full(year, b, a);
        let month_first = full(year, a, b);
        if day_first.is_none() && month_first.is_none() {
            return None;
        }
        Day::Numeric {
            day_first,
            month_first,
        }
    } else {
        return None;
    };
    Some(phrase(text, start..end, day))
}

/// Adds `phrase`, joining it to a weekday right before it ("Tuesday, 1 March" is 1 March) and
/// dropping it if it overlaps the phrase before.
fn push<'t>(text: &'t str, found: &mut Vec<Phrase<'t>>, phrase: Phrase<'t>) {
    let is_date = matches!(
        phrase.day,
        Day::Full(_) | Day::OfMonth { .. } | Day::Numeric { .. }
    );
    if let Some(last) = found.last_mut() {
        let between = text.get(last.range.end..phrase.range.start);
        let joined = is_date
            && matches!(
                last.day,
                Day::Weekday {
                    count: Count::OnOrBefore,
                    ..
                }
            )
            && between.is_some_and(|gap| {
                gap.chars().filter(|&c| c == ',').count() <= 1
                    && gap.chars().all(|c| c == ',' || c.is_whitespace())
            });
        if joined {
            let range = last.range.start..phrase.range.end;
            let weekday = match last.day {
                Day::Weekday { weekday, .. } => Some(weekday),
                _ => None,
            };
            *last = Phrase {
                text: &text[range.clone()],
                range,
                day: phrase.day,
                weekday,
            };
            return;
        }
        // "Feb. 28-March 2", "March 1 to March 3": the days from one to the other.
        if let Some(days) = between.and_then(|gap| span(last.day, phrase.day, gap)) {
            let range = last.range.start..phrase.range.end;
            *last = Phrase {
                text: &text[range.clone()],
                range,
                day: days,
                weekday: None,
            };
            return;
        }
        if phrase.range.start < last.range.end {
            return;
        }
    }
    found.push(phrase);
}

/// The days from `first` to `last`, two days of a month joined by `gap` (a dash, "to",
/// "through", "until"): `None` when they are not so joined, or the last comes first.
fn span(first: Day, last: Day, gap: &str) -> Option<Day> {
    let gap = gap.trim();
    let joins = RANGE_DASHES.iter().any(|d| gap.chars().eq([*d]))
        || ["to", "through", "until", "till"]
            .iter()
            .any(|w| gap.eq_ignore_ascii_case(w));
    let of_month = |day: Day| match day {
        Day::Full(d) => Some((d.month(), d.day(), Some(d.year()))),
        Day::OfMonth {
            month,
            day,
            year: Year::Nearest,
        } => Some((month, day, None)),
        _ => None,
    };
    let ((month, first, year), (last_month, last, last_year)) = (of_month(first)?, of_month(last)?);
    let ordered = (month, first) < (last_month, last) || (year.is_none() && month > last_month);
    (joins && ordered).then_some(Day::Days {
        month,
        first,
        last_month,
        last,
        // "March 1 to March 3, 2022": the year written last is both days'.
        year: year.or(last_year.filter(|_| month <= last_month)),
        when: Year::Nearest,
    })
}

/// A day of the month written without its month after "on the" ("on the 20th", "on the 3rd
/// of last month"); not one that a noun follows ("on the 20th floor"), which is no day.
fn days_of_month_alone(text: &str) -> Vec<Phrase<'_>> {
    // Looked for after each "the " (fast to find), not at every digit.
    static THE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("the "));
    (THE.find_iter(text.as_bytes()))
        .filter_map(|at| {
            let start = at + "the ".len();
            let digits = text[start..].bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0)
                .then(|| day_alone_at(text, start, start + digits))
                .flatten()
        })
        .collect()
}

/// The phrase of the digits at `start..end` when they are a day of the month after "on the"
/// with an ordinal suffix (see `days_of_month_alone`).
fn day_alone_at(text: &str, start: usize, end: usize) -> Option<Phrase<'_>> {
    let day: i8 = text[start..end]
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    let suffix = text.get(end..end + 2)?;
    let rest = &text[end + 2..];
    let suffix_ok = ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| suffix.eq_ignore_ascii_case(s));
    let lead = start.checked_sub(7).and_then(|at| text.get(at..start))?;
    if !suffix_ok || !lead.eq_ignore_ascii_case("on the ") || !boundary_before(text, start - 7) {
        return None;
    }
    let shifts = [
        (" of last month", -1),
        (" of this month", 0),
        (" of next month", 1),
    ];
    let shifted = (shifts.iter()).find(|(words, _)| {
        rest.get(..words.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(words))
    });
    let (to, month_shift) = match shifted {
        Some((words, n)) => (end + 2 + words.len(), Some(*n)),
        // Only where the phrase ends: a noun after it makes another thing ("the 20th floor").
        None if rest.is_empty() || rest.starts_with(['.', ',', ';', ':', '!', '?', ')']) => {
            (end + 2, None)
        }
        None => return None,
    };
    let day = Day::DayOfMonth {
        day,
        month_shift,
        ahead: false,
    };
    Some(phrase(text, start - 7..to, day))
}

/// The day `day` of `month`, whose number starts at `from` and whose month's word ends at
/// `end`: with its year when four digits follow (after `year_lead`, such as Spanish "de "),
/// "15 березня 2024", "2. März 2024"; else a day of the nearest year. The readers of other
/// languages' days (`german`, `months`) share it.
fn day_then_year<'t>(
    text: &'t str,
    (from, end): (usize, usize),
    month: i8,
    day: i8,
    year_lead: &str,
) -> Option<Phrase<'t>> {
    let rest = &text[end..];
    let tail = rest.trim_start();
    let tail = tail.strip_prefix(year_lead).unwrap_or(tail);
    let year_digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    if year_digits == 4
        && tail.len() < rest.len()
        && !tail[4..].starts_with(|c: char| c.is_alphanumeric())
        && let Ok(year) = tail[..4].parse::<i16>()
    {
        let to = end + (rest.len() - tail.len()) + 4;
        return Some(phrase(text, from..to, Day::Full(full(year, month, day)?)));
    }
    let day = Day::OfMonth {
        month,
        day,
        year: Year::Nearest,
    };
    Some(phrase(text, from..end, day))
}

/// The words of `text` (runs of letters) with where each starts.
fn letter_runs(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

fn phrase(text: &str, range: Range<usize>, day: Day) -> Phrase<'_> {
    Phrase {
        text: &text[range.clone()],
        range,
        day,
        weekday: None,
    }
}

/// Whether the weekday at `start` is any such day, not one: "It was a Tuesday in March 1989",
/// "every Friday", "one Sunday in May" name no day that can be counted from the paper's.
fn any_such_weekday(text: &str, start: usize) -> bool {
    word_before(text, start).is_some_and(|(_, word)| {
        ["a", "an", "every", "each", "one", "any"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
    })
}

fn weekday_phrase(text: &str, start: usize, end: usize, weekday: Weekday) -> Phrase<'_> {
    let mut from = start;
    let mut count = Count::OnOrBefore;
    if let Some((at, word)) = word_before(text, start)
        && let Some(lead) = WEEKDAY_LEADS.iter().find(|l| word.eq_ignore_ascii_case(l))
    {
        from = at;
        count = match *lead {
            "last" => Count::Before,
            "next" => Count::After,
            _ => Count::OnOrBefore,
        };
    } else if let Some((into, word)) = word_before(text, start)
        && word.eq_ignore_ascii_case("into")
        && let Some((at, night)) = word_before(text, into)
        && ["overnight", "night"]
            .iter()
            .any(|w| night.eq_ignore_ascii_case(w))
    {
        // "overnight into Thursday", "the night into Thursday": Wednesday night and Thursday.
        from = at;
        count = Count::NightInto;
    }
    let mut to = end;
    if let Some((at, word)) = word_after(text, end)
        && PARTS_OF_DAY.iter().any(|p| word.eq_ignore_ascii_case(p))
    {
        to = at + word.len();
    }
    // "Thursday last week", "Friday next week", British "Tuesday week".
    if let Some((at, word)) = word_after(text, to) {
        let week_after = |at: usize, n: i8| {
            word_after(text, at + word.len())
                .filter(|(_, w)| w.eq_ignore_ascii_case("week"))
                .map(|(end, w)| (end + w.len(), Count::InWeek(n)))
        };
        let which = match word.to_ascii_lowercase().as_str() {
            "week" if count == Count::OnOrBefore => Some((at + word.len(), Count::WeekAfter)),
            "last" => week_after(at, -1),
            "this" => week_after(at, 0),
            "next" => week_after(at, 1),
            _ => None,
        };
        if let Some((end, week_count)) = which {
            to = end;
            count = week_count;
        }
    }
    phrase(text, from..to, Day::Weekday { weekday, count })
}

/// "last December", "this May", "next March": a month without a day.
fn month_alone(text: &str, start: usize, end: usize, month: i8) -> Option<Phrase<'_>> {
    let (at, word) = word_before(text, start)?;
    let which = shift_word(word)?;
    Some(phrase(text, at..end, Day::Month { month, which }))
}

/// "last month", "this month", "next month", "earlier this month", "later this month"; not
/// "of last month", which ends a day ("on the 3rd of last month").
fn month_word_phrase(text: &str, start: usize, end: usize) -> Option<Phrase<'_>> {
    let (at, word) = word_before(text, start)?;
    let shift = shift_word(word)?;
    let mut from = at;
    let mut part = 0;
    match word_before(text, at) {
        Some((_, of)) if of.eq_ignore_ascii_case("of") => return None,
        Some((edge, which)) if shift == 0 && which.eq_ignore_ascii_case("earlier") => {
            (from, part) = (edge, -1);
        }
        Some((edge, which)) if shift == 0 && which.eq_ignore_ascii_case("later") => {
            (from, part) = (edge, 1);
        }
        _ => {}
    }
    Some(phrase(text, from..end, Day::MonthOf { shift, part }))
}

/// "at the weekend", "over the weekend", "this weekend", "last weekend", "next weekend": its
/// Saturday and Sunday.
fn weekend_phrase(text: &str, start: usize, end: usize) -> Option<Phrase<'_>> {
    let (at, word) = word_before(text, start)?;
    let count = match word.to_ascii_lowercase().as_str() {
        "the" | "this" => Count::OnOrBefore,
        "last" => Count::Before,
        "next" => Count::After,
        _ => return None,
    };
    let from = match word_before(text, at) {
        Some((lead, w))
            if word.eq_ignore_ascii_case("the")
                && ["at", "over", "on"]
                    .iter()
                    .any(|l| w.eq_ignore_ascii_case(l)) =>
        {
            lead
        }
        _ if word.eq_ignore_ascii_case("the") => return None,
        _ => at,
    };
    Some(phrase(text, from..end, Day::Weekend(count)))
}

/// "a week ago", "two days ago", "3 weeks ago", "a year ago": so many days, or a year, before
/// the base (up to ten).
fn ago_phrase(text: &str, start: usize, end: usize) -> Option<Phrase<'_>> {
    let (unit_at, unit) = word_before(text, start)?;
    let (count_at, count) = count_before(text, unit_at)?;
    let unit = unit.to_ascii_lowercase();
    let singular = unit.strip_suffix('s').unwrap_or(&unit);
    if (count == 1) != (singular == unit) {
        return None; // "a days ago", "two week ago"
    }
    let day = match singular {
        "day" => Day::Offset(-count),
        "week" => Day::Offset(-7 * count),
        "year" => Day::YearsAgo(count),
        _ => return None,
    };
    Some(phrase(text, count_at..end, day))
}

/// The count right before `at`: "a", "one" to "ten", or 1 to 10 in digits.
fn count_before(text: &str, at: usize) -> Option<(usize, i8)> {
    const WORDS: [&str; 11] = [
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    if let Some((from, word)) = word_before(text, at)
        && let Some(n) = WORDS.iter().position(|w| word.eq_ignore_ascii_case(w))
    {
        return Some((from, i8::try_from(n.max(1)).ok()?));
    }
    let head = text[..at].trim_end_matches(char::is_whitespace);
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let from = head.len() - digits;
    let n: i8 = head[from..].parse().ok().filter(|n| (1..=10).contains(n))?;
    (head.len() < at && boundary_before(text, from)).then_some((from, n))
}

fn relative_phrase(text: &str, start: usize, end: usize, offset: i8) -> Option<Phrase<'_>> {
    let word = &text[start..end];
    // "Russia Today", "USA Today": a capital after a word is a name.
    let capitalised = starts_upper(word) && word[1..].bytes().all(|b| b.is_ascii_lowercase());
    let after_word = text[..start]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',');
    if capitalised && after_word {
        return None;
    }
    // "the day before yesterday", "the day after tomorrow".
    let hinge = match offset {
        -1 => Some("before"),
        1 => Some("after"),
        _ => None,
    };
    if let Some(hinge) = hinge
        && let Some((a, w1)) = word_before(text, start)
        && w1.eq_ignore_ascii_case(hinge)
        && let Some((b, w2)) = word_before(text, a)
        && w2.eq_ignore_ascii_case("day")
    {
        let from = match word_before(text, b) {
            Some((c, w3)) if w3.eq_ignore_ascii_case("the") => c,
            _ => b,
        };
        return Some(phrase(text, from..end, Day::Offset(offset * 2)));
    }
    Some(phrase(text, start..end, Day::Offset(offset)))
}

/// "last week", "this week", "next week" (and "earlier this week"): a week, not one day.
fn week_phrase(text: &str, start: usize, end: usize) -> Option<Phrase<'_>> {
    let (at, word) = word_before(text, start)?;
    let which = shift_word(word)?;
    Some(phrase(text, at..end, Day::Week(which)))
}

/// "last", "this", "next" as -1, 0, 1.
fn shift_word(word: &str) -> Option<i8> {
    let at = ["last", "this", "next"]
        .iter()
        .position(|w| word.eq_ignore_ascii_case(w))?;
    i8::try_from(at).ok().map(|i| i - 1)
}

/// "last year", "this year" or "next year" right after a day of a month ("Sept. 16 last
/// year") or right before it ("last year on 16 September"): the day with its year shifted.
fn with_year(text: &str, range: Range<usize>, day: Day) -> Phrase<'_> {
    let Day::OfMonth { month, day: d, .. } = day else {
        return phrase(text, range, day);
    };
    let shifted = |n| Day::OfMonth {
        month,
        day: d,
        year: Year::Shift(n),
    };
    if let Some((at, which)) = word_after(text, range.end)
        && let Some(n) = shift_word(which)
        && let Some((year_at, year)) = word_after(text, at + which.len())
        && year.eq_ignore_ascii_case("year")
    {
        return phrase(text, range.start..year_at + year.len(), shifted(n));
    }
    // "last year on 16 September", "last year, on 16 September".
    let mut at = range.start;
    if let Some((on, word)) = word_before(text, at)
        && word.eq_ignore_ascii_case("on")
    {
        at = on;
    }
    let head = text[..at].trim_end_matches(char::is_whitespace);
    let head = head.strip_suffix(',').unwrap_or(head);
    let year_at = head.len().saturating_sub("year".len());
    if head
        .get(year_at..)
        .is_some_and(|w| w.eq_ignore_ascii_case("year"))
        && boundary_before(text, year_at)
        && let Some((w, which)) = word_before(text, year_at)
        && let Some(n) = shift_word(which)
    {
        return phrase(text, w..range.end, shifted(n));
    }
    phrase(text, range, day)
}

fn part_of_day_phrase(
    text: &str,
    start: usize,
    end: usize,
    after_last: bool,
) -> Option<Phrase<'_>> {
    let (at, word) = word_before(text, start)?;
    let offset = if word.eq_ignore_ascii_case("this") {
        0
    } else if word.eq_ignore_ascii_case("last") && after_last {
        -1
    } else {
        return None;
    };
    Some(phrase(text, at..end, Day::Offset(offset)))
}

/// A month with its day: "2 March", "2nd of March", "the 2nd of March", "March 2", "March
/// 2nd", each with an optional year ("2 March 2022", "March 2, 2022").
fn month_phrase(
    text: &str,
    start: usize,
    end: usize,
    month: i8,
    abbreviation: bool,
) -> Option<Phrase<'_>> {
    // An abbreviation may end in a full stop: "Jan. 18".
    let end = if abbreviation && text[end..].starts_with('.') {
        end + 1
    } else {
        end
    };
    // The day before the month: "2 March", "2nd of March", "the 2nd of March".
    let before = {
        let mut at = start;
        if let Some((of, word)) = word_before(text, at)
            && word.eq_ignore_ascii_case("of")
        {
            at = of;
        }
        day_number_before(text, at).map(|(from, day)| {
            let from = match word_before(text, from) {
                Some((the, word)) if word.eq_ignore_ascii_case("the") => the,
                _ => from,
            };
            (from, day)
        })
    };
    if before.is_none()
        && let Some((from, first, last)) = dashed_days_before(text, start)
    {
        return days_phrase(text, from..end, month, first, last, false);
    }
    if let Some((from, day)) = before {
        valid_day(month, day)?;
        // "4 and 5 June": days, not one day.
        if let Some((from, first)) = first_of_range(text, from, day) {
            return days_phrase(text, from..end, month, first, day, false);
        }
        return Some(match year_after(text, end, false) {
            Some((to, year)) => phrase(text, from..to, Day::Full(full(year, month, day)?)),
            None => with_year(text, from..end, of_month_day(month, day)),
        });
    }
    // The day after: "March 2", "March 2nd", "March 2, 2022".
    let (to, day) = day_number_after(text, end)?;
    valid_day(month, day)?;
    // "March 1-2", "June 4 and 5".
    if let Some((to, last)) = last_of_range(text, to, day) {
        return days_phrase(text, start..to, month, day, last, true);
    }
    Some(match year_after(text, to, true) {
        Some((to, year)) => phrase(text, start..to, Day::Full(full(year, month, day)?)),
        None => with_year(text, start..to, of_month_day(month, day)),
    })
}

/// Days `first` to `last` of `month` at `range`, with the year written after them, if any.
fn days_phrase(
    text: &str,
    range: Range<usize>,
    month: i8,
    first: i8,
    last: i8,
    comma: bool,
) -> Option<Phrase<'_>> {
    valid_day(month, last)?;
    let (end, year) = match year_after(text, range.end, comma) {
        Some((to, year)) => (to, Some(year)),
        None => (range.end, None),
    };
    let days = Day::Days {
        month,
        first,
        last_month: month,
        last,
        year,
        when: Year::Nearest,
    };
    Some(phrase(text, range.start..end, days))
}

/// Words between the first and last day of a range: "June 4 and 5", "1 to 3 March".
const RANGE_WORDS: &[&str] = &["and", "to", "or", "through", "till", "until"];

/// Dashes between the first and last day of a range: "March 1-2", "1-2 March".
const RANGE_DASHES: [char; 3] = ['-', '\u{2013}', '\u{2014}'];

/// The first day of a range whose last day, `last`, starts at `at`: "4 and " of "4 and 5
/// June". Where it starts, and the day; only a day before `last`.
fn first_of_range(text: &str, at: usize, last: i8) -> Option<(usize, i8)> {
    let (link_at, link) = word_before(text, at)?;
    if !RANGE_WORDS.iter().any(|w| link.eq_ignore_ascii_case(w)) {
        return None;
    }
    let (start, first) = day_number_before(text, link_at)?;
    (first < last).then_some((start, first))
}

/// Days written with a dash right before white space before `at`: "1-2" of "1-2 March".
/// Where they start, and the first and last day.
fn dashed_days_before(text: &str, at: usize) -> Option<(usize, i8, i8)> {
    let head = text[..at].trim_end_matches(char::is_whitespace);
    if head.len() == at {
        return None;
    }
    let start = head
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || RANGE_DASHES.contains(&c)))
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    let (first, last) = head[start..].split_once(RANGE_DASHES)?;
    let (first, last) = (day_token(first)?, day_token(last)?);
    let opens = head[..start]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || "([\"'“‘".contains(c));
    (opens && first < last).then_some((start, first, last))
}

/// The last day of a range whose first day, `first`, ends at `at`: "-2" of "March 1-2", " and
/// 5" of "June 4 and 5". Where it ends, and the day; only a day after `first`.
fn last_of_range(text: &str, at: usize, first: i8) -> Option<(usize, i8)> {
    let rest = &text[at..];
    let (end, last) = if let Some(tail) = rest.strip_prefix(RANGE_DASHES) {
        let len = tail
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(tail.len());
        (text.len() - tail.len() + len, day_token(&tail[..len])?)
    } else {
        let (link_at, link) = word_after(text, at)?;
        if !RANGE_WORDS.iter().any(|w| link.eq_ignore_ascii_case(w)) {
            return None;
        }
        day_number_after(text, link_at + link.len())?
    };
    // "March 1-2,000" or "1 and 2.5": no day.
    let mut after = text[end..].chars();
    if let (Some(',' | '.'), Some(c)) = (after.next(), after.next())
        && c.is_ascii_digit()
    {
        return None;
    }
    (first < last).then_some((end, last))
}

/// An ISO date around `-MM-` at `start..end`: `2022-03-02`.
fn iso(text: &str, start: usize, end: usize, month: i8) -> Option<Phrase<'_>> {
    let bytes = text.as_bytes();
    let from = start.checked_sub(4)?;
    let to = end + 2;
    let year = bytes.get(from..start)?;
    let day = bytes.get(end..to)?;
    if !year.iter().chain(day).all(u8::is_ascii_digit) {
        return None;
    }
    if !boundary_before(text, from) || text[to..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let year = std::str::from_utf8(year).ok()?.parse().ok()?;
    let day = std::str::from_utf8(day).ok()?.parse().ok()?;
    let date = full(year, month, day)?;
    Some(phrase(text, from..to, Day::Full(date)))
}

fn of_month_day(month: i8, day: i8) -> Day {
    Day::OfMonth {
        month,
        day,
        year: Year::Nearest,
    }
}

fn full(year: i16, month: i8, day: i8) -> Option<Date> {
    Date::new(year, month, day).ok()
}

/// `Some` when `day` is a day of `month` in some year (29 February included).
fn valid_day(month: i8, day: i8) -> Option<()> {
    Date::new(2000, month, day).ok().map(|_| ())
}

/// A day number that ends, with its suffix, right before the white space before `at`: "2",
/// "2nd", "21st". It must stand alone: "1,000" or "2-3" is not a day.
fn day_number_before(text: &str, at: usize) -> Option<(usize, i8)> {
    let head = text[..at].trim_end_matches(char::is_whitespace);
    if head.len() == at {
        return None;
    }
    let token_start = head
        .rfind(|c: char| !c.is_ascii_alphanumeric())
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    let token = &head[token_start..];
    let day = day_token(token)?;
    let opens = head[..token_start]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || "([\"'“‘".contains(c));
    opens.then_some((token_start, day))
}

/// A day number after white space after `at`: "2", "2nd", followed by no letter or digit
/// (and not by a decimal or thousands part: "2.5", "2,000").
fn day_number_after(text: &str, at: usize) -> Option<(usize, i8)> {
    let rest = &text[at..];
    let tail = rest.trim_start_matches(char::is_whitespace);
    if tail.len() == rest.len() {
        return None;
    }
    let token_start = at + (rest.len() - tail.len());
    let token_len = tail
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(tail.len());
    let token = &tail[..token_len];
    let day = day_token(token)?;
    let after = &tail[token_len..];
    let mut chars = after.chars();
    if let (Some(',' | '.'), Some(c)) = (chars.next(), chars.next())
        && c.is_ascii_digit()
    {
        return None;
    }
    Some((token_start + token_len, day))
}

/// "2", "02", "2nd", "21st", "3rd", "4th": the day; anything else is not one.
fn day_token(token: &str) -> Option<i8> {
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let suffix = &token[digits..];
    let suffixed = ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| suffix.eq_ignore_ascii_case(s));
    if !suffix.is_empty() && !suffixed {
        return None;
    }
    token[..digits]
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))
}

/// A year of four digits after `at`: after white space, or (`comma`) after ", ".
fn year_after(text: &str, at: usize, comma: bool) -> Option<(usize, i16)> {
    let rest = &text[at..];
    let rest_trim = if comma {
        rest.strip_prefix(',').unwrap_or(rest)
    } else {
        rest
    };
    let tail = rest_trim.trim_start_matches(char::is_whitespace);
    if tail.len() == rest_trim.len() {
        return None;
    }
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 || tail[4..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    // "March 2, 2022,000" is not a year; "March 2, 2022." is.
    let mut after = tail[4..].chars();
    if let (Some(',' | '.'), Some(c)) = (after.next(), after.next())
        && c.is_ascii_digit()
    {
        return None;
    }
    let year = tail[..4].parse().ok()?;
    Some((at + (rest.len() - tail.len()) + 4, year))
}

/// The word right before `at` across white space: its start and its letters.
fn word_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let head = text[..at].trim_end_matches(char::is_whitespace);
    if head.len() == at || head.is_empty() {
        return None;
    }
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    boundary_before(text, start).then(|| (start, &head[start..]))
}

/// The word right after `at` across white space: its start and its letters.
fn word_after(text: &str, at: usize) -> Option<(usize, &str)> {
    let rest = &text[at..];
    let tail = rest.trim_start_matches(char::is_whitespace);
    if tail.len() == rest.len() || tail.is_empty() {
        return None;
    }
    let len = tail
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(tail.len());
    let start = at + (rest.len() - tail.len());
    (len > 0 && whole_word(text, start, start + len)).then(|| (start, &tail[..len]))
}

fn whole_word(text: &str, start: usize, end: usize) -> bool {
    boundary_before(text, start)
        && !text[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric())
}

fn boundary_before(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric())
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// 2 March 2022, a Wednesday: the day Opoyi's article was published.
    const WEDNESDAY: Date = date(2022, 3, 2);

    /// Each phrase of `text` with the day it names, counted from `base`.
    fn days(text: &str, base: Date) -> Vec<(&str, Option<Date>)> {
        find(text)
            .into_iter()
            .map(|p| (p.text, p.resolve(Some(base))))
            .collect()
    }

    fn one(text: &str, base: Date) -> (&str, Option<Date>) {
        let found = days(text, base);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0]
    }

    #[test]
    fn a_weekday_is_the_latest_such_day_on_or_before_publication() {
        let cases = [
            (
                "The talks began on Tuesday.",
                "on Tuesday",
                date(2022, 3, 1),
            ),
            (
                "Earlier, on Monday, it was repelled.",
                "on Monday",
                date(2022, 2, 28),
            ),
            ("As the day dawned Wednesday, ...", "Wednesday", WEDNESDAY),
            ("since Tuesday", "since Tuesday", date(2022, 3, 1)),
            ("Thursday", "Thursday", date(2022, 2, 24)),
            ("TUESDAY", "TUESDAY", date(2022, 3, 1)),
            ("late tuesday night", "late tuesday night", date(2022, 3, 1)),
            ("Monday's talks failed", "Monday", date(2022, 2, 28)),
            ("last Tuesday", "last Tuesday", date(2022, 3, 1)),
            ("last Wednesday", "last Wednesday", date(2022, 2, 23)),
            ("next Monday", "next Monday", date(2022, 3, 7)),
        ];
        for (text, phrase, day) in cases {
            assert_eq!(one(text, WEDNESDAY), (phrase, Some(day)), "{text}");
        }
        // Atalayar, published on Thursday 3 March 2022.
        let (text, day) = one(
            "the town's population would spend Wednesday night without water",
            date(2022, 3, 3),
        );
        assert_eq!((text, day), ("Wednesday night", Some(WEDNESDAY)));
    }

    #[test]
    fn next_names_two_weekdays_and_a_week_names_its_weekday() {
        // A paper of Saturday 24 February 2024.
        let saturday = date(2024, 2, 24);
        let days = |text: &str| -> Vec<Date> {
            let found = find(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            found[0].day.readings(Some(saturday))
        };
        assert_eq!(
            days("Arsenal play Brentford next Sunday."),
            [date(2024, 2, 25), date(2024, 3, 3)]
        );
        assert_eq!(
            days("The strike begins on Tuesday week."),
            [date(2024, 3, 5)]
        );
        assert_eq!(
            days("Ministers met on Thursday last week."),
            [date(2024, 2, 15)]
        );
        assert_eq!(days("They met on Monday this week."), [date(2024, 2, 19)]);
        assert_eq!(days("They meet on Friday next week."), [date(2024, 3, 1)]);
        // The whole phrase is the weekday's, not a week of its own.
        assert_eq!(
            find("on Thursday last week")[0].text,
            "on Thursday last week"
        );
        // "last" names one day: the latest before.
        assert_eq!(days("last Tuesday"), [date(2024, 2, 20)]);
    }

    #[test]
    fn a_day_of_the_month_alone_is_the_latest_such_day() {
        // A paper of Tuesday 5 March 2024.
        let tuesday = date(2024, 3, 5);
        let days = |text: &str| -> Vec<(String, Option<Date>)> {
            (find(text).into_iter())
                .map(|p| (p.text.to_owned(), p.resolve(Some(tuesday))))
                .collect()
        };
        let one = |text: &str, words: &str, day: Date| {
            assert_eq!(days(text), [(words.to_owned(), Some(day))], "{text}");
        };
        one(
            "It was agreed on the 20th.",
            "on the 20th",
            date(2024, 2, 20),
        );
        one(
            "They met on the 3rd, then left.",
            "on the 3rd",
            date(2024, 3, 3),
        );
        one(
            "The vote will take place on the 20th.",
            "on the 20th",
            date(2024, 3, 20),
        );
        one(
            "Signed on the 29th of last month.",
            "on the 29th of last month",
            date(2024, 2, 29),
        );
        // A day the month named does not have is no day of the calendar.
        assert_eq!(
            days("on the 31st of last month."),
            [("on the 31st of last month".to_owned(), None)]
        );
        // A noun after it, a day no month has, or no "on the": no day.
        for text in [
            "on the 20th floor",
            "on the 32nd.",
            "the 20th.",
            "upon the 20th.",
            "on the 20th-century",
        ] {
            assert!(days(text).is_empty(), "{text}: {:?}", days(text));
        }
    }

    #[test]
    fn yesterday_today_and_last_night_count_from_publication() {
        let cases = [
            ("It fell yesterday.", "yesterday", date(2022, 3, 1)),
            ("Let's hope they arrive today", "today", WEDNESDAY),
            ("Today, the city is quiet.", "Today", WEDNESDAY),
            ("Tonight the city will be dark", "Tonight", WEDNESDAY),
            ("shelled last night", "last night", date(2022, 3, 1)),
            ("shelled this morning", "this morning", WEDNESDAY),
            ("said last evening", "last evening", date(2022, 3, 1)),
            ("It opens tomorrow.", "tomorrow", date(2022, 3, 3)),
            (
                "on the day before yesterday",
                "the day before yesterday",
                date(2022, 2, 28),
            ),
            ("today's meeting", "today", WEDNESDAY),
        ];
        for (text, phrase, day) in cases {
            assert_eq!(one(text, WEDNESDAY), (phrase, Some(day)), "{text}");
        }
    }

    #[test]
    fn days_of_a_month_are_the_nearest_such_day() {
        let cases = [
            "on 2 March the city fell",
            "on March 2 the city fell",
            "on March 2nd the city fell",
            "on the 2nd of March the city fell",
            "2nd of March",
            "(2 March)",
            "MARCH 2",
            "Mar. 2",
            "2 MARCH",
        ];
        for text in cases {
            let found = days(text, WEDNESDAY);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1, Some(WEDNESDAY), "{text}");
            assert!(found[0].0.contains('2'), "{text}: {found:?}");
        }
        assert_eq!(
            one("on the 2nd of March the city fell", WEDNESDAY).0,
            "the 2nd of March"
        );
        // The nearest such day, not the base's year: 31 December counted from 2 January is
        // the day before yesterday; 3 January counted from 30 December is four days on.
        assert_eq!(
            one("31 December", date(2023, 1, 2)).1,
            Some(date(2022, 12, 31))
        );
        assert_eq!(
            one(
                "The storm made landfall on December 30, forecasters said.",
                date(2025, 1, 2)
            )
            .1,
            Some(date(2024, 12, 30))
        );
        assert_eq!(one("Jan. 3", date(2024, 12, 30)).1, Some(date(2025, 1, 3)));
        // 29 February: the nearest leap day.
        assert_eq!(
            one("29 February", date(2023, 3, 1)).1,
            Some(date(2024, 2, 29))
        );
        assert_eq!(
            one("29 February", date(2024, 3, 1)).1,
            Some(date(2024, 2, 29))
        );
        // Months that are no ordinary words are found in any case.
        assert_eq!(
            one("2 september", date(2022, 6, 1)).1,
            Some(date(2022, 9, 2))
        );
        assert_eq!(one("AUGUST 2nd", WEDNESDAY).1, Some(date(2022, 8, 2)));
        assert_eq!(one("2 October", WEDNESDAY).1, Some(date(2021, 10, 2)));
        // Within half a year on, a day to come: "The summit is on 15 March".
        assert_eq!(
            one("The summit is on 15 March", WEDNESDAY).1,
            Some(date(2022, 3, 15))
        );
    }

    #[test]
    fn future_wording_counts_a_day_of_a_month_on() {
        // Seven months on, nearer a year back, but the clause speaks of what is to come.
        assert_eq!(
            one("The final will be played on 2 October", WEDNESDAY).1,
            Some(date(2022, 10, 2))
        );
        assert_eq!(
            one("The final was played on 2 October", WEDNESDAY).1,
            Some(date(2021, 10, 2))
        );
        // A day just before publication stays that day.
        assert_eq!(
            one(
                "He will be sentenced for the attack on 24 February",
                WEDNESDAY
            )
            .1,
            Some(date(2022, 2, 24))
        );
    }

    #[test]
    fn last_year_and_next_year_shift_the_year() {
        let base = date(2025, 1, 2);
        let cases = [
            (
                "another struck on Sept. 16 last year.",
                "Sept. 16 last year",
                date(2024, 9, 16),
            ),
            (
                "on 16 September last year",
                "16 September last year",
                date(2024, 9, 16),
            ),
            (
                "on 3 March next year",
                "3 March next year",
                date(2026, 3, 3),
            ),
            (
                "on 30 December this year",
                "30 December this year",
                date(2025, 12, 30),
            ),
            (
                "last year on 16 September",
                "last year on 16 September",
                date(2024, 9, 16),
            ),
            (
                "Last year, on Sept. 16",
                "Last year, on Sept. 16",
                date(2024, 9, 16),
            ),
        ];
        for (text, phrase, day) in cases {
            assert_eq!(one(text, base), (phrase, Some(day)), "{text}");
        }
        // "last year" alone names no day.
        assert!(find("It rained last year.").is_empty());
    }

    #[test]
    fn days_that_name_their_date() {
        let base = date(2025, 1, 2);
        let cases = [
            (
                "Power was cut on New Year's Eve.",
                "New Year's Eve",
                date(2024, 12, 31),
            ),
            ("on New Year’s Day", "New Year’s Day", date(2025, 1, 1)),
            ("late on Christmas Eve", "Christmas Eve", date(2024, 12, 24)),
            ("christmas day", "christmas day", date(2024, 12, 25)),
        ];
        for (text, phrase, day) in cases {
            assert_eq!(one(text, base), (phrase, Some(day)), "{text}");
        }
        assert!(find("a Christmas tree, the New Year").is_empty());
    }

    #[test]
    fn a_week_is_no_day_but_a_stretch_of_days() {
        let thursday = date(2025, 1, 2);
        let found = find("A similar storm hit the coast last week, the agency said");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "last week");
        assert_eq!(found[0].resolve(Some(thursday)), None);
        // From the Monday of the week before to the day before publication.
        assert_eq!(
            found[0].day.stretch(Some(thursday)),
            Some((date(2024, 12, 23), date(2025, 1, 1)))
        );
        let this = find("earlier this week")[0].day;
        assert_eq!(
            this.stretch(Some(thursday)),
            Some((date(2024, 12, 30), date(2025, 1, 5)))
        );
        let next = find("next week")[0].day;
        assert_eq!(
            next.stretch(Some(thursday)),
            Some((date(2025, 1, 3), date(2025, 1, 12)))
        );
        assert!(find("weekly, the weekend, a week").is_empty());
    }

    #[test]
    fn full_dates_need_no_base() {
        let cases = [
            ("on 2 March 2022 it fell", "2 March 2022"),
            ("on March 2, 2022, it fell", "March 2, 2022"),
            ("on March 2nd, 2022.", "March 2nd, 2022"),
            ("the 2nd of March 2022", "the 2nd of March 2022"),
            ("dated 2022-03-02.", "2022-03-02"),
            ("at 2022-03-02T10:00", "2022-03-02"),
            ("Wednesday, March 2, 2022", "Wednesday, March 2, 2022"),
        ];
        for (text, phrase) in cases {
            let found = find(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].text, phrase, "{text}");
            assert!(found[0].is_full(), "{text}");
            assert_eq!(found[0].resolve(None), Some(WEDNESDAY), "{text}");
        }
        // A weekday without a date or a base names no day that can be found.
        assert_eq!(find("on Tuesday")[0].resolve(None), None);
        assert!(!find("on Tuesday")[0].is_full());
    }

    #[test]
    fn a_weekday_written_with_its_date_is_the_date() {
        // Atalayar's photo caption: a Tuesday in January, not the Tuesday before publication.
        let text = "PHOTO/AP - A convoy moves along a road in Crimea, Tuesday, Jan. 18, 2022.";
        let found = find(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "Tuesday, Jan. 18, 2022");
        assert_eq!(found[0].resolve(None), Some(date(2022, 1, 18)));
        assert_eq!(&text[found[0].range.clone()], found[0].text);
        assert_eq!(
            one("on Tuesday 1 March", WEDNESDAY),
            ("on Tuesday 1 March", Some(date(2022, 3, 1)))
        );
    }

    #[test]
    fn words_that_are_not_days_are_left_alone() {
        for text in [
            "a Mayday call",
            "Sundays are quiet",
            "the troops march on Kyiv",
            "the March on Rome",
            "people may 2 leave",
            "as many as 30 may have died",
            "in March, fighting grew",
            "in May 2022",
            "the marchers decided",
            "1,000 March",
            "March 2.5 km",
            "March 2,000 people",
            "Russia Today reported it",
            "USA Today",
            "a midnight raid",
            "overnight shelling",
            "that night",
            "2022-13-02",
            "12022-03-02",
            "2022-03-023",
            "32 March",
            "March 40",
            "30 February",
            "the 2nd",
            "in the evening",
            "last morning",
            "the Jan. deadline",
            "jan 5",
            "a mar 3",
            "Junta",
            "nights",
        ] {
            assert!(find(text).is_empty(), "{text}: {:?}", find(text));
        }
    }

    #[test]
    fn a_range_of_days_is_a_stretch_not_one_day() {
        fn stretch(text: &str) -> (&str, Option<Date>, Option<(Date, Date)>) {
            let found = find(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let p = &found[0];
            (
                p.text,
                p.resolve(Some(WEDNESDAY)),
                p.day.stretch(Some(WEDNESDAY)),
            )
        }
        let march = Some((date(2022, 3, 1), date(2022, 3, 2)));
        for (text, words) in [
            ("Fighting raged on March 1-2.", "March 1-2"),
            ("Fighting raged on March 1\u{2013}2.", "March 1\u{2013}2"),
            ("Fighting raged on 1-2 March.", "1-2 March"),
            ("Fighting raged on March 1 and 2.", "March 1 and 2"),
            ("Fighting raged on 1 and 2 March.", "1 and 2 March"),
            (
                "Fighting raged from 1 to 2 March 2022.",
                "1 to 2 March 2022",
            ),
        ] {
            assert_eq!(stretch(text), (words, None, march), "{text}");
        }
        // Across months, or written as two days.
        assert_eq!(
            stretch("Fighting raged Feb. 28-March 2."),
            (
                "Feb. 28-March 2",
                None,
                Some((date(2022, 2, 28), WEDNESDAY))
            )
        );
        assert_eq!(
            stretch("It ran from March 1 to March 2, 2022."),
            ("March 1 to March 2, 2022", None, march)
        );
        let new_year = find("Talks ran Dec. 30-Jan. 2.")[0].day;
        assert_eq!(
            new_year.stretch(Some(date(2022, 1, 5))),
            Some((date(2021, 12, 30), date(2022, 1, 2)))
        );
        // A day followed by a count, or a backward range, is a day.
        assert_eq!(
            days("On March 1, 2,000 people fled.", WEDNESDAY),
            [("March 1", Some(date(2022, 3, 1)))]
        );
        assert_eq!(one("On March 2 and 3,000 more", WEDNESDAY).0, "March 2");
        assert_eq!(days("on 2 March and 1 April", WEDNESDAY)[0].0, "2 March");
    }

    #[test]
    fn digits_name_a_day_only_as_a_whole_date() {
        let readings = |text: &str| -> Vec<Vec<Date>> {
            (find(text).into_iter())
                .map(|p| p.day.readings(None))
                .collect()
        };
        assert_eq!(
            readings("signed on 02/03/2022."),
            [vec![date(2022, 3, 2), date(2022, 2, 3)]]
        );
        assert_eq!(readings("on 24/02/22,"), [vec![date(2022, 2, 24)]]);
        assert_eq!(readings("on 2022/03/02"), [vec![WEDNESDAY]]);
        assert_eq!(
            readings("Am 02.03.2024 wurde"),
            [vec![date(2024, 3, 2), date(2024, 2, 3)]]
        );
        for text in [
            "1.500 Menschen",
            "v1.2.3",
            "1/2 of them",
            "3/4/5",
            "1.2.2024.5",
            "13/13/2022",
            "x1/2/2022",
        ] {
            assert!(find(text).is_empty(), "{text}: {:?}", find(text));
        }
        // A weekday and a date in digits are one phrase, as with a date in words; a date in
        // digits before and after a phrase of words keeps its place among them.
        let found = find("On Tuesday, 02/03/2022, and 5 March, and 07/03/2022.");
        let texts: Vec<&str> = found.iter().map(|p| p.text).collect();
        assert_eq!(texts, ["On Tuesday, 02/03/2022", "5 March", "07/03/2022"]);
    }

    #[test]
    fn a_weekday_that_is_any_such_day_names_none() {
        for text in [
            "It was a Tuesday in March 1989 when the mine exploded.",
            "The market opens every Friday.",
            "One Sunday in May, the mill closed.",
        ] {
            assert!(find(text).is_empty(), "{text}: {:?}", find(text));
        }
        assert_eq!(find("It happened on Tuesday.").len(), 1);
    }

    #[test]
    fn a_sentence_may_name_several_days() {
        let text = "The previous round on Monday failed; a second is due today, 2 March.";
        let found = days(text, WEDNESDAY);
        assert_eq!(
            found,
            [
                ("on Monday", Some(date(2022, 2, 28))),
                ("today", Some(WEDNESDAY)),
                ("2 March", Some(WEDNESDAY)),
            ]
        );
        for phrase in find(text) {
            assert_eq!(&text[phrase.range.clone()], phrase.text);
        }
    }

    #[test]
    fn ranges_point_at_the_words_in_text_with_other_scripts() {
        let text = "Київ — «у вівторок» — on Tuesday, and 2\u{a0}March";
        let found = find(text);
        assert_eq!(found.len(), 2, "{found:?}");
        for phrase in &found {
            assert_eq!(&text[phrase.range.clone()], phrase.text);
        }
        assert_eq!(found[1].resolve(Some(WEDNESDAY)), Some(WEDNESDAY));
    }

    proptest::proptest! {
        /// Any text: no panic, and every phrase's range holds its words, in order.
        #[test]
        fn any_text_gives_phrases_at_their_words(
            text in "([0-9]{1,4}|[-,.;\" \u{a0}]|(?i:on|the|of|last|this|next|day|before|may|mar|march|jan|tuesday|night|today|yesterday|2nd|week|year|will|expected|to|was|from|by|since|new year's eve|christmas day)|[éК“’]){0,16}"
        ) {
            let found = find(&text);
            let mut end = 0;
            for phrase in &found {
                proptest::prop_assert!(phrase.range.start >= end);
                proptest::prop_assert_eq!(text.get(phrase.range.clone()), Some(phrase.text));
                end = phrase.range.end;
                let _ = phrase.resolve(Some(WEDNESDAY));
                let _ = (phrase.day.readings(Some(WEDNESDAY)), phrase.day.stretch(Some(WEDNESDAY)));
            }
        }
    }
}
