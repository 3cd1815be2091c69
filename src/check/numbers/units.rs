//! Units of measure written after a number (`40 kilometres`, `a 40-mile convoy`, `12 kg`): a
//! statement that gives a quote's number in another unit (`40 miles` for `40 kilometres`)
//! misstates it, as another currency does.

use super::WordTable;
use std::sync::LazyLock;

/// The unit of weight that is also sterling's name.
pub(super) const POUNDS: &str = "pounds";
/// `five times`: how often, or how many times as much (as `fivefold` is).
pub(super) const TIMES: &str = "times";

/// A unit: its name in messages and how it is written (lowercase; compared in any case).
struct Unit {
    name: &'static str,
    forms: &'static [&'static str],
}

const UNITS: &[Unit] = &[
    Unit {
        name: "kilometres",
        forms: &[
            "km",
            "kms",
            "kilometre",
            "kilometres",
            "kilometer",
            "kilometers",
        ],
    },
    Unit {
        name: "miles",
        forms: &["mile", "miles"],
    },
    Unit {
        name: "metres",
        forms: &["metre", "metres", "meter", "meters"],
    },
    Unit {
        name: "feet",
        forms: &["ft", "foot", "feet"],
    },
    Unit {
        name: "tonnes",
        forms: &["tonne", "tonnes", "ton", "tons"],
    },
    // Also sterling: a number in pounds is not in euros either (see `Mention::money`).
    Unit {
        name: POUNDS,
        forms: &["lb", "lbs", "pound", "pounds"],
    },
    Unit {
        name: "kilograms",
        forms: &["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"],
    },
    Unit {
        name: "hectares",
        forms: &["ha", "hectare", "hectares"],
    },
    Unit {
        name: "acres",
        forms: &["acre", "acres"],
    },
    Unit {
        name: "litres",
        forms: &["litre", "litres", "liter", "liters"],
    },
    Unit {
        name: "gallons",
        forms: &["gallon", "gallons"],
    },
    Unit {
        name: "centimetres",
        forms: &[
            "cm",
            "centimetre",
            "centimetres",
            "centimeter",
            "centimeters",
        ],
    },
    Unit {
        name: "millimetres",
        forms: &[
            "mm",
            "millimetre",
            "millimetres",
            "millimeter",
            "millimeters",
        ],
    },
    // Not "in": "46 in parts of the county".
    Unit {
        name: "inches",
        forms: &["inch", "inches"],
    },
    Unit {
        name: TIMES,
        forms: &["times"],
    },
    // Stretches of time: "12 months" in prison is not "12 years", "23 minutes" not "23
    // seconds".
    Unit {
        name: "seconds",
        forms: &["second", "seconds", "sec", "secs"],
    },
    Unit {
        name: "minutes",
        forms: &["minute", "minutes", "min", "mins"],
    },
    Unit {
        name: "hours",
        forms: &["hour", "hours", "hr", "hrs"],
    },
    Unit {
        name: "days",
        forms: &["day", "days"],
    },
    Unit {
        name: "weeks",
        forms: &["week", "weeks"],
    },
    Unit {
        name: "months",
        forms: &["month", "months"],
    },
    Unit {
        name: "years",
        forms: &["year", "years", "yr", "yrs"],
    },
    Unit {
        name: "decades",
        forms: &["decade", "decades"],
    },
];

/// Stretches of time as German, French, Spanish, Russian and Ukrainian quotes write them after
/// a number (`sieben Jahren`, `trois ans`, `пяти годам`), lowercase: `seven months` is not
/// `sieben Jahren`. (Not French `an`: English writes "$15 an hour".)
const OWN_TIME: &[Unit] = &[
    Unit {
        name: "years",
        forms: &[
            "jahr",
            "jahre",
            "jahren",
            "jahres",
            "ans",
            "année",
            "années",
            "año",
            "años",
            "год",
            "года",
            "лет",
            "годам",
            "годы",
            "рік",
            "роки",
            "років",
            "року",
        ],
    },
    Unit {
        name: "months",
        forms: &[
            "monat",
            "monate",
            "monaten",
            "monats",
            "mois",
            "mes",
            "meses",
            "месяц",
            "месяца",
            "месяцев",
            "місяць",
            "місяці",
            "місяців",
        ],
    },
    Unit {
        name: "weeks",
        forms: &[
            "woche",
            "wochen",
            "semaine",
            "semaines",
            "semana",
            "semanas",
            "неделя",
            "недели",
            "недель",
            "тиждень",
            "тижні",
            "тижнів",
        ],
    },
    Unit {
        name: "days",
        forms: &[
            "tag", "tage", "tagen", "jour", "jours", "día", "días", "день", "дня", "дней", "дні",
            "днів",
        ],
    },
    Unit {
        name: "hours",
        forms: &[
            "stunde",
            "stunden",
            "heure",
            "heures",
            "hora",
            "horas",
            "час",
            "часа",
            "часов",
            "година",
            "години",
            "годин",
        ],
    },
];

