//! Days of the month written in Ukrainian, Russian, French or Spanish, for a source whose
//! `language` is one of them: "15 березня", "15 марта 2024 года", "le 1er mars 2024",
//! "15 de marzo de 2024". Each names the day before the month, as these languages write it;
//! German has its own reader (`german`), with its "2. März".

use super::{Phrase, day_then_year, letter_runs, valid_day};

/// Each language's month names as written after a day number (the genitive in Ukrainian and
/// Russian), January first; a name of several forms lists each.
const UK: &[&[&str]] = &[
    &["січня"],
    &["лютого"],
    &["березня"],
    &["квітня"],
    &["травня"],
    &["червня"],
    &["липня"],
    &["серпня"],
    &["вересня"],
    &["жовтня"],
    &["листопада"],
    &["грудня"],
];
const RU: &[&[&str]] = &[
    &["января"],
    &["февраля"],
    &["марта"],
    &["апреля"],
    &["мая"],
    &["июня"],
    &["июля"],
    &["августа"],
    &["сентября"],
    &["октября"],
    &["ноября"],
    &["декабря"],
];
const FR: &[&[&str]] = &[
    &["janvier"],
    &["février", "fevrier"],
    &["mars"],
    &["avril"],
    &["mai"],
    &["juin"],
    &["juillet"],
    &["août", "aout"],
    &["septembre"],
    &["octobre"],
    &["novembre"],
    &["décembre", "decembre"],
];
const ES: &[&[&str]] = &[
    &["enero"],
    &["febrero"],
    &["marzo"],
    &["abril"],
    &["mayo"],
    &["junio"],
    &["julio"],
    &["agosto"],
    &["septiembre", "setiembre"],
    &["octubre"],
    &["noviembre"],
    &["diciembre"],
];

/// The month names of the language `primary` (its primary subtag), if read here.
pub(super) fn of_language(primary: &str) -> Option<&'static [&'static [&'static str]]> {
    match primary {
        "uk" => Some(UK),
        "ru" => Some(RU),
        "fr" => Some(FR),
        "es" => Some(ES),
        _ => None,
    }
}

/// The phrases of `text` that give a day number before one of `months`, in order.
pub(super) fn find<'t>(text: &'t str, months: &[&[&str]]) -> Vec<Phrase<'t>> {
    let mut found = Vec::new();
    for (start, word) in letter_runs(text) {
        let lower = word.to_lowercase();
        let Some(at) = months
            .iter()
            .position(|forms| forms.contains(&lower.as_str()))
        else {
            continue;
        };
        let month = i8::try_from(at + 1).unwrap_or(1);
        if let Some(p) = day_of_month(text, start, start + word.len(), month) {
            found.push(p);
        }
    }
    found
}

/// "15 березня", "1er mars", "15 de marzo", with a year after it ("2024", "de 2024", "2024
/// року", "2024 года", "2024 г."): the day number before the month at `start..end`.
fn day_of_month(text: &str, start: usize, end: usize, month: i8) -> Option<Phrase<'_>> {
    let head = text[..start].trim_end();
    let head = head.strip_suffix(" de").unwrap_or(head).trim_end();
    let head = head.strip_suffix("er").unwrap_or(head);
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let from = head.len() - digits;
    if !(1..=2).contains(&digits) || head[..from].ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let day: i8 = head[from..].parse().ok()?;
    valid_day(month, day)?;
    day_then_year(text, (from, end), month, day, "de ")
}

#[cfg(test)]
mod tests {
    use super::super::find_in;
    use crate::language::Language;
    use jiff::civil::date;

    fn days<'t>(text: &'t str, tag: &str) -> Vec<(&'t str, Option<jiff::civil::Date>)> {
        let language = Language::parse(tag).ok();
        (find_in(text, language.as_ref()).into_iter())
            .map(|p| (p.text, p.resolve(Some(date(2024, 3, 20)))))
            .collect()
    }

    #[test]
    fn a_day_before_its_month_is_read_in_the_sources_language() {
        let d = |m, day| Some(date(2024, m, day));
        assert_eq!(
            days("15 березня Росія вдарила", "uk"),
            [("15 березня", d(3, 15))]
        );
        assert_eq!(
            days("Удар 15 марта 2024 года по Одессе", "ru"),
            [("15 марта 2024", d(3, 15))]
        );
        assert_eq!(
            days("Le 1er mars, à Luleå 🙂", "fr"),
            [("1er mars", d(3, 1))]
        );
        assert_eq!(
            days("El 15 de marzo de 2024, en Київ", "es"),
            [("15 de marzo de 2024", d(3, 15))]
        );
        // Not the language's: a month name alone or in another language's text is no day.
        assert!(days("15 березня", "en").is_empty());
        assert!(days("La mars est là, hier mai", "fr").is_empty());
        assert!(days("31 février", "fr").is_empty());
    }
}
