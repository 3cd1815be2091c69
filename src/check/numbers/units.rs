//! Units of measure written after a number (`40 kilometres`, `a 40-mile convoy`, `12 kg`): a
//! statement that gives a quote's number in another unit (`40 miles` for `40 kilometres`)
//! misstates it, as another currency does.

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
];

/// The name of the unit written right after a number (`rest` starts where the number ends):
/// after one space, a hyphen (`40-mile`) or nothing (`40km`), as a whole word; not one of a
/// speed or a rate (`km/h`).
pub(super) fn measure_after(rest: &str) -> Option<&'static str> {
    measure(rest).map(|(name, _)| name)
}

/// The name of the unit written right after a number (see `measure_after`), and the length of
/// what it covers of `rest`, the space or hyphen before it included (` km`, `-mile`).
pub(super) fn measure(rest: &str) -> Option<(&'static str, usize)> {
    let word_start = rest
        .strip_prefix(['-', ' ', '\u{a0}', '\u{202f}'])
        .map_or(0, |word| rest.len() - word.len());
    let rest_word = &rest[word_start..];
    let end = rest_word
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest_word.len());
    // A word that goes on in letters of another script is not one of these.
    if rest_word[end..].starts_with(|c: char| c.is_alphanumeric() || c == '/') || end == 0 {
        return None;
    }
    let word = &rest_word[..end];
    (UNITS.iter())
        .find(|u| u.forms.iter().any(|f| f.eq_ignore_ascii_case(word)))
        .map(|u| (u.name, word_start + end))
}

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
        // Not a unit: another word, a longer word, a speed, nothing.
        assert_eq!(measure_after(" km/h"), None);
        assert_eq!(measure_after(" people"), None);
        assert_eq!(measure_after(" kmh"), None);
        assert_eq!(measure_after(" миль"), None);
        assert_eq!(measure_after(""), None);
        assert_eq!(measure_after(" "), None);
        // What it covers, to show it with the number.
        assert_eq!(measure("-mile convoy"), Some(("miles", 5)));
        assert_eq!(measure("\u{a0}km."), Some(("kilometres", 4)));
        assert_eq!(measure("km"), Some(("kilometres", 2)));
    }
}