/// Speeds, which may be written with a slash (`km/h`), or as a distance "per hour" (see
/// `PER_HOUR`).
const SPEEDS: &[Unit] = &[
    Unit {
        name: "kilometres per hour",
        forms: &["km/h", "km/hr", "kmh", "kph", "kmph"],
    },
    Unit {
        name: "miles per hour",
        forms: &["mph"],
    },
    Unit {
        name: "metres per second",
        forms: &["m/s"],
    },
    Unit {
        name: "knots",
        forms: &["knot", "knots"],
    },
];

/// A distance followed by "per hour" or "an hour" is a speed: `195 miles per hour` and a
/// `120-mile-an-hour` wind are in `mph`.
const PER_HOUR: &[(&str, &str)] = &[
    ("kilometres", "kilometres per hour"),
    ("miles", "miles per hour"),
];

/// The name of the unit written right after a number (`rest` starts where the number ends):
/// after one space, a hyphen (`40-mile`) or nothing (`40km`), as a whole word; a speed
/// (`km/h`, `195 miles per hour`) is a unit of its own.
pub(super) fn measure_after(rest: &str) -> Option<&'static str> {
    measure(rest).map(|(name, _)| name)
}

/// The name of the unit written right after a number (see `measure_after`), and the length of
/// what it covers of `rest`, the space or hyphen before it included (` km`, `-mile`).
pub(super) fn measure(rest: &str) -> Option<(&'static str, usize)> {
    if let Some(found) = temperature(rest) {
        return Some(found);
    }
    let word_start = rest
        .strip_prefix(['-', ' ', '\u{a0}', '\u{202f}'])
        .map_or(0, |word| rest.len() - word.len());
    let rest_word = &rest[word_start..];
    let (word, after) = whole_word(rest_word, |c| c.is_alphabetic() || c == '/')?;
    if let Some(speed) = named(SPEEDS, word) {
        return Some((speed, word_start + word.len()));
    }
    if word.contains('/') {
        return None; // a rate of another kind (`tonnes/day`)
    }
    let name = UNIT_FORMS.get(word)?;
    let end = word_start + word.len();
    let per_hour = [" per hour", " an hour", "-per-hour", "-an-hour"]
        .iter()
        .find(|p| {
            after
                .get(..p.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(p))
        });
    match (PER_HOUR.iter().find(|(d, _)| *d == name), per_hour) {
        (Some((_, speed)), Some(p)) => Some((speed, end + p.len())),
        _ => Some((name, end)),
    }
}

/// A temperature's scale written right after a number, and the length it covers: `46C`,
/// `46 °C`, `46 degrees Fahrenheit`, `3.5 degrees C`; 46C is not 46F. A lowercase `c` or `f`
/// alone is none (`46c` is cents), nor is "degrees" alone, which may be either scale.
fn temperature(rest: &str) -> Option<(&'static str, usize)> {
    let trimmed = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let spaces = rest.len() - trimmed.len();
    if spaces > 3 {
        return None;
    }
    let (scale, len) = if let Some(after) = trimmed.strip_prefix(['\u{b0}', '\u{ba}']) {
        let word = after.trim_start_matches(' ');
        let (name, len) = scale(word, true)?;
        (name, rest.len() - word.len() + len)
    } else if let Some((word, after)) = whole_word(trimmed, char::is_alphabetic)
        && (word.eq_ignore_ascii_case("degrees") || word.eq_ignore_ascii_case("degree"))
    {
        let next = after.strip_prefix(' ')?;
        let (name, len) = scale(next, true)?;
        (name, rest.len() - next.len() + len)
    } else {
        let (name, len) = scale(trimmed, false)?;
        (name, spaces + len)
    };
    Some((scale, len))
}

/// The scale that `text` starts with, as a whole word, and its length: `Celsius`, `C`,
/// `Fahrenheit`, `F`; the single letters in lowercase too only when `marked` (after a degree
/// sign or "degrees").
fn scale(text: &str, marked: bool) -> Option<(&'static str, usize)> {
    let (word, _) = whole_word(text, char::is_alphabetic)?;
    let name = match word {
        "C" => "degrees Celsius",
        "F" => "degrees Fahrenheit",
        "c" if marked => "degrees Celsius",
        "f" if marked => "degrees Fahrenheit",
        w if w.eq_ignore_ascii_case("celsius") || w.eq_ignore_ascii_case("centigrade") => {
            "degrees Celsius"
        }
        w if w.eq_ignore_ascii_case("fahrenheit") => "degrees Fahrenheit",
        _ => return None,
    };
    Some((name, word.len()))
}

