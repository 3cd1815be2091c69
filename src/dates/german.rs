//! Days in German text, for a source whose `language` is German: "am 2. März", "2. März
//! 2024", "am Dienstag". Numeric dates (`02.03.2024`) are read by the parent module for every
//! language; the source's language then says the order (day first).

use super::{Count, Day, Phrase, day_then_year, letter_runs, phrase, valid_day};
use jiff::civil::Weekday;

const MONTHS: &[(&str, i8)] = &[
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("april", 4),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("august", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("dezember", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("montag", Weekday::Monday),
    ("dienstag", Weekday::Tuesday),
    ("mittwoch", Weekday::Wednesday),
    ("donnerstag", Weekday::Thursday),
    ("freitag", Weekday::Friday),
    ("samstag", Weekday::Saturday),
    ("sonnabend", Weekday::Saturday),
    ("sonntag", Weekday::Sunday),
];

/// The German phrases of `text` that name a day, in order.
pub(super) fn find(text: &str) -> Vec<Phrase<'_>> {
    let mut found = Vec::new();
    for (start, word) in letter_runs(text) {
        let lower = word.to_lowercase();
        let end = start + word.len();
        if let Some(&(_, weekday)) = WEEKDAYS.iter().find(|(w, _)| *w == lower) {
            let from = lead(text, start).unwrap_or(start);
            let day = Day::Weekday {
                weekday,
                count: Count::OnOrBefore,
            };
            found.push(phrase(text, from..end, day));
        } else if let Some(&(_, month)) = MONTHS.iter().find(|(m, _)| *m == lower)
            && let Some(p) = day_of_month(text, start, end, month)
        {
            found.push(p);
        }
    }
    found
}

/// "am" or "seit" right before `at` ("am Dienstag"): where it starts.
fn lead(text: &str, at: usize) -> Option<usize> {
    let head = text[..at].trim_end();
    ["am", "Am", "seit", "Seit"].iter().find_map(|l| {
        let from = head.strip_suffix(l).map(str::len)?;
        let before = text[..from].chars().next_back();
        (!before.is_some_and(char::is_alphanumeric)).then_some(from)
    })
}

/// "2. März", "2. März 2024", with "am" before it: the day number with its full stop before
/// the month at `start..end`, and a year after it.
fn day_of_month(text: &str, start: usize, end: usize, month: i8) -> Option<Phrase<'_>> {
    let head = text[..start].trim_end().strip_suffix('.')?;
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let from = head.len() - digits;
    let day: i8 = head[from..].parse().ok().filter(|d| (1..=31).contains(d))?;
    if !(1..=2).contains(&digits) || head[..from].ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    valid_day(month, day)?;
    let from = lead(text, from).unwrap_or(from);
    day_then_year(text, (from, end), month, day, "")
}

#[cfg(test)]
mod tests {
    use super::super::find_in;
    use crate::language::Language;
    use jiff::civil::date;

    fn days(text: &str) -> Vec<(&str, Vec<jiff::civil::Date>)> {
        let de = Language::parse("de").ok();
        (find_in(text, de.as_ref()).into_iter())
            .map(|p| (p.text, p.day.readings(Some(date(2024, 3, 14)))))
            .collect()
    }

    #[test]
    fn german_days_are_read_in_a_german_source() {
        assert_eq!(
            days("Die Demonstration fand am 2. März statt."),
            [("am 2. März", vec![date(2024, 3, 2)])]
        );
        assert_eq!(
            days("Am Dienstag demonstrierten 1.500 Menschen."),
            [("Am Dienstag", vec![date(2024, 3, 12)])]
        );
        assert_eq!(
            days("Am 02.03.2024 wurde das Gesetz verabschiedet."),
            [("02.03.2024", vec![date(2024, 3, 2)])]
        );
        assert_eq!(
            days("am 1. Mai 2023"),
            [("am 1. Mai 2023", vec![date(2023, 5, 1)])]
        );
        // Not in an English source, nor a number before a month that is no day.
        assert!(crate::dates::find("am 2. März").is_empty());
        assert!(days("Mai 2023, 1.500 Menschen").is_empty());
    }
}
