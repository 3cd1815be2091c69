//! A wire story's dateline ("KYIV, March 3 (Reuters) - "), read where `check` and `author` both
//! meet it: the day it names is the day of filing, not of the event; its words are the
//! agency's, not the article's claim; and the agency it names tells copies of one story apart.

/// The length of the dateline a sentence opens with: a place in capitals, up to the dash or
/// colon after it. 0 when the sentence has none.
pub fn length(sentence: &str) -> usize {
    let first = sentence.split([',', ' ']).next().unwrap_or("");
    let capitals = first.chars().filter(|c| c.is_uppercase()).count();
    if capitals < 3 || first.chars().any(char::is_lowercase) {
        return 0;
    }
    let head = &sentence[..sentence.floor_char_boundary(80)];
    [" - ", " -- ", " \u{2014} ", " \u{2013} ", ": "]
        .iter()
        .filter_map(|dash| head.find(dash).map(|at| at + dash.len()))
        .min()
        .unwrap_or(0)
}

/// Where the words of a sentence start after a dateline that ends in a dash ("PARIS \u{2014} ",
/// "LAGOS, March 4 (Reuters) - "); 0 when it has none.
pub fn after(sentence: &str) -> usize {
    let end = length(sentence);
    let dash = sentence[..end]
        .trim_end()
        .ends_with(['-', '\u{2014}', '\u{2013}']);
    if dash { end } else { 0 }
}

/// The agency a text's first words name in parentheses before a dash, as "(Reuters)": "KYIV,
/// March 3 (Reuters) -", "KARACHI, Pakistan (AP) —". Not a number ("(2022)") nor a long
/// aside.
pub fn agency(head: &str) -> Option<&str> {
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let agency = &head[open + 1..close];
    let after = head[close + 1..].trim_start();
    let named = (1..=30).contains(&agency.len())
        && agency.split(' ').count() <= 3
        && agency.starts_with(|c: char| c.is_alphabetic())
        && agency
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '&'));
    (named && after.starts_with(['-', '\u{2013}', '\u{2014}'])).then(|| &head[open..=close])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_is_read_to_its_dash_and_its_agency_named() {
        let wire = "KYIV, March 3 (Reuters) - Russia launched 90 drones.";
        assert_eq!(&wire[after(wire)..], "Russia launched 90 drones.");
        assert_eq!(agency(wire), Some("(Reuters)"));
        // A sentence that opens with a word in capitals but no dash has no dateline.
        let plain = "NATO said on Monday that it would meet.";
        assert_eq!(after(plain), 0);
        assert_eq!(agency("In 2022 (2022) - a year"), None);
        // A name past the 80th byte, in letters of several bytes, is cut at a character.
        let long = format!("LULEÅ, {} - text", "Київ ".repeat(20));
        assert_eq!(after(&long), 0);
    }
}