/// The word at the start of `text` made of the characters `part` accepts, and what follows
/// it; none when there is no such word, or it goes on in letters or digits of another kind
/// (a word of another script is not one of these units).
fn whole_word(text: &str, part: impl Fn(char) -> bool) -> Option<(&str, &str)> {
    let end = text.find(|c: char| !part(c)).unwrap_or(text.len());
    let (word, after) = text.split_at(end);
    let goes_on = after.starts_with(|c: char| c.is_alphanumeric());
    (end > 0 && !goes_on).then_some((word, after))
}

/// The name of the unit of `units` that `word` writes, in any case.
fn named(units: &[Unit], word: &str) -> Option<&'static str> {
    (units.iter())
        .find(|u| u.forms.iter().any(|f| f.eq_ignore_ascii_case(word)))
        .map(|u| u.name)
}

/// The units of `UNITS` by their forms: the word after every number is looked up.
static UNIT_FORMS: LazyLock<WordTable<&'static str>> = LazyLock::new(|| {
    WordTable::new(
        (UNITS.iter().chain(OWN_TIME)).flat_map(|u| u.forms.iter().map(move |f| (*f, u.name))),
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_is_read_after_a_space_a_hyphen_or_nothing() {
        assert_eq!(measure_after(" kilometres north"), Some("kilometres"));
        assert_eq!(measure_after("-mile convoy"), Some("miles"));
        assert_eq!(measure_after("km."), Some("kilometres"));
        assert_eq!(measure_after(" Tonnes of grain"), Some("tonnes"));
        assert_eq!(measure_after(" hectares"), Some("hectares"));
        assert_eq!(measure_after(" cm)"), Some("centimetres"));
        assert_eq!(measure_after(" inches of rain"), Some("inches"));
        // A speed is a unit of its own, however it is written.
        assert_eq!(measure_after(" km/h"), Some("kilometres per hour"));
        assert_eq!(measure_after("kph."), Some("kilometres per hour"));
        assert_eq!(measure_after(" mph"), Some("miles per hour"));
        assert_eq!(measure_after(" miles per hour"), Some("miles per hour"));
        assert_eq!(measure_after("-mile-an-hour wind"), Some("miles per hour"));
        assert_eq!(measure_after(" miles an hour"), Some("miles per hour"));
        assert_eq!(
            measure(" Miles Per Hour winds"),
            Some(("miles per hour", 15))
        );
        // A stretch of time, however it is written.
        assert_eq!(measure_after(" years in prison"), Some("years"));
        assert_eq!(measure_after("-year sentence"), Some("years"));
        assert_eq!(measure_after(" months"), Some("months"));
        assert_eq!(measure_after(" mins."), Some("minutes"));
        assert_eq!(measure_after(" seconds ahead"), Some("seconds"));
        // In the languages whose numbers are read: German, French, Spanish, Russian, Ukrainian.
        assert_eq!(measure_after(" Jahren Haft"), Some("years"));
        assert_eq!(measure_after(" ans de prison"), Some("years"));
        assert_eq!(measure_after(" meses"), Some("months"));
        assert_eq!(measure_after(" годам колонии"), Some("years"));
        assert_eq!(measure_after(" років"), Some("years"));
        assert_eq!(measure_after(" an hour"), None);
        // A temperature's scale, however it is written; not cents, nor "degrees" alone.
        assert_eq!(measure("C above"), Some(("degrees Celsius", 1)));
        assert_eq!(measure(" \u{b0}F in"), Some(("degrees Fahrenheit", 4)));
        assert_eq!(measure("\u{b0}C"), Some(("degrees Celsius", 3)));
        assert_eq!(
            measure(" degrees Fahrenheit."),
            Some(("degrees Fahrenheit", 19))
        );
        assert_eq!(measure(" degrees C"), Some(("degrees Celsius", 10)));
        assert_eq!(measure_after(" Celsius"), Some("degrees Celsius"));
        assert_eq!(measure_after("c a litre"), None);
        assert_eq!(measure_after(" degrees in the shade"), None);
        assert_eq!(measure_after(" Cats"), None);
        // Not a unit: another word, a longer word, another rate, "in", nothing.
        assert_eq!(measure_after(" tonnes/day"), None);
        assert_eq!(measure_after(" people"), None);
        assert_eq!(measure_after(" in parts"), None);
        assert_eq!(measure_after(" миль"), None);
        assert_eq!(measure_after(""), None);
        assert_eq!(measure_after(" "), None);
        // What it covers, to show it with the number.
        assert_eq!(measure("-mile convoy"), Some(("miles", 5)));
        assert_eq!(measure("\u{a0}km."), Some(("kilometres", 4)));
        assert_eq!(measure("km"), Some(("kilometres", 2)));
    }
}
